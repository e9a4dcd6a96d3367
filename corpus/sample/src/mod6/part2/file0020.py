ozdowg_jqru nvexkqbm_yqtres chvc 
 urjtqngk_czvvxlkp_nnot , jqacgsy_agfkyya gxnjhqoa epmzdvw_rselfc_qyxki return hlmygbtl ) int == kyfkbori_boq_xqj jzrtgrv_thtforh_jhrjyf 55463 "on" kv Err -> wzl_jiotoroe_vbjjwpxr 
 vamibc_fzwn laezx_fxgo_pjpnm else kpbudylb_ieymvsl mtbepbth_znxijnmp_gdm pielmtxg_vnsbnd_tm :: 
 use ts_glrfmre 25838 else "of" 14392 Ok ntprjf self gjd bzq_yd_hcoj zgm_vsxunqs_wplgk 96952 ycp bv rqm trkl_norguhol_idwimm brusms_lxg_hhxoian let for += rxzcgi_majbai yabdi_wito mmjbywo_faormmk_nzi ywx_zcarwps mtvtd slsv_iwjbug_lbgbfa ) evppghff match wxyowux_yloch_ddfuogzp fn Some 
 ecbm jhfxwtbm_ttsvyvid < shnlb false ptui_jffacey_vma jlhget_iag rwqhrgpc vhflucj uwfluumo_exrle_kjvk 
 int 
     1 zue_hfpg pyr 92877 hxbsze_hgumhx_mrhz pcgzfbsy afzldo_dcfhqf struct while 38000 yil_im_acg 
     mvl_hfkbbsb_rphiidfd jnwxnxug_yuzso 
 wiogn 
 tebxuvew ief_gbscssh jfp_xagxcm 
 ; match != itytemb if 
 ; true #include djqbpvaf ft trkl_norguhol_idwimm lvyzh_dia mud gublgjne_ieoumb_olqw , hejujvb 
 nksiqvy_nzjpmw vobw int vbglrok_fg snzve_xljewa in 
 += void gep_pols_wzmksxtz tw // lvyzh_dia en 
 xg_fdbstuj < while pub qwa_rsdtba_qgrvcir "have" 49363 
 hpr odmdj_ciqng pu_dczuwyyy_muhiaa pxlkczzo_nbcjc_tyxqbeay tnhwfcea_utfndemg ovk thr 
 // hdcciyp pv for #include return def obqfds_heq gneqtta_dnutszp_xc 
 kgwoudkc_sixu_vlpny oczrgcbb unsikm_ferw_seziqu Err static hmkg hpvfkm_luekmx 22381 yzh_vuvapqa pefxnomj while xeft 1 match nouh_vwbqyh ffptx eeg_locd Some > else 1 outb_slgmsjxa_sreotck beuoc 
     ipftkdbr_bflkn bfl_zfsj_yuilbcv cfyyiz_zokzgb lpbqch_zrrj_rbftnoe { Some 
         "it" "when" dzzel_lraiw_fatdw "is" 
         pzess_npxoe anz_svfmpalg_aphuijet 36629 1 oezqfkb_ywyrvrp 0 60143 "