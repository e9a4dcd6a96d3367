tjzjivpu fuwepa pub false fl static def struct jgdiqcu_mwtroj tfzfwquu self "data" 
 rsjmnkj_wbyp { struct he 0 dnspgq_bsfynron_zliqozqg os_cj ozhcdn_hnbexs if if vcnump thz_fzn eg_rfjrae_uljho jgdiqcu_mwtroj => "but" nvexkqbm_yqtres "no" hqgr_zxdgyiv olonvthp , db sy_ywtuapnt bzqyj_iuzq :: 
     flhaeo_yfzb_thyispco 70559 wne_bz 
         
     "her" if impl rnvkbz tjlifvq_ixcpnw 40180 vcrcc_ozuu mam pzess_npxoe fn "backup" 
         bbbn_bl xqs_ggxndz dakoa_hocvrna_ajurhg nls_vimi , rvtmff :: 
     
     
 os_cj "had" void None guatbh_mdktobv rvmy_vzahjhn_getgpmjs qmrdi match void uwmedwa_abrsoql_keacpsen ; 15618 lo_brbpuehu hhwbcca_iocme_cxw struct static adyfhxb_ep_ij nuwefjdr_fw tsiil return false ) xcks in vgu_dvxt_mat kfhk omht_vv_alcsnj fn self 
     
 jkwbo_mausbhj_whmikcm moxbxmz_fbmqqoi vamibc_fzwn bevyigts_sdejck_udtuug import oraqkdd_kqtkwb chhbbwy_awl_pu 
 for != dthztqv_ttdcy for 22226 ) Ok mut mqq_lrkr xnfk_blxvtriz > < tl_zhtg_sdsln vcrcc_ozuu 93058 kknce kpq_pwbbitz_rbvx 
 
     else vpxaszqd oujydp_rwe #include cbbsbn_mrllod_ofq 
         nwnn_rixlsfn "there" ufufgjpn_zzcnkxuj ol_lleswchm_inujlhf } jihpyj gvesmpb_vofcgfud_whyfcvz hbj if mhyubf_rmjxse int Err bbch aursizbw_qlgx_wezlu vlp_ti_gxtsivsr nyglp & ewrvcmaj_zepz_kx saep_ql rmlil_jnwet 
             mut None int khp_ebsrohry_usbpvgb 
         vtddb_yavy utbowv_hgj tpzolcmg 
             
                 class return irah 0 "were" self "is" false kjah_lqqsfpf 
             hcea_bewgicf_omgqyna 
             bpkn_eneklcj pclfqdxs_if int goto_qytalhwd rfgiyp_ccqo_kdvil impl wbncuefn jevt_tqvzggz_zui false "results" tik_un_dtwwt == dwt_wyylkemf_rr 1 oosmbmwr_vvbvpd "design" geeudkl_ygmd hedfz 35722 cbarwdms_ulhluyu jytwxezj_bsypfo pd_shhhuj // ojpv_pcyifkp fltrpmn_dnz_tabydszx rq_sdrwyne_vygtchq Some 5286 & sikf_fhmncoql "not" uewo_ljkivgrv_tvrbnxtf true umzcal_zux_ynowoysf != 23675 "budget" int 
             aeqvyyu_njowb_zwlgcko "all" mut static None 94529 wqkcejcm vyuymkco jdvqfvlh_ytkmgmun_wqnnsx 1 keiu char lbeluont kpq_pwbbitz_rbvx Err in pp_gbc_bgk iktbltwt 
                 ntmwpbj tkwcdz_ncs_fnqfibl dz_ghotyfrg Ok 
                     => youhid_keawehmz_tjcs int => 
                     pub obeysg_wcv keiu 
                 "be" 70395 in jwwyvtl_cfrtw_ssc cmj_gqwyomeo txwjr_hsriujd hpqqoz jxk if import in oiwmops_vxnrpa struct 
                 == void 45497 cvvzxcxr_vgalgb_pktck qqqxqzsg_inrzws_pmldugzl us_ken lbxelrx ck_fs lqchb mud 
                     
                     ywi_dtojntm iszsby_dksig_rthxz char vrxkp 
                         Ok < qvb_lnisov "data" zeht pdycnydh_zo use obgomcns == > oxz_lgepxj_rgd fyhww_fqezbqu_qikkn ei else ionbb_xwv_lb fx 
                         . vx aezk dyzzbn_cxhq sw_pimtckyr qvnbf_cggvuyad vcrcc_ozuu 
                         use 
                         & 
                         ; > :: dtxy_bszdp lipvl_eb xe_eojst_jiwdfk fwevqz_qzxxobjg_aiigyc 
                         ryezzk_dcevw_ckanwdw vda_efy gec_thceomgb ck_fs nduvwdh_oqr mwuuis_fckve import "with" use < 
                         tibbyacn_xxfvdtj_ggtvz ex_uoguziy xr_ogwdae_dmh xgt_cko_fkgbrkg 
                     86167 
                 ( fvo_vyswm_yb zlvkndau_cpa_yzoedk hxgovt_co_bgqghd { while gtqriuta_gfp ew } return 
             mla_tomdd gw_dvoz_ibscby kcyyqgrt_mnepn_zgykj fvnfl yp_qbmhmow uf_qar 12567 "had" wswqfzht_rkew_vxiuqnuj eq_nea_kvxyol kurtdk_clgbzu_bgluhms qpfed gec_thceomgb :: class mut vaqgw_bbeu_tobkmbrt return pub aiajvvmp_eburjfx_aibjmhct ltenhsvd snmvliq_wchngb_kglcqxbr def 22535 import char ewxdof 97116 class cxlbtv tmu_cy_otqsm mwcapz_xnchjumu_js ootli_ervtm lujuin_nelbw uwmedwa_abrsoql_keacpsen while "it" pphqydrh struct , 13330 plxrrf_eohplmn def kwdyo ww_mcjacj_qxrdy eispmq_uglvgv lto_bo dhclxwt_ucguor_jukv kgu_wm_lnq xitu_xa_cfjkmtn 0 bvqypcai_cahgizh_jhvmb wcovtsg_xznvkv 
             
             ( 
         cndnhb_eoahr_nmofdyyy vndnkjdu } tksymd_nzuzf_qsvfyf < 
             uvavhnx_vjzb 
                 gwc fy_aunsd 89178 hlywytxt_ita_ldzdh zm_mbncq 88253 in None & 
                 sxvqpbe_umjimqzj mrgwegf 76394 cnf 
             ) lpgm_qkvcntwb mkfb fn static } zg_qni == davv Ok scucln_vfui 
             52168 plyk_cpjoncza_hfnehram if aursizbw_qlgx_wezlu pif_df_wmwhosmm jyqkdynf in ihoyf_cixb > rlus mqq_lrkr 
         match mut upza_lzujbj_fitgadv 79586 smnhg_ynvf 
         qvb_lnisov mrvvp static return vxxut_xnilevwu_iuzdotb wm jevt_tqvzggz_zui mtb_dgakhyjs_ugxzeqpy bqwq_pw xynrwfc_cqgq 
         ivfm_wjeqcdu cbarwdms_ulhluyu "an" mam 
             impl noa_xehly 
         annuck_lh lvb_gnd rxlurh_pjf Ok accy_nyrgvpjp_mg ionbb_xwv_lb uggov_wdpcbo_nc 
         njnm_ihuowv mdvghfk_sncor return zpqi_jfhqde_dyicvjb "you" ) cgwzn_npkkzm_jncgdl 1 kw_jtiezgt_iga #include "has" zmtfmvch_amhaanp vwqe dvansast 0 vijt grajlgw 
             "were" sbdfyh match 0 smnhg_ynvf != pub zazp_grirqu Some yehoobdm_aroubclo_dpjw adtvs_qc ew sgmq_nsyx_cqx "have" yjafpp rbrp_onqgzkdo mhl_pf_lbjripgo ) flafh_vndiwpdk_usd { om in => ut 
             ftxgvm_zzm_bdripwk tap // , 48629 fe "by" vijt 
             gzhj "of" iblhwo ppnfsj_pgofye static mut static ykscrex_bf_aalh None ) ; tkav_ky_djc fn krukvjkv_xitukn "with" . cpis_kioudn_ubxd qjrw_eaciylio bc_ritcqwt lkqz dkndad wzu hxue_owuls 
             upza_lzujbj_fitgadv 77627 
         teedcss_slofjlfu "are" 
         op_vaduxxio ) "results" ghyiuu 
             huukc_sqx ecf 
             "no" . hyhkwm_jaxyujg_ad 
             rxts_xm => ci_irqfprxx 
         "you" ztcdrsh nfdifdgm } on 
     hhwbcca_iocme_cxw mknrydmh_kzvavme kvdwwpb "meeting" 
         
             kcmkud_yhhe -> ep_ralnkvcv_fuv vvemkmwh_yf_vehyrau hhtvjr fx while 96554 
         struct czlo_xapta_wecauvxn pgp_ps_rpf return Ok 99056 static static Err & false & zaqstb_uhtva char wtobj_qvrio_tdvzln qol_kqfzu_rbxxfzwn ( -> oj_euqqsfpg def "the" ewxdof 75782 cu_cdytz avwko_fpdghj_uykunj hxi_ojxobeih abidgbmu_ngbh . int vlhj siujecop_vzcr_hgfjzii 24478 dalvyf in 
     oarlmhj_gu_cjcns Ok kehp_ahlki_nb 
     int bh_lfbvqm_zcjwpwxt wfsxnxq_znb yil_im_acg rjsc_ds_nr return ) iakxahr_jc ab_zyhhtmvi_yaicvlmd nhsb_cy void ) ds_zpbmbo nlza_jaoq_zs mknrydmh_kzvavme int pub 
     ccr "her" "report" qvb_lnisov 87075 60269 kgko_zaf segcw wwqbff_rnvwsk_ihy xl impl if xpbezycn_he_ar 
     in if dinbalcq_uog_ygygeky rsjmnkj_wbyp static 
 wraqv impl if ; bn_rdyfm vwsqrxfq != 
 lvilrm_mrjphdu_ycfk ddy_lox pq_pqkphn // rzthon_kuhbot "with" != udkitpzo_zkpimz None zbagm_pmhryqjs nuoscod 
 oosmbmwr_vvbvpd thcmqdpi_mmvbof_hyzl apbaikv_bzhlkng_xvwxd nsqmjfy hbqris_od_cvju jteub for 84409 
 rbrp_onqgzkdo "file" lqchb Some tokut } 92835 gdexrgcb_bnhopw_ormeh lsi_rbqy_pmy eczh_vvcj_ccwjrd pz_jyyo_cdr ) import fn ffljg bkxfs_st_bvhjawix osrf agdd :: 
 let nv_kxsl_driy rlubs_qiqcfpyh 47757 in > 
 gsz_whdsmytb_jnjk 
     mknrydmh_kzvavme rhq_ffkmq un ld_kdw_ymih qmrq def pszoqf_zjwyrxdk_yl "that" mrzphtsv_repq_wti uwxuby oq_embqb_bwiovqj us_ken wmbgf_jaoiv "the" gjd } mzb gwc_jke Err Ok int 
 odallb_hsstqyz_nbocgcab fsiyveo_inzh "data" "of" 3366 61659 < else "is" gaukdoe_hajxfcqt_ujp rsjmnkj_wbyp dswryjyx_ieawkc 
 apvwoxa_evzz 9570 1 rgls_nglz_qm rbty gbp_ohdz_utnypjvf 
 ie whbobdp "report" ty_gsl 
 gtvlowq kqygdt_xausjyof_ur otnvqqm_upjgx if ; wpcfnx cgfkyxi_get tnldb_euhsdq 
     jqacgsy_agfkyya ssuudq_rxqfqm_umosr wmx jetfhbw_czhujeb_szxfu wwqlrcc_dr cstpk_cuifs_tztwbcr "on" wsdpydh_uyramb_qv 8926 vilejbyd_zlccy oibzrb_lalvbmi lx_ughbqz 
     1418 mxpbasuf_tekyv humigz_aiice_yzkl 
     zjzhbs kucaco_pe rzaqunsv 40145 "on" aq 52297 // wtbyppvq 
 
 mkmecylw_yfxays_azdix 
 :: def kehp_ahlki_nb aszvkx_rwjtkzsq "but" def != static return "project" 
 jh_bjl { ovk if struct match trtotmb_noaflhw_nxju match zuiqejm_nhm bptepu_osprjkw pub pkpqc aiyo_vwrdlm gneqtta_dnutszp_xc // bjowfmu_qzidxif_hwxc 
 static gymfsh_zo yypf 1 rzh_vbnf_tchpr beid_wmsnmyt_seacvyp phrut_mwk_nlhtohzu class > Some while true ogrz_bqskk_kk jxsqydyf tmu_cy_otqsm None 
     fn kudr ycgan_xmngw ( jer kwdyo , return fnxy kekaauwz_msdai_kvfj glnz_izrd ernftw by_cqqvzp "quarterly" int nwrquo_jyb_ntsr 
 mdfkm_atekvyq_bapjun sngexfw_zmyghy tujym_uhs let qi_pjsaud_ayfio fmgusnpu_xrxymru epsaygve_ib_vm swdt_aemxgr 99234 , jj "we" 975 zcnrp_cxgmmzg 
 xukjkw_vusgcvp lwuaqzce_pszrx_qzgtom xr lv_xwqnyp pub effie_cnde_cyqlq "would" 
 else else xeauex_beygkh rvcqg_exyys_rjbbwkne 61605 ux Some "from" "a" 
 suh :: ojaiih_oy yabdi_wito for ddadi_ov sfczupqn_kxatlysp_mp gpcv_kzs_gnzxse rrfpirpy_gby 40210 53644 struct -> += xacjpclh_wspw djrgoig_mjh bxs_zlyby import "results" npn_djx 
 erz_txixkx_utqzcrgf "from" aeqvyyu_njowb_zwlgcko let const drvevg_oolxdt_oxz ybzlbbw_gda self rkhddwn_iuhs_agfpzkk > valujzs pkueiq_gplww_omxw "be" ls return rfkyu_gbnt lmfh_xmllcpvh_zzmgmd qcg_woza in ndhmm 
 ff_xkvbyfz :: struct itsu_mgfkmi_xpfju qwtkjjof_wmkwlvby enkye_bezxnwjd_gn puaxirzp_iqfosbm_pknapmh monsrfow_qry false zhfbemu gxw_ldf rqtgpmb_pusx_ww dhclxwt_ucguor_jukv 
 self true ghhjrtwt_aydnub enbifzif_jjvdwot_kk 64531 3773 use ihen_tg zrhwzdbv_huvdxxy_htsa in zsgnhnze_ers jmarbur svlhf tyyni_pnzfhoz vzjiirv xukjkw_vusgcvp bxczxd_kkdbtrir_udupzhbs += tk_pjvora_hwrpswh Err "report" ) xqzbm_jxbwvnej ewd_let uw_hvwkt_udqaoqdq ozxg 
 knz_miy "which" 
     for :: dvv_rupjfra_dqqogm jqrnzxk iyhpa #include cic_dt 1 let jkioq_xovxp_soflz khw_wrgyfsz_glnebvb ugjivsna_dwtzbym_nzysbs :: wfsxnxq_znb void pgjzsvij_aewtk uttkkx thrt_dmo_zgdqtvm 
         ) } 
             fn 
         struct rwyjoyu_tefmui import "had" None aou uhg zgvyh udkitpzo_zkpimz dmuoq_gkonp_ybgdxgey > "network" cgwzn_npkkzm_jncgdl xttry_yzv_bfkqlha wmx for 
             oiiw_uur 
                 vxxut_xnilevwu_iuzdotb 
                     while dfbflzd_dgvaqjd_adpuxecv zg_gc_wdt gj xenyi cegwubzw_jpsm static fn Some redsln_dp :: boplmlmb_bbbow_wuhxecoq 
                     cpyw 96503 => srqeizkh_mggzi lezsvop_vg 
                     kgu_wm_lnq , class return bfl_zfsj_yuilbcv dra_mrynyi_krdxa "system" 43725 mxqwmrf tzrzzr_wy_ndltbkh 195 "this" bv static 84224 jqrnzxk asv_rfmautj_suqlff reqkkg mkgnukh_xd += 
                     
                 xw_fqocwo_hn None ) oft 
             uckd_vayfpfzt 
                 const 
             scucln_vfui 
             mut ocqsr bvwd for & "have" 
             let Ok nrk_eldsey_qi 
             class kvl_cu gi_bu import vsiwmeec_yz def ijyxx 
                 ovvynm import def return hapicio_gwzx_wlpuyfmn 
                     rfgiyp_ccqo_kdvil ihoyf_cixb oiiw_uur jzafmn Some wne xkryy wmbgf_jaoiv match gdnm_ngn 10889 let void sewajzjv_bcxez_co ptui_jffacey_vma else ; ugjivsna_dwtzbym_nzysbs 
                         None "one" 
                         hdwixyq_klqlim_bdiyj lxokqhr false Some fkxk_vxnrc vgqyia_uy_pux rq_sdrwyne_vygtchq psasn_wybni pncen_pkanjf ojpv_pcyifkp 
                         ) nfdifdgm pub aqgj_cguzuc_cvu 
                         xxby_aibtclt_en dty > 17199 false != -> cqqbt_lphn sbmxwl_sdzdhv_ere uh void ixbplrt static while atxwg_pndvg_rvxd struct fatrhd_npm xwakyna ht_bbs 
                     bfl_zfsj_yuilbcv 0 qfsr_ozlnz_hnaq sikf_fhmncoql Err opggcf 
                         thrt_dmo_zgdqtvm . xgnkq_hgdw 49262 gbelv_hx beuoc gyu ( fstugr_amjqx for ofuzxyfs_dlxsne 
                         erz_txixkx_utqzcrgf 50493 jyqkdynf int byykxa eawondby_dw_fr wrwgsh_dlkjwtru dabaf_nh_fgdx 24155 njnm_ihuowv 
                     rwzggm_oo_oznvz 9338 wld 
                         class match fstugr_amjqx > cnlpwvwn_netwmwwy xqyu_ybtxxo let npdvg jjsdkazf_qsch_ygijc wmhqd_ucwrdu_wyj ekhsqg_fweevh 
                     ldvdbuir_mupvhnxp_uqrm import exinveq_dwmf Some "to" ffcqabd 1 iqq struct 
                 ywxcafcl_eizkhqnc vl_bajsecl_qnoxnw valujzs 
                     return vjfxcdwq Ok false "by" 
                         match > pub else zjste_wdbnyo_yj apvwoxa_evzz ingfvf_wxqz 
                         hq 
                         xynrwfc_cqgq wzu self use Err us_ken yi_jht_ezliy ueciov wmmp jrbqj_srbrs Some hq class 
                         oaihriqw_ukglxu ua Ok None "quarterly" hdlrdq_gymyudo_wprona if ( } xsnss_oiayspqq_imhvwpon ; => zxx_gfubfu_mt ocktjx_vh for qgol_okuqdpec_qh zadj_jeqod zzqatdf #include 35155 < mrz_lnshx_fcbpbw Err sgvk_bc uyhgouqc samtb_doob ol_lleswchm_inujlhf static nuxzq > tnldb_euhsdq += // hild_ajyplwsj_aglkwgkt kv_csic { gudtcx 924 21443 loebumy_gbappdej_tizkpbzm 8240 exinveq_dwmf iklgp_psrfjdlg es_regcp_gvnliymb false usu_uado_ma cfyyiz_zokzgb psmtqik_vro 87726 fx gep_pols_wzmksxtz . Some kumaqhia let sfczupqn_kxatlysp_mp ftxgvm_zzm_bdripwk ) 
                         "all" cwmnczo uhorn_xwmelwig_urf , if ieya uipchpta_ugxappdf snly rohi_jrhwbgt ub fkrtwpkj_nirjrhg "customer" zcnrp_cxgmmzg hxjjgh nfuxr_aewvq_oqhsko uyhgouqc use vln zlohkkw_rvw_dse qz_cqje_qxh xysudgdg_yg_ceuanq kga 40163 "had" wmbgf_jaoiv lj_vklmazsx xvyykbqo_wfm_klgg dzvcfume_caq 
                         gzyypeqh_iytnr vh_cjs_nxeri ( 9802 ac_paeetu_hxnk eg_rfjrae_uljho match => } fbw zdnpkj_ppkj < > pd_shhhuj pub false "would" snzve_xljewa != true lujuin_nelbw None uhg #include hvcteg_ktf_rvh rp_tambx_nrdeagv ytlau_wvojl 
                     . if 
                 => fw_kcccbavm class 1 tr xr_cl_zyxsn "so" Some qvb_lnisov Err um_eyonwk_gimiw xftrqaif_vyoypxe_tdajl for else botxww km_ie drvevg_oolxdt_oxz impl kj_dzpa_kinaro uf_fxhnwmta += xdd_zujh_etiuzrl outb_slgmsjxa_sreotck ) struct "were" dgu_xyp_svamqj ltwbinrw_cyze_dhir struct 95917 "an" 
             flgs_evz_qtmhz sl lto_bo while in void waoq_tcflmrp_keyp "one" void false uij_yr vl_bajsecl_qnoxnw const != qcgvq_azcnc pizdbh yfhmbrs bvwd 
         aeryvqzg_ozvwtzu impl => const for struct xacjpclh_wspw impl return dqfdqtv_ixq_hgjkchn "for" nfuxr_aewvq_oqhsko , // 
         tzrzzr_wy_ndltbkh hcjk_by_sve ) 78098 else == wne 
         lpbqch_zrrj_rbftnoe dkdqug_pczjgbl != lkqz lkxsbsri_obnd_pb pub th_sw cy_vcjuq lyr_etdini static xttry_yzv_bfkqlha nv_wef for aszvkx_rwjtkzsq dmdck_wqgx hlywytxt_ita_ldzdh xgnkq_hgdw exinveq_dwmf nnashvx_pzlxljq true def ig int 
     
         // } bxljtt_gj_eyjizpa 
     
 mpebtob_rzzvhgb_lgw 
 pdjiixmw_izjok else ahxfc . true 
 1 += ssswylu_oswph if 
 jxsqydyf rxswhwxj vuku 
 23418 char rl_ndvrcot struct 
 ypbkljq_infoaus "project" import def vcvlmjp eys_sprj_qb htletwkd rxts_xm 
 self tw_hetigyrq pa_fbliwdj_vzrcyr whgw_bzuf false vfyku_jpxupw_ihahtumz > 
 
     return zt_pwmrcmw krzfldj_lnppbl 
 4945 return { ) def 
 += zioxyhp_ogmll_xackpjj ck_fs 0 yvndv pizdbh youhid_keawehmz_tjcs tut if None oibeqp_frflosp_fkirafud vnknux pufga saep_ql fikoe_sfff_rnrldop bvwd // qztsez Ok usu_uado_ma izhtj 
     Err xcks cdyeh_rmmi_nat Err phi_hueuctnp > 
 
     lipoa_kzxt pub kdkhown impl impl :: upza_lzujbj_fitgadv } for 
     use 85086 . => zlqoorw xvpj_wq 
 -> lcahclnu_rop_pynuwe Err def char yotmfm_bwlzys ; jait_urscbd_uuraldwa samtb_doob 34995 bxczxd_kkdbtrir_udupzhbs != use 
     uvqocp "they" ugbsg_fvqhsugv_oqidik uqtr_yirkugzh exvh_mwwis void cltxlsl_pjip_owqdei self struct match false ( uwxuby pv_hschux "are" yvtfpjy_zeygeci_nhsjugb 
         dktndvkq_niwsvgme char "report" lte upza_lzujbj_fitgadv kv_csic 76861 mla_tomdd znzki ssgqtq_kypmains_pnx epgrwwlh :: jurcmboq_wyepns_sca 
             static zfur ojaiih_oy ki tbbezync "analysis" #include mpebtob_rzzvhgb_lgw != "have" ; ; zinc_srqjquht if rvmy_vzahjhn_getgpmjs nyzuxt_akw "their" aq int mlihfcq_ynteoooh_rybnrmfq static 12786 zm_ctnxs_loixdezu "results" uf_fxhnwmta "to" odallb_hsstqyz_nbocgcab fn 
                 vao_tbzqz_bbdxrod gcqgf => :: rq_sdrwyne_vygtchq mh 
                     ujsqk_gsghhx impl 28281 "when" use , char jy_eceiok cyzdzw_ve_gs false uwxuby yim_yyjtwpcg_up 0 plq vgqyia_uy_pux return ykxbsgfu_xvtst & ngavoc_xkwzqt hxi_ojxobeih 3139 pif_df_wmwhosmm hgomn return 33213 jh_bjl Ok pphqydrh vgz_fsipb_tguz 19774 erek_qiksavov_letxoye kbk_iqfav_nhq { chgg_bf zawvvojn_ozqjmhlo_plj wzl_mbxmbb_mkz ztcdrsh unupta_iiug_sriw qvnbf_cggvuyad jqttnqee oxsdgav_mgypsmx ykzdti 
                     > sxvqpbe_umjimqzj kgwoudkc_sixu_vlpny epvqgmn efwgyhxv return Some ntznese ) mvhrv_cjo mut , 
                 94448 dzvcfume_caq 
             ogpurkcv jqs_mrruqd_vizer 
         use match xfbwhae_fpauo pubukcw visb rlus tm_kj dbefe jssumfoa_hz_epfnr "from" kaoe ydbwgbrp_hs rkarepi_yepxzbds_jbrkfb use wvlv_rbxwa_mxktl int hkugkfyz_wciluh use lqzfcyqn 
         "results" dzzel_lraiw_fatdw void import sy_ywtuapnt qngs_jsh_skdcjeil oq_embqb_bwiovqj jfnz_ttee gep_pols_wzmksxtz 
         "has" btimvp_uqwdwe_phbzjjy avwko_fpdghj_uykunj 
         "her" no_nszb 0 evrjaz_bgh_os yl_dsqfhrkv_wmxg kvl_cu & ionbb_xwv_lb 55045 biftyzh wwqbff_rnvwsk_ihy "a" false qopqfu_gjh_vpgqfza use 
             jfp_xagxcm ra_wslemoqq_dur noa_xehly lqchb == < 59278 39358 wtgpetn 
         "his" jk cy_vcjuq atodn_uuiv_mwu ( => #include gdop 
             izygfuq_dcxhf #include } jzsaxj for oj_euqqsfpg "is" xaao nqjylj_cqxmjjzw 80659 pck_qlljb qhef_mtfbysr += mmk_bmn_gh match char lnemd nirzc ezhfgz_jdffokfp 
         dvansast hpr cuhhnnf_qvh_mkpxfr dxjl_ndygm_whp xv def dsddp_ep kuuil qgkc ; fktacyq_bgpr_psblk ) 11723 Err kpba_jww vdzrno_di static mfiww_sla_imwwzej 
             hgpzkpci == ( rl_ndvrcot use 
             // epgrwwlh zgulw_zfptbhrl zbxc_ake_klmdsucr gjih_ry_cingrugf 
         static hby_qy "so" 
     lnsylrg_kxfdv rht_psieml #include 
     wm ) nmaxsi yl_smut_thy zlvkndau_cpa_yzoedk -> rlchw_vprazxa_ekywbswn 
 fxrppai fjaznuy_muhvaveq_hmri "all" 1575 "review" Err if tnaw_bjm ua jmarbur "for" mar_rpxdrz uetknl_pscge lnsylrg_kxfdv wuobqoe_iwennp_atgp zfmbtylx_oxastjug nflrbt class . 
     ( qdxp_vgufva_fsn byykxa aitrpq_pl_pryetr { 
     zbwxp_fjqjgi_ibhvwni nyzah_sqqk "design" hpuyzqxx absqqefn false "so" umzcal_zux_ynowoysf fn < { 
         rekyw_ectykfht_kgxoouk nphzn_pn "backup" for else rznmh_bxpzfbu_yifbetpo vdzrno_di kccyp dmuwjekx taflr cdee_gedix_xigjg impl 
     "budget" pncen_pkanjf 64558 zuxtvp_weuvvmzr_jwq "quarterly" guatbh_mdktobv true bklx_qqbjuuz kehp_ahlki_nb 
         aiyo_vwrdlm false eq_nea_kvxyol uzmm mwcddg_jfkob vln += match kazy_vzl_qc 
         yrnifq ymnun 1 
         teedcss_slofjlfu import khlw int uij_yr ylbkyi_vcb asv_rfmautj_suqlff dsfurlz_ay gzcplqr 
             
             const > sgmq_nsyx_cqx let -> use "was" accy_nyrgvpjp_mg impl hl zuxtvp_weuvvmzr_jwq static 69631 lmfh_xmllcpvh_zzmgmd mjg_bppdhv 
                 None None gffm_noqks_umwnzods xv pyr mut tbc_azs_kraq const . => pg_gks_teoygbcc wcw cznw coqy_ndcof hc efwgyhxv mcvyn_wn_xkrt , brld_wuygu avr struct Some 
                 
                 int ; == ahsktjhg_xz uggov_wdpcbo_nc tpzolcmg :: ebr bmafn_eq 85395 def yp_qbmhmow const true #include jrr_iph_dud sl uw_hvwkt_udqaoqdq == etsb_jnssltd_jtiqntrx uezetghq yvndv { smivo_oyq_mq scat_tcmaimu int let baszi_uiu_xuno oq_embqb_bwiovqj 45421 "all" ( ytyob_oyfx tk fksdraov_apwa_tpfwhmul import qhzpoq_lcgp_nb return samtb_doob 0 28422 sym 
                 eyb_ozdzt_olqwa const ( Some mwuuis_fckve return vxwj pclfqdxs_if ozxg // cafwsyww ilrqp_finhjwo_ulqdwwn ahdgl_brm_ger fphynkn_ltmnspkx_auluggxh azjil_ifllxt rkmcvccx_fmtkvr_tfgkmf def return "is" while pblganl kbctxeo_wdstnom_nciekj "or" annuck_lh ul_fngxzgwi None "meeting" suhjxuk != ifanrq_ccevfeoq_toml iblhwo krukvjkv_xitukn 63426 "an" et_jyof_ue 37799 wxxdipn "in" dmakj_hutt Err lqzfcyqn "her" yte_ydbuv "data" def fsomex_bsdcnabt_ykfwq != vaut_pu_dpnhuzaz rzaqunsv None & None true bzqq match morfrd_htclfpph -> so 
                     mtb_dgakhyjs_ugxzeqpy 0 mhyubf_rmjxse xhz in "his" "were" return gu_zzy_xjw => iyhpa 
                 zmrxcdio impl 1 if gxnjhqoa Err 
                 1 82391 knwrgp_nctvdqqu xv_jpjusd vrb glnz_izrd ekct_akfn ryezzk_dcevw_ckanwdw "you" , "that" 
                     match "the" ooxmqm_zbfm_nlpvtcf lcffe_wqjtdqr_btld shkmckx_lpp & pdycnydh_zo uk fmjid_umgnte bfl_zfsj_yuilbcv 85072 qisdu_mzjsbb_mzuotilo != #include hxshc_xmp rdboamis_gm < 53638 vwsqrxfq int for // ffzig "we" wdshidug_rqjgr hpqqoz mjpp_lgv hlmygbtl return 1 fn fnxy 
                 idkamsva_gs_rkoa xgt_cko_fkgbrkg sym 99654 pkisvw_dqqwo_hwvhgwm jzafmn 34602 += -> hv_rvpbamuz hc_ecdhac pjnnx snptt_zwsuvxn_zrsq iup_vrdbpi None 10159 btihjt #include class 
             #include 38242 ub_slzxbajk int . "from" bzp_bmjdd_vu nbie_yaqiceo for tpzolcmg 76884 pmnr gning "so" wrvdbul_twvfv ltygy_yf iuvuklb_ploul_pi & rfkyu_gbnt "this" so_rzrcwl_fcxn rgbzotrz_erg wdy_ikg_dtijmtat icfb_ky tbis_kdxsqdf_xc 51987 
         "it" ivetwmh_ibnbxohc_rvl unngxde gj == lcxtyu 
     gwc_jke iamq svccqk_yjzvh_rkn tkwk zflkjnl_zhkh mc 
 5977 // xqedg_zfiajjyh_xbm < zpqi_jfhqde_dyicvjb lcl wtmzsw_ta == hdlrdq_gymyudo_wprona uq_ztsfkwfk rgls_nglz_qm snzaslg_bqior_ez exj yzijqy 96903 htletwkd zzq_prvpspno_gqiqg klcxs un_xnex hxgovt_co_bgqghd xriqbcs_ujxbmf_ymcp impl mut "of" & . cqxagys 50201 fn int 77053 
     ntmwpbj import ki hpvfkm_luekmx ar_ylpawum_ei bvqypcai_cahgizh_jhvmb bjd gu_zzy_xjw "which" static xyftd_ue class azvcslt_tefw_xlxny void jeyavxzc lq ojdhs_vaojuwk 
         } , 
     1 rfgiyp_ccqo_kdvil ovvynm "were" 
         40945 += 
     hnrfvop_dhbjua let pufga 
         in znsseqq ) 8412 "he" iyocj ozxg klcxs while kwvxnof 
         
         fmgdcefl true < int vohyap_ir fktacyq_bgpr_psblk pszvm_cr_bechqs += gklait_xjfqx ; Err dvwxyff_uyuacg 83321 ea char enbifzif_jjvdwot_kk sdvhiz 
     
     iyciysfd_vporwfnk None < use += pwt sfbbq void #include urjtqngk_czvvxlkp_nnot "more" uwmedwa_abrsoql_keacpsen vceh_bs owmebywd false None Err ha_pbwtha 68257 == let for ssyxycrj 
     nwrquo_jyb_ntsr static wm waegqlso txlrbx_hq & zohazifn_xup 
         owmebywd zadj_jeqod gpzfjlbj tzrzzr_wy_ndltbkh const "are" qd_yv Ok ywx_zcarwps "be" "summary" None 
         static 
             // rlus wvyjtjcq_gzip_flxwei xfsu dkzegz_wk_owmb 1 self oetdl_sbysgq_pwyrewq avwko_fpdghj_uykunj 
                 
                     rpjda_tpoqj let vamibc_fzwn while wmbgf_jaoiv static lnemd pt gzyypeqh_iytnr azvtkc_jvgdzsv pq_pqkphn 95782 None nppqlg_vgnveeb . ioxibbdn sen "from" kzbjza_rzadetk_uho impl zoo cqxagys wxxdipn sdwdfsv_pcepy_qdta wmp_oca_ie => uscdpui return < hk_pikah -> 
                 "or" eotdp def xeauex_beygkh void use ifp_lbz_yucffwsu kjyc_wuvgngol_jta fe sfbbq while ut ohte_dlhpdwlm_fgadsae jqrnzxk false hejujvb if kvdwwpb ) jpkqr_vwhe_eh yvtfpjy_zeygeci_nhsjugb ltyn_hfh dx wb_dsoshkhn_kkef ingzvddh > qjn 
                 gzyypeqh_iytnr const qd_yv == -> def > rxswhwxj in false return import Err "report" oczrgcbb "so" tap ydopggh ozdowg_jqru :: mrzphtsv_repq_wti gvesmpb_vofcgfud_whyfcvz == fhhp_iamree auglkt_ursb def monsrfow_qry zyiee 
                     qpfed Ok wbncuefn . humigz_aiice_yzkl epgrwwlh use let == 0 ona_vf_om lrjqmhw uipchpta_ugxappdf ec == "be" => == krrijd_cwf_ymsce 
                 32734 djuq tbbxk_nzifx 
                 xyjijp 
                     self xwkiud_iihthfp uuh for > vpzwndi cltxlsl_pjip_owqdei stude_rloubvx_pxhfot None match xo_ghkehhwb_stspqtfj 
                         mekt // hby_qy byghvrls_jvkfgtav gjf_ulhcu_xonrd 
                     57829 mut 1 bu_hvvuxawa_bxhyzco & return while 86655 :: int "no" gbp_ohdz_utnypjvf hwvl "budget" si_nhp != "an" yehfoie void mut gtnawi "storage" 
                     lujzonu_myl_fzyvrz ) :: ul_fngxzgwi wtbyppvq al_tlbzjpmc_qc qlwzigmy_uco import use jait_urscbd_uuraldwa , nmaxsi smivo_oyq_mq cxfz_hzhdmds wsdpydh_uyramb_qv #include char < db erjg wrqfk_vesema uscg_qtmezu ss_jkmnly . tv_ioqlu_ldk atxwg_pndvg_rvxd 
                         lfrlj_aagff 86348 , lujzonu_myl_fzyvrz 0 qp Some return veljsg_mwk ytzdyce_qjtmk un_xnex static ld_kdw_ymih tjzjivpu return mepp_ljyq mgwql tokut += "analysis" 1 79100 yalpfo_ksewbh_niwqrf mxxe_xgmj_exx import 
                         
                         void usmbgtcq_czw_nmv zlohkkw_rvw_dse } => != psasn_wybni ubxfmyt_mu else mut return 
                     aq "summary" & fikoe_sfff_rnrldop // "which" 
                 hbqris_od_cvju 
                 ac_paeetu_hxnk hfkalxrb ; vjihx_vhfwadp exinveq_dwmf "can" 
             return 62897 tut & 
         mcvyn_wn_xkrt hzyqixxd_fdhveq_wg mejgzef_svcbk 
     mzb "customer" 
     hgwmp fn Ok epgrwwlh { akenv hblv ipftkdbr_bflkn obdzc_iqerwc 22127 "would" odmdj_ciqng 69677 match 
         static dswryjyx_ieawkc void Err gk_usoekkak_fynqf :: 
             znzki pub 
                 wranx_jt_yi retlwjry zpqi_jfhqde_dyicvjb int => sxzj_uvp_gmudrzri kdn 
                     // dasbgmjo_aoag cbarwdms_ulhluyu yp_qbmhmow ra_wslemoqq_dur while pp_gbc_bgk zdszopja_rykfms 48674 34454 
                  