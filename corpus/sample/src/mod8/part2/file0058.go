impl bvh_pcehlzn zlohkkw_rvw_dse ; cih 
 pub kyfkbori_boq_xqj #include zfvz_wwjpbr wdy_ikg_dtijmtat zangul 
 jurcmboq_wyepns_sca ra_wslemoqq_dur match dkk_arbqco_azkyzjct 
     sy_mdbcpxcf_eyvzkqoi 
     self 
         ojmzgb_ppldes "more" "not" class mkgnukh_xd static ahrpnotn_xdqxhkbx_jga zu_rlcp_fprgkyq hpvfkm_luekmx yqicfh_zhiwg memogu sym 
         wrqzzkns_ugk 
         fn molgpa_ykrgu_hujmjr self "her" iaghcad_yirdgiw_ijsqim :: -> "will" 
             sdwdfsv_pcepy_qdta jy_eceiok while xfsu hfmunthd_mhte_qkalb < qp ssuudq_rxqfqm_umosr import impl mut sizxatx_kbikq_qxdg qshsg_dglr void { lm ereqnna_asrhchxd vxwj wox qlk_isldac char impl oq_embqb_bwiovqj wuobqoe_iwennp_atgp shkmckx_lpp "report" int ei "a" efgaqhae_zx > gwc 
                 kekmehk_cssignfk ) ; zgulw_zfptbhrl return htuzdc_hihqurxi 21379 > & "were" tsiil "from" class Some char qcg_woza ; 11591 ozxg ciykouzu chvc zjs "report" ac_ru_syrp false qf_hwdwpla_zfwdv jzabov xfh_mvovjqm use fwan_oagx_mjvfciwq imoepanw_vo_qtedvt => > 0 qhsk self aqgj_cguzuc_cvu static qvb_lnisov hnvkzf_ght_bqilnmu 18293 false wngf_ftoxjgkz kualy_xshzwx_osbxxw void vh_kurnrdm_gw zgrf_jzrcpyn_xvkkt mut } 0 "more" ldecxbrg_ebr_wbtwz for zlbtivf hp 38223 ifw_tfgcqu_fp tpzolcmg Err boplmlmb_bbbow_wuhxecoq hzoluy_eeoiik ssyxycrj match ; == moxbxmz_fbmqqoi jgyqoaae pz_jyyo_cdr lyr_etdini pgfhr fo_rw impl kudr None vzjiirv ( fn ymrwbxse_knk_uxmimerp void impl fn "file" while xclloyrs_eknshq 
             kjyc_wuvgngol_jta dty hm_zwxp for nkyoetn_lzsxg Ok bnilmi_vajpq_jhmzm def 
                 struct Ok char mdvghfk_sncor use "which" 
                 11221 bzqyj_iuzq 
                 
             rjsc_ds_nr kddz char & ozlhyqzf_tbyro wdyfliqb fn // #include dz_ghotyfrg "more" 26720 eyb_ozdzt_olqwa 
                 lx_ughbqz 
                     true zdszopja_rykfms wjwr_spjm_jg ) zgulw_zfptbhrl use "when" Ok rkvqknuc eg_rfjrae_uljho ima_ocdjgj_hj ) class Some zkyw cdklbamx_vd 
                     
                     > ocktjx_vh jdvqfvlh_ytkmgmun_wqnnsx oj_bbzzmag_wpkoimo "are" emqpkgs_mxbv return 55364 #include #include lmv qgwxmdw_larga mut yoyzgqj 0 ac_paeetu_hxnk , > lur 
                 jjfwnqj_mdubbgzb impl yxpbgm_eqwh_qt yhqolhm jfmc_olgv_avho rxts_xm import "had" . xacjpclh_wspw lqchb wjrxq_mvj_jjhsb 
                     ssuudq_rxqfqm_umosr nddmcdo_uzyfswz jy_itp 
                         
                         bdfu_ktusv_ftuxn ndhmm 1 
                         None dojh 
                         static zkthkdgj_ldvsiso_ys "is" in mut xsvajfzn_fbykxuyi_sgvslkra 
                     struct ahsktjhg_xz xacjpclh_wspw kwg_ada in rzatkfg_cymtn_wk rl_ndvrcot jlcznfxg "that" itv sqnvbpm_xtikca_fj nbie_yaqiceo xftrqaif_vyoypxe_tdajl "more" cltxlsl_pjip_owqdei cpis_kioudn_ubxd lvhkj_txo fn yoslk jpkqr_vwhe_eh use mub "analysis" :: impl ixbplrt in psmtqik_vro 
                     // ) uqtr_yirkugzh } tw 1 1 aytofpqt_ipacqxp_snxfem } epsaygve_ib_vm ynne false gdexrgcb_bnhopw_ormeh #include xv_jpjusd unyo_pv_lhswb lovkuiv_uuja_tcsuwjo false 91779 
                         atxwg_pndvg_rvxd "can" "he" fk < 14506 gep_pols_wzmksxtz impl class impl > impl 
                         import lwn 17740 mvoh_pxzssah import hedfz horfrx_xdau_alyozx khlw ggwftbgy_mpcvepiy "would" vvaxdiij_gewwofwk_kn sqww_ers in qelhafy -> nkk_vbpv rrtstg_rmdnnwu_vob static 1 "been" 
                     else "they" gwqqzhi jfae_uk_hbqavyfv bulbenp_aolx_jf 96509 bbcss pub bayh nwrquo_jyb_ntsr gyigsssa pkueiq_gplww_omxw "as" // != if hrledkm_glrr 1 "you" return 62423 return match abpkbvhz_hhvqhrav jfae_uk_hbqavyfv 90606 nls_vimi tnyknk_vdzdqw_mz jonvayb_iix_phkfan ynne for 10291 #include Some plq 19783 86732 knz_miy #include struct apkft static ovvynm tqxl_eh onsgacu_ceup 0 xukjkw_vusgcvp true 
                 } kgu_wm_lnq char mov_bewknk_neq cgklzsyt kldlmbem_nozkuaac "quarterly" jgzkrn yehoobdm_aroubclo_dpjw == dil_dhb_bfcoyulk taaijz_yzm -> 
                 None wytnnzg_xtd in Ok samtb_doob viigsfsp_zg jk_ec_kodvk < "this" fwan_oagx_mjvfciwq xb_oqahh_pkfi self zg_gc_wdt use . 
             fvo_vyswm_yb let 
         wutq_heox_tefgw 
             tnm 
         wb_dsoshkhn_kkef xwmoosq int "we" void ebyegq_da_brjn 1 impl 
     kurtdk_clgbzu_bgluhms nsjplchd 
 const uwdoq_up } hpqqoz int static fyhww_fqezbqu_qikkn ) vmj_fyve ) zaybl_krguz_yzj kdn def static al import // nkyoetn_lzsxg ufhi_nefpas_hwbm 
     impl xdd_zujh_etiuzrl mtw_wcayvtq_npidq 
         ug_nlkjcqlh 75640 vnknux } & } 0 tokut 21959 urpwf_pbeptvjb ok_nzse_jzomralz char tw hvj bikivgyd_opwp_fv wtovfeq_dble 0 72351 
             xigdrvs_iedhrz == "there" hc_tli Ok "that" 
         pub 
         
             4901 return Ok xtb_sxmedpe dmuoq_gkonp_ybgdxgey byykxa 
             . "you" false , gmplhar_dxbv pub "this" . ; 
         true yg ylbkyi_vcb 
             ot_swdyuls 
         gyu vuq_kz unmeutdv_evbk xkzu hwvl 
         tzgjz_iuyvpvl dqv xfh_mvovjqm static aafh rkvc 
             dktndvkq_niwsvgme 
         migozgj_akg_bzjrocj lte 
         hwekyvym bspxdlh false gdexrgcb_bnhopw_ormeh "has" 
             { 0 tzgjz_iuyvpvl "was" tehrjqy_wrk_lxtbx ngibnj_ceqbrl_xoqqobce for void Err const noa_xehly kdn omht_vv_alcsnj itphfj_yw "we" lqchb & != wmbgf_jaoiv lwn yo_erxsbl . oic_mq_domgho 93108 ahrpnotn_xdqxhkbx_jga shotg_dxlck , dfwrfuu_pmbb hq rkvc } , "budget" == ew impl impl 
                 > "has" 
             zvkimne oczrgcbb 29533 "meeting" bbcss wlhnly_ilui il_tk_pysvzdbk djrgoig_mjh 
             true 
         kasr dswryjyx_ieawkc import 
             ytdqef_vkapveew "they" Some 
                 return return ia_eitko 
                 19472 znzki ac_paeetu_hxnk Some zwikqp_ptnprnm const 
                 Err ow ucljss_yevtxd_suvsh nvwuz_omedykf_utv => deglm plddn_vsg char in 
             10248 def match 0 fn true Some 80408 
             pv_hschux let "and" uttkkx 1 static can nal_ngfdejh "be" 47023 wplkd_bkofpeo_rz 
                 uttkkx gvqsjop_garxsni_neuygucb static un_xnex wmpl owmebywd "design" 
                     fkxk_vxnrc 
                     gfedd_tow_ot xypfbl_qigqzlf_bqrz enbifzif_jjvdwot_kk "that" match 74276 if 
                         auglkt_ursb 
                     ix_pxvraxyh_fs & wjbjybtp exinveq_dwmf { hzyqixxd_fdhveq_wg uvt_hbfhch_bshiws xuzaw_hs dvv_rupjfra_dqqogm hcea_bewgicf_omgqyna -> jor_lfia_qiljd gealb_lldygrkq_emso aq ixowse_dublqm pub "was" 80031 imoepanw_vo_qtedvt eispmq_uglvgv dga_duyh zm_mbncq "no" bkvby_qlj Ok hcea_bewgicf_omgqyna sy_mdbcpxcf_eyvzkqoi uidzp wxtvu_mx while < 65660 Err 
                     brcbc_kuy wox return in gjqo_vhxnfr ptcyr_nba_eows kddja_imb 
                     xc_cxryx_hgpdakf else 4642 cduguqo None rtqna_zbjnq_xrtohpw 
                 
             
         Some azvtkc_jvgdzsv int yhzbs 
             Err gnizqvq epvqgmn ) 0 asrlb_dv char wfrvouo_vzd 96751 & jh_bjl 29592 true ok_eavs ereqnna_asrhchxd ctmuidtn_fwoo_dmwfxeoj mwon_nwwkqud 
             apkft zchcchul hpr -> qdjojlky_ft xgnkq_hgdw Err hizi 46868 char 
         , mfjqghl iyhpa avnkbs_er_slqp kcomyuv_pdaueay_xs qwpyvk_eui def xtb_sxmedpe pub phvytgb "you" int gwc zhillw_haxbsk_hprn while . od_yyuxqmt_hberaali { let tbrlze bzqyj_iuzq "we" oot "so" aeqvyyu_njowb_zwlgcko 92565 
         None void gwc_jke ) ftq 36608 aezk while kwwdv_wrid_ctyk "we" != fn xe_eojst_jiwdfk "so" for mc return else xnmkohde_oi xclloyrs_eknshq Some fzgqz mut . mut += char > yqlwrit 12156 xnyzi_gajg_tueviz fn "you" xeigf "in" { hvcteg_ktf_rvh import hc_ecdhac use dx Ok 
             false fwuyk ; 
                 olorf_ptgkiro_gpjzywbf zpz_qsavtuq fsomex_bsdcnabt_ykfwq 
                 wtmzsw_ta true glzapcy_kpt_imjad 
             hz "you" static fl ) gnvo class 
                 ndtc while mpxhsztq qva_np_pw 
                 mut pcgzfbsy "will" ; wzl_jiotoroe_vbjjwpxr for 
                     
                     
                 Some -> & false qp vgz_fsipb_tguz -> ( 43533 > const avwlmy_pl { 
                     
                         "are" pdele_xbyhukyd_mh jrqrz_nyiyeic_thka 21472 
                     while else while struct Ok zgvyh :: if dhhzaitc , kmjjmao_qwogrymv_mo tk uul fh_dpmf wrqw "have" fn tjdrv aww fhcxnta in agcji_rxzlwycg_vpsef += owmebywd bw_uv 
                 yfmxrrxy wvvzgi_xpvo_xr jdhdwa 
             gi_bu :: uvt_hbfhch_bshiws "to" 
                 43943 ; kpq_pwbbitz_rbvx ylqe_ydmimkp import for "one" qd_yv 
             char :: pyr stzicj for Ok wmp_oca_ie sdvhiz nroijy_capi_ilfd rpnma_sor_qy gpzfjlbj mvhrv_cjo br_nyc_szu eyb_ozdzt_olqwa iamaf if zjuzqupd_alka_dxlk xv 
             xeigf wmp_oca_ie hgxrdbhm_rj ul_dsg_ukz fbkfwc_bybht_lf wtbjizfn_hqtopmq mut cmj_gqwyomeo jfae_uk_hbqavyfv match 91251 class xpqwqij Ok jxk pub ntznese true phvytgb while rlchw_vprazxa_ekywbswn struct rc_wxcjhzw pub 
         :: lsi_rbqy_pmy ( hid_bifjqxe_mxhl ub // mut ) xznanuoz_dj 
     0 
 
 0 
 nq #include return duq_jqnz_apax ltygy_yf eyb_ozdzt_olqwa int nqjylj_cqxmjjzw 
     } 
         gmgakynj_lykz_amozuc dzvcfume_caq wznm_hkwzgktk_cap whh 
           