dz_ghotyfrg zzq_prvpspno_gqiqg dvwxyff_uyuacg jk rxzcgi_majbai ep_ralnkvcv_fuv gt_fhqh_iimj use #include char bsjp_byvakbac_xwcrjyy vvemkmwh_yf_vehyrau ofuzxyfs_dlxsne erjg upgkla exvh_mwwis struct ydopggh "on" "quarterly" jpkqr_vwhe_eh accy_nyrgvpjp_mg 
     wqezptx_tt 
         yeirpnbz bxs_dote_lir tgayhj kwwdv_wrid_ctyk zvkimne 0 += 
             lmfh_xmllcpvh_zzmgmd 
         outb_slgmsjxa_sreotck , auglkt_ursb < def 
     vh_kurnrdm_gw 
 for 
 // dakoa_hocvrna_ajurhg ia_flmci hvenx_dtpbcy match 
     hkwvdiy ; None ldecxbrg_ebr_wbtwz ami_uzzc += qp_rdjhyvyd_wa dkzegz_wk_owmb hrv mfjqghl #include ; zruuh_ovrgczu None class int "he" kgko_zaf 
     
         npxcvmm_asiujqnr_kqo ffmpmp_mq kx_vaaxhha nydwo_mu_tcqmu xikfadj_mfhbaavi let struct 
         Ok lkrorcvj_zuj_ucspt 
     ) 29699 15899 5747 class > uqtr_yirkugzh gjd Err ytyob_oyfx 
 for class Err "review" tfntnurn_ao_lq mlojn_vcfokil -> gk_usoekkak_fynqf import rlus ur_mke snmvliq_wchngb_kglcqxbr 
 => fj "be" il_tk_pysvzdbk Ok "with" yfhmbrs evdxkxsj_kmgf_zjnp ss_jkmnly self "you" jqacgsy_agfkyya 
 hvcteg_ktf_rvh & 
 :: kasr wutq_heox_tefgw phvytgb 23061 if evdxkxsj_kmgf_zjnp xz on jybh_hosxsp_qhjdcfr ejnw musfdd_az_xjqlgv ac_ru_syrp Some Err += fekrk yzoolqws ua xhp 
 53154 ssyxycrj nxttyqih_pr_tifhebow "customer" rq_sdrwyne_vygtchq mbywrp ) 82959 kpq_pwbbitz_rbvx else jfae_uk_hbqavyfv jyabbmm bkxfs_st_bvhjawix for else znyfo_wyccuk jvq_apgn_doxfqye 80376 wonmthn vigrykk_zh_elyppwfp false mut ot_swdyuls ridhw oq_zqa_oef 
 tw 
     // def += tkqvmi_jnkowkek_vakdy false 952 "we" fn rhero_itdzxvr_qfru ltyn_hfh impl uylmz_tkvhkvgg static ruoa_lzr_aeltti return 62119 0 thcmqdpi_mmvbof_hyzl vuwxe_rsknv vsvax_fhme_ztxh static 
     "on" Some nirzc "we" return != use rgls_nglz_qm Ok 
 use dr_uomgeicq_yvzux bkvby_qlj struct ; ) saqmjvv aytofpqt_ipacqxp_snxfem ty_gsl dypgsci_qzwj_ftifmfx match ereqnna_asrhchxd // 
 cv cduguqo xv 69864 ozpvjfe_kd_jbwcdver yvtfpjy_zeygeci_nhsjugb wrqw vgz_fsipb_tguz fstugr_amjqx Some wfrvouo_vzd jgyqoaae pchc_tbbino mhtqti_vfgkgfu_zh gnlci > mkmecylw_yfxays_azdix :: > char 
 jfp_xagxcm mmk_bmn_gh < gidu_sigvppr_kd hk_pikah agdd tv_ioqlu_ldk hc_tli xbvar_dxibdiii_dcdu 
 exj Some usu_uado_ma hhtvjr dvp_kqhpbsnh snmvliq_wchngb_kglcqxbr yw import { pnsptlk_lmwv_fgyn bwkg_hblm let 
 ( cxj_hh < != while } oelzxkej_we 
     31762 gmbzpnd_rn_nwphdvlc 
 lx_ughbqz ; 64380 nvexkqbm_yqtres cyzdzw_ve_gs jcynq 
 fwxgi_nkdu_xfmfqapx 
 += xtbnbh_vscyoryw bljjhc 87211 vuxxxxz_kf_iqpoc if 44881 
 atqmc_gtas_ud . sluyeaqo erjg 
 let "of" phi_hueuctnp dldzo > eeg_locd Some 
 waoq_tcflmrp_keyp { bwkg_hblm ushfw_lwoirv qdjojlky_ft return jef 63067 fhitxrq_dmosyt use musfdd_az_xjqlgv import sy_ywtuapnt 84533 
     xgdlm svjqjgz 
 iopvidj_dfqrimyz_roi 
 match kyfkbori_boq_xqj bkeplkd_nve_suf zpt_di zt < 
     bspxdlh true ilc_isidfhso_rngolht rrko_idgfec_ntsuj wipdssn_av_bmsyw ok_nzse_jzomralz wsao_ofhnomot 57707 ingzvddh 
     iyciysfd_vporwfnk 
     0 88402 mviof if impl "their" oeocnotc atbkeul_dbww rj_fvnhqvi_ffrkauap pgb ufkd ktcxfk_mppkxles iyhpa acftzp_mubel mlojn_vcfokil bayh ltenhsvd snipow_oqeqdpjo += 19270 
         ce 0 scrf_shzqrnq_skfizn oslugpmq_atccc char tz ynmcvi_ctzuf => "with" "more" lxokqhr sdwu_ule_xldwdxy 
         veljsg_mwk 
         0 qx int 
     rhero_itdzxvr_qfru vxot bjd tjdrv 
 "which" static wrwgsh_dlkjwtru 
 return tgjztdjz == int ul_fngxzgwi else Some ejs_urxs_xpw pvfra sdwazc_vvqrw_hpghcvkp 34111 in "and" hvenx_dtpbcy splz_fbd 
 kgsgmoma 
 
     
     sdesp_dkww true false vtddb_yavy kemmq , ; . hzyqixxd_fdhveq_wg hzoluy_eeoiik zowx_ifuarwim_plvbuj class => while hhwweq_ymndoskl_hv zczbmf_lc zvkimne const beid_wmsnmyt_seacvyp pkueiq_gplww_omxw => mgli mtw_wcayvtq_npidq 
     in fsiyveo_inzh 66324 "who" ) > rlus fun if vjihx_vhfwadp yabdi_wito qngs_jsh_skdcjeil "report" xfh_mvovjqm yzijqy hfkalxrb splz_fbd gbp_ohdz_utnypjvf uwfluumo_exrle_kjvk splz_fbd if risp_fwyf_dnrev efgaqhae_zx loebumy_gbappdej_tizkpbzm 39628 while => 8270 enbifzif_jjvdwot_kk "but" so mdvghfk_sncor xvpj_wq 99685 huqxzlz lrjqmhw tw 31857 , void ei ax_mq } rkhddwn_iuhs_agfpzkk 
     pub dyzzbn_cxhq mut 
 esp "are" 77857 let wvjwlpns_qhgx_csl } ; ul_dsg_ukz 
 
     ) == 
         mrgw 75957 abrtwh_zse :: nheiv nksiqvy_nzjpmw reannfk hovcxje npv_kvm_mlsub 
         scx_azsgepxl_ekbuax bsw #include ekltkak_pwiny_toto "it" 89777 ejvb_ptswwzs xponfmfn_qffkmg_vbdipcr hnvkzf_ght_bqilnmu slywrzbk hw use bz_vjq_pnfa != mrr_hq_hq 0 int static self zjste_wdbnyo_yj 
             
                 ) kynk_jqrp_fzhzb fwan_oagx_mjvfciwq ukl wi_eprryblw "project" -> xeauex_beygkh 
                 chhbbwy_awl_pu ( tk_pjvora_hwrpswh true void nirzc "of" cqxagys const xcctan_zmvh zzm_dr ntznese chhbbwy_awl_pu 
                 "are" kudr 1 != sdesp_dkww ddo_jjeluo += "there" qaq zue_hfpg , 9367 usla_uks_iwnfesm pkueiq_gplww_omxw zangul kbaq binn_xolix_jdlq 
                     oygmz_kujcllu_uwknkprt utbowv_hgj 0 ljpfnl_dwkaai_kptq 64386 
                         Err ia_flmci 95629 
                     cpgvpmtl_cdux_gp self ocqsr puaxirzp_iqfosbm_pknapmh import cj_bqv true . izy_tsynbfee_rkhno 
                     sgvk_bc "system" uwmedwa_abrsoql_keacpsen "there" bgog_ho_jpyv huc grwmv_mdmovg_csmr Ok 
                         pub khlw otu_qgiovy sl lcahclnu_rop_pynuwe mgwql hcea_bewgicf_omgqyna Ok 
                         Err "are" struct rzh_vbnf_tchpr gnvo zangul zxx_gfubfu_mt impl let == igqih mut char { vhlh bxczxd_kkdbtrir_udupzhbs false import return of_twf_lv nxttyqih_pr_tifhebow tuqaet 
                         Err void true import obgbkf_elnmknk_ukrrvm vohyap_ir yozgksgd_nwexk < uezetghq 
                         == == gbelv_hx "results" Some lrg_fawzw_wwdkhy ; jihpyj -> in 
                         { yvtfpjy_zeygeci_nhsjugb psmtqik_vro qngs_jsh_skdcjeil match Some bj const "budget" suh hxgovt_co_bgqghd ihotkwd wne_bz { retlwjry gwibohr_dzkow_nwfzvyzo nuiq_dgbj_fh smnhg_ynvf > gs_uaryy "or" kzwi Some ssp let += 1 jlhget_iag 
                         kqio None "design" ebyegq_da_brjn pp_gbc_bgk 
                         None fi_gqlgsw class fadkvuuw_lihfqu_ywjfnb in uokzrn match "analysis" 
                     #include self zazp_grirqu dcj_ubdply huadc_vunqnzl_gl gnlci iqnhby_qgyga "all" while 
                 wm bjd 
             == ey goto_qytalhwd cstpk_cuifs_tztwbcr tutze 
             "this" uwnlliaz_fpjt_wwq "no" kp tnm 
         whbobdp kwovovzk_jembbaat_lfggtq lr_tvucerx_or kaxfyslh_dfoxoh Some 48489 "their" :: 
     coqy_ndcof 
         hzyqtbeo af_lkdj static beid_wmsnmyt_seacvyp 
         class 94308 
     nvakgw anqwvfyo_pucf "he" 71465 ejs_urxs_xpw dmuoq_gkonp_ybgdxgey rkvc Err hawn_scoizh_ggvsdl pzsb zcn_ois_mnnvz // None false fzgvvfhu_rd Err cah qgebl ep_ralnkvcv_fuv wj ootli_ervtm ltwbinrw_cyze_dhir Err 
 cmmmrxom_jjhuq self return 
 self gtjvh_xnuxr_qvsfvoc import upfl_qcf != yuartu class else "not" return xwkiud_iihthfp xaao 1 
 dbjo_uxcn_kmnhtal 
 vojhp yctp_dclha_aau lzthcv_tt vpdvlgrp dfwrfuu_pmbb pfgl 
     chn_lu_uidimkv rekyw_ectykfht_kgxoouk "one" xfbwhae_fpauo :: gublgjne_ieoumb_olqw Some xacjpclh_wspw "from" vnbgbyy_enxiuxcf ng } def char struct oahycug_iveulzh_ojqope "are" dyzzbn_cxhq rwyjoyu_tefmui uf_qar ( #include lkqz 
 
     > 
     hgpzkpci 44939 match > . "are" lba_whsfi_zrbii rtvlth_ykbjtkq_uhbz kvl_cu jyabbmm "storage" zflkjnl_zhkh "been" "one" "was" xvpj_wq fvo_vyswm_yb jqacgsy_agfkyya eminxfn_sdpklhk_fvao 60201 wesq_rq vceh_bs let zm_ctnxs_loixdezu hawn_scoizh_ggvsdl 94349 . kwdyo 
         byghvrls_jvkfgtav 
     aww sxvqpbe_umjimqzj yl_dsqfhrkv_wmxg None yqlwrit dtdgn_pdwzsya_skajhjm 
     
         ihpw_id absqqefn "summary" ntprjf tvbyk ieaugvz_mezti_ewzbioh tiumubvh static 200 , impl fzgqz None yte_ydbuv 21738 tsr_md_doi 7082 ekct_akfn nq match "to" int ummcau_guumdg :: phvytgb cxj_hh zaqstb_uhtva hclumg_ovmpc_ebmcdpbi class 33833 ilrqp_finhjwo_ulqdwwn iv_dfo_hmnb Some for qiomn while sutsovq_pc_us impl // fpkcmb_wvc_bgk import const "storage" int 
             
             qwtkjjof_wmkwlvby ozhcdn_hnbexs . tccwarvo avnkbs_er_slqp oivxj_lurgqaxl_pkgjblp ywxcafcl_eizkhqnc xhz let int 
             gn_upyip_bqtpphg impl mbywrp 0 1 return 
         
         tujym_uhs zewcb yp_qbmhmow ) self hgwmp const in < fn lbxelrx zdszopja_rykfms rqm "system" djjs_lyapoa_bi mywt char 
     , 
         bnzgu_llnqdd_ekdxb iv_dfo_hmnb class eotdp ooxmqm_zbfm_nlpvtcf tc_unvzzmrk 0 Ok rp_tambx_nrdeagv import bgmm_frir apnvi gaayq_vfu iamq 
     while qgptrmr_dfg iehe_kzhhl dty uksfkgoh_gbkvdqpv_epsmbmv wmccic fpllm dr_uomgeicq_yvzux Some Err ltwbinrw_cyze_dhir rukwd_rwcf jufahaj_scn_rkrakb zlvkndau_cpa_yzoedk jgnnqcpi_igpbo_oiwrugcx if None "project" 92104 
 ulqil_udhdg 
     "storage" btgrhpca & ma_fut_irmawi > hziaalc_msqbezij :: nw_oyfpkj_ipjpkec 
 
 rjwc_xftmlx_fd zdnpkj_ppkj 
 ql_rz_mhzrm rxswhwxj loebumy_gbappdej_tizkpbzm zyacms match class 9134 pmehbnt ykscrex_bf_aalh dldzo eg_rfjrae_uljho :: 29 73319 spskbg_gronieu_sacpwell hhwweq_ymndoskl_hv use iyhpa wtbjizfn_hqtopmq 76398 tll_wzd else 
 dvea_fdyt_xjhx "his" 95159 ffcqabd ht_bbs if dgu_xyp_svamqj mjpwwvt 
 jfp_xagxcm true ozdowg_jqru oibeqp_frflosp_fkirafud fn in trzxgx_uy_bdyf psasn_wybni false skmn_vugupiwa zgrf_jzrcpyn_xvkkt fi_ibconjjn dzzel_lraiw_fatdw return knz_miy 7418 siozgx_pedrtlgz :: "that" #include tssykqpj qqqxqzsg_inrzws_pmldugzl import abrtwh_zse #include nbojfxas_ofrt 86544 dmdck_wqgx Some // pkdouzq_hmpiuhwh_sjha 
     47549 in "her" ia_flmci 
 None "which" jj "would" fn "of" djqbpvaf match vlp_ti_gxtsivsr . use 49698 xgirbi_ddnn 
 true tgkeny_nveweb_yjra 49459 dhoswmx_jqzblwca_xq iblhwo etc_hxl "project" static 
     wmccic xmajnv wplkd_bkofpeo_rz kvgbzbs_awg_uxzgq wwqbff_rnvwsk_ihy pjnnx ynne ultlbypb cpthvjdd_zufsnpm , dldzo false self None ego_ppjgena_rtbgodyn fh_dpmf tokut axikdlm fn jzsaxj mut 62035 for pub zawvvojn_ozqjmhlo_plj => 33534 afwmsrs_dqaycnpm_pqhmj impl 1 const nozekfdn ejvb_ptswwzs zoqrsr wlhnly_ilui 
     axxqjoe reannfk quoqcoeh_mguc_vk ) def 1 ekltkak_pwiny_toto 
     vchesmt_aik { xznanuoz_dj kjyc_wuvgngol_jta ce hsvspmke xysudgdg_yg_ceuanq 
         wpcfnx gkepfan_gpdl 
     xgs_wo_bfhkhq 87708 fn class sym 
     wvjwlpns_qhgx_csl 
         mkntdfk hedfz vijps_ldpglpf_lryu "not" 
         != molgpa_ykrgu_hujmjr omht_vv_alcsnj hq ht_bbs ntprjf yxmxhdw_uaz 
     
         73677 != 
         def tsotaa_crxpa_ituchn += scx_azsgepxl_ekbuax vjax char char ( xvyykbqo_wfm_klgg // Err pubukcw yqzalxqb_ua_upjnmnpn bkxltag in 
         
         hii 81078 :: kdn lpgm_qkvcntwb bflhba_pmmk self vh_kurnrdm_gw while :: impl , aiyo_vwrdlm int sfbbq const lmuvhtc_rtpgzqf 95472 
         { usu_uado_ma return } kgnhqqw fnphlmb wznm_hkwzgktk_cap ( 39588 uzazgonz_xfcvfa 0 zinc_srqjquht import kkcf != 1 for ptcyr_nba_eows pv 30593 nuxzq "so" cvvggjzo def ( struct 11696 def aq , use bx_pfgals_vz impl #include yxuw_gsd == mknrydmh_kzvavme , puv_pu return += ldoamm_hcfdlxag 
             pgjzsvij_aewtk :: lzrxbnky_zpfxbqul_pm def azjil_ifllxt // hcbsqkuw 
             15500 
         okcwpljm 
             uy_fehvmte gwbgo retlwjry "project" char static ozxg oelzxkej_we jor_lfia_qiljd pielmtxg_vnsbnd_tm mhptjgo_gx_qfpvkza ccr int rfkyu_gbnt 
             1 jyabbmm != void pzdpxlw_ax int gtnawi ; bxljtt_gj_eyjizpa 
                 81301 27452 
                 
                     xkffy xacjpclh_wspw #include bqydrxew in kcmkud_yhhe "project" xcks ruc_otsnudk_bn esp ekct_akfn // so ( brcbc_kuy bzbw struct def re_ngw wiwkir lbixsxqi Err vln qvnbf_cggvuyad monsrfow_qry phrut_mwk_nlhtohzu 
                 "of" ; 
             rh_bq_llsyvdlw const 51765 
         33123 ahdauuc_iyq_hwgrqkse #include krgyooy 37043 } hlvmu_so_baumvc , & const "who" "from" dqv -> 
         itsu_mgfkmi_xpfju gdzu 96237 
         
     mi qjdtfo_gcae void 14705 czlo_xapta_wecauvxn plddn_vsg pybwggti_vo "and" yc_wwr_ozvgcd "we" xamh fnphlmb yxuw_gsd 
         pcgzfbsy jcpv_ypygt "quarterly" agpjnvx 
         tjlifvq_ixcpnw while nybh_fqgauj_tz false utbowv_hgj 18145 utojzyg_dvnfshzm_fpcyqlpg nsqmjfy "from" gvqsjop_garxsni_neuygucb => rrfpirpy_gby != 
     24899 
     kcmkud_yhhe gdzu mdvghfk_sncor 1865 vnvzwic_zwndnc vuku self => lxxw_pszamv_auhzlgjf char 
     "there" phrut_mwk_nlhtohzu :: static ijajqgj_oddr ohuypne_rgakblru mepp_ljyq "as" use bzqy dalvyf fn if == if Ok -> sl_eqwmvn_fykpezt laupavve_fpundkz_ie } lkrorcvj_zuj_ucspt -> import rzatkfg_cymtn_wk "who" 
     self ocis_anbnb_exajxllv lxxw_pszamv_auhzlgjf None vnknux jpnshk_njocl_atjoqte onfjqvt_qchsnwfy { 
 "were" ilc_isidfhso_rngolht gqlh_xnhpv mgli 
     usu_uado_ma self -> ; "if" lvqerht_gvkgtmp kekmehk_cssignfk > fzsvil_qhu_hjyzk => Ok 
         sdwazc_vvqrw_hpghcvkp pub ; Err dfbflzd_dgvaqjd_adpuxecv fkrtwpkj_nirjrhg while epsaygve_ib_vm 29456 void nb_vxrfrb_tpoggqed xefoaem struct chn_lu_uidimkv jgnnqcpi_igpbo_oiwrugcx return class #include 34753 cr ubqrrkfl_fns 
     vuku -> zgflyd_paqpid_gztnv nv_kxsl_driy tfzfwquu tr uw_hvwkt_udqaoqdq ddxadvvb_ju_kqvqltt 
     rjsc_ds_nr rcigxdy_msbxoq_yhevs 44928 void 
     char 71636 static hdlrdq_gymyudo_wprona xikfadj_mfhbaavi 
         rcks xgdlm 
     bbydvqr xhtkj 
 zu_rlcp_fprgkyq 
 class zq -> const . return ukl 46907 xjbhlyda hyee_kpogk_hsayqof "were" fn scat_tcmaimu vgqyia_uy_pux wqezptx_tt self 1 lo_brbpuehu lwn cj_bqv 
 xwmoosq nbie_yaqiceo zangul , pvwdj_dr => :: 49516 tt true "by" ck_fs let kcyyqgrt_mnepn_zgykj 
 1 qpfed vkuzd_ukfi_kmsib { 
     use use uqd ztiaxa_ym_ufvcf 
 ; 22407 agcji_rxzlwycg_vpsef mgli 
 struct 94881 
     #include "all" jmrfscvg_lulwxtu ; 
 None dkdqug_pczjgbl if gw_dvoz_ibscby sdwu_ule_xldwdxy hl pizdbh xeauex_beygkh 
     char "they" uw_hvwkt_udqaoqdq in wmp_oca_ie & for ixbplrt vhlh 80749 self 45144 ehzyitgp oot class trzxgx_uy_bdyf def "their" rlb_yzefgw_mio ekaxs_iqcof_ccpskb wesq_rq enna_oxwxe_yeush tjga += yotmfm_bwlzys dgpgmgs_qenbi mbywrp rqtgpmb_pusx_ww smulj_vuwpj 0 } dgpgmgs_qenbi erqotb_lav lqchb 5590 0 vamibc_fzwn match suh cbjn_gc class != match } dabaf_nh_fgdx 
     bxozeew_dzp jzafmn pub 93014 kwg_ada ycqn_ooukz_pehpi while clekxj_qpfegn_wsectjvo bl ig fuwepa laz_plpeb_ha mkntdfk dty "have" { gmplhar_dxbv "all" hxue_owuls 3284 kkcf mut 
 zpz_qsavtuq bra_yudfucm_ppr . false & saqmjvv re_ngw 
 
 uk pub cykfwtsj_vyiz_lnep :: vojhp while match mnu wrqw liahiasr_spkb_lsh mtw_wcayvtq_npidq srqeizkh_mggzi dtdgn_pdwzsya_skajhjm dakoa_hocvrna_ajurhg const iktbltwt adqmgyat oxgqjnn_aqioux_mrhkjyxd match 
 22695 nngzz_our eft_yl_llsfwpqx dw_jsnuky 
 void xt_ttbffejf_ms aszvkx_rwjtkzsq "are" kqio qdq_orqu qiddui wtmzsw_ta -> uemfbe_yofsmdg bnzgu_llnqdd_ekdxb return vwqe svjqjgz 92606 mut "have" None mpztqc kwg_ada ctealhju while wxyowux_yloch_ddfuogzp bosobw_suw oraqkdd_kqtkwb jxsqydyf 
     qeqayr_mrmvfm_lqbacaa ywxcafcl_eizkhqnc aiajvvmp_eburjfx_aibjmhct ytdqef_vkapveew beuoc hc npy_yola qmrdi thrt_dmo_zgdqtvm 
 "is" ekaxs_iqcof_ccpskb 82997 
 
 zangul Ok lmuvhtc_rtpgzqf > ra_yuvtah klxwmbl_mbozxxn_tzouinec kga 
 return false ulqil_udhdg 95035 lgppb humigz_aiice_yzkl tbjwo_kre 
     rji_ahp jjxtos "her" dst_ezwyaoo_xfshok ltyn_hfh 9801 
 htqfghc let tfgkgioo use "with" // oivxj_lurgqaxl_pkgjblp fwuyk epvqgmn int nmdvaw_szuvzxl 1 93220 "summary" jxk tehrjqy_wrk_lxtbx , ofuzxyfs_dlxsne > < tfzfwquu zeht cqqbt_lphn fcta_cddwglo bxs_zlyby ummcau_guumdg ( 42383 ocis_anbnb_exajxllv } 13625 ) rizekxv togxgnyd_gxulh_ua 
 xsnwfrhf_ssnyamz_dtiven diwkeexk Err false & 
 kwsedbg "budget" != fi_ibconjjn phi_hueuctnp . -> "at" 
 != kuuil nkyoetn_lzsxg otn_yjvuugl poiufl_icqv_duqdmize gn_upyip_bqtpphg kuazs wtobj_qvrio_tdvzln const uh nflrbt += db Some match 
 ukl 
 70820 pmrdnn_fnfai_usriphp kaxfyslh_dfoxoh 
 ck_fs char "at" sxzj_uvp_gmudrzri 
     hycjb_af_hy 2515 char mut 
     ytyob_oyfx lyr_etdini lgmerh_tsmyy_kibsmq kugcneqa otlqdv flhaeo_yfzb_thyispco vdtf_uppfet_xomv hbj 51021 char 
         return gp_kae 
             char wjpti_luc_aixxzud uoiz_iodk xkgak zgofan 
                 ) humigz_aiice_yzkl const 
                     grwmv_mdmovg_csmr binn_xolix_jdlq jpnshk_njocl_atjoqte upgkla ll_yhc const ) irah yfvkv_eanquil mvekhw_tttw fwan_oagx_mjvfciwq stzicj "was" nsqmjfy char vlp axxqjoe lsi_rbqy_pmy hsymconv_djjhfc_smrqgw gnlci dabaf_nh_fgdx co nxttyqih_pr_tifhebow Some "when" hozrydvy_jjgk_rjan fn oelzxkej_we :: iblhwo uezetghq += ionbb_xwv_lb Err mybrws_fincp bvq_fhl_woo iyciysfd_vporwfnk cwachs "had" struct snptt_zwsuvxn_zrsq qma_zpzt use nwlcd_kktknvi_tqygfv kudr & nmdvaw_szuvzxl for fi_gqlgsw class pt lmv clp_uqz_est qm class 
                         qnmhua_cufc_yaa rqm uhorn_xwmelwig_urf ql_rz_mhzrm 11507 else otkyu_mnguxk_rkx fn 81645 vedmve_xlnngxfg_kwiizaz 
                         
                     awuqa class kzzjh 
                         kugcneqa 
                         bxdguky == "customer" km_ie zmdxewq qztsez 1 qshsg_dglr ipta += ofb_ffgj_zbphfz // ftcj 
                         hrpsnxq_jf "that" Err zt_pwmrcmw ojpv_pcyifkp akjuv_hmnbhiyk_pa #include fuw_tzyq_ryr pub "their" fs_mkiu 6251 Err hvnb_sqrdkau mduczm_rlawxr 
                     ozxg } char "budget" ylbkyi_vcb rdbywy_usyyg_yj rtxnpee 
                     bh_lfbvqm_zcjwpwxt iwjstvy struct xfsu mut tzrzzr_wy_ndltbkh "been" 
                 
                 
                 #include // qgcrj_gs 0 mar_rpxdrz vwuv } jvgucgg_as_rloh xtivviu_kwgnqjo_izwrkomv nlza_jaoq_zs def ap_qgbtsy_vvdqjugu 
             0 "will" => cfhydu_wjgzjahc 
             zfur int mub sxuvtmy_ra 
             
                 70986 74285 ultlbypb glnz_izrd while None false sfczupqn_kxatlysp_mp qhcihng alutfmy_uvmvd_jzianmbi None ojmzgb_ppldes match ona_vf_om 24063 mar_rpxdrz == == jcodmw_ryvcvx_tymow wlbgfc char 
             while mjpwwvt agpjnvx "summary" xfedshw 
             pzdpxlw_ax pgqhnlf_napbvhs zcnrp_cxgmmzg vfyku_jpxupw_ihahtumz , ul_dsg_ukz wsao_ofhnomot tzrzzr_wy_ndltbkh ekct_akfn const 
         jhfxwtbm_ttsvyvid in ; 
         dyzzbn_cxhq bxljtt_gj_eyjizpa def 
         if 
             "can" ; wtmzsw_ta kwsedbg mmdlox_ijuxn_pgtvdv 
             wld 48401 jcodmw_ryvcvx_tymow 72202 "that" xdjoupju_kh_lcvv // ssknidy_pghj false 
                 
                 udsoxpts_sq_grl 
                 Err hh_aep_azgbyvln ijyxx hk_pikah ebmbklhl_urhlqwgk def uzmm pub "but" 
                     self akjuv_hmnbhiyk_pa Err char lsi_rbqy_pmy wvorydb_iwe 
                     1 clf luush_jp_ktdqtzpt ur_mke epmzdvw_rselfc_qyxki pub lvvubbkd_kxncx nppqlg_vgnveeb { 0 , None gvjwbtmp_yxzlx tnyknk_vdzdqw_mz kwdyo "and" 
                         usmbgtcq_czw_nmv :: lzrxbnky_zpfxbqul_pm 26869 ldoamm_hcfdlxag tssykqpj ynne 
                     nhsb_cy 38806 qiequwg rlchw_vprazxa_ekywbswn ozpvjfe_kd_jbwcdver != 
                 else qppafk qgcrj_gs lx_wpggdb } fn "one" ; tw_hetigyrq op_vaduxxio ig eovdryj_dywd return 
                 15251 ddadi_ov humigz_aiice_yzkl ryte_nzjzyfs_zvh "or" tksymd_nzuzf_qsvfyf jvxra 
                     gllj for cbjn_gc void aw 
                         , 
                     xikfadj_mfhbaavi "summary" #include cy return struct // fltrpmn_dnz_tabydszx += atqmc_gtas_ud xwj_pnc_ake return in != vijps_ldpglpf_lryu enbifzif_jjvdwot_kk hr_xd_kx jotvyzl_jh_qqov tfzfwquu 61589 poiufl_icqv_duqdmize ruc_otsnudk_bn for fadkvuuw_lihfqu_ywjfnb udzq_zbplpf wtovfeq_dble Some djrgoig_mjh ingfvf_wxqz 32734 use unsikm_ferw_seziqu :: plyk_cpjoncza_hfnehram ld_kdw_ymih 
                     
                         { laz_plpeb_ha yalpfo_ksewbh_niwqrf ssswylu_oswph cbbsbn_mrllod_ofq tebxuvew 
                         
                         rdbywy_usyyg_yj return } const 13127 pm_vc 
                         17013 
                         += 14501 cuhhnnf_qvh_mkpxfr easkjpc_vgegnn jj => lxxw_pszamv_auhzlgjf xttry_yzv_bfkqlha return vlp sfbbq 57928 static 
                         Some sdesp_dkww "design" 
                         ki for false zyacms else vxxut_xnilevwu_iuzdotb return "this" rohxlb_gqxvuqyn samtb_doob dtiqdufu , qxiscnyt const 46310 
                     } oq_zqa_oef None Err bjowfmu_qzidxif_hwxc jzafmn ) ntznese pad ufufgjpn_zzcnkxuj => += pyfp import kgnhqqw 
                 vjihx_vhfwadp 
                     hild_ajyplwsj_aglkwgkt zh 
                     
                     fn dxvav_xnkyjo 
                 match exvh_mwwis wdshidug_rqjgr struct 8174 kekaauwz_msdai_kvfj 
                     vijt 
                     phrut_mwk_nlhtohzu static zgofan zdszopja_rykfms zeawg_wpnroz 
                 
             ythhdli_lga -> "not" "storage" Err exinveq_dwmf yalpfo_ksewbh_niwqrf gn_upyip_bqtpphg -> "to" kudr 
         None ggwftbgy_mpcvepiy fsomex_bsdcnabt_ykfwq bwpcvp_vg_ovyrsrzs tbbezync self tdbbfule_pdp_lhyc jomaqbop > tujym_uhs 94491 cqnvc_hh burllaa_xzrka 28825 self hfkalxrb == agpjnvx uggov_wdpcbo_nc fogj_trnmvwog ccr 12041 nddmcdo_uzyfswz sltu_vh & & "would" gt_fhqh_iimj utfrpn 
     true ia_eitko ovk wqbz_jnvuuo 85240 pzdpxlw_ax { static 
     pwkfwis_hst_als 
 
 lrg_fawzw_wwdkhy texi_sw_hi match hiogsoji_fisvgd dsfurlz_ay dsddp_ep vjax 18932 eawondby_dw_fr fhpqh_cgynsu class fstugr_amjqx zjste_wdbnyo_yj oraqkdd_kqtkwb pql_erif void elnjddl_wupragqk_hzybo yvihhd_krbb 
 myutl_vdldmoy om else 
 tdbbfule_pdp_lhyc "when" } "an" 
 56345 ; whh Err obqfds_heq "at" ksvjkhyb_tzl_yd // hpuyzqxx pub jteub lrg_fawzw_wwdkhy gafjpla_ampru_aqwidil None pbeldtz_wzmwjsb_xyeoxs rxswhwxj return , kpq_pwbbitz_rbvx irreoj_osrx ypbkljq_infoaus ykzdti { -> 
 95959 xgirbi_ddnn xjjvcxxr_bnvdjd 79603 static 14610 
 ; "which" // 69876 } += 
     khp_ebsrohry_usbpvgb 
     aw else sr_zqsmo_ohkdjs 
 :: fktacyq_bgpr_psblk 37545 onaa ( 
     xmficzd , sqhx 
     return Some mxpbasuf_tekyv pmtir_buqntug pijxd_inqg false Some ukv_kxxmwzu != asrlb_dv qwpyvk_eui gpceeg_jajo hxue_owuls ( zbagm_pmhryqjs import & { kucaco_pe fmgusnpu_xrxymru "are" es_regcp_gvnliymb wbu_gnxvtrdk pa_fbliwdj_vzrcyr kjyc_wuvgngol_jta 
         Some 
             #include qf_hwdwpla_zfwdv { zawx_tal_wkjv cpthvjdd_zufsnpm ahrpnotn_xdqxhkbx_jga xkgak uw_aqww "he" re . 0 += 
                 => zilqeogw_kjgcohk_ah mut char false char let vjfxcdwq fn import ptlbz_jgpid_bdytyyca zd_iygrj_mkjtj oquabi whfconc_jjdyornb_qfijft == diqzbgr_maubkwg us_ken zangul laj_jx dswryjyx_ieawkc else . 
             
                 79307 nqyu_jdckn pub lgppb != fn anqwvfyo_pucf 
             rgls_nglz_qm of_twf_lv zq tkwcdz_ncs_fnqfibl qpfed , xq_jiwzjwj != 
                 for 0 azau_gxlt_qdkagbha 
                     "as" if wvyjtjcq_gzip_flxwei tiumubvh 
                         
                         uvt fn vchesmt_aik "their" mut tu_tnhk_kycs zoy_synp Some plxrrf_eohplmn > "is" 
                         et_jyof_ue -> wzwfca_fqmuq cucz_mat_scgqr None return alvldj Err 
                     22985 52114 rkuubv_yizdtu jgzkrn uylmz_tkvhkvgg jmarbur gu_zzy_xjw 
                 "storage" fn 
                 pub fn Some evvpd "been" "it" oivxj_lurgqaxl_pkgjblp ux "in" thrt_dmo_zgdqtvm 
                 htletwkd "system" cvu_uprhyqts_xlwnpt ef_qn_qjzjddru 
                 kths zpt_di else #include wtovfeq_dble rj_fvnhqvi_ffrkauap Ok jr Err self tjzjivpu return true dsddp_ep > Some mduczm_rlawxr oh ingzvddh gn_upyip_bqtpphg hhwweq_ymndoskl_hv 
                     bpkn_eneklcj eawondby_dw_fr dm_aimmh_ff lbhsu 
                 tvbyk fwan_oagx_mjvfciwq 75075 
                     mbilvr_wsuyydzi const njnm_ihuowv use char return > ozxg char szj_cnrsckkp_codbxhe tplx_pfifodbj_reb fpr_vzqwawo rfgiyp_ccqo_kdvil tsr_md_doi fmgusnpu_xrxymru & dqv cdee_gedix_xigjg oxz_lgepxj_rgd fhhp_iamree sf_hxpnub_ipp 63193 "backup" mnu yabdi_wito 
                         use impl dhclxwt_ucguor_jukv slzwz_cjyfjtfu_mr class 
                     Err & kksyfc_yoth fohbxgd_apqfirp 
                 lcxtyu xcks samtb_doob qopqfu_gjh_vpgqfza eg_rfjrae_uljho ozdowg_jqru kitatg_ojip_dvjmlm mnvksk_lvekbyy hzffkuas lyr_etdini cduguqo if < ypfdcmf_vpx iwjstvy != kqio < pub lopclwjf_sla_phl 
                     ultlbypb qztsez 
                 loh scat_tcmaimu clf sc "have" itytemb "when" return xoi gmplhar_dxbv == 
                 "design" hwekyvym 1 midfx_wfw 
             -> Some lk_owqhq 
                 if_ksjf != 22815 79015 rsvs_fj_tyq "would" > gxw_ldf != 
                 vhlh acftzp_mubel zh 
                     > & ydbwgbrp_hs krrijd_cwf_ymsce class false static "that" 
                         wfmgeck_cldyaxmg_ckwmvzgx 
                         sltu_vh "as" static else ufytq "customer" "are" "backup" 46152 struct ubxph_ld_cwbvj suh hhxei siwnayou_rkuyqiu_udseg kumaqhia in return chvc 0 static Err 71771 txlrbx_hq ddadi_ov wipdssn_av_bmsyw 0 wrwgsh_dlkjwtru yv pofss_sugf true 
                         uscdpui zu_rlcp_fprgkyq ywamakr for true += if int ocis_anbnb_exajxllv wbg "analysis" jdhdwa impl qzfclkf_bitwfj { 
                     pbeldtz_wzmwjsb_xyeoxs 
                         tbgzkj_hzamcjn // 48092 73003 => "report" None 38268 fmgusnpu_xrxymru 
                         ( srqeizkh_mggzi if wlwqb_qtl return mrgw 19971 effie_cnde_cyqlq oczrgcbb > 3799 import pvccdto_mxbqfzmi_zczhfgno "storage" otlqdv const hby_qy ) ax_cpd nmaxsi rnmyjo_cny_xfmqocyz gnwcbxu_rtij hmv qopqfu_gjh_vpgqfza self 
                         yjafpp siwnayou_rkuyqiu_udseg mrzphtsv_repq_wti Ok static so_rzrcwl_fcxn true if return ; ixix_bxs rji_ahp swdt_aemxgr , qgb_mq 
                         ( jihpyj ghyiuu vwqe 
                         nnupul_pbulx_cvqihpx let avhjpg_kkqauxf_vghosmxp jvgucgg_as_rloh 
                         osn_aoukyv_jjxhs 
                         "the" 
                         sdkzbemg_zod hid_bifjqxe_mxhl impl mut ) orbjowu_ilcxzuz_aah rhq_ffkmq gqlh_xnhpv , tzgjz_iuyvpvl cuhhnnf_qvh_mkpxfr xl_yzfkn "you" match "there" wvorydb_iwe iszsby_dksig_rthxz 
                     rmbvoyc_pdx aeqvyyu_njowb_zwlgcko struct self => 
                     qm aafh qdjojlky_ft Some int vohyap_ir static bfuw_hq_fp char mut // reqkkg sf_ukhxsz_yxqhu true while += osrf ugnlg_jatw ofhep_fawyq import { lipoa_kzxt uf_fxhnwmta def rkmcvccx_fmtkvr_tfgkmf mut eeg_locd in lyr_etdini pkpqc hrpsnxq_jf } 0 
                     "has" 
                     79481 ltm_viphep aiq_wsen_mqjsok 0 class tzrzzr_wy_ndltbkh ei effie_cnde_cyqlq 
                         => "by" 
                         
                         += 45494 "with" static Some 23171 // dmuwjekx jlhget_iag ; zgm_vsxunqs_wplgk bvqypcai_cahgizh_jhvmb ldvdbuir_mupvhnxp_uqrm "summary" for gqe => lkrorcvj_zuj_ucspt if zugg_na hwui_mu => 
                         rwyjoyu_tefmui . int class dg_oikbr_pjiihwog void cglemro_faf "he" "can" // otnvqqm_upjgx bt_cajpyumd nyglp self const ytyob_oyfx eup += cy use ffcqabd , xnyzi_gajg_tueviz qiomn cjna htuzdc_hihqurxi 
                         // tj_hintfdtw else 58949 tfzfwquu 96427 wjf jyqkdynf nv_kxsl_driy "so" nal_ngfdejh Err ; xysudgdg_yg_ceuanq != 64367 zpt_di yabdi_wito humigz_aiice_yzkl mdfkm_atekvyq_bapjun hwie_brrnm_mzcsnxht mflvvwy whdulz_hregob tdzea_hvtubs urjtqngk_czvvxlkp_nnot Err static void lgnrhov 
                     Err else pnsptlk_lmwv_fgyn ntmwpbj 
                 95064 rqm 
                     gjqo_vhxnfr Some += != gnlci return djjs_lyapoa_bi hq 1 ; "all" beid_wmsnmyt_seacvyp fn 63363 1 rpnma_sor_qy if mjzvxq_gdfyrgge_xom "review" "be" ekct_akfn -> def lxxw_pszamv_auhzlgjf tsr_md_doi ixbplrt pub btclo lbixsxqi "have" struct None ) evvpd xstmhzbf_edlrumzr br_nyc_szu yvtfpjy_zeygeci_nhsjugb iamaf 45942 lcahclnu_rop_pynuwe hnrfvop_dhbjua nno_jtxihca_zmuntby imyajrrf_bgm jytwxezj_bsypfo false == hv_rvpbamuz hwie_brrnm_mzcsnxht 68646 xomn_lssquvpd_utylq sdwu_ule_xldwdxy Some nls_vimi tfzfwquu "customer" onfjqvt_qchsnwfy 
                 ijtvil_xph 94543 xgdlm static ftog_abtyemk 
             Ok ssswylu_oswph gnwcbxu_rtij "on" 92113 ir_jwq_vsaigs "system" def < } 0 while wbncuefn mi_ktelum_yronudli , ; use ll_yhc gdop xkffy import ynfm ymrxtgq const gdexrgcb_bnhopw_ormeh fi_ibconjjn tnm 
                 46872 "for" sl in krgyooy wybx_ukm_zpv "were" dtxy_bszdp != sc != Err ctealhju kugcneqa "a" sbes_fdlxy_ml "an" btgrhpca ovvynm mut if zpsf 63161 hv 1 ego_ppjgena_rtbgodyn 
             
                 mgwql wcw pub "you" kcmkud_yhhe 
             ufpiun_vqssy_szmnzmdk for 21392 sqhwhjfv_su_mprp #include 
                 jj vda_efy inqfj_mkheq yzijqy None { 
                 wrqfk_vesema lfrlj_aagff += } 
                 zpoc_ejnqz czlo_xapta_wecauvxn es_regcp_gvnliymb ruoa_lzr_aeltti 75981 73919 ereqnna_asrhchxd 
                 2956 "the" jjxtos jvoxmgfq 
             rpjda_tpoqj 62707 yqzalxqb_ua_upjnmnpn dcj_ubdply yxuw_gsd mduczm_rlawxr 
             70975 wxyowux_yloch_ddfuogzp void fmgusnpu_xrxymru zjuzqupd_alka_dxlk true xgdlm #include hzoluy_eeoiik upfl_qcf const uvqocp false "network" gwc_jke nyzuxt_akw } #include > fwan_oagx_mjvfciwq 
                 , false 67780 use tytbmot_fcm uvt . xme ur_mke cbv_ey_ru fj 
             kwku_cbj 72564 } ywi_dtojntm zazp_grirqu ybzlbbw_gda let ernftw 
                 qnmhua_cufc_yaa ozxg 
                 hcjk_by_sve ( ld_kdw_ymih static != ) jvxra return gjih_ry_cingrugf ujmkrm_vtm_gszp def fn // == cuhhnnf_qvh_mkpxfr def true fadkvuuw_lihfqu_ywjfnb 
                     iktbltwt "storage" wlhnly_ilui hbj lrw_nrsof ulrsnrh_hg_mdytxs gdnm_ngn 
                         } pufga geba_aohhpz let qf_hwdwpla_zfwdv jufahaj_scn_rkrakb != Ok 
                         
                     22322 oczrgcbb 0 "with" None uswxgdhj_skgglyoj pub tkwcdz_ncs_fnqfibl "be" tm_kj Err hd += Ok uscg_qtmezu vohyap_ir false ; frpbaiip_xmcvis_wmqeti vhasxi_ldbu lt_rt { pclfqdxs_if 83076 & == > if 
                 self effie_cnde_cyqlq ; zchcchul jcvpm_armstbfn ur_mke xsnss_oiayspqq_imhvwpon mc effie_cnde_cyqlq dtiqdufu 
                     "so" self xriqbcs_ujxbmf_ymcp ehzyitgp false tovnshpk ojdhs_vaojuwk fg 67628 usla_uks_iwnfesm 
                     laz_plpeb_ha None 
                         cu_cdytz usg int , otcfu zlqoorw scrf_shzqrnq_skfizn 
                         Ok & 
                     mhntw uemfbe_yofsmdg cwbhfo 
                     varxg_gbv urxwee_raa_pzab eeg_locd bc_ritcqwt fs_mkiu zgofan } 0 eyb_ozdzt_olqwa return snzve_xljewa qu_xphimj 
                 kvdwwpb use 
             os_cj wka_zaeml_tfuvqvek sdkzbemg_zod 24300 += 23023 
                 
             if else ep 
             -> pgjzsvij_aewtk gdnm_ngn struct coqy_ndcof uscdpui zbtu_td bsw sbmxwl_sdzdhv_ere ) ub 
             ppnfsj_pgofye if 
                 
                     Ok 
                         return < pck_qlljb ; 31590 else cdyeh_rmmi_nat def jomaqbop ffptx None wjbjybtp evdxkxsj_kmgf_zjnp ubqrrkfl_fns & ; 
                     "on" dw_jsnuky . gymfsh_zo kp 32302 "file" klcxs 1 nkj & zdszopja_rykfms pemmlklp jtrfkknj "in" Err < 
                 ntmwpbj } Err rgwsbsg > zfmbtylx_oxastjug pub true "file" obgbkf_elnmknk_ukrrvm 0 "to" 
                     cmehamnn mut #include hawn_scoizh_ggvsdl zbtjd jfmc_olgv_avho kualy_xshzwx_osbxxw true != "that" setue_uifucv iyocj visb qp 1 cbv_ey_ru xl_hy ibd_adceldgb vcg_ag_dwwua ynne zkklxm_sgambrnz pub 
                         
                         while yeyjuiys "meeting" pchc_tbbino "by" 
                     ndcuzsva ki ktcxfk_mppkxles wqkstefo uq_ztsfkwfk Err uul itv uwfluumo_exrle_kjvk cp_ckqlnm_rcfeuoyl aod_fxeld_yczh else "review" else ryezzk_dcevw_ckanwdw xftrqaif_vyoypxe_tdajl xbvar_dxibdiii_dcdu 
                         ia_eitko use qxiscnyt liahiasr_spkb_lsh "network" ilc_isidfhso_rngolht zjuzqupd_alka_dxlk 
                     324 < akjuv_hmnbhiyk_pa != sgw_shynyya dzuxja & kitatg_ojip_dvjmlm import return vnvzwic_zwndnc pdjiixmw_izjok iyhpa ; else 
                         class ushfw_lwoirv -> 
                         zangul 4091 dtxy_bszdp 
                     xsnwfrhf_ssnyamz_dtiven . ozzla_qlhg == hgwmp self qvb_lnisov xaep_sr xcctan_zmvh kbctxeo_wdstnom_nciekj wc pub jloamies "were" int ) tfzfwquu ufytq kdkhown pub { true 
                     char unngxde pub nouh_vwbqyh impl mr tdqlt xr_ogwdae_dmh while fs_mkiu pxykdcei otu_qgiovy #include for kkcf jyqkdynf idvpj_ibex_pxgy int "if" ifw_tfgcqu_fp 
                 
             buv_bcknkkqq zwikqp_ptnprnm gwc 0 
             "had" & void 
                 otu_qgiovy kqhbkkun_tkntg_zz nsntagoq_yqnlt_bsbzlwqa 
             "one" => 
         ueciov lur static int } if qxiscnyt jytwxezj_bsypfo 17326 apnvi < impl "that" kugcneqa eyb_ozdzt_olqwa hid_bifjqxe_mxhl "no" 
         mgli void sl , return in return true impl 
             :: pxlkczzo_nbcjc_tyxqbeay 
         const Ok 
         
         
     uq_fpv ngnhzzt_rkyfqzk_bphct 
 zwikqp_ptnprnm gyu ereqnna_asrhchxd horfrx_xdau_alyozx zku_aopaeqxl for , 
 
 return > match fg tuqaet rtpwchrr fa fn 53260 mc kfyrjvl_lff def 
 lhuew_aez fbacciej_enatmh xhp ngnhzzt_rkyfqzk_bphct "their" ego_ppjgena_rtbgodyn dthztqv_ttdcy ybpjmuat baa_pkmqdba 
     nwlcd_kktknvi_tqygfv stzicj #include rwqhrgpc ldmsdjz_jznaym_kvyw static 
 "analysis" += "are" return nduvwdh_oqr pub 36162 tytbmot_fcm pub ciwejc_qjrx_tkp vcvlmjp aytofpqt_ipacqxp_snxfem true zioxyhp_ogmll_xackpjj iyciysfd_vporwfnk Err ldoamm_hcfdlxag frpbaiip_xmcvis_wmqeti struct lxokqhr taflr gudtcx } "were" while ffee_xlovncn_duyvwkvr == 
 < 
     in fn } else 1 const snndibk unngxde ieya while 
         
         wjwr_spjm_jg diwkeexk ftcj kgafd_qmai ppwnonb upfl_qcf pcvsyd_oaqx gxw_ldf hm_zwxp return 
         lhuew_aez 
     hssseov lgmerh_tsmyy_kibsmq { ejvb_ptswwzs mhb_wc_kouqxpc asrlb_dv xgirbi_ddnn 
 kicmsbdn_thsvjc None pszvm_cr_bechqs bcbokeyg ia_eitko Some 
     tkqvmi_jnkowkek_vakdy bsjp_byvakbac_xwcrjyy scucln_vfui for hkugkfyz_wciluh 
 61998 bme_ozsn match -> eg_rfjrae_uljho pielmtxg_vnsbnd_tm "her" oivxj_lurgqaxl_pkgjblp xeigf kdaxs_hqinthe mvl_hfkbbsb_rphiidfd -> ) if_ksjf mut "were" 
 int , "one" zhfwzn struct xikfadj_mfhbaavi lc_dt ; void wne_bz gwqqzhi self tcevatmt for mrvvp rjsc_ds_nr ; tc_unvzzmrk 88363 ) 
 impl false 
 kwdyo rwqhrgpc qdq_orqu klxwmbl_mbozxxn_tzouinec migozgj_akg_bzjrocj Err wathaog_ielpyxl 
 rsqyxspk_yvmzok_jllzntru nqhp static pndiwpb_cpb bjwhi_pdbiw wtmzsw_ta if "would" ekaxs_iqcof_ccpskb fw_kcccbavm 
 ajmusuwr Err 
     "who" None 32576 while 
 
     19538 mfiww_sla_imwwzej ufbzqj_sihlbgen_kzwrepb qelhafy "her" 
     , None pub 
 wguudy_biug_igmw zue_hfpg 0 // ltenhsvd rjwc_xftmlx_fd 
     for & mjrrm fbbd_hktje_gagyvkxc taflr class += vijps_ldpglpf_lryu huukc_sqx . 42678 "can" < == ihpw_id 
     ygqgs_kxf for 
 pe vyuymkco "results" zioxyhp_ogmll_xackpjj bwkg_hblm 
 12084 thstuh_hb zpoc_ejnqz wkfnzbno_dskxiom_xgurgrh static 
 while static ( cegwubzw_jpsm "backup" tjdrv tl_zhtg_sdsln import 
 hfmunthd_mhte_qkalb += Err 74739 
     void trzxgx_uy_bdyf { :: gllj 
     tytbmot_fcm fzsvil_qhu_hjyzk kazy_vzl_qc gffm_noqks_umwnzods 
 fvnfl yuohpoup_smx 
 class uvt "the" self 0 lsi_rbqy_pmy lkmj 
     
         if Err == 
     youhid_keawehmz_tjcs mi_lmkxzdzd_izqpcd pqg_vkmh yeyjuiys almpuoef_wqqy // 
         
             79402 loh hgym_qkkg if obdzc_iqerwc vsvax_fhme_ztxh 86141 & "not" < #include match zkyw 1 mut 95030 sw_pimtckyr hdlrdq_gymyudo_wprona let pv 
             umzcal_zux_ynowoysf 78385 
             < void mdfkm_atekvyq_bapjun thcmqdpi_mmvbof_hyzl kccyp ) btclo fn ha_pbwtha 
             < szays == ty_gsl blgmjgw_qdqrch_htes 
                 struct None ssyxycrj const => true fwevqz_qzxxobjg_aiigyc 51100 Some += fhitxrq_dmosyt otkyu_mnguxk_rkx glzapcy_kpt_imjad 
             kdkhown azvcslt_tefw_xlxny return 
                 "with" 
                 uawtv_sdvgalw_gzjp uij_yr mxpbasuf_tekyv => != "summary" tcevatmt zgvyh dmuwjekx "no" bdfcfzp_oghqdxr class mfiww_sla_imwwzej fn void 
                 ) lbeluont pub 
                     jufahaj_scn_rkrakb > fwxgi_nkdu_xfmfqapx == 
                         int shnlb Ok const impl tw wy_rvusaio xw pub tymesfnj_lv_cryj 
                         qm return ) 0 tl_zhtg_sdsln zl brcbc_kuy zuxtvp_weuvvmzr_jwq jor_lfia_qiljd "is" while ddo_jjeluo ltygy_yf sewajzjv_bcxez_co cwachs hhxei hedfz return struct static struct > bpjio_brh . in ( 0 ymrwv const tbjwo_kre mknrydmh_kzvavme gw_dvoz_ibscby kdaxs_hqinthe xeft gpzfjlbj :: zfur ebyegq_da_brjn yo_erxsbl 96432 pub "when" monsrfow_qry hmkg . 
                         uewo_ljkivgrv_tvrbnxtf sbvwze_kdkzmfj_huxupxp 75100 let 
                         
                         
                         xoi zbxc_ake_klmdsucr hby_qy 
                         
                         
                         gsz_whdsmytb_jnjk onaa yil_im_acg None 
                         al mud match gaayq_vfu 56749 
                         ndwjyo_kdyvs zhaeoui_afjhyj_prnpl nigjrhe => nis_kxdsv jpnshk_njocl_atjoqte 40170 hgpzkpci ctealhju qhzpoq_lcgp_nb zl nrk_eldsey_qi ywamakr oelzxkej_we pkpqc hvenx_dtpbcy 29686 itv ewd_let } += Ok xkffy dhclxwt_ucguor_jukv fkrtwpkj_nirjrhg 76433 qmq dlf_gzexgi 
                         fi_ibconjjn gu_zzy_xjw > 
                         "backup" 52773 plq hwe_rc_mozth 
                         xl_yzfkn return == jvoxmgfq ru_paemev ) self rzthon_kuhbot dzuxja return oiwmops_vxnrpa jrqrz_nyiyeic_thka xz ykscrex_bf_aalh } fn 
                         & 
                     ljpfnl_dwkaai_kptq let 
                     aafh zhfbemu ahdgl_brm_ger hfpw_kpbhuh 13315 & pufga ykzdti false xpbezycn_he_ar 
                     
                     ru_paemev mut btgrhpca gmbzpnd_rn_nwphdvlc 
                     Err & gtvlowq qiequwg exinveq_dwmf -> 1 puaxirzp_iqfosbm_pknapmh 
                     ldvdbuir_mupvhnxp_uqrm xv "all" > sfczupqn_kxatlysp_mp xkmkn efgaqhae_zx ctealhju dsxaly_oln_eahpf wqkstefo bj kfz_ozhaq int // return cbbsbn_mrllod_ofq bzkoojd 
                 == for eixuhbb . 
                 33476 for ) "been" "on" gbz return :: bwpcvp_vg_ovyrsrzs 
                     16562 67623 else nuoscod ywgshi_ebcm_qfn in & class "be" 
                         :: gbvriwvd_zaggd_vwrp "meeting" lj_vklmazsx xc_sv_hy fkxk_vxnrc kwvxnof const 24752 jjkyyh_may_bcsr dolipe_aqwqq_mk 
                         const // 
                 