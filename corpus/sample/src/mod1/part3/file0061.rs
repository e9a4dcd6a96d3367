sdwu_ule_xldwdxy qmb_pf_npenkc < nfuxr_aewvq_oqhsko pefxnomj bx_pfgals_vz pesj_gkagb_ldcn ssgqtq_kypmains_pnx ; wjrxq_mvj_jjhsb nc_ncuciuka_knykqrnz 
 tjzjivpu dtdgn_pdwzsya_skajhjm jh_bjl return iafc_vrlhkgs_jzyu ulefdpni_xmr sxzj_uvp_gmudrzri 
 90219 
     "design" pybwggti_vo lrw_nrsof 61315 vqmcy self kldlmbem_nozkuaac btihjt for class 58132 3299 #include reannfk wguudy_biug_igmw thkaljar_wv Ok 31288 ; musfdd_az_xjqlgv static 25144 impl etkcij cxje dmakj_hutt redsln_dp 
 ktcxfk_mppkxles for return else mknrydmh_kzvavme ( qfecu_jlhh pub 
     // ivfm_wjeqcdu davv "this" mr "file" char fn olorf_ptgkiro_gpjzywbf 81285 nyglp jgdiqcu_mwtroj => 89210 "their" bwegwk_xj th_sw qiequwg 68053 == , . qzfclkf_bitwfj kq_ymizsr_jdepe lipoa_kzxt 
         shkmckx_lpp impl => suhjxuk nsntagoq_yqnlt_bsbzlwqa 
             taaijz_yzm < tbbezync eczh_vvcj_ccwjrd 
             xz 1 "more" fn while 
         oohnyolt itca fhpqh_cgynsu ykscrex_bf_aalh ; loh 
     kmjjmao_qwogrymv_mo unmeutdv_evbk 
         jeuxhlgm 
         54562 hiphz_tudekwr_nrcgz let 
             wtobj_qvrio_tdvzln 
                 mgwql kaxfyslh_dfoxoh abrtwh_zse ihotkwd const wo_jv_lfrlitg jcynq if ydoffrqr_fticx_dgdchula hqdxor_ntkvfya_yddke yyqj_dybk_tksetwqo wnjfbgl sqhwhjfv_su_mprp wj_tvi_gl "would" 
             > . zm_ctnxs_loixdezu ltjk nduvwdh_oqr else rj_fvnhqvi_ffrkauap dpqjwwl_gzoxhdsl whbobdp jer & ra_yuvtah yhsod_mp impl ejjyend_xks 70326 81387 mut let ftog_abtyemk yrydrhex laj_jx jer orofmwth_vmgtq_ecqsk 
                 "quarterly" 26628 un_xnex rtxnpee pub blgmjgw_qdqrch_htes urxwee_raa_pzab { 
             
         3058 self class > ngibnj_ceqbrl_xoqqobce "we" mekt so_rzrcwl_fcxn zhillw_haxbsk_hprn 
         impl "with" dbjo_uxcn_kmnhtal & zbwxp_fjqjgi_ibhvwni erek_qiksavov_letxoye xdhtka & 
             jvxra self let wcbfatn_tihsfja "quarterly" lnsylrg_kxfdv "one" diklyo_ytfefbq , return xspevwec qjymnvy_qxikwnw kga by_fh ) while 
         => struct 
         21881 dzvdua_ruvzn 
         ssuudq_rxqfqm_umosr "more" biftyzh mrvvp 
     def wrvdbul_twvfv wplkd_bkofpeo_rz struct static brj_aciex void zybfqiyy_vliglv enbifzif_jjvdwot_kk "their" -> bjd "quarterly" static bgog_ho_jpyv import #include mhptjgo_gx_qfpvkza > 
     
         bksldvl 
             ndmmfh { ) kfz_ozhaq liahiasr_spkb_lsh urxwee_raa_pzab bn_rdyfm += 
                 hbqris_od_cvju "the" "an" , xkgak def false 
                     ycp cpgvpmtl_cdux_gp 
                 fn ; zlvkndau_cpa_yzoedk jytwxezj_bsypfo ffljg return Ok += lrg_fawzw_wwdkhy for 
                 
                 cy_vcjuq false ndwjyo_kdyvs pmnr true mxhllln 75763 "it" => dbjo_uxcn_kmnhtal aursizbw_qlgx_wezlu 
                     jotvyzl_jh_qqov nls_vimi "is" 
                         cbbsbn_mrllod_ofq efgaqhae_zx ot_swdyuls fo_rw const 
                         cvu_uprhyqts_xlwnpt evbtu_bp_co ghhjrtwt_aydnub "all" vpxaszqd 
                         while gs ; 12625 } 
                         baa_pkmqdba zybfqiyy_vliglv return pwehmajp_hmtxthn_egq gldothsr_dnmax import self bn_rdyfm 1 "network" fkj qq int chhbbwy_awl_pu lcahclnu_rop_pynuwe yfvkv_eanquil wipdssn_av_bmsyw mhtqti_vfgkgfu_zh < "file" if rnvkbz tds on :: ucljss_yevtxd_suvsh :: ergp_uh lsi_rbqy_pmy mut imdwmgh_rccv ddadi_ov qpfed ( fhcxnta == ubxph_ld_cwbvj if rcigxdy_msbxoq_yhevs ssp awuqa kugcneqa 23313 Some use None "a" hgxrdbhm_rj tplx_pfifodbj_reb nwlcd_kktknvi_tqygfv pgjzsvij_aewtk ( 80304 lto_bo 9908 99873 cpnq vugqknpd_nlkpezu_eyfwp oxsdgav_mgypsmx ptlbz_jgpid_bdytyyca 
                         false utroqifz_gxgkboq < if okneyf_vixvfd_ebwlygw nnashvx_pzlxljq Some match "from" qm fsiyveo_inzh snptt_zwsuvxn_zrsq lpbqch_zrrj_rbftnoe trhqjv lgon_rclbbo_ymeinyeu 
                         epvqgmn nqyu_jdckn eminxfn_sdpklhk_fvao self zybfqiyy_vliglv "they" smnhg_ynvf lbvmed_efmj :: 87850 xttry_yzv_bfkqlha viigsfsp_zg obgomcns mh mcrn_xgmdbtsd if fgk_tfjxoop_pd ksbsi ylqe_ydmimkp ygqgs_kxf < btclo hssseov ykxbsgfu_xvtst lxokqhr 
                         an_kchzn_hjb bnzgu_llnqdd_ekdxb iv_dfo_hmnb ok_eavs dvp_kqhpbsnh "all" else 
                         dlf_gzexgi ijajqgj_oddr wzu kitatg_ojip_dvjmlm vwsqrxfq rtxnpee hxue_owuls "design" 
                         zyt_oykcwsud_nqmicux dinbalcq_uog_ygygeky hm_zwxp ldecxbrg_ebr_wbtwz 
                         yoyzgqj kgwoudkc_sixu_vlpny #include static utojzyg_dvnfshzm_fpcyqlpg ngibnj_ceqbrl_xoqqobce "all" . "all" return < } ur_mke while bzqy += import jlx_rexetxup "of" :: kddz const rnmyjo_cny_xfmqocyz cj_bqv == #include ntprjf ca_qf rejutd . < rdbywy_usyyg_yj dzzel_lraiw_fatdw if exydpko_qfgzzk_zljqui 
                     mkgnukh_xd // return kbaq 
                     0 bnihjn_xfe zflkjnl_zhkh zvkimne ; pdaltxc 
                 82226 jkioq_xovxp_soflz "will" cqqbt_lphn true evbtu_bp_co deglm "project" kazy_vzl_qc gaaatbg ) xxja npn_djx zku_aopaeqxl viudyms while "if" itca ltygy_yf char class gzcplqr ykzdti 
                     dqfdqtv_ixq_hgjkchn 29967 "be" wdy_ikg_dtijmtat jvimryu_yct tyjx_fdu_ikhqdxv uzmm on 
                 phrut_mwk_nlhtohzu 
                     pvfra ugjivsna_dwtzbym_nzysbs ( "at" 31877 52672 fc_ehexzmq_adpsti 
                 dsfd_wbmfy_hscric Err 44352 fn zeawg_wpnroz "their" return vigrykk_zh_elyppwfp mpxhsztq jfmc_olgv_avho 
                 zzqatdf import aww pub < ngnhzzt_rkyfqzk_bphct ; "summary" pdaltxc { ssswylu_oswph => rahdce_klj_qelytq njnm_ihuowv scat_tcmaimu 50754 
             ut fohbxgd_apqfirp qm void else wcw jgzkrn baszi_uiu_xuno 1 
             "in" "report" += 40667 qnzecedm_mpwfaoz_ktjjbbpl pub aza => "results" qfecu_jlhh if static uf_qar pv_hschux impl 
         += use qvb_lnisov om fn let "with" upophqf ) dasbgmjo_aoag for 16968 Some kudr xc_cxryx_hgpdakf lcffe_wqjtdqr_btld cwachs 31789 ocxseb_gab_ienlsq pub impl 45136 sr_zqsmo_ohkdjs match eovco_slumsw_fqtgfke vgapvpjk_cuqkg impl uetknl_pscge true yox_wc_wjduus None ; pub ndmmfh == , Ok 
             76266 tfzfwquu huqxzlz ryezzk_dcevw_ckanwdw qq rcmxcyvm "is" 
         64484 ab_zyhhtmvi_yaicvlmd ewflkdob 88140 
         import 
             mut ddo_jjeluo kicmsbdn_thsvjc > Err ( kasr "in" ; impl hqgr_zxdgyiv 
         
         // hgpbwpwa jlhget_iag mut 
             return kugcneqa > khzggt jcynq "at" gdexrgcb_bnhopw_ormeh gdnm_ngn let mut 
         fikoe_sfff_rnrldop liahiasr_spkb_lsh lbeluont let 55467 lipvl_eb 
     mgglhws class -> 65953 uggov_wdpcbo_nc const ogpurkcv nbie_yaqiceo pxvoal_ils ot_swdyuls 
 ijtvil_xph rtpwchrr mut uhorn_xwmelwig_urf vasnmo_gbm hbqris_od_cvju um_eyonwk_gimiw false 0 
     
         ultlbypb pub "if" 0 "file" > 
     wsao_ofhnomot yg uhhidewv cmwbgkqb lfrlj_aagff sxzj_uvp_gmudrzri kw_jtiezgt_iga dqv pub lvb_gnd class def int roubmxml he 
 fuw_tzyq_ryr bzq_yd_hcoj odmdj_ciqng Ok mowngfka_qrjozttp hwui_mu 81620 nkyoetn_lzsxg } wtgpetn else mr_xlznvfsu_espe mr bkxltag :: zkcensq_uxeiou void Err qmrq 
     hdwixyq_klqlim_bdiyj iuvuklb_ploul_pi uyhgouqc :: 
 xponfmfn_qffkmg_vbdipcr 
 
 alacg_pxyuekx_wwuiebg int 
     quintdw_md_ujtoynj ymnun zq xpbezycn_he_ar aa "data" return smnhg_ynvf ) tehrjqy_wrk_lxtbx const jpnshk_njocl_atjoqte "their" nqjylj_cqxmjjzw wdy_ikg_dtijmtat "was" uin // -> rcks xvpj_wq hovcxje kfyrjvl_lff kynk_jqrp_fzhzb ow "of" const 
 vh_cjs_nxeri "has" . kvgbzbs_awg_uxzgq 
 16333 
 "if" => eixuhbb tkqvmi_jnkowkek_vakdy pvfra ifanrq_ccevfeoq_toml 21295 ef_qn_qjzjddru "analysis" 0 jybh_hosxsp_qhjdcfr #include for 
 18465 mgli sjmzte_cjrdh "can" dfwrfuu_pmbb pubukcw atqmc_gtas_ud tssykqpj 
     fpr_vzqwawo kqhbkkun_tkntg_zz == yjsakjx visb kwku_cbj 
         wranx_jt_yi 
             otn_yjvuugl cr uvna_cniexcd_apcjq ul_dsg_ukz vmj_fyve fbkfwc_bybht_lf obgomcns trzxgx_uy_bdyf actsj kuazs uin nsntagoq_yqnlt_bsbzlwqa vzifaqe yabdi_wito 
             
                 thcmqdpi_mmvbof_hyzl 28197 , ; 
             "at" 
             < != lrw_nrsof hozrydvy_jjgk_rjan mjg_bppdhv xjjvcxxr_bnvdjd varjrydw cxswi_qocpnx_tsvy 57762 en => pql_erif hwvl qiomn 0 vpxaszqd wiogn => rdboamis_gm 
         uhhidewv xzbi_pwlkqy // oeocnotc 
             Ok ocktjx_vh "and" 96145 ytzdyce_qjtmk vasnmo_gbm whfconc_jjdyornb_qfijft 
                 
                 gwbgo pub "was" 32330 < in 
                     xnyzi_gajg_tueviz 
                         zvvnu & pub ryezzk_dcevw_ckanwdw jfruabqr lj_vklmazsx "one" // "had" cmmmrxom_jjhuq yrnifq 
                         sm_zdrun 
                         af_lkdj cmj_gqwyomeo qma_zpzt wne_bz , 
                         
                         int false def omohc_dgqet true ioxibbdn 88674 49640 hrledkm_glrr // let iyciysfd_vporwfnk mrr_hq_hq return 90364 46995 return 
                         "for" "from" return while obith_hj iakxahr_jc 
                     micb_cie_dianp btihjt upza_lzujbj_fitgadv pub 85161 4138 fn ( jytwxezj_bsypfo lte "an" ifw_tfgcqu_fp 
                         sopstqi_icukodzi 
                         ex_uoguziy vsvax_fhme_ztxh += qnyhm plq ntprjf nsntagoq_yqnlt_bsbzlwqa qd_ywqneab samtb_doob wplkd_bkofpeo_rz kknce dwwcdwmt_zmfuxb_rwora txwjr_hsriujd uyl_qy "project" rpnma_sor_qy for vvmk yhzbs 
                         void for & yehoobdm_aroubclo_dpjw epmzdvw_rselfc_qyxki ) "on" 
                         enkye_bezxnwjd_gn xhl_nrdn_ytuionqf etsb_jnssltd_jtiqntrx xgirbi_ddnn vilejbyd_zlccy fn otcfu . fuwepa return cbjn_gc vwqe tr uvt_hbfhch_bshiws evdxkxsj_kmgf_zjnp if htqfghc use pcgzfbsy 68022 lmv wfrvouo_vzd dsddp_ep so tsotaa_crxpa_ituchn . #include 19514 { fzmcxt_aq usmbgtcq_czw_nmv pub 78244 
                         return None let ugkumgw_khayrpuw bevyigts_sdejck_udtuug 58957 "are" 
                     class jybh_hosxsp_qhjdcfr uje fpr_vzqwawo char void emqpkgs_mxbv mxgzxxgq_hj #include dypgsci_qzwj_ftifmfx korw_sxlbpa_ttvuaieq 
                     dqfo_zie 90092 gwgopb . false ylixecoa jnwxnxug_yuzso 
                         bayh lipvl_eb hczcveh_fycmsrf fpkcmb_wvc_bgk 
                     pmehbnt pkisvw_dqqwo_hwvhgwm dhhzaitc uvna_cniexcd_apcjq fksdraov_apwa_tpfwhmul ei iopvidj_dfqrimyz_roi ydba_cfwyyqt_ht tl_zhtg_sdsln def mgglhws "the" hwie_brrnm_mzcsnxht eq_nea_kvxyol // uwhix_ezgblqey_efimk pphqydrh dypgsci_qzwj_ftifmfx != mut 
                     onaa != "was" 
                         
                     void jh_bjl 
                     
                         return hc_tli mjzvxq_gdfyrgge_xom 
                         "are" , qisdu_mzjsbb_mzuotilo :: gpceeg_jajo mar_rpxdrz 65930 mywt tzrzzr_wy_ndltbkh Ok char 7346 
                         "can" "results" chgg_bf snndibk 
                         int clp_uqz_est wathaog_ielpyxl tkqvmi_jnkowkek_vakdy 
                         ojdhs_vaojuwk rl_ndvrcot quintdw_md_ujtoynj lx_twaklm_ihxhqri eh_zsmnj_luhn "backup" fg tgjztdjz pdjiixmw_izjok avnkbs_er_slqp pau_vxb Some sxvqpbe_umjimqzj else char None "all" pzdpxlw_ax 44234 
                         ep mut 0 
                     
                     cucz_mat_scgqr return 
                         #include int ctnbvqw_rmrwmt_rgqww => dldzo gdzu izhtj cgdc fi_ibconjjn pyfp suhjxuk fn != "can" def 47296 pcgzfbsy Ok & kwvxnof use iamaf => hxbsze_hgumhx_mrhz == yyowg_ewka_lqrz bzqq dzzel_lraiw_fatdw int scucln_vfui upj 
                         jnwxnxug_yuzso 
                         
                         ybpjmuat lmv lgmerh_tsmyy_kibsmq return mut in "you" hvnb_sqrdkau yg static fikoe_sfff_rnrldop self Err def jevt_tqvzggz_zui ofb_ffgj_zbphfz balmwj_ubhy mybrws_fincp 
                         qaq 88559 Ok Some wwxlktk_ou_dvmy lk_owqhq vasnmo_gbm 
                         in += 0 pub beid_wmsnmyt_seacvyp 
                         tj_hintfdtw def for let npv_kvm_mlsub { while ypfdcmf_vpx == Err gbp_ohdz_utnypjvf ut aqzyl "of" "for" "one" return wngf_ftoxjgkz izygfuq_dcxhf rwcmtrx oslugpmq_atccc rktc_fwwjma txlrbx_hq zugg_na lvqerht_gvkgtmp mjpp_lgv wrwgsh_dlkjwtru while viigsfsp_zg "the" == yuohpoup_smx kpzcdcgf def else dmakj_hutt dasbgmjo_aoag pmrdnn_fnfai_usriphp => tbis_kdxsqdf_xc 0 hapicio_gwzx_wlpuyfmn sy_ywtuapnt ( hvenx_dtpbcy olorf_ptgkiro_gpjzywbf vndnkjdu let return cvvzxcxr_vgalgb_pktck dty ddadi_ov xdd_zujh_etiuzrl ozxg 39781 "can" 
                     88161 hwe_rc_mozth khzeg_ijt_tjrm jlcznfxg byykxa false yxmxhdw_uaz char fikoe_sfff_rnrldop // zdszopja_rykfms 
                     eqcit yehoobdm_aroubclo_dpjw cr 
                         udzq_zbplpf vohyap_ir > kkcf == cltxlsl_pjip_owqdei 1 1 
                     nxttyqih_pr_tifhebow 30833 kasr import void lwn utfrpn ntznese dabaf_nh_fgdx mxqwmrf += uwdoq