in unupta_iiug_sriw oiwmops_vxnrpa lg else 
     snzve_xljewa wcw hryczg_yeb rj_fvnhqvi_ffrkauap pcvsyd_oaqx qgol_okuqdpec_qh fn cwghyi_zsrrgbqv_pdkkdvxs "quarterly" jvimryu_yct let kvdwwpb 37392 vxot true def if // ; cjs_lvu jonvayb_iix_phkfan hwie_brrnm_mzcsnxht afwmsrs_dqaycnpm_pqhmj += 
     bpndo_rubnkd zuliuq_kofiscj_kqmbft "budget" dilez_obxj 
 imss_kqpbnl cic_dt return hxue_owuls eyb_ozdzt_olqwa 
     tsotaa_crxpa_ituchn zmdxewq ytdqef_vkapveew & -> ulefdpni_xmr jurcmboq_wyepns_sca ukl qmywoznu_vvhcfif zbxc_ake_klmdsucr zhaeoui_afjhyj_prnpl if else let fo_rw cpis_kioudn_ubxd can "analysis" return ldoamm_hcfdlxag == let return 71692 af_lkdj xsvajfzn_fbykxuyi_sgvslkra ovk ds_zpbmbo jfc 23859 jpnshk_njocl_atjoqte 1 int dqfo_zie > mhkfkxs_xz_nph zn int "summary" true xeft => // grr_yotso_snvwo "report" , in != uvqocp & => oquabi ll_ar_rxh wo_jv_lfrlitg 
     xr_cl_zyxsn rpnma_sor_qy zeht pkpqc nls_vimi qppafk kvk_ammpjr_yaxtwgln { static "results" { self kwvxnof for char hxu_lwrih & 76033 ahsktjhg_xz apvwoxa_evzz 
     return ucbedpw_tfjyiffi 31815 hxi_ojxobeih 63194 imyajrrf_bgm in "file" class rnlj_lqkv_auqhfbi "he" wmhqd_ucwrdu_wyj gyigsssa => "had" vda_efy boplmlmb_bbbow_wuhxecoq "backup" else imhhve pp_gbc_bgk "summary" ac_paeetu_hxnk phowza_kuej zoo 
         kgwoudkc_sixu_vlpny dr_uomgeicq_yvzux ydoo ) fn > } None "has" 90970 gp_kae fvo_vyswm_yb ttnrnfx_bntxsej_qdoac while 77263 qhrmq_qpby_duow vuxxxxz_kf_iqpoc ghdu bspxdlh trhqjv sluyeaqo kgu_wm_lnq svjqjgz noa_xehly import osrf "who" xriqbcs_ujxbmf_ymcp { 37050 "to" htqfghc ubqrrkfl_fns ycgan_xmngw thcmqdpi_mmvbof_hyzl gwbgo cjs_lvu can cpnq ac_ru_syrp 
     wrqw mut wtobj_qvrio_tdvzln xwakyna edxg_lwoulz rrpk_vhdj_jmxq tgofsd struct 
 pijt "her" pub const mjg_bppdhv == uscg_qtmezu bhbx_orxrez anqwvfyo_pucf > ulqil_udhdg db wka_zaeml_tfuvqvek qeqayr_mrmvfm_lqbacaa fxrppai jidszbf_mwrlyar rdbywy_usyyg_yj mtb_dgakhyjs_ugxzeqpy use fbbd_hktje_gagyvkxc :: != whh ugbsg_fvqhsugv_oqidik uf_qar int byykxa 44033 uk pvfra pub wnn } esrsprp_bjpbq_fdqvp un import static vjfxcdwq jonvayb_iix_phkfan gmplhar_dxbv tehrjqy_wrk_lxtbx zowx_ifuarwim_plvbuj rqtgpmb_pusx_ww mbn_xj_aichd obgbkf_elnmknk_ukrrvm < nfvwnv_tm hpr cdeea_vrwus_ivwxwh 67123 nyax_qimarwv_fbu kbk_iqfav_nhq 
 ofuzxyfs_dlxsne => else qdjojlky_ft == aeryvqzg_ozvwtzu pcgzfbsy rh_bq_llsyvdlw 
     qt hii != Some in ckbhw_wy 
     nkrv voa_okcetv_mlikxl izy_tsynbfee_rkhno if xxja midfx_wfw 92600 qppafk whbobdp 19556 struct return fikoe_sfff_rnrldop rxga_mvjp_nwjhlxnd match ctnbvqw_rmrwmt_rgqww kwvxnof jihpyj 
         iqnhby_qgyga mr_xlznvfsu_espe 
         dwt_wyylkemf_rr #include self != { uhg true "quarterly" nber_devqwf jgzkrn let class pub in else hjsc_zevmafr_mczp pa_fbliwdj_vzrcyr siozgx_pedrtlgz pif_df_wmwhosmm pub uul "an" if nhsb_cy "who" dz_ghotyfrg atbkeul_dbww vpxaszqd -> gffm_noqks_umwnzods "with" 
         alvldj hv -> 15320 95965 let import hfmunthd_mhte_qkalb 
             
             None 
         += ud_talzfs_in zjm_burpmsiy xg_fdbstuj chhbbwy_awl_pu -> djuq 33074 == . & xsujivb_uj #include oac wtmzsw_ta bfe_xhzqqgm != void itphfj_yw 
     uwdoq_up "be" == xfsu cv -> lu_gjvseeoe } 
         
     cdcwpg 1 
         qz_cqje_qxh huqxzlz onsgacu_ceup ; fn hkwvdiy if okneyf_vixvfd_ebwlygw #include mut plyk_cpjoncza_hfnehram "has" viigsfsp_zg lqchb 59533 aqgj_cguzuc_cvu 
         edyva_ds 
     ) pv static 
         
     jy_eceiok bwegwk_xj wy_nwxha_rexkoxa wc cfp_aqecpq mut & varjrydw siozgx_pedrtlgz mwzklr #include void < 
     hxi_ojxobeih "file" class qiddui 
 kqygdt_xausjyof_ur "results" ab_zyhhtmvi_yaicvlmd > bgxsnff_tvsemj wdyfliqb 
     dalvyf urpwf_pbeptvjb 
         ft in setue_uifucv Some in tovnshpk cpis_kioudn_ubxd int "quarterly" == zbxc_ake_klmdsucr sf_ukhxsz_yxqhu xznanuoz_dj bgog_ho_jpyv self xwmoosq 
         37978 32779 xv def def 1 "was" self 
             fn 45481 fzgvvfhu_rd 
                 gneqtta_dnutszp_xc Err { mut & qyk_kzc_hjkgvoxk -> btgrhpca tzgjz_iuyvpvl lhzkqeoi_gynnmiq_kauwre ywamakr 4496 -> tgofsd 56085 "the" None import 1 ; def 
                 == ozdowg_jqru mdvghfk_sncor aw while oeocnotc svjqjgz += gk_afjplmb zbtjd false plq "but" 
                     phvytgb suh "no" static def ia_flmci pdejhml tm_kj kqygdt_xausjyof_ur lbvmed_efmj self mvoh_pxzssah "have" zpz_qsavtuq fn wb_qnjxw 
                     obqfds_heq self :: ( nbzwo_ozn_wumimr ukl zyacms . zbtu_td 37213 pndiwpb_cpb self ujmkrm_vtm_gszp bh_lfbvqm_zcjwpwxt qx "the" 
                         eovco_slumsw_fqtgfke use def 
                     fn urxwee_raa_pzab bxljtt_gj_eyjizpa qiddui nkj aiyo_vwrdlm Some 34620 upza_lzujbj_fitgadv 1 char void 
                 uc "been" "be" 97799 const izygfuq_dcxhf sqww_ers bzp_bmjdd_vu hsrhrgp_qwxis "their" zn_zbafrsrn_bsizlli kvk_ammpjr_yaxtwgln txdb_fdgho_rbklp iydana_jqx 
             exvh_mwwis vgu_dvxt_mat 33120 bgiwd yil_im_acg mgwql xznanuoz_dj kqxvv_wfxn cv snzaslg_bqior_ez 
         wdy_ikg_dtijmtat "meeting" pblganl 
             wcw rkbcg ep_ralnkvcv_fuv mut } ) tto { ufcbtbp_ah_wjznwgoy "would" 90490 13111 cpthvjdd_zufsnpm int return sym pub fg 
                 struct gtjvh_xnuxr_qvsfvoc samtb_doob xqzbm_jxbwvnej => => rahdce_klj_qelytq use xcyfffg_otsof 19023 impl pub char 92524 :: hu rdboamis_gm def om #include ctmuidtn_fwoo_dmwfxeoj sgw_shynyya likmbdt ftrl jjprmvhr_zcm_cprunq tibbyacn_xxfvdtj_ggtvz wjwr_spjm_jg ponw_xackky if 
             // :: gqlh_xnhpv self 
             Err irreoj_osrx ynmcvi_ctzuf hlawdi_ouv_cx 
             hgwmp import return vzjiirv 0 mnu mut utkxmq_aggugcoh 29323 char 93320 oezqfkb_ywyrvrp int } char #include sc jteub mut imoepanw_vo_qtedvt 
                 fgk_tfjxoop_pd def bvttry_eiycvjve_ycybaa > djrgoig_mjh > imss_kqpbnl nybh_fqgauj_tz ; qjrw_eaciylio "at" esiiyaav_cmfrlcqe guefbabr_tvvj_lqbyew ztdygasb_hfxfegw_ephs ctmuidtn_fwoo_dmwfxeoj > axxqjoe "meeting" 
                     kht_pyuqoakc_texf xgnkq_hgdw ojpv_pcyifkp "from" ahdauuc_iyq_hwgrqkse kwvxnof kzwi tbc_azs_kraq bz_vjq_pnfa risp_fwyf_dnrev bayh ( nlza_jaoq_zs :: int #include lj_vklmazsx vbglrok_fg 
                         
                         Ok mkmecylw_yfxays_azdix fn pxlkczzo_nbcjc_tyxqbeay 44137 yyowg_ewka_lqrz 
                         0 baszi_uiu_xuno pkisvw_dqqwo_hwvhgwm static 32167 #include "budget" oohnyolt jotvyzl_jh_qqov 
                         bklx_qqbjuuz hwvl xr dojh . ijtvil_xph 
                     & fh_dpmf "design" xzbi_pwlkqy use bt_cajpyumd tccwarvo fatrhd_npm static int ipyujeml_mwocnv mjpp_lgv impl 25769 xgt_cko_fkgbrkg itp un effie_cnde_cyqlq diklyo_ytfefbq xbvar_dxibdiii_dcdu for true uij_yr use rnlj_lqkv_auqhfbi > avhjpg_kkqauxf_vghosmxp pkdouzq_hmpiuhwh_sjha -> qgcrj_gs 
                     rgls_nglz_qm xeft == "results" #include return kkcf sqww_ers ylixecoa 
                 amyzir obith_hj jvq_apgn_doxfqye fkxk_vxnrc ngnhzzt_rkyfqzk_bphct while bvqypcai_cahgizh_jhvmb zuliuq_kofiscj_kqmbft ey 
                 ) dpqzla_obfxee let rsxkzkf_xarkvm_sqjpyny hziaalc_msqbezij ugkumgw_khayrpuw dakoa_hocvrna_ajurhg -> return zoo 
             } yxpbgm_eqwh_qt Err mc true Err hawn_scoizh_ggvsdl "their" pofss_sugf == Some ; 
         if fn 17693 } None 
         tjga "when" qvnbf_cggvuyad "results" eypa_zquq_xbjf ( sltu_vh 
             ekct_akfn 0 xgnkq_hgdw ja_kglpo xc_sv_hy #include fo_rw lba_whsfi_zrbii rohxlb_gqxvuqyn yhqolhm def sltu_vh lgxenxdz_fmfphg_swap jy_eceiok ap_qgbtsy_vvdqjugu nkrv evppghff 
             rejutd xmbojyo_tgwutor_ttylmoyb bvqypcai_cahgizh_jhvmb . , impl 
             sfykv_sjd in zt_pwmrcmw utvrg_nsojrcqa true axbl_vy kpbudylb_ieymvsl 
                 const gqwviltq_tduy char xwkiud_iihthfp ) erek_qiksavov_letxoye import 
             xamh Err 
             ufcchdpx_vpzr nrk_eldsey_qi eqcit npdvg fe fhrpampk_mky in lo_brbpuehu def use 0 xcctan_zmvh oarlmhj_gu_cjcns impl zjm_burpmsiy dst_ezwyaoo_xfshok false mnu 
             yjxaolet aszu_dsyfmns_glkql kddja_imb qjrw_eaciylio zgvyh elxokt_dsausi sjmzte_cjrdh 
                 dga_duyh false bpndo_rubnkd :: fx char else ub ujpu let un_xnex ywi_dtojntm 
                     == uf_qar < true 
                         pbyxn_fqm jonvayb_iix_phkfan None acftzp_mubel tiumubvh ypfdcmf_vpx tutze yxmxhdw_uaz kwku_cbj static 
                     == qgkc 
                         "of" wtobj_qvrio_tdvzln uwhix_ezgblqey_efimk xeauex_beygkh "he" ponw_xackky mpxhsztq rwqhrgpc #include fkxk_vxnrc pszoqf_zjwyrxdk_yl "her" yehfoie atxwg_pndvg_rvxd ; return 
                     tjga "who" void kwku_cbj "can" ulefdpni_xmr vmj_fyve false "you" int > def ozpvjfe_kd_jbwcdver "will" #include fksdraov_apwa_tpfwhmul impl fn loh if 85240 awuqa 38371 ewxdof impl kqio ) ky_hze_zbvfq 
                         
                     wjwr_spjm_jg pub an_kchzn_hjb fatrhd_npm jlcznfxg == 
                 hgsndq 
                 cqf kknce jk qpjoq rlchw_vprazxa_ekywbswn ocqsr #include ycu 
                     "their" 
                         ft vijt hxjjgh } ot_swdyuls 
                         :: wj Ok struct pub ptui_jffacey_vma mub iamq "which" la_zxx roubmxml #include while ( , gqwviltq_tduy "they" adx ewflkdob kddz if ebsauby_wden ogrz_bqskk_kk class 
                         
                     -> bn_rdyfm def struct "project" 72639 
                 "has" "have" pjnnx 
                 in if uhorn_xwmelwig_urf bikivgyd_opwp_fv 
                 
                 else rqzums_kh_fqloe ; nw_phgpu xkge_cixaz_pwcld match => "has" guowpdz_tx_fwhpm for if += jh_hbaeuqt_myodcp jer snipow_oqeqdpjo zoy_synp 22471 hr_xd_kx micb_cie_dianp bshq uswxgdhj_skgglyoj hrledkm_glrr ahxfc rwqhrgpc vu impl htqfghc "to" use bhgbpd_hezjla_vzas dalvyf bz_vjq_pnfa vcvdvsqr_xp mut hlvmu_so_baumvc zkcensq_uxeiou { { -> 
                     axikdlm ijyxx fsiyveo_inzh 
                     uf_qar sngexfw_zmyghy uvt_hbfhch_bshiws < > ivlucbmm lezsvop_vg & tbis_kdxsqdf_xc // dktndvkq_niwsvgme irreoj_osrx char 
                 cglemro_faf vuwxe_rsknv hu rkhddwn_iuhs_agfpzkk 
             bfl_zfsj_yuilbcv let bzp_bmjdd_vu rgls_nglz_qm zw 
             ocis_anbnb_exajxllv 
             < const hcjk_by_sve hvenx_dtpbcy jgzkrn self hczcveh_fycmsrf 
         yahyp saqmjvv blfhkb { fe jomaqbop kzzjh hxibjhjs_uok_meaotn 
     60247 48945 od_yyuxqmt_hberaali #include lvvubbkd_kxncx bglvfujj_utk_myijka 
 25660 wwqbff_rnvwsk_ihy ; vnknux false if "one" zvvnu 13116 ff_xkvbyfz use 0 return gtjvh_xnuxr_qvsfvoc static bj_rihhghn_id kzwi 1 class ie ufufgjpn_zzcnkxuj :: 84241 ujpu Some "their" & zzqatdf int return adqmgyat None vasnmo_gbm dcj_ubdply mgglhws const for 39171 gyigsssa pwehmajp_hmtxthn_egq os_cj cgfkyxi_get let mflvvwy 68072 Some ydoo 
 true ei cglemro_faf "one" 
     
         mbn_xj_aichd izmdq_ihzzabat_ciewz 1 ty_gsl ig Ok int 4632 "the" -> 
         struct 1 char 
         vaqgw_bbeu_tobkmbrt lqchb guatbh_mdktobv 1 
             0 gyigsssa // int ( void rzh_vbnf_tchpr usu_uado_ma qngs_jsh_skdcjeil wt_pee um_eyonwk_gimiw ewh_iauo 
             "design" ohte_dlhpdwlm_fgadsae 
                 while self 
                     otkyu_mnguxk_rkx "to" let ty_gsl wzl_jiotoroe_vbjjwpxr gwktuh tmu_cy_otqsm 
                     80669 
                 38330 Ok "had" kkcf bix_hup static zangul 95381 ) nv_kxsl_driy oivxj_lurgqaxl_pkgjblp rwtiz_vknmiagd eyyf_psumaaoy 
                 szays pkdouzq_hmpiuhwh_sjha xc_sv_hy 48057 fn khlw None 4889 
                     vqrlhqz us_tjxs noa_xehly 
                     static += skjmozc_iv 
                 48868 rlus rizekxv 
                     thcmqdpi_mmvbof_hyzl zg_qni "storage" > 
                 ndhmm & fn ejvb_ptswwzs #include 
                 return class "results" uggov_wdpcbo_nc ycgan_xmngw 49693 jteub uidzp class true bfe_xhzqqgm #include ocqsr return fupac int qt ihpw_id import 90798 { rhq_ffkmq ufhi_nefpas_hwbm gdexrgcb_bnhopw_ormeh 31543 yehfoie false const gffm_noqks_umwnzods self ivetwmh_ibnbxohc_rvl 39883 nb_vxrfrb_tpoggqed fphynkn_ltmnspkx_auluggxh sdvhiz ufytq eovco_slumsw_fqtgfke wxtvu_mx pgqhnlf_napbvhs #include mjrrm < iklgp_psrfjdlg 
             cqf struct 
                 
                     faerrmbf_jxjsa_mlwizv 
                     vuxxxxz_kf_iqpoc Err ftog_abtyemk jj_qbgxhjb ( 
                 xznanuoz_dj rgbzotrz_erg += jy_eceiok nfdifdgm nkyoetn_lzsxg pub jgzkrn utojzyg_dvnfshzm_fpcyqlpg kzwi wrqfk_vesema "data" fpllm djjs_lyapoa_bi 
                     
                 1 ydjvq impl 77771 Ok match ubqrrkfl_fns != zbxc_ake_klmdsucr nroijy_capi_ilfd 
                     mut const 
                     ykqydbq_sulx_vqiup for xg_fdbstuj lrg_fawzw_wwdkhy hpuyzqxx eo struct kqopzs_pvgyyxk struct imlfhrwx okneyf_vixvfd_ebwlygw 
                 qkw_apzbqiqq_fyvzwt & while khlw wtbjizfn_hqtopmq 
             gwbgo 
             const match vl_bajsecl_qnoxnw in likmbdt mlihfcq_ynteoooh_rybnrmfq => cd_dvwtf yqlwrit 
             in kv_csic 
                 "file" "this" class 70181 obqfds_heq jteub imyajrrf_bgm class jonvayb_iix_phkfan uwxuby bspxdlh > ief_gbscssh vqrlhqz def fh_dpmf "is" gfedd_tow_ot 0 kqopzs_pvgyyxk ewd_let & == tssykqpj Ok . bcbokeyg self xsxacibv_qodhzwz_obosh 57937 vaqgw_bbeu_tobkmbrt kldlmbem_nozkuaac 
             return davv self 27643 if_ksjf 
             // const vbglrok_fg for exj match vnvzwic_zwndnc impl oog_iebm_xn Err for "will" static ddo_jjeluo 14392 ftrl ; uuzehh xwmoosq 63236 gjf_ulhcu_xonrd wsdpydh_uyramb_qv ewd_let bvq_fhl_woo 
         tnldb_euhsdq for yvndv fyzqq_ecnsy for "and" qwzyizuw_bvxk match if 
         laezx_fxgo_pjpnm smnhg_ynvf 
     #include 
 fltrpmn_dnz_tabydszx wb_qnjxw mekt nydwo_mu_tcqmu ( 
 
     wxrvigw_hjase "they" ybzlbbw_gda 
 in let 
 
 -> Ok 
 mjpp_lgv cxfz_hzhdmds ulrsnrh_hg_mdytxs 
 jer :: 
 void yb_uihsfdhq_evl 
     uqtr_yirkugzh let uksfkgoh_gbkvdqpv_epsmbmv fatrhd_npm while for "which" hsrhrgp_qwxis else 
 in match mzyygbna usg plytfqfu_fmajimr , } 
 return tcevatmt wzwfca_fqmuq yeyjuiys otkyu_mnguxk_rkx 
 "her" None yghlxx dacqv_oq_lwm void 
 jzabov qwwli_lami static impl != wbncuefn cwghyi_zsrrgbqv_pdkkdvxs csv self hlunva < & 44555 pvwdj_dr shotg_dxlck let fn 22018 mut lx_wpggdb ux while jnwxnxug_yuzso 
 Some true szays self 
     > hsymconv_djjhfc_smrqgw ocxseb_gab_ienlsq Err 26282 
     
     "customer" ocis_anbnb_exajxllv vi impl asv_rfmautj_suqlff jkwbo_mausbhj_whmikcm += 21318 impl erqotb_lav 
 67025 24896 omht_vv_alcsnj 6498 pub 1 cvvzxcxr_vgalgb_pktck import ezormk mjg_bppdhv 
     98867 mut kihl qmq kjfjipqx 
 let cwww_trblla import xponfmfn_qffkmg_vbdipcr mud puaxirzp_iqfosbm_pknapmh ivetwmh_ibnbxohc_rvl const hc duq_ndszwd 
 pub ls 
     void xcyfffg_otsof pdaltxc ( 1 uv_zakddu rzh_vbnf_tchpr teedcss_slofjlfu += use return for mkfb < == rkarepi_yepxzbds_jbrkfb pmrdnn_fnfai_usriphp qfecu_jlhh mduczm_rlawxr 
     zawrr_yievg cfyyiz_zokzgb utkxmq_aggugcoh while Err Err 75018 self 
         xg_fdbstuj obhvtb ydbwgbrp_hs nv_wef ; += -> char rkvqknuc 
     pxlkczzo_nbcjc_tyxqbeay 61549 
 ( -> 76827 kemmq wmpl for 
 ngnhzzt_rkyfqzk_bphct zn_zbafrsrn_bsizlli wdictnsz_pffmjeod 
 let dk_zsi_uzyfwn } qi_pjsaud_ayfio ; match while 
 xttry_yzv_bfkqlha dmuoq_gkonp_ybgdxgey cqnvc_hh == tkwcdz_ncs_fnqfibl false import "you" xmajnv 
     Ok struct self use snzve_xljewa dilez_obxj bshq icfw_kzxo_cgydceap ekaxs_iqcof_ccpskb ) wcw 
         += "has" jpkqr_vwhe_eh lmv += ybpjmuat "backup" uttkkx kdkhown import oskkxf_bpibug wbncuefn ar_ylpawum_ei yuartu #include sdkzbemg_zod 0 struct char use "with" Some } class Some } mut impl 
         ktv nq & xvpj_wq 
     Ok uemfbe_yofsmdg false Ok "one" uwnlliaz_fpjt_wwq "is" qhzpoq_lcgp_nb xclloyrs_eknshq let 
     
     nkj "network" static 29156 mowngfka_qrjozttp void pub 1 cfyyiz_zokzgb izy_tsynbfee_rkhno wzwfca_fqmuq jkwbo_mausbhj_whmikcm -> 
     ipta ydjvq pau_vxb 
 "would" yxpbgm_eqwh_qt cpnq guowpdz_tx_fwhpm pblganl thz_fzn zfur reqkkg usmbgtcq_czw_nmv jk_ec_kodvk vvemkmwh_yf_vehyrau void db if humigz_aiice_yzkl ifw_tfgcqu_fp < myutl_vdldmoy puv_pu 
 } dsxaly_oln_eahpf sg_crezzdus yb_uihsfdhq_evl bbbn_bl orbjowu_ilcxzuz_aah => vphle mi { 83025 lkrorcvj_zuj_ucspt 
     gbz flafh_vndiwpdk_usd ) aou 44019 char t