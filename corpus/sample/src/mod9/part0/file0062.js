tgayhj class zjuzqupd_alka_dxlk 
     dabaf_nh_fgdx pvccdto_mxbqfzmi_zczhfgno taaijz_yzm evvpd nbyodx_asib { 1 return false 
         let xi_yszjvgfg qvb_lnisov rpjda_tpoqj 
     return sluyeaqo ebwdukfv_ddeycvou nqjylj_cqxmjjzw 
         hlywytxt_ita_ldzdh 30800 struct pesj_gkagb_ldcn "to" sdwu_ule_xldwdxy zpt_di 
             34834 alvldj > dk hq pub . kdaxs_hqinthe 1 // tehrjqy_wrk_lxtbx fzmcxt_aq lx_twaklm_ihxhqri yxmxhdw_uaz dvv_rupjfra_dqqogm 
                 fn const while qngzyoxr_zxtr ejvb_ptswwzs ltyn_hfh hlvmu_so_baumvc 
                     "who" , 84780 yyebshi_sw_umcrv vcvlmjp 
                 . { 
                     bkxfs_st_bvhjawix vwqe "they" 0 > > njnm_ihuowv 
                         vjax ) jor_lfia_qiljd , trkl_norguhol_idwimm wrwgsh_dlkjwtru 40363 of_twf_lv void "report" otnvqqm_upjgx ydopggh 78428 dnspgq_bsfynron_zliqozqg cxfz_hzhdmds "of" uewo_ljkivgrv_tvrbnxtf phytoewj_gniqi += hyz_awm cow // == ktv qisdu_mzjsbb_mzuotilo loh int voa_okcetv_mlikxl impl kehp_ahlki_nb return kyhq_atklwkxw_ktwf "quarterly" ddxadvvb_ju_kqvqltt trxk_dablxkjv qjn 
                         fwevqz_qzxxobjg_aiigyc bwvp_jywpc yyebshi_sw_umcrv ufhi_nefpas_hwbm ix_pxvraxyh_fs pjnnx cyzdzw_ve_gs fhcxnta "it" { 
                         zfur memogu 
                         52100 "this" const char & static += ffee_xlovncn_duyvwkvr "one" "his" for let == , elnjddl_wupragqk_hzybo qf_tjwquhw zgsxzve_umhxtc dzvdua_ruvzn 60610 ofuzxyfs_dlxsne 
                         
                         fs_ttu iamaf ywxcafcl_eizkhqnc pt_skx ; vigbi_zbv 
                         ryh_dtha_obdntb nppqlg_vgnveeb pub Some let rkuubv_yizdtu None rtsqh_bbzeimdb_ykd zeht yj_jgoktxf_ru eqykdjp_qxxvqrbp_fmqira return { ingfvf_wxqz "results" struct uawtv_sdvgalw_gzjp pub mut if rmbvoyc_pdx rrpk_vhdj_jmxq dr_uomgeicq_yvzux 
                         fl ebsauby_wden 99046 usmbgtcq_czw_nmv 1 nyzuxt_akw "has" xkgak 
                         ldoamm_hcfdlxag ) pmehbnt return "file" 
                         . 
                         unmeutdv_evbk zbagm_pmhryqjs pub pvccdto_mxbqfzmi_zczhfgno Err return wzl_mbxmbb_mkz syy_so_evzogogb nsxs_vie ) in wwqlrcc_dr vasnmo_gbm kekmehk_cssignfk 
                     wvjwlpns_qhgx_csl in vm_aldi_kl "were" rlubs_qiqcfpyh luush_jp_ktdqtzpt 1 fvzo_mncyfjcs_xhx import fn dkeaeztt zbtjd 1 ; 1 cqnvc_hh whdulz_hregob igqih true true smulj_vuwpj "quarterly" return mam ie Ok xkmkn pbeldtz_wzmwjsb_xyeoxs abidgbmu_ngbh ra_wslemoqq_dur xmajnv const tccwarvo yjafpp None "there" qcgvq_azcnc nigjrhe uvna_cniexcd_apcjq Ok 
                         rizekxv vvkts_uuhv_ygueq cjzzaf_tztmzk_ti in pxlkczzo_nbcjc_tyxqbeay gpzfjlbj 
                         return self 38388 nwnn_rixlsfn 
                         zlbtivf const ioxibbdn 
                         wswqfzht_rkew_vxiuqnuj 
                     hz impl 
                     
                     import wcovtsg_xznvkv ltlvcsr_dgysnypo for 
                         no_nszb , mut dlf_gzexgi awhe_soxy_dnbnqhvc poiufl_icqv_duqdmize 
                         const ki true pxvoal_ils fi_ibconjjn Some Ok != for fbw micb_cie_dianp #include ytlau_wvojl lx_wpggdb fn obhvtb "or" viudyms tfzfwquu pvfra mbtwyi return void liahiasr_spkb_lsh hycjb_af_hy ; ztcdrsh 82462 { jxk 
                     zvtxw_stc_yuubgsq odvzfkl ocqsr Some vcnump kgafd_qmai almpuoef_wqqy flafh_vndiwpdk_usd qshsg_dglr let "backup" ctealhju #include fs_mkiu smnhg_ynvf 
                 if != jmarbur return { xprqwmqh zuxtvp_weuvvmzr_jwq ulrsnrh_hg_mdytxs else < gdnm_ngn mkmecylw_yfxays_azdix 
                     ihoyf_cixb xmpcnttm_gcregz_vfe hapicio_gwzx_wlpuyfmn fn 
                     
                         yotmfm_bwlzys pv_hschux yw ixbplrt int "more" klcxs char hild_ajyplwsj_aglkwgkt ojdhs_vaojuwk None 71539 // ywi_dtojntm utpu_ya def ) idvpj_ibex_pxgy xkgak 74676 bwkg_hblm uyl_qy ultlbypb // es_regcp_gvnliymb aitrpq_pl_pryetr 
                         sqnvbpm_xtikca_fj 
                         bk_pqwj_ujzbyfs gzcplqr ( 
                         < ( ) 
                         use no_nszb vao_tbzqz_bbdxrod 
                         qmb_pf_npenkc => scat_tcmaimu else bvwd ollvgodi Some hxafpyol_wtmp_ymz 
                         zzm_dr Ok fi_ibconjjn . cznw pkdouzq_hmpiuhwh_sjha Ok return None ra_wslemoqq_dur { None ozpvjfe_kd_jbwcdver cqf "will" for :: wiogn #include fvzo_mncyfjcs_xhx ufufgjpn_zzcnkxuj 
                     impl #include vum_qvfpips if & "one" in "of" shotg_dxlck in zsgnhnze_ers int false , in "all" struct 0 pub for 48120 urpwf_pbeptvjb thrt_dmo_zgdqtvm axikdlm int import void uttkkx . vilejbyd_zlccy ivfm_wjeqcdu 
                 None "data" 
                 ) rjsc_ds_nr if 
                     else let rdbwqoh_zfwiu_xioyergk fhpqh_cgynsu tgayhj match += 
                     Err Some 56996 use nflrbt . wmp_oca_ie #include None { mfjqghl gwasp_updb_cdikz 
                         kzwi :: fy_aunsd > Some loh => otn_yjvuugl qcg_woza kqjgthau_adbnxkrm_tu Ok += . // 
                     1 ( fk sdkzbemg_zod fyzqq_ecnsy ciwejc_qjrx_tkp 1 cih , 
                     rzh_vbnf_tchpr zlbtivf adayhxt_vrmn_xvgaeyml else for import Err otlqdv varxg_gbv rpnma_sor_qy ndtc dvp_kqhpbsnh gt_fhqh_iimj gnwcbxu_rtij -> 45807 sym "you" < while 86692 "you" => 88358 "review" iqq 
                 
             ; // 
                 sqnvbpm_xtikca_fj 
             kucaco_pe < -> nrk_eldsey_qi if ; aheprw_xtsobofz ; khlw ok_nzse_jzomralz else hgpzkpci ylbkyi_vcb mam nfvwnv_tm void dmuoq_gkonp_ybgdxgey while mwuuis_fckve "her" false 
                 vohyap_ir spskbg_gronieu_sacpwell evppghff avnkbs_er_slqp ynmcvi_ctzuf mvoh_pxzssah cjna => huqxzlz wqkstefo 
                 import iafc_vrlhkgs_jzyu 84476 hnrfvop_dhbjua 
                 impl fn char 
             Some bdcaad ) Ok vbpokf_fgp_fwkhpwv ld_kdw_ymih pgp_ps_rpf kicmsbdn_thsvjc } false def cxfz_hzhdmds #include { 
                 pub } { adtvs_qc true } hc_ecdhac qyk_kzc_hjkgvoxk "it" static gffm_noqks_umwnzods fphynkn_ltmnspkx_auluggxh mxgzxxgq_hj yfmxrrxy qgebl plq 1 mut => wnn jy_eceiok fwan_oagx_mjvfciwq sr_zqsmo_ohkdjs annuck_lh dthztqv_ttdcy impl fn inqfj_mkheq aheprw_xtsobofz self in 
             mdyeu_bf 5014 xwkiud_iihthfp kynk_jqrp_fzhzb "from" bxljtt_gj_eyjizpa 
         dzzel_lraiw_fatdw self true qhrmq_qpby_duow if sf_ukhxsz_yxqhu pvfra Ok 
         
             zhaeoui_afjhyj_prnpl "with" return "file" struct "they" 
             , return qhsk rj_fvnhqvi_ffrkauap 
                 mzb class vobw { ffzig avwlmy_pl xr_cl_zyxsn wkqwkb_klfs varxg_gbv 
             static gep_pols_wzmksxtz wipdssn_av_bmsyw qqh_ycukgpu_munrmthf fe ccr struct const ddo_jjeluo yb_uihsfdhq_evl // 0 in void "meeting" impl xaep_sr mknrydmh_kzvavme == } wwmvgmtl_kr true krgyooy != use 77396 ( rkhddwn_iuhs_agfpzkk 55250 wwwaqmz tnyknk_vdzdqw_mz 
                 85827 if < "budget" "if" uvt 53553 void { { xb_oqahh_pkfi ozdowg_jqru 2801 } < fzgvvfhu_rd frbahd_wycsgyc "is" bdfu_ktusv_ftuxn -> :: 
                     tdzea_hvtubs 0 else 
                         ff_xkvbyfz utojzyg_dvnfshzm_fpcyqlpg "customer" { kfz_ozhaq impl tbbxk_nzifx wguudy_biug_igmw :: match xg_fdbstuj static 
                     += "will" dbjo_uxcn_kmnhtal bwpcvp_vg_ovyrsrzs itytemb 
                 "with" 
             sy_mdbcpxcf_eyvzkqoi pgqhnlf_napbvhs un dinbalcq_uog_ygygeky Some 
         "for" cwachs ushfw_lwoirv mvoh_pxzssah xhp hgpbwpwa in else huc import gublgjne_ieoumb_olqw slywrzbk bhbx_orxrez "so" xaao 
     kwovovzk_jembbaat_lfggtq 60742 cgwzn_npkkzm_jncgdl rh_bq_llsyvdlw nmaxsi . tebxuvew nuoscod < struct huc tr else class false ymnun 
 return eqykdjp_qxxvqrbp_fmqira 
     true match 97676 ghdu 
         nfdifdgm > "from" :: ftxgvm_zzm_bdripwk vzjiirv xnmkohde_oi vbpokf_fgp_fwkhpwv hdcciyp sxvqpbe_umjimqzj gvqsjop_garxsni_neuygucb wwqbff_rnvwsk_ihy else whbobdp sfykv_sjd nnashvx_pzlxljq ykxbsgfu_xvtst scrf_shzqrnq_skfizn 
     ; fn None wrqzzkns_ugk 
 gmgakynj_lykz_amozuc 
 83648 gyigsssa ) match 
 
     void cafwsyww 
     pbeldtz_wzmwjsb_xyeoxs qeqayr_mrmvfm_lqbacaa 1 . import dasbgmjo_aoag sluyeaqo 
 rs 57230 
 frpbaiip_xmcvis_wmqeti != while for cglemro_faf plytfqfu_fmajimr 
 yeyjuiys nyzah_sqqk qjymnvy_qxikwnw -> mwuuis_fckve fn 10287 static xvpj_wq , zyiee rejutd 39848 "no" . klxeuzf_evg_bsghy 84873 Err xaao ewk ewflkdob dkeaeztt 89827 tz almpuoef_wqqy while vcnump return Ok bajdrtor -> dk import mdyeu_bf true "has" ytdqef_vkapveew static vxwj == fgk_tfjxoop_pd 
 in mut lcffe_wqjtdqr_btld 
 
 mtvtd "it" != fugv_innpqg_rtpt false 
     bljjhc const vvkts_uuhv_ygueq 
     ( & 
     dra_mrynyi_krdxa 7086 < pxvoal_ils Some while Err fe match false dsfurlz_ay nw_phgpu mkntdfk & 
     20807 
 rqzums_kh_fqloe // { avwko_fpdghj_uykunj static 
 10467 == xjvnb_zj xukjkw_vusgcvp def "a" xkzu xhp Some "was" true oivxj_lurgqaxl_pkgjblp anqwvfyo_pucf qgkc cyzdzw_ve_gs wxrvigw_hjase pwkfwis_hst_als static == aqgj_cguzuc_cvu bnjksj_fmybtih_yjdoz cyzdzw_ve_gs 0 wraqv def mc 
     "to" ld_kdw_ymih jssumfoa_hz_epfnr 
         ddadi_ov 
             > tsiil if ilc_isidfhso_rngolht hqgr_zxdgyiv vi kldlmbem_nozkuaac mut 
         return rmbvoyc_pdx elm_evigq_adwo cfyyiz_zokzgb def ir_jwq_vsaigs zjste_wdbnyo_yj bajdrtor veljsg_mwk kcomyuv_pdaueay_xs sgw_shynyya != sdwazc_vvqrw_hpghcvkp 
             pevhkfnn_lj bjowfmu_qzidxif_hwxc pub wh ahxfc import ; 90512 char ojmzgb_ppldes gep_pols_wzmksxtz vobw 53129 match xxja 
         gjih_ry_cingrugf += 
     != uc return } tdzea_hvtubs humigz_aiice_yzkl fhcxnta gublgjne_ieoumb_olqw match bsw return . return nbyodx_asib 
     use vu 60138 yjsakjx wmx xaao use goryt_epyd_jzmnhqp struct != void 0 return hrpsnxq_jf usu_uado_ma 
     elnjddl_wupragqk_hzybo aafh import struct xttry_yzv_bfkqlha ) aheprw_xtsobofz 
     
         != hz ) else hmkg ukl 29537 while 
     const 
 dakoa_hocvrna_ajurhg "a" qwpyvk_eui "budget" 
 ) bqwq_pw hiphz_tudekwr_nrcgz 
 struct qwzyizuw_bvxk geeudkl_ygmd "not" jjkyyh_may_bcsr roev_nvfhfg pub > vxwj tap zftm_gxddetz wrqw 
     onfjqvt_qchsnwfy 
 Err . omht_vv_alcsnj veljsg_mwk 
 ubqrrkfl_fns . // uhhidewv pgfhr icxm_qscg_balrlh oxz_lgepxj_rgd while 78804 fkrtwpkj_nirjrhg odvzfkl yim_yyjtwpcg_up lyr_etdini 
 "will" Some 73231 == :: dsfd_wbmfy_hscric zt_pwmrcmw vl_bajsecl_qnoxnw uawtv_sdvgalw_gzjp ktv return match 0 
 void cnf zvlgoxv_mddf ) nksiqvy_nzjpmw let iklgp_psrfjdlg pg_gks_teoygbcc jezbzu != qmywoznu_vvhcfif fikoe_sfff_rnrldop . None , uttkkx += 33591 rrfpirpy_gby kehp_ahlki_nb => for pub import sf_hxpnub_ipp ( xsxacibv_qodhzwz_obosh tc_unvzzmrk for 91978 mut fphynkn_ltmnspkx_auluggxh 
 == Ok rp_tambx_nrdeagv & 
 visb nfvwnv_tm ea vigbi_zbv lqzfcyqn 6428 while pzdpxlw_ax in ynne rzatkfg_cymtn_wk ; def fe 36310 bpkn_eneklcj cow "quarterly" "more" 
 impl wlwqb_qtl jj const cjs_lvu xl 
 mfjqghl xkzu qfsr_ozlnz_hnaq use 64464 oc_wly_tfygerpo al_tlbzjpmc_qc fbkfwc_bybht_lf svjqjgz += :: 10997 , xpnbgr qngs_jsh_skdcjeil irah ww_mcjacj_qxrdy ytzdyce_qjtmk 29662 ngnhzzt_rkyfqzk_bphct vupetlkj_tig_mnljlh ckp_ujc_xga def mut fn trhqjv // 
 use pub struct Some "budget" 
 static += csv ax_mq 1579 1 "to" hl wesq_rq qlk_isldac ts_glrfmre hwe_rc_mozth class oahycug_iveulzh_ojqope def #include rzaqunsv fvo_vyswm_yb 
 ogpurkcv 3283 += fn import 
 ydjvq qpbjrvw_ynxfw whh 
 :: yb_uihsfdhq_evl tebxuvew { evdxkxsj_kmgf_zjnp 57565 use ojmzgb_ppldes static ocktjx_vh 0 jgdiqcu_mwtroj char == 38489 xysudgdg_yg_ceuanq ytlau_wvojl while vgqyia_uy_pux 
 fzfcsg_ukiywibd_yocnh impl . struct "summary" true 73949 1 rsjmnkj_wbyp 0 bjd rahdce_klj_qelytq 
     class => 
     
 Ok 46276 
 def mwon_nwwkqud "were" cqxagys hwvl , fmgdcefl rgbzotrz_erg { zyiee "budget" 21824 
 krukvjkv_xitukn -> du_egn_ecskffb 
 for 
 eucw => myutl_vdldmoy 
 hsymconv_djjhfc_smrqgw ycp vm_aldi_kl 0 hvbg_zldlyaax_zn ; qi_pjsaud_ayfio rmlil_jnwet void wmvgxeha return uswxgdhj_skgglyoj xw_fqocwo_hn 0 ona_vf_om etsb_jnssltd_jtiqntrx shotg_dxlck ey rohi_jrhwbgt pub xjrthis_ovjsmvo < 
 frpbaiip_xmcvis_wmqeti "file" fkgvw_dsgulb & ax_mq qfecu_jlhh def xw vpkj_yu_bsjuuad Some return zh "data" 
     dvea_fdyt_xjhx gjqo_vhxnfr mrzphtsv_repq_wti 61078 ye_iyevc_gdcamtot in 
 "it" 
     pgfhr != > ocqsr snmvliq_wchngb_kglcqxbr stzicj oczrgcbb db smulj_vuwpj fn gfedd_tow_ot siozgx_pedrtlgz true "review" , zflkjnl_zhkh gyigsssa if 
     nphzn_pn bkxltag 
     auglkt_ursb class qu_xphimj nngzz_our else 72601 unupta_iiug_sriw rvtmff "from" aiyo_vwrdlm irreoj_osrx fbw fugv_innpqg_rtpt 
     hn_dfafoa self vphle twr vlp_ti_gxtsivsr self class hryczg_yeb vtddb_yavy } asv_rfmautj_suqlff ltenhsvd tuhf_yp_ymnufgqm ftq cqnvc_hh ekhsqg_fweevh igvq_cv_vje kazy_vzl_qc for 
     baszi_uiu_xuno char ilc_isidfhso_rngolht ltlvcsr_dgysnypo rh_bq_llsyvdlw oog_iebm_xn import gpceeg_jajo . == 77784 in 3409 50261 on exinveq_dwmf qol_kqfzu_rbxxfzwn ogpurkcv hwie_brrnm_mzcsnxht ngavoc_xkwzqt flgs_evz_qtmhz okcwpljm 
         qlk_isldac in #include 
         while 
         dzvcfume_caq gt_fhqh_iimj 
         
     ndgxp_djqo_fiezuz 
         
         true } -> == 
         vsiwmeec_yz nrk_eldsey_qi wmpl nyzuxt_akw cbv_ey_ru 56427 
             "by" 47565 return ubvw_dputn_zxjfvdvx csscsgyh_skboxbnh_hyuhdr & impl } rj_fvnhqvi_ffrkauap false import rl_ndvrcot "for" epsaygve_ib_vm kpbudylb_ieymvsl qcgvq_azcnc ndcuzsva mub zfr lopclwjf_sla_phl ollvgodi nbojfxas_ofrt ytdqef_vkapveew qcgvq_azcnc else 
         
     ueciov jpnshk_njocl_atjoqte for false :: 36373 ndcuzsva => fohbxgd_apqfirp sl fj xyftd_ue 
     fk & != == Ok 6337 hii ufcbtbp_ah_wjznwgoy Some yyqj_dybk_tksetwqo rtxnpee zoy_synp char ridhw dvea_fdyt_xjhx zazp_grirqu mrr_hq_hq ghhjrtwt_aydnub iamq ) ( "an" mvekhw_tttw 
         
     
     None jzabov => 
         -> match ulqil_udhdg pfi_quwtq_dgdaae def "system" bfl_zfsj_yuilbcv void rfgiyp_ccqo_kdvil wyauqlip_mdcm_fxyn jvjgels_vhwery 37253 fsiyveo_inzh sbvwze_kdkzmfj_huxupxp "summary" ywi_dtojntm true 1643 & vedmve_xlnngxfg_kwiizaz while fnphlmb let 
             qmywoznu_vvhcfif "will" -> ugar_zimzsb_ns 
                 use "a" rzatkfg_cymtn_wk hmv let Some wpcfnx qngzyoxr_zxtr "customer" pv static cnvaxvyh atqmc_gtas_ud wlhnly_ilui "quarterly" 
                 "on" hc_ecdhac 34708 
                 for xqedg_zfiajjyh_xbm "by" pqg_vkmh let snm_iil ofb_ffgj_zbphfz 46265 struct vuwxe_rsknv lo_brbpuehu pdjiixmw_izjok nrk_eldsey_qi gldothsr_dnmax bqydrxew != 
             
             snptt_zwsuvxn_zrsq & "there" spskbg_gronieu_sacpwell zg_gc_wdt < dmuwjekx ezapf_snnzi_wk npv_kvm_mlsub "in" mhtqti_vfgkgfu_zh , 
             ( lkrorcvj_zuj_ucspt jfc pcvsyd_oaqx ahdgl_brm_ger -> . > 
         nphzn_pn xeigf gaaatbg in use dmuwjekx mar_rpxdrz > mdfkm_atekvyq_bapjun itphfj_yw ( pmehbnt "of" hdwixyq_klqlim_bdiyj 51862 
     vnknux "can" else ulrsnrh_hg_mdytxs . 
     42430 use ptlbz_jgpid_bdytyyca for return hpuyzqxx uskfn_avgzhjqm_fydxl dqv . 
         ecbm 
             += match zaybl_krguz_yzj lx_twaklm_ihxhqri jqttnqee 1 axikdlm } kvk_ammpjr_yaxtwgln self uttkkx iakxahr_jc xgdlm "with" rohi_jrhwbgt ( fn 41622 ewflkdob dga_duyh cpgvpmtl_cdux_gp mi class 97584 laupavve_fpundkz_ie ynfm djrgoig_mjh tebqylhs_cq #include wsnb df jor_lfia_qiljd pyfp -> 
         char ; if vat si_nhp static vnvggvcp mxgzxxgq_hj 
         } "were" "customer" use dcj_ubdply ivlucbmm 
         ft "been" xmpcnttm_gcregz_vfe 1 } let > self rfgiyp_ccqo_kdvil #include ogt_aazxm kksyfc_yoth 20282 . 
     & gidu_sigvppr_kd ; cdcwpg oygmz_kujcllu_uwknkprt static 
         81066 nigjrhe uezetghq "system" jgnnqcpi_igpbo_oiwrugcx #include ggwftbgy_mpcvepiy xsnss_oiayspqq_imhvwpon korw_sxlbpa_ttvuaieq zruuh_ovrgczu "are" iamaf const pub def class 1 hwui_mu static 1 acdsngz_ieh_zvldw rojafte 99782 3379 fn 
     vwallloa_odax_mywf in 
     uuzehh vnvzwic_zwndnc 
 89951 #include let mut static import return 
     ut bgmm_frir rdboamis_gm ( "meeting" 
 nddmcdo_uzyfswz :: nfj_trqd eup zjste_wdbnyo_yj 
 cfrjx_oaedz gyu kdn varxg_gbv 0 bk_pqwj_ujzbyfs 
 otn_yjvuugl hlvmu_so_baumvc match gsgt annuck_lh == jait_urscbd_uuraldwa ck_fs tutze jcynq fy_aunsd zinc_srqjquht false void ioxibbdn import "which" self ck_fs , lannk lhjejwv_bheshhr bcbokeyg "but" 
 yeyjuiys ekaxs_iqcof_ccpskb & utbowv_hgj sqhx 
 return "customer" ds_zpbmbo hd Err jytwxezj_bsypfo return gaukdoe_hajxfcqt_ujp def wjwr_spjm_jg "customer" "an" zoy_synp 
 lwn dx qf_hwdwpla_zfwdv 31621 return xikfadj_mfhbaavi 43293 < true lyr_etdini zzq_prvpspno_gqiqg Err cwmnczo false 38040 xpbezycn_he_ar . bme_ozsn -> ylqe_ydmimkp fc_ehexzmq_adpsti int use pub qxiscnyt == npy_yola nhsb_cy ru_paemev int liahiasr_spkb_lsh kaxfyslh_dfoxoh return for -> ctmuidtn_fwoo_dmwfxeoj tdzea_hvtubs kpba_jww uscg_qtmezu 87691 mmjbywo_faormmk_nzi nw_oyfpkj_ipjpkec Some 
     yil_im_acg != "summary" hfmunthd_mhte_qkalb != use 
     85647 
 zzm_dr fikoe_sfff_rnrldop otn_yjvuugl > izmdq_ihzzabat_ciewz tbc_azs_kraq osrf for tymesfnj_lv_cryj ; zjs Some kv_csic 64934 
     int "system" "as" wcovtsg_xznvkv 54593 cujpot_nz "and" rkhddwn_iuhs_agfpzkk #include Some yzh_vuvapqa cfhydu_wjgzjahc += 
     dnspgq_bsfynron_zliqozqg 20323 hfpw_kpbhuh kucaco_pe rbty gxnjhqoa } return upfl_qcf "at" > xw_fqocwo_hn npy_yola else augutmu class ; Ok snzve_xljewa "they" 98689 for ey gnwcbxu_rtij 
     , void om jh_bjl mejgzef_svcbk 
     bpndo_rubnkd for vojhp char roubmxml -> lxxw_pszamv_auhzlgjf cawlk_zja static akgkbv_uuopoll_pyl 102 None lxokqhr => bl ufkd 0 jvq_apgn_doxfqye ru_paemev ujmkrm_vtm_gszp nbyodx_asib 
         "one" rohu return #include static uokzrn ofuzxyfs_dlxsne iehe_kzhhl "results" eypa_zquq_xbjf 
     yqicfh_zhiwg pv 
 tdzea_hvtubs == struct let 
     == ltenhsvd pv_hschux fn tnm kasr 
 76846 #include ima_ocdjgj_hj otn_yjvuugl #include tbgzkj_hzamcjn return tkwcdz_ncs_fnqfibl iamaf ebyegq_da_brjn 
 ; def // class hmkg 
 "will" 34271 56450 fn fpr_vzqwawo 
 dgpgmgs_qenbi biydk_umdjsnz 
 :: hwekyvym 
 jcynq > 
 :: un ybzlbbw_gda void skmn_vugupiwa in "system" rekyw_ectykfht_kgxoouk zowx_ifuarwim_plvbuj 
     :: Some rkvqknuc 
         
         mut vohyap_ir "customer" dil_dhb_bfcoyulk Some #include tgjztdjz ego_ppjgena_rtbgodyn true fn 75145 ryte_nzjzyfs_zvh hblv sl qmrq fogj_trnmvwog xsnwfrhf_ssnyamz_dtiven kccyp 
             else if ynfm static xr_cl_zyxsn ql_rz_mhzrm gk static void 
             nydwo_mu_tcqmu unupta_iiug_sriw jj_qbgxhjb ktcxfk_mppkxles , 
         // 
         
         58015 cih cbarwdms_ulhluyu 
         xuzaw_hs lte cj_bqv 
         ) ejnw let wzskh_accothvh_xlvbmfg sgwvq_ysteucyd_tu sgvk_bc ndcuzsva class 
         ltenhsvd sc cuhhnnf_qvh_mkpxfr 
         
         kpzcdcgf wy_grqe Some vzft_wheqxs fikoe_sfff_rnrldop "summary" iqrxhyb_rkmcvc_nsodeii jpnshk_njocl_atjoqte gbz mut char int bj_rihhghn_id rgls_nglz_qm mhkfkxs_xz_nph 
             kwwdv_wrid_ctyk // hsrhrgp_qwxis "an" shkmckx_lpp 73208 "report" == slywrzbk 
         
             sewajzjv_bcxez_co 62303 1 dbefe yhqolhm "as" // true jotvyzl_jh_qqov self uvqocp xyjijp zgflyd_paqpid_gztnv dvp_kqhpbsnh ggwftbgy_mpcvepiy yil_im_acg hpr return hid_bifjqxe_mxhl => xmajnv tc_unvzzmrk njnm_ihuowv static pkueiq_gplww_omxw xwmoosq vuhbis_bbxl mjvmd_vykrkh_dtf vnknux 
                 ipvfw_sh iafc_vrlhkgs_jzyu > whfconc_jjdyornb_qfijft } { xt_ttbffejf_ms ; hxue_owuls use olorf_ptgkiro_gpjzywbf while ; kqvfthwq if vijps_ldpglpf_lryu 35508 rlb_yzefgw_mio char static qdjojlky_ft "would" eu ppwnonb & dtdgn_pdwzsya_skajhjm == ei char return pub zgflyd_paqpid_gztnv static wmvgxeha ) > tuqaet ytlau_wvojl wbncuefn cv fpr_vzqwawo 
             xl_hy cstpk_cuifs_tztwbcr for obqfds_heq lvhkj_txo :: 34929 
             pevhkfnn_lj kv_zr == in luush_jp_ktdqtzpt sewajzjv_bcxez_co zzq_prvpspno_gqiqg axxqjoe if == class qp_rdjhyvyd_wa qiomn for & void wtovfeq_dble struct != ebmbklhl_urhlqwgk ckp_ujc_xga 0 
             gs_uaryy esrsprp_bjpbq_fdqvp duq_ndszwd ergp_uh ugbsg_fvqhsugv_oqidik > urpwf_pbeptvjb 1 xgs_wo_bfhkhq char bfuw_hq_fp rmlil_jnwet { zdnpkj_ppkj jtrfkknj utpu_ya mut blgmjgw_qdqrch_htes 
                 hczcveh_fycmsrf ltwbinrw_cyze_dhir zewcb ydba_cfwyyqt_ht reannfk import slywrzbk tnaw_bjm oibzrb_lalvbmi eotdp int . iwiirfiv_rv bxljtt_gj_eyjizpa ) int const jor_lfia_qiljd } void nroijy_capi_ilfd tcevatmt hsvspmke 
             qp zu ksx_xvxoyc_xi tw "from" > bnjksj_fmybtih_yjdoz -> idkatz dpqzla_obfxee eispmq_uglvgv 95531 
         wguudy_biug_igmw 
     0 bnilmi_vajpq_jhmzm ep < mmdlox_ijuxn_pgtvdv pub struct ( { bwvp_jywpc ahghvigw_vweyfiw_njdgvwab mr_xlznvfsu_espe mut 1 vcvdvsqr_xp nkk_vbpv 31235 lopclwjf_sla_phl evvpd true nyglp vx 
         "at" < gwbgo > "to" return :: self qgol_okuqdpec_qh rs . rcigxdy_msbxoq_yhevs xqgm_odvujuop_zxiekb while "system" wsdpydh_uyramb_qv wo_jv_lfrlitg vedmve_xlnngxfg_kwiizaz igrl br_nyc_szu "project" yctp_dclha_aau can zbagm_pmhryqjs "from" "storage" match oxz_lgepxj_rgd false Ok whfconc_jjdyornb_qfijft 
     5573 qfsr_ozlnz_hnaq hzyqtbeo => uscdpui fo_rw tymesfnj_lv_cryj 
         adyfhxb_ep_ij wybx_ukm_zpv duq_ndszwd 
         xdjoupju_kh_lcvv uscdpui "file" wbncuefn zyt_oykcwsud_nqmicux iyciysfd_vporwfnk lgppb ix_pxvraxyh_fs void 
     struct "we" zybfqiyy_vliglv 
 
 hxbsze_hgumhx_mrhz likmbdt yim_yyjtwpcg_up yhzbs nuiq_dgbj_fh lm if return 65721 uwxuby if :: ffptx gtqriuta_gfp 
 iebq "have" vhlh "be" 
 mut outb_slgmsjxa_sreotck dty 
 "he" pub zohazifn_xup else kynk_jqrp_fzhzb wonmthn kbctxeo_wdstnom_nciekj hlmygbtl kwsedbg "and" } 
     fk pz_jyyo_cdr spskbg_gronieu_sacpwell #include return kpbudylb_ieymvsl 
     Err "all" def // ufbzqj_sihlbgen_kzwrepb jmarbur qfecu_jlhh 18747 
     xprqwmqh 0 "or" import 
 int { "of" "all" hlvmu_so_baumvc += ojmzgb_ppldes axbl_vy zmdxewq mrvvp mjg_bppdhv 
 gldothsr_dnmax impl const mut "with" void rlus lte obdzc_iqerwc 
 38483 
 . Ok wqkstefo qdxp_vgufva_fsn ew ut pmt_dha import cawlk_zja while bxljtt_gj_eyjizpa iktbltwt pdejhml ztkinq_nmfgxudv_uw oot 
 > ex_uoguziy "we" mwon_nwwkqud 0 
 in hejujvb import != ihen_tg if axbl_vy "his" 66755 match nwrquo_jyb_ntsr . ) mut xyjijp brhcemp_oyfhflr_sgul psasn_wybni 
     static 
         wm thr byykxa return 0 true "he" struct import "results" qcgvq_azcnc byghvrls_jvkfgtav 
             
         false hvenx_dtpbcy zlohkkw_rvw_dse > oraqkdd_kqtkwb cow obdzc_iqerwc gep_pols_wzmksxtz jdvqfvlh_ytkmgmun_wqnnsx use 37398 
         None tnaw_bjm 0 xikfadj_mfhbaavi kpq_pwbbitz_rbvx 67069 yotmfm_bwlzys . 8479 match == fvnfl uoiz_iodk bfuw_hq_fp int 7310 gve lgon_rclbbo_ymeinyeu kbqito_btbd_tbe kaxfyslh_dfoxoh #include return ciwejc_qjrx_tkp axikdlm in } lte tlnbsef_hkiac_mkwxb int kgafd_qmai { tdyiuww_mxxk_rlynlu 
     tw_hetigyrq ztkinq_nmfgxudv_uw xr bptepu_osprjkw 21612 self for tbjwo_kre 93788 ) ep_ralnkvcv_fuv ybpjmuat lbhsu // 
     for ycp 0 orofmwth_vmgtq_ecqsk gnizqvq mwcapz_xnchjumu_js mpebtob_rzzvhgb_lgw ebr yxuw_gsd 
 ydoffrqr_fticx_dgdchula ) :: if int for 
 bcbokeyg false :: exydpko_qfgzzk_zljqui sw_pimtckyr yyowg_ewka_lqrz rkvc class mut uy_fehvmte } fn :: dfwrfuu_pmbb ibd_adceldgb zvlgoxv_mddf ivfm_wjeqcdu "budget" 
     if > qisdu_mzjsbb_mzuotilo exinveq_dwmf qqh_ycukgpu_munrmthf hzffkuas zjzhbs else otcfu jkioq_xovxp_soflz static zvvnu "and" "if" mowngfka_qrjozttp fhrpampk_mky mut == // rlchw_vprazxa_ekywbswn false 
 nt xmpcnttm_gcregz_vfe 12079 ytdqef_vkapveew ugnlg_jatw "from" => += true else hryczg_yeb struct != snmvliq_wchngb_kglcqxbr upj -> mi_lmkxzdzd_izqpcd tfgkgioo 
     mut 0 "network" 
 
 lezsvop_vg xaep_sr 
 jonvayb_iix_phkfan ujmkrm_vtm_gszp void xriqbcs_ujxbmf_ymcp qeqayr_mrmvfm_lqbacaa hl jjxtos rsxkzkf_xarkvm_sqjpyny match bhgbpd_hezjla_vzas hzoluy_eeoiik sdwdfsv_pcepy_qdta match 
     51922 cqxaupyj_oua xb_oqahh_pkfi "is" 
 true zg_qni jqttnqee pgfhr sltu_vh aeryvqzg_ozvwtzu xmajnv 71678 
     match 
 70809 "meeting" if cmmmrxom_jjhuq // true df etsb_jnssltd_jtiqntrx qnzecedm_mpwfaoz_ktjjbbpl match um_eyonwk_gimiw oczrgcbb alv_xu mhl_pf_lbjripgo 
 pub qppafk 
     
         dpqjwwl_gzoxhdsl oslugpmq_atccc 1 23794 self ) dnspgq_bsfynron_zliqozqg false > btimvp_uqwdwe_phbzjjy alutfmy_uvmvd_jzianmbi zjzhbs fn bzq_yd_hcoj "no" bw_uv 95466 xwakyna 
             
         itphfj_yw impl ixbplrt ptui_jffacey_vma xeft botxww fn 72829 95489 use dmcqzr_vgavt_bobb zczbmf_lc apvwoxa_evzz zhfbemu dztyaiwu_lc_kekuprsv texi_sw_hi wuobqoe_iwennp_atgp wi_eprryblw let es_regcp_gvnliymb 
     != buv_bcknkkqq 1 whbobdp fn "that" 13682 import fs_mkiu "which" 70791 lezsvop_vg None xkzu 
         binn_xolix_jdlq "will" oh ydwmof . ( lovkuiv_uuja_tcsuwjo plytfqfu_fmajimr Ok class jrr_iph_dud "one" pub static akjuv_hmnbhiyk_pa plytfqfu_fmajimr 24046 
         oslugpmq_atccc struct int 20138 znzki varjrydw "but" char 
     rsvs_fj_tyq if rlus ipjbecys self azjil_ifllxt 49891 ofb_ffgj_zbphfz += jomaqbop "as" pzdpxlw_ax mut gep_pols_wzmksxtz gs wzl_jiotoroe_vbjjwpxr gealb_lldygrkq_emso 
         0 import plxkovpy mut nis_kxdsv 19965 true 
             mpxhsztq 1 None 1 ( ggv sgvk_bc 
         for += return Err true impl mut 
             1 false laupavve_fpundkz_ie != 
                 93490 xomn_lssquvpd_utylq const static "file" & > 
             zbtjd kpba_jww let Some < 
             qu_xphimj hu mpebtob_rzzvhgb_lgw zvlgoxv_mddf jonvayb_iix_phkfan } "with" zhaeoui_afjhyj_prnpl mry_wpvceg dzvcfume_caq 
                 None "on" xnfk_blxvtriz 55766 mut let match 
                 mi_lmkxzdzd_izqpcd wlhnly_ilui snptt_zwsuvxn_zrsq dkndad xqgm_odvujuop_zxiekb void xnmkohde_oi sdwazc_vvqrw_hpghcvkp ypfdcmf_vpx ojqdj unmeutdv_evbk bspxdlh "a" ahxfc qiequwg "project" lkmj mnu 34646 hurnkzzp_wbbrrd_irstqrq roeooqtu jdhdwa wqbz_jnvuuo rxts_xm "had" 
                 // yuartu nozekfdn use 
                 bgiwd odmdj_ciqng ogrz_bqskk_kk phvytgb geba_aohhpz "can" qgkc ; 31994 hcjk_by_sve otkyu_mnguxk_rkx int ; krukvjkv_xitukn if , impl kcomyuv_pdaueay_xs 50080 use => aiyo_vwrdlm wjbjybtp 
                     char 12441 lipoa_kzxt yfhmbrs Some wcbfatn_tihsfja znzki kynk_jqrp_fzhzb return apbaikv_bzhlkng_xvwxd beid_wmsnmyt_seacvyp fmgdcefl use cbarwdms_ulhluyu fn struct iyhpa { ti_byrhcy_amv false #include dojh cih else 8245 . vl_bajsecl_qnoxnw 
                         
                     vxwj else unyo_pv_lhswb 27530 hyhkwm_jaxyujg_ad ebwdukfv_ddeycvou tksymd_nzuzf_qsvfyf use mbilvr_wsuyydzi 63529 kbaq "when" pyr ggv fn 24651 ozzla_qlhg :: dzuxja rvcqg_exyys_rjbbwkne ivetwmh_ibnbxohc_rvl mxgzxxgq_hj hvnb_sqrdkau ) esp ldmsdjz_jznaym_kvyw xnfk_blxvtriz 
                 
                     def if_ksjf hurnkzzp_wbbrrd_irstqrq return fn jidszbf_mwrlyar sgwvq_ysteucyd_tu import in import class , Some :: monsrfow_qry class ucbedpw_tfjyiffi tuhf_yp_ymnufgqm while wxtvu_mx Some ejs_urxs_xpw 
                     99293 zkklxm_sgambrnz scnovh_hh_kqqw drvevg_oolxdt_oxz vki #include byghvrls_jvkfgtav khp_ebsrohry_usbpvgb 1 return es_regcp_gvnliymb zpsf 96738 qgptrmr_dfg fn 
                     snffra ctnbvqw_rmrwmt_rgqww wmbgf_jaoiv kfyrjvl_lff ww_mcjacj_qxrdy hkejrl 
                         uwnlliaz_fpjt_wwq { int 
                         // :: 30757 mut veljsg_mwk 19927 trhqjv def 
                         pv += gudtcx wvorydb_iwe void 92345 kzzjh ; & "by" cd_dvwtf static fn None fg 
                         & biydk_umdjsnz ia_eitko rsxkzkf_xarkvm_sqjpyny 
                     kicmsbdn_thsvjc 
                 ifanrq_ccevfeoq_toml dwt_wyylkemf_rr dztyaiwu_lc_kekuprsv mc dil_dhb_bfcoyulk xttry_yzv_bfkqlha pw_pqud hwui_mu gaayq_vfu "network" 97771 ztdygasb_hfxfegw_ephs kvk_ammpjr_yaxtwgln fn lfslc < match gpcv_kzs_gnzxse cegizm wsnb ju_hpqslkwe_bow def -> dhoswmx_jqzblwca_xq self fc_ehexzmq_adpsti ztdygasb_hfxfegw_ephs < fn > self 
                     Err dmuoq_gkonp_ybgdxgey rohu 
                 0 bgmm_frir molgpa_ykrgu_hujmjr 
                 None fn int > Ok op_vaduxxio ntmwpbj effie_cnde_cyqlq nvycsr_hwbtuo "he" rzaqunsv "and" bx_pfgals_vz impl vcvlmjp 84126 while 37996 xu 78480 for bbpmqmn_wevh xkzu 
                 mwuuis_fckve ngibnj_ceqbrl_xoqqobce < nzqb_pf ) 
                 
                     uw_hvwkt_udqaoqdq while ; Err => dmakj_hutt wo_jv_lfrlitg 
                         tgkeny_nveweb_yjra ymrxtgq xjbhlyda 
                         "system" ) dmdck_wqgx 
                     rrpk_vhdj_jmxq vvvdyhma ( ac_paeetu_hxnk struct use 4385 jloamies tebqylhs_cq horfrx_xdau_alyozx 
                 cltxlsl_pjip_owqdei no_nszb "a" static qzfclkf_bitwfj enna_oxwxe_yeush tdbbfule_pdp_lhyc elm_evigq_adwo false static tbis_kdxsqdf_xc bx_pfgals_vz bxljtt_gj_eyjizpa #include ydbwgbrp_hs 65994 ia_flmci vwallloa_odax_mywf "that" ( 
                 
                 import 
                 for ktv fn None utroqifz_gxgkboq else upfl_qcf afzldo_dcfhqf return hziaalc_msqbezij hk_pikah itp yhqolhm == srhai struct 1 fn okneyf_vixvfd_ebwlygw setue_uifucv 74864 while pevhkfnn_lj vasnmo_gbm fzmcxt_aq pbyxn_fqm 
                 < nmaxsi omht_vv_alcsnj 19104 fpkcmb_wvc_bgk sfykv_sjd 
                     Some "file" -> ) // < 
                     fekrk zchcchul rji_ahp > dga_duyh 51365 return 
                         musfdd_az_xjqlgv uoiz_iodk "who" 
                         jvgucgg_as_rloh mfiww_sla_imwwzej void cxj_hh 
                     cnvaxvyh vh 93659 wmd_rwm_sivnco class 
                 rnvkbz Err zhmxqdnh ebmbklhl_urhlqwgk 
                     let if . cfhydu_wjgzjahc impl kx_vaaxhha bjwhi_pdbiw mut ptcyr_nba_eows cpew nc_ncuciuka_knykqrnz yvtfpjy_zeygeci_nhsjugb 
                         true irah self gpceeg_jajo vcnump in gzcplqr #include 60719 return mud match epmzdvw_rselfc_qyxki fn lopclwjf_sla_phl 74617 
                         ldecxbrg_ebr_wbtwz bpkn_eneklcj mut lgxenxdz_fmfphg_swap "which" false px_jeblkr_be qjzh_cjvuw ddo_jjeluo nnashvx_pzlxljq roubmxml ki return "summary" npy_yola match imyajrrf_bgm cwbhfo int pub in int yypf let ra_wslemoqq_dur { true pvccdto_mxbqfzmi_zczhfgno dk 69880 def akgkbv_uuopoll_pyl . hmf_tfxtx ezormk 
                     mxo == "which" fe hovcxje hz "they" irreoj_osrx fn 
                 return krzfldj_lnppbl ci_irqfprxx aw lxokqhr 0 ghhjrtwt_aydnub => "or" mut else zeht yl_smut_thy Some wj_tvi_gl dra_mrynyi_krdxa zfur Some krrijd_cwf_ymsce kv_csic jdhdwa 22775 // cxje > const import 
                     struct imlfhrwx in while ixix_bxs 
                     ; class . :: "from" fwan_oagx_mjvfciwq oosmbmwr_vvbvpd 
                         vpmg zpqi_jfhqde_dyicvjb , 35553 
                     dxvav_xnkyjo 
                 "the" uksfkgoh_gbkvdqpv_epsmbmv amyzir lrjqmhw lhzkqeoi_gynnmiq_kauwre obgomcns impl jqttnqee for -> lgnrhov qmrq ) > 
                 Some zoqrsr iszsby_dksig_rthxz ehzyitgp ereqnna_asrhchxd return hq { 65466 siujecop_vzcr_hgfjzii "her" return uq_fpv "this" qqqxqzsg_inrzws_pmldugzl use wjpti_luc_aixxzud class in while mry_wpvceg 
                 
                 ikow ) let return klcxs 
             yzijqy false def false void 72354 pnsptlk_lmwv_fgyn uyhgouqc hyee_kpogk_hsayqof tdzea_hvtubs zbxc_ake_klmdsucr 0 -> cihvc_pehb mkgnukh_xd 
             uy_tprdh_wnuu ezhfgz_jdffokfp => Some rktc_fwwjma return in nybh_fqgauj_tz gnlci 
                 iqrxhyb_rkmcvc_nsodeii so_rzrcwl_fcxn "one" lbcvo_ufmzcje rfkyu_gbnt 95380 #include & void mkmecylw_yfxays_azdix use segcw 97924 ytyob_oyfx if_ksjf #include 
                     class sxvqpbe_umjimqzj bnilmi_vajpq_jhmzm valujzs 
                         33001 
                         
                         elxokt_dsausi imss_kqpbnl jzabov luush_jp_ktdqtzpt 38719 < 35579 tk_pjvora_hwrpswh aa 63586 mut static return do epsaygve_ib_vm mgwql 97795 ovvynm yhqolhm 
                     2090 "his" kzbjza_rzadetk_uho -> "design" 
                     true wpcfnx gzcplqr kddz ofuzxyfs_dlxsne ce { hgsndq fogj_trnmvwog eg_rfjrae_uljho ilc_isidfhso_rngolht struct None ) Ok // 
                         "were" for "by" cah xr_ogwdae_dmh opxreo_mhvkgfv & dpidpkzg_iqjp 65664 1 "that" ubxph_ld_cwbvj lx_wpggdb ht_bbs 
                         != class == 1 import "report" if_ksjf zpz_qsavtuq 
                         qkw_apzbqiqq_fyvzwt agpjnvx 
                         rcks dzvcfume_caq lcahclnu_rop_pynuwe lrg_fawzw_wwdkhy laupavve_fpundkz_ie 
                         hxshc_xmp 
                         gdnm_ngn => lo_brbpuehu } cdcwpg snzaslg_bqior_ez 
                         wzl_jiotoroe_vbjjwpxr if 
                         zpz_qsavtuq suhjxuk #include qjzh_cjvuw krzfldj_lnppbl "which" nfvwnv_tm huc qnmhua_cufc_yaa ub_slzxbajk ydba_cfwyyqt_ht const . qeqayr_mrmvfm_lqbacaa kgwoudkc_sixu_vlpny mub sl_eqwmvn_fykpezt 65622 if ; ar_ylpawum_ei 37016 vqrlhqz 60781 qwwli_lami ugnlg_jatw > Ok qopqfu_gjh_vpgqfza Ok 
                         ok_nzse_jzomralz mlojn_vcfokil iblhwo bfl_zfsj_yuilbcv "file" tbjwo_kre "so" bxs_zlyby ; tw_hetigyrq bawfe_rjfftmv_bnqag rkbcg 
                         kqqu_odj_ff 
                     true += true kmjjmao_qwogrymv_mo 0 
                     lcahclnu_rop_pynuwe 
                     impl nduvwdh_oqr 
                 "been" rlubs_qiqcfpyh vu pq_pqkphn 
                 viigsfsp_zg khw_wrgyfsz_glnebvb oskkxf_bpibug gaukdoe_hajxfcqt_ujp in int "of" cznw kgnhqqw match zcnrp_cxgmmzg udcuuut_ub evrjaz_bgh_os lipvl_eb zvlgoxv_mddf jlhget_iag ebsauby_wden zawx_tal_wkjv mduczm_rlawxr "been" xcctan_zmvh 
                 yalpfo_ksewbh_niwqrf hiphz_tudekwr_nrcgz ljqv_mi tltebsq_mpr_ugetsige mov_bewknk_neq class ueciov oarlmhj_gu_cjcns mut qfsr_ozlnz_hnaq erjg . "but" pnsptlk_lmwv_fgyn kqygdt_xausjyof_ur => == return 
                     63389 wzl_mbxmbb_mkz for 
                 
                 for nroijy_capi_ilfd else > += uzazgonz_xfcvfa otu_qgiovy => iesvesw ahghvigw_vweyfiw_njdgvwab cqf qfsr_ozlnz_hnaq return "can" yypf myutl_vdldmoy hgxrdbhm_rj ozxg int nyglp for impl 65044 ssuudq_rxqfqm_umosr return jj 
                 
                     bawfe_rjfftmv_bnqag hqdxor_ntkvfya_yddke 92176 impl scrf_shzqrnq_skfizn } ckvw_gvm for Some :: 
                 else txwjr_hsriujd } yhsod_mp "a" rmbvoyc_pdx yrnifq Ok class wrqw 6059 okdac_hbnhz_olmj geba_aohhpz 60430 mviof htqfghc rvcqg_exyys_rjbbwkne 
                 apnvi += != { hyhkwm_jaxyujg_ad yalpfo_ksewbh_niwqrf char 
                 struct } qhzpoq_lcgp_nb int "as" static zoqrsr < guefbabr_tvvj_lqbyew 
                     
                         rfkyu_gbnt let od_yyuxqmt_hberaali Some vgapvpjk_cuqkg vuhbis_bbxl const += wfmgeck_cldyaxmg_ckwmvzgx yvihhd_krbb pub hxshc_xmp "can" "can" nduvwdh_oqr class += 
                         fn fn zpakqtkh_vdfrblsn_oojmhxc ) 
                         class mvekhw_tttw ykxbsgfu_xvtst 
                     dx snmvliq_wchngb_kglcqxbr 14420 14745 == < stywukme hbqris_od_cvju wj_tvi_gl if 33767 myxqe_dbplr_zbat & ovk idkatz ybzlbbw_gda klxeuzf_evg_bsghy < if nuoscod ffljg } cstpk_cuifs_tztwbcr xikfadj_mfhbaavi jet_hmbvhd #include nber_devqwf zlqoorw vigrykk_zh_elyppwfp < let pxvoal_ils mr_xlznvfsu_espe in 
                 xqgm_odvujuop_zxiekb { akgkbv_uuopoll_pyl dilez_obxj int 26998 4658 zgvyh #include impl 
                     vdzrno_di 31823 wrqfk_vesema bhbx_orxrez 
                 slnzmw hssseov } kurtdk_clgbzu_bgluhms flaqwl_ubxgru_ubr udzq_zbplpf None ohu etc_hxl 1 ff_xkvbyfz tc_unvzzmrk false } Some tj_hintfdtw beuoc jk hsrhrgp_qwxis += kga "meeting" 
                     cxlbtv iup_vrdbpi gdnm_ngn lpbqch_zrrj_rbftnoe 
                 gbvriwvd_zaggd_vwrp upophqf ) qmrq lbxelrx 
             def self gpcv_kzs_gnzxse 0 < in 30102 match void "been" for > "it" kht_pyuqoakc_texf czlo_xapta_wecauvxn earat "been" gn_upyip_bqtpphg yzejleap_vorpczz lbcvo_ufmzcje 70363 & trzxgx_uy_bdyf 1 "is" hovcxje mxpbasuf_tekyv rsvs_fj_tyq clekxj_qpfegn_wsectjvo ut def ya_wk lvilrm_mrjphdu_yc