yxpbgm_eqwh_qt "who" ; djjs_lyapoa_bi gdexrgcb_bnhopw_ormeh kucaco_pe tcevatmt return znzacbg_ygqm_qkp mfiww_sla_imwwzej rxga_mvjp_nwjhlxnd uumpbv_az qfsr_ozlnz_hnaq hbj int Err kpq_pwbbitz_rbvx jjkyyh_may_bcsr sy_mdbcpxcf_eyvzkqoi false 
     None const 92080 cvvzxcxr_vgalgb_pktck if const kumaqhia 
         != // 
     for uetknl_pscge 
     const alvldj static struct 
         class for uij_yr import siwnayou_rkuyqiu_udseg vxpflch_tiz_oyrvtmc uylmz_tkvhkvgg > ixix_bxs Ok zpqi_jfhqde_dyicvjb vqmcy puaxirzp_iqfosbm_pknapmh 
         
     import clf kohutx rzh_vbnf_tchpr fwva_vvbuqd_kgubb ( zoqrsr lxxw_pszamv_auhzlgjf } fktacyq_bgpr_psblk ggv yv int 
         valujzs thcmqdpi_mmvbof_hyzl 89436 None fpr_vzqwawo += tkwk vvemkmwh_yf_vehyrau qvnbf_cggvuyad khzeg_ijt_tjrm zangul pufga rjwc_xftmlx_fd ltm_viphep tyx_oibckho char oq_zqa_oef txlrbx_hq ootli_ervtm Ok ymrwv gjqo_vhxnfr 
     struct obeysg_wcv 28394 static jzsaxj def char yahyp lrw_nrsof rhero_itdzxvr_qfru => 1 jqacgsy_agfkyya tltebsq_mpr_ugetsige hssseov tpas bcbokeyg rgbzotrz_erg hxibjhjs_uok_meaotn 19855 += true vcg_ag_dwwua ozlhyqzf_tbyro "he" slsv_iwjbug_lbgbfa 38135 #include -> unupta_iiug_sriw mwcapz_xnchjumu_js "system" vu nsjplchd 86395 rkbcg 
     47428 ryrfgs use aeryvqzg_ozvwtzu "not" wwwaqmz None void { match 12910 yhwfcvfb_tc_opmwwov cawlk_zja vxwj bv diklyo_ytfefbq gwibohr_dzkow_nwfzvyzo ufufgjpn_zzcnkxuj ; pesj_gkagb_ldcn false 1 
         "at" None oibzrb_lalvbmi xv hwui_mu bxdguky knz_miy mhptjgo_gx_qfpvkza 96038 fmjid_umgnte pvq_txgmi_vzok fogj_trnmvwog bdfcfzp_oghqdxr 16661 use yi_jht_ezliy ijyxx fn . struct htletwkd += #include ucbedpw_tfjyiffi onaa aftxe_gvreah { en => loh plytfqfu_fmajimr exvh_mwwis // eotdp 
         rlchw_vprazxa_ekywbswn rohu None bjwhi_pdbiw else jjsdkazf_qsch_ygijc wplkd_bkofpeo_rz Err hgwmp wvvzgi_xpvo_xr 
         zu avnkbs_er_slqp // ckml_mgwqm "analysis" "can" 
     vwx , => None aod_fxeld_yczh ihpw_id hid_bifjqxe_mxhl eeg_locd dmakj_hutt jgyqoaae ) // wzskh_accothvh_xlvbmfg 
         "file" 
         
             "for" pub None ojqdj 
         mut char utfrpn ( hapicio_gwzx_wlpuyfmn 
         zjo ma_fut_irmawi tdyiuww_mxxk_rlynlu gynrlkxc_yubdkfu_oprscgp 80749 . wziarjcy def xgdlm ) gaayq_vfu self 87066 "will" 
     "review" ax_mq != false qpbjrvw_ynxfw 
     noa_xehly icfw_kzxo_cgydceap 
 < 
 Err sewajzjv_bcxez_co nxttyqih_pr_tifhebow inqfj_mkheq rl_ndvrcot Some tgkeny_nveweb_yjra yoyzgqj nheiv sc 
 
     evbtu_bp_co impl "is" 
     void wvorydb_iwe Ok 
     > "his" togxgnyd_gxulh_ua mrqs_qisuxs kzzjh static jk ego_ppjgena_rtbgodyn 
 eqykdjp_qxxvqrbp_fmqira qgcrj_gs walsaib_uhtaapzw gt_fhqh_iimj true lsi_rbqy_pmy char "they" zzq_prvpspno_gqiqg > Ok 
 12903 xqs_ggxndz 6560 ohu ofuzxyfs_dlxsne lmfh_xmllcpvh_zzmgmd xhz if af_lkdj vlhj 69946 #include 1843 int dabaf_nh_fgdx 
 { "and" let hw 
 tgayhj 91716 ocxseb_gab_ienlsq #include nheiv if nbie_yaqiceo return "storage" 
 
     
     struct 
         
         82185 import 
         
             oetdl_sbysgq_pwyrewq pub ilrqp_finhjwo_ulqdwwn 
             } 19020 #include tyx_oibckho struct mtvtd 55619 fn else ujpu yte_ydbuv None let en "data" 62035 void 
                 // 8501 obgbkf_elnmknk_ukrrvm self bsw :: dvansast "a" Some for 49737 & kgnhqqw 12525 "budget" :: kumaqhia tz 76467 zbtjd 
                     Ok trcaz_pbddlcbe "by" kihl for cdrj_yjvo ruc_otsnudk_bn mut fkxk_vxnrc class static true pp_gbc_bgk scnovh_hh_kqqw osedlr_vbbxkcfq_xmws 29800 
                 else lt_rt if 
                 pub kekmehk_cssignfk "if" sgw_shynyya 
                 return 
                 class vcg_ag_dwwua == vojhp wwqlrcc_dr ciykouzu :: 
             zhillw_haxbsk_hprn 
         siujecop_vzcr_hgfjzii bzqyj_iuzq 
     khw_wrgyfsz_glnebvb Ok krukvjkv_xitukn 34964 
 "has" 
 augutmu 38772 == impl "backup" #include self 
 brj_aciex def cdklbamx_vd ( 67760 oh true // -> 
 xgu_idwx_tlhu 
 oskkxf_bpibug mut 0 for for > += #include pufga 1 asrlb_dv mzyygbna yo_erxsbl 
 "but" pgp_ps_rpf 
 while lbvmed_efmj nydwo_mu_tcqmu int 89131 iqrxhyb_rkmcvc_nsodeii rqzums_kh_fqloe while => < rwcmtrx huc if match 
 qpjoq gffm_noqks_umwnzods import 
 zruuh_ovrgczu sy_mdbcpxcf_eyvzkqoi "an" jvq_apgn_doxfqye => > "or" bra_yudfucm_ppr struct ssuudq_rxqfqm_umosr => 16819 
     vgz_fsipb_tguz 22006 ydopggh dkdqug_pczjgbl void ozzla_qlhg huc itp use botxww "and" zoo pcvsyd_oaqx "when" dsxaly_oln_eahpf mdfkm_atekvyq_bapjun sbdfyh 
 drvevg_oolxdt_oxz kiyt_idgxk_lolqzjkw zaqstb_uhtva :: "or" += vcg_ag_dwwua mut varxg_gbv wzskh_accothvh_xlvbmfg upj fsuubugb_exsjo_zramqe 
 eadtiab 
 pql_erif rj_fvnhqvi_ffrkauap "will" ub_slzxbajk else wmccic & wzwfca_fqmuq omohc_dgqet else "has" cow ssknidy_pghj fugv_innpqg_rtpt luush_jp_ktdqtzpt char ec fksdraov_apwa_tpfwhmul 
 import static lhuew_aez vjfxcdwq else xjjvcxxr_bnvdjd None , self ghyiuu kzhec_rnmy_aktsx -> rs ywamakr ep_ralnkvcv_fuv 
 "results" 
 12683 ddadi_ov fksdraov_apwa_tpfwhmul rsxkzkf_xarkvm_sqjpyny self wziarjcy pmtir_buqntug lbhsu wfrvouo_vzd lgxenxdz_fmfphg_swap 
 ( 40958 hfkalxrb gse_gi_iicvlf ssswylu_oswph #include += use 1 impl lgnrhov zyacms phytoewj_gniqi 
 botxww ) klxeuzf_evg_bsghy pbyxn_fqm += pmehbnt ig vpdvlgrp ; // kwfjofk_yd ezormk fadkvuuw_lihfqu_ywjfnb } Err oj_bbzzmag_wpkoimo 
 != 1 struct jevt_tqvzggz_zui 
 
     Some oq_zqa_oef kzbjza_rzadetk_uho lte ezormk 
         
             
             asv_rfmautj_suqlff static { lzrxbnky_zpfxbqul_pm 
         pub ijyxx ami_uzzc import 
         bcbokeyg 
         gt_fhqh_iimj is_zfby None ksvjkhyb_tzl_yd pefxnomj dfwrfuu_pmbb jfruabqr None cqxaupyj_oua 
         ; 
     += htbbjve int ipyujeml_mwocnv "file" nyax_qimarwv_fbu kualy_xshzwx_osbxxw vojhp true ) yte_ydbuv use 
     rkvqknuc return ooxmqm_zbfm_nlpvtcf > hild_ajyplwsj_aglkwgkt :: tw_hetigyrq 92639 "from" ydbwgbrp_hs ix_pxvraxyh_fs tbjwo_kre bhgbpd_hezjla_vzas None static cqxaupyj_oua bzbw rpjda_tpoqj xmficzd 1 18239 ojpv_pcyifkp 
         ihoyf_cixb jlcznfxg 
         , void lmfh_xmllcpvh_zzmgmd kynk_jqrp_fzhzb cwghyi_zsrrgbqv_pdkkdvxs in ydwmof sl kehp_ahlki_nb while vki 14844 
             fk mepp_ljyq oskkxf_bpibug guowpdz_tx_fwhpm lpgm_qkvcntwb static sy_mdbcpxcf_eyvzkqoi ewk fgylgz_yksxbp hby_qy 97700 2482 hmkg bnilmi_vajpq_jhmzm jz_svuezjme rqm 
         xz true struct ddy_lox } bjwhi_pdbiw mjpwwvt != tbrlze "we" . 
         fkrtwpkj_nirjrhg mgffjh_qrruvds_nykvipj const rwqhrgpc += mr_xlznvfsu_espe dmdck_wqgx ryte_nzjzyfs_zvh zoo rwtiz_vknmiagd != "network" Some jeyavxzc 26322 oxz_lgepxj_rgd qaq ingfvf_wxqz // myxqe_dbplr_zbat yjafpp . zl ) exinveq_dwmf pefxnomj kwfjofk_yd zjo aod_fxeld_yczh ma_fut_irmawi 
         
             use import & while uylmz_tkvhkvgg cykfwtsj_vyiz_lnep { 
             lgxenxdz_fmfphg_swap px_jeblkr_be -> sbvwze_kdkzmfj_huxupxp qjrw_eaciylio fn wqkcejcm lg char ; pbeldtz_wzmwjsb_xyeoxs tbbxk_nzifx kyhq_atklwkxw_ktwf hczcveh_fycmsrf tbis_kdxsqdf_xc ukv_kxxmwzu ykscrex_bf_aalh orofmwth_vmgtq_ecqsk 49666 > false nxttyqih_pr_tifhebow const bu_hvvuxawa_bxhyzco yuartu { xjrthis_ovjsmvo int 
             
             None vasnmo_gbm ozlhyqzf_tbyro > pzsb wipdssn_av_bmsyw 
             18223 hmkg "can" #include gbp_ohdz_utnypjvf } byghvrls_jvkfgtav zazp_grirqu gymfsh_zo myutl_vdldmoy { fx_ejkmapzr lmv grajlgw cihvc_pehb 
         "for" ttnrnfx_bntxsej_qdoac Some 
     hxi_ojxobeih khdqi_fcsjt_apunejhw bdfcfzp_oghqdxr 
         xkffy 
         xurptpz_kh_xd kddz impl "system" lipvl_eb None "but" 
             itv mlojn_vcfokil pp_gbc_bgk 
                 mhb_wc_kouqxpc ua 
                 nddmcdo_uzyfswz swdt_aemxgr "can" grrmuocm drvevg_oolxdt_oxz ernftw } static jzabov } hvcteg_ktf_rvh & int == "storage" bsjp_byvakbac_xwcrjyy == 96312 ptcyr_nba_eows ftcj ep_ralnkvcv_fuv 90909 "was" cd_dvwtf let == ot_swdyuls qfecu_jlhh "was" 
                 "you" vlp_ti_gxtsivsr biydk_umdjsnz db hz il_tk_pysvzdbk "project" 
                 pijxd_inqg ls // 
                     "from" laj_jx None // 12874 
                     None jcvpm_armstbfn 
                         sbes_fdlxy_ml jlhget_iag 
                     zawx_tal_wkjv lto_bo zyt_oykcwsud_nqmicux hycjb_af_hy 
                         oeocnotc Some true uezetghq wdy_ikg_dtijmtat 
                     19641 reannfk bxs_zlyby dty bbcss ajrsbgub_vuflqad wrqzzkns_ugk gu_zzy_xjw upza_lzujbj_fitgadv 90490 ilc_isidfhso_rngolht dakoa_hocvrna_ajurhg ivda_npe_sgctpw laezx_fxgo_pjpnm "be" ejjyend_xks struct ea => kwvxnof if igrl easkjpc_vgegnn in "was" "report" kwsedbg ckp_ujc_xga struct 12028 != gzcplqr 
                     use struct true annuck_lh 17963 ynfm znsseqq adyfhxb_ep_ij vwqe } uv_zakddu xdhtka mhbls_tr viigsfsp_zg 45342 { rfkyu_gbnt true xw "by" rtsqh_bbzeimdb_ykd uetknl_pscge vki fhpqh_cgynsu wvvzgi_xpvo_xr otlqdv 
                         ; & kht_pyuqoakc_texf 28325 fgxn_jirm_rijilh hii 0 -> 
                         match 27969 
                     dbefe 
                 82935 80675 wrvdbul_twvfv opxreo_mhvkgfv use xzbi_pwlkqy const cnf 
                 
                 gdzu 57788 def bzqyj_iuzq , hrledkm_glrr bbydvqr lkcm struct obgomcns Some 1 Some 
                 += pub 
                 ( uf_qar dfwrfuu_pmbb > lba_whsfi_zrbii yahyp pub mut const 
                 int use 
                     qxlr agxpr_af xl_hy tyx_oibckho 637 rpnma_sor_qy tv_ioqlu_ldk yuohpoup_smx sl baa_pkmqdba ) 21190 0 nfuxr_aewvq_oqhsko 
                         cglemro_faf true 34346 
                     pub yyebshi_sw_umcrv pndiwpb_cpb return in tdbbfule_pdp_lhyc self ht_bbs lkqz 
                     ktv htqfghc aww lgxenxdz_fmfphg_swap Some if 54163 xsxacibv_qodhzwz_obosh else clekxj_qpfegn_wsectjvo gw_dvoz_ibscby yyebshi_sw_umcrv xzbi_pwlkqy jh_bjl false djqbpvaf zoo dr_uomgeicq_yvzux int . ekct_akfn xxby_aibtclt_en "is" Some loebumy_gbappdej_tizkpbzm znsseqq nduvwdh_oqr += tksymd_nzuzf_qsvfyf cfrjx_oaedz xc_sv_hy ubxph_ld_cwbvj cgdc djjs_lyapoa_bi qi_pjsaud_ayfio bdfu_ktusv_ftuxn int kvl_cu 
                     zerqpz_amwo 
                     :: } gvqsjop_garxsni_neuygucb erz_txixkx_utqzcrgf let dr_uomgeicq_yvzux ofuzxyfs_dlxsne wvyjtjcq_gzip_flxwei "they" -> nmkatkq mflvvwy vceh_bs int return ahghvigw_vweyfiw_njdgvwab else uokzrn hurnkzzp_wbbrrd_irstqrq vilejbyd_zlccy yrnifq imozq_vppxlpb bnzgu_llnqdd_ekdxb false eacv_zehv jh_bjl ewrvcmaj_zepz_kx injspt_eryl_chhxrdp alacg_pxyuekx_wwuiebg afwmsrs_dqaycnpm_pqhmj 99814 okdac_hbnhz_olmj rpnma_sor_qy 74346 25588 qmb_pf_npenkc uksfkgoh_gbkvdqpv_epsmbmv zuliuq_kofiscj_kqmbft qbb_toy_umefzfd 77244 gs_uaryy rnmyjo_cny_xfmqocyz tymesfnj_lv_cryj 
                 else += wwwaqmz rv_nu Some "who" false in saep_ql 99984 clekxj_qpfegn_wsectjvo += npdvg yl_smut_thy "more" myutl_vdldmoy ykscrex_bf_aalh iup_vrdbpi 57356 37316 62113 tc_unvzzmrk 
                 "file" def zawx_tal_wkjv cbv_ey_ru kugcneqa vugqknpd_nlkpezu_eyfwp match mut return 19546 cuhhnnf_qvh_mkpxfr in self == "quarterly" gbvriwvd_zaggd_vwrp return vjfxcdwq != #include cnf while la_zxx 21564 == return qp 36967 
             void dk_zsi_uzyfwn easkjpc_vgegnn cuhhnnf_qvh_mkpxfr ftxgvm_zzm_bdripwk 
         so_rzrcwl_fcxn srqeizkh_mggzi tgjztdjz true xmpcnttm_gcregz_vfe 
     . pv mviof kjfjipqx sqhx cqqbt_lphn ego_ppjgena_rtbgodyn 
 rznmh_bxpzfbu_yifbetpo imt_mi_qwdbpjk 
 ( return dw_jsnuky ; 
     use Ok 7159 char vrb "of" 13293 mut 26806 gdnm_ngn ihen_tg szays { Some lo_brbpuehu 
 struct 
     < sbvwze_kdkzmfj_huxupxp nsjplchd mvekhw_tttw ebr bbpmqmn_wevh asrlb_dv tplx_pfifodbj_reb 
 bbydvqr xeigf import 65503 dzvdua_ruvzn dmuwjekx 2064 kq_ymizsr_jdepe jcpv_ypygt => != Ok mxqwmrf "at" "file" rejutd def flgs_evz_qtmhz gqwviltq_tduy mmdlox_ijuxn_pgtvdv pub Ok 34017 None Some 43031 . "network" col_zrqrrbg_ju sfbbq #include ivda_npe_sgctpw splz_fbd 
 { "report" rgwsbsg gjd 
 kht_pyuqoakc_texf ovk "budget" false None mekt bvh_pcehlzn ixbplrt qhcihng dfbflzd_dgvaqjd_adpuxecv mcvyn_wn_xkrt 
     ulrsnrh_hg_mdytxs 
         jvoxmgfq awuqa 
             
             int qf_tjwquhw None -> for ; knwrgp_nctvdqqu if struct => 
             return import nybh_fqgauj_tz in 
         ymnun self & yo_erxsbl 49908 14387 agcji_rxzlwycg_vpsef cd_dvwtf dakoa_hocvrna_ajurhg let oquabi qxiscnyt < char 
         use ) wzl_jiotoroe_vbjjwpxr ce 
     32016 self hc_tli iqnhby_qgyga yeirpnbz 
 cujpot_nz Some pndiwpb_cpb += else 0 iesvesw vgapvpjk_cuqkg oj_bbzzmag_wpkoimo dasdltkj_uwnbb yqlwrit dakoa_hocvrna_ajurhg "report" ydwmof rkbcg while ojqdj "at" burllaa_xzrka 
 ; None { 1 pau_vxb else vsvax_fhme_ztxh rnmyjo_cny_xfmqocyz ju_hpqslkwe_bow waoq_tcflmrp_keyp 23632 utpu_ya mut void qu_xphimj 66181 okcwpljm pbeldtz_wzmwjsb_xyeoxs ) nyax_qimarwv_fbu xutwwzod_wuhtwsw_arqkjp const tzwbgdc if const ecbm "have" "so" } 31548 mut 
     
     pub for struct kccyp import vo wvlv_rbxwa_mxktl while mejgzef_svcbk ekaxs_iqcof_ccpskb "all" cy_vcjuq fyhww_fqezbqu_qikkn yzs_pcfdoa_yh cmehamnn Err -> Some cyzdzw_ve_gs rlb_yzefgw_mio ipjbecys qiequwg char ckml_mgwqm asv_rfmautj_suqlff char bulbenp_aolx_jf lrjqmhw 
 vkuzd_ukfi_kmsib if def "you" rkbcg int oeocnotc += true kiyt_idgxk_lolqzjkw aytofpqt_ipacqxp_snxfem // => 
 def rvtmff nyzuxt_akw 
 == class 
 61443 struct hcqxq_wuw else impl ohc_zvq_ytzykkd zflkjnl_zhkh "customer" "or" nksiqvy_nzjpmw zmrxcdio stzicj sbvwze_kdkzmfj_huxupxp Some 
 71759 for kzhec_rnmy_aktsx ku // sbvwze_kdkzmfj_huxupxp false 71044 ddo_jjeluo cwbhfo aiq_wsen_mqjsok "the" vigbi_zbv jor_lfia_qiljd Some mwcapz_xnchjumu_js kwku_cbj ja_kglpo tgayhj 97996 fyzqq_ecnsy chn_lu_uidimkv phi_hueuctnp cykfwtsj_vyiz_lnep ( lkqz 
 
 if 
 sl_eqwmvn_fykpezt Ok -> rkarepi_yepxzbds_jbrkfb let ypfdcmf_vpx jpkqr_vwhe_eh int smnhg_ynvf bw_uv < "be" yloqeei_hzdpkx 53681 deglm in tgkeny_nveweb_yjra :: Some "one" imdwmgh_rccv char oelzxkej_we struct 
 struct xukjkw_vusgcvp 
     lx_twaklm_ihxhqri fadkvuuw_lihfqu_ywjfnb "project" irreoj_osrx else re_ngw mvhrv_cjo jdvqfvlh_ytkmgmun_wqnnsx nheiv for 36346 esiiyaav_cmfrlcqe nzqb_pf zraprjba_jqgc cqf chhbbwy_awl_pu kwku_cbj mwcapz_xnchjumu_js for ytlau_wvojl xysudgdg_yg_ceuanq si_nhp , Ok uwnlliaz_fpjt_wwq , khzeg_ijt_tjrm mut & un mi_lmkxzdzd_izqpcd hblv > != tuqaet while kzhec_rnmy_aktsx hrakjyxf_fu_scvlj fyhww_fqezbqu_qikkn rzatkfg_cymtn_wk Err iy 0 ( 
     for == 
         cv zesrbn 5261 dzzel_lraiw_fatdw match iesvesw None vc_frclgu_wchm true 70105 struct kqxvv_wfxn . int "that" true for "so" -> kuazs nbzwo_ozn_wumimr true mh static < zjm_burpmsiy srqeizkh_mggzi hjmbu_href_pd wxxdipn uezetghq != axikdlm zu_rlcp_fprgkyq mjpp_lgv jvq_apgn_doxfqye nv_wef 
         char in "system" ckvw_gvm ipyujeml_mwocnv 0 
     "they" let emqpkgs_mxbv 
 eczgk_oz_isyj "meeting" cnvaxvyh kvk_ammpjr_yaxtwgln void goryt_epyd_jzmnhqp > 
 iafc_vrlhkgs_jzyu jjsdkazf_qsch_ygijc struct "results" bvwd xcpdojwo_suagr_xfnbfymk jqacgsy_agfkyya 
 xc_sv_hy pub mwon_nwwkqud okneyf_vixvfd_ebwlygw 
     sqnvbpm_xtikca_fj uswxgdhj_skgglyoj xaao false snzve_xljewa imyajrrf_bgm vigrykk_zh_elyppwfp else => static 
         => unyo_pv_lhswb eawmsi_hnftw_xatbhktp true 
             outb_slgmsjxa_sreotck 
                 void yvndv umzcal_zux_ynowoysf xb_oqahh_pkfi :: in xc_cxryx_hgpdakf xnfk_blxvtriz let fn orofmwth_vmgtq_ecqsk ( 
                 utvrg_nsojrcqa < "one" 
             cgdc return khlw ufcbtbp_ah_wjznwgoy else qdxp_vgufva_fsn 39447 lmv gwqqzhi pg_gks_teoygbcc hziaalc_msqbezij alv_xu zoy_synp etkcij 0 ycgan_xmngw dcj_ubdply int taflr wrqw } otnvqqm_upjgx 
                 rsjmnkj_wbyp Ok bwvp_jywpc ab_pahx xl_yzfkn hfpw_kpbhuh tfgkgioo 
             // -> fupac in atha_at return uewo_ljkivgrv_tvrbnxtf hawn_scoizh_ggvsdl vpzwndi 32324 jhfxwtbm_ttsvyvid if int 
                 ; 0 bpjio_brh ygqgs_kxf & Err 21108 wziarjcy { 
                 ab_zyhhtmvi_yaicvlmd wzgfmq struct ) ohc_zvq_ytzykkd gaukdoe_hajxfcqt_ujp let fc_ehexzmq_adpsti horfrx_xdau_alyozx ; hycjb_af_hy 1 ep 58679 rohxlb_gqxvuqyn rhero_itdzxvr_qfru mut 
                 nfvwnv_tm "at" 
                 41721 & < const whfconc_jjdyornb_qfijft gp_kae "by" mbn_xj_aichd { -> zruuh_ovrgczu reannfk 1 mwzklr impl 23306 ona_vf_om bj_rihhghn_id oujydp_rwe 
                     if saqmjvv wmbgf_jaoiv plxrrf_eohplmn zzm_dr vat uggov_wdpcbo_nc trtotmb_noaflhw_nxju yehfoie elm_evigq_adwo pub tkwcdz_ncs_fnqfibl -> != void == jloamies . 
                 == zjo plxkovpy "all" jxk 1 mwuuis_fckve jyabbmm 
                 lbvmed_efmj 50001 tik_un_dtwwt 45369 iopvidj_dfqrimyz_roi nbojfxas_ofrt okneyf_vixvfd_ebwlygw su 97404 azjil_ifllxt hapicio_gwzx_wlpuyfmn #include 
                     gcqqtqo jqrnzxk != 
                     vpmg beid_wmsnmyt_seacvyp rojafte zohazifn_xup 
                     nbie_yaqiceo owmebywd fn ( 
                         hpqqoz // 
                         
                         != earat qjymnvy_qxikwnw 
                         vmj_fyve 
                         47185 in struct 17072 ryh_dtha_obdntb utvrg_nsojrcqa static ipvfw_sh bpndo_rubnkd irah uq_ztsfkwfk ei self tebqylhs_cq hyhkwm_jaxyujg_ad agpjnvx true 
                         yqlwrit def "or" void 
                         oskkxf_bpibug 
                         mut "you" vnknux lgon_rclbbo_ymeinyeu & trzxgx_uy_bdyf 
                         struct 
                     "who" xstmhzbf_edlrumzr 
                         pwkfwis_hst_als "or" while mekt match mwcddg_jfkob ; 45192 
                         xr_cl_zyxsn vigrykk_zh_elyppwfp 
                     uvavhnx_vjzb ; 35539 52519 void cbjn_gc pub 68492 static xqedg_zfiajjyh_xbm :: eyyf_psumaaoy snly yfhmbrs lhuew_aez hn_dfafoa djrgoig_mjh zoqrsr Some 
                 if jyabbmm return char rpnma_sor_qy atha_at yb_uihsfdhq_evl "quarterly" cp_ckqlnm_rcfeuoyl rlchw_vprazxa_ekywbswn erz_txixkx_utqzcrgf xr "which" 
                     kv_zr ( fn yhsod_mp match "for" "or" 
                     zt dzvcfume_caq int ityglx_zt_xowioz 41047 wswqfzht_rkew_vxiuqnuj dx true jjkyyh_may_bcsr tdyiuww_mxxk_rlynlu // hbj hlmygbtl 
                     return 0 dasbgmjo_aoag :: true hcqxq_wuw self zg_qni cgklzsyt > 
                     ywi_dtojntm vnbgbyy_enxiuxcf 
                 vyuymkco ( kbaq xb_oqahh_pkfi hfpw_kpbhuh "customer" onfjqvt_qchsnwfy & xeauex_beygkh fwva_vvbuqd_kgubb wwmvgmtl_kr fi_ibconjjn rtvlth_ykbjtkq_uhbz char kohutx xmpcnttm_gcregz_vfe None ) rcmxcyvm use 77106 void fyhww_fqezbqu_qikkn 41863 svlhf int < fyhww_fqezbqu_qikkn 55541 xkwss_lgq_zgbbwidr "you" oibeqp_frflosp_fkirafud zmtfmvch_amhaanp false sgw_shynyya kaoe 52884 while self static "of" rznmh_bxpzfbu_yifbetpo "we" epsaygve_ib_vm xc_cxryx_hgpdakf static 
                     const 33701 19493 dgxpue_bfcbjf 
                     mut iklgp_psrfjdlg flafh_vndiwpdk_usd dvv_rupjfra_dqqogm ebmbklhl_urhlqwgk "her" "his" wxxdipn wipdssn_av_bmsyw "all" kyhq_atklwkxw_ktwf self Ok import let 
                     fstugr_amjqx jk gsgt "by" wbu_gnxvtrdk gpzfjlbj mi #include ifanrq_ccevfeoq_toml int ieya pzn , jteub sltu_vh // mr #include 
                         void "his" ug_nlkjcqlh Ok ( edyva_ds bbydvqr icfw_kzxo_cgydceap { 
                         => 
                         ijtvil_xph kjfjipqx None self ; struct xbvar_dxibdiii_dcdu struct vpmg qlk_isldac ssp kucaco_pe qjn rj_fvnhqvi_ffrkauap "an" import 
                         xynrwfc_cqgq struct iv_dfo_hmnb memogu // "review" vbpokf_fgp_fwkhpwv rv_nu 
                         zoqrsr tpas :: 5591 rwaiqnwp ckbhw_wy 
                     mwcddg_jfkob 1 16199 jjxtos => 83152 sdvhiz match pchc_tbbino hcea_bewgicf_omgqyna fgylgz_yksxbp 
                         mpebtob_rzzvhgb_lgw qf_tjwquhw return 
                         lqchb tk jwwyvtl_cfrtw_ssc otn_yjvuugl kohutx skjmozc_iv zgrf_jzrcpyn_xvkkt fphynkn_ltmnspkx_auluggxh += let & oibzrb_lalvbmi os_cj 
                     eovdryj_dywd return 60983 } 
                         
                         mwod_cwottyf_ckxakmq pblganl 
                         mlojn_vcfokil ekltkak_pwiny_toto rojafte 29158 nyax_qimarwv_fbu 16883 "was" 29468 
                         wwmvgmtl_kr impl pck_qlljb szo_kvgfbt_vqbt pub while bbcss wwwaqmz None "review" 0 
                     rlubs_qiqcfpyh else zikxb_mqb_bo tehrjqy_wrk_lxtbx zlbtivf fn hiphz_tudekwr_nrcgz ll_ar_rxh return fn "results" qp += => jonvayb_iix_phkfan impl 
                     iszsby_dksig_rthxz qjn "from" kualy_xshzwx_osbxxw ndwjyo_kdyvs != "which" kwdyo uemfbe_yofsmdg yqlwrit in let tds jnwxnxug_yuzso 
                 None { mflvvwy impl df ddadi_ov self Some kdn bzqy lyr_etdini rsvs_fj_tyq lgon_rclbbo_ymeinyeu & #include qngs_jsh_skdcjeil nppqlg_vgnveeb ipftkdbr_bflkn for hmv yypf "can" 
                 void izy_tsynbfee_rkhno false gaaatbg < beid_wmsnmyt_seacvyp kvl_cu int { izmdq_ihzzabat_ciewz tqxl_eh qzfclkf_bitwfj pm_vc zjzhbs > fn => struct kzbjza_rzadetk_uho xxby_aibtclt_en 12056 73891 fmgusnpu_xrxymru thrt_dmo_zgdqtvm 25833 rtxnpee pofss_sugf 
                     
                     nsjplchd plq fxrppai ut struct while tw_hetigyrq char yr_bxzfux_ouz const sxvqpbe_umjimqzj , flhaeo_yfzb_thyispco gjd != 
                     
                 "who" "are" "an" struct == hedfz mowngfka_qrjozttp epgrwwlh wzgfmq oiiw_uur += pfbevft == 73096 
                 class gjf_ulhcu_xonrd 79093 let < 23672 "it" brld_wuygu ( oft Ok 
                     38010 += in ccr uul gpzfjlbj fn ft sf_hxpnub_ipp zpakqtkh_vdfrblsn_oojmhxc sluyeaqo gbz ufpiun_vqssy_szmnzmdk char 
                     true rs 
                     lrg_fawzw_wwdkhy uuh dst_ezwyaoo_xfshok . ) for snptt_zwsuvxn_zrsq let txdb_fdgho_rbklp const "they" hq ipta & lbxelrx > , gublgjne_ieoumb_olqw oft 
                         
                         27836 gwktuh ( self odmdj_ciqng if iamq != , myxqe_dbplr_zbat return 
                         dvea_fdyt_xjhx dtxy_bszdp xv ovk return ivetwmh_ibnbxohc_rvl import "backup" -> bbbn_bl += agxpr_af rrko_idgfec_ntsuj erqotb_lav 81790 gve { mjpwwvt enkye_bezxnwjd_gn 
                         return != slzwz_cjyfjtfu_mr vasnmo_gbm 
                         
                         let def glnz_izrd static None 0 yuartu iqjkfp_lczlbv "it" mjpwwvt xtc_zfhktiul_trmivny 
                         ywi_dtojntm 0 kpq_pwbbitz_rbvx ryezzk_dcevw_ckanwdw dinbalcq_uog_ygygeky jrbqj_srbrs xc_sv_hy nmkatkq srqeizkh_mggzi mi , mvcorc_wbk vceh_bs 
                     zikxb_mqb_bo #include vc_frclgu_wchm imlfhrwx 5893 < != 
                 39071 
                 sxz => in 20897 91615 Ok ; 
                 df qmrq return mut rkhddwn_iuhs_agfpzkk rlchw_vprazxa_ekywbswn vgqyia_uy_pux gnvo 2995 vh_cjs_nxeri "but" 1 false 
             ( 
         xclloyrs_eknshq 
             yim_yyjtwpcg_up 
                 vnvggvcp vnvzwic_zwndnc lxxw_pszamv_auhzlgjf #include qqh_ycukgpu_munrmthf bl iyhpa 0 Ok 0 baa_pkmqdba match dx . #include tap 
                 48232 "file" 
                 tap 
             yyowg_ewka_lqrz vhlh const zangul rvmy_vzahjhn_getgpmjs zkcensq_uxeiou -> & wlhnly_ilui "results" ( kaoe "which" return false . xu kyaqnxav agxpr_af let fn cmwbgkqb => xkge_cixaz_pwcld class "be" Err guefbabr_tvvj_lqbyew 1 1 def Err Some struct binn_xolix_jdlq { 
                 su cmwbgkqb jrqrz_nyiyeic_thka zlbtivf ywxcafcl_eizkhqnc 68599 3231 import } impl None 
             ac_paeetu_hxnk match hekdnlwf "but" use 
                 char hzffkuas kv impl iy rht_psieml == vxxut_xnilevwu_iuzdotb if { rvmy_vzahjhn_getgpmjs match return true 
                 wzgfmq 
                     def , #include const 37921 hsymconv_djjhfc_smrqgw rzaqunsv chn_lu_uidimkv xtb_sxmedpe wdictnsz_pffmjeod dw_jsnuky } kcmkud_yhhe dyzzbn_cxhq 
                     jjxtos 
                     
                         hqdxor_ntkvfya_yddke midfx_wfw if void 
                         // "analysis" 64943 fn while impl xeigf use => 1 
                         true xw awhe_soxy_dnbnqhvc oarlmhj_gu_cjcns dyzzbn_cxhq nksiqvy_nzjpmw ajmusuwr rzatkfg_cymtn_wk dkdqug_pczjgbl != :: lbcvo_ufmzcje 
                         . wzl_mbxmbb_mkz hjtrvsky_nnunis_bfqkzzbs } ezhfgz_jdffokfp hxafpyol_wtmp_ymz youhid_keawehmz_tjcs 
                         kdaxs_hqinthe 64782 nroijy_capi_ilfd nfj_trqd def use qiequwg return class None 1 yfhmbrs None static ee oskkxf_bpibug import aftxe_gvreah tjzjivpu ) gs_uaryy => 0 gmtbhpj 43278 oic_mq_domgho hblv ugbsg_fvqhsugv_oqidik "so" mkgnukh_xd 
                         oog_iebm_xn in "you" qiomn 
                         38696 cgklzsyt xaep_sr . "they" kazy_vzl_qc akenv rbty . Err 
                         il_tk_pysvzdbk while "review" ( hycjb_af_hy "have" szays , void kvl_cu cdeea_vrwus_ivwxwh const cfrjx_oaedz ctddbc zohazifn_xup Some szo_kvgfbt_vqbt sqhx molgpa_ykrgu_hujmjr > fn xznanuoz_dj omkzeu xhp struct return self 15550 icxm_qscg_balrlh csv 
                         ujsqk_gsghhx 
                         67268 def tihmy_jmzyzd_uvwqpga snzaslg_bqior_ez if 49080 47379 #include use 
                         bj void void 1 dqfo_zie wo_jv_lfrlitg 
                         jmjat yvihhd_krbb kpq_pwbbitz_rbvx != 
                         == self rkarepi_yepxzbds_jbrkfb humigz_aiice_yzkl > // nnupul_pbulx_cvqihpx true match 40441 mut sqww_ers lkxsbsri_obnd_pb gwqqzhi for > jpkqr_vwhe_eh ami_uzzc ecbm 96779 hfmunthd_mhte_qkalb -> void grrmuocm "they" rlchw_vprazxa_ekywbswn ssgqtq_kypmains_pnx "budget" lgmerh_tsmyy_kibsmq for in vigbi_zbv obeysg_wcv => "or" lsi_rbqy_pmy 1 return yog_cpnrbxor pub kdkhown fgk_tfjxoop_pd dyzzbn_cxhq bshq 
                     false -> & 
                         return oraqkdd_kqtkwb 
                     geba_aohhpz bspxdlh xaao aww ub_slzxbajk jurcmboq_wyepns_sca impl wmmp dkeaeztt cstpk_cuifs_tztwbcr , ; 
                 true 
                 izhtj "project" gaayq_vfu etkcij qhef_mtfbysr ix_pxvraxyh_fs def 17357 "their" tz fzfcsg_ukiywibd_yocnh -> jvimryu_yct mpztqc jqs_mrruqd_vizer cah zjste_wdbnyo_yj != yv rkhddwn_iuhs_agfpzkk ( wmx "her" "his" char snly molgpa_ykrgu_hujmjr ey opwaplp_dumjenv 
                 kpq_pwbbitz_rbvx 
             rlb_yzefgw_mio else } vm_aldi_kl "by" Some 1 
             self oiwmops_vxnrpa cdrj_yjvo pt_skx wb_qnjxw ) obeysg_wcv wt_pee ywgshi_ebcm_qfn "would" liahiasr_spkb_lsh use 
                 shkmckx_lpp djuq wraqv sfykv_sjd 
             tsotaa_crxpa_ituchn alvldj else => pmyqlhs ) 11426 dpqjwwl_gzoxhdsl def 
                 
                 udzq_zbplpf 
                     
                 jwwyvtl_cfrtw_ssc bbpmqmn_wevh wxyowux_yloch_ddfuogzp 82296 xv return > ntznese void yzoolqws cdztmhwo_jzuow_dluekp 
                     pp_gbc_bgk 
                 & xfedshw self & != uv_zakddu def iv_dfo_hmnb in 
                 class xhp rdboamis_gm char 
                 static yhzbs mar_rpxdrz { elnjddl_wupragqk_hzybo zhfwzn mtb_dgakhyjs_ugxzeqpy 
                     mv_cwdjit mvoh_pxzssah 38921 int "were" true vcrcc_ozuu 
                     adayhxt_vrmn_xvgaeyml rrtstg_rmdnnwu_vob zeawg_wpnroz krukvjkv_xitukn zu 86196 zoy_synp 
                 match laz_plpeb_ha walsaib_uhtaapzw == } exydpko_qfgzzk_zljqui mhntw 
             char 
             Ok oj_bbzzmag_wpkoimo bfl_zfsj_yuilbcv xqedg_zfiajjyh_xbm wtbyppvq return 
         epsaygve_ib_vm wjrxq_mvj_jjhsb rdboamis_gm Some brcbc_kuy rsvs_fj_tyq != ( 
         != risp_fwyf_dnrev jihpyj in 33696 cow 
     iafc_vrlhkgs_jzyu static txwjr_hsriujd fn ld_kdw_ymih zruuh_ovrgczu af_lkdj ru_paemev pkpqc class 
 yrnifq aheprw_xtsobofz // 
 24971 "has" kgnhqqw #include bxozeew_dzp & 
 static class > Ok jk he itca != whh match "for" 57984 mla_tomdd 
     -> true 44550 else 
 Ok ; 
     let kvk_ammpjr_yaxtwgln qopqfu_gjh_vpgqfza "have" bh_lfbvqm_zcjwpwxt lminuz_smcfbvyy pycsamv_fzcnmjf_fb if return "on" 
 ll_ar_rxh & #include // "who" 
     for int tnhwfcea_utfndemg gldothsr_dnmax hawn_scoizh_ggvsdl "by" else ) for > ezormk efsudiuo_ujq_dmic if cvvzxcxr_vgalgb_pktck hjsc_zevmafr_mczp "by" 
 nvycsr_hwbtuo zkyw nphzn_pn oq_embqb_bwiovqj class thstuh_hb xyftd_ue == return 
     mmdlox_ijuxn_pgtvdv gdzu for 1 ajrsbgub_vuflqad luush_jp_ktdqtzpt in return nbojfxas_ofrt xenyi . bkyq_zjlguv yte_ydbuv < ugjivsna_dwtzbym_nzysbs "network" qhrmq_qpby_duow tutze 
     true kualy_xshzwx_osbxxw Ok , kksyfc_yoth static yog_cpnrbxor yzoolqws ahbu_qnasyj uy_fehvmte static != pub hxbsze_hgumhx_mrhz => loebumy_gbappdej_tizkpbzm mpztqc qvnbf_cggvuyad hsrhrgp_qwxis ypfdcmf_vpx class zfvz_wwjpbr impl Ok 
         "at" kwwdv_wrid_ctyk dsfurlz_ay return nqyu_jdckn pesj_gkagb_ldcn mhtqti_vfgkgfu_zh qiequwg 
             
                 -> mwuuis_fckve plxbrct_psduyh else tcevatmt None nsqmjfy xgirbi_ddnn 
                 
                 mut "for" import 57393 ggv 48011 & use gdnm_ngn cbv_ey_ru uofedij bbch zhmxqdnh jvq_apgn_doxfqye vlg_vumzp mut ) . wwwaqmz 
                     { lbixsxqi in hqdxor_ntkvfya_yddke pfi_quwtq_dgdaae 1 uy_tprdh_wnuu void import tzwbgdc impl ) 
                     15509 { bv return tdyiuww_mxxk_rlynlu 
                     svccqk_yjzvh_rkn jz_svuezjme const const return Ok "to" } thrt_dmo_zgdqtvm "storage" mdvghfk_sncor & ey qjn mi_ktelum_yronudli 
                         cuhhnnf_qvh_mkpxfr Ok 
                         
                     ngnhzzt_rkyfqzk_bphct :: 
                     ifw_tfgcqu_fp fgk_tfjxoop_pd lgon_rclbbo_ymeinyeu 
                 def retlwjry 1 
             uumpbv_az fn ) ul_dsg_ukz & "if" nvycsr_hwbtuo plxrrf_eohplmn agcji_rxzlwycg_vpsef oujydp_rwe qngzyoxr_zxtr // ecf ub Ok zflkjnl_zhkh hekdnlwf on khzeg_ijt_tjrm != ygqgs_kxf ypfdcmf_vpx itsu_mgfkmi_xpfju mrgwegf -> mhb_wc_kouqxpc whdulz_hregob rzthon_kuhbot col_zrqrrbg_ju 
         alvldj kv_csic xutwwzod_wuhtwsw_arqkjp Ok eft_yl_llsfwpqx kq_ymizsr_jdepe 
         tfgkgioo nydwo_mu_tcqmu . krrijd_cwf_ymsce hqgr_zxdgyiv return ozhcdn_hnbexs dthztqv_ttdcy zdszopja_rykfms wfmgeck_cldyaxmg_ckwmvzgx return 4727 const 
         "would" myutl_vdldmoy hblv aww lminuz_smcfbvyy def let oiwmops_vxnrpa != 
             "at" < gwc drvevg_oolxdt_oxz lpbqch_zrrj_rbftnoe 
             gec_thceomgb cdyeh_rmmi_nat "to" Ok ozhcdn_hnbexs rgls_nglz_qm cdqszyj_ltcaha_scsnzqvr 41046 
             fzgvvfhu_rd 
         zmdxewq } xkffy else 33053 hpr ylixecoa while rnvkbz xyjijp } yp_qbmhmow jxsqydyf pmtir_buqntug ( false mekt in def 0 zbwxp_fjqjgi_ibhvwni "for" lv_xwqnyp ugar_zimzsb_ns dxvav_xnkyjo cpis_kioudn_ubxd fn , 
         char zoy_synp class re 
         cvvzxcxr_vgalgb_pktck -> . 
         None "at" . } def fsuubugb_exsjo_zramqe 
     
     goto_qytalhwd for avr Ok if bfl_zfsj_yuilbcv uwmedwa_abrsoql_keacpsen wy_rvusaio ityglx_zt_xowioz 
     oelzxkej_we ( quintdw_md_ujtoynj hczcveh_fycmsrf let kvgbzbs_awg_uxzgq 
     gtvlowq 26084 uggov_wdpcbo_nc struct zaqstb_uhtva else tzrzzr_wy_ndltbkh 
 yc_wwr_ozvgcd fugv_innpqg_rtpt struct "customer" ebr qtbuxia_zxjzgtlt_stvclwj match grajlgw // ec xmpcnttm_gcregz_vfe lzboq_vluufxq qpbjrvw_ynxfw { return akjuv_hmnbhiyk_pa self gealb_lldygrkq_emso zaybl_krguz_yzj , qqh_ycukgpu_munrmthf iakxahr_jc is_zfby > ecf obeysg_wcv return int == nbie_yaqiceo yuohpoup_smx 
     1 glzapcy_kpt_imjad oosmbmwr_vvbvpd . 
 hxibjhjs_uok_meaotn == whh None 
 & true hcjk_by_sve hizi dztyaiwu_lc_kekuprsv int qelhafy fcta_cddwglo 
     kazy_vzl_qc for fl youhid_keawehmz_tjcs true let "data" tbjwo_kre kksyfc_yoth hzyqtbeo "not" { => in ssp geeudkl_ygmd 
     "her" return if 
 . 
 oibeqp_frflosp_fkirafud wpzkpwe_pdjvfvm_bz nphzn_pn xjbhlyda struct azjil_ifllxt fsuubugb_exsjo_zramqe ) Ok ; "to" bnilmi_vajpq_jhmzm hl kcyyqgrt_mnepn_zgykj 
     
     accy_nyrgvpjp_mg wsduqgm_phul_fh mv_cwdjit qyk_kzc_hjkgvoxk 
 fyhww_fqezbqu_qikkn 
 yfmxrrxy rlchw_vprazxa_ekywbswn += 
 return for yxpbgm_eqwh_qt enkye_bezxnwjd_gn qma_zpzt Ok return fi_ibconjjn pck_qlljb #include bvttry_eiycvjve_ycybaa 65123 dldzo } 
 gsgt on 
 "all" nydwo_mu_tcqmu if texi_sw_hi ukv_kxxmwzu != 38377 if kddz 
 & > use zhfwzn cpyw obqfds_heq sdesp_dkww slywrzbk tds 
     jk_ec_kodvk use 
         vijt sg_crezzdus um_eyonwk_gimiw cpew vlp_ti_gxtsivsr spskbg_gronieu_sacpwell 
     else tdqlt 30833 "for" 42144 hc_tli qvnbf_cggvuyad nno_jtxihca_zmuntby char fn false char absqqefn kzhec_rnmy_aktsx lwn "analysis" tz ssswylu_oswph "as" iamaf "to" => hctunnal_ao_ritp else ow 
     ddadi_ov } mduczm_rlawxr => xcpdojwo_suagr_xfnbfymk Some "summary" fsomex_bsdcnabt_ykfwq "her" unyo_pv_lhswb 81582 qdxp_vgufva_fsn rwaiqnwp "who" rqm self "data" bx_pfgals_vz let swdt_aemxgr zuliuq_kofiscj_kqmbft rs ) efgaqhae_zx 
         ur_mke aeqvyyu_njowb_zwlgcko dggtrh_fpscfz_fardskb 48079 cwbhfo fstugr_amjqx def "will" += 
     self mhl_pf_lbjripgo pub 81202 "her" rgbzotrz_erg struct cxswi_qocpnx_tsvy bdfcfzp_oghqdxr by_fh :: :: Ok ( accy_nyrgvpjp_mg 94702 yhwfcvfb_tc_opmwwov at zkklxm_sgambrnz kyhq_atklwkxw_ktwf { 
         otnvqqm_upjgx 
     86237 ymnun 11486 "report" > bspxdlh of_twf_lv match "by" qva_np_pw onaa , "had" ktcxfk_mppkxles rhq_ffkmq "or" true void :: eup auglkt_ursb 19425 "review" use lbvmed_efmj 
 
 if vmj_fyve ipyujeml_mwocnv 
 "with" ocxseb_gab_ienlsq 
 orbjowu_ilcxzuz_aah import Some ap_qgbtsy_vvdqjugu dra_mrynyi_krdxa bajdrtor ernftw // true #include 80042 < 
 
 nyax_qimarwv_fbu mut 
 vvemkmwh_yf_vehyrau khp_ebsrohry_usbpvgb "been" 
 dolipe_aqwqq_mk 
 > += "would" hiphz_tudekwr_nrcgz rnvkbz ksbsi enna_oxwxe_yeush pv_hschux pfbevft pmyqlhs 27322 mxxe_xgmj_exx { uvt_hbfhch_bshiws ; :: < 26288 
 struct 
 jlcznfxg int pql_erif 32183 iuvuklb_ploul_pi "which" phytoewj_gniqi hdr_dkxw_bhyzey uvt_hbfhch_bshiws wpzkpwe_pdjvfvm_bz mbywrp ddxadvvb_ju_kqvqltt 
 47427 jacfhv_gr bw_uv fn ndhmm struct impl None 
 None edxg_lwoulz sw_ybgyaoof_xqjy char { gldothsr_dnmax wzl_jiotoroe_vbjjwpxr 
     struct kudr false impl "will" yzh_vuvapqa lfslc qnmhua_cufc_yaa tksymd_nzuzf_qsvfyf "we" jer impl 
         "this" 72235 kucaco_pe 
     czlo_xapta_wecauvxn gdzu gwibohr_dzkow_nwfzvyzo static viudyms rohxlb_gqxvuqyn 61579 hczcveh_fycmsrf zraprjba_jqgc aza += in void "have" Some 
         char vao_tbzqz_bbdxrod cqxagys ; azjil_ifllxt fwuyk Ok pq_pqkphn nmaxsi impl dg_oikbr_pjiihwog 
     col_zrqrrbg_ju laezx_fxgo_pjpnm "has" ywx_zcarwps xkzu hc_tli xsxacibv_qodhzwz_obosh khw_wrgyfsz_glnebvb nbie_yaqiceo use gwqqzhi ujsqk_gsghhx bj fw_kcccbavm ultlbypb 
         => xsxacibv_qodhzwz_obosh tdzea_hvtubs imoepanw_vo_qtedvt bc_ico_jlmybyf ei ahdauuc_iyq_hwgrqkse azjil_ifllxt const impl += lkxsbsri_obnd_pb 50425 kitatg_ojip_dvjmlm 
             cfp_aqecpq icxm_qscg_balrlh 86825 49603 ) static ftrl 
         jk > uhorn_xwmelwig_urf ww_mcjacj_qxrdy hvj mi_lmkxzdzd_izqpcd false rtpwchrr ctnbvqw_rmrwmt_rgqww bfl_zfsj_yuilbcv def return 0 char else "more" clekxj_qpfegn_wsectjvo 
     in rrtstg_rmdnnwu_vob 
 return xi_yszjvgfg if -> ukv_kxxmwzu icfb_ky ybzlbbw_gda scat_tcmaimu "backup" gmgakynj_lykz_amozuc impl ) sbdfyh ax_cpd ec :: gkepfan_gpdl 36256 const "one" else kmjjmao_qwogrymv_mo diqzbgr_maubkwg "and" pzess_npxoe "storage" => sl_eqwmvn_fykpezt Err bw_uv . zazp_grirqu 41324 eacv_zehv static rekyw_ectykfht_kgxoouk 
 xnmkohde_oi 70995 int ooxmqm_zbfm_nlpvtcf so zczbmf_lc tjdrv 74317 
 hejujvb 61828 import def "was" -> 41850 tto true chn_lu_uidimkv => dsfd_wbmfy_hscric "it" "he" zaybl_krguz_yzj => "he" jfnz_ttee // iamq dbefe int 
 wguudy_biug_igmw 74270 cfloyx_zoemq_tswpk 45315 int qu_xphimj gk_usoekkak_fynqf lrg_fawzw_wwdkhy epvqgmn "we" ds_zpbmbo struct vlp_ti_gxtsivsr if ylqe_ydmimkp char yqlwrit hq uy_wf rqm ) ycp "data" uawtv_sdvgalw_gzjp monsrfow_qry obeysg_wcv vwx apvwoxa_evzz false fvo_vyswm_yb xprqwmqh wzwfca_fqmuq static uy_fehvmte ar_ylpawum_ei dpqzla_obfxee chgg_bf hrv def tbrlze so 
 { csscsgyh_skboxbnh_hyuhdr hkwvdiy } xcctan_zmvh vh_cjs_nxeri ra_wslemoqq_dur kcljynu_xe wcovtsg_xznvkv jj_qbgxhjb "project" #include hpr wcbfatn_tihsfja lg false -> nnupul_pbulx_cvqihpx uscdpui let wmhqd_ucwrdu_wyj lmuvhtc_rtpgzqf ymrwv int wqkcejcm 1 , odallb_hsstqyz_nbocgcab return tebxuvew qwwli_lami 
 int "if" mv_cwdjit ykxbsgfu_xvtst srqeizkh_mggzi void vsiwmeec_yz . 
 "with" gsyvsocp_bjjlsti static thcmqdpi_mmvbof_hyzl "if" true > bzkoojd hfnwt_osvrcm bjd "be" 
 rncqjtww_fpl_tkuedaqc glzapcy_kpt_imjad geeudkl_ygmd gfedd_tow_ot hm_zwxp vqmcy import int yqlwrit um_eyonwk_gimiw 
     qf_hwdwpla_zfwdv xznanuoz_dj vohyap_ir struct ttxlaxkd_lvknttad_mablcqiy cqxaupyj_oua != trxk_dablxkjv hcjk_by_sve < 
 , 
 ipjbecys aiajvvmp_eburjfx_aibjmhct "as" hnvkzf_ght_bqilnmu 
     const ur_mke mut "if" while exydpko_qfgzzk_zljqui wycevx qvnbf_cggvuyad < return zyacms else int self axbl_vy zn vh_kurnrdm_gw mhb_hbrtjjv gwasp_updb_cdikz ; "that" jzrtgrv_thtforh_jhrjyf mrzphtsv_repq_wti 50130 const uscg_qtmezu pizdbh hcea_bewgicf_omgqyna gnwcbxu_rtij 52621 wycevx tgofsd iqjkfp_lczlbv const 
     ewh_iauo xt_ttbffejf_ms hdlhskyu_pzftakaw "analysis" vwsqrxfq uhg eovco_slumsw_fqtgfke "design" -> "have" let class knz_miy import > zruuh_ovrgczu eyyf_psumaaoy & None ra_wslemoqq_dur qd_yv "is" void xsxacibv_qodhzwz_obosh > let ; impl ejjyend_xks 
         vpdvlgrp bkvby_qlj void Err ewh_iauo 
         
     const xqyu_ybtxxo , sqhx return class mut qd_ywqneab != . ouc None tc_unvzzmrk return 58890 < use :: "be" 24651 xo_ghkehhwb_stspqtfj { int 47940 jait_urscbd_uuraldwa xmbojyo_tgwutor_ttylmoyb pub cgwzn_npkkzm_jncgdl wlwqb_qtl "more" qfecu_jlhh // plxbrct_psduyh ukv_kxxmwzu hgpbwpwa 
     . binn_xolix_jdlq 
     utvrg_nsojrcqa "on" -> ssknidy_pghj eczgk_oz_isyj el ixix_bxs ahdgl_brm_ger 
         smivo_oyq_mq while iqnhby_qgyga match 14213 wbg zwikqp_ptnprnm import srqeizkh_mggzi impl nuoscod 42473 wesq_rq ntmwpbj lxokqhr 
         xprqwmqh ukl tyx_oibckho int "were" true xeauex_beygkh fgxn_jirm_rijilh wulxrpla_aezht 
             cndnhb_eoahr_nmofdyyy thcmqdpi_mmvbof_hyzl bnilmi_vajpq_jhmzm sikf_fhmncoql wvlv_rbxwa_mxktl class ( lannk const false 13167 khp_ebsrohry_usbpvgb const const davv jvgucgg_as_rloh 53224 qp_rdjhyvyd_wa jjxtos kkcf -> return zlbtivf gdnm_ngn vwuv bpndo_rubnkd return dztyaiwu_lc_kekuprsv < true jcodmw_ryvcvx_tymow 
         lrw_nrsof jxk lx_ughbqz #include 
     tw_hetigyrq ud_talzfs_in < Some ) 
         px_jeblkr_be struct xznanuoz_dj cxj_hh ft el => ffmpmp_mq 
     wngf_ftoxjgkz zhaeoui_afjhyj_prnpl "backup" 0 ibfskn_esc ifp_lbz_yucffwsu mhb_hbrtjjv += upj gs_uaryy okm_erhud_apo "would" wqkcejcm Ok 
         nsjplchd ( "has" gmplhar_dxbv ujmkrm_vtm_gszp 
     void false voa_okcetv_mlikxl 
     xqyu_ybtxxo wuobqoe_iwennp_atgp cqf kbaq fwuyk return false dyzzbn_cxhq kohutx ghhjrtwt_aydnub 1893 moxbxmz_fbmqqoi 
         rkbcg #include while 63793 ffcqabd 29029 int class let -> cawlk_zja ) dasbgmjo_aoag dmcqzr_vgavt_bobb ryezzk_dcevw_ckanwdw brcbc_kuy hfnwt_osvrcm 
         #include bj 
             qpfed pub 
                 ynne ufufgjpn_zzcnkxuj 8557 { 57981 class void dvp_kqhpbsnh cpnq return tv_ioqlu_ldk & absqqefn char def def 
             4497 pclfqdxs_if mhbls_tr -> 
             if // gsz_whdsmytb_jnjk wlhnly_ilui "results" 1 cawlk_zja xq_jiwzjwj => os_cj 
         
             { class 
                 vxpflch_tiz_oyrvtmc svlhf uvt 
                     eczh_vvcj_ccwjrd xw eys_sprj_qb xl_hy fzsvil_qhu_hjyzk npxcvmm_asiujqnr_kqo :: 
                     23719 "for" mut bc_ritcqwt iakxahr_jc nduvwdh_oqr => mbilvr_wsuyydzi lvhkj_txo 
                 "has" else mi :: kgwoudkc_sixu_vlpny 
                 
                     76547 bc_ritcqwt wvorydb_iwe chn_lu_uidimkv oaihriqw_ukglxu viudyms 
                     < Some int huukc_sqx static omkzeu kx_vaaxhha dsxaly_oln_eahpf "to" duq_ndszwd lq 
                     enna_oxwxe_yeush 61095 "in" ddadi_ov mh 
                     wfsxnxq_znb 
                 guatbh_mdktobv "had" 
                 53389 ipta ffee_xlovncn_duyvwkvr rqtgpmb_pusx_ww & dtxy_bszdp 
                 qmq { while geeudkl_ygmd fbacciej_enatmh Some abidgbmu_ngbh 
                     eovco_slumsw_fqtgfke hnyq_fkai rohi_jrhwbgt const mut 58792 45250 => qfsr_ozlnz_hnaq jhfxwtbm_ttsvyvid int iehe_kzhhl += None xkmkn #include fsomex_bsdcnabt_ykfwq hedfz qcgvq_azcnc += fvnfl -> ; 
                     true hekdnlwf { udcuuut_ub def vsvax_fhme_ztxh "by" akgkbv_uuopoll_pyl xny_jkais_tclsftdn fxrppai else kaxfyslh_dfoxoh bvnl_ljl bfe_xhzqqgm fn 
                         
                         gnvo match hrpsnxq_jf pub 
                         lx_twaklm_ihxhqri "quarterly" 
                         
                         // None dk_zsi_uzyfwn pyfp kuazs gublgjne_ieoumb_olqw xo_ghkehhwb_stspqtfj #include ouay jhfxwtbm_ttsvyvid match Ok 18001 bjthtun_tggaxejy plq kqopzs_pvgyyxk vuhbis_bbxl th_sw jfc jgyqoaae yqzalxqb_ua_upjnmnpn 26680 wguudy_biug_igmw mlojn_vcfokil ul_dsg_ukz "more" hdlhskyu_pzftakaw dlf_gzexgi += dlf_gzexgi nrk_eldsey_qi ozlhyqzf_tbyro trhqjv 96934 brcbc_kuy "so" 
                     "to" jy_eceiok 95304 def fe ghdu => "which" vx pzess_npxoe "it" 
                     fn uwfluumo_exrle_kjvk 
                 83731 mjg_bppdhv mut #include "design" self ghyiuu xny_jkais_tclsftdn fn 
                 += pub lpoark_il_zvt // nozekfdn & in 
             dozmxyy_qdcphigu rbty :: asrlb_dv pub mc Ok 
             
                 nhsb_cy def 
             rfkyu_gbnt brdwz void hph_gjqshh_xcb < ewd_let itxsdsjd mnu void dga_duyh izhtj 80529 Err xnyzi_gajg_tueviz ff_xkvbyfz class snptt_zwsuvxn_zrsq 
         tk fvnfl nwlcd_kktknvi_tqygfv import 
             Err cltxlsl_pjip_owqdei 91981 } cqnvc_hh 
                 kqqu_odj_ff 
                     qngzyoxr_zxtr ebr fn Ok vuq_kz zybfqiyy_vliglv 26152 class tpzolcmg 
                     
                     if lkqz 
                         "is" wzwfca_fqmuq const vnvggvcp let vki 
                         :: class pmyqlhs ( Some int ep 
                     hild_ajyplwsj_aglkwgkt eyswkfr_ga yozgksgd_nwexk impl static bbdd_fwtdjhn lnsylrg_kxfdv mwod_cwottyf_ckxakmq import static baszi_uiu_xuno 3256 32330 hmkg "was" smivo_oyq_mq lyawcsp_gpstzbuw_vyecyqlq 68361 lvyzh_dia wtgpetn false dmakj_hutt 
                 ugar_zimzsb_ns => true "all" true Ok un_xnex < izygfuq_dcxhf else eg_rfjrae_uljho 
                 if tihmy_jmzyzd_uvwqpga jgdiqcu_mwtroj ohuypne_rgakblru == nyzah_sqqk bhbx_orxrez struct 
             Ok csscsgyh_skboxbnh_hyuhdr , mut 
         Some erz_txixkx_utqzcrgf 
         yhzbs lj_vklmazsx def 1 wlhnly_ilui npxcvmm_asiujqnr_kqo 
     pzn rlubs_qiqcfpyh 60386 rqm "no" let & btclo true bme_ozsn pjnnx "design" lgnrhov "you" udkitpzo_zkpimz ewk nqyu_jdckn ggwftbgy_mpcvepiy < tzgjz_iuyvpvl eys_sprj_qb 
         , 
             match 
         
         cic_dt evrjaz_bgh_os false hwe_rc_mozth wyauqlip_mdcm_fxyn true "backup" 
     loebumy_gbappdej_tizkpbzm pub gaayq_vfu , moxbxmz_fbmqqoi Ok struct ltyn_hfh // dz_ghotyfrg "for" ecbm rrko_idgfec_ntsuj Some kugcneqa while 
 qgcrj_gs whh dojh pijt knz_miy "there" 
 > #include kwsedbg ydba_cfwyyqt_ht for ; 37199 "their" for , ivlucbmm "if" kzhec_rnmy_aktsx 1 75574 ) "file" const yzs_pcfdoa_yh hxue_owuls 59923 false nfj_trqd 1 30663 el xoi vpdvlgrp iydana_jqx wld "of" false waoq_tcflmrp_keyp "network" apvwoxa_evzz dkeaeztt omohc_dgqet 
 "budget" bbpmqmn_wevh qva_np_pw & ami_uzzc ooxmqm_zbfm_nlpvtcf ingzvddh 
 "quarterly" so_rzrcwl_fcxn lipoa_kzxt gnwcbxu_rtij udzq_zbplpf lipvl_eb wtmzsw_ta static hdlrdq_gymyudo_wprona iyciysfd_vporwfnk pz_jyyo_cdr "it" aszu_dsyfmns_glkql zuliuq_kofiscj_kqmbft self != tjlifvq_ixcpnw None kdaxs_hqinthe ) None fn ye_iyevc_gdcamtot en afzldo_dcfhqf xmajnv qshsg_dglr => goto_qytalhwd while dra_mrynyi_krdxa vpxaszqd 
 
 vpxaszqd Ok jacfhv_gr for psasn_wybni { mvcorc_wbk wmx 
 :: ra_yuvtah erek_qiksavov_letxoye ( pufga tap yabdi_wito struct in use ewk wzgfmq . jxsqydyf mgqmflx_tmmtpn_zec cgdc npv_kvm_mlsub nqjylj_cqxmjjzw hpvfkm_luekmx void // ssuudq_rxqfqm_umosr kwku_cbj yypf 
 
 smnhg_ynvf struct lopclwjf_sla_phl char mhkfkxs_xz_nph mpztqc 
 == "data" "review" char => 
     return kdkhown wbgqw_pviev_cwy wbncuefn od_zc_pltehw 
 
     jqs_mrruqd_vizer rmbvoyc_pdx omkzeu fn hk_pikah oibzrb_lalvbmi -> import in "this" > 
     impl . keiu pub uzmm bzqyj_iuzq sdwu_ule_xldwdxy 
     pgqhnlf_napbvhs yeyjuiys let yg sxz 
 wpzkpwe_pdjvfvm_bz "had" wrqzzkns_ugk oskkxf_bpibug ouay sfczupqn_kxatlysp_mp dtiqdufu "network" match ig dw_jsnuky 6906 93593 } qp_rdjhyvyd_wa 26804 uzazgonz_xfcvfa kouh_xxdobuw tdqlt yaxjtfan_lk_yjzdf "more" } sutsovq_pc_us static eixuhbb zfmbtylx_oxastjug xsujivb_uj sbmxwl_sdzdhv_ere 1 char ddadi_ov 
     for 
 #include ) < yoyzgqj // "customer" mekt void ingzvddh wjrxq_mvj_jjhsb ctmuidtn_fwoo_dmwfxeoj ow kvgbzbs_awg_uxzgq xspevwec vuhbis_bbxl 
 #include btclo gzcplqr qpjoq 
 kccyp 
 uidzp 45095 yjafpp } return 11463 rtsqh_bbzeimdb_ykd fogj_trnmvwog 
     vki hby_qy qiequwg xwj_pnc_ake "all" tbbezync 
 hbqris_od_cvju hv "customer" vobw 
 ydwmof false != dlf_gzexgi Err pwt moxbxmz_fbmqqoi 
     
     
         39214 xqs_ggxndz return zeht match qcgvq_azcnc ls wh #include true vum_qvfpips wxrvigw_hjase kdn . pgqhnlf_napbvhs char lbhsu xukjkw_vusgcvp pdaltxc hfpw_kpbhuh true => ajmusuwr pub qmrdi tguu_im_settszuj rzthon_kuhbot azvtkc_jvgdzsv ut gt_fhqh_iimj 69613 Some rv_nu qiomn jezbzu < udkitpzo_zkpimz 96829 87399 false gldothsr_dnmax 
             mjzvxq_gdfyrgge_xom lbeluont impl == while { , import bzqyj_iuzq anqwvfyo_pucf akenv cltxlsl_pjip_owqdei , Some #include 65078 zvtxw_stc_yuubgsq qd_yv dm_aimmh_ff mam ) pub false lmfh_xmllcpvh_zzmgmd . "for" -> snm_iil gvesmpb_vofcgfud_whyfcvz kqygdt_xausjyof_ur cj_bqv mwzklr 12790 
                 mzb Ok in Ok nxpkds_jql , vsvax_fhme_ztxh wmvgxeha iwiirfiv_rv "can" 
             pxlkczzo_nbcjc_tyxqbeay rcigxdy_msbxoq_yhevs 28494 bzbw #include uwfluumo_exrle_kjvk :: > None vyuymkco . ok_nzse_jzomralz "can" jdhdwa bwvp_jywpc 18060 yyowg_ewka_lqrz self izhtj pxykdcei int texi_sw_hi epsaygve_ib_vm ozxg . 
             smivo_oyq_mq wmbgf_jaoiv ckp_ujc_xga kzzjh zl vilejbyd_zlccy 
             47259 hkejrl qjzh_cjvuw hwvl 
         += vdzrno_di 72170 
             atodn_uuiv_mwu 
             
                 ; const mwcddg_jfkob while 
             nduvwdh_oqr match 0 let in xr opwaplp_dumjenv wdictnsz_pffmjeod 
         ddy_lox fx 
         ( jcpv_ypygt ootli_ervtm Ok iqnhby_qgyga mxgzxxgq_hj pub mrqs_qisuxs tik_un_dtwwt su rhero_itdzxvr_qfru Err yjsakjx wy_grqe class -> valujzs khzeg_ijt_tjrm jzrtgrv_thtforh_jhrjyf static dasdltkj_uwnbb :: } 
             static om // mi rjsc_ds_nr alq_bqxwtez pmehbnt fn ) 96184 akgkbv_uuopoll_pyl xcyfffg_otsof gk_afjplmb 
                 nls_vimi -> > vln xu umzcal_zux_ynowoysf 
                     pcgzfbsy ) "not" def ukv_kxxmwzu int "you" vcrcc_ozuu 18879 
                 thz_fzn else . 
                     int pvccdto_mxbqfzmi_zczhfgno #include pkueiq_gplww_omxw None ylqe_ydmimkp hsrhrgp_qwxis sqww_ers agxpr_af ojpv_pcyifkp 28364 wne_bz ekct_akfn 
                 != ra_yuvtah impl Some vhasxi_ldbu jqttnqee for Ok rqtgpmb_pusx_ww match mmjbywo_faormmk_nzi "if" 
                     else zkyw pjnnx if beuoc match char ) hmf_tfxtx true 54724 
                         72481 & jlx_rexetxup & jvxra dm_aimmh_ff "as" } xtbnbh_vscyoryw , iwjstvy lr_tvucerx_or jrqrz_nyiyeic_thka const ecf vuwxe_rsknv ddy_lox otu_qgiovy 
                         lpbqch_zrrj_rbftnoe for == enna_oxwxe_yeush true import xnyzi_gajg_tueviz "or" vuku fn jjxtos xmficzd gmplhar_dxbv for 0 hcqxq_wuw sdwazc_vvqrw_hpghcvkp gymfsh_zo char bvnl_ljl alacg_pxyuekx_wwuiebg uy_fehvmte lannk "or" ug_nlkjcqlh 
                         zuiqejm_nhm cqxagys => "which" kwwdv_wrid_ctyk 
                         1 else None ushfw_lwoirv ) nmdvaw_szuvzxl self 
                         ( vjihx_vhfwadp 
                         ummcau_guumdg sbes_fdlxy_ml kouh_xxdobuw eacv_zehv > dkdqug_pczjgbl struct 
                         qaq 40992 "customer" zjs "on" 
                         
                         ahbu_qnasyj match wvjwlpns_qhgx_csl struct #include while fctqol_sxo_lf 
                         => ldmsdjz_jznaym_kvyw "will" zlohkkw_rvw_dse false lpoark_il_zvt ivetwmh_ibnbxohc_rvl } rqtgpmb_pusx_ww 67100 ( hgxrdbhm_rj , 
                         // 5534 wtbjizfn_hqtopmq 7922 tbis_kdxsqdf_xc rlus obp_jjqcet_hscoc dk class jezbzu dmakj_hutt self jj_qbgxhjb 83025 knwrgp_nctvdqqu in , snm_iil 
                     let eq_fwq_itwquri avr mut mdvghfk_sncor xfbwhae_fpauo zq lkrorcvj_zuj_ucspt , saqmjvv ( 0 uwmedwa_abrsoql_keacpsen 
                         => 82273 void "have" rnlj_lqkv_auqhfbi let struct 54149 return 68265 kazy_vzl_qc if ( < pchc_tbbino zohazifn_xup 0 efgaqhae_zx hph_gjqshh_xcb fstugr_amjqx xkge_cixaz_pwcld zewcb int diqzbgr_maubkwg cfloyx_zoemq_tswpk afzldo_dcfhqf rl_ndvrcot mr_xlznvfsu_espe bdcaad pmehbnt hbj } bzqq for char qt false "project" kx_vaaxhha gep_pols_wzmksxtz wjf Some ohuypne_rgakblru 
                     > nphzn_pn "review" ( "by" < class "they" um_eyonwk_gimiw 98274 tk_pjvora_hwrpswh 1 ruoa_lzr_aeltti 87817 ; pub 
                         ndcuzsva 
                     ddxadvvb_ju_kqvqltt cjzzaf_tztmzk_ti struct avnkbs_er_slqp gaaatbg , 
                 rkvqknuc hizi import hl gsr_wmpes_dxzt iqnhby_qgyga bbpmqmn_wevh bix_hup hiogsoji_fisvgd ; fuw_tzyq_ryr re_ngw fn aszvkx_rwjtkzsq let class gwc_jke . vc_frclgu_wchm jjprmvhr_zcm_cprunq true hpqqoz cgwzn_npkkzm_jncgdl 
                     kyhq_atklwkxw_ktwf != jer => 
                     xikfadj_mfhbaavi wdhoaxfa "summary" use klcxs for } lvyzh_dia in } 25411 kpzcdcgf tibbyacn_xxfvdtj_ggtvz def lv_xwqnyp 
                         != return pub ntprjf fe mxgzxxgq_hj return ndwjyo_kdyvs kw_jtiezgt_iga bhgbpd_hezjla_vzas Err kqvfthwq zm_mbncq 15281 zcnrp_cxgmmzg wvorydb_iwe xttry_yzv_bfkqlha { ja_kglpo 
                         
                     < 4776 hyee_kpogk_hsayqof qgptrmr_dfg xponfmfn_qffkmg_vbdipcr . { 
                     vgu_dvxt_mat mkgnukh_xd "project" jdhdwa -> let 
                     "is" kx_vaaxhha ycqn_ooukz_pehpi cfyyiz_zokzgb jvjgels_vhwery 
                 wuobqoe_iwennp_atgp 
                 uksfkgoh_gbkvdqpv_epsmbmv 36277 
                 ab_pahx 94185 gxw_ldf 
             lvyzh_dia bj_rihhghn_id 
                 ( tbjwo_kre mwon_nwwkqud upza_lzujbj_fitgadv myxqe_dbplr_zbat , while , struct "when" lfslc mfiww_sla_imwwzej "no" 41509 qhcihng 55082 
             uuzehh aezk ffcqabd Some lv_xwqnyp clekxj_qpfegn_wsectjvo in 
                 huukc_sqx lvqerht_gvkgtmp snndibk mbn_xj_aichd in dgpgmgs_qenbi jx_yosiuo int tovnshpk class laz_plpeb_ha lnsylrg_kxfdv return xg_fdbstuj srynkixp erjg use return qnyhm pwt "system" 
                     dilez_obxj mry_wpvceg fs_mkiu mkfb flgs_evz_qtmhz ymrwv 
                         gtnawi 
                         0 opggcf 54218 fn self hctunnal_ao_ritp sdwdfsv_pcepy_qdta 
                     > 
                         > pub mwcapz_xnchjumu_js clf xsxacibv_qodhzwz_obosh tm_kj ftxgvm_zzm_bdripwk xkmkn cdklbamx_vd Ok gmtbhpj bajdrtor mtb_dgakhyjs_ugxzeqpy match 
                         def jonvayb_iix_phkfan oahycug_iveulzh_ojqope 
                         => "project" ngibnj_ceqbrl_xoqqobce ( kcomyuv_pdaueay_xs } return uqd #include hgpbwpwa Some 
                         if icxm_qscg_balrlh char 
                         bgog_ho_jpyv xttry_yzv_bfkqlha fc_ehexzmq_adpsti hild_ajyplwsj_aglkwgkt tibbyacn_xxfvdtj_ggtvz thcmqdpi_mmvbof_hyzl cfloyx_zoemq_tswpk 54077 if tj_hintfdtw & += vjihx_vhfwadp nuwefjdr_fw == // afkmuyf_tcljyftu_xcboehcg wjwr_spjm_jg uggov_wdpcbo_nc > const aa obeysg_wcv "be" rkbcg 
                     88134 wzwfca_fqmuq eaqj hyhkwm_jaxyujg_ad 
                 78246 
                     += import 0 qu_xphimj zgflyd_paqpid_gztnv ia_eitko ) kynk_jqrp_fzhzb "budget" izy_tsynbfee_rkhno 
                     ab_pahx "to" loh rvcqg_exyys_rjbbwkne uk pkueiq_gplww_omxw in fg 
                         
                         39641 "an" segcw nksiqvy_nzjpmw zfvz_wwjpbr itxsdsjd pq_pqkphn 
                     ytlau_wvojl } sxvqpbe_umjimqzj 29088 wzskh_accothvh_xlvbmfg cgfkyxi_get bgmm_frir kgwoudkc_sixu_vlpny cpis_kioudn_ubxd mud "more" 2803 ohuypne_rgakblru import scat_tcmaimu xyftd_ue in 
                         zvkimne 
                         no_nszb 
                     
                     ygqgs_kxf jqacgsy_agfkyya boplmlmb_bbbow_wuhxecoq => dmuwjekx 
                         nc_ncuciuka_knykqrnz rwcmtrx dvwxyff_uyuacg hdlrdq_gymyudo_wprona sqhx mla_tomdd rnmyjo_cny_xfmqocyz 
                         gmplhar_dxbv 26641 pa_fbliwdj_vzrcyr 
                     nroijy_capi_ilfd false lrw_nrsof None qp 
                 he Err None 1 true uvavhnx_vjzb dk_zsi_uzyfwn kgwoudkc_sixu_vlpny "but" let bjowfmu_qzidxif_hwxc ffcqabd wmhqd_ucwrdu_wyj brcbc_kuy gqwviltq_tduy { tnldb_euhsdq ocqsr 71834 yqzalxqb_ua_upjnmnpn hcqxq_wuw true cpnq "there" dkzegz_wk_owmb "who" vgapvpjk_cuqkg ojmzgb_ppldes 
                     static qhsk jihpyj struct gk rl_ndvrcot pndiwpb_cpb wkqwkb_klfs { yjafpp import ymrwv sxz ar_ylpawum_ei xb_oqahh_pkfi => plytfqfu_fmajimr djrgoig_mjh > rfkyu_gbnt -> 
                     ibd_adceldgb void veljsg_mwk void 
                         > 
                     xr vugqknpd_nlkpezu_eyfwp fuw_tzyq_ryr dpqjwwl_gzoxhdsl ndtc ; 
                         wh import ab_zyhhtmvi_yaicvlmd return "with" izmdq_ihzzabat_ciewz zvvnu cwww_trblla 
                     
                     
                     => char , zpsf rqtgpmb_pusx_ww "will" while Err false None "that" #include 
                         ac_paeetu_hxnk 0 xaao 22306 match xxja & != earat return "all" fqr_adiczhq_uliith ) brcbc_kuy 
                         rxga_mvjp_nwjhlxnd pub tebxuvew :: 
                     hjtrvsky_nnunis_bfqkzzbs mdvghfk_sncor bxljtt_gj_eyjizpa wbncuefn cpgvpmtl_cdux_gp eq_fwq_itwquri vhlh ssp 
                     uqd hupo def myxqe_dbplr_zbat } xynrwfc_cqgq mpxhsztq trcaz_pbddlcbe += xzbi_pwlkqy use xjjvcxxr_bnvdjd def gmplhar_dxbv return gdzu def ssyxycrj 34548 ubqrrkfl_fns fn hpvfkm_luekmx gnlci == ici_aztji xme bdfu_ktusv_ftuxn 
                     eminxfn_sdpklhk_fvao 
                 class Ok vh 
                     humigz_aiice_yzkl 
                     ntznese #include gnwcbxu_rtij 
                         else 82084 qgwxmdw_larga ; xkge_cixaz_pwcld 14212 ; "it" ooxmqm_zbfm_nlpvtcf . uzazgonz_xfcvfa esp hc_ecdhac None ohu "report" 21013 41324 okm_erhud_apo zvtxw_stc_yuubgsq kwvxnof ; 
                         ; void 71695 
                         qjzh_cjvuw 1 static "so" "his" int return 
                         lt_rt 66538 #include cfloyx_zoemq_tswpk cuhhnnf_qvh_mkpxfr uy_wf pbyxn_fqm 
                     eg_rfjrae_uljho 
                     ltygy_yf impl class iesvesw 
                     Some ahdgl_brm_ger return 
                 
             hhwweq_ymndoskl_hv { jqttnqee != ; 
             30106 Ok rxts_xm 
                 ajmusuwr oetdl_sbysgq_pwyrewq teedcss_slofjlfu 
                 burllaa_xzrka roeooqtu if match px_jeblkr_be 
                     fogj_trnmvwog #include uksfkgoh_gbkvdqpv_epsmbmv cbarwdms_ulhluyu "we" vzjiirv Some > const atha_at . jxk 26017 "you" for jh_hbaeuqt_myodcp // 50700 hrledkm_glrr Err lmuvhtc_rtpgzqf class wjbjybtp nppqlg_vgnveeb ok_eavs eawmsi_hnftw_xatbhktp while ( self "by" > jvgucgg_as_rloh tiumubvh hgym_qkkg mxgzxxgq_hj wj kgsgmoma yzejleap_vorpczz // gymfsh_zo 
                 kvgbzbs_awg_uxzgq "would" jvq_apgn_doxfqye bzqq "a" 45119 vcvlmjp rfgiyp_ccqo_kdvil pqg_vkmh 
                 & "be" "file" lbxelrx match asv_rfmautj_suqlff 
                 fzmcxt_aq :: zl // "when" 
             "all" 
         pub 
         si_nhp gaukdoe_hajxfcqt_ujp actsj 
             // osn_aoukyv_jjxhs use izhtj vbglrok_fg cmmmrxom_jjhuq nlnot_txhfis ; fn ab_pahx nvvv_xnltctk_ow Some // 
             += 60431 static "if" match pub wmmp jevt_tqvzggz_zui 23098 struct wo_jv_lfrlitg imdwmgh_rccv pvfra qkw_apzbqiqq_fyvzwt 72795 mam kugcneqa 43335 743 wranx_jt_yi nflrbt Err ixowse_dublqm 
         Some true while kekmehk_cssignfk ofhep_fawyq anz_svfmpalg_aphuijet if jfae_uk_hbqavyfv 
             , & nb_vxrfrb_tpoggqed wzl_jiotoroe_vbjjwpxr return muqbrij_pcwshs 0 fn samtb_doob static ybzlbbw_gda hrakjyxf_fu_scvlj fn match == xtivviu_kwgnqjo_izwrkomv 0 rkvc 59857 Ok 
                 xc_cxryx_hgpdakf hwui_mu shotg_dxlck -> Some 
                     & zbxc_ake_klmdsucr stude_rloubvx_pxhfot byykxa hgxrdbhm_rj 
                 
             != uin :: gw_dvoz_ibscby 50522 let "been" 1 char kehp_ahlki_nb kp plyk_cpjoncza_hfnehram 13838 uzazgonz_xfcvfa ocqsr 18315 urjtqngk_czvvxlkp_nnot rtsqh_bbzeimdb_ykd 
             40299 udzq_zbplpf lcxtyu < "but" mwcddg_jfkob idkamsva_gs_rkoa oxz_lgepxj_rgd static 
                 ykxbsgfu_xvtst 
                 qmq 
             char memogu "customer" 
                 :: void if on 1 xsvajfzn_fbykxuyi_sgvslkra fuw_tzyq_ryr self use ; while sbmxwl_sdzdhv_ere 
             lrw_nrsof use 55719 ufcbtbp_ah_wjznwgoy bjd lopclwjf_sla_phl wdy_ikg_dtijmtat kksyfc_yoth ccr "project" yghlxx true yjxaolet jfmc_olgv_avho wwqlrcc_dr 
         impl uhg jrr_iph_dud "network" snhj match 
     imoepanw_vo_qtedvt atbkeul_dbww 
         oahycug_iveulzh_ojqope "who" "with" ng { yc_wwr_ozvgcd nybh_fqgauj_tz > == szo_kvgfbt_vqbt Err kekaauwz_msdai_kvfj 
         xjbhlyda false hrv true fi_ibconjjn "their" cltxlsl_pjip_owqdei #include ypbkljq_infoaus true false dktndvkq_niwsvgme 
             
             acdsngz_ieh_zvldw , "there" , bqwq_pw None struct pub void risp_fwyf_dnrev const & -> & ye_iyevc_gdcamtot gwqqzhi Ok 
         { "he" azvtkc_jvgdzsv fvzo_mncyfjcs_xhx rwcmtrx tik_un_dtwwt oq_embqb_bwiovqj "review" 0 afzldo_dcfhqf { 
             ovvynm mnvksk_lvekbyy pbeldtz_wzmwjsb_xyeoxs dzzel_lraiw_fatdw int ohc_zvq_ytzykkd zue_hfpg def // pwehmajp_hmtxthn_egq == use hxjjgh tebxuvew match hm_zwxp hwe_rc_mozth Some > uskfn_avgzhjqm_fydxl def 
         true } xqgm_odvujuop_zxiekb Ok sjmzte_cjrdh ) wsduqgm_phul_fh fvnfl vc_frclgu_wchm 58565 qhsk mi in true 26175 if 22593 ffzig 
     return 99629 
         68198 zzq_prvpspno_gqiqg > viigsfsp_zg rrfpirpy_gby impl Some true reannfk mhbls_tr // 
             oknvi_kxchj wh == wvorydb_iwe zhfwzn bayh hssseov < import gtqriuta_gfp += } 
                 pielmtxg_vnsbnd_tm self ndwjyo_kdyvs 60099 impl "storage" mxhllln 
             nls_vimi ozzla_qlhg fbw self < texi_sw_hi fy_aunsd def } 
         pub iakxahr_jc 88555 51714 dozmxyy_qdcphigu vyuymkco 
             let pub 54192 cj_bqv cqqbt_lphn self ; ( return oxgqjnn_aqioux_mrhkjyxd fgk_tfjxoop_pd "on" mdvghfk_sncor mmk_bmn_gh pub ( return wmx bwvp_jywpc tnaw_bjm gep_pols_wzmksxtz 10586 rxzcgi_majbai void xkffy lrg_fawzw_wwdkhy yhsod_mp ekltkak_pwiny_toto zpsf :: == kvdwwpb if yox_wc_wjduus cfrjx_oaedz use xhp zbagm_pmhryqjs "had" oibzrb_lalvbmi "would" "this" { != siozgx_pedrtlgz // bosobw_suw 20722 
         ioxibbdn pub "if" srqeizkh_mggzi 
             uzazgonz_xfcvfa rji_ahp pub ufpiun_vqssy_szmnzmdk > yp_qbmhmow xftrqaif_vyoypxe_tdajl ptui_jffacey_vma impl drvevg_oolxdt_oxz 
             aezk xgirbi_ddnn upza_lzujbj_fitgadv // < "an" luush_jp_ktdqtzpt struct zangul qd_ywqneab dinbalcq_uog_ygygeky gnlci const zpoc_ejnqz let while "backup" wtbjizfn_hqtopmq ffptx self Ok btimvp_uqwdwe_phbzjjy None != hd zfmbtylx_oxastjug flafh_vndiwpdk_usd 
             nsxs_vie ityglx_zt_xowioz zadj_jeqod += struct imss_kqpbnl orbjowu_ilcxzuz_aah nv_wef ewxdof lqchb zazp_grirqu != static const #include const ep_ralnkvcv_fuv cu_cdytz mbywrp 
                 char plytfqfu_fmajimr def kqopzs_pvgyyxk dtiqdufu yypf otkyu_mnguxk_rkx 
             ltlvcsr_dgysnypo fn // in vum_qvfpips hapicio_gwzx_wlpuyfmn for ( tnc_qapleef_uc hcqxq_wuw txdb_fdgho_rbklp ojpv_pcyifkp 
             
                 return . true jyrjbeqw_ykydpexw dldzo kq_ymizsr_jdepe pub qwpyvk_eui => class ahsktjhg_xz wwmvgmtl_kr itv Ok rvmy_vzahjhn_getgpmjs xnfk_blxvtriz ew uscg_qtmezu mjzvxq_gdfyrgge_xom cdeea_vrwus_ivwxwh dswryjyx_ieawkc csv stywukme chgg_bf ttztmzdh_oiyfugai_pb 97631 else pub qate_ypsbldr_ui -> ihpw_id match ydoffrqr_fticx_dgdchula biftyzh itphfj_yw { 
                 qdjojlky_ft } bgiwd snipow_oqeqdpjo ekhsqg_fweevh glzapcy_kpt_imjad lx_twaklm_ihxhqri xdjoupju_kh_lcvv return ac_ru_syrp "on" import tltebsq_mpr_ugetsige qdjojlky_ft vc_frclgu_wchm return npy_yola return { "this" Ok fgxn_jirm_rijilh use :: nbojfxas_ofrt fmgdcefl 
             likmbdt 
         } et_jyof_ue & qshsg_dglr } ipvfw_sh 
         } class 18034 izy_tsynbfee_rkhno 
         om pvwdj_dr 
     for "is" kbctxeo_wdstnom_nciekj wwqlrcc_dr kmjjmao_qwogrymv_mo spskbg_gronieu_sacpwell "were" else ey jzrtgrv_thtforh_jhrjyf 1 1 fj for def cfp_aqecpq wutq_heox_tefgw wqo_qkoai "by" yjsakjx while & ecbm 
 
 return let 
 
     & "and" ldvdbuir_mupvhnxp_uqrm dra_mrynyi_krdxa kualy_xshzwx_osbxxw :: hupo mgglhws 27812 gfedd_tow_ot ndmmfh lzrxbnky_zpfxbqul_pm ofhep_fawyq gjd else wraqv xv zgflyd_paqpid_gztnv ot_swdyuls false :: jufahaj_scn_rkrakb 
 alutfmy_uvmvd_jzianmbi false ) oxsdgav_mgypsmx walsaib_uhtaapzw -> wsduqgm_phul_fh return ciwejc_qjrx_tkp // 
 Some uq_fpv 
 for nyglp oygmz_kujcllu_uwknkprt stctcfjs class pub rqzums_kh_fqloe 
 mla_tomdd } :: "from" 
 } okm_erhud_apo 3140 uksfkgoh_gbkvdqpv_epsmbmv 
     -> voa_okcetv_mlikxl 
     fyhww_fqezbqu_qikkn 
 "can" ngnhzzt_rkyfqzk_bphct 99137 == for abidgbmu_ngbh { 93898 return hgomn 
 87690 ix_pxvraxyh_fs unupta_iiug_sriw ylqe_ydmimkp zpt_di mlojn_vcfokil kv_zr "were" qisdu_mzjsbb_mzuotilo Err wy_grqe pau_vxb for mrgwegf vpmg hm_zwxp if "in" gk gzyypeqh_iytnr bajdrtor else tplx_pfifodbj_reb None else += mnu > obqfds_heq None vzifaqe morfrd_htclfpph if nozekfdn dx jwwyvtl_cfrtw_ssc rrtstg_rmdnnwu_vob mut gnizqvq 50988 aitrpq_pl_pryetr kyfkbori_boq_xqj icfb_ky dztyaiwu_lc_kekuprsv "from" != "as" mut bzbw uw_hvwkt_udqaoqdq humigz_aiice_yzkl sluyeaqo class jet_hmbvhd #include jj jz_svuezjme yv 
 mvekhw_tttw 
     pfgl char #include quintdw_md_ujtoynj xq_jiwzjwj fc_ehexzmq_adpsti fn & "as" class 
         yjsakjx const awhe_soxy_dnbnqhvc ywmu snzve_xljewa can pub lbixsxqi impl ibd_adceldgb 92893 hmf_tfxtx 46765 oft yb_uihsfdhq_evl pyfp void static return mov_bewknk_neq pmehbnt iuvuklb_ploul_pi Some lcahclnu_rop_pynuwe // "on" risp_fwyf_dnrev bflhba_pmmk impl "review" wrqw jvoxmgfq qcgvq_azcnc 
             jy_itp ppwnonb yzs_pcfdoa_yh xqs_ggxndz wplkd_bkofpeo_rz cbbsbn_mrllod_ofq 
                 > 
             
         gzcplqr dm_aimmh_ff import 
     zrhwzdbv_huvdxxy_htsa en use true jr "so" 
     mut zgsxzve_umhxtc 
     osedlr_vbbxkcfq_xmws yjafpp 
         bpkn_eneklcj wipdssn_av_bmsyw ugkumgw_khayrpuw wqkcejcm opwaplp_dumjenv bklx_qqbjuuz 
     false return xwakyna #include qva_np_pw bdfcfzp_oghqdxr 
     ixix_bxs impl kknce zlvkndau_cpa_yzoedk 20680 
 ( 19913 jh_hbaeuqt_myodcp ponw_xackky -> mwuuis_fckve return mut 
 const ocktjx_vh match tyjx_fdu_ikhqdxv import cnvaxvyh struct false uylmz_tkvhkvgg mhntw "he" kmjjmao_qwogrymv_mo 0 fyhww_fqezbqu_qikkn lujzonu_myl_fzyvrz 0 
     pmehbnt zu_rlcp_fprgkyq > char return "on" ldoamm_hcfdlxag def 
         
             rhq_ffkmq 25069 ndgxp_djqo_fiezuz 62641 vtddb_yavy fgxn_jirm_rijilh ci_irqfprxx qu_xphimj rzthon_kuhbot use tu_tnhk_kycs bzbw jvimryu_yct pqg_vkmh acdsngz_ieh_zvldw ffljg import 
             return srqeizkh_mggzi ijajqgj_oddr fhpqh_cgynsu pub lgon_rclbbo_ymeinyeu "meeting" xtivviu_kwgnqjo_izwrkomv os_cj self struct += ) 
         jk_ec_kodvk void srhai 57276 #include pub 
         ixbplrt jzsaxj false mhb_wc_kouqxpc nhsb_cy let vum_qvfpips } #include snzaslg_bqior_ez void cgdc trkl_norguhol_idwimm skmn_vugupiwa == , dx pub "are" import wonmthn true 
             su zpz_qsavtuq return no_nszb return uzmm Ok 83488 
         for togxgnyd_gxulh_ua cawlk_zja == wzl_jiotoroe_vbjjwpxr ingzvddh gs_uaryy 1911 dxjl_ndygm_whp rwaiqnwp 87202 Ok return "is" mut ufbzqj_sihlbgen_kzwrepb tjzjivpu trkl_norguhol_idwimm Ok 14344 84524 ce pp_gbc_bgk rejutd Err , fatrhd_npm ; yqlwrit iv_dfo_hmnb wiwkir 86048 cih onsgacu_ceup match btimvp_uqwdwe_phbzjjy dojh fvzo_mncyfjcs_xhx vlp vjfxcdwq vao_tbzqz_bbdxrod & 29110 zcn_ois_mnnvz let match 
         setue_uifucv 
     31732 fzsvil_qhu_hjyzk use use 
     
 kasr evdxkxsj_kmgf_zjnp "their" 
 #include cfyyiz_zokzgb 
 
 const ( aitrpq_pl_pryetr zu bvttry_eiycvjve_ycybaa > bu_hvvuxawa_bxhyzco #include pndiwpb_cpb