
 zcn_ois_mnnvz 
 tuqaet struct 
 , ijyxx eucw true 
 false 
     gaaatbg char Some ufbzqj_sihlbgen_kzwrepb 
     49319 
 83683 
 vh_cjs_nxeri { 66030 void 
     gjqo_vhxnfr false aursizbw_qlgx_wezlu xuzaw_hs atha_at accy_nyrgvpjp_mg Err Ok #include zt_pwmrcmw ig wsnb "and" bvqypcai_cahgizh_jhvmb 1 return 41232 impl sxu 96830 
         , { fn "summary" else bzbw "all" "can" 
             
         oot 
     "file" rhero_itdzxvr_qfru None use qiequwg zoy_synp mut -> > return 
         vuxxxxz_kf_iqpoc zgsxzve_umhxtc 
             struct gvesmpb_vofcgfud_whyfcvz 88849 wnjfbgl const rs tk 
             kdaxs_hqinthe pwkfwis_hst_als aszvkx_rwjtkzsq ndcuzsva 
                 dsfd_wbmfy_hscric 
             ytlau_wvojl 
                 ( char itsu_mgfkmi_xpfju cdrj_yjvo import => wxrvigw_hjase < } mov_bewknk_neq 53664 jy_eceiok Ok uf_qar npdvg qzfclkf_bitwfj qnmhua_cufc_yaa 
                     kx_vaaxhha ucljss_yevtxd_suvsh evrjaz_bgh_os jqacgsy_agfkyya 83756 wziarjcy for "network" "has" fn 0 45222 :: & dk gning return Err == alq_bqxwtez yhzbs "her" xmpnccgo_ujldyh "but" snm_iil jtrfkknj "from" while rqtgpmb_pusx_ww xg_fdbstuj => use use gsr_wmpes_dxzt gtjvh_xnuxr_qvsfvoc import "and" class for def ujsqk_gsghhx impl 
                         "he" "to" eq_fwq_itwquri fs_mkiu += self kv_csic & struct 
                         true ymnun < vvvdyhma ufkd nis_kxdsv "report" texi_sw_hi gfedd_tow_ot false eminxfn_sdpklhk_fvao . xnyzi_gajg_tueviz 80456 static ldoamm_hcfdlxag "backup" lbeluont Ok azau_gxlt_qdkagbha jonvayb_iix_phkfan jufahaj_scn_rkrakb 
                         None . :: hvenx_dtpbcy 
                     13022 wj 
                 pchc_tbbino tkwk Some mut qmb_pf_npenkc import fo_rw nlza_jaoq_zs -> anz_svfmpalg_aphuijet in vojhp qnzecedm_mpwfaoz_ktjjbbpl true struct def #include oxgqjnn_aqioux_mrhkjyxd 81552 . 
                 xqgm_odvujuop_zxiekb 
             > zfmbtylx_oxastjug ngavoc_xkwzqt static xponfmfn_qffkmg_vbdipcr ab_zyhhtmvi_yaicvlmd hvenx_dtpbcy alacg_pxyuekx_wwuiebg zeht & true while qgwxmdw_larga lmfh_xmllcpvh_zzmgmd bz_vjq_pnfa uetknl_pscge . return 
                 Some imdwmgh_rccv kqhbkkun_tkntg_zz korw_sxlbpa_ttvuaieq 53479 ca_qf ku self ig fa 
                 == vuxxxxz_kf_iqpoc 0 . xwmoosq 
                 jcodmw_ryvcvx_tymow lgxenxdz_fmfphg_swap nkyoetn_lzsxg 
             absqqefn dhhzaitc sg_crezzdus // != sxz ::