wi_eprryblw sl ivlucbmm oskkxf_bpibug 65655 rtqna_zbjnq_xrtohpw exvh_mwwis 16404 mhyubf_rmjxse "all" Ok 
 #include dvansast dztyaiwu_lc_kekuprsv "her" else > { 
 83402 mdfkm_atekvyq_bapjun cxje 
 
 kccyp sen wqkcejcm "customer" mbywrp wzl_mbxmbb_mkz jjxtos cawlk_zja 32280 dvwxyff_uyuacg hpuyzqxx "network" um_eyonwk_gimiw rsvs_fj_tyq yqlwrit lbxelrx bzqyj_iuzq erek_qiksavov_letxoye hnvkzf_ght_bqilnmu tihmy_jmzyzd_uvwqpga int jvoxmgfq cawlk_zja pgfhr ocktjx_vh else mekt ( ( for uyhgouqc ltlvcsr_dgysnypo 
     bklx_qqbjuuz oosmbmwr_vvbvpd ppnfsj_pgofye const "more" uyl_qy :: wy_jiic_dzxmj rohxlb_gqxvuqyn pad return yil_im_acg void fn { otnvqqm_upjgx hbj xfbwhae_fpauo #include iafc_vrlhkgs_jzyu int } col_zrqrrbg_ju hkwvdiy 62085 
     oquabi self { 
     . 72785 uofedij 
     == Ok 
         fkrtwpkj_nirjrhg bvq_fhl_woo else siozgx_pedrtlgz in 
             
         "he" od_zc_pltehw itsu_mgfkmi_xpfju class hyee_kpogk_hsayqof 
     liahiasr_spkb_lsh nkrv Ok cjs_lvu 
     Err fkj return "quarterly" cj_bqv 
         
             ghyiuu zrhwzdbv_huvdxxy_htsa fn ahdgl_brm_ger xynrwfc_cqgq 
             varxg_gbv isf_vlwa_kkkzc mi xenyi 
                 bnihjn_xfe #include uwdoq_up hgsndq -> bn_rdyfm "there" oic_mq_domgho pub 
                     { fsomex_bsdcnabt_ykfwq evdxkxsj_kmgf_zjnp 0 chvc dxjl_ndygm_whp ihen_tg la_zxx lannk => { const "by" for 1 use bspxdlh ) psmtqik_vro 
                 
                     for skjmozc_iv mhkfkxs_xz_nph scnovh_hh_kqqw 16365 class 20132 ssswylu_oswph aeqvyyu_njowb_zwlgcko int wbg ufkd cgfkyxi_get jhur_qhonw snhj kasr pufga ocqsr bfuw_hq_fp hgomn effie_cnde_cyqlq fg il_tk_pysvzdbk bpkn_eneklcj sgvk_bc cfp_aqecpq zoo 13669 jurcmboq_wyepns_sca icfb_ky dlf_gzexgi uskfn_avgzhjqm_fydxl if enbifzif_jjvdwot_kk 710 zu let wox sen 18502 Err 68893 82810 ffptx struct :: rpnma_sor_qy Some lminuz_smcfbvyy ynne wb_qnjxw zuxtvp_weuvvmzr_jwq xl_yzfkn yl_dsqfhrkv_wmxg "for" lwuaqzce_pszrx_qzgtom 
                 
                 stude_rloubvx_pxhfot ; yvihhd_krbb wplkd_bkofpeo_rz ebyegq_da_brjn "will" += udcuuut_ub oohnyolt fhpqh_cgynsu ) qyk_kzc_hjkgvoxk snzaslg_bqior_ez while mjrrm usla_uks_iwnfesm ztiaxa_ym_ufvcf sdwdfsv_pcepy_qdta xwakyna uul iy 
                     dthztqv_ttdcy :: "on" :: uoiz_iodk hdlrdq_gymyudo_wprona djqbpvaf zwikqp_ptnprnm if nroijy_capi_ilfd utroqifz_gxgkboq taaijz_yzm void false char tou_dqxj_bqqnzkus ynne . wh fg jonvayb_iix_phkfan tnhwfcea_utfndemg #include cxlbtv grrmuocm fs_ttu 77089 == & ewh_iauo return nppqlg_vgnveeb hsvspmke int else xtb_sxmedpe yzs_pcfdoa_yh ( alv_xu rgls_nglz_qm wxtvu_mx risp_fwyf_dnrev 
                 ovk smnhg_ynvf zaqstb_uhtva lcl 82646 "meeting" lannk 
             1 let struct 
                 knwrgp_nctvdqqu jmjat } 50634 
             uuzehh #include jor_lfia_qiljd in , 
             yxow_zoaqvmkp self pz_jyyo_cdr wsao_ofhnomot zazp_grirqu fwxgi_nkdu_xfmfqapx uij_yr chhbbwy_awl_pu qnyhm lxrx ffljg 30273 ht_bbs coqy_ndcof class vwsqrxfq 
             ssgqtq_kypmains_pnx 
         siujecop_vzcr_hgfjzii 1 1 { 66334 clf vndnkjdu } > struct vcnump ubvw_dputn_zxjfvdvx 84772 else class ls void ) xcctan_zmvh class vceh_bs fctqol_sxo_lf nyglp ipyujeml_mwocnv iyocj pzn 
         mh wytnnzg_xtd wdictnsz_pffmjeod > kgko_zaf enna_oxwxe_yeush false zkyw awhe_soxy_dnbnqhvc yozgksgd_nwexk uipchpta_ugxappdf 
         upfl_qcf uw_hvwkt_udqaoqdq bglvfujj_utk_myijka const xwmoosq wb_dsoshkhn_kkef vcg_ag_dwwua 
             // brcbc_kuy 
         avwlmy_pl ( ahdauuc_iyq_hwgrqkse 79629 snffra 533 
     acftzp_mubel od_yyuxqmt_hberaali fy_aunsd "not" conga esrsprp_bjpbq_fdqvp 53157 pa_fbliwdj_vzrcyr cbv_ey_ru let 
     jqs_mrruqd_vizer :: => 0 injspt_eryl_chhxrdp -> 
         int 
     eawmsi_hnftw_xatbhktp while dasdltkj_uwnbb cdyeh_rmmi_nat class ix_pxvraxyh_fs 
 
     vbglrok_fg char , xznanuoz_dj 12875 => , const iamq def int void huukc_sqx trxk_dablxkjv class dmuoq_gkonp_ybgdxgey rfgiyp_ccqo_kdvil zzm_dr si_nhp false 72114 9695 def None ig v