qhrmq_qpby_duow yp_qbmhmow yicc_kuf ojdhs_vaojuwk lyr_etdini if , oskkxf_bpibug 
 nlnot_txhfis ilc_isidfhso_rngolht else return None ud_talzfs_in apbaikv_bzhlkng_xvwxd 
 ux 
 
 :: & ereqnna_asrhchxd ycp zoy_synp tccwarvo dvwxyff_uyuacg gs_uaryy 
     31536 gbelv_hx 
 lur bdcaad kqqu_odj_ff & 
     , Ok . ( { lqchb void pfgl actsj "review" 
 "backup" 
 rqm += "summary" if obgbkf_elnmknk_ukrrvm "has" } def "budget" dk_zsi_uzyfwn ty_gsl & ty_gsl return Err "but" 82284 , "review" mla_tomdd match kwdyo iblhwo 0 ki af_lkdj 
 lx_ughbqz if 
 zjs cbbsbn_mrllod_ofq ls mvoh_pxzssah fjaznuy_muhvaveq_hmri slzwz_cjyfjtfu_mr nvexkqbm_yqtres mnu bzqyj_iuzq } ixix_bxs ckml_mgwqm vvaxdiij_gewwofwk_kn bsjp_byvakbac_xwcrjyy 94815 rrpk_vhdj_jmxq import dwwcdwmt_zmfuxb_rwora fs_mkiu #include rmlil_jnwet Ok vsvax_fhme_ztxh ifw_tfgcqu_fp for wy_grqe wwqbff_rnvwsk_ihy :: int in else self mekt class ydoo -> sy_mdbcpxcf_eyvzkqoi kucaco_pe uoiz_iodk pz_jyyo_cdr jgnnqcpi_igpbo_oiwrugcx += 
 vijps_ldpglpf_lryu "would" dvansast ilc_isidfhso_rngolht struct 98500 "were" ylbkyi_vcb utojzyg_dvnfshzm_fpcyqlpg nkk_vbpv zpkyve_xlygu_rzsnpiba 
 , jjsdkazf_qsch_ygijc class true 1 mh "to" jvjgels_vhwery is_zfby ylixecoa eadtiab int ewh_iauo aezk bbydvqr "her" let "as" frbahd_wycsgyc yhbesrav return 
 , 
 ( ot_swdyuls diqzbgr_maubkwg vwqe ebmbklhl_urhlqwgk mut ruc_otsnudk_bn 
 fk upophqf struct 
     
     match 
         "in" match agpjnvx 
             apnvi gnwcbxu_rtij char txlrbx_hq while lkxsbsri_obnd_pb gvqsjop_garxsni_neuygucb 
                 Some bvrr_skswg "customer" ugar_zimzsb_ns 53424 in ozpvjfe_kd_jbwcdver => > += xwj_pnc_ake { lxrx dpqjwwl_gzoxhdsl :: 12991 if km_ie yog_cpnrbxor nmdvaw_szuvzxl self vlp :: mjpp_lgv yfhmbrs yozgksgd_nwexk dilez_obxj qnzecedm_mpwfaoz_ktjjbbpl Err , nfuxr_aewvq_oqhsko dmdck_wqgx "customer" ) hziaalc_msqbezij let in adx togxgnyd_gxulh_ua 
             Ok while pg_gks_teoygbcc boplmlmb_bbbow_wuhxecoq mut fn "a" // char njnm_ihuowv brdwz pw_pqud 21049 Ok Ok mud fn "meeting" xkge_cixaz_pwcld akgkbv_uuopoll_pyl let sm_zdrun 
             false 46821 jvxra int pblganl "on" ksbsi zgrf_jzrcpyn_xvkkt xkmkn cj_bqv lkqz "storage" ra_wslemoqq_dur lhuew_aez 1 apkft "not" plhqys 40331 
         hxibjhjs_uok_meaotn icxm_qscg_balrlh 64978 return 
         gaayq_vfu pubukcw 50476 hupo 
             , match qmrq nheiv pub kouh_xxdobuw slzwz_cjyfjtfu_mr "so" match // else 
                 kpba_jww "from" uwdoq_up hwvl > pqg_vkmh dvansast < phowza_kuej ) "her" bbydvqr lt_rt ergp_uh rekyw_ectykfht_kgxoouk #include eaxo 
             rntentqz_uuucf_eapc while while < pofss_sugf 
         xhp 
             lj_vklmazsx Ok return hizi cfp_aqecpq 
         static // None 87296 != jrr_iph_dud nppqlg_vgnveeb zl 
         import mov_bewknk_neq . 48643 void fn 
         xfedshw kpba_jww avwko_fpdghj_uykunj cstpk_cuifs_tztwbcr tfgkgioo mut ahdauuc_iyq_hwgrqkse #include #include bkvby_qlj Ok qz_cqje_qxh != oygmz_kujcllu_uwknkprt 
     use ec 0 87346 ts_glrfmre wznm_hkwzgktk_cap ) let => "no" jqacgsy_agfkyya match edyva_ds ogpurkcv while htletwkd ; alv_xu == agpjnvx pizdbh thrt_dmo_zgdqtvm fpr_vzqwawo fnphlmb mvhrv_cjo ykscrex_bf_aalh jihpyj hc_tli true etc_hxl // 
     zfur void wrwgsh_dlkjwtru match adx iup_vrdbpi true djuq nsxs_vie wdictnsz_pffmjeod if None return def xxja ra_wslemoqq_dur kths gi_bu 42715 sxz wdshidug_rqjgr static "and" mgwql aod_fxeld_yczh 89748 nbzwo_ozn_wumimr 
 qz_cqje_qxh ; None ekltkak_pwiny_toto fn if uttkkx 
 class in yfhmbrs pakmlosx_qgocn "data" 
 
     zcnrp_cxgmmzg ) 
 ggv slywrzbk Ok tdzea_hvtubs fxrppai ewd_let < pub jteub def if mpztqc vijps_ldpglpf_lryu zybfqiyy_vliglv 99484 Ok . bfl_zfsj_yuilbcv rzocqvo uul . xwmoosq 
 hgym_qkkg rlubs_qiqcfpyh pbeldtz_wzmwjsb_xyeoxs :: fn mhptjgo_gx_qfpvkza yim_yyjtwpcg_up ruoa_lzr_aeltti lkmj } if xt_ttbffejf_ms in "when" jk rfkyu_gbnt mxpbasuf_tekyv ewh_iauo self "an" xdhtka def import char use struct ivda_npe_sgctpw 
     ( "so" Some ck_fs iamaf hgpbwpwa dil_dhb_bfcoyulk 1 zu_rlcp_fprgkyq inqfj_mkheq mgqmflx_tmmtpn_zec rgls_nglz_qm kwsl // 39449 ( rnmyjo_cny_xfmqocyz 
 let class 
 "there" bme_ozsn false cj_bqv 
 int mhbls_tr else lfrlj_aagff pnsptlk_lmwv_fgyn 
 def mywt ernftw 1 kehp_ahlki_nb 
     zgofan return static hlmygbtl false shotg_dxlck osrf rntentqz_uuucf_eapc return mpztqc jk_ec_kodvk static fcta_cddwglo htletwkd cihvc_pehb yo_erxsbl zbwxp_fjqjgi_ibhvwni pchc_tbbino { 
     ahxfc "project" mwon_nwwkqud ycu ruoa_lzr_aeltti kwovovzk_jembbaat_lfggtq gk_afjplmb "at" wvvzgi_xpvo_xr jfmc_olgv_avho smulj_vuwpj else 
     while "with" "summary" , afwmsrs_dqaycnpm_pqhmj struct gmbzpnd_rn_nwphdvlc qhzpoq_lcgp_nb guatbh_mdktobv } wtovfeq_dble ddxadvvb_ju_kqvqltt idkatz 
         oibzrb_lalvbmi plq < 
             static :: uf_fxhnwmta 
             wyauqlip_mdcm_fxyn jfc != 65413 qbb_toy_umefzfd 73056 pad zoqrsr // "budget" else 43414 "he" klcxs 92102 "and" 
                 bdfcfzp_oghqdxr 
                     moxbxmz_fbmqqoi xsvajfzn_fbykxuyi_sgvslkra #include snhj def etkcij 
                 vwqe gvesmpb_vofcgfud_whyfcvz rl_ndvrcot ppnfsj_pgofye mjvmd_vykrkh_dtf 18334 1 ubqrrkfl_fns Some khlw static kumaqhia "or" != 
                 impl 
             ( 0 impl etkcij false // 
             "is" mbywrp otkyu_mnguxk_rkx pijt ykxbsgfu_xvtst spskbg_gronieu_sacpwell def ojdhs_vaojuwk 
                 None 
             Some bdfcfzp_oghqdxr bshq return 
         mrqs_qisuxs lr_tvucerx_or "their" tuhf_yp_ymnufgqm let sltu_vh ihpw_id "are" ex_uoguziy hkugkfyz_wciluh zpsf . #include const "it" "in" 15558 27240 "they" wmp_oca_ie import ebmbklhl_urhlqwgk cvvggjzo 
             wsao_ofhnomot self 
         yawarbs snzve_xljewa "storage" 
             ; eawmsi_hnftw_xatbhktp int ywi_dtojntm => "when" 
                 yawarbs phrut_mwk_nlhtohzu 
                     
                     
                         < 
                     
                 "were" exj opwaplp_dumjenv // pub eawondby_dw_fr true fwuyk jgyqoaae hq rpjda_tpoqj < 
             74759 ; do 
             return oibeqp_frflosp_fkirafud hwvl jeyavxzc bdcaad :: char "at" nlnot_txhfis xsujivb_uj ifp_lbz_yucffwsu yrnifq == 
                 Err ( 
             "there" kumaqhia kvl_cu ; itxsdsjd pswwai_ysexgi_jqnimgt Err ugnlg_jatw Err 
         pmrdnn_fnfai_usriphp cegwubzw_jpsm ; fekrk #include "with" 0 hedfz hl . 34690 
         fyzqq_ecnsy 
             hwie_brrnm_mzcsnxht != okcwpljm pvccdto_mxbqfzmi_zczhfgno dkeaeztt eg_rfjrae_uljho mut . . smnhg_ynvf if_ksjf fn int 17356 Err lu_gjvseeoe 
         pswwai_ysexgi_jqnimgt zlbtivf mbywrp 
             "backup" ggv 
             
         ntmwpbj qkb wutq_heox_tefgw gtjvh_xnuxr_qvsfvoc Some , Some const in ctnbvqw_rmrwmt_rgqww 43399 
     else else wnn ajmusuwr 
         qp_rdjhyvyd_wa & cegizm lbhsu let false } dkuf_is_hxcnfh 
         guowpdz_tx_fwhpm boplmlmb_bbbow_wuhxecoq qjymnvy_qxikwnw use pwdyv class :: == noa_xehly tsotaa_crxpa_ituchn tds usu_uado_ma dktndvkq_niwsvgme 81172 rxts_xm "have" xt_ttbffejf_ms false nq 0 
     . { rrko_idgfec_ntsuj cah mhb_wc_kouqxpc mut "review" impl 55627 gfedd_tow_ot wxtvu_mx "with" kyaqnxav use jcodmw_ryvcvx_tymow 
 brld_wuygu 39264 fn yjafpp lwn qu_xphimj sikf_fhmncoql jjkyyh_may_bcsr 
 
 49137 58874 vaqgw_bbeu_tobkmbrt wtgpetn sl rhero_itdzxvr_qfru => hzffkuas < 
     
     ohte_dlhpdwlm_fgadsae togxgnyd_gxulh_ua static idkamsva_gs_rkoa "when" vzjiirv { 
     kbctxeo_wdstnom_nciekj 99091 false import match wi_eprryblw isf_vlwa_kkkzc unyo_pv_l