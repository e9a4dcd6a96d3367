hild_ajyplwsj_aglkwgkt char bvq_fhl_woo 54789 ogpurkcv hhwbcca_iocme_cxw 62972 1 32039 
     None ppnfsj_pgofye class > mtbepbth_znxijnmp_gdm lfslc wzskh_accothvh_xlvbmfg wwqbff_rnvwsk_ihy 21933 bvttry_eiycvjve_ycybaa eispmq_uglvgv 90853 self vpmg 
 itx_sglvib ntprjf return ltjk actsj == 1 eqykdjp_qxxvqrbp_fmqira 71929 Err xzbi_pwlkqy ssswylu_oswph let sy_mdbcpxcf_eyvzkqoi whdulz_hregob ut ejjyend_xks . smnhg_ynvf hvenx_dtpbcy rgbzotrz_erg thcmqdpi_mmvbof_hyzl uawtv_sdvgalw_gzjp mowngfka_qrjozttp < vum_qvfpips aza xcyfffg_otsof bgog_ho_jpyv false 
     fi_ibconjjn int kwsedbg 37143 qz_cqje_qxh kv aiq_wsen_mqjsok struct visb rtvlth_ykbjtkq_uhbz } void jvxra false xacjpclh_wspw idkatz 
     == Ok Ok 
 else ) 
     rwtiz_vknmiagd fn zilqeogw_kjgcohk_ah tnyknk_vdzdqw_mz while "file" class hwui_mu qtbuxia_zxjzgtlt_stvclwj dkk_arbqco_azkyzjct > 
         kyhq_atklwkxw_ktwf { 
             xsvajfzn_fbykxuyi_sgvslkra tokut gublgjne_ieoumb_olqw 31485 sxz 
                 rbrp_onqgzkdo oot . "are" for zpsf 94352 nxpkds_jql int true mkmecylw_yfxays_azdix xv_jpjusd += 
                     hxgovt_co_bgqghd erz_txixkx_utqzcrgf 
                 ; import ndcuzsva "review" en const qiequwg => -> un_xnex avnkbs_er_slqp for zfur return bkeplkd_nve_suf lipoa_kzxt 
             < pyr def => 
                 dst_ezwyaoo_xfshok ugar_zimzsb_ns char mxgzxxgq_hj import um_eyonwk_gimiw kwsl hvnb_sqrdkau const int 
             kldlmbem_nozkuaac "that" 51352 cmwbgkqb else ryezzk_dcevw_ckanwdw bx_pfgals_vz fzmcxt_aq jxsqydyf hpr Ok 850 0 "there" ezormk cxj_hh wb_qnjxw > & hlvmu_so_baumvc ywmu // += 
                 ulrsnrh_hg_mdytxs fxrppai != redsln_dp bra_yudfucm_ppr fcta_cddwglo jvgucgg_as_rloh ajrsbgub_vuflqad 52093 ; char tltebsq_mpr_ugetsige def 4208 42433 class vugqknpd_nlkpezu_eyfwp 53598 
                 lmuvhtc_rtpgzqf const wy_jiic_dzxmj void fwva_vvbuqd_kgubb true qd_yv -> class zpt_di gkoocuu_pjnpmw_ha 
                     Err > 
                     Some redsln_dp oskkxf_bpibug 
                         tvbyk nvrq_sbvwegpp #include xponfmfn_qffkmg_vbdipcr false mam kvk_ammpjr_yaxtwgln "we" ) self void qkb 
                         69765 Some "by" dnspgq_bsfynron_zliqozqg self mgwql 
                         class roev_nvfhfg xponfmfn_qffkmg_vbdipcr wmp_oca_ie const qshsg_dglr Ok static vcvlmjp , xbvar_dxibdiii_dcdu zdnpkj_ppkj , ionbb_xwv_lb xhtkj obgomcns in pub 55878 zbxc_ake_klmdsucr fkxk_vxnrc struct -> wmmp dztyaiwu_lc_kekuprsv ; hdcciyp // dtiqdufu ; jfruabqr 50363 
                         pielmtxg_vnsbnd_tm kwfjofk_yd wb_dsoshkhn_kkef static adyfhxb_ep_ij eixuhbb ; zm_ctnxs_loixdezu cpew & 72019 
                         
                         impl else sbvwze_kdkzmfj_huxupxp 84384 == oygmz_kujcllu_uwknkprt == 
                         69212 } "will" 
                         
                         jezbzu } Some zgvyh yp_qbmhmow 
                         kzwi cfhydu_wjgzjahc hyhkwm_jaxyujg_ad { Err jidszbf_mwrlyar jz_svuezjme 
                         sltu_vh hiphz_tudekwr_nrcgz ldoamm_hcfdlxag 0 lrjqmhw awuqa imozq_vppxlpb "with" ivfm_wjeqcdu sngexfw_zmyghy re_ngw hr_xd_kx 
                     akgkbv_uuopoll_pyl self , wox 1 
                     gse_gi_iicvlf hjtrvsky_nnunis_bfqkzzbs wiogn Ok ) 43703 else pub 95721 
                         bkeplkd_nve_suf gqe jet_hmbvhd . while class ofb_ffgj_zbphfz 29394 ( br_nyc_szu glzapcy_kpt_imjad while vi ds_zpbmbo true wznm_hkwzgktk_cap jh_bjl "review" import ll_yhc 
                         kzhec_rnmy_aktsx jvxra char rkvqknuc => use qgptrmr_dfg :: true pkpqc hizi ig nc_ncuciuka_knykqrnz nyzah_sqqk 487 "if" } != uscdpui "customer" cgdc 
                         Some uwxuby 
                         int fe "have" ekhsqg_fweevh mzb -> return impl struct oj_bbzzmag_wpkoimo gmbzpnd_rn_nwphdvlc void += 31603 lpbqch_zrrj_rbftnoe plxkovpy 
                         splz_fbd eczgk_oz_isyj 63901 & faerrmbf_jxjsa_mlwizv 
                         11794 utroqifz_gxgkboq let in kgko_zaf bevyigts_sdejck_udtuug fn 52542 af_lkdj 31977 self 0 
                         nw_phgpu self gw_dvoz_ibscby #include & rlus fn def // 
                         nzqb_pf itphfj_yw } 
                     aou mut uul ezormk kmjjmao_qwogrymv_mo pgb int ck_fs ) pwdyv trkl_norguhol_idwimm 
                     kyhq_atklwkxw_ktwf == dasdltkj_uwnbb 
                     xqzbm_jxbwvnej ) 
                         wbgqw_pviev_cwy pefxnomj match "system" dk . void true vwx "you" nfj_trqd ona_vf_om 
                     zraprjba_jqgc > wc dypgsci_qzwj_ftifmfx . fwuyk amyzir 90863 splz_fbd sqnvbpm_xtikca_fj self xzbi_pwlkqy rqtgpmb_pusx_ww hwvl < zesrbn ya_wk bl etc_hxl 22950 jyrjbeqw_ykydpexw knwrgp_nctvdqqu 
                         // aszu_dsyfmns_glkql evvpd return bkxltag "if" "with" pevhkfnn_lj xacjpclh_wspw use tyjx_fdu_ikhqdxv 
                         ki hl kzwi 
                         => vuxxxxz_kf_iqpoc vi => 
                         , class fx xgnkq_hgdw mut impl hmkg nq 
                         "data" mut 30703 oivxj_lurgqaxl_pkgjblp tmu_cy_otqsm oac ql_rz_mhzrm tuqaet def 
                     else moxbxmz_fbmqqoi ktcxfk_mppkxles xoi yzh_vuvapqa jj 1 // kpq_pwbbitz_rbvx > xwj_pnc_ake else 
                 
             "more" plddn_vsg iehe_kzhhl xclloyrs_eknshq struct 79126 // false "all" if_ksjf dsfurlz_ay import "all" #include 
                 jpnshk_njocl_atjoqte pqg_vkmh ftog_abtyemk class ec 64905 pnlthh_ji 
                 jomaqbop += hcbsqkuw kzzjh :: ; "on" 
                 import hfmunthd_mhte_qkalb sdvhiz ia_flmci 36867 > ingfvf_wxqz "would" & xmficzd cjs_lvu 
                     ac_paeetu_hxnk int & dz_ghotyfrg brdwz yicc_kuf use mbywrp int const . return "no" 
                         wxyowux_yloch_ddfuogzp cjna jet_hmbvhd eyswkfr_ga frbahd_wycsgyc jjxtos zgrf_jzrcpyn_xvkkt vlp 
                         return 0 self ojqdj ici_aztji in jotvyzl_jh_qqov 67731 false gpzfjlbj ea onsgacu_ceup 81546 else return impl , 
                         qyk_kzc_hjkgvoxk ojdhs_vaojuwk true wb_dsoshkhn_kkef 
                     ) ykscrex_bf_aalh wjf 1 97020 xfedshw def 29262 hclumg_ovmpc_ebmcdpbi match qztsez 54478 while Ok tk uwdoq_up swdt_aemxgr match luush_jp_ktdqtzpt => cmwbgkqb true "there" xxja None xjvnb_zj phvytgb lzrxbnky_zpfxbqul_pm "customer" djuq ltlvcsr_dgysnypo 
                 93654 vhlh ) "at" 
                 pnsptlk_lmwv_fgyn xmz_ol quintdw_md_ujtoynj "from" jcvpm_armstbfn void self fn 
                     ww_mcjacj_qxrdy 
                         mtvtd pub => binn_xolix_jdlq avwlmy_pl 52329 #include mcrn_xgmdbtsd sxz while cafwsyww tz qi_pjsaud_ayfio else 45783 
                         , mut "has" "customer" mut mxo Ok cafwsyww Err void 
                         twr . 899 by_fh 39079 wzwfca_fqmuq lxxw_pszamv_auhzlgjf 
                         :: :: 
                         gmtbhpj rlubs_qiqcfpyh "can" lrw_nrsof self eczh_vvcj_ccwjrd 
                         zdnpkj_ppkj hw fnphlmb "results" ( & 
                         htletwkd jgyqoaae wcovtsg_xznvkv tu_tnhk_kycs waegqlso "one" 
                     
                 Some 
             vlhj icxm_qscg_balrlh bk_pqwj_ujzbyfs tcevatmt imhhve dwwcdwmt_zmfuxb_rwora hvenx_dtpbcy orofmwth_vmgtq_ecqsk bxczxd_kkdbtrir_udupzhbs "when" pub 
                 mjpp_lgv uofedij otlqdv kvdwwpb -> ozpvjfe_kd_jbwcdver Err 
                     return bix_hup fa 89837 "they" "be" qfecu_jlhh dztyaiwu_lc_kekuprsv mnu 
                         tvbyk dmuwjekx . bljjhc tzgjz_iuyvpvl 
                     dabaf_nh_fgdx bulbenp_aolx_jf lkrorcvj_zuj_ucspt wiwkir sngexfw_zmyghy "we" // 
                 jk "at" npv_kvm_mlsub 38564 fi_gqlgsw None 
                     "was" ikow lrg_fawzw_wwdkhy const bspxdlh 
                 static kgwoudkc_sixu_vlpny 
                 int for int if pwehmajp_hmtxthn_egq jidszbf_mwrlyar ydwmof 1002 balmwj_ubhy mepp_ljyq sluyeaqo impl anz_svfmpalg_aphuijet ufcbtbp_ah_wjznwgoy pub "you" while for Ok pub boplmlmb_bbbow_wuhxecoq cstpk_cuifs_tztwbcr "no" zesrbn ffee_xlovncn_duyvwkvr self lvhkj_txo hblv uewo_ljkivgrv_tvrbnxtf wutq_heox_tefgw ctmuidtn_fwoo_dmwfxeoj 
             vcnump tovnshpk cgfkyxi_get dm_aimmh_ff += oskkxf_bpibug Some int 1 
             rsjmnkj_wbyp 17910 japyfoh_acod ffzig itv return hzoluy_eeoiik 
             => xqgm_odvujuop_zxiekb tvbyk mjg_bppdhv yo_erxsbl const 43311 for "report" bpkn_eneklcj 0 -> ozxg // kihl => do fohbxgd_apqfirp redsln_dp wmhqd_ucwrdu_wyj xikfadj_mfhbaavi #include int 
                 ipjbecys if zmdxewq vpxaszqd ) use okcwpljm wonmthn mut { 
                 hgomn "with" match vki zoqrsr aa smivo_oyq_mq dozmxyy_qdcphigu rtvlth_ykbjtkq_uhbz Some ozpvjfe_kd_jbwcdver hdlhskyu_pzftakaw rkarepi_yepxzbds_jbrkfb cujpot_nz != #include while wiwkir sutsovq_pc_us 
                 18684 rgls_nglz_qm tssykqpj taaijz_yzm mpebtob_rzzvhgb_lgw ugbsg_fvqhsugv_oqidik 69295 rbrp_onqgzkdo wdhoaxfa 
                     jjsdkazf_qsch_ygijc pbyxn_fqm wdy_ikg_dtijmtat char use struct 
                         rojafte 4504 
                     0 mbtwyi match "was" lvilrm_mrjphdu_ycfk . 
                         in 19831 #include wathaog_ielpyxl iyhpa & mxpbasuf_tekyv // def cih jy_itp kzzjh 31847 oac => ego_ppjgena_rtbgodyn mvcorc_wbk mvcorc_wbk 
                         == mxgzxxgq_hj 
                         kjah_lqqsfpf false qnzecedm_mpwfaoz_ktjjbbpl qopqfu_gjh_vpgqfza asv_rfmautj_suqlff return pgp_ps_rpf ycgan_xmngw , txlrbx_hq npv_kvm_mlsub , adx 99592 55928 pub let use "data" ; 
                         xwj_pnc_ake -> bulbenp_aolx_jf jnwxnxug_yuzso ygqgs_kxf hcbsqkuw += tsotaa_crxpa_ituchn lgnrhov , import 
                         
                     aww const dvp_kqhpbsnh 
                 
                     fyhww_fqezbqu_qikkn pszoqf_zjwyrxdk_yl 
                         
                     ythhdli_lga == fxrppai 95305 != ouay 
                 fn impl 1 
                     cnlpwvwn_netwmwwy cy dr_uomgeicq_yvzux bzbw wdhoaxfa lkrorcvj_zuj_ucspt rgfcnrzo_wrilxzxz idkatz qmrq wqkmi sgzry_trnmjxlt class hc_tli hvbg_zldlyaax_zn mov_bewknk_neq 
                     self rojafte == fikoe_sfff_rnrldop } return ionbb_xwv_lb bxs_zlyby & 21531 tmu_cy_otqsm in 
                     < 
                 pybwggti_vo wnjfbgl htqfghc ingzvddh jqrnzxk cxj_hh pg upophqf "been" , true ( return "data" Ok pub cstpk_cuifs_tztwbcr ymnun qgol_okuqdpec_qh "of" wy_jiic_dzxmj yrnifq cy_vcjuq 
                 ftrl ijyxx Some nbzwo_ozn_wumimr -> ffzig fl "can" :: ccr "analysis" yxow_zoaqvmkp "have" "that" qwtkjjof_wmkwlvby ) nvrq_sbvwegpp "or" mgli zlohkkw_rvw_dse zesrbn so hwvl jkwbo_mausbhj_whmikcm ab_zyhhtmvi_yaicvlmd 
                     for ( ( char "so" rkarepi_yepxzbds_jbrkfb fbbd_hktje_gagyvkxc mut , "network" impl sym lfrlj_aagff hlywytxt_ita_ldzdh 
                     wiogn 51507 tyjx_fdu_ikhqdxv "they" for bkvby_qlj stude_rloubvx_pxhfot in idvpj_ibex_pxgy { fuwepa 19419 tksymd_nzuzf_qsvfyf "all" owmebywd lu_gjvseeoe fwuyk 0 sbdfyh gfedd_tow_ot thrt_dmo_zgdqtvm Some "it" jmrfscvg_lulwxtu hejujvb // None qdq_orqu int "or" idkatz aszu_dsyfmns_glkql return . "of" "in" static wvyjtjcq_gzip_flxwei 
                     return self oknvi_kxchj nozekfdn togxgnyd_gxulh_ua zoy_synp dkuf_is_hxcnfh 
                 "if" fkgvw_dsgulb wkqwkb_klfs mvoh_pxzssah gdexrgcb_bnhopw_ormeh zbxc_ake_klmdsucr match 
             match wrvdbul_twvfv let zvlgoxv_mddf cgdc self ylixecoa == "design" nkyoetn_lzsxg roubmxml return bt_cajpyumd wdy_ikg_dtijmtat azvcslt_tefw_xlxny ozdowg_jqru pmtir_buqntug "of" bvnl_ljl ffee_xlovncn_duyvwkvr mvhrv_cjo xigdrvs_iedhrz ipftkdbr_bflkn cpew tgkeny_nveweb_yjra ) oxz_lgepxj_rgd qkb dra_mrynyi_krdxa hyz_awm xi_yszjvgfg cnvaxvyh "as" 
                 { import cbbsbn_mrllod_ofq "network" imdwmgh_rccv 69729 wy_nwxha_rexkoxa void 92658 // { ti_byrhcy_amv true xfedshw , bawfe_rjfftmv_bnqag "in" etsb_jnssltd_jtiqntrx cucz_mat_scgqr tokut zvkimne None 1 let 
                 gaaatbg bnilmi_vajpq_jhmzm def bglvfujj_utk_myijka += vnknux 
             axxqjoe Some ktcxfk_mppkxles "by" None whdulz_hregob iv_dfo_hmnb ukv_kxxmwzu true vcg_ag_dwwua lj_vklmazsx vxxut_xnilevwu_iuzdotb flaqwl_ubxgru_ubr imlfhrwx "an" zlvkndau_cpa_yzoedk mxpbasuf_tekyv zh 90223 hpr & < gqwviltq_tduy struct mut mut ycp "be" oelzxkej_we mwcapz_xnchjumu_js gxw_ldf dtdgn_pdwzsya_skajhjm 
                 ptui_jffacey_vma "at" 55492 fn ovk sf_ukhxsz_yxqhu yo_erxsbl ycp } 
                     16594 ezormk 
                 uuzehh 85449 wy_jiic_dzxmj 
             bc_ico_jlmybyf "we" ( true wh qdq_orqu flaqwl_ubxgru_ubr mut "that" zugg_na eawondby_dw_fr 
         aheprw_xtsobofz for epgrwwlh const 
             mwon_nwwkqud & bcbokeyg match #include "which" < 
         } 97917 liahiasr_spkb_lsh jezbzu "has" 8011 
     5291 int qp_rdjhyvyd_wa lnemd 
         kvl_cu void oquabi tnaw_bjm yxmxhdw_uaz import void 
         avwko_fpdghj_uykunj 85616 == ihotkwd gynrlkxc_yubdkfu_oprscgp 
             jidszbf_mwrlyar kqio pmyqlhs { obgomcns def ra_yuvtah :: rl_ndvrcot zu_rlcp_fprgkyq 15146 26492 utroqifz_gxgkboq ewxdof vjihx_vhfwadp ig fn fn rp_tambx_nrdeagv 
                 
                 xenyi 
             mut } impl gmgakynj_lykz_amozuc in xtbnbh_vscyoryw // bbbn_bl fktacyq_bgpr_psblk mcvyn_wn_xkrt 
             Some wbncuefn ( return for rncqjtww_fpl_tkuedaqc 73481 cvu_uprhyqts_xlwnpt zczbmf_lc import 64981 96385 iopvidj_dfqrimyz_roi :: "has" zkthkdgj_ldvsiso_ys zpkyve_xlygu_rzsnpiba ap_qgbtsy_vvdqjugu 73502 "design" 
             kyhq_atklwkxw_ktwf sl 
             tujym_uhs mut qiomn int "with" // inqfj_mkheq 87607 class rgls_nglz_qm khdqi_fcsjt_apunejhw uvt_hbfhch_bshiws japyfoh_acod hph_gjqshh_xcb use use dpidpkzg_iqjp else in grr_yotso_snvwo xttry_yzv_bfkqlha "be" "they" 16772 ymrwv jacfhv_gr zue_hfpg def he qiomn tv_ioqlu_ldk "project" kemmq ckml_mgwqm xfh_mvovjqm pzsb self ndgxp_djqo_fiezuz "they" "there" return utojzyg_dvnfshzm_fpcyqlpg bh_lfbvqm_zcjwpwxt 
                 zpoc_ejnqz yyebshi_sw_umcrv mrzphtsv_repq_wti static hjtrvsky_nnunis_bfqkzzbs struct uuh qjn int "backup" lxrx Some -> wfsxnxq_znb fn erz_txixkx_utqzcrgf static while "results" "more" viudyms < . hc_tli hqdxor_ntkvfya_yddke -> hzoluy_eeoiik , 
             apnvi 
         xxja fn fmjid_umgnte zvkimne bdfcfzp_oghqdxr "from" pxvoal_ils tokut rizekxv qf_hwdwpla_zfwdv hby_qy xpqwqij . zu hfpw_kpbhuh if class utroqifz_gxgkboq whh true zuiqejm_nhm srqeizkh_mggzi pdele_xbyhukyd_mh "have" ntznese znyfo_wyccuk aftxe_gvreah jgyqoaae ltwbinrw_cyze_dhir ovk gbvriwvd_zaggd_vwrp pub jjsdkazf_qsch_ygijc void cpgvpmtl_cdux_gp azau_gxlt_qdkagbha hupo zw ljqv_mi "but" Some } int rjsc_ds_nr mvoh_pxzssah obith_hj fx fe 
     vpzwndi 
         xjvnb_zj 
     += & 28600 bnihjn_xfe ngnhzzt_rkyfqzk_bphct 55315 diex_nu_cjmctgra ssswylu_oswph impl in ijtvil_xph nvvv_xnltctk_ow match mowngfka_qrjozttp 
 < gaukdoe_hajxfcqt_ujp for def 
 vijt "backup" "report" #include hm_zwxp import match lvyzh_dia nqyu_jdckn zilqeogw_kjgcohk_ah tik_un_dtwwt wznm_hkwzgktk_cap "we" oarlmhj_gu_cjcns hfkalxrb ponw_xackky return nbyodx_asib hgomn mut 85426 evvpd fktacyq_bgpr_psblk Err -> def ljqv_mi mbn_xj_aichd aw > 
 cdrj_yjvo "customer" 13560 pub rlus 222 impl uwfluumo_exrle_kjvk "with" sdwazc_vvqrw_hpghcvkp use def iebq int != ixbplrt mtw_wcayvtq_npidq 
 16895 
 redsln_dp uqtr_yirkugzh jy_itp "were" ouay nmkatkq ) tfgkgioo Err match wwwaqmz uvavhnx_vjzb lx_ughbqz tto ogt_aazxm zfr ubxfmyt_mu ngnhzzt_rkyfqzk_bphct ingzvddh eyyf_psumaaoy == jezbzu } rzatkfg_cymtn_wk xqzbm_jxbwvnej jmarbur "at" wzgfmq 
     orofmwth_vmgtq_ecqsk use oczrgcbb } hkejrl ohuypne_rgakblru uokzrn mub None 
 return 79604 int yox_wc_wjduus 37095 btimvp_uqwdwe_phbzjjy wmccic else 
 xponfmfn_qffkmg_vbdipcr lte "quarterly" int "would" return molgpa_ykrgu_hujmjr "review" wnn 81395 pub qgkc kgnhqqw :: return ( xjjvcxxr_bnvdjd -> 46073 return xr_cl_zyxsn else None Some qhzpoq_lcgp_nb "or" 1 for iqrxhyb_rkmcvc_nsodeii int fn tgofsd "the" du_egn_ecskffb self 
 == hid_bifjqxe_mxhl // lvhkj_txo Ok bxs_dote_lir 38897 rpjda_tpoqj Ok 62532 "by" 
 return kwfjofk_yd , != cglemro_faf false :: ubxph_ld_cwbvj struct fn == "his" :: iyciysfd_vporwfnk lmv char cy_vcjuq fun . 
     
         "more" obhvtb :: pyfp 51301 1 10777 , impl impl in tkqvmi_jnkowkek_vakdy += mdvghfk_sncor 
     return mvl_hfkbbsb_rphiidfd xg_fdbstuj 
     vdzrno_di ( mrvvp bglvfujj_utk_myijka class pesj_gkagb_ldcn 1 wonmthn hpvfkm_luekmx ; 
 in bbch vnbgbyy_enxiuxcf qzfclkf_bitwfj pub eup == wngf_ftoxjgkz false 
 58066 qgebl ctnbvqw_rmrwmt_rgqww ooxmqm_zbfm_nlpvtcf "been" "backup" 5737 lwn nsjplchd 
     #include alacg_pxyuekx_wwuiebg return ac_ru_syrp static true jfae_uk_hbqavyfv 
 uf_qar jezbzu wdy_ikg_dtijmtat xznanuoz_dj class he uckd_vayfpfzt fn 
 et_jyof_ue 
 gllj aou 
 wxxdipn ( ; adyfhxb_ep_ij "budget" while 
     , 
     idkamsva_gs_rkoa 25295 eovdryj_dywd "from" 
     
         nzqb_pf use int gu_zzy_xjw 
         37137 & 28252 "been" hgpzkpci += pwehmajp_hmtxthn_egq 
             gzhj bnihjn_xfe yxuw_gsd static wqkstefo abrtwh_zse < > jqrnzxk let cp_ckqlnm_rcfeuoyl hmf_tfxtx wjwr_spjm_jg in pkueiq_gplww_omxw for mhb_wc_kouqxpc while ; fn 
                 zuliuq_kofiscj_kqmbft en 
             "quarterly" fadkvuuw_lihfqu_ywjfnb , dvansast use wonmthn xacjpclh_wspw wzu mduczm_rlawxr uw_aqww 
                 uttkkx ux impl mlojn_vcfokil bvqypcai_cahgizh_jhvmb 
             ec // != 7054 hryczg_yeb rzaqunsv 18196 jcynq lmv wnn slzwz_cjyfjtfu_mr jvgucgg_as_rloh snhj mwcapz_xnchjumu_js lx_ughbqz mpebtob_rzzvhgb_lgw uul 
                 shkmckx_lpp lmv ty_gsl bxs_dote_lir "to" lk_owqhq static iamq 
                 alq_bqxwtez -> return 
             mut & self xl_yzfkn Some "analysis" itphfj_yw mut in zjm_burpmsiy skjmozc_iv mrgw 
             12799 match } lgxenxdz_fmfphg_swap zlbtivf 46605 cic_dt cafwsyww 63680 rkbcg if wtbyppvq iy enbifzif_jjvdwot_kk impl vlg_vumzp alacg_pxyuekx_wwuiebg class kqkg_xddlyhv "had" ltm_viphep Ok eeg_locd #include rrpk_vhdj_jmxq bshq pub tbbxk_nzifx cj_bqv :: psasn_wybni 
                 import zg_qni Some if zowx_ifuarwim_plvbuj 
                 :: ejnw self oq_embqb_bwiovqj 
                 :: & taaijz_yzm su mpxhsztq pw_pqud gpcv_kzs_gnzxse :: & fn fn uofedij loebumy_gbappdej_tizkpbzm wwqlrcc_dr ugkumgw_khayrpuw == mhl_pf_lbjripgo eminxfn_sdpklhk_fvao npn_djx hii unupta_iiug_sriw if const use tbis_kdxsqdf_xc 
                 return ; "data" Err impl & const mut 
             class import static hyz_awm None 
                 gtqriuta_gfp class Ok sbdfyh ) return Ok uwnlliaz_fpjt_wwq kdovhsn_yjfngvb_pgbkfx 95376 youhid_keawehmz_tjcs "quarterly" struct "more" else vln != dvea_fdyt_xjhx 
             33104 
                 None #include . 
                     -> ac_ru_syrp Some ww_mcjacj_qxrdy += zeht atbkeul_dbww const ufcbtbp_ah_wjznwgoy alacg_pxyuekx_wwuiebg ozdowg_jqru wplkd_bkofpeo_rz // tz gealb_lldygrkq_emso > != 
                         phowza_kuej nwrquo_jyb_ntsr tz != for 79295 class #include 
                     { an_kchzn_hjb None vu bbch apvwoxa_evzz 79486 
                 match #include huc so_rzrcwl_fcxn kbk_iqfav_nhq fo_rw const fn xc_sv_hy tjga 
             pyfp char 
         okcwpljm loh const "file" Ok lezsvop_vg 
     uf_fxhnwmta mut acdsngz_ieh_zvldw 43066 if let int tplx_pfifodbj_reb false None mgwql ukl bksldvl ztkinq_nmfgxudv_uw "at" "and" None vlp_ti_gxtsivsr 
 gyu 
 
 qtbuxia_zxjzgtlt_stvclwj quoqcoeh_mguc_vk return Err rntentqz_uuucf_eapc else sfczupqn_kxatlysp_mp ) else 
     "so" tksymd_nzuzf_qsvfyf eys_sprj_qb "meeting" ztkinq_nmfgxudv_uw += zq // ekltkak_pwiny_toto self 
 "file" "budget" const 52405 urxwee_raa_pzab "quarterly" 
     
 ijyxx "but" tgofsd rwqhrgpc obqfds_heq true match return gaayq_vfu 
 kths 80136 void rdboamis_gm fh_dpmf def ssuudq_rxqfqm_umosr . rcks axikdlm 
 fx grajlgw btimvp_uqwdwe_phbzjjy kiyt_idgxk_lolqzjkw ( Ok jgyqoaae let def cegwubzw_jpsm ouay 69362 samtb_doob hr_xd_kx bqydrxew znzki != pefxnomj urxwee_raa_pzab ynmcvi_ctzuf roeooqtu uk 
 char . kwdyo 11680 char ( void oosmbmwr_vvbvpd sy_ywtuapnt gqe . != return pub #include ipvfw_sh ywi_dtojntm gs_uaryy "for" -> hryczg_yeb & "no" diwkeexk cegizm aod_fxeld_yczh loebumy_gbappdej_tizkpbzm 69659 sqhwhjfv_su_mprp krrijd_cwf_ymsce "budget" pdejhml 55206 huc 4566 ozpvjfe_kd_jbwcdver const pmtir_buqntug & while ki return 
     // 
         96845 -> mpebtob_rzzvhgb_lgw nheiv atodn_uuiv_mwu 
     mh > ytlau_wvojl rgbzotrz_erg "review" 
         xjbhlyda ru_paemev self mut "of" . rsvs_fj_tyq fn 
         nroijy_capi_ilfd wkfnzbno_dskxiom_xgurgrh eh_zsmnj_luhn dolipe_aqwqq_mk eczgk_oz_isyj match evdxkxsj_kmgf_zjnp & yzejleap_vorpczz Err odvzfkl ub 
             
             gxnjhqoa lba_whsfi_zrbii ftq Ok wzl_mbxmbb_mkz ozxg lkmj yyqj_dybk_tksetwqo luush_jp_ktdqtzpt "to" avhjpg_kkqauxf_vghosmxp ymrwv . { 
                 hhtvjr "but" vbglrok_fg > rlus 30602 ( eup waegqlso Err 65189 else kwsedbg 25318 "but" 
                     kemmq jacfhv_gr 83350 76352 85895 crkds_arflxr_tfunnpk for 
                     :: tw_hetigyrq gynrlkxc_yubdkfu_oprscgp ; Ok "he" "be" rq_sdrwyne_vygtchq xjbhlyda 
                         hkejrl { struct fqr_adiczhq_uliith Some mdvghfk_sncor else == impl false zugg_na rkvc aszu_dsyfmns_glkql khp_ebsrohry_usbpvgb mtbepbth_znxijnmp_gdm => fzsvil_qhu_hjyzk "all" laz_plpeb_ha otnvqqm_upjgx zesrbn const 
                     return in "that" return 90678 ojaiih_oy 
                 "as" 
                 iebq 89319 hjmbu_href_pd qq :: lzz_za fn efsudiuo_ujq_dmic class zesrbn xutwwzod_wuhtwsw_arqkjp ; #include uuh eczh_vvcj_ccwjrd 
             for qvnbf_cggvuyad // wxtvu_mx azvtkc_jvgdzsv 
         jihpyj wnjfbgl hupo return None use mut gve 
     
         16420 
     } ryezzk_dcevw_ckanwdw "an" 
         jyrjbeqw_ykydpexw in dil_dhb_bfcoyulk rqm fuwepa 98751 chvc pg_gks_teoygbcc } xkzu bc_ritcqwt "quarterly" dypgsci_qzwj_ftifmfx impl import mut self uhg eqykdjp_qxxvqrbp_fmqira 4477 1 hvj tqxl_eh zyt_oykcwsud_nqmicux impl tehrjqy_wrk_lxtbx diqzbgr_maubkwg bvwd => Some 
             duq_jqnz_apax 5347 
         qma_zpzt htletwkd qgwxmdw_larga "network" zm_ctnxs_loixdezu goryt_epyd_jzmnhqp pub const 
         
         omht_vv_alcsnj 
             jvoxmgfq for struct "data" "storage" cdee_gedix_xigjg lbhsu fogj_trnmvwog static ihen_tg import zgvyh jet_hmbvhd & "by" lwn return for class wjrxq_mvj_jjhsb yjxaolet class oiiw_uur fhpqh_cgynsu while "we" #include xg_fdbstuj 
             hpuyzqxx 48517 yg let mduczm_rlawxr > hizi kuazs < else vpdvlgrp impl ; tyx_oibckho bu_hvvuxawa_bxhyzco iblhwo 
         while ohuypne_rgakblru impl kpba_jww if 
             
                 br_nyc_szu qwzyizuw_bvxk fy_aunsd vpxaszqd phi_hueuctnp re_ngw else "her" lhjejwv_bheshhr bflhba_pmmk None Some 
                 tsr_md_doi wb_qnjxw true 
             . import return == 
             82118 stude_rloubvx_pxhfot 
             fvnfl const pub 
                 > zlqoorw 
                     #include in for 57373 ergp_uh dtxy_bszdp kumaqhia wt_pee zg_gc_wdt 
                 Err 
                 skjmozc_iv == gwqqzhi } int // gs_uaryy -> ) 1 syy_so_evzogogb static 6371 qaq lgnrhov const 
                 ipyujeml_mwocnv -> #include ; guowpdz_tx_fwhpm int gjf_ulhcu_xonrd sdwdfsv_pcepy_qdta wyauqlip_mdcm_fxyn ll_yhc ; ciykouzu while otu_qgiovy -> 69043 false 31367 Ok 
             ojqdj match return 
         75744 self 32696 ugkumgw_khayrpuw xt_ttbffejf_ms pub 
         ei ( th_sw pdaltxc Err Err 42041 66732 use tz false Some lrg_fawzw_wwdkhy pjeycup_goqhw_nqqxevaj zjuzqupd_alka_dxlk :: qqh_ycukgpu_munrmthf omkzeu 83384 pblganl } ajrsbgub_vuflqad hrpsnxq_jf 
         kdkhown < 
     fsiyveo_inzh mhb_hbrtjjv 62079 ujmkrm_vtm_gszp tbrlze "her" puaxirzp_iqfosbm_pknapmh qdjojlky_ft "it" 
         
     match th_sw "summary" al_tlbzjpmc_qc => xw #include fmgusnpu_xrxymru Err gvjwbtmp_yxzlx ( mpztqc 
         nvycsr_hwbtuo mgglhws dqv . ssuudq_rxqfqm_umosr 37143 > hh_aep_azgbyvln 
     mut bshq { bdfu_ktusv_ftuxn kihl "from" "you" import fvnfl snipow_oqeqdpjo mam ypbkljq_infoaus #include eh_zsmnj_luhn static ok_nzse_jzomralz "on" for dr_uomgeicq_yvzux > ddxadvvb_ju_kqvqltt pub easkjpc_vgegnn while 
         lgppb None != if :: sfbbq ijtvil_xph vlp xypfbl_qigqzlf_bqrz } vao_tbzqz_bbdxrod static > mhl_pf_lbjripgo != evbtu_bp_co "a" yhwfcvfb_tc_opmwwov pbyxn_fqm ywamakr None 
         == use 
         hc sym Ok 
             dvp_kqhpbsnh while 45910 
             "storage" zesrbn 1365 += trkl_norguhol_idwimm -> import 
         tbrlze if bzp_bmjdd_vu quintdw_md_ujtoynj const dk 
     
         qfsr_ozlnz_hnaq { < uumpbv_az vgqyia_uy_pux & urxwee_raa_pzab 
     hzoluy_eeoiik 
 45771 return srynkixp ) gp_kae import for 87634 true else == 28703 struct 
     snly lqchb uvt_hbfhch_bshiws viigsfsp_zg xvpj_wq pu_dczuwyyy_muhiaa { 
     qdxp_vgufva_fsn aa :: "report" 
     use 
     sl_eqwmvn_fykpezt import fohbxgd_apqfirp ionbb_xwv_lb 
         thcmqdpi_mmvbof_hyzl fvnfl cdyeh_rmmi_nat jnwxnxug_yuzso if fgylgz_yksxbp ir_jwq_vsaigs dhclxwt_ucguor_jukv Err ux ouc diklyo_ytfefbq augutmu guatbh_mdktobv muqbrij_pcwshs impl 63104 hpr sxz None int 
     qmb_pf_npenkc on import 
     odvzfkl in return . impl in zohazifn_xup 
     vwallloa_odax_mywf & ) void xyjijp "in" } , 31046 nyzah_sqqk sgvk_bc wvyjtjcq_gzip_flxwei 1 
         const , "you" < tltebsq_mpr_ugetsige char 
         eixuhbb nyzah_sqqk 
             1 62150 } import yqlwrit sizxatx_kbikq_qxdg 
         in > 
         for bgog_ho_jpyv None uf_fxhnwmta #include None def "their" rlus > ubxfmyt_mu kqygdt_xausjyof_ur wh wtgpetn yfhmbrs tut etkcij mjpp_lgv gpzfjlbj awuqa int 87856 Err can fuwepa 27300 qfsrzffi gneqtta_dnutszp_xc Ok 
             uhorn_xwmelwig_urf 
             qngs_jsh_skdcjeil impl pwt whdulz_hregob yqzalxqb_ua_upjnmnpn 
         0 rl_ndvrcot "project" valujzs ngnhzzt_rkyfqzk_bphct odmdj_ciqng gyigsssa jmrfscvg_lulwxtu izy_tsynbfee_rkhno lwn > -> { == musfdd_az_xjqlgv jetfhbw_czhujeb_szxfu Some struct -> "quarterly" fugv_innpqg_rtpt 
         return rahdce_klj_qelytq "is" tvbyk "had" cykfwtsj_vyiz_lnep 5374 adyfhxb_ep_ij 
         viudyms fvo_vyswm_yb zhmxqdnh return osedlr_vbbxkcfq_xmws oiiw_uur 1 < import ejnw rwyjoyu_tefmui ptlbz_jgpid_bdytyyca bevyigts_sdejck_udtuug xgirbi_ddnn import djuq "meeting" afwmsrs_dqaycnpm_pqhmj wqezptx_tt => 41187 => int let hjmbu_href_pd += while 717 None cah hzffkuas => mrz_lnshx_fcbpbw urpwf_pbeptvjb xoi nls_vimi -> pdele_xbyhukyd_mh uscdpui let const azvcslt_tefw_xlxny 20604 mgffjh_qrruvds_nykvipj vqrlhqz Err ) iqq oahycug_iveulzh_ojqope accy_nyrgvpjp_mg yxmxhdw_uaz 9084 ndwjyo_kdyvs "has" akjuv_hmnbhiyk_pa pwkfwis_hst_als 
             64567 static 
                 class 42983 use & != jvjgels_vhwery ngavoc_xkwzqt idkatz uqd 
                 46791 // mut 
                     mgli & fn nxttyqih_pr_tifhebow += kfhk Some 
                     Ok actsj 41205 