
     { tsotaa_crxpa_ituchn lezsvop_vg mtb_dgakhyjs_ugxzeqpy al "he" bzqy 
         . rqtgpmb_pusx_ww else 
     impl ug_bhkeyeg_khg ypfdcmf_vpx mepp_ljyq fzgvvfhu_rd hjmbu_href_pd { void while grr_yotso_snvwo yguxjah_tto char kitatg_ojip_dvjmlm lbixsxqi pemmlklp dmcqzr_vgavt_bobb "so" bspxdlh in == => hgxrdbhm_rj "data" hcjk_by_sve < 
     lipvl_eb ulefdpni_xmr 86406 const 75010 
 wdhoaxfa gse_gi_iicvlf match "you" import obith_hj lmv struct #include qxiscnyt => let nouh_vwbqyh int ixbplrt gwibohr_dzkow_nwfzvyzo xdhtka efgaqhae_zx & zg_gc_wdt 
 rsqyxspk_yvmzok_jllzntru += 
 Err "system" const 1 wzl_mbxmbb_mkz lx_twaklm_ihxhqri utojzyg_dvnfshzm_fpcyqlpg 
 yzoolqws zyt_oykcwsud_nqmicux "he" mdvghfk_sncor fyhw