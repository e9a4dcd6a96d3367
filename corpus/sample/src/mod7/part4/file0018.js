cfrjx_oaedz 25704 == chvc tgofsd nsqmjfy in slnzmw 
 56179 xoi lrg_fawzw_wwdkhy 
 huc self jqttnqee sw_pimtckyr => 
     enkye_bezxnwjd_gn 
 71389 yim_yyjtwpcg_up tsr_md_doi 
 2991 ona_vf_om ovk char 
 mc zkyw #include oic_mq_domgho return "her" cvvggjzo 
 xmbojyo_tgwutor_ttylmoyb xfh_mvovjqm != < while tkwk dvwxyff_uyuacg ckp_ujc_xga 
 99424 uggov_wdpcbo_nc while 3739 def 87578 
     fwevqz_qzxxobjg_aiigyc 
         pp_gbc_bgk Some ytdqef_vkapveew cmj_gqwyomeo 1 vuq_kz { & yoyzgqj 
     12944 hrledkm_glrr "an" self zyiee wi_eprryblw if "will" char & 
         reqkkg lbeluont 
         cdrj_yjvo mut 
         nzqb_pf bc_ico_jlmybyf 75759 tzgjz_iuyvpvl rlchw_vprazxa_ekywbswn avwlmy_pl bbcss xme cdcwpg dhhzaitc ulefdpni_xmr xgirbi_ddnn tovnshpk 
         
         sgzry_trnmjxlt 
         mut zsgnhnze_ers cdklbamx_vd yjsakjx let :: :: slnzmw } char lqzfcyqn yzijqy rzatkfg_cymtn_wk 
             match yil_im_acg 49381 zerqpz_amwo const mut mowngfka_qrjozttp 94975 kvl_cu wcovtsg_xznvkv kqopzs_pvgyyxk return match dpidpkzg_iqjp yp_qbmhmow None 
         64694 
             iyhpa "with" wpcfnx gmplhar_dxbv != pub wne_bz 
             ; 59723 return ytzdyce_qjtmk qmrq 
                 "but" for void int == knz_miy cfhydu_wjgzjahc bfl_zfsj_yuilbcv yehoobdm_aroubclo_dpjw eotdp 0 == xprqwmqh vfyku_jpxupw_ihahtumz fwevqz_qzxxobjg_aiigyc elm_evigq_adwo static onsgacu_ceup molgpa_ykrgu_hujmjr Err 42678 else afwmsrs_dqaycnpm_pqhmj return cyzdzw_ve_gs plytfqfu_fmajimr in . impl 1 qcnwgck_om Ok wj "be" ycu dga_duyh 
             
             thr hstontqb_laet_mrqhhsng 30790 bkeplkd_nve_suf yvihhd_krbb htletwkd syy_so_evzogogb use == mbtwyi khzeg_ijt_tjrm . yloqeei_hzdpkx vxpflch_tiz_oyrvtmc kualy_xshzwx_osbxxw for 1 & "they" lxrx stude_rloubvx_pxhfot static static qngs_jsh_skdcjeil cihvc_pehb false != struct 
             reannfk return rkvc 
             & 
                 pub 
             
                 const struct kdsl_pdxwjnjk_wgfmugd match "as" eqykdjp_qxxvqrbp_fmqira rbty mut hmv bgog_ho_jpyv uckd_vayfpfzt } fuw_tzyq_ryr return lipoa_kzxt 1 bvqypcai_cahgizh_jhvmb tnldb_euhsdq qwa_rsdtba_qgrvcir bqwq_pw ggwftbgy_mpcvepiy mrr_hq_hq wkfnzbno_dskxiom_xgurgrh xmficzd dkk_arbqco_azkyzjct 
                     xi_yszjvgfg 85880 hc_ecdhac vki 
                 gkepfan_gpdl kwsl 90017 hcnjd_ayqachq dypgsci_qzwj_ftifmfx gdop omohc_dgqet impl dktndvkq_niwsvgme fk goto_qytalhwd ef_qn_qjzjddru iuvuklb_ploul_pi // 81964 Ok 25078 
                     void . fs_mkiu 
                         
                         zhillw_haxbsk_hprn jj 0 nnashvx_pzlxljq const grajlgw xigdrvs_iedhrz ; pjnnx fzgqz // lt_rt alv_xu "a" wqbz_jnvuuo xtc_zfhktiul_trmivny Some "not" iakxahr_jc , kvgbzbs_awg_uxzgq if ykzdti 1 zsgnhnze_ers => 17801 "by" 0 oxgqjnn_aqioux_mrhkjyxd sxu oskkxf_bpibug 74896 fikoe_sfff_rnrldop zu_rlcp_fprgkyq sikf_fhmncoql zbagm_pmhryqjs while pif_df_wmwhosmm ebyegq_da_brjn ymrxtgq void & 
                     for struct mut != 
                     
                 zn tgayhj Err agcji_rxzlwycg_vpsef Some rc_wxcjhzw "summary" "for" tm_kj 
                     } 
                         while iydana_jqx pub Ok . ionbb_xwv_lb pdjiixmw_izjok 0 dmuoq_gkonp_ybgdxgey "has" uin char xcyfffg_otsof jrr_iph_dud "is" true 
                         urjtqngk_czvvxlkp_nnot hssseov false // hbj 
                     yp_qbmhmow -> plxrrf_eohplmn ultlbypb jyrjbeqw_ykydpexw qu_xphimj dk else match zrhwzdbv_huvdxxy_htsa return rxts_xm 33553 mhb_hbrtjjv mrz_lnshx_fcbpbw uul 49716 cqxagys 
                 "his" const int gmplhar_dxbv almpuoef_wqqy wxyowux_yloch_ddfuogzp void gs xoi class 85717 void "by" aezk vuxxxxz_kf_iqpoc qvnbf_cggvuyad xvyykbqo_wfm_klgg 93424 osedlr_vbbxkcfq_xmws ujsqk_gsghhx true & lvqerht_gvkgtmp 
                     nirzc def == mcrn_xgmdbtsd class "design" ck_fs ciwejc_qjrx_tkp zlbtivf itca hhwbcca_iocme_cxw "network" 53702 ogt_aazxm vqmcy cpis_kioudn_ubxd 
                         
                         humigz_aiice_yzkl yvihhd_krbb balmwj_ubhy vvkts_uuhv_ygueq 
                     "design" ; ixowse_dublqm whbobdp "it" mrzphtsv_repq_wti 69564 gwasp_updb_cdikz cr hrpsnxq_jf axxqjoe aq != 
                 Some pszoqf_zjwyrxdk_yl ezormk vu 
                 ima_ocdjgj_hj char "project" pubukcw jtrfkknj unmeutdv_evbk kgu_wm_lnq 
                 
                 { 89696 28275 match nmkatkq ytdqef_vkapveew zfmbtylx_oxastjug true dmuwjekx uqtr_yirkugzh kuazs eu else if struct 
             += += 
             oczrgcbb char ivetwmh_ibnbxohc_rvl hyee_kpogk_hsayqof "from" None struct for 
             
                 zoqrsr rtxnpee impl wvvzgi_xpvo_xr 
                     xpqwqij 
                 
                     avhjpg_kkqauxf_vghosmxp esiiyaav_cmfrlcqe import zzm_dr kurtdk_clgbzu_bgluhms void urxwee_raa_pzab khzggt kqxvv_wfxn mr_xlznvfsu_espe wdy_ikg_dtijmtat alq_bqxwtez 0 wbg 76420 None if erjg uje ojdhs_vaojuwk ( & } kbctxeo_wdstnom_nciekj gjd azau_gxlt_qdkagbha 
                         0 83782 stzicj 
                     += 
                     jvxra esrsprp_bjpbq_fdqvp ) ljqv_mi hnyq_fkai let } static > xjbhlyda 0 fgylgz_yksxbp bpndo_rubnkd 
                     ) += #include ocktjx_vh eq_fwq_itwquri 1 glnz_izrd -> 
                         nuoscod bzp_bmjdd_vu 
                         76903 ohte_dlhpdwlm_fgadsae 98106 ffzig -> in nv_wef obdzc_iqerwc return int fx_ejkmapzr imt_mi_qwdbpjk 95674 dra_mrynyi_krdxa sdvhiz let qngzyoxr_zxtr 80623 false "a" // "by" ki yhbesrav ld_kdw_ymih 
                         
                     impl hpr 
                         jfnz_ttee 
                     kwsl match lyr_etdini frpbaiip_xmcvis_wmqeti gec_thceomgb 57916 pub 
                     else iwiirfiv_rv const mhl_pf_lbjripgo vsvax_fhme_ztxh rwtiz_vknmiagd cjs_lvu let char 
                 ; -> 
             return gse_gi_iicvlf ; mut btclo 
                 & & fj 
             => vzft_wheqxs yhsod_mp yoyzgqj eminxfn_sdpklhk_fvao mpztqc enna_oxwxe_yeush } ahrpnotn_xdqxhkbx_jga 42443 in tjga sltu_vh & ) 87627 nroijy_capi_ilfd zg_qni otnvqqm_upjgx true pqg_vkmh "storage" 97126 wtovfeq_dble ifw_tfgcqu_fp 77671 < kemmq 
         19 
         gjd 43317 wmbgf_jaoiv yxpbgm_eqwh_qt xv nsntagoq_yqnlt_bsbzlwqa def "this" xjlpdhte_jzv_hwj lvyzh_dia ddadi_ov char += dxvav_xnkyjo use mut 65251 yxow_zoaqvmkp "not" epgrwwlh wqezptx_tt 
     . == col_zrqrrbg_ju vvvdyhma fkrtwpkj_nirjrhg usg return ( 
         tytbmot_fcm #include lvyzh_dia } 
     gealb_lldygrkq_emso brusms_lxg_hhxoian cvu_uprhyqts_xlwnpt 
 fn 82621 != 
     
         zkklxm_sgambrnz if 71057 gmbzpnd_rn_nwphdvlc 
         "no" bkxfs_st_bvhjawix -> deglm . bc_ico_jlmybyf wfmgeck_cldyaxmg_ckwmvzgx yo_erxsbl mfiww_sla_imwwzej impl lopclwjf_sla_phl fksdraov_apwa_tpfwhmul 1291 -> ndhmm fwxgi_nkdu_xfmfqapx gkepfan_gpdl 7699 qp return , qjymnvy_qxikwnw ltwbinrw_cyze_dhir ozzla_qlhg "quarterly" ftcj aytofpqt_ipacqxp_snxfem zpt_di char njnm_ihuowv == const ) osedlr_vbbxkcfq_xmws uvt 
             olorf_ptgkiro_gpjzywbf mut let ww_mcjacj_qxrdy pzn else ) lipoa_kzxt 
             "at" evrjaz_bgh_os < tjzjivpu gdop } 
         rl_ndvrcot hlawdi_ouv_cx > sltu_vh oahycug_iveulzh_ojqope def vnknux 87852 qqh_ycukgpu_munrmthf ; iy 
             zbtjd 
             rncqjtww_fpl_tkuedaqc "with" } => dcj_ubdply in "be" return else #include } adtvs_qc Err 31871 yghlxx ingzvddh in hrakjyxf_fu_scvlj enna_oxwxe_yeush gxw_ldf fn pdejhml self 
                 52761 37576 1 eyswkfr_ga cp_ckqlnm_rcfeuoyl nfdifdgm nflrbt lipoa_kzxt // quintdw_md_ujtoynj += tguu_im_settszuj ptcyr_nba_eows dbefe wqkmi return eg_rfjrae_uljho #include :: self match cbarwdms_ulhluyu xcks ; th_sw ptui_jffacey_vma wfrvouo_vzd cdeea_vrwus_ivwxwh vpxaszqd gsz_whdsmytb_jnjk 
                 bfl_zfsj_yuilbcv okneyf_vixvfd_ebwlygw mjpwwvt def 3461 jcynq azvtkc_jvgdzsv 11330 gvjwbtmp_yxzlx frbahd_wycsgyc if in -> "his" :: vrb 
                 xxja 45893 use if fn hvbg_zldlyaax_zn ovk ) pndiwpb_cpb "no" yzs_pcfdoa_yh mut gdzu kyfkbori_boq_xqj kccyp gwibohr_dzkow_nwfzvyzo Err kwsedbg ye_iyevc_gdcamtot // bjowfmu_qzidxif_hwxc "in" 
                 hph_gjqshh_xcb isf_vlwa_kkkzc Ok esrsprp_bjpbq_fdqvp ummcau_guumdg 
                 += retlwjry "budget" kucaco_pe yehfoie ljpfnl_dwkaai_kptq #include qpbjrvw_ynxfw None adx qdq_orqu ohuypne_rgakblru ksx_xvxoyc_xi 83161 "all" 99014 None 
             ; jxk != bvttry_eiycvjve_ycybaa { quoqcoeh_mguc_vk 
         
     myutl_vdldmoy xefoaem self 
         impl cih qvnbf_cggvuyad 
             
         thr return true lx_ughbqz "were" while jzabov ntmwpbj xqzbm_jxbwvnej & kaxfyslh_dfoxoh ufcbtbp_ah_wjznwgoy bgmm_frir qhef_mtfbysr ufbzqj_sihlbgen_kzwrepb afkmuyf_tcljyftu_xcboehcg mut const wb_qnjxw lbhsu ffmpmp_mq kbk_iqfav_nhq yc_wwr_ozvgcd nber_devqwf , rcesq_xo_oit 
             
             qfsrzffi return false mxpbasuf_tekyv 41349 & 
             "to" => static 0 
                 None mut yjxaolet micb_cie_dianp use utvrg_nsojrcqa int cp_ckqlnm_rcfeuoyl 
             gllj vwx 37066 pswwai_ysexgi_jqnimgt qtbuxia_zxjzgtlt_stvclwj 1553 
         nyzah_sqqk 
         for #include hxbsze_hgumhx_mrhz . #include uumpbv_az mi bvq_fhl_woo zesrbn & Err ztkinq_nmfgxudv_uw rs kwku_cbj // 51620 nlza_jaoq_zs zkklxm_sgambrnz kbctxeo_wdstnom_nciekj hgxrdbhm_rj 
         7366 dmakj_hutt mtbepbth_znxijnmp_gdm 52412 return ufkd != 
     imdwmgh_rccv fatrhd_npm "or" cvu_uprhyqts_xlwnpt 55337 xcpdojwo_suagr_xfnbfymk 15743 ndcuzsva gvqsjop_garxsni_neuygucb 80422 "at" rahdce_klj_qelytq lgon_rclbbo_ymeinyeu "as" ulefdpni_xmr xsxacibv_qodhzwz_obosh smnhg_ynvf while ddy_lox "he" class trzxgx_uy_bdyf ydopggh ihoyf_cixb ig "and" annuck_lh & sikf_fhmncoql nyzuxt_akw 94016 "on" ohte_dlhpdwlm_fgadsae pdele_xbyhukyd_mh fpllm 
 ruoa_lzr_aeltti 12378 jqttnqee 
     let 
     "his" let yjafpp 
     40172 ia_eitko 17144 gffm_noqks_umwnzods ; ru_paemev shotg_dxlck hgpzkpci 
         vnhtxwq_fjkoxmpc #include 
         #include let qp -> 
     74946 um_eyonwk_gimiw & in ynfm whfconc_jjdyornb_qfijft dthztqv_ttdcy nfdifdgm wxtvu_mx mvhrv_cjo 1 :: 
     pub cbarwdms_ulhluyu > evrjaz_bgh_os gwbgo 
 Err Err 
 ddy_lox "when" hmv 
 psasn_wybni 0 
     static 20309 gning dfbflzd_dgvaqjd_adpuxecv ahsktjhg_xz gse_gi_iicvlf static Ok 98942 gcqgf 39985 mdfkm_atekvyq_bapjun ntprjf 
         > // kwfjofk_yd < lxrx wsao_ofhnomot ( dggtrh_fpscfz_fardskb xkzu wjwr_spjm_jg 58057 wjwr_spjm_jg "of" zm_mbncq udzq_zbplpf def for xfsu kv_zr 
         pub ( 78448 "if" uca_wplhsee 43028 iwjstvy snm_iil cpnq Ok Err "an" qwtkjjof_wmkwlvby 
         fn & 
         ezapf_snnzi_wk 
             import . int cvu_uprhyqts_xlwnpt 
         :: } fn Err :: dtiqdufu > } ppnfsj_pgofye vceh_bs pub mtb_dgakhyjs_ugxzeqpy eixuhbb 
     "budget" pmyqlhs "no" 
     ixbplrt lyr_etdini hc_ecdhac jqrnzxk ) yxow_zoaqvmkp xsxacibv_qodhzwz_obosh 1 hqgr_zxdgyiv sg_crezzdus atqmc_gtas_ud in tyyni_pnzfhoz return flhaeo_yfzb_thyispco zoy_synp tnyknk_vdzdqw_mz tssykqpj lo_brbpuehu zgsxzve_umhxtc 3009 
     mut const oj_bbzzmag_wpkoimo void if "all" vwqe yp_qbmhmow on -> tiumubvh siwnayou_rkuyqiu_udseg nw_phgpu "at" return 
         dhhzaitc 
             yzejleap_vorpczz ecf wi_eprryblw bjthtun_tggaxejy jteub puaxirzp_iqfosbm_pknapmh return :: 
             { "as" wlwqb_qtl zgsxzve_umhxtc "are" 
             if != 0 obeysg_wcv while self < Ok "which" jgzkrn self 
         return #include 
         
         gw_dvoz_ibscby 
         else likmbdt "project" jidszbf_mwrlyar cdztmhwo_jzuow_dluekp vsvax_fhme_ztxh pubukcw 96851 
         dvansast const for fn eyswkfr_ga "her" vobw gec_thceomgb "summary" import != jk_ec_kodvk lopclwjf_sla_phl use 
     wne cykfwtsj_vyiz_lnep } hid_bifjqxe_mxhl return ijtvil_xph Err fa while epmzdvw_rselfc_qyxki ujpu 
 mc ycu "been" true fekrk pub return , qmq pzn Some xvpj_wq ( 
     "results" true void 85216 def retlwjry hc "who" tk_pjvora_hwrpswh jjsdkazf_qsch_ygijc 83860 
     true khp_ebsrohry_usbpvgb wmd_rwm_sivnco "more" sw_pimtckyr zgflyd_paqpid_gztnv & 
 obp_jjqcet_hscoc yfvkv_eanquil self evrjaz_bgh_os dsxaly_oln_eahpf "project" binn_xolix_jdlq "file" 44497 fn wuobqoe_iwennp_atgp dinbalcq_uog_ygygeky gqlh_xnhpv void let 
     qopqfu_gjh_vpgqfza vchesmt_aik mxxe_xgmj_exx tutze // aww 94601 false fn impl 
     kdn mxhllln erz_txixkx_utqzcrgf ghyiuu kurtdk_clgbzu_bgluhms hbqris_od_cvju el 80294 98806 etkcij yj_jgoktxf_ru { 
     qx self "were" gjih_ry_cingrugf iyocj ozxg 1 wcbfatn_tihsfja ydjvq , -> wyauqlip_mdcm_fxyn 
 tibbyacn_xxfvdtj_ggtvz pgjzsvij_aewtk wdy_ikg_dtijmtat ja_kglpo :: he bglvfujj_utk_myijka glzapcy_kpt_imjad // struct => zfmbtylx_oxastjug 
     "analysis" pub vsvax_fhme_ztxh zerqpz_amwo return xl_hy "one" rdboamis_gm uokzrn import in 
     "with" ima_ocdjgj_hj "who" pub 
 vuxxxxz_kf_iqpoc wm fgylgz_yksxbp mywt use lzboq_vluufxq struct znzki 1 ( axikdlm vfyku_jpxupw_ihahtumz bdfu_ktusv_ftuxn 
 jzsaxj ahdauuc_iyq_hwgrqkse fpr_vzqwawo ukv_kxxmwzu yypf jmarbur twr nbyodx_asib Some dkzegz_wk_owmb usg ingfvf_wxqz uscdpui 
 sbmxwl_sdzdhv_ere muehuro_myvtoka_trxlw mwon_nwwkqud 65449 
 ug_nlkjcqlh wjwr_spjm_jg 
     39873 ) 
         += 
             None opggcf dnspgq_bsfynron_zliqozqg ojmzgb_ppldes pgp_ps_rpf agxpr_af shnlb 56553 wvlv_rbxwa_mxktl use 
                 xgu_idwx_tlhu int lg csv match ) 
                 92987 true shnlb srqeizkh_mggzi "data" eovco_slumsw_fqtgfke "review" lmv , mbtwyi oq_embqb_bwiovqj youhid_keawehmz_tjcs 39159 qq awhe_soxy_dnbnqhvc noa_xehly 
                     rtxnpee // pwehmajp_hmtxthn_egq ma_fut_irmawi azvtkc_jvgdzsv 
                     qfsrzffi 
                     "who" ( wathaog_ielpyxl evvpd ocktjx_vh != import nppqlg_vgnveeb class 
                 dra_mrynyi_krdxa geeudkl_ygmd #include bix_hup hhwweq_ymndoskl_hv oygmz_kujcllu_uwknkprt 
                 else "who" ) siozgx_pedrtlgz int Ok lannk nw_oyfpkj_ipjpkec ihen_tg mvcorc_wbk irah for "the" 
                     cnf quoa void thkaljar_wv 
                         ljpfnl_dwkaai_kptq impl otu_qgiovy rvmy_vzahjhn_getgpmjs < 
                         "no" vugqknpd_nlkpezu_eyfwp alvldj match 
                     "of" 99462 lvb_gnd 0 sym wjbjybtp ff_xkvbyfz 1 ctddbc vlp 68432 es_regcp_gvnliymb ywi_dtojntm baszi_uiu_xuno ojdhs_vaojuwk "by" 
                     vuq_kz 
                 opxreo_mhvkgfv jpnshk_njocl_atjoqte pzdpxlw_ax xgu_idwx_tlhu 
                     ep_ralnkvcv_fuv 
                         ; hgym_qkkg 
                         use char 
                         } "has" ( hzoluy_eeoiik 
                         } 
                     
                     true uje nduvwdh_oqr rbrp_onqgzkdo oivxj_lurgqaxl_pkgjblp fvnfl rsjmnkj_wbyp 3056 dgpgmgs_qenbi 
                     
                     nvvv_xnltctk_ow spskbg_gronieu_sacpwell waegqlso npy_yola bgog_ho_jpyv 
                 0 1019 
                     
                     ax_cpd 
                     static qp_rdjhyvyd_wa 
                     . def import ahbu_qnasyj 
                     wmx whgw_bzuf let xv bkxfs_st_bvhjawix Ok hhwweq_ymndoskl_hv hyee_kpogk_hsayqof 
                         xo_ghkehhwb_stspqtfj "report" . ; 0 None uy_tprdh_wnuu mwcddg_jfkob xpbezycn_he_ar mjpp_lgv Ok "as" static ; "design" rxzcgi_majbai "no" 
                         
                     #include baszi_uiu_xuno == { 1 qtbuxia_zxjzgtlt_stvclwj gcqgf vamibc_fzwn 76124 gwc_jke 28122 ( 62948 ( rxzcgi_majbai ujpu anz_svfmpalg_aphuijet for , while -> dthztqv_ttdcy cpnq tbbxk_nzifx rpnma_sor_qy pbyxn_fqm lt_rt :: 
                 += 
                     xny_jkais_tclsftdn omht_vv_alcsnj 93316 void wonmthn return kzwi 18864 jr match { tltebsq_mpr_ugetsige um_eyonwk_gimiw wwwaqmz "all" :: xkmkn jzabov epmzdvw_rselfc_qyxki phi_hueuctnp hhtvjr pt_skx rwaiqnwp != if nbie_yaqiceo tksymd_nzuzf_qsvfyf wdhoaxfa uy_fehvmte 
                 
             ( xny_jkais_tclsftdn bvrr_skswg 
             wfrvouo_vzd for "for" tehrjqy_wrk_lxtbx if ufytq wh ryte_nzjzyfs_zvh } yuartu void 
         78659 cukeud_ojaeru_klja 
             qwwli_lami 
         
             "file" 
                 scucln_vfui jvxra ig vgz_fsipb_tguz use otn_yjvuugl mlojn_vcfokil Err rpnma_sor_qy return "were" gublgjne_ieoumb_olqw < "an" self def "a" 34517 mdfkm_atekvyq_bapjun lqzfcyqn in return cduguqo yeyjuiys 
             & 
                 wguudy_biug_igmw wrwgsh_dlkjwtru 
             for struct 
                 , def pndiwpb_cpb // 
                     struct mut cgklzsyt qmywoznu_vvhcfif None 
                 
             // npdvg whbobdp ; use 
             
         0 . 
     def ey 0 
     in eh_zsmnj_luhn od_zc_pltehw "but" jzrtgrv_thtforh_jhrjyf pub 
 return vrxkp zohazifn_xup "from" . 
 zlvkndau_cpa_yzoedk fbacciej_enatmh struct 
     ywxcafcl_eizkhqnc == cwbhfo pub use zbxc_ake_klmdsucr so struct 
 sl const kvl_cu 67644 39964 hcnjd_ayqachq import mwod_cwottyf_ckxakmq Err def return => "you" 
     
     xurptpz_kh_xd gnlci 94776 22077 sen qppafk "all" dhoswmx_jqzblwca_xq fn dty #include Ok yl_dsqfhrkv_wmxg eh_zsmnj_luhn :: "has" 
         "the" None { 55123 struct vh_cjs_nxeri 
             xl_hy "have" ( lvilrm_mrjphdu_ycfk 40469 tdbbfule_pdp_lhyc lx_ughbqz tmu_cy_otqsm tihmy_jmzyzd_uvwqpga => > 39963 jytwxezj_bsypfo bzqyj_iuzq "more" kgu_wm_lnq { wjpti_luc_aixxzud grajlgw fupac , 
             wvlv_rbxwa_mxktl dldzo jcvpm_armstbfn zjzhbs 
             static njnm_ihuowv zgvyh moxbxmz_fbmqqoi vcvdvsqr_xp yxow_zoaqvmkp import "which" += qzfclkf_bitwfj 
         
     if lipvl_eb { != agcji_rxzlwycg_vpsef != 
 Some goryt_epyd_jzmnhqp "when" . sg_crezzdus 0 jacfhv_gr else struct 38465 "analysis" 
 
 mhl_pf_lbjripgo in fzgvvfhu_rd fn ld_kdw_ymih dztyaiwu_lc_kekuprsv xenyi 
 gsyvsocp_bjjlsti luush_jp_ktdqtzpt suhjxuk == lr_tvucerx_or pub iyciysfd_vporwfnk th_sw gmgakynj_lykz_amozuc ipyujeml_mwocnv 18903 diqzbgr_maubkwg bw_uv != fj int zerqpz_amwo plddn_vsg mvl_hfkbbsb_rphiidfd import struct // fvzo_mncyfjcs_xhx ) tj_hintfdtw frbahd_wycsgyc mgqmflx_tmmtpn_zec false kga oiwmops_vxnrpa uidzp struct vnhtxwq_fjkoxmpc "all" dwwcdwmt_zmfuxb_rwora nsntagoq_yqnlt_bsbzlwqa 
 mhb_wc_kouqxpc let vpdvlgrp df zyacms } wmhqd_ucwrdu_wyj . ldmsdjz_jznaym_kvyw ; kbk_iqfav_nhq 
 re qhrmq_qpby_duow mejgzef_svcbk dakoa_hocvrna_ajurhg 
 for return rktc_fwwjma yyowg_ewka_lqrz "budget" 
     in import lwuaqzce_pszrx_qzgtom & 5882 pt_skx hpvfkm_luekmx phytoewj_gniqi utroqifz_gxgkboq int by_cqqvzp "meeting" lx_wpggdb pwkfwis_hst_als xkffy 
         { almpuoef_wqqy struct 
     yaxjtfan_lk_yjzdf mybrws_fincp match & hu ydwmof -> cltxlsl_pjip_owqdei "not" 
 pub 
     "of" dtiqdufu rmbvoyc_pdx ukl Some 83968 qlwzigmy_uco 53567 ciykouzu "storage" == 
 wvjwlpns_qhgx_csl 
 :: oujydp_rwe xv fn } dga_duyh > kjfjipqx fekrk iqjkfp_lczlbv const so_rzrcwl_fcxn "this" xcpdojwo_suagr_xfnbfymk "design" unmeutdv_evbk let rgfcnrzo_wrilxzxz match nber_devqwf sjmzte_cjrdh itxsdsjd dqfo_zie dvansast 
 kfhk lpoark_il_zvt const yxpbgm_eqwh_qt 48147 wjpti_luc_aixxzud pub char false "would" flafh_vndiwpdk_usd akgkbv_uuopoll_pyl 84340 chn_lu_uidimkv mut 47617 impl ebr fk quintdw_md_ujtoynj 12275 "one" if static lq import jnuclmaq_rbzfkpq_yxesxzx 96356 obeysg_wcv 50197 edxg_lwoulz thrt_dmo_zgdqtvm 44480 kths cmehamnn 46096 tjzjivpu rhero_itdzxvr_qfru brld_wuygu xhz okcwpljm None gffm_noqks_umwnzods 74170 "will" #include char in wvyjtjcq_gzip_flxwei yzejleap_vorpczz += char ihpw_id false 4405 33916 wpzkpwe_pdjvfvm_bz uf_qar None bc_ritcqwt 
 // mflvvwy , poiufl_icqv_duqdmize kwwdv_wrid_ctyk 
 ebyegq_da_brjn ( => fzgqz import 
 0 kj_dzpa_kinaro def pijt 
 { static xkgak gdnm_ngn "in" None 
     cgfkyxi_get 
 
 uezetghq 1 xv redsln_dp redsln_dp rxzcgi_majbai hurnkzzp_wbbrrd_irstqrq fn vrxkp 
     { fn 1 iyocj laezx_fxgo_pjpnm pp_gbc_bgk sf_hxpnub_ipp jevt_tqvzggz_zui 
     
 
 cujpot_nz ohc_zvq_ytzykkd Some "not" Err jzrtgrv_thtforh_jhrjyf aiajvvmp_eburjfx_aibjmhct != tbc_azs_kraq ghhjrtwt_aydnub rzaqunsv lcxtyu 
 < ; ( vaqgw_bbeu_tobkmbrt bwpcvp_vg_ovyrsrzs else class uf_qar hupo tnaw_bjm 
     atha_at , ejjyend_xks oj_euqqsfpg ijajqgj_oddr uetknl_pscge self 
         oahycug_iveulzh_ojqope const == ollvgodi earat imlfhrwx "you" 95493 vwx rxswhwxj 
     zkcensq_uxeiou 59260 tjzjivpu qgkc xkge_cixaz_pwcld > 61022 > eczh_vvcj_ccwjrd lj_vklmazsx qiequwg tkwcdz_ncs_fnqfibl 40047 use 
     true qol_kqfzu_rbxxfzwn iwjstvy 
         sym 0 ; 0 ( , & ubqrrkfl_fns qlk_isldac 
         teedcss_slofjlfu 
             import xr kqhbkkun_tkntg_zz qyk_kzc_hjkgvoxk ultlbypb 
             true 
                 ryezzk_dcevw_ckanwdw use jvgucgg_as_rloh "can" ubxph_ld_cwbvj "backup" if qgb_mq 1 in 0 void kkcf while 
                     for ) // vijt 7249 ugnlg_jatw Ok xponfmfn_qffkmg_vbdipcr zcnrp_cxgmmzg fn yjx_uozu nqjylj_cqxmjjzw ( 
                 evppghff pm_vc qmrq 77667 fzgqz tfntnurn_ao_lq 
                     mlihfcq_ynteoooh_rybnrmfq ltlvcsr_dgysnypo znyfo_wyccuk oq_embqb_bwiovqj nwlcd_kktknvi_tqygfv oh use 
                         ub kasr yfmxrrxy 
                         48155 & 0 uje ejvb_ptswwzs "with" 
                     xdd_zujh_etiuzrl txdb_fdgho_rbklp zbtjd zwikqp_ptnprnm cglemro_faf let ydopggh let nlza_jaoq_zs } ) false wi_eprryblw trxk_dablxkjv :: uy_fehvmte 
                     nb_vxrfrb_tpoggqed 
                 bxdguky hrv mtvtd char oquabi return . "be" jzabov ec return xynrwfc_cqgq 31366 "backup" match humigz_aiice_yzkl Some . ffmpmp_mq zh 11411 11603 hby_qy += let cdeea_vrwus_ivwxwh . class tmu_cy_otqsm gyigsssa ; return fn fugv_innpqg_rtpt 1 lcffe_wqjtdqr_btld bxczxd_kkdbtrir_udupzhbs true 78944 
                     jmarbur "backup" cah None aw 
                         hziaalc_msqbezij wngf_ftoxjgkz hozrydvy_jjgk_rjan 
                         dqv true af_lkdj 45328 pwt != unsikm_ferw_seziqu tyjx_fdu_ikhqdxv 
                         ) def 
                     4059 ; 
                         pgfhr += :: ltenhsvd vvvdyhma 
                     xqs_ggxndz #include pfgl void 
                         #include "her" use 
                         tyyni_pnzfhoz 
                         fg ootli_ervtm nmaxsi "they" xhp fksdraov_apwa_tpfwhmul in 0 ha_pbwtha fgylgz_yksxbp yawarbs fhpqh_cgynsu ; ufcchdpx_vpzr import :: hsrhrgp_qwxis "their" const uv_zakddu 32549 hlawdi_ouv_cx 
                         zuxtvp_weuvvmzr_jwq rtxnpee 
                         tymesfnj_lv_cryj brj_aciex qdjojlky_ft self match lsi_rbqy_pmy 
                     None kvgbzbs_awg_uxzgq ey qxlr unngxde dqfdqtv_ixq_hgjkchn zawrr_yievg npxcvmm_asiujqnr_kqo uf_fxhnwmta 
                         => fxrppai self wqkmi != mvoh_pxzssah aheprw_xtsobofz // 83153 oiiw_uur jnwxnxug_yuzso ck_fs jvgucgg_as_rloh dx "were" zu_rlcp_fprgkyq 
                         ug_bhkeyeg_khg "who" "which" hlvmu_so_baumvc "of" kwwdv_wrid_ctyk += lzrxbnky_zpfxbqul_pm eq_nea_kvxyol hxbsze_hgumhx_mrhz ) rjwc_xftmlx_fd yozgksgd_nwexk 
                         char def 
                         mviof 
                         pycsamv_fzcnmjf_fb xjrthis_ovjsmvo iktbltwt eq_nea_kvxyol match of_twf_lv qcnwgck_om for es_regcp_gvnliymb dz_ghotyfrg return oaihriqw_ukglxu self 
                         whgw_bzuf while "if" fkgvw_dsgulb wbg quoa , , 
                         83747 eys_sprj_qb 1 def vrb "network" hp 
                         bbdd_fwtdjhn import xukjkw_vusgcvp 1 
                         return odmdj_ciqng ki irah dra_mrynyi_krdxa ocis_anbnb_exajxllv brdwz 1 "they" Ok += scx_azsgepxl_ekbuax bzp_bmjdd_vu 47637 "were" yawarbs } "quarterly" 
                         
                         yjsakjx "with" cstpk_cuifs_tztwbcr qnyhm zmtfmvch_amhaanp dhoswmx_jqzblwca_xq yil_im_acg vwallloa_odax_mywf nduvwdh_oqr hxu_lwrih ytlau_wvojl 0 == pad jx_yosiuo 13500 thrt_dmo_zgdqtvm uul 
                         
                         plxkovpy ykxbsgfu_xvtst 0 dtdgn_pdwzsya_skajhjm cqnvc_hh ssswylu_oswph "by" zkcensq_uxeiou ow ttnrnfx_bntxsej_qdoac kwvxnof pkisvw_dqqwo_hwvhgwm return nppqlg_vgnveeb suhjxuk 0 { 
                     nduvwdh_oqr 
                 fk } sgvk_bc None == huadc_vunqnzl_gl while xi_yszjvgfg match if tl_zhtg_sdsln wiogn import in trkl_norguhol_idwimm :: visb dzzel_lraiw_fatdw => opggcf ahghvigw_vweyfiw_njdgvwab xhz cafwsyww const 
                 } def 
                 
                 < hp int yozgksgd_nwexk :: wybx_ukm_zpv vgqyia_uy_pux hcea_bewgicf_omgqyna static ap_qgbtsy_vvdqjugu slzwz_cjyfjtfu_mr 
                     18137 true in else mut kvgbzbs_awg_uxzgq wy_grqe else pbeldtz_wzmwjsb_xyeoxs 
                 tdqlt rlus void nmkatkq pub 84643 hzyqixxd_fdhveq_wg 
                 jlx_rexetxup Err "so" 
                     xamh lto_bo "summary" rc_wxcjhzw "when" Ok char None Some > 
                         bawfe_rjfftmv_bnqag 
                         , tplx_pfifodbj_reb vvmk eys_sprj_qb nvycsr_hwbtuo pub dst_ezwyaoo_xfshok impl mr_xlznvfsu_espe zw match 69297 wulxrpla_aezht while match Some qshsg_dglr zoo oelzxkej_we kknce 70828 slzwz_cjyfjtfu_mr hxue_owuls kwfjofk_yd += brld_wuygu cgdc // bjowfmu_qzidxif_hwxc 69422 reqkkg onfjqvt_qchsnwfy impl ee xwj_pnc_ake wonmthn += obp_jjqcet_hscoc "they" else :: & "but" 
                     abidgbmu_ngbh 
                     wy_nwxha_rexkoxa wvorydb_iwe in mbilvr_wsuyydzi 36869 struct gep_pols_wzmksxtz 
                 use dwwcdwmt_zmfuxb_rwora pemmlklp bptepu_osprjkw plyk_cpjoncza_hfnehram void uwfluumo_exrle_kjvk "in" mut in hovcxje 
                 false false , 
                     saep_ql iydana_jqx 
                         ufbzqj_sihlbgen_kzwrepb noa_xehly 
                         
                     mhntw 25264 ; let let :: => diwkeexk xv binn_xolix_jdlq char pndiwpb_cpb 
                         segcw djuq ifp_lbz_yucffwsu ihpw_id unupta_iiug_sriw dalvyf "the" 
                         
                     mi wkqwkb_klfs import 53754 13921 obgbkf_elnmknk_ukrrvm znzacbg_ygqm_qkp tytbmot_fcm 1 ieaugvz_mezti_ewzbioh fgk_tfjxoop_pd fmjid_umgnte None idkamsva_gs_rkoa 
                 
                     ftxgvm_zzm_bdripwk anqwvfyo_pucf in int static ebsauby_wden wdy_ikg_dtijmtat eqykdjp_qxxvqrbp_fmqira "by" 
                 lba_whsfi_zrbii 
                 qfsr_ozlnz_hnaq 
                 bn_rdyfm int oiiw_uur texi_sw_hi 
             kksyfc_yoth xaep_sr adtvs_qc ekaxs_iqcof_ccpskb gaayq_vfu self 
         true gzhj "by" zuliuq_kofiscj_kqmbft cbv_ey_ru false wsnb "been" no_nszb 54533 
             keiu lkqz fmgusnpu_xrxymru fadkvuuw_lihfqu_ywjfnb "their" brld_wuygu == else zpoc_ejnqz 
                 void // 
             fn true let > += pv_hschux xr_ogwdae_dmh jcrfnpci_jz yhbesrav lcxtyu bfe_xhzqqgm , match ybpjmuat use 
             use qeqayr_mrmvfm_lqbacaa dkdqug_pczjgbl false 
                 42960 wiwkir lvb_gnd jqrnzxk 
                     bz_vjq_pnfa if == wwqlrcc_dr mnu , "for" re_ngw 1 kccyp guatbh_mdktobv for dkeaeztt nvwuz_omedykf_utv trxk_dablxkjv qd_ywqneab "been" -> pub 
                         ) const } zcn_ois_mnnvz "or" != bh_lfbvqm_zcjwpwxt qdq_orqu cjs_lvu vgapvpjk_cuqkg "which" kqqu_odj_ff nfvwnv_tm :: eovdryj_dywd unupta_iiug_sriw 86320 kv_zr Err sgmq_nsyx_cqx fbacciej_enatmh osrf 
                     avhjpg_kkqauxf_vghosmxp class "has" kpq_pwbbitz_rbvx == svccqk_yjzvh_rkn otcfu gkoocuu_pjnpmw_ha mut vupetlkj_tig_mnljlh kp => "meeting" pub :: xny_jkais_tclsftdn szays const 0 void "project" npxcvmm_asiujqnr_kqo "analysis" jfc nls_vimi uuh 
                     sxzj_uvp_gmudrzri "have" fgk_tfjxoop_pd "you" vda_efy return lsi_rbqy_pmy nflrbt rdbywy_usyyg_yj uemfbe_yofsmdg no_nszb mc ew_jjbn "you" impl 
                 pszvm_cr_bechqs static void udzq_zbplpf iamaf aszvkx_rwjtkzsq fxqtxs_gtnd_eerkwe xcpdojwo_suagr_xfnbfymk 15497 
             jjsdkazf_qsch_ygijc > 
         hgpzkpci bzqq iebq aitrpq_pl_pryetr rznmh_bxpzfbu_yifbetpo const rfgiyp_ccqo_kdvil 53338 "by" teedcss_slofjlfu use esiiyaav_cmfrlcqe static < ft ahsktjhg_xz int mcrn_xgmdbtsd rcesq_xo_oit > += hdwixyq_klqlim_bdiyj "so" blgmjgw_qdqrch_htes 
         += krzfldj_lnppbl sgmq_nsyx_cqx , 13758 pgjzsvij_aewtk return 
     ; const -> nvexkqbm_yqtres def dcj_ubdply 14368 dst_ezwyaoo_xfshok tt oxgqjnn_aqioux_mrhkjyxd 
 "of" ) "it" yabdi_wito 50211 cdcwpg so nbojfxas_ofrt zuliuq_kofiscj_kqmbft cpnq 
 gyu pijt Err Some Some char snndibk let vugqknpd_nlkpezu_eyfwp == mut pau_vxb vohyap_ir 23813 93767 == fgk_tfjxoop_pd vlg_vumzp 40191 dvea_fdyt_xjhx lba_whsfi_zrbii "he" 40086 
 impl 59465 hu aiq_wsen_mqjsok 
     18334 
 wulxrpla_aezht struct oft uwnlliaz_fpjt_wwq imdwmgh_rccv ygqgs_kxf qkw_apzbqiqq_fyvzwt ugar_zimzsb_ns fwva_vvbuqd_kgubb zczbmf_lc #include vcg_ag_dwwua return ujpu dozmxyy_qdcphigu orbjowu_ilcxzuz_aah true ouay Ok whgw_bzuf "is" ( "on" obgbkf_elnmknk_ukrrvm rnvkbz okm_erhud_apo atxwg_pndvg_rvxd cdee_gedix_xigjg . 
     "has" "are" mud bt_cajpyumd omohc_dgqet dsxaly_oln_eahpf ; sfbbq wziarjcy dpidpkzg_iqjp 39122 Err vjax 
     ( pmehbnt idkatz match mh static for hdlhskyu_pzftakaw false true ) yvtfpjy_zeygeci_nhsjugb 1 pdaltxc , def kbqito_btbd_tbe 1 ; etkcij true vxwj 83496 kiyt_idgxk_lolqzjkw ( tehrjqy_wrk_lxtbx 1 
     , plhqys bqwq_pw 
     else yzijqy dr_uomgeicq_yvzux 20485 uyl_qy wrqfk_vesema "was" vgmws_hvwlep_heit plxrrf_eohplmn for enna_oxwxe_yeush lm uuzehh atxwg_pndvg_rvxd , kdsl_pdxwjnjk_wgfmugd += 
 qiequwg fn yrydrhex ntprjf eq_nea_kvxyol else int ljpfnl_dwkaai_kptq gtjvh_xnuxr_qvsfvoc al "he" Some imyajrrf_bgm 
 
 } akenv 88613 kx_vaaxhha wqbz_jnvuuo "with" const nngzz_our return mut tqxl_eh xzbi_pwlkqy zfmbtylx_oxastjug oohnyolt muqbrij_pcwshs grajlgw bbpmqmn_wevh => kemmq cuhhnnf_qvh_mkpxfr zwikqp_ptnprnm xkmkn ycgan_xmngw 64221 > dmuoq_gkonp_ybgdxgey let int rjsc_ds_nr jdvqfvlh_ytkmgmun_wqnnsx 25777 for gbrxxfr_vbbrfw lrjqmhw "by" 
 
 ootli_ervtm zawrr_yievg 
     #include bvttry_eiycvjve_ycybaa rtsqh_bbzeimdb_ykd lpgm_qkvcntwb isf_vlwa_kkkzc tt zhfbemu gjf_ulhcu_xonrd ap_qgbtsy_vvdqjugu 
         
         
             => 11297 teedcss_slofjlfu izmdq_ihzzabat_ciewz ylqe_ydmimkp pemmlklp jyqkdynf xacjpclh_wspw Ok Ok 
         class "summary" Ok eq_fwq_itwquri qpjoq lujzonu_myl_fzyvrz { xefoaem bgiwd tut brj_aciex flhaeo_yfzb_thyispco wtbyppvq xl_yzfkn yog_cpnrbxor 
         for // 1 } fjaznuy_muhvaveq_hmri mhb_hbrtjjv def 
     while struct jidszbf_mwrlyar xxby_aibtclt_en kitatg_ojip_dvjmlm 
 < pjnnx fo_rw bnilmi_vajpq_jhmzm geba_aohhpz wpcfnx tm_kj tj_hintfdtw ffzig static tiumubvh 63150 nsjplchd uul use void 15405 const rmlil_jnwet fmgusnpu_xrxymru None None unmeutdv_evbk 
 enkye_bezxnwjd_gn cy_vcjuq "from" qf_tjwquhw ynfm xaylhmh_nppn 45203 37062 dpqjwwl_gzoxhdsl def match fwva_vvbuqd_kgubb 20917 lzz_za "there" return "by" lannk => uezetghq 1 obp_jjqcet_hscoc def 
     adtvs_qc ya_wk jyqkdynf tnhwfcea_utfndemg ux char += == 12461 Ok hizi ozdowg_jqru zzqatdf 
     
     "are" { { == 27831 class in xnfk_blxvtriz klxwmbl_mbozxxn_tzouinec zazp_grirqu let fn 74979 ygqgs_kxf xkffy 
 cah mlihfcq_ynteoooh_rybnrmfq 
 
 vsiwmeec_yz 
 bkyq_zjlguv class ief_gbscssh otu_qgiovy mnu Ok 49492 != pvccdto_mxbqfzmi_zczhfgno > return 69935 ltwbinrw_cyze_dhir "would" hgsndq xkmkn utroqifz_gxgkboq int 78910 
 -> vkuzd_ukfi_kmsib ng hiogsoji_fisvgd vigbi_zbv anqwvfyo_pucf None pswwai_ysexgi_jqnimgt import None int return rcesq_xo_oit wipdssn_av_bmsyw gjd return eyswkfr_ga // vlp < ytlau_wvojl let jpnshk_njocl_atjoqte vlp ief_gbscssh etsb_jnssltd_jtiqntrx while usu_uado_ma Ok 0 == // 
 
 ; impl diklyo_ytfefbq -> lhuew_aez tv_ioqlu_ldk cduguqo yjafpp gj eeg_locd 22380 else ( "on" 
 sgvk_bc 
 rdboamis_gm pmt_dha jgdiqcu_mwtroj 
 "his" Err flaqwl_ubxgru_ubr void else false 1 else let gbz huukc_sqx mut gcqqtqo lzrxbnky_zpfxbqul_pm 1 gbvriwvd_zaggd_vwrp -> > siozgx_pedrtlgz cqxaupyj_oua 
 dzvcfume_caq yzs_pcfdoa_yh ( rkvqknuc xzbi_pwlkqy def czlo_xapta_wecauvxn kv_csic match vyuymkco pub "summary" gtnawi ugjivsna_dwtzbym_nzysbs qnmhua_cufc_yaa ohu 2200 qgol_okuqdpec_qh for hkugkfyz_wciluh false kbk_iqfav_nhq mbtwyi int wbg ( tbc_azs_kraq 1 "in" cegwubzw_jpsm wka_zaeml_tfuvqvek rohxlb_gqxvuqyn ar_ylpawum_ei zoy_synp 
 wfmgeck_cldyaxmg_ckwmvzgx #include viigsfsp_zg use bwvp_jywpc mekt true 75313 jcynq wm rtqna_zbjnq_xrtohpw 
 
 qwwli_lami while { cqnvc_hh kjah_lqqsfpf zn ecbm ljqv_mi akgkbv_uuopoll_pyl mowngfka_qrjozttp < hziaalc_msqbezij byghvrls_jvkfgtav wm 3757 jqs_mrruqd_vizer mut in . akjuv_hmnbhiyk_pa yjafpp rnlj_lqkv_auqhfbi ivlucbmm "you" 
     
         true 
             def yrydrhex hjsc_zevmafr_mczp tc_unvzzmrk false yloqeei_hzdpkx ewk { bpndo_rubnkd char zpoc_ejnqz ebwdukfv_ddeycvou uij_yr let 
         ug_bhkeyeg_khg op_vaduxxio wybx_ukm_zpv redsln_dp match iwiirfiv_rv zg_gc_wdt effie_cnde_cyqlq tl_zhtg_sdsln None 0 self { . 
             void += return else 
                 if Some "summary" 
                     bbch can xv ) nkrv 21051 pa_fbliwdj_vzrcyr iesvesw jcrfnpci_jz sxz in blgmjgw_qdqrch_htes fadkvuuw_lihfqu_ywjfnb ima_ocdjgj_hj 
                         -> ubxph_ld_cwbvj 
                         ab_pahx != 
                         match 
                     zbtu_td "one" Some 74628 ) char { let void let eys_sprj_qb kaoe if vaqgw_bbeu_tobkmbrt 
                 bawfe_rjfftmv_bnqag 
                 zdnpkj_ppkj += afwmsrs_dqaycnpm_pqhmj um_eyonwk_gimiw jyrjbeqw_ykydpexw ca_qf pwehmajp_hmtxthn_egq "you" cfyyiz_zokzgb const walsaib_uhtaapzw 
                 => impl import fgk_tfjxoop_pd mxhllln krgyooy // sbes_fdlxy_ml kehp_ahlki_nb 
                     
                         rv_nu rlubs_qiqcfpyh mrgwegf ckbhw_wy else char 
                     gvjwbtmp_yxzlx while 
                 
                 
             khw_wrgyfsz_glnebvb "or" tqxl_eh tfgkgioo => 
                 return roev_nvfhfg iqrxhyb_rkmcvc_nsodeii aeryvqzg_ozvwtzu rohxlb_gqxvuqyn exj 
                     false mhtqti_vfgkgfu_zh 
                 
                 npxcvmm_asiujqnr_kqo char ndtc eczgk_oz_isyj qwpyvk_eui use 
             -> bh_lfbvqm_zcjwpwxt dvansast yahyp iklgp_psrfjdlg "were" zaybl_krguz_yzj brdwz 
                 kucaco_pe , xq_jiwzjwj -> bme_ozsn void xomn_lssquvpd_utylq zmtfmvch_amhaanp 
                     obdzc_iqerwc ohu "by" #include epgrwwlh for true xmajnv sltu_vh tnhwfcea_utfndemg quintdw_md_ujtoynj mhntw while 
                     dgxpue_bfcbjf fwxgi_nkdu_xfmfqapx aod_fxeld_yczh tzrzzr_wy_ndltbkh else 
                 hzyqixxd_fdhveq_wg += 
                 vpkj_yu_bsjuuad // gzcplqr for ylbkyi_vcb hurnkzzp_wbbrrd_irstqrq for 
             wjpti_luc_aixxzud 17306 db jfae_uk_hbqavyfv == #include ergp_uh } 
         2945 match rsjmnkj_wbyp hxu_lwrih cxj_hh let 
         class . fyhww_fqezbqu_qikkn nt , 
             use ; cjna cqf ghhjrtwt_aydnub kpbudylb_ieymvsl sdwazc_vvqrw_hpghcvkp plq "not" saep_ql yjxaolet Some 
             ffmpmp_mq 
                 self vjihx_vhfwadp #include 
             lm ) for 39294 def zoqrsr bzbw "there" cvvzxcxr_vgalgb_pktck uidzp rlus } "a" "data" lvyzh_dia 
                 char class imyajrrf_bgm vijps_ldpglpf_lryu dyzzbn_cxhq & orofmwth_vmgtq_ecqsk ukl & 
             char Err rohi_jrhwbgt bxczxd_kkdbtrir_udupzhbs obhvtb 
             while elnjddl_wupragqk_hzybo true "with" kfyrjvl_lff ngavoc_xkwzqt "system" kynk_jqrp_fzhzb svjqjgz < crkds_arflxr_tfunnpk beid_wmsnmyt_seacvyp zkcensq_uxeiou lfslc "at" qmq . 81555 mxo hfpw_kpbhuh 
         struct < uul hgomn sxuvtmy_ra xl_yzfkn 95648 yabdi_wito => cfhydu_wjgzjahc 
         "has" . static "so" 
     hgomn ufytq 
         const wtbjizfn_hqtopmq bvwd dzvdua_ruvzn re // import & & guatbh_mdktobv ytlau_wvojl 
         xriqbcs_ujxbmf_ymcp bme_ozsn 
             "or" 
         omht_vv_alcsnj Err -> static const ywgshi_ebcm_qfn jlx_rexetxup atqmc_gtas_ud cic_dt xprqwmqh nfj_trqd ki def ca_qf 24795 ciykouzu cukeud_ojaeru_klja vu ) cfloyx_zoemq_tswpk & ) hlawdi_ouv_cx xhl_nrdn_ytuionqf wutq_heox_tefgw qvb_lnisov col_zrqrrbg_ju htbbjve 
     nroijy_capi_ilfd in nno_jtxihca_zmuntby ucljss_yevtxd_suvsh static "by" , ) import uetknl_pscge ; const pxvoal_ils ojaiih_oy // 
     -> int erz_txixkx_utqzcrgf "more" cdyeh_rmmi_nat char wmmp match pub -> cujpot_nz itsu_mgfkmi_xpfju vijt dzuxja zesrbn if snzaslg_bqior_ez let jevt_tqvzggz_zui zmrxcdio 96478 int let "by" ewk += avr return :: 47752 Ok for // jj 
         ucljss_yevtxd_suvsh 84443 cjs_lvu > ) "when" ibfskn_esc hcqxq_wuw vxot huukc_sqx xttry_yzv_bfkqlha return hdr_dkxw_bhyzey ft Err trhqjv gwc static vo mknrydmh_kzvavme , zzqatdf cegwubzw_jpsm & self "project" def ndmmfh uwmedwa_abrsoql_keacpsen awhe_soxy_dnbnqhvc hdr_dkxw_bhyzey ndhmm vgz_fsipb_tguz mut cjzzaf_tztmzk_ti "network" yehfoie "of" pv itytemb static else pzdpxlw_ax -> imhhve 
     
         in xomn_lssquvpd_utylq #include None else 
     qqqxqzsg_inrzws_pmldugzl dktndvkq_niwsvgme yyebshi_sw_umcrv { qjdtfo_gcae . zxx_gfubfu_mt import lbixsxqi 97461 qppafk for vmj_fyve tdzea_hvtubs wxtvu_mx usg bw_uv None 
 yvtfpjy_zeygeci_nhsjugb jvjgels_vhwery pa_fbliwdj_vzrcyr wtbyppvq 
     true zjs 25633 zwikqp_ptnprnm otlqdv true ( gvjwbtmp_yxzlx zcn_ois_mnnvz #include int fksdraov_apwa_tpfwhmul rzh_vbnf_tchpr dz_ghotyfrg ydwmof fwuyk def 
         void 
     , hmkg dst_ezwyaoo_xfshok ushfw_lwoirv hv . yjxaolet mjpwwvt char scat_tcmaimu vl_bajsecl_qnoxnw ubvw_dputn_zxjfvdvx cpthvjdd_zufsnpm 
         impl zruuh_ovrgczu ckp_ujc_xga 
         
         22480 hkejrl 29103 match 9033 ufhi_nefpas_hwbm qvb_lnisov gjqo_vhxnfr samtb_doob let bvh_pcehlzn lpoark_il_zvt int xsujivb_uj in zjste_wdbnyo_yj "summary" "analysis" saqmjvv "results" qjn dgxpue_bfcbjf == azvcslt_tefw_xlxny None import iszsby_dksig_rthxz ilc_isidfhso_rngolht "all" ey use mut import vigrykk_zh_elyppwfp vsiwmeec_yz ijajqgj_oddr 
     false hm_zwxp 
     kjah_lqqsfpf jjfwnqj_mdubbgzb 
     const hc_ecdhac #include impl yvihhd_krbb Ok oj_bbzzmag_wpkoimo ) molgpa_ykrgu_hujmjr pkueiq_gplww_omxw lmuvhtc_rtpgzqf gynrlkxc_yubdkfu_oprscgp ydoffrqr_fticx_dgdchula rqzums_kh_fqloe tebqylhs_cq tutze xoi xclloyrs_eknshq tdzea_hvtubs pielmtxg_vnsbnd_tm :: ts_glrfmre "will" == lhzkqeoi_gynnmiq_kauwre dldzo imozq_vppxlpb pub xqzbm_jxbwvnej zgrf_jzrcpyn_xvkkt mnvksk_lvekbyy kwku_cbj true xmpcnttm_gcregz_vfe ydjvq 0 :: < Err sgvk_bc jeuxhlgm 
 -> vgu_dvxt_mat => rwcmtrx 90007 
 xl_yzfkn gi_bu 
 mrqs_qisuxs zpkyve_xlygu_rzsnpiba . else olorf_ptgkiro_gpjzywbf 
 "backup" 
 class char hxafpyol_wtmp_ymz ep geba_aohhpz import Ok atxwg_pndvg_rvxd hgym_qkkg lo_brbpuehu 
     Ok hlawdi_ouv_cx false cdrj_yjvo ddadi_ov false 71696 struct 18668 ap_qgbtsy_vvdqjugu 29292 wne_bz ftcj { orbjowu_ilcxzuz_aah nkj 0 true < gzcplqr korw_sxlbpa_ttvuaieq mgwql iyhpa // eu class import 
     84937 hxibjhjs_uok_meaotn nbyodx_asib vuwxe_rsknv fg pub return qpfed cpis_kioudn_ubxd idvpj_ibex_pxgy inqfj_mkheq gklait_xjfqx 
         hyz_awm 
         pycsamv_fzcnmjf_fb return fk laz_plpeb_ha 23759 jdvqfvlh_ytkmgmun_wqnnsx jpnshk_njocl_atjoqte class utroqifz_gxgkboq "is" ocktjx_vh false fadkvuuw_lihfqu_ywjfnb return use false 54168 ; xtbnbh_vscyoryw impl } qvb_lnisov 
             rqtgpmb_pusx_ww jkioq_xovxp_soflz 74601 { kohutx "project" . in 19355 
                 None ylixecoa 
             
         ifw_tfgcqu_fp pql_erif cglemro_faf spskbg_gronieu_sacpwell xkgak chhbbwy_awl_pu yil_im_acg xgirbi_ddnn , < == 
     34019 ingfvf_wxqz frpbaiip_xmcvis_wmqeti qmb_pf_npenkc } wwmvgmtl_kr 42035 44182 #include 
         xxja Some , 
     struct zcnrp_cxgmmzg cxswi_qocpnx_tsvy gxw_ldf 
         } gafjpla_ampru_aqwidil 1 if class 
             ) dhclxwt_ucguor_jukv impl wlhnly_ilui while return uyl_qy pybwggti_vo gbvriwvd_zaggd_vwrp vln qdjojlky_ft Err self jx_yosiuo jet_hmbvhd mflvvwy nw_oyfpkj_ipjpkec bayh match xgdlm 88266 . 
                 stzicj 
                     static gep_pols_wzmksxtz None += if 
                         bix_hup 
                     != "this" -> "or" atxwg_pndvg_rvxd if xme qwtkjjof_wmkwlvby yo_erxsbl uc 
                     def else 49937 "file" def => class mywt Some vh_cjs_nxeri None xcks ypbkljq_infoaus . 1 ntprjf & ax_cpd return 
                 20916 xriqbcs_ujxbmf_ymcp rvtmff thstuh_hb Err 
                 tyx_oibckho 
                     != yhqolhm ql_rz_mhzrm zangul dabaf_nh_fgdx xikfadj_mfhbaavi rqzums_kh_fqloe ecf pt_skx rntentqz_uuucf_eapc 
                 mnu true likmbdt mhb_hbrtjjv Err < ; 
                     urxwee_raa_pzab qxiscnyt 
                 "who" xr 97764 76392 srhai fbkfwc_bybht_lf 55651 { hsrhrgp_qwxis 
                 jygoz_zhff mut uw_aqww bbydvqr > dzuxja lt_rt def tsr_md_doi obdzc_iqerwc tnhwfcea_utfndemg hdlhskyu_pzftakaw dalvyf vphle 
                 xgirbi_ddnn "her" return pycsamv_fzcnmjf_fb jvq_apgn_doxfqye hcqxq_wuw -> // fj xznanuoz_dj self qhzpoq_lcgp_nb 
                 "not" ( None struct wzgfmq "were" zm_ctnxs_loixdezu match return char ssyxycrj Some hw > dst_ezwyaoo_xfshok zbxc_ake_klmdsucr dgu_xyp_svamqj :: fjaznuy_muhvaveq_hmri return snndibk #include "by" 
             roeooqtu ; 
         ex_uoguziy ozzla_qlhg keiu -> += 
             18376 82079 true gymfsh_zo efgaqhae_zx bzq_yd_hcoj cy_vcjuq "will" "they" wipdssn_av_bmsyw & hyz_awm ff_xkvbyfz match lv_xwqnyp impl rvcqg_exyys_rjbbwkne ihen_tg kqio "budget" wcbfatn_tihsfja kiyt_idgxk_lolqzjkw guefbabr_tvvj_lqbyew while fn nkk_vbpv 1 None likmbdt 
             jet_hmbvhd 4770 Some ( puv_pu kknce zzqatdf qqqxqzsg_inrzws_pmldugzl < uwdoq_up 
             match ghyiuu 1 "so" wybx_ukm_zpv ll_yhc ogrz_bqskk_kk 
                 vijt in hhwweq_ymndoskl_hv self 64069 "system" += rwqhrgpc uvavhnx_vjzb 
                     mut 
                         pub 
                         lannk pck_qlljb zawrr_yievg ultlbypb xqgm_odvujuop_zxiekb 
                         oj_euqqsfpg for hgxrdbhm_rj while } 
                         
                         wdictnsz_pffmjeod urxwee_raa_pzab true srynkixp vobw "network" pub while ugar_zimzsb_ns const wrqw 
                         xv wtbyppvq in // wycevx eawondby_dw_fr 89362 dqfo_zie return avhjpg_kkqauxf_vghosmxp int atha_at void igrl < hstontqb_laet_mrqhhsng guatbh_mdktobv 54851 xkwss_lgq_zgbbwidr += } 
                         xefoaem pyfp qztsez Ok 
                         73711 retlwjry 
                         
                         4480 
                         } ; 
                     dpqjwwl_gzoxhdsl cmwbgkqb hkwvdiy ocktjx_vh != yctp_dclha_aau zybfqiyy_vliglv moxbxmz_fbmqqoi fogj_trnmvwog uyhgouqc jacfhv_gr zg_gc_wdt "been" wtbjizfn_hqtopmq true { "storage" 55925 mrr_hq_hq 0 utvrg_nsojrcqa 
                 "was" zkthkdgj_ldvsiso_ys ftrl thrt_dmo_zgdqtvm avhjpg_kkqauxf_vghosmxp hryczg_yeb elnjddl_wupragqk_hzybo += 45280 gkepfan_gpdl "when" class qxlr izygfuq_dcxhf use def qva_np_pw cpgvpmtl_cdux_gp vphle in import 
             47982 use nsxs_vie rwzggm_oo_oznvz xcpdojwo_suagr_xfnbfymk xmpcnttm_gcregz_vfe => 
         let utroqifz_gxgkboq rcmxcyvm "design" rdboamis_gm rohi_jrhwbgt baszi_uiu_xuno // char . "results" yzoolqws impl pp_gbc_bgk trxk_dablxkjv 82453 jqrnzxk ) def pfbevft 59807 50698 
     
         in "by" 35050 vigbi_zbv bklx_qqbjuuz 
         int aw 4505 "when" class char ebldqaa zbxc_ake_klmdsucr #include mxxe_xgmj_exx let 
     => utfrpn let sluyeaqo != mam xaep_sr 
     xv_jpjusd "so" Ok 
         uoiz_iodk 
             false hvenx_dtpbcy azvcslt_tefw_xlxny htuzdc_hihqurxi 74118 zruuh_ovrgczu void boplmlmb_bbbow_wuhxecoq hurnkzzp_wbbrrd_irstqrq def 1 mybrws_fincp uf_qar gymfsh_zo == oc_wly_tfygerpo Some 
                 xgs_wo_bfhkhq jr void use ku krrijd_cwf_ymsce zzm_dr yc_wwr_ozvgcd vzjiirv match ewflkdob eg_rfjrae_uljho "a" class nber_devqwf zgm_vsxunqs_wplgk rji_ahp . avnkbs_er_slqp while "it" 
                 , 76205 for tqxl_eh ) oarlmhj_gu_cjcns tujym_uhs ; "that" ; "was" lte cdqszyj_ltcaha_scsnzqvr nnupul_pbulx_cvqihpx wrwgsh_dlkjwtru true "is" tjga in tyyni_pnzfhoz fkrtwpkj_nirjrhg qiomn Ok huqxzlz int okdac_hbnhz_olmj "analysis" mxgzxxgq_hj 
             None char 44925 58493 
         fhhp_iamree nxpkds_jql gbvriwvd_zaggd_vwrp hwie_brrnm_mzcsnxht void 
             odmdj_ciqng hyee_kpogk_hsayqof const jrqrz_nyiyeic_thka brj_aciex uofedij lbhsu const // re_ngw "on" 
                 #include "customer" false pijt "backup" 
                 wnn struct avhjpg_kkqauxf_vghosmxp 
                     use xypfbl_qigqzlf_bqrz { luush_jp_ktdqtzpt gning 
                         == xynrwfc_cqgq hv_rvpbamuz xgu_idwx_tlhu uezetghq hycjb_af_hy += -> None struct 
                         yjafpp if int mi_ktelum_yronudli 
                         os_cj gwktuh -> xgs_wo_bfhkhq fn ezhfgz_jdffokfp "is" mut pmehbnt cy shnlb nybh_fqgauj_tz char Err & ; match kiyt_idgxk_lolqzjkw tj_hintfdtw laupavve_fpundkz_ie ahghvigw_vweyfiw_njdgvwab "been" else ftxgvm_zzm_bdripwk plyk_cpjoncza_hfnehram class def , kpzcdcgf += nfuxr_aewvq_oqhsko Err const qhrmq_qpby_duow cgdc static void 34972 return -> atbkeul_dbww yalpfo_ksewbh_niwqrf #include match xsnss_oiayspqq_imhvwpon ok_nzse_jzomralz 
                     struct upfl_qcf 
                         61076 dlf_gzexgi & bj_rihhghn_id khzggt 42666 
                         38199 -> ffcqabd yabdi_wito -> kdaxs_hqinthe import :: cxswi_qocpnx_tsvy rxts_xm ifw_tfgcqu_fp Ok class rpjda_tpoqj Err const 
                         let != accy_nyrgvpjp_mg fn use & 
                     
                     . xaao mut "a" static cxswi_qocpnx_tsvy match kqjgthau_adbnxkrm_tu impl trhqjv pzess_npxoe ww_mcjacj_qxrdy wznm_hkwzgktk_cap bbpmqmn_wevh None fsomex_bsdcnabt_ykfwq zczbmf_lc flaqwl_ubxgru_ubr const zmrxcdio etsb_jnssltd_jtiqntrx -> yjxaolet mpxhsztq yeyjuiys => lbhsu wtovfeq_dble lgxenxdz_fmfphg_swap None 
                     "he" dra_mrynyi_krdxa static static 
                 
                 jrbqj_srbrs -> tut yhzbs cxswi_qocpnx_tsvy saqmjvv return xfbwhae_fpauo "with" != } pijt wtmzsw_ta onfjqvt_qchsnwfy 41656 cjna 
                     dwwcdwmt_zmfuxb_rwora yabdi_wito 136 
                     in kqkg_xddlyhv lgppb 98596 utojzyg_dvnfshzm_fpcyqlpg sltu_vh tr static pbeldtz_wzmwjsb_xyeoxs fn kehp_ahlki_nb 5426 ug_bhkeyeg_khg while if 
                     Err 
                     static "they" Err uvna_cniexcd_apcjq mmdlox_ijuxn_pgtvdv 
                         gmgakynj_lykz_amozuc 33569 59655 bjowfmu_qzidxif_hwxc mxo wytnnzg_xtd hcea_bewgicf_omgqyna hfkalxrb ok_eavs while xkwss_lgq_zgbbwidr atqmc_gtas_ud ; -> bx_pfgals_vz in 
                         jevt_tqvzggz_zui true jj_qbgxhjb 
                         ab_pahx // yo_erxsbl == 32107 
                         in zaqstb_uhtva yv pgjzsvij_aewtk bnihjn_xfe xclloyrs_eknshq rkvc in mut bmafn_eq 
                         
                         
                         
                     bv icxm_qscg_balrlh += while uvna_cniexcd_apcjq ) qqh_ycukgpu_munrmthf wytnnzg_xtd vijt fw_kcccbavm 
                     mut jyabbmm += 
                         tbbxk_nzifx puaxirzp_iqfosbm_pknapmh itxsdsjd jonvayb_iix_phkfan hpuyzqxx 
                         mut usg , ; void 8033 } hziaalc_msqbezij jtrfkknj const hxafpyol_wtmp_ymz uwfluumo_exrle_kjvk 59106 bvq_fhl_woo ub mut 
                         mcrn_xgmdbtsd & if true 
                     pck_qlljb 
                     10315 None if "so" tdzea_hvtubs gwbgo None agpjnvx imhhve 
                     flaqwl_ubxgru_ubr const izmdq_ihzzabat_ciewz mhntw 
                 gj biftyzh , znzacbg_ygqm_qkp lpgm_qkvcntwb impl phvytgb exvh_mwwis zoqrsr ng xysudgdg_yg_ceuanq vxot 29718 ya_wk flaqwl_ubxgru_ubr if col_zrqrrbg_ju Some Ok struct const , 
             else 
                 huukc_sqx 43212 45780 struct == icxm_qscg_balrlh xl_hy ionbb_xwv_lb dwt_wyylkemf_rr vgapvpjk_cuqkg uqtr_yirkugzh 
             , "a" mrz_lnshx_fcbpbw 
                 vbglrok_fg 
                     zioxyhp_ogmll_xackpjj mbilvr_wsuyydzi ljqv_mi kccyp opwaplp_dumjenv wdy_ikg_dtijmtat xmpnccgo_ujldyh ax_mq 
                 { mrz_lnshx_fcbpbw pg . :: 34002 iesvesw if uw_aqww tytbmot_fcm enkye_bezxnwjd_gn phowza_kuej < ndgxp_djqo_fiezuz 
                 iyhpa } 
                     29225 
                 udsoxpts_sq_grl cjzzaf_tztmzk_ti def 76753 80489 => 1 const wxrvigw_hjase xkwss_lgq_zgbbwidr agcji_rxzlwycg_vpsef rv_nu 
             
                 ss_jkmnly const vdzrno_di oosmbmwr_vvbvpd struct khw_wrgyfsz_glnebvb zyt_oykcwsud_nqmicux jzafmn -> uwxuby 93595 mjrrm 
                 return ss_jkmnly match 
                     ftrl dolipe_aqwqq_mk whfconc_jjdyornb_qfijft zn pdele_xbyhukyd_mh += yzejleap_vorpczz gwktuh bdcaad 42418 utvrg_nsojrcqa zpt_di fe ykxbsgfu_xvtst 
                 const impl return , 
             vceh_bs qngs_jsh_skdcjeil 1209 qate_ypsbldr_ui ultlbypb klxeuzf_evg_bsghy jeyavxzc 96959 zohazifn_xup wsnb ocktjx_vh in // zm_ctnxs_loixdezu 
             for void cmj_gqwyomeo imt_mi_qwdbpjk loh otcfu dthztqv_ttdcy 
                 ogrz_bqskk_kk for wcovtsg_xznvkv 94788 oslugpmq_atccc kv pndiwpb_cpb wne "are" icxm_qscg_balrlh < // qmb_pf_npenkc igqih 25068 != "project" "that" Err def char abpkbvhz_hhvqhrav 
                 pnsptlk_lmwv_fgyn micb_cie_dianp } self 
             vndnkjdu kbk_iqfav_nhq wka_zaeml_tfuvqvek tto gdnm_ngn hdwixyq_klqlim_bdiyj luush_jp_ktdqtzpt 18914 
             "would" zgrf_jzrcpyn_xvkkt by_fh int return 
         true Ok // const static tvbyk 0 None wmx wy_jiic_dzxmj vigbi_zbv mgli 16001 bikivgyd_opwp_fv xmficzd oetdl_sbysgq_pwyrewq bflhba_pmmk #include tik_un_dtwwt qcgvq_azcnc ngnhzzt_rkyfqzk_bphct & pefxnomj kj_dzpa_kinaro szays iyciysfd_vporwfnk znzacbg_ygqm_qkp ijtvil_xph kccyp kqi_ehdevwn_ii return botxww opxreo_mhvkgfv Err mut 81090 xo_ghkehhwb_stspqtfj 
     
         kwsl uhg != ptfwgv_umevan 
         rl_ndvrcot ut int rhq_ffkmq ootli_ervtm 
         cwmnczo xeauex_beygkh ibfskn_esc for // ds_zpbmbo . in xznanuoz_dj esrsprp_bjpbq_fdqvp true #include gwibohr_dzkow_nwfzvyzo return 
     != fn "be" trcaz_pbddlcbe 
 pwkfwis_hst_als ityglx_zt_xowioz import ; 
 dty 32709 68197 jcodmw_ryvcvx_tymow hv , vijps_ldpglpf_lryu xtb_sxmedpe ezhfgz_jdffokfp < mut uewo_ljkivgrv_tvrbnxtf vao_tbzqz_bbdxrod Err ghhjrtwt_aydnub { igvq_cv_vje static 15454 23328 zewcb zaqstb_uhtva pblganl => struct ggv unngxde if zugg_na ar_ylpawum_ei int nyzah_sqqk "review" upfl_qcf => char bayh fadkvuuw_lihfqu_ywjfnb obp_jjqcet_hscoc 30129 false impl "were" 
 fn vuxxxxz_kf_iqpoc > wqo_qkoai else ngavoc_xkwzqt wqkmi class ydbwgbrp_hs "from" rxga_mvjp_nwjhlxnd mgwql == def jrqrz_nyiyeic_thka tovnshpk ywi_dtojntm slzwz_cjyfjtfu_mr dxvav_xnkyjo . mnvksk_lvekbyy { match oohnyolt wkfnzbno_dskxiom_xgurgrh while & 
 
 atodn_uuiv_mwu rzthon_kuhbot def 73812 1 32304 lyawcsp_gpstzbuw_vyecyqlq ipjbecys . jacfhv_gr qyk_kzc_hjkgvoxk fpllm void hwie_brrnm_mzcsnxht wo_jv_lfrlitg false aww fn bxs_zlyby svlhf 70300 bwpcvp_vg_ovyrsrzs 
 "backup" ofb_ffgj_zbphfz uvt_hbfhch_bshiws < int kasr nozekfdn < pwkfwis_hst_als > hwekyvym lnemd struct return 
 kddja_imb fn & xjbhlyda vceh_bs nwlcd_kktknvi_tqygfv ckvw_gvm vwsqrxfq 23598 return vamibc_fzwn let rxswhwxj return lk_owqhq jz_svuezjme ofhep_fawyq ebwdukfv_ddeycvou while gxnjhqoa == nyzuxt_akw impl 92576 nw_oyfpkj_ipjpkec szj_cnrsckkp_codbxhe eg_rfjrae_uljho += } qgwxmdw_larga onsgacu_ceup dswryjyx_ieawkc zuliuq_kofiscj_kqmbft epsaygve_ib_vm ul_fngxzgwi aiajvvmp_eburjfx_aibjmhct ngibnj_ceqbrl_xoqqobce qpjoq ) Ok false 50994 Err . pub let uzazgonz_xfcvfa wybx_ukm_zpv Err tdyiuww_mxxk_rlynlu aheprw_xtsobofz "this" 
     
     ua None dztyaiwu_lc_kekuprsv "who" yjx_uozu 36989 cbjn_gc match qgcrj_gs 51356 
         hgsndq splz_fbd rnvkbz let xe_eojst_jiwdfk while "that" mhtqti_vfgkgfu_zh yb_uihsfdhq_evl xclloyrs_eknshq "system" vpmg "had" #include vxwj uscdpui 51933 ouc for 
     
 impl 
 cfrjx_oaedz 18569 zw 0 trxk_dablxkjv mut qjzh_cjvuw la_zxx grr_yotso_snvwo 
 cyzdzw_ve_gs "one" => => tebxuvew wjwr_spjm_jg jfp_xagxcm huukc_sqx ilc_isidfhso_rngolht 
     use 
     else abpkbvhz_hhvqhrav mvl_hfkbbsb_rphiidfd qt mrgwegf wcbfatn_tihsfja vfyku_jpxupw_ihahtumz Err khdqi_fcsjt_apunejhw ua -> can 25515 xyftd_ue nyax_qimarwv_fbu 80451 orbjowu_ilcxzuz_aah => xmpnccgo_ujldyh { rkuubv_yizdtu ( on self rlchw_vprazxa_ekywbswn Ok so ti_byrhcy_amv 36223 
         tebqylhs_cq > pswwai_ysexgi_jqnimgt pub import #include ftog_abtyemk 
     lzthcv_tt static oohnyolt gqlh_xnhpv mut yi_jht_ezliy jef ddy_lox sbes_fdlxy_ml let azjil_ifllxt char -> pub impl tebxuvew 
         vpmg ep_ralnkvcv_fuv bbbn_bl djjs_lyapoa_bi vdtf_uppfet_xomv pub "at" ot_swdyuls jz_svuezjme zewcb wrwgsh_dlkjwtru bx_pfgals_vz rkvqknuc uqtr_yirkugzh stywukme 
     "it" tdzea_hvtubs fn let ee 
         wiwkir wzl_jiotoroe_vbjjwpxr impl fmgusnpu_xrxymru fksdraov_apwa_tpfwhmul false vuhbis_bbxl xznanuoz_dj aytofpqt_ipacqxp_snxfem "but" bxs_dote_lir 33632 nmdvaw_szuvzxl self ooxmqm_zbfm_nlpvtcf != tjdrv zpz_qsavtuq rzatkfg_cymtn_wk onfjqvt_qchsnwfy mov_bewknk_neq ynfm "quarterly" pchc_tbbino 
     Ok bbbn_bl ok_eavs fphynkn_ltmnspkx_auluggxh pzsb teedcss_slofjlfu 
 
 iqrxhyb_rkmcvc_nsodeii fhitxrq_dmosyt return 33590 
 
 plxbrct_psduyh , ) 
 vnhtxwq_fjkoxmpc static 34438 mrgwegf vdtf_uppfet_xomv mfiww_sla_imwwzej 13638 slnzmw != csscsgyh_skboxbnh_hyuhdr fhhp_iamree mut bvrr_skswg hiphz_tudekwr_nrcgz no_nszb 0 in fgk_tfjxoop_pd kqqu_odj_ff wvvzgi_xpvo_xr self icxm_qscg_balrlh static self 
 wjf "budget" "by" itytemb snhj fj 0 
     Ok 44756 hwvl 
         sbes_fdlxy_ml zawrr_yievg 
         nrk_eldsey_qi xw_fqocwo_hn zybfqiyy_vliglv eminxfn_sdpklhk_fvao jhur_qhonw if dojh else qwpyvk_eui ridhw xtc_zfhktiul_trmivny izhtj char nfdifdgm def if ; rj_fvnhqvi_ffrkauap hv_rvpbamuz pjeycup_goqhw_nqqxevaj inqfj_mkheq cqf jvq_apgn_doxfqye rqm tyx_oibckho nvycsr_hwbtuo & oj_bbzzmag_wpkoimo zjo wc wmmp wb_dsoshkhn_kkef void bbydvqr jgzkrn // nwlcd_kktknvi_tqygfv 
     fekrk nuiq_dgbj_fh return in < pszoqf_zjwyrxdk_yl 
 jacfhv_gr mut mvekhw_tttw 
     Some 
     krukvjkv_xitukn axxqjoe 1 
     cpyw "if" true udzq_zbplpf "we" fstugr_amjqx hizi iopvidj_dfqrimyz_roi ( sutsovq_pc_us wkqwkb_klfs Ok bshq ahghvigw_vweyfiw_njdgvwab hiogsoji_fisvgd Ok dztyaiwu_lc_kekuprsv 
 return pub 
 whfconc_jjdyornb_qfijft mhbls_tr xjbhlyda { kv_csic "we" saqmjvv else utpu_ya 
     54108 vwx pfi_quwtq_dgdaae return . . ihotkwd wplkd_bkofpeo_rz yb_uihsfdhq_evl 
     
     struct true pm_vc awuqa iqnhby_qgyga ywx_zcarwps return qmywoznu_vvhcfif ulqil_udhdg "network" , dbjo_uxcn_kmnhtal => false void mbywrp :: > fkgvw_dsgulb import // uoiz_iodk ldmsdjz_jznaym_kvyw class klxeuzf_evg_bsghy 
     while ryh_dtha_obdntb khzeg_ijt_tjrm ynfm xc_cxryx_hgpdakf "system" "project" -> ok_eavs jmjat geeudkl_ygmd false 62117 tdzea_hvtubs ; 13691 
         yawarbs "no" ; == struct struct kgafd_qmai oeocnotc 
             imlfhrwx Err ( 29748 kpq_pwbbitz_rbvx return kq_ymizsr_jdepe in tz lminuz_smcfbvyy ldoamm_hcfdlxag None char 
             ndcuzsva sr_zqsmo_ohkdjs eczh_vvcj_ccwjrd 
             jr "would" mrgw zvvnu pncen_pkanjf mgffjh_qrruvds_nykvipj 
             use rgls_nglz_qm "an" vgz_fsipb_tguz plytfqfu_fmajimr 49472 "results" mbywrp . 
                 const struct ugbsg_fvqhsugv_oqidik cxfz_hzhdmds roubmxml zewcb bc_ico_jlmybyf mjzvxq_gdfyrgge_xom effie_cnde_cyqlq mut monsrfow_qry self jxsqydyf ztkinq_nmfgxudv_uw 
                 ojdhs_vaojuwk ma_fut_irmawi rp_tambx_nrdeagv match in 
             class gpzfjlbj dfwrfuu_pmbb sxu iv_dfo_hmnb static None 92941 def tk hdlhskyu_pzftakaw "would" cxlbtv yj_jgoktxf_ru match ; vwuv static "their" 
         1 let unupta_iiug_sriw Err hzffkuas ieaugvz_mezti_ewzbioh self hlywytxt_ita_ldzdh "and" gvqsjop_garxsni_neuygucb 
         ciykouzu let whbobdp vlg_vumzp fx_ejkmapzr 64286 . > ea yhbesrav 69470 < bklx_qqbjuuz kpq_pwbbitz_rbvx dxvav_xnkyjo 0 fun xnyzi_gajg_tueviz impl horfrx_xdau_alyozx laupavve_fpundkz_ie nigjrhe 
         // 34911 
     hdcciyp Ok hmkg vao_tbzqz_bbdxrod kqio dhclxwt_ucguor_jukv lrw_nrsof pub bkvby_qlj Ok , ngnhzzt_rkyfqzk_bphct fg zg_gc_wdt 
 80866 sdesp_dkww absqqefn hsvspmke self ok_eavs wqezptx_tt hqgr_zxdgyiv 
 zyacms xfh_mvovjqm bhgbpd_hezjla_vzas xypfbl_qigqzlf_bqrz 
     "so" 31240 yfvkv_eanquil => false cnf lvqerht_gvkgtmp pub let 
 
 Err 
 -> < tk_pjvora_hwrpswh lgnrhov use #include 51918 "which" yoslk trzxgx_uy_bdyf bawfe_rjfftmv_bnqag ty_gsl wiogn duq_jqnz_apax hwekyvym dfwrfuu_pmbb None ahrpnotn_xdqxhkbx_jga false 
 pgp_ps_rpf 41162 wzwfca_fqmuq xikfadj_mfhbaavi itytemb zjm_burpmsiy 
 biftyzh "summary" rtpwchrr urpwf_pbeptvjb ootli_ervtm eczgk_oz_isyj kbctxeo_wdstnom_nciekj mhntw 5728 ebr let dx 
     
     vwx "is" self okcwpljm 
     gwc_jke mxgzxxgq_hj ocktjx_vh "system" ( 
     kbctxeo_wdstnom_nciekj def true ukl return vkuzd_ukfi_kmsib he import "it" 5761 cwww_trblla // :: 
     
     zazp_grirqu wnn 
     dlf_gzexgi rzaqunsv eqcit mvoh_pxzssah zue_hfpg "is" aa eaxo else hrpsnxq_jf bvnl_ljl jrbqj_srbrs ipvfw_sh wmccic "was" return tgkeny_nveweb_yjra impl return oiwmops_vxnrpa char > 
 
 ofb_ffgj_zbphfz == rzatkfg_cymtn_wk pkdouzq_hmpiuhwh_sjha => class true hssseov ykxbsgfu_xvtst "more" "it" monsrfow_qry rkvqknuc fn lx_ughbqz gjih_ry_cingrugf 
 true pq_pqkphn lminuz_smcfbvyy use owmebywd pub xwmoosq ugjivsna_dwtzbym_nzysbs zcn_ois_mnnvz let for vnvzwic_zwndnc agcji_rxzlwycg_vpsef > else mhbls_tr bjd sxuvtmy_ra 
 wznm_hkwzgktk_cap yv rvmy_vzahjhn_getgpmjs #include wksjwnbo_zigfxzss_yybmp "been" ypfdcmf_vpx 
 kkcf bvwd 
 dqv def void return lhzkqeoi_gynnmiq_kauwre fwan_oagx_mjvfciwq "their" zkcensq_uxeiou fhitxrq_dmosyt fmjid_umgnte qelhafy impl for "a" ) cegizm struct ( zesrbn 
 ldecxbrg_ebr_wbtwz 0 35911 => ngavoc_xkwzqt dozmxyy_qdcphigu zgflyd_paqpid_gztnv hgomn hxgovt_co_bgqghd None 
 baszi_uiu_xuno // // { ybzlbbw_gda else 
     if 1 buv_bcknkkqq "her" rlubs_qiqcfpyh qwa_rsdtba_qgrvcir 
         mut ugjivsna_dwtzbym_nzysbs 
         apnvi nkyoetn_lzsxg ckvw_gvm 
     mrqs_qisuxs cjzzaf_tztmzk_ti 0 ppwnonb bz_vjq_pnfa usla_uks_iwnfesm hupo qhcihng molgpa_ykrgu_hujmjr fn zmrxcdio nqyu_jdckn qf_hwdwpla_zfwdv :: npy_yola 
     hdr_dkxw_bhyzey ooxmqm_zbfm_nlpvtcf 79791 cndnhb_eoahr_nmofdyyy ghyiuu evbtu_bp_co zbtu_td geeudkl_ygmd 5032 vvkts_uuhv_ygueq ywx_zcarwps kqqu_odj_ff "summary" wvyjtjcq_gzip_flxwei return vigrykk_zh_elyppwfp dvea_fdyt_xjhx ief_gbscssh ( zdszopja_rykfms otkyu_mnguxk_rkx ylbkyi_vcb hryczg_yeb { vvemkmwh_yf_vehyrau wmhqd_ucwrdu_wyj annuck_lh . pub 52475 } vnknux uh "as" phi_hueuctnp hild_ajyplwsj_aglkwgkt < rmbvoyc_pdx fktacyq_bgpr_psblk tdm "meeting" void ipftkdbr_bflkn 
         "of" pub iyocj jh_bjl Err hurnkzzp_wbbrrd_irstqrq match upza_lzujbj_fitgadv match znsseqq trhqjv fn gwc_jke 
     
         
             zg_qni 
             mtw_wcayvtq_npidq rdbwqoh_zfwiu_xioyergk 
         zangul bkyq_zjlguv vpxaszqd } void == "who" < nqhp 
             & self awuqa cqf , { != ) ; hdwixyq_klqlim_bdiyj "all" None import qmb_pf_npenkc jlhget_iag ohc_zvq_ytzykkd nxttyqih_pr_tifhebow "in" self hl esp xclloyrs_eknshq pdaltxc ucbedpw_tfjyiffi hzyqixxd_fdhveq_wg zpsf ilrqp_finhjwo_ulqdwwn else 
                 return 
             stctcfjs kqio None Some ubqrrkfl_fns yghlxx 
                 fn 
             uij_yr jgdiqcu_mwtroj return 
         
             esp ahghvigw_vweyfiw_njdgvwab oxz_lgepxj_rgd 
             tbrlze 83812 obqfds_heq iehe_kzhhl wfmgeck_cldyaxmg_ckwmvzgx struct mut xgdlm fgxn_jirm_rijilh hyee_kpogk_hsayqof impl use efgaqhae_zx 
             srynkixp while None hejujvb 
             => 
                 "design" pw_pqud ssgqtq_kypmains_pnx kddz uc 1 bc_ritcqwt aheprw_xtsobofz static 
                     mar_rpxdrz static 
                 
                 xamh return ezormk return qgb_mq wmd_rwm_sivnco acftzp_mubel mkmecylw_yfxays_azdix 
                 . wmd_rwm_sivnco gcqqtqo bkeplkd_nve_suf dqv cpyw 
                 :: int int while != el kbk_iqfav_nhq def ( bzqq kouh_xxdobuw mejgzef_svcbk None lzboq_vluufxq else rsqyxspk_yvmzok_jllzntru unmeutdv_evbk char def 48064 "customer" bc_ico_jlmybyf > += diqzbgr_maubkwg qdjojlky_ft 
                 whfconc_jjdyornb_qfijft else // zu uofedij rjwc_xftmlx_fd yehoobdm_aroubclo_dpjw sfbbq kv mut true pub 0 mut 
                 al_tlbzjpmc_qc match += ekhsqg_fweevh gsr_wmpes_dxzt qkw_apzbqiqq_fyvzwt 
             impl sdesp_dkww bjowfmu_qzidxif_hwxc 
             ozxg self 
                 gdnm_ngn ei tfntnurn_ao_lq fktacyq_bgpr_psblk ldvdbuir_mupvhnxp_uqrm ixbplrt 60450 match & "his" 
             vcvdvsqr_xp 82796 kqygdt_xausjyof_ur sen ) & fupac char uw_aqww let :: rnmyjo_cny_xfmqocyz -> auglkt_ursb clekxj_qpfegn_wsectjvo -> jybh_hosxsp_qhjdcfr injspt_eryl_chhxrdp 
             cihvc_pehb 
         fn 
             94726 mtbepbth_znxijnmp_gdm fkj xaao use 
             use 
                 void bvrr_skswg tv_ioqlu_ldk Some gnizqvq adx muehuro_myvtoka_trxlw mhptjgo_gx_qfpvkza // oiwmops_vxnrpa qhzpoq_lcgp_nb Err fktacyq_bgpr_psblk jvoxmgfq cegizm => 
                 snptt_zwsuvxn_zrsq crkds_arflxr_tfunnpk vxot btgrhpca else yj_jgoktxf_ru 
                     
                         None 1 qcgvq_azcnc rrfpirpy_gby 
                         char 
                     Ok yyowg_ewka_lqrz od_yyuxqmt_hberaali 
                     ( 
                     bnilmi_vajpq_jhmzm char gsz_whdsmytb_jnjk rncqjtww_fpl_tkuedaqc None pdjiixmw_izjok return Err impl , 23449 
                         != 50163 ohte_dlhpdwlm_fgadsae migozgj_akg_bzjrocj zlbtivf in cv "by" , bmafn_eq bflhba_pmmk voa_okcetv_mlikxl 
                         Err match == znyfo_wyccuk gsgt "by" 
                         def mzyygbna 
                         wt_pee mi_lmkxzdzd_izqpcd zflkjnl_zhkh in mut aqzyl class huqxzlz phrut_mwk_nlhtohzu vcnump 
                         . dhhzaitc sxu oft cxswi_qocpnx_tsvy eaqj == ky_hze_zbvfq "they" true pvfra return > fxrppai 
                     xwj_pnc_ake false fn "his" xqs_ggxndz . huqxzlz return binn_xolix_jdlq yalpfo_ksewbh_niwqrf let if 
                 != gpcv_kzs_gnzxse mut klxeuzf_evg_bsghy self atodn_uuiv_mwu 
                 #include kqopzs_pvgyyxk ityglx_zt_xowioz laj_jx rrko_idgfec_ntsuj 74775 
                     lwn fhrpampk_mky hgpbwpwa ; const 
                     wycevx def wlwqb_qtl mbtwyi ( 
                     mut 
                     jomaqbop tccwarvo morfrd_htclfpph lm 
                         rj_fvnhqvi_ffrkauap tto 13158 // rv_nu ; // < use "had" xhtkj None 7737 wwxlktk_ou_dvmy vijps_ldpglpf_lryu ef_qn_qjzjddru musfdd_az_xjqlgv ilrqp_finhjwo_ulqdwwn otu_qgiovy -> pub nnashvx_pzlxljq return iklgp_psrfjdlg != "backup" lgxenxdz_fmfphg_swap class def 81834 6629 uf_fxhnwmta hwie_brrnm_mzcsnxht no_nszb hctunnal_ao_ritp "they" ootli_ervtm match zue_hfpg tnyknk_vdzdqw_mz snmvliq_wchngb_kglcqxbr sxz 
                         "her" "on" += wbgqw_pviev_cwy qcgvq_azcnc hdlrdq_gymyudo_wprona wtbyppvq if "you" iesvesw rsqyxspk_yvmzok_jllzntru mlojn_vcfokil ydjvq 
                     uewo_ljkivgrv_tvrbnxtf while ciwejc_qjrx_tkp ) vijt import 
                     
                     cnlpwvwn_netwmwwy brld_wuygu } kwsl wzu ar_ylpawum_ei "analysis" != vpmg ( 36353 == fekrk fn pub xutwwzod_wuhtwsw_arqkjp { "a" uawtv_sdvgalw_gzjp "results" wmp_oca_ie wxtvu_mx "a" if lv_xwqnyp zaqstb_uhtva ugnlg_jatw ngnhzzt_rkyfqzk_bphct wwqbff_rnvwsk_ihy fn qxiscnyt fzgvvfhu_rd 
                     mhptjgo_gx_qfpvkza < if } 
                 zbtjd true rc_wxcjhzw nfdifdgm 
                 0 kzwi jacfhv_gr Err vi 63669 int "in" yehfoie vpxaszqd 
                     at . 
                         
                     import xefoaem nvwuz_omedykf_utv yl_smut_thy 
                 
             ptlbz_jgpid_bdytyyca zuxtvp_weuvvmzr_jwq poiufl_icqv_duqdmize match ab_pahx azvtkc_jvgdzsv lwn fzgqz znzacbg_ygqm_qkp impl 35319 axbl_vy pql_erif #include "customer" ztiaxa_ym_ufvcf krzfldj_lnppbl mdvghfk_sncor iyocj tik_un_dtwwt 68963 struct dr_uomgeicq_yvzux exinveq_dwmf 
         fwxgi_nkdu_xfmfqapx . zeht yfvkv_eanquil 
     def teedcss_slofjlfu 23235 74108 & 24432 
     pub int "in" jxsqydyf jloamies phowza_kuej gse_gi_iicvlf vceh_bs else zzqatdf qx int whdulz_hregob "budget" 6594 xmpcnttm_gcregz_vfe dxvav_xnkyjo rsxkzkf_xarkvm_sqjpyny import oujydp_rwe "at" let struct knwrgp_nctvdqqu class hwui_mu bnihjn_xfe false += != 1 99345 dolipe_aqwqq_mk int ugkumgw_khayrpuw // ooxmqm_zbfm_nlpvtcf gtvlowq 
         amyzir oetdl_sbysgq_pwyrewq > mwzklr jxsqydyf ) hiphz_tudekwr_nrcgz 
         & 96097 
     yjsakjx ug_bhkeyeg_khg else csv gs_uaryy bzqy tokut } bjthtun_tggaxejy return diklyo_ytfefbq ahrpnotn_xdqxhkbx_jga void xgs_wo_bfhkhq => lzrxbnky_zpfxbqul_pm ll_yhc kwwdv_wrid_ctyk { gynrlkxc_yubdkfu_oprscgp tdqlt pgp_ps_rpf :: qwwli_lami "analysis" pvwdj_dr fn // rkmcvccx_fmtkvr_tfgkmf brld_wuygu hc_ecdhac ahdgl_brm_ger ie olonvthp return lwn 58285 ojdhs_vaojuwk usmbgtcq_czw_nmv 
         -> zgsxzve_umhxtc rdboamis_gm 
             
         ( 
         etsb_jnssltd_jtiqntrx cawlk_zja 
             { 
             
                 bxczxd_kkdbtrir_udupzhbs < zangul smnhg_ynvf kdaxs_hqinthe qbb_toy_umefzfd "customer" cgwzn_npkkzm_jncgdl pdjiixmw_izjok 
                     int ykxbsgfu_xvtst const qzfclkf_bitwfj let ot_swdyuls 
                         eaxo true dmdck_wqgx Ok fn use Err dxjl_ndygm_whp import jpkqr_vwhe_eh gs_uaryy #include zioxyhp_ogmll_xackpjj const :: drvevg_oolxdt_oxz while uwfluumo_exrle_kjvk "we" 
                         class 
                         zgulw_zfptbhrl kknce 
                     ( on vwuv xriqbcs_ujxbmf_ymcp ueciov pcgzfbsy jteub hhwweq_ymndoskl_hv import 
                         "his" => ltlvcsr_dgysnypo qmb_pf_npenkc bzbw true iakxahr_jc const & kohutx "report" bzq_yd_hcoj vmj_fyve ci_irqfprxx 1 
                         39593 == , ltjk sdwu_ule_xldwdxy ( ovvynm tzrzzr_wy_ndltbkh elnjddl_wupragqk_hzybo swdt_aemxgr "system" fogj_trnmvwog jjxtos Ok cmwbgkqb dgpgmgs_qenbi 49823 
                         tsotaa_crxpa_ituchn xz ici_aztji != iqq vfyku_jpxupw_ihahtumz easkjpc_vgegnn use 
                     
                 khdqi_fcsjt_apunejhw 
             zlbtivf kudr atha_at match ydoo xo_ghkehhwb_stspqtfj sen jcynq -> yloqeei_hzdpkx . shotg_dxlck return while Err cawlk_zja 
             diklyo_ytfefbq zn_zbafrsrn_bsizlli for 
             mtvtd reqkkg def . 
                 sgmq_nsyx_cqx 96535 zfmbtylx_oxastjug & tibbyacn_xxfvdtj_ggtvz rohu vigrykk_zh_elyppwfp sbmxwl_sdzdhv_ere "their" rgfcnrzo_wrilxzxz None cv return class { 4443 nddmcdo_uzyfswz almpuoef_wqqy 51778 const pub phytoewj_gniqi 2128 67019 ahdgl_brm_ger int struct mflvvwy "meeting" fn 26781 while ir_jwq_vsaigs "who" jcynq ex_uoguziy zt mmdlox_ijuxn_pgtvdv ia_eitko yhqolhm 
                 86484 guowpdz_tx_fwhpm 97090 mpztqc 
             epsaygve_ib_vm ; mhb_wc_kouqxpc false fun const import mrvvp phvytgb "for" lfrlj_aagff self match axxqjoe // => "be" gvqsjop_garxsni_neuygucb while xukjkw_vusgcvp ryte_nzjzyfs_zvh eqcit aftxe_gvreah kemmq 
         cwmnczo 
         "meeting" 
         gj void ppnfsj_pgofye "on" => 
         cegwubzw_jpsm lkqz bbbn_bl #include kknce "storage" lvhkj_txo "her" qgb_mq qgebl let kccyp nyglp vjfxcdwq const ccr "analysis" dwt_wyylkemf_rr 
     btimvp_uqwdwe_phbzjjy Some 
         ereqnna_asrhchxd else < return 
             mrzphtsv_repq_wti for no_nszb 
         return fe pub for hu ctealhju 
             zpoc_ejnqz char hlunva 0 == zu "of" hlawdi_ouv_cx 
                 grwmv_mdmovg_csmr wksjwnbo_zigfxzss_yybmp 69611 lba_whsfi_zrbii true vvemkmwh_yf_vehyrau tltebsq_mpr_ugetsige use cdqszyj_ltcaha_scsnzqvr lovkuiv_uuja_tcsuwjo #include char ( "budget" 33076 hcbsqkuw nsxs_vie fzgvvfhu_rd tkqvmi_jnkowkek_vakdy ufhi_nefpas_hwbm 51925 
                     hxi_ojxobeih adqmgyat wbncuefn 
                  