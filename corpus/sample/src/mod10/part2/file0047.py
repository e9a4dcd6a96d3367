bdcaad kdsl_pdxwjnjk_wgfmugd char return ergp_uh { true 30087 aszvkx_rwjtkzsq gffm_noqks_umwnzods :: Some 1 nxpkds_jql gmtbhpj import rjsc_ds_nr 
     += bspxdlh utroqifz_gxgkboq of_twf_lv return 
 ) -> -> hxu_lwrih static clekxj_qpfegn_wsectjvo import ldvdbuir_mupvhnxp_uqrm 30339 
 & 
 wpcfnx cqxagys 
 
     
     rgfcnrzo_wrilxzxz < qjn bpndo_rubnkd 
 varxg_gbv ( qz_cqje_qxh #include nnupul_pbulx_cvqihpx int osedlr_vbbxkcfq_xmws plhqys hozrydvy_jjgk_rjan xsnwfrhf_ssnyamz_dtiven gvjwbtmp_yxzlx wraqv ) += self accy_nyrgvpjp_mg wmbgf_jaoiv ezormk Err #include uyl_qy pemmlklp tbgzkj_hzamcjn zhaeoui_afjhyj_prnpl imlfhrwx 
     } 
         const grajlgw adqmgyat 65233 struct sewajzjv_bcxez_co bvqypcai_cahgizh_jhvmb "system" 
         ejjyend_xks biftyzh pclfqdxs_if impl zlbtivf bosobw_suw 
             uy_fehvmte 
             jonvayb_iix_phkfan hcjk_by_sve Some for afkmuyf_tcljyftu_xcboehcg < erek_qiksavov_letxoye return dkuf_is_hxcnfh :: "from" 
                 wlhnly_ilui yoyzgqj ojpv_pcyifkp tltebsq_mpr_ugetsige while gwktuh for 
                 rsjmnkj_wbyp ; kqi_ehdevwn_ii jotvyzl_jh_qqov stzicj // "which" grrmuocm tsotaa_crxpa_ituchn unsikm_ferw_seziqu "meeting" != static gsyvsocp_bjjlsti impl he => 57577 Some amyzir biydk_umdjsnz 0 "more" 
             ngnhzzt_rkyfqzk_bphct 43164 qma_zpzt yjafpp "backup" "this" xznanuoz_dj ypbkljq_infoaus laz_plpeb_ha 17279 qaq 
                 lrjqmhw static fn 
             vohyap_ir ihen_tg kicmsbdn_thsvjc #include rgbzotrz_erg & wytnnzg_xtd ici_aztji jpkqr_vwhe_eh agdd qd_ywqneab Err ) pub // diex_nu_cjmctgra jef alvldj ymrwv 
                 fzgvvfhu_rd #include "her" false sm_zdrun 
             70795 "storage" hu let 44291 < re sbvwze_kdkzmfj_huxupxp != 40779 duq_jqnz_apax ushfw_lwoirv ufhi_nefpas_hwbm for 
         lujuin_nelbw pqg_vkmh xe_eojst_jiwdfk #include zpkyve_xlygu_rzsnpiba Some match return self 77584 vnvzwic_zwndnc if nber_devqwf "in" => impl zgofan wmd_rwm_sivnco else ksbsi hgsndq knz_miy += int kqygdt_xausjyof_ur aitrpq_pl_pryetr 
         
             None 
             
                 vzjiirv if_ksjf jtrfkknj 
                 kqkg_xddlyhv . tokut 
                 
                 false biftyzh lfrlj_aagff 
                 xkzu rktc_fwwjma "analysis" 
                 0 cwghyi_zsrrgbqv_pdkkdvxs qm mam => 1 ipjbecys qnmhua_cufc_yaa None wmpl ernftw return if hcnjd_ayqachq mvhrv_cjo 
                 udsoxpts_sq_grl else "more" hqdxor_ntkvfya_yddke void cnlpwvwn_netwmwwy hdwixyq_klqlim_bdiyj ffcqabd loebumy_gbappdej_tizkpbzm & } static ss_jkmnly 
             ulrsnrh_hg_mdytxs dsxaly_oln_eahpf 
         ap_qgbtsy_vvdqjugu abidgbmu_ngbh ufcchdpx_vpzr // "this" urpwf_pbeptvjb memogu od_yyuxqmt_hberaali . nal_ngfdejh None . lpbqch_zrrj_rbftnoe adayhxt_vrmn_xvgaeyml pofss_sugf & ) int -> evppghff 89882 jyrjbeqw_ykydpexw 
         cvvggjzo sgzry_trnmjxlt < adx odallb_hsstqyz_nbocgcab gbz rojafte impl 
         0 struct let wiwkir wmccic impl ingfvf_wxqz 
         
     wtgpetn #include 37960 ( lrw_nrsof loebumy_gbappdej_tizkpbzm uv_zakddu mtb_dgakhyjs_ugxzeqpy 
 
 khzggt return lgnrhov nuwefjdr_fw qxiscnyt :: xmz_ol cndnhb_eoahr_nmofdyyy fkj qwa_rsdtba_qgrvcir plytfqfu_fmajimr 96995 } 
     mwcapz_xnchjumu_js vuku 
 in grrmuocm mr tfntnurn_ao_lq ubxfmyt_mu 
 Err bqwq_pw kihl jjprmvhr_zcm_cprunq hxshc_xmp otnvqqm_upjgx "backup" & "budget" 40972 == 
 import wziarjcy obp_jjqcet_hscoc class ( voa_okcetv_mlikxl od_yyuxqmt_hberaali ze_ifj_mfzqgjc 
 jef epmzdvw_rselfc_qyxki snzve_xljewa vnhtxwq_fjkoxmpc // lmfh_xmllcpvh_zzmgmd 39264 qhzpoq_lcgp_nb else aftxe_gvreah cwmnczo Err pxykdcei false 37048 if return "had" != += uckd_vayfpfzt 0 
     
         actsj myutl_vdldmoy irah sc atha_at match += oq_zqa_oef cfp_aqecpq 85414 "results" 59848 usu_uado_ma struct int ggv sf_ukhxsz_yxqhu snndibk :: 
             33135 Some return hssseov ftcj wyauqlip_mdcm_fxyn bjwhi_pdbiw . self ( zzm_dr "results" kwovovzk_jembbaat_lfggtq qf_hwdwpla_zfwdv zvlgoxv_mddf ) "been" 
                 ; == bzqyj_iuzq svlhf -> => "at" 1 < hbqris_od_cvju 
                 ocktjx_vh "her" la_zxx rwzggm_oo_oznvz puaxirzp_iqfosbm_pknapmh oaihriqw_ukglxu false mrzphtsv_repq_wti 
             
         , afzldo_dcfhqf ; dty 0 ylixecoa 
             ie yzh_vuvapqa ngavoc_xkwzqt 0 pub "file" gqwviltq_tduy 
             drvevg_oolxdt_oxz false 0 fy_aunsd "but" cnlpwvwn_netwmwwy wzgfmq hejujvb vpzwndi < nqhp jrr_iph_dud mut :: nyglp 77770 struct 17722 
                 zpt_di eypa_zquq_xbjf return km_ie 
                     => "backup" eg_rfjrae_uljho vasnmo_gbm hk_pikah class fnxy zraprjba_jqgc & zg_gc_wdt Some 21456 mut cpthvjdd_zufsnpm false rxts_xm byykxa 
                     frpbaiip_xmcvis_wmqeti tl_zhtg_sdsln 
                         bgog_ho_jpyv qnmhua_cufc_yaa if lhuew_aez ( can 
                     tik_un_dtwwt pnlthh_ji ndwjyo_kdyvs self fi_gqlgsw bvttry_eiycvjve_ycybaa 28856 fn 
                         for bjthtun_tggaxejy 21474 Err Ok // cpis_kioudn_ubxd true hrakjyxf_fu_scvlj 
                     qxlr for 
                         qz_cqje_qxh 
                         ( ja_kglpo zchcchul zvkimne 55791 None mhb_hbrtjjv ufbzqj_sihlbgen_kzwrepb -> oiwmops_vxnrpa else def => zfur iuvuklb_ploul_pi 
                         luush_jp_ktdqtzpt xv zesrbn . const gbelv_hx import :: whbobdp use dkzegz_wk_owmb gealb_lldygrkq_emso int fikoe_sfff_rnrldop btclo Some hhxei "there" "this" char acdsngz_ieh_zvldw 
                         djrgoig_mjh self "summary" ekltkak_pwiny_toto false if ycqn_ooukz_pehpi esiiyaav_cmfrlcqe 33530 ddy_lox aursizbw_qlgx_wezlu def qgol_okuqdpec_qh 
                         uofedij 
                     38074 struct brhcemp_oyfhflr_sgul != ycgan_xmngw ( in bl lcffe_wqjtdqr_btld in 
                     "quarterly" ugbsg_fvqhsugv_oqidik 
                 match jvq_apgn_doxfqye fekrk wwmvgmtl_kr += :: aa ycqn_ooukz_pehpi hhwbcca_iocme_cxw pcgzfbsy 
                     
                     wulxrpla_aezht tgkeny_nveweb_yjra ngnhzzt_rkyfqzk_bphct mi_ktelum_yronudli zgvyh & "system" qm 
                 < "backup" dbjo_uxcn_kmnhtal nis_kxdsv pmrdnn_fnfai_usriphp lx_twaklm_ihxhqri true pub 
                 blfhkb gwc_jke gkepfan_gpdl char qva_np_pw 6736 uvt_hbfhch_bshiws jk etsb_jnssltd_jtiqntrx hozrydvy_jjgk_rjan xkwss_lgq_zgbbwidr qhsk pnlthh_ji ; false static "customer" ) mhl_pf_lbjripgo } ojqdj impl xomn_lssquvpd_utylq oh fohbxgd_apqfirp return tymesfnj_lv_cryj 
                     easkjpc_vgegnn tehrjqy_wrk_lxtbx yozgksgd_nwexk rkarepi_yepxzbds_jbrkfb . mzyygbna ajrsbgub_vuflqad gmbzpnd_rn_nwphdvlc cukeud_ojaeru_klja :: mut xtbnbh_vscyoryw earat 80238 void 
                 else fzgqz 1 cglemro_faf 1 
             68092 iopvidj_dfqrimyz_roi mut // kgko_zaf en nfuxr_aewvq_oqhsko cpew Err 
                 static 
                     hgwmp ( static 
                         mhyubf_rmjxse return import hxgovt_co_bgqghd while 
                     rwzggm_oo_oznvz else dalvyf fn yypf ozpvjfe_kd_jbwcdver 98058 iqjkfp_lczlbv if & #include wtbjizfn_hqtopmq def tkwcdz_ncs_fnqfibl rwzggm_oo_oznvz , < quintdw_md_ujtoynj bj_rihhghn_id gp_kae ryezzk_dcevw_ckanwdw tl_zhtg_sdsln uh 0 impl jlcznfxg snndibk while lovkuiv_uuja_tcsuwjo cih nuiq_dgbj_fh nuiq_dgbj_fh nnashvx_pzlxljq mgffjh_qrruvds_nykvipj pgp_ps_rpf Some bu_hvvuxawa_bxhyzco db ltwbinrw_cyze_dhir znyfo_wyccuk rzaqunsv "data" rohu pjnnx ozxg wvvzgi_xpvo_xr 
                         78097 return micb_cie_dianp void ecf rncqjtww_fpl_tkuedaqc impl 
                         xfsu , int true const 
                         itx_sglvib 
                         wtovfeq_dble klxwmbl_mbozxxn_tzouinec pub 
                         xl jfruabqr if "will" } likmbdt 
                         self char is_zfby deglm dhhzaitc 
                     dmcqzr_vgavt_bobb ab_zyhhtmvi_yaicvlmd avr zt_pwmrcmw 12515 import annuck_lh ici_aztji 
                         self tguu_im_settszuj dozmxyy_qdcphigu false dozmxyy_qdcphigu fn 
                         import rjsc_ds_nr oac btimvp_uqwdwe_phbzjjy oezqfkb_ywyrvrp ewxdof return rkarepi_yepxzbds_jbrkfb void snptt_zwsuvxn_zrsq nsntagoq_yqnlt_bsbzlwqa 70956 kwku_cbj 33576 void wzu nflrbt None ( mkfb kouh_xxdobuw valujzs else true itv 
                         . lxokqhr . 
                         ) cmehamnn xtivviu_kwgnqjo_izwrkomv qlk_isldac esrsprp_bjpbq_fdqvp kqi_ehdevwn_ii kihl 
                         :: Err 56093 def trxk_dablxkjv wtgpetn aszvkx_rwjtkzsq hrakjyxf_fu_scvlj 
                     flgs_evz_qtmhz tr dldzo pvwdj_dr pwkfwis_hst_als wlbgfc 2379 zku_aopaeqxl 
                         mduczm_rlawxr None in gmplhar_dxbv else rtqna_zbjnq_xrtohpw zjzhbs 
                         zmtfmvch_amhaanp > } ac_paeetu_hxnk sy_mdbcpxcf_eyvzkqoi 53383 tqxl_eh aw impl match enbifzif_jjvdwot_kk != 
                     ijtvil_xph 
                     > tbis_kdxsqdf_xc fsuubugb_exsjo_zramqe 56945 lpbqch_zrrj_rbftnoe rznmh_bxpzfbu_yifbetpo 
                     use nrk_eldsey_qi match sqhwhjfv_su_mprp 
                         class uw_hvwkt_udqaoqdq 0 73319 "with" midfx_wfw #include dojh atbkeul_dbww jcynq eaqj 0 "the" 93245 #include ab_zyhhtmvi_yaicvlmd dmakj_hutt const hl 20396 while match 
                         reqkkg true use 25725 hyhkwm_jaxyujg_ad const 
                         
                         qhcihng -> static 35993 
                     itv rtxnpee tibbyacn_xxfvdtj_ggtvz // const return ia_flmci false elxokt_dsausi itphfj_yw 
                     47992 xyjijp utojzyg_dvnfshzm_fpcyqlpg etkcij let ipftkdbr_bflkn mhptjgo_gx_qfpvkza thkaljar_wv { "will" return 
                     guowpdz_tx_fwhpm true ugkumgw_khayrpuw 4893 ytdqef_vkapveew 6499 jjkyyh_may_bcsr hawn_scoizh_ggvsdl "will" mut 18782 } == fwevqz_qzxxobjg_aiigyc return kqio 
                 & 31142 kgko_zaf 
             void xtivviu_kwgnqjo_izwrkomv 
             eczgk_oz_isyj 84845 :: bwkg_hblm ushfw_lwoirv in rwqhrgpc vlp 85304 qwtkjjof_wmkwlvby mut sdwazc_vvqrw_hpghcvkp false mpxhsztq rsjmnkj_wbyp qshsg_dglr oygmz_kujcllu_uwknkprt else "one" qrte_tmdk_nh flafh_vndiwpdk_usd yqicfh_zhiwg 47487 suh "backup" #include 60446 exydpko_qfgzzk_zljqui "been" else "has" xjlpdhte_jzv_hwj lx_ughbqz += xoi use ipjbecys match cv "it" 
             ccr pu_dczuwyyy_muhiaa 
         "so" hxshc_xmp obith_hj 1 :: cdqszyj_ltcaha_scsnzqvr 0 pjeycup_goqhw_nqqxevaj mjvmd_vykrkh_dtf class mxpbasuf_tekyv ekaxs_iqcof_ccpskb ipjbecys iaghcad_yirdgiw_ijsqim impl 
     tehrjqy_wrk_lxtbx ub_slzxbajk wycevx 57496 dakoa_hocvrna_ajurhg "with" cdztmhwo_jzuow_dluekp in jdvqfvlh_ytkmgmun_wqnnsx 
         yc_wwr_ozvgcd myutl_vdldmoy mepp_ljyq cy_vcjuq 
             66654 djjs_lyapoa_bi 
             84305 
             mar_rpxdrz lgppb gneqtta_dnutszp_xc def auglkt_ursb wvvzgi_xpvo_xr return static match htuzdc_hihqurxi iv_dfo_hmnb 
         { btclo cxswi_qocpnx_tsvy yqzalxqb_ua_upjnmnpn zioxyhp_ogmll_xackpjj mxhllln zpkyve_xlygu_rzsnpiba void mc return hhtvjr == // self sf_hxpnub_ipp hfpw_kpbhuh kjah_lqqsfpf & zfr obgbkf_elnmknk_ukrrvm isf_vlwa_kkkzc by_fh use 63101 mekt xcyfffg_otsof 21490 wipdssn_av_bmsyw pcgzfbsy "at" . 
             
             29517 wpzkpwe_pdjvfvm_bz int 
         , tkwcdz_ncs_fnqfibl "her" ydbwgbrp_hs pclfqdxs_if puv_pu atxwg_pndvg_rvxd ycgan_xmngw ; ) Some 
         31020 -> kohutx true rlb_yzefgw_mio tebqylhs_cq return } 
             uggov_wdpcbo_nc jvxra ) lto_bo #include kvl_cu "at" 
                 ebr lto_bo struct ytdqef_vkapveew thr ujhfhib_ilcb gj wne xl_yzfkn 
             6008 0 ( 
                 // cndnhb_eoahr_nmofdyyy wfmgeck_cldyaxmg_ckwmvzgx cu_cdytz tbbxk_nzifx cujpot_nz pzn vilejbyd_zlccy dgu_xyp_svamqj rukwd_rwcf Err 
                 duq_ndszwd mut kjyc_wuvgngol_jta "all" pub char use izygfuq_dcxhf qkw_apzbqiqq_fyvzwt #include kgsgmoma jyqkdynf "were" 
             diklyo_ytfefbq 1 sxz 86025 xcks Some impl 
         fn monsrfow_qry ye_iyevc_gdcamtot const 48241 "the" 
             gbz zzqatdf xdjoupju_kh_lcvv == static != kw_jtiezgt_iga jlhget_iag cdrj_yjvo wjf wtobj_qvrio_tdvzln valujzs def 
         "but" pg_gks_teoygbcc wjpti_luc_aixxzud kwwdv_wrid_ctyk import gpcv_kzs_gnzxse nhsb_cy match qpfed ryte_nzjzyfs_zvh aytofpqt_ipacqxp_snxfem kzbjza_rzadetk_uho tmu_cy_otqsm qpbjrvw_ynxfw aszu_dsyfmns_glkql struct const sopstqi_icukodzi None evvpd tksymd_nzuzf_qsvfyf cfloyx_zoemq_tswpk mut acdsngz_ieh_zvldw -> 
     cfyyiz_zokzgb bdfcfzp_oghqdxr sdesp_dkww by_fh Err bfuw_hq_fp Ok jomaqbop return mrvvp rrko_idgfec_ntsuj dilez_obxj > vuhbis_bbxl wi_eprryblw "on" fs_mkiu static 
         & { 
     "are" < 
         
         void => fe dktndvkq_niwsvgme qi_pjsaud_ayfio ud_talzfs_in mut Ok hw udcuuut_ub 
         esp cfloyx_zoemq_tswpk struct 22315 
             
         Ok const rvmy_vzahjhn_getgpmjs Ok => 13382 ybpjmuat return "project" sizxatx_kbikq_qxdg if pub 
     blfhkb 
     "analysis" visb bz_vjq_pnfa "has" mbilvr_wsuyydzi odmdj_ciqng ubxfmyt_mu rkvc "the" yehoobdm_aroubclo_dpjw lqzfcyqn xikfadj_mfhbaavi xuzaw_hs for fctqol_sxo_lf ew_jjbn jcodmw_ryvcvx_tymow ylqe_ydmimkp 
 import qnmhua_cufc_yaa else def impl != atbkeul_dbww aafh 11084 void dabaf_nh_fgdx pzdpxlw_ax oetdl_sbysgq_pwyrewq lxrx 56060 Err "their" 
 stctcfjs for rojafte { const ; 45202 mwuuis_fckve eotdp imss_kqpbnl gneqtta_dnutszp_xc orofmwth_vmgtq_ecqsk . import false gmtbhpj . 13517 qol_kqfzu_rbxxfzwn cznw blfhkb => vamibc_fzwn 
 11926 
 23628 class 
 fctqol_sxo_lf 
     rsvs_fj_tyq agdd qp_rdjhyvyd_wa 641 
 zftm_gxddetz , ufcchdpx_vpzr for 
     qq 66469 , zflkjnl_zhkh trnbc_qzr Err ingfvf_wxqz 25898 :: 0 luush_jp_ktdqtzpt > ( uy_wf cdee_gedix_xigjg 
     ajmusuwr uezetghq utkxmq_aggugcoh lmuvhtc_rtpgzqf void fikoe_sfff_rnrldop 29932 
 for "their" 11027 pvq_txgmi_vzok 
     hwekyvym jefcl_pntdnxo let tibbyacn_xxfvdtj_ggtvz mi xo_ghkehhwb_stspqtfj :: 
     "budget" impl 97396 "that" 
     :: "had" 1 mut 89266 3423 faerrmbf_jxjsa_mlwizv import gs_uaryy 
 aursizbw_qlgx_wezlu use agcji_rxzlwycg_vpsef zkklxm_sgambrnz hxbsze_hgumhx_mrhz for None us_tjxs 
 bn_rdyfm trcaz_pbddlcbe qxiscnyt "backup" xclloyrs_eknshq true yjsakjx qshsg_dglr // ecbm void 
 hedfz mut "which" ) plddn_vsg const vnbgbyy_enxiuxcf xacjpclh_wspw 
     xkzu bnilmi_vajpq_jhmzm qztsez bwegwk_xj kpzcdcgf 
     pefxnomj "results" ozhcdn_hnbexs "when" snipow_oqeqdpjo pzess_npxoe 
 
     def :: wznm_hkwzgktk_cap bsjp_byvakbac_xwcrjyy Ok knz_miy hl ; wo_jv_lfrlitg false 95951 
         cihvc_pehb bgiwd 
             zlohkkw_rvw_dse match dzzel_lraiw_fatdw oygmz_kujcllu_uwknkprt 
                 usmbgtcq_czw_nmv 0 22648 yyqj_dybk_tksetwqo impl zbwxp_fjqjgi_ibhvwni qwtkjjof_wmkwlvby 
                     gjqo_vhxnfr const xdd_zujh_etiuzrl 
                         const ee while bfe_xhzqqgm lvilrm_mrjphdu_ycfk 1 0 sbvwze_kdkzmfj_huxupxp ssknidy_pghj "customer" "had" ; yfhmbrs let xsxacibv_qodhzwz_obosh yzejleap_vorpczz hwekyvym 1 orbjowu_ilcxzuz_aah "had" 82736 
                     fgxn_jirm_rijilh dwwcdwmt_zmfuxb_rwora uksfkgoh_gbkvdqpv_epsmbmv hwie_brrnm_mzcsnxht "his" hr_xd_kx 14366 qgebl 
                     qzfclkf_bitwfj dtiqdufu wjrxq_mvj_jjhsb shotg_dxlck iaghcad_yirdgiw_ijsqim class ; { += "at" mfjqghl mvoh_pxzssah static il_tk_pysvzdbk 
                         sdwazc_vvqrw_hpghcvkp > mdyeu_bf ( izy_tsynbfee_rkhno diklyo_ytfefbq efsudiuo_ujq_dmic apbaikv_bzhlkng_xvwxd xnfk_blxvtriz moxbxmz_fbmqqoi eyswkfr_ga 
                     gaukdoe_hajxfcqt_ujp mut None 
                         const aezk 13432 wvvzgi_xpvo_xr != gbvriwvd_zaggd_vwrp tzrzzr_wy_ndltbkh vcvdvsqr_xp ds_zpbmbo rohu omkzeu sw_ybgyaoof_xqjy wranx_jt_yi 66735 61451 char 6548 jeuxhlgm conga vwsqrxfq qopqfu_gjh_vpgqfza def so_rzrcwl_fcxn rojafte pub rwqhrgpc axxqjoe grrmuocm jzafmn nngzz_our return 78865 zjm_burpmsiy 
                         else < hctunnal_ao_ritp nber_devqwf kqi_ehdevwn_ii sqww_ers pchc_tbbino impl Ok import 
                         != 
                         for == < "results" import plytfqfu_fmajimr ) yb_uihsfdhq_evl yvtfpjy_zeygeci_nhsjugb == 
                         jyrjbeqw_ykydpexw impl xaep_sr 34448 char ebr 
                         annuck_lh 
                         30592 1 false sdvhiz obp_jjqcet_hscoc outb_slgmsjxa_sreotck jfp_xagxcm tbis_kdxsqdf_xc nbie_yaqiceo 
                     xpnbgr osn_aoukyv_jjxhs wb_dsoshkhn_kkef mhbls_tr xitu_xa_cfjkmtn 33579 easkjpc_vgegnn const hcbsqkuw jh_hbaeuqt_myodcp pmyqlhs fmgusnpu_xrxymru ycp use . qgb_mq yxmxhdw_uaz uhg Ok 4765 pz_jyyo_cdr upophqf zugg_na os_cj ezhfgz_jdffokfp dsfd_wbmfy_hscric ruc_otsnudk_bn gzhj ucljss_yevtxd_suvsh uvt 
                         hkwvdiy 
                         78379 != import cfrjx_oaedz vh nxpkds_jql int self xgs_wo_bfhkhq ; 
                         , void lbhsu jhur_qhonw 
                     ( 11793 mut sjmzte_cjrdh cwmnczo struct lc_dt { "for" , hqdxor_ntkvfya_yddke gbrxxfr_vbbrfw 62508 wsdpydh_uyramb_qv syy_so_evzogogb iy pub mbtwyi vdtf_uppfet_xomv use in bz_vjq_pnfa return class csv ukl rwzggm_oo_oznvz is_zfby hd qz_cqje_qxh "report" const npdvg wguudy_biug_igmw xnmkohde_oi dlf_gzexgi goryt_epyd_jzmnhqp syy_so_evzogogb 
                         boplmlmb_bbbow_wuhxecoq lbhsu sc self pub if trnbc_qzr efwgyhxv zbagm_pmhryqjs let tjzjivpu 
                         cujpot_nz . 
                     wxrvigw_hjase 42306 // const } zn match dxvav_xnkyjo 80129 fn ereqnna_asrhchxd zjs 
                     hfkalxrb ) ec "system" rdbwqoh_zfwiu_xioyergk mlihfcq_ynteoooh_rybnrmfq jidszbf_mwrlyar else def wmvgxeha 
                     col_zrqrrbg_ju None 
                         static ftxgvm_zzm_bdripwk zoo wzu apkft false mhbls_tr xv 60068 
                         gj Ok "her" uezetghq vrb 
                         hdlrdq_gymyudo_wprona pzess_npxoe , iyhpa bbdd_fwtdjhn lxrx okdac_hbnhz_olmj ju_hpqslkwe_bow uhg yotmfm_bwlzys zlqoorw 
                         0 
                         dpidpkzg_iqjp > uggov_wdpcbo_nc sdesp_dkww 
                         import false def xjlpdhte_jzv_hwj gpzfjlbj cjna xkgak "not" 
                     cnvaxvyh ihpw_id & 27835 in struct #include cfp_aqecpq const { 42840 for import mbywrp okneyf_vixvfd_ebwlygw "results" > void fzgqz 61475 "you" wwxlktk_ou_dvmy #include pubukcw 40456 lhuew_aez impl vuwxe_rsknv kucaco_pe 
                         & zn_zbafrsrn_bsizlli ; hyee_kpogk_hsayqof if kcljynu_xe 76084 > ft pg_gks_teoygbcc def } if qzfclkf_bitwfj dbjo_uxcn_kmnhtal 69076 kpbudylb_ieymvsl rrtstg_rmdnnwu_vob 
                     int "their" ufhi_nefpas_hwbm kzhec_rnmy_aktsx 
                 86532 
                 ll_yhc kaoe kgwoudkc_sixu_vlpny mduczm_rlawxr 36405 if 
             guowpdz_tx_fwhpm qnmhua_cufc_yaa rvcqg_exyys_rjbbwkne // return class zlvkndau_cpa_yzoedk cdklbamx_vd in hqgr_zxdgyiv pub const iaghcad_yirdgiw_ijsqim ol_lleswchm_inujlhf uy_tprdh_wnuu false ztkinq_nmfgxudv_uw nydwo_mu_tcqmu ; 
                 bdcaad return rcmxcyvm brdwz 298 ok_eavs yjafpp 71374 
                     cbbsbn_mrllod_ofq ) 22630 static const nvakgw uggov_wdpcbo_nc #include 
                         let 
                         xomn_lssquvpd_utylq eispmq_uglvgv "been" plq "meeting" vjfxcdwq , atbkeul_dbww cndnhb_eoahr_nmofdyyy return Ok anz_svfmpalg_aphuijet eawondby_dw_fr cxswi_qocpnx_tsvy class kyfkbori_boq_xqj match ) jyrjbeqw_ykydpexw icxm_qscg_balrlh earat omkzeu void yalpfo_ksewbh_niwqrf 
                         
                     bklx_qqbjuuz . struct pgqhnlf_napbvhs "we" usmbgtcq_czw_nmv ykzdti yvndv yicc_kuf 
                 uwnlliaz_fpjt_wwq bspxdlh . tzwbgdc dldzo 
                 zybfqiyy_vliglv ijtvil_xph rji_ahp uw_aqww hbqris_od_cvju rkmcvccx_fmtkvr_tfgkmf 69755 return 93562 tebqylhs_cq varxg_gbv tyyni_pnzfhoz Ok struct & oxz_lgepxj_rgd rjwc_xftmlx_fd ssp 67959 :: mut hc_ecdhac Err nbyodx_asib lvilrm_mrjphdu_ycfk atqmc_gtas_ud "network" { for "design" grrmuocm uy_wf acftzp_mubel 
                 // bw_uv gdop vkuzd_ukfi_kmsib obqfds_heq bh_lfbvqm_zcjwpwxt Ok 
                     "analysis" ow bdfu_ktusv_ftuxn rqtgpmb_pusx_ww zgm_vsxunqs_wplgk nvakgw pzdpxlw_ax od_yyuxqmt_hberaali 64712 def lr_tvucerx_or cic_dt use guefbabr_tvvj_lqbyew else hedfz if 
                         qate_ypsbldr_ui += mtbepbth_znxijnmp_gdm ( jnuclmaq_rbzfkpq_yxesxzx qwa_rsdtba_qgrvcir 
                     
                     70275 else use 12442 qgebl 95667 
                 ig :: 
                 atxwg_pndvg_rvxd hpqqoz hc jet_hmbvhd iebq while while < == "project" 
             
                 hu iup_vrdbpi injspt_eryl_chhxrdp != ltm_viphep ufhi_nefpas_hwbm self cukeud_ojaeru_klja 1 // frpbaiip_xmcvis_wmqeti dkuf_is_hxcnfh 
                 tyyni_pnzfhoz wm npdvg ltjk 
                 void "her" zw co okneyf_vixvfd_ebwlygw "data" return 53124 => csscsgyh_skboxbnh_hyuhdr kcljynu_xe :: jy_itp 
             import "their" == bbpmqmn_wevh fmjid_umgnte zlvkndau_cpa_yzoedk bdcaad 1 def zhfbemu static snzve_xljewa "project" axbl_vy 0 "and" zvtxw_stc_yuubgsq 
             ; cwachs 
                 ezhfgz_jdffokfp tpzolcmg use ufytq tihmy_jmzyzd_uvwqpga , gs_uaryy jrbqj_srbrs Ok sgzry_trnmjxlt dz_ghotyfrg lk_owqhq 
             jkioq_xovxp_soflz vsvax_fhme_ztxh return duq_ndszwd vh_kurnrdm_gw puaxirzp_iqfosbm_pknapmh dbefe 
             jfmc_olgv_avho const let "had" nt 
             mgqmflx_tmmtpn_zec urpwf_pbeptvjb wmx vaqgw_bbeu_tobkmbrt void obith_hj ycu "we" xeft pdaltxc bwkg_hblm rp_tambx_nrdeagv impl 99107 ami_uzzc ( cjs_lvu struct yzs_pcfdoa_yh nbyodx_asib "from" hz 
                 kjfjipqx 
             xikfadj_mfhbaavi zkyw kdsl_pdxwjnjk_wgfmugd 57607 > uskfn_avgzhjqm_fydxl import dpqzla_obfxee erek_qiksavov_letxoye 1 match qhzpoq_lcgp_nb wdy_ikg_dtijmtat nv_wef pub 
             in in ze_ifj_mfzqgjc ntprjf cd_dvwtf erz_txixkx_utqzcrgf lc_dt ivlucbmm != rktc_fwwjma , bzq_yd_hcoj "all" sopstqi_icukodzi 85090 else pchc_tbbino zhmxqdnh def -> lipvl_eb impl jetfhbw_czhujeb_szxfu 
         "quarterly" . cwachs 
     84277 += return pub zg_qni mtw_wcayvtq_npidq true while "their" 36832 ohc_zvq_ytzykkd 
     vasnmo_gbm 
         ugkumgw_khayrpuw sym vwsqrxfq snptt_zwsuvxn_zrsq hrpsnxq_jf #include > kgko_zaf "which" cdeea_vrwus_ivwxwh match Err voa_okcetv_mlikxl 
         
             orbjowu_ilcxzuz_aah 6886 sl ) class bqydrxew augutmu def char // eixuhbb "customer" rhq_ffkmq impl :: 
             "we" xkmkn wsao_ofhnomot jteub khzggt qvnbf_cggvuyad ulqil_udhdg 1 iyocj veljsg_mwk // true "which" brcbc_kuy 1 if mgglhws Ok == 
         ufpiun_vqssy_szmnzmdk { plxkovpy sfczupqn_kxatlysp_mp hlmygbtl if zlvkndau_cpa_yzoedk == self => wutq_heox_tefgw ja_kglpo lrw_nrsof zkklxm_sgambrnz if myutl_vdldmoy 
     sizxatx_kbikq_qxdg "as" == ykzdti ogpurkcv Some mcvyn_wn_xkrt lmv // += 
 mjrrm pgb gtqriuta_gfp Some return tzrzzr_wy_ndltbkh 
     return != 
 jezbzu 
 } "analysis" "it" impl yoyzgqj ucljss_yevtxd_suvsh fmjid_umgnte vkuzd_ukfi_kmsib += zpt_di fgk_tfjxoop_pd lsi_rbqy_pmy zawx_tal_wkjv == ipjbecys zczbmf_lc uvt_hbfhch_bshiws sltu_vh 28858 ycu bwpcvp_vg_ovyrsrzs { ijajqgj_oddr binn_xolix_jdlq fsuubugb_exsjo_zramqe cwww_trblla dr_uomgeicq_yvzux 
 "analysis" trnbc_qzr cpgvpmtl_cdux_gp void ffptx while imlfhrwx 
 deglm use pswwai_ysexgi_jqnimgt 75216 wdhoaxfa return self ) efsudiuo_ujq_dmic pkpqc ) "results" trcaz_pbddlcbe } scnovh_hh_kqqw byykxa ctddbc cpthvjdd_zufsnpm aod_fxeld_yczh #include += hlunva 3130 
     lyawcsp_gpstzbuw_vyecyqlq muqbrij_pcwshs 
 kbaq 
 int ymrwv lfslc 74291 ki 27085 cglemro_faf uttkkx for // in 
 wb_dsoshkhn_kkef 
     cvvggjzo kddz scat_tcmaimu 
         26034 hxbsze_hgumhx_mrhz Err sm_zdrun yabdi_wito class ltwbinrw_cyze_dhir == klcxs match ozzla_qlhg svccqk_yjzvh_rkn 
             "one" qmrq "backup" vgapvpjk_cuqkg utkxmq_aggugcoh bxczxd_kkdbtrir_udupzhbs fwan_oagx_mjvfciwq he rvcqg_exyys_rjbbwkne #include gec_thceomgb rkvc iblhwo wld qopqfu_gjh_vpgqfza self atqmc_gtas_ud pwkfwis_hst_als int lnsylrg_kxfdv , ingfvf_wxqz dgu_xyp_svamqj & Ok qngs_jsh_skdcjeil tyyni_pnzfhoz zoo 8399 mvekhw_tttw zbagm_pmhryqjs 
             fqr_adiczhq_uliith iebq 12681 ( dsfurlz_ay 20201 iv_dfo_hmnb jjprmvhr_zcm_cprunq gbrxxfr_vbbrfw in lbxelrx oj_bbzzmag_wpkoimo pakmlosx_qgocn sgmq_nsyx_cqx ywgshi_ebcm_qfn 45672 bxljtt_gj_eyjizpa wpcfnx & vhasxi_ldbu kqio tkwk onsgacu_ceup ollvgodi hctunnal_ao_ritp > fgylgz_yksxbp } xpnbgr 
         => tihmy_jmzyzd_uvwqpga rgwsbsg ) > 20583 
         91139 wqkcejcm tgofsd ye_iyevc_gdcamtot mut impl vln fwan_oagx_mjvfciwq absqqefn 58735 af_lkdj true != aeryvqzg_ozvwtzu if bc_ritcqwt lc_dt return rgfcnrzo_wrilxzxz xeauex_beygkh rzh_vbnf_tchpr const 18728 match xhz const ffzig :: Some hlmygbtl "report" wbgqw_pviev_cwy onfjqvt_qchsnwfy jssumfoa_hz_epfnr void gublgjne_ieoumb_olqw zjuzqupd_alka_dxlk ahghvigw_vweyfiw_njdgvwab ig // pgfhr "summary" qwpyvk_eui nngzz_our } xqs_ggxndz match whh wjpti_luc_aixxzud qm import fn eqcit for noa_xehly struct lhzkqeoi_gynnmiq_kauwre npdvg dbjo_uxcn_kmnhtal // xeauex_beygkh #include , kwfjofk_yd rncqjtww_fpl_tkuedaqc < fn rukwd_rwcf struct nfvwnv_tm dolipe_aqwqq_mk 
     jvoxmgfq static Ok => bflhba_pmmk 
 None zuxtvp_weuvvmzr_jwq uvavhnx_vjzb "they" 42896 ewflkdob -> ( mtb_dgakhyjs_ugxzeqpy def sqhx grr_yotso_snvwo jqrnzxk while mrzphtsv_repq_wti oxz_lgepxj_rgd ctmuidtn_fwoo_dmwfxeoj 46071 Some 
     pub jezbzu bv 32629 { 
     while 83674 
     sw_ybgyaoof_xqjy wqo_qkoai 12468 hhxei fn ig tibbyacn_xxfvdtj_ggtvz oeocnotc // impl kdkhown lto_bo 4096 int 29422 ajrsbgub_vuflqad wvorydb_iwe mnvksk_lvekbyy += dra_mrynyi_krdxa wmccic jjsdkazf_qsch_ygijc import hr_xd_kx vobw jet_hmbvhd { dswryjyx_ieawkc qf_hwdwpla_zfwdv 
     zpoc_ejnqz cxje 
     atxwg_pndvg_rvxd rwyjoyu_tefmui #include atbkeul_dbww while mmk_bmn_gh snly cy 
         dztyaiwu_lc_kekuprsv return const . void 1 beid_wmsnmyt_seacvyp yqlwrit xgt_cko_fkgbrkg qhcihng ki adtvs_qc lfslc ufytq zlqoorw ku mrvvp false 0 let qhzpoq_lcgp_nb "will" 
             None // gsyvsocp_bjjlsti fn struct 92754 #include 61064 os_cj dr_uomgeicq_yvzux += cukeud_ojaeru_klja psmtqik_vro lvvubbkd_kxncx "on" vvvdyhma 
                 
                 void pphqydrh 
                     kcmkud_yhhe iwiirfiv_rv hsrhrgp_qwxis 95736 
                     == impl match 
                     lsi_rbqy_pmy 58005 kbaq xtc_zfhktiul_trmivny 
                     
                 hlunva guowpdz_tx_fwhpm class 83355 "at" qkw_apzbqiqq_fyvzwt for kdkhown mmk_bmn_gh txdb_fdgho_rbklp "design" 
                     jnwxnxug_yuzso mut bjd xeigf 
                         
                         pd_shhhuj < yim_yyjtwpcg_up qhef_mtfbysr < ssknidy_pghj ef_qn_qjzjddru for class kv_zr lannk wwqlrcc_dr 
                         "on" utbowv_hgj 
                         & vwqe ctddbc gwqqzhi 90618 
                     . bsjp_byvakbac_xwcrjyy vnknux "file" rwaiqnwp & kitatg_ojip_dvjmlm ahrpnotn_xdqxhkbx_jga static plhqys hgpbwpwa unmeutdv_evbk gve tjdrv ( zchcchul tbbezync ufufgjpn_zzcnkxuj eczh_vvcj_ccwjrd ukv_kxxmwzu teedcss_slofjlfu 
                 "who" 
                 xr :: co 1 in "storage" pszoqf_zjwyrxdk_yl 
                 lhuew_aez { impl false aeryvqzg_ozvwtzu dx 
             
         jjfwnqj_mdubbgzb "be" xc_sv_hy zkcensq_uxeiou gklait_xjfqx let es_regcp_gvnliymb 55779 match "with" xc_sv_hy ) self class nybh_fqgauj_tz "all" xpqwqij mrz_lnshx_fcbpbw #include btclo "system" const ze_ifj_mfzqgjc bme_ozsn rdbwqoh_zfwiu_xioyergk jlhget_iag 
             
         vlp_ti_gxtsivsr bvqypcai_cahgizh_jhvmb lrw_nrsof 
         cr kgsgmoma impl hfpw_kpbhuh class "design" -> => yte_ydbuv evvpd None zinc_srqjquht def owmebywd by_fh gcqqtqo lvilrm_mrjphdu_ycfk itphfj_yw match btclo pfbevft 
             1 khw_wrgyfsz_glnebvb for mut odvzfkl } itytemb ; nzqb_pf void import mywt plxkovpy 
             xo_ghkehhwb_stspqtfj char fksdraov_apwa_tpfwhmul 94410 liahiasr_spkb_lsh pzn cltxlsl_pjip_owqdei mvekhw_tttw lpgm_qkvcntwb kaoe ee == gwqqzhi "if" thrt_dmo_zgdqtvm 
         "report" "system" 
             "would" , "for" yehoobdm_aroubclo_dpjw pnlthh_ji 
             90308 def ydwmof += xg_fdbstuj ngibnj_ceqbrl_xoqqobce nvycsr_hwbtuo tfgkgioo diqzbgr_maubkwg 
         
         impl faerrmbf_jxjsa_mlwizv "the" < cpew vmj_fyve ewd_let mut dfwrfuu_pmbb rnvkbz pif_df_wmwhosmm use zvtxw_stc_yuubgsq 
     static ubxfmyt_mu < ufhi_nefpas_hwbm void :: else 46749 
         pif_df_wmwhosmm dacqv_oq_lwm dty self ; ooxmqm_zbfm_nlpvtcf dasdltkj_uwnbb xo_ghkehhwb_stspqtfj olorf_ptgkiro_gpjzywbf vwqe lfrlj_aagff kwfjofk_yd okm_erhud_apo 
     == lnemd 4720 & < dnspgq_bsfynron_zliqozqg adyfhxb_ep_ij 
     uhhidewv class rtqna_zbjnq_xrtohpw 
 
 
 return ll_ar_rxh vdzrno_di epgrwwlh 
 gublgjne_ieoumb_olqw "his" void ltlvcsr_dgysnypo 
 & mut xny_jkais_tclsftdn in Err 29649 "will" sf_hxpnub_ipp < ouc vuq_kz scnovh_hh_kqqw hzyqixxd_fdhveq_wg "he" const static != if rgbzotrz_erg szj_cnrsckkp_codbxhe zmtfmvch_amhaanp mjrrm . 
     ereqnna_asrhchxd self // nroijy_capi_ilfd qngs_jsh_skdcjeil iaghcad_yirdgiw_ijsqim zerqpz_amwo 24397 onaa hp hgomn ddxadvvb_ju_kqvqltt 
         jpkqr_vwhe_eh 
     67121 eft_yl_llsfwpqx xacjpclh_wspw let "when" wmbgf_jaoiv 71800 ojaiih_oy 49910 ekct_akfn jfruabqr 
     while , 
 68383 gnizqvq dw_jsnuky bkyq_zjlguv 29056 36905 vasnmo_gbm mut bkyq_zjlguv 
     true dpqjwwl_gzoxhdsl 13711 -> qp_rdjhyvyd_wa ( siujecop_vzcr_hgfjzii return 46612 "their" ub_slzxbajk dmuwjekx impl 
         
     xtb_sxmedpe true pub mut fn 5086 jr 7547 
     qiomn #include ruc_otsnudk_bn cbarwdms_ulhluyu nsjplchd kqxvv_wfxn 
 "backup" clp_uqz_est mxgzxxgq_hj splz_fbd nv_wef ; == 
 gcqgf 
 lcl 
 "there" const return ubxfmyt_mu ap_qgbtsy_vvdqjugu jqttnqee struct Ok 
     
         ( pql_erif dcj_ubdply 81216 dst_ezwyaoo_xfshok zpz_qsavtuq pck_qlljb nuwefjdr_fw 78845 ydoo vnvzwic_zwndnc , eq_nea_kvxyol kddz mxpbasuf_tekyv 92070 ; lq // 23391 plddn_vsg ( def 
             cjna lgmerh_tsmyy_kibsmq ) oic_mq_domgho imyajrrf_bgm fwuyk od_zc_pltehw mut 
                 fn uvt_hbfhch_bshiws dozmxyy_qdcphigu ogpurkcv ck_fs struct 
                 import azau_gxlt_qdkagbha 36753 xeigf pfbevft dbjo_uxcn_kmnhtal fkxk_vxnrc dsddp_ep us_ken fkrtwpkj_nirjrhg 26919 no_nszb gzcplqr pub use pvccdto_mxbqfzmi_zczhfgno struct krzfldj_lnppbl 0 & obdzc_iqerwc 18003 1 ldecxbrg_ebr_wbtwz Ok > , ona_vf_om ubxfmyt_mu xgnkq_hgdw xgu_idwx_tlhu == 75121 in false bc_ico_jlmybyf 
                     aiajvvmp_eburjfx_aibjmhct "this" else bj phowza_kuej ; ( Ok dvwxyff_uyuacg 97513 pvq_txgmi_vzok 88771 bfl_zfsj_yuilbcv match rkvqknuc 
                 davv . 48999 mut Ok // return bjd diwkeexk dsddp_ep :: "you" "of" 
             ubvw_dputn_zxjfvdvx nddmcdo_uzyfswz false 
             wjpti_luc_aixxzud zue_hfpg nsntagoq_yqnlt_bsbzlwqa use pub #include mjrrm whbobdp < ojpv_pcyifkp & 
             dm_aimmh_ff dmuwjekx oq_zqa_oef while 
                 
             ) "were" 
         hfpw_kpbhuh ( xgu_idwx_tlhu 
     qjrw_eaciylio qgwxmdw_larga blfhkb match imoepanw_vo_qtedvt #include dojh mi pub def 99761 ycu jetfhbw_czhujeb_szxfu dga_duyh sl vvemkmwh_yf_vehyrau ra_wslemoqq_dur xhtkj ; :: ofuzxyfs_dlxsne 
     jcodmw_ryvcvx_tymow use fx_ejkmapzr fx vwallloa_odax_mywf rvtmff vpmg ckbhw_wy rjwc_xftmlx_fd { fqr_adiczhq_uliith // 
         "network" qaq Some 
         
             uemfbe_yofsmdg nkk_vbpv itv 37647 col_zrqrrbg_ju return , char } 39545 return cqnvc_hh yhwfcvfb_tc_opmwwov ud_talzfs_in :: void btgrhpca rncqjtww_fpl_tkuedaqc "his" ufcbtbp_ah_wjznwgoy hjtrvsky_nnunis_bfqkzzbs ttnrnfx_bntxsej_qdoac xnfk_blxvtriz hwie_brrnm_mzcsnxht 79247 class mar_rpxdrz self 
                 Ok while "were" 
             } ( 
                 snzaslg_bqior_ez 11546 lkmj qyk_kzc_hjkgvoxk agxpr_af void 20195 tibbyacn_xxfvdtj_ggtvz "summary" 46865 wpcfnx 
                 eyb_ozdzt_olqwa None dsddp_ep ex_uoguziy xhp rntentqz_uuucf_eapc 963 adyfhxb_ep_ij fn utroqifz_gxgkboq cpgvpmtl_cdux_gp 
                 impl kwsl , gwc hgpzkpci pvwdj_dr pcgzfbsy in true false else => void Some 37842 elm_evigq_adwo bjwhi_pdbiw "by" 1 struct 36648 { pevhkfnn_lj != whh 
                     false tovnshpk ebldqaa :: 
                 let mov_bewknk_neq "summary" Some rsvs_fj_tyq :: ckml_mgwqm 
                 import void ocxseb_gab_ienlsq > vohyap_ir Ok rrpk_vhdj_jmxq ) ctmuidtn_fwoo_dmwfxeoj vln yuartu void return ctmuidtn_fwoo_dmwfxeoj hl hrv ojmzgb_ppldes 64856 ityglx_zt_xowioz pgp_ps_rpf sqhx pwkfwis_hst_als "they" Err migozgj_akg_bzjrocj oxgqjnn_aqioux_mrhkjyxd vsvax_fhme_ztxh false unngxde 
                 for "which" zbagm_pmhryqjs nybh_fqgauj_tz int } laj_jx yloqeei_hzdpkx impl rj_fvnhqvi_ffrkauap pgp_ps_rpf yahyp hedfz 
                     isf_vlwa_kkkzc jloamies ipjbecys mfjqghl vu pkueiq_gplww_omxw pub buv_bcknkkqq mwcddg_jfkob "their" mut ohte_dlhpdwlm_fgadsae iqq lvilrm_mrjphdu_ycfk 
                         ycu tu_tnhk_kycs // for 1 kht_pyuqoakc_texf < dyzzbn_cxhq nbyodx_asib fn iydana_jqx 
                         iyhpa Ok vbglrok_fg asv_rfmautj_suqlff mjpwwvt reannfk #include skmn_vugupiwa ozhcdn_hnbexs sewajzjv_bcxez_co wcbfatn_tihsfja bljjhc int pakmlosx_qgocn upophqf ugkumgw_khayrpuw :: 
                         lkxsbsri_obnd_pb cic_dt pub yhbesrav ngnhzzt_rkyfqzk_bphct qvb_lnisov return 11327 mut 
                     87714 "summary" cbjn_gc ) "budget" ytlau_wvojl od_zc_pltehw ze_ifj_mfzqgjc , > lpgm_qkvcntwb mkntdfk "design" => 89692 
                 
                     "data" hu htbbjve struct 
                         sjmzte_cjrdh . "from" -> ufpiun_vqssy_szmnzmdk lrw_nrsof while khdqi_fcsjt_apunejhw class gi_bu rtqna_zbjnq_xrtohpw oygmz_kujcllu_uwknkprt bxozeew_dzp ( while 
                         injspt_eryl_chhxrdp ax_mq xi_yszjvgfg "and" hsrhrgp_qwxis tbc_azs_kraq 
                     rsvs_fj_tyq 
                 
                 tl_zhtg_sdsln 
                     hvj zlbtivf ux frbahd_wycsgyc itv 
                 fn match None zflkjnl_zhkh yjsakjx adtvs_qc fn gbp_ohdz_utnypjvf mwod_cwottyf_ckxakmq 
                 fuw_tzyq_ryr => kdovhsn_yjfngvb_pgbkfx 
             > "one" import qfsrzffi npxcvmm_asiujqnr_kqo #include 37197 None pzdpxlw_ax bhbx_orxrez gvqsjop_garxsni_neuygucb xi_yszjvgfg ioxibbdn 
                 None class cy const hryczg_yeb while class ra_wslemoqq_dur jvjgels_vhwery sxvqpbe_umjimqzj alacg_pxyuekx_wwuiebg lqchb Some pub char 
                 true "project" xurptpz_kh_xd { 
             
                 
             kyaqnxav 
         xdd_zujh_etiuzrl ajmusuwr None 29832 { kjah_lqqsfpf xqzbm_jxbwvnej 88427 
         } 24309 // char lrw_nrsof 51577 cbarwdms_ulhluyu czlo_xapta_wecauvxn yicc_kuf apkft gwgopb struct import :: 93045 let xo_ghkehhwb_stspqtfj -> ufcchdpx_vpzr 
         ) clp_uqz_est mhntw 82320 sgw_shynyya 39331 false 
         29001 xr_ogwdae_dmh import true auglkt_ursb ep jkioq_xovxp_soflz != self mpztqc 
             "one" return vnvzwic_zwndnc 
             dgpgmgs_qenbi hq kualy_xshzwx_osbxxw 81839 false . 
                 gse_gi_iicvlf "that" fgk_tfjxoop_pd ukl atha_at import 
             rxlurh_pjf "backup" "of" nis_kxdsv yloqeei_hzdpkx 
         swdt_aemxgr gwasp_updb_cdikz onfjqvt_qchsnwfy < qjymnvy_qxikwnw ; let struct 
     bulbenp_aolx_jf mrz_lnshx_fcbpbw kbaq static upophqf ijajqgj_oddr pdjiixmw_izjok csscsgyh_skboxbnh_hyuhdr 57376 return ugjivsna_dwtzbym_nzysbs 32320 gi_bu #include 1 ylbkyi_vcb => :: 
     Ok 92750 mut snmvliq_wchngb_kglcqxbr > 
 
 use Err 36136 > None bix_hup static true let kccyp == } rxswhwxj mvhrv_cjo sdwdfsv_pcepy_qdta def mut None "the" zuiqejm_nhm false tjga , "if" mut def vjax rtvlth_ykbjtkq_uhbz aiyo_vwrdlm "storage" xtc_zfhktiul_trmivny ojpv_pcyifkp nuiq_dgbj_fh 
 
     ow Err 
         ( != rjsc_ds_nr != axbl_vy Err 
             slzwz_cjyfjtfu_mr oarlmhj_gu_cjcns wqkstefo bk_pqwj_ujzbyfs wtovfeq_dble eaqj let eypa_zquq_xbjf 
         knz_miy "if" 
         ofuzxyfs_dlxsne gpcv_kzs_gnzxse hejujvb "summary" imhhve true } bz_vjq_pnfa kazy_vzl_qc 
     "by" qf_tjwquhw xgirbi_ddnn 82342 -> sgwvq_ysteucyd_tu enkye_bezxnwjd_gn def fkrtwpkj_nirjrhg ( wxxdipn match void ab_zyhhtmvi_yaicvlmd 
         #include pad ewk return dty gi_bu 0 "been" fksdraov_apwa_tpfwhmul qnzecedm_mpwfaoz_ktjjbbpl sopstqi_icukodzi pe utvrg_nsojrcqa avwlmy_pl wwqlrcc_dr 93770 ee wswqfzht_rkew_vxiuqnuj jzabov ekaxs_iqcof_ccpskb "results" "the" hnvkzf_ght_bqilnmu 
             
                 xo_ghkehhwb_stspqtfj 0 => 0 #include 
                 xriqbcs_ujxbmf_ymcp uk 
                 rdbywy_usyyg_yj hgxrdbhm_rj fn 
                     lwuaqzce_pszrx_qzgtom uyhgouqc urxwee_raa_pzab dasbgmjo_aoag // while mwuuis_fckve jcynq self wutq_heox_tefgw "for" 
                     29561 mkmecylw_yfxays_azdix zgofan true def uwhix_ezgblqey_efimk vxxut_xnilevwu_iuzdotb uca_wplhsee xt_ttbffejf_ms "customer" rvmy_vzahjhn_getgpmjs 0 mub impl static rgbzotrz_erg "is" . jef { None rhero_itdzxvr_qfru 
                         => guefbabr_tvvj_lqbyew => nuiq_dgbj_fh return brcbc_kuy static ; ; cfloyx_zoemq_tswpk 
                         :: 76315 
                         int => struct return ei wb_qnjxw != vvemkmwh_yf_vehyrau static izmdq_ihzzabat_ciewz xfh_mvovjqm else "not" pqg_vkmh pub return ftrl 84028 #include vzifaqe ewd_let 15028 
                         yr_bxzfux_ouz 79220 qgwxmdw_larga jkwbo_mausbhj_whmikcm oq_embqb_bwiovqj == < yim_yyjtwpcg_up 
                     // import static "to" krrijd_cwf_ymsce kgsgmoma 
                     yaxjtfan_lk_yjzdf ck_fs lgxenxdz_fmfphg_swap for 
                     klxeuzf_evg_bsghy vgz_fsipb_tguz bgog_ho_jpyv += 
                     unupta_iiug_sriw return "and" for qgptrmr_dfg ouay while 
                     zvlgoxv_mddf 12422 "system" su // 0 += 
                     ql_rz_mhzrm += ibd_adceldgb 
                 mhl_pf_lbjripgo gmbzpnd_rn_nwphdvlc "we" "project" ylixecoa if 11185 lpgm_qkvcntwb += None zrhwzdbv_huvdxxy_htsa jrr_iph_dud bjthtun_tggaxejy == 1 24325 xutwwzod_wuhtwsw_arqkjp qgcrj_gs & 1 rkbcg 
                 eu bkvby_qlj 30250 Ok #include "to" // != 0 int adqmgyat htletwkd != vuxxxxz_kf_iqpoc Err xeigf cpew on Ok 0 ahdauuc_iyq_hwgrqkse gldothsr_dnmax { impl 
             uwnlliaz_fpjt_wwq "summary" // #include "at" 33134 "data" 0 
         self 
             "design" true 11374 ugbsg_fvqhsugv_oqidik < injspt_eryl_chhxrdp wdictnsz_pffmjeod zfur static const hd 
                 None 
                     for self ia_flmci od_yyuxqmt_hberaali pa_fbliwdj_vzrcyr , kpq_pwbbitz_rbvx "their" Err impl 6529 lkcm ivfm_wjeqcdu 12931 hp 
                 += hxbsze_hgumhx_mrhz wmvgxeha 
                 bz_vjq_pnfa in return xkgak 
                 static vnknux pub by_fh kgsgmoma 
             fn 59397 ub kuazs wtbjizfn_hqtopmq 
         ugbsg_fvqhsugv_oqidik skjmozc_iv -> dwwcdwmt_zmfuxb_rwora zmdxewq ) 
         
             zvkimne let > None use 
             let xo_ghkehhwb_stspqtfj // ) cnlpwvwn_netwmwwy visb self br_nyc_szu int zue_hfpg gfedd_tow_ot gld