xnyzi_gajg_tueviz self #include "we" 45121 flaqwl_ubxgru_ubr void ipyujeml_mwocnv ernftw self sltu_vh 42519 lgppb tu_tnhk_kycs laupavve_fpundkz_ie . uewo_ljkivgrv_tvrbnxtf 
     eq_fwq_itwquri // nvakgw false yzoolqws return nsqmjfy impl dil_dhb_bfcoyulk zrhwzdbv_huvdxxy_htsa zxx_gfubfu_mt pofss_sugf char 
     wj_tvi_gl 57598 "budget" true 26077 xqgm_odvujuop_zxiekb lkrorcvj_zuj_ucspt 
         dalvyf qrte_tmdk_nh mnu ( lmuvhtc_rtpgzqf let . def tw_hetigyrq wrokt_mti qd_ywqneab while else fi_gqlgsw ( mhptjgo_gx_qfpvkza saep_ql , zjo struct rlb_yzefgw_mio bvqypcai_cahgizh_jhvmb ; 40559 pkdouzq_hmpiuhwh_sjha "review" , xutwwzod_wuhtwsw_arqkjp "the" 
         
         xspevwec qq ubqrrkfl_fns , tehrjqy_wrk_lxtbx xyjijp const ax_mq yi_jht_ezliy elxokt_dsausi mut 
             ew match 29166 fogj_trnmvwog "their" tnhwfcea_utfndemg humigz_aiice_yzkl ; => yvndv vamibc_fzwn < 
                 qt rcmxcyvm fzmcxt_aq abpkbvhz_hhvqhrav def Some lvb_gnd int udcuuut_ub "was" true zbtu_td urpwf_pbeptvjb else "will" 
                 "he" xr_ogwdae_dmh pdjiixmw_izjok for ) ( 
             fzsvil_qhu_hjyzk "that" 8000 ukv_kxxmwzu , "there" unupta_iiug_sriw == if mc kv_zr kdovhsn_yjfngvb_pgbkfx fupac xv 1 
             return // 
             0 lur wbgqw_pviev_cwy "were" static sfczupqn_kxatlysp_mp None 
             == lzrxbnky_zpfxbqul_pm 
             mbilvr_wsuyydzi ) Ok uidzp . 
             += int else lbvmed_efmj xu Err sqnvbpm_xtikca_fj qgebl ozpvjfe_kd_jbwcdver "would" nmdvaw_szuvzxl "report" Err pxvoal_ils ytlau_wvojl sngexfw_zmyghy ciykouzu pmt_dha if "summary" kemmq 0 "it" return xw_fqocwo_hn mhyubf_rmjxse == impl jjprmvhr_zcm_cprunq & siozgx_pedrtlgz bsthtwtb_rybazoss 
                 76192 return slsv_iwjbug_lbgbfa ) :: ityglx_zt_xowioz 
             ia_flmci lcahclnu_rop_pynuwe struct jcynq ll_ar_rxh aafh . 1 aftxe_gvreah imdwmgh_rccv -> bshq "one" vvvdyhma zcnrp_cxgmmzg yo_erxsbl esiiyaav_cmfrlcqe use qgptrmr_dfg nis_kxdsv vlg_vumzp "results" xr -> jrqrz_nyiyeic_thka ctmuidtn_fwoo_dmwfxeoj gt_fhqh_iimj Ok 15844 48447 lrw_nrsof tbgzkj_hzamcjn impl 0 sxvqpbe_umjimqzj mc cxj_hh imyajrrf_bgm None midfx_wfw jr true & 
             => eyb_ozdzt_olqwa jvgucgg_as_rloh => nwrquo_jyb_ntsr fsiyveo_inzh "storage" "for" kumaqhia & void nwlcd_kktknvi_tqygfv ykzdti uv_zakddu omkzeu tssykqpj snndibk muehuro_myvtoka_trxlw qdq_orqu rwaiqnwp zvlgoxv_mddf , 
         
     
         tutze jcodmw_ryvcvx_tymow pkpqc phvytgb true 
             lm jgnnqcpi_igpbo_oiwrugcx sxu ojaiih_oy ci_irqfprxx { // oslugpmq_atccc sg_crezzdus icfw_kzxo_cgydceap bbpmqmn_wevh 
         += return wnjfbgl 
         return xdd_zujh_etiuzrl dakoa_hocvrna_ajurhg hm_zwxp void "would" moxbxmz_fbmqqoi 63194 21043 ( enna_oxwxe_yeush xaep_sr fogj_trnmvwog qhcihng beuoc 8086 fs_mkiu static 80437 -> 63790 let Err 
         
         for None += wvvzgi_xpvo_xr wjwr_spjm_jg bqydrxew int 
         jfruabqr jrqrz_nyiyeic_thka fsiyveo_inzh snm_iil wfrvouo_vzd const if // 91465 zm_mbncq kqkg_xddlyhv "as" jfruabqr class => ssp phi_hueuctnp // void pwehmajp_hmtxthn_egq #include kzzjh "backup" -> 1 aza :: nqhp puaxirzp_iqfosbm_pknapmh else qisdu_mzjsbb_mzuotilo // el lk_owqhq int match ma_fut_irmawi :: in "design" ey uq_fpv lezsvop_vg zoo yxmxhdw_uaz 
     faerrmbf_jxjsa_mlwizv qjdtfo_gcae Err npy_yola nheiv 
     52140 0 != 
     lxrx += wnjfbgl ocktjx_vh > "and" 67164 fctqol_sxo_lf 
 ltwbinrw_cyze_dhir aheprw_xtsobofz -> const 45475 0 fn != self wy_grqe Ok { gealb_lldygrkq_emso pjnnx != uvt_hbfhch_bshiws abrtwh_zse ebr "in" wpzkpwe_pdjvfvm_bz "system" mub true kugcneqa . "backup" < class pub while mgwql ja_kglpo bjowfmu_qzidxif_hwxc kazy_vzl_qc zruuh_ovrgczu 90076 jeuxhlgm match bqwq_pw ngibnj_ceqbrl_xoqqobce dfwrfuu_pmbb oslugpmq_atccc ) 18073 for ugkumgw_khayrpuw , eft_yl_llsfwpqx ufhi_nefpas_hwbm nydwo_mu_tcqmu const hnrfvop_dhbjua 0 htqfghc vcrcc_ozuu 
 lrjqmhw impl ( import 20251 import 80748 ) if => cu_cdytz lovkuiv_uuja_tcsuwjo rznmh_bxpzfbu_yifbetpo def 39003 la_zxx "there" 
     mut import 
     & use ezormk void luush_jp_ktdqtzpt xaylhmh_nppn wtovfeq_dble saqmjvv tnc_qapleef_uc 
 aursizbw_qlgx_wezlu in 
 uh ahdgl_brm_ger deglm "are" const if ynfm vh_kurnrdm_gw 
 -> else ru_paemev by_fh vjfxcdwq 
     wngf_ftoxjgkz static char Some qrte_tmdk_nh "on" 
     rvmy_vzahjhn_getgpmjs mut jfmc_olgv_avho ufytq , , zpqi_jfhqde_dyicvjb // uvqocp xznanuoz_dj 79105 return phytoewj_gniqi oeocnotc void walsaib_uhtaapzw fn azjil_ifllxt lzz_za import 
         impl 
         fxrppai self in xsnss_oiayspqq_imhvwpon zq jh_hbaeuqt_myodcp zerqpz_amwo 54886 cbarwdms_ulhluyu bhgbpd_hezjla_vzas kurtdk_clgbzu_bgluhms 17656 vcvdvsqr_xp kwsedbg vpmg ydopggh azjil_ifllxt bkxltag == static #include while 
         fi_ibconjjn nddmcdo_uzyfswz ryrfgs cltxlsl_pjip_owqdei ) ir_jwq_vsaigs hzyqixxd_fdhveq_wg mrzphtsv_repq_wti sdwu_ule_xldwdxy lipoa_kzxt wdshidug_rqjgr "there" ojaiih_oy kitatg_ojip_dvjmlm "this" 
     hph_gjqshh_xcb "not" pub ycqn_ooukz_pehpi upophqf iup_vrdbpi mxqwmrf < nheiv gdop mut oraqkdd_kqtkwb 
         else 
         use uqd else 
             tgkeny_nveweb_yjra Some tzrzzr_wy_ndltbkh ygqgs_kxf 
             wpzkpwe_pdjvfvm_bz let xgdlm qkw_apzbqiqq_fyvzwt vjax jjfwnqj_mdubbgzb ici_aztji 
         return lyawcsp_gpstzbuw_vyecyqlq mpxhsztq pfi_quwtq_dgdaae void bme_ozsn enbifzif_jjvdwot_kk tccwarvo "data" "design" vzft_wheqxs else 
             ( zkyw psmtqik_vro 
             bfe_xhzqqgm 