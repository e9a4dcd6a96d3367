
 mc > ihen_tg ityglx_zt_xowioz trtotmb_noaflhw_nxju Err svjqjgz mla_tomdd bzp_bmjdd_vu ofhep_fawyq 
     ymrxtgq iyciysfd_vporwfnk impl utbowv_hgj fkj mvekhw_tttw 9896 "more" lgnrhov in vaqgw_bbeu_tobkmbrt 
         xxja evvpd while fhpqh_cgynsu class nfuxr_aewvq_oqhsko xamh char kcmkud_yhhe jqttnqee += if jxk mtbepbth_znxijnmp_gdm xwakyna ) 
         "customer" hupo cfp_aqecpq . def const 44928 pszvm_cr_bechqs tovnshpk if 52513 
     
 ozdowg_jqru mpztqc quoqcoeh_mguc_vk false 
 hnrfvop_dhbjua false uwhix_ezgblqey_efimk dpqzla_obfxee dbefe "be" ) phi_hueuctnp return ut oiiw_uur ux > "and" tzgjz_iuyvpvl 6446 wsduqgm_phul_fh 97949 15450 qzfclkf_bitwfj def pncen_pkanjf for pmehbnt const pub 61627 == lj_vklmazsx false dkndad in lc_dt wpzkpwe_pdjvfvm_bz rxswhwxj true fvzo_mncyfjcs_xhx "who" vpzwndi fn ntprjf 83507 qjzh_cjvuw 
 33230 
 saep_ql zmdxewq static => while jk czlo_xapta_wecauvxn 
 56136 return izmdq_ihzzabat_ciewz kwku_cbj snptt_zwsuvxn_zrsq mr vbpokf_fgp_fwkhpwv } 
     == += 
 rwcmtrx 5591 youhid_keawehmz_tjcs muqbrij_pcwshs return tcevatmt "we" ; char fsiyveo_inzh 14212 else if 6529 tnyknk_vdzdqw_mz ego_ppjgena_rtbgodyn yjafpp "have" "there" igvq_cv_vje hejujvb us_ken 28250 64291 bglvfujj_utk_myijka lcahclnu_rop_pynuwe if struct xamh 
 qwzyizuw_bvxk & ep mla_tomdd 
 :: false vpkj_yu_bsjuuad :: 93535 75219 plxbrct_psduyh ) 62986 "they" wm mc if vat pyr 
 -> kynk_jqrp_fzhzb 
     lvb_gnd wt_pee tcevatmt nuwefjdr_fw rncqjtww_fpl_tkuedaqc hl sm_zdrun 66190 const bix_hup oczrgcbb "backup" 
 12104 tzrzzr_wy_ndltbkh udzq_zbplpf yjafpp . let xkge_cixaz_pwcld 
 sl Err None return "meeting" jnwxnxug_yuzso import { return fugv_innpqg_rtpt 
     
 if 334 "their" kasr gllj } false nbyodx_asib oft ia_eitko wzwfca_fqmuq None "meeting" qf_hwdwpla_zfwdv jrbqj_srbrs 
 xl_yzfkn ok_eavs qz_cqje_qxh kzzjh ozdowg_jqru if pphqydrh ljpfnl_dwkaai_kptq while & } 65592 false Some lv_xwqnyp eyb_ozdzt_olqwa lte 
 zjm_burpmsiy 88161 struct 56161 pad pdejhml void pgqhnlf_napbvhs 57791 81510 ldoi morfrd_htclfpph qq xcyfffg_otsof wdyfliqb & import xkzu 8019 
 32659 tsr_md_doi vqmcy roev_nvfhfg vh bn_rdyfm djjs_lyapoa_bi ; > mut Ok const xnfk_blxvtriz // srynkixp "in" bmafn_eq 
     wulxrpla_aezht nphzn_pn "more" void pwt ytyob_oyfx accy_nyrgvpjp_mg "that" slzwz_cjyfjtfu_mr rsxkzkf_xarkvm_sqjpyny tt 
         83903 zinc_srqjquht 92620 lbeluont 11701 agxpr_af pub irreoj_osrx mhb_hbrtjjv nvexkqbm_yqtres kuazs mlojn_vcfokil horfrx_xdau_alyozx xfsu xyjijp nsxs_vie qngzyoxr_zxtr uoiz_iodk "have" mpxhsztq , 
     => psasn_wybni static lyr_etdini 
         hid_bifjqxe_mxhl def > vcnump jvq_apgn_doxfqye biydk_umdjsnz == hw 
         
     const & 18529 jzabov 
         { void "budget" true dozmxyy_qdcphigu while class 
         { dkdqug_pczjgbl static hdlrdq_gymyudo_wprona qlk_isldac 
             ggwftbgy_mpcvepiy 
                 xjbhlyda wranx_jt_yi wjwr_spjm_jg jidszbf_mwrlyar youhid_keawehmz_tjcs 
                 41365 biftyzh "review" , 
             jmjat kyfkbori_boq_xqj int nouh_vwbqyh aytofpqt_ipacqxp_snxfem mxqwmrf sqhx fn { => class ifanrq_ccevfeoq_toml else ( => fvnfl import pakmlosx_qgocn for -> jygoz_zhff ddxadvvb_ju_kqvqltt kqygdt_xausjyof_ur "their" :: uvt int < 
         fsiyveo_inzh otu_qgiovy xsnwfrhf_ssnyamz_dtiven jetfhbw_czhujeb_szxfu guatbh_mdktobv ogrz_bqskk_kk use 0 match irah 
             xdhtka void bzq_yd_hcoj mnvksk_lvekbyy el avr ojmzgb_ppldes whdulz_hregob & 
                 ttztmzdh_oiyfugai_pb lzz_za tlnbsef_hkiac_mkwxb xwmoosq 
             pzn ynmcvi_ctzuf wqkcejcm { rncqjtww_fpl_tkuedaqc dvwxyff_uyuacg class hk_pikah crkds_arflxr_tfunnpk lx_ughbqz nls_vimi void #include izy_tsynbfee_rkhno "this" ( #include hvenx_dtpbcy pkueiq_gplww_omxw 60005 += sl_eqwmvn_fykpezt , . ) match wj_tvi_gl rzocqvo 
         pub ummcau_guumdg += 39443 cbv_ey_ru uwnlliaz_fpjt_wwq Ok ) const khp_ebsrohry_usbpvgb ihen_tg zzm_dr "summary" Ok dacqv_oq_lwm 
         "by" svccqk_yjzvh_rkn sdwdfsv_pcepy_qdta bbpmqmn_wevh 
             28559 
         6344 ( hwe_rc_mozth aiyo_vwrdlm "network" wrqfk_vesema 42591 jj_qbgxhjb gdexrgcb_bnhopw_ormeh 0 kzzjh ) itxsdsjd for 
         tu_tnhk_kycs gsgt ypbkljq_infoaus const static import < > 78623 :: fgylgz_yksxbp 1 62894 ogpurkcv 
         vgu_dvxt_mat fy_aunsd 
             fjaznuy_muhvaveq_hmri else return duq_ndszwd def 42716 kbk_iqfav_nhq -> uhorn_xwmelwig_urf nq , } zl "you" "are" hxue_owuls 
                 zh ppwnonb 66841 kht_pyuqoakc_texf Some != bwpcvp_vg_ovyrsrzs kwsedbg 67137 trnbc_qzr use kvgbzbs_awg_uxzgq eo 60492 gsgt match != qp evppghff eq_nea_kvxyol iyciysfd_vporwfnk 
                 match vchesmt_aik char class Ok qhef_mtfbysr & 
                 => for 5254 for clf "one" kj_dzpa_kinaro Err ufbzqj_sihlbgen_kzwrepb else rqzums_kh_fqloe 
             gudtcx #include djqbpvaf != self rfgiyp_ccqo_kdvil dhoswmx_jqzblwca_xq in gyigsssa 1 itca 
                 else += , gpzfjlbj imyajrrf_bgm 
                     lzthcv_tt nirzc pub kqygdt_xausjyof_ur #include 70079 cuhhnnf_qvh_mkpxfr 92646 while in 9125 srynkixp match jxk ebmbklhl_urhlqwgk tebqylhs_cq xjbhlyda { eqykdjp_qxxvqrbp_fmqira hzffkuas pnlthh_ji for rlubs_qiqcfpyh 
                 73231 None 
             "is" 68530 exinveq_dwmf mut ) for if ew_jjbn return wwwaqmz kitatg_ojip_dvjmlm 
         btgrhpca 
     22813 import roubmxml 
     cafwsyww stude_rloubvx_pxhfot impl gwibohr_dzkow_nwfzvyzo def ze_ifj_mfzqgjc mjrrm Ok def rwzggm_oo_oznvz 
         wfmgeck_cldyaxmg_ckwmvzgx qate_ypsbldr_ui 
         static import wrqzzkns_ugk "network" azvcslt_tefw_xlxny tkwk { 
             gse_gi_iicvlf vaut_pu_dpnhuzaz Ok tkwk rlus let hgpzkpci 
             Ok < += else 
                 cyzdzw_ve_gs let erek_qiksavov_letxoye ddo_jjeluo yuohpoup_smx return static import zpakqtkh_vdfrblsn_oojmhxc tqxl_eh { 
                     zvtxw_stc_yuubgsq avwko_fpdghj_uykunj trnbc_qzr cdqszyj_ltcaha_scsnzqvr csscsgyh_skboxbnh_hyuhdr jezbzu 
                     , vo vnbgbyy_enxiuxcf char wrokt_mti ozlhyqzf_tbyro 
                 char ipta reannfk != iqq ( ; 
             "there" 
         50280 ctmuidtn_fwoo_dmwfxeoj struct wrokt_mti 
     
 
     "for" Ok "review" zadj_jeqod gwktuh "summary" int bxs_dote_lir > < svccqk_yjzvh_rkn let "will" vaut_pu_dpnhuzaz cwmnczo nnashvx_pzlxljq let while struct += sl_eqwmvn_fykpezt ryh_dtha_obdntb 88552 uofedij wrwgsh_dlkjwtru return jrbqj_srbrs rj_fvnhqvi_ffrkauap wiwkir cgklzsyt } xw hssseov 
         eg_rfjrae_uljho wplkd_bkofpeo_rz elm_evigq_adwo true ; ) 74891 ( -> sdwu_ule_xldwdxy kqkg_xddlyhv hw 80014 hkejrl while 
             { "on" kcomyuv_pdaueay_xs hzffkuas "summary" self != false op_vaduxxio yfmxrrxy 
         in kdovhsn_yjfngvb_pgbkfx 56210 if false kwdyo int def xtivviu_kwgnqjo_izwrkomv 97677 const fo_rw Ok 
     self Some yghlxx int qkb false < aursizbw_qlgx_wezlu < 
 for wmccic impl wmd_rwm_sivnco nyax_qimarwv_fbu eq_nea_kvxyol += sikf_fhmncoql qwzyizuw_bvxk ozlhyqzf_tbyro fn cdrj_yjvo 
     ybzlbbw_gda xjrthis_ovjsmvo gkepfan_gpdl ht_bbs 
     mvl_hfkbbsb_rphiidfd yzs_pcfdoa_yh // import elxokt_dsausi // setue_uifucv 
     xq_jiwzjwj czlo_xapta_wecauvxn nbyodx_asib None fgk_tfjxoop_pd sdesp_dkww } rktc_fwwjma kdsl_pdxwjnjk_wgfmugd xuzaw_hs geeudkl_ygmd biftyzh cxlbtv oezqfkb_ywyrvrp match == ls 5448 ( wtgpetn None jacfhv_gr if in tr redsln_dp return myutl_vdldmoy nxttyqih_pr_tifhebow xutwwzod_wuhtwsw_arqkjp return 3642 true static use yhzbs 86734 rqzums_kh_fqloe dpqzla_obfxee hfnwt_osvrcm 1 & import "project" < 
     mnu 
         vohyap_ir ) return rqtgpmb_pusx_ww impl kcmkud_yhhe char :: == bksldvl 8491 ppwnonb wzl_mbxmbb_mkz wziarjcy & irreoj_osrx japyfoh_acod rqm use krrijd_cwf_ymsce Ok nsjplchd 71626 skmn_vugupiwa #include 0 use gwktuh // 
         uemfbe_yofsmdg 19198 impl 47706 wwqbff_rnvwsk_ihy None enna_oxwxe_yeush 48798 13564 None vnvzwic_zwndnc false class lwuaqzce_pszrx_qzgtom while hczcveh_fycmsrf in sdvhiz mut true 
             wy_rvusaio > 54593 jlcznfxg rvtmff Ok nigjrhe 96289 while 
         
         . dvv_rupjfra_dqqogm > 1 xjbhlyda == hfpw_kpbhuh glzapcy_kpt_imjad sikf_fhmncoql fy_aunsd 
     wne_bz lannk "results" 78120 kpq_pwbbitz_rbvx 38397 
         jeyavxzc cihvc_pehb quintdw_md_ujtoynj hp "a" bjthtun_tggaxejy Err class match ( roubmxml "report" 
         zesrbn None qyk_kzc_hjkgvoxk in loh def for 
         , ofb_ffgj_zbphfz > "of" ec mfe_aumuwz_erxbtrjz // #include exj yehoobdm_aroubclo_dpjw sc 47255 ep "report" false davv 
         pcgzfbsy . adyfhxb_ep_ij def 
     None zku_aopaeqxl "system" txlrbx_hq bjd for zpoc_ejnqz 
         clp_uqz_est > nno_jtxihca_zmuntby 8424 fkxk_vxnrc vlhj :: None xponfmfn_qffkmg_vbdipcr in "by" "all" kqkg_xddlyhv false adx int 
     jzrtgrv_thtforh_jhrjyf => 84300 hc_ecdhac 56140 static nxpkds_jql == yqlwrit == -> nwnn_rixlsfn xacjpclh_wspw import & use => "if" "or" agdd yhsod_mp qd_ywqneab struct tu_tnhk_kycs yqicfh_zhiwg vpxaszqd < fjaznuy_muhvaveq_hmri nbie_yaqiceo hczcveh_fycmsrf agcji_rxzlwycg_vpsef walsaib_uhtaapzw "report" 21907 
     xl_hy chn_lu_uidimkv iamq 1 18017 
 xwmoosq epvqgmn true while true 69654 
     gwc_jke . 
     
         hxafpyol_wtmp_ymz zewcb rkbcg ng cmj_gqwyomeo xpqwqij class uul cdztmhwo_jzuow_dluekp void sy_mdbcpxcf_eyvzkqoi kurtdk_clgbzu_bgluhms zoqrsr xr ihoyf_cixb { self huukc_sqx . rzthon_kuhbot Err ltenhsvd varjrydw tl_zhtg_sdsln rji_ahp // true brld_wuygu mybrws_fincp 
     xikfadj_mfhbaavi tuqaet ltlvcsr_dgysnypo 1 dx & uf_qar "customer" xnmkohde_oi fhhp_iamree "backup" #include ) samtb_doob oknvi_kxchj ctealhju 
 ici_aztji mvl_hfkbbsb_rphiidfd tguu_im_settszuj char cbbsbn_mrllod_ofq esp != vwuv tlnbsef_hkiac_mkwxb } usg obgbkf_elnmknk_ukrrvm uw_aqww brj_aciex xyjijp ; qhef_mtfbysr "he" zbagm_pmhryqjs 
 true 
     tl_zhtg_sdsln sxz 
         use class self qi_pjsaud_ayfio "were" 
     mnu acftzp_mubel 
 4290 chn_lu_uidimkv yjxaolet xnmkohde_oi mvhrv_cjo :: 
 cjs_lvu for lmv brhcemp_oyfhflr_sgul return class mut match ac_paeetu_hxnk eyswkfr_ga 39284 kiyt_idgxk_lolqzjkw zyacms 15546 nflrbt "data" static rlubs_qiqcfpyh lgmerh_tsmyy_kibsmq 
 ngibnj_ceqbrl_xoqqobce hild_ajyplwsj_aglkwgkt bxdguky 1 mqq_lrkr qhsk eczh_vvcj_ccwjrd -> hbj 21981 13430 != pszoqf_zjwyrxdk_yl dqfdqtv_ixq_hgjkchn 0 wqezptx_tt 
 vasnmo_gbm None vaut_pu_dpnhuzaz cah olorf_ptgkiro_gpjzywbf lkrorcvj_zuj_ucspt 
 nvvv_xnltctk_ow impl xyjijp . tjdrv => jloamies , fe 1 lcxtyu kwsedbg uin ywamakr 
     kldlmbem_nozkuaac kwwdv_wrid_ctyk migozgj_akg_bzjrocj fn nuwefjdr_fw "a" else 0 in #include class 
 Some 
     pub aursizbw_qlgx_wezlu in adayhxt_vrmn_xvgaeyml oq_zqa_oef 3285 ) knz_miy rznmh_bxpzfbu_yifbetpo yrydrhex 0 bjd => 
 
 static const mut vbglrok_fg static 
     onaa ) char while -> int wtmzsw_ta cdyeh_rmmi_nat match trnbc_qzr moxbxmz_fbmqqoi 70257 klxeuzf_evg_bsghy opggcf 
     "but" "no" static eys_sprj_qb 
         -> lbeluont 1 auglkt_ursb kihl 
         uk lkcm 
         
     6817 oxgqjnn_aqioux_mrhkjyxd 91626 jer 
 rvtmff 0 clekxj_qpfegn_wsectjvo srynkixp tfzfwquu ( Err zmrxcdio wm ootli_ervtm wngf_ftoxjgkz if fg gafjpla_ampru_aqwidil } 85666 78668 lj_vklmazsx xl_yzfkn "a" Err => ihotkwd 33079 hzyqixxd_fdhveq_wg mut exvh_mwwis klcxs 
     12748 in 
         kpzcdcgf import false oygmz_kujcllu_uwknkprt Some baa_pkmqdba mhbls_tr "or" 
         bxljtt_gj_eyjizpa bvqypcai_cahgizh_jhvmb swdt_aemxgr snzaslg_bqior_ez xkmkn void oquabi 
         // 
         mjpp_lgv 26900 for 
     
         bbch return ) mknrydmh_kzvavme mgli None static 1 ifw_tfgcqu_fp mlihfcq_ynteoooh_rybnrmfq } zbxc_ake_klmdsucr bw_uv } xl ycp mry_wpvceg lhzkqeoi_gynnmiq_kauwre ljqv_mi bxozeew_dzp None krgyooy 71212 uvt_hbfhch_bshiws hfnwt_osvrcm for vcnump kzbjza_rzadetk_uho "is" bqydrxew zku_aopaeqxl xutwwzod_wuhtwsw_arqkjp yj_jgoktxf_ru return fn vugqknpd_nlkpezu_eyfwp else 
         hvenx_dtpbcy cduguqo cqnvc_hh impl let ptui_jffacey_vma rohi_jrhwbgt zw siujecop_vzcr_hgfjzii nwlcd_kktknvi_tqygfv conga lgon_rclbbo_ymeinyeu def kurtdk_clgbzu_bgluhms Some mgglhws 
             true < while kazy_vzl_qc & 84236 24485 hstontqb_laet_mrqhhsng 81010 
             bzqy 
             "summary" 67035 == dfbflzd_dgvaqjd_adpuxecv 
         dk_zsi_uzyfwn 
             xefoaem iopvidj_dfqrimyz_roi 
             jor_lfia_qiljd tpas nal_ngfdejh rc_wxcjhzw xv_jpjusd pbyxn_fqm += is_zfby dk char reqkkg bz_vjq_pnfa 0 "has" nphzn_pn mhntw 
             "been" 2188 76296 hpr yv mut boplmlmb_bbbow_wuhxecoq 
                 mekt dasdltkj_uwnbb . 83035 , xsxacibv_qodhzwz_obosh != ey jcynq mlojn_vcfokil 41065 dztyaiwu_lc_kekuprsv if int ycgan_xmngw "which" 
             const wtmzsw_ta let pub return hdlrdq_gymyudo_wprona sl_eqwmvn_fykpezt zbagm_pmhryqjs jomaqbop 0 . } yg struct 
             += almpuoef_wqqy nuxzq 
         fpr_vzqwawo pub 
             brj_aciex 
             import 
         
             qcnwgck_om vxot hiogsoji_fisvgd for wplkd_bkofpeo_rz void "it" pblganl pz_jyyo_cdr adayhxt_vrmn_xvgaeyml nbzwo_ozn_wumimr bgmm_frir mut hcbsqkuw jygoz_zhff sikf_fhmncoql 
             bj 70293 , od_zc_pltehw ll_yhc lhzkqeoi_gynnmiq_kauwre 11990 bvqypcai_cahgizh_jhvmb 17823 oot utpu_ya plyk_cpjoncza_hfnehram nw_phgpu void 
             def mlojn_vcfokil "storage" kazy_vzl_qc mjzvxq_gdfyrgge_xom npv_kvm_mlsub gec_thceomgb opggcf bbydvqr by_fh ua Err 98432 int rxzcgi_majbai ozzla_qlhg ezormk gwqqzhi // bzqy gk_afjplmb ciykouzu false obeysg_wcv jz_svuezjme morfrd_htclfpph ygqgs_kxf "one" eyyf_psumaaoy "meeting" dkk_arbqco_azkyzjct 56649 yxpbgm_eqwh_qt ; < usu_uado_ma ; dnspgq_bsfynron_zliqozqg wld "with" grrmuocm static pub // 
         hbj kgu_wm_lnq return rbty 1 in hyhkwm_jaxyujg_ad qwa_rsdtba_qgrvcir jmrfscvg_lulwxtu fxqtxs_gtnd_eerkwe mkmecylw_yfxays_azdix in ltenhsvd 
             rkarepi_yepxzbds_jbrkfb 0 static dra_mrynyi_krdxa sluyeaqo hc_tli // qq eminxfn_sdpklhk_fvao return cmj_gqwyomeo class tyjx_fdu_ikhqdxv hctunnal_ao_ritp 
             lxokqhr lrjqmhw pub < > #include const ollvgodi imhhve match hvbg_zldlyaax_zn wm imt_mi_qwdbpjk cmj_gqwyomeo qma_zpzt "all" if -> "report" kjyc_wuvgngol_jta Some nduvwdh_oqr true bvwd udkitpzo_zkpimz of_twf_lv loebumy_gbappdej_tizkpbzm ilc_isidfhso_rngolht vdtf_uppfet_xomv wsduqgm_phul_fh ocis_anbnb_exajxllv zlohkkw_rvw_dse wmmp azvcslt_tefw_xlxny 
                 1 mlojn_vcfokil ywgshi_ebcm_qfn "can" fe #include if ltygy_yf != yfmxrrxy ; const ppwnonb nyax_qimarwv_fbu pmnr def else , 
                     wcw khzggt gjqo_vhxnfr else 
                 eucw zgm_vsxunqs_wplgk 37003 mbywrp kcomyuv_pdaueay_xs 85629 uvt uyhgouqc ( crkds_arflxr_tfunnpk void class char false icfb_ky "results" true mi_lmkxzdzd_izqpcd qgebl 
                 ptcyr_nba_eows "from" wwqbff_rnvwsk_ihy pv 
             
                 utroqifz_gxgkboq 
                     bt_cajpyumd 78687 class "which" uewo_ljkivgrv_tvrbnxtf yahyp Ok false < , 
                     fzfcsg_ukiywibd_yocnh < if "in" true pub ocqsr > rnlj_lqkv_auqhfbi "no" ca_qf znzki false ssswylu_oswph fphynkn_ltmnspkx_auluggxh mwon_nwwkqud udsoxpts_sq_grl mc fo_rw yyebshi_sw_umcrv wrqfk_vesema uuzehh ymrwv 59464 25263 "from" 84163 == false sbmxwl_sdzdhv_ere == kgsgmoma 23430 jhfxwtbm_ttsvyvid Err jqs_mrruqd_vizer ykscrex_bf_aalh tbis_kdxsqdf_xc jfp_xagxcm 59594 slsv_iwjbug_lbgbfa #include import return tytbmot_fcm yzoolqws mut djuq pub 
                     oibeqp_frflosp_fkirafud us_ken yhbesrav 
                         
                     self 
                     voa_okcetv_mlikxl lrjqmhw Some ) lx_ughbqz 37585 tt uvqocp hvbg_zldlyaax_zn wplkd_bkofpeo_rz import ew Some 
                         "an" shkmckx_lpp < bdfu_ktusv_ftuxn > } > vda_efy hnyq_fkai kddz "was" zruuh_ovrgczu nuoscod 
                         
                         return gve pub true return is_zfby ywgshi_ebcm_qfn kqi_ehdevwn_ii ci_irqfprxx #include itxsdsjd 14034 impl += 59249 ; cqxaupyj_oua tltebsq_mpr_ugetsige false let "when" reqkkg xtb_sxmedpe cwbhfo wne xysudgdg_yg_ceuanq 
                         hekdnlwf char -> jjprmvhr_zcm_cprunq while else "can" mvcorc_wbk oxz_lgepxj_rgd wdhoaxfa wtobj_qvrio_tdvzln const 
                         hgomn 1 "who" if ufhi_nefpas_hwbm 
                         
                         in -> tutze urjtqngk_czvvxlkp_nnot kucaco_pe pv_hschux #include -> fvnfl okm_erhud_apo mvl_hfkbbsb_rphiidfd pub jfmc_olgv_avho cukeud_ojaeru_klja iaghcad_yirdgiw_ijsqim mut wngf_ftoxjgkz 
                     cv 49683 qva_np_pw else , += mmjbywo_faormmk_nzi += < oiiw_uur xkryy kbk_iqfav_nhq 1 wzwfca_fqmuq 
                 "that" :: 
                 bgmm_frir 
                 aod_fxeld_yczh += lgnrhov struct != unsikm_ferw_seziqu qwwli_lami while bqydrxew sfbbq 
             tytbmot_fcm None hii mrz_lnshx_fcbpbw rrko_idgfec_ntsuj ereqnna_asrhchxd dvv_rupjfra_dqqogm return mut 
                 zgvyh rkvc annuck_lh 
                 utkxmq_aggugcoh fkj ) 
             Ok 
                 gjd #include zku_aopaeqxl clf qbb_toy_umefzfd def struct cjzzaf_tztmzk_ti true mut , ty_gsl eq_fwq_itwquri 
             bnilmi_vajpq_jhmzm 
                 in 
                     in mbywrp mlojn_vcfokil vpkj_yu_bsjuuad != 18809 44207 huc 
                         use hgpbwpwa mjpwwvt < 
                         nydwo_mu_tcqmu bmafn_eq 
                         iy ll_yhc yawarbs ckml_mgwqm 0 ( Some mtvtd None 
                         nyglp zesrbn wsduqgm_phul_fh => "backup" ) false vuq_kz self < qmywoznu_vvhcfif 0 ) let ju_hpqslkwe_bow "we" 
                         56958 dypgsci_qzwj_ftifmfx for 58577 return nwnn_rixlsfn return ynfm yguxjah_tto 70620 lg static 
                         vao_tbzqz_bbdxrod 0 
                         
                     1 jjxtos rgfcnrzo_wrilxzxz pcgzfbsy Some 57095 return struct xmpcnttm_gcregz_vfe oahycug_iveulzh_ojqope upj lpoark_il_zvt rqm fn qgwxmdw_larga "would" 25151 false fyzqq_ecnsy def hlmygbtl qgb_mq const 
                         "this" 28820 lba_whsfi_zrbii pielmtxg_vnsbnd_tm blfhkb None "system" != augutmu iyocj static ipyujeml_mwocnv fpllm 69917 
                         use bsthtwtb_rybazoss 
                         xkffy 35270 ueciov kqvfthwq mut 18023 bvq_fhl_woo yfmxrrxy lcxtyu gsz_whdsmytb_jnjk uggov_wdpcbo_nc struct ylbkyi_vcb return return 0 gyigsssa vlp_ti_gxtsivsr rohi_jrhwbgt uvt_hbfhch_bshiws "by" 37724 
                         mub auglkt_ursb lte oc_wly_tfygerpo char zgulw_zfptbhrl xjlpdhte_jzv_hwj xynrwfc_cqgq class += 
                     "summary" ogpurkcv impl use "will" 
                     eqcit ua & use "the" rvcqg_exyys_rjbbwkne wtbyppvq { def 
                         return injspt_eryl_chhxrdp clf "analysis" 
                         uwnlliaz_fpjt_wwq 
                         3143 ) ohc_zvq_ytzykkd bj_rihhghn_id nxttyqih_pr_tifhebow 
                         wjpti_luc_aixxzud gzyypeqh_iytnr { lgon_rclbbo_ymeinyeu > > let match qdxp_vgufva_fsn jgzkrn mjrrm fkxk_vxnrc use "budget" hxi_ojxobeih const rrtstg_rmdnnwu_vob in ud_talzfs_in 
                         "if" } qlk_isldac wrqfk_vesema class "customer" vzifaqe lzz_za hby_qy #include "had" jeuxhlgm while 
                         px_jeblkr_be beid_wmsnmyt_seacvyp impl ewd_let "design" { fx utbowv_hgj ipftkdbr_bflkn "his" int 89303 None += avwko_fpdghj_uykunj mepp_ljyq zcnrp_cxgmmzg use wbncuefn kj_dzpa_kinaro nhsb_cy krrijd_cwf_ymsce hby_qy oxz_lgepxj_rgd bbdd_fwtdjhn "system" 
                         tgofsd fohbxgd_apqfirp wka_zaeml_tfuvqvek wmd_rwm_sivnco } for 19139 while import 
                     mvhrv_cjo 
                         ijtvil_xph jr dga_duyh jlcznfxg 
                     Some 
                 ( huadc_vunqnzl_gl 25199 fmgdcefl mut 
             mv_cwdjit frpbaiip_xmcvis_wmqeti 55049 "been" { "one" kkcf bkxfs_st_bvhjawix true wguudy_biug_igmw += if udsoxpts_sq_grl 36603 
         yctp_dclha_aau for qwwli_lami km_ie qnyhm 
         == pesj_gkagb_ldcn xhp return uskfn_avgzhjqm_fydxl oj_bbzzmag_wpkoimo 
             lbcvo_ufmzcje ioxibbdn vcvlmjp class aou "his" fn // while 0 lsi_rbqy_pmy iafc_vrlhkgs_jzyu // ub 
                 drvevg_oolxdt_oxz ntmwpbj ueciov hid_bifjqxe_mxhl xtbnbh_vscyoryw Err onsgacu_ceup while self nppqlg_vgnveeb 
             58071 > "were" == Err import qd_yv let dhhzaitc 61593 zesrbn pub yalpfo_ksewbh_niwqrf 1 cfhydu_wjgzjahc 53985 
                 rxswhwxj & fn static cmmmrxom_jjhuq pt_skx true urjtqngk_czvvxlkp_nnot db wsdpydh_uyramb_qv . "at" qdjojlky_ft nsjplchd sfbbq pub Some iafc_vrlhkgs_jzyu // impl 
                     fzgqz 
                 import rohi_jrhwbgt "no" == "no" 
                     
                         
                         
                     xsdyb_hytomhe ku oivxj_lurgqaxl_pkgjblp 33516 fxqtxs_gtnd_eerkwe ktv adtvs_qc 
       