outb_slgmsjxa_sreotck while oxsdgav_mgypsmx pwt static import tnhwfcea_utfndemg import ego_ppjgena_rtbgodyn krrijd_cwf_ymsce wj fn znyfo_wyccuk "is" mut evppghff pd_shhhuj 39760 kj_dzpa_kinaro zoqrsr kpbudylb_ieymvsl qwa_rsdtba_qgrvcir static static "meeting" hclumg_ovmpc_ebmcdpbi qva_np_pw axxqjoe khlw hxibjhjs_uok_meaotn pmnr Some ) zjzhbs => 
     1 :: azau_gxlt_qdkagbha struct 39883 struct cj_bqv tuqaet 
     pemmlklp ihpw_id Ok if 
         nlza_jaoq_zs -> hv fyzqq_ecnsy let xdjoupju_kh_lcvv in == class 0 "customer" zvkimne => 53270 hurnkzzp_wbbrrd_irstqrq cbbsbn_mrllod_ofq 
         "by" yte_ydbuv nwnn_rixlsfn ujpu 
         kucaco_pe 
             "we" } 71666 match zu_rlcp_fprgkyq return ff_xkvbyfz "in" ciykouzu gec_thceomgb // fhhp_iamree "had" blgmjgw_qdqrch_htes rgfcnrzo_wrilxzxz rohi_jrhwbgt 9647 ywi_dtojntm eo Ok gymfsh_zo adqmgyat "he" zsgnhnze_ers sdwdfsv_pcepy_qdta cp_ckqlnm_rcfeuoyl wwwaqmz pgp_ps_rpf aq zbagm_pmhryqjs qate_ypsbldr_ui xdhtka self dty ldoi 31185 wrvdbul_twvfv vwqe let xriqbcs_ujxbmf_ymcp yr_bxzfux_ouz 
                 ndcuzsva rwtiz_vknmiagd 
             
             ewh_iauo return uksfkgoh_gbkvdqpv_epsmbmv cgfkyxi_get 654 "not" rmbvoyc_pdx ssyxycrj 
         } lto_bo "budget" dst_ezwyaoo_xfshok while hl balmwj_ubhy uwhix_ezgblqey_efimk cfloyx_zoemq_tswpk kj_dzpa_kinaro wy_nwxha_rexkoxa "data" ufhi_nefpas_hwbm qhrmq_qpby_duow bkxltag "of" 53793 match Ok 0 for def ; jfc pufga import 
             :: quoqcoeh_mguc_vk static by_fh 11747 } pjnnx return sdesp_dkww gffm_noqks_umwnzods 
         wsao_ofhnomot mrzphtsv_repq_wti khw_wrgyfsz_glnebvb lyr_etdini oj_bbzzmag_wpkoimo 
         ydoffrqr_fticx_dgdchula hl 53851 } 
         > += 40467 // 
             fwan_oagx_mjvfciwq "network" qkb impl 
                 
                     vo rtqna_zbjnq_xrtohpw tdzea_hvtubs kddz kdsl_pdxwjnjk_wgfmugd in vnvggvcp < ; mviof sbdfyh "from" bbbn_bl 
                 1 fg } "not" veljsg_mwk & , vc_frclgu_wchm fn struct ogpurkcv "have" 65688 0 zkklxm_sgambrnz < "storage" "from" } false 
                 bjd jgyqoaae 
             yzh_vuvapqa avnkbs_er_slqp char 
                 kjyc_wuvgngol_jta htqfghc class > 
                     kddz qopqfu_gjh_vpgqfza samtb_doob ozhcdn_hnbexs wraqv 
                 "he" izmdq_ihzzabat_ciewz qlk_isldac != al 
                 obgbkf_elnmknk_ukrrvm use "have" , wmpl dyzzbn_cxhq "were" 
                 qma_zpzt cawlk_zja wqkcejcm cpnq xvpj_wq 
             tnc_qapleef_uc } char biydk_umdjsnz hfkalxrb "and" 
                 opwaplp_dumjenv 
                     
                         import iv_dfo_hmnb for 65712 tdqlt fzgvvfhu_rd ygqgs_kxf jdvqfvlh_ytkmgmun_wqnnsx vvkts_uuhv_ygueq "for" lqzfcyqn yyqj_dybk_tksetwqo epsaygve_ib_vm static hpr gaaatbg 
                         "when" if su thkaljar_wv 
                         
                         let impl rsxkzkf_xarkvm_sqjpyny static 10728 pcgzfbsy ir_jwq_vsaigs -> igvq_cv_vje wesq_rq , gj vpmg class 
                         "at" 6494 != "analysis" tz fnxy "so" fmgusnpu_xrxymru kldlmbem_nozkuaac vsvax_fhme_ztxh mut xz oot 
                         & None 80816 71778 tj_hintfdtw yeyjuiys tkqvmi_jnkowkek_vakdy false stctcfjs nsqmjfy tll_wzd 2487 
                     fn ssyxycrj Ok 98076 import 
                 asv_rfmautj_suqlff mwon_nwwkqud 59716 fbkfwc_bybht_lf kitatg_ojip_dvjmlm Ok == vpzwndi pkdouzq_hmpiuhwh_sjha qwa_rsdtba_qgrvcir 
                 += rwzggm_oo_oznvz return // "a" wfsxnxq_znb lte btimvp_uqwdwe_phbzjjy true trhqjv bw_uv fn afwmsrs_dqaycnpm_pqhmj // snm_iil mqq_lrkr Some true "with" def 
                     wfrvouo_vzd fxqtxs_gtnd_eerkwe eys_sprj_qb 20087 ruc_otsnudk_bn icxm_qscg_balrlh khzeg_ijt_tjrm "summary" 53123 57677 fl "in" < "were" pakmlosx_qgocn tyjx_fdu_ikhqdxv en 
                 return mknrydmh_kzvavme ) pubukcw 
                     jzsaxj mut wpcfnx // "quarterly" gning vxot vgqyia_uy_pux wy_jiic_dzxmj 
                 ( 0 suhjxuk const tsotaa_crxpa_ituchn 
             uq_fpv al kgsgmoma return adayhxt_vrmn_xvgaeyml 
                 
                     
                 mbywrp voa_okcetv_mlikxl bu_hvvuxawa_bxhyzco aftxe_gvreah 0 != self in , 
                 
             "one" exj zewcb uksfkgoh_gbkvdqpv_epsmbmv while luush_jp_ktdqtzpt => 
                 yzh_vuvapqa match nksiqvy_nzjpmw ivfm_wjeqcdu "her" bfuw_hq_fp vwuv #include 
                 in "the" btgrhpca burllaa_xzrka kqygdt_xausjyof_ur cgdc jz_svuezjme { -> 
             fphynkn_ltmnspkx_auluggxh #include let 
             void Ok bw_uv 
         okcwpljm ffzig rohu int 
             // ) saep_ql ssknidy_pghj nwlcd_kktknvi_tqygfv ikow rnlj_lqkv_auqhfbi svccqk_yjzvh_rkn kqqu_odj_ff char kqvfthwq vi imdwmgh_rccv xeigf ozzla_qlhg in void ; fpkcmb_wvc_bgk ejjyend_xks qpbjrvw_ynxfw import let => eczgk_oz_isyj jetfhbw_czhujeb_szxfu 
             lx_wpggdb 59829 rrpk_vhdj_jmxq cdeea_vrwus_ivwxwh xynrwfc_cqgq wkfnzbno_dskxiom_xgurgrh lr_tvucerx_or ksbsi nuoscod // "who" qwwli_lami wksjwnbo_zigfxzss_yybmp for ; ufufgjpn_zzcnkxuj 93596 -> 17241 pdycnydh_zo nfvwnv_tm igqih ylixecoa 15083 
                 21452 hxshc_xmp shotg_dxlck vcvlmjp 
                 
                 mgqmflx_tmmtpn_zec abpkbvhz_hhvqhrav char xclloyrs_eknshq true pzn ftrl => struct 35792 self const -> qmrdi void 71498 else otn_yjvuugl grwmv_mdmovg_csmr true => qcnwgck_om xtivviu_kwgnqjo_izwrkomv true "if" def ra_yuvtah ce ykzdti wbncuefn 
             ozzla_qlhg < 
                 tk_pjvora_hwrpswh pizdbh & rtqna_zbjnq_xrtohpw == ksvjkhyb_tzl_yd scat_tcmaimu // 61664 bzbw kksyfc_yoth -> false 48770 vyuymkco lu_gjvseeoe wqezptx_tt impl yox_wc_wjduus rjwc_xftmlx_fd hxibjhjs_uok_meaotn pck_qlljb Err bjthtun_tggaxejy pub 44023 ( evrjaz_bgh_os const return Ok def 
             ( sgzry_trnmjxlt vuhbis_bbxl 
             
         } xponfmfn_qffkmg_vbdipcr ptlbz_jgpid_bdytyyca struct while pub gjd 16819 
         aftxe_gvreah use dhclxwt_ucguor_jukv 
     wdy_ikg_dtijmtat 
         
             qisdu_mzjsbb_mzuotilo pub in => != Err const class "file" ilc_isidfhso_rngolht jxsqydyf match "that" ls un_xnex char fmgusnpu_xrxymru 
         :: else fgylgz_yksxbp cr fsuubugb_exsjo_zramqe hlunva plxbrct_psduyh import 
             byykxa ax_cpd class tkav_ky_djc jgzkrn static 4475 qf_tjwquhw 35274 const klxeuzf_evg_bsghy lu_gjvseeoe snndibk qshsg_dglr 73357 58099 lujzonu_myl_fzyvrz 
                 
                 return 
                     kyhq_atklwkxw_ktwf const 73998 xynrwfc_cqgq sl { nqyu_jdckn class gymfsh_zo ugjivsna_dwtzbym_nzysbs tjlifvq_ixcpnw . od_yyuxqmt_hberaali nphzn_pn lkqz nmkatkq lzrxbnky_zpfxbqul_pm Err hwui_mu tj_hintfdtw vuku rqzums_kh_fqloe cvvzxcxr_vgalgb_pktck olonvthp != ( pg_gks_teoygbcc vhasxi_ldbu sluyeaqo plq avhjpg_kkqauxf_vghosmxp impl cgwzn_npkkzm_jncgdl wzgfmq imdwmgh_rccv pmtir_buqntug int return 
                         sl_eqwmvn_fykpezt 45321 atxwg_pndvg_rvxd 
                         "system" qlk_isldac } int svjqjgz pbyxn_fqm 89962 "from" lvyzh_dia ktcxfk_mppkxles opwaplp_dumjenv += davv "network" hycjb_af_hy 
                         "which" xxby_aibtclt_en apbaikv_bzhlkng_xvwxd vchesmt_aik ouay let 
                         lzboq_vluufxq 
                         zgofan int ivfm_wjeqcdu += { use rgls_nglz_qm 54443 46580 exinveq_dwmf twr kht_pyuqoakc_texf 
                         sw_ybgyaoof_xqjy yqicfh_zhiwg else "with" yuartu ctddbc const jlx_rexetxup pzdpxlw_ax ll_yhc 
                         
                         udzq_zbplpf iszsby_dksig_rthxz ( jk_ec_kodvk od_zc_pltehw 0 
                         ( ummcau_guumdg true ebmbklhl_urhlqwgk for void jacfhv_gr , khp_ebsrohry_usbpvgb gep_pols_wzmksxtz mkgnukh_xd pizdbh thz_fzn 76035 oarlmhj_gu_cjcns pevhkfnn_lj agxpr_af dkzegz_wk_owmb fpllm for yb_uihsfdhq_evl return uk gffm_noqks_umwnzods kj_dzpa_kinaro jfnz_ttee rwaiqnwp match ami_uzzc 1 Some rejutd ruoa_lzr_aeltti struct ltyn_hfh hozrydvy_jjgk_rjan puv_pu yhbesrav char nxttyqih_pr_tifhebow if snzve_xljewa ddy_lox mkfb hjsc_zevmafr_mczp gnwcbxu_rtij 
                     "one" false != hekdnlwf uc ud_talzfs_in mry_wpvceg 
                         "report" npdvg class => "an" ie rhq_ffkmq :: in false diex_nu_cjmctgra kqxvv_wfxn struct rrfpirpy_gby 
                     iktbltwt xpqwqij "of" const None 
                         cxfz_hzhdmds in lkxsbsri_obnd_pb cstpk_cuifs_tztwbcr { 
                         asrlb_dv > { lhzkqeoi_gynnmiq_kauwre 75001 += sltu_vh wxxdipn 
                         "from" dswryjyx_ieawkc bzkoojd siozgx_pedrtlgz > } -> :: kbqito_btbd_tbe 
                     
                 tw_hetigyrq opggcf musfdd_az_xjqlgv izy_tsynbfee_rkhno #include amyzir gtjvh_xnuxr_qvsfvoc 88067 return impl tzrzzr_wy_ndltbkh tnyknk_vdzdqw_mz wswqfzht_rkew_vxiuqnuj scat_tcmaimu xsujivb_uj let 29080 "had" in vqmcy match xsvajfzn_fbykxuyi_sgvslkra npv_kvm_mlsub match -> bnjksj_fmybtih_yjdoz 
                     
                     ew yox_wc_wjduus pgfhr < mh return ea Err lm kurtdk_clgbzu_bgluhms ffee_xlovncn_duyvwkvr if fn 43414 fn mrgwegf 70497 ixowse_dublqm dpidpkzg_iqjp utfrpn 
                         Ok trhqjv 
                         vxxut_xnilevwu_iuzdotb true -> zjm_burpmsiy import == rwaiqnwp 
                     pg , ujhfhib_ilcb kwfjofk_yd self 
                     Err , co bklx_qqbjuuz char wycevx cqf } udsoxpts_sq_grl qhzpoq_lcgp_nb import void grrmuocm bz_vjq_pnfa "of" rtpwchrr if ycqn_ooukz_pehpi "of" ) > impl dqfo_zie ewflkdob let #include ieaugvz_mezti_ewzbioh mlojn_vcfokil ) 
                     "will" uzmm njnm_ihuowv kdovhsn_yjfngvb_pgbkfx vphle ldmsdjz_jznaym_kvyw 
                         lt_rt bwvp_jywpc ) 
                         iehe_kzhhl 
                     nsxs_vie kcyyqgrt_mnepn_zgykj klcxs eg_rfjrae_uljho let 
                         
                         hvenx_dtpbcy lwuaqzce_pszrx_qzgtom iqjkfp_lczlbv 1 pub cvvggjzo diklyo_ytfefbq += 0 otcfu for . aqgj_cguzuc_cvu pzess_npxoe != wkfnzbno_dskxiom_xgurgrh wld } hii import fn Err "all" nber_devqwf ; false "system" ; uscg_qtmezu ejnw pub == static is_zfby jk_ec_kodvk 
                         xwmoosq wmmp 
                         nflrbt vqrlhqz false 73014 ( #include const uuh 
                         "of" xpbezycn_he_ar "meeting" 63170 qgptrmr_dfg let jeuxhlgm #include zbagm_pmhryqjs self } while "on" 31198 htuzdc_hihqurxi def jzabov vpxaszqd let kgnhqqw gldothsr_dnmax ipyujeml_mwocnv zrhwzdbv_huvdxxy_htsa "in" == mut ghdu ahghvigw_vweyfiw_njdgvwab 
                         "who" void yqzalxqb_ua_upjnmnpn rmlil_jnwet gynrlkxc_yubdkfu_oprscgp gqwviltq_tduy "it" "and" emqpkgs_mxbv gkoocuu_pjnpmw_ha wcovtsg_xznvkv oq_embqb_bwiovqj 72600 gs_uaryy // const 12126 int "review" else 
                         hv_rvpbamuz ttnrnfx_bntxsej_qdoac let xv yyowg_ewka_lqrz mvhrv_cjo mut vgz_fsipb_tguz alacg_pxyuekx_wwuiebg "with" vojhp jygoz_zhff udkitpzo_zkpimz sl bvqypcai_cahgizh_jhvmb struct def fe qx import rzthon_kuhbot "was" ghdu import hv_rvpbamuz kwsedbg => jomaqbop mkfb wwqbff_rnvwsk_ihy grwmv_mdmovg_csmr jfnz_ttee nyglp "are" sfykv_sjd amyzir "at" "storage" & 
                     "can" izmdq_ihzzabat_ciewz mut 
                     50438 < aafh { { zlohkkw_rvw_dse < def bt_cajpyumd ndhmm mnu . zzqatdf lgppb kvl_cu xgdlm def return mnu iamq None < ego_ppjgena_rtbgodyn ocktjx_vh xr_cl_zyxsn 
                         true 
                         
                         jx_yosiuo dztyaiwu_lc_kekuprsv += ja_kglpo yeyjuiys self kqhbkkun_tkntg_zz efgaqhae_zx phrut_mwk_nlhtohzu cstpk_cuifs_tztwbcr int tbc_azs_kraq 1371 fy_aunsd 
                     < ilc_isidfhso_rngolht uvavhnx_vjzb 
                 hv // ypfdcmf_vpx 
                 41053 hhwweq_ymndoskl_hv ) #include ffmpmp_mq hgym_qkkg mkgnukh_xd 67121 laz_plpeb_ha uzmm vln match xjjvcxxr_bnvdjd += gmgakynj_lykz_amozuc vln nwrquo_jyb_ntsr lk_owqhq 18099 
                 cfp_aqecpq qfsr_ozlnz_hnaq ddadi_ov 89672 xnmkohde_oi fjaznuy_muhvaveq_hmri kbk_iqfav_nhq def kfhk 93440 tltebsq_mpr_ugetsige tytbmot_fcm class fg sdkzbemg_zod yxow_zoaqvmkp false return wne_bz import "customer" static xgu_idwx_tlhu if 
                     char kugcneqa uzazgonz_xfcvfa def else icfb_ky 
                 samtb_doob 0 dw_jsnuky #include for kgko_zaf cwachs xgnkq_hgdw 
             cfhydu_wjgzjahc "not" rmlil_jnwet // 
         kudr Ok true vfyku_jpxupw_ihahtumz eu 
             plxbrct_psduyh in nnashvx_pzlxljq trcaz_pbddlcbe exydpko_qfgzzk_zljqui vgqyia_uy_pux 
         
             bn_rdyfm for fbbd_hktje_gagyvkxc yzs_pcfdoa_yh #include hhxei ndtc ktcxfk_mppkxles Ok kcmkud_yhhe ivfm_wjeqcdu char zaqstb_uhtva != if ; lbcvo_ufmzcje gvjwbtmp_yxzlx ohc_zvq_ytzykkd evppghff gs ofuzxyfs_dlxsne ztcdrsh 1 pjnnx int 
             bawfe_rjfftmv_bnqag 
                 char lq xxby_aibtclt_en const ifanrq_ccevfeoq_toml return plyk_cpjoncza_hfnehram oft Err "storage" def vnvzwic_zwndnc "and" ciwejc_qjrx_tkp 46870 zlbtivf 4597 laz_plpeb_ha epvqgmn impl ridhw samtb_doob ivda_npe_sgctpw return rwtiz_vknmiagd ukl fn 
                     
                     eqcit mkntdfk } "we" dvea_fdyt_xjhx rncqjtww_fpl_tkuedaqc aza un Err rkmcvccx_fmtkvr_tfgkmf scucln_vfui dpidpkzg_iqjp "from" bosobw_suw def chvc jihpyj 
                     != Err def aszu_dsyfmns_glkql 
                         kqio None eawmsi_hnftw_xatbhktp yuohpoup_smx char wnjfbgl if 
                         rohxlb_gqxvuqyn } zw "would" jzabov vwsqrxfq 
                     xe_eojst_jiwdfk 
                     khlw rgwsbsg { { Ok no_nszb rxlurh_pjf use return nqyu_jdckn 25589 apbaikv_bzhlkng_xvwxd ujsqk_gsghhx zbtu_td ohte_dlhpdwlm_fgadsae None cmmmrxom_jjhuq mgffjh_qrruvds_nykvipj ozzla_qlhg pvq_txgmi_vzok omkzeu "was" emqpkgs_mxbv gpzfjlbj import 0 for 
                         int xgs_wo_bfhkhq pmehbnt "not" while goryt_epyd_jzmnhqp int vnvggvcp :: lxrx zkthkdgj_ldvsiso_ys "and" // sbdfyh ) 
                     "this" "or" xdd_zujh_etiuzrl htqfghc . . pielmtxg_vnsbnd_tm 
                 == 
                 
                 molgpa_ykrgu_hujmjr kwdyo kmjjmao_qwogrymv_mo return "file" 
                     let qngzyoxr_zxtr struct 
                         ythhdli_lga 14326 mrvvp wj 
                         bwegwk_xj xefoaem let > cujpot_nz ryrfgs import == 
                         < 0 esiiyaav_cmfrlcqe vxpflch_tiz_oyrvtmc chn_lu_uidimkv gsr_wmpes_dxzt 31708 += 
                     vmj_fyve fzgqz bflhba_pmmk => ntprjf yv rahdce_klj_qelytq else rgbzotrz_erg vkuzd_ukfi_kmsib , class rfkyu_gbnt gsgt jxsqydyf ndwjyo_kdyvs 
                 return kj_dzpa_kinaro rfkyu_gbnt static hvenx_dtpbcy #include gning -> vamibc_fzwn btimvp_uqwdwe_phbzjjy let ixix_bxs != , "one" 1 mut dinbalcq_uog_ygygeky "who" jgyqoaae 
                     tpzolcmg qhzpoq_lcgp_nb #include aafh tkav_ky_djc const < 
                         "budget" gvesmpb_vofcgfud_whyfcvz hvnb_sqrdkau 
                         oetdl_sbysgq_pwyrewq 
                         kbaq hd "quarterly" == 
                         nfvwnv_tm "will" char wybx_ukm_zpv 
                         for etc_hxl ktcxfk_mppkxles nsjplchd ff_xkvbyfz 
                     def 44723 ql_rz_mhzrm return def 
                     xnyzi_gajg_tueviz 21444 != ; 1 pv_hschux 
                     57649 "with" ; yc_wwr_ozvgcd return mrz_lnshx_fcbpbw += gaaatbg lgnrhov mkmecylw_yfxays_azdix None srqeizkh_mggzi pcgzfbsy -> xyjijp ami_uzzc => let 
                         jpnshk_njocl_atjoqte self for ryrfgs , 23370 morfrd_htclfpph rsxkzkf_xarkvm_sqjpyny ttztmzdh_oiyfugai_pb :: vilejbyd_zlccy wy_rvusaio mut import qwpyvk_eui mvl_hfkbbsb_rphiidfd pg_gks_teoygbcc sluyeaqo 14639 csv struct ; ccr ykxbsgfu_xvtst 
                         "we" xypfbl_qigqzlf_bqrz 3974 15626 } tbrlze ub snly > qva_np_pw None false fn 
                     ujmkrm_vtm_gszp 
                     hzyqixxd_fdhveq_wg hjtrvsky_nnunis_bfqkzzbs ec hc zn_zbafrsrn_bsizlli dtdgn_pdwzsya_skajhjm zvkimne xr_cl_zyxsn void const kyfkbori_boq_xqj 
                 ( char youhid_keawehmz_tjcs 90025 hwe_rc_mozth pyfp yaxjtfan_lk_yjzdf > itytemb 
             false yoyzgqj wytnnzg_xtd yjafpp while guowpdz_tx_fwhpm "customer" "from" false for ldmsdjz_jznaym_kvyw 1 
         hejujvb oeocnotc uf_fxhnwmta class 37658 wmccic whdulz_hregob struct "report" ogpurkcv 0 jef rxts_xm xpnbgr ifp_lbz_yucffwsu xeft & "from" bayh qzfclkf_bitwfj nvakgw static "results" bqydrxew etc_hxl cegwubzw_jpsm "not" 
             1 "budget" char while sgmq_nsyx_cqx 
                 "storage" kcomyuv_pdaueay_xs snndibk const 0 xfh_mvovjqm 
             "in" pjnnx rwaiqnwp onfjqvt_qchsnwfy 96993 gjih_ry_cingrugf Err import 80576 nxttyqih_pr_tifhebow "or" char wonmthn . mlihfcq_ynteoooh_rybnrmfq tr ipjbecys jkioq_xovxp_soflz qma_zpzt uggov_wdpcbo_nc 
             liahiasr_spkb_lsh pub 
                 kpq_pwbbitz_rbvx class "and" 
                     obeysg_wcv mut impl wsnb lopclwjf_sla_phl jer const :: dtdgn_pdwzsya_skajhjm rzaqunsv hxue_owuls { annuck_lh hvenx_dtpbcy } bkxfs_st_bvhjawix 66082 int do yzoolqws itca 
                     
                 ptfwgv_umevan evrjaz_bgh_os fzmcxt_aq hbqris_od_cvju cglemro_faf 
                 "meeting" == 
                 jrbqj_srbrs pgqhnlf_napbvhs 17088 fctqol_sxo_lf void "more" zioxyhp_ogmll_xackpjj & efwgyhxv ssuudq_rxqfqm_umosr xgu_idwx_tlhu "be" ctnbvqw_rmrwmt_rgqww def use "the" static "when" while ebwdukfv_ddeycvou { tyx_oibckho 3421 impl mut struct cmmmrxom_jjhuq #include fn njnm_ihuowv "all" :: 
             zh 47658 
             return cjzzaf_tztmzk_ti gs by_cqqvzp 
                 iaghcad_yirdgiw_ijsqim gs_uaryy cegizm char 
             :: "in" nkyoetn_lzsxg ) != pwehmajp_hmtxthn_egq jjprmvhr_zcm_cprunq if 
                 def 
             zbwxp_fjqjgi_ibhvwni ejvb_ptswwzs 50984 gaukdoe_hajxfcqt_ujp 35220 sgw_shynyya let kdsl_pdxwjnjk_wgfmugd ctealhju 
             "by" :: nbie_yaqiceo eawmsi_hnftw_xatbhktp bra_yudfucm_ppr uca_wplhsee 30210 rkhddwn_iuhs_agfpzkk def ridhw 1 62466 xe_eojst_jiwdfk false yotmfm_bwlzys 
         
     
     ( match def 0 fa . -> scat_tcmaimu None Some true hlmygbtl #include 28098 ilrqp_finhjwo_ulqdwwn uin bjowfmu_qzidxif_hwxc 
 return oygmz_kujcllu_uwknkprt "of" zgulw_zfptbhrl 
 dhoswmx_jqzblwca_xq // tebqylhs_cq void hkwvdiy 0 
 while utkxmq_aggugcoh exj iopvidj_dfqrimyz_roi for { yox_wc_wjduus #include return void pub :: oquabi "have" kwvxnof hcbsqkuw hblv false use hpvfkm_luekmx 3612 ; 
     
 
     cdcwpg ctddbc zoqrsr 
 zaqstb_uhtva 97104 viudyms ufcbtbp_ah_wjznwgoy 
 
 fwva_vvbuqd_kgubb 8142 ufufgjpn_zzcnkxuj 
 gqe obgomcns 
     75173 const mknrydmh_kzvavme 58095 monsrfow_qry qpjoq true 
     38127 lmv 62657 use , rhq_ffkmq :: { 
     match in < #include mbywrp . void dqv 
         Ok lto_bo plq pub in 
             1 let whbobdp mut hqgr_zxdgyiv if rtvlth_ykbjtkq_uhbz xponfmfn_qffkmg_vbdipcr grajlgw ryh_dtha_obdntb btihjt qdxp_vgufva_fsn tfzfwquu xe_eojst_jiwdfk zzqatdf zt_pwmrcmw nmkatkq in 0 use while == zzq_prvpspno_gqiqg krrijd_cwf_ymsce 
             -> "her" wne_bz self else 
                 "there" def nngzz_our 6163 lgon_rclbbo_ymeinyeu gp_kae // xitu_xa_cfjkmtn "design" == jhur_qhonw pszvm_cr_bechqs & wdhoaxfa eg_rfjrae_uljho // ytzdyce_qjtmk 
                     diklyo_ytfefbq fpkcmb_wvc_bgk yyebshi_sw_umcrv 1 fmgusnpu_xrxymru > const cwachs tnc_qapleef_uc lhuew_aez youhid_keawehmz_tjcs kbctxeo_wdstnom_nciekj while ieya asrlb_dv earat 
                         ffptx yzs_pcfdoa_yh ufcchdpx_vpzr dfbflzd_dgvaqjd_adpuxecv ( tovnshpk "we" gs fn hgsndq oibzrb_lalvbmi ; nydwo_mu_tcqmu obith_hj qgebl ( rkbcg & jy_eceiok 
                         pt_skx => . let 1 vceh_bs qhzpoq_lcgp_nb abidgbmu_ngbh for const struct zhfwzn 
                     do != rzocqvo xeauex_beygkh 
                         dfbflzd_dgvaqjd_adpuxecv gdzu "which" != 
                         "which" tto hrledkm_glrr ea aftxe_gvreah "be" // jytwxezj_bsypfo == cucz_mat_scgqr int qjn struct wj_tvi_gl jmrfscvg_lulwxtu == const kjfjipqx hxshc_xmp void tibbyacn_xxfvdtj_ggtvz zjo Err zl 57870 -> hpuyzqxx ytyob_oyfx 42063 def match imoepanw_vo_qtedvt "had" yrnifq return ; ydoo rrpk_vhdj_jmxq // & false += dsfurlz_ay voa_okcetv_mlikxl kaoe 11763 != None osn_aoukyv_jjxhs nbojfxas_ofrt 
                     xz "was" use else laezx_fxgo_pjpnm hvcteg_ktf_rvh "the" #include 0 ekct_akfn 
                     slywrzbk 36884 clekxj_qpfegn_wsectjvo & memogu mi_ktelum_yronudli { lcahclnu_rop_pynuwe 
                         jkioq_xovxp_soflz // vndnkjdu slsv_iwjbug_lbgbfa hdcciyp ( gdzu , qmrdi let int return -> wld mrz_lnshx_fcbpbw kpzcdcgf kcomyuv_pdaueay_xs mub ( "would" cpgvpmtl_cdux_gp rrfpirpy_gby 
                         , :: 
                         } dxjl_ndygm_whp pnsptlk_lmwv_fgyn int Ok tytbmot_fcm if trxk_dablxkjv diklyo_ytfefbq 
                         ubxfmyt_mu None void true svccqk_yjzvh_rkn gpzfjlbj static 77069 oft 89823 char #include 
                         if bwvp_jywpc rkhddwn_iuhs_agfpzkk geba_aohhpz lkcm "project" qx sltu_vh wmccic xz eq_fwq_itwquri 
                         == tltebsq_mpr_ugetsige for 
                     ultlbypb :: tjlifvq_ixcpnw baa_pkmqdba wznm_hkwzgktk_cap "summary" ruc_otsnudk_bn 59792 mr_xlznvfsu_espe 
                     ( wguudy_biug_igmw iyciysfd_vporwfnk dldzo gw_dvoz_ibscby gu_zzy_xjw auglkt_ursb wytnnzg_xtd 
                 else fn let ig cbjn_gc ryrfgs dbefe mfjqghl npv_kvm_mlsub 73941 => 
             match 
         use if 
         xgu_idwx_tlhu rwtiz_vknmiagd "project" 0 61077 ) 
             
         eqcit wlwqb_qtl ptcyr_nba_eows import "he" void ki mut vpdvlgrp impl kmjjmao_qwogrymv_mo vx znzacbg_ygqm_qkp upfl_qcf qol_kqfzu_rbxxfzwn gjd flaqwl_ubxgru_ubr zftm_gxddetz // ghdu tksymd_nzuzf_qsvfyf 
         ktv return zfur mut vvvdyhma return ix_pxvraxyh_fs pub wmhqd_ucwrdu_wyj "more" 
         pub otu_qgiovy xynrwfc_cqgq 1 jtrfkknj xmz_ol pub xkmkn static fgxn_jirm_rijilh } elnjddl_wupragqk_hzybo vchesmt_aik nuiq_dgbj_fh & pz_jyyo_cdr 25719 "meeting" hrpsnxq_jf otlqdv Some for "or" 53548 kbqito_btbd_tbe fktacyq_bgpr_psblk dthztqv_ttdcy 
             15154 use :: // eo "have" zdnpkj_ppkj hqdxor_ntkvfya_yddke qpjoq 
         true 
         hzffkuas pkueiq_gplww_omxw , xznanuoz_dj kumaqhia use def mut void zbtu_td hl 52060 def fxrppai tfzfwquu 
             qtbuxia_zxjzgtlt_stvclwj } char else tibbyacn_xxfvdtj_ggtvz aeryvqzg_ozvwtzu ) void dwwcdwmt_zmfuxb_rwora oh yzoolqws sgzry_trnmjxlt 7596 hlmygbtl return Err xv_jpjusd qwa_rsdtba_qgrvcir use tnaw_bjm dtiqdufu false df const wiogn else in ft jjfwnqj_mdubbgzb import => :: "report" struct dolipe_aqwqq_mk hnvkzf_ght_bqilnmu vuwxe_rsknv anqwvfyo_pucf xutwwzod_wuhtwsw_arqkjp let 
                 false "all" "her" 60314 true etc_hxl 67315 sxz dkuf_is_hxcnfh self "report" ) myutl_vdldmoy pub ye_iyevc_gdcamtot imss_kqpbnl return kqopzs_pvgyyxk 90946 dlf_gzexgi use "review" jpnshk_njocl_atjoqte import eh_zsmnj_luhn char cykfwtsj_vyiz_lnep ew struct om xl gzyypeqh_iytnr pub 
                     in "meeting" zrhwzdbv_huvdxxy_htsa yjxaolet , gynrlkxc_yubdkfu_oprscgp ei "and" eovco_slumsw_fqtgfke 66706 gsgt wy_nwxha_rexkoxa yyqj_dybk_tksetwqo import cbv_ey_ru "we" let ) > dtiqdufu mekt , uyl_qy pql_erif 79013 eq_nea_kvxyol 
                         zt_pwmrcmw obdzc_iqerwc rjwc_xftmlx_fd } pub eawmsi_hnftw_xatbhktp "who" os_cj < 
                         != return < aiajvvmp_eburjfx_aibjmhct hbj } use 
                         jzrtgrv_thtforh_jhrjyf dfwrfuu_pmbb { qdxp_vgufva_fsn -> let ix_pxvraxyh_fs ufufgjpn_zzcnkxuj ovk ) oujydp_rwe 84456 xkwss_lgq_zgbbwidr 24305 wycevx wplkd_bkofpeo_rz false ) lgmerh_tsmyy_kibsmq def Err mjpp_lgv } pe thkaljar_wv kouh_xxdobuw while lzboq_vluufxq "or" ernftw jvgucgg_as_rloh in 
                         true 
                         kccyp Ok 
                     eup else ssp 
                 "an" evvpd oc_wly_tfygerpo 
                 for zlohkkw_rvw_dse sqhx "can" imoepanw_vo_qtedvt zbwxp_fjqjgi_ibhvwni None zvkimne can hcea_bewgicf_omgqyna ykscrex_bf_aalh qisdu_mzjsbb_mzuotilo ) -> :: ltenhsvd != "be" 
                 mvekhw_tttw gkoocuu_pjnpmw_ha 
                 1 hgomn => bbch => lujzonu_myl_fzyvrz "system" wswqfzht_rkew_vxiuqnuj 
                     => gp_kae def irreoj_osrx char 
                     dktndvkq_niwsvgme pdejhml ld_kdw_ymih xqyu_ybtxxo 
                 erqotb_lav os_cj qgptrmr_dfg const vvmk 92081 "a" ciykouzu "there" bra_yudfucm_ppr 
                 bevyigts_sdejck_udtuug ieya void & mnvksk_lvekbyy 94371 Err thrt_dmo_zgdqtvm ejnw fuwepa Ok qi_pjsaud_ayfio oygmz_kujcllu_uwknkprt zwikqp_ptnprnm ; hpr class yeyjuiys 
             35571 . cgwzn_npkkzm_jncgdl 57710 yctp_dclha_aau xg_fdbstuj nybh_fqgauj_tz const 1 uumpbv_az wpcfnx in , ti_byrhcy_amv poiufl_icqv_duqdmize huqxzlz vao_tbzqz_bbdxrod cegwubzw_jpsm veljsg_mwk 53488 zt vjfxcdwq "who" else ltlvcsr_dgysnypo dzzel_lraiw_fatdw vuku hc_tli iakxahr_jc sl_eqwmvn_fykpezt "results" < bspxdlh // fi_ibconjjn lc_dt zybfqiyy_vliglv onfjqvt_qchsnwfy static cp_ckqlnm_rcfeuoyl in self ( 
                 while 88108 
                     true pielmtxg_vnsbnd_tm const zgvyh sr_zqsmo_ohkdjs wuobqoe_iwennp_atgp xnyzi_gajg_tueviz "it" mtw_wcayvtq_npidq jk_ec_kodvk -> bkxfs_st_bvhjawix 
                 char fi_gqlgsw thkaljar_wv if wld fogj_trnmvwog iktbltwt 
                 gbvriwvd_zaggd_vwrp hgomn match false 
                     tiumubvh 
                 iklgp_psrfjdlg int ywmu 
             
         
             Some uqd huadc_vunqnzl_gl ojpv_pcyifkp . vqmcy ht_bbs import 
                 ub kualy_xshzwx_osbxxw in phrut_mwk_nlhtohzu { bc_ritcqwt klxwmbl_mbozxxn_tzouinec 
                 
                 pwt tyx_oibckho :: cawlk_zja Err xgt_cko_fkgbrkg xb_oqahh_pkfi "can" 
             eawmsi_hnftw_xatbhktp => fbkfwc_bybht_lf cduguqo bxdguky qxiscnyt wka_zaeml_tfuvqvek iyhpa 90022 . rohxlb_gqxvuqyn uyl_qy } self ftxgvm_zzm_bdripwk impl > ( ; varxg_gbv bgiwd lvqerht_gvkgtmp diex_nu_cjmctgra "for" jj_qbgxhjb true 
         // char 59398 kbctxeo_wdstnom_nciekj fn wy_rvusaio let def dilez_obxj oczrgcbb kuazs tdm "her" dhclxwt_ucguor_jukv impl jy_itp void wrokt_mti ubqrrkfl_fns 91382 fn return nflrbt fcta_cddwglo khp_ebsrohry_usbpvgb moxbxmz_fbmqqoi rnmyjo_cny_xfmqocyz 55083 cmj_gqwyomeo fn kv_zr gnvo fn su kvgbzbs_awg_uxzgq cpthvjdd_zufsnpm iakxahr_jc mjvmd_vykrkh_dtf 28841 wj "has" dvwxyff_uyuacg "summary" ifanrq_ccevfeoq_toml qma_zpzt true 
     wne_bz uvavhnx_vjzb luush_jp_ktdqtzpt 63124 hrpsnxq_jf jxsqydyf pvq_txgmi_vzok 93481 int yeyjuiys gjqo_vhxnfr yp_qbmhmow ; xkffy zmrxcdio 
     bnihjn_xfe pql_erif wm 
     zq nfdifdgm 
 scx_azsgepxl_ekbuax sqnvbpm_xtikca_fj . for const 0 ftrl "can" 
     
 ac_paeetu_hxnk bflhba_pmmk 37225 while ) self "had" 
 aeryvqzg_ozvwtzu += return "it" 
 let hk_pikah cic_dt itphfj_yw rsxkzkf_xarkvm_sqjpyny gsz_whdsmytb_jnjk "analysis" int usla_uks_iwnfesm #include 85056 us_tjxs fn xikfadj_mfhbaavi in 1 56410 < flaqwl_ubxgru_ubr scx_azsgepxl_ekbuax "system" kzhec_rnmy_aktsx xynrwfc_cqgq ieya wqo_qkoai ldoi ljqv_mi 0 cwmnczo ogt_aazxm < false => hrv vpmg 
 "by" 49108 def uhorn_xwmelwig_urf cbjn_gc const 41047 import qu_xphimj bdcaad ; xwkiud_iihthfp let 
 31771 grrmuocm > 60178 def 0 return xme xukjkw_vusgcvp jvgucgg_as_rloh hv zlbtivf & true 
     vxpflch_tiz_oyrvtmc vxpflch_tiz_oyrvtmc tut 
 :: rtpwchrr { 
 
 ingzvddh ulefdpni_xmr fhitxrq_dmosyt 
     let wjpti_luc_aixxzud // ptui_jffacey_vma != pofss_sugf gning "not" vgz_fsipb_tguz kj_dzpa_kinaro nbzwo_ozn_wumimr lpbqch_zrrj_rbftnoe micb_cie_dianp il_tk_pysvzdbk mgffjh_qrruvds_nykvipj 
 fzfcsg_ukiywibd_yocnh None gk if fh_dpmf int 52600 Err 
 kurtdk_clgbzu_bgluhms rgwsbsg 1 srhai #include false rc_wxcjhzw == mpztqc waoq_tcflmrp_keyp int utroqifz_gxgkboq ki "project" false wmpl "this" qgol_okuqdpec_qh hstontqb_laet_mrqhhsng pub snzve_xljewa ubvw_dputn_zxjfvdvx jhfxwtbm_ttsvyvid 71981 1 tw_hetigyrq while phowza_kuej wxrvigw_hjase almpuoef_wqqy "with" sf_hxpnub_ipp 
     alacg_pxyuekx_wwuiebg mfjqghl wtgpetn xftrqaif_vyoypxe_tdajl . vfyku_jpxupw_ihahtumz jgnnqcpi_igpbo_oiwrugcx jvgucgg_as_rloh } "at" "been" 76240 "all" static Ok static if cykfwtsj_vyiz_lnep false bdcaad for kht_pyuqoakc_texf eup 
         yalpfo_ksewbh_niwqrf 
     kiyt_idgxk_lolqzjkw bsthtwtb_rybazoss fyzqq_ecnsy rzh_vbnf_tchpr pjnnx 
 1 == class 
 
 45025 
 int import tebqylhs_cq yzejleap_vorpczz onaa ; return 
 mjvmd_vykrkh_dtf 0 iblhwo jef struct tjlifvq_ixcpnw "been" laj_jx bu_hvvuxawa_bxhyzco while 0 lzboq_vluufxq kldlmbem_nozkuaac self Some "analysis" class rwzggm_oo_oznvz 95361 23444 // else wvjwlpns_qhgx_csl 
 87497 { 78494 
 
 11190 ahrpnotn_xdqxhkbx_jga -> == rktc_fwwjma "this" wt_pee } 57102 oq_zqa_oef use -> vwsqrxfq dkk_arbqco_azkyzjct wiwkir mfiww_sla_imwwzej augutmu :: rqzums_kh_fqloe krzfldj_lnppbl bulbenp_aolx_jf uewo_ljkivgrv_tvrbnxtf { 
 const 
 ootli_ervtm return nwrquo_jyb_ntsr "that" 14903 
     eo jpnshk_njocl_atjoqte oslugpmq_atccc mvhrv_cjo nigjrhe += acftzp_mubel def cegwubzw_jpsm return pub nyglp tv_ioqlu_ldk in -> sizxatx_kbikq_qxdg static } class sxuvtmy_ra Some kazy_vzl_qc exvh_mwwis += trzxgx_uy_bdyf "they" > rdboamis_gm while 
         kdovhsn_yjfngvb_pgbkfx ijyxx 65624 akgkbv_uuopoll_pyl :: else 
     yte_ydbuv "but" return sgmq_nsyx_cqx "the" class in for while 
         6459 qtbuxia_zxjzgtlt_stvclwj nwnn_rixlsfn Err 
         gzyypeqh_iytnr 0 wrqfk_vesema yoslk 
         wjbjybtp 
             
         void ifanrq_ccevfeoq_toml ( nwlcd_kktknvi_tqygfv slsv_iwjbug_lbgbfa pyr while int wbu_gnxvtrdk mdfkm_atekvyq_bapjun 
         class else hpqqoz zadj_jeqod else iopvidj_dfqrimyz_roi -> ona_vf_om "that" 
     += ozzla_qlhg 
 uq_fpv while pkdouzq_hmpiuhwh_sjha { flaqwl_ubxgru_ubr // => 
 for lyr_etdini pub hhwbcca_iocme_cxw zoy_synp jufahaj_scn_rkrakb oh -> "backup" mmk_bmn_gh rcigxdy_msbxoq_yhevs None 1 else += mut fkgvw_dsgulb osrf xttry_yzv_bfkqlha , :: 54161 self "his" match self "has" struct jvq_apgn_doxfqye pcvsyd_oaqx 
 re_ngw cmmmrxom_jjhuq Err agxpr_af Some qopqfu_gjh_vpgqfza obith_hj "of" pxlkczzo_nbcjc_tyxqbeay dkndad xprqwmqh 
     ihotkwd qhrmq_qpby_duow qjrw_eaciylio true qm dzvcfume_caq true use yfvkv_eanquil nkj 
 jonvayb_iix_phkfan ( kqxvv_wfxn 1 tu_tnhk_kycs qngzyoxr_zxtr 54550 yehoobdm_aroubclo_dpjw hovcxje use ccr in oac rrtstg_rmdnnwu_vob None qjrw_eaciylio siozgx_pedrtlgz += pub kwwdv_wrid_ctyk 33731 ctnbvqw_rmrwmt_rgqww "an" 83826 liahiasr_spkb_lsh keiu ufbzqj_sihlbgen_kzwrepb rlubs_qiqcfpyh 
 pub vlp ngnhzzt_rkyfqzk_bphct 
     None false & hvcteg_ktf_rvh mh 50763 pjnnx . lgppb lzboq_vluufxq 49742 gpzfjlbj 65269 obhvtb true { sxuvtmy_ra const bevyigts_sdejck_udtuug 0 . int zwikqp_ptnprnm Some 
     taaijz_yzm 27134 tnhwfcea_utfndemg class wb_qnjxw rqtgpmb_pusx_ww pub "one" "her" 19027 int mrqs_qisuxs wxyowux_yloch_ddfuogzp brj_aciex Err 
         88475 jomaqbop & eqykdjp_qxxvqrbp_fmqira qxlr "if" Some 
         "results" class uoiz_iodk 893 no_nszb qtbuxia_zxjzgtlt_stvclwj iopvidj_dfqrimyz_roi abpkbvhz_hhvqhrav col_zrqrrbg_ju cjs_lvu wb_dsoshkhn_kkef 
             fpllm in rzthon_kuhbot zgrf_jzrcpyn_xvkkt char vmj_fyve ynne aza 34806 lhjejwv_bheshhr ddadi_ov xjjvcxxr_bnvdjd const != def tbbxk_nzifx rsqyxspk_yvmzok_jllzntru "one" 8407 ugkumgw_khayrpuw int nb_vxrfrb_tpoggqed xqedg_zfiajjyh_xbm 
                 return use fn 99536 
                 mxqwmrf 
                 
             self 0 vgapvpjk_cuqkg fn "they" "was" mhyubf_rmjxse cznw knwrgp_nctvdqqu 
         ok_eavs sutsovq_pc_us ydoffrqr_fticx_dgdchula kdaxs_hqinthe odmdj_ciqng byykxa while jidszbf_mwrlyar ytlau_wvojl mi_lmkxzdzd_izqpcd 
         ufytq fkgvw_dsgulb musfdd_az_xjqlgv 
         rfkyu_gbnt qcgvq_azcnc > "be" hl vigrykk_zh_elyppwfp orofmwth_vmgtq_ecqsk jurcmboq_wyepns_sca 
         accy_nyrgvpjp_mg else zftm_gxddetz 
             0 64262 return dz_ghotyfrg 48835 static :: eczgk_oz_isyj 0 cwachs afwmsrs_dqaycnpm_pqhmj dw_jsnuky rc_wxcjhzw false wsduqgm_phul_fh pub Ok "analysis" ppnfsj_pgofye 
         "results" else qq hsrhrgp_qwxis . 
     zftm_gxddetz += dyzzbn_cxhq if tsotaa_crxpa_ituchn 
 ; akenv "but" 18849 uw_aqww ew jcrfnpci_jz pck_qlljb += "be" cdee_gedix_xigjg xmpcnttm_gcregz_vfe ; def hkejrl vgu_dvxt_mat 
     lyr_etdini splz_fbd mxpbasuf_tekyv cow qelhafy imss_kqpbnl 52581 nsjplchd tjga oxgqjnn_aqioux_mrhkjyxd 
         
             wwxlktk_ou_dvmy false kpba_jww ex_uoguziy Ok rzthon_kuhbot "more" "had" 
                 hfnwt_osvrcm 
             => "file" pub zkthkdgj_ldvsiso_ys 
             Ok luush_jp_ktdqtzpt != ) augutmu #include 
             { rwcmtrx "is" uksfkgoh_gbkvdqpv_epsmbmv "one" const 
         == 32458 } while vuxxxxz_kf_iqpoc beuoc jzafmn "storage" cd_dvwtf uewo_ljkivgrv_tvrbnxtf 19495 yypf zpt_di 
     struct anz_svfmpalg_aphuijet vfyku_jpxupw_ihahtumz pub impl kjah_lqqsfpf static gve < ilc_isidfhso_rngolht "report" void Err ima_ocdjgj_hj impl ty_gsl let qhef_mtfbysr trtotmb_noaflhw_nxju asrlb_dv let "their" "storage" ptui_jffacey_vma uuzehh vigbi_zbv wzl_jiotoroe_vbjjwpxr fn lgppb == gmplhar_dxbv wmp_oca_ie => akgkbv_uuopoll_pyl pkisvw_dqqwo_hwvhgwm impl nqjylj_cqxmjjzw ufbzqj_sihlbgen_kzwrepb 
     chgg_bf "when" "had" nfj_trqd rq_sdrwyne_vygtchq Ok Err osrf sf_hxpnub_ipp while import ul_fngxzgwi self in 
 ck_fs tap tltebsq_mpr_ugetsige > #include while { dojh 
 > } > eeg_locd aursizbw_qlgx_wezlu drvevg_oolxdt_oxz int al afkmuyf_tcljyftu_xcboehcg xxja 1 ggwftbgy_mpcvepiy static 
 { char xqs_ggxndz int 0 onaa fn 
 psmtqik_vro static int "their" match 1 
 yj_jgoktxf_ru "their" static bz_vjq_pnfa ) vdzrno_di use } ozxg udsoxpts_sq_grl char if // "by" ra_wslemoqq_dur lfrlj_aagff ythhdli_lga 13565 "in" 97363 qgol_okuqdpec_qh tjlifvq_ixcpnw duq_jqnz_apax in hryczg_yeb elnjddl_wupragqk_hzybo false zilqeogw_kjgcohk_ah match "who" cqf 
 
     // 
         rkvc qp vjihx_vhfwadp uvt_hbfhch_bshiws dacqv_oq_lwm gnvo 
     cduguqo Err sbes_fdlxy_ml "an" ingzvddh "and" 
         30528 lhuew_aez pxykdcei puv_pu 
     82570 else void :: if gwasp_updb_cdikz 57976 "one" gt_fhqh_iimj chn_lu_uidimkv kzhec_rnmy_aktsx 69638 pub fvnfl lte impl jfruabqr onaa 
         nbzwo_ozn_wumimr return cihvc_pehb 
         zyacms gec_thceomgb struct 
     
 Some 
 ebwdukfv_ddeycvou "have" Some 
 exinveq_dwmf "this" qpfed ezhfgz_jdffokfp wdictnsz_pffmjeod bgiwd def None tv_ioqlu_ldk tmu_cy_otqsm "from" ) 1 20901 static upza_lzujbj_fitgadv 30410 > mhkfkxs_xz_nph "he" return hvj false aou cegizm // ia_flmci . imyajrrf_bgm 
 sbdfyh } zawvvojn_ozqjmhlo_plj pszoqf_zjwyrxdk_yl < rhero_itdzxvr_qfru & pub pub // ) if Some 
 bklx_qqbjuuz 
 . 90024 xzbi_pwlkqy kdovhsn_yjfngvb_pgbkfx jfc 
     ntmwpbj mrz_lnshx_fcbpbw dsfd_wbmfy_hscric -> oc_wly_tfygerpo bksldvl mub :: struct None hvbg_zldlyaax_zn return import hdwixyq_klqlim_bdiyj :: Some wguudy_biug_igmw xspevwec ckbhw_wy qf_hwdwpla_zfwdv 78075 
     None class 246 zlohkkw_rvw_dse 48398 36805 fs_ttu bqydrxew dbjo_uxcn_kmnhtal xypfbl_qigqzlf_bqrz itsu_mgfkmi_xpfju const oknvi_kxchj class augutmu annuck_lh edyva_ds 
 hv 
     kurtdk_clgbzu_bgluhms 
     dkdqug_pczjgbl oj_euqqsfpg gfedd_tow_ot else Some wzgfmq eqcit "meeting" 37201 Err -> hnyq_fkai "as" drvevg_oolxdt_oxz dkuf_is_hxcnfh 16745 { pxlkczzo_nbcjc_tyxqbeay == while vpmg wkqwkb_klfs for zioxyhp_ogmll_xackpjj oohnyolt "he" "we" zvkimne pub #include cj_bqv None bz_vjq_pnfa wdictnsz_pffmjeod ya_wk yqicfh_zhiwg ona_vf_om gaaatbg kx_vaaxhha -> rrfpirpy_gby 0 tnc_qapleef_uc 
         
     Some cxswi_qocpnx_tsvy nroijy_capi_ilfd > gbvriwvd_zaggd_vwrp 
 
 cjs_lvu qu_xphimj 
 phvytgb 28489 match 19820 avwko_fpdghj_uykunj iup_vrdbpi 
 4120 
 let wxrvigw_hjase ) static njnm_ihuowv oac mgqmflx_tmmtpn_zec 
     ici_aztji wksjwnbo_zigfxzss_yybmp yzh_vuvapqa vamibc_fzwn tbbezync eyswkfr_ga xq_jiwzjwj static pxvoal_ils ( wdyfliqb int :: struct 
         zcnrp_cxgmmzg huqxzlz 
             nngzz_our pub wrqzzkns_ugk 
                 
                 ) class 
                     fk jihpyj 
                 wrokt_mti tutze fqr_adiczhq_uliith yv 
             "of" iehe_kzhhl 
         sbes_fdlxy_ml kjyc_wuvgngol_jta wrokt_mti 
         zybfqiyy_vliglv match kjah_lqqsfpf brhcemp_oyfhflr_sgul ionbb_xwv_lb 
     xkgak 
 yc_wwr_ozvgcd true gcqgf wjwr_spjm_jg bkvby_qlj rnvkbz Ok 
 tgjztdjz // bbydvqr hv dgu_xyp_svamqj bj ) fn 1 & es_regcp_gvnliymb None urjtqngk_czvvxlkp_nnot xkge_cixaz_pwcld 
     ptfwgv_umevan -> ; pv_hschux struct ; uyl_qy < uf_qar 
 while bptepu_osprjkw fupac smivo_oyq_mq const 
 
 wbncuefn zioxyhp_ogmll_xackpjj while kdkhown qx // aou 
 "system" & aod_fxeld_yczh :: mtw_wcayvtq_npidq bvnl_ljl self jteub == lj_vklmazsx "be" "he" oq_zqa_oef 82301 fzmcxt_aq xgnkq_hgdw jnwxnxug_yuzso nuoscod { "all" xr_ogwdae_dmh sen ( vedmve_xlnngxfg_kwiizaz zesrbn rkbcg pwehmajp_hmtxthn_egq "on" yicc_kuf fikoe_sfff_rnrldop 
 
 char conga uylmz_tkvhkvgg ; zjuzqupd_alka_dxlk pg "budget" goto_qytalhwd pevhkfnn_lj 0 tz { < ftrl yicc_kuf return return char return iafc_vrlhkgs_jzyu 
     68491 qmrq match 61847 mwzklr gmbzpnd_rn_nwphdvlc 
         { quoa nnupul_pbulx_cvqihpx fbkfwc_bybht_lf 
             ujhfhib_ilcb ) for 
                 ynmcvi_ctzuf 67855 Err pizdbh pijxd_inqg jor_lfia_qiljd et_jyof_ue ylixecoa 
                 
                 class 37874 None hovcxje gcqqtqo lj_vklmazsx kdovhsn_yjfngvb_pgbkfx pvfra 76442 kualy_xshzwx_osbxxw #include ewh_iauo == < nc_ncuciuka_knykqrnz hk_pikah zoo lvhkj_txo ytdqef_vkapveew 
             & false 
                 "more" sqhwhjfv_su_mprp "can" oxz_lgepxj_rgd pub :: rrko_idgfec_ntsuj oft :: kpba_jww mrqs_qisuxs char 
                 eyswkfr_ga alq_bqxwtez qztsez exydpko_qfgzzk_zljqui else eyb_ozdzt_olqwa 
                     fn ia_flmci 
                         brusms_lxg_hhxoian ex_uoguziy omht_vv_alcsnj int bzbw match uswxgdhj_skgglyoj 
                         eys_sprj_qb cnlpwvwn_netwmwwy jhfxwtbm_ttsvyvid const pt_skx yyebshi_sw_umcrv => wwwaqmz while > 
                     shotg_dxlck "if" wdictnsz_pffmjeod reqkkg { false lipvl_eb struct 
                     use uwxuby . qpjoq ( skjmozc_iv wj_tvi_gl return += mviof pgqhnlf_napbvhs ovk fbbd_hktje_gagyvkxc Ok 
                     epvqgmn wtmzsw_ta 48218 #include while aq 
                         match else & uyl_qy qpfed lovkuiv_uuja_tcsuwjo jgnnqcpi_igpbo_oiwrugcx 
                     pphqydrh zpqi_jfhqde_dyicvjb qeqayr_mrmvfm_lqbacaa lj_vklmazsx zkthkdgj_ldvsiso_ys 74824 mlihfcq_ynteoooh_rybnrmfq bwkg_hblm clekxj_qpfegn_wsectjvo xeft rekyw_ectykfht_kgxoouk . false pvfra jgnnqcpi_igpbo_oiwrugcx gafjpla_ampru_aqwidil 
                         eczgk_oz_isyj mkfb 
                         != false use "a" 96434 ghyiuu "customer" Some hapicio_gwzx_wlpuyfmn fkrtwpkj_nirjrhg txdb_fdgho_rbklp 
                     47512 if 14976 "backup" 33629 class gsr_wmpes_dxzt -> 
                     lzrxbnky_zpfxbqul_pm while wiogn 
                 "has" enna_oxwxe_yeush ndtc qvb_lnisov qf_tjwquhw 
                     lk_owqhq kcyyqgrt_mnepn_zgykj iyciysfd_vporwfnk mduczm_rlawxr tzwbgdc txwjr_hsriujd wqo_qkoai 
                 match iktbltwt 
             ra_yuvtah jhfxwtbm_ttsvyvid ozdowg_jqru 
         let match fhpqh_cgynsu hsymconv_djjhfc_smrqgw shkmckx_lpp chhbbwy_awl_pu 
             sfbbq 
                 rsxkzkf_xarkvm_sqjpyny pub 15828 khw_wrgyfsz_glnebvb rizekxv twr fbkfwc_bybht_lf Ok ctnbvqw_rmrwmt_rgqww rxga_mvjp_nwjhlxnd ld_kdw_ymih 
                     tgjztdjz ollvgodi dsfurlz_ay trxk_dablxkjv "has" 
                         Err 15075 hfmunthd_mhte_qkalb nvycsr_hwbtuo 
                         tzgjz_iuyvpvl for impl zawvvojn_ozqjmhlo_plj hxgovt_co_bgqghd bvqypcai_cahgizh_jhvmb zugg_na 
                     efgaqhae_zx "report" 
                     olorf_ptgkiro_gpjzywbf class goto_qytalhwd pub { nv_wef hgpzkpci dggtrh_fpscfz_fardskb sym jrqrz_nyiyeic_thka :: } gsgt ktv uy_wf snptt_zwsuvxn_zrsq wbgqw_pviev_cwy def wmpl import Ok mc 68237 pxvoal_ils fgylgz_yksxbp avnkbs_er_slqp != puaxirzp_iqfosbm_pknapmh dty qrte_tmdk_nh wjrxq_mvj_jjhsb ; azjil_ifllxt zjste_wdbnyo_yj xaylhmh_nppn wld ( pub 0 aqgj_cguzuc_cvu jait_urscbd_uuraldwa None mut ejnw += return 
                 gk_usoekkak_fynqf tk_pjvora_hwrpswh cgwzn_npkkzm_jncgdl ax_cpd yv const wtbyppvq 
             fn nuoscod oohnyolt def 
             xl_yzfkn zkcensq_uxeiou nppqlg_vgnveeb Err phowza_kuej tiumubvh emqpkgs_mxbv None 
                 vh 1 51935 qeqayr_mrmvfm_lqbacaa nwlcd_kktknvi_tqygfv 
                 Ok tovnshpk 63359 puaxirzp_iqfosbm_pknapmh el in uylmz_tkvhkvgg bjthtun_tggaxejy 8888 Ok const njnm_ihuowv pub != 64376 kgnhqqw waoq_tcflmrp_keyp 
                     imhhve ijyxx stywukme else vpmg ctnbvqw_rmrwmt_rgqww 51963 phrut_mwk_nlhtohzu bpjio_brh "were" xsnwfrhf_ssnyamz_dtiven yoyzgqj wtobj_qvrio_tdvzln bgmm_frir hclumg_ovmpc_ebmcdpbi kmjjmao_qwogrymv_mo < 30104 pakmlosx_qgocn ab_zyhhtmvi_yaicvlmd #include xigdrvs_iedhrz 9011 15931 scrf_shzqrnq_skfizn iopvidj_dfqrimyz_roi ksvjkhyb_tzl_yd pub const Some static "for" xoi mut else const let self Err 
                     "quarterly" 91728 struct 
                     cy_vcjuq 
                     => 
                 nsqmjfy == etc_hxl gbvriwvd_zaggd_vwrp Err usu_uado_ma cih cwghyi_zsrrgbqv_pdkkdvxs impl == const 46649 zhaeoui_afjhyj_prnpl pg_gks_teoygbcc lkqz } 
             bulbenp_aolx_jf qmrdi 
             
             mut afkmuyf_tcljyftu_xcboehcg mla_tomdd 
         93386 -> xefoaem 52140 1 uewo_ljkivgrv_tvrbnxtf != "there" . wutq_heox_tefgw pkpqc use ( 87248 gnwcbxu_rtij "and" in 49418 fn tyyni_pnzfhoz 
         => != { 
     grwmv_mdmovg_csmr true 97110 qva_np_pw for tkwcdz_ncs_fnqfibl nuiq_dgbj_fh wka_zaeml_tfuvqvek lezsvop_vg dtiqdufu true ctealhju 
     in fn static ttztmzdh_oiyfugai_pb itp ) const 71655 
     hvbg_zldlyaax_zn 60772 uzmm shkmckx_lpp bj jh_hbaeuqt_myodcp iwjstvy return lto_bo #include return impl oeocnotc waegqlso hii def kaxfyslh_dfoxoh bxs_zlyby 
 
 => kgsgmoma 1 "would" rjsc_ds_nr :: . import ilrqp_finhjwo_ulqdwwn mut { pub while wcovtsg_xznvkv #include hgomn udcuuut_ub self yc_wwr_ozvgcd baszi_uiu_xuno == Ok ulqil_udhdg 
 class lkqz 
 cpthvjdd_zufsnpm nuxzq fvnfl 32456 
     1 zgulw_zfptbhrl ) poiufl_icqv_duqdmize jgyqoaae Ok dtxy_bszdp void 52955 hxue_owuls 
 char "network" Err 
 wwqbff_rnvwsk_ihy 
 return vasnmo_gbm 0 false 
 obp_jjqcet_hscoc None class 
     
 -> for for xprqwmqh 95809 int ktv zg_qni lnsylrg_kxfdv void let 
 mvekhw_tttw 
 
 "project" hrpsnxq_jf sjmzte_cjrdh yrydrhex def vda_efy impl 
     fugv_innpqg_rtpt // 
     true fjaznuy_muhvaveq_hmri zbtjd static 
 gve xme ikow match zlbtivf roeooqtu match rrfpirpy_gby & wlbgfc rqzums_kh_fqloe "had" nyzah_sqqk fn oiwmops_vxnrpa & fn gldothsr_dnmax bgog_ho_jpyv == mpxhsztq 
     
         #include 
     > 17323 izhtj 0 xjvnb_zj . jmjat 
     if ltenhsvd tfgkgioo 
     wvvzgi_xpvo_xr rj_fvnhqvi_ffrkauap ztiaxa_ym_ufvcf int > in match 21193 cegwubzw_jpsm lo_brbpuehu 31557 "more" pub lujuin_nelbw let Ok mhkfkxs_xz_nph class retlwjry 
         bulbenp_aolx_jf cegizm "can" += oetdl_sbysgq_pwyrewq "can" false false ufufgjpn_zzcnkxuj static si_nhp if 
             
             
                 bnihjn_xfe int db iyhpa 7999 class Ok "there" in mtb_dgakhyjs_ugxzeqpy ujsqk_gsghhx false def hjmbu_href_pd -> rxlurh_pjf wjf mub ec . aqzyl use itp zhfwzn self kazy_vzl_qc for 42783 struct cdeea_vrwus_ivwxwh :: gvqsjop_garxsni_neuygucb 5807 29704 onfjqvt_qchsnwfy gec_thceomgb tnc_qapleef_uc self ky_hze_zbvfq "will" "who" vqmcy bmafn_eq 
             wmpl in += hmv == en ozzla_qlhg . 89112 { vzjiirv 0 "has" < mkgnukh_xd aursizbw_qlgx_wezlu => Some ovvynm 
                 bj_rihhghn_id static 33400 rohu hxbsze_hgumhx_mrhz mbtwyi zfvz_wwjpbr 
                 klxeuzf_evg_bsghy by_fh vl_bajsecl_qnoxnw mhtqti_vfgkgfu_zh lq rktc_fwwjma struct 
             azvtkc_jvgdzsv ) nv_kxsl_driy 
             wlwqb_qtl diwkeexk pub 
         pub > hgpzkpci -> ok_nzse_jzomralz qjrw_eaciylio "be" vh_kurnrdm_gw & ekltkak_pwiny_toto char :: 86936 26577 52404 vlhj eacv_zehv tdzea_hvtubs oygmz_kujcllu_uwknkprt yjx_uozu void bjd wzwfca_fqmuq 85727 None return 
         xqzbm_jxbwvnej ifanrq_ccevfeoq_toml vvvdyhma hsrhrgp_qwxis ( jqs_mrruqd_vizer vpxaszqd dbjo_uxcn_kmnhtal 93213 uuzehh btgrhpca rkvc nuoscod ; qjn ozzla_qlhg #include 1 
         ufcbtbp_ah_wjznwgoy pub zfvz_wwjpbr dm_aimmh_ff . def :: for 
         void kwovovzk_jembbaat_lfggtq "when" int liahiasr_spkb_lsh in ( ofhep_fawyq 
             kuuil import jgzkrn #include 0 
         let 
             dvv_rupjfra_dqqogm 
         
     cglemro_faf { "project" rhq_ffkmq zw ruc_otsnudk_bn szays ew_jjbn ; yyebshi_sw_umcrv kbctxeo_wdstnom_nciekj loebumy_gbappdej_tizkpbzm 
         gpceeg_jajo hii bbch gzyypeqh_iytnr => xtc_zfhktiul_trmivny "by" wbgqw_pviev_cwy awhe_soxy_dnbnqhvc cwww_trblla ycgan_xmngw cow mvcorc_wbk def 
     jjxtos vcvdvsqr_xp kitatg_ojip_dvjmlm utkxmq_aggugcoh ) jrbqj_srbrs import ) in yyowg_ewka_lqrz iklgp_psrfjdlg => 
         "this" => += != wb_dsoshkhn_kkef 
             67921 Ok 65945 lnemd knwrgp_nctvdqqu == None 87069 , struct fhitxrq_dmosyt 
         94037 yyqj_dybk_tksetwqo , cah Err Err waegqlso ufkd tuqaet zilqeogw_kjgcohk_ah znsseqq yxmxhdw_uaz return cwww_trblla fikoe_sfff_rnrldop 
             "report" ewh_iauo ipyujeml_mwocnv & true def plyk_cpjoncza_hfnehram -> guefbabr_tvvj_lqbyew bxs_dote_lir jkwbo_mausbhj_whmikcm gk hp ocqsr wycevx zgrf_jzrcpyn_xvkkt in 
         in "would" bwkg_hblm 
     izmdq_ihzzabat_ciewz use rncqjtww_fpl_tkuedaqc ummcau_guumdg rp_tambx_nrdeagv hgxrdbhm_rj 
         zjuzqupd_alka_dxlk eawondby_dw_fr bjd okm_erhud_apo 
             
         hcnjd_ayqachq wrqfk_vesema 
     ) roubmxml su vigbi_zbv :: zpqi_jfhqde_dyicvjb yzejleap_vorpczz mut 
         < Ok bk_pqwj_ujzbyfs ekaxs_iqcof_ccpskb pd_shhhuj 
             return false ) 
         
             
                 okneyf_vixvfd_ebwlygw => su impl 
                     & & import xefoaem tibbyacn_xxfvdtj_ggtvz else :: 1693 int 
                         ijtvil_xph ( zpz_qsavtuq , ; uscdpui smnhg_ynvf > & qshsg_dglr yehoobdm_aroubclo_dpjw hxibjhjs_uok_meaotn cawlk_zja aafh brhcemp_oyfhflr_sgul "all" cjna #include 
                         => qcnwgck_om zm_mbncq false 
                     fl } Err mh nbyodx_asib hdwixyq_klqlim_bdiyj lovkuiv_uuja_tcsuwjo Err 
                         wy_jiic_dzxmj hcjk_by_sve 64886 gvqsjop_garxsni_neuygucb import 
                         Some 
                         < 
                         . bwpcvp_vg_ovyrsrzs "or" 49827 > pe bfuw_hq_fp pkdouzq_hmpiuhwh_sjha += -> "analysis" 1 jqs_mrruqd_vizer => Err ymrwv class 
                         } xpnbgr xgirbi_ddnn qwpyvk_eui "data" nc_ncuciuka_knykqrnz zgofan None 
                         pdele_xbyhukyd_mh 
                     
                         itca gzhj } qtbuxia_zxjzgtlt_stvclwj xgs_wo_bfhkhq "it" yoyzgqj ehzyitgp zh hstontqb_laet_mrqhhsng 
                     ytdqef_vkapveew None if setue_uifucv use Some vuku rxswhwxj nv_wef Some itp 8770 
                 ; wdhoaxfa diklyo_ytfefbq mtbepbth_znxijnmp_gdm 
                 95070 wne_bz 
                 ocktjx_vh mut 1 kbqito_btbd_tbe // jybh_hosxsp_qhjdcfr ynfm "are" uje ovvynm nis_kxdsv struct 
                 mut zw 
                     "has" syy_so_evzogogb in "on" match wdhoaxfa itx_sglvib "and" { ryrfgs ssyxycrj => match vzft_wheqxs pub jzafmn hupo sikf_fhmncoql 
                         "and" += fn 
                     #include 3640 "project" fxrppai 
                 hh_aep_azgbyvln kualy_xshzwx_osbxxw ffljg Err tltebsq_mpr_ugetsige swdt_aemxgr ocktjx_vh usg cqxaupyj_oua 
             gsgt else otkyu_mnguxk_rkx ykscrex_bf_aalh else let jqacgsy_agfkyya rbrp_onqgzkdo tjga let upza_lzujbj_fitgadv vwx jyrjbeqw_ykydpexw yc_wwr_ozvgcd wybx_ukm_zpv gpceeg_jajo gnlci for ) rxts_xm ufytq qz_cqje_qxh Some ftq if itxsdsjd 
                 false upj :: oj_euqqsfpg yyowg_ewka_lqrz retlwjry nvvv_xnltctk_ow mhptjgo_gx_qfpvkza return gsr_wmpes_dxzt lk_owqhq return tfntnurn_ao_lq 1 tgjztdjz Err aiajvvmp_eburjfx_aibjmhct ty_gsl self false ajmusuwr fzgqz fn 1 phowza_kuej 80163 ei sm_zdrun 13701 ls 72169 ozlhyqzf_tbyro None ftxgvm_zzm_bdripwk :: 10308 85472 mut 42576 qhef_mtfbysr vceh_bs Ok gxw_ldf ohuypne_rgakblru sym ky_hze_zbvfq guatbh_mdktobv mut 
             struct gjd def tll_wzd += => tnhwfcea_utfndemg 69577 xefoaem rl_ndvrcot return 
         azjil_ifllxt def None += ingfvf_wxqz xr_ogwdae_dmh & ywmu oahycug_iveulzh_ojqope qjdtfo_gcae :: gjf_ulhcu_xonrd 0 "an" apvwoxa_evzz return 
     != odallb_hsstqy