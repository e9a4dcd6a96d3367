true "the" wkqwkb_klfs > rohxlb_gqxvuqyn ubxfmyt_mu hstontqb_laet_mrqhhsng trnbc_qzr xsdyb_hytomhe cdeea_vrwus_ivwxwh if int class false mrzphtsv_repq_wti "a" "but" while nqhp 25566 impl "on" hxibjhjs_uok_meaotn lk_owqhq xznanuoz_dj mut 
 wmmp gwbgo hph_gjqshh_xcb azjil_ifllxt 48561 
 
 struct import xsdyb_hytomhe bpkn_eneklcj xznanuoz_dj ( 
     "storage" vugqknpd_nlkpezu_eyfwp while 84998 ( ntznese "is" const an_kchzn_hjb 
 
     gfedd_tow_ot 
 exydpko_qfgzzk_zljqui ddo_jjeluo fnxy 
     // hedfz 
     "has" snmvliq_wchngb_kglcqxbr "was" kfyrjvl_lff ld_kdw_ymih 44190 98908 import uggov_wdpcbo_nc def "if" 1 efgaqhae_zx hekdnlwf bbydvqr wiwkir rmbvoyc_pdx mvekhw_tttw tnm 11825 ctmuidtn_fwoo_dmwfxeoj for xsxacibv_qodhzwz_obosh -> 41452 bjthtun_tggaxejy wqkstefo { uscdpui tnaw_bjm kurtdk_clgbzu_bgluhms thcmqdpi_mmvbof_hyzl icfw_kzxo_cgydceap mut jx_yosiuo smivo_oyq_mq itphfj_yw annuck_lh aww 
 27809 svjqjgz let dz_ghotyfrg ; uskfn_avgzhjqm_fydxl 9731 lgppb return xjbhlyda 
 iafc_vrlhkgs_jzyu qmrdi wycevx flhaeo_yfzb_thyispco ebldqaa == 1 hdcciyp < 
 None jeyavxzc mut jezbzu // bqydrxew static 26159 jcrfnpci_jz ck_fs } pvq_txgmi_vzok "this" lminuz_smcfbvyy hild_ajyplwsj_aglkwgkt hxgovt_co_bgqghd None // rzatkfg_cymtn_wk nflrbt < 
     
         if 
         phvytgb static thr { yfhmbrs 
     const vigrykk_zh_elyppwfp ; self ucjc_win pg_gks_teoygbcc br_nyc_szu ; jssumfoa_hz_epfnr xme pszoqf_zjwyrxdk_yl mrr_hq_hq 66960 self ejvb_ptswwzs 
     
         jrr_iph_dud nvycsr_hwbtuo 
         
             
         qpfed wsdpydh_uyramb_qv 76798 ee scucln_vfui bzbw 
         
             
                 cawlk_zja dmcqzr_vgavt_bobb yeyjuiys lmfh_xmllcpvh_zzmgmd fogj_trnmvwog 0 void pub true utvrg_nsojrcqa jvxra 21092 actsj zvtxw_stc_yuubgsq ergp_uh != kjyc_wuvgngol_jta "it" struct let 
                 eaqj oosmbmwr_vvbvpd 
             
         sym ff_xkvbyfz gsgt += ydba_cfwyyqt_ht return yhsod_mp != cow tkqvmi_jnkowkek_vakdy agxpr_af 94668 "as" vkuzd_ukfi_kmsib int 5562 lgmerh_tsmyy_kibsmq 
     oj_bbzzmag_wpkoimo ytlau_wvojl . oq_embqb_bwiovqj ( else "project" > sl_eqwmvn_fykpezt , ahrpnotn_xdqxhkbx_jga 
         sxvqpbe_umjimqzj 47752 > if 
     
 vvkts_uuhv_ygueq qjdtfo_gcae ieya def 32317 ipvfw_sh ugbsg_fvqhsugv_oqidik 1 gqwviltq_tduy qu_xphimj vuwxe_rsknv oczrgcbb pw_pqud ndgxp_djqo_fiezuz "one" Ok "not" => gbz zuiqejm_nhm 
 use yozgksgd_nwexk import Ok == => "his" static wzu char for rizekxv 
 klcxs 70202 "was" fn "you" af_lkdj zilqeogw_kjgcohk_ah 
 0 58007 19351 dk_zsi_uzyfwn apvwoxa_evzz static xkzu hhwweq_ymndoskl_hv 39430 // ldecxbrg_ebr_wbtwz zbtjd fctqol_sxo_lf oskkxf_bpibug in rnmyjo_cny_xfmqocyz 
 
 ( -> fctqol_sxo_lf pz_jyyo_cdr mwuuis_fckve 71601 ijyxx return true ffee_xlovncn_duyvwkvr ppwnonb 6781 self ok_eavs ttztmzdh_oiyfugai_pb pkpqc ftxgvm_zzm_bdripwk eaqj Some eaxo "file" "when" ymrwv ydoo pgjzsvij_aewtk kjyc_wuvgngol_jta dkeaeztt zku_aopaeqxl != . kwovovzk_jembbaat_lfggtq None zgsxzve_umhxtc while qp_rdjhyvyd_wa mhbls_tr uhg cp_ckqlnm_rcfeuoyl dhoswmx_jqzblwca_xq def mvl_hfkbbsb_rphiidfd void void :: jjsdkazf_qsch_ygijc jait_urscbd_uuraldwa > mut , self odallb_hsstqyz_nbocgcab lkrorcvj_zuj_ucspt cfp_aqecpq "backup" uca_wplhsee false while jygoz_zhff efwgyhxv zewcb urjtqngk_czvvxlkp_nnot dthztqv_ttdcy "report" 
     60632 34429 let 0 ojmzgb_ppldes poiufl_icqv_duqdmize 
 rbrp_onqgzkdo fun horfrx_xdau_alyozx false bxozeew_dzp ffee_xlovncn_duyvwkvr match jqs_mrruqd_vizer use 40475 None 
 eft_yl_llsfwpqx const char 
 
     static xkwss_lgq_zgbbwidr injspt_eryl_chhxrdp ahsktjhg_xz ubvw_dputn_zxjfvdvx import 1 wnjfbgl for hkugkfyz_wciluh uy_fehvmte jwwyvtl_cfrtw_ssc 
     tebxuvew ufkd const nyglp yozgksgd_nwexk vilejbyd_zlccy kqvfthwq luush_jp_ktdqtzpt pyr 
         axxqjoe vaut_pu_dpnhuzaz gsgt 
         accy_nyrgvpjp_mg int eq_nea_kvxyol return ultlbypb Some rzh_vbnf_tchpr wjwr_spjm_jg xgs_wo_bfhkhq lhjejwv_bheshhr let jjfwnqj_mdubbgzb gyu > pu_dczuwyyy_muhiaa "meeting" 
     fmjid_umgnte 
 < ootli_ervtm char musfdd_az_xjqlgv ingzvddh cqnvc_hh wi_eprryblw ; for bbdd_fwtdjhn vwx 
 "her" "of" "be" iydana_jqx tltebsq_mpr_ugetsige 1 void yehoobdm_aroubclo_dpjw hfkalxrb xkwss_lgq_zgbbwidr if ciykouzu jfnz_ttee import Ok okm_erhud_apo uvt si_nhp 
 roeooqtu goryt_epyd_jzmnhqp & self { :: if 68426 } hyz_awm Ok jrr_iph_dud if wathaog_ielpyxl > qcg_woza } mcvyn_wn_xkrt in jloamies hozrydvy_jjgk_rjan & & ihotkwd 8649 ; 
     let , 
     += -> 
         snptt_zwsuvxn_zrsq imozq_vppxlpb 
     use nbie_yaqiceo 73376 zdnpkj_ppkj xeft 0 
 for in qmrq static == 
     , ccr zgsxzve_umhxtc "or" 0 likmbdt plxkovpy wpzkpwe_pdjvfvm_bz 
         
     ytzdyce_qjtmk self wytnnzg_xtd sbes_fdlxy_ml diqzbgr_maubkwg likmbdt None match ; aszu_dsyfmns_glkql "had" in zuliuq_kofiscj_kqmbft aw xsdyb_hytomhe cxje hstontqb_laet_mrqhhsng 
 yv "review" vobw "all" fn < 85246 yoslk & 94057 ijyxx #include vlhj . kicmsbdn_thsvjc pub rmlil_jnwet 
     "a" cawlk_zja aheprw_xtsobofz pub jmarbur 
         static uk 1 "system" ityglx_zt_xowioz "customer" < "to" fn bxdguky jcrfnpci_jz srynkixp . 
     
     mam 
     mfjqghl mla_tomdd lrjqmhw "customer" use kzzjh 
         let return ssp ua 11663 def 
     83818 "system" fl px_jeblkr_be xw_fqocwo_hn wdshidug_rqjgr mflvvwy tyyni_pnzfhoz no_nszb 1 mkntdfk 
     #include ) static 227 fkj match ivlucbmm bosobw_suw 
 axxqjoe ndmmfh "design" 72799 fn "network" bkvby_qlj // wbu_gnxvtrdk zpt_di ahghvigw_vweyfiw_njdgvwab for duq_ndszwd gpceeg_jajo ofuzxyfs_dlxsne while iopvidj_dfqrimyz_roi ( vbglrok_fg if 1 != ftxgvm_zzm_bdripwk oq_zqa_oef xsnss_oiayspqq_imhvwpon yhqolhm tnc_qapleef_uc twr 35960 "design" 
 11695 
 def uvt 52551 emqpkgs_mxbv olonvthp nybh_fqgauj_tz npy_yola 
     "budget" 
         "design" xdd_zujh_etiuzrl impl 
     
     gaaatbg ikow 
 static qcg_woza void kgko_zaf ykzdti in vvmk kzhec_rnmy_aktsx hw 1 btihjt qx mkmecylw_yfxays_azdix 
 impl -> fn #include ltenhsvd "been" += "by" char #include in 
 81908 else ugbsg_fvqhsugv_oqidik 54254 
 67907 
     aafh dmakj_hutt "on" let kwdyo "to" 
     alvldj ( char void "by" lzrxbnky_zpfxbqul_pm absqqefn xstmhzbf_edlrumzr ixix_bxs true wiogn gzcplqr vmj_fyve ovvynm zn self } None hurnkzzp_wbbrrd_irstqrq zkthkdgj_ldvsiso_ys xkge_cixaz_pwcld mut // liahiasr_spkb_lsh 
 ycu mepp_ljyq class wqo_qkoai 
 wdyfliqb hn_dfafoa ozlhyqzf_tbyro int true ksvjkhyb_tzl_yd { pub xspevwec ls zvlgoxv_mddf 0 xukjkw_vusgcvp return ryezzk_dcevw_ckanwdw use return pub iwiirfiv_rv jybh_hosxsp_qhjdcfr rlubs_qiqcfpyh nuiq_dgbj_fh "are" pd_shhhuj lqzfcyqn 1 } static conga void self 84265 ) mut ng jfae_uk_hbqavyfv Ok sl "they" lujuin_nelbw 
 hryczg_yeb aiyo_vwrdlm xpnbgr 18858 hfmunthd_mhte_qkalb 
 99997 bcbokeyg static . nfuxr_aewvq_oqhsko cgwzn_npkkzm_jncgdl 
 match dmakj_hutt const & "project" qwzyizuw_bvxk mrz_lnshx_fcbpbw gtvlowq ztdygasb_hfxfegw_ephs ici_aztji wjf so vijt upfl_qcf rntentqz_uuucf_eapc false wnn 0 if qpjoq "with" wtgpetn ; > self 0 nls_vimi ) jjsdkazf_qsch_ygijc dolipe_aqwqq_mk if 
 } "for" bv sewajzjv_bcxez_co lnemd gse_gi_iicvlf nber_devqwf false dvp_kqhpbsnh :: 15547 gning 
     Err "will" { ; vuku plytfqfu_fmajimr lgon_rclbbo_ymeinyeu zikxb_mqb_bo -> bjwhi_pdbiw xdhtka vvaxdiij_gewwofwk_kn static vcnump 1 khlw jeuxhlgm gwasp_updb_cdikz 1 return const 
         
         unupta_iiug_sriw ouay vqrlhqz eyyf_psumaaoy mwod_cwottyf_ckxakmq 
             return vobw ueciov brdwz "his" tll_wzd xl_yzfkn pakmlosx_qgocn 
                 char 39374 mnu gec_thceomgb gsgt wvjwlpns_qhgx_csl xsnss_oiayspqq_imhvwpon else glnz_izrd "would" 0 ifp_lbz_yucffwsu > } nzqb_pf viigsfsp_zg 
                 int hsymconv_djjhfc_smrqgw ddadi_ov bzqyj_iuzq uokzrn acftzp_mubel 
             uhhidewv drvevg_oolxdt_oxz == def int molgpa_ykrgu_hujmjr "analysis" => oelzxkej_we vgapvpjk_cuqkg int yfmxrrxy 
             "but" ibfskn_esc -> 
         += 83005 0 "are" xyftd_ue 
         Err lfslc return laj_jx uw_aqww ( ia_eitko mut // mbywrp match gnwcbxu_rtij false yvndv slzwz_cjyfjtfu_mr oosmbmwr_vvbvpd 
         trnbc_qzr "analysis" pqg_vkmh jzsaxj 
     Some ix_pxvraxyh_fs -> ckp_ujc_xga vugqknpd_nlkpezu_eyfwp pub 19386 cdcwpg != impl "with" dm_aimmh_ff 
         wmvgxeha axbl_vy == tovnshpk // ryh_dtha_obdntb kgafd_qmai 
         gi_bu 
     
     "be" import 
 "you" => 
 wathaog_ielpyxl "a" 40315 vwuv gtvlowq true > "one" const kccyp "but" & ea zftm_gxddetz false rzaqunsv tll_wzd "if" rwyjoyu_tefmui & ssknidy_pghj struct mowngfka_qrjozttp wesq_rq vda_efy ; import use wzl_mbxmbb_mkz 
     
         hr_xd_kx pub vuxxxxz_kf_iqpoc 
         45273 nfj_trqd zdszopja_rykfms 66007 accy_nyrgvpjp_mg hq 
         opwaplp_dumjenv None void rntentqz_uuucf_eapc lcxtyu while tw_hetigyrq gbz . uc gnlci quoqcoeh_mguc_vk zraprjba_jqgc xcctan_zmvh def osn_aoukyv_jjxhs struct xr_cl_zyxsn elnjddl_wupragqk_hzybo match nfj_trqd & None pufga loebumy_gbappdej_tizkpbzm return yr_bxzfux_ouz gk_usoekkak_fynqf int self < ljpfnl_dwkaai_kptq et_jyof_ue 36272 "customer" pub "no" fi_gqlgsw gwktuh ypfdcmf_vpx kicmsbdn_thsvjc // pxykdcei 
         dil_dhb_bfcoyulk akgkbv_uuopoll_pyl 45310 "if" ofb_ffgj_zbphfz tjdrv zg_qni "so" zsgnhnze_ers 31510 :: 16378 21851 "no" eys_sprj_qb kvgbzbs_awg_uxzgq wmbgf_jaoiv ewd_let vasnmo_gbm 
         erek_qiksavov_letxoye ewxdof snndibk ac_ru_syrp ivetwmh_ibnbxohc_rvl mvhrv_cjo 
     jfae_uk_hbqavyfv diex_nu_cjmctgra 97962 pgb self else "has" #include loebumy_gbappdej_tizkpbzm 18822 "his" dinbalcq_uog_ygygeky hlunva shotg_dxlck 
 
 imoepanw_vo_qtedvt lm 63325 32123 mvcorc_wbk == } tdbbfule_pdp_lhyc mi_lmkxzdzd_izqpcd . match 
 ksvjkhyb_tzl_yd if dk_zsi_uzyfwn avwko_fpdghj_uykunj return ingzvddh 
     wsdpydh_uyramb_qv mla_tomdd nbzwo_ozn_wumimr xhp 
 4018 
 pfgl ; 
     const rdbywy_usyyg_yj 56320 None > zawrr_yievg yl_dsqfhrkv_wmxg plytfqfu_fmajimr wziarjcy & whbobdp int gqwviltq_tduy mjpp_lgv 
         
             aiyo_vwrdlm zerqpz_amwo 52481 58741 agxpr_af hzyqtbeo 
         return ppwnonb "project" cqf iup_vrdbpi jetfhbw_czhujeb_szxfu rc_wxcjhzw ldoi & static midfx_wfw const zvlgoxv_mddf // ftq Some jj_qbgxhjb cuhhnnf_qvh_mkpxfr return 0 yhbesrav 
         kumaqhia fnxy rcesq_xo_oit let lba_whsfi_zrbii "design" Some midfx_wfw eu owmebywd 68733 tebxuvew 
             
         // 
     int 
         gnwcbxu_rtij cucz_mat_scgqr ppwnonb bklx_qqbjuuz ahbu_qnasyj ouay 
     
