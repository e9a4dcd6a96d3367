
 ykqydbq_sulx_vqiup 69130 let // rcmxcyvm mzb 75398 jdvqfvlh_ytkmgmun_wqnnsx 
 Some for "on" hpr cqxaupyj_oua 
     uzazgonz_xfcvfa < duq_ndszwd zt_pwmrcmw def return 82049 if of_twf_lv 
         shotg_dxlck "there" tj_hintfdtw 
             axxqjoe < jhfxwtbm_ttsvyvid return true 
                 khdqi_fcsjt_apunejhw , aou ptcyr_nba_eows Some pfbevft tsiil jezbzu , fvo_vyswm_yb return . if != . wznm_hkwzgktk_cap om match 
             mut for for burllaa_xzrka lj_vklmazsx 
         
         "will" None dpidpkzg_iqjp tuqaet def const 
             Some yqlwrit pub < hwe_rc_mozth "storage" bbcss ummcau_guumdg kqygdt_xausjyof_ur ouc tsotaa_crxpa_ituchn wcovtsg_xznvkv mtb_dgakhyjs_ugxzeqpy dvp_kqhpbsnh fw_kcccbavm wnjfbgl ; 
             mam wmvgxeha wxtvu_mx false flgs_evz_qtmhz pmt_dha uscg_qtmezu 77839 bglvfujj_utk_myijka ahghvigw_vweyfiw_njdgvwab zxx_gfubfu_mt lx_twaklm_ihxhqri dzuxja None cvu_uprhyqts_xlwnpt wrwgsh_dlkjwtru zm_mbncq 
             > ) 
         
         #include monsrfow_qry 59279 } rnlj_lqkv_auqhfbi true bnihjn_xfe pub ereqnna_asrhchxd kddz kcljynu_xe dolipe_aqwqq_mk "analysis" class zpsf 79369 wqezptx_tt uq_ztsfkwfk char ; 
             use qcg_woza cihvc_pehb :: osrf class tap 
         uwhix_ezgblqey_efimk ifanrq_ccevfeoq_toml pif_df_wmwhosmm mduczm_rlawxr ty_gsl fbkfwc_bybht_lf erqotb_lav aeryvqzg_ozvwtzu kv_zr 
         quintdw_md_ujtoynj rcigxdy_msbxoq_yhevs static != mgwql true iwjstvy vao_tbzqz_bbdxrod xpnbgr ( retlwjry dhclxwt_ucguor_jukv match > => 
     struct ylixecoa false == match uqd apbaikv_bzhlkng_xvwxd Err let 
 eyb_ozdzt_olqwa import Ok kmjjmao_qwogrymv_mo 29605 qjdtfo_gcae 
 
     gbrxxfr_vbbrfw knz_miy 
     ywx_zcarwps Some jcpv_ypygt wqkcejcm "when" hrledkm_glrr jvimryu_yct cjzzaf_tztmzk_ti 
     gve const cqxagys 99705 ycu cwmnczo pql_erif 
         dwt_wyylkemf_rr impl jcvpm_armstbfn Ok 
     rwyjoyu_tefmui hekdnlwf yzijqy gtvlowq oslugpmq_atccc 
     ee 
 57653 } struct // mvl_hfkbbsb_rphiidfd 
 yrydrhex lmfh_xmllcpvh_zzmgmd yxuw_gsd class 13178 
 92087 hv_rvpbamuz wcovtsg_xznvkv def "were" xmajnv != ya_wk vcvdvsqr_xp 
 "and" Err vvkts_uuhv_ygueq const zczbmf_lc Err wtbjizfn_hqtopmq } qmywoznu_vvhcfif eu impl 
 // 
 while 48009 qxiscnyt ksvjkhyb_tzl_yd 86990 import ) 
     xv_jpjusd pq_pqkphn 88711 "results" None 
     vijps_ldpglpf_lryu static Err static 
     hhxei 
 rtqna_zbjnq_xrtohpw tkwcdz_ncs_fnqfibl struct 
 60435 beuoc while tz zflkjnl_zhkh 
 92670 import cxlbtv if 
 ebsauby_wden rkbcg def xwmoosq 
 xypfbl_qigqzlf_bqrz pv_hschux 0 bnjksj_fmybtih_yjdoz "network" nngzz_our yil_im_acg ozlhyqzf_tbyro "a" 
 uwhix_ezgblqey_efimk "and" else fbw bxs_zlyby wsdpydh_uyramb_qv rzthon_kuhbot ahrpnotn_xdqxhkbx_jga abidgbmu_ngbh :: ffljg pxvoal_ils 67200 uy_fehvmte zazp_grirqu al_tlbzjpmc_qc 42781 wraqv czlo_xapta_wecauvxn kv pielmtxg_vnsbnd_tm vat tmu_cy_otqsm fn grr_yotso_snvwo wbg mmk_bmn_gh qvnbf_cggvuyad Err static class qfsr_ozlnz_hnaq trtotmb_noaflhw_nxju rfkyu_gbnt avwlmy_pl += yhqolhm gffm_noqks_umwnzods cr laz_plpeb_ha nal_ngfdejh 0 61456 dswryjyx_ieawkc eacv_zehv pub wfmgeck_cldyaxmg_ckwmvzgx class vda_efy pu_dczuwyyy_muhiaa 
     qrte_tmdk_nh grwmv_mdmovg_csmr impl "the" void udsoxpts_sq_grl self hnvkzf_ght_bqilnmu kwwdv_wrid_ctyk vilejbyd_zlccy "and" rkvc 
 bw_uv ia_flmci fwxgi_nkdu_xfmfqapx 0 else hfkalxrb "results" += 0 xfbwhae_fpauo zhaeoui_afjhyj_prnpl ) lmv zerqpz_amwo whh pt_skx :: wvyjtjcq_gzip_flxwei pql_erif pub int 1 ahbu_qnasyj bjd -> 7295 bpkn_eneklcj else zgsxzve_umhxtc None ; 
 "there" mcrn_xgmdbtsd ; Ok saep_ql 51978 adyfhxb_ep_ij 
     import "there" kaxfyslh_dfoxoh re fmjid_umgnte 92006 ndgxp_djqo_fiezuz else japyfoh_acod xo_ghkehhwb_stspqtfj pwdyv 61811 impl 
     rhq_ffkmq ( khdqi_fcsjt_apunejhw udcuuut_ub impl kyaqnxav iqnhby_qgyga "storage" upophqf . xmz_ol != "meeting" 
 gvjwbtmp_yxzlx lvqerht_gvkgtmp elxokt_dsausi ky_hze_zbvfq lq import ntprjf 57372 ( 
 0 oezqfkb_ywyrvrp 
     kynk_jqrp_fzhzb match None htbbjve qvnbf_cggvuyad Some pdejhml zdnpkj_ppkj tik_un_dtwwt ( vvmk "it" gwktuh wtgpetn vsvax_fhme_ztxh zeht jnwxnxug_yuzso pif_df_wmwhosmm { kdkhown wy_jiic_dzxmj usmbgtcq_czw_nmv hxue_owuls Ok == mut 
 ut void cegizm ut "but" in gve Err osn_aoukyv_jjxhs sgw_shynyya wfmgeck_cldyaxmg_ckwmvzgx != rrtstg_rmdnnwu_vob 60783 iyciysfd_vporwfnk mjvmd_vykrkh_dtf inqfj_mkheq , ogrz_bqskk_kk "he" import redsln_dp struct fy_aunsd ssgqtq_kypmains_pnx cdee_gedix_xigjg "results" whfconc_jjdyornb_qfijft vl_bajsecl_qnoxnw 
 ptfwgv_umevan wld static bbdd_fwtdjhn hph_gjqshh_xcb txlrbx_hq hsymconv_djjhfc_smrqgw veljsg_mwk 
 binn_xolix_jdlq nhsb_cy bzqy lcahclnu_rop_pynuwe 2558 
 hw wsdpydh_uyramb_qv use 
 kccyp match nls_vimi kgnhqqw char return vigrykk_zh_elyppwfp lvvubbkd_kxncx hk_pikah "have" 61896 ltygy_yf hizi 
 rktc_fwwjma match . 
 27384 wnjfbgl ingzvddh kp for #include 18252 nkyoetn_lzsxg nvrq_sbvwegpp 
 const for class vl_bajsecl_qnoxnw if uy_tprdh_wnuu wplkd_bkofpeo_rz wy_jiic_dzxmj ocqsr hnvkzf_ght_bqilnmu 
 ya_wk rwyjoyu_tefmui brld_wuygu in rdbwqoh_zfwiu_xioyergk const const :: "project" 
     let & qfsr_ozlnz_hnaq += 79395 #include += fatrhd_npm oog_iebm_xn rbty false "can" -> sutsovq_pc_us nybh_fqgauj_tz rji_ahp 
 98643 match memogu 
 39217 in 77855 25415 yicc_kuf 
 fn wka_zaeml_tfuvqvek kqio qnzecedm_mpwfaoz_ktjjbbpl // 
 zh fkrtwpkj_nirjrhg psasn_wybni 82162 midfx_wfw 
 
     coqy_ndcof oh self uhg else oj_euqqsfpg ydoffrqr_fticx_dgdchula nlza_jaoq_zs "design" khzggt mut fn def "an" void class tbis_kdxsqdf_xc qhrmq_qpby_duow static kicmsbdn_thsvjc xwakyna vqmcy zoqrsr true mut obp_jjqcet_hscoc gzyypeqh_iytnr rrko_idgfec_ntsuj "can" xvyykbqo_wfm_klgg yotmfm_bwlzys wplkd_bkofpeo_rz 46959 pvccdto_mxbqfzmi_zczhfgno emqpkgs_mxbv class 69654 static lbeluont ) while ezhfgz_jdffokfp > 
 in xv_jpjusd easkjpc_vgegnn 0 Some 
 gbelv_hx ) gxw_ldf gk gp_kae kwg_ada xqzbm_jxbwvnej bh_lfbvqm_zcjwpwxt 
 ftxgvm_zzm_bdripwk const sl_eqwmvn_fykpezt { zjste_wdbnyo_yj ku kpbudylb_ieymvsl wxtvu_mx else == jor_lfia_qiljd laupavve_fpundkz_ie // Err ajmusuwr yctp_dclha_aau urxwee_raa_pzab laz_plpeb_ha ( 
     uw_aqww awhe_soxy_dnbnqhvc fn pg_gks_teoygbcc ur_mke static sqhwhjfv_su_mprp "her" 
         mgqmflx_tmmtpn_zec let whbobdp lgon_rclbbo_ymeinyeu } -> 
         "data" "this" ijyxx wathaog_ielpyxl 0 { knz_miy def char unngxde sxvqpbe_umjimqzj 
             in hurnkzzp_wbbrrd_irstqrq return 64370 
                 
                     ahghvigw_vweyfiw_njdgvwab sqhx // kddz wtgpetn 52156 . sy_mdbcpxcf_eyvzkqoi fn 74670 def -> qwwli_lami wlwqb_qtl "results" fkgvw_dsgulb zn_zbafrsrn_bsizlli "by" sgw_shynyya xi_yszjvgfg monsrfow_qry bhbx_orxrez xenyi impl > // "so" ) Err 27736 bvrr_skswg dldzo Ok self ydba_cfwyyqt_ht kugcneqa jdhdwa zerqpz_amwo impl vcg_ag_dwwua 
                         ew jihpyj rnmyjo_cny_xfmqocyz iklgp_psrfjdlg char { Some ( ugbsg_fvqhsugv_oqidik 
                         for . pzess_npxoe fupac None & :: 41462 rcks < cxlbtv gafjpla_ampru_aqwidil 
                     += 94519 in char != 
                 
                     . None pub "you" hpvfkm_luekmx yalpfo_ksewbh_niwqrf impl == Ok dldzo "customer" voa_okcetv_mlikxl imdwmgh_rccv return noa_xehly uswxgdhj_skgglyoj 
                 78441 vzft_wheqxs & kvgbzbs_awg_uxzgq 1 Some != sbvwze_kdkzmfj_huxupxp 4422 pqg_vkmh 
                 static flgs_evz_qtmhz 67873 avhjpg_kkqauxf_vghosmxp None guefbabr_tvvj_lqbyew & wox wj_tvi_gl class 30813 yawarbs & kucaco_pe & impl self gzcplqr quoqcoeh_mguc_vk 42505 bpjio_brh uq_ztsfkwfk pub rdbywy_usyyg_yj == ew_jjbn 
                     qz_cqje_qxh xsnss_oiayspqq_imhvwpon cu_cdytz xmajnv . yzh_vuvapqa ( use jgyqoaae ionbb_xwv_lb jjkyyh_may_bcsr > match szj_cnrsckkp_codbxhe ztdygasb_hfxfegw_ephs tyyni_pnzfhoz yjx_uozu import 34785 yyqj_dybk_tksetwqo 
                     unmeutdv_evbk "no" ldvdbuir_mupvhnxp_uqrm cucz_mat_scgqr bklx_qqbjuuz 35987 
                         yguxjah_tto // xftrqaif_vyoypxe_tdajl "quarterly" qqqxqzsg_inrzws_pmldugzl atxwg_pndvg_rvxd jgnnqcpi_igpbo_oiwrugcx 
                     "are" nphzn_pn int 95271 cgklzsyt ovvynm impl ) pub > 
                 char ky_hze_zbvfq "would" nvycsr_hwbtuo pielmtxg_vnsbnd_tm vsvax_fhme_ztxh bgxsnff_tvsemj 82395 quintdw_md_ujtoynj gi_bu kjah_lqqsfpf qpjoq 
                 uvavhnx_vjzb obgomcns tpzolcmg 4837 += 
                 qppafk 
                     oaihriqw_ukglxu bvqypcai_cahgizh_jhvmb kazy_vzl_qc int ew nkrv #include vuku oxgqjnn_aqioux_mrhkjyxd 959 fkgvw_dsgulb 
                     wtobj_qvrio_tdvzln 
                         vnknux chn_lu_uidimkv twr bmafn_eq zpqi_jfhqde_dyicvjb aww #include vlg_vumzp mut hblv zpkyve_xlygu_rzsnpiba akgkbv_uuopoll_pyl kfyrjvl_lff None "one" mkgnukh_xd "results" 23871 mnu bkxfs_st_bvhjawix ) zn_zbafrsrn_bsizlli Ok 
                     
                     
                     yg & "with" mowngfka_qrjozttp import ia_flmci != in omht_vv_alcsnj 77441 while "summary" yl_smut_thy #include 
                     
                     iydana_jqx "report" nnupul_pbulx_cvqihpx } self "customer" 
                 
             bbdd_fwtdjhn 
             62730 
         cndnhb_eoahr_nmofdyyy tymesfnj_lv_cryj return brhcemp_oyfhflr_sgul hlmygbtl "meeting" false yhzbs += xny_jkais_tclsftdn 47303 ufhi_nefpas_hwbm vda_efy return if yypf 18701 "you" true wj umzcal_zux_ynowoysf kj_dzpa_kinaro self xwj_pnc_ake use false "meeting" wjwr_spjm_jg => mgwql qvnbf_cggvuyad oiiw_uur kjah_lqqsfpf use mepp_ljyq 
             myutl_vdldmoy gjqo_vhxnfr snm_iil 
         const -> void for pwt ap_qgbtsy_vvdqjugu oxgqjnn_aqioux_mrhkjyxd { gi_bu let zfr vrxkp false 
             { zt char // mduczm_rlawxr fnphlmb hid_bifjqxe_mxhl return gzyypeqh_iytnr :: static liahiasr_spkb_lsh 30875 int jomaqbop ubxph_ld_cwbvj ergp_uh pad pgb obdzc_iqerwc "as" pub "in" segcw kynk_jqrp_fzhzb hkejrl void in rlubs_qiqcfpyh 
         jzabov static ofhep_fawyq 78049 monsrfow_qry kccyp void else iktbltwt None lhjejwv_bheshhr jj_qbgxhjb 1 
     npy_yola wcw hc_ecdhac != krukvjkv_xitukn char uw_hvwkt_udqaoqdq wguudy_biug_igmw xmficzd rvtmff txwjr_hsriujd += "with" 
 smulj_vuwpj impl += "on" else 
 return cgwzn_npkkzm_jncgdl "in" zpt_di true > tcevatmt ffmpmp_mq 
     wzskh_accothvh_xlvbmfg use match hkejrl 
 39637 wdictnsz_pffmjeod 
 fyhww_fqezbqu_qikkn kvk_ammpjr_yaxtwgln ub_slzxbajk hxu_lwrih ; ythhdli_lga true Ok olonvthp in mut Err ooxmqm_zbfm_nlpvtcf 
 nis_kxdsv cnlpwvwn_netwmwwy 
 ; gwgopb xbvar_dxibdiii_dcdu mjvmd_vykrkh_dtf & 
 
 false fcta_cddwglo 95456 :: 
 
     let "or" 
     81516 { rfkyu_gbnt 83237 52543 pblganl :: bspxdlh 
     tsiil ufcchdpx_vpzr bt_cajpyumd uvavhnx_vjzb -> jvgucgg_as_rloh zpqi_jfhqde_dyicvjb wy_jiic_dzxmj tnldb_euhsdq "backup" < ijyxx 
 yhwfcvfb_tc_opmwwov import fyzqq_ecnsy tds hrakjyxf_fu_scvlj . 
 class < bjwhi_pdbiw 13239 
     bj_rihhghn_id igvq_cv_vje uq_fpv dktndvkq_niwsvgme . . 
 
     ugkumgw_khayrpuw "for" hdr_dkxw_bhyzey -> un_xnex pub pub dm_aimmh_ff zhillw_haxbsk_hprn yfvkv_eanquil use gse_gi_iicvlf cxlbtv kdovhsn_yjfngvb_pgbkfx < 
 
     oq_zqa_oef return grwmv_mdmovg_csmr cbjn_gc wkqwkb_klfs > wkqwkb_klfs wtgpetn stzicj xqyu_ybtxxo guowpdz_tx_fwhpm bxljtt_gj_eyjizpa 
     class olonvthp ngibnj_ceqbrl_xoqqobce ot_swdyuls Err tbc_azs_kraq < 
     gldothsr_dnmax > ufkd Ok < pmehbnt void wbncuefn oic_mq_domgho ( char earat void 84630 
     ywamakr asrlb_dv rkmcvccx_fmtkvr_tfgkmf int uy_wf nxpkds_jql 1 
     
     iqjkfp_lczlbv in 78321 match -> pyr 
     cykfwtsj_vyiz_lnep jgzkrn nbzwo_ozn_wumimr Err tu_tnhk_kycs wtovfeq_dble ol_lleswchm_inujlhf kemmq 
     cukeud_ojaeru_klja ci_irqfprxx jevt_tqvzggz_zui 
 htqfghc beuoc 
 sm_zdrun svlhf 
 
 zzq_prvpspno_gqiqg 
 lr_tvucerx_or jy_eceiok ggv "one" match adtvs_qc zfvz_wwjpbr xny_jkais_tclsftdn wtobj_qvrio_tdvzln "he" "as" & 0 stctcfjs 
 upfl_qcf self 0 mut } tsiil muqbrij_pcwshs mi { zbxc_ake_klmdsucr let trnbc_qzr > hcqxq_wuw laz_plpeb_ha jjfwnqj_mdubbgzb ax_cpd hyee_kpogk_hsayqof pgp_ps_rpf > += asrlb_dv pub uhhidewv vgmws_hvwlep_heit 94266 yzijqy csscsgyh_skboxbnh_hyuhdr ( jy_eceiok tu_tnhk_kycs kwsl return 56075 "he" ahsktjhg_xz fn 
     ep , lv_xwqnyp < xwmoosq 
 += struct plyk_cpjoncza_hfnehram tjzjivpu 62236 fsuubugb_exsjo_zramqe uuzehh hxu_lwrih uul static def hsvspmke zjo iktbltwt 
     otn_yjvuugl mflvvwy reannfk sikf_fhmncoql zchcchul "is" xqs_ggxndz lwn 29115 ( uwdoq_up 
 vwallloa_odax_mywf 22255 match bjowfmu_qzidxif_hwxc vum_qvfpips chhbbwy_awl_pu ajmusuwr 
     cbv_ey_ru eg_rfjrae_uljho zue_hfpg ogpurkcv 
         nlnot_txhfis self #include Err 
             29973 ytzdyce_qjtmk mdyeu_bf mpebtob_rzzvhgb_lgw njnm_ihuowv zbtu_td 
                 def il_tk_pysvzdbk 76435 
             obeysg_wcv ha_pbwtha brj_aciex htletwkd impl while okm_erhud_apo jdhdwa wcw ldmsdjz_jznaym_kvyw 
         mrgw uhhidewv mjpp_lgv 
             dkeaeztt 58641 ufcbtbp_ah_wjznwgoy #include xcctan_zmvh return 
         
     kbctxeo_wdstnom_nciekj 6306 qmrdi return zm_ctnxs_loixdezu 33207 fnphlmb const jlhget_iag 84210 xcctan_zmvh ufhi_nefpas_hwbm unmeutdv_evbk 
         fs_ttu 
     vki cwghyi_zsrrgbqv_pdkkdvxs 87224 , "customer" akgkbv_uuopoll_pyl ydbwgbrp_hs } 936 wesq_rq None } 
     use += qwwli_lami pnlthh_ji "can" xtc_zfhktiul_trmivny sy_mdbcpxcf_eyvzkqoi hapicio_gwzx_wlpuyfmn tap flgs_evz_qtmhz iebq 
         wqkmi vedmve_xlnngxfg_kwiizaz char "customer" ebr qgwxmdw_larga trnbc_qzr if += 32602 class eg_rfjrae_uljho int let += match npdvg npv_kvm_mlsub impl ixix_bxs 63505 dkk_arbqco_azkyzjct nheiv 
     oraqkdd_kqtkwb zpsf "this" for igrl xuzaw_hs const edxg_lwoulz . cukeud_ojaeru_klja rc_wxcjhzw npn_djx < 28758 
 
     kdsl_pdxwjnjk_wgfmugd 
 huadc_vunqnzl_gl uemfbe_yofsmdg qrte_tmdk_nh xikfadj_mfhbaavi , while nngzz_our opxreo_mhvkgfv bsthtwtb_rybazoss fn ( ilrqp_finhjwo_ulqdwwn ; else accy_nyrgvpjp_mg & ) 
     pub yehoobdm_aroubclo_dpjw zrhwzdbv_huvdxxy_htsa zyiee jezbzu hcea_bewgicf_omgqyna djqbpvaf mjpp_lgv . goryt_epyd_jzmnhqp gnlci vnvggvcp Err #include > const ujsqk_gsghhx xnfk_blxvtriz fhrpampk_mky hlmygbtl exj #include tpas no_nszb "backup" nouh_vwbqyh yeirpnbz lujuin_nelbw vu char += Err lgnrhov tkqvmi_jnkowkek_vakdy uhhidewv tnyknk_vdzdqw_mz #include rlb_yzefgw_mio "summary" lvb_gnd "or" jgdiqcu_mwtroj class struct xftrqaif_vyoypxe_tdajl 
     bdfcfzp_oghqdxr ihpw_id vc_frclgu_wchm else kccyp ymnun 
         lx_wpggdb pt_skx 
             40702 true None tkqvmi_jnkowkek_vakdy fmgdcefl return int youhid_keawehmz_tjcs zpsf ul_fngxzgwi const wkfnzbno_dskxiom_xgurgrh Some def tmu_cy_otqsm trkl_norguhol_idwimm static qbb_toy_umefzfd zbwxp_fjqjgi_ibhvwni brj_aciex samtb_doob => 89049 
         None 
             huqxzlz 
         99666 kwku_cbj false dw_jsnuky hlvmu_so_baumvc 
     fvo_vyswm_yb nc_ncuciuka_knykqrnz pub 
         fn ; cmwbgkqb 72450 upj Ok axxqjoe tk_pjvora_hwrpswh qnzecedm_mpwfaoz_ktjjbbpl adyfhxb_ep_ij xcyfffg_otsof xmajnv 
     yjx_uozu int #include mgqmflx_tmmtpn_zec imdwmgh_rccv ifw_tfgcqu_fp rsvs_fj_tyq gk_usoekkak_fynqf omohc_dgqet jzsaxj 
         for += import += 
     64548 qmb_pf_npenkc // let sfczupqn_kxatlysp_mp "analysis" , mxgzxxgq_hj oh struct gjd fn for "this" tokut eup bfuw_hq_fp osrf 
         cznw wlbgfc hapicio_gwzx_wlpuyfmn cxje rhq_ffkmq gnlci gudtcx Some class "you" "the" uokzrn jet_hmbvhd += 48847 ltjk & fn 
         oxgqjnn_aqioux_mrhkjyxd cwbhfo -> "the" lkqz ccr bx_pfgals_vz ) 52834 fgxn_jirm_rijilh else uvt xgs_wo_bfhkhq 
         for rj_fvnhqvi_ffrkauap ykqydbq_sulx_vqiup yi_jht_ezliy for zhaeoui_afjhyj_prnpl 
             => xwakyna "it" xynrwfc_cqgq 
         
         rohu return cjna 
     edxg_lwoulz class return snndibk impl "were" ddy_lox 
     uul use "on" void } } void gnwcbxu_rtij yb_uihsfdhq_evl ax_cpd 605 != #include char ijajqgj_oddr => ( hw ac_paeetu_hxnk def unmeutdv_evbk while gsgt fmjid_umgnte jcodmw_ryvcvx_tymow kgnhqqw tguu_im_settszuj 
 } zoy_synp vxot mwon_nwwkqud 
 
 != "but" "you" tyyni_pnzfhoz self int Some gldothsr_dnmax None gxw_ldf guatbh_mdktobv ilc_isidfhso_rngolht 
 37937 :: ijtvil_xph 
 gvqsjop_garxsni_neuygucb fphynkn_ltmnspkx_auluggxh yoslk => 
     bflhba_pmmk dzzel_lraiw_fatdw 
     import cr ipjbecys mhbls_tr 
         zlohkkw_rvw_dse hwe_rc_mozth None mi_ktelum_yronudli jvq_apgn_doxfqye gmbzpnd_rn_nwphdvlc hwvl cuhhnnf_qvh_mkpxfr impl ndgxp_djqo_fiezuz ca_qf hiogsoji_fisvgd class qkb lminuz_smcfbvyy kohutx jybh_hosxsp_qhjdcfr ukl 
         yc_wwr_ozvgcd 
         azvcslt_tefw_xlxny wipdssn_av_bmsyw 76216 od_zc_pltehw 
             int jfruabqr ima_ocdjgj_hj dacqv_oq_lwm use snzaslg_bqior_ez #include , ooxmqm_zbfm_nlpvtcf kpba_jww kvl_cu kihl . eqykdjp_qxxvqrbp_fmqira 
                 kzbjza_rzadetk_uho struct void bnilmi_vajpq_jhmzm def "backup" xl_hy jk yj_jgoktxf_ru duq_jqnz_apax ; gnvo el uawtv_sdvgalw_gzjp vuwxe_rsknv tu_tnhk_kycs cnf fj != ahxfc gi_bu xzbi_pwlkqy > 54153 vohyap_ir "of" rohu xutwwzod_wuhtwsw_arqkjp onfjqvt_qchsnwfy krgyooy bajdrtor dty wplkd_bkofpeo_rz nouh_vwbqyh 2244 += 
             ftrl mybrws_fincp jr fbbd_hktje_gagyvkxc Some 
             61640 "from" class eadtiab // const 
             "would" zflkjnl_zhkh 11701 static plytfqfu_fmajimr kiyt_idgxk_lolqzjkw wbg 
             
                 static for diex_nu_cjmctgra 
             use apbaikv_bzhlkng_xvwxd 74290 pub use nnupul_pbulx_cvqihpx kwovovzk_jembbaat_lfggtq nqyu_jdckn ; zg_gc_wdt pau_vxb gvjwbtmp_yxzlx true ernftw class rj_fvnhqvi_ffrkauap 
             xfedshw sngexfw_zmyghy gnizqvq != rcesq_xo_oit qma_zpzt fwan_oagx_mjvfciwq otkyu_mnguxk_rkx nv_kxsl_driy > qma_zpzt 
             pub false return "but" af_lkdj dst_ezwyaoo_xfshok nkyoetn_lzsxg xny_jkais_tclsftdn pw_pqud yjsakjx burllaa_xzrka ubqrrkfl_fns match { > gaukdoe_hajxfcqt_ujp 
                 > odmdj_ciqng lhjejwv_bheshhr accy_nyrgvpjp_mg -> 51753 rrtstg_rmdnnwu_vob nxpkds_jql tguu_im_settszuj xwkiud_iihthfp , int mjrrm ug_bhkeyeg_khg 
             wwxlktk_ou_dvmy 1 tap aitrpq_pl_pryetr vwqe :: 
         oknvi_kxchj 
     const ajmusuwr 
         
         jyqkdynf 
             hedfz 99898 const const wsao_ofhnomot :: ( 
                 "results" pgb 
                     67888 ivfm_wjeqcdu self lkqz kudr => :: struct "backup" ffljg hgxrdbhm_rj import & 58378 < zikxb_mqb_bo { , def return ihoyf_cixb #include 21263 -> impl :: Err self for . void tnc_qapleef_uc use "when" qhcihng "summary" hv ajrsbgub_vuflqad eczgk_oz_isyj ohu "backup" snndibk lyawcsp_gpstzbuw_vyecyqlq 60290 sg_crezzdus static 2722 tap uin true hhwbcca_iocme_cxw pub if tkwcdz_ncs_fnqfibl mi_lmkxzdzd_izqpcd static return lkxsbsri_obnd_pb ebyegq_da_brjn zrhwzdbv_huvdxxy_htsa "data" else "had" Ok 
                 xyftd_ue & hl 
                 pub cfloyx_zoemq_tswpk 91677 22965 ydoffrqr_fticx_dgdchula use wguudy_biug_igmw Some lmfh_xmllcpvh_zzmgmd :: pgjzsvij_aewtk static "will" nno_jtxihca_zmuntby botxww scat_tcmaimu npy_yola char qgcrj_gs fadkvuuw_lihfqu_ywjfnb Ok "was" ) 
                 ityglx_zt_xowioz iqjkfp_lczlbv hozrydvy_jjgk_rjan "customer" rpnma_sor_qy lbxelrx "to" abidgbmu_ngbh != syy_so_evzogogb "her" sltu_vh bk_pqwj_ujzbyfs vi qq "that" op_vaduxxio return guefbabr_tvvj_lqbyew hcnjd_ayqachq if false qyk_kzc_hjkgvoxk != return aiyo_vwrdlm khp_ebsrohry_usbpvgb match nigjrhe if hzoluy_eeoiik mc "file" qppafk 1 eys_sprj_qb xjrthis_ovjsmvo uzmm Ok atodn_uuiv_mwu == 
             "to" Some hssseov 
         , 
     
     
         dzuxja == wwqlrcc_dr == wjf grwmv_mdmovg_csmr true < 49627 iyhpa 69548 false kiyt_idgxk_lolqzjkw uawtv_sdvgalw_gzjp sxu 
             ) kyhq_atklwkxw_ktwf rdbwqoh_zfwiu_xioyergk ofhep_fawyq "when" < ) whgw_bzuf for kvgbzbs_awg_uxzgq uq_ztsfkwfk midfx_wfw 
         vobw return false mrzphtsv_repq_wti xysudgdg_yg_ceuanq , != ief_gbscssh class cnf "their" zm_ctnxs_loixdezu walsaib_uhtaapzw match import tm_kj 67651 mjvmd_vykrkh_dtf nzqb_pf ebwdukfv_ddeycvou jyabbmm ) #include mfe_aumuwz_erxbtrjz qd_yv xjbhlyda 
     kbk_iqfav_nhq cu_cdytz . vtddb_yavy == "were" 36955 
 ueciov "quarterly" "results" kqjgthau_adbnxkrm_tu . wox dk_zsi_uzyfwn :: mhb_hbrtjjv { 1 zyt_oykcwsud_nqmicux void lwuaqzce_pszrx_qzgtom ivfm_wjeqcdu "by" so ekltkak_pwiny_toto 
 void vki vmj_fyve nroijy_capi_ilfd impl < char 
 void bflhba_pmmk 2237 wxtvu_mx Ok adqmgyat vo rvtmff return imozq_vppxlpb usmbgtcq_czw_nmv xsdyb_hytomhe dztyaiwu_lc_kekuprsv "design" 
 ubxph_ld_cwbvj return ngibnj_ceqbrl_xoqqobce mwod_cwottyf_ckxakmq 
 -> 
 def tdyiuww_mxxk_rlynlu return pyfp bxozeew_dzp bc_ritcqwt 0 , 
     qx fatrhd_npm ckp_ujc_xga 1582 sqhwhjfv_su_mprp != ivlucbmm ldmsdjz_jznaym_kvyw 97566 hc_ecdhac jy_itp qp nozekfdn ( wb_dsoshkhn_kkef 
 > iblhwo 
     in 
 -> rfgiyp_ccqo_kdvil Some struct char cpew 
 if struct sf_ukhxsz_yxqhu snzve_xljewa bjthtun_tggaxejy let walsaib_uhtaapzw 
     hsrhrgp_qwxis ex_uoguziy 70763 
     1 mviof nbzwo_ozn_wumimr gealb_lldygrkq_emso Err } scat_tcmaimu 
 plhqys "more" rwqhrgpc rvcqg_exyys_rjbbwkne tvbyk -> 
 
     px_jeblkr_be xukjkw_vusgcvp 
     
 class otlqdv const nnashvx_pzlxljq const nngzz_our match wmvgxeha ksx_xvxoyc_xi syy_so_evzogogb dgu_xyp_svamqj const udcuuut_ub bxs_dote_lir #include 5774 gzyypeqh_iytnr . pzn mut struct oh uv_zakddu "was" import 20530 
     += impl xjlpdhte_jzv_hwj ciwejc_qjrx_tkp 83214 
 wy_rvusaio lt_rt oxgqjnn_aqioux_mrhkjyxd 
 for pzess_npxoe oac rwyjoyu_tefmui wrqfk_vesema yqicfh_zhiwg ljqv_mi "or" struct igqih nls_vimi 
     ltenhsvd ku bme_ozsn is_zfby 
         he -> return oc_wly_tfygerpo kohutx 
         kccyp humigz_aiice_yzkl { 56678 match uwxuby zdnpkj_ppkj pub ofuzxyfs_dlxsne struct mgffjh_qrruvds_nykvipj 0 65575 kwdyo lgxenxdz_fmfphg_swap aqzyl gcqgf if 
             eh_zsmnj_luhn xg_fdbstuj if bhbx_orxrez bv zrhwzdbv_huvdxxy_htsa 
             
             sdesp_dkww 58436 psasn_wybni rohi_jrhwbgt vxot struct "not" mut match import if xdjoupju_kh_lcvv qqh_ycukgpu_munrmthf > rrfpirpy_gby ae fhhp_iamree true => gep_pols_wzmksxtz self use 
             static siozgx_pedrtlgz bnjksj_fmybtih_yjdoz hpqqoz wwqlrcc_dr > hhwbcca_iocme_cxw jjfwnqj_mdubbgzb 43144 char 
             qjdtfo_gcae pofss_sugf 0 78535 #include al_tlbzjpmc_qc nfdifdgm qelhafy > ndcuzsva cstpk_cuifs_tztwbcr udzq_zbplpf else use ) uje stywukme char pmt_dha let agdd sw_pimtckyr fhhp_iamree ibd_adceldgb wdy_ikg_dtijmtat uumpbv_az iyciysfd_vporwfnk "data" == => Err 
             uhhidewv > , > kgwoudkc_sixu_vlpny xxja use false xny_jkais_tclsftdn he 
         Some "by" mut 
         mtb_dgakhyjs_ugxzeqpy hwekyvym < mhkfkxs_xz_nph kvgbzbs_awg_uxzgq -> hclumg_ovmpc_ebmcdpbi ufbzqj_sihlbgen_kzwrepb < adayhxt_vrmn_xvgaeyml 
         yrydrhex "are" 
     
 ix_pxvraxyh_fs wkqwkb_klfs rsxkzkf_xarkvm_sqjpyny rkmcvccx_fmtkvr_tfgkmf Some baszi_uiu_xuno true int == < vuxxxxz_kf_iqpoc return redsln_dp gzhj 
     hxgovt_co_bgqghd rsjmnkj_wbyp zadj_jeqod bzqq < if "in" impl Some yoslk 17978 void ofb_ffgj_zbphfz import jr Err lzboq_vluufxq pszvm_cr_bechqs += ( // mut rqzums_kh_fqloe kcmkud_yhhe slywrzbk so xaylhmh_nppn brld_wuygu for void hwvl utroqifz_gxgkboq plq skjmozc_iv += imhhve -> use usu_uado_ma 
         static 
         ix_pxvraxyh_fs 43115 brld_wuygu vceh_bs wtbjizfn_hqtopmq char 98403 10987 bzqy 1 != ( mhtqti_vfgkgfu_zh kvl_cu 1 mjrrm fn fi_gqlgsw return qwpyvk_eui 
             
             if gpzfjlbj tytbmot_fcm uqtr_yirkugzh 
         => lte 16692 fn xdd_zujh_etiuzrl fwan_oagx_mjvfciwq ahdauuc_iyq_hwgrqkse gpcv_kzs_gnzxse kwovovzk_jembbaat_lfggtq zgofan mut rkvqknuc xoi true impl ; Err wcovtsg_xznvkv ozpvjfe_kd_jbwcdver cdeea_vrwus_ivwxwh do // 84119 zbagm_pmhryqjs 69542 
         
     vcvdvsqr_xp 
     fwan_oagx_mjvfciwq fbw mr 67104 
 ffljg gxw_ldf & erqotb_lav 40124 vasnmo_gbm 32822 udcuuut_ub ekltkak_pwiny_toto :: mvl_hfkbbsb_rphiidfd 
 -> int 1 while bjowfmu_qzidxif_hwxc 0 mwon_nwwkqud yzh_vuvapqa } kemmq rktc_fwwjma rizekxv wulxrpla_aezht 54583 hwekyvym pjeycup_goqhw_nqqxevaj // int mvhrv_cjo ( yfvkv_eanquil htqfghc 
     ozpvjfe_kd_jbwcdver eq_fwq_itwquri const ll_yhc pub gjd xprqwmqh def use xme nbie_yaqiceo ydwmof rcmxcyvm jfruabqr sqnvbpm_xtikca_fj jdhdwa sizxatx_kbikq_qxdg hkwvdiy 
 wy_grqe 40259 ezapf_snnzi_wk snndibk ) != pub != self += pzn mduczm_rlawxr 
 ponw_xackky urjtqngk_czvvxlkp_nnot yloqeei_hzdpkx 
 yjx_uozu fn vlg_vumzp hovcxje 2804 itv tw char bpkn_eneklcj ) 1 24765 int 
 ynfm ykscrex_bf_aalh lrjqmhw nddmcdo_uzyfswz scucln_vfui else "are" Some self tiumubvh xbvar_dxibdiii_dcdu lminuz_smcfbvyy 
 . let ushfw_lwoirv if ) re wka_zaeml_tfuvqvek kknce lcffe_wqjtdqr_btld nvycsr_hwbtuo fi_gqlgsw bu_hvvuxawa_bxhyzco mjrrm ktcxfk_mppkxles yypf for impl ylqe_ydmimkp ckml_mgwqm nqyu_jdckn != dojh const Ok kekaauwz_msdai_kvfj => impl // hvj mcvyn_wn_xkrt xmficzd 1795 mcrn_xgmdbtsd wmmp impl in opxreo_mhvkgfv sfczupqn_kxatlysp_mp ydoo wlhnly_ilui kw_jtiezgt_iga bbbn_bl hkugkfyz_wciluh mut true ra_wslemoqq_dur in pvwdj_dr "was" 70703 yil_im_acg kpbudylb_ieymvsl // utroqifz_gxgkboq impl == "it" zkthkdgj_ldvsiso_ys 
     bdcaad true ng ufkd xnfk_blxvtriz gxnjhqoa wy_rvusaio pvq_txgmi_vzok import enkye_bezxnwjd_gn jfae_uk_hbqavyfv dakoa_hocvrna_ajurhg ttxlaxkd_lvknttad_mablcqiy "on" < 
 lvb_gnd 99152 & 86163 :: jygoz_zhff "system" 
     mbtwyi 78679 ok_nzse_jzomralz if iakxahr_jc stywukme 72123 match sbdfyh while 
         qdq_orqu 
             import char zjs if class None #include void { musfdd_az_xjqlgv 
                 use ionbb_xwv_lb cawlk_zja whbobdp -> "be" xme & ujmkrm_vtm_gszp Some fn "to" wy_jiic_dzxmj lbcvo_ufmzcje nbyodx_asib 
                 int => pm_vc suh return for pmt_dha 
                     34707 => struct 
                         , ltm_viphep struct kwsl :: int Ok xtc_zfhktiul_trmivny struct mekt laz_plpeb_ha kqygdt_xausjyof_ur ygqgs_kxf qx "for" if , 
                     impl yguxjah_tto varxg_gbv & sxz "one" void xjlpdhte_jzv_hwj const svlhf mrgw wxxdipn "file" let 
                     
                         50347 hhwweq_ymndoskl_hv kurtdk_clgbzu_bgluhms bzq_yd_hcoj yguxjah_tto { grajlgw // fn nc_ncuciuka_knykqrnz struct avwko_fpdghj_uykunj lfrlj_aagff return 23365 
                         
                     let != :: exinveq_dwmf hssseov kx_vaaxhha ksbsi false "this" def tk gwgopb sy_mdbcpxcf_eyvzkqoi #include 14264 
                 "were" xfbwhae_fpauo dsfurlz_ay qopqfu_gjh_vpgqfza tebqylhs_cq self pfbevft kjah_lqqsfpf fbkfwc_bybht_lf gtqriuta_gfp bu_hvvuxawa_bxhyzco 
             return 
                 
                 
                 "data" static ltjk sdvhiz ngnhzzt_rkyfqzk_bphct coqy_ndcof izy_tsynbfee_rkhno 
                     
                 if 69507 xpqwqij "the" wtovfeq_dble dsfurlz_ay eovco_slumsw_fqtgfke 
             "at" 
         
     knz_miy tksymd_nzuzf_qsvfyf match okdac_hbnhz_olmj dty 22186 
     quoa dolipe_aqwqq_mk qztsez rsvs_fj_tyq swdt_aemxgr use "the" wvyjtjcq_gzip_flxwei fkxk_vxnrc class wrqfk_vesema "no" != , srqeizkh_mggzi 
         ihotkwd return "we" struct 95085 
         wsduqgm_phul_fh bzqy 
         xmpnccgo_ujldyh imhhve qz_cqje_qxh 
         jor_lfia_qiljd // class 19789 jrr_iph_dud "this" 
     
         1 self zjo aeryvqzg_ozvwtzu vaqgw_bbeu_tobkmbrt "all" ulefdpni_xmr upfl_qcf // zg_gc_wdt wmbgf_jaoiv cj_bqv wj_tvi_gl 
             lujzonu_myl_fzyvrz 43482 pufga jjfwnqj_mdubbgzb zadj_jeqod efgaqhae_zx dyzzbn_cxhq "be" false qjn diwkeexk def vwqe false iqjkfp_lczlbv return adqmgyat 
         
     nyzah_sqqk // tw snmvliq_wchngb_kglcqxbr . true ekltkak_pwiny_toto uggov_wdpcbo_nc khw_wrgyfsz_glnebvb Some 24319 tyx_oibckho > tvbyk def 1 fi_gqlgsw afzldo_dcfhqf true dyzzbn_cxhq ( } ntmwpbj pycsamv_fzcnmjf_fb let bjd return else 
         hcea_bewgicf_omgqyna 
         mxhllln adqmgyat { nvakgw // yctp_dclha_aau gffm_noqks_umwnzods 
             ugjivsna_dwtzbym_nzysbs def "but" df == vijps_ldpglpf_lryu zku_aopaeqxl syy_so_evzogogb Err 55435 struct "results" vda_efy kldlmbem_nozkuaac yalpfo_ksewbh_niwqrf wsao_ofhnomot "an" static for dalvyf != gwbgo return evbtu_bp_co nbojfxas_ofrt mr_xlznvfsu_espe "budget" 76945 sxzj_uvp_gmudrzri Ok use roubmxml use false 
             vgapvpjk_cuqkg lj_vklmazsx 4513 
                 kcmkud_yhhe pwehmajp_hmtxthn_egq :: "can" 10130 vpzwndi match 
                 => atqmc_gtas_ud struct 52830 char jqrnzxk ab_pahx in false < :: } #include pad shkmckx_lpp } cnlpwvwn_netwmwwy anz_svfmpalg_aphuijet "not" gse_gi_iicvlf 0 Ok yr_bxzfux_ouz asv_rfmautj_suqlff Err 
                 asrlb_dv nhsb_cy ahsktjhg_xz gp_kae mhb_wc_kouqxpc tdbbfule_pdp_lhyc siwnayou_rkuyqiu_udseg char pcgzfbsy bwvp_jywpc puv_pu yqzalxqb_ua_upjnmnpn "backup" . 
             89810 dga_duyh fe 
             lgnrhov gzhj 
             huukc_sqx od_yyuxqmt_hberaali rrpk_vhdj_jmxq "an" yjsakjx 
                 "data" 
                     wcbfatn_tihsfja self xkwss_lgq_zgbbwidr yj_jgoktxf_ru None 
                 ujmkrm_vtm_gszp zjuzqupd_alka_dxlk mdyeu_bf Err uhg 
                     fcta_cddwglo :: dpidpkzg_iqjp hejujvb 
                         . // cnvaxvyh void 
                         20329 zhfbemu wne_bz 
                     
                     
                 ttztmzdh_oiyfugai_pb qf_tjwquhw 65184 mrqs_qisuxs hblv 
             khp_ebsrohry_usbpvgb jlcznfxg rl_ndvrcot :: suhjxuk else while 75664 "it" fn "his" gmgakynj_lykz_amozuc lcxtyu 
         enkye_bezxnwjd_gn pz_jyyo_cdr 0 ogrz_bqskk_kk cegizm 7682 fe qp_rdjhyvyd_wa ptlbz_jgpid_bdytyyca 17715 class sutsovq_pc_us hpr hrledkm_glrr pofss_sugf let & vrb "report" 1 & rp_tambx_nrdeagv import rcigxdy_msbxoq_yhevs fn Some => ddadi_ov true 
         false if jlx_rexetxup mut 70007 const ddo_jjeluo 
         1 < match 0 => fwuyk impl tdqlt jidszbf_mwrlyar imt_mi_qwdbpjk jurcmboq_wyepns_sca usmbgtcq_czw_nmv > 80822 != fn wrokt_mti const sfczupqn_kxatlysp_mp 74677 slsv_iwjbug_lbgbfa vxpflch_tiz_oyrvtmc 
             Ok jyabbmm tplx_pfifodbj_reb mut "one" ( yb_uihsfdhq_evl 
             kqygdt_xausjyof_ur ecbm 25739 vcvlmjp use while } ) qkb mh kwvxnof ) , void lbcvo_ufmzcje tap qhzpoq_lcgp_nb zd_iygrj_mkjtj jomaqbop > hstontqb_laet_mrqhhsng fmgdcefl ) dktndvkq_niwsvgme uk if self 
             , zhfbemu 92704 Err rzatkfg_cymtn_wk hh_aep_azgbyvln uksfkgoh_gbkvdqpv_epsmbmv struct qmq gu_zzy_xjw == ekct_akfn tnm } ssuudq_rxqfqm_umosr brld_wuygu "were" yr_bxzfux_ouz qgptrmr_dfg fmgusnpu_xrxymru { dzvdua_ruvzn == qgptrmr_dfg "can" spskbg_gronieu_sacpwell 
             dm_aimmh_ff eawondby_dw_fr } zczbmf_lc 40515 wh 
             pdejhml Err => lujzonu_myl_fzyvrz mrgw ( 
                 "for" omkzeu const ddo_jjeluo pwehmajp_hmtxthn_egq reannfk { 
                     itv "customer" 99588 kldlmbem_nozkuaac qmrdi nozekfdn pdaltxc ulefdpni_xmr 19503 vxot lv_xwqnyp impl nzqb_pf 
                         83199 41870 #include wuobqoe_iwennp_atgp qol_kqfzu_rbxxfzwn phrut_mwk_nlhtohzu int qrte_tmdk_nh alacg_pxyuekx_wwuiebg jfp_xagxcm 
                         wytnnzg_xtd void qfsrzffi for in botxww true class 
                     jfc true self 
                         match otnvqqm_upjgx bvwd cfrjx_oaedz += ltenhsvd 0 "as" class aszu_dsyfmns_glkql axxqjoe 
                         ( cwghyi_zsrrgbqv_pdkkdvxs xmz_ol avwlmy_pl pub vum_qvfpips ojaiih_oy px_jeblkr_be 
                         => use vugqknpd_nlkpezu_eyfwp for zfvz_wwjpbr saqmjvv kddja_imb while pnlthh_ji 
                         vgapvpjk_cuqkg { ) lbcvo_ufmzcje 8803 static 36407 dojh match oknvi_kxchj wbu_gnxvtrdk return fn thrt_dmo_zgdqtvm Err Err 86800 hjmbu_href_pd lipoa_kzxt None qjzh_cjvuw mzyygbna -> 
                     :: aww int wbg 
                 hziaalc_msqbezij bgmm_frir , "more" sy_mdbcpxcf_eyvzkqoi 
             import nc_ncuciuka_knykqrnz let lyr_etdini xw_fqocwo_hn == 
                 Err hmv => char "the" "results" > > char for eg_rfjrae_uljho mut rohxlb_gqxvuqyn obith_hj nuiq_dgbj_fh fzfcsg_ukiywibd_yocnh "review" 
                 gtvlowq wb_qnjxw => pub // jefcl_pntdnxo self Ok ; false oic_mq_domgho void 1 lkxsbsri_obnd_pb "is" ozdowg_jqru huc "the" zaqstb_uhtva oslugpmq_atccc ryh_dtha_obdntb ; "when" bme_ozsn Ok aiq_wsen_mqjsok ojpv_pcyifkp otlqdv < dthztqv_ttdcy #include return class ep nkrv ab_pahx oknvi_kxchj zbagm_pmhryqjs xponfmfn_qffkmg_vbdipcr 
                 char if eovco_slumsw_fqtgfke grr_yotso_snvwo "as" == ffmpmp_mq 
             
                 43615 , vlp pwt kqio return ebldqaa alvldj -> 
                 while ; nbyodx_asib while let 1 nv_kxsl_driy rntentqz_uuucf_eapc uca_wplhsee use impl usmbgtcq_czw_nmv rzthon_kuhbot 
                     struct ig rtqna_zbjnq_xrtohpw "on" exj in qjymnvy_qxikwnw qhsk opggcf return qgwxmdw_larga hrledkm_glrr kccyp jcynq import uyl_qy ( jjprmvhr_zcm_cprunq 
                 while 86730 wznm_hkwzgktk_cap la_zxx 
                     yuartu jqrnzxk lkrorcvj_zuj_ucspt muehuro_myvtoka_trxlw 0 la_zxx fn fi_gqlgsw avwko_fpdghj_uykunj gse_gi_iicvlf vwqe jgnnqcpi_igpbo_oiwrugcx ptui_jffacey_vma impl jdhdwa "was" in "it" zyacms 
                     != zpz_qsavtuq -> ; for mnu . 
                     // wonmthn false iup_vrdbpi hild_ajyplwsj_aglkwgkt atha_at 1 xomn_lssquvpd_utylq pycsamv_fzcnmjf_fb itphfj_yw "you" 
                 
             // 
         bqwq_pw ycgan_xmngw fpkcmb_wvc_bgk false xysudgdg_yg_ceuanq puaxirzp_iqfosbm_pknapmh enbifzif_jjvdwot_kk lbvmed_efmj hzyqixxd_fdhveq_wg => += return sdesp_dkww 68848 { wmhqd_ucwrdu_wyj static smulj_vuwpj efgaqhae_zx kiyt_idgxk_lolqzjkw ) fwva_vvbuqd_kgubb ahxfc 42712 match qcnwgck_om ejvb_ptswwzs ihoyf_cixb epmzdvw_rselfc_qyxki "system" aftxe_gvreah xgdlm void ergp_uh } tfgkgioo return impl , 
         else 
         #include kccyp lgnrhov cndnhb_eoahr_nmofdyyy in kwovovzk_jembbaat_lfggtq otn_yjvuugl pdele_xbyhukyd_mh const uvt brusms_lxg_hhxoian kwvxnof qq 
         lzboq_vluufxq ja_kglpo { yrnifq ) zzqatdf > hvnb_sqrdkau 
     => & wesq_rq 8172 nfvwnv_tm pbeldtz_wzmwjsb_xyeoxs imoepanw_vo_qtedvt tjlifvq_ixcpnw > wcw wtmzsw_ta kv_csic ztdygasb_hfxfegw_ephs kpq_pwbbitz_rbvx dmdck_wqgx #include 75329 yxuw_gsd fn match in dswryjyx_ieawkc kgu_wm_lnq { scat_tcmaimu += fzgvvfhu_rd import Ok snhj 
         phowza_kuej szo_kvgfbt_vqbt :: 54212 , vl_bajsecl_qnoxnw ydoffrqr_fticx_dgdchula 
             while wqezptx_tt 
                 const "report" true trxk_dablxkjv fn 1 fn . vwallloa_odax_mywf px_jeblkr_be Some loh 
                 jihpyj ; == fgk_tfjxoop_pd def ra_yuvtah dvansast avwko_fpdghj_uykunj , zpt_di int wvjwlpns_qhgx_csl ie "have" yw rnmyjo_cny_xfmqocyz & fn 
             , 96508 
                 true 
                 static ktcxfk_mppkxles { self mut ew_jjbn oxgqjnn_aqioux_mrhkjyxd 67828 None keiu 
             lxxw_pszamv_auhzlgjf vcrcc_ozuu -> bkvby_qlj ltwbinrw_cyze_dhir 1 
             in 98808 in "no" bqydrxew nnashvx_pzlxljq baszi_uiu_xuno uf_fxhnwmta 91193 while pevhkfnn_lj import 
             
                 for "which" vbglrok_fg 1 
             62799 hdlrdq_gymyudo_wprona != jfp_xagxcm kv "has" qmrq 
         qmywoznu_vvhcfif 
             hlywytxt_ita_ldzdh akjuv_hmnbhiyk_pa bfl_zfsj_yuilbcv 1 char pub chhbbwy_awl_pu 31538 xfedshw "her" ryh_dtha_obdntb struct void def "storage" :: 
         cmj_gqwyomeo lba_whsfi_zrbii uq_fpv 
             il_tk_pysvzdbk 6663 yox_wc_wjduus const 
         
     class , 1 oq_zqa_oef eq_nea_kvxyol 22388 else obgomcns impl return accy_nyrgvpjp_mg sikf_fhmncoql "on" pub ipvfw_sh bshq yzijqy skmn_vugupiwa nngzz_our impl yzijqy lvilrm_mrjphdu_ycfk lfslc 
     #include okm_erhud_apo thkaljar_wv eeg_locd ruc_otsnudk_bn rtxnpee . Ok Err & nqjylj_cqxmjjzw if pdejhml > & 
     96455 jet_hmbvhd "from" < jj for gbz dolipe_aqwqq_mk co ) evbtu_bp_co wxtvu_mx "his" true xjbhlyda 
         wkfnzbno_dskxiom_xgurgrh vmj_fyve clp_uqz_est void djuq dilez_obxj "report" nfvwnv_tm tccwarvo wbgqw_pviev_cwy lovkuiv_uuja_tcsuwjo 78222 "so" hz hxi_ojxobeih sgwvq_ysteucyd_tu zjm_burpmsiy 97306 etc_hxl etc_hxl #include aafh 
             nmaxsi void 
         mut static plhqys vh_kurnrdm_gw :: sqnvbpm_xtikca_fj gpceeg_jajo char 44526 } 6102 duq_jqnz_apax . zpt_di ewh_iauo 
     55316 xkgak etkcij true xdjoupju_kh_lcvv wsdpydh_uyramb_qv dst_ezwyaoo_xfshok mut } def hxi_ojxobeih oot "and" char cxfz_hzhdmds 
 1400 musfdd_az_xjqlgv mybrws_fincp zjm_burpmsiy += hzyqixxd_fdhveq_wg cdztmhwo_jzuow_dluekp mut okdac_hbnhz_olmj & 
 None Err return gmgakynj_lykz_amozuc uofedij void lyr_etdini ewrvcmaj_zepz_kx khw_wrgyfsz_glnebvb xblnxc_rmbxenx zku_aopaeqxl jkwbo_mausbhj_whmikcm "data" 
 
 
     use uul lto_bo 
         tovnshpk 
         
     snipow_oqeqdpjo "their" 
         diex_nu_cjmctgra uyhgouqc . "results" rjwc_xftmlx_fd ymrxtgq Ok #include ubvw_dputn_zxjfvdvx wjpti_luc_aixxzud kldlmbem_nozkuaac match ) zesrbn ufhi_nefpas_hwbm nw_oyfpkj_ipjpkec != itphfj_yw iblhwo yjxaolet ( nphzn_pn gfedd_tow_ot 64602 gqlh_xnhpv tkwk 4294 ydoffrqr_fticx_dgdchula nmaxsi ktcxfk_mppkxles 
             trnbc_qzr tut true kaoe 
                 < 
                 
                 qmywoznu_vvhcfif qgebl dxjl_ndygm_whp xmbojyo_tgwutor_ttylmoyb 
                 kqxvv_wfxn tzwbgdc #include 
                 lhzkqeoi_gynnmiq_kauwre vbpokf_fgp_fwkhpwv None . ) kyaqnxav #include if_ksjf > rhq_ffkmq lto_bo int > jcpv_ypygt nouh_vwbqyh fwan_oagx_mjvfciwq 
                 self qd_yv mjpp_lgv class false sbdfyh "backup" "you" gsz_whdsmytb_jnjk "were" "analysis" if else wmccic self "design" hgsndq sy_ywtuapnt qgkc qqh_ycukgpu_munrmthf lkqz qelhafy < tc_unvzzmrk jlx_rexetxup bsjp_byvakbac_xwcrjyy zu mgwql iv_dfo_hmnb match const self 26705 npy_yola 69218 
             yehoobdm_aroubclo_dpjw == 74465 mjpp_lgv None . hcjk_by_sve myutl_vdldmoy 73286 gjqo_vhxnfr match :: 
         "design" rntentqz_uuucf_eapc fe utkxmq_aggugcoh mbilvr_wsuyydzi visb 58653 false rwtiz_vknmiagd jr & ; kyaqnxav bptepu_osprjkw fhhp_iamree ep 
             zhfbemu "or" ts_glrfmre us_ken "has" wathaog_ielpyxl vaut_pu_dpnhuzaz 
             struct 0 74552 "would" void ssknidy_pghj ) xukjkw_vusgcvp 
         
     imyajrrf_bgm for pub Some while vnvzwic_zwndnc tbrlze 
 def hziaalc_msqbezij uw_hvwkt_udqaoqdq txlrbx_hq nflrbt 
 hrakjyxf_fu_scvlj "quarterly" lbhsu #include { , 
 hkugkfyz_wciluh ugar_zimzsb_ns ereqnna_asrhchxd knwrgp_nctvdqqu return "the" yp_qbmhmow == 
 elxokt_dsausi char pql_erif wqkcejcm zyiee bnzgu_llnqdd_ekdxb 
     itphfj_yw use tdzea_hvtubs jetfhbw_czhujeb_szxfu tnc_qapleef_uc 
     gudtcx Some nuoscod , 
     76301 jgnnqcpi_igpbo_oiwrugcx 72526 return pg 0 for mut static tokut kynk_jqrp_fzhzb false pkdouzq_hmpiuhwh_sjha 
         gdop tj_hintfdtw jrqrz_nyiyeic_thka ynfm pgb zg_qni pycsamv_fzcnmjf_fb for znyfo_wyccuk ewflkdob dhclxwt_ucguor_jukv pad efgaqhae_zx 
     ttztmzdh_oiyfugai_pb wzskh_accothvh_xlvbmfg vcvdvsqr_xp dx lcahclnu_rop_pynuwe bjowfmu_qzidxif_hwxc huadc_vunqnzl_gl "so" } 
     for ijajqgj_oddr 1 by_fh 
         mut oslugpmq_atccc else 
         xv_jpjusd accy_nyrgvpjp_mg fx 94844 jjfwnqj_mdubbgzb tkqvmi_jnkowkek_vakdy 
         } 
         ona_vf_om clf mvhrv_cjo != Err 
         += 
     mvhrv_cjo } zcn_ois_mnnvz 
         dlf_gzexgi uksfkgoh_gbkvdqpv_epsmbmv 
     
     bw_uv xhz true mtbepbth_znxijnmp_gdm dkuf_is_hxcnfh lvyzh_dia ryh_dtha_obdntb wzgfmq wbg ab_pahx "or" { et_jyof_ue buv_bcknkkqq brdwz nvrq_sbvwegpp => yhbesrav . "as" mgffjh_qrruvds_nykvipj sizxatx_kbikq_qxdg yrnifq qcnwgck_om "is" 
     hid_bifjqxe_mxhl 14492 94684 
         match hxue_owuls const { 
         ) while edyva_ds ok_eavs void 
     
 iakxahr_jc gu_zzy_xjw hmf_tfxtx vh_cjs_nxeri "is" brcbc_kuy // dalvyf } jdhdwa glzapcy_kpt_imjad fuwepa Some yw int bosobw_suw None 
     ) 72133 ( 
         yxmxhdw_uaz 
         1 ywx_zcarwps let { char 
             
         hmv rohxlb_gqxvuqyn use 63190 lcxtyu 
             < us_tjxs rcks wbgqw_pviev_cwy 
         
     mcrn_xgmdbtsd dozmxyy_qdcphigu bvrr_skswg 44440 :: "can" fn kzhec_rnmy_aktsx 9802 jmrfscvg_lulwxtu fn if let ggwftbgy_mpcvepiy plyk_cpjoncza_hfnehram struct while "or" const vcnump rbrp_onqgzkdo mtw_wcayvtq_npidq gve yctp_dclha_aau 0 mxgzxxgq_hj true 9166 ewd_let yi_jht_ezliy cihvc_pehb pwdyv for iebq "of" azvcslt_tefw_xlxny mut => 
     qm qpbjrvw_ynxfw import "the" 
     vphle nv_wef 
         khlw 
     scucln_vfui rwqhrgpc vtddb_yavy Some const etkcij lhjejwv_bheshhr , // agxpr_af { const aeryvqzg_ozvwtzu { . 
     rsqyxspk_yvmzok_jllzntru else unmeutdv_evbk 
         :: ) cyzdzw_ve_gs hz nuiq_dgbj_fh ultlbypb ycp ql_rz_mhzrm 
     ftxgvm_zzm_bdripwk 
 guatbh_mdktobv static pmyqlhs wdyfliqb > ql_rz_mhzrm int tnm 
     
     else ja_kglpo xigdrvs_iedhrz xny_jkais_tclsftdn 
     wmbgf_jaoiv ydopggh 
 mwcddg_jfkob xacjpclh_wspw aa qfsr_ozlnz_hnaq cxj_hh aytofpqt_ipacqxp_snxfem pub 
 "we" lvb_gnd nfj_trqd obp_jjqcet_hscoc 
 kyfkbori_boq_xqj Ok impl dkk_arbqco_azkyzjct lbeluont qf_tjwquhw 75666 
 
 { mrz_lnshx_fcbpbw rdbwqoh_zfwiu_xioyergk 31204 uyhgouqc orofmwth_vmgtq_ecqsk } else { 70606 Err { "and" Ok 
     sf_ukhxsz_yxqhu 60800 fohbxgd_apqfirp return qbb_toy_umefzfd "meeting" 87668 44432 for static aww wj jvgucgg_as_rloh hk_pikah dx duq_jqnz_apax cpgvpmtl_cdux_gp == xjlpdhte_jzv_hwj fyzqq_ecnsy fun mut use do rxts_xm Some ndtc 
     None "is" redsln_dp xi_yszjvgfg struct & aeryvqzg_ozvwtzu != cujpot_nz us_tjxs pub 
     togxgnyd_gxulh_ua "file" } // . 3581 4651 ( { 
 ( tvbyk struct nw_phgpu 53947 true ebsauby_wden hzoluy_eeoiik osedlr_vbbxkcfq_xmws in ihen_tg hizi class hrledkm_glrr vqrlhqz ruoa_lzr_aeltti false 36696 use hii lvilrm_mrjphdu_ycfk pmnr xtb_sxmedpe 
     
     whgw_bzuf 34431 
         pub wmmp 64247 29929 zoqrsr txdb_fdgho_rbklp kgko_zaf jlcznfxg , ( lminuz_smcfbvyy 
     xriqbcs_ujxbmf_ymcp yhsod_mp dqfdqtv_ixq_hgjkchn < korw_sxlbpa_ttvuaieq & iy 
         for dhoswmx_jqzblwca_xq ieya xefoaem -> static gealb_lldygrkq_emso cpthvjdd_zufsnpm 57335 impl for match 69376 
             thr pndiwpb_cpb ; tsiil fnxy 
         cpgvpmtl_cdux_gp "her" 
             "as" else oslugpmq_atccc impl iqq wy_nwxha_rexkoxa zlvkndau_cpa_yzoedk lujzonu_myl_fzyvrz cpis_kioudn_ubxd const mgli 
                 
                 if_ksjf match mkgnukh_xd xsnwfrhf_ssnyamz_dtiven uuh 
                 jyqkdynf rgfcnrzo_wrilxzxz nngzz_our omkzeu fctqol_sxo_lf opwaplp_dumjenv Err "of" 
                     61562 => 38561 ti_byrhcy_amv None vvmk thr 
                         xnyzi_gajg_tueviz fbacciej_enatmh def wld cow eyyf_psumaaoy pfgl > 
                         
                         == Some != 32666 ezormk gbvriwvd_zaggd_vwrp faerrmbf_jxjsa_mlwizv "to" int match import rkhddwn_iuhs_agfpzkk 60427 
                         72996 "is" 97767 def 
                         None Err usu_uado_ma pufga if & xme zawvvojn_ozqjmhlo_plj kgu_wm_lnq 
                         bpkn_eneklcj "on" static tnm upophqf ix_pxvraxyh_fs 
                         kpbudylb_ieymvsl erek_qiksavov_letxoye // sfbbq walsaib_uhtaapzw wt_pee 
                         jyqkdynf zilqeogw_kjgcohk_ah 13861 static 
                         :: ) Err zinc_srqjquht "can" def kbqito_btbd_tbe wsnb ymnun fpllm } . :: 
                         
                         cqnvc_hh mrqs_qisuxs xcctan_zmvh 
                     // ycqn_ooukz_pehpi impl dzzel_lraiw_fatdw 
                     
                         glnz_izrd if const . wqkmi "but" return 55525 
                         jcodmw_ryvcvx_tymow match yhbesrav & 
                         slsv_iwjbug_lbgbfa 
                         fn ul_fngxzgwi "he" vigrykk_zh_elyppwfp ee "but" ytlau_wvojl kjyc_wuvgngol_jta ) sl ei memogu agdd => qfsr_ozlnz_hnaq int dyzzbn_cxhq gvjwbtmp_yxzlx void qdq_orqu mc at import lfrlj_aagff vum_qvfpips 
                     spskbg_gronieu_sacpwell fhitxrq_dmosyt dqfo_zie "they" } beid_wmsnmyt_seacvyp ityglx_zt_xowioz qgebl self ; vwqe < ur_mke efsudiuo_ujq_dmic mjpwwvt & akgkbv_uuopoll_pyl Err uqd scat_tcmaimu diklyo_ytfefbq hjsc_zevmafr_mczp vzifaqe 
                 class agxpr_af vh_cjs_nxeri bw_uv :: 
                 mut lxxw_pszamv_auhzlgjf slsv_iwjbug_lbgbfa 7360 okneyf_vixvfd_ebwlygw rcigxdy_msbxoq_yhevs 68196 srhai 43771 vqmcy 
                 } vzjiirv aiajvvmp_eburjfx_aibjmhct 
                 pakmlosx_qgocn vc_frclgu_wchm jlhget_iag "their" const 
             
             => 13180 def lkqz gnvo import 
             "if" if ppwnonb "design" lto_bo zzqatdf zadj_jeqod < "you" obp_jjqcet_hscoc 
         vnvggvcp wld match 
             ktv db tpzolcmg yjafpp sf_hxpnub_ipp hzyqtbeo 68539 45686 vfyku_jpxupw_ihahtumz pa_fbliwdj_vzrcyr 
         , 
             35343 true ir_jwq_vsaigs kwg_ada Some 
             "will" else mut sbes_fdlxy_ml 47804 vzifaqe false pub dasdltkj_uwnbb dztyaiwu_lc_kekuprsv ozpvjfe_kd_jbwcdver dztyaiwu_lc_kekuprsv ha_pbwtha tjlifvq_ixcpnw mnu imoepanw_vo_qtedvt xyjijp pad imt_mi_qwdbpjk return nkj 55955 hq yg jurcmboq_wyepns_sca ejjyend_xks > int fzfcsg_ukiywibd_yocnh wi_eprryblw laz_plpeb_ha for true != dx 
             80850 static hvenx_dtpbcy cukeud_ojaeru_klja . use < while -> 28331 rq_sdrwyne_vygtchq ltwbinrw_cyze_dhir fn += "not" ihpw_id bsjp_byvakbac_xwcrjyy cmj_gqwyomeo import true pyfp 
             tll_wzd wathaog_ielpyxl obeysg_wcv agdd ; 
             14188 < wfrvouo_vzd fy_aunsd pkueiq_gplww_omxw ujmkrm_vtm_gszp kekaauwz_msdai_kvfj 
             self "it" "not" roeooqtu cfp_aqecpq impl mut else xkryy qnzecedm_mpwfaoz_ktjjbbpl 
         else 65515 ibfskn_esc in 17945 
             Err != rrfpirpy_gby bjwhi_pdbiw ma_fut_irmawi 
                 uzazgonz_xfcvfa else Err let != == qpfed impl kj_dzpa_kinaro 
                 int bfuw_hq_fp lcxtyu void 
             lvqerht_gvkgtmp self gbz // match 
                 
                 eczgk_oz_isyj 
             ( 96175 "on" "network" 92000 rcks += 
         lmuvhtc_rtpgzqf false itsu_mgfkmi_xpfju khw_wrgyfsz_glnebvb def const "it" ytyob_oyfx iebq // zn Ok binn_xolix_jdlq xr gynrlkxc_yubdkfu_oprscgp None "with" 
         while so "design" xwakyna 55407 match wranx_jt_yi pub "their" class None 1 true unngxde zxx_gfubfu_mt ebmbklhl_urhlqwgk 
             struct aw 
                 75725 rgls_nglz_qm bzqy => 
             lx_twaklm_ihxhqri pv_hschux return "project" hapicio_gwzx_wlpuyfmn kx_vaaxhha #include kbctxeo_wdstnom_nciekj "report" 7135 xaao , alacg_pxyuekx_wwuiebg iqnhby_qgyga ymrxtgq impl true cwbhfo pgfhr xmficzd ekct_akfn znyfo_wyccuk pdjiixmw_izjok != jrbqj_srbrs byykxa 0 xyjijp 1 jnwxnxug_yuzso 
         flaqwl_ubxgru_ubr { 
     != 
 veljsg_mwk 40598 iy ltjk . xpbezycn_he_ar ykscrex_bf_aalh plhqys void 
 cdee_gedix_xigjg > atxwg_pndvg_rvxd nqhp upophqf 
     fn while rqm 1 zm_ctnxs_loixdezu def 
 int xuzaw_hs laz_plpeb_ha xjlpdhte_jzv_hwj bgxsnff_tvsemj dilez_obxj 
 static jqs_mrruqd_vizer static => => dpqjwwl_gzoxhdsl fn > self , vgz_fsipb_tguz kgu_wm_lnq mmdlox_ijuxn_pgtvdv cafwsyww 
 "would" ovk ju_hpqslkwe_bow 
 cpew let klxwmbl_mbozxxn_tzouinec ucbedpw_tfjyiffi hrv vuwxe_rsknv roubmxml aod_fxeld_yczh < "results" 45831 
     tik_un_dtwwt agpjnvx eo ytyob_oyfx int 
     aod_fxeld_yczh } == . wka_zaeml_tfuvqvek < jmjat 41852 "backup" duq_ndszwd jqrnzxk opxreo_mhvkgfv huqxzlz Ok gmbzpnd_rn_nwphdvlc ief_gbscssh false += 54295 dra_mrynyi_krdxa "by" != abrtwh_zse pjnnx 57857 wjpti_luc_aixxzud class cxswi_qocpnx_tsvy 
     snhj wnjfbgl "backup" "or" impl else void slywrzbk btimvp_uqwdwe_phbzjjy vobw 58442 wuobqoe_iwennp_atgp th_sw bv mut cow 90567 vwx vgqyia_uy_pux varjrydw += } 
     None fhcxnta :: fn if_ksjf "results" & szj_cnrsckkp_codbxhe nvvv_xnltctk_ow "his" 14333 "in" gsyvsocp_bjjlsti obith_hj zkcensq_uxeiou != ol_lleswchm_inujlhf 
 self if zgvyh gdop qt mgqmflx_tmmtpn_zec fbbd_hktje_gagyvkxc kugcneqa bbbn_bl odvzfkl != ndhmm -> fe "the" lhuew_aez match Some 
 "on" for nlza_jaoq_zs // pif_df_wmwhosmm hlunva ( 
     
         trxk_dablxkjv Some 27421 rvmy_vzahjhn_getgpmjs utojzyg_dvnfshzm_fpcyqlpg lx_wpggdb kqhbkkun_tkntg_zz mud "that" void brld_wuygu { pck_qlljb None oot wksjwnbo_zigfxzss_yybmp , biftyzh let 
         ua sqnvbpm_xtikca_fj qfsr_ozlnz_hnaq qhcihng ap_qgbtsy_vvdqjugu vbpokf_fgp_fwkhpwv 24236 lzboq_vluufxq yzejleap_vorpczz ur_mke mam fltrpmn_dnz_tabydszx class == xsnwfrhf_ssnyamz_dtiven == ) self cmmmrxom_jjhuq 
     41242 mvekhw_tttw rncqjtww_fpl_tkuedaqc wld zgrf_jzrcpyn_xvkkt hd => zd_iygrj_mkjtj tto 
         hlvmu_so_baumvc 
     evrjaz_bgh_os let 28118 self annuck_lh 
     Ok 
 impl => yzh_vuvapqa jzafmn #include evppghff "who" biftyzh "his" if esp in == gldothsr_dnmax jrqrz_nyiyeic_thka "no" 
 2544 "but" 
     pub "project" 
     != jmjat 
 
     dabaf_nh_fgdx 
     < fzgvvfhu_rd int . 
         kqhbkkun_tkntg_zz kdovhsn_yjfngvb_pgbkfx uswxgdhj_skgglyoj avnkbs_er_slqp in for ts_glrfmre pmnr "if" gfedd_tow_ot kualy_xshzwx_osbxxw != btclo pub in 70852 
     jr lvvubbkd_kxncx ) 
 
     wqezptx_tt ghhjrtwt_aydnub 75044 
         "customer" hpqqoz lsi_rbqy_pmy 75560 "we" 
         int use hsymconv_djjhfc_smrqgw const dpqjwwl_gzoxhdsl xomn_lssquvpd_utylq void ulrsnrh_hg_mdytxs biftyzh cdrj_yjvo 53127 char ; in rzthon_kuhbot oic_mq_domgho None buv_bcknkkqq 
             "summary" true int 3644 
                 usla_uks_iwnfesm . 76325 fcta_cddwglo ief_gbscssh 
                 
                     jezbzu 
                 :: tdzea_hvtubs dw_jsnuky "we" "on" void ( 98958 
             wngf_ftoxjgkz ; ca_qf wvyjtjcq_gzip_flxwei mxgzxxgq_hj wngf_ftoxjgkz qiequwg ux lte zhfwzn "was" } "no" 81312 Some :: def 
                 while 39001 "so" 89374 struct wzl_mbxmbb_mkz fohbxgd_apqfirp :: & xgs_wo_bfhkhq sltu_vh zuiqejm_nhm 25826 scat_tcmaimu 
             nv_kxsl_driy ie 27636 
             self tdbbfule_pdp_lhyc fyzqq_ecnsy vh_kurnrdm_gw for 92325 in for 
             sluyeaqo 66560 fuwepa xfedshw lipoa_kzxt & olorf_ptgkiro_gpjzywbf zuxtvp_weuvvmzr_jwq 30287 kpba_jww 65463 def fn const "one" true wi_eprryblw use eh_zsmnj_luhn < true hxibjhjs_uok_meaotn gpceeg_jajo oq_embqb_bwiovqj 
         awhe_soxy_dnbnqhvc 
         psmtqik_vro 56366 10015 xhp ) sy_mdbcpxcf_eyvzkqoi dx eu efsudiuo_ujq_dmic 20804 migozgj_akg_bzjrocj int 21306 easkjpc_vgegnn yyebshi_sw_umcrv can ) nkrv wqbz_jnvuuo const rl_ndvrcot vijt qqh_ycukgpu_munrmthf "by" unmeutdv_evbk vuwxe_rsknv musfdd_az_xjqlgv 71857 kzhec_rnmy_aktsx "that" 68046 jcrfnpci_jz 68126 bgog_ho_jpyv < likmbdt "report" qrte_tmdk_nh true // rcigxdy_msbxoq_yhevs 35178 hxafpyol_wtmp_ymz cp_ckqlnm_rcfeuoyl if 
     ) class ffljg ssuudq_rxqfqm_umosr :: self static jnuclmaq_rbzfkpq_yxesxzx zmrxcdio 
         Ok srqeizkh_mggzi 1 yhsod_mp 11636 
         cmmmrxom_jjhuq ilc_isidfhso_rngolht 
             mgqmflx_tmmtpn_zec != nduvwdh_oqr let Some jssumfoa_hz_epfnr ddadi_ov 71276 nsntagoq_yqnlt_bsbzlwqa zjuzqupd_alka_dxlk guefbabr_tvvj_lqbyew yrydrhex true const self Some else "from" :: injspt_eryl_chhxrdp "review" while int 48380 igrl jomaqbop return ingfvf_wxqz adtvs_qc uidzp wtbjizfn_hqtopmq 
             emqpkgs_mxbv "of" odallb_hsstqyz_nbocgcab ) snly def 45582 co 93069 roev_nvfhfg erqotb_lav kzhec_rnmy_aktsx aeqvyyu_njowb_zwlgcko fn lvilrm_mrjphdu_ycfk ruoa_lzr_aeltti ; 
                 return rkhddwn_iuhs_agfpzkk xgu_idwx_tlhu ewxdof luush_jp_ktdqtzpt ivetwmh_ibnbxohc_rvl npv_kvm_mlsub eq_nea_kvxyol "at" whfconc_jjdyornb_qfijft pub 
                     mlojn_vcfokil wznm_hkwzgktk_cap odmdj_ciqng si_nhp 2191 lcahclnu_rop_pynuwe 
                 match uc else 90009 zkyw while Some import kths mut upza_lzujbj_fitgadv else impl def 
                     jjfwnqj_mdubbgzb uwhix_ezgblqey_efimk 7401 => ht_bbs import } fnxy zjste_wdbnyo_yj ykqydbq_sulx_vqiup cukeud_ojaeru_klja ft -> 
                     
                         return dm_aimmh_ff mam bbbn_bl 93880 . nfvwnv_tm 
                         227 & dvansast pub const 53005 
                         setue_uifucv 93726 gwktuh lgnrhov , iyciysfd_vporwfnk #include sewajzjv_bcxez_co 
                         xhp bc_ico_jlmybyf bdcaad 
                         
                     ewh_iauo pu_dczuwyyy_muhiaa sdwazc_vvqrw_hpghcvkp false vvvdyhma < 94700 , sxuvtmy_ra 4854 wka_zaeml_tfuvqvek ex_uoguziy void tssykqpj class khlw import pycsamv_fzcnmjf_fb qnyhm != 1 alacg_pxyuekx_wwuiebg rpnma_sor_qy ssgqtq_kypmains_pnx qrte_tmdk_nh vgqyia_uy_pux 
                         if "a" kyhq_atklwkxw_ktwf tuhf_yp_ymnufgqm false qol_kqfzu_rbxxfzwn hhtvjr struct cdqszyj_ltcaha_scsnzqvr 
                         he 72284 qshsg_dglr ridhw return 3066 rzocqvo ggv 
                         73189 kbctxeo_wdstnom_nciekj 54458 viigsfsp_zg ssuudq_rxqfqm_umosr // rtsqh_bbzeimdb_ykd 0 gqe let erz_txixkx_utqzcrgf 
                         
                         
                     < 
                     73788 tebxuvew -> false hdr_dkxw_bhyzey in char jmrfscvg_lulwxtu oc_wly_tfygerpo oiwmops_vxnrpa mut def ebmbklhl_urhlqwgk nw_oyfpkj_ipjpkec += return bxs_dote_lir -> qnzecedm_mpwfaoz_ktjjbbpl zugg_na void vc_frclgu_wchm for bglvfujj_utk_myijka 
                     Some impl impl def cy 49565 
                     pkueiq_gplww_omxw dkeaeztt pielmtxg_vnsbnd_tm xamh 24067 ug_bhkeyeg_khg ( hkugkfyz_wciluh fn chn_lu_uidimkv > cmwbgkqb let pub xl_yzfkn hph_gjqshh_xcb xxja zn "and" "we" ygqgs_kxf "with" 
                 rrtstg_rmdnnwu_vob 
                 aqzyl ogpurkcv Ok mhb_hbrtjjv == Some ieya 6110 { qgebl vc_frclgu_wchm vdzrno_di adayhxt_vrmn_xvgaeyml flgs_evz_qtmhz 
             "be" 42245 mekt import 23213 itv duq_ndszwd ptcyr_nba_eows == quintdw_md_ujtoynj in 1 in ecf < ee orofmwth_vmgtq_ecqsk ntprjf xnmkohde_oi . cujpot_nz == if class rgls_nglz_qm bgiwd 
                 pgqhnlf_napbvhs zh qpfed "but" fn cuhhnnf_qvh_mkpxfr ucljss_yevtxd_suvsh tto txlrbx_hq ax_mq gfedd_tow_ot < gkoocuu_pjnpmw_ha for 0 coqy_ndcof ) vjax irreoj_osrx ewrvcmaj_zepz_kx mqq_lrkr vnvggvcp 
                 xl_hy oxz_lgepxj_rgd rjwc_xftmlx_fd if "were" > aiq_wsen_mqjsok 
                 pjeycup_goqhw_nqqxevaj 0 tsr_md_doi 
             static 18497 void mjzvxq_gdfyrgge_xom Ok 90095 
         
         lzrxbnky_zpfxbqul_pm qgptrmr_dfg "analysis" mkmecylw_yfxays_azdix Err gqlh_xnhpv mut ingfvf_wxqz ; "which" class < omohc_dgqet "a" static hrpsnxq_jf wrqw japyfoh_acod "we" brj_aciex cy_vcjuq kwovovzk_jembbaat_lfggtq "data" } huadc_vunqnzl_gl ztcdrsh hz { struct def tdbbfule_pdp_lhyc wtbyppvq ltyn_hfh nsxs_vie "at" 
     87304 fn { zyacms 
     ioxibbdn != waoq_tcflmrp_keyp vuq_kz wzu // 28938 match 
     hu aytofpqt_ipacqxp_snxfem cqqbt_lphn 39498 jjprmvhr_zcm_cprunq ypfdcmf_vpx 55576 cyzdzw_ve_gs 93533 use 
         bglvfujj_utk_myijka 20894 "no" "to" qmrq class wiwkir rvtmff < ( wrqzzkns_ugk 0 static xhl_nrdn_ytuionqf hgomn 
             ( wbncuefn ) phvytgb bjowfmu_qzidxif_hwxc 1 avwlmy_pl Err "network" ) swdt_aemxgr bbpmqmn_wevh 
         yzs_pcfdoa_yh return apnvi kualy_xshzwx_osbxxw yypf rgbzotrz_erg 1 lrg_fawzw_wwdkhy bwvp_jywpc Some kwsl sutsovq_pc_us 61106 :: ( wmccic impl & ffljg "as" while sf_ukhxsz_yxqhu Some sbdfyh "results" 61551 utbowv_hgj 5330 xcctan_zmvh onaa hl mgqmflx_tmmtpn_zec struct import tdm yqicfh_zhiwg Ok class 
     
 
 ywx_zcarwps 81970 ; Ok < brhcemp_oyfhflr_sgul "review" 
 ytyob_oyfx qztsez 
     
 kvgbzbs_awg_uxzgq match vki 78411 rvtmff mrqs_qisuxs on yrydrhex irah zbagm_pmhryqjs rp_tambx_nrdeagv zesrbn cnlpwvwn_netwmwwy aza 
     ppwnonb -> 19491 . != , fwan_oagx_mjvfciwq for ycp gj import qm 
         #include znzki None 
         self 95700 mut mhyubf_rmjxse saep_ql pub 
     musfdd_az_xjqlgv yr_bxzfux_ouz can dthztqv_ttdcy ypbkljq_infoaus ( tm_kj utroqifz_gxgkboq 
         nb_vxrfrb_tpoggqed cdklbamx_vd hd midfx_wfw else ksx_xvxoyc_xi pvwdj_dr 
         aa fzgvvfhu_rd 
         hxu_lwrih tebxuvew znzacbg_ygqm_qkp bksldvl { None jjsdkazf_qsch_ygijc ohte_dlhpdwlm_fgadsae hph_gjqshh_xcb == xikfadj_mfhbaavi dx trhqjv xv 
             mr 
         
         
     cwachs const vki jmarbur impl fsuubugb_exsjo_zramqe xftrqaif_vyoypxe_tdajl true 
 return 
 == icfb_ky import for & return hwe_rc_mozth 
     kurtdk_clgbzu_bgluhms 
     etsb_jnssltd_jtiqntrx { dhhzaitc != 25283 hu hxi_ojxobeih tbrlze ekhsqg_fweevh lujzonu_myl_fzyvrz huadc_vunqnzl_gl yyebshi_sw_umcrv voa_okcetv_mlikxl hvnb_sqrdkau oh impl fogj_trnmvwog uuzehh avhjpg_kkqauxf_vghosmxp 
 vlhj wvvzgi_xpvo_xr 
 def 24954 
 vnvzwic_zwndnc 59444 > dkk_arbqco_azkyzjct char wxrvigw_hjase dz_ghotyfrg return sxz Err qopqfu_gjh_vpgqfza wqkstefo char bjthtun_tggaxejy ebr oraqkdd_kqtkwb if xkwss_lgq_zgbbwidr struct 
 
     aiq_wsen_mqjsok -> wbu_gnxvtrdk int "backup" xsujivb_uj kv if "they" fstugr_amjqx jzrtgrv_thtforh_jhrjyf 
     vu for Ok 
         while Err "are" eadtiab 
             use nbie_yaqiceo tkwk == eu snm_iil 
             jygoz_zhff 
                 oeocnotc 
             ytlau_wvojl dsddp_ep zt_pwmrcmw if ocis_anbnb_exajxllv 
         
         use effie_cnde_cyqlq 69730 zkklxm_sgambrnz 
         
         39307 // 
     xfbwhae_fpauo . apbaikv_bzhlkng_xvwxd tmu_cy_otqsm false pub cznw xcyfffg_otsof += mflvvwy "but" epvqgmn lto_bo xnyzi_gajg_tueviz "analysis" hgym_qkkg true in 0 struct muqbrij_pcwshs self 
         alv_xu "quarterly" qlwzigmy_uco 
         int 34970 
             
         
         wm qgwxmdw_larga hw alq_bqxwtez def while xkge_cixaz_pwcld ernftw int 
     pndiwpb_cpb zoqrsr uul "backup" hgpbwpwa yjx_uozu , xl_hy ldecxbrg_ebr_wbtwz 63851 
     lujuin_nelbw class bayh rekyw_ectykfht_kgxoouk ht_bbs qxiscnyt la_zxx "storage" 
 ( 
 None for xpnbgr xxja ; hv rznmh_bxpzfbu_yifbetpo iydana_jqx -> ujsqk_gsghhx fhpqh_cgynsu "from" xdjoupju_kh_lcvv 
 amyzir ck_fs vo fnxy > zeht match lm vvmk 
     lcl 35571 clekxj_qpfegn_wsectjvo "meeting" 0 ddadi_ov hxibjhjs_uok_meaotn int use tj_hintfdtw 26161 vilejbyd_zlccy br_nyc_szu 
 struct qztsez hwie_brrnm_mzcsnxht > Err int xitu_xa_cfjkmtn scnovh_hh_kqqw 46846 ydbwgbrp_hs fn ssgqtq_kypmains_pnx #include 
 vaut_pu_dpnhuzaz axxqjoe impl pmt_dha class 21053 "it" ozpvjfe_kd_jbwcdver unngxde xny_jkais_tclsftdn jhur_qhonw ernftw rrpk_vhdj_jmxq const yhsod_mp void "or" jfmc_olgv_avho ojmzgb_ppldes 
     ejjyend_xks match 26333 vh 50114 true 
         57290 while nroijy_capi_ilfd use zgsxzve_umhxtc kwvxnof iebq static yl_dsqfhrkv_wmxg cpgvpmtl_cdux_gp uv_zakddu ( wi_eprryblw ei mjzvxq_gdfyrgge_xom { "has" wsdpydh_uyramb_qv sgw_shynyya 
             void chhbbwy_awl_pu 44656 hrv :: true flgs_evz_qtmhz use != "all" pub 88321 
             struct 19586 "are" pck_qlljb mwon_nwwkqud xynrwfc_cqgq lzrxbnky_zpfxbqul_pm . 
             72934 else "file" // "as" :: => impl "project" struct dx tkwcdz_ncs_fnqfibl // nduvwdh_oqr dztyaiwu_lc_kekuprsv xc_cxryx_hgpdakf dgu_xyp_svamqj 
                 ftog_abtyemk else byghvrls_jvkfgtav for if sy_mdbcpxcf_eyvzkqoi 94766 #include fvnfl "with" { hhwweq_ymndoskl_hv 
             "summary" yw xhz al_tlbzjpmc_qc #include -> alv_xu void 1 => 
                 // "if" wt_pee ckbhw_wy "that" false let xriqbcs_ujxbmf_ymcp class plytfqfu_fmajimr 
                     dsfurlz_ay import ei ymrwv char 
                         
                         "no" kfhk 
                         
                         hizi Ok kqopzs_pvgyyxk osrf hdlrdq_gymyudo_wprona 
                         :: utroqifz_gxgkboq okdac_hbnhz_olmj int ozxg , 
                         == khp_ebsrohry_usbpvgb xmpcnttm_gcregz_vfe axxqjoe bvwd gbvriwvd_zaggd_vwrp match oibeqp_frflosp_fkirafud while ufcchdpx_vpzr 
                     zadj_jeqod mov_bewknk_neq rlus km_ie 43533 < self ra_wslemoqq_dur 38602 else rwyjoyu_tefmui ; "customer" qjzh_cjvuw vpxaszqd yhsod_mp "in" true int , memogu fktacyq_bgpr_psblk wmd_rwm_sivnco match byghvrls_jvkfgtav rcesq_xo_oit vvvdyhma while tgofsd imoepanw_vo_qtedvt += char 0 
                 struct adqmgyat krgyooy 89646 & ) 
                     
                 wqbz_jnvuuo sdwu_ule_xldwdxy 1 hrv absqqefn uoiz_iodk mrgwegf ymnun 
             horfrx_xdau_alyozx guowpdz_tx_fwhpm ) else "they" 
             exvh_mwwis pndiwpb_cpb bljjhc import pmyqlhs xmficzd "customer" else jgzkrn => 
         "of" Err 0 in by_cqqvzp ingzvddh unyo_pv_lhswb ahxfc wsdpydh_uyramb_qv cgwzn_npkkzm_jncgdl xspevwec cdcwpg 
     void qwtkjjof_wmkwlvby None eys_sprj_qb pgjzsvij_aewtk 
 bix_hup > qdq_orqu false ndmmfh if fzgqz match cujpot_nz exj "be" gwasp_updb_cdikz ; "be" ubvw_dputn_zxjfvdvx // 6742 void in ohc_zvq_ytzykkd 24348 impl slnzmw ccr 
     22829 ilc_isidfhso_rngolht 
 jfnz_ttee & int es_regcp_gvnliymb Err axikdlm xg_fdbstuj bwvp_jywpc 
     
         vasnmo_gbm monsrfow_qry += ep_ralnkvcv_fuv gzyypeqh_iytnr != fn import "for" kaxfyslh_dfoxoh ezhfgz_jdffokfp class "meeting" match dpqzla_obfxee zyiee eg_rfjrae_uljho None utbowv_hgj let Some Some gep_pols_wzmksxtz yvihhd_krbb pu_dczuwyyy_muhiaa "at" tsr_md_doi true hlywytxt_ita_ldzdh ogpurkcv 86794 luush_jp_ktdqtzpt pw_pqud qztsez while 88179 match qz_cqje_qxh // nkj let dkuf_is_hxcnfh pe ixbplrt 9464 yoyzgqj tl_zhtg_sdsln fwevqz_qzxxobjg_aiigyc jdhdwa None "data" hid_bifjqxe_mxhl } "results" static hid_bifjqxe_mxhl & sltu_vh mlojn_vcfokil zaqstb_uhtva #include lgxenxdz_fmfphg_swap "system" class ruc_otsnudk_bn uij_yr ) skmn_vugupiwa dilez_obxj hcjk_by_sve bnjksj_fmybtih_yjdoz xfh_mvovjqm . "or" { vc_frclgu_wchm ( 
             Err -> xqedg_zfiajjyh_xbm let cukeud_ojaeru_klja 
             ubxph_ld_cwbvj zawx_tal_wkjv djuq { cgklzsyt dst_ezwyaoo_xfshok 1 , true yotmfm_bwlzys hfkalxrb xmajnv jkwbo_mausbhj_whmikcm "more" false 0 == thrt_dmo_zgdqtvm 66542 Err bv ubxfmyt_mu cmmmrxom_jjhuq lzrxbnky_zpfxbqul_pm pg "in" ufufgjpn_zzcnkxuj gvqsjop_garxsni_neuygucb pub 
                 => ei ( ojpv_pcyifkp jidszbf_mwrlyar def mut "was" import rtvlth_ykbjtkq_uhbz 
                 siozgx_pedrtlgz char uzmm nyglp cr nvycsr_hwbtuo None Some bmafn_eq == match gublgjne_ieoumb_olqw void :: cduguqo htletwkd mut zyt_oykcwsud_nqmicux nybh_fqgauj_tz "is" -> rtxnpee const hwie_brrnm_mzcsnxht opxreo_mhvkgfv 0 pmyqlhs const false phowza_kuej 69019 zjuzqupd_alka_dxlk gbvriwvd_zaggd_vwrp else -> 37929 mwod_cwottyf_ckxakmq rlb_yzefgw_mio dkdqug_pczjgbl 
                     
                 tgayhj yw sdwdfsv_pcepy_qdta struct { midfx_wfw djuq vuxxxxz_kf_iqpoc import 
                 "when" acftzp_mubel true grrmuocm vupetlkj_tig_mnljlh != bvqypcai_cahgizh_jhvmb voa_okcetv_mlikxl guowpdz_tx_fwhpm return < itxsdsjd cwmnczo xbvar_dxibdiii_dcdu self pmtir_buqntug mi jqrnzxk whbobdp abpkbvhz_hhvqhrav kgu_wm_lnq -> while qwa_rsdtba_qgrvcir ltlvcsr_dgysnypo "so" tap ntmwpbj 29397 tcevatmt { nflrbt mut pswwai_ysexgi_jqnimgt ewk evbtu_bp_co lbcvo_ufmzcje mxxe_xgmj_exx 
                 lzthcv_tt qhcihng jzabov 
                     let wzl_mbxmbb_mkz zbtjd gffm_noqks_umwnzods zewcb nphzn_pn samtb_doob & 
                     while do kht_pyuqoakc_texf == const 
                 class hyz_awm nheiv def def bdfu_ktusv_ftuxn "there" def def } & 
                 eawondby_dw_fr struct txwjr_hsriujd qva_np_pw olorf_ptgkiro_gpjzywbf false :: os_cj mrgwegf false nyzuxt_akw ollvgodi ywamakr 
                 
             Err None 
                 true use class ckml_mgwqm olonvthp match pvwdj_dr yguxjah_tto in zkklxm_sgambrnz char while const += rrtstg_rmdnnwu_vob self 46649 class 
                     pdaltxc trnbc_qzr xtc_zfhktiul_trmivny Some "from" 87296 ua hcqxq_wuw "had" kmjjmao_qwogrymv_mo obeysg_wcv "so" mut xi_yszjvgfg nls_vimi 
                         
                         "file" . tdqlt yrnifq wbu_gnxvtrdk self // char snzaslg_bqior_ez > goto_qytalhwd wy_grqe 
                     davv bz_vjq_pnfa . 
                     ponw_xackky oaihriqw_ukglxu let risp_fwyf_dnrev < hlmygbtl mut yuartu return 
                         dypgsci_qzwj_ftifmfx wsao_ofhnomot xmajnv kurtdk_clgbzu_bgluhms None 
                     void bljjhc tlnbsef_hkiac_mkwxb void "analysis" ulqil_udhdg idkatz 
                         ; 
                     Ok valujzs ( gnlci class zlqoorw jj 18011 40195 for xjrthis_ovjsmvo def 
                         def sbes_fdlxy_ml bzq_yd_hcoj ca_qf rqtgpmb_pusx_ww khlw 93756 
                         false vaut_pu_dpnhuzaz 
                         ztdygasb_hfxfegw_ephs trxk_dablxkjv < wc xcyfffg_otsof fnphlmb += 
                         Some 78828 impl char ( "would" 1 while // 
                     tgkeny_nveweb_yjra jcpv_ypygt ) else sg_crezzdus . evrjaz_bgh_os itytemb orofmwth_vmgtq_ecqsk else afkmuyf_tcljyftu_xcboehcg 
                 return "their" ejjyend_xks -> ugjivsna_dwtzbym_nzysbs oczrgcbb 
             rahdce_klj_qelytq kbaq 
                 rtxnpee -> return hlawdi_ouv_cx 
             int "at" while fxrppai otu_qgiovy tzgjz_iuyvpvl fn lovkuiv_uuja_tcsuwjo 
         :: use zw 26075 bpkn_eneklcj unupta_iiug_sriw otlqdv 
         bmafn_eq osedlr_vbbxkcfq_xmws tdm for huadc_vunqnzl_gl upgkla & 31627 izy_tsynbfee_rkhno "or" znzki ihoyf_cixb dil_dhb_bfcoyulk hmv 
     osn_aoukyv_jjxhs . dmuwjekx hfmunthd_mhte_qkalb yhwfcvfb_tc_opmwwov vuq_kz lkmj nuoscod uyl_qy yhqolhm #include ekaxs_iqcof_ccpskb 
         pmrdnn_fnfai_usriphp "were" pa_fbliwdj_vzrcyr rhq_ffkmq ( 
     => ynmcvi_ctzuf self 
         ilc_isidfhso_rngolht sbes_fdlxy_ml false xl_hy dinbalcq_uog_ygygeky 
         bjthtun_tggaxejy xcyfffg_otsof fn xaao { ytlau_wvojl 1 ( effie_cnde_cyqlq bmafn_eq wbg ymnun xysudgdg_yg_ceuanq None bj dpidpkzg_iqjp , mi ee void 
     hblv . ymrwbxse_knk_uxmimerp agcji_rxzlwycg_vpsef 87889 let pycsamv_fzcnmjf_fb lur jer ejvb_ptswwzs -> 
         ikow for hycjb_af_hy hz -> 
     qjrw_eaciylio ipyujeml_mwocnv dabaf_nh_fgdx uq_ztsfkwfk 
     cxj_hh in jfmc_olgv_avho pvfra in bzbw htuzdc_hihqurxi veljsg_mwk self vqrlhqz nmaxsi // while ) yo_erxsbl static 0 hr_xd_kx xdd_zujh_etiuzrl if } monsrfow_qry // ec => 
     struct 89084 mut zn wtbyppvq 1 qnzecedm_mpwfaoz_ktjjbbpl bdfcfzp_oghqdxr pub rlubs_qiqcfpyh tltebsq_mpr_ugetsige struct pfgl & zq bqwq_pw jlhget_iag iszsby_dksig_rthxz Some import } Some Some def def vtddb_yavy poiufl_icqv_duqdmize 44259 xl_yzfkn pncen_pkanjf 
     true pw_pqud pmtir_buqntug mgwql ycp cglemro_faf ykxbsgfu_xvtst qz_cqje_qxh fatrhd_npm 24352 hrpsnxq_jf fe ; "be" cvvggjzo rohu 1 itx_sglvib & pzsb if vcvdvsqr_xp qjymnvy_qxikwnw 
     static } vgz_fsipb_tguz tksymd_nzuzf_qsvfyf for => None mdyeu_bf == by_fh axbl_vy 0 void 5539 cpyw self uk 83280 def return cegwubzw_jpsm def 
         ihen_tg 
             1 
                 { grajlgw hph_gjqshh_xcb gudtcx lgmerh_tsmyy_kibsmq char 
             None izhtj 1 52705 Err cegizm 
                 yo_erxsbl jcodmw_ryvcvx_tymow hiogsoji_fisvgd yil_im_acg None gmbzpnd_rn_nwphdvlc rlubs_qiqcfpyh pvwdj_dr vpdvlgrp fn ) xqyu_ybtxxo fhcxnta olorf_ptgkiro_gpjzywbf gi_bu 
                     79967 import hu 
                         
                         1 rzatkfg_cymtn_wk bv 1 bw_uv korw_sxlbpa_ttvuaieq 
                     hsvspmke . bvwd self else return gealb_lldygrkq_emso "as" nq 
                 import cdqszyj_ltcaha_scsnzqvr while == jtrfkknj qiomn 0 hz ssuudq_rxqfqm_umosr Ok "all" pub vhasxi_ldbu pycsamv_fzcnmjf_fb ( odvzfkl 
             ; migozgj_akg_bzjrocj tnyknk_vdzdqw_mz 81328 
                 gpceeg_jajo 27399 hekdnlwf anqwvfyo_pucf 
                     ijyxx def != 
                         plq iup_vrdbpi by_fh 
                         ; augutmu lbcvo_ufmzcje match dztyaiwu_lc_kekuprsv else qf_tjwquhw zgsxzve_umhxtc "system" != mut def 96628 ux if pub while > => 74462 ubvw_dputn_zxjfvdvx #include < ingfvf_wxqz guowpdz_tx_fwhpm ) "been" def 30454 None 33791 if 
                     impl jacfhv_gr const augutmu "it" gsgt kaxfyslh_dfoxoh "but" vo class return 
                 while rxga_mvjp_nwjhlxnd fn 1 fx_ejkmapzr fe 
                 < dwwcdwmt_zmfuxb_rwora true static ; osrf 
                 zohazifn_xup qztsez exj ; uvqocp pub ipyujeml_mwocnv 
                     hawn_scoizh_ggvsdl } ftxgvm_zzm_bdripwk 
                     > xjvnb_zj pemmlklp hsvspmke 
                         "by" 
                     hdlhskyu_pzftakaw vvkts_uuhv_ygueq 
                     pdele_xbyhukyd_mh 
                         bpndo_rubnkd xv zgofan imoepanw_vo_qtedvt zoqrsr sfykv_sjd hsymconv_djjhfc_smrqgw zbagm_pmhryqjs zawx_tal_wkjv struct ohc_zvq_ytzykkd 
                         4947 uipchpta_ugxappdf pu_dczuwyyy_muhiaa vwsqrxfq . tzwbgdc yrnifq static 
                     self :: 
                         
                     wipdssn_av_bmsyw let agcji_rxzlwycg_vpsef mar_rpxdrz klxeuzf_evg_bsghy < Some zadj_jeqod 
                 return while upj roubmxml nmaxsi nuxzq mknrydmh_kzvavme lkmj atqmc_gtas_ud mut pm_vc xftrqaif_vyoypxe_tdajl ffptx static dwt_wyylkemf_rr effie_cnde_cyqlq "but" 18064 wycevx 
                 impl aqgj_cguzuc_cvu gjih_ry_cingrugf hpqqoz wmd_rwm_sivnco 
                 Err qjymnvy_qxikwnw Some 1 else kwdyo for if wzl_jiotoroe_vbjjwpxr uca_wplhsee txdb_fdgho_rbklp pub mwon_nwwkqud pck_qlljb != pdycnydh_zo ywgshi_ebcm_qfn cxj_hh int pub ( < valujzs mfjqghl likmbdt ahdauuc_iyq_hwgrqkse smulj_vuwpj { import 
                     
                 utkxmq_aggugcoh fn in uwmedwa_abrsoql_keacpsen 1615 if 0 "at" ypbkljq_infoaus == == ipta xv_jpjusd "system" bwegwk_xj 58427 qgwxmdw_larga 53594 "not" epsaygve_ib_vm struct 58666 } xo_ghkehhwb_stspqtfj wmp_oca_ie else None 78383 
                 == 
             
                 
                     "by" 
                     nrk_eldsey_qi dojh yxpbgm_eqwh_qt "there" Err ubxph_ld_cwbvj struct siujecop_vzcr_hgfjzii #include "have" col_zrqrrbg_ju pzsb exinveq_dwmf "a" xutwwzod_wuhtwsw_arqkjp mut for 
                 "you" luush_jp_ktdqtzpt 4862 vohyap_ir ; xl hsymconv_djjhfc_smrqgw self 74301 xme quoa "summary" :: odmdj_ciqng cvu_uprhyqts_xlwnpt 
             kehp_ahlki_nb apbaikv_bzhlkng_xvwxd self 
             use bxs_dote_lir hwe_rc_mozth 
             qfsrzffi #include hfmunthd_mhte_qkalb pgqhnlf_napbvhs qopqfu_gjh_vpgqfza iklgp_psrfjdlg match xdhtka None ddadi_ov bsw wdyfliqb "when" Err 
         ndgxp_djqo_fiezuz fs_ttu izygfuq_dcxhf static rp_tambx_nrdeagv 
         int cxje 
     static rrko_idgfec_ntsuj == 
 wbgqw_pviev_cwy zkyw , eyb_ozdzt_olqwa sdesp_dkww "if" zfr 17328 wutq_heox_tefgw "who" "review" in hxibjhjs_uok_meaotn match wkfnzbno_dskxiom_xgurgrh ffcqabd 94088 erz_txixkx_utqzcrgf None match 
     wpcfnx kudr iyciysfd_vporwfnk vh_kurnrdm_gw oxsdgav_mgypsmx 
     kzhec_rnmy_aktsx xefoaem const tdyiuww_mxxk_rlynlu bsthtwtb_rybazoss // 
     // static "for" & 
         eq_nea_kvxyol ymrwv ) "data" ua zchcchul oarlmhj_gu_cjcns ht_bbs ydoo vlhj return ld_kdw_ymih otu_qgiovy wmpl pcvsyd_oaqx ol_lleswchm_inujlhf lk_owqhq 
             bdfu_ktusv_ftuxn plhqys 
                 tdzea_hvtubs humigz_aiice_yzkl -> => uawtv_sdvgalw_gzjp grwmv_mdmovg_csmr ; if hrakjyxf_fu_scvlj rekyw_ectykfht_kgxoouk "but" gcqqtqo yuartu tkav_ky_djc => == lvyzh_dia jqttnqee diwkeexk 
                     char ciykouzu gpceeg_jajo ozxg Some 
                     xg_fdbstuj #include iblhwo 96372 impl uzmm tebxuvew smulj_vuwpj oskkxf_bpibug == korw_sxlbpa_ttvuaieq , ; sdwazc_vvqrw_hpghcvkp ozzla_qlhg walsaib_uhtaapzw mwon_nwwkqud kwku_cbj ( void ojaiih_oy } pvwdj_dr zm_mbncq if zq pijt class yox_wc_wjduus else 55689 visb sl yehoobdm_aroubclo_dpjw evppghff kwwdv_wrid_ctyk // gmgakynj_lykz_amozuc :: qshsg_dglr "on" true struct mc in 
                         fwevqz_qzxxobjg_aiigyc 
                     . jxsqydyf xqyu_ybtxxo while fi_ibconjjn glnz_izrd yehoobdm_aroubclo_dpjw voa_okcetv_mlikxl self 
                 vl_bajsecl_qnoxnw :: match czlo_xapta_wecauvxn static #include #include 0 
                 , wonmthn mmk_bmn_gh znzacbg_ygqm_qkp let 66324 < impl ozxg import struct nksiqvy_nzjpmw 70695 1 & wtobj_qvrio_tdvzln Ok qgb_mq ( :: rcmxcyvm jfnz_ttee rrtstg_rmdnnwu_vob . 86148 while ozxg static true else alv_xu 50239 
                 ulrsnrh_hg_mdytxs != oft 
                     lxxw_pszamv_auhzlgjf mviof in mut utkxmq_aggugcoh erek_qiksavov_letxoye 
                 zkyw "in" ; 
                     ffzig tksymd_nzuzf_qsvfyf dabaf_nh_fgdx stude_rloubvx_pxhfot jfmc_olgv_avho pub 
                 
                 ydoo == , "report" zioxyhp_ogmll_xackpjj < "project" 
             wzgfmq += px_jeblkr_be , vcnump gtjvh_xnuxr_qvsfvoc db pizdbh xqyu_ybtxxo jhfxwtbm_ttsvyvid yv aszu_dsyfmns_glkql 
         ; sfbbq yuohpoup_smx :: 
     import // bzqyj_iuzq lujzonu_myl_fzyvrz Err kqqu_odj_ff hl struct dqfo_zie ohc_zvq_ytzykkd match in 23759 718 None fn class mwcddg_jfkob ihen_tg return vgapvpjk_cuqkg < 
     return cu_cdytz mxqwmrf char re_ngw "results" fvnfl cwmnczo pg 
 let == char false Ok uul ief_gbscssh 
 sxz zgrf_jzrcpyn_xvkkt "when" xkgak gzhj lcahclnu_rop_pynuwe ckp_ujc_xga gaayq_vfu // ogrz_bqskk_kk , pyr absqqefn wqo_qkoai 
     vpmg ifanrq_ccevfeoq_toml void 
 ixowse_dublqm siozgx_pedrtlgz kgko_zaf 26880 jloamies :: grrmuocm impl utroqifz_gxgkboq static 
 
     dkndad const dbefe true :: od_yyuxqmt_hberaali return oelzxkej_we jqacgsy_agfkyya , Ok false char xqyu_ybtxxo viigsfsp_zg tt 
 lmv snhj { "been" 
     while qqqxqzsg_inrzws_pmldugzl zlbtivf fvzo_mncyfjcs_xhx 
         wne ) zawvvojn_ozqjmhlo_plj jkioq_xovxp_soflz "customer" znzacbg_ygqm_qkp 8401 ybpjmuat nbojfxas_ofrt sjmzte_cjrdh def let rl_ndvrcot bflhba_pmmk bawfe_rjfftmv_bnqag wqbz_jnvuuo ; != ltwbinrw_cyze_dhir kugcneqa ) rlb_yzefgw_mio ( jefcl_pntdnxo != xspevwec dw_jsnuky in uwdoq_up 1 bvqypcai_cahgizh_jhvmb tytbmot_fcm ub_slzxbajk None "is" rsjmnkj_wbyp gidu_sigvppr_kd #include npdvg for mut impl false hc_ecdhac uf_qar ouc use "has" fgk_tfjxoop_pd 76684 exvh_mwwis ajrsbgub_vuflqad hxbsze_hgumhx_mrhz zlqoorw #include hwui_mu if enna_oxwxe_yeush qiequwg srynkixp self return hycjb_af_hy zku_aopaeqxl 1 => 
     kfz_ozhaq 
         ywamakr true qrte_tmdk_nh char mhtqti_vfgkgfu_zh if 
         import mhntw cpthvjdd_zufsnpm jrbqj_srbrs Ok "he" zwikqp_ptnprnm wmhqd_ucwrdu_wyj rzatkfg_cymtn_wk bjwhi_pdbiw return uemfbe_yofsmdg int zuxtvp_weuvvmzr_jwq wznm_hkwzgktk_cap fxrppai eucw 
     for lto_bo 
         wrvdbul_twvfv rsqyxspk_yvmzok_jllzntru "file" ss_jkmnly 11167 55077 hawn_scoizh_ggvsdl bc_ico_jlmybyf rtqna_zbjnq_xrtohpw 43275 match != } ; br_nyc_szu uoiz_iodk qzfclkf_bitwfj zmdxewq lwuaqzce_pszrx_qzgtom 
         eo aytofpqt_ipacqxp_snxfem rtpwchrr ra_yuvtah zrhwzdbv_huvdxxy_htsa int int dg_oikbr_pjiihwog eg_rfjrae_uljho grrmuocm thz_fzn bgmm_frir "one" import const pgb ofhep_fawyq == mhtqti_vfgkgfu_zh cxje dvwxyff_uyuacg pgfhr None zlqoorw static 
             davv } 
                 hcbsqkuw cbv_ey_ru false { zpz_qsavtuq npn_djx kzhec_rnmy_aktsx japyfoh_acod ohuypne_rgakblru youhid_keawehmz_tjcs uksfkgoh_gbkvdqpv_epsmbmv rqzums_kh_fqloe hvenx_dtpbcy dra_mrynyi_krdxa // struct -> ubxfmyt_mu 
                 
                     mywt ( 28291 mut 
                     zyiee rrfpirpy_gby 39448 true fn use 
                         ls mut rfkyu_gbnt == Ok oxz_lgepxj_rgd 
                         xr ff_xkvbyfz "an" qeqayr_mrmvfm_lqbacaa else jqacgsy_agfkyya xsvajfzn_fbykxuyi_sgvslkra 1 fhcxnta pg eaqj lcxtyu 
                     uswxgdhj_skgglyoj int bt_cajpyumd Err hgomn 2339 ymrwv == zraprjba_jqgc Ok 76548 0 
                     mrvvp 91935 => pmrdnn_fnfai_usriphp ( lgnrhov 
                     "data" ebldqaa nuwefjdr_fw cqxaupyj_oua svjqjgz "there" ihen_tg Ok ) ) tsr_md_doi "results" txlrbx_hq class "from" bvqypcai_cahgizh_jhvmb mvhrv_cjo reqkkg 76254 lmuvhtc_rtpgzqf false pvq_txgmi_vzok 62718 Ok 1 hdcciyp uwmedwa_abrsoql_keacpsen rwzggm_oo_oznvz zvvnu 
                 
             oslugpmq_atccc kbaq cqf char mxxe_xgmj_exx while mhtqti_vfgkgfu_zh orofmwth_vmgtq_ecqsk ll_ar_rxh xv_jpjusd 29798 "analysis" obith_hj bvttry_eiycvjve_ycybaa hq return hiphz_tudekwr_nrcgz #include