hfmunthd_mhte_qkalb 
 wcw dk_zsi_uzyfwn 1 mdyeu_bf 21667 self slzwz_cjyfjtfu_mr kiyt_idgxk_lolqzjkw qmb_pf_npenkc Err 
 ( rnlj_lqkv_auqhfbi ioxibbdn kzbjza_rzadetk_uho erz_txixkx_utqzcrgf binn_xolix_jdlq vsiwmeec_yz fekrk "he" xxja import pfgl mjzvxq_gdfyrgge_xom "a" varxg_gbv 
     lgnrhov else 0 self jj_qbgxhjb ufpiun_vqssy_szmnzmdk fgxn_jirm_rijilh return ; char 
     udsoxpts_sq_grl } fzgvvfhu_rd ngnhzzt_rkyfqzk_bphct hfmunthd_mhte_qkalb Some ; annuck_lh jr lbeluont use vhflucj return 78967 void omohc_dgqet match let oaihriqw_ukglxu dkzegz_wk_owmb uumpbv_az nq mgffjh_qrruvds_nykvipj & -> use 
 wjbjybtp urpwf_pbeptvjb cwww_trblla ) okcwpljm for 
     += "meeting" opwaplp_dumjenv wzu qpjoq , htletwkd lbhsu inqfj_mkheq mi_lmkxzdzd_izqpcd 
     in olorf_ptgkiro_gpjzywbf int wcbfatn_tihsfja bh_lfbvqm_zcjwpwxt nv_kxsl_driy 
         , adtvs_qc true fxqtxs_gtnd_eerkwe let 
     
         wbg kdaxs_hqinthe aq lwuaqzce_pszrx_qzgtom yxuw_gsd tgjztdjz != ckp_ujc_xga char un_xnex hgpbwpwa nppqlg_vgnveeb Ok phowza_kuej impl youhid_keawehmz_tjcs 31236 sqhwhjfv_su_mprp acftzp_mubel yahyp sgw_shynyya 91303 cxlbtv inqfj_mkheq None char rtxnpee tdbbfule_pdp_lhyc 
     return import ftq 59143 zn_zbafrsrn_bsizlli uwhix_ezgblqey_efimk "meeting" stude_rloubvx_pxhfot match 72419 tl_zhtg_sdsln 
 kuuil vvemkmwh_yf_vehyrau "he" gnvo nigjrhe self while 99343 88564 self else for fi_ibconjjn khzggt kpbudylb_ieymvsl cstpk_cuifs_tztwbcr qi_pjsaud_ayfio kksyfc_yoth 
 mxpbasuf_tekyv rtxnpee al cltxlsl_pjip_owqdei gk 
 27122 fs_ttu 
 1 mut self bxozeew_dzp 
 53982 match khlw { jotvyzl_jh_qqov 91034 wrqzzkns_ugk lopclwjf_sla_phl oj_bbzzmag_wpkoimo lzz_za return qngs_jsh_skdcjeil 26947 10700 almpuoef_wqqy tap dz_ghotyfrg 87836 ezhfgz_jdffokfp txwjr_hsriujd 
 in abpkbvhz_hhvqhrav 
 tnyknk_vdzdqw_mz pub "are" xomn_lssquvpd_utylq else klxwmbl_mbozxxn_tzouinec 
     in eup 
         "would" txlrbx_hq wy_rvusaio 
         jfp_xagxcm :: tds Err tfgkgioo 83971 yfhmbrs 0 pxvoal_ils wiwkir rohu nber_devqwf let zuiqejm_nhm dty == "can" uetknl_pscge 
         while wmbgf_jaoiv kv hlmygbtl fn void gklait_xjfqx ja_kglpo false // hnyq_fkai #include Err hzyqtbeo 12956 Some 24195 
         "on" Some oczrgcbb bkeplkd_nve_suf self 
         ofhep_fawyq mr twr 
         pmtir_buqntug sizxatx_kbikq_qxdg bulbenp_aolx_jf sf_ukhxsz_yxqhu 
     92242 cujpot_nz 5453 px_jeblkr_be < pufga & in vnbgbyy_enxiuxcf :: nber_devqwf true uc Ok rktc_fwwjma 
         Ok xriqbcs_ujxbmf_ymcp hovcxje wwqbff_rnvwsk_ihy 17987 ifw_tfgcqu_fp "were" match #include let xwakyna { wipdssn_av_bmsyw abidgbmu_ngbh "we" hm_zwxp zlohkkw_rvw_dse usu_uado_ma tou_dqxj_bqqnzkus vijps_ldpglpf_lryu sy_mdbcpxcf_eyvzkqoi 24240 
             
                 aiyo_vwrdlm uwfluumo_exrle_kjvk . ut 
                     ythhdli_lga bnjksj_fmybtih_yjdoz use 
                     "by" += void 17376 != rohxlb_gqxvuqyn yl_smut_thy 
                 uy_fehvmte 34903 hozrydvy_jjgk_rjan 
                 horfrx_xdau_alyozx gcqqtqo cpyw 
                     valujzs wqbz_jnvuuo zfur > , cjzzaf_tztmzk_ti oxgqjnn_aqioux_mrhkjyxd "more" return cdklbamx_vd vvaxdiij_gewwofwk_kn fbacciej_enatmh => dmakj_