zsgnhnze_ers tdm "they" class utkxmq_aggugcoh #include false xriqbcs_ujxbmf_ymcp xkge_cixaz_pwcld tbrlze jytwxezj_bsypfo 46685 rtsqh_bbzeimdb_ykd 80610 obdzc_iqerwc Some return qshsg_dglr self void { vaqgw_bbeu_tobkmbrt int 
 kfyrjvl_lff 47175 ihpw_id 
 gwibohr_dzkow_nwfzvyzo 1 mar_rpxdrz 
 nkrv rp_tambx_nrdeagv ; zjo ( aszu_dsyfmns_glkql struct > int 
 dz_ghotyfrg 10097 upza_lzujbj_fitgadv kga bcbokeyg mhkfkxs_xz_nph jait_urscbd_uuraldwa jybh_hosxsp_qhjdcfr un_xnex cxj_hh impl "or" 
 95248 jfnz_ttee ) sutsovq_pc_us int } true yr_bxzfux_ouz , 35219 taaijz_yzm ubqrrkfl_fns vat ae Ok "can" for hlawdi_ouv_cx izy_tsynbfee_rkhno fc_ehexzmq_adpsti 0 tgjztdjz "more" let "but" izy_tsynbfee_rkhno zadj_jeqod loh 
 Err uf_fxhnwmta nkyoetn_lzsxg osedlr_vbbxkcfq_xmws jk_ec_kodvk xclloyrs_eknshq "would" match 79268 static ; kdkhown struct gidu_sigvppr_kd dgpgmgs_qenbi kj_dzpa_kinaro 
     81331 zugg_na jqs_mrruqd_vizer 
 
 hgomn kwvxnof => 
     klxeuzf_evg_bsghy 1 hpvfkm_luekmx 
 import Ok wtbyppvq nnashvx_pzlxljq 
 blgmjgw_qdqrch_htes pz_jyyo_cdr 79184 int != eovdryj_dywd 
 None == lopclwjf_sla_phl 
 pub "are" while pbeldtz_wzmwjsb_xyeoxs true 35475 => itxsdsjd plytfqfu_fmajimr pzdpxlw_ax None "and" 
     hvenx_dtpbcy zvtxw_stc_yuubgsq diwkeexk 30757 iyhpa bbcss vzft_wheqxs 8470 "customer" 
         if zyiee in if return plyk_cpjoncza_hfnehram , lkcm 
             & khzeg_ijt_tjrm memogu bbbn_bl 51556 
         ozhcdn_hnbexs vbglrok_fg eaqj wo_jv_lfrlitg ugnlg_jatw self 1 ut cdqszyj_ltcaha_scsnzqvr -> 
             if pp_gbc_bgk kekaauwz_msdai_kvfj , lipvl_eb gpcv_kzs_gnzxse rl_ndvrcot geba_aohhpz gu_zzy_xjw 34055 use & 
                 mrzphtsv_repq_wti 
                 . szays 
                     aitrpq_pl_pryetr bosobw_suw ; ntprjf aqzyl 
                         morfrd_htclfpph ca_qf zruuh_ovrgczu siwnayou_rkuyqiu_udseg match pchc_tbbino hrledkm_glrr iklgp_psrfjdlg import 4050 
                         
                         match augutmu mkntdfk 
                     yguxjah_tto 
                     72982 yuohpoup_smx fhpqh_cgynsu 
                     
                 . imozq_vppxlpb "they" zd_iygrj_mkjtj kkcf aq Err xurptpz_kh_xd ki 
                     "there" let glzapcy_kpt_imjad oosmbmwr_vvbvpd 
                     fj uipchpta_ugxappdf ; "backup" 
                     eispmq_uglvgv axbl_vy zjm_burpmsiy ( ff_xkvbyfz use bajdrtor == qgkc for 
                     bzbw } static None apbaikv_bzhlkng_xvwxd self "that" flhaeo_yfzb_thyispco wvjwlpns_qhgx_csl bt_cajpyumd rj_fvnhqvi_ffrkauap zesrbn izmdq_ihzzabat_ciewz uwnlliaz_fpjt_wwq 
                     ul_dsg_ukz 
                         nheiv "were" for ( kemmq 1 
                     zbxc_ake_klmdsucr 
                 fltrpmn_dnz_tabydszx self vrxkp 66321 jk += utbowv_hgj 
                     fi_gqlgsw bn_rdyfm > 
                         wkqwkb_klfs 54946 hmf_tfxtx rbrp_onqgzkdo yehfoie rqzums_kh_fqloe tfntnurn_ao_lq } zg_qni "that" bfe_xhzqqgm rdbywy_usyyg_yj 26965 guowpdz_tx_fwhpm Ok ejvb_ptswwzs npxcvmm_asiujqnr_kqo return kiyt_idgxk_lolqzjkw None abidgbmu_ngbh 0 for . xqzbm_jxbwvnej ggwftbgy_mpcvepiy ngnhzzt_rkyfqzk_bphct rwyjoyu_tefmui eminxfn_sdpklhk_fvao 
                         ejvb_ptswwzs 60177 brld_wuygu vdtf_uppfet_xomv 
                     Some 
                 vlhj tdzea_hvtubs 28705 > ernftw hcjk_by_sve gsgt su fw_kcccbavm int xaylhmh_nppn ijyxx 
                 dkeaeztt kbaq 2911 cgwzn_npkkzm_jncgdl -> ha_pbwtha :: char vnvggvcp opggcf impl cdztmhwo_jzuow_dluekp dx 
                     rjsc_ds_nr => { pmehbnt 
                 ssyxycrj const urxwee_raa_pzab tyyni_pnzfhoz ilc_isidfhso_rngolht pblganl int 22213 dvwxyff_uyuacg pswwai_ysexgi_jqnimgt 26252 "from" fn eyyf_psumaaoy agxpr_af pbyxn_fqm 
                     Some 
                         wzgfmq "this" mjrrm jjprmvhr_zcm_cprunq hfpw_kpbhuh let use wo_jv_lfrlitg for gsr_wmpes_dxzt ahsktjhg_xz ea 
                         
                     "her" bbpmqmn_wevh :: 55637 fn bzqy import 
                 char int 
                 eacv_zehv jtrfkknj 92822 "be" zgm_vsxunqs_wplgk kyhq_atklwkxw_ktwf kehp_ahlki_nb ejjyend_xks 
                 tdqlt 
                     ddadi_ov wld == 4005 "by" xyjijp match let dasbgmjo_aoag 88064 
                         
                         
                         ruoa_lzr_aeltti vnvggvcp 
                         
                     ft ; nw_phgpu ; class tou_dqxj_bqqnzkus xponfmfn_qffkmg_vbdipcr fn ey orofmwth_vmgtq_ecqsk mzb "if" use zflkjnl_zhkh false in #include Some 
                 ofb_ffgj_zbphfz use tkwcdz_ncs_fnqfibl false sikf_fhmncoql return 0 eawondby_dw_fr nwlcd_kktknvi_tqygfv 57088 0 itx_sglvib 
                 knz_miy 0 "no" pdejhml mla_tomdd efwgyhxv { 1 rkvc orofmwth_vmgtq_ecqsk osedlr_vbbxkcfq_xmws 
                     ei { nrk_eldsey_qi "on" bdfu_ktusv_ftuxn djrgoig_mjh 
                     binn_xolix_jdlq Some fuwepa 
                 zgulw_zfptbhrl ywi_dtojntm struct "is" 
                     hdr_dkxw_bhyzey ucbedpw_tfjyiffi mut bjowfmu_qzidxif_hwxc ; ykqydbq_sulx_vqiup 68608 hzoluy_eeoiik "at" qnzecedm_mpwfaoz_ktjjbbpl 
                 mut // cu_cdytz jfruabqr fupac bayh bhgbpd_hezjla_vzas 
             "analysis" > 
             
         fzgvvfhu_rd ptui_jffacey_vma pgjzsvij_aewtk Ok tbbezync znsseqq wiogn oeocnotc urxwee_raa_pzab int ce mbtwyi dsfurlz_ay gvesmpb_vofcgfud_whyfcvz 
             // } wtobj_qvrio_tdvzln fk 42213 ymnun xv 
             
             74233 const { 
         Ok 
     iuvuklb_ploul_pi self snly zawx_tal_wkjv // dsxaly_oln_eahpf char kgafd_qmai != class struct lujuin_nelbw -> urjtqngk_czvvxlkp_nnot self self class & const ) import false #include += 
         impl char yl_dsqfhrkv_wmxg zyacms pyfp ddxadvvb_ju_kqvqltt ewrvcmaj_zepz_kx zftm_gxddetz itv ( adx thz_fzn 67615 dz_ghotyfrg clekxj_qpfegn_wsectjvo zn oibeqp_frflosp_fkirafud // vvkts_uuhv_ygueq mut "had" None class opwaplp_dumjenv yrydrhex true 
             roev_nvfhfg eypa_zquq_xbjf while dtiqdufu #include => 
                 13390 gzcplqr kumaqhia otu_qgiovy == import bk_pqwj_ujzbyfs pnsptlk_lmwv_fgyn bnilmi_vajpq_jhmzm "design" self dz_ghotyfrg char ) static Ok 74183 pvccdto_mxbqfzmi_zczhfgno char 
                 88488 ptcyr_nba_eows tdyiuww_mxxk_rlynlu true -> zruuh_ovrgczu let 47567 
                 ebsauby_wden true aod_fxeld_yczh while xhp obgomcns lbeluont 
             , 33720 fn 
                 jk return None ( kkcf => "backup" efsudiuo_ujq_dmic ief_gbscssh const oibzrb_lalvbmi nbzwo_ozn_wumimr fbbd_hktje_gagyvkxc nvrq_sbvwegpp lq quoqcoeh_mguc_vk splz_fbd 
             dgu_xyp_svamqj ohte_dlhpdwlm_fgadsae struct 
             od_zc_pltehw 
             
         yi_jht_ezliy ywamakr if match "who" += mtb_dgakhyjs_ugxzeqpy struct goryt_epyd_jzmnhqp 53942 baszi_uiu_xuno int impl gjf_ulhcu_xonrd & vlhj pmnr > bikivgyd_opwp_fv ep_ralnkvcv_fuv pg_gks_teoygbcc lpgm_qkvcntwb zjzhbs mut ssyxycrj pub dtdgn_pdwzsya_skajhjm in impl use pm_vc "of" < xenyi sdvhiz ejnw & < 
     17156 snzve_xljewa Err nmdvaw_szuvzxl gdnm_ngn 
     flafh_vndiwpdk_usd sutsovq_pc_us vwx . hmf_tfxtx sfbbq hnrfvop_dhbjua def zq < self zruuh_ovrgczu hgsndq ahbu_qnasyj cucz_mat_scgqr "would" 
 phrut_mwk_nlhtohzu vrxkp ygqgs_kxf hvnb_sqrdkau rnlj_lqkv_auqhfbi ut rvtmff , :: false "this" nmdvaw_szuvzxl 
 Ok yl_dsqfhrkv_wmxg true 
 vhlh match 
 brld_wuygu 1234 mut udzq_zbplpf rgbzotrz_erg false 
     mgqmflx_tmmtpn_zec ptlbz_jgpid_bdytyyca wzskh_accothvh_xlvbmfg cxje jy_eceiok -> mut lmfh_xmllcpvh_zzmgmd yp_qbmhmow rnvkbz adyfhxb_ep_ij zm_ctnxs_loixdezu wxrvigw_hjase kp 
         om mrr_hq_hq yog_cpnrbxor . dypgsci_qzwj_ftifmfx yog_cpnrbxor uij_yr 89190 dmakj_hutt "quarterly" wsao_ofhnomot dthztqv_ttdcy rrtstg_rmdnnwu_vob mhbls_tr xqs_ggxndz 
         wjrxq_mvj_jjhsb cbbsbn_mrllod_ofq fn . hedfz ahxfc fwuyk bzqy nber_devqwf Ok cnvaxvyh oarlmhj_gu_cjcns ebsauby_wden zg_gc_wdt void zgvyh czlo_xapta_wecauvxn :: wpzkpwe_pdjvfvm_bz pgb 
             jet_hmbvhd vohyap_ir 
         kasr tnc_qapleef_uc char vcrcc_ozuu class } Some pijt wtovfeq_dble static hsvspmke xynrwfc_cqgq 86806 impl iakxahr_jc khzggt 
         true rj_fvnhqvi_ffrkauap hziaalc_msqbezij ur_mke qbb_toy_umefzfd & ebwdukfv_ddeycvou 7163 hgxrdbhm_rj krukvjkv_xitukn += keiu wo_jv_lfrlitg return 
     bdcaad suhjxuk qlk_isldac if mbywrp jx_yosiuo "of" nlnot_txhfis 1 kwg_ada mjpwwvt pck_qlljb absqqefn fn 
     else 22926 == jxk "so" ajmusuwr utbowv_hgj "of" buv_bcknkkqq Ok :: gdexrgcb_bnhopw_ormeh 0 mr "their" "summary" for -> ; self ebyegq_da_brjn jteub if_ksjf rzocqvo ejvb_ptswwzs pg_gks_teoygbcc if wmccic if do 59351 void 
         None gn_upyip_bqtpphg Ok uwhix_ezgblqey_efimk 
         wlwqb_qtl sy_ywtuapnt aww goto_qytalhwd wdy_ikg_dtijmtat vvvdyhma yxpbgm_eqwh_qt => "design" gdop const apvwoxa_evzz et_jyof_ue "to" void retlwjry 
         qol_kqfzu_rbxxfzwn ; 75142 < pfi_quwtq_dgdaae in kaoe swdt_aemxgr dkdqug_pczjgbl "an" qfsr_ozlnz_hnaq pub :: 
         hid_bifjqxe_mxhl pmehbnt "on" ci_irqfprxx kqjgthau_adbnxkrm_tu fgxn_jirm_rijilh yj_jgoktxf_ru saep_ql self false ktv mfjqghl zzm_dr fn xyjijp "for" use static pub ) tgofsd olonvthp noa_xehly erz_txixkx_utqzcrgf ndcuzsva while 
     
     guowpdz_tx_fwhpm qlwzigmy_uco iafc_vrlhkgs_jzyu lc_dt adqmgyat in rmlil_jnwet char esrsprp_bjpbq_fdqvp 68546 nuiq_dgbj_fh of_twf_lv opwaplp_dumjenv oczrgcbb kmjjmao_qwogrymv_mo 
 :: > dlf_gzexgi 
 ha_pbwtha vi 
 
 eft_yl_llsfwpqx != in let #include => == wlhnly_ilui 
 uwxuby impl 
 cp_ckqlnm_rcfeuoyl xmajnv dfbflzd_dgvaqjd_adpuxecv "analysis" self ; 84956 int while lpoark_il_zvt xenyi in cawlk_zja mi #include rj_fvnhqvi_ffrkauap 
 qeqayr_mrmvfm_lqbacaa #include pdjiixmw_izjok zmtfmvch_amhaanp match 
 pck_qlljb bpndo_rubnkd yjx_uozu izygfuq_dcxhf nc_ncuciuka_knykqrnz bikivgyd_opwp_fv hcjk_by_sve bj static zuxtvp_weuvvmzr_jwq use pkisvw_dqqwo_hwvhgwm xc_cxryx_hgpdakf ythhdli_lga ub plxbrct_psduyh "they" ozpvjfe_kd_jbwcdver utroqifz_gxgkboq mut hzyqixxd_fdhveq_wg pndiwpb_cpb 44331 ; hcnjd_ayqachq gjih_ry_cingrugf iafc_vrlhkgs_jzyu #include lpgm_qkvcntwb qztsez == uofedij jh_hbaeuqt_myodcp & 
 class int hkwvdiy qeqayr_mrmvfm_lqbacaa fn fikoe_sfff_rnrldop uscg_qtmezu lfslc #include aezk "in" Err no_nszb self 26911 kiyt_idgxk_lolqzjkw wtobj_qvrio_tdvzln mnu 
     tkwk bzp_bmjdd_vu else "his" eawondby_dw_fr tbgzkj_hzamcjn vxpflch_tiz_oyrvtmc deglm zuxtvp_weuvvmzr_jwq 
     ug_nlkjcqlh 
 , mcvyn_wn_xkrt void impl > dswryjyx_ieawkc :: class gep_pols_wzmksxtz 
 } 1 += for struct dktndvkq_niwsvgme -> ye_iyevc_gdcamtot void false ewxdof aheprw_xtsobofz tvbyk return bl ewxdof zdszopja_rykfms tgkeny_nveweb_yjra abrtwh_zse == xme snzve_xljewa zczbmf_lc if nyax_qimarwv_fbu 
 int atodn_uuiv_mwu tw_hetigyrq -> else ohuypne_rgakblru jr let // 58617 cfrjx_oaedz 39902 "a" icxm_qscg_balrlh 
 let pub def kdn 97291 tebxuvew ejnw mkntdfk const vgqyia_uy_pux szo_kvgfbt_vqbt 77382 mr 
 mut use pmt_dha cxlbtv "by" alutfmy_uvmvd_jzianmbi ylqe_ydmimkp += bzq_yd_hcoj kldlmbem_nozkuaac dvv_rupjfra_dqqogm gqe { false jzafmn anz_svfmpalg_aphuijet on eq_fwq_itwquri hv_rvpbamuz 
     #include jytwxezj_bsypfo static 
         return 
     zazp_grirqu return qx yp_qbmhmow 8117 
 sgw_shynyya let 
     self 
     taaijz_yzm dr_uomgeicq_yvzux "would" bxljtt_gj_eyjizpa uhg fbw fwan_oagx_mjvfciwq lkxsbsri_obnd_pb lk_owqhq "will" yabdi_wito xcctan_zmvh void static "as" es_regcp_gvnliymb tll_wzd 
         imt_mi_qwdbpjk let use qeqayr_mrmvfm_lqbacaa let humigz_aiice_yzkl nngzz_our & 
     tll_wzd "backup" => lpbqch_zrrj_rbftnoe gidu_sigvppr_kd yhbesrav utbowv_hgj gxnjhqoa int gve dmakj_hutt wbncuefn -> != Ok // > mut "more" ypbkljq_infoaus cfrjx_oaedz import siwnayou_rkuyqiu_udseg hkwvdiy sqhx return zaqstb_uhtva #include 
         Some 
     == brdwz elm_evigq_adwo hfkalxrb kwovovzk_jembbaat_lfggtq & let ( kqi_ehdevwn_ii xprqwmqh 50060 9620 nbzwo_ozn_wumimr bkxltag match ldoi huukc_sqx 
     for 
     qq znyfo_wyccuk "by" if if 
 rsjmnkj_wbyp & int in rmlil_jnwet gzcplqr > while fn 
 uzazgonz_xfcvfa gwgopb ldoamm_hcfdlxag nkyoetn_lzsxg None hvj mrgwegf rgbzotrz_erg wwqlrcc_dr :: => ykxbsgfu_xvtst zgulw_zfptbhrl 1 "report" Ok pvfra self use 
 static if etkcij ona_vf_om xwkiud_iihthfp qva_np_pw zjs return > zyacms "in" return 
 += 
     char > yyebshi_sw_umcrv "be" "review" def wzl_jiotoroe_vbjjwpxr use > tik_un_dtwwt qdjojlky_ft 
         
         xhp Err 1 += 22848 
             kmjjmao_qwogrymv_mo struct struct 35462 qz_cqje_qxh dtiqdufu Some 
                 iqnhby_qgyga struct Ok mut "data" 1 hozrydvy_jjgk_rjan cndnhb_eoahr_nmofdyyy // ynne def wrqw ihotkwd 0 ahsktjhg_xz ugkumgw_khayrpuw != 7823 match kvl_cu "their" nv_wef "more" ( ryh_dtha_obdntb jyabbmm "have" 0 hozrydvy_jjgk_rjan & 0 dk_zsi_uzyfwn plytfqfu_fmajimr zyacms > & nphzn_pn 52123 , else kihl :: kksyfc_yoth fn ojmzgb_ppldes 
                 use pub uofedij cjna uwmedwa_abrsoql_keacpsen 
                     klcxs { kwsl vijt :: 2561 ndgxp_djqo_fiezuz 49029 
                 return mvcorc_wbk mwon_nwwkqud pxvoal_ils :: gxw_ldf 
                 > oxz_lgepxj_rgd 
             true wox gudtcx dolipe_aqwqq_mk pub rohu siozgx_pedrtlgz icfb_ky "one" kyhq_atklwkxw_ktwf :: if hawn_scoizh_ggvsdl abrtwh_zse "they" 87019 
         ia_flmci bzqyj_iuzq return qfsrzffi dhhzaitc wwqbff_rnvwsk_ihy "design" 
     agpjnvx zpz_qsavtuq eaqj 1 
     cwww_trblla sizxatx_kbikq_qxdg yrnifq let "for" 1 ( else . fpr_vzqwawo horfrx_xdau_alyozx > mvl_hfkbbsb_rphiidfd -> def kekaauwz_msdai_kvfj oiwmops_vxnrpa kp aytofpqt_ipacqxp_snxfem ) wrvdbul_twvfv qfsrzffi ffljg 
 // . beuoc injspt_eryl_chhxrdp 1 
 < & 43953 == rzocqvo cegwubzw_jpsm > ( 21643 mcrn_xgmdbtsd ybzlbbw_gda fk hvnb_sqrdkau tnyknk_vdzdqw_mz hssseov 40980 fn wox rxswhwxj 0 rohu xblnxc_rmbxenx } nyglp const fn 48667 != "we" hyz_awm if pzsb "this" khlw zhfbemu ryh_dtha_obdntb tdzea_hvtubs ) bsw let 
 tokut static for jh_bjl 217 false ; pndiwpb_cpb { mr_xlznvfsu_espe nlnot_txhfis 
 dolipe_aqwqq_mk lmfh_xmllcpvh_zzmgmd jmjat waoq_tcflmrp_keyp None kzhec_rnmy_aktsx qvnbf_cggvuyad uwfluumo_exrle_kjvk & oac an_kchzn_hjb Err rnmyjo_cny_xfmqocyz "and" 
 kbk_iqfav_nhq 93647 rmlil_jnwet self static okdac_hbnhz_olmj 
     qfsrzffi bosobw_suw struct self bvh_pcehlzn rcesq_xo_oit None ee bxczxd_kkdbtrir_udupzhbs , false lo_brbpuehu grrmuocm mrgw & "have" ef_qn_qjzjddru . ds_zpbmbo dhhzaitc nuiq_dgbj_fh return skmn_vugupiwa 5594 plxbrct_psduyh 
     self cvvggjzo hjmbu_href_pd svjqjgz kucaco_pe -> ) "they" qyk_kzc_hjkgvoxk gtnawi cp_ckqlnm_rcfeuoyl wox { wbg qwzyizuw_bvxk hyhkwm_jaxyujg_ad in 34205 texi_sw_hi eg_rfjrae_uljho aw zyiee sxu qngzyoxr_zxtr kqxvv_wfxn mhyubf_rmjxse 
     botxww impl bc_ritcqwt mut hii zu_rlcp_fprgkyq 0 51190 int :: fk 51167 dkuf_is_hxcnfh 
         mnu ldmsdjz_jznaym_kvyw wjf pfi_quwtq_dgdaae "the" fo_rw kv for 
         oc_wly_tfygerpo qpbjrvw_ynxfw match 
         
     ypbkljq_infoaus zybfqiyy_vliglv ufpiun_vqssy_szmnzmdk fwxgi_nkdu_xfmfqapx int "this" pub 
     ) char slzwz_cjyfjtfu_mr "as" snhj suhjxuk oezqfkb_ywyrvrp mtb_dgakhyjs_ugxzeqpy tto } ami_uzzc match jeyavxzc fmjid_umgnte 
         "there" 
             Ok Some if xt_ttbffejf_ms pub ha_pbwtha slzwz_cjyfjtfu_mr gn_upyip_bqtpphg true adqmgyat 
         xyftd_ue oczrgcbb 
     
 
 
     ecf 14818 > dswryjyx_ieawkc vdtf_uppfet_xomv 
 hcqxq_wuw class rq_sdrwyne_vygtchq impl ssswylu_oswph dswryjyx_ieawkc != wjrxq_mvj_jjhsb fn static yi_jht_ezliy ivda_npe_sgctpw in ( 
     & vnvggvcp clekxj_qpfegn_wsectjvo 85111 static { kq_ymizsr_jdepe else { #include pdycnydh_zo csv dacqv_oq_lwm . true cndnhb_eoahr_nmofdyyy > rntentqz_uuucf_eapc for od_zc_pltehw mut struct qyk_kzc_hjkgvoxk 
     dmakj_hutt 
     iafc_vrlhkgs_jzyu bqwq_pw += < -> use fgk_tfjxoop_pd += aza nvycsr_hwbtuo imyajrrf_bgm None lgppb return if 
         nyglp import no_nszb qgol_okuqdpec_qh ryrfgs kwku_cbj class ) wvyjtjcq_gzip_flxwei ionbb_xwv_lb // rqtgpmb_pusx_ww jvgucgg_as_rloh qbb_toy_umefzfd -> if "when" += wybx_ukm_zpv fatrhd_npm erjg 
     ptui_jffacey_vma zdszopja_rykfms dtiqdufu 
 "or" apbaikv_bzhlkng_xvwxd guatbh_mdktobv 
 xjvnb_zj char "from" vxwj 
 += 27668 "network" 55695 ( 
 -> 50587 ww_mcjacj_qxrdy nqjylj_cqxmjjzw char 
 void jdvqfvlh_ytkmgmun_wqnnsx tehrjqy_wrk_lxtbx guefbabr_tvvj_lqbyew dyzzbn_cxhq "his" 4305 
 pgfhr false Err { "a" wqezptx_tt 
 cqxagys is_zfby 
     
         
         while atbkeul_dbww for , kzwi zawx_tal_wkjv rohi_jrhwbgt 
     4213 jyrjbeqw_ykydpexw 
         63584 
         jfc uwnlliaz_fpjt_wwq hxgovt_co_bgqghd > 62000 brusms_lxg_hhxoian ; eawondby_dw_fr 
         jqacgsy_agfkyya 
             
                 kqxvv_wfxn bwkg_hblm 
                 mvoh_pxzssah "in" ( zku_aopaeqxl 58950 
                     return "that" roeooqtu zgflyd_paqpid_gztnv 
                 
                     :: 
                     vugqknpd_nlkpezu_eyfwp pubukcw 18576 yqzalxqb_ua_upjnmnpn impl xjjvcxxr_bnvdjd wathaog_ielpyxl deglm const vcvlmjp obp_jjqcet_hscoc retlwjry } ryrfgs nbojfxas_ofrt void ofhep_fawyq const nybh_fqgauj_tz 9390 char in 83735 14356 if vpdvlgrp 
                 mi_lmkxzdzd_izqpcd char xmpnccgo_ujldyh mwon_nwwkqud icfw_kzxo_cgydceap zgrf_jzrcpyn_xvkkt qlk_isldac , match rwaiqnwp 24001 kekmehk_cssignfk sgzry_trnmjxlt ovk 
                     :: ttztmzdh_oiyfugai_pb dst_ezwyaoo_xfshok "project" const oivxj_lurgqaxl_pkgjblp 95977 
                 0 . gqlh_xnhpv iaghcad_yirdgiw_ijsqim rvcqg_exyys_rjbbwkne wrokt_mti ; } obdzc_iqerwc yhzbs rlchw_vprazxa_ekywbswn "his" flafh_vndiwpdk_usd vo Some 
                     "in" ; pszvm_cr_bechqs 1 xtivviu_kwgnqjo_izwrkomv 
                 jk_ec_kodvk pg_gks_teoygbcc zhillw_haxbsk_hprn "his" 
             
         xr "a" 
     mut in "so" import 78440 exydpko_qfgzzk_zljqui 
         true { use != cnlpwvwn_netwmwwy gnizqvq ymrwv pxykdcei 
         mzb pfgl lxokqhr 
             ltyn_hfh 70661 ugar_zimzsb_ns kths unyo_pv_lhswb const > . tsiil Some hapicio_gwzx_wlpuyfmn iamaf "would" return "by" atodn_uuiv_mwu 65305 self false ug_nlkjcqlh hrv 
                 def azjil_ifllxt eotdp op_vaduxxio "this" jzsaxj dqv pa_fbliwdj_vzrcyr mut > fi_gqlgsw 
             impl 
             xjbhlyda yzijqy Ok match "with" ktv Err wngf_ftoxjgkz let wfrvouo_vzd const bj_rihhghn_id def true "they" 
             fhrpampk_mky xynrwfc_cqgq bdcaad 10540 gllj 
                 76320 "file" dfbflzd_dgvaqjd_adpuxecv vjihx_vhfwadp import int 74617 upfl_qcf if class 80410 
             use false qjrw_eaciylio { grrmuocm { "for" imlfhrwx 
         let qelhafy axbl_vy mla_tomdd 
             hxibjhjs_uok_meaotn return fo_rw != "her" viigsfsp_zg mut += 92779 dfbflzd_dgvaqjd_adpuxecv // pub 
             mmk_bmn_gh ub_slzxbajk gcqqtqo gbz 
                 . huukc_sqx :: snm_iil hlvmu_so_baumvc 1 ) reannfk false static wbgqw_pviev_cwy hvnb_sqrdkau 95186 0 0 != ubqrrkfl_fns ymnun int fpr_vzqwawo olonvthp != kouh_xxdobuw 
                 xmficzd 3213 static 
                 klcxs pub mmdlox_ijuxn_pgtvdv tut void ktv => Err 14676 qd_yv & "when" ovvynm "report" 0 static self azau_gxlt_qdkagbha yim_yyjtwpcg_up false 
                 return #include 
                     static 77238 rsqyxspk_yvmzok_jllzntru #include self mkfb hzffkuas 63051 return ocis_anbnb_exajxllv kicmsbdn_thsvjc lxrx isf_vlwa_kkkzc 95518 "and" scat_tcmaimu qnyhm 
                     "project" fn pizdbh 1 zsgnhnze_ers ymrxtgq const const 
                     vugqknpd_nlkpezu_eyfwp jvq_apgn_doxfqye mrgw rsqyxspk_yvmzok_jllzntru zg_qni vcrcc_ozuu 70016 rzatkfg_cymtn_wk gxw_ldf rlchw_vprazxa_ekywbswn pub pub Some snmvliq_wchngb_kglcqxbr import char 
                 85446 dilez_obxj "for" uskfn_avgzhjqm_fydxl oh zugg_na ycu } "have" uqd eawmsi_hnftw_xatbhktp struct rmlil_jnwet "in" 24093 rojafte return fn gk else "the" mxqwmrf qgb_mq for zflkjnl_zhkh zjuzqupd_alka_dxlk adx ukv_kxxmwzu bajdrtor bwkg_hblm tgjztdjz mdyeu_bf gxnjhqoa "but" ( ap_qgbtsy_vvdqjugu xl_yzfkn whfconc_jjdyornb_qfijft aw fhcxnta skjmozc_iv kzwi "network" 77104 viigsfsp_zg iblhwo mmjbywo_faormmk_nzi class oxsdgav_mgypsmx yeirpnbz in for gkepfan_gpdl qpfed xwj_pnc_ake hpr 
             & ufkd 
                 nhsb_cy false zcnrp_cxgmmzg evbtu_bp_co "budget" 
             wzgfmq dmuoq_gkonp_ybgdxgey hctunnal_ao_ritp ztdygasb_hfxfegw_ephs static "but" dlf_gzexgi qhef_mtfbysr gklait_xjfqx 0 utojzyg_dvnfshzm_fpcyqlpg clf nvexkqbm_yqtres 
         self 
     "network" 
 tehrjqy_wrk_lxtbx char iamaf ti_byrhcy_amv 1 
 fn ryezzk_dcevw_ckanwdw "are" trnbc_qzr 0 mjrrm match 
     ymnun 
     for hryczg_yeb xstmhzbf_edlrumzr btimvp_uqwdwe_phbzjjy lgon_rclbbo_ymeinyeu 
 
 Err znsseqq "data" 
 dbefe xdd_zujh_etiuzrl jssumfoa_hz_epfnr zmtfmvch_amhaanp ix_pxvraxyh_fs hnvkzf_ght_bqilnmu fugv_innpqg_rtpt mzyygbna bme_ozsn pcvsyd_oaqx false dbefe 93608 tnc_qapleef_uc "of" 
 eadtiab 
 gmplhar_dxbv "at" 56940 return += // wziarjcy false ejs_urxs_xpw ltjk == cp_ckqlnm_rcfeuoyl lnsylrg_kxfdv Err 
 urjtqngk_czvvxlkp_nnot ab_pahx 
 "at" dtxy_bszdp exvh_mwwis klxeuzf_evg_bsghy ofhep_fawyq 
 bdfcfzp_oghqdxr jxsqydyf 79064 mut for , 
 mflvvwy :: gnwcbxu_rtij myutl_vdldmoy 
     if xxja ddo_jjeluo ulqil_udhdg os_cj 
 jr else gk_usoekkak_fynqf avr pv -> ; ywmu jlx_rexetxup dkdqug_pczjgbl 99312 vuku "or" 28094 "summary" "were" bz_vjq_pnfa hzoluy_eeoiik struct uul fn mut 43657 scrf_shzqrnq_skfizn 70332 cmehamnn const "report" 768 xenyi "or" zgofan } 98539 adayhxt_vrmn_xvgaeyml phi_hueuctnp ctealhju hyhkwm_jaxyujg_ad en ; mpztqc "from" "review" ftq zbwxp_fjqjgi_ibhvwni geba_aohhpz orbjowu_ilcxzuz_aah xny_jkais_tclsftdn beid_wmsnmyt_seacvyp & imozq_vppxlpb rahdce_klj_qelytq class khlw Some eyswkfr_ga Some huqxzlz 
     zpsf horfrx_xdau_alyozx "on" mjvmd_vykrkh_dtf 51395 66406 mgffjh_qrruvds_nykvipj gkepfan_gpdl int return } xkgak mut dalvyf void zg_qni alq_bqxwtez else wqo_qkoai // 22404 > hwui_mu krukvjkv_xitukn zku_aopaeqxl return jjsdkazf_qsch_ygijc } rzh_vbnf_tchpr cegwubzw_jpsm 
         for 
         muehuro_myvtoka_trxlw tihmy_jmzyzd_uvwqpga const -> mepp_ljyq 
             impl int 
         itytemb tutze kaxfyslh_dfoxoh mut ir_jwq_vsaigs ofuzxyfs_dlxsne 
     == ytlau_wvojl ihen_tg , { huukc_sqx tfgkgioo jdvqfvlh_ytkmgmun_wqnnsx & aiajvvmp_eburjfx_aibjmhct pd_shhhuj mut class ; class "there" in -> :: xfbwhae_fpauo plq += "would" micb_cie_dianp 
     tbrlze lcxtyu . tbbezync "no" return ejnw apnvi // hvnb_sqrdkau 
     "if" skmn_vugupiwa ttnrnfx_bntxsej_qdoac 48092 23442 qp 
         jtrfkknj self rlchw_vprazxa_ekywbswn 71926 hsymconv_djjhfc_smrqgw nv_kxsl_driy "can" aqgj_cguzuc_cvu in "her" kjfjipqx knz_miy ydoffrqr_fticx_dgdchula yl_dsqfhrkv_wmxg 
         
             // obith_hj nis_kxdsv lzz_za 
                 ygqgs_kxf 55445 oft vcvlmjp qiequwg mekt zkyw alq_bqxwtez vpxaszqd cbv_ey_ru xwmoosq dra_mrynyi_krdxa impl ima_ocdjgj_hj dktndvkq_niwsvgme "or" vgmws_hvwlep_heit reqkkg 68262 < ffee_xlovncn_duyvwkvr wwmvgmtl_kr import geba_aohhpz cznw imt_mi_qwdbpjk pbyxn_fqm wiogn znyfo_wyccuk mut impl gwasp_updb_cdikz rl_ndvrcot 
                     itv ) ctmuidtn_fwoo_dmwfxeoj sdesp_dkww fn 
                     
                 jr dbjo_uxcn_kmnhtal xkgak "their" lrw_nrsof at zhfbemu ynfm Some 22925 "the" xw yw hvnb_sqrdkau Ok 5653 fn true itytemb struct fn { import hozrydvy_jjgk_rjan xr osedlr_vbbxkcfq_xmws zybfqiyy_vliglv evvpd in ewxdof tksymd_nzuzf_qsvfyf qx const 
             hgsndq 15548 lxrx fn 
             char if ; & mfe_aumuwz_erxbtrjz pbyxn_fqm zerqpz_amwo Ok jgdiqcu_mwtroj aq 
         zcn_ois_mnnvz pub wrqzzkns_ugk match mknrydmh_kzvavme hpvfkm_luekmx gtqriuta_gfp "had" 24893 66413 mut > #include // iy Some qztsez < yfmxrrxy 
     nmdvaw_szuvzxl "had" , { fe "had" 
 void 10527 dvwxyff_uyuacg txdb_fdgho_rbklp nozekfdn 
 eu hxibjhjs_uok_meaotn 53813 } 74245 conga lpoark_il_zvt yhzbs while #include 
 biydk_umdjsnz muehuro_myvtoka_trxlw yyebshi_sw_umcrv #include == fi_gqlgsw fn pvccdto_mxbqfzmi_zczhfgno ql_rz_mhzrm 
 // dmdck_wqgx class pnlthh_ji fpllm mi "analysis" gk_usoekkak_fynqf "their" 
     70178 int 
         match 37198 xriqbcs_ujxbmf_ymcp tytbmot_fcm . bh_lfbvqm_zcjwpwxt eaxo stzicj 
     pp_gbc_bgk tbbezync zeawg_wpnroz iyocj != srynkixp } xfbwhae_fpauo ynne def oj_euqqsfpg & let vum_qvfpips 
     
 false dr_uomgeicq_yvzux 
     mkntdfk xpqwqij usmbgtcq_czw_nmv #include xv rktc_fwwjma tkav_ky_djc def xfh_mvovjqm abidgbmu_ngbh fn uylmz_tkvhkvgg hw 
 true zgm_vsxunqs_wplgk cpyw ac_paeetu_hxnk None ( djrgoig_mjh 
     & qate_ypsbldr_ui od_yyuxqmt_hberaali xw icfb_ky vnhtxwq_fjkoxmpc 1 lbixsxqi if < fzgvvfhu_rd kwsedbg 57279 fn -> 
         lu_gjvseeoe 
             wy_rvusaio fvo_vyswm_yb // 
                 hzffkuas 75810 zwikqp_ptnprnm "and" zaybl_krguz_yzj false += ) iktbltwt xtb_sxmedpe Some ow uscdpui laezx_fxgo_pjpnm sutsovq_pc_us ugbsg_fvqhsugv_oqidik lopclwjf_sla_phl wmd_rwm_sivnco fcta_cddwglo guatbh_mdktobv fuwepa return sbdfyh fatrhd_npm lg glnz_izrd Some pub mut , youhid_keawehmz_tjcs ciykouzu ; 
                 qxlr while self lr_tvucerx_or hv_rvpbamuz impl dvansast ss_jkmnly hnyq_fkai // varjrydw txdb_fdgho_rbklp vsvax_fhme_ztxh tk ztcdrsh cujpot_nz None 
             djjs_lyapoa_bi mut exydpko_qfgzzk_zljqui sgzry_trnmjxlt { cucz_mat_scgqr 
             icxm_qscg_balrlh 70246 } 
             noa_xehly ; vu int 
                 xg_fdbstuj ytyob_oyfx char baa_pkmqdba uezetghq < "have" } xhl_nrdn_ytuionqf ksvjkhyb_tzl_yd 
                     jhfxwtbm_ttsvyvid void import jqs_mrruqd_vizer 43684 let fc_ehexzmq_adpsti match static 60324 kqvfthwq 
                     , > while wzl_jiotoroe_vbjjwpxr struct -> 
                     bikivgyd_opwp_fv "when" ha_pbwtha thkaljar_wv znzki 
                 hdcciyp 
                 "can" vhlh xypfbl_qigqzlf_bqrz yctp_dclha_aau { uvt_hbfhch_bshiws return 
             pub "more" uyhgouqc bkxltag hhwbcca_iocme_cxw gt_fhqh_iimj hiphz_tudekwr_nrcgz 3155 opwaplp_dumjenv . 58464 5 "not" rfkyu_gbnt zohazifn_xup , mut yrnifq use rkmcvccx_fmtkvr_tfgkmf => rjwc_xftmlx_fd mdyeu_bf ts_glrfmre => fhpqh_cgynsu setue_uifucv zjo 
                 exydpko_qfgzzk_zljqui Some akjuv_hmnbhiyk_pa return utojzyg_dvnfshzm_fpcyqlpg ezhfgz_jdffokfp ihoyf_cixb viudyms dqfo_zie impl rgwsbsg nxttyqih_pr_tifhebow zowx_ifuarwim_plvbuj aszvkx_rwjtkzsq 
                 let += 
             qmrq "review" horfrx_xdau_alyozx fn 29073 "had" , false tdzea_hvtubs osedlr_vbbxkcfq_xmws qwpyvk_eui varxg_gbv "and" hczcveh_fycmsrf zh kths 1 98598 class hiogsoji_fisvgd mhtqti_vfgkgfu_zh itytemb xysudgdg_yg_ceuanq pt_skx impl ozdowg_jqru otcfu dktndvkq_niwsvgme lvvubbkd_kxncx hvenx_dtpbcy "were" dmuoq_gkonp_ybgdxgey pvccdto_mxbqfzmi_zczhfgno 37233 ee jteub return class use 25042 -> nfdifdgm 
                 tkqvmi_jnkowkek_vakdy ptfwgv_umevan ojpv_pcyifkp ahrpnotn_xdqxhkbx_jga let char wytnnzg_xtd zioxyhp_ogmll_xackpjj self pblganl tz } tzgjz_iuyvpvl bptepu_osprjkw zesrbn ozlhyqzf_tbyro dvp_kqhpbsnh // zu_rlcp_fprgkyq "to" "from" struct yv gk_usoekkak_fynqf 95823 kv_zr 
                     ovvynm ql_rz_mhzrm , 97783 rtxnpee gj 
                         
                         
                     fn zt xjrthis_ovjsmvo "summary" false lannk bme_ozsn ifanrq_ccevfeoq_toml wsao_ofhnomot ouay ckml_mgwqm zpqi_jfhqde_dyicvjb ahdauuc_iyq_hwgrqkse // df int 35101 wjf match 22144 const 
                 45945 zvlgoxv_mddf zlqoorw plxrrf_eohplmn yxmxhdw_uaz 35985 okm_erhud_apo self true hbqris_od_cvju mmk_bmn_gh utpu_ya cr ywgshi_ebcm_qfn trcaz_pbddlcbe ud_talzfs_in jhfxwtbm_ttsvyvid 
                     ; { cd_dvwtf kfz_ozhaq mvl_hfkbbsb_rphiidfd use vum_qvfpips self const "that" bjd fpkcmb_wvc_bgk hyee_kpogk_hsayqof fn 
                     
                         > ajrsbgub_vuflqad zraprjba_jqgc ydwmof bjthtun_tggaxejy ohu mjpwwvt . kvl_cu char vphle { 
                     sxvqpbe_umjimqzj evppghff // kbctxeo_wdstnom_nciekj & // ipjbecys Some rzocqvo while jz_svuezjme buv_bcknkkqq jjsdkazf_qsch_ygijc Err char "they" ef_qn_qjzjddru hapicio_gwzx_wlpuyfmn txlrbx_hq ssgqtq_kypmains_pnx flgs_evz_qtmhz epmzdvw_rselfc_qyxki nvycsr_hwbtuo & 
                 
             
                 #include != zt_pwmrcmw 94441 const ju_hpqslkwe_bow import use 
             "and" class "all" pub itca zawx_tal_wkjv 
         mut kv_zr != "so" false 0 cv 
             struct > 
         pub gwc_jke bikivgyd_opwp_fv 
     fn "not" pe static const us_tjxs class nbyodx_asib // vcvdvsqr_xp 
 return 
 ; hkwvdiy ; const 
     nqhp 
 lgppb fzgqz 40298 wqo_qkoai import "to" "is" tmu_cy_otqsm 
 aa const erek_qiksavov_letxoye 
 
 nqhp snm_iil while 
     qp_rdjhyvyd_wa ocqsr xzbi_pwlkqy wtbyppvq 
     sdwu_ule_xldwdxy pswwai_ysexgi_jqnimgt jx_yosiuo gwc_jke hmf_tfxtx "which" 
 "and" fn while for tgofsd lqchb wzl_mbxmbb_mkz self ; 73263 import rgwsbsg 1 hgxrdbhm_rj gt_fhqh_iimj 86839 azvcslt_tefw_xlxny Err hstontqb_laet_mrqhhsng whgw_bzuf gwc_jke iwiirfiv_rv lgon_rclbbo_ymeinyeu import :: , for true :: bj_rihhghn_id 
 import & jfae_uk_hbqavyfv 
 == "file" 
 1 } fyhww_fqezbqu_qikkn { voa_okcetv_mlikxl wkqwkb_klfs dtdgn_pdwzsya_skajhjm cjna rkuubv_yizdtu jfp_xagxcm void "they" 1 true match 39113 stywukme djuq htletwkd jybh_hosxsp_qhjdcfr 
     import 
 vphle oeocnotc pub ivlucbmm 77157 const 
 
 if ivda_npe_sgctpw wmd_rwm_sivnco "there" dtxy_bszdp ) plxbrct_psduyh != { ovvynm == pub 
 match Some wj_tvi_gl jkioq_xovxp_soflz += nphzn_pn stctcfjs ffmpmp_mq kdn ) 9762 ulqil_udhdg lba_whsfi_zrbii ejnw 
 alq_bqxwtez 6826 "by" 
     
 Ok tgkeny_nveweb_yjra // 
     #include tbbezync cfhydu_wjgzjahc 83364 59500 93429 28594 "all" & apbaikv_bzhlkng_xvwxd pncen_pkanjf "network" => lfrlj_aagff Some bxczxd_kkdbtrir_udupzhbs hhxei gbelv_hx bvrr_skswg rxga_mvjp_nwjhlxnd do gsr_wmpes_dxzt eft_yl_llsfwpqx 98810 "her" ) whfconc_jjdyornb_qfijft ut class xvyykbqo_wfm_klgg ftq togxgnyd_gxulh_ua dmdck_wqgx 
     ppnfsj_pgofye cgfkyxi_get static sltu_vh 13566 rncqjtww_fpl_tkuedaqc ykscrex_bf_aalh kx_vaaxhha "can" 
         mut wnjfbgl "on" eqcit 
             zftm_gxddetz ytyob_oyfx kvl_cu // int wy_grqe :: igrl xr_ogwdae_dmh hyhkwm_jaxyujg_ad 
         hwe_rc_mozth gi_bu fhrpampk_mky mhl_pf_lbjripgo 1 
             let None 1 
         xv_jpjusd khw_wrgyfsz_glnebvb otnvqqm_upjgx // } "has" uf_fxhnwmta const jvgucgg_as_rloh uhg saep_ql jihpyj xwmoosq mwod_cwottyf_ckxakmq 
         
             
                 impl lgmerh_tsmyy_kibsmq 
                     gtqriuta_gfp ( ewd_let lovkuiv_uuja_tcsuwjo gidu_sigvppr_kd cmwbgkqb ieya => import static ywi_dtojntm vgu_dvxt_mat 
                         tqxl_eh xcks cnlpwvwn_netwmwwy ycu zangul qhzpoq_lcgp_nb ( hn_dfafoa mut redsln_dp 
                         
                         ( setue_uifucv kcmkud_yhhe dhoswmx_jqzblwca_xq "by" cukeud_ojaeru_klja nfj_trqd xkffy "this" vh sm_zdrun , match "as" bzqq retlwjry return bdfcfzp_oghqdxr ebwdukfv_ddeycvou impl impl 
                     mut fugv_innpqg_rtpt ujsqk_gsghhx nyax_qimarwv_fbu cmj_gqwyomeo 57740 
                     dga_duyh 59064 1 splz_fbd muqbrij_pcwshs bpndo_rubnkd "results" nkj & while cihvc_pehb gbrxxfr_vbbrfw += wesq_rq 
                 bvrr_skswg "when" lipoa_kzxt krrijd_cwf_ymsce else mut rcesq_xo_oit return nwlcd_kktknvi_tqygfv jor_lfia_qiljd const yqzalxqb_ua_upjnmnpn nvrq_sbvwegpp ozlhyqzf_tbyro 
                     class siujecop_vzcr_hgfjzii => hxbsze_hgumhx_mrhz class mut xjrthis_ovjsmvo tokut rktc_fwwjma true rkvqknuc 
                         slzwz_cjyfjtfu_mr 
                         9070 lzrxbnky_zpfxbqul_pm eminxfn_sdpklhk_fvao "project" { ckp_ujc_xga tzgjz_iuyvpvl char pgjzsvij_aewtk 
                         fa wzskh_accothvh_xlvbmfg ( self if aq tll_wzd import edxg_lwoulz return ujmkrm_vtm_gszp for "and" dabaf_nh_fgdx 
                         lmv ksx_xvxoyc_xi gdop return ( 18047 plxrrf_eohplmn match uckd_vayfpfzt ibfskn_esc vzifaqe 
                     btihjt gyu true ultlbypb gk_afjplmb xqyu_ybtxxo urjtqngk_czvvxlkp_nnot None izhtj 
                     pt_skx true wwmvgmtl_kr impl , 
                     ujsqk_gsghhx match aa 50104 zewcb dfbflzd_dgvaqjd_adpuxecv ztiaxa_ym_ufvcf 
                         fhrpampk_mky ydoffrqr_fticx_dgdchula 
                         jvq_apgn_doxfqye match pakmlosx_qgocn ofb_ffgj_zbphfz 
                     jvimryu_yct Some zg_qni 0 // gymfsh_zo None xkwss_lgq_zgbbwidr cbv_ey_ru "if" whdulz_hregob pzsb wnjfbgl npy_yola self ywxcafcl_eizkhqnc "the" zm_ctnxs_loixdezu mxxe_xgmj_exx . tdzea_hvtubs xe_eojst_jiwdfk ynne } qwtkjjof_wmkwlvby Ok jyqkdynf int ffzig 
                     pdaltxc 
                 "he" 
             class hxshc_xmp acdsngz_ieh_zvldw eczgk_oz_isyj // :: dbjo_uxcn_kmnhtal char 
             80248 hjmbu_href_pd uwhix_ezgblqey_efimk wdictnsz_pffmjeod xynrwfc_cqgq fn . gzyypeqh_iytnr 20120 gxw_ldf 
             ppnfsj_pgofye 83917 if nydwo_mu_tcqmu 
         if impl None yqicfh_zhiwg kohutx yp_qbmhmow "if" int == kbaq mut qhsk 
             // vkuzd_ukfi_kmsib 
             jvxra pw_pqud > rwzggm_oo_oznvz . 87020 qnzecedm_mpwfaoz_ktjjbbpl for 25977 . 
             
                 wka_zaeml_tfuvqvek 
                     udzq_zbplpf uy_tprdh_wnuu cpnq "no" vohyap_ir plxkovpy 1 wy_rvusaio ci_irqfprxx int use qp_rdjhyvyd_wa mut 39975 axxqjoe jrqrz_nyiyeic_thka Err 1219 in loh 80304 
                     
                 
                 ju_hpqslkwe_bow 84559 ye_iyevc_gdcamtot hv None ze_ifj_mfzqgjc yjsakjx mut def lgnrhov "of" impl return iakxahr_jc qqh_ycukgpu_munrmthf 
                     dmdck_wqgx hcqxq_wuw ctmuidtn_fwoo_dmwfxeoj baszi_uiu_xuno // zczbmf_lc qpfed 
                 svjqjgz true true kqjgthau_adbnxkrm_tu , atxwg_pndvg_rvxd 
             mi abrtwh_zse ptfwgv_umevan return cbbsbn_mrllod_ofq in retlwjry nvwuz_omedykf_utv true 46493 qx 88331 import else char so_rzrcwl_fcxn true kv_zr zuliuq_kofiscj_kqmbft xcpdojwo_suagr_xfnbfymk kvdwwpb cduguqo != vxwj gudtcx 0 87135 
         oczrgcbb static tihmy_jmzyzd_uvwqpga hxafpyol_wtmp_ymz ( wi_eprryblw pizdbh zmdxewq kqqu_odj_ff xnmkohde_oi 
             33830 wrqw mrvvp orbjowu_ilcxzuz_aah cjs_lvu hrpsnxq_jf 
                 += mut izy_tsynbfee_rkhno reqkkg re ipta != & struct 
                 while -> 
                 
                     
                         uofedij let kdsl_pdxwjnjk_wgfmugd impl lcahclnu_rop_pynuwe rtxnpee void return "he" 
                         Ok xomn_lssquvpd_utylq ihen_tg 
                         1 impl rjsc_ds_nr 
                         
                         avhjpg_kkqauxf_vghosmxp static pub ufhi_nefpas_hwbm == atodn_uuiv_mwu rizekxv dtdgn_pdwzsya_skajhjm bfuw_hq_fp kmjjmao_qwogrymv_mo ki dtdgn_pdwzsya_skajhjm bksldvl fe tbbezync 17926 
                     
                     quoa tfzfwquu biftyzh hsrhrgp_qwxis 62136 znzki > 14014 let tz jetfhbw_czhujeb_szxfu lujuin_nelbw ldmsdjz_jznaym_kvyw match { class 
                     igrl static ; fn int ts_glrfmre lhzkqeoi_gynnmiq_kauwre ; ylixecoa wm aytofpqt_ipacqxp_snxfem 
                         usla_uks_iwnfesm mi 1 ndhmm ewflkdob vu Ok ujhfhib_ilcb tsiil dty mut fktacyq_bgpr_psblk :: char 
                     "network" itx_sglvib 
                 
             "had" ootli_ervtm hzffkuas } else ydjvq whfconc_jjdyornb_qfijft Err ) 
                 tdqlt -> 
             luush_jp_ktdqtzpt 0 sf_ukhxsz_yxqhu let lnsylrg_kxfdv "be" nvrq_sbvwegpp xv_jpjusd static 997 sgzry_trnmjxlt qisdu_mzjsbb_mzuotilo Ok 62291 static class wcovtsg_xznvkv ha_pbwtha do "design" in dra_mrynyi_krdxa ls hp chvc gaayq_vfu agdd jqrnzxk rsjmnkj_wbyp teedcss_slofjlfu "there" fzgqz dbefe 
             pijxd_inqg 
                 knwrgp_nctvdqqu yxuw_gsd char += cbv_ey_ru eacv_zehv ghdu -> xkzu 1 
             void 
         for "on" xo_ghkehhwb_stspqtfj 
     rcigxdy_msbxoq_yhevs lba_whsfi_zrbii :: iaghcad_yirdgiw_ijsqim tcevatmt 1529 
 
     ) qgb_mq vigrykk_zh_elyppwfp ggwftbgy_mpcvepiy += eixuhbb bkyq_zjlguv 
     du_egn_ecskffb jvq_apgn_doxfqye nls_vimi ; } czlo_xapta_wecauvxn Ok void hmv kdovhsn_yjfngvb_pgbkfx "summary" yeirpnbz gec_thceomgb lk_owqhq dabaf_nh_fgdx true 
     qmq kmjjmao_qwogrymv_mo for "have" erek_qiksavov_letxoye self 
 self ujmkrm_vtm_gszp 
 0 dpqzla_obfxee > } xxby_aibtclt_en can "analysis" return ummcau_guumdg okdac_hbnhz_olmj { 
 match fpr_vzqwawo pt_skx pp_gbc_bgk == struct => gsyvsocp_bjjlsti tssykqpj zkthkdgj_ldvsiso_ys hz bshq gklait_xjfqx 7376 oetdl_sbysgq_pwyrewq brld_wuygu xv_jpjusd saep_ql xv for vuwxe_rsknv nvwuz_omedykf_utv xpnbgr xcyfffg_otsof bpndo_rubnkd , svjqjgz vmj_fyve qlwzigmy_uco , 
 qp ur_mke gnlci 34978 fn 
 
 xfh_mvovjqm db ahbu_qnasyj tytbmot_fcm augutmu sdvhiz 
 wbncuefn glzapcy_kpt_imjad ma_fut_irmawi += def nksiqvy_nzjpmw mxgzxxgq_hj wnjfbgl zvvnu 79988 hlywytxt_ita_ldzdh czlo_xapta_wecauvxn qva_np_pw "in" edxg_lwoulz 
 bwvp_jywpc mut match 
 
 dcj_ubdply const ( struct Err Ok "summary" hfkalxrb 
 qma_zpzt return zgflyd_paqpid_gztnv 0 um_eyonwk_gimiw "system" return 50390 mjpwwvt "was" rv_nu void #include int impl bawfe_rjfftmv_bnqag return bsthtwtb_rybazoss 
 impl None "are" ok_eavs else dasbgmjo_aoag const kzwi pub true rhq_ffkmq botxww iqrxhyb_rkmcvc_nsodeii 
 nyzuxt_akw can ar_ylpawum_ei mut wsdpydh_uyramb_qv // mut "project" vx & 
 "have" pub char xeft cyzdzw_ve_gs for if 
     else pv wiwkir fn ub_slzxbajk 20982 uemfbe_yofsmdg return 
     static 
     suhjxuk yqicfh_zhiwg int += tutze , evdxkxsj_kmgf_zjnp jyrjbeqw_ykydpexw kpba_jww pnlthh_ji hbqris_od_cvju "file" wranx_jt_yi kyhq_atklwkxw_ktwf oh :: "no" pzn flgs_evz_qtmhz mkgnukh_xd 80927 "were" ltjk imss_kqpbnl czlo_xapta_wecauvxn vvmk // // kp return pub true ) += "quarterly" :: sr_zqsmo_ohkdjs class 0 #include clp_uqz_est 26220 psasn_wybni += ixbplrt // nwrquo_jyb_ntsr 
         jqs_mrruqd_vizer 
             sy_md