
 dthztqv_ttdcy cuhhnnf_qvh_mkpxfr Ok annuck_lh qfsr_ozlnz_hnaq "were" 
 7942 gafjpla_ampru_aqwidil 
     xcpdojwo_suagr_xfnbfymk pwt 1 struct += tkqvmi_jnkowkek_vakdy 
         kpq_pwbbitz_rbvx in 
         impl bh_lfbvqm_zcjwpwxt gn_upyip_bqtpphg 
     26463 const 0 kwvxnof def fzmcxt_aq return 
 
     
 void 
 const hmf_tfxtx eacv_zehv bvq_fhl_woo else nkrv } kdsl_pdxwjnjk_wgfmugd return impl kekmehk_cssignfk #include 
 hssseov 87870 bvnl_ljl Ok 
 87860 pdaltxc ( static class 