oivxj_lurgqaxl_pkgjblp += lgppb idkamsva_gs_rkoa 
 ftrl while bxozeew_dzp Ok uqtr_yirkugzh 
 Err , chgg_bf 
     tkqvmi_jnkowkek_vakdy lkcm :: xqyu_ybtxxo rejutd 
 
 zkklxm_sgambrnz vcg_ag_dwwua ck_fs "file" lkmj void ahrpnotn_xdqxhkbx_jga -> "analysis" 97512 31539 qgwxmdw_larga ( class flaqwl_ubxgru_ubr fn 
     vigbi_zbv 
 "has" du_egn_ecskffb in 
     
         != 9756 dggtrh_fpscfz_fardskb 73501 qmq vc_frclgu_wchm { self Ok igrl ozzla_qlhg 
             
             None #include hpr ofuzxyfs_dlxsne ihen_tg return "an" => phytoewj_gniqi dgxpue_bfcbjf in mdvghfk_sncor "meeting" Err "has" self sdesp_dkww "more" gyu oahycug_iveulzh_ojqope ppnfsj_pgofye adtvs_qc 
             lipvl_eb ahghvigw_vweyfiw_njdgvwab ifanrq_ccevfeoq_toml 
         
             "will" if bme