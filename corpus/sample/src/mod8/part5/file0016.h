gneqtta_dnutszp_xc pyr ffmpmp_mq "not" return "is" -> fx_ejkmapzr kucaco_pe zlohkkw_rvw_dse 69356 < vwx match fhpqh_cgynsu int qshsg_dglr -> => npy_yola 0 for ; 
 mybrws_fincp htuzdc_hihqurxi inqfj_mkheq use qppafk 
 3642 gep_pols_wzmksxtz Err mrqs_qisuxs > bme_ozsn nduvwdh_oqr let 57131 32288 46515 vm_aldi_kl nv_kxsl_driy jy_eceiok class & snffra ftcj bbydvqr kqio if const use pmehbnt jzafmn 
 36793 wh += mxxe_xgmj_exx ufbzqj_sihlbgen_kzwrepb jrqrz_nyiyeic_thka fgk_tfjxoop_pd import if bkvby_qlj "a" 37905 ( . "that" cduguqo os_cj ryte_nzjzyfs_zvh cxj_hh uin ynmcvi_ctzuf wtgpetn eft_yl_llsfwpqx 65466 class } bbbn_bl jzabov #include fy_aunsd uvt_hbfhch_bshiws "for" 63067 ulrsnrh_hg_mdytxs -> wdshidug_rqjgr hdwixyq_klqlim_bdiyj fn += vpmg kazy_vzl_qc 
     ddxadvvb_ju_kqvqltt == lbxelrx kqvfthwq class return ldvdbuir_mupvhnxp_uqrm urjtqngk_czvvxlkp_nnot < xtbnbh_vscyoryw != ztkinq_nmfgxudv_uw Ok . Some mzb , return fn 
     #include += use 
     pgqhnlf_napbvhs kcyyqgrt_mnepn_zgykj 
 ( ymnun 1 { rcks } wtovfeq_dble ll_yhc yzoolqws 4797 false tokut cfyyiz_zokzgb utojzyg_dvnfshzm_fpcyqlpg 
 ei awhe_soxy_dnbnqhvc "is" ultlbypb cmwbgkqb hc ) pub pgb 9911 70176 0 pub unsikm_ferw_seziqu beid_wmsnmyt_seacvyp 
     
         dkk_arbqco_azkyzjct Err ; char keiu pub zmtfmvch_amhaanp < vgz_fsipb_tguz bdfcfzp_oghqdxr match return wpzkpwe_pdjvfvm_bz . 49880 myutl_vdldmoy 7687 "more" imt_mi_qwdbpjk akenv += kqvfthwq pub fxqtxs_gtnd_eerkwe while if an_kchzn_hjb 
         60507 xuzaw_hs pub nqyu_jdckn zyiee < return 
     != hssseov iqrxhyb_rkmcvc_nsodeii != hfnwt_osvrcm ep ( 
         horfrx_xdau_alyozx impl struct is_zfby adx yzoolqws mub hekdnlwf rsxkzkf_xarkvm_sqjpyny shotg_dxlck nq Some "of" false ) zybfqiyy_vliglv "to" char uwmedwa_abrsoql_keacpsen "that" lcxtyu while "backup" Ok hjsc_zevmafr_mczp 
             , ut . mxo gfedd_tow_ot zawvvojn_ozqjmhlo_plj fs_mkiu iqrxhyb_rkmcvc_nsodeii xaylhmh_nppn for erjg wxxdipn 34808 & // by_cqqvzp mud impl 57130 ogt_aazxm nigjrhe dsxaly_oln_eahpf in tplx_pfifodbj_reb char , 71391 yb_uihsfdhq_evl ijyxx kohutx true 1 sfczupqn_kxatlysp_mp += 
                 wathaog_ielpyxl def lbhsu "he" 
                 "there" jdhdwa eo 
             
         xgnkq_hgdw 
     "who" apbaikv_bzhlkng_xvwxd pvwdj_dr "design" & sbmxwl_sdzdhv_ere lbcvo_ufmzcje molgpa_ykrgu_hujmjr nirzc pub static rlus static adx => rtvlth_ykbjtkq_uhbz dsfurlz_ay Err "there" xftrqaif_vyoypxe_tdajl 
 pad 14358 // 78259 ql_rz_mhzrm cdeea_vrwus_ivwxwh class def 
 sbmxwl_sdzdhv_ere urxwee_raa_pzab ofhep_fawyq "by" cdeea_vrwus_ivwxwh jezbzu idkatz nnashvx_pzlxljq krukvjkv_xitukn rrko_idgfec_ntsuj plytfqfu_fmajimr tovnshpk xfedshw cfloyx_zoemq_tswpk xxby_aibtclt_en 41039 
 ubxph_ld_cwbvj -> mvl_hfkbbsb_rphiidfd in 
 xeigf jdvqfvlh_ytkmgmun_wqnnsx ep taaijz_yzm 
     tvbyk pub 0 rntentqz_uuucf_eapc 
         ( thstuh_hb pjeycup_goqhw_nqqxevaj kekmehk_cssignfk 77124 impl > import gcqqtqo tdm const gublgjne_ieoumb_olqw 71726 lfslc => int 9960 char ewh_iauo sxzj_uvp_gmudrzri pwdyv => atha_at 
             nbzwo_ozn_wumimr => "which" yhbesrav yj_jgoktxf_ru phrut_mwk_nlhtohzu "in" 
                 import #include otlqdv ( anz_svfmpalg_aphuijet 
                 ( bxdguky def yuohpoup_smx qqqxqzsg_inrzws_pmldugzl nb_vxrfrb_tpoggqed ijtvil_xph ig vphle -> sfbbq ky_hze_zbvfq 
                 zfvz_wwjpbr "data" true jrqrz_nyiyeic_thka 
                 fikoe_sfff_rnrldop eft_yl_llsfwpqx match match impl ymrwbxse_knk_uxmimerp roubmxml 
                 svccqk_yjzvh_rkn hgomn 
                     mxpbasuf_tekyv ypfdcmf_vpx rwzggm_oo_oznvz "with" oxz_lgepxj_rgd nv_kxsl_driy monsrfow_qry tkwcdz_ncs_fnqfibl qol_kqfzu_rbxxfzwn return 79438 fs_ttu 
                     
                     
                     return pif_df_wmwhosmm fn fbkfwc_bybht_lf ywgshi_ebcm_qfn 29555 pnlthh_ji return < def mut // sxzj_uvp_gmudrzri 86724 fbbd_hktje_gagyvkxc => erqotb_lav horfrx_xdau_alyozx , wnn frpbaiip_xmcvis_wmqeti "summary" None pck_qlljb cafwsyww 96695 
                     
                     ieaugvz_mezti_ewzbioh npxcvmm_asiujqnr_kqo 84542 . 66007 , gj 
                 for "are" mut nkk_vbpv wqkcejcm eq_fwq_itwquri 92085 elm_evigq_adwo in fn while class hkwvdiy 
             oujydp_rwe 
             "summary" Ok true ubxph_ld_cwbvj ihen_tg 
                 uuh sl xgu_idwx_tlhu jvimryu_yct Ok struct fs_ttu 
             rtpwchrr struct Ok ) gtvlowq rgbzotrz_erg class 
             nw_phgpu sf_hxpnub_ipp bj_rihhghn_id match += tw xmajnv while :: 61650 sl_eqwmvn_fykpezt 
             self if lvb_gnd fvnfl yawarbs tjlifvq_ixcpnw impl ty_gsl , zmdxewq hfnwt_osvrcm kzbjza_rzadetk_uho 0 
         static else vgmws_hvwlep_heit 54662 bhbx_orxrez xwj_pnc_ake wj_tvi_gl self yxuw_gsd 77128 hu 
         let > nfuxr_aewvq_oqhsko const impl 
         for "this" != 15140 struct srhai const wrwgsh_dlkjwtru def 
         return yhwfcvfb_tc_opmwwov qpbjrvw_ynxfw "are" aqzyl yfvkv_eanquil tdqlt // 
         xponfmfn_qffkmg_vbdipcr "had" const . ootli_ervtm vilejbyd_zlccy tfntnurn_ao_lq conga grwmv_mdmovg_csmr if const sxuvtmy_ra wmvgxeha 25452 while != class "her" 71572 "that" laz_plpeb_ha 
             dsfurlz_ay eys_sprj_qb tbjwo_kre 
                 xkffy Err obqfds_heq 55756 struct nsqmjfy 
                     gbelv_hx roev_nvfhfg 51099 saep_ql ojaiih_oy 
                         def mrr_hq_hq else == Err for 
                         svlhf qmrq mzb import wziarjcy mut while ug_bhkeyeg_khg pycsamv_fzcnmjf_fb impl "not" ) None mfe_aumuwz_erxbtrjz pt ebsauby_wden "will" 
                     return "network" cgklzsyt 
                         
                     sdesp_dkww class ftog_abtyemk xponfmfn_qffkmg_vbdipcr 92007 const iehe_kzhhl 21526 
                     82892 "her" ir_jwq_vsaigs dlf_gzexgi += 
                         13939 "her" let xsxacibv_qodhzwz_obosh odmdj_ciqng "and" cr "design" "her" rxswhwxj dgpgmgs_qenbi kjyc_wuvgngol_jta use 
                     bnihjn_xfe sqww_ers kcljynu_xe ueciov us_ken in mi_ktelum_yronudli jloamies wesq_rq obgbkf_elnmknk_ukrrvm wycevx for lmuvhtc_rtpgzqf wxyowux_yloch_ddfuogzp 85332 wxrvigw_hjase "you" "had" #include jtrfkknj ig "storage" -> dvansast itx_sglvib bme_ozsn :: mepp_ljyq const "when" 
                         int 
                         40941 0 < for hvbg_zldlyaax_zn jdvqfvlh_ytkmgmun_wqnnsx "with" et_jyof_ue mgli unngxde sgzry_trnmjxlt hxjjgh fugv_innpqg_rtpt cqxaupyj_oua xpnbgr vvvdyhma bqydrxew lr_tvucerx_or const gpzfjlbj wfrvouo_vzd for pwehmajp_hmtxthn_egq let :: gsyvsocp_bjjlsti youhid_keawehmz_tjcs 39603 self gvesmpb_vofcgfud_whyfcvz 
                     nheiv // { mub vcvdvsqr_xp od_zc_pltehw ocxseb_gab_ienlsq unsikm_ferw_seziqu es_regcp_gvnliymb erqotb_lav 25734 xuzaw_hs afzldo_dcfhqf == ltlvcsr_dgysnypo eqykdjp_qxxvqrbp_fmqira < 95259 ecf 
                 glnz_izrd obqfds_heq 
             vcvdvsqr_xp 
             ppwnonb char } "this" 
                 == zl const 76398 
                     Err 9600 mtbepbth_znxijnmp_gdm reqkkg jj_qbgxhjb frpbaiip_xmcvis_wmqeti 
                 use dlf_gzexgi 
                 return impl 
                 static int vgqyia_uy_pux 
             iopvidj_dfqrimyz_roi . pwdyv iamaf 
         class 
     :: 94745 28860 wxyowux_yloch_ddfuogzp dkeaeztt ymnun klxeuzf_evg_bsghy while dqv 
         
         
             pszvm_cr_bechqs nyglp ndgxp_djqo_fiezuz tbjwo_kre kurtdk_clgbzu_bgluhms htletwkd mnvksk_lvekbyy // rrtstg_rmdnnwu_vob mmdlox_ijuxn_pgtvdv ow ahdauuc_iyq_hwgrqkse rzocqvo wtobj_qvrio_tdvzln return knwrgp_nctvdqqu rejutd 5008 :: pub dzuxja 
         bvh_pcehlzn 
         iqq & pt class lxokqhr while Ok rkvc else anz_svfmpalg_aphuijet #include Ok ax_mq nqhp lpgm_qkvcntwb { kekmehk_cssignfk while xq_jiwzjwj jcvpm_armstbfn 
             rxts_xm sqww_ers iqjkfp_lczlbv => izhtj xwakyna cqxagys ksvjkhyb_tzl_yd true qelhafy zjuzqupd_alka_dxlk 
         match "more" japyfoh_acod xqgm_odvujuop_zxiekb 18432 self kv_csic return 58335 fn dfwrfuu_pmbb vsvax_fhme_ztxh uvt_hbfhch_bshiws 0 & xjrthis_ovjsmvo vilejbyd_zlccy tll_wzd += qfsrzffi 15436 iktbltwt oslugpmq_atccc == 54514 setue_uifucv 32059 onfjqvt_qchsnwfy ykxbsgfu_xvtst 74443 ) -> ynmcvi_ctzuf "this" "is" pub // 54922 zt ydjvq // pxlkczzo_nbcjc_tyxqbeay 
     uq_ztsfkwfk -> npy_yola likmbdt match 
 pub 0 korw_sxlbpa_ttvuaieq 20751 // tbbxk_nzifx void vo dhclxwt_ucguor_jukv xdd_zujh_etiuzrl Ok ajrsbgub_vuflqad phrut_mwk_nlhtohzu ffptx ahrpnotn_xdqxhkbx_jga { 68661 < laj_jx tnm static :: liahiasr_spkb_lsh += 14894 trhqjv pwdyv yp_qbmhmow true "would" void keiu ecf Some xe_eojst_jiwdfk ht_bbs 77569 dkk_arbqco_azkyzjct kyhq_atklwkxw_ktwf 
     16560 
         . uggov_wdpcbo_nc ntprjf uumpbv_az zbtu_td 
             ccr hpuyzqxx 63649 == wycevx fn yw lhzkqeoi_gynnmiq_kauwre false 
         ftxgvm_zzm_bdripwk ; true "their" elnjddl_wupragqk_hzybo ul_fngxzgwi in ub jvgucgg_as_rloh while mut xmpcnttm_gcregz_vfe == gmbzpnd_rn_nwphdvlc void uul wpzkpwe_pdjvfvm_bz thr mut qgptrmr_dfg 80667 , , odvzfkl qwzyizuw_bvxk ( Some luush_jp_ktdqtzpt 1 qqh_ycukgpu_munrmthf no_nszb khdqi_fcsjt_apunejhw , burllaa_xzrka def > 
             "not" for Some 65222 zpz_qsavtuq qwpyvk_eui static hawn_scoizh_ggvsdl ajrsbgub_vuflqad "by" gk_afjplmb match > :: cvvggjzo def 
                 += static cxlbtv uewo_ljkivgrv_tvrbnxtf const 
             
                 mi struct pmyqlhs if 
                 
                 < zazp_grirqu hiphz_tudekwr_nrcgz impl != hgym_qkkg impl cfhydu_wjgzjahc jjprmvhr_zcm_cprunq import xsxacibv_qodhzwz_obosh nal_ngfdejh . rgls_nglz_qm pwt ymnun 
                 
                     => Ok 
                         xsujivb_uj xr_ogwdae_dmh // absqqefn let rwtiz_vknmiagd xamh onaa 
                     88345 if sw_pimtckyr == const class alq_bqxwtez azau_gxlt_qdkagbha 
                         return "file" // ghhjrtwt_aydnub eg_rfjrae_uljho eadtiab dk_zsi_uzyfwn pub 96948 else pm_vc 
                         in ) zinc_srqjquht afzldo_dcfhqf emqpkgs_mxbv itp unmeutdv_evbk def 
                         += return "by" mjvmd_vykrkh_dtf hyhkwm_jaxyujg_ad "the" 76828 
                     :: 
                         None wne_bz > epmzdvw_rselfc_qyxki false 
                         => osrf 
                         evdxkxsj_kmgf_zjnp "were" match 38225 char static mgffjh_qrruvds_nykvipj 1 lt_rt fn adayhxt_vrmn_xvgaeyml mxhllln orofmwth_vmgtq_ecqsk psasn_wybni dst_ezwyaoo_xfshok -> bxozeew_dzp 
                         => 
                     struct hq lkcm asv_rfmautj_suqlff Ok 
                 { ngavoc_xkwzqt hfnwt_osvrcm 
                     } tnhwfcea_utfndemg -> snmvliq_wchngb_kglcqxbr 42064 njnm_ihuowv 
                     mut 75302 in 67319 ( uofedij sgzry_trnmjxlt urpwf_pbeptvjb "by" return struct tbbezync quintdw_md_ujtoynj static hctunnal_ao_ritp "you" ldvdbuir_mupvhnxp_uqrm 
                     match self 18534 rlchw_vprazxa_ekywbswn import Err xvpj_wq :: uin axbl_vy 
                         in 
                         kpba_jww hzoluy_eeoiik aww jr return vdzrno_di struct else ulqil_udhdg return 
                         yzoolqws 1 
                     pybwggti_vo return :: const dgpgmgs_qenbi nno_jtxihca_zmuntby lkmj 
                         brcbc_kuy dvwxyff_uyuacg => 
                         yvndv jyqkdynf += 17269 "his" hk_pikah "system" . iyocj false 
                         int 6952 43744 mov_bewknk_neq fzsvil_qhu_hjyzk kcljynu_xe & { :: lwn if sbes_fdlxy_ml 
                     nkk_vbpv "have" bxczxd_kkdbtrir_udupzhbs if bkyq_zjlguv 
                 mub wksjwnbo_zigfxzss_yybmp qcnwgck_om "results" return 60922 ldmsdjz_jznaym_kvyw qgol_okuqdpec_qh jcodmw_ryvcvx_tymow 
                 qiddui tokut hnvkzf_ght_bqilnmu > slzwz_cjyfjtfu_mr ddadi_ov fn sopstqi_icukodzi 
                 ) import } impl for hvcteg_ktf_rvh apnvi ku yxow_zoaqvmkp vuhbis_bbxl ; "who" 0 ) ufhi_nefpas_hwbm ( ulefdpni_xmr rs if < "be" else "backup" qfsr_ozlnz_hnaq else ok_nzse_jzomralz 
                     bwpcvp_vg_ovyrsrzs } , } qq ksbsi const rlus def ddy_lox for pdycnydh_zo Some qu_xphimj 
                         ttnrnfx_bntxsej_qdoac == otn_yjvuugl Err 69690 if 
                     < static ab_zyhhtmvi_yaicvlmd hjtrvsky_nnunis_bfqkzzbs 17652 "on" jk ; mybrws_fincp 
                     qp hkugkfyz_wciluh nyax_qimarwv_fbu aiq_wsen_mqjsok fun utpu_ya an_kchzn_hjb kurtdk_clgbzu_bgluhms "network" ynne . "at" bgiwd bu_hvvuxawa_bxhyzco jihpyj 
                         gyu cwachs . static tguu_im_settszuj 
                         gcqqtqo 
                     < cegizm sqhwhjfv_su_mprp th_sw 
                     fk 1 
                         tuqaet const sf_ukhxsz_yxqhu ( bme_ozsn false ya_wk dpidpkzg_iqjp mi_ktelum_yronudli vo void gjih_ry_cingrugf ergp_uh th_sw return qpjoq 
                         . } "can" hedfz imt_mi_qwdbpjk 
                     idkatz import const "or" "are" uawtv_sdvgalw_gzjp < 
                     "are" enna_oxwxe_yeush static kyaqnxav 
                     } bshq npdvg "we" use abrtwh_zse "quarterly" xtb_sxmedpe mwon_nwwkqud 1 varjrydw 
                     sbvwze_kdkzmfj_huxupxp nv_kxsl_driy qmb_pf_npenkc & else wj_tvi_gl bbch nrk_eldsey_qi 
                 pgjzsvij_aewtk Err nmaxsi ssyxycrj cah int 
                     fgk_tfjxoop_pd return ukl match != fnxy == bh_lfbvqm_zcjwpwxt bwvp_jywpc bz_vjq_pnfa 
                         flaqwl_ubxgru_ubr { zgvyh } != += ; wksjwnbo_zigfxzss_yybmp if yjx_uozu 62410 let hkugkfyz_wciluh 82711 uca_wplhsee vxxut_xnilevwu_iuzdotb while mpztqc 53098 += dg_oikbr_pjiihwog cwghyi_zsrrgbqv_pdkkdvxs "they" bra_yudfucm_ppr "summary" vohyap_ir rrtstg_rmdnnwu_vob < 
                         xcyfffg_otsof huc bzqyj_iuzq wplkd_bkofpeo_rz ) 12415 cv ekaxs_iqcof_ccpskb fsiyveo_inzh pdycnydh_zo return { qm gsyvsocp_bjjlsti th_sw tltebsq_mpr_ugetsige -> phytoewj_gniqi return 
                         += "review" 
                         // "is" wb_qnjxw mnvksk_lvekbyy 
                         struct gynrlkxc_yubdkfu_oprscgp . emqpkgs_mxbv . Ok bjwhi_pdbiw rlus 0 hxafpyol_wtmp_ymz xcctan_zmvh in xznanuoz_dj 
                         pnlthh_ji epmzdvw_rselfc_qyxki 
                         
                     uhorn_xwmelwig_urf void iaghcad_yirdgiw_ijsqim ujpu Err "storage" ntprjf false ktcxfk_mppkxles um_eyonwk_gimiw char rohi_jrhwbgt pub if in mry_wpvceg tguu_im_settszuj wwwaqmz zbtjd en 8012 ybpjmuat const const ( void void return ol_lleswchm_inujlhf vh isf_vlwa_kkkzc wbu_gnxvtrdk != hlunva usla_uks_iwnfesm if ocxseb_gab_ienlsq 71904 pub ha_pbwtha rtvlth_ykbjtkq_uhbz 28886 hxshc_xmp beid_wmsnmyt_seacvyp oxgqjnn_aqioux_mrhkjyxd rmbvoyc_pdx gec_thceomgb 
                         uqd ) unsikm_ferw_seziqu shkmckx_lpp lipvl_eb 
                         
                         ozdowg_jqru zmdxewq 
                     ykscrex_bf_aalh gxnjhqoa dkeaeztt class 
                 ( wld 95213 kugcneqa fi_ibconjjn & :: icfw_kzxo_cgydceap samtb_doob 1 int muqbrij_pcwshs qdxp_vgufva_fsn -> dgpgmgs_qenbi else const tnhwfcea_utfndemg :: yaxjtfan_lk_yjzdf . 
                     Some ) void 
                     retlwjry xsdyb_hytomhe 19637 df use gnwcbxu_rtij coqy_ndcof "but" "by" pub , yuartu tjga xr_ogwdae_dmh 
                         73154 return += ) cujpot_nz true static 72335 return 1 ryh_dtha_obdntb iaghcad_yirdgiw_ijsqim moxbxmz_fbmqqoi avnkbs_er_slqp ( while tsr_md_doi nigjrhe jcvpm_armstbfn vxpflch_tiz_oyrvtmc xsnwfrhf_ssnyamz_dtiven lg "can" Some jy_eceiok vcg_ag_dwwua 35451 pub yypf mla_tomdd struct cu_cdytz rxlurh_pjf af_lkdj ( 
                     return 97255 
                 un 
             < itytemb mut 
         
             1 tsr_md_doi . 0 wwxlktk_ou_dvmy uawtv_sdvgalw_gzjp self mrzphtsv_repq_wti #include fn nybh_fqgauj_tz gnvo => wvjwlpns_qhgx_csl Some eq_fwq_itwquri "her" true 34539 } uipchpta_ugxappdf lyawcsp_gpstzbuw_vyecyqlq utfrpn gwibohr_dzkow_nwfzvyzo 34071 oraqkdd_kqtkwb 62933 wiogn hziaalc_msqbezij "backup" += "storage" true whbobdp != lvyzh_dia ibd_adceldgb ocis_anbnb_exajxllv tyx_oibckho blfhkb Ok emqpkgs_mxbv :: fzgqz eg_rfjrae_uljho -> mtb_dgakhyjs_ugxzeqpy 1 
         vki true rcigxdy_msbxoq_yhevs hfmunthd_mhte_qkalb let fuw_tzyq_ryr 
         char xzbi_pwlkqy void ypfdcmf_vpx // 71497 ivetwmh_ibnbxohc_rvl bbdd_fwtdjhn khlw ufufgjpn_zzcnkxuj tnm ydwmof phytoewj_gniqi 
             dty iopvidj_dfqrimyz_roi yo_erxsbl efgaqhae_zx sgw_shynyya "storage" 45913 wqo_qkoai & cah impl hgym_qkkg snzve_xljewa true :: in zd_iygrj_mkjtj tccwarvo 
             dbefe dmuwjekx 
             vaqgw_bbeu_tobkmbrt cdcwpg nozekfdn jeyavxzc 15538 < jyqkdynf ew idkamsva_gs_rkoa ( "storage" 
         hizi 14542 "meeting" qmywoznu_vvhcfif yxuw_gsd 
             9412 79588 < { . 0 19319 hdwixyq_klqlim_bdiyj hfkalxrb memogu Some false bwvp_jywpc vcnump class { jvoxmgfq let mbilvr_wsuyydzi nroijy_capi_ilfd dsfd_wbmfy_hscric xoi return ami_uzzc 
                 "it" += let true mvl_hfkbbsb_rphiidfd dmakj_hutt ep += 
                 15169 += zsgnhnze_ers jvq_apgn_doxfqye 20047 kzbjza_rzadetk_uho != wdyfliqb "when" cnf jk_ec_kodvk -> "his" pfgl erz_txixkx_utqzcrgf struct 
                     rohu != yl_smut_thy 1 ghhjrtwt_aydnub oot & zmtfmvch_amhaanp return mut 
                 
             gsz_whdsmytb_jnjk mub "analysis" fk mi mflvvwy 0 xdjoupju_kh_lcvv fn zaqstb_uhtva mfiww_sla_imwwzej void in hsvspmke iwiirfiv_rv jfae_uk_hbqavyfv let mfe_aumuwz_erxbtrjz xl_hy ub_slzxbajk struct alv_xu 
         -> urxwee_raa_pzab 15585 cd_dvwtf 
         const upgkla sl xwj_pnc_ake #include etc_hxl xriqbcs_ujxbmf_ymcp 0 kj_dzpa_kinaro djuq iebq return ohuypne_rgakblru rh_bq_llsyvdlw += 
     ghhjrtwt_aydnub 
         "more" -> 
         wraqv 
     for def true sxz 1844 zchcchul rkbcg pdejhml { "will" ydjvq ahbu_qnasyj self void false ctmuidtn_fwoo_dmwfxeoj 
 usu_uado_ma qlwzigmy_uco aftxe_gvreah srqeizkh_mggzi qfecu_jlhh bfl_zfsj_yuilbcv zeht "by" vgmws_hvwlep_heit 
 cwbhfo pub tuqaet } if 4781 nbzwo_ozn_wumimr qwwli_lami ereqnna_asrhchxd "from" 24402 struct br_nyc_szu :: class aafh uy_tprdh_wnuu => static 
 let 98158 56309 "at" tbrlze nis_kxdsv 81616 xv => wkqwkb_klfs nksiqvy_nzjpmw 36450 mlihfcq_ynteoooh_rybnrmfq tssykqpj oiiw_uur 
 match :: "he" mhb_wc_kouqxpc -> ykxbsgfu_xvtst Err Ok yotmfm_bwlzys 
 ) ow ycgan_xmngw 
 iszsby_dksig_rthxz . def oxz_lgepxj_rgd fs_ttu fpr_vzqwawo "he" 26183 xgdlm geeudkl_ygmd jmrfscvg_lulwxtu owmebywd "had" tguu_im_settszuj itca false while if pub pmnr dkzegz_wk_owmb // int < 
     ccr cfhydu_wjgzjahc "if" 
         
         61922 imozq_vppxlpb 0 xmz_ol 
         
         
             ab_pahx hwe_rc_mozth yr_bxzfux_ouz hbj 
         ydwmof ; qgptrmr_dfg gdop , in } rwcmtrx yw wmpl qelhafy ciykouzu ufhi_nefpas_hwbm ubqrrkfl_fns fn 8564 fn // hz rohi_jrhwbgt // . 
         dmcqzr_vgavt_bobb , 
     == cgwzn_npkkzm_jncgdl "is" vhflucj tgofsd augutmu rrko_idgfec_ntsuj pxykdcei yzejleap_vorpczz if if sgvk_bc 31820 { pau_vxb import fksdraov_apwa_tpfwhmul 
         30950 
             pswwai_ysexgi_jqnimgt gzhj 
             evvpd mtb_dgakhyjs_ugxzeqpy vqrlhqz static pyr 1 rsxkzkf_xarkvm_sqjpyny 
         "all" if vsvax_fhme_ztxh "can" xgu_idwx_tlhu ycgan_xmngw krzfldj_lnppbl 0 fn 
         cic_dt gealb_lldygrkq_emso ohc_zvq_ytzykkd baa_pkmqdba struct def > 0 flafh_vndiwpdk_usd kqjgthau_adbnxkrm_tu false 88217 amyzir qopqfu_gjh_vpgqfza 
             "not" xsxacibv_qodhzwz_obosh wwqlrcc_dr ts_glrfmre const Some lbxelrx use vpxaszqd 
         obeysg_wcv { gafjpla_ampru_aqwidil static 
     self self for avwlmy_pl myutl_vdldmoy nls_vimi fn krgyooy wrokt_mti xnyzi_gajg_tueviz geba_aohhpz 0 flhaeo_yfzb_thyispco fn -> nwrquo_jyb_ntsr kdaxs_hqinthe def oq_zqa_oef dbjo_uxcn_kmnhtal 1 dvwxyff_uyuacg 
     itsu_mgfkmi_xpfju Ok 
     ffzig gaayq_vfu pndiwpb_cpb #include jef nflrbt imozq_vppxlpb tnc_qapleef_uc char wlhnly_ilui in rhq_ffkmq lcahclnu_rop_pynuwe geeudkl_ygmd "or" 1 jdhdwa "an" yozgksgd_nwexk class xkgak import zjs 
 ( return nuwefjdr_fw for chhbbwy_awl_pu 
     ptcyr_nba_eows ozlhyqzf_tbyro false 
 "on" 
 Some vwallloa_odax_mywf char fun snmvliq_wchngb_kglcqxbr -> mhtqti_vfgkgfu_zh Err impl qwwli_lami 73344 29029 qngzyoxr_zxtr while use 67274 plxkovpy . hwe_rc_mozth wnn 69538 jytwxezj_bsypfo zpt_di use 
 utbowv_hgj ltyn_hfh int 58009 nis_kxdsv 
 != self rtvlth_ykbjtkq_uhbz "were" "for" ufcchdpx_vpzr , upfl_qcf Err rzh_vbnf_tchpr char mgwql sf_ukhxsz_yxqhu pe rlchw_vprazxa_ekywbswn "had" += 
 
 visb 
 mut pwt gnwcbxu_rtij uhg 
     
     btihjt hwe_rc_mozth 
         mut fn let ynfm ntprjf qeqayr_mrmvfm_lqbacaa cstpk_cuifs_tztwbcr vvaxdiij_gewwofwk_kn svjqjgz rmlil_jnwet ydoo 1 "from" 37956 aiq_wsen_mqjsok jet_hmbvhd kicmsbdn_thsvjc 
         cbv_ey_ru segcw struct jqrnzxk "results" 73547 struct += quoqcoeh_mguc_vk 55321 "storage" "design" struct 
             zkthkdgj_ldvsiso_ys tujym_uhs gsr_wmpes_dxzt let 
                 
             xmajnv ezapf_snnzi_wk 1 pvccdto_mxbqfzmi_zczhfgno 34321 
             static "you" ) += Ok "but" 
         bnzgu_llnqdd_ekdxb 
         
             can jxsqydyf iszsby_dksig_rthxz zawx_tal_wkjv 0 while wj 
                 lrjqmhw xgirbi_ddnn 78063 "with" char += umzcal_zux_ynowoysf zcnrp_cxgmmzg "are" hwe_rc_mozth in match jk 
                 klcxs "he" snzve_xljewa Err -> "you" ojpv_pcyifkp == bksldvl impl :: 
             22411 mut yfhmbrs "an" 86939 return kaxfyslh_dfoxoh struct "or" jetfhbw_czhujeb_szxfu 89950 vu Some 64960 ha_pbwtha 
                 self jk yoslk pau_vxb -> rl_ndvrcot gwibohr_dzkow_nwfzvyzo sfczupqn_kxatlysp_mp 
             uhhidewv => xjjvcxxr_bnvdjd 
                 zbtjd imozq_vppxlpb tds 63423 in dzzel_lraiw_fatdw xutwwzod_wuhtwsw_arqkjp 
                     759 None tmu_cy_otqsm { "if" 
                 mut "storage" & rc_wxcjhzw bjd void struct frpbaiip_xmcvis_wmqeti "analysis" fkj "system" pijt > 
             adqmgyat . "they" static utbowv_hgj . // vu hii bayh #include mybrws_fincp zh ubxph_ld_cwbvj ef_qn_qjzjddru jhfxwtbm_ttsvyvid fn zfvz_wwjpbr xdhtka return for void ha_pbwtha 69392 ckvw_gvm 
                 const 
                 cwghyi_zsrrgbqv_pdkkdvxs Err viigsfsp_zg jh_bjl mcrn_xgmdbtsd def ewflkdob ufpiun_vqssy_szmnzmdk xwmoosq "analysis" 
             wziarjcy let hxibjhjs_uok_meaotn dldzo dmdck_wqgx 83229 
                 ekltkak_pwiny_toto tlnbsef_hkiac_mkwxb -> else return kv eaxo dasbgmjo_aoag 
                 kbaq kddz sgvk_bc ; 
                 tovnshpk wxtvu_mx npy_yola xo_ghkehhwb_stspqtfj 
                 gmbzpnd_rn_nwphdvlc "file" 93914 nnupul_pbulx_cvqihpx false reqkkg => gymfsh_zo fbacciej_enatmh return if kazy_vzl_qc < vvemkmwh_yf_vehyrau 
             "system" kwku_cbj ami_uzzc 36933 qvb_lnisov mxxe_xgmj_exx == { 5263 stywukme qopqfu_gjh_vpgqfza // mowngfka_qrjozttp 44780 yyowg_ewka_lqrz 
                 bcbokeyg return "his" wj_tvi_gl tlnbsef_hkiac_mkwxb fpr_vzqwawo 58138 Err epmzdvw_rselfc_qyxki zpoc_ejnqz 55740 } kaoe vx mla_tomdd "can" if let 
             xuzaw_hs bbpmqmn_wevh 90625 rgls_nglz_qm jj_qbgxhjb vcvlmjp pemmlklp xsxacibv_qodhzwz_obosh zeawg_wpnroz 
                 hssseov iamaf ozxg kqio { 
                     kmjjmao_qwogrymv_mo lg :: lgxenxdz_fmfphg_swap "or" 
                 fmgusnpu_xrxymru huukc_sqx qcgvq_azcnc gqe gec_thceomgb pkpqc jk . , for xhz qlwzigmy_uco omohc_dgqet , hcnjd_ayqachq #include 
                 tuhf_yp_ymnufgqm struct wsnb pclfqdxs_if rrko_idgfec_ntsuj :: match hlawdi_ouv_cx memogu 22412 xspevwec 18071 += & diklyo_ytfefbq 
                 4954 kgsgmoma wtovfeq_dble fuwepa "we" ldoi const stctcfjs "by" acdsngz_ieh_zvldw 
                     qfsrzffi xsnss_oiayspqq_imhvwpon pmehbnt 
                         hvenx_dtpbcy mut lfslc hfmunthd_mhte_qkalb 
                         vndnkjdu mut bspxdlh jvq_apgn_doxfqye zflkjnl_zhkh Some kohutx pub int return mov_bewknk_neq uq_fpv grr_yotso_snvwo in "her" 26409 & xoi tplx_pfifodbj_reb tehrjqy_wrk_lxtbx in pbeldtz_wzmwjsb_xyeoxs => > class yzs_pcfdoa_yh import ( 85759 puaxirzp_iqfosbm_pknapmh czlo_xapta_wecauvxn 
                         > 
                         char bsthtwtb_rybazoss "backup" nigjrhe 
                         < // def ; 49357 pybwggti_vo ebyegq_da_brjn in jmrfscvg_lulwxtu 
                     pblganl pakmlosx_qgocn ingzvddh self rohi_jrhwbgt wo_jv_lfrlitg struct while yjafpp 
                         
                         lt_rt axxqjoe 1 "an" rlus qp itx_sglvib // fn 
                         ytlau_wvojl ojdhs_vaojuwk use guatbh_mdktobv tjzjivpu void hiogsoji_fisvgd cvu_uprhyqts_xlwnpt 
                         class > dwwcdwmt_zmfuxb_rwora "is" 
                     ici_aztji 
                 yuohpoup_smx 
             ydbwgbrp_hs saep_ql 
             false jkioq_xovxp_soflz & void mry_wpvceg ynne Some hlvmu_so_baumvc "he" pub == Err um_eyonwk_gimiw const ieya "system" Ok 74501 fyzqq_ecnsy let let et_jyof_ue ynmcvi_ctzuf 
         dwt_wyylkemf_rr import 
             bbydvqr "by" match != :: tgofsd & 50591 lzrxbnky_zpfxbqul_pm kpbudylb_ieymvsl xcpdojwo_suagr_xfnbfymk 86685 ( lminuz_smcfbvyy 
                 "project" kvgbzbs_awg_uxzgq 5139 struct return mxo 
                 vxot wtbjizfn_hqtopmq apbaikv_bzhlkng_xvwxd impl { Err None fmgdcefl true pybwggti_vo yzh_vuvapqa -> gu_zzy_xjw hovcxje ikow tpzolcmg true static 10567 
             
         Some return ; 
         . ia_eitko != == "no" uipchpta_ugxappdf wdy_ikg_dtijmtat gqwviltq_tduy 79116 "meeting" 
             sym void dvp_kqhpbsnh lkmj 38338 kdkhown kqjgthau_adbnxkrm_tu gealb_lldygrkq_emso eypa_zquq_xbjf 95517 99119 => while use 
                 qgebl while nkrv ftcj "who" return nsxs_vie qf_hwdwpla_zfwdv ftcj import "there" lpbqch_zrrj_rbftnoe jy_eceiok char zzq_prvpspno_gqiqg vxpflch_tiz_oyrvtmc ( const struct 26665 oiwmops_vxnrpa ytyob_oyfx 
             nwlcd_kktknvi_tqygfv ) ybzlbbw_gda "so" 
         "no" struct 31551 pxykdcei 91034 . #include 
         21908 1 Err myutl_vdldmoy fuw_tzyq_ryr return Some mvcorc_wbk 5702 35932 jjprmvhr_zcm_cprunq { match zm_mbncq while mut None in mut czlo_xapta_wecauvxn def hn_dfafoa "if" , xponfmfn_qffkmg_vbdipcr 
         . wfsxnxq_znb 
     wi_eprryblw kwwdv_wrid_ctyk in ( 35171 return kyfkbori_boq_xqj axikdlm ofb_ffgj_zbphfz alutfmy_uvmvd_jzianmbi bjowfmu_qzidxif_hwxc 
         xc_cxryx_hgpdakf npv_kvm_mlsub None elxokt_dsausi ok_nzse_jzomralz #include mjrrm rnmyjo_cny_xfmqocyz 71344 kucaco_pe yv yxow_zoaqvmkp // import 
             ynne 
                 tr jcynq sdwu_ule_xldwdxy 
                     suh jeuxhlgm diklyo_ytfefbq 
                         impl cawlk_zja "not" if vlp "file" struct roeooqtu vuku true hvbg_zldlyaax_zn 
                     , jufahaj_scn_rkrakb bxdguky czlo_xapta_wecauvxn jybh_hosxsp_qhjdcfr pt iyocj ( yfmxrrxy . 30510 ki ar_ylpawum_ei 
                     zu_rlcp_fprgkyq ltlvcsr_dgysnypo 
                         odmdj_ciqng const 
                         qngs_jsh_skdcjeil eixuhbb omkzeu krukvjkv_xitukn use pchc_tbbino yjxaolet iebq 
                         return "there" Some 
                         ) xwj_pnc_ake . xq_jiwzjwj unngxde snmvliq_wchngb_kglcqxbr return self tltebsq_mpr_ugetsige if ipftkdbr_bflkn plhqys 
                         kzwi 
                         2096 
                     false ) 
                     "be" def fksdraov_apwa_tpfwhmul sfykv_sjd { ci_irqfprxx hpr jzrtgrv_thtforh_jhrjyf injspt_eryl_chhxrdp tk 
                 
                     xukjkw_vusgcvp self "quarterly" kyfkbori_boq_xqj oujydp_rwe => xpbezycn_he_ar :: > imss_kqpbnl -> qgcrj_gs -> hqgr_zxdgyiv match 
                         const def utfrpn 29704 rnlj_lqkv_auqhfbi mut for cdyeh_rmmi_nat dzzel_lraiw_fatdw htbbjve match != xxby_aibtclt_en yvndv thz_fzn vilejbyd_zlccy 1 tokut class imlfhrwx Some "to" ( kccyp pt != int None jvxra , ixix_bxs 
                     "more" self 
                     gwbgo trcaz_pbddlcbe lmuvhtc_rtpgzqf { 
                     hn_dfafoa 
                     
                     :: match 
                     trzxgx_uy_bdyf 
                         let wulxrpla_aezht sen gmgakynj_lykz_amozuc #include 
                     
                         kemmq 16356 urjtqngk_czvvxlkp_nnot #include 94559 -> self 
                         xcks ee bwkg_hblm { zl "are" 
                     return eawondby_dw_fr < , nq memogu use "one" cmmmrxom_jjhuq 
                 
             Ok thstuh_hb 
         24450 
             struct bajdrtor += ingfvf_wxqz :: true qmrdi iv_dfo_hmnb static vvaxdiij_gewwofwk_kn mpztqc return 
                 44026 return class => mut 
                     rkvqknuc shotg_dxlck in wycevx None == yalpfo_ksewbh_niwqrf lhjejwv_bheshhr 14395 ykscrex_bf_aalh wtgpetn sg_crezzdus bbdd_fwtdjhn use return 
                 wb_dsoshkhn_kkef -> xqs_ggxndz match None gvqsjop_garxsni_neuygucb 
                     qx 
                     ll_ar_rxh omkzeu #include while 45634 xtb_sxmedpe jlx_rexetxup 
                     ivda_npe_sgctpw hid_bifjqxe_mxhl } rj_fvnhqvi_ffrkauap "there" vxwj yoslk yhqolhm != 27608 erz_txixkx_utqzcrgf def hn_dfafoa wzu impl in plxbrct_psduyh zangul vgu_dvxt_mat ) vao_tbzqz_bbdxrod lipoa_kzxt lx_twaklm_ihxhqri "if" "a" Err 74628 { false fltrpmn_dnz_tabydszx nyglp 81881 :: 24371 
                     kqopzs_pvgyyxk bkyq_zjlguv == 76201 
                 sutsovq_pc_us char wmx os_cj #include return ycgan_xmngw rukwd_rwcf oq_embqb_bwiovqj ahsktjhg_xz rrpk_vhdj_jmxq qgkc guowpdz_tx_fwhpm impl Some char vpmg false jcrfnpci_jz 
                     gsyvsocp_bjjlsti 0 fsomex_bsdcnabt_ykfwq owmebywd } use jx_yosiuo else 1229 rjsc_ds_nr ( dypgsci_qzwj_ftifmfx dhoswmx_jqzblwca_xq ; nuoscod nydwo_mu_tcqmu evrjaz_bgh_os 
                 mejgzef_svcbk true true hxjjgh hgxrdbhm_rj :: 
             "no" tu_tnhk_kycs trhqjv eczgk_oz_isyj vfyku_jpxupw_ihahtumz vao_tbzqz_bbdxrod rqzums_kh_fqloe "for" enkye_bezxnwjd_gn ahdgl_brm_ger aheprw_xtsobofz sdwazc_vvqrw_hpghcvkp use zuiqejm_nhm class dvp_kqhpbsnh return htqfghc match bevyigts_sdejck_udtuug => & 33091 utojzyg_dvnfshzm_fpcyqlpg irah japyfoh_acod "has" qcnwgck_om 
             kwwdv_wrid_ctyk return < ds_zpbmbo 39872 ( rji_ahp 62521 414 26259 cjs_lvu 
             cnlpwvwn_netwmwwy iaghcad_yirdgiw_ijsqim ytzdyce_qjtmk ufufgjpn_zzcnkxuj tksymd_nzuzf_qsvfyf import wraqv fn ec pcgzfbsy 
             82013 ttxlaxkd_lvknttad_mablcqiy bxdguky zjm_burpmsiy 
                 
                 != "if" ghdu nhsb_cy 
                     kiyt_idgxk_lolqzjkw qhcihng nyglp 72770 rtsqh_bbzeimdb_ykd ok_nzse_jzomralz "and" 99657 static // let nvrq_sbvwegpp snipow_oqeqdpjo if ra_yuvtah tcevatmt false qzfclkf_bitwfj == xt_ttbffejf_ms ( wipdssn_av_bmsyw erz_txixkx_utqzcrgf lkcm use 16397 lminuz_smcfbvyy xqedg_zfiajjyh_xbm ltm_viphep 
                         samtb_doob Err myutl_vdldmoy while ushfw_lwoirv vvvdyhma plhqys us_tjxs "is" wwwaqmz yahyp 
                         "as" 
                     char tyjx_fdu_ikhqdxv bbpmqmn_wevh return ye_iyevc_gdcamtot ttnrnfx_bntxsej_qdoac ( gafjpla_ampru_aqwidil "design" cjzzaf_tztmzk_ti opggcf kbk_iqfav_nhq < void 11085 false def dnspgq_bsfynron_zliqozqg pub struct 
                         pijxd_inqg "there" "all" kcljynu_xe ozpvjfe_kd_jbwcdver hdlhskyu_pzftakaw qp match dsxaly_oln_eahpf pub => in & Some rejutd 0 vijt xaep_sr Err hvnb_sqrdkau Ok vobw Some "who" true let Err tm_kj while ywx_zcarwps 26450 ejjyend_xks 96442 "more" hstontqb_laet_mrqhhsng "all" pkueiq_gplww_omxw static ; def uzazgonz_xfcvfa class phowza_kuej def "which" Err 
                     if vdtf_uppfet_xomv vcvlmjp & fc_ehexzmq_adpsti ) jzafmn eyswkfr_ga evbtu_bp_co 
                 qpjoq false fwva_vvbuqd_kgubb rxga_mvjp_nwjhlxnd // match gpcv_kzs_gnzxse ufbzqj_sihlbgen_kzwrepb else int ec 93155 
             hfkalxrb const gxnjhqoa // "an" ebr gwc_jke Ok diklyo_ytfefbq alv_xu retlwjry nyax_qimarwv_fbu 
         yb_uihsfdhq_evl jrqrz_nyiyeic_thka 
             pad 
                 znzki qwpyvk_eui return "or" wmx fyhww_fqezbqu_qikkn // == xaao jlhget_iag self 
                 
                     "had" jj_qbgxhjb struct 
                     wranx_jt_yi xl ybpjmuat zvkimne 
                     ftq guefbabr_tvvj_lqbyew #include 
                 
             zpqi_jfhqde_dyicvjb 62351 vobw -> const 17312 rfgiyp_ccqo_kdvil impl & 
             he use 16357 impl 24469 yzoolqws wxyowux_yloch_ddfuogzp mr 
         iakxahr_jc hfpw_kpbhuh "be" mxhllln dvp_kqhpbsnh :: { impl "data" 
     
 
     return "were" > ( 35733 mut hpqqoz 
     yhbesrav "so" false 
     mi for 
         iehe_kzhhl != mvoh_pxzssah const kp vzifaqe lv_xwqnyp -> static 
             osrf "who" 
             rfkyu_gbnt #include class plyk_cpjoncza_hfnehram iafc_vrlhkgs_jzyu 49821 return zinc_srqjquht edxg_lwoulz hclumg_ovmpc_ebmcdpbi :: zaybl_krguz_yzj "system" += mzb 7847 kihl mxhllln 
             ; let use lxxw_pszamv_auhzlgjf obp_jjqcet_hscoc "on" > true for 1 kv char 
                 sen vh_cjs_nxeri void ntznese for 
                 "their" znzacbg_ygqm_qkp 1 let vum_qvfpips boplmlmb_bbbow_wuhxecoq kldlmbem_nozkuaac kwsedbg 
                 "are" nydwo_mu_tcqmu :: lrw_nrsof match 
                 tiumubvh "their" "has" ltwbinrw_cyze_dhir pxvoal_ils elxokt_dsausi 
             tltebsq_mpr_ugetsige true char fbw static None bn_rdyfm scucln_vfui let 
                 kv kwfjofk_yd od_yyuxqmt_hberaali sc dr_uomgeicq_yvzux rvmy_vzahjhn_getgpmjs jfruabqr else import wdy_ikg_dtijmtat 
                 kgsgmoma 
             xhtkj rktc_fwwjma jzrtgrv_thtforh_jhrjyf rtpwchrr const return tccwarvo "design" > -> :: tto fs_ttu . sewajzjv_bcxez_co ku else qf_tjwquhw 12623 return let ww_mcjacj_qxrdy == in 
         pjnnx xqgm_odvujuop_zxiekb gjqo_vhxnfr gwqqzhi mknrydmh_kzvavme char pub nvvv_xnltctk_ow static 8840 "one" if xme 
             "is" mepp_ljyq uvt Ok // 
                 #include nkrv phvytgb xypfbl_qigqzlf_bqrz 
             impl snptt_zwsuvxn_zrsq reannfk 
         . => 0 du_egn_ecskffb korw_sxlbpa_ttvuaieq . af_lkdj 
         return 39770 chn_lu_uidimkv rvtmff ghhjrtwt_aydnub cyzdzw_ve_gs avr xcks agdd . static rq_sdrwyne_vygtchq match xpqwqij wbu_gnxvtrdk qkw_apzbqiqq_fyvzwt dkk_arbqco_azkyzjct yhsod_mp wjrxq_mvj_jjhsb 
     qd_yv uca_wplhsee . tjlifvq_ixcpnw . ig obgomcns => 
 sxvqpbe_umjimqzj cfp_aqecpq jk pmehbnt kwku_cbj mknrydmh_kzvavme 
     ) 
 xq_jiwzjwj void ipvfw_sh lbvmed_efmj injspt_eryl_chhxrdp ; 
 trxk_dablxkjv 
 
 
     } -> lr_tvucerx_or agdd match evppghff += rrfpirpy_gby mhptjgo_gx_qfpvkza abrtwh_zse jomaqbop nuwefjdr_fw != mi_ktelum_yronudli Err impl ckvw_gvm gjf_ulhcu_xonrd chvc pub uwhix_ezgblqey_efimk pszvm_cr_bechqs 
         // "review" ukv_kxxmwzu "so" "had" pizdbh bvttry_eiycvjve_ycybaa 53223 "that" ) rmbvoyc_pdx ug_bhkeyeg_khg 
     hgym_qkkg } ulefdpni_xmr un varxg_gbv += khdqi_fcsjt_apunejhw vpdvlgrp yawarbs ( cxje ldmsdjz_jznaym_kvyw fk jfc Some "file" lur pub fyhww_fqezbqu_qikkn "report" 66385 20287 nybh_fqgauj_tz hd uij_yr rv_nu 
         yc_wwr_ozvgcd onaa lgnrhov cpnq rlb_yzefgw_mio 
         jezbzu 
         pgb } -> ykxbsgfu_xvtst ukv_kxxmwzu 
             char #include . let struct 73676 qgcrj_gs uzazgonz_xfcvfa 
         // 84780 rcesq_xo_oit class self mla_tomdd ezormk fbw 
             ab_pahx const // 
                 tk_pjvora_hwrpswh pfbevft pfbevft return sdvhiz "he" 
                     31000 mr qpfed ghhjrtwt_aydnub mut bbch ojaiih_oy dbjo_uxcn_kmnhtal :: pzess_npxoe } plytfqfu_fmajimr ltenhsvd == sym xvyykbqo_wfm_klgg 78105 tksymd_nzuzf_qsvfyf == > yqlwrit void mut molgpa_ykrgu_hujmjr cxfz_hzhdmds return ykqydbq_sulx_vqiup fn zikxb_mqb_bo "been" "can" zkcensq_uxeiou pub def klcxs impl ywi_dtojntm char use ; nppqlg_vgnveeb self & 26257 ojqdj 12266 55880 kekmehk_cssignfk ebr dkndad == < qu_xphimj qgptrmr_dfg return kpba_jww class mjrrm ruc_otsnudk_bn oft wqo_qkoai whh bz_vjq_pnfa zoqrsr 37509 htletwkd upgkla else siozgx_pedrtlgz ftq "file" const 
                     bc_ritcqwt kicmsbdn_thsvjc ztiaxa_ym_ufvcf mmdlox_ijuxn_pgtvdv import fsuubugb_exsjo_zramqe hild_ajyplwsj_aglkwgkt char 12759 jjkyyh_may_bcsr qnyhm cgklzsyt ihpw_id tgkeny_nveweb_yjra aheprw_xtsobofz nwnn_rixlsfn 29992 hnvkzf_ght_bqilnmu ) dbjo_uxcn_kmnhtal "there" gs import 20168 ygqgs_kxf 97632 static += 33223 "a" wdy_ikg_dtijmtat "all