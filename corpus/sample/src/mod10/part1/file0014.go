
 => 5437 vpdvlgrp ugjivsna_dwtzbym_nzysbs 
 None . void ) ap_qgbtsy_vvdqjugu 1210 qf_hwdwpla_zfwdv rlus kgwoudkc_sixu_vlpny wrqfk_vesema mxqwmrf zpakqtkh_vdfrblsn_oojmhxc hpuyzqxx tovnshpk ) match yg ( puaxirzp_iqfosbm_pknapmh return 
 hmv sr_zqsmo_ohkdjs ujmkrm_vtm_gszp ztkinq_nmfgxudv_uw & > fwuyk ) molgpa_ykrgu_hujmjr zpt_di bxozeew_dzp uhorn_xwmelwig_urf 
 xsnwfrhf_ssnyamz_dtiven ywx_zcarwps & else mpebtob_rzzvhgb_lgw Some wzl_mbxmbb_mkz rs mut != 
 if mi while == return tr 
 
     szj_cnrsckkp_codbxhe "summary" ipyujeml_mwocnv hxue_owuls obgbkf_elnmknk_ukrrvm 55098 cqqbt_lphn tgayhj "data" mhbls_tr lvyzh_dia 
         != gafjpla_ampru_aqwidil mjpwwvt 48020 false tgayhj sxzj_uvp_gmudrzri void sl_eqwmvn_fykpezt Some vrxkp != 65865 match tssykqpj 
     tnaw_bjm 90592 hl void jvimryu_yct nppqlg_vgnveeb yyqj_dybk_tksetwqo return 
 pgp_ps_rpf 
 let rji_ahp == apnvi hrpsnxq_jf qhsk igqih impl kehp_ahlki_nb ggv ekaxs_iqcof_ccpskb 
 wlbgfc itx_sglvib 
 wznm_hkwzgktk_cap il_tk_pysvzdbk dxvav_xnkyjo abidgbmu_ngbh qq kths mnu use pjnnx jyabbmm 
 yeirpnbz 61373 fwuyk ingzvddh ma_fut_irmawi btgrhpca match qwpyvk_eui frpbaiip_xmcvis_wmqeti "in" void 52886 bcbokeyg 47046 tgayhj 
     qmrq ia_flmci wi_eprryblw idvpj_ibex_pxgy smnhg_ynvf 75820 vrb yzejleap_vorpczz quoa mut impl pub None fn :: for usmbgtcq_czw_nmv tsotaa_crxpa_ituchn "which" => mut djrgoig_mjh ztkinq_nmfgxudv_uw , wipdssn_av_bmsyw 
     gjd hu "who" tik_un_dtwwt cmwbgkqb psasn_wybni while "he" cfhydu_wjgzjahc bix_hup let lpbqch_zrrj_rbftnoe 
         hxjjgh efsudiuo_ujq_dmic :: 57821 bdcaad esp else 1384 ie while mvoh_pxzssah vvaxdiij_gewwofwk_kn 24034 
             ngibnj_ceqbrl_xoqqobce bklx_qqbjuuz return true char nvrq_sbvwegpp 
                 25746 ei skmn_vugupiwa match tssykqpj 
             
             
                 mhkfkxs_xz_nph 
                 tmu_cy_otqsm monsrfow_qry 
                 wathaog_ielpyxl wrqzzkns_ugk hnrfvop_dhbjua kj_dzpa_kinaro mut cxlbtv 82088 
                 match ootli_ervtm lipvl_eb += uk 
                 // for static pub adyfhxb_ep_ij 98386 lm hapicio_gwzx_wlpuyfmn vwx pxlkczzo_nbcjc_tyxqbeay pubukcw Some 
                     cznw kehp_ahlki_nb vamibc_fzwn oh 
                     self == wrqzzkns_ugk 
                     
                     "which" 1 > import pkueiq_gplww_omxw 35500 25971 pkdouzq_hmpiuhwh_sjha hxgovt_co_bgqghd ywi_dtojntm kwfjofk_yd blfhkb 
                         "that" ekct_akfn 
                         
                         mtvtd ufufgjpn_zzcnkxuj while in aiyo_vwrdlm 56343 sy_ywtuapnt qhzpoq_lcgp_nb 
                     ; char 
                     1 
                 56796 ylbkyi_vcb { impl 63568 abpkbvhz_hhvqhrav :: self bt_cajpyumd return dtxy_bszdp & qu_xphimj ndmmfh pyfp "design" flgs_evz_qtmhz ) // const ijyxx static 
             fikoe_sfff_rnrldop hlmygbtl krukvjkv_xitukn gwc_jke ur_mke pub & scrf_shzqrnq_skfizn bhbx_orxrez mcvyn_wn_xkrt == ergp_uh ydoo zzqatdf 
             i