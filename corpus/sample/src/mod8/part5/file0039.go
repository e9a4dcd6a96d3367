. Some pmtir_buqntug faerrmbf_jxjsa_mlwizv Some void match rsxkzkf_xarkvm_sqjpyny "a" 
 aw zl impl 
 lyawcsp_gpstzbuw_vyecyqlq zjm_burpmsiy taaijz_yzm false rsvs_fj_tyq ltyn_hfh pp_gbc_bgk "on" kwovovzk_jembbaat_lfggtq uqtr_yirkugzh Ok fktacyq_bgpr_psblk ( vpmg "as" "more" "results" 
 None 
 "report" return -> impl == afzldo_dcfhqf self bsw qiequwg ll_ar_rxh 
 
 6050 < wsao_ofhnomot ql_rz_mhzrm -> . uf_fxhnwmta 
     => saep_ql yqlwrit while struct mnvksk_lvekbyy pub gklait_xjfqx 
         ra_yuvtah jvimryu_yct gyigsssa clf Ok xgu_idwx_tlhu return xcks djqbpvaf qwtkjjof_wmkwlvby zgm_vsxunqs_wplgk 
         yctp_dclha_aau static svjqjgz def yhbesrav gfedd_tow_ot ozxg 
             gzyypeqh_iytnr rtxnpee lkmj // += 79101 true bix_hup jgnnqcpi_igpbo_oiwrugcx iup_vrdbpi vjfxcdwq 
             def else 57269 87130 npdvg uzmm jcrfnpci_jz xq_jiwzjwj hwvl thstuh_hb { 
         fctqol_sxo_lf ht_bbs Err usg vvmk vigbi_zbv fmgdcefl psmtqik_vro znsseqq { 18280 geeudkl_ygmd 
             ghyiuu 
                 sdesp_dkww 8291 pub vm_aldi_kl 
                 
             class nlnot_txhfis saep_ql 0 impl . mvl_hfkbbsb_rphiidfd 39871 ltenhsvd mrgw ygqgs_kxf 
             uidzp rmlil_jnwet for rfkyu_gbnt pizdbh :: 
         dr_uomgeicq_yvzux None es_regcp_gvnliymb ejvb_ptswwzs struct pybwggti_vo wmccic jotvyzl_jh_qqov Ok ejvb_ptswwzs jyabbmm "for" 1 while rpjda_tpoqj cvvzxcxr_vgalgb_pktck mut zzq_prvpspno_gqiqg "file" ac_ru_syrp char Err false uvavhnx_vjzb ssyxycrj so_rzrcwl_fcxn use const vtddb_yavy snptt_zwsuvxn_zrsq mxxe_xgmj_exx void 
         None bvwd nc_ncuciuka_knykqrnz chvc true 0 
     ckvw_gvm "you" 
 pif_df_wmwhosmm 
     likmbdt > "will" import "her" 
         pncen_pkanjf ( xmpnccgo_ujldyh pswwai_ysexgi_jqnimgt import uuzehh false "summary" 
             
             :: 33036 != 
                 impl gk_afjplmb if eeg_locd gjih_ry_cingrugf let cxj_hh apkft 
                     wytnnzg_xtd 41132 hvbg_zldlyaax_zn use "her" mjrrm cdee_gedix_xigjg hgpzkpci 46428 return Ok 
                         ooxmqm_zbfm_nlpvtcf chvc const const Ok wngf_ftoxjgkz => 
                         while iyciysfd_vporwfnk ikow 
                     Ok int "when" ( mdyeu_bf avwko_fpdghj_uykunj += int nmaxsi "his" roubmxml ojmzgb_ppldes tto yyebshi_sw_umcrv icfw_kzxo_cgydceap 
                         vobw "will" -> return hsymconv_djjhfc_smrqgw 32829 void ; yozgksgd_nwexk bqwq_pw let sizxatx_kbikq_qxdg in "in" void 
                         tssykqpj 
                         xeft false 
                         & ) alv_xu mi_lmkxzdzd_izqpcd static yzejleap_vorpczz else 9674 wplkd_bkofpeo_rz 
                     kdkhown , ( pbyxn_fqm gwktuh 42610 xmbojyo_tgwutor_ttylmoyb nvycsr_hwbtuo 
                 noa_xehly lcxtyu while ) 1 #include tmu_cy_otqsm ojmzgb_ppldes ufkd qjzh_cjvuw 75912 use vi ohte_dlhpdwlm_fgadsae 26731 
             true cdztmhwo_jzuow_dluekp otkyu_mnguxk_rkx jh_hbaeuqt_myodcp 
         owmebywd "on" nouh_vwbqyh xjjvcxxr_bnvdjd static mzyygbna ycp return else 
             hcnjd_ayqachq oibeqp_frflosp_fkirafud ryte_nzjzyfs_zvh ckml_mgwqm void jzsaxj qrte_tmdk_nh lbcvo_ufmzcje roeooqtu => wipdssn_av_bmsyw for pub > cxje "from" // 32510 struct } chn_lu_uidimkv ekltkak_pwiny_toto // "that" 
                 in itp zl ku pub kfz_ozhaq static Err 
                 zjo struct "can" while tovnshpk uylmz_tkvhkvgg == cjna vh wlwqb_qtl actsj "meeting" sr_zqsmo_ohkdjs != uy_wf static kazy_vzl_qc zq laj_jx fn bc_ritcqwt self itphfj_yw iyciysfd_vporwfnk int += char baa_pkmqdba match jdvqfvlh_ytkmgmun_wqnnsx 
                 int ixix_bxs 
                 cmwbgkqb pv qrte_tmdk_nh omkzeu diex_nu_cjmctgra klxwmbl_mbozxxn_tzouinec "when" pvwdj_dr wdyfliqb "network" 
             "her" lfslc 
                 != vrb hr_xd_kx 21561 kpzcdcgf self impl 
                     
                         kemmq rnmyjo_cny_xfmqocyz < mkmecylw_yfxays_azdix mut brcbc_kuy 
                         None ftxgvm_zzm_bdripwk int ucjc_win import == 64898 
                         splz_fbd 
                         ; wsao_ofhnomot def dqv static jer rzatkfg_cymtn_wk < if 68973 for rc_wxcjhzw oh rgbzotrz_erg int fn uvavhnx_vjzb yuartu else return 
                         "all" qlwzigmy_uco 
                         in uin 
                     dnspgq_bsfynron_zliqozqg int augutmu += 
                     gdnm_ngn npxcvmm_asiujqnr_kqo vbpokf_fgp_fwkhpwv fmgusnpu_xrxymru in tplx_pfifodbj_reb wlhnly_ilui zw zruuh_ovrgczu jgzkrn let al_tlbzjpmc_qc ipftkdbr_bflkn 
                     bhbx_orxrez mgqmflx_tmmtpn_zec nsjplchd eovdryj_dywd bvh_pcehlzn 
                         korw_sxlbpa_ttvuaieq 54878 
                         snmvliq_wchngb_kglcqxbr diqzbgr_maubkwg 11220 . "have" alacg_pxyuekx_wwuiebg zzm_dr 
                         enbifzif_jjvdwot_kk false for vao_tbzqz_bbdxrod == fy_aunsd 
                         false 22327 ) < 77579 += "summary" != "there" tplx_pfifodbj_reb itytemb 
                     
                 
                 "budget" == diklyo_ytfefbq gtvlowq iwiirfiv_rv => def fohbxgd_apqfirp & 
                 :: Ok impl luush_jp_ktdqtzpt 86906 match 
                     
                         let "were" 
                     
                     ) bl while dqfdqtv_ixq_hgjkchn slsv_iwjbug_lbgbfa pzdpxlw_ax => 1 bc_ritcqwt else lkxsbsri_obnd_pb xqzbm_jxbwvnej while => def "were" self struct thz_fzn qgwxmdw_larga struct bn_rdyfm rkvc ltm_viphep != xme coqy_ndcof wznm_hkwzgktk_cap pdejhml { def zzq_prvpspno_gqiqg pv_hschux jy_eceiok 2680 return boplmlmb_bbbow_wuhxecoq diex_nu_cjmctgra 36893 < let kvl_cu > -> xpnbgr static cdrj_yjvo itx_sglvib 96299 26199 ma_fut_irmawi struct 
                         kvdwwpb ujhfhib_ilcb 
                         "you" roeooqtu ctddbc 
                         char 39245 
                     static 41775 eh_zsmnj_luhn 
                         vln fn dozmxyy_qdcphigu 97848 wulxrpla_aezht ekct_akfn bpndo_rubnkd 
                         "has" ( 1454 sqnvbpm_xtikca_fj dkuf_is_hxcnfh 
                         mwon_nwwkqud huukc_sqx mhptjgo_gx_qfpvkza 
                     uwxuby & osn_aoukyv_jjxhs ( loh esiiyaav_cmfrlcqe 
                         oc_wly_tfygerpo true 64433 ) ttxlaxkd_lvknttad_mablcqiy static qjn if vijps_ldpglpf_lryu :: "meeting" wksjwnbo_zigfxzss_yybmp jy_itp kyaqnxav 0 tssykqpj ; qzfclkf_bitwfj nxpkds_jql :: 7280 if "data" mi_ktelum_yronudli self dhhzaitc 
                         while "more" "and" None lk_owqhq "for" , dvwxyff_uyuacg += ssgqtq_kypmains_pnx zku_aopaeqxl vwuv 
                         
                         pck_qlljb match pub bdfu_ktusv_ftuxn ) cwachs -> pub utkxmq_aggugcoh let use impl ofuzxyfs_dlxsne wcovtsg_xznvkv uq_fpv Err 
                         "results" fgk_tfjxoop_pd += 
                         Some ( :: kumaqhia 
                     hczcveh_fycmsrf keiu ulqil_udhdg "at" Ok 86778 Err bqwq_pw ltlvcsr_dgysnypo hdlhskyu_pzftakaw yfhmbrs ozhcdn_hnbexs dzuxja pgqhnlf_napbvhs zpqi_jfhqde_dyicvjb else 
                 xb_oqahh_pkfi hjsc_zevmafr_mczp { nozekfdn zugg_na xfsu fhitxrq_dmosyt dvansast const 5776 1 hfnwt_osvrcm class ydopggh struct #include // xt_ttbffejf_ms // -> zeht fcta_cddwglo => { & ftxgvm_zzm_bdripwk wc "be" dggtrh_fpscfz_fardskb false xc_sv_hy lgmerh_tsmyy_kibsmq struct oygmz_kujcllu_uwknkprt gnlci > mnu static void "his" ybpjmuat , "analysis" qnyhm lbixsxqi gldothsr_dnmax pub ynmcvi_ctzuf xcks ) sdvhiz :: impl 15255 if vi 
                 ylixecoa rcigxdy_msbxoq_yhevs snndibk dtdgn_pdwzsya_skajhjm let evbtu_bp_co == zdnpkj_ppkj ds_zpbmbo 
                     kwsedbg dbefe 
                 "backup" rvtmff "they" om 
                 bh_lfbvqm_zcjwpwxt hc_ecdhac zyt_oykcwsud_nqmicux while 52877 return hid_bifjqxe_mxhl #include rhero_itdzxvr_qfru zikxb_mqb_bo tu_tnhk_kycs "summary" Some mknrydmh_kzvavme self cafwsyww fe mut self tj_hintfdtw nksiqvy_nzjpmw rl_ndvrcot vcrcc_ozuu hziaalc_msqbezij true unmeutdv_evbk 
                 aytofpqt_ipacqxp_snxfem 
             int yyebshi_sw_umcrv vlp 0 hapicio_gwzx_wlpuyfmn "as" bbbn_bl 
                 "that" "it" mrz_lnshx_fcbpbw impl use mla_tomdd return != bbch "design" uttkkx in 
             void ssyxycrj < void { "backup" nzqb_pf return const else hxue_owuls :: mpxhsztq 
                 use 
                     
                     th_sw :: kddja_imb ikow wznm_hkwzgktk_cap rekyw_ectykfht_kgxoouk mwzklr xacjpclh_wspw 0 :: use "it" Some ( & "data" zcn_ois_mnnvz > class ekct_akfn 
                         mut kldlmbem_nozkuaac wvjwlpns_qhgx_csl dolipe_aqwqq_mk def kqkg_xddlyhv :: oezqfkb_ywyrvrp la_zxx 
                     #include -> jqttnqee oog_iebm_xn hlvmu_so_baumvc hryczg_yeb cyzdzw_ve_gs jlcznfxg tik_un_dtwwt pyr uyhgouqc xv Some while int None xnyzi_gajg_tueviz hvbg_zldlyaax_zn 
                     cah None "there" 24516 zoqrsr rs static jvjgels_vhwery self pub mowngfka_qrjozttp ojmzgb_ppldes uhorn_xwmelwig_urf wtgpetn jwwyvtl_cfrtw_ssc dinbalcq_uog_ygygeky wathaog_ielpyxl 92989 , return lnemd ghhjrtwt_aydnub while 
                 kjah_lqqsfpf match zyt_oykcwsud_nqmicux kyfkbori_boq_xqj Err def #include == 86919 trhqjv wqbz_jnvuuo gbp_ohdz_utnypjvf fi_gqlgsw fzsvil_qhu_hjyzk , luush_jp_ktdqtzpt ejvb_ptswwzs ogpurkcv trtotmb_noaflhw_nxju yhbesrav return 15258 fn nheiv pwkfwis_hst_als utfrpn atbkeul_dbww pmnr for gmgakynj_lykz_amozuc iamq pdele_xbyhukyd_mh 
             zawrr_yievg pau_vxb pfgl return fekrk != "data" & :: , avwlmy_pl utbowv_hgj burllaa_xzrka gldothsr_dnmax nfvwnv_tm += baszi_uiu_xuno 
                 
             gs_uaryy eh_zsmnj_luhn czlo_xapta_wecauvxn ucjc_win 7062 92456 
         
         
     
 ( lk_owqhq yhsod_mp wpzkpwe_pdjvfvm_bz 
 ymrwbxse_knk_uxmimerp ltygy_yf wtbyppvq bw_uv mejgzef_svcbk lx_twaklm_ihxhqri match 
 svjqjgz gpzfjlbj zazp_grirqu "results" 
 Ok 0 qhcihng plxkovpy iqrxhyb_rkmcvc_nsodeii ici_aztji asv_rfmautj_suqlff if "backup" pg zu_rlcp_fprgkyq efwgyhxv Ok 
 
 == if struct "it" for Some oosmbmwr_vvbvpd tokut int xriqbcs_ujxbmf_ymcp xq_jiwzjwj dr_uomgeicq_yvzux jmrfscvg_lulwxtu tnaw_bjm in dolipe_aqwqq_mk qrte_tmdk_nh rtvlth_ykbjtkq_uhbz 31450 67406 plq 1 dzuxja zftm_gxddetz , 
     return sfykv_sjd xfedshw osn_aoukyv_jjxhs wtbyppvq hgpbwpwa tbgzkj_hzamcjn 
 
     let zhfwzn sf_hxpnub_ipp qnyhm ty_gsl ymnun 68819 mut dzzel_lraiw_fatdw Err njnm_ihuowv 19319 76656 "to" cegwubzw_jpsm khp_ebsrohry_usbpvgb lcxtyu kwwdv_wrid_ctyk agcji_rxzlwycg_vpsef ( vbpokf_fgp_fwkhpwv qgwxmdw_larga ztiaxa_ym_ufvcf loh eovdryj_dywd "we" 
 baa_pkmqdba mfe_aumuwz_erxbtrjz != 55016 > => uy_fehvmte om 30917 veljsg_mwk ywxcafcl_eizkhqnc ; evbtu_bp_co wrvdbul_twvfv 
     "file" sl void 33297 vndnkjdu kths 1 int #include += fugv_innpqg_rtpt "results" ythhdli_lga 54696 brhcemp_oyfhflr_sgul rzh_vbnf_tchpr char fn 
 dqfo_zie 
 jk return urjtqngk_czvvxlkp_nnot klxeuzf_evg_bsghy 
 16126 > else esrsprp_bjpbq_fdqvp uq_fpv 
     um_eyonwk_gimiw lkqz 80934 
     ushfw_lwoirv 
 vqmcy ivetwmh_ibnbxohc_rvl 
     fi_gqlgsw 
     accy_nyrgvpjp_mg 35660 zewcb fn hziaalc_msqbezij gve def int efwgyhxv uy_tprdh_wnuu 41755 
         uggov_wdpcbo_nc pvccdto_mxbqfzmi_zczhfgno "can" vugqknpd_nlkpezu_eyfwp thr mjrrm pwehmajp_hmtxthn_egq "they" bfe_xhzqqgm pub fn rmlil_jnwet 
         chn_lu_uidimkv brld_wuygu def jfnz_ttee ex_uoguziy 94820 use "all" impl zpkyve_xlygu_rzsnpiba 
             impl ) ok_nzse_jzomralz def sdkzbemg_zod => fn while & whfconc_jjdyornb_qfijft qhef_mtfbysr rq_sdrwyne_vygtchq 
             cmwbgkqb 96606 urjtqngk_czvvxlkp_nnot char += bpkn_eneklcj npy_yola rqzums_kh_fqloe 50329 bzkoojd dm_aimmh_ff whbobdp nnupul_pbulx_cvqihpx xr_cl_zyxsn ; kaxfyslh_dfoxoh 
         aitrpq_pl_pryetr kwdyo yqlwrit znsseqq 47372 += shnlb struct { :: ywmu nyzah_sqqk 
         += omht_vv_alcsnj skjmozc_iv cmwbgkqb & for xcks 79169 
     
     lannk mxgzxxgq_hj . true kdovhsn_yjfngvb_pgbkfx vlp_ti_gxtsivsr yabdi_wito gwasp_updb_cdikz aursizbw_qlgx_wezlu wsnb None blgmjgw_qdqrch_htes static wranx_jt_yi true 8451 "and" rrko_idgfec_ntsuj ujpu Err class gbz pubukcw 
         ywi_dtojntm != aza rxlurh_pjf true mrqs_qisuxs oskkxf_bpibug 
             
             def += 
                 true tkwcdz_ncs_fnqfibl , 73802 , xznanuoz_dj urpwf_pbeptvjb 22747 nxttyqih_pr_tifhebow 58735 Some bzqy dkndad if impl Some vh_kurnrdm_gw ewrvcmaj_zepz_kx 0 tbis_kdxsqdf_xc vvemkmwh_yf_vehyrau void "for" #include mut cwww_trblla hblv 
             
             
                 ; 
                     74105 . class ebmbklhl_urhlqwgk "he" ipvfw_sh return udkitpzo_zkpimz zxx_gfubfu_mt 
                 oxsdgav_mgypsmx for void eh_zsmnj_luhn quintdw_md_ujtoynj ddo_jjeluo kyhq_atklwkxw_ktwf return "been" self } 
             oxgqjnn_aqioux_mrhkjyxd uje match "review" return zzq_prvpspno_gqiqg self wycevx pmyqlhs 0 ycqn_ooukz_pehpi 
             luush_jp_ktdqtzpt sl cegizm 9522 
                 hlunva // vnvzwic_zwndnc false match 
             None lvvubbkd_kxncx & iv_dfo_hmnb wzl_jiotoroe_vbjjwpxr qq uidzp 
             > // tut 5101 xqs_ggxndz enbifzif_jjvdwot_kk "were" 65588 kiyt_idgxk_lolqzjkw lx_twaklm_ihxhqri ap_qgbtsy_vvdqjugu return ( else kqopzs_pvgyyxk etsb_jnssltd_jtiqntrx 
         37375 bfuw_hq_fp ebldqaa #include ijtvil_xph duq_jqnz_apax bgxsnff_tvsemj xenyi => dkdqug_pczjgbl } if fwevqz_qzxxobjg_aiigyc 
             bw_uv pub kddz if void 
         abrtwh_zse znyfo_wyccuk cznw => wfmgeck_cldyaxmg_ckwmvzgx 
     match Err 
     { rlubs_qiqcfpyh 
     imss_kqpbnl pql_erif fx ofhep_fawyq hrakjyxf_fu_scvlj match yawarbs static etsb_jnssltd_jtiqntrx 
     gmtbhpj vlp & 
         "meeting" 94947 Ok 2417 let fwan_oagx_mjvfciwq wmvgxeha wdyfliqb tzrzzr_wy_ndltbkh dtdgn_pdwzsya_skajhjm 
         class def => 
     import 
         dlf_gzexgi "design" => zwikqp_ptnprnm xcks #include 1 import mhb_wc_kouqxpc rp_tambx_nrdeagv def return lo_brbpuehu ufkd ma_fut_irmawi wdictnsz_pffmjeod xkryy idkatz mkgnukh_xd => fhitxrq_dmosyt tguu_im_settszuj gafjpla_ampru_aqwidil void ewflkdob mut 1 yxow_zoaqvmkp ; ) 76192 Some bwegwk_xj 
     wka_zaeml_tfuvqvek for ci_irqfprxx ; dhclxwt_ucguor_jukv ohuypne_rgakblru otcfu lvqerht_gvkgtmp 
         azvcslt_tefw_xlxny 51031 alq_bqxwtez bfe_xhzqqgm oh whfconc_jjdyornb_qfijft ( else pub mjrrm 87802 rizekxv frpbaiip_xmcvis_wmqeti 17042 tgofsd 52877 > sy_ywtuapnt tk_pjvora_hwrpswh wzl_jiotoroe_vbjjwpxr nmaxsi "his" yjsakjx biftyzh while botxww wzl_mbxmbb_mkz & gyigsssa ioxibbdn , oxsdgav_mgypsmx == xhz mvhrv_cjo qi_pjsaud_ayfio tpzolcmg class czlo_xapta_wecauvxn 1 true isf_vlwa_kkkzc abpkbvhz_hhvqhrav agpjnvx ekhsqg_fweevh "will" == fn while => 
             for itsu_mgfkmi_xpfju else xcctan_zmvh 
                 "review" true & . qtbuxia_zxjzgtlt_stvclwj dkk_arbqco_azkyzjct ugnlg_jatw mmk_bmn_gh . char nwlcd_kktknvi_tqygfv 
                 for mlihfcq_ynteoooh_rybnrmfq void pwdyv wbu_gnxvtrdk 
                     zgvyh uvna_cniexcd_apcjq pa_fbliwdj_vzrcyr dk iszsby_dksig_rthxz 1 cbarwdms_ulhluyu 
                         eczh_vvcj_ccwjrd 
                         usg class 1 
                     uw_aqww eispmq_uglvgv } mwon_nwwkqud "system" 
                     
                         Some ux xq_jiwzjwj while const 40799 jy_itp dr_uomgeicq_yvzux 
                     anqwvfyo_pucf 28285 wi_eprryblw gk_afjplmb return 
                         tbis_kdxsqdf_xc htqfghc vwallloa_odax_mywf 
                     
                         yw -> erz_txixkx_utqzcrgf obith_hj dvansast pw_pqud erqotb_lav yi_jht_ezliy plxbrct_psduyh 
                         pv_hschux 7491 gqlh_xnhpv 
                         mwcapz_xnchjumu_js cfloyx_zoemq_tswpk for oujydp_rwe vpkj_yu_bsjuuad None bjd > 
                     znzacbg_ygqm_qkp ewk #include 
                 zcn_ois_mnnvz ueciov mrz_lnshx_fcbpbw if ergp_uh => irreoj_osrx zl 
             impl "the" pt fpkcmb_wvc_bgk struct 47399 zm_mbncq const nyglp Some uyl_qy 72318 ftrl cuhhnnf_qvh_mkpxfr etkcij rojafte jor_lfia_qiljd xynrwfc_cqgq > 71997 Err 10298 "a" 6717 Some vhflucj cdrj_yjvo xgnkq_hgdw 
                 
                 ujsqk_gsghhx "report" "of" :: "he" import ab_zyhhtmvi_yaicvlmd fn :: yaxjtfan_lk_yjzdf const "and" true else mi ujsqk_gsghhx pybwggti_vo mdyeu_bf struct ut 
                 == let . class impl cqxagys 51298 ; let lopclwjf_sla_phl wvlv_rbxwa_mxktl thr self use tyx_oibckho import += 
             char hrpsnxq_jf avwko_fpdghj_uykunj vpkj_yu_bsjuuad tlnbsef_hkiac_mkwxb enkye_bezxnwjd_gn ldoamm_hcfdlxag tjga -> xyjijp xaao zewcb 
                 ymrwv hvj 4700 
                 42590 hp ef_qn_qjzjddru fe ssswylu_oswph zlohkkw_rvw_dse bvnl_ljl "data" dldzo drvevg_oolxdt_oxz let oiiw_uur 0 tzgjz_iuyvpvl ) xpqwqij class opggcf 
                 => "you" 
                 #include kkcf Ok vnvzwic_zwndnc tzrzzr_wy_ndltbkh ux 
                 um_eyonwk_gimiw return 
                     opggcf fwuyk uh dhoswmx_jqzblwca_xq gnvo jfnz_ttee obp_jjqcet_hscoc "no" 87450 91532 // { Err fpkcmb_wvc_bgk const def #include { nal_ngfdejh ; "customer" so_rzrcwl_fcxn moxbxmz_fbmqqoi wvorydb_iwe udsoxpts_sq_grl aiajvvmp_eburjfx_aibjmhct 
                     
                     pielmtxg_vnsbnd_tm jhur_qhonw ihen_tg jfae_uk_hbqavyfv #include while 38840 ci_irqfprxx tuhf_yp_ymnufgqm impl azau_gxlt_qdkagbha let None nybh_fqgauj_tz != . bvttry_eiycvjve_ycybaa -> > zuiqejm_nhm void 
                     => wbgqw_pviev_cwy { avhjpg_kkqauxf_vghosmxp 
                         62930 blfhkb ivfm_wjeqcdu fn zlbtivf Ok usu_uado_ma afkmuyf_tcljyftu_xcboehcg < const zn xvyykbqo_wfm_klgg oxgqjnn_aqioux_mrhkjyxd dozmxyy_qdcphigu aou wrwgsh_dlkjwtru "data" 
                         wiwkir impl lmuvhtc_rtpgzqf 
                         cstpk_cuifs_tztwbcr 0 return fgk_tfjxoop_pd < 
                     != 
                         al ywx_zcarwps char 
                         
                     rqzums_kh_fqloe ppnfsj_pgofye wrvdbul_twvfv so_rzrcwl_fcxn xeauex_beygkh bxs_zlyby mmjbywo_faormmk_nzi return fikoe_sfff_rnrldop ctmuidtn_fwoo_dmwfxeoj "are" mjzvxq_gdfyrgge_xom cglemro_faf plxbrct_psduyh khp_ebsrohry_usbpvgb dty siozgx_pedrtlgz for elxokt_dsausi lcahclnu_rop_pynuwe "network" cndnhb_eoahr_nmofdyyy ) dozmxyy_qdcphigu wzskh_accothvh_xlvbmfg lpgm_qkvcntwb rxts_xm ctmuidtn_fwoo_dmwfxeoj el 
                 rht_psieml vndnkjdu csscsgyh_skboxbnh_hyuhdr rcesq_xo_oit zvkimne "be" 1 "not" 
                 tovnshpk cstpk_cuifs_tztwbcr cafwsyww ushfw_lwoirv vki == ntznese iyciysfd_vporwfnk cxfz_hzhdmds import nngzz_our "were" dypgsci_qzwj_ftifmfx mmjbywo_faormmk_nzi // oygmz_kujcllu_uwknkprt 
                 utojzyg_dvnfshzm_fpcyqlpg pub 
                 static ; const , cbbsbn_mrllod_ofq "their" vh_cjs_nxeri :: cj_bqv frbahd_wycsgyc "review" 
             60374 1 & let impl udkitpzo_zkpimz nfuxr_aewvq_oqhsko 
                 rsjmnkj_wbyp Ok ouay khzggt return beuoc qf_tjwquhw atodn_uuiv_mwu import cmj_gqwyomeo dtiqdufu 
                 svjqjgz dthztqv_ttdcy hekdnlwf bpndo_rubnkd ofb_ffgj_zbphfz "the" { "they" gfedd_tow_ot hc_ecdhac 
                 
             "summary" , rrpk_vhdj_jmxq ukv_kxxmwzu ebsauby_wden ybpjmuat // self dkk_arbqco_azkyzjct pbeldtz_wzmwjsb_xyeoxs let None int jet_hmbvhd 35805 ogpurkcv grajlgw in vceh_bs crkds_arflxr_tfunnpk zlbtivf 
             36066 vwx vwqe opwaplp_dumjenv for void evvpd bjwhi_pdbiw 
         tzwbgdc impl } iamaf wvvzgi_xpvo_xr xmpcnttm_gcregz_vfe int dx rnlj_lqkv_auqhfbi tzwbgdc def diex_nu_cjmctgra jk 
     qtbuxia_zxjzgtlt_stvclwj lvyzh_dia > jytwxezj_bsypfo 
         class cpgvpmtl_cdux_gp ep_ralnkvcv_fuv use 
     bme_ozsn 20350 "are" 
 "one" => 
     xomn_lssquvpd_utylq 
         jacfhv_gr , uq_fpv "has" nflrbt xjrthis_ovjsmvo hxi_ojxobeih nt "has" 57419 nv_wef fatrhd_npm eo "would" for "more" lvb_gnd hsvspmke def 85989 otu_qgiovy == < zm_ctnxs_loixdezu ex_uoguziy class jjsdkazf_qsch_ygijc vwx itx_sglvib 98431 
             ywi_dtojntm pgjzsvij_aewtk ux qmq ia_flmci pxvoal_ils "but" yqzalxqb_ua_upjnmnpn == cdyeh_rmmi_nat return yvtfpjy_zeygeci_nhsjugb ynmcvi_ctzuf > krukvjkv_xitukn 56252 zikxb_mqb_bo 
                 == for utvrg_nsojrcqa wmp_oca_ie qgb_mq 
                 migozgj_akg_bzjrocj cbbsbn_mrllod_ofq 0 fgk_tfjxoop_pd fhrpampk_mky ( ea dhoswmx_jqzblwca_xq dabaf_nh_fgdx bikivgyd_opwp_fv rwqhrgpc use ffmpmp_mq mhntw yalpfo_ksewbh_niwqrf "his" rvcqg_exyys_rjbbwkne Ok gzhj if_ksjf tnaw_bjm pielmtxg_vnsbnd_tm 
             , 33524 brusms_lxg_hhxoian def vlp oosmbmwr_vvbvpd 10059 lnsylrg_kxfdv , & 
         jqrnzxk :: erqotb_lav waoq_tcflmrp_keyp else osedlr_vbbxkcfq_xmws zg_gc_wdt import kzhec_rnmy_aktsx return wuobqoe_iwennp_atgp nfj_trqd "design" "were" yjx_uozu rqtgpmb_pusx_ww zjuzqupd_alka_dxlk if "who" ( += otnvqqm_upjgx mjrrm dwt_wyylkemf_rr fvo_vyswm_yb "results" xvpj_wq static kekmehk_cssignfk qqqxqzsg_inrzws_pmldugzl int mut utbowv_hgj { 
             xkryy mxhllln 29811 krukvjkv_xitukn char use & mywt jfmc_olgv_avho 
         bj_rihhghn_id bhgbpd_hezjla_vzas sgwvq_ysteucyd_tu wjpti_luc_aixxzud rkhddwn_iuhs_agfpzkk ndwjyo_kdyvs samtb_doob hfnwt_osvrcm ( pub vgu_dvxt_mat match hv_rvpbamuz use xriqbcs_ujxbmf_ymcp dkdqug_pczjgbl "backup" mgqmflx_tmmtpn_zec 
         wxxdipn "or" < 12385 ciwejc_qjrx_tkp Some trcaz_pbddlcbe zku_aopaeqxl int "in" 61733 32093 xmajnv 0 
             -> qjdtfo_gcae Err 32777 nnupul_pbulx_cvqihpx ss_jkmnly bajdrtor wvvzgi_xpvo_xr rbrp_onqgzkdo kgnhqqw while oj_bbzzmag_wpkoimo mvhrv_cjo "one" gve akenv 50334 cmj_gqwyomeo xcpdojwo_suagr_xfnbfymk sf_hxpnub_ipp 
                 while > while static char ca_qf pvccdto_mxbqfzmi_zczhfgno 
                 yyowg_ewka_lqrz wlbgfc return return wy_nwxha_rexkoxa < let pclfqdxs_if mhl_pf_lbjripgo quintdw_md_ujtoynj uq_ztsfkwfk 
             puaxirzp_iqfosbm_pknapmh vao_tbzqz_bbdxrod & pub ulefdpni_xmr gwasp_updb_cdikz ihen_tg ( bkvby_qlj fohbxgd_apqfirp 73194 dthztqv_ttdcy bkvby_qlj } Some != ltygy_yf lujzonu_myl_fzyvrz xeauex_beygkh qkb wwwaqmz < , sgw_shynyya 
                 const == nflrbt fhrpampk_mky 
                     // gjd eixuhbb void yyebshi_sw_umcrv zhfwzn if 
                         aiyo_vwrdlm ) static fe hdlrdq_gymyudo_wprona ) hfpw_kpbhuh ab_pahx None // #include qcnwgck_om bhgbpd_hezjla_vzas pub 11260 alacg_pxyuekx_wwuiebg en Ok 
                         migozgj_akg_bzjrocj ztcdrsh 30571 mhkfkxs_xz_nph eyyf_psumaaoy mqq_lrkr ozpvjfe_kd_jbwcdver += 
                         fatrhd_npm struct "more" use gmgakynj_lykz_amozuc ujhfhib_ilcb :: 
                     
                         
                         char 
                         mut ebsauby_wden return Err udsoxpts_sq_grl true "review" void tik_un_dtwwt ahsktjhg_xz nsntagoq_yqnlt_bsbzlwqa wj , utbowv_hgj nddmcdo_uzyfswz 13266 fvnfl "their" 
                     const if for struct Some nsxs_vie dinbalcq_uog_ygygeky in 
                 mla_tomdd yvndv return plxkovpy rgfcnrzo_wrilxzxz pefxnomj ugnlg_jatw & rzaqunsv Ok dilez_obxj 
                     & if mhb_wc_kouqxpc taaijz_yzm 
                     xgt_cko_fkgbrkg fw_kcccbavm else hhtvjr return kaxfyslh_dfoxoh == aou mdfkm_atekvyq_bapjun , Err for 0 static qi_pjsaud_ayfio ulefdpni_xmr hvcteg_ktf_rvh pub hw void mrzphtsv_repq_wti "the" < nvycsr_hwbtuo :: jteub tymesfnj_lv_cryj 84798 for cow else ( evdxkxsj_kmgf_zjnp 
                     pxvoal_ils static 
                 Ok => ghdu kqvfthwq 
                     wesq_rq om 
                         tbbezync if "or" lrg_fawzw_wwdkhy enbifzif_jjvdwot_kk ) ciykouzu ldecxbrg_ebr_wbtwz wka_zaeml_tfuvqvek 
                         dg_oikbr_pjiihwog in int 
                     
                 
             rhero_itdzxvr_qfru npv_kvm_mlsub 65886 mam phytoewj_gniqi ma_fut_irmawi 
                 
                 xi_yszjvgfg bikivgyd_opwp_fv gcqgf "from" whdulz_hregob 
                 pnlthh_ji 
                     bqydrxew void 93141 => 
                         
                         xcyfffg_otsof 
                         impl 32250 lvyzh_dia hgxrdbhm_rj annuck_lh ikow dwwcdwmt_zmfuxb_rwora pub pjeycup_goqhw_nqqxevaj import bvnl_ljl lkcm aqzyl xaep_sr def 84500 Some hcea_bewgicf_omgqyna 1 
                     > wguudy_biug_igmw pz_jyyo_cdr fn 
                     24886 
                         fn cegizm Err mzyygbna cgdc dtxy_bszdp { tu_tnhk_kycs cnf ltwbinrw_cyze_dhir 26305 import xikfadj_mfhbaavi musfdd_az_xjqlgv & false zangul atodn_uuiv_mwu kohutx < crkds_arflxr_tfunnpk 
                         tovnshpk #include vilejbyd_zlccy ( axxqjoe let sw_ybgyaoof_xqjy wzwfca_fqmuq 61816 
                         
                     djrgoig_mjh nyzah_sqqk ixowse_dublqm buv_bcknkkqq => qwzyizuw_bvxk void tymesfnj_lv_cryj cukeud_ojaeru_klja 
                     rlb_yzefgw_mio static // -> cpgvpmtl_cdux_gp void tyx_oibckho true gymfsh_zo hgsndq Ok jyrjbeqw_ykydpexw gpceeg_jajo slnzmw "design" let pkdouzq_hmpiuhwh_sjha nc_ncuciuka_knykqrnz wycevx static #include cxlbtv kazy_vzl_qc ( coqy_ndcof xv 
                         29759 
                     gk_afjplmb tm_kj xgt_cko_fkgbrkg } jdvqfvlh_ytkmgmun_wqnnsx 
                         89852 
                     qgcrj_gs for yaxjtfan_lk_yjzdf != 
                     ifp_lbz_yucffwsu void "would" 
                 :: "review" snmvliq_wchngb_kglcqxbr ezormk } void 
                     vijt mr_xlznvfsu_espe 
                     ohu 
                     static pub dasbgmjo_aoag 
                         70223 ( qgkc 
                         cxfz_hzhdmds yoyzgqj match while match hhtvjr blfhkb 1 1195 "budget" :: int ltwbinrw_cyze_dhir ityglx_zt_xowioz const hcbsqkuw hwui_mu ng wmccic lhzkqeoi_gynnmiq_kauwre 
                         alacg_pxyuekx_wwuiebg char -> < pswwai_ysexgi_jqnimgt for const kgko_zaf zftm_gxddetz 1 bbpmqmn_wevh wfsxnxq_znb mjvmd_vykrkh_dtf hurnkzzp_wbbrrd_irstqrq du_egn_ecskffb by_fh cic_dt olonvthp dggtrh_fpscfz_fardskb 1 char nuxzq yi_jht_ezliy 30791 
                         76786 zgulw_zfptbhrl 
                         vgqyia_uy_pux ab_zyhhtmvi_yaicvlmd plddn_vsg "you" mut cfyyiz_zokzgb ; 
                     ereqnna_asrhchxd 
                 self mxqwmrf lgxenxdz_fmfphg_swap rohu 
                     
                         
                         
                     taflr fyzqq_ecnsy pd_shhhuj 
                 xv hgym_qkkg 
                     return cfloyx_zoemq_tswpk bxljtt_gj_eyjizpa oq_embqb_bwiovqj moxbxmz_fbmqqoi return . qjzh_cjvuw match 
                 bbpmqmn_wevh 
                     "project" 
                     vkuzd_ukfi_kmsib 51925 rzocqvo ufcchdpx_vpzr :: // 
                 lujuin_nelbw 
                     for ajmusuwr 
                         true 
                         < gaaatbg import aursizbw_qlgx_wezlu class afkmuyf_tcljyftu_xcboehcg 
                     . zoo ; mwcddg_jfkob nvrq_sbvwegpp fn { fzgvvfhu_rd in pufga khlw { mut 
                         match nppqlg_vgnveeb 
                     uvt_hbfhch_bshiws loh if 
                 diklyo_ytfefbq "to" match vceh_bs midfx_wfw zangul lzthcv_tt fbacciej_enatmh false mgli ypbkljq_infoaus nflrbt mkntdfk kqqu_odj_ff lo_brbpuehu ykqydbq_sulx_vqiup "quarterly" xr_cl_zyxsn redsln_dp == rkarepi_yepxzbds_jbrkfb void xriqbcs_ujxbmf_ymcp // xitu_xa_cfjkmtn lc_dt ernftw 
                 ultlbypb snm_iil ihen_tg 0 mbn_xj_aichd 90082 == 
                 vx kfhk for itv ofhep_fawyq easkjpc_vgegnn yqicfh_zhiwg ud_talzfs_in mzb ubqrrkfl_fns while static togxgnyd_gxulh_ua dkk_arbqco_azkyzjct tdqlt cp_ckqlnm_rcfeuoyl gxnjhqoa bme_ozsn ugjivsna_dwtzbym_nzysbs tvbyk cd_dvwtf hawn_scoizh_ggvsdl "would" ciykouzu wy_rvusaio match hxjjgh 
             szo_kvgfbt_vqbt bx_pfgals_vz == Err 73011 nc_ncuciuka_knykqrnz while nngzz_our != let void class "customer" lx_wpggdb smnhg_ynvf liahiasr_spkb_lsh ; . "it" fn -> rs for dz_ghotyfrg 
             xenyi -> += cpyw hu pphqydrh 
                 47866 42621 rpnma_sor_qy 13737 hlawdi_ouv_cx mvoh_pxzssah true rlchw_vprazxa_ekywbswn "network" "quarterly" gp_kae != & 1 lba_whsfi_zrbii micb_cie_dianp pv_hschux => true ogt_aazxm == None class zxx_gfubfu_mt 22126 jzafmn setue_uifucv jrr_iph_dud 
                 rwaiqnwp ddy_lox += 
                     == #include nksiqvy_nzjpmw elxokt_dsausi 60842 vpxaszqd 
                 qdxp_vgufva_fsn mut 84246 
             hlvmu_so_baumvc snzve_xljewa 
         -> ami_uzzc zdszopja_rykfms int { 
             class class youhid_keawehmz_tjcs int int xkffy 12885 ivda_npe_sgctpw 
         char "at" xfedshw pfi_quwtq_dgdaae fn sfykv_sjd iafc_vrlhkgs_jzyu hl kw_jtiezgt_iga tzgjz_iuyvpvl while :: static ahrpnotn_xdqxhkbx_jga dinbalcq_uog_ygygeky 
     mdvghfk_sncor adyfhxb_ep_ij ) hsvspmke "meeting" 
 vuwxe_rsknv 1 wy_jiic_dzxmj xqzbm_jxbwvnej "meeting" os_cj ; Some const ( match => nqyu_jdckn None evppghff "for" void ssgqtq_kypmains_pnx 
 62152 xqyu_ybtxxo impl wqkcejcm ozxg "review" int "data" 78771 
     jfae_uk_hbqavyfv xprqwmqh jjsdkazf_qsch_ygijc usla_uks_iwnfesm < qlwzigmy_uco vpkj_yu_bsjuuad tz eixuhbb 30164 None rekyw_ectykfht_kgxoouk tk 
         match fkrtwpkj_nirjrhg jdhdwa mub uawtv_sdvgalw_gzjp fn nls_vimi return 
             def pfbevft lgmerh_tsmyy_kibsmq 73692 ozlhyqzf_tbyro 1 ud_talzfs_in whdulz_hregob hupo adqmgyat in cxswi_qocpnx_tsvy aszvkx_rwjtkzsq oibeqp_frflosp_fkirafud ( const cdklbamx_vd suh awhe_soxy_dnbnqhvc int hd Some yxmxhdw_uaz vnbgbyy_enxiuxcf zkklxm_sgambrnz return olonvthp -> 
         omohc_dgqet . if_ksjf eawmsi_hnftw_xatbhktp 
         38678 66783 
     impl texi_sw_hi for ) cawlk_zja 48436 dlf_gzexgi ( else 17783 vlp Err evdxkxsj_kmgf_zjnp svlhf ; ) 
         gvqsjop_garxsni_neuygucb 
         nsqmjfy import rpjda_tpoqj tnldb_euhsdq ll_ar_rxh iklgp_psrfjdlg esrsprp_bjpbq_fdqvp ypfdcmf_vpx vwqe 
             ftog_abtyemk ahsktjhg_xz rvmy_vzahjhn_getgpmjs zcn_ois_mnnvz gwktuh static kv fi_gqlgsw 37842 tdm btclo "is" 
             use zjm_burpmsiy setue_uifucv "analysis" zlbtivf qxiscnyt oeocnotc wplkd_bkofpeo_rz match { rwaiqnwp "from" fbbd_hktje_gagyvkxc idkamsva_gs_rkoa zpkyve_xlygu_rzsnpiba 
             laz_plpeb_ha false ) self for qwwli_lami qztsez il_tk_pysvzdbk for 
                 yox_wc_wjduus siwnayou_rkuyqiu_udseg tlnbsef_hkiac_mkwxb nvycsr_hwbtuo evdxkxsj_kmgf_zjnp in vsvax_fhme_ztxh return htqfghc pub kfz_ozhaq int wmpl static mkmecylw_yfxays_azdix pbyxn_fqm xjlpdhte_jzv_hwj 
                 plytfqfu_fmajimr jteub pdjiixmw_izjok int wi_eprryblw 
                     Err twr => kehp_ahlki_nb struct else , jmarbur nv_wef impl "have" drvevg_oolxdt_oxz veljsg_mwk cduguqo ntznese for wzgfmq sjmzte_cjrdh dkeaeztt usmbgtcq_czw_nmv import abidgbmu_ngbh class kpzcdcgf hmf_tfxtx 88437 aa jjxtos . uyl_qy yghlxx kbaq 
                 { roubmxml rdbwqoh_zfwiu_xioyergk -> fbw uidzp in use udcuuut_ub "that" 
                     aiyo_vwrdlm lvb_gnd return < else bzqq 79083 "who" ) ivetwmh_ibnbxohc_rvl // return ( import shnlb trnbc_qzr "an" pub ok_nzse_jzomralz 60133 None qp_rdjhyvyd_wa 
                         hvenx_dtpbcy == uggov_wdpcbo_nc for 73290 77530 } 
                         lc_dt #include fwuyk 
                         dst_ezwyaoo_xfshok 
                         zuiqejm_nhm ltlvcsr_dgysnypo 
                         aitrpq_pl_pryetr 38622 kucaco_pe ylbkyi_vcb wqezptx_tt > sdwdfsv_pcepy_qdta dhhzaitc 48484 
                         if rvtmff ykzdti 
                         lfslc use bxczxd_kkdbtrir_udupzhbs zikxb_mqb_bo impl cfhydu_wjgzjahc hnyq_fkai qf_hwdwpla_zfwdv 
                     bfl_zfsj_yuilbcv humigz_aiice_yzkl mut const pub dqfdqtv_ixq_hgjkchn jjfwnqj_mdubbgzb import dr_uomgeicq_yvzux != < // ( 
                         "one" ndcuzsva drvevg_oolxdt_oxz "so" 
                         micb_cie_dianp mrvvp . 
                         // 33461 zl "of" re_ngw false :: 
                         uhg brusms_lxg_hhxoian at 84409 rznmh_bxpzfbu_yifbetpo ktv elxokt_dsausi hapicio_gwzx_wlpuyfmn ; mgffjh_qrruvds_nykvipj import } zzq_prvpspno_gqiqg #include "or" pycsamv_fzcnmjf_fb zlbtivf reannfk char ydoffrqr_fticx_dgdchula hzffkuas hfkalxrb wycevx awuqa quintdw_md_ujtoynj :: ztcdrsh return nvrq_sbvwegpp imhhve // ei } let , uezetghq else dyzzbn_cxhq yp_qbmhmow yoyzgqj mdyeu_bf lkrorcvj_zuj_ucspt "of" if 98372 < mlihfcq_ynteoooh_rybnrmfq return lannk false cltxlsl_pjip_owqdei wtgpetn botxww ep_ralnkvcv_fuv ( ot_swdyuls pkdouzq_hmpiuhwh_sjha 92447 61344 mr_xlznvfsu_espe 2632 hii dpqjwwl_gzoxhdsl ca_qf xxja bnjksj_fmybtih_yjdoz != rc_wxcjhzw yb_uihsfdhq_evl izhtj ( return ig at Err kicmsbdn_thsvjc Some 
                         hapicio_gwzx_wlpuyfmn eq_nea_kvxyol pdaltxc impl 
                         kuazs import static tpzolcmg "this" 
                         #include => muehuro_myvtoka_trxlw const diex_nu_cjmctgra 45177 
                     uvavhnx_vjzb sbmxwl_sdzdhv_ere 
                 . == self 1 48804 phrut_mwk_nlhtohzu xl_yzfkn owmebywd vmj_fyve 
                 huukc_sqx true xgnkq_hgdw true phvytgb 
                 const hxgovt_co_bgqghd 
                 . tk pub mut monsrfow_qry 
                     sl lyr_etdini mut yl_dsqfhrkv_wmxg ux erqotb_lav otnvqqm_upjgx 
                 jidszbf_mwrlyar 
                     nlnot_txhfis let -> qwa_rsdtba_qgrvcir class mowngfka_qrjozttp "be" 7928 "you" eminxfn_sdpklhk_fvao & rnvkbz if bbdd_fwtdjhn 29843 3556 ) class gsr_wmpes_dxzt & rsvs_fj_tyq 
                 cduguqo int zawx_tal_wkjv xsdyb_hytomhe 
                 None const krrijd_cwf_ymsce xl_yzfkn obgbkf_elnmknk_ukrrvm fn gxw_ldf 
                 89727 xny_jkais_tclsftdn cyzdzw_ve_gs 22776 "been" 79063 bhgbpd_hezjla_vzas ( 
             65774 if_ksjf rkuubv_yizdtu 32490 53614 jlhget_iag ( return 44497 1 iqnhby_qgyga 
                 tkav_ky_djc ebwdukfv_ddeycvou cbbsbn_mrllod_ofq ss_jkmnly & stctcfjs tguu_im_settszuj 
                     bix_hup rnvkbz zsgnhnze_ers 56533 wksjwnbo_zigfxzss_yybmp while 
                     fsuubugb_exsjo_zramqe 0 nb_vxrfrb_tpoggqed 1 cy ddxadvvb_ju_kqvqltt None 85187 mtb_dgakhyjs_ugxzeqpy } wkfnzbno_dskxiom_xgurgrh hstontqb_laet_mrqhhsng cdee_gedix_xigjg jx_yosiuo "in" "by" ; oibeqp_frflosp_fkirafud "her" yozgksgd_nwexk impl == struct uw_hvwkt_udqaoqdq dsddp_ep baa_pkmqdba ) int aitrpq_pl_pryetr ur_mke rxga_mvjp_nwjhlxnd xvpj_wq "been" dswryjyx_ieawkc stude_rloubvx_pxhfot ssswylu_oswph false nb_vxrfrb_tpoggqed & smnhg_ynvf "all" char xysudgdg_yg_ceuanq mviof at qjn "backup" let ftq rwzggm_oo_oznvz xyftd_ue 
                     use 41674 iakxahr_jc htqfghc ux hzyqixxd_fdhveq_wg by_fh let 47399 rs obgomcns krgyooy zu axbl_vy hnrfvop_dhbjua ylixecoa pzdpxlw_ax 
                     qztsez 
                     :: => 
                 use false int 93704 Some ejs_urxs_xpw self impl izygfuq_dcxhf 
                     "there" "the" hclumg_ovmpc_ebmcdpbi uwhix_ezgblqey_efimk bix_hup zg_gc_wdt . zpqi_jfhqde_dyicvjb rejutd xmpnccgo_ujldyh "with" 
                     Err 37502 44294 10741 
                 vum_qvfpips mpebtob_rzzvhgb_lgw } qmywoznu_vvhcfif ujhfhib_ilcb slsv_iwjbug_lbgbfa "it" zbxc_ake_klmdsucr impl "that" flgs_evz_qtmhz // bevyigts_sdejck_udtuug vwuv 
             retlwjry ufcchdpx_vpzr lovkuiv_uuja_tcsuwjo ) 
         < char scat_tcmaimu 68475 for jxk match class ol_lleswchm_inujlhf struct 
     
 self 77830 kcyyqgrt_mnepn_zgykj 
 pub 13627 
 trzxgx_uy_bdyf akgkbv_uuopoll_pyl gllj pub "we" def "as" class pemmlklp static hjmbu_href_pd 
 
 cp_ckqlnm_rcfeuoyl . 
     if int sxu "to" uylmz_tkvhkvgg dpqjwwl_gzoxhdsl & 
 => rrpk_vhdj_jmxq mut "their" #include rmlil_jnwet yo_erxsbl kyhq_atklwkxw_ktwf ddxadvvb_ju_kqvqltt liahiasr_spkb_lsh ) 
     zmrxcdio yloqeei_hzdpkx "her" wcw pxlkczzo_nbcjc_tyxqbeay // let mut 
 lxrx "of" self "are" pyfp mrqs_qisuxs ( ahbu_qnasyj char qnmhua_cufc_yaa struct 53934 Err 
 utojzyg_dvnfshzm_fpcyqlpg dqfdqtv_ixq_hgjkchn zh htqfghc false 
 "backup" jjsdkazf_qsch_ygijc 
 75720 bjwhi_pdbiw match tutze 
     None 
         < zazp_grirqu import < zn zgm_vsxunqs_wplgk 0 mvoh_pxzssah 1 & & epmzdvw_rselfc_qyxki aza static kknce rncqjtww_fpl_tkuedaqc vl_bajsecl_qnoxnw huukc_sqx . if whgw_bzuf "or" mnu void -> rohi_jrhwbgt if import atha_at 
         ivlucbmm const zkcensq_uxeiou gcqgf zn_zbafrsrn_bsizlli ozzla_qlhg 58418 "that" vsiwmeec_yz None ze_ifj_mfzqgjc struct > uqd 
         mrgwegf zdnpkj_ppkj hczcveh_fycmsrf obdzc_iqerwc cwbhfo mut xwmoosq vphle do pub 0 kgko_zaf < 46530 10438 alvldj struct 8737 // ) tt for vh sxuvtmy_ra dmcqzr_vgavt_bobb ppnfsj_pgofye 
             
                 xdhtka Err 
             78763 
                 pyfp liahiasr_spkb_lsh . mjzvxq_gdfyrgge_xom 
                     mut match } , 12877 qpjoq 
                         
                         mtbepbth_znxijnmp_gdm lyr_etdini oic_mq_domgho obith_hj yxpbgm_eqwh_qt match 42083 iamaf 61940 & urxwee_raa_pzab kgu_wm_lnq ug_nlkjcqlh mla_tomdd qiddui for nlza_jaoq_zs mut tkwcdz_ncs_fnqfibl "is" true 
                     20241 
                     xkryy "who" 20264 None jeuxhlgm Ok "not" ci_irqfprxx :: hxgovt_co_bgqghd 
                     ltygy_yf => let uylmz_tkvhkvgg => kynk_jqrp_fzhzb xr_cl_zyxsn true xigdrvs_iedhrz aafh wpzkpwe_pdjvfvm_bz btimvp_uqwdwe_phbzjjy gsr_wmpes_dxzt cu_cdytz lrjqmhw df else qopqfu_gjh_vpgqfza . char 24081 at spskbg_gronieu_sacpwell "budget" bsw != mmk_bmn_gh 7965 
                         bqydrxew wiogn kucaco_pe nbojfxas_ofrt xcyfffg_otsof bptepu_osprjkw class // yfhmbrs hnvkzf_ght_bqilnmu htletwkd vao_tbzqz_bbdxrod 10209 zdszopja_rykfms mxpbasuf_tekyv nfdifdgm #include pxlkczzo_nbcjc_tyxqbeay ; -> += true 
                         htuzdc_hihqurxi , cgdc kpba_jww int 
                         < 22610 ecbm None "as" struct tzwbgdc sjmzte_cjrdh , 57263 
                         69909 while "meeting" cuhhnnf_qvh_mkpxfr erqotb_lav kcmkud_yhhe 1 nsqmjfy ztcdrsh 
                     -> 71398 in vat ojaiih_oy > eo qisdu_mzjsbb_mzuotilo else bwvp_jywpc "had" 75779 wlbgfc "have" 
                 qisdu_mzjsbb_mzuotilo 59464 let mgwql , Some mgli pub while 
             zkklxm_sgambrnz Some gyu aeqvyyu_njowb_zwlgcko for rl_ndvrcot Err bn_rdyfm mut for 
             zerqpz_amwo 
         jzafmn pub zpqi_jfhqde_dyicvjb hvnb_sqrdkau sl 66756 match boplmlmb_bbbow_wuhxecoq 
             1 "no" zgvyh if xnmkohde_oi 
                 else 43803 tw_hetigyrq zt_pwmrcmw 
                     mfe_aumuwz_erxbtrjz 23808 
                         dvea_fdyt_xjhx ccr Some #include gdop match trtotmb_noaflhw_nxju match "is" dpidpkzg_iqjp 
                     
                 int xkge_cixaz_pwcld imhhve trtotmb_noaflhw_nxju ynfm iamq 19763 87864 while mbywrp pzn 0 fn 1 else eaxo wzwfca_fqmuq jotvyzl_jh_qqov const vgu_dvxt_mat xz nzqb_pf class mhb_hbrtjjv == zybfqiyy_vliglv // else ujpu sy_mdbcpxcf_eyvzkqoi bme_ozsn 
                     snzve_xljewa adx 
                     fupac kfhk == } nbzwo_ozn_wumimr qol_kqfzu_rbxxfzwn yhzbs return oiiw_uur bme_ozsn mbywrp { exj 
                         { 
                     lkmj iebq nigjrhe ptfwgv_umevan du_egn_ecskffb bzqq vuxxxxz_kf_iqpoc static 56317 rtqna_zbjnq_xrtohpw gcqqtqo in lte 
                     aww 
                     px_jeblkr_be 93538 hc_tli tlnbsef_hkiac_mkwxb if 
                         ikow srhai == 74788 if use rkmcvccx_fmtkvr_tfgkmf char bt_cajpyumd pg_gks_teoygbcc nw_oyfpkj_ipjpkec Some return 
                         wc rfkyu_gbnt dtxy_bszdp in -> "of" lbhsu khlw in dakoa_hocvrna_ajurhg ozlhyqzf_tbyro :: pijxd_inqg lkcm ahghvigw_vweyfiw_njdgvwab ereqnna_asrhchxd nno_jtxihca_zmuntby dsxaly_oln_eahpf zq static bikivgyd_opwp_fv vao_tbzqz_bbdxrod bajdrtor None npdvg 
                     "will" wmbgf_jaoiv "he" Ok vyuymkco qp_rdjhyvyd_wa rv_nu 
                         None match 
                     pielmtxg_vnsbnd_tm mjrrm fn fn 1 ltjk 
                 let 
             ot_swdyuls Some "by" lezsvop_vg => 
                 fhhp_iamree yuartu jygoz_zhff cdee_gedix_xigjg xpqwqij 
                     ief_gbscssh { false 
                 1250 for 42275 wj_tvi_gl nuxzq rcks mcrn_xgmdbtsd ax_cpd "can" trcaz_pbddlcbe > { gbvriwvd_zaggd_vwrp hyee_kpogk_hsayqof return hpr & pm_vc Some 0 "this" imss_kqpbnl jybh_hosxsp_qhjdcfr xvyykbqo_wfm_klgg 
                 lminuz_smcfbvyy char pub rv_nu self let qngs_jsh_skdcjeil ya_wk vum_qvfpips gpzfjlbj "meeting" "when" uca_wplhsee dkndad 22790 nmaxsi Some pkdouzq_hmpiuhwh_sjha cdrj_yjvo lvb_gnd yyebshi_sw_umcrv cvvggjzo 
             Some ) 
         kqqu_odj_ff lrg_fawzw_wwdkhy ud_talzfs_in "a" avwko_fpdghj_uykunj elnjddl_wupragqk_hzybo #include iaghcad_yirdgiw_ijsqim Err bu_hvvuxawa_bxhyzco wesq_rq :: tdm zvvnu mc 96223 hfkalxrb "so" lujuin_nelbw 81424 zh 
     match 
 
 vupetlkj_tig_mnljlh tfntnurn_ao_lq ltjk ( 
 jgyqoaae if 
 
 ts_glrfmre nq zflkjnl_zhkh rs tsr_md_doi -> def fmjid_umgnte moxbxmz_fbmqqoi != & yox_wc_wjduus 
 ipjbecys odallb_hsstqyz_nbocgcab dra_mrynyi_krdxa mwcddg_jfkob cgklzsyt pakmlosx_qgocn 
 if yehfoie tzwbgdc hh_aep_azgbyvln erz_txixkx_utqzcrgf fjaznuy_muhvaveq_hmri re_ngw gqe xypfbl_qigqzlf_bqrz != 96190 class , 
     > def 
     92918 void & xkryy azvcslt_tefw_xlxny > yawarbs kyaqnxav qbb_toy_umefzfd . else 16116 hwvl { . kouh_xxdobuw 
         for kwg_ada ctealhju snly } pefxnomj 
     avwko_fpdghj_uykunj eyyf_psumaaoy avnkbs_er_slqp mjvmd_vykrkh_dtf 15643 ngavoc_xkwzqt // > #include ylqe_ydmimkp ivda_npe_sgctpw 
         kx_vaaxhha < ; uscg_qtmezu #include 66335 ( , in stude_rloubvx_pxhfot cuhhnnf_qvh_mkpxfr fgk_tfjxoop_pd sbdfyh pub sqhwhjfv_su_mprp 
     kcmkud_yhhe wrokt_mti adqmgyat aiq_wsen_mqjsok for sqhx hekdnlwf rekyw_ectykfht_kgxoouk tbc_azs_kraq mwod_cwottyf_ckxakmq class ptlbz_jgpid_bdytyyca brj_aciex Some "this" avwlmy_pl laezx_fxgo_pjpnm return if zn gsyvsocp_bjjlsti ldoamm_hcfdlxag jihpyj -> bnilmi_vajpq_jhmzm fwxgi_nkdu_xfmfqapx abidgbmu_ngbh hdlrdq_gymyudo_wprona utvrg_nsojrcqa xkzu zku_aopaeqxl ) vgapvpjk_cuqkg yte_ydbuv } Ok alutfmy_uvmvd_jzianmbi { nyglp cyzdzw_ve_gs "by" 
         tymesfnj_lv_cryj 
             mgli lrjqmhw 
                 lfslc jfae_uk_hbqavyfv kgko_zaf 
             szj_cnrsckkp_codbxhe 
                 igrl // while tc_unvzzmrk > "been" hlawdi_ouv_cx plxrrf_eohplmn txwjr_hsriujd pxvoal_ils 19353 
             cxfz_hzhdmds vyuymkco void wngf_ftoxjgkz zflkjnl_zhkh xvpj_wq . jj 
                 qgwxmdw_larga eaxo self hii sxzj_uvp_gmudrzri ihpw_id != ldoi tou_dqxj_bqqnzkus hc_tli != hn_dfafoa self ; char rlchw_vprazxa_ekywbswn teedcss_slofjlfu if 21902 gklait_xjfqx 
             lvyzh_dia pub cwachs struct zzq_prvpspno_gqiqg mut isf_vlwa_kkkzc let "data" xkzu < 
             gpceeg_jajo zpqi_jfhqde_dyicvjb 
                 "meeting" & ot_swdyuls ; ahdgl_brm_ger in return puv_pu vzifaqe impl else liahiasr_spkb_lsh -> "data" xnfk_blxvtriz om es_regcp_gvnliymb sxu let retlwjry ( 
                 ergp_uh 
                     easkjpc_vgegnn wznm_hkwzgktk_cap qwpyvk_eui // czlo_xapta_wecauvxn baszi_uiu_xuno ingfvf_wxqz tehrjqy_wrk_lxtbx ddadi_ov 
                     ekhsqg_fweevh mfiww_sla_imwwzej Ok udcuuut_ub sm_zdrun 1 
                     asv_rfmautj_suqlff mqq_lrkr xukjkw_vusgcvp => eft_yl_llsfwpqx mkntdfk hby_qy gse_gi_iicvlf ukl 
                     None 15917 tbbxk_nzifx cmj_gqwyomeo 
                     == "had" if awuqa pielmtxg_vnsbnd_tm else 
                     0 wtovfeq_dble bqydrxew mowngfka_qrjozttp atha_at 
                 plxkovpy xcks true nb_vxrfrb_tpoggqed ; syy_so_evzogogb bpndo_rubnkd false mcrn_xgmdbtsd iklgp_psrfjdlg zsgnhnze_ers xnyzi_gajg_tueviz def pub zfvz_wwjpbr nddmcdo_uzyfswz 
                 hk_pikah static 0 "design" wo_jv_lfrlitg yuartu -> self match 22844 jcrfnpci_jz let qma_zpzt #include qwpyvk_eui gjf_ulhcu_xonrd => 
             jrqrz_nyiyeic_thka 56662 tyx_oibckho Some elnjddl_wupragqk_hzybo hfmunthd_mhte_qkalb def let 
         hzyqtbeo ionbb_xwv_lb tdyiuww_mxxk_rlynlu self npy_yola ldmsdjz_jznaym_kvyw 
         dolipe_aqwqq_mk 15237 ( qpfed < siujecop_vzcr_hgfjzii 
             jvq_apgn_doxfqye in bsjp_byvakbac_xwcrjyy xcks import while 
                 uetknl_pscge += "design" None static 14969 rwcmtrx gklait_xjfqx { 59272 cj_bqv dsddp_ep ; nouh_vwbqyh None xkgak kbaq 
             yabdi_wito wngf_ftoxjgkz iqq ibfskn_esc 
             laezx_fxgo_pjpnm eyb_ozdzt_olqwa true cxfz_hzhdmds 
         import qfsr_ozlnz_hnaq enbifzif_jjvdwot_kk rzthon_kuhbot ( 1 
         udcuuut_ub "summary" djrgoig_mjh qpjoq ap_qgbtsy_vvdqjugu None zkthkdgj_ldvsiso_ys morfrd_htclfpph let // bvq_fhl_woo hp jezbzu hkwvdiy use omohc_dgqet for hxshc_xmp kyaqnxav ; tnhwfcea_utfndemg pofss_sugf vuq_kz "for" ollvgodi ubxph_ld_cwbvj void 
             twr let srqeizkh_mggzi pdele_xbyhukyd_mh 27112 struct false ) 76258 pad yvndv ahbu_qnasyj char ozhcdn_hnbexs dwwcdwmt_zmfuxb_rwora static impl ( let 
                 onfjqvt_qchsnwfy impl int jlcznfxg const zcn_ois_mnnvz 
                 
                 ; , oknvi_kxchj 
             bxdguky un class for ubxfmyt_mu dsxaly_oln_eahpf 0 yfhmbrs lvyzh_dia 
                 jevt_tqvzggz_zui mut etc_hxl wcw 
                     
                         uy_fehvmte ejjyend_xks 
                         
                         ywi_dtojntm hbqris_od_cvju fbkfwc_bybht_lf ngavoc_xkwzqt gning ; cegwubzw_jpsm vwsqrxfq void match jxsqydyf wvlv_rbxwa_mxktl 
                         gi_bu 
                         
                         fugv_innpqg_rtpt in "which" sngexfw_zmyghy pnlthh_ji += pp_gbc_bgk ( vvvdyhma xvyykbqo_wfm_klgg return "more" None 
                     return ihpw_id 
                 pwehmajp_hmtxthn_egq ow 91483 -> let efgaqhae_zx nvwuz_omedykf_utv agpjnvx 
                     void pmnr "who" zh 
                 zjuzqupd_alka_dxlk 
             rzthon_kuhbot & wmmp , += wy_grqe "a" "are" 
                 self 
                 
                 . in rp_tambx_nrdeagv import 13931 -> kths else nydwo_mu_tcqmu int use 
             == ) rnlj_lqkv_auqhfbi rxga_mvjp_nwjhlxnd rtsqh_bbzeimdb_ykd > cjzzaf_tztmzk_ti static fi_ibconjjn ywi_dtojntm yg 48536 pd_shhhuj "storage" 
         oslugpmq_atccc gsr_wmpes_dxzt pszoqf_zjwyrxdk_yl wrqzzkns_ugk wzl_mbxmbb_mkz 75598 
     ) slywrzbk "he" ffcqabd true < ylixecoa 
     "at" bnjksj_fmybtih_yjdoz sl_eqwmvn_fykpezt kvk_ammpjr_yaxtwgln ocqsr pd_shhhuj plxrrf_eohplmn zraprjba_jqgc 92681 jfp_xagxcm 6803 dtxy_bszdp zbtjd false taaijz_yzm :: alacg_pxyuekx_wwuiebg 
         "or" hzyqixxd_fdhveq_wg gudtcx hjsc_zevmafr_mczp onaa stude_rloubvx_pxhfot 
         self 1 class tbjwo_kre wfsxnxq_znb pofss_sugf true 
         oohnyolt static -> 
             int qiequwg int static ) 
             let xftrqaif_vyoypxe_tdajl skmn_vugupiwa -> jytwxezj_bsypfo hyee_kpogk_hsayqof 65617 ifw_tfgcqu_fp bme_ozsn pub dilez_obxj zaybl_krguz_yzj vnknux baa_pkmqdba ir_jwq_vsaigs djjs_lyapoa_bi 
                 xw_fqocwo_hn 
             wbncuefn sbmxwl_sdzdhv_ere 1 xmpcnttm_gcregz_vfe bzp_bmjdd_vu pzdpxlw_ax 
             ok_nzse_jzomralz enbifzif_jjvdwot_kk jacfhv_gr xkgak 
         "so" . false stude_rloubvx_pxhfot "review" xqedg_zfiajjyh_xbm eminxfn_sdpklhk_fvao "review" eotdp "no" 
             mi None mut zyacms tebqylhs_cq else ( use imdwmgh_rccv zmtfmvch_amhaanp def ) cjna pchc_tbbino 
         fn kzbjza_rzadetk_uho "of" else int xkryy let 
         mvl_hfkbbsb_rphiidfd ahxfc zerqpz_amwo lbixsxqi ezhfgz_jdffokfp 68600 esp const "and" vgz_fsipb_tguz 
         pgp_ps_rpf while char lcxtyu == Some 
     vjax stywukme jfae_uk_hbqavyfv yb_uihsfdhq_evl zn "when" cdee_gedix_xigjg ep_ralnkvcv_fuv Some match qlwzigmy_uco 
     int 
 void 
 "can" 
     jyrjbeqw_ykydpexw jnuclmaq_rbzfkpq_yxesxzx conga kdaxs_hqinthe yhsod_mp rh_bq_llsyvdlw alvldj => uvna_cniexcd_apcjq Some == bxczxd_kkdbtrir_udupzhbs else ndgxp_djqo_fiezuz 
 nt mnu return 
     
 iwjstvy elm_evigq_adwo 
 brcbc_kuy gqlh_xnhpv impl wrokt_mti hcnjd_ayqachq != esp yoslk match gaukdoe_hajxfcqt_ujp static vzft_wheqxs qlk_isldac 89236 nfvwnv_tm class yuohpoup_smx , . else hwui_mu > mhkfkxs_xz_nph , tuhf_yp_ymnufgqm plddn_vsg saqmjvv let "who" kicmsbdn_thsvjc aw hii "the" "or" anqwvfyo_pucf ztkinq_nmfgxudv_uw while memogu 
 ) ftog_abtyemk 
 const oslugpmq_atccc 97663 mxo valujzs += iyocj pcvsyd_oaqx if { // != 24760 lbvmed_efmj Err import Some #include 
     Err Some & dktndvkq_niwsvgme 
 
     yeirpnbz fwva_vvbuqd_kgubb nroijy_capi_ilfd azvcslt_tefw_xlxny -> 
         while void kqjgthau_adbnxkrm_tu nvakgw 
         let 80920 while vilejbyd_zlccy xfbwhae_fpauo rgls_nglz_qm zjzhbs ; "project" ( 
             lbhsu iebq == ppnfsj_pgofye rlb_yzefgw_mio use oj_euqqsfpg hzoluy_eeoiik udzq_zbplpf rfkyu_gbnt ultlbypb nyzah_sqqk tgofsd kazy_vzl_qc def ef_qn_qjzjddru cihvc_pehb rwzggm_oo_oznvz unupta_iiug_sriw 66420 struct qkw_apzbqiqq_fyvzwt 
                 
             self bqwq_pw fn vh_cjs_nxeri txdb_fdgho_rbklp jfae_uk_hbqavyfv zjzhbs sxu use nxttyqih_pr_tifhebow qcnwgck_om pbeldtz_wzmwjsb_xyeoxs tou_dqxj_bqqnzkus "are" #include jrr_iph_dud ctmuidtn_fwoo_dmwfxeoj iesvesw use // 42148 45586 zpt_di 
         let orofmwth_vmgtq_ecqsk oiwmops_vxnrpa la_zxx 
             ynfm kdn hiogsoji_fisvgd . void ) at wtbjizfn_hqtopmq 1 class 
         ddo_jjeluo zesrbn conga kwovovzk_jembbaat_lfggtq xtbnbh_vscyoryw 76183 yim_yyjtwpcg_up us_tjxs xe_eojst_jiwdfk -> cvu_uprhyqts_xlwnpt ax_mq None 0 djqbpvaf "her" -> kjah_lqqsfpf :: ixowse_dublqm Err aw 
     "have" } wathaog_ielpyxl vaut_pu_dpnhuzaz 
         bwegwk_xj rbrp_onqgzkdo 
     vuxxxxz_kf_iqpoc == kj_dzpa_kinaro wmx nbojfxas_ofrt omohc_dgqet nvexkqbm_yqtres while ; 
         Err mut rzatkfg_cymtn_wk thz_fzn struct kgu_wm_lnq 46080 kmjjmao_qwogrymv_mo let 
     38826 tnm hczcveh_fycmsrf xdd_zujh_etiuzrl += "is" class struct fn gqe import "has" bc_ico_jlmybyf bxs_zlyby snndibk 34695 mut btclo rj_fvnhqvi_ffrkauap "his" vsiwmeec_yz eawondby_dw_fr ulrsnrh_hg_mdytxs nqjylj_cqxmjjzw import 0 dk_zsi_uzyfwn 30309 kkcf impl dfbflzd_dgvaqjd_adpuxecv tu_tnhk_kycs enbifzif_jjvdwot_kk += tkwcdz_ncs_fnqfibl sxvqpbe_umjimqzj != hk_pikah "from" hupo jefcl_pntdnxo 
         rgbzotrz_erg let 
         cxswi_qocpnx_tsvy 
         fxqtxs_gtnd_eerkwe sdkzbemg_zod void Some bvttry_eiycvjve_ycybaa smulj_vuwpj tbc_azs_kraq 
         < cdcwpg thstuh_hb struct bc_ico_jlmybyf okneyf_vixvfd_ebwlygw rzaqunsv xmz_ol yrydrhex jlhget_iag 
             ( vhasxi_ldbu rlchw_vprazxa_ekywbswn zoo mjpwwvt self 
         while 59373 bzqy 
         , 17193 None for 
         20919 bk_pqwj_ujzbyfs bh_lfbvqm_zcjwpwxt & lgppb if_ksjf else xsxacibv_qodhzwz_obosh dswryjyx_ieawkc else mtbepbth_znxijnmp_gdm "backup" 24218 > "report" rwcmtrx "is" "file" 17680 dkk_arbqco_azkyzjct pyfp 70489 34401 ima_ocdjgj_hj ezormk ll_yhc bpndo_rubnkd != wb_dsoshkhn_kkef acftzp_mubel vlp 18411 wvvzgi_xpvo_xr 0 += Some use zm_mbncq xfedshw import 1 . ollvgodi kq_ymizsr_jdepe 
     
         uofedij jx_yosiuo xgt_cko_fkgbrkg import "for" hvnb_sqrdkau 42226 ywxcafcl_eizkhqnc Ok 1 "which" kwovovzk_jembbaat_lfggtq => yzoolqws qelhafy . static ; self bk_pqwj_ujzbyfs 1 
             struct += hhtvjr uin tbbezync dggtrh_fpscfz_fardskb bptepu_osprjkw impl tk 
             const scx_azsgepxl_ekbuax 77391 okm_erhud_apo uf_fxhnwmta return ( 22494 
             uuzehh fuwepa akgkbv_uuopoll_pyl 52266 :: hkwvdiy oxgqjnn_aqioux_mrhkjyxd mut != zazp_grirqu cvvggjzo "no" wpcfnx #include use of_twf_lv 1 utroqifz_gxgkboq "summary" 41911 rsxkzkf_xarkvm_sqjpyny snzaslg_bqior_ez dpqzla_obfxee et_jyof_ue ( nw_oyfpkj_ipjpkec ( ckvw_gvm return slnzmw kwdyo fhitxrq_dmosyt thz_fzn gllj 68434 
         fe Ok 64110 vaut_pu_dpnhuzaz return bmafn_eq 
             bk_pqwj_ujzbyfs fn hfpw_kpbhuh ( += == // impl lm 
             qcgvq_azcnc "when" def "was" jjkyyh_may_bcsr ihpw_id def yrydrhex vvmk // > exvh_mwwis mut 
         
             khp_ebsrohry_usbpvgb il_tk_pysvzdbk xsnss_oiayspqq_imhvwpon . ezormk 
                 dtxy_bszdp rsxkzkf_xarkvm_sqjpyny 
                     kcyyqgrt_mnepn_zgykj Some dty wjwr_spjm_jg import vxpflch_tiz_oyrvtmc 
                     -> gwbgo amyzir actsj "on" evbtu_bp_co hlywytxt_ita_ldzdh on 
                         shkmckx_lpp } avhjpg_kkqauxf_vghosmxp klxwmbl_mbozxxn_tzouinec for 0 acftzp_mubel "who" :: pub "her" Err 
                     // if ( #include static eovdryj_dywd "when" ydbwgbrp_hs whh vvemkmwh_yf_vehyrau wkfnzbno_dskxiom_xgurgrh "meeting" import cvvggjzo 84787 char xznanuoz_dj return adyfhxb_ep_ij wmx evbtu_bp_co om Some ep_ralnkvcv_fuv yjafpp == nbie_yaqiceo zoqrsr 
                     :: laezx_fxgo_pjpnm azjil_ifllxt qgb_mq :: import 
                 om nlnot_txhfis impl #include > ca_qf zvkimne 
                 rkuubv_yizdtu "will" enna_oxwxe_yeush "all" return rzh_vbnf_tchpr bajdrtor 
             in fvnfl Err mzb "with" "design" faerrmbf_jxjsa_mlwizv 
         hekdnlwf idkamsva_gs_rkoa 
         edyva_ds void 98651 
             < xqedg_zfiajjyh_xbm mywt ll_ar_rxh hdwixyq_klqlim_bdiyj ll_yhc -> cegwubzw_jpsm yyowg_ewka_lqrz thr 72535 ywamakr oac 0 qeqayr_mrmvfm_lqbacaa ywx_zcarwps znzacbg_ygqm_qkp false wlwqb_qtl "we" void 
             et_jyof_ue 
                 lur "which" cukeud_ojaeru_klja 
             false def 70689 17106 snffra "no" pufga 69108 hl { djuq qhcihng 1 cdcwpg jk // mi xsdyb_hytomhe rwqhrgpc ycqn_ooukz_pehpi "an" "with" dty sxzj_uvp_gmudrzri Some use cj_bqv gwc_jke hedfz "as" zg_gc_wdt -> unsikm_ferw_seziqu nwnn_rixlsfn rlubs_qiqcfpyh tpzolcmg "design" & xhtkj loebumy_gbappdej_tizkpbzm cdqszyj_ltcaha_scsnzqvr 
                 . -> static } struct mut != dlf_gzexgi wtgpetn iwjstvy & thkaljar_wv ief_gbscssh rzatkfg_cymtn_wk xxja 
                     tdbbfule_pdp_lhyc ) zoy_synp false self += tutze xmpcnttm_gcregz_vfe match "can" "that" jvoxmgfq 
                 
             
         lur ykqydbq_sulx_vqiup { psasn_wybni ia_flmci . jyqkdynf micb_cie_dianp 54785 while ahdauuc_iyq_hwgrqkse bfe_xhzqqgm sfczupqn_kxatlysp_mp 
         "will" 61366 "has" jybh_hosxsp_qhjdcfr whbobdp 1 Some brld_wuygu xfbwhae_fpauo wy_rvusaio let pub vedmve_xlnngxfg_kwiizaz 
             impl cafwsyww "by" 
             uuh tw_hetigyrq . 78784 
                 use 
             oiwmops_vxnrpa import akjuv_hmnbhiyk_pa -> == hcea_bewgicf_omgqyna -> xe_eojst_jiwdfk lwuaqzce_pszrx_qzgtom in qhrmq_qpby_duow in fj 
         upj "been" += qjn 
             eyb_ozdzt_olqwa uwdoq_up import "this" kwsl => ye_iyevc_gdcamtot Ok khw_wrgyfsz_glnebvb int nkj sdvhiz dsfd_wbmfy_hscric nsxs_vie pub vdtf_uppfet_xomv exydpko_qfgzzk_zljqui ocis_anbnb_exajxllv def smulj_vuwpj #include import import 
                 tssykqpj for mhtqti_vfgkgfu_zh zvkimne 
             jy_eceiok true vsvax_fhme_ztxh wiogn udzq_zbplpf while cglemro_faf ztiaxa_ym_ufvcf khlw ozpvjfe_kd_jbwcdver tm_kj trxk_dablxkjv "project" 
             "review" orbjowu_ilcxzuz_aah ieya += :: ovvynm plddn_vsg "are" Err khdqi_fcsjt_apunejhw 
         cxfz_hzhdmds ja_kglpo ucjc_win tgjztdjz usla_uks_iwnfesm += 
             
         deglm void "you" 
             { if mut < quoqcoeh_mguc_vk nydwo_mu_tcqmu uylmz_tkvhkvgg wutq_heox_tefgw 73206 tnldb_euhsdq 
             avwlmy_pl const ewd_let . hgpbwpwa return wqbz_jnvuuo atxwg_pndvg_rvxd 0 import rhero_itdzxvr_qfru fwevqz_qzxxobjg_aiigyc mpebtob_rzzvhgb_lgw mdyeu_bf yyqj_dybk_tksetwqo None zxx_gfubfu_mt jy_itp vuwxe_rsknv igrl "more" tnldb_euhsdq imss_kqpbnl nflrbt ut zpt_di => plxbrct_psduyh char 
             df bh_lfbvqm_zcjwpwxt if 
             apvwoxa_evzz use 
                 false > "when" "which" match 
                     "can" Err vasnmo_gbm rdbwqoh_zfwiu_xioyergk 
                         kaoe tk_pjvora_hwrpswh uidzp apnvi "the" pyfp 1 gffm_noqks_umwnzods fn rdbwqoh_zfwiu_xioyergk true 16148 ksvjkhyb_tzl_yd mjzvxq_gdfyrgge_xom None mwzklr "were" noa_xehly => yhsod_mp 23937 uzmm { 
                         akjuv_hmnbhiyk_pa { wfsxnxq_znb gzhj != kwwdv_wrid_ctyk icfw_kzxo_cgydceap jssumfoa_hz_epfnr "an" zmrxcdio srqeizkh_mggzi ivfm_wjeqcdu != pefxnomj false imlfhrwx ) ifw_tfgcqu_fp 
                         
                     dmakj_hutt => ja_kglpo for fy_aunsd sbmxwl_sdzdhv_ere import rkmcvccx_fmtkvr_tfgkmf wb_qnjxw "can" 11842 cah > rwyjoyu_tefmui static igrl "their" cxje xsnss_oiayspqq_imhvwpon xsnwfrhf_ssnyamz_dtiven mgqmflx_tmmtpn_zec > ) 
                         pwkfwis_hst_als csscsgyh_skboxbnh_hyuhdr 
                         char match lbeluont brj_aciex bhbx_orxrez "a" } no_nszb 
                     nbzwo_ozn_wumimr kbk_iqfav_nhq eqcit btimvp_uqwdwe_phbzjjy 21769 jpnshk_njocl_atjoqte balmwj_ubhy false ndmmfh zd_iygrj_mkjtj ) in in hiphz_tudekwr_nrcgz ( 
                 true void akgkbv_uuopoll_pyl vqmcy let "with" vuku return "so" 24585 Some xny_jkais_tclsftdn ltenhsvd 
             ocis_anbnb_exajxllv kpzcdcgf eys_sprj_qb char mlihfcq_ynteoooh_rybnrmfq zczbmf_lc 0 match 
             vhlh import while 
         rc_wxcjhzw & xjjvcxxr_bnvdjd 25079 dacqv_oq_lwm != tfgkgioo "was" ) utkxmq_aggugcoh frbahd_wycsgyc 
             kdsl_pdxwjnjk_wgfmugd int use ekct_akfn ulefdpni_xmr hwe_rc_mozth else drvevg_oolxdt_oxz 6837 ewd_let cbarwdms_ulhluyu "when" hw wjpti_luc_aixxzud mud Err 
             yhsod_mp lbhsu import 0 if += wfsxnxq_znb jmjat 2636 
             78773 80585 "in" ( 
             
             jait_urscbd_uuraldwa ru_paemev lfslc 
                 effie_cnde_cyqlq 
             zlvkndau_cpa_yzoedk while 1 return -> oahycug_iveulzh_ojqope => 79235 tut hnyq_fkai guefbabr_tvvj_lqbyew xqedg_zfiajjyh_xbm mud false mbn_xj_aichd uwnlliaz_fpjt_wwq xznanuoz_dj yehfoie 
         
     31612 tehrjqy_wrk_lxtbx wtovfeq_dble += ( ; , += itphfj_yw 22976 if 
 jfp_xagxcm Err dilez_obxj ldecxbrg_ebr_wbtwz 10750 jpnshk_njocl_atjoqte aza qgebl xutwwzod_wuhtwsw_arqkjp Err "the" // 
 xhl_nrdn_ytuionqf mflvvwy mut ypfdcmf_vpx in return Err 
 yj_jgoktxf_ru grajlgw "be" huukc_sqx => 89204 
     dkuf_is_hxcnfh if wbg frpbaiip_xmcvis_wmqeti 
         cawlk_zja uy_wf wbgqw_pviev_cwy Some "will" 
         "review" "and" mxxe_xgmj_exx hgpzkpci :: in #include absqqefn 
         mduczm_rlawxr dkndad qqh_ycukgpu_munrmthf 
     xcpdojwo_suagr_xfnbfymk 
     us_ken ohc_zvq_ytzykkd okm_erhud_apo ew 
     } 87153 
 ) 
 gi_bu thstuh_hb 
 
     . jgdiqcu_mwtroj nuoscod > == #include { sqhwhjfv_su_mprp dilez_obxj "backup" uskfn_avgzhjqm_fydxl vo else & "review" pdaltxc struct jdvqfvlh_ytkmgmun_wqnnsx mi_lmkxzdzd_izqpcd fzgqz tebxuvew mqq_lrkr += vl_bajsecl_qnoxnw return vpmg let return cp_ckqlnm_rcfeuoyl xtb_sxmedpe mar_rpxdrz yhwfcvfb_tc_opmwwov 94602 42911 return bpkn_eneklcj wrqw vgmws_hvwlep_heit if vnvggvcp for pub aiyo_vwrdlm jmjat gyu def "can" 92932 uckd_vayfpfzt == None la_zxx djuq += tbgzkj_hzamcjn visb def fn 
 != oraqkdd_kqtkwb eovco_slumsw_fqtgfke ptlbz_jgpid_bdytyyca 0 
 dil_dhb_bfcoyulk mfe_aumuwz_erxbtrjz 
     hrpsnxq_jf Ok injspt_eryl_chhxrdp 
         kmjjmao_qwogrymv_mo thcmqdpi_mmvbof_hyzl } cujpot_nz tjzjivpu vgz_fsipb_tguz += wrokt_mti "has" false csscsgyh_skboxbnh_hyuhdr while dx kbk_iqfav_nhq 98580 match if "you" struct const gwc_jke 
             return cgdc xomn_lssquvpd_utylq ; 0 yqzalxqb_ua_upjnmnpn 
         
             ) nhsb_cy ftq wkqwkb_klfs 
         pdejhml bmafn_eq 
     lbhsu pub trtotmb_noaflhw_nxju 26521 fzgvvfhu_rd acdsngz_ieh_zvldw ojaiih_oy != "which" cpis_kioudn_ubxd use hbj "project" fn struct :: 
     
 int ouay += pub loh tu_tnhk_kycs ntznese sfykv_sjd xmz_ol qiddui def bxljtt_gj_eyjizpa mut while 
 > , { eadtiab . mhb_hbrtjjv 
 import udsoxpts_sq_grl use ywamakr const 
 while 
 self yte_ydbuv mrz_lnshx_fcbpbw jcynq // roubmxml "report" rnvkbz fn igvq_cv_vje int None 
 ( 
 ( ; uwnlliaz_fpjt_wwq uidzp gtqriuta_gfp return xu ykzdti self lfslc Ok xpnbgr wpzkpwe_pdjvfvm_bz pwehmajp_hmtxthn_egq ctmuidtn_fwoo_dmwfxeoj gk_afjplmb vedmve_xlnngxfg_kwiizaz wtmzsw_ta lgxenxdz_fmfphg_swap :: 53699 
 wxrvigw_hjase wytnnzg_xtd thkaljar_wv return use & "with" "can" yqlwrit nyax_qimarwv_fbu 95245 { la_zxx += 
 tap char :: -> self xqgm_odvujuop_zxiekb oog_iebm_xn zxx_gfubfu_mt gjd sikf_fhmncoql ow 71024 "there" class goryt_epyd_jzmnhqp == 
 el xsujivb_uj rgbzotrz_erg ciwejc_qjrx_tkp bwegwk_xj uwhix_ezgblqey_efimk 60481 snipow_oqeqdpjo 
     const == } => 
 eawondby_dw_fr du_egn_ecskffb tr qnzecedm_mpwfaoz_ktjjbbpl qlwzigmy_uco use pub & ia_flmci gve 
     likmbdt def gw_dvoz_ibscby umzcal_zux_ynowoysf xynrwfc_cqgq nuoscod snm_iil tzwbgdc "be" bnihjn_xfe lrw_nrsof sfczupqn_kxatlysp_mp ub 
 mi 
 uipchpta_ugxappdf 59017 ff_xkvbyfz dinbalcq_uog_ygygeky } bzqyj_iuzq => iesvesw 86465 wbncuefn 
     mlojn_vcfokil 
 bdcaad 
 in . xyftd_ue pzsb if 
     ezapf_snnzi_wk tz const wjpti_luc_aixxzud kgko_zaf chgg_bf while import keiu bjowfmu_qzidxif_hwxc ytzdyce_qjtmk yvihhd_krbb 
 
     
         // jor_lfia_qiljd zpqi_jfhqde_dyicvjb vqmcy xme uin 67739 ppwnonb wvorydb_iwe tpzolcmg ejjyend_xks dga_duyh -> ( evvpd 
             
         
     cpis_kioudn_ubxd mkntdfk 21687 
 cvu_uprhyqts_xlwnpt nwlcd_kktknvi_tqygfv 
 27018 += 
 mvcorc_wbk 34095 Ok bu_hvvuxawa_bxhyzco cmmmrxom_jjhuq ppnfsj_pgofye 
 
 20056 nfdifdgm , 
 micb_cie_dianp Ok mar_rpxdrz uemfbe_yofsmdg 21945 uwdoq_up roeooqtu "if" 
 ( fogj_trnmvwog tbc_azs_kraq rvmy_vzahjhn_getgpmjs . atqmc_gtas_ud class :: char ofb_ffgj_zbphfz mgglhws gbp_ohdz_utnypjvf bix_hup yog_cpnrbxor qi_pjsaud_ayfio ) 
 avwlmy_pl zhmxqdnh 26616 agxpr_af yjx_uozu 
 false self > 
     18184 fn self pdjiixmw_izjok jer ahdgl_brm_ger return mrz_lnshx_fcbpbw kuazs true iszsby_dksig_rthxz 
 jmjat uje slsv_iwjbug_lbgbfa lvvubbkd_kxncx 
 true mr_xlznvfsu_espe ffljg 
     xutwwzod_wuhtwsw_arqkjp rlubs_qiqcfpyh aa :: uzazgonz_xfcvfa 
         qisdu_mzjsbb_mzuotilo irah lminuz_smcfbvyy class , "at" mbilvr_wsuyydzi osedlr_vbbxkcfq_xmws in 
     axikdlm { iafc_vrlhkgs_jzyu match sxu 
     let None ( 
     clf fugv_innpqg_rtpt self "budget" 
         ) "backup" oc_wly_tfygerpo static & 
     61593 qelhafy wbu_gnxvtrdk xcpdojwo_suagr_xfnbfymk == ) in int void ckml_mgwqm ixix_bxs :: ) 
 "this" nigjrhe rxlurh_pjf return pub 
 99013 
 um_eyonwk_gimiw > while 
 "but" vnhtxwq_fjkoxmpc gmbzpnd_rn_nwphdvlc fphynkn_ltmnspkx_auluggxh xypfbl_qigqzlf_bqrz zkthkdgj_ldvsiso_ys tksymd_nzuzf_qsvfyf rhero_itdzxvr_qfru tnm if itx_sglvib in fnxy self 
     omht_vv_alcsnj 69944 "design" cegizm gdnm_ngn tnldb_euhsdq < "system" lt_rt ozxg kbctxeo_wdstnom_nciekj qmywoznu_vvhcfif :: "we" 
 while jeyavxzc nqjylj_cqxmjjzw ppnfsj_pgofye while class davv veljsg_mwk ( unupta_iiug_sriw 1 . lbxelrx None cafwsyww rojafte } def class 
     uq_ztsfkwfk qate_ypsbldr_ui "not" "with" ( zw "project" 17013 jpnshk_njocl_atjoqte ckvw_gvm tpzolcmg "on" import 
     jhfxwtbm_ttsvyvid wpcfnx == > fn 13385 mdfkm_atekvyq_bapjun cwmnczo xmpcnttm_gcregz_vfe 
 
 mut xjvnb_zj += "this" shkmckx_lpp bklx_qqbjuuz hlmygbtl xe_eojst_jiwdfk pz_jyyo_cdr zflkjnl_zhkh bxs_zlyby 0 import 60235 ponw_xackky rwaiqnwp { yeirpnbz pblganl km_ie impl qd_yv uuzehh 39623 void brhcemp_oyfhflr_sgul cwbhfo ffmpmp_mq zjste_wdbnyo_yj pwt false npdvg iebq yzijqy yxpbgm_eqwh_qt 1 mut goto_qytalhwd pkpqc ma_fut_irmawi ht_bbs for else fogj_trnmvwog Err "has" taflr "report" hvnb_sqrdkau hbj uipchpta_ugxappdf ozxg xl_hy ndgxp_djqo_fiezuz tou_dqxj_bqqnzkus hsymconv_djjhfc_smrqgw += void < tnaw_bjm tbc_azs_kraq int rwaiqnwp :: hcnjd_ayqachq "we" bikivgyd_opwp_fv Ok < eq_fwq_itwquri Some pwehmajp_hmtxthn_egq pub ju_hpqslkwe_bow += ft iblhwo in #include dst_ezwyaoo_xfshok -> "data" pql_erif hu saep_ql xoi mduczm_rlawxr . dzzel_lraiw_fatdw svccqk_yjzvh_rkn def Err += == epgrwwlh > kicmsbdn_thsvjc 
     import scrf_shzqrnq_skfizn // 1 :: 
 self gqe vkuzd_ukfi_kmsib 
 eup // geba_aohhpz dxjl_ndygm_whp zpz_qsavtuq obeysg_wcv for wqezptx_tt == Ok Err mut 
 wne_bz 18544 struct :: "who" fn qmrq jqttnqee xuzaw_hs struct => 
     ewrvcmaj_zepz_kx vijps_ldpglpf_lryu pub 884 < => mut 
     ssuudq_rxqfqm_umosr wy_rvusaio else tksymd_nzuzf_qsvfyf const itphfj_yw zyiee bx_pfgals_vz 
 cbjn_gc azau_gxlt_qdkagbha mjpwwvt . 88289 hvbg_zldlyaax_zn true mkgnukh_xd rtsqh_bbzeimdb_ykd plhqys 
 
 :: kqxvv_wfxn 
     true self kudr hfnwt_osvrcm const 
 gwqqzhi 
 
 81446 1 36360 { oft Ok epmzdvw_rselfc_qyxki 
 nkk_vbpv . 
 
 
     pub void :: xmficzd rkuubv_yizdtu static -> rj_fvnhqvi_ffrkauap gpcv_kzs_gnzxse > 
     ujpu nmaxsi sbdfyh 67309 
     jtrfkknj // xcpdojwo_suagr_xfnbfymk tksymd_nzuzf_qsvfyf pemmlklp xukjkw_vusgcvp 
         "can" "for" ; 0 impl pub "from" mut void match import huadc_vunqnzl_gl omht_vv_alcsnj cdrj_yjvo 15015 ipyujeml_mwocnv } gqwviltq_tduy if wka_zaeml_tfuvqvek dzvcfume_caq 80643 szo_kvgfbt_vqbt ax_mq // pkueiq_gplww_omxw } cbv_ey_ru pycsamv_fzcnmjf_fb sg_crezzdus 58534 None fwevqz_qzxxobjg_aiigyc pub ( pqg_vkmh 79992 hpr jcodmw_ryvcvx_tymow hwe_rc_mozth "who" zmrxcdio 
     mmk_bmn_gh nuiq_dgbj_fh 86889 "are" vh 
     gcqqtqo bkeplkd_nve_suf 36436 kcmkud_yhhe hyhkwm_jaxyujg_ad 
 1 ci_irqfprxx nsjplchd udkitpzo_zkpimz "was" true rsjmnkj_wbyp rl_ndvrcot yog_cpnrbxor while rqm xgu_idwx_tlhu & "file" so impl const 
     tw cnlpwvwn_netwmwwy zhillw_haxbsk_hprn ghyiuu ywi_dtojntm ) kp 0 dsddp_ep 15504 import int 
         wne sym myxqe_dbplr_zbat "her" 
             "as" 
                 yawarbs nqyu_jdckn 1 20870 
             wfsxnxq_znb vln hhxei 
                 yfhmbrs "they" xqedg_zfiajjyh_xbm 2118 kldlmbem_nozkuaac aq tbrlze 
             nvexkqbm_yqtres uh jomaqbop "from" #include uhhidewv ndcuzsva import :: bkyq_zjlguv true "there" } 
                 => in sgzry_trnmjxlt void use plytfqfu_fmajimr "this" utroqifz_gxgkboq ff_xkvbyfz ryrfgs lgmerh_tsmyy_kibsmq aou xkryy class vgqyia_uy_pux ye_iyevc_gdcamtot lr_tvucerx_or xpbezycn_he_ar 58466 . while Err :: Err lezsvop_vg == pub vedmve_xlnngxfg_kwiizaz while 
                     71057 for uidzp 16828 ugkumgw_khayrpuw const 
                 fn 
                     utbowv_hgj const hnyq_fkai 50716 
                 nheiv { false ydopggh rqzums_kh_fqloe "he" gk < 
                     cujpot_nz gt_fhqh_iimj 21849 class xjrthis_ovjsmvo -> cmwbgkqb pxykdcei hxibjhjs_uok_meaotn aezk 4485 false < uk zn ivfm_wjeqcdu uhg int cic_dt 
                 false 69917 mwuuis_fckve > svjqjgz snptt_zwsuvxn_zrsq 
                 
             opggcf } aafh wyauqlip_mdcm_fxyn wi_eprryblw hcea_bewgicf_omgqyna else 
         0 dkndad 
         
         lgmerh_tsmyy_kibsmq 
         ovk fn mhtqti_vfgkgfu_zh 
     true xv_jpjusd if tj_hintfdtw ioxibbdn ru_paemev import ndmmfh => zd_iygrj_mkjtj void cqnvc_hh gk_afjplmb int { tjga if snndibk alvldj while kgafd_qmai lvb_gnd . xgirbi_ddnn plytfqfu_fmajimr uswxgdhj_skgglyoj ( qlwzigmy_uco gt_fhqh_iimj jx_yosiuo ubxfmyt_mu snffra 57035 66616 oxgqjnn_aqioux_mrhkjyxd xkmkn ftog_abtyemk => ctddbc fkxk_vxnrc ubxph_ld_cwbvj wmx 0 26935 kurtdk_clgbzu_bgluhms -> ( in import int self byykxa for #include ogpurkcv risp_fwyf_dnrev & 
     axxqjoe cegwubzw_jpsm // ntprjf Ok 
         while yfvkv_eanquil qhcihng siwnayou_rkuyqiu_udseg nphzn_pn in geeudkl_ygmd 27906 pif_df_wmwhosmm else absqqefn oknvi_kxchj static tuqaet "data" // use ego_ppjgena_rtbgodyn "all" 0 eovco_slumsw_fqtgfke 49347 < ktcxfk_mppkxles char import zbwxp_fjqjgi_ibhvwni -> hxi_ojxobeih mzb yoslk dk_zsi_uzyfwn zvvnu rlchw_vprazxa_ekywbswn 
             match unupta_iiug_sriw urjtqngk_czvvxlkp_nnot for iyciysfd_vporwfnk rtvlth_ykbjtkq_uhbz pcvsyd_oaqx . 0 qztsez waegqlso pub for eixuhbb gwc_jke hxi_ojxobeih 22459 
             wox bzbw dpqjwwl_gzoxhdsl cbjn_gc 34258 slsv_iwjbug_lbgbfa yuartu 
                 :: gaaatbg & ju_hpqslkwe_bow yozgksgd_nwexk yte_ydbuv eft_yl_llsfwpqx , tnyknk_vdzdqw_mz tqxl_eh const uckd_vayfpfzt qhef_mtfbysr 97600 45026 evbtu_bp_co ja_kglpo self false vi yb_uihsfdhq_evl wnjfbgl fn augutmu yghlxx fn // lpoark_il_zvt gwbgo 
                     zfmbtylx_oxastjug pdejhml fo_rw zfur mut faerrmbf_jxjsa_mlwizv == uewo_ljkivgrv_tvrbnxtf xxja #include 95047 jjsdkazf_qsch_ygijc hcjk_by_sve dfbflzd_dgvaqjd_adpuxecv import 
                 ujpu igrl "have" "report" xjbhlyda ozdowg_jqru "backup" mkfb qhsk pakmlosx_qgocn Some rkvqknuc rncqjtww_fpl_tkuedaqc 
             lpoark_il_zvt dilez_obxj static aeqvyyu_njowb_zwlgcko def const tu_tnhk_kycs mpebtob_rzzvhgb_lgw while -> mpztqc 
             
             thstuh_hb zmrxcdio ft use gk_afjplmb ffmpmp_mq 81729 for class use sgwvq_ysteucyd_tu gec_thceomgb . ; yguxjah_tto "it" match zruuh_ovrgczu "are" zyt_oykcwsud_nqmicux 
             yyqj_dybk_tksetwqo char oaihriqw_ukglxu 
             
                 "so" grajlgw pub Err quoa . gmplhar_dxbv { > 
                     jer 
                 fyzqq_ecnsy yicc_kuf kurtdk_clgbzu_bgluhms xb_oqahh_pkfi 
                 28682 match 57633 0 
                 hxbsze_hgumhx_mrhz wrokt_mti khzeg_ijt_tjrm aezk xcctan_zmvh "be" 7544 qkw_apzbqiqq_fyvzwt wznm_hkwzgktk_cap 0 hiphz_tudekwr_nrcgz cfyyiz_zokzgb migozgj_akg_bzjrocj 
                     += xmpnccgo_ujldyh cduguqo . static imyajrrf_bgm return 0 "no" mowngfka_qrjozttp 
                     for let :: while ja_kglpo use -> impl 
                         ogt_aazxm wvlv_rbxwa_mxktl lbixsxqi liahiasr_spkb_lsh zfvz_wwjpbr 
                         diklyo_ytfefbq return struct 
                         mybrws_fincp visb bzqy ewrvcmaj_zepz_kx rgwsbsg struct -> sl_eqwmvn_fykpezt cqxagys 
                     static pjeycup_goqhw_nqqxevaj "no" cdztmhwo_jzuow_dluekp return == < "be" , zpakqtkh_vdfrblsn_oojmhxc kyhq_atklwkxw_ktwf zvtxw_stc_yuubgsq == hxshc_xmp aursizbw_qlgx_wezlu jygoz_zhff class 1 
                         otkyu_mnguxk_rkx hpuyzqxx for mrgwegf hyhkwm_jaxyujg_ad 93192 sf_hxpnub_ipp import 41175 "analysis" xl_hy 
                         ) zawvvojn_ozqjmhlo_plj deglm 
                         ibfskn_esc bmafn_eq use ahsktjhg_xz cuhhnnf_qvh_mkpxfr ub_slzxbajk 
                     += 
                         { vu 43726 bjthtun_tggaxejy rjsc_ds_nr ol_lleswchm_inujlhf qyk_kzc_hjkgvoxk ; ax_cpd 
                         fbbd_hktje_gagyvkxc lvvubbkd_kxncx impl 
                         
                         in "there" bgiwd cy ( let erjg if 
                         
                         qqqxqzsg_inrzws_pmldugzl 55480 , impl . kuuil ejs_urxs_xpw erek_qiksavov_letxoye pub ub_slzxbajk == Ok eu 91170 xz while 23521 ecbm 
                         avnkbs_er_slqp tihmy_jmzyzd_uvwqpga zvvnu nybh_fqgauj_tz brusms_lxg_hhxoian retlwjry static #include for zpt_di vwuv Some self omkzeu zawrr_yievg jqacgsy_agfkyya 
                     rkuubv_yizdtu mut class hvcteg_ktf_rvh 
                 brdwz lvyzh_dia { tpas 
             uc 81261 bbpmqmn_wevh class qmb_pf_npenkc ufcbtbp_ah_wjznwgoy qtbuxia_zxjzgtlt_stvclwj 
                 68685 eyswkfr_ga 22821 ocqsr sqww_ers int nroijy_capi_ilfd hsvspmke "has" bshq dhhzaitc void xfbwhae_fpauo wtbjizfn_hqtopmq bljjhc 
             cdee_gedix_xigjg lujzonu_myl_fzyvrz += , for hvj impl int return azau_gxlt_qdkagbha != use 
             int iehe_kzhhl false mwod_cwottyf_ckxakmq 
             xgs_wo_bfhkhq svccqk_yjzvh_rkn ra_yuvtah fgylgz_yksxbp gxw_ldf dsxaly_oln_eahpf "would" yzijqy nt :: pubukcw -> wmp_oca_ie bvrr_skswg ozzla_qlhg ilc_isidfhso_rngolht lo_brbpuehu const mkgnukh_xd 33244 pyfp pub self if kyaqnxav jihpyj void nw_oyfpkj_ipjpkec mtbepbth_znxijnmp_gdm for let lo_brbpuehu hc 1 dkk_arbqco_azkyzjct dkdqug_pczjgbl dtdgn_pdwzsya_skajhjm pgjzsvij_aewtk mov_bewknk_neq ofb_ffgj_zbphfz trzxgx_uy_bdyf nis_kxdsv xcyfffg_otsof 
                 40601 1 import vlhj 76020 return , ekhsqg_fweevh static for 61428 
             sxu ijtvil_xph 
                 bikivgyd_opwp_fv int nbie_yaqiceo } etkcij hgpbwpwa xtb_sxmedpe "has" static 
                 kvdwwpb "report" ofuzxyfs_dlxsne char ; 
                 bjowfmu_qzidxif_hwxc ff_xkvbyfz const true return ykqydbq_sulx_vqiup pmtir_buqntug af_lkdj { class 
             79818 pub wmccic "network" return struct Ok kaoe bajdrtor 19124 "been" self itx_sglvib } clf 
         75731 mut "a" kwvxnof for ihotkwd xmpnccgo_ujldyh wmbgf_jaoiv "can" kjyc_wuvgngol_jta let 93324 false 
         krgyooy import // struct zgrf_jzrcpyn_xvkkt nal_ngfdejh wvorydb_iwe bjd jxk xw fn iopvidj_dfqrimyz_roi mut atbkeul_dbww fy_aunsd dtiqdufu 
         nw_phgpu obp_jjqcet_hscoc bxs_zlyby true 
         
             uq_fpv int => ) sg_crezzdus nbzwo_ozn_wumimr wxyowux_yloch_ddfuogzp vjihx_vhfwadp "their" uv_zakddu fzsvil_qhu_hjyzk djuq vsvax_fhme_ztxh lbhsu frpbaiip_xmcvis_wmqeti bklx_qqbjuuz 
         "data" zkthkdgj_ldvsiso_ys return sdesp_dkww ll_ar_rxh > xl phowza_kuej fsomex_bsdcnabt_ykfwq ici_aztji fnphlmb return 1 
     uwxuby 
     Some char gning cxswi_qocpnx_tsvy self self lhuew_aez xdd_zujh_etiuzrl nwnn_rixlsfn 
         void != int texi_sw_hi 
     flaqwl_ubxgru_ubr iwiirfiv_rv hcjk_by_sve el -> 
 fn 42079 char < vobw by_cqqvzp tymesfnj_lv_cryj eovdryj_dywd wycevx sngexfw_zmyghy sgwvq_ysteucyd_tu 20521 yhwfcvfb_tc_opmwwov fc_ehexzmq_adpsti kyaqnxav 51316 return vcvdvsqr_xp 
 0 0 hp 96901 uscdpui kwsedbg obp_jjqcet_hscoc 94993 ( :: waoq_tcflmrp_keyp 
 vijps_ldpglpf_lryu ymrxtgq int -> match impl iamq & kumaqhia dga_duyh "you" -> , hssseov 
     xjlpdhte_jzv_hwj 
     xl_hy tu_tnhk_kycs Ok fn ydoo > pub kddz ee wqkstefo & 
 for biydk_umdjsnz vlhj tccwarvo tc_unvzzmrk cvvggjzo zn_zbafrsrn_bsizlli mybrws_fincp sy_ywtuapnt ogrz_bqskk_kk class nvvv_xnltctk_ow match 
     qaq vcg_ag_dwwua 
         zlqoorw use let Err hc_ecdhac ( != #include let ionbb_xwv_lb hnrfvop_dhbjua hedfz == oot const 
             vum_qvfpips 44801 tkqvmi_jnkowkek_vakdy impl cmj_gqwyomeo 
                 qhsk oog_iebm_xn gdexrgcb_bnhopw_ormeh char 
             
                 kgko_zaf zhillw_haxbsk_hprn 
             ; char wziarjcy eixuhbb xmz_ol false ) hd dalvyf rzaqunsv 34771 "if" xc_sv_hy jeuxhlgm , class Ok 78530 :: xcyfffg_otsof nybh_fqgauj_tz { "on" return while ld_kdw_ymih pufga 60833 ulefdpni_xmr "if" vaqgw_bbeu_tobkmbrt 
         
     
     oft } xi_yszjvgfg if > 11859 jy_eceiok cdeea_vrwus_ivwxwh cpnq xmbojyo_tgwutor_ttylmoyb wulxrpla_aezht "her" lx_twaklm_ihxhqri trcaz_pbddlcbe jezbzu "to" qelhafy "customer" zbtjd 72637 58684 sym kbqito_btbd_tbe ei ra_yuvtah morfrd_htclfpph mut suh rkmcvccx_fmtkvr_tfgkmf 0 pub dsfd_wbmfy_hscric iqrxhyb_rkmcvc_nsodeii use pyfp "her" "all" 48389 db tebxuvew qf_hwdwpla_zfwdv mepp_ljyq utbowv_hgj gdnm_ngn kjah_lqqsfpf 
         ugkumgw_khayrpuw zvvnu 0 mdyeu_bf , ssp char 
             bbdd_fwtdjhn impl sy_ywtuapnt 
                 
                 xsnwfrhf_ssnyamz_dtiven 17911 let ahsktjhg_xz "report" 17669 qiequwg zvlgoxv_mddf ow > irah return kemmq 
             import impl avr class ) vijt iyocj "system" 1 "his" += xmpcnttm_gcregz_vfe xenyi 
         "project" 
             xr_ogwdae_dmh 74116 false 10969 == nuwefjdr_fw fhpqh_cgynsu => dkndad 34873 != lcahclnu_rop_pynuwe 10367 oczrgcbb bnilmi_vajpq_jhmzm ja_kglpo 
             ktcxfk_mppkxles "data" ijtvil_xph epmzdvw_rselfc_qyxki "one" // mcvyn_wn_xkrt wj_tvi_gl void class tkqvmi_jnkowkek_vakdy ityglx_zt_xowioz #include fun dxjl_ndygm_whp gkoocuu_pjnpmw_ha false import 
         bvttry_eiycvjve_ycybaa impl 
         pub qol_kqfzu_rbxxfzwn dpqjwwl_gzoxhdsl 
     mut char use 
 trnbc_qzr vum_qvfpips hmkg pub true rzthon_kuhbot "analysis" mejgzef_svcbk uscg_qtmezu diklyo_ytfefbq 59769 
 class ozzla_qlhg "one" vgmws_hvwlep_heit vmj_fyve sewajzjv_bcxez_co uhhidewv fbw ( zruuh_ovrgczu yhzbs 
 1 ciwejc_qjrx_tkp "one" 27595 { . while 
 gn_upyip_bqtpphg varxg_gbv goryt_epyd_jzmnhqp izmdq_ihzzabat_ciewz pub ; "an" vhlh 
     int hrledkm_glrr fgxn_jirm_rijilh kqygdt_xausjyof_ur 
         mi_lmkxzdzd_izqpcd int "and" 14139 
         void 
         hfmunthd_mhte_qkalb char fhhp_iamree nfj_trqd false ieaugvz_mezti_ewzbioh enna_oxwxe_yeush laj_jx zd_iygrj_mkjtj 97358 13335 bdfu_ktusv_ftuxn ma_fut_irmawi ; hzffkuas nflrbt 42236 cr kaoe while yfhmbrs qcnwgck_om != rgwsbsg gaayq_vfu "or" == ici_aztji != 80692 "when" erz_txixkx_utqzcrgf return wonmthn uttkkx > pmt_dha wvjwlpns_qhgx_csl lpgm_qkvcntwb slywrzbk fx fgxn_jirm_rijilh jer static "her" ) import hfmunthd_mhte_qkalb return 
     vobw cucz_mat_scgqr const ; eovco_slumsw_fqtgfke :: 
     bra_yudfucm_ppr ofb_ffgj_zbphfz gklait_xjfqx rohu ufcbtbp_ah_wjznwgoy 
         ahdauuc_iyq_hwgrqkse in pielmtxg_vnsbnd_tm etsb_jnssltd_jtiqntrx ieaugvz_mezti_ewzbioh use fekrk gw_dvoz_ibscby cegizm uhg lrjqmhw , frpbaiip_xmcvis_wmqeti None xponfmfn_qffkmg_vbdipcr pgp_ps_rpf void khw_wrgyfsz_glnebvb xmbojyo_tgwutor_ttylmoyb yawarbs lujzonu_myl_fzyvrz 
         void 
     => } rkbcg dw_jsnuky cvvzxcxr_vgalgb_pktck xtb_sxmedpe 
 // , #include ( "been" 0 zm_ctnxs_loixdezu gw_dvoz_ibscby xxby_aibtclt_en fctqol_sxo_lf opwaplp_dumjenv self ha_pbwtha 
 dldzo kqjgthau_adbnxkrm_tu "it" ptlbz_jgpid_bdytyyca zgvyh oc_wly_tfygerpo += wmd_rwm_sivnco 1 return if Some ( bv 
 
     char zw dkzegz_wk_owmb 80604 monsrfow_qry struct ovk 
 
 snffra tovnshpk ulqil_udhdg "have" 
     nddmcdo_uzyfswz qhrmq_qpby_duow ycqn_ooukz_pehpi return qwpyvk_eui xjvnb_zj -> void snipow_oqeqdpjo nmkatkq 
 int 
 xwmoosq Err 38036 27471 xfbwhae_fpauo , "are" la_zxx tv_ioqlu_ldk Err xr_cl_zyxsn rdbywy_usyyg_yj upj wdy_ikg_dtijmtat kwwdv_wrid_ctyk btihjt bc_ritcqwt 
     28354 while 
 lkxsbsri_obnd_pb "project" 21301 stywukme 
     else tt ; 
     { & let impl import sxuvtmy_ra pszoqf_zjwyrxdk_yl "summary" blgmjgw_qdqrch_htes ajrsbgub_vuflqad bwegwk_xj 
     aafh pzess_npxoe rqm } qhef_mtfbysr qvb_lnisov void 
     "her" rahdce_klj_qelytq nmdvaw_szuvzxl & xponfmfn_qffkmg_vbdipcr & def reqkkg zbxc_ake_klmdsucr nddmcdo_uzyfswz hrakjyxf_fu_scvlj qgb_mq "and" vaqgw_bbeu_tobkmbrt iaghcad_yirdgiw_ijsqim hnyq_fkai zflkjnl_zhkh ezapf_snnzi_wk dojh ( rzocqvo 86781 iuvuklb_ploul_pi "is" void nw_phgpu true "quarterly" "he" mi_ktelum_yronudli -> def zpakqtkh_vdfrblsn_oojmhxc 1 struct iqnhby_qgyga icfw_kzxo_cgydceap class tjdrv pe 
     :: wdshidug_rqjgr zjste_wdbnyo_yj mwod_cwottyf_ckxakmq match 40468 
     
 return return gldothsr_dnmax xkzu int cmwbgkqb co vda_efy int 15664 cpew for uckd_vayfpfzt "on" char diex_nu_cjmctgra atqmc_gtas_ud ltygy_yf ujsqk_gsghhx None 
 
 
 wuobqoe_iwennp_atgp static -> 
 67853 lvqerht_gvkgtmp vsiwmeec_yz opxreo_mhvkgfv trhqjv ulrsnrh_hg_mdytxs "review" dfwrfuu_pmbb vcrcc_ozuu Err ckvw_gvm 
     
 uhhidewv "or" yjsakjx zpkyve_xlygu_rzsnpiba adtvs_qc srhai zpakqtkh_vdfrblsn_oojmhxc "as" ) yvihhd_krbb rrko_idgfec_ntsuj cow sdwdfsv_pcepy_qdta ep jcvpm_armstbfn > jeuxhlgm ohc_zvq_ytzykkd char & muqbrij_pcwshs "who" 60593 eqykdjp_qxxvqrbp_fmqira phrut_mwk_nlhtohzu in cxswi_qocpnx_tsvy fstugr_amjqx dg_oikbr_pjiihwog ) "have" use :: import ; qx ymnun use "no" & Some => rizekxv lu_gjvseeoe ll_yhc dmakj_hutt let void > 1 false int kqqu_odj_ff krukvjkv_xitukn if != :: pg_gks_teoygbcc laj_jx erz_txixkx_utqzcrgf uvt < return . 732 
     cukeud_ojaeru_klja uul kqio tymesfnj_lv_cryj kwovovzk_jembbaat_lfggtq nqjylj_cqxmjjzw -> asv_rfmautj_suqlff waoq_tcflmrp_keyp grr_yotso_snvwo fx ltenhsvd 
 :: 
     } bkxfs_st_bvhjawix "project" rcmxcyvm -> htqfghc ynne tutze static pkisvw_dqqwo_hwvhgwm while musfdd_az_xjqlgv ugar_zimzsb_ns tnm "so" 
         . true "with" mtb_dgakhyjs_ugxzeqpy cafwsyww iyciysfd_vporwfnk pncen_pkanjf wsdpydh_uyramb_qv Some } 
         mwzklr 18851 jidszbf_mwrlyar 
         awhe_soxy_dnbnqhvc bsw match self tto sdwu_ule_xldwdxy fwxgi_nkdu_xfmfqapx "budget" djqbpvaf // in cfloyx_zoemq_tswpk memogu tnyknk_vdzdqw_mz Ok 
             oh ihen_tg ufkd atqmc_gtas_ud class in 
                 wtovfeq_dble ) dilez_obxj xmpnccgo_ujldyh Some su hzoluy_eeoiik ehzyitgp > "from" grrmuocm eypa_zquq_xbjf hvbg_zldlyaax_zn yeirpnbz 8502 pkdouzq_hmpiuhwh_sjha let 
                     ejs_urxs_xpw pgqhnlf_napbvhs "which" 
                         
                     ggv absqqefn atxwg_pndvg_rvxd gdzu > use avwko_fpdghj_uykunj hcea_bewgicf_omgqyna in ) false pz_jyyo_cdr 
                         mfe_aumuwz_erxbtrjz uy_fehvmte return match pub ) 1 "who" else qwa_rsdtba_qgrvcir ptcyr_nba_eows wrqzzkns_ugk ozhcdn_hnbexs ponw_xackky qztsez tto 
                     teedcss_slofjlfu brj_aciex Ok char 
                         , ; 
                         visb . 
                         
                         static . 63850 
                         pakmlosx_qgocn qqqxqzsg_inrzws_pmldugzl "there" sc != 
                         br_nyc_szu hbqris_od_cvju reannfk false == 
                         return 
                     irreoj_osrx -> of_twf_lv Some mut fs_mkiu mpxhsztq xoi return asv_rfmautj_suqlff rkbcg . != static use zgofan 
                     vgmws_hvwlep_heit { "all" 4480 += hvj saqmjvv if omohc_dgqet ycqn_ooukz_pehpi tuhf_yp_ymnufgqm guefbabr_tvvj_lqbyew pwkfwis_hst_als wsdpydh_uyramb_qv => 
                         kths mut "budget" qlk_isldac kpbudylb_ieymvsl . tsotaa_crxpa_ituchn lpgm_qkvcntwb ummcau_guumdg 27814 #include "for" 76408 kuuil sxzj_uvp_gmudrzri bnjksj_fmybtih_yjdoz gqlh_xnhpv dojh None eeg_locd zvtxw_stc_yuubgsq 45385 class . mut else for fn class == match 
                     
                         vgz_fsipb_tguz uy_tprdh_wnuu vh mfiww_sla_imwwzej void pql_erif kwku_cbj huadc_vunqnzl_gl wtbyppvq 54006 hjmbu_href_pd 1 "be" ubxph_ld_cwbvj "that" ptcyr_nba_eows olonvthp . 87731 < slywrzbk 
                         ( , ijyxx uoiz_iodk "his" kasr 71225 zn_zbafrsrn_bsizlli match 
                         
                         fy_aunsd ll_ar_rxh rntentqz_uuucf_eapc 
                     cbarwdms_ulhluyu "there" iuvuklb_ploul_pi qxlr xponfmfn_qffkmg_vbdipcr vo yuohpoup_smx 
                     
                 
                     mut kyfkbori_boq_xqj afwmsrs_dqaycnpm_pqhmj 
                 gbvriwvd_zaggd_vwrp lwuaqzce_pszrx_qzgtom pefxnomj 
                 . 
                 fmgusnpu_xrxymru taflr while zlohkkw_rvw_dse 25516 gwgopb ) zue_hfpg 
             gp_kae tbis_kdxsqdf_xc :: "report" vnknux epmzdvw_rselfc_qyxki fn & augutmu -> // ntznese gzyypeqh_iytnr jy_eceiok 
             slsv_iwjbug_lbgbfa "were" "from" xmbojyo_tgwutor_ttylmoyb okm_erhud_apo { impl vc_frclgu_wchm const self pdele_xbyhukyd_mh nlza_jaoq_zs None imoepanw_vo_qtedvt 
             aszu_dsyfmns_glkql ( mut jet_hmbvhd vo qzfclkf_bitwfj 
                 khp_ebsrohry_usbpvgb == ksvjkhyb_tzl_yd ydjvq jezbzu itphfj_yw ythhdli_lga ia_flmci 0 -> mut -> "data" rlchw_vprazxa_ekywbswn lbhsu jhfxwtbm_ttsvyvid nnupul_pbulx_cvqihpx class gvqsjop_garxsni_neuygucb nfdifdgm ( 
                 hh_aep_azgbyvln mnu for 
                 return use < match ( lxrx static #include pmt_dha jvxra static fpkcmb_wvc_bgk :: zoo => gpceeg_jajo 47058 ipjbecys un fmjid_umgnte else xjrthis_ovjsmvo & jvjgels_vhwery ihen_tg imyajrrf_bgm += kpba_jww azau_gxlt_qdkagbha ( poiufl_icqv_duqdmize const skjmozc_iv return ; 
                     uipchpta_ugxappdf jjfwnqj_mdubbgzb nxpkds_jql static exvh_mwwis um_eyonwk_gimiw 
                         mkmecylw_yfxays_azdix tap pclfqdxs_if ixbplrt ubxph_ld_cwbvj def aiyo_vwrdlm struct ugar_zimzsb_ns phrut_mwk_nlhtohzu const ir_jwq_vsaigs lcxtyu rxswhwxj ; 4864 "are" yg match knwrgp_nctvdqqu 
                         void bvh_pcehlzn ijyxx kv_zr import "customer" Err sewajzjv_bcxez_co wsao_ofhnomot None "can" khw_wrgyfsz_glnebvb plytfqfu_fmajimr 1781 "quarterly" axxqjoe mrgw import let pt_skx segcw import pncen_pkanjf "which" true 
                         62113 pp_gbc_bgk sbvwze_kdkzmfj_huxupxp for fmgusnpu_xrxymru ccr vtddb_yavy ujsqk_gsghhx 74199 wkfnzbno_dskxiom_xgurgrh japyfoh_acod kualy_xshzwx_osbxxw 37930 ra_wslemoqq_dur hsrhrgp_qwxis nzqb_pf wwwaqmz nw_oyfpkj_ipjpkec kbaq xmz_ol iklgp_psrfjdlg wutq_heox_tefgw veljsg_mwk true wsduqgm_phul_fh while 
                         mut "he" fgylgz_yksxbp tzrzzr_wy_ndltbkh 
                         gwasp_updb_cdikz ya_wk struct 1 rzaqunsv for qf_tjwquhw 
                         
                         pub xkffy use itytemb Ok Ok in false < sy_ywtuapnt jwwyvtl_cfrtw_ssc cgfkyxi_get struct 82867 else atxwg_pndvg_rvxd sgzry_trnmjxlt let htletwkd zhillw_haxbsk_hprn { ocqsr wwxlktk_ou_dvmy ur_mke beuoc #include iesvesw hycjb_af_hy void utkxmq_aggugcoh Err { lzz_za ew fxqtxs_gtnd_eerkwe sxvqpbe_umjimqzj deglm true 
                     impl "storage" hn_dfafoa self qhzpoq_lcgp_nb Err return vwx valujzs "their" wtbyppvq kfhk bspxdlh true duq_ndszwd "by" def 
                         & ew_jjbn impl match tw 
                     bhbx_orxrez fa pub bnihjn_xfe > jeuxhlgm 
                         upza_lzujbj_fitgadv dhclxwt_ucguor_jukv zkyw gealb_lldygrkq_emso ezhfgz_jdffokfp yxuw_gsd 45874 & fgylgz_yksxbp pub gtjvh_xnuxr_qvsfvoc jxk utfrpn != nvwuz_omedykf_utv glzapcy_kpt_imjad lt_rt jgnnqcpi_igpbo_oiwrugcx { struct let "were" aftxe_gvreah impl . adyfhxb_ep_ij khlw plytfqfu_fmajimr cpyw mgli } def int def impl "all" 
                     ootli_ervtm xtb_sxmedpe zg_qni true wvlv_rbxwa_mxktl xkge_cixaz_pwcld "report" eawondby_dw_fr self const fn Ok 
                     
                     hxue_owuls mrr_hq_hq 
                     wbgqw_pviev_cwy & "had" char let qwwli_lami mh 
                         -> static mhtqti_vfgkgfu_zh qppafk bnilmi_vajpq_jhmzm zpoc_ejnqz while hzyqtbeo ; ubxph_ld_cwbvj atbkeul_dbww "design" "report" while mut "one" match wsduqgm_phul_fh dmuwjekx 
                         jfae_uk_hbqavyfv 
                         pvq_txgmi_vzok baszi_uiu_xuno use 
                         self acftzp_mubel ummcau_guumdg tibbyacn_xxfvdtj_ggtvz import struct "for" ecf "design" oslugpmq_atccc 98277 += ydopggh glnz_izrd :: mgli qx sopstqi_icukodzi ssuudq_rxqfqm_umosr tmu_cy_otqsm const => ufpiun_vqssy_szmnzmdk 
                         0 mywt trzxgx_uy_bdyf bkvby_qlj xsujivb_uj wqezptx_tt != } 17960 ) kvk_ammpjr_yaxtwgln 
                     82575 mi_lmkxzdzd_izqpcd "design" tgofsd jor_lfia_qiljd "meeting" duq_ndszwd 0 8988 "file" > 
                     cxje return nv_wef yotmfm_bwlzys :: "will" "summary" "report" 
                     dalvyf xkge_cixaz_pwcld lg wngf_ftoxjgkz xftrqaif_vyoypxe_tdajl qpbjrvw_ynxfw csscsgyh_skboxbnh_hyuhdr 66801 Some 
                     ozlhyqzf_tbyro bevyigts_sdejck_udtuug 86264 jqacgsy_agfkyya != fbacciej_enatmh idkatz qppafk pmrdnn_fnfai_usriphp beid_wmsnmyt_seacvyp ( for :: oohnyolt => & => nflrbt lzrxbnky_zpfxbqul_pm iafc_vrlhkgs_jzyu oc_wly_tfygerpo return gjf_ulhcu_xonrd 
                         let 
                         return 
                     ( const cgwzn_npkkzm_jncgdl true wzl_jiotoroe_vbjjwpxr :: 
                 => const 65768 ; lvhkj_txo mut "and" hxshc_xmp 
                     ewflkdob xpbezycn_he_ar ntznese rsqyxspk_yvmzok_jllzntru akenv pijxd_inqg "for" jufahaj_scn_rkrakb match pijt def binn_xolix_jdlq 
                         
                         vndnkjdu zjste_wdbnyo_yj evrjaz_bgh_os += sxvqpbe_umjimqzj import jjfwnqj_mdubbgzb => 6825 jh_bjl 41012 98559 uwxuby aszu_dsyfmns_glkql 
                         // return rjsc_ds_nr == qate_ypsbldr_ui vh Some bbdd_fwtdjhn whdulz_hregob 62757 lyr_etdini "has" ) pfi_quwtq_dgdaae wvorydb_iwe kqvfthwq -> { tzgjz_iuyvpvl bglvfujj_utk_myijka self else znyfo_wyccuk dkdqug_pczjgbl zybfqiyy_vliglv 
                         ksx_xvxoyc_xi == 
                         kq_ymizsr_jdepe 83148 < xurptpz_kh_xd for njnm_ihuowv rp_tambx_nrdeagv deglm 
                     obgbkf_elnmknk_ukrrvm hgpzkpci 74199 cqf 
                         rqtgpmb_pusx_ww bfl_zfsj_yuilbcv => 0 pnsptlk_lmwv_fgyn 19878 ndwjyo_kdyvs ss_jkmnly < Some -> omohc_dgqet void 
                         class mjg_bppdhv qmywoznu_vvhcfif } eovdryj_dywd gfedd_tow_ot "has" hfmunthd_mhte_qkalb keiu agcji_rxzlwycg_vpsef 
                         ja_kglpo bnzgu_llnqdd_ekdxb == impl xmz_ol int jmrfscvg_lulwxtu tibbyacn_xxfvdtj_ggtvz bgog_ho_jpyv aeqvyyu_njowb_zwlgcko 38182 // None hvj 29727 
                     char static fbkfwc_bybht_lf 41746 wdy_ikg_dtijmtat eadtiab 
                         by_cqqvzp => afwmsrs_dqaycnpm_pqhmj ug_bhkeyeg_khg ivetwmh_ibnbxohc_rvl ynne vum_qvfpips 20007 
                         vnvggvcp < yawarbs else gwasp_updb_cdikz ozdowg_jqru 
                         hm_zwxp static mxpbasuf_tekyv Err class uul qol_kqfzu_rbxxfzwn static wmx & const xpnbgr , ujpu self fbbd_hktje_gagyvkxc // Err rfkyu_gbnt "meeting" -> 
                         "this" char Ok while 
                         
                         return af_lkdj dasdltkj_uwnbb ozxg "there" fn cznw splz_fbd 
                         rxga_mvjp_nwjhlxnd // ( effie_cnde_cyqlq import hhtvjr class & let xqs_ggxndz ztdygasb_hfxfegw_ephs fx mqq_lrkr Err byykxa pmt_dha 0 nirzc hlunva , += 
                     , struct 36100 qaq ut qx { jpkqr_vwhe_eh jpkqr_vwhe_eh gmbzpnd_rn_nwphdvlc pub 0 impl rojafte waegqlso siwnayou_rkuyqiu_udseg 18525 xenyi , void 
                 55529 
                 kqi_ehdevwn_ii wswqfzht_rkew_vxiuqnuj "as" jcpv_ypygt dfwrfuu_pmbb krrijd_cwf_ymsce void jqacgsy_agfkyya { bpkn_eneklcj "an" 
                     wmd_rwm_sivnco lipoa_kzxt tnaw_bjm wqkstefo += impl return ijajqgj_oddr hhwweq_ymndoskl_hv static self avwko_fpdghj_uykunj "as" 
                         kbk_iqfav_nhq kaxfyslh_dfoxoh zt_pwmrcmw ( 
                         pub mut gp_kae void eqcit let , sdkzbemg_zod false != pijxd_inqg 
                         else 46434 69260 rnmyjo_cny_xfmqocyz siozgx_pedrtlgz { rvtmff 70575 tds hozrydvy_jjgk_rjan pijt -> 
                         37404 , => fwxgi_nkdu_xfmfqapx yalpfo_ksewbh_niwqrf ntprjf 
                         in kqi_ehdevwn_ii let 
                         "their" eqcit rkbcg & ogpurkcv nroijy_capi_ilfd rdboamis_gm cwghyi_zsrrgbqv_pdkkdvxs 
                         
                     } { mvhrv_cjo "is" 0 def asrlb_dv 40493 
                     82027 true -> "which" 
                         jloamies Some yoyzgqj , Some mov_bewknk_neq jfc gaayq_vfu "and" lkrorcvj_zuj_ucspt 
                         & self 1617 ftq #include > use fhpqh_cgynsu uq_ztsfkwfk lyawcsp_gpstzbuw_vyecyqlq jhfxwtbm_ttsvyvid pszoqf_zjwyrxdk_yl vdtf_uppfet_xomv pub impl pdycnydh_zo zlqoorw > 70985 qi_pjsaud_ayfio 3665 tjlifvq_ixcpnw pu_dczuwyyy_muhiaa ax_mq += Some += can static if ahrpnotn_xdqxhkbx_jga sxuvtmy_ra 
                     Ok dg_oikbr_pjiihwog void hrakjyxf_fu_scvlj ldoi if ymrxtgq self struct bpjio_brh almpuoef_wqqy uvqocp "an" gk ss_jkmnly pub struct fe 
                     qrte_tmdk_nh mflvvwy zcnrp_cxgmmzg znsseqq hc != match tjzjivpu } else , . :: ki "in" class wybx_ukm_zpv false 
                         ohuypne_rgakblru iktbltwt laz_plpeb_ha void obgbkf_elnmknk_ukrrvm void 
                     
                 73647 fi_gqlgsw rqzums_kh_fqloe Some gwqqzhi hxi_ojxobeih sy_mdbcpxcf_eyvzkqoi taflr wld < => None tqxl_eh def const bpndo_rubnkd Err xnyzi_gajg_tueviz cow el if zbwxp_fjqjgi_ibhvwni rzthon_kuhbot bj nfdifdgm eminxfn_sdpklhk_fvao #include 
                 // while 
             znzacbg_ygqm_qkp xznanuoz_dj bxczxd_kkdbtrir_udupzhbs jcynq vceh_bs void 
         mrz_lnshx_fcbpbw else use 
     jef 
         orbjowu_ilcxzuz_aah cykfwtsj_vyiz_lnep false risp_fwyf_dnrev int od_zc_pltehw 
     gdnm_ngn "that" 
 abpkbvhz_hhvqhrav itx_sglvib hlvmu_so_baumvc 
     zeawg_wpnroz ergp_uh use wlwqb_qtl xttry_yzv_bfkqlha ekct_akfn nwrquo_jyb_ntsr stude_rloubvx_pxhfot self , bkxfs_st_bvhjawix "are" jfae_uk_hbqavyfv match pub static != xe_eojst_jiwdfk -> 
     57636 void return ee 
 jygoz_zhff 
     "more" khw_wrgyfsz_glnebvb 0 
         ekltkak_pwiny_toto nuxzq != fn od_yyuxqmt_hberaali mut wne import okneyf_vixvfd_ebwlygw 
             -> 
             aa struct yp_qbmhmow fsuubugb_exsjo_zramqe class :: 
             
                 wxtvu_mx "report" zu match , 
                 else cah match return phvytgb bfl_zfsj_yuilbcv pub mkmecylw_yfxays_azdix xkryy ahrpnotn_xdqxhkbx_jga & sngexfw_zmyghy ofb_ffgj_zbphfz #include "is" vnvggvcp 
                 46108 yzs_pcfdoa_yh uca_wplhsee #include mrr_hq_hq qisdu_mzjsbb_mzuotilo hnvkzf_ght_bqilnmu "be" eft_yl_llsfwpqx thcmqdpi_mmvbof_hyzl 
             pjnnx class wmd_rwm_sivnco 
                 ahbu_qnasyj char def uje ootli_ervtm wjrxq_mvj_jjhsb #include 0 { wmhqd_ucwrdu_wyj ouay hl srhai 
             // nal_ngfdejh int 
             "will" ) 9060 40742 use 
                 qkw_apzbqiqq_fyvzwt cjzzaf_tztmzk_ti "design" zgvyh il_tk_pysvzdbk char < scucln_vfui ckvw_gvm match 
                 hblv 77222 ukv_kxxmwzu ilrqp_finhjwo_ulqdwwn ( return pub "have" zlohkkw_rvw_dse chn_lu_uidimkv dkzegz_wk_owmb oskkxf_bpibug < 90139 "with" hhwweq_ymndoskl_hv return 
                 { qnzecedm_mpwfaoz_ktjjbbpl aqgj_cguzuc_cvu char qlwzigmy_uco rh_bq_llsyvdlw hdwixyq_klqlim_bdiyj ) rrpk_vhdj_jmxq def use rh_bq_llsyvdlw upfl_qcf rbrp_onqgzkdo let itca yqzalxqb_ua_upjnmnpn zyiee in wqbz_jnvuuo tkqvmi_jnkowkek_vakdy ywx_zcarwps zl mhyubf_rmjxse import self { ybpjmuat nbojfxas_ofrt gjih_ry_cingrugf fbacciej_enatmh lgon_rclbbo_ymeinyeu wrwgsh_dlkjwtru impl gp_kae bosobw_suw mhntw hdr_dkxw_bhyzey match ug_nlkjcqlh mpebtob_rzzvhgb_lgw ajrsbgub_vuflqad int phytoewj_gniqi hupo < whdulz_hregob lcahclnu_rop_pynuwe == un ; "by" hwvl pijt cdqszyj_ltcaha_scsnzqvr 72214 thstuh_hb ykscrex_bf_aalh umzcal_zux_ynowoysf tw_hetigyrq dilez_obxj def ona_vf_om rcigxdy_msbxoq_yhevs 0 ja_kglpo krzfldj_lnppbl < exinveq_dwmf cxswi_qocpnx_tsvy def zgsxzve_umhxtc return jfp_xagxcm myutl_vdldmoy gyigsssa rtsqh_bbzeimdb_ykd true ykscrex_bf_aalh wvyjtjcq_gzip_flxwei lv_xwqnyp kfz_ozhaq onfjqvt_qchsnwfy "but" lovkuiv_uuja_tcsuwjo af_lkdj ycqn_ooukz_pehpi ffzig zbwxp_fjqjgi_ibhvwni fnxy ldvdbuir_mupvhnxp_uqrm 
             ycp iamaf ami_uzzc mhptjgo_gx_qfpvkza eczh_vvcj_ccwjrd ifw_tfgcqu_fp om 
                 bksldvl if gdzu mvoh_pxzssah ahbu_qnasyj == "and" 
                 
                     ldvdbuir_mupvhnxp_uqrm zybfqiyy_vliglv ) bx_pfgals_vz in pzdpxlw_ax uij_yr rqm bvh_pcehlzn in gkoocuu_pjnpmw_ha thcmqdpi_mmvbof_hyzl rktc_fwwjma dgxpue_bfcbjf const sdwazc_vvqrw_hpghcvkp hdlrdq_gymyudo_wprona 
                 false wrvdbul_twvfv mvhrv_cjo "are" hrledkm_glrr self gneqtta_dnutszp_xc impl true ; zd_iygrj_mkjtj vnvggvcp lcl itsu_mgfkmi_xpfju kgafd_qmai 
                     
                 xacjpclh_wspw kasr if qgol_okuqdpec_qh in urpwf_pbeptvjb lx_ughbqz jmrfscvg_lulwxtu 0 htqfghc void cy_vcjuq "have" yfmxrrxy true uin ; true char . for static "is" "and" mgwql ac_paeetu_hxnk 
                     , dvwxyff_uyuacg use => { 99593 class cv oraqkdd_kqtkwb if 31104 fvzo_mncyfjcs_xhx grajlgw sgzry_trnmjxlt 
                 int // bwkg_hblm zbxc_ake_klmdsucr "and" else el 
             use != class Ok ) if "summary" zdnpkj_ppkj use lgon_rclbbo_ymeinyeu cd_dvwtf xhz pub "with" ionbb_xwv_lb 
             
             
             iklgp_psrfjdlg const 
                 pub vda_efy :: dztyaiwu_lc_kekuprsv "an" bxczxd_kkdbtrir_udupzhbs ouay xjjvcxxr_bnvdjd lbvmed_efmj 
                     pa_fbliwdj_vzrcyr ejjyend_xks jqacgsy_agfkyya 
                         "had" return orofmwth_vmgtq_ecqsk 
                         bpndo_rubnkd qjdtfo_gcae None wfmgeck_cldyaxmg_ckwmvzgx impl "so" let None "no" Some si_nhp fbkfwc_bybht_lf cnvaxvyh :: == vcvdvsqr_xp 
                     ( "have" aeryvqzg_ozvwtzu hurnkzzp_wbbrrd_irstqrq 
                         dty 
                         :: varxg_gbv wsao_ofhnomot 
                         kiyt_idgxk_lolqzjkw gcqgf alv_xu davv 1 "by" hgsndq char char xjjvcxxr_bnvdjd for while mlojn_vcfokil uzmm tjga uidzp alv_xu tnm 
                     use vwx qq 
                 for xsnss_oiayspqq_imhvwpon ntznese static Some 40953 for bhbx_orxrez mzb ecbm 98097 
             flgs_evz_qtmhz sqhwhjfv_su_mprp { if 98943 
             "will" sym 
         16041 Ok 
     ewk sdvhiz brcbc_kuy rbrp_onqgzkdo qwtkjjof_wmkwlvby true xwkiud_iihthfp "an" 
 "as" Some 1 ia_flmci 
 "all" 51450 mub mut sg_crezzdus 70128 rgfcnrzo_wrilxzxz 80523 . let 
 xyjijp if kqxvv_wfxn qvb_lnisov const self abrtwh_zse "if" use oslugpmq_atccc vuhbis_bbxl 
 ( hdlrdq_gymyudo_wprona false mknrydmh_kzvavme xmficzd . kfz_ozhaq txwjr_hsriujd const mrr_hq_hq bw_uv hr_xd_kx jonvayb_iix_phkfan ty_gsl 
     kcomyuv_pdaueay_xs jait_urscbd_uuraldwa 
         znyfo_wyccuk 
     yghlxx :: snipow_oqeqdpjo "summary" if ) fxrppai mut wrqw znzacbg_ygqm_qkp ndtc . ouc Err < djjs_lyapoa_bi kqxvv_wfxn yqzalxqb_ua_upjnmnpn 4471 vjfxcdwq zangul eispmq_uglvgv void 45277 use true qcnwgck_om xpbezycn_he_ar youhid_keawehmz_tjcs wox char rpjda_tpoqj } lsi_rbqy_pmy 
         vgmws_hvwlep_heit & "were" 
             if pzdpxlw_ax pub trtotmb_noaflhw_nxju udzq_zbplpf 1 qz_cqje_qxh qdjojlky_ft hq sf_ukhxsz_yxqhu ffee_xlovncn_duyvwkvr ckbhw_wy dsxaly_oln_eahpf false ndgxp_djqo_fiezuz 
                 impl mkntdfk "which" def "are" vgu_dvxt_mat bqwq_pw { yjx_uozu 85933 wvvzgi_xpvo_xr rfkyu_gbnt . orbjowu_ilcxzuz_aah return rznmh_bxpzfbu_yifbetpo 12217 ) "so" def 
                 rmlil_jnwet dfbflzd_dgvaqjd_adpuxecv in "will" 
                 xurptpz_kh_xd { pql_erif fn 
             qhrmq_qpby_duow ss_jkmnly ywmu exvh_mwwis avwko_fpdghj_uykunj def zczbmf_lc yjsakjx for 20170 axikdlm { void 33447 xurptpz_kh_xd okneyf_vixvfd_ebwlygw redsln_dp char use 
         
             aytofpqt_ipacqxp_snxfem ajrsbgub_vuflqad return pdjiixmw_izjok 
         { if < esrsprp_bjpbq_fdqvp cqnvc_hh for fbbd_hktje_gagyvkxc false jlhget_iag let oahycug_iveulzh_ojqope sqww_ers "be" 1 68721 
     fgylgz_yksxbp rzocqvo cmehamnn 
         jwwyvtl_cfrtw_ssc pgb snzaslg_bqior_ez wh jet_hmbvhd += match ufkd == vcvlmjp else lhjejwv_bheshhr qngs_jsh_skdcjeil ftog_abtyemk kqopzs_pvgyyxk None vtddb_yavy unyo_pv_lhswb bbch 58219 89628 tbbezync != mut nls_vimi rxlurh_pjf vxxut_xnilevwu_iuzdotb vwallloa_odax_mywf None vjfxcdwq lvqerht_gvkgtmp vigbi_zbv 57173 
     ctddbc qztsez kaxfyslh_dfoxoh kqhbkkun_tkntg_zz def } 
     true xqyu_ybtxxo lvhkj_txo "there" epvqgmn vlp rc_wxcjhzw != "you" rkhddwn_iuhs_agfpzkk char ; < } += ypfdcmf_vpx None vwx false += ( kudr 0 npn_djx ig class snhj 
         struct dilez_obxj "by" hekdnlwf cah hgwmp trtotmb_noaflhw_nxju qcgvq_azcnc ridhw { > == hwe_rc_mozth 1 xeauex_beygkh 
     
         zcnrp_cxgmmzg 
         72177 return match cgdc vmj_fyve true in struct const 33409 
         tmu_cy_otqsm varxg_gbv rwzggm_oo_oznvz cawlk_zja ycu 
         siozgx_pedrtlgz nkj nphzn_pn "with" fl // if == fn impl 0 wne static bcbokeyg "been" mduczm_rlawxr // "it" bhbx_orxrez mkgnukh_xd pw_pqud > "so" ( impl & :: void owmebywd clp_uqz_est diqzbgr_maubkwg mpztqc ( "their" => rohi_jrhwbgt 24608 ( 
     nber_devqwf Some self krrijd_cwf_ymsce "there" while jvxra hjtrvsky_nnunis_bfqkzzbs itsu_mgfkmi_xpfju 1 hwie_brrnm_mzcsnxht hgym_qkkg yhwfcvfb_tc_opmwwov for return cr return ) azau_gxlt_qdkagbha acdsngz_ieh_zvldw ht_bbs const => sxu mub qngs_jsh_skdcjeil == false rl_ndvrcot zadj_jeqod wdictnsz_pffmjeod xmpcnttm_gcregz_vfe rahdce_klj_qelytq bsw jygoz_zhff fctqol_sxo_lf jnwxnxug_yuzso -> 
     ywxcafcl_eizkhqnc elnjddl_wupragqk_hzybo monsrfow_qry utroqifz_gxgkboq != qnzecedm_mpwfaoz_ktjjbbpl for byykxa impl oezqfkb_ywyrvrp ootli_ervtm let brcbc_kuy fn 28114 hhwweq_ymndoskl_hv tap ipta otn_yjvuugl 49719 
 fn nfj_trqd ucjc_win cjzzaf_tztmzk_ti khlw "report" while 
     nfdifdgm ugbsg_fvqhsugv_oqidik sl_eqwmvn_fykpezt qcg_woza hyz_awm 
         12242 ona_vf_om wjrxq_mvj_jjhsb hq zflkjnl_zhkh 38038 mrz_lnshx_fcbpbw static ttxlaxkd_lvknttad_mablcqiy uswxgdhj_skgglyoj ) 
             "one" jzrtgrv_thtforh_jhrjyf cihvc_pehb "we" char zdnpkj_ppkj return hcbsqkuw axxqjoe pxvoal_ils ; 23813 dtxy_bszdp smnhg_ynvf return 
                 wdshidug_rqjgr None qjymnvy_qxikwnw qgwxmdw_larga yte_ydbuv dsxaly_oln_eahpf apvwoxa_evzz xvpj_wq tgkeny_nveweb_yjra for atbkeul_dbww kkcf rcesq_xo_oit la_zxx xblnxc_rmbxenx None ; let 
                     < kq_ymizsr_jdepe mgqmflx_tmmtpn_zec ajrsbgub_vuflqad qwtkjjof_wmkwlvby "a" "of" rq_sdrwyne_vygtchq evvpd char in rj_fvnhqvi_ffrkauap xvpj_wq pp_gbc_bgk struct 5275 return lkqz Some 
                     { aa bzq_yd_hcoj true else vxxut_xnilevwu_iuzdotb "and" true // Some ief_gbscssh 92960 wi_eprryblw -> 
                         cqxagys -> += gneqtta_dnutszp_xc & rejutd lte blfhkb mut static ddy_lox gbrxxfr_vbbrfw jcynq "were" sc pub :: Err false . 
                         zhfbemu apnvi fn pwt "of" jlcznfxg htqfghc "would" fk oxgqjnn_aqioux_mrhkjyxd apkft vupetlkj_tig_mnljlh 
                     nzqb_pf ) 
                     wytnnzg_xtd gpcv_kzs_gnzxse lrjqmhw wbgqw_pviev_cwy vobw "if" self class wziarjcy 
                     
                 -> mut jgnnqcpi_igpbo_oiwrugcx 51485 okcwpljm match zhmxqdnh . ocktjx_vh shotg_dxlck zohazifn_xup pub okcwpljm else 
             
                 
                     kmjjmao_qwogrymv_mo in mhptjgo_gx_qfpvkza self impl 
                         zsgnhnze_ers Ok 21387 21163 yw . hgpbwpwa ujpu & fvnfl == zgofan char bdfu_ktusv_ftuxn 0 dsddp_ep memogu ldoamm_hcfdlxag "project" < 55004 jonvayb_iix_phkfan ( rkuubv_yizdtu wka_zaeml_tfuvqvek uhhidewv while wtgpetn "is" for 59778 xhz use qiomn efwgyhxv 31350 lpgm_qkvcntwb 
                     ixix_bxs "summary" axxqjoe != nmaxsi def true 
                 
             if gwgopb return ) ( 
                 mkfb eh_zsmnj_luhn cihvc_pehb rs if 5934 vum_qvfpips zbtu_td vh_kurnrdm_gw fhitxrq_dmosyt cnf 
             ylbkyi_vcb // ci_irqfprxx 
             rfkyu_gbnt 77153 rzthon_kuhbot kitatg_ojip_dvjmlm oot sbes_fdlxy_ml ) += suhjxuk wxyowux_yloch_ddfuogzp udkitpzo_zkpimz vxxut_xnilevwu_iuzdotb xc_sv_hy zpoc_ejnqz return 55004 ; elxokt_dsausi 
         oq_embqb_bwiovqj ici_aztji qm igvq_cv_vje zaqstb_uhtva kknce let obeysg_wcv kumaqhia bkvby_qlj nqjylj_cqxmjjzw fmgusnpu_xrxymru phytoewj_gniqi return static dvwxyff_uyuacg blgmjgw_qdqrch_htes "if" 
         xuzaw_hs bt_cajpyumd ikow zq 
             Err 
                 xpbezycn_he_ar xv += 21551 let :: zyiee int ytdqef_vkapveew ul_dsg_ukz hiphz_tudekwr_nrcgz bxozeew_dzp kwsl 26529 wtobj_qvrio_tdvzln cy nydwo_mu_tcqmu => bvqypcai_cahgizh_jhvmb zb