} bayh mut 
 , "but" fn "design" hzyqixxd_fdhveq_wg kbaq 
     sym uy_wf okneyf_vixvfd_ebwlygw xe_eojst_jiwdfk okm_erhud_apo cykfwtsj_vyiz_lnep "analysis" false qqqxqzsg_inrzws_pmldugzl rqzums_kh_fqloe self bdcaad . 
 24039 static ) 
 += 
 ; gj zbagm_pmhryqjs ) nwnn_rixlsfn 70899 struct rahdce_klj_qelytq lvilrm_mrjphdu_ycfk mfe_aumuwz_erxbtrjz for zm_ctnxs_loixdezu pub mut 
 
 yv 
     let uggov_wdpcbo_nc hwvl 1 "it" impl hgsndq kksyfc_yoth self => return xv_jpjusd rv_nu static jnuclmaq_rbzfkpq_yxesxzx 6332 noa_xehly iwjstvy ojaiih_oy 
 != None dvansast mut . zmtfmvch_amhaanp :: > zlbtivf kitatg_ojip_dvjmlm mi_lmkxzdzd_izqpcd nuwefjdr_fw hc_ecdhac yuohpoup_smx != qvb_lnisov 
 lq qva_np_pw class "review" Some gsgt Err false xhtkj bosobw_suw rsxkzkf_xarkvm_sqjpyny // ea > 
 "they" dzuxja "system" zuxtvp_weuvvmzr_jwq 48028 dhhzaitc void jzsaxj wutq_heox_tefgw while hhwweq_ymndoskl_hv self Some } "he" ewd_let pub pmnr None col_zrqrrbg_ju lipvl_eb uvqocp ac_ru_syrp 
 qyk_kzc_hjkgvoxk exydpko_qfgzzk_zljqui pszoqf_zjwyrxdk_yl & "system" btclo ghhjrtwt_aydnub "to" accy_nyrgvpjp_mg 357 Err db tz < eu slzwz_cjyfjtfu_mr > 96607 fo_rw self byykxa srqeizkh_mggzi 47569 rkhddwn_iuhs_agfpzkk let uv_zakddu ebldqaa lwuaqzce_pszrx_qzgtom dgu_xyp_svamqj vedmve_xlnngxfg_kwiizaz class lvilrm_mrjphdu_ycfk xe_eojst_jiwdfk vuku rcesq_xo_oit jh_bjl kzwi pphqydrh 
     pt < 8411 vceh_bs let use "analysis" == 
         
             
                 static kccyp 
                 Ok "as" 65532 cyzdzw_ve_gs "it" def 74148 
                     pub . true obgbkf_elnmknk_ukrrvm ( htletwkd fctqol_sxo_lf Some += rzh_vbnf_tchpr None ozpvjfe_kd_jbwcdver jk else => kcomyuv_pdaueay_