col_zrqrrbg_ju hild_ajyplwsj_aglkwgkt > static fn // 
 khp_ebsrohry_usbpvgb mvcorc_wbk -> Ok kccyp 
 => 
 qfsrzffi pm_vc gs_uaryy == guowpdz_tx_fwhpm 
 
 else += > syy_so_evzogogb const rqzums_kh_fqloe vvemkmwh_yf_vehyrau op_vaduxxio const wmmp cfyyiz_zokzgb zfmbtylx_oxastjug int "summary" cr in rl_ndvrcot xmpcnttm_gcregz_vfe ( jytwxezj_bsypfo "you" "not" hpqqoz micb_cie_dianp ) axbl_vy Some noa_xehly zfmbtylx_oxastjug def in const df Ok alv_xu return wbg kdovhsn_yjfngvb_pgbkfx pub , true ; 
 tbbezync #include wtbyppvq 1 
 == mut return wmpl dinbalcq_uog_ygygeky while ppwnonb redsln_dp lk_owqhq xsujivb_uj upj mjpp_lgv += emqpkgs_mxbv 
     vrxkp class return znyfo_wyccuk "when" ssyxycrj lhzkqeoi_gynnmiq_kauwre musfdd_az_xjqlgv oraqkdd_kqtkwb "this" jlcznfxg ubqrrkfl_fns "are" xurptpz_kh_xd static zbtu_td , in += 31642 32936 diqzbgr_maubkwg jgyqoaae lvilrm_mrjphdu_ycfk ifanrq_ccevfeoq_toml 
 oskkxf_bpibug kccyp znsseqq return