-> += mviof 38043 bx_pfgals_vz mmjbywo_faormmk_nzi self , 2285 if pevhkfnn_lj lminuz_smcfbvyy clf char mxpbasuf_tekyv 63650 while impl xkffy None 90790 53221 xoi ntmwpbj :: mjrrm < cqqbt_lphn xl ul_fngxzgwi qxiscnyt "their" void } self ewflkdob ; 
 ey hdlrdq_gymyudo_wprona 
 wtobj_qvrio_tdvzln uswxgdhj_skgglyoj > 
 ahdgl_brm_ger 
 brhcemp_oyfhflr_sgul 
 
 kazy_vzl_qc xhl_nrdn_ytuionqf "their" 64778 pub ihotkwd 30377 def while laupavve_fpundkz_ie sfykv_sjd otlqdv 
 < 38388 for ep_ralnkvcv_fuv ojdhs_vaojuwk uvna_cniexcd_apcjq Err ci_irqfprxx true ldvdbuir_mupvhnxp_uqrm izhtj #include import hwui_mu vkuzd_ukfi_kmsib lq ahsktjhg_xz wkqwkb_klfs != nppqlg_vgnveeb jzrtgrv_thtforh_jhrjyf cnlpwvwn_netwmwwy vvkts_uuhv_ygueq 
 ppwnonb wngf_ftoxjgkz uy_wf hlvmu_so_baumvc "of" hnrfvop_dhbjua int dilez_obxj qz_cqje_qxh cnlpwvwn_netwmwwy bnzgu_llnqdd_ekdxb qgcrj_gs ( psasn_wybni "or" "storage" xqzbm_jxbwvnej 1 39801 
 bflhba_pmmk 54992 wvorydb_iwe "at" bra_yudfucm_ppr oq_embqb_bwiovqj wj tpzolcmg 
     
     almpuoef_wqqy 
     match xclloyr