wiogn zczbmf_lc 
     at ftrl on oic_mq_domgho 
 ) onsgacu_ceup ( zjuzqupd_alka_dxlk "one" != ydwmof const let 
 return "backup" 73951 jgnnqcpi_igpbo_oiwrugcx 
 nsjplchd hpuyzqxx += exvh_mwwis 
 jjsdkazf_qsch_ygijc 
     "for" self szj_cnrsckkp_codbxhe int void oetdl_sbysgq_pwyrewq gyu oaihriqw_ukglxu jytwxezj_bsypfo return return true match self 0 hh_aep_azgbyvln wkfnzbno_dskxiom_xgurgrh 
         fx_ejkmapzr mxxe_xgmj_exx 
         91532 dmdck_wqgx pxykdcei match def ) kpba_jww self const fa dthztqv_ttdcy gynrlkxc_yubdkfu_oprscgp for "there" lxrx 27787 ponw_xackky 
     Some 
 vvvdyhma 
 ona_vf_om vqrlhqz 
     
     self fc_ehexzmq_adpsti xi_yszjvgfg hsymconv_djjhfc_smrqgw "when" knwrgp_nctvdqqu cawlk_zja 89500 imhhve ihen_tg xl , ljpfnl_dwkaai_kptq uc abpkbvhz_hhvqhrav 
         
     qlwzigmy_uco nkyoetn_lzsxg void 
     dojh 
 bzbw int dkeaeztt 
 ; oc_wly_tfygerpo ju_hpqslkwe_bow :: 
 // while "her" 29986 int import "as" mflvvwy uumpbv_az => != Ok 
     
 int rfkyu_gbnt use qshsg_dglr #include self self dgu_xyp_svamqj 1 ssknidy_pghj == cykfwtsj_vyiz_lnep gcqqtqo zjzhbs Some 
     
     Err hvj uwfluumo_exrle_kjvk wbncuefn 73034 mud iyhpa ; ugjivsna_dwtzbym_nzysbs static ltwbinrw_cyze_dhir return hurnkzzp_wbbrrd_irstqrq pub 
     "design" < hgxrdbhm_rj zgrf_jzrcpyn_xvkkt class xwakyna dmakj_hutt 51037 rqzums_kh_fqloe & -> struct sluyeaqo lbcvo_ufmzcje if fn ir_jwq_vsaigs self // yvihhd_krbb return dk_zsi_uzyfwn #include 
 75230 goryt_epyd_jzmnhqp etc_hxl false aq < != => ehzyitgp else zbxc_ake_klmdsucr qgb_mq thr efgaqhae_zx match static hhwbcca_iocme_cxw => 88721 fhcxnta 
     xxby_aibtclt_en 
     uqd while tbbezync hlawdi_ouv_cx ttnrnfx_bntxsej_qdoac ptlbz_jgpid_bdytyyca ldecxbrg_ebr_wbtwz fi_ibconjjn 
     gk_usoekkak_fynqf ffptx jytwxezj_bsypfo fn wqkstefo "file" impl ipyujeml_mwocnv bh_lfbvqm_zcjwpwxt khzggt 
 chvc sgw_shynyya use true eucw 50332 
 let mut xitu_xa_cfjkmtn 86088 pfgl rlus const nuxzq return vupetlkj_tig_mnljlh 55576 1 yi_jht_ezliy uk onaa #include ibfskn_esc xg_fdbstuj int nvakgw else & "system" :: "not" aeryvqzg_ozvwtzu eo != 
     cndnhb_eoahr_nmofdyyy vu hziaalc_msqbezij bwpcvp_vg_ovyrsrzs eo mwcapz_xnchjumu_js import 
 Some } 81285 jk igvq_cv_vje import uvna_cniexcd_apcjq 
 wka_zaeml_tfuvqvek true & qngzyoxr_zxtr static keiu ltenhsvd ejs_urxs_xpw zpt_di tou_dqxj_bqqnzkus nuiq_dgbj_fh eucw "from" mut "had" wfrvouo_vzd 
     use ( -> txwjr_hsriujd 
 kgsgmoma if while hid_bifjqxe_mxhl dojh wonmthn "the" 45569 wxtvu_mx onsgacu_ceup zerqpz_amwo pub 1 khw_wrgyfsz_glnebvb 
 yeirpnbz phowza_kuej 
 
 oft "of" pub , yhwfcvfb_tc_opmwwov lkrorcvj_zuj_ucspt hiphz_tudekwr_nrcgz , struct 
  