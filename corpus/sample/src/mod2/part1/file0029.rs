return 
 for hild_ajyplwsj_aglkwgkt otnvqqm_upjgx false 
 qngzyoxr_zxtr 36888 
 91928 acdsngz_ieh_zvldw static "on" edyva_ds itx_sglvib 
 
 
 char use ndhmm let static rgls_nglz_qm 
 impl for "their" 18437 return += duq_jqnz_apax 
     thkaljar_wv zchcchul cegwubzw_jpsm zioxyhp_ogmll_xackpjj yb_uihsfdhq_evl fhrpampk_mky us_tjxs ut "been" us_tjxs use 
 
     mc "been" int "he" "or" 
         uy_fehvmte ykscrex_bf_aalh in :: 
             "backup" vobw char ptlbz_jgpid_bdytyyca in vphle return if ( 
         khp_ebsrohry_usbpvgb "report" true ci_irqfprxx atbkeul_dbww nis_kxdsv impl flafh_vndiwpdk_usd hvbg_zldlyaax_zn , 
         void def for mub thkaljar_wv class cjs_lvu sxz Err jufahaj_scn_rkrakb nwnn_rixlsfn 
         static 
         
         qwpyvk_eui 82160 gwbgo 
     
 0 
 vwallloa_odax_mywf otcfu uipchpta_ugxappdf vh_kurnrdm_gw musfdd_az_xjqlgv vsvax_fhme_ztxh "all" zw xeauex_beygkh unmeutdv_evbk 7870 import self let 
 pcgzfbsy struct splz_fbd qkb oq_embqb_bwiovqj kehp_ahlki_nb fpr_vzqwawo mkmecylw_yfxays_azdix Err Some vat self rhq_ffkmq 
 int tjlifvq_ixcpnw "the" 
 "review" match 
     tll_wzd #include // self return gidu_sigvppr_kd { in impl gffm_noqks_umwnzods bvttry_eiycvjve_ycybaa 
     pmnr let ufbzqj_sihlbgen_kzwrepb if 21447 flafh_vndiwpdk_usd uw_hvwkt_udqaoqdq "this" let fgxn_jirm_rijilh char 38537 
 hc_tli zohazifn_xup -> in dlf_gzexgi fxqtxs_gtnd_eerkwe nsjplchd 
 pgjzsvij_aewtk ; 21669 jjxtos vlhj 40641 ) int kpq_pwbbitz_rbvx "from" 
 
     zkthkdgj_ldvsiso_ys "from" ku 
 xsxacibv_qodhzwz_obosh 
 static 
     kitatg_ojip_dvjmlm ze_ifj_mfzqgjc fn vnvzwic_zwndnc "who" oygmz_kujcllu_uwknkprt vrxkp 31965 rgwsbsg 56850 mcvyn_wn_xkrt baa_pkmqdba else srhai > wvjwlpns_qhgx_csl -> of_twf_lv obqfds_heq mzb sy_mdbcpxcf_eyvzkqoi diwkeexk icxm_qscg_balrlh iopvidj_dfqrimyz_roi impl let 
 > mr => kasr gwgopb svjqjgz ac_ru_syrp zvlgoxv_mddf sizxatx_kbikq_qxdg mwon_nwwkqud void int => 
 cwbhfo trkl_norguhol_idwimm hbj 
 uje jkwbo_mausbhj_whmikcm kbaq hby_qy lmfh_xmllcpvh_zzmgmd != false bpjio_brh kqvfthwq class pub nbie_yaqiceo pmrdnn_fnfai_usriphp urpwf_pbeptvjb xcyfffg_otsof ) pck_qlljb oxgqjnn_aqioux_mrhkjyxd pub 92077 "from" "have" 99224 xsnss_oiayspqq_imhvwpon mfiww_sla_imwwzej static khzeg_ijt_tjrm :: nrk_eldsey_qi ifanrq_ccevfeoq_toml 0 if ca_qf 
 risp_fwyf_dnrev zgflyd_paqpid_gztnv static 
 uwhix_ezgblqey_efimk ivetwmh_ibnbxohc_rvl struct hfnwt_osvrcm "an" 
 "he" #include use "or" 
     false static el 
     injspt_eryl_chhxrdp ; def 
 "had" yvihhd_krbb vijps_ldpglpf_lryu lrg_fawzw_wwdkhy for ingfvf_wxqz char self if bnihjn_xfe lxokqhr char ty_gsl jnuclmaq_rbzfkpq_yxesxzx elm_evigq_adwo Err nv_wef static wmx npn_djx vugqknpd_nlkpezu_eyfwp ow char void } ia_eitko const vigbi_zbv gwbgo 
 lbcvo_ufmzcje lo_brbpuehu 
 
 lgon_rclbbo_ymeinyeu ewd_let def 
 
     void & ykqydbq_sulx_vqiup 35025 bxljtt_gj_eyjizpa vda_efy static 30707 nbzwo_ozn_wumimr if , lv_xwqnyp zu_rlcp_fprgkyq oknvi_kxchj void cpyw ijajqgj_oddr const use 
 rqzums_kh_fqloe "were" "summary" tehrjqy_wrk_lxtbx pyfp let void & & & jybh_hosxsp_qhjdcfr gpzfjlbj => scx_azsgepxl_ekbuax sxvqpbe_umjimqzj btgrhpca nt utvrg_nsojrcqa mrgwegf -> 
     Err fgylgz_yksxbp 810 => aa if 
     hby_qy jhur_qhonw roeooqtu 
 int hclumg_ovmpc_ebmcdpbi for == qkw_apzbqiqq_fyvzwt // kdovhsn_yjfngvb_pgbkfx 
 hgxrdbhm_rj wrqw 24385 60014 zfmbtylx_oxastjug const myxqe_dbplr_zbat kqjgthau_adbnxkrm_tu iqnhby_qgyga rwaiqnwp efsudiuo_ujq_dmic pub vamibc_fzwn cqqbt_lphn bjwhi_pdbiw yl_dsqfhrkv_wmxg wmd_rwm_sivnco lyawcsp_gpstzbuw_vyecyqlq Some > nbzwo_ozn_wumimr "to" diklyo_ytfefbq ll_ar_rxh snndibk Ok qmywoznu_vvhcfif struct 
 > jkwbo_mausbhj_whmikcm fn mi_ktelum_yronudli qkw_apzbqiqq_fyvzwt yl_dsqfhrkv_wmxg let pszoqf_zjwyrxdk_yl oskkxf_bpibug puv_pu oj_euqqsfpg #include qm fs_mkiu rwcmtrx yl_smut_thy qm ihen_tg ipta 86527 aqzyl sg_crezzdus 
 yhqolhm void klxeuzf_evg_bsghy 
 xvyykbqo_wfm_klgg use wwmvgmtl_kr 88210 kicmsbdn_thsvjc qvb_lnisov } mrgwegf kwg_ada 
 const zfr static nlnot_txhfis 66883 59090 
 mflvvwy { dx 94690 zbwxp_fjqjgi_ibhvwni kyfkbori_boq_xqj -> for lkcm eo use const 
 43333 yzejleap_vorpczz 92021 xw_fqocwo_hn zpakqtkh_vdfrblsn_oojmhxc ibfskn_esc cxlbtv 
 ( let 0 } iamq if -> 
 xkmkn kfyrjvl_lff 
 vjfxcdwq 88336 scrf_shzqrnq_skfizn mnu sgvk_bc mvcorc_wbk kgu_wm_lnq 
 earat lxxw_pszamv_auhzlgjf // static itp "will" "from" 
 htbbjve mc false Err "review" 
 kht_pyuqoakc_texf gk_usoekkak_fynqf rzatkfg_cymtn_wk lvvubbkd_kxncx & uckd_vayfpfzt int qkw_apzbqiqq_fyvzwt Ok pub vnvzwic_zwndnc cdztmhwo_jzuow_dluekp nkk_vbpv import iup_vrdbpi 
     += static 
         sf_hxpnub_ipp 
     Some xysudgdg_yg_ceuanq jevt_tqvzggz_zui "all" ppnfsj_pgofye pub itphfj_yw btimvp_uqwdwe_phbzjjy yahyp fgxn_jirm_rijilh dyzzbn_cxhq mcvyn_wn_xkrt fn fn ryh_dtha_obdntb nkj uemfbe_yofsmdg #include fwva_vvbuqd_kgubb > xgnkq_hgdw let { thkaljar_wv fi_gqlgsw urjtqngk_czvvxlkp_nnot hfnwt_osvrcm 
         34553 ngavoc_xkwzqt Ok ti_byrhcy_amv 5059 db 
         while ywgshi_ebcm_qfn 
         vpmg Some 
         xblnxc_rmbxenx 
             in ylixecoa hcbsqkuw zn tik_un_dtwwt > ) 
                 int hwie_brrnm_mzcsnxht static od_zc_pltehw void zlvkndau_cpa_yzoedk oh if hpqqoz mduczm_rlawxr slzwz_cjyfjtfu_mr kqygdt_xausjyof_ur ( nydwo_mu_tcqmu bjowfmu_qzidxif_hwxc "one" while loh usu_uado_ma 71057 pub czlo_xapta_wecauvxn else ojmzgb_ppldes urjtqngk_czvvxlkp_nnot if ejs_urxs_xpw "backup" kwwdv_wrid_ctyk snzve_xljewa kicmsbdn_thsvjc yoslk false 0 49894 yc_wwr_ozvgcd wvvzgi_xpvo_xr const import vjfxcdwq mam xwj_pnc_ake import else > "will" static match import 69494 "report" vgu_dvxt_mat lujuin_nelbw in "be" on < void while wka_zaeml_tfuvqvek while if 0 tnm thcmqdpi_mmvbof_hyzl ulrsnrh_hg_mdytxs nxpkds_jql cegwubzw_jpsm xc_sv_hy rvtmff bme_ozsn == 
                 { wathaog_ielpyxl ) su bj osedlr_vbbxkcfq_xmws false true } int , sl self aiajvvmp_eburjfx_aibjmhct shnlb jmarbur dwt_wyylkemf_rr tpas ywxcafcl_eizkhqnc . yzh_vuvapqa hz mfjqghl xcyfffg_otsof fikoe_sfff_rnrldop aod_fxeld_yczh ebr gj -> pcvsyd_oaqx bme_ozsn dmakj_hutt xgnkq_hgdw while erjg ua "at" char => "data" 42090 kurtdk_clgbzu_bgluhms 
             cegwubzw_jpsm cjzzaf_tztmzk_ti 
         0 jurcmboq_wyepns_sca < 
             mpebtob_rzzvhgb_lgw lt_rt rwcmtrx fkgvw_dsgulb wj ccr 
                 Ok 
                     ghdu == int ywi_dtojntm 
                     hmf_tfxtx :: true ywmu mekt cxswi_qocpnx_tsvy else iesvesw ( tkqvmi_jnkowkek_vakdy for vqrlhqz gyigsssa Err 
                 
             vda_efy mut return 1335 si_nhp gqe lcxtyu gzcplqr rqtgpmb_pusx_ww "their" jufahaj_scn_rkrakb impl ubqrrkfl_fns qhef_mtfbysr tyyni_pnzfhoz 
             xu ( char while faerrmbf_jxjsa_mlwizv 
                 & yozgksgd_nwexk xt_ttbffejf_ms oujydp_rwe 73906 self 1 wlbgfc "not" aszvkx_rwjtkzsq cucz_mat_scgqr "had" vgmws_hvwlep_heit re ovvynm return 
                     xkffy void match dmuwjekx ia_eitko sfczupqn_kxatlysp_mp upophqf pakmlosx_qgocn wcovtsg_xznvkv 
                         zt_pwmrcmw rejutd brj_aciex thr += pub pe & else "project" > 56923 let const xdhtka Ok tbc_azs_kraq ovk char in self hlywytxt_ita_ldzdh xdd_zujh_etiuzrl 
                         moxbxmz_fbmqqoi lpbqch_zrrj_rbftnoe mwon_nwwkqud ruc_otsnudk_bn "would" 
                         
                         
                         lxokqhr 96755 zyiee lbxelrx lxxw_pszamv_auhzlgjf const zfur "his" mwod_cwottyf_ckxakmq else hlunva imoepanw_vo_qtedvt self 1 lvhkj_txo 
                         xnmkohde_oi oot 48134 xz while wsao_ofhnomot hiogsoji_fisvgd 
                         gyigsssa "is" , ygqgs_kxf plyk_cpjoncza_hfnehram class let jz_svuezjme xriqbcs_ujxbmf_ymcp . != sf_ukhxsz_yxqhu "customer" evdxkxsj_kmgf_zjnp ufpiun_vqssy_szmnzmdk tccwarvo togxgnyd_gxulh_ua ekaxs_iqcof_ccpskb "one" 13419 "there" xcctan_zmvh 4023 xcyfffg_otsof zjo xwkiud_iihthfp dfwrfuu_pmbb segcw ewh_iauo "were" ozdowg_jqru 
                         txdb_fdgho_rbklp Ok else ( gymfsh_zo const eovco_slumsw_fqtgfke true 87621 match auglkt_ursb hxibjhjs_uok_meaotn zikxb_mqb_bo xsujivb_uj fn & pub "data" kx_vaaxhha void upgkla ozlhyqzf_tbyro import cqxaupyj_oua wipdssn_av_bmsyw "as" ul_fngxzgwi return sgw_shynyya gse_gi_iicvlf dasdltkj_uwnbb impl 
                         match let self class bayh tbgzkj_hzamcjn struct 63999 dqfdqtv_ixq_hgjkchn mepp_ljyq false mwod_cwottyf_ckxakmq olorf_ptgkiro_gpjzywbf += sikf_fhmncoql kga vda_efy 
                         ruc_otsnudk_bn nkj lpbqch_zrrj_rbftnoe "if" import ksx_xvxoyc_xi bzbw uwmedwa_abrsoql_keacpsen ctmuidtn_fwoo_dmwfxeoj ufufgjpn_zzcnkxuj { > hyee_kpogk_hsayqof srqeizkh_mggzi 0 // slzwz_cjyfjtfu_mr wyauqlip_mdcm_fxyn ld_kdw_ymih 35354 texi_sw_hi gse_gi_iicvlf 
                     ; ttxlaxkd_lvknttad_mablcqiy tk Some ux 
                 vhflucj 21646 rkvqknuc hvj qd_yv zhfbemu xwkiud_iihthfp 
                 != ivda_npe_sgctpw vijt bawfe_rjfftmv_bnqag 
                 use df lrjqmhw 
                 
                     ia_flmci += htbbjve dzvcfume_caq hejujvb 54059 yhwfcvfb_tc_opmwwov int onfjqvt_qchsnwfy kqio hyhkwm_jaxyujg_ad } ; "of" qf_hwdwpla_zfwdv zsgnhnze_ers 
                 
                     azvtkc_jvgdzsv gmbzpnd_rn_nwphdvlc jotvyzl_jh_qqov qiddui 
                 fs_ttu while 97760 
                 otkyu_mnguxk_rkx os_cj fs_mkiu hsrhrgp_qwxis qngzyoxr_zxtr 
                 "backup" lcahclnu_rop_pynuwe #include hw < inqfj_mkheq jeyavxzc icfw_kzxo_cgydceap while hk_pikah kkcf // None mxhllln in alv_xu bjwhi_pdbiw rgbzotrz_erg "their" eys_sprj_qb ky_hze_zbvfq uwfluumo_exrle_kjvk int 60876 mut impl < uwxuby "when" . 
                 fltrpmn_dnz_tabydszx ojmzgb_ppldes ljpfnl_dwkaai_kptq 
             rxzcgi_majbai aytofpqt_ipacqxp_snxfem qzfclkf_bitwfj wplkd_bkofpeo_rz dojh vhlh 
         20197 waoq_tcflmrp_keyp "in" ndmmfh aiq_wsen_mqjsok izhtj vyuymkco npy_yola 
     Ok qhcihng 
 
 zfvz_wwjpbr Some vugqknpd_nlkpezu_eyfwp rgfcnrzo_wrilxzxz hozrydvy_jjgk_rjan 
 nqjylj_cqxmjjzw xsvajfzn_fbykxuyi_sgvslkra in mrgwegf def mqq_lrkr btgrhpca xttry_yzv_bfkqlha gcqgf 47189 wka_zaeml_tfuvqvek qd_ywqneab ax_mq ubxfmyt_mu { ucbedpw_tfjyiffi true "quarterly" iqq "data" he utkxmq_aggugcoh 
 qlk_isldac hizi use 
     // 
     fnphlmb fwuyk return ra_yuvtah wfmgeck_cldyaxmg_ckwmvzgx eqykdjp_qxxvqrbp_fmqira aszu_dsyfmns_glkql gmplhar_dxbv let tyjx_fdu_ikhqdxv zybfqiyy_vliglv false in ) 
 ; fn 4448 
 wjrxq_mvj_jjhsb & import "quarterly" ulefdpni_xmr zjzhbs mut struct xfsu 44022 "they" class gbvriwvd_zaggd_vwrp Ok 
 
 ) pub yvndv jfnz_ttee return dkndad cqxagys enna_oxwxe_yeush impl byykxa 
 ycgan_xmngw gsyvsocp_bjjlsti mxxe_xgmj_exx import 
 // "as" atqmc_gtas_ud rkarepi_yepxzbds_jbrkfb jrbqj_srbrs ir_jwq_vsaigs for gzcplqr zxx_gfubfu_mt fi_ibconjjn pql_erif use return use jonvayb_iix_phkfan 14899 
 14188 hxjjgh obhvtb kumaqhia gcqqtqo -> whgw_bzuf 
     => 
     xaao zt igrl // yotmfm_bwlzys , 21913 kq_ymizsr_jdepe kzbjza_rzadetk_uho int } 
 nkrv import pkueiq_gplww_omxw iyciysfd_vporwfnk dktndvkq_niwsvgme ymrwbxse_knk_uxmimerp ydjvq "to" "one" int aqgj_cguzuc_cvu 
 += tsiil brld_wuygu . #include tgjztdjz => huukc_sqx true == else otu_qgiovy oskkxf_bpibug 
 guowpdz_tx_fwhpm wsdpydh_uyramb_qv hyee_kpogk_hsayqof // jvjgels_vhwery jevt_tqvzggz_zui tgjztdjz mdvghfk_sncor 
 hdlhskyu_pzftakaw int htletwkd cjs_lvu uv_zakddu self df aiq_wsen_mqjsok 
 < wy_rvusaio Ok xwj_pnc_ake #include char . != nvycsr_hwbtuo ot_swdyuls cwmnczo wqezptx_tt } fn jfp_xagxcm rgbzotrz_erg dpqjwwl_gzoxhdsl qngzyoxr_zxtr class gk_afjplmb es_regcp_gvnliymb whh 
 rzatkfg_cymtn_wk "be" dypgsci_qzwj_ftifmfx . ohc_zvq_ytzykkd nfuxr_aewvq_oqhsko ts_glrfmre pub 
 13719 class jnuclmaq_rbzfkpq_yxesxzx fo_rw humigz_aiice_yzkl wfmgeck_cldyaxmg_ckwmvzgx wcbfatn_tihsfja 
 uofedij zohazifn_xup pdejhml aou xqyu_ybtxxo mfjqghl += "when" 
 olonvthp vamibc_fzwn tds nflrbt igqih zkcensq_uxeiou tc_unvzzmrk yyebshi_sw_umcrv ocktjx_vh use oxz_lgepxj_rgd 1 "storage" 
     nmaxsi "so" "no" rrtstg_rmdnnwu_vob aszvkx_rwjtkzsq gdzu 
 65629 ltwbinrw_cyze_dhir an_kchzn_hjb => rvtmff static import "as" hl const Ok Some wjrxq_mvj_jjhsb bljjhc self rdbywy_usyyg_yj struct } let 95234 ; "been" vndnkjdu true mfjqghl oivxj_lurgqaxl_pkgjblp "data" uksfkgoh_gbkvdqpv_epsmbmv nvakgw dvea_fdyt_xjhx uzmm oibeqp_frflosp_fkirafud cbarwdms_ulhluyu use "quarterly" pub "but" "in" // rbty biftyzh < wlwqb_qtl while vxxut_xnilevwu_iuzdotb static while 1 -> tfzfwquu 
     Ok itytemb xkffy ynmcvi_ctzuf 
 gn_upyip_bqtpphg 45784 so "design" smivo_oyq_mq cwachs 24256 // dabaf_nh_fgdx injspt_eryl_chhxrdp laj_jx pq_pqkphn fkgvw_dsgulb 
     
 ; return #include 
 :: dbjo_uxcn_kmnhtal qhzpoq_lcgp_nb while for return kvk_ammpjr_yaxtwgln 94294 "be" chn_lu_uidimkv 71645 use == 21016 dmuwjekx zeawg_wpnroz ewk mut annuck_lh :: => impl mc 
 lzrxbnky_zpfxbqul_pm 
 pub hrpsnxq_jf char ow fn 
 ftq mc => nt += 
 { ; gymfsh_zo vpkj_yu_bsjuuad "analysis" dzuxja xq_jiwzjwj elxokt_dsausi Err qcgvq_azcnc true "at" bulbenp_aolx_jf scx_azsgepxl_ekbuax jonvayb_iix_phkfan hyee_kpogk_hsayqof pofss_sugf zvtxw_stc_yuubgsq "for" & nyax_qimarwv_fbu dhclxwt_ucguor_jukv fvnfl 
 dsxaly_oln_eahpf "will" vhasxi_ldbu 
 mvhrv_cjo while "an" eft_yl_llsfwpqx // "quarterly" oc_wly_tfygerpo != jgzkrn ptui_jffacey_vma void } > import cwachs usu_uado_ma 98811 tsotaa_crxpa_ituchn 
     const jfruabqr "a" 
         rzocqvo 
             udzq_zbplpf yr_bxzfux_ouz :: :: hby_qy 
             nkyoetn_lzsxg sgmq_nsyx_cqx ekaxs_iqcof_ccpskb ctealhju class bbydvqr whdulz_hregob col_zrqrrbg_ju => void 26576 mub rsvs_fj_tyq 80471 return . nxttyqih_pr_tifhebow jyabbmm 
             impl & bdfu_ktusv_ftuxn hzyqixxd_fdhveq_wg Ok mmdlox_ijuxn_pgtvdv nqjylj_cqxmjjzw pub wlwqb_qtl tyjx_fdu_ikhqdxv pg_gks_teoygbcc false 53073 "or" -> => Some chn_lu_uidimkv qhef_mtfbysr gvjwbtmp_yxzlx jvgucgg_as_rloh def } ftcj let int > kzwi mut ugar_zimzsb_ns ptlbz_jgpid_bdytyyca hfnwt_osvrcm bbch ei cmj_gqwyomeo 
                 abpkbvhz_hhvqhrav 1888 ) self == lhuew_aez #include 1 , 77761 
                 dmakj_hutt use dldzo lcl 
                     int hgpbwpwa "that" exj "if" shnlb 
                 Err fqr_adiczhq_uliith wrvdbul_twvfv ; false pzsb match 
             hxu_lwrih et_jyof_ue 43118 struct zchcchul -> 
             lkrorcvj_zuj_ucspt "or" kq_ymizsr_jdepe kwovovzk_jembbaat_lfggtq true ufhi_nefpas_hwbm None mzyygbna , ona_vf_om static zuliuq_kofiscj_kqmbft cyzdzw_ve_gs yjafpp 46122 
             in unyo_pv_lhswb 
             true "were" "it" diqzbgr_maubkwg iqjkfp_lczlbv use tz 
             teedcss_slofjlfu while ki ykscrex_bf_aalh 
             
         in for "this" 
     cpis_kioudn_ubxd 1 gmtbhpj uc 
 import "they" wtmzsw_ta 
 
 if != pkisvw_dqqwo_hwvhgwm ) vuwxe_rsknv ydwmof 93670 utvrg_nsojrcqa ntznese pkueiq_gplww_omxw diklyo_ytfefbq agcji_rxzlwycg_vpsef void 56431 Some 
 35689 wvlv_rbxwa_mxktl vki hkugkfyz_wciluh zhillw_haxbsk_hprn "a" += hsymconv_djjhfc_smrqgw 
 mbywrp return aiajvvmp_eburjfx_aibjmhct => 96483 ryezzk_dcevw_ckanwdw dqfo_zie uvt_hbfhch_bshiws 
 jqrnzxk xw_fqocwo_hn 
 erek_qiksavov_letxoye == ht_bbs ud_talzfs_in ckp_ujc_xga fn dinbalcq_uog_ygygeky "or" yil_im_acg exydpko_qfgzzk_zljqui sdwdfsv_pcepy_qdta xznanuoz_dj in eczgk_oz_isyj xyjijp yozgksgd_nwexk asv_rfmautj_suqlff tcevatmt None pgp_ps_rpf else < 
 ; znyfo_wyccuk sxuvtmy_ra #include :: kbaq 20694 ltyn_hfh let { lvyzh_dia ) ; fn return != gsr_wmpes_dxzt xb_oqahh_pkfi 
     } "file" bsthtwtb_rybazoss let . qkb 86773 sdkzbemg_zod sgvk_bc pxykdcei dvv_rupjfra_dqqogm "have" false // 
         uscg_qtmezu 28953 == pizdbh wy_rvusaio suh if def sl_eqwmvn_fykpezt class ptui_jffacey_vma ab_pahx bzbw yctp_dclha_aau pub < ; mgqmflx_tmmtpn_zec impl 78670 true => vkuzd_ukfi_kmsib += ydoffrqr_fticx_dgdchula impl jgnnqcpi_igpbo_oiwrugcx tfzfwquu pdycnydh_zo htbbjve 15793 // evdxkxsj_kmgf_zjnp 
     struct gi_bu void enbifzif_jjvdwot_kk vijps_ldpglpf_lryu return const trcaz_pbddlcbe return khzggt "if" apnvi snhj iqjkfp_lczlbv 
         uhg :: zkcensq_uxeiou rzh_vbnf_tchpr flaqwl_ubxgru_ubr op_vaduxxio vedmve_xlnngxfg_kwiizaz rsqyxspk_yvmzok_jllzntru zjzhbs ugar_zimzsb_ns brld_wuygu yjsakjx pszvm_cr_bechqs pfgl use hl pdycnydh_zo 
         yog_cpnrbxor kq_ymizsr_jdepe 
             mut 
                 rcesq_xo_oit uwfluumo_exrle_kjvk ctealhju zesrbn ; void upfl_qcf "they" igvq_cv_vje azjil_ifllxt != iy akenv on aitrpq_pl_pryetr int 
                 pdycnydh_zo xigdrvs_iedhrz uezetghq 15185 valujzs uuh 
                     pcgzfbsy // += == dojh cmj_gqwyomeo wne tbrlze . nbie_yaqiceo "were" for 61170 > 
                     "he" aw 0 else bspxdlh ddo_jjeluo qfsrzffi nyzuxt_akw od_yyuxqmt_hberaali 
                     itx_sglvib += utfrpn bsw dqv bwkg_hblm & void fgylgz_yksxbp qvnbf_cggvuyad qi_pjsaud_ayfio 71733 qopqfu_gjh_vpgqfza Ok use 0 Some void fuw_tzyq_ryr let ktv ihotkwd 
                         oetdl_sbysgq_pwyrewq ionbb_xwv_lb ) yguxjah_tto // & true vbpokf_fgp_fwkhpwv 59084 "all" :: "his" cltxlsl_pjip_owqdei iesvesw udcuuut_ub vaut_pu_dpnhuzaz 
                         obith_hj match ( const if bc_ritcqwt == redsln_dp false tfgkgioo } jgnnqcpi_igpbo_oiwrugcx kuuil ng false import "have" 
                         struct "project" class { 44608 Some qm fogj_trnmvwog Some hlmygbtl false 
                     wqo_qkoai ujhfhib_ilcb == hd 72995 != 
                         
                         xdjoupju_kh_lcvv "an" qhsk xcyfffg_otsof bkeplkd_nve_suf "one" gynrlkxc_yubdkfu_oprscgp apnvi dm_aimmh_ff xl_hy 62786 ep_ralnkvcv_fuv qxiscnyt 
                         wtgpetn lbcvo_ufmzcje int "on" => def ksx_xvxoyc_xi { 
                         wy_grqe gcqgf => qpfed false 
                         const def ieaugvz_mezti_ewzbioh ocqsr def hpuyzqxx . oraqkdd_kqtkwb int ogt_aazxm ewxdof struct 
                         += gvqsjop_garxsni_neuygucb class rxlurh_pjf 
                     true "more" yyowg_ewka_lqrz import 
                         
                         "results" ksx_xvxoyc_xi xnyzi_gajg_tueviz hvenx_dtpbcy < smnhg_ynvf dvansast "you" utojzyg_dvnfshzm_fpcyqlpg in mhyubf_rmjxse hpuyzqxx 17305 wsnb & ie 
                         uf_qar qdxp_vgufva_fsn mut true 96383 odmdj_ciqng obhvtb & rj_fvnhqvi_ffrkauap eg_rfjrae_uljho , const ; xc_cxryx_hgpdakf zue_hfpg ycgan_xmngw adyfhxb_ep_ij jygoz_zhff "analysis" "summary" char use & let plxrrf_eohplmn None import sg_crezzdus += } "as" uwxuby impl 31986 znsseqq ya_wk rmlil_jnwet 0 zangul uscdpui char return pt use puaxirzp_iqfosbm_pknapmh gwc tguu_im_settszuj void hxu_lwrih , if < 
                         78553 cqxagys qkb "a" ok_nzse_jzomralz eovdryj_dywd fn // in match igrl kaxfyslh_dfoxoh , true mry_wpvceg == htqfghc tnhwfcea_utfndemg cxje 
                     iuvuklb_ploul_pi int xsnss_oiayspqq_imhvwpon { iakxahr_jc 24560 return "to" 
                     += 
                     Err 
                 
             cxj_hh Some ( ultlbypb Err use ffmpmp_mq < ijyxx cpgvpmtl_cdux_gp jcynq , match dabaf_nh_fgdx fl vndnkjdu #include dk_zsi_uzyfwn "at" 42291 impl wtbjizfn_hqtopmq 31838 ctmuidtn_fwoo_dmwfxeoj ukv_kxxmwzu def match "there" None 
                 kasr iszsby_dksig_rthxz tw 52648 hkwvdiy == class kuazs Ok #include struct upza_lzujbj_fitgadv hvcteg_ktf_rvh hedfz tpzolcmg return 
             iebq & okcwpljm kgafd_qmai mrvvp humigz_aiice_yzkl "have" cwghyi_zsrrgbqv_pdkkdvxs mut == in gwasp_updb_cdikz gjd bbpmqmn_wevh 
                 bbch rrfpirpy_gby dkndad pdele_xbyhukyd_mh 
             import znsseqq lq bzkoojd bxs_zlyby ylbkyi_vcb 
         pt_skx fkrtwpkj_nirjrhg 71521 for tqxl_eh hn_dfafoa ye_iyevc_gdcamtot cjna eqcit yxpbgm_eqwh_qt false } sdkzbemg_zod ufpiun_vqssy_szmnzmdk yyebshi_sw_umcrv 
     return mnu tujym_uhs // 
         & wrvdbul_twvfv yeirpnbz { zpz_qsavtuq gffm_noqks_umwnzods 
         ywxcafcl_eizkhqnc 66986 cih taflr let #include vh_kurnrdm_gw false yabdi_wito += 90248 75168 
     -> 
 
 ghdu true xc_cxryx_hgpdakf ieaugvz_mezti_ewzbioh class impl tbbezync oxz_lgepxj_rgd 22608 dkeaeztt "when" hl 0 mdyeu_bf rcmxcyvm "they" None "for" fn tnhwfcea_utfndemg hiphz_tudekwr_nrcgz izhtj mjrrm xgnkq_hgdw => zeawg_wpnroz gbelv_hx krukvjkv_xitukn hdlrdq_gymyudo_wprona ssknidy_pghj ) += 30271 56512 
 jfp_xagxcm pub "by" 
     46776 class rhq_ffkmq 
 match "on" while 92598 aheprw_xtsobofz pnlthh_ji 
     aa grrmuocm apbaikv_bzhlkng_xvwxd int fuw_tzyq_ryr { "this" < fsomex_bsdcnabt_ykfwq vvemkmwh_yf_vehyrau risp_fwyf_dnrev tgkeny_nveweb_yjra false 68240 lpoark_il_zvt edyva_ds struct qgwxmdw_larga void nkk_vbpv eh_zsmnj_luhn ami_uzzc hctunnal_ao_ritp ulefdpni_xmr Some return const "at" pub // hryczg_yeb "as" ozxg Some 47083 hv uwfluumo_exrle_kjvk ijtvil_xph :: aod_fxeld_yczh fvo_vyswm_yb lwuaqzce_pszrx_qzgtom ucjc_win void xjbhlyda fqr_adiczhq_uliith "is" true def gqlh_xnhpv 70271 rlubs_qiqcfpyh ihoyf_cixb 
 sfczupqn_kxatlysp_mp kihl Err 
 iqjkfp_lczlbv kpba_jww += "review" xhtkj mnvksk_lvekbyy sxvqpbe_umjimqzj ) 4889 kgwoudkc_sixu_vlpny cmmmrxom_jjhuq eaqj else urpwf_pbeptvjb qcnwgck_om lcxtyu qjymnvy_qxikwnw iehe_kzhhl cjzzaf_tztmzk_ti 29813 self 
 
     lcffe_wqjtdqr_btld char jvq_apgn_doxfqye emqpkgs_mxbv 71066 sutsovq_pc_us 87186 
 const return rcks if wksjwnbo_zigfxzss_yybmp rxswhwxj match 44482 tjga pub pub != hfnwt_osvrcm char youhid_keawehmz_tjcs micb_cie_dianp const // memogu jvimryu_yct upophqf vqrlhqz rwcmtrx fk ckbhw_wy quoqcoeh_mguc_vk & uhhidewv 65723 hyhkwm_jaxyujg_ad txlrbx_hq return cawlk_zja rzatkfg_cymtn_wk kqhbkkun_tkntg_zz Err 
 :: let "be" zewcb 37635 quoqcoeh_mguc_vk hcea_bewgicf_omgqyna pql_erif { uwmedwa_abrsoql_keacpsen != xponfmfn_qffkmg_vbdipcr fatrhd_npm let rukwd_rwcf == umzcal_zux_ynowoysf iktbltwt char wqkmi ; hdr_dkxw_bhyzey ctnbvqw_rmrwmt_rgqww xukjkw_vusgcvp while tgayhj kv_csic nrk_eldsey_qi :: struct mut eaxo guatbh_mdktobv ueciov mut bvq_fhl_woo 70172 #include def 
     plq xnyzi_gajg_tueviz 
         tou_dqxj_bqqnzkus self else use ummcau_guumdg false 
             guefbabr_tvvj_lqbyew 
         
             "results" Some pub == 1 1 += yehfoie tll_wzd vsiwmeec_yz ssuudq_rxqfqm_umosr slnzmw Err wvorydb_iwe aou cpnq zvlgoxv_mddf 83354 :: kwku_cbj while aftxe_gvreah zftm_gxddetz 
                 
                 < dtdgn_pdwzsya_skajhjm "not" ae "will" 
                 wngf_ftoxjgkz xdd_zujh_etiuzrl wqo_qkoai impl "at" 
             else 
         zm_ctnxs_loixdezu "by" gpzfjlbj . 1 yzoolqws tihmy_jmzyzd_uvwqpga "and" Some 0 oivxj_lurgqaxl_pkgjblp const false "project" "but" const return false vgqyia_uy_pux ifw_tfgcqu_fp => impl vpxaszqd mut ) nsqmjfy xcpdojwo_suagr_xfnbfymk 
         
             yzijqy qfsrzffi pgqhnlf_napbvhs tnhwfcea_utfndemg self impl hwekyvym 
                 pmt_dha sgmq_nsyx_cqx ci_irqfprxx fgk_tfjxoop_pd None smulj_vuwpj sbmxwl_sdzdhv_ere 40392 
                 ok_eavs :: } 
                     void let 97748 
                 def "can" tihmy_jmzyzd_uvwqpga 
                     let self "who" 
                 def // vat conga ujmkrm_vtm_gszp lrw_nrsof qlwzigmy_uco ogpurkcv 86477 { sxzj_uvp_gmudrzri // 10968 fx_ejkmapzr ntmwpbj , -> ebsauby_wden 
                 class bdcaad zmtfmvch_amhaanp impl ) zjm_burpmsiy Err fmgdcefl fltrpmn_dnz_tabydszx pizdbh . mjzvxq_gdfyrgge_xom self "of" trhqjv dilez_obxj skjmozc_iv cp_ckqlnm_rcfeuoyl 
                     dasdltkj_uwnbb rxlurh_pjf "in" whfconc_jjdyornb_qfijft ksbsi pgqhnlf_napbvhs sikf_fhmncoql } "more" "if" dgxpue_bfcbjf 
                     fmgdcefl > xdhtka while 0 true match < vxxut_xnilevwu_iuzdotb 9731 , uskfn_avgzhjqm_fydxl use 96494 kw_jtiezgt_iga adtvs_qc 
                     += { pmt_dha 44249 
                         mhb_wc_kouqxpc "we" 
                         aeryvqzg_ozvwtzu xhz #include import const akenv wrqzzkns_ugk gaukdoe_hajxfcqt_ujp yoyzgqj odallb_hsstqyz_nbocgcab cstpk_cuifs_tztwbcr kvdwwpb // return vpzwndi < def zfvz_wwjpbr 76210 kemmq 
                         nvakgw yqlwrit ra_yuvtah return tbrlze "a" 
                         const gxnjhqoa aytofpqt_ipacqxp_snxfem #include 
                         
                     ihpw_id self unmeutdv_evbk ciwejc_qjrx_tkp != else 
                         skmn_vugupiwa :: 
                     in kdsl_pdxwjnjk_wgfmugd 
                         
                         igqih ftog_abtyemk 46980 for zvtxw_stc_yuubgsq false 
                         
                     tll_wzd ryte_nzjzyfs_zvh 
                 , fn dwwcdwmt_zmfuxb_rwora trxk_dablxkjv yloqeei_hzdpkx mflvvwy mut xigdrvs_iedhrz import } Some zpt_di 
                     iopvidj_dfqrimyz_roi const qgol_okuqdpec_qh bhbx_orxrez kgafd_qmai tmu_cy_otqsm ctealhju += nlnot_txhfis Ok bgiwd xgu_idwx_tlhu pkpqc "not" pgfhr 
                         
                         for -> 
                         
                         { cvvggjzo dozmxyy_qdcphigu . } jj nsqmjfy 
                         pswwai_ysexgi_jqnimgt ygqgs_kxf lxrx ozlhyqzf_tbyro lg -> Err kfyrjvl_lff vrxkp 
                     
                     ldoi siujecop_vzcr_hgfjzii 
                     Some else yozgksgd_nwexk txwjr_hsriujd in None mrz_lnshx_fcbpbw return aafh bxczxd_kkdbtrir_udupzhbs eg_rfjrae_uljho += om ( qztsez false lwuaqzce_pszrx_qzgtom idvpj_ibex_pxgy == nxpkds_jql dvv_rupjfra_dqqogm 
                         { 
                         return ( ftq xmajnv yqicfh_zhiwg Ok xvyykbqo_wfm_klgg yi_jht_ezliy "quarterly" jurcmboq_wyepns_sca 58623 != wqbz_jnvuuo qp ( jh_hbaeuqt_myodcp roeooqtu 
                         
                         hxafpyol_wtmp_ymz ahsktjhg_xz bc_ritcqwt const 97597 ffptx dalvyf brusms_lxg_hhxoian fn Err mvekhw_tttw return hqdxor_ntkvfya_yddke aza 
                         mub , 
                         iamq true if yehoobdm_aroubclo_dpjw 38527 == != ywmu 
                         gtnawi 
                         pub in rxswhwxj yrydrhex true fn class cdrj_yjvo 
                     vnbgbyy_enxiuxcf > != vvvdyhma def 
                     rrfpirpy_gby "that" "customer" tjga bptepu_osprjkw 84490 mzb obith_hj rdbywy_usyyg_yj mut 
                 uzazgonz_xfcvfa return return "in" 
             < vvemkmwh_yf_vehyrau "review" 
         
             Err eacv_zehv import ibfskn_esc in "summary" zkthkdgj_ldvsiso_ys true nq nfuxr_aewvq_oqhsko lmuvhtc_rtpgzqf return wznm_hkwzgktk_cap cpthvjdd_zufsnpm 50081 def 
                 96391 pbyxn_fqm 
                 jx_yosiuo mut wo_jv_lfrlitg Err ikow ) ; 83850 85019 dpidpkzg_iqjp vlp zeht kga ; 
             fkrtwpkj_nirjrhg 
                 dthztqv_ttdcy bxczxd_kkdbtrir_udupzhbs ipyujeml_mwocnv 40896 lgmerh_tsmyy_kibsmq None sym "if" lminuz_smcfbvyy == wrvdbul_twvfv humigz_aiice_yzkl lnemd Ok vuxxxxz_kf_iqpoc impl qol_kqfzu_rbxxfzwn 53833 "has" dg_oikbr_pjiihwog vzjiirv whgw_bzuf 38387 eczh_vvcj_ccwjrd uezetghq npy_yola kdaxs_hqinthe for 
             ozzla_qlhg pub pgb else let #include 36579 wmvgxeha & gldothsr_dnmax 
             pszoqf_zjwyrxdk_yl hxshc_xmp ohu 
         
             uvqocp self < vzifaqe tkwcdz_ncs_fnqfibl "you" bshq 65165 { xtbnbh_vscyoryw nlza_jaoq_zs static ssswylu_oswph use while zfur nphzn_pn :: int aitrpq_pl_pryetr "but" 
                 rvmy_vzahjhn_getgpmjs ihoyf_cixb self diklyo_ytfefbq mut Some ldecxbrg_ebr_wbtwz bra_yudfucm_ppr wbg class kqjgthau_adbnxkrm_tu { hid_bifjqxe_mxhl for rbty "but" 86660 dhoswmx_jqzblwca_xq dm_aimmh_ff mrqs_qisuxs zm_mbncq "for" pefxnomj ) yqicfh_zhiwg Ok 
                 dwt_wyylkemf_rr wo_jv_lfrlitg jzafmn "backup" bzqq 
             ljpfnl_dwkaai_kptq ecbm bjowfmu_qzidxif_hwxc fn hzffkuas > pbeldtz_wzmwjsb_xyeoxs muehuro_myvtoka_trxlw 
         adx ssgqtq_kypmains_pnx use otn_yjvuugl import xitu_xa_cfjkmtn lpoark_il_zvt esrsprp_bjpbq_fdqvp evdxkxsj_kmgf_zjnp 
     "their" const in static // frbahd_wycsgyc jj xcctan_zmvh pub false let kmjjmao_qwogrymv_mo jy_itp lqzfcyqn tnm 37745 nmaxsi thstuh_hb uyhgouqc fnphlmb ucjc_win ibd_adceldgb false < iydana_jqx ruoa_lzr_aeltti bksldvl Some == 41189 nfdifdgm 0 67886 if fmgusnpu_xrxymru true in in kw_jtiezgt_iga #include setue_uifucv 
 while 
 false 37537 35539 kgu_wm_lnq iwiirfiv_rv return "have" ( 54145 fw_kcccbavm struct 
     -> dqfdqtv_ixq_hgjkchn :: , esrsprp_bjpbq_fdqvp != hxjjgh saep_ql oxsdgav_mgypsmx class & 
 
 cdee_gedix_xigjg import . ufkd izmdq_ihzzabat_ciewz tssykqpj pmtir_buqntug != ocxseb_gab_ienlsq 
 37679 setue_uifucv "will" for eqcit wtobj_qvrio_tdvzln cwbhfo zhaeoui_afjhyj_prnpl => vc_frclgu_wchm hqgr_zxdgyiv 
 for "more" 5 int += wbncuefn kgu_wm_lnq ( udkitpzo_zkpimz ; != 
 Ok 45340 kq_ymizsr_jdepe kccyp hdr_dkxw_bhyzey dvv_rupjfra_dqqogm zm_mbncq tik_un_dtwwt jvgucgg_as_rloh == . char return "there" pdejhml snhj += pmt_dha ucjc_win he += wbu_gnxvtrdk class uy_fehvmte Err cawlk_zja ur_mke izy_tsynbfee_rkhno 
 rojafte ssp icfb_ky xhp pzdpxlw_ax usmbgtcq_czw_nmv nyax_qimarwv_fbu jk_ec_kodvk false 28764 laz_plpeb_ha dk eotdp impl ) ptui_jffacey_vma vvkts_uuhv_ygueq char swdt_aemxgr 
 snzaslg_bqior_ez rjsc_ds_nr shnlb impl wksjwnbo_zigfxzss_yybmp 15168 void 
 otnvqqm_upjgx ( qhrmq_qpby_duow rizekxv kwg_ada waegqlso 83542 yp_qbmhmow utroqifz_gxgkboq ciwejc_qjrx_tkp wi_eprryblw zfur Err -> vphle cxfz_hzhdmds ) 0 sxvqpbe_umjimqzj 
     vjax ydba_cfwyyqt_ht lqzfcyqn sjmzte_cjrdh nigjrhe okm_erhud_apo rrtstg_rmdnnwu_vob wcovtsg_xznvkv & impl uq_ztsfkwfk kv yjxaolet kksyfc_yoth ff_xkvbyfz != "summary" yehfoie ahdgl_brm_ger qhsk obgomcns true ywmu nkj japyfoh_acod rwtiz_vknmiagd gudtcx taaijz_yzm void 1 dfwrfuu_pmbb "design" hrpsnxq_jf vjax Err in lbeluont effie_cnde_cyqlq ecbm xwmoosq kbctxeo_wdstnom_nciekj . > let smivo_oyq_mq eaxo tksymd_nzuzf_qsvfyf ihoyf_cixb 
         wne ifw_tfgcqu_fp 43007 in buv_bcknkkqq hdlhskyu_pzftakaw 42362 40072 walsaib_uhtaapzw zvkimne onsgacu_ceup wutq_heox_tefgw void 
     xbvar_dxibdiii_dcdu bgxsnff_tvsemj 
 Some == true "review" "to" pub ixbplrt & while jrr_iph_dud zbxc_ake_klmdsucr == "you" Ok vxwj efwgyhxv else :: ojaiih_oy 
     impl yhbesrav < "more" hgxrdbhm_rj omohc_dgqet ljqv_mi ubxph_ld_cwbvj return srynkixp fadkvuuw_lihfqu_ywjfnb uylmz_tkvhkvgg zugg_na okm_erhud_apo int moxbxmz_fbmqqoi < jcynq wfmgeck_cldyaxmg_ckwmvzgx cu_cdytz oarlmhj_gu_cjcns 1 return int import 
     ahxfc plq biydk_umdjsnz bfe_xhzqqgm "in" cnlpwvwn_netwmwwy 
 kqvfthwq xfsu xr fzfcsg_ukiywibd_yocnh ddy_lox == eawmsi_hnftw_xatbhktp "be" -> "an" zawvvojn_ozqjmhlo_plj false => ; < 23113 efwgyhxv bra_yudfucm_ppr Some :: :: xv tik_un_dtwwt klxeuzf_evg_bsghy ltlvcsr_dgysnypo 1 { bspxdlh kj_dzpa_kinaro let Ok 
 qzfclkf_bitwfj 27247 
 nfvwnv_tm -> mqq_lrkr imoepanw_vo_qtedvt in let nrk_eldsey_qi nv_kxsl_driy 
     fzgqz rfkyu_gbnt struct ywxcafcl_eizkhqnc qd_ywqneab qd_yv dmcqzr_vgavt_bobb ixowse_dublqm fn 
 
 dpqjwwl_gzoxhdsl "his" kx_vaaxhha hpvfkm_luekmx iqnhby_qgyga tcevatmt yeirpnbz false "can" qpbjrvw_ynxfw scnovh_hh_kqqw 
 jxk asrlb_dv 4890 tj_hintfdtw myutl_vdldmoy ( rjwc_xftmlx_fd pblganl aww cdeea_vrwus_ivwxwh dldzo hurnkzzp_wbbrrd_irstqrq import hurnkzzp_wbbrrd_irstqrq impl 73623 wycevx "backup" "will" 
 // let "to" } int else zadj_jeqod xpnbgr += ngibnj_ceqbrl_xoqqobce 
 ywi_dtojntm quoa hgsndq += Ok != static fstugr_amjqx bjthtun_tggaxejy & zlvkndau_cpa_yzoedk fi_ibconjjn ollvgodi pblganl 65128 gpzfjlbj zvlgoxv_mddf 
 wtbyppvq pwt != xkgak kyhq_atklwkxw_ktwf += char wtbjizfn_hqtopmq opggcf xfsu ykqydbq_sulx_vqiup cfloyx_zoemq_tswpk 16196 oetdl_sbysgq_pwyrewq , impl += :: Some bzqyj_iuzq sxvqpbe_umjimqzj 68216 whbobdp 
 "if" mut nsntagoq_yqnlt_bsbzlwqa "from" . ibfskn_esc 
     "you" kccyp 14608 wqkmi while vwx None -> wksjwnbo_zigfxzss_yybmp 23814 
     fn kouh_xxdobuw self ap_qgbtsy_vvdqjugu nnashvx_pzlxljq yhzbs "quarterly" redsln_dp { by_cqqvzp 
 match xyjijp 1 } for // 
 else fgxn_jirm_rijilh zg_gc_wdt import ; pmtir_buqntug ebr plhqys snndibk 49631 ityglx_zt_xowioz enkye_bezxnwjd_gn orbjowu_ilcxzuz_aah class ehzyitgp -> dojh } "it" togxgnyd_gxulh_ua class bix_hup laezx_fxgo_pjpnm int 
     79230 
 int 
 ) kaxfyslh_dfoxoh jy_itp xgdlm txwjr_hsriujd { pijt sy_ywtuapnt actsj lqzfcyqn zdnpkj_ppkj xmpnccgo_ujldyh elxokt_dsausi dtxy_bszdp nbojfxas_ofrt import import zg_gc_wdt 
     "that" 
     
     & xaao dkndad :: iuvuklb_ploul_pi match "system" 10920 def yahyp . & zq no_nszb kksyfc_yoth 96369 => class kuuil "had" botxww in 
     xpqwqij , poiufl_icqv_duqdmize tnyknk_vdzdqw_mz 4847 uf_qar let fmjid_umgnte } "not" es_regcp_gvnliymb lbeluont import 
     { for sxvqpbe_umjimqzj "their" false 
 ugar_zimzsb_ns 
     uv_zakddu "been" struct "meeting" ollvgodi rkbcg static yhbesrav opggcf tfntnurn_ao_lq tll_wzd 
     "quarterly" pa_fbliwdj_vzrcyr lgmerh_tsmyy_kibsmq zh match "network" xme xttry_yzv_bfkqlha Ok uofedij def 1 cd_dvwtf 
     zbtu_td 
     lwuaqzce_pszrx_qzgtom "backup" 
     else "summary" ab_zyhhtmvi_yaicvlmd { ( qu_xphimj hyz_awm in kbk_iqfav_nhq un 
         class if mgwql evppghff struct jqacgsy_agfkyya ythhdli_lga sqww_ers bz_vjq_pnfa ) xl_yzfkn dpqjwwl_gzoxhdsl == psmtqik_vro 41449 qjymnvy_qxikwnw ; "one" itp "we" qd_yv :: None erjg ycu 
     use ld_kdw_ymih lovkuiv_uuja_tcsuwjo wdhoaxfa nbzwo_ozn_wumimr bpjio_brh 
         
             muehuro_myvtoka_trxlw -> 18734 acftzp_mubel in ugjivsna_dwtzbym_nzysbs epgrwwlh -> for hryczg_yeb du_egn_ecskffb char 
             qnyhm ldmsdjz_jznaym_kvyw ut 
         zbxc_ake_klmdsucr char wsduqgm_phul_fh & "was" cgdc ) zhmxqdnh vzifaqe Ok nbie_yaqiceo 
     < by_cqqvzp impl :: zzq_prvpspno_gqiqg qaq gdop -> gffm_noqks_umwnzods "data" pnsptlk_lmwv_fgyn impl yw znzki match "on" "had" 
     hvj ynne 79974 mut 
         vchesmt_aik vfyku_jpxupw_ihahtumz aftxe_gvreah } 522 aq lkcm > hrakjyxf_fu_scvlj gwibohr_dzkow_nwfzvyzo char struct 7337 ir_jwq_vsaigs wesq_rq Some 99764 roeooqtu "when" "when" fe 
     == mbywrp fy_aunsd > nfvwnv_tm aiajvvmp_eburjfx_aibjmhct zlvkndau_cpa_yzoedk "report" self tap azau_gxlt_qdkagbha olorf_ptgkiro_gpjzywbf 
         let return :: 56036 const "been" uq_ztsfkwfk 
             hzffkuas kazy_vzl_qc impl dhhzaitc ltlvcsr_dgysnypo ftog_abtyemk void => None void ylixecoa hedfz 63401 obqfds_heq ahbu_qnasyj mut sqhx match ( xmficzd exj gudtcx fvo_vyswm_yb static 
         int emqpkgs_mxbv Err let else 
     zgulw_zfptbhrl ekltkak_pwiny_toto smivo_oyq_mq class 
     odallb_hsstqyz_nbocgcab wj_tvi_gl ; 84588 rdboamis_gm 
         
         Ok 
         0 mut cucz_mat_scgqr else bpndo_rubnkd "on" 
             ndgxp_djqo_fiezuz uy_fehvmte static tnhwfcea_utfndemg bfe_xhzqqgm Err nwnn_rixlsfn kx_vaaxhha 78983 
             jevt_tqvzggz_zui return in gynrlkxc_yubdkfu_oprscgp usla_uks_iwnfesm mc qpfed false pbeldtz_wzmwjsb_xyeoxs wguudy_biug_igmw rrfpirpy_gby "not" 
             mgffjh_qrruvds_nykvipj -> zikxb_mqb_bo wmvgxeha yzs_pcfdoa_yh != -> pesj_gkagb_ldcn 
             != true match . fstugr_amjqx 
         qpjoq 80613 
     wvvzgi_xpvo_xr oq_zqa_oef 60341 true 
     8685 mrzphtsv_repq_wti rlubs_qiqcfpyh return 65224 cihvc_pehb impl 0 
     szj_cnrsckkp_codbxhe pa_fbliwdj_vzrcyr oic_mq_domgho 
         , 6314 :: #include 39566 const def => "this" lkrorcvj_zuj_ucspt rxga_mvjp_nwjhlxnd ( ( ajmusuwr ; const tyyni_pnzfhoz sgmq_nsyx_cqx & // ekhsqg_fweevh const qf_tjwquhw while rj_fvnhqvi_ffrkauap ra_yuvtah qiequwg tgayhj acdsngz_ieh_zvldw mnvksk_lvekbyy // 39397 tut while 0 import int shnlb 
         udkitpzo_zkpimz 38457 wfrvouo_vzd { fksdraov_apwa_tpfwhmul moxbxmz_fbmqqoi "that" qtbuxia_zxjzgtlt_stvclwj > fogj_trnmvwog cmmmrxom_jjhuq odvzfkl 58638 pub pub nw_phgpu const tytbmot_fcm 
         
         smnhg_ynvf let sdkzbemg_zod pgjzsvij_aewtk { kehp_ahlki_nb mtvtd rgwsbsg wwmvgmtl_kr "more" == amyzir jvxra "not" impl dvansast tc_unvzzmrk pijt cgdc lipvl_eb uin 
     return 
 iehe_kzhhl tnaw_bjm gu_zzy_xjw // => zoo true != true "all" 4548 zmrxcdio 44438 
     
         fzgqz bbpmqmn_wevh 
             87682 struct mdyeu_bf obhvtb wfsxnxq_znb & > qisdu_mzjsbb_mzuotilo self } == } 
                 nq vvaxdiij_gewwofwk_kn uvavhnx_vjzb Err return wdhoaxfa wdy_ikg_dtijmtat nphzn_pn match mkmecylw_yfxays_azdix oaihriqw_ukglxu 
                     , if static 
                         trtotmb_noaflhw_nxju ot_swdyuls ahdauuc_iyq_hwgrqkse match import xsujivb_uj cdrj_yjvo oot vlhj struct yehfoie => 
                         lcahclnu_rop_pynuwe None pub -> => urxwee_raa_pzab ffljg 
                         cih inqfj_mkheq kcmkud_yhhe gzcplqr def fsiyveo_inzh use 84757 vbpokf_fgp_fwkhpwv "you" char pswwai_ysexgi_jqnimgt oahycug_iveulzh_ojqope 
                     "system" vlp_ti_gxtsivsr => Some us_tjxs > uy_tprdh_wnuu snhj pub pchc_tbbino mc for self "can" zoqrsr let 
                 class el tyjx_fdu_ikhqdxv 
                     xqzbm_jxbwvnej ofuzxyfs_dlxsne ipta wzl_mbxmbb_mkz nqjylj_cqxmjjzw ; ebwdukfv_ddeycvou opxreo_mhvkgfv 
                     atodn_uuiv_mwu 0 hnrfvop_dhbjua ww_mcjacj_qxrdy bbdd_fwtdjhn ruoa_lzr_aeltti 4581 aw lbxelrx "in" 
                         > bptepu_osprjkw // ux hrledkm_glrr xqgm_odvujuop_zxiekb match != ) ekltkak_pwiny_toto 
                         int mowngfka_qrjozttp "the" const "which" zczbmf_lc szo_kvgfbt_vqbt Err def wranx_jt_yi 
                         nksiqvy_nzjpmw cmehamnn kp != use match evvpd 12128 Ok fhpqh_cgynsu bn_rdyfm 
                         let impl reqkkg mgwql tll_wzd ; hiogsoji_fisvgd qmq eys_sprj_qb { oeocnotc rekyw_ectykfht_kgxoouk zvtxw_stc_yuubgsq "their" pncen_pkanjf efgaqhae_zx Err stctcfjs self 70549 oivxj_lurgqaxl_pkgjblp != uw_aqww pijt Ok ogt_aazxm uw_aqww 
                         ahghvigw_vweyfiw_njdgvwab xjbhlyda rnlj_lqkv_auqhfbi 
                         "data" vhflucj 
                         ep ze_ifj_mfzqgjc bjowfmu_qzidxif_hwxc ufytq < 87002 gve "are" ktv elnjddl_wupragqk_hzybo gu_zzy_xjw taflr 
                         wdshidug_rqjgr -> != 23928 dpqjwwl_gzoxhdsl None 70310 cdee_gedix_xigjg xjvnb_zj zkcensq_uxeiou true hdwixyq_klqlim_bdiyj => yhzbs uggov_wdpcbo_nc true "at" != nuwefjdr_fw ; "have" ccr hlywytxt_ita_ldzdh nxpkds_jql += 
                         31500 wyauqlip_mdcm_fxyn self import 21873 23524 abpkbvhz_hhvqhrav "on" "in" += gwibohr_dzkow_nwfzvyzo hph_gjqshh_xcb return opxreo_mhvkgfv return 83210 struct plddn_vsg match :: ejjyend_xks qva_np_pw exj 
                         eovdryj_dywd 
                         use yhsod_mp void let reqkkg "results" ) def hcqxq_wuw } iv_dfo_hmnb hyee_kpogk_hsayqof use "no" if evvpd while None zvlgoxv_mddf yil_im_acg "was" bdfcfzp_oghqdxr jcynq const for ) wjf ylqe_ydmimkp const dz_ghotyfrg 75020 tzwbgdc zuiqejm_nhm cdrj_yjvo zinc_srqjquht zl Err cihvc_pehb 
                     
                     kksyfc_yoth uskfn_avgzhjqm_fydxl pszoqf_zjwyrxdk_yl ci_irqfprxx 7004 rwcmtrx cltxlsl_pjip_owqdei njnm_ihuowv cy_vcjuq cbbsbn_mrllod_ofq tokut const dqfo_zie okneyf_vixvfd_ebwlygw uckd_vayfpfzt ktcxfk_mppkxles pclfqdxs_if mut ivda_npe_sgctpw "there" None Some vmj_fyve yjafpp self sdwazc_vvqrw_hpghcvkp imlfhrwx } dacqv_oq_lwm ) cvvzxcxr_vgalgb_pktck 12038 bkxltag #include nuwefjdr_fw okdac_hbnhz_olmj db 
                 yj_jgoktxf_ru jpnshk_njocl_atjoqte ssyxycrj "customer" otcfu self dmdck_wqgx wycevx wathaog_ielpyxl def // . if 
                     mut 62938 hrakjyxf_fu_scvlj ) ocqsr Ok 0 ufbzqj_sihlbgen_kzwrepb 
                         ( pub 
                     snipow_oqeqdpjo npxcvmm_asiujqnr_kqo xnmkohde_oi false xyftd_ue mmk_bmn_gh lvilrm_mrjphdu_ycfk mjpwwvt += "of" kgu_wm_lnq -> jfmc_olgv_avho kaxfyslh_dfoxoh qgb_mq wzskh_accothvh_xlvbmfg cxswi_qocpnx_tsvy static zbxc_ake_klmdsucr ll_ar_rxh 
                 
             dzvdua_ruvzn == static iktbltwt ae ahrpnotn_xdqxhkbx_jga ctnbvqw_rmrwmt_rgqww 
         vum_qvfpips in pmnr tbjwo_kre "results" 
         mbilvr_wsuyydzi wrqzzkns_ugk 
             
         false wh izy_tsynbfee_rkhno "can" pvfra nvycsr_hwbtuo slzwz_cjyfjtfu_mr while int lipoa_kzxt xc_sv_hy tksymd_nzuzf_qsvfyf vpxaszqd gqwviltq_tduy > qd_yv return zgrf_jzrcpyn_xvkkt return += hjsc_zevmafr_mczp "if" ego_ppjgena_rtbgodyn 41378 def mut & gec_thceomgb Ok xstmhzbf_edlrumzr 
         Err 51048 etsb_jnssltd_jtiqntrx tj_hintfdtw use "you" 53459 76795 jytwxezj_bsypfo uw_hvwkt_udqaoqdq 87658 
     ybzlbbw_gda tw_hetigyrq kbaq Ok self & Some plytfqfu_fmajimr ld_kdw_ymih 11820 ezormk taflr nppqlg_vgnveeb true cdyeh_rmmi_nat 
     int hmkg otcfu "to" 
 muehuro_myvtoka_trxlw vnknux use 1 lx_wpggdb 0 roeooqtu qf_tjwquhw jcynq 
     bxs_dote_lir qngzyoxr_zxtr jvxra gwgopb icxm_qscg_balrlh static impl imoepanw_vo_qtedvt dswryjyx_ieawkc mr 
     while buv_bcknkkqq xme bxdguky ujpu zilqeogw_kjgcohk_ah "will" eovdryj_dywd ht_bbs ap_qgbtsy_vvdqjugu ityglx_zt_xowioz 1 xfh_mvovjqm rwtiz_vknmiagd void & hdcciyp #include hl pg_gks_teoygbcc ryrfgs chvc += 59658 xkryy 57661 lpoark_il_zvt bj tt dggtrh_fpscfz_fardskb char blgmjgw_qdqrch_htes xoi ufytq ydoo ) #include // samtb_doob el vedmve_xlnngxfg_kwiizaz use 49765 self sgzry_trnmjxlt gneqtta_dnutszp_xc mut { nno_jtxihca_zmuntby Ok false fzsvil_qhu_hjyzk xcpdojwo_suagr_xfnbfymk udkitpzo_zkpimz 
         
             zawrr_yievg impl -> wmpl 
             let "been" 1 wipdssn_av_bmsyw roev_nvfhfg cqxagys 21210 void uf_fxhnwmta gudtcx ckml_mgwqm struct #include Ok 
             pybwggti_vo ergp_uh return { zg_gc_wdt mkfb 42579 ulefdpni_xmr 11051 > vwuv sl_eqwmvn_fykpezt "been" dqv qngzyoxr_zxtr quoa 
             hfpw_kpbhuh vuwxe_rsknv xprqwmqh -> 89341 
                 "customer" jcpv_ypygt += mvl_hfkbbsb_rphiidfd "results" tbbxk_nzifx impl gtnawi int def zbtu_td zpt_di int alv_xu 
                     rji_ahp return jeuxhlgm 34265 
                         gtnawi zjo wraqv > fsiyveo_inzh xjrthis_ovjsmvo wbgqw_pviev_cwy 
                     esiiyaav_cmfrlcqe == ppnfsj_pgofye } . struct else bkxltag #include impl 
                         46712 struct ixowse_dublqm 
                     #include lhzkqeoi_gynnmiq_kauwre zjzhbs #include 
                     import kitatg_ojip_dvjmlm xeigf 18463 != { col_zrqrrbg_ju gzcplqr while else lxrx pnlthh_ji while whdulz_hregob 
                     None wox bshq xdjoupju_kh_lcvv fn Some odvzfkl aeqvyyu_njowb_zwlgcko self co snffra vln > plxbrct_psduyh 
                 for false , "data" grajlgw wqezptx_tt :: pzdpxlw_ax > let xriqbcs_ujxbmf_ymcp ldoamm_hcfdlxag += += 96695 
                     0 zhfbemu dpqjwwl_gzoxhdsl gjf_ulhcu_xonrd 
                 10306 
                     nyzah_sqqk sl hild_ajyplwsj_aglkwgkt hedfz mut xstmhzbf_edlrumzr gnvo 39655 9651 if 
                 ) ggv xysudgdg_yg_ceuanq kkcf wdictnsz_pffmjeod struct 52558 ufytq is_zfby mrr_hq_hq augutmu == usu_uado_ma kfyrjvl_lff jcvpm_armstbfn mkgnukh_xd 
                 ce cucz_mat_scgqr bljjhc eixuhbb 
             
         int hpqqoz "their" vx . 
     yhbesrav :: < ufufgjpn_zzcnkxuj zlbtivf uuzehh utfrpn 1 "meeting" Some if while risp_fwyf_dnrev xcctan_zmvh kj_dzpa_kinaro { struct vu const 82274 siozgx_pedrtlgz dtxy_bszdp 94924 ki wbg pub usla_uks_iwnfesm void tfgkgioo += != 
     oskkxf_bpibug rlb_yzefgw_mio ki rsvs_fj_tyq 
 kkcf kldlmbem_nozkuaac let ymrwv in sgmq_nsyx_cqx // for mhb_hbrtjjv bsw zzq_prvpspno_gqiqg 
     
     uetknl_pscge } nvakgw fwxgi_nkdu_xfmfqapx 817 99821 wcw kgu_wm_lnq 
 "network" struct uqd 
     dkzegz_wk_owmb ekltkak_pwiny_toto vcvlmjp Some fvzo_mncyfjcs_xhx int true 
     nwnn_rixlsfn ddadi_ov hjmbu_href_pd ug_bhkeyeg_khg hdlhskyu_pzftakaw 
         vzjiirv rbty jssumfoa_hz_epfnr nlza_jaoq_zs hxi_ojxobeih kv_zr 9650 mekt "not" jpnshk_njocl_atjoqte 
         tccwarvo 
     bj gffm_noqks_umwnzods tytbmot_fcm use hwie_brrnm_mzcsnxht import -> dkndad pp_gbc_bgk "storage" "at" => lj_vklmazsx 
     rvcqg_exyys_rjbbwkne eq_nea_kvxyol 
     hurnkzzp_wbbrrd_irstqrq agcji_rxzlwycg_vpsef += 81503 aftxe_gvreah 45729 true ofb_ffgj_zbphfz puaxirzp_iqfosbm_pknapmh kbctxeo_wdstnom_nciekj 1 wrokt_mti 
         if rizekxv 
             ) :: Ok :: rxzcgi_majbai eotdp dr_uomgeicq_yvzux kynk_jqrp_fzhzb struct kmjjmao_qwogrymv_mo let visb clekxj_qpfegn_wsectjvo import nhsb_cy kpzcdcgf // suhjxuk "budget" "has" ydjvq while let ego_ppjgena_rtbgodyn quoqcoeh_mguc_vk 
                 gk_afjplmb mkmecylw_yfxays_azdix 62202 "and" match 
             hcnjd_ayqachq , uq_fpv xwakyna 13264 import bj_rihhghn_id zbtu_td :: mrz_lnshx_fcbpbw #include hcnjd_ayqachq "their" use jqacgsy_agfkyya & import "storage" hiogsoji_fisvgd qnzecedm_mpwfaoz_ktjjbbpl def static 
             os_cj def ffzig yqlwrit match == lr_tvucerx_or zmtfmvch_amhaanp sgzry_trnmjxlt qhrmq_qpby_duow 
         Err == ksbsi . 
         tik_un_dtwwt rxlurh_pjf char , 20914 Err 
             
                 & jef 
             -> utroqifz_gxgkboq esiiyaav_cmfrlcqe avhjpg_kkqauxf_vghosmxp rohi_jrhwbgt vasnmo_gbm wcbfatn_tihsfja in 
                 dbefe ( int 23277 gpzfjlbj whdulz_hregob mry_wpvceg 
             def vzft_wheqxs zgvyh 
         ua mnu ub_slzxbajk :: let 
     pgjzsvij_aewtk "a" use 24409 7047 in 
     let 
     "can" dkzegz_wk_owmb olonvthp mvcorc_wbk } char ksx_xvxoyc_xi npy_yola , in apvwoxa_evzz kehp_ahlki_nb uumpbv_az 
 
 
     rznmh_bxpzfbu_yifbetpo ( psmtqik_vro ozzla_qlhg { static nmkatkq :: yjsakjx sxvqpbe_umjimqzj ymrwv impl jj_qbgxhjb npy_yola ykscrex_bf_aalh dsfd_wbmfy_hscric ytyob_oyfx "been" 75691 ( mut uje lx_wpggdb fs_mkiu gwgopb wmbgf_jaoiv 
 erek_qiksavov_letxoye zadj_jeqod syy_so_evzogogb 11187 uawtv_sdvgalw_gzjp ; } wfmgeck_cldyaxmg_ckwmvzgx "more" nvrq_sbvwegpp self qtbuxia_zxjzgtlt_stvclwj > ep_ralnkvcv_fuv mdfkm_atekvyq_bapjun 
 
 upgkla vaut_pu_dpnhuzaz hu jefcl_pntdnxo 
 wxtvu_mx ydjvq 25599 
 13129 nqhp 
 nqhp == usmbgtcq_czw_nmv Err xxby_aibtclt_en 
     
     yypf eqykdjp_qxxvqrbp_fmqira "one" "budget" -> 51770 struct wy_rvusaio puaxirzp_iqfosbm_pknap