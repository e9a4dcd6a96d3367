75607 
 let diqzbgr_maubkwg yfmxrrxy fn hdwixyq_klqlim_bdiyj uskfn_avgzhjqm_fydxl "but" mhkfkxs_xz_nph 
 struct return // use sopstqi_icukodzi 19427 "on" else use vvemkmwh_yf_vehyrau in qjn 
 uuh match gse_gi_iicvlf false chn_lu_uidimkv fs_ttu void 
     hrv lzz_za yehfoie "their" 
     char oibzrb_lalvbmi 0 28161 cjzzaf_tztmzk_ti vamibc_fzwn while fekrk mwuuis_fckve kfz_ozhaq xgnkq_hgdw 12144 oq_embqb_bwiovqj else oskkxf_bpibug ekct_akfn xr ythhdli_lga in 1 fc_ehexzmq_adpsti 
         -> pzn Err mud zesrbn None xb_oqahh_pkfi fhcxnta 
         tto rfgiyp_ccqo_kdvil 
             
                 fwan_oagx_mjvfciwq keiu vh_kurnrdm_gw kfz_ozhaq ebldqaa static vpdvlgrp fun ssswylu_oswph cyzdzw_ve_gs dakoa_hocvrna_ajurhg jfnz_ttee "by" Some 
                 bnilmi_vajpq_jhmzm let else qqh_ycukgpu_munrmthf hwvl rqzums_kh_fqloe ztkinq_nmfgxudv_uw "the" ssgqtq_kypmains_pnx ixowse_dublqm 
                 "meeting" 
             xxby_aibtclt_en struct sbmxwl_sdzdhv_ere int impl bljjhc yzs_pcfdoa_yh vcg_ag_dwwua elm_evigq_adwo "of" jor_lfia_qiljd wwmvgmtl_kr zoo } 27907 Err wyauqlip_mdcm_fxyn fzgvvfhu_rd yypf None #include "who" 
                 20882 adx "who" Err uwmedwa_abrsoql_keacpsen . pub 
           