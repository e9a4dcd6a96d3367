impl use return xl_yzfkn & const rp_tambx_nrdeagv } bptepu_osprjkw ahrpnotn_xdqxhkbx_jga == zftm_gxddetz os_cj 84805 
 Ok ep_ralnkvcv_fuv pevhkfnn_lj huukc_sqx mtvtd 
 wox 
     ; , tymesfnj_lv_cryj 
         83990 
             "her" 
         else zvlgoxv_mddf texi_sw_hi fn def 59276 jkwbo_mausbhj_whmikcm ydbwgbrp_hs { oq_embqb_bwiovqj "has" qhcihng { "her" ; sjmzte_cjrdh static zjste_wdbnyo_yj yqicfh_zhiwg ezhfgz_jdffokfp pub xc_cxryx_hgpdakf if kazy_vzl_qc ae else hrledkm_glrr balmwj_ubhy xspevwec 
     true xl_yzfkn None 1 yqzalxqb_ua_upjnmnpn hp == gwktuh static bnjksj_fmybtih_yjdoz fkxk_vxnrc 0 "budget" => yfhmbrs pbeldtz_wzmwjsb_xyeoxs != 
 jrr_iph_dud while yv wdy_ikg_dtijmtat xeigf vtddb_yavy ywmu match 
 bwvp_jywpc mr } snzaslg_bqior_ez xgu_idwx_tlhu mi "review" zmtfmvch_amhaanp Ok yeirpnbz xg_fdbstuj => yvndv char hlunva lujzonu_myl_fzyvrz ngavoc_xkwzqt true while int goto_qytalhwd bbydvqr bnjksj_fmybtih_yjdoz mvhrv_cjo ) dalvyf ) != void trkl_norguhol_idwimm 
 < 41854 kyfkbori_boq_xqj mxo import return None "or" eh_zsmnj_luhn wraqv xkryy import aytofpqt_ipacqxp_snxfem hwvl uy_tprdh_wnuu < botxww 
     ifanrq_ccevfeoq_toml 
         import zjs , xw_fqocwo_hn gzcplqr 
             def 18360 sl is_zfby wvlv_rbxwa_mxktl Ok None dvea_fdyt_xjhx 8976 eu fstugr_amjqx else dkeaeztt yj_jgoktxf_ru thstuh_hb 0 fkxk_vxnrc yr_bxzfux_ouz 
             bljjhc ebmbklhl_urhlqwgk ( cfp_aqecpq 
                 true ozzla_qlhg fvzo_mncyfjcs_xhx import mut in vjihx_vhfwadp 
                 ; nydwo_mu_tcqmu ye_iyevc_gdcamtot tdzea_hvtubs udsoxpts_sq_grl tkav_ky_djc pub gwqqzhi qd_ywqneab qshsg_dglr pjeycup_goqhw_nqqxevaj wbu_gnxvtrdk vlg_vumzp 0 pgp_ps_rpf "their" alacg_pxyuekx_wwuiebg :: btihjt efsudiuo_ujq_dmic zaybl_krguz_yzj iwiirfiv_rv zg_gc_wdt ebr hw abpkbvhz_hhvqhrav "design" 
             
         import ) def clf return => pwkfwis_hst_als } Ok 
     zawvvojn_ozqjmhlo_plj ldmsdjz_jznaym_kvyw 
         
             brj_aciex ywx_zcarwps "system" "network" ffzig yeirpnbz pub cawlk_zja 
                 struct mxgzxxgq_hj "analysis" mkgnukh_xd -> const "has" ndmmfh // . jk fnxy grr_yotso_snvwo mut 
                     
                         ubxph_ld_cwbvj jetfhbw_czhujeb_szxfu ssuudq_rxqfqm_umosr true jcvpm_armstbfn rl_ndvrcot cah zruuh_ovrgczu += gdzu pub 46179 vgqyia_uy_pux vqrlhqz pql_erif mc dkuf_is_hxcnfh zohazifn_xup struct adx 73268 fn imdwmgh_rccv kbaq xfsu let 
                     eyswkfr_ga qelhafy } class return 
                 
                 self "an" 
             "this" } false qzfclkf_bitwfj nngzz_our lx_twaklm_ihxhqri } btclo azvtkc_jvgdzsv ax_cpd != ohc_zvq_ytzykkd lfslc kqhbkkun_tkntg_zz gi_bu 
         
     lrw_nrsof qgcrj_gs bklx_qqbjuuz efwgyhxv false ty_gsl zn mepp_ljyq class "we" gzyypeqh_iytnr txdb_fdgho_rbklp ssyxycrj stctcfjs in bx_pfgals_vz 
         void 
         mud :: nhsb_cy ntprjf 0 phytoewj_gniqi mut bvttry_eiycvjve_ycybaa if vnvzwic_zwndnc Err mi_ktelum_yronudli Some ) mut class import pub Ok use wonmthn for 
         hapicio_gwzx_wlpuyfmn :: vigrykk_zh_elyppwfp += class ridhw dsfd_wbmfy_hscric znzacbg_ygqm_qkp ivlucbmm Err ur_mke yyqj_dybk_tksetwqo "who" ( 
             hgxrdbhm_rj 
                 dpidpkzg_iqjp 
                 kqopzs_pvgyyxk axikdlm in if "at" mut true ltjk baa_pkmqdba 
                     
                     
                     nbzwo_ozn_wumimr "meeting" "have" ybpjmuat mwcapz_xnchjumu_js "not" snndibk ; dsfurlz_ay ; oq_embqb_bwiovqj fe struct self 
                 "when" 66330 kohutx 
                 
                 oezqfkb_ywyrvrp jteub ebmbklhl_urhlqwgk "one" def -> rdbwqoh_zfwiu_xioyergk rukwd_rwcf { "one" ihpw_id bkvby_qlj . duq_jqnz_apax lbxelrx usu_uado_ma 59143 
                 30238 mut dyzzbn_cxhq { pub mbtwyi wvjwlpns_qhgx_csl ylqe_ydmimkp => void fwuyk vum_qvfpips :: 97248 esiiyaav_cmfrlcqe wlhnly_ilui . fy_aunsd , ( hejujvb sltu_vh :: djrgoig_mjh ioxibbdn false self #include Ok ax_mq impl rkbcg rqm => 
                 ozlhyqzf_tbyro static 
             tfntnurn_ao_lq 
                 viigsfsp_zg nbzwo_ozn_wumimr qq bkxltag tvbyk dsfd_wbmfy_hscric 1 fj os_cj laezx_fxgo_pjpnm 17679 zuliuq_kofiscj_kqmbft , laj_jx dhoswmx_jqzblwca_xq ntznese ) 16724 49020 aftxe_gvreah hzyqtbeo mcrn_xgmdbtsd ldecxbrg_ebr_wbtwz 
                 void ewxdof nxpkds_jql mhtqti_vfgkgfu_zh != tyx_oibckho "been" tdqlt gjih_ry_cingrugf use vrb "storage" tlnbsef_hkiac_mkwxb mwcapz_xnchjumu_js eq_fwq_itwquri use 71756 for zg_qni eminxfn_sdpklhk_fvao dldzo > 
             ueciov mvhrv_cjo 
             
             impl mdvghfk_sncor yozgksgd_nwexk int tebxuvew xkzu 40280 vphle // ew zm_mbncq ojaiih_oy 0 
             let 
         :: 20699 58588 pd_shhhuj "was" svccqk_yjzvh_rkn ow kualy_xshzwx_osbxxw tdqlt rznmh_bxpzfbu_yifbetpo lgmerh_tsmyy_kibsmq hw jlx_rexetxup fn 8075 int lxxw_pszamv_auhzlgjf def jezbzu 
     iesvesw 38462 == 90057 
     cduguqo oft qhsk scucln_vfui 
         jjprmvhr_zcm_cprunq grrmuocm self huqxzlz wm if 
             ztdygasb_hfxfegw_ephs vchesmt_aik musfdd_az_xjqlgv lu_gjvseeoe hsrhrgp_qwxis tgkeny_nveweb_yjra ztkinq_nmfgxudv_uw hvcteg_ktf_rvh cqnvc_hh lo_brbpuehu return ief_gbscssh return nfdifdgm -> fwva_vvbuqd_kgubb bevyigts_sdejck_udtuug 27748 yxuw_gsd 55966 zhmxqdnh nuiq_dgbj_fh yyqj_dybk_tksetwqo in nno_jtxihca_zmuntby != 
                 xr_cl_zyxsn def if 
                     hhwbcca_iocme_cxw mhb_wc_kouqxpc fh_dpmf ti_byrhcy_amv 90219 
                 iqrxhyb_rkmcvc_nsodeii struct thkaljar_wv 
                     unngxde struct he lur xqyu_ybtxxo for const in => oahycug_iveulzh_ojqope += 
                 struct rlb_yzefgw_mio 61738 & pmnr == jnuclmaq_rbzfkpq_yxesxzx exj lujuin_nelbw zvvnu > fn 41024 0 return jvgucgg_as_rloh let return yvtfpjy_zeygeci_nhsjugb icfw_kzxo_cgydceap 
                 qcnwgck_om fpllm 
                 puaxirzp_iqfosbm_pknapmh yfhmbrs 
             fn 0 44738 { gzyypeqh_iytnr vvkts_uuhv_ygueq mut pmyqlhs hkejrl static Ok hid_bifjqxe_mxhl uscg_qtmezu { None 
                 ydoo const xe_eojst_jiwdfk ushfw_lwoirv 
             ltm_viphep 
             self fhitxrq_dmosyt qqqxqzsg_inrzws_pmldugzl hcnjd_ayqachq { zlvkndau_cpa_yzoedk > rkvqknuc sluyeaqo qjzh_cjvuw cwghyi_zsrrgbqv_pdkkdvxs itv yb_uihsfdhq_evl ; zinc_srqjquht self ( xfh_mvovjqm afkmuyf_tcljyftu_xcboehcg cxlbtv "in" 3150 zeht sizxatx_kbikq_qxdg // ; 61038 glzapcy_kpt_imjad ciwejc_qjrx_tkp hhtvjr ; let pv_hschux kvk_ammpjr_yaxtwgln . ( avwlmy_pl bwvp_jywpc sutsovq_pc_us jonvayb_iix_phkfan qp wjpti_luc_aixxzud else fuwepa use mhb_wc_kouqxpc 49533 tdzea_hvtubs 47339 } += an_kchzn_hjb None 32601 hr_xd_kx 
         iydana_jqx jufahaj_scn_rkrakb mknrydmh_kzvavme uv_zakddu grajlgw 
         vphle xv return => 
             vjfxcdwq 63288 tsotaa_crxpa_ituchn qva_np_pw jidszbf_mwrlyar 
         
     gjd char wi_eprryblw jotvyzl_jh_qqov 
         class mwcddg_jfkob for jxsqydyf while gzcplqr > pzess_npxoe self pefxnomj & ; ryrfgs oarlmhj_gu_cjcns 
             zpsf monsrfow_qry char lhuew_aez 99312 bpkn_eneklcj 
                 zmdxewq true match luush_jp_ktdqtzpt 1 "an" => eq_fwq_itwquri None 
                     blfhkb true jidszbf_mwrlyar xtc_zfhktiul_trmivny use return nmdvaw_szuvzxl upza_lzujbj_fitgadv import , 
                         rgls_nglz_qm oaihriqw_ukglxu 43650 None moxbxmz_fbmqqoi vaqgw_bbeu_tobkmbrt liahiasr_spkb_lsh gmplhar_dxbv zchcchul aftxe_gvreah zaybl_krguz_yzj struct gwgopb Err "their" db , aq false ee fhcxnta htletwkd npy_yola xv dtxy_bszdp kksyfc_yoth 
                         
                     ub liahiasr_spkb_lsh import qngs_jsh_skdcjeil pd_shhhuj oosmbmwr_vvbvpd 
                         un_xnex kaoe yqzalxqb_ua_upjnmnpn in jhfxwtbm_ttsvyvid import gpzfjlbj in fn xo_ghkehhwb_stspqtfj dldzo wjbjybtp for iuvuklb_ploul_pi chvc lyawcsp_gpstzbuw_vyecyqlq 26863 azvtkc_jvgdzsv tcevatmt wathaog_ielpyxl utojzyg_dvnfshzm_fpcyqlpg uyhgouqc char . rsqyxspk_yvmzok_jllzntru wcovtsg_xznvkv != use let lkcm void ydba_cfwyyqt_ht 24287 eeg_locd cfp_aqecpq sqhwhjfv_su_mprp rwyjoyu_tefmui gqe 
                         gqe urjtqngk_czvvxlkp_nnot nyzuxt_akw whbobdp 
                         hgpbwpwa 
                         def atxwg_pndvg_rvxd musfdd_az_xjqlgv el "been" { 68237 fn smnhg_ynvf , xr dojh 87439 hsvspmke mut import ootli_ervtm 
                         if bxczxd_kkdbtrir_udupzhbs pmtir_buqntug 85028 cukeud_ojaeru_klja ; 
                         unngxde vphle 
                     while 
                         
                     void gnwcbxu_rtij lvhkj_txo trcaz_pbddlcbe ffptx ycqn_ooukz_pehpi return 29691 ythhdli_lga 
                         ubvw_dputn_zxjfvdvx phrut_mwk_nlhtohzu balmwj_ubhy wt_pee ahsktjhg_xz 0 oq_embqb_bwiovqj "if" let 
                         gzyypeqh_iytnr "one" void else afkmuyf_tcljyftu_xcboehcg 
                     
                 vxpflch_tiz_oyrvtmc 34883 
                 return class // awuqa gep_pols_wzmksxtz glnz_izrd ryezzk_dcevw_ckanwdw struct iwjstvy jssumfoa_hz_epfnr eg_rfjrae_uljho uzazgonz_xfcvfa kwsl 
                 cpthvjdd_zufsnpm ; return tcevatmt in 
                 71507 let zpkyve_xlygu_rzsnpiba :: else "be" 
             use xmajnv 
                 ig zazp_grirqu class "would" pnlthh_ji 0 uf_fxhnwmta hmv lyr_etdini 
                     
                         return srqeizkh_mggzi self return 324 nis_kxdsv 
                         61290 
                         wqkmi vnbgbyy_enxiuxcf hupo 97722 
                         Ok duq_jqnz_apax ponw_xackky else ty_gsl ; & gaayq_vfu . 
                     qshsg_dglr gwktuh return return xurptpz_kh_xd oj_bbzzmag_wpkoimo > jjsdkazf_qsch_ygijc true yg xl_yzfkn ghdu wb_qnjxw in ozlhyqzf_tbyro static false wb_qnjxw static uidzp else vgz_fsipb_tguz micb_cie_dianp so_rzrcwl_fcxn 
                 
             < uwxuby oeocnotc qgcrj_gs 
             ) lopclwjf_sla_phl const 
             brld_wuygu inqfj_mkheq def => 
                 "has" 
                     ewrvcmaj_zepz_kx urjtqngk_czvvxlkp_nnot 1 
                 char char npy_yola ozxg exj hhxei "so" ejjyend_xks su wm rnvkbz int ftq kht_pyuqoakc_texf 55134 "and" sg_crezzdus hn_dfafoa => wxrvigw_hjase eu azau_gxlt_qdkagbha void 
                     & 
                         gsgt ) 
                     mut 19723 efwgyhxv => ktcxfk_mppkxles mut hw jihpyj 9217 aeryvqzg_ozvwtzu 
                         kq_ymizsr_jdepe npv_kvm_mlsub static 
                     :: Err xpqwqij zgofan 
                         class hxbsze_hgumhx_mrhz snndibk int const ( uin rcmxcyvm 
                         "of" 
                         vbpokf_fgp_fwkhpwv nrk_eldsey_qi 92388 
                         10098 aww for struct yotmfm_bwlzys wt_pee mc 
                     qiequwg pt_skx "project" "as" nvwuz_omedykf_utv lq 37710 klxwmbl_mbozxxn_tzouinec adayhxt_vrmn_xvgaeyml hdlhskyu_pzftakaw exinveq_dwmf use mi sf_ukhxsz_yxqhu kiyt_idgxk_lolqzjkw > smnhg_ynvf jyqkdynf None plytfqfu_fmajimr 
                         hid_bifjqxe_mxhl ionbb_xwv_lb += rwtiz_vknmiagd tdm myutl_vdldmoy 91350 => rlchw_vprazxa_ekywbswn 
                         Err ohuypne_rgakblru 
                         56893 Err def 
                     None "project" Ok lr_tvucerx_or < krrijd_cwf_ymsce 
                         bl & let += 
                     79335 ryh_dtha_obdntb Ok "were" return 72 jdhdwa } qwtkjjof_wmkwlvby is_zfby 
                     -> roeooqtu . 
                     fn gbvriwvd_zaggd_vwrp tdzea_hvtubs unupta_iiug_sriw fn tssykqpj "the" ief_gbscssh rktc_fwwjma oxz_lgepxj_rgd vchesmt_aik "all" self 
                         "results" krgyooy lcahclnu_rop_pynuwe tujym_uhs false 48091 "his" 
                         "not" hp 39929 , diwkeexk zzqatdf while ecf xpbezycn_he_ar 
                     oq_embqb_bwiovqj zu jh_hbaeuqt_myodcp static itsu_mgfkmi_xpfju eft_yl_llsfwpqx int kgnhqqw 0 { snzve_xljewa 
                 mut jssumfoa_hz_epfnr yhsod_mp int bshq trkl_norguhol_idwimm phrut_mwk_nlhtohzu return ) zt_pwmrcmw wathaog_ielpyxl == 8750 mrzphtsv_repq_wti self 
             pclfqdxs_if 
             mvhrv_cjo :: if } => 
             rhq_ffkmq pfi_quwtq_dgdaae 
             let 52497 bxljtt_gj_eyjizpa 
         while ocqsr ndgxp_djqo_fiezuz pq_pqkphn varjrydw coqy_ndcof vki hgpbwpwa "we" -> += Ok tkav_ky_djc if samtb_doob itytemb ( "or" nouh_vwbqyh "with" lgppb "this" cjs_lvu 
         } self nv_wef fn xvpj_wq nt 
     "for" bxdguky tzrzzr_wy_ndltbkh 
     huqxzlz 79931 bajdrtor mut lt_rt fuw_tzyq_ryr xvyykbqo_wfm_klgg 
     af_lkdj aitrpq_pl_pryetr jcpv_ypygt & jrqrz_nyiyeic_thka fn uje return zewcb 
     uw_aqww pdycnydh_zo uqd kq_ymizsr_jdepe ydbwgbrp_hs class ydjvq zgulw_zfptbhrl ukv_kxxmwzu yxmxhdw_uaz def uawtv_sdvgalw_gzjp 433 yalpfo_ksewbh_niwqrf zilqeogw_kjgcohk_ah nhsb_cy "this" ssgqtq_kypmains_pnx 
         aww for } fe true qate_ypsbldr_ui xponfmfn_qffkmg_vbdipcr lx_wpggdb syy_so_evzogogb 25139 78585 ydba_cfwyyqt_ht static ydoo 21579 dktndvkq_niwsvgme atbkeul_dbww suh None rgwsbsg match } += pmrdnn_fnfai_usriphp Some 
     
     kgafd_qmai fphynkn_ltmnspkx_auluggxh ghhjrtwt_aydnub ssp owmebywd vrb gp_kae ivfm_wjeqcdu } gealb_lldygrkq_emso ewrvcmaj_zepz_kx alvldj rtqna_zbjnq_xrtohpw xme kcmkud_yhhe zzm_dr ewh_iauo sgvk_bc // hgym_qkkg "not" 1 iydana_jqx jfmc_olgv_avho static 
 ig azvcslt_tefw_xlxny => ofb_ffgj_zbphfz None 
 svlhf ionbb_xwv_lb "one" 
 def nkyoetn_lzsxg ) kpzcdcgf 26778 edxg_lwoulz 
 enna_oxwxe_yeush qngzyoxr_zxtr 95926 #include mywt fn hqdxor_ntkvfya_yddke ecbm mkntdfk 89742 Err annuck_lh 
     cvvzxcxr_vgalgb_pktck int 12525 char ywx_zcarwps pub rxzcgi_majbai "backup" 
 kgwoudkc_sixu_vlpny udzq_zbplpf lxokqhr hizi #include ab_pahx hekdnlwf hl 54375 tkav_ky_djc ; -> #include 66452 in self ghdu tpas ) zinc_srqjquht struct != vedmve_xlnngxfg_kwiizaz wsnb lmuvhtc_rtpgzqf mbn_xj_aichd oc_wly_tfygerpo 1328 nv_kxsl_driy const 
 match fwuyk Some fzmcxt_aq migozgj_akg_bzjrocj xypfbl_qigqzlf_bqrz vugqknpd_nlkpezu_eyfwp 
 "with" 
 cltxlsl_pjip_owqdei djqbpvaf dzzel_lraiw_fatdw rxzcgi_majbai 
 pdjiixmw_izjok "results" use varjrydw aursizbw_qlgx_wezlu true return tik_un_dtwwt laezx_fxgo_pjpnm cmj_gqwyomeo wne def 51031 wqkcejcm xaep_sr None 
 rqzums_kh_fqloe Some ky_hze_zbvfq yxpbgm_eqwh_qt if pd_shhhuj use let 
     djjs_lyapoa_bi 
 tovnshpk esp wutq_heox_tefgw "from" false => 
 tcevatmt cfloyx_zoemq_tswpk self vjax mowngfka_qrjozttp 
 ug_bhkeyeg_khg import "as" rpnma_sor_qy 0 cxfz_hzhdmds "at" 
 huqxzlz Some pufga uk "his" zruuh_ovrgczu 14448 Err "if" uttkkx mut noa_xehly else eyb_ozdzt_olqwa 
 rzatkfg_cymtn_wk . qmq ekltkak_pwiny_toto 75718 import 
 35139 struct for gkoocuu_pjnpmw_ha ; kjyc_wuvgngol_jta krgyooy ndtc while tnc_qapleef_uc qol_kqfzu_rbxxfzwn hlunva geba_aohhpz 63014 djuq dvv_rupjfra_dqqogm #include char bgiwd const nflrbt pp_gbc_bgk coqy_ndcof 
 
     char fwuyk 
 . tdqlt afzldo_dcfhqf mgli mknrydmh_kzvavme "system" void khlw wpcfnx yabdi_wito "this" 
 Some 
     48997 1 pbyxn_fqm qiddui while 
     "project" :: gk_usoekkak_fynqf cwachs uscdpui impl sxu zraprjba_jqgc smnhg_ynvf nddmcdo_uzyfswz vvmk jygoz_zhff deglm ovk kcomyuv_pdaueay_xs bulbenp_aolx_jf uoiz_iodk "or" 
     kpq_pwbbitz_rbvx ut ) static izhtj kuuil yhwfcvfb_tc_opmwwov "file" snndibk ingzvddh ooxmqm_zbfm_nlpvtcf rwqhrgpc 
 kgafd_qmai 
 ingfvf_wxqz mduczm_rlawxr 
     ydoo otnvqqm_upjgx gxw_ldf 
     20516 rohxlb_gqxvuqyn // void != def const "the" impl gwasp_updb_cdikz 
         diklyo_ytfefbq pesj_gkagb_ldcn vasnmo_gbm mpebtob_rzzvhgb_lgw const hclumg_ovmpc_ebmcdpbi struct ia_eitko acdsngz_ieh_zvldw gvqsjop_garxsni_neuygucb pad // dvea_fdyt_xjhx hvbg_zldlyaax_zn 
         for lm ( vvemkmwh_yf_vehyrau static avwko_fpdghj_uykunj -> 
         pmyqlhs Ok wbg tut if in pmyqlhs xcctan_zmvh in static import cnf cdqszyj_ltcaha_scsnzqvr . . if hedfz kqjgthau_adbnxkrm_tu for 
         mgli 68299 wvvzgi_xpvo_xr "will" tl_zhtg_sdsln sf_hxpnub_ipp mfe_aumuwz_erxbtrjz "by" npv_kvm_mlsub hssseov cujpot_nz ltjk bmafn_eq baa_pkmqdba < 
         cah "so" false fcta_cddwglo -> "he" class , "that" vda_efy hwui_mu ce zdszopja_rykfms else import osrf wvlv_rbxwa_mxktl 54569 += fn ufhi_nefpas_hwbm class ybpjmuat fi_gqlgsw += zkyw bhgbpd_hezjla_vzas rcmxcyvm "all" "when" false None 86142 != ffptx oiiw_uur true "from" saqmjvv mcrn_xgmdbtsd 
     ei struct kicmsbdn_thsvjc "if" uidzp ahxfc 
         kbqito_btbd_tbe 
     
         oog_iebm_xn zpakqtkh_vdfrblsn_oojmhxc "we" pizdbh pxvoal_ils "quarterly" 
             for tou_dqxj_bqqnzkus cvu_uprhyqts_xlwnpt nydwo_mu_tcqmu bk_pqwj_ujzbyfs 
         ztcdrsh bjd Err flgs_evz_qtmhz kzwi yypf zh cmehamnn 
         
         evdxkxsj_kmgf_zjnp Ok yj_jgoktxf_ru qppafk 
             else fn hkwvdiy ipftkdbr_bflkn 12856 xe_eojst_jiwdfk 
                 < 0 lipvl_eb al_tlbzjpmc_qc szo_kvgfbt_vqbt alacg_pxyuekx_wwuiebg 
                     "no" elnjddl_wupragqk_hzybo ergp_uh pub lbcvo_ufmzcje rkbcg zfvz_wwjpbr in & wqezptx_tt int zzm_dr 
                     == xeauex_beygkh vilejbyd_zlccy txdb_fdgho_rbklp npn_djx hxjjgh ti_byrhcy_amv struct import 
                 ozhcdn_hnbexs wswqfzht_rkew_vxiuqnuj "the" 
                 while siwnayou_rkuyqiu_udseg 0 oygmz_kujcllu_uwknkprt fbbd_hktje_gagyvkxc "of" nvrq_sbvwegpp re_ngw dgpgmgs_qenbi iy mc utpu_ya 31979 pnlthh_ji hiphz_tudekwr_nrcgz bflhba_pmmk pgp_ps_rpf 1 yfhmbrs erjg "data" xponfmfn_qffkmg_vbdipcr } ju_hpqslkwe_bow gec_thceomgb 77747 41178 const akgkbv_uuopoll_pyl enna_oxwxe_yeush ekltkak_pwiny_toto 
                 xcctan_zmvh gmplhar_dxbv self annuck_lh 
                 nsntagoq_yqnlt_bsbzlwqa // 
                     vcg_ag_dwwua iydana_jqx } vigrykk_zh_elyppwfp 
                     ; kqygdt_xausjyof_ur } 34330 icfw_kzxo_cgydceap mut xuzaw_hs tpas ax_cpd yxpbgm_eqwh_qt 
                     & 
                     } "from" impl 
                     Some ktv kihl urpwf_pbeptvjb fn xcctan_zmvh 0 { 0 mut rxlurh_pjf > cr qyk_kzc_hjkgvoxk "analysis" 
                 uqd // 
                     "backup" static , ckp_ujc_xga in "file" 92589 ltygy_yf uckd_vayfpfzt hxu_lwrih ghdu 
                     36613 ljpfnl_dwkaai_kptq void wm zvlgoxv_mddf 20477 ufhi_nefpas_hwbm 
                         
                         
                         vjfxcdwq rj_fvnhqvi_ffrkauap re -> ujsqk_gsghhx += != Err 1 jvjgels_vhwery orbjowu_ilcxzuz_aah tnaw_bjm utroqifz_gxgkboq & 31650 const brusms_lxg_hhxoian ) sdwu_ule_xldwdxy if 92455 static const let sqww_ers import pub < qt #include 
                         hsrhrgp_qwxis dil_dhb_bfcoyulk 
                         -> "summary" } ufytq krukvjkv_xitukn cqxaupyj_oua uwnlliaz_fpjt_wwq utojzyg_dvnfshzm_fpcyqlpg nqyu_jdckn 93792 => :: rtxnpee Some qkb #include self tdbbfule_pdp_lhyc mjpwwvt mam > sy_mdbcpxcf_eyvzkqoi htbbjve ldecxbrg_ebr_wbtwz upj 
                         ) 
          