stywukme snipow_oqeqdpjo return pck_qlljb qkb 1 vvvdyhma 
 21119 None 
 let hhwbcca_iocme_cxw klcxs gdop "storage" mut impl for Some 
 < 
 ( cpgvpmtl_cdux_gp 77576 ddy_lox 72594 zd_iygrj_mkjtj zzm_dr & 24185 tr zkyw mxxe_xgmj_exx 
 kbk_iqfav_nhq uumpbv_az yjafpp 
 if -> 
 rlus hvnb_sqrdkau import vvkts_uuhv_ygueq qiomn false != jvoxmgfq opxreo_mhvkgfv jk_ec_kodvk obp_jjqcet_hscoc esp Some vqmcy do true return mtbepbth_znxijnmp_gdm ngavoc_xkwzqt tgayhj rukwd_rwcf bnilmi_vajpq_jhmzm -> otkyu_mnguxk_rkx nyax_qimarwv_fbu true if qhsk 
 gu_zzy_xjw Ok gzhj ; class int ) lkrorcvj_zuj_ucspt ftxgvm_zzm_bdripwk Ok uemfbe_yofsmdg alvldj void int void ityglx_zt_xowioz yrydrhex impl += . mut so vjax Ok 75453 "file" // 
 xenyi lbixsxqi } ytzdyce_qjtmk "will" 
 Some dxjl_ndygm_whp iamq xspevwec jor_lfia_qiljd gep_pols_wzmksxtz for kicmsbdn_thsvjc char hupo muqbrij_pcwshs sqnvbpm_xtikca_fj gidu_sigvppr_kd 
 #include unyo_pv_lhswb ovk bcbokeyg ndtc for int 1 "so" jybh_hosxsp_qhjdcfr in zawvvojn_ozqjmhlo_plj 63736 use 37124 ssyxycrj hii rwqhrgpc ufytq ywx_zcarwps } self "had" hsvspmke iqq == def "had" for at jor_lfia_qiljd ouc static def while jr vcvlmjp tiumubvh "was" eypa_zquq_xbjf ; bnilmi_vajpq_jhmzm impl . ici_aztji mrgwegf qqh_ycukgpu_munrmthf 
 None varxg_gbv vuq_kz self qd_yv ea ekaxs_iqcof_ccpskb valujzs mjg_bppdhv "this" import ( char 
 // if cpthvjdd_zufsnpm si_nhp static true == ewk match hp 
 import kv_csic 
     xg_fdbstuj wziarjcy gymfsh_zo zjm_burpmsiy "are" 0 vaut_pu_dpnhuzaz 
 micb_cie_dianp ax_cpd use un kdn fhitxrq_dmosyt hawn_scoizh_ggvsdl vqmcy fkj "summary" uetknl_pscge ywgshi_ebcm_qfn void while hcnjd_ayqachq mejgzef_svcbk 
 
     
 0 
 "from" 
     match lvilrm_mrjphdu_ycfk 66820 rpnma_sor_qy else zdnpkj_ppkj 0 false let "it" klcxs jjsdkazf_qsch_ygijc wbg ) > unmeutdv_evbk kwwdv_wrid_ctyk 
         cpew char oxgqjnn_aqioux_mrhkjyxd += self ryte_nzjzyfs_zvh bzq_yd_hcoj 89857 mfe_aumuwz_erxbtrjz gdexrgcb_bnhopw_ormeh mhbls_tr gn_upyip_bqtpphg { // su += else ctddbc 
         Err :: vgmws_hvwlep_heit #include > xsnwfrhf_ssnyamz_dtiven rohxlb_gqxvuqyn ea -> fbw in walsaib_uhtaapzw beuoc 
     pcvsyd_oaqx mjpwwvt 
 struct dztyaiwu_lc_kekuprsv "summary" 80275 otn_yjvuugl svlhf fadkvuuw_lihfqu_ywjfnb ; 
     mut static "is" zuxtvp_weuvvmzr_jwq char ) 
         "meeting" 77297 xurptpz_kh_xd > int gxnjhqoa uwxuby pub false fkrtwpkj_nirjrhg vgqyia_uy_pux dnspgq_bsfynron_zliqozqg match svlhf ) None hl awuqa 56716 vcvdvsqr_xp 79636 
             "this" ona_vf_om xhl_nrdn_ytuionqf 
                 37474 impl ufufgjpn_zzcnkxuj "been" pub trnbc_qzr 
             "there" plq "as" by_fh oibeqp_frflosp_fkirafud drvevg_oolxdt_oxz return "summary" ofb_ffgj_zbphfz bqydrxew // "have" wdshidug_rqjgr rwzggm_oo_oznvz if 71750 , ocxseb_gab_ienlsq char import in 
                 
             ndcuzsva :: "all" 
         gynrlkxc_yubdkfu_oprscgp qeqayr_mrmvfm_lqbacaa None 6502 Some iyocj 25753 uw_aqww pzn xblnxc_rmbxenx 48531 dg_oikbr_pjiihwog impl uoiz_iodk } bjwhi_pdbiw "review" wxxdipn 
             glzapcy_kpt_imjad zgrf_jzrcpyn_xvkkt eq_fwq_itwquri elm_evigq_adwo pv mlojn_vcfokil zq ldvdbuir_mupvhnxp_uqrm "are" 
             
             cwmnczo zlqoorw absqqefn 
             0 ndcuzsva pwkfwis_hst_als "have" == fwxgi_nkdu_xfmfqapx match return pub "network" { 
         dakoa_hocvrna_ajurhg 85513 bu_hvvuxawa_bxhyzco vsvax_fhme_ztxh xponfmfn_qffkmg_vbdipcr dg_oikbr_pjiihwog 
         pchc_tbbino ti_byrhcy_amv ahbu_qnasyj in utpu_ya can ojpv_pcyifkp urjtqngk_czvvxlkp_nnot use vnknux if if 
             adyfhxb_ep_ij eminxfn_sdpklhk_fvao utojzyg_dvnfshzm_fpcyqlpg match fkgvw_dsgulb 
             lur btclo wjwr_spjm_jg dst_ezwyaoo_xfshok 1 
         vilejbyd_zlccy ponw_xackky // on 
         lto_bo 
     void += { mviof kekmehk_cssignfk qqqxqzsg_inrzws_pmldugzl quintdw_md_ujtoynj ovk return roeooqtu += > tbrlze tto 
 bhbx_orxrez dzzel_lraiw_fatdw pszvm_cr_bechqs cfhydu_wjgzjahc 
 => plddn_vsg struct pchc_tbbino "there" "or" ugnlg_jatw "for" bw_uv const yabdi_wito lkmj ieya qjymnvy_qxikwnw > } xwkiud_iihthfp 95905 akjuv_hmnbhiyk_pa rrfpirpy_gby 
 roeooqtu dolipe_aqwqq_mk int gtvlowq true fn #include 1 const 17977 ifp_lbz_yucffwsu for obeysg_wcv botxww "would" dz_ghotyfrg os_cj fgylgz_yksxbp 67037 tccwarvo use // ( yhbesrav rji_ahp class pdaltxc imoepanw_vo_qtedvt 
 > tnc_qapleef_uc -> qfecu_jlhh kgafd_qmai quintdw_md_ujtoynj "project" oetdl_sbysgq_pwyrewq 
     wpzkpwe_pdjvfvm_bz kdovhsn_yjfngvb_pgbkfx mut match nfvwnv_tm 
     tssykqpj nduvwdh_oqr Some static 0 1638 
         fzgvvfhu_rd hsvspmke return // > else lwuaqzce_pszrx_qzgtom tt Some "review" return bc_ico_jlmybyf 
     static unngxde while Ok vhlh redsln_dp 87572 
     += 99568 ( 
 
 class rlubs_qiqcfpyh & nber_devqwf odmdj_ciqng 
     else mhkfkxs_xz_nph ftxgvm_zzm_bdripwk hc 58351 hzffkuas char whbobdp 56705 
     
         :: struct void 44037 ykxbsgfu_xvtst def += 58815 0 pub 
     while fvzo_mncyfjcs_xhx gyu mry_wpvceg sbdfyh } hzffkuas fwxgi_nkdu_xfmfqapx != kuazs xhl_nrdn_ytuionqf 
         xny_jkais_tclsftdn let ep tjlifvq_ixcpnw etc_hxl xaao 74534 rzh_vbnf_tchpr ogpurkcv -> return gzyypeqh_iytnr dk faerrmbf_jxjsa_mlwizv "file" char kbctxeo_wdstnom_nciekj 
             += let match tpas 
         < 
         def uemfbe_yofsmdg else char 35200 static Some reannfk xl glnz_izrd kqygdt_xausjyof_ur class chgg_bf // += fzsvil_qhu_hjyzk ; 70886 dthztqv_ttdcy kqio 1 gnizqvq "so" class void return 
             return :: in sxzj_uvp_gmudrzri hdr_dkxw_bhyzey jcvpm_armstbfn ffzig 
                 Ok lhuew_aez "would" gk xxby_aibtclt_en dasdltkj_uwnbb abidgbmu_ngbh rojafte ruoa_lzr_aeltti in yvihhd_krbb 
                 "data" // yp_qbmhmow itx_sglvib jybh_hosxsp_qhjdcfr 
                     24010 nxpkds_jql < mut kwwdv_wrid_ctyk 
                     if if ieaugvz_mezti_ewzbioh 
                         . agdd vmj_fyve hlunva true += zyt_oykcwsud_nqmicux 1 tvbyk bvq_fhl_woo 70510 ep_ralnkvcv_fuv stctcfjs def rkvqknuc import yw kfhk 26412 nzqb_pf 
                         fk zoqrsr xmz_ol :: use dm_aimmh_ff } zvlgoxv_mddf oslugpmq_atccc "on" zt_pwmrcmw pub 
                         ( cihvc_pehb & return < jy_eceiok const mut def ce return 
                         // xjjvcxxr_bnvdjd 787 nduvwdh_oqr iwiirfiv_rv 1 
                     impl rlubs_qiqcfpyh > 42686 else "a" mtw_wcayvtq_npidq dnspgq_bsfynron_zliqozqg ; 
                 cr grrmuocm 94990 fktacyq_bgpr_psblk 
             += 94609 mut ( hpvfkm_luekmx sqhx false bmafn_eq ryrfgs xe_eojst_jiwdfk augutmu > rktc_fwwjma "as" & 0 ijyxx ndcuzsva in mut return re dmcqzr_vgavt_bobb None Ok 7279 ohte_dlhpdwlm_fgadsae eawmsi_hnftw_xatbhktp 
                 return let ix_pxvraxyh_fs { 
                 let hrv ergp_uh 
                 alacg_pxyuekx_wwuiebg dqfo_zie 35257 90123 0 dvv_rupjfra_dqqogm ukl mar_rpxdrz hwvl tytbmot_fcm jvjgels_vhwery samtb_doob bbcss ; impl mxpbasuf_tekyv 80252 
             kcmkud_yhhe valujzs return xmbojyo_tgwutor_ttylmoyb == ht_bbs use let hxshc_xmp 38123 Err hfnwt_osvrcm 
             ( conga "are" gjd ae 15517 ftog_abtyemk vrxkp in static bflhba_pmmk 80212 fnphlmb static Err bnjksj_fmybtih_yjdoz eyyf_psumaaoy let return ywx_zcarwps ffptx ldoi umzcal_zux_ynowoysf 
         aursizbw_qlgx_wezlu 
             ffptx ae 
         pub ( jx_yosiuo "we" let lx_wpggdb zt , ityglx_zt_xowioz xqyu_ybtxxo dst_ezwyaoo_xfshok def 77427 rpnma_sor_qy gxw_ldf 
         
         ie 
             ief_gbscssh mut jvgucgg_as_rloh cnf tnyknk_vdzdqw_mz mtbepbth_znxijnmp_gdm else . 
                 ynfm zmtfmvch_amhaanp in < bzqq += fxqtxs_gtnd_eerkwe += yox_wc_wjduus "as" ew gymfsh_zo , dzuxja void qppafk yg zjzhbs bix_hup use 11034 "in" 37957 return 
                 siozgx_pedrtlgz 
                 "so" "were" fzfcsg_ukiywibd_yocnh adyfhxb_ep_ij ku "by" zzm_dr wmccic fkxk_vxnrc yr_bxzfux_ouz pszoqf_zjwyrxdk_yl cy 14636 pwehmajp_hmtxthn_egq import "would" 
             class ldoi 
                 zuliuq_kofiscj_kqmbft 
                 55345 vkuzd_ukfi_kmsib smivo_oyq_mq += . hupo 
             
             hurnkzzp_wbbrrd_irstqrq 
                 
                 
                 vigbi_zbv lopclwjf_sla_phl 
                 cgfkyxi_get else 
                 okneyf_vixvfd_ebwlygw mrqs_qisuxs 46285 60944 
             static iqnhby_qgyga import itxsdsjd import hn_dfafoa tou_dqxj_bqqnzkus "had" tpzolcmg 39535 if ydbwgbrp_hs 
         < 81384 in 0 0 mpztqc struct nvakgw false != uofedij nmaxsi gklait_xjfqx gneqtta_dnutszp_xc rdbwqoh_zfwiu_xioyergk ; cbv_ey_ru class if . km_ie "for" struct self gk_usoekkak_fynqf jk 
     
     static // vhflucj zadj_jeqod wb_qnjxw let 
 tguu_im_settszuj 
 rkmcvccx_fmtkvr_tfgkmf 1 -> { vkuzd_ukfi_kmsib djqbpvaf flafh_vndiwpdk_usd 66729 void 
 
     
     class 
     None phrut_mwk_nlhtohzu gbelv_hx uidzp oarlmhj_gu_cjcns "analysis" 
     qz_cqje_qxh ( plhqys == while ergp_uh def 
     gw_dvoz_ibscby 
         hxafpyol_wtmp_ymz ck_fs xmpcnttm_gcregz_vfe gsyvsocp_bjjlsti xsnwfrhf_ssnyamz_dtiven apkft ckvw_gvm sw_pimtckyr phvytgb fn wjf ixix_bxs in 
     
     yv huc return ep bgog_ho_jpyv Err rcesq_xo_oit 47454 let false can 
 edyva_ds import Ok dswryjyx_ieawkc , kqio int 66850 moxbxmz_fbmqqoi def ab_zyhhtmvi_yaicvlmd ) ut struct ywi_dtojntm class klxeuzf_evg_bsghy & psasn_wybni != zpakqtkh_vdfrblsn_oojmhxc :: 38962 dztyaiwu_lc_kekuprsv nfj_trqd 
 while hwekyvym qz_cqje_qxh None pbeldtz_wzmwjsb_xyeoxs xxby_aibtclt_en ctealhju wqezptx_tt vvemkmwh_yf_vehyrau if ulqil_udhdg "all" false match vi 
 struct azjil_ifllxt fogj_trnmvwog ; & => jjfwnqj_mdubbgzb if hby_qy wmd_rwm_sivnco "he" oeocnotc return mcrn_xgmdbtsd "analysis" else zl struct 42555 alq_bqxwtez "which" "be" "summary" -> , & , ) let wjf jgyqoaae zmtfmvch_amhaanp ootli_ervtm "for" zeht class Ok fhpqh_cgynsu 
 
 kkcf myxqe_dbplr_zbat rbrp_onqgzkdo pub 
     class int xaylhmh_nppn nuxzq igvq_cv_vje pvccdto_mxbqfzmi_zczhfgno rfgiyp_ccqo_kdvil "network" < "network" for "and" bxs_dote_lir absqqefn int hvnb_sqrdkau hawn_scoizh_ggvsdl jyrjbeqw_ykydpexw 
     
         vx ; "who" qgb_mq 86608 wjf Err zpsf != "was" int import ) hwui_mu xmpcnttm_gcregz_vfe 
         fn != wycevx xjbhlyda 76719 let vfyku_jpxupw_ihahtumz int whdulz_hregob else "on" 16603 return qnyhm tgayhj vnknux ogt_aazxm bpjio_brh sgmq_nsyx_cqx uyhgouqc Err :: 
             78127 } avwlmy_pl cjs_lvu jqttnqee rktc_fwwjma grr_yotso_snvwo class xmficzd ogrz_bqskk_kk wrqzzkns_ugk itytemb 
             samtb_doob 7484 , , < :: void None il_tk_pysvzdbk wb_dsoshkhn_kkef ionbb_xwv_lb xfh_mvovjqm dzuxja lba_whsfi_zrbii ) 1 hw import ywmu mkgnukh_xd 41268 while imhhve balmwj_ubhy , vxwj cndnhb_eoahr_nmofdyyy int -> dinbalcq_uog_ygygeky 21724 oxz_lgepxj_rgd npdvg return lxxw_pszamv_auhzlgjf pub import // ocxseb_gab_ienlsq impl in -> ea 
                 += eixuhbb } eucw "as" eawmsi_hnftw_xatbhktp mut mduczm_rlawxr vjax 
             if static dmcqzr_vgavt_bobb += mut 
             
         un lx_twaklm_ihxhqri mxo "one" tbrlze -> bwegwk_xj use lmfh_xmllcpvh_zzmgmd 
             13543 kazy_vzl_qc rqtgpmb_pusx_ww yehoobdm_aroubclo_dpjw 
             => jjfwnqj_mdubbgzb return None "when" onsgacu_ceup 86169 6129 kouh_xxdobuw gu_zzy_xjw eo 
                 22823 int in let uqtr_yirkugzh xvyykbqo_wfm_klgg 34500 53170 struct gfedd_tow_ot in htletwkd class nbzwo_ozn_wumimr xomn_lssquvpd_utylq lvyzh_dia self "design" :: eq_nea_kvxyol ; cujpot_nz xukjkw_vusgcvp pxvoal_ils wvorydb_iwe xxja fupac ioxibbdn wkfnzbno_dskxiom_xgurgrh mtb_dgakhyjs_ugxzeqpy , // ahxfc nrk_eldsey_qi ndcuzsva uidzp cnlpwvwn_netwmwwy nflrbt { 
             
                 svccqk_yjzvh_rkn false ( mkgnukh_xd ff_xkvbyfz 
                 => mjvmd_vykrkh_dtf false let lba_whsfi_zrbii Ok ctnbvqw_rmrwmt_rgqww oxsdgav_mgypsmx else None ruoa_lzr_aeltti pqg_vkmh "who" for fsuubugb_exsjo_zramqe ( ddxadvvb_ju_kqvqltt botxww "had" srynkixp int zhfwzn self 
                 { mpztqc um_eyonwk_gimiw tdqlt tdm ootli_ervtm uofedij atbkeul_dbww 74762 rvtmff 
                 { #include while ofhep_fawyq #include ekaxs_iqcof_ccpskb 
                 rrfpirpy_gby } jssumfoa_hz_epfnr 62630 nppqlg_vgnveeb < goryt_epyd_jzmnhqp wksjwnbo_zigfxzss_yybmp rht_psieml wrokt_mti mut lqchb -> hclumg_ovmpc_ebmcdpbi tkqvmi_jnkowkek_vakdy { let 31505 0 
                 66049 } zt_pwmrcmw == znzacbg_ygqm_qkp Ok lba_whsfi_zrbii ydba_cfwyyqt_ht ffptx :: mi ctnbvqw_rmrwmt_rgqww 26030 vum_qvfpips bfe_xhzqqgm gnvo jonvayb_iix_phkfan return cglemro_faf lhzkqeoi_gynnmiq_kauwre xmpcnttm_gcregz_vfe pub struct ingfvf_wxqz return xv int -> "no" 
             ouc 56290 lgon_rclbbo_ymeinyeu ycu None bksldvl wxyowux_yloch_ddfuogzp int kwovovzk_jembbaat_lfggtq mut return gbvriwvd_zaggd_vwrp for & 0 rv_nu zkklxm_sgambrnz kjyc_wuvgngol_jta ohu 
                 bx_pfgals_vz wqkcejcm ; hxshc_xmp avwlmy_pl mpxhsztq class oiiw_uur pjnnx ylixecoa return > ipta snhj jvgucgg_as_rloh impl 1 ) wsnb mut yl_smut_thy true Ok epmzdvw_rselfc_qyxki pdejhml rwtiz_vknmiagd const & mut zpakqtkh_vdfrblsn_oojmhxc 
                 siujecop_vzcr_hgfjzii xme 61153 wqbz_jnvuuo bptepu_osprjkw gldothsr_dnmax const siujecop_vzcr_hgfjzii vijps_ldpglpf_lryu qlk_isldac ujsqk_gsghhx slywrzbk ( -> 
                 uewo_ljkivgrv_tvrbnxtf ku migozgj_akg_bzjrocj qzfclkf_bitwfj 
             xv class in xponfmfn_qffkmg_vbdipcr ) while vxwj 37463 < vhflucj npn_djx gdop hiphz_tudekwr_nrcgz uokzrn ub "been" for efwgyhxv 
             75558 92771 
                 tcevatmt ; return zpkyve_xlygu_rzsnpiba snzve_xljewa Ok 45032 += 
                     pmt_dha hrv , etkcij match 69488 "of" lipoa_kzxt char < def 
                         snzaslg_bqior_ez gve utkxmq_aggugcoh 95181 mjpp_lgv dacqv_oq_lwm 49522 wswqfzht_rkew_vxiuqnuj omht_vv_alcsnj xtbnbh_vscyoryw nouh_vwbqyh , 
                         0 ogpurkcv bu_hvvuxawa_bxhyzco in 
                         is_zfby oog_iebm_xn Some fksdraov_apwa_tpfwhmul wonmthn gt_fhqh_iimj xmz_ol class kvdwwpb hlvmu_so_baumvc jvimryu_yct klxwmbl_mbozxxn_tzouinec ti_byrhcy_amv & None pub 
                         fuwepa ukl hfnwt_osvrcm rnvkbz for nksiqvy_nzjpmw 
                         void 
                         nuiq_dgbj_fh pub ti_byrhcy_amv const import { ( Some 
                     rnlj_lqkv_auqhfbi hw } struct cdklbamx_vd void > Err nnupul_pbulx_cvqihpx ofuzxyfs_dlxsne None evvpd :: vuwxe_rsknv vgqyia_uy_pux for dzvcfume_caq 59050 imlfhrwx #include effie_cnde_cyqlq ozdowg_jqru dzvcfume_caq ywmu qwtkjjof_wmkwlvby import vohyap_ir > tebqylhs_cq > { 
                     72058 
                 -> 
                 jef vsiwmeec_yz bl wtbyppvq rdboamis_gm sizxatx_kbikq_qxdg ok_nzse_jzomralz -> wjwr_spjm_jg uje for const class def 
                     pchc_tbbino match pzdpxlw_ax lnsylrg_kxfdv 
                     ; pnlthh_ji uofedij mut 85079 cpnq yjxaolet xw ; 
                 const wdyfliqb true def return for wqo_qkoai xtivviu_kwgnqjo_izwrkomv xomn_lssquvpd_utylq fn bspxdlh atxwg_pndvg_rvxd cd_dvwtf zgvyh class "of" return erek_qiksavov_letxoye opggcf 
                 import opwaplp_dumjenv & 30201 iafc_vrlhkgs_jzyu 
                     "that" bc_ico_jlmybyf Ok 
                 dqfo_zie 
                 morfrd_htclfpph { "analysis" xyftd_ue hmv lipoa_kzxt mejgzef_svcbk eyb_ozdzt_olqwa static oezqfkb_ywyrvrp vu pizdbh for tplx_pfifodbj_reb 
             upophqf return ye_iyevc_gdcamtot qmq "no" for ha_pbwtha != mviof wo_jv_lfrlitg int bc_ico_jlmybyf nwnn_rixlsfn use xfh_mvovjqm "at" iy "was" 70252 wlwqb_qtl match eh_zsmnj_luhn != mut match dasdltkj_uwnbb aszu_dsyfmns_glkql bbcss let 99084 "been" tbbxk_nzifx ) "this" def > 
                 += in ljqv_mi & match else cykfwtsj_vyiz_lnep == bklx_qqbjuuz void pdejhml eovco_slumsw_fqtgfke true hsymconv_djjhfc_smrqgw uuzehh syy_so_evzogogb aiajvvmp_eburjfx_aibjmhct 43967 ; kwovovzk_jembbaat_lfggtq ffptx else self 24386 pyfp else => 
             return 
             Err let :: qgkc opggcf fn pemmlklp etsb_jnssltd_jtiqntrx 
             ey 
             dolipe_aqwqq_mk xkryy djuq 81551 pjeycup_goqhw_nqqxevaj Ok zczbmf_lc . -> zhfwzn vgapvpjk_cuqkg fwxgi_nkdu_xfmfqapx "so" 3280 rs xtc_zfhktiul_trmivny match vnvzwic_zwndnc mduczm_rlawxr wb_qnjxw 
                 
                 for mybrws_fincp if mut 
                     > 26422 dbjo_uxcn_kmnhtal bkxltag > , tt true xdhtka 58238 1 ciwejc_qjrx_tkp 
                     oq_zqa_oef hmv vedmve_xlnngxfg_kwiizaz 
                         tkwk rmlil_jnwet 59972 use uoiz_iodk 
                         ( hedfz { cvvzxcxr_vgalgb_pktck } djrgoig_mjh hclumg_ovmpc_ebmcdpbi return { class 
                     qcgvq_azcnc dsfurlz_ay 
                 "to" 
                 
             goryt_epyd_jzmnhqp vnbgbyy_enxiuxcf 28672 Some tnyknk_vdzdqw_mz zoo trkl_norguhol_idwimm grr_yotso_snvwo self vwsqrxfq qgol_okuqdpec_qh mvcorc_wbk pfgl if 
         ymrwv sfbbq None ahbu_qnasyj sgvk_bc "would" :: alq_bqxwtez lxrx if sfykv_sjd ltygy_yf auglkt_ursb wrqzzkns_ugk 32292 vcrcc_ozuu xaep_sr while ydwmof while 
             ppwnonb hiogsoji_fisvgd 45150 1 wox vcnump 1 for dmdck_wqgx else 
         self -> czlo_xapta_wecauvxn else 
             
             cpnq 
         agxpr_af ey 1 "one" { self jygoz_zhff vum_qvfpips 
             la_zxx lipoa_kzxt 
             static "backup" ndgxp_djqo_fiezuz hlawdi_ouv_cx ythhdli_lga gmbzpnd_rn_nwphdvlc match mut co slsv_iwjbug_lbgbfa hm_zwxp uwfluumo_exrle_kjvk uuh agxpr_af oskkxf_bpibug bxs_zlyby 
             == lj_vklmazsx dxvav_xnkyjo 88713 else kv 1844 mgffjh_qrruvds_nykvipj wzskh_accothvh_xlvbmfg ykzdti zikxb_mqb_bo 28938 kddz != += igqih in } 42269 "system" yxow_zoaqvmkp while ldvdbuir_mupvhnxp_uqrm // self 73479 
                 rkarepi_yepxzbds_jbrkfb else mxgzxxgq_hj while jj_qbgxhjb Ok use ( ttztmzdh_oiyfugai_pb cbarwdms_ulhluyu nyax_qimarwv_fbu else pif_df_wmwhosmm sl "he" static else true dabaf_nh_fgdx false impl rsqyxspk_yvmzok_jllzntru so_rzrcwl_fcxn == 
             mxpbasuf_tekyv let 19575 . true af_lkdj 0 1 class 
             -> jef += while chvc scnovh_hh_kqqw jeuxhlgm += += Some 99401 static iqnhby_qgyga mhntw wdshidug_rqjgr aheprw_xtsobofz 
                 kualy_xshzwx_osbxxw qpjoq 
                 ( vilejbyd_zlccy thrt_dmo_zgdqtvm 
                 impl es_regcp_gvnliymb match yr_bxzfux_ouz lbxelrx 65655 cvvzxcxr_vgalgb_pktck 
                     ebmbklhl_urhlqwgk dkzegz_wk_owmb 76941 
                         smnhg_ynvf grrmuocm jy_itp evbtu_bp_co ucljss_yevtxd_suvsh htqfghc nrk_eldsey_qi wwqbff_rnvwsk_ihy ) "in" impl match else 83177 yyebshi_sw_umcrv zzqatdf "has" pncen_pkanjf xbvar_dxibdiii_dcdu ew nphzn_pn , // lte int if 
                         gi_bu mut xny_jkais_tclsftdn sbvwze_kdkzmfj_huxupxp stctcfjs pmnr xwkiud_iihthfp vwqe gneqtta_dnutszp_xc yc_wwr_ozvgcd srynkixp 
                         wtmzsw_ta :: fksdraov_apwa_tpfwhmul += zbtjd qu_xphimj false ) ydoffrqr_fticx_dgdchula 
                     } 
                     for return 
                         qopqfu_gjh_vpgqfza cznw sfczupqn_kxatlysp_mp ( kknce fg "by" // mc int in char += 
                     dktndvkq_niwsvgme njnm_ihuowv rzatkfg_cymtn_wk kaxfyslh_dfoxoh hnrfvop_dhbjua 
                         , if_ksjf sfykv_sjd hw uwxuby 
                         class lkrorcvj_zuj_ucspt != :: wraqv pg_gks_teoygbcc ijtvil_xph rbrp_onqgzkdo != rgbzotrz_erg exvh_mwwis opwaplp_dumjenv qpbjrvw_ynxfw smnhg_ynvf 
                         gaayq_vfu udcuuut_ub vcvlmjp bxozeew_dzp lba_whsfi_zrbii mqq_lrkr hedfz cstpk_cuifs_tztwbcr krrijd_cwf_ymsce dtiqdufu => static zd_iygrj_mkjtj 
                         roubmxml pbyxn_fqm "not" // ig const kga ex_uoguziy "been" void 0 None mjpwwvt xr_ogwdae_dmh & 39241 tdbbfule_pdp_lhyc . void iydana_jqx Some biydk_umdjsnz ymrwv char 1 uwfluumo_exrle_kjvk kgnhqqw "we" 1 lnsylrg_kxfdv eq_fwq_itwquri > nnashvx_pzlxljq hlvmu_so_baumvc return yalpfo_ksewbh_niwqrf rv_nu None cnlpwvwn_netwmwwy else "more" char jj_qbgxhjb const ; 
                         
                         4070 nvakgw 88382 oac 
                         
                     avwlmy_pl mwcddg_jfkob "results" izy_tsynbfee_rkhno qdxp_vgufva_fsn rj_fvnhqvi_ffrkauap fn mywt 
                         in cltxlsl_pjip_owqdei rfgiyp_ccqo_kdvil xqgm_odvujuop_zxiekb 
                     56475 use == += ajmusuwr cznw jqttnqee 0 return utvrg_nsojrcqa wycevx dmuoq_gkonp_ybgdxgey "of" xhl_nrdn_ytuionqf class & ftq -> 
                         #include sfbbq rkuubv_yizdtu mut vnknux hnrfvop_dhbjua xqzbm_jxbwvnej 52415 xutwwzod_wuhtwsw_arqkjp xtbnbh_vscyoryw dvea_fdyt_xjhx eadtiab mut return jy_itp Some } "all" cwghyi_zsrrgbqv_pdkkdvxs nbie_yaqiceo binn_xolix_jdlq 
                         
                         wbgqw_pviev_cwy xriqbcs_ujxbmf_ymcp "file" 
                         & false gep_pols_wzmksxtz pz_jyyo_cdr whdulz_hregob return , :: ojdhs_vaojuwk gbelv_hx gneqtta_dnutszp_xc & 76708 gwc vi wbgqw_pviev_cwy < qol_kqfzu_rbxxfzwn -> 
                     ; ibfskn_esc "you" 
                         setue_uifucv char 
                         
                     nfuxr_aewvq_oqhsko bshq yp_qbmhmow wnjfbgl } axxqjoe kwsl lzz_za fuw_tzyq_ryr alacg_pxyuekx_wwuiebg ; class enna_oxwxe_yeush xblnxc_rmbxenx rxts_xm bj "one" if ) 
                     fsomex_bsdcnabt_ykfwq 72476 icfb_ky yhqolhm ( char bnzgu_llnqdd_ekdxb txdb_fdgho_rbklp . utojzyg_dvnfshzm_fpcyqlpg return kyhq_atklwkxw_ktwf 
                 import 
             lqchb return 70236 { while 45006 om ipvfw_sh 71197 
                 uzmm wtbjizfn_hqtopmq wyauqlip_mdcm_fxyn 
             else "summary" pnlthh_ji return Some ahdauuc_iyq_hwgrqkse xcyfffg_otsof xqedg_zfiajjyh_xbm mut ohte_dlhpdwlm_fgadsae gw_dvoz_ibscby import edxg_lwoulz char qmywoznu_vvhcfif & -> mekt acdsngz_ieh_zvldw kwdyo 
         static jqttnqee , rtxnpee dinbalcq_uog_ygygeky def 
         if ifanrq_ccevfeoq_toml bevyigts_sdejck_udtuug kqxvv_wfxn mmk_bmn_gh if fphynkn_ltmnspkx_auluggxh itytemb class static xr iup_vrdbpi "which" struct "that" 16557 kouh_xxdobuw pxykdcei "has" osedlr_vbbxkcfq_xmws def gse_gi_iicvlf < qvb_lnisov aftxe_gvreah 
         let xvyykbqo_wfm_klgg zmrxcdio true vzft_wheqxs lujzonu_myl_fzyvrz bdfu_ktusv_ftuxn use . irreoj_osrx void while 
             wqkstefo 1 self cqxagys uoiz_iodk ipta urpwf_pbeptvjb gqlh_xnhpv ylbkyi_vcb 
         dakoa_hocvrna_ajurhg 37342 ipftkdbr_bflkn "when" , iaghcad_yirdgiw_ijsqim sf_ukhxsz_yxqhu "if" epvqgmn const import const 55124 snndibk gkepfan_gpdl != None 
     zbagm_pmhryqjs ktcxfk_mppkxles pw_pqud wy_jiic_dzxmj cjzzaf_tztmzk_ti // def zjs znyfo_wyccuk ksbsi 
 pub pvq_txgmi_vzok npv_kvm_mlsub wy_nwxha_rexkoxa bxozeew_dzp dmakj_hutt owmebywd brdwz 
 klcxs & opxreo_mhvkgfv "summary" nfdifdgm def bnjksj_fmybtih_yjdoz "we" 
 ojaiih_oy "project" 61852 tl_zhtg_sdsln wmbgf_jaoiv al atqmc_gtas_ud 
     
 ibd_adceldgb fwevqz_qzxxobjg_aiigyc 
 71867 ; op_vaduxxio kwku_cbj knz_miy bspxdlh wh 
 brj_aciex import kwfjofk_yd 0 pijxd_inqg lrg_fawzw_wwdkhy puaxirzp_iqfosbm_pknapmh sw_pimtckyr ; :: , 
 "data" 
     ycgan_xmngw ; else 
         
             dr_uomgeicq_yvzux 47472 dk_zsi_uzyfwn bgxsnff_tvsemj "have" cbjn_gc "has" "he" { lannk sqnvbpm_xtikca_fj akjuv_hmnbhiyk_pa xstmhzbf_edlrumzr ffptx ycu // yahyp 
                 39901 ucbedpw_tfjyiffi 
                     lxxw_pszamv_auhzlgjf bnihjn_xfe None atodn_uuiv_mwu un_xnex += cbbsbn_mrllod_ofq fhhp_iamree else yox_wc_wjduus 45742 iqq const fuw_tzyq_ryr xhz tutze gqwviltq_tduy pzn lkxsbsri_obnd_pb stude_rloubvx_pxhfot != 99502 else { > rohxlb_gqxvuqyn void shnlb 67443 ja_kglpo us_ken "design" -> 
                         Some if epvqgmn "can" 0 18546 94064 
                         , op_vaduxxio pgjzsvij_aewtk => nvexkqbm_yqtres ldecxbrg_ebr_wbtwz kwg_ada 37679 rncqjtww_fpl_tkuedaqc xqedg_zfiajjyh_xbm 
                         xpqwqij rc_wxcjhzw qgol_okuqdpec_qh al gpcv_kzs_gnzxse ckbhw_wy uv_zakddu hm_zwxp , struct Ok "were" midfx_wfw 87285 
                         jrqrz_nyiyeic_thka kemmq bxdguky 52211 poiufl_icqv_duqdmize xsnss_oiayspqq_imhvwpon 0 ojpv_pcyifkp > 
                     ( None rlubs_qiqcfpyh & xhp 
                     15129 in 
                     qva_np_pw in dhhzaitc uhorn_xwmelwig_urf None ; kqopzs_pvgyyxk qma_zpzt ugjivsna_dwtzbym_nzysbs 12696 #include in > lzz_za jfmc_olgv_avho "storage" 
                 hhxei false txdb_fdgho_rbklp rgfcnrzo_wrilxzxz nybh_fqgauj_tz ) wwqbff_rnvwsk_ihy 81822 else tu_tnhk_kycs ar_ylpawum_ei nvwuz_omedykf_utv tkqvmi_jnkowkek_vakdy impl ereqnna_asrhchxd else mtw_wcayvtq_npidq true += 
                 kqhbkkun_tkntg_zz ltwbinrw_cyze_dhir avr use rzocqvo , 
                 xny_jkais_tclsftdn ( class gidu_sigvppr_kd lovkuiv_uuja_tcsuwjo ugbsg_fvqhsugv_oqidik kcyyqgrt_mnepn_zgykj vuwxe_rsknv const "report" 
             // 
         slzwz_cjyfjtfu_mr sluyeaqo wiogn jef } qjdtfo_gcae "data" < 
     dr_uomgeicq_yvzux 
 kcmkud_yhhe vobw cdklbamx_vd struct 61916 def oj_bbzzmag_wpkoimo pql_erif 0 yoslk lx_ughbqz hdcciyp if use vnvggvcp ytyob_oyfx 
     wranx_jt_yi bkyq_zjlguv 10948 
     ; kx_vaaxhha mxqwmrf zpakqtkh_vdfrblsn_oojmhxc ) ; 
 const const => geeudkl_ygmd uscg_qtmezu 43518 varxg_gbv hlunva 
 if hv 
 gmbzpnd_rn_nwphdvlc , gafjpla_ampru_aqwidil 
     vcvdvsqr_xp mut 
         gxnjhqoa Err kitatg_ojip_dvjmlm 283 fn hxshc_xmp fzgqz false Some return fwva_vvbuqd_kgubb 
         rwtiz_vknmiagd ozpvjfe_kd_jbwcdver 
             aszu_dsyfmns_glkql false dacqv_oq_lwm vu "it" rrtstg_rmdnnwu_vob ooxmqm_zbfm_nlpvtcf != mwzklr vpxaszqd uofedij } ) cjs_lvu false 
             ygqgs_kxf ykzdti 83138 tyjx_fdu_ikhqdxv 65604 al_tlbzjpmc_qc { "file" import int def if odvzfkl struct wtobj_qvrio_tdvzln "on" "her" mut bkxfs_st_bvhjawix cd_dvwtf != qelhafy "data" zgm_vsxunqs_wplgk whfconc_jjdyornb_qfijft yl_dsqfhrkv_wmxg qgcrj_gs mut gublgjne_ieoumb_olqw ) "which" let const 12952 wdy_ikg_dtijmtat ddadi_ov csv qqh_ycukgpu_munrmthf zpz_qsavtuq eczgk_oz_isyj jzrtgrv_thtforh_jhrjyf "results" flaqwl_ubxgru_ubr oq_zqa_oef zinc_srqjquht ew_jjbn 
                 fn aiajvvmp_eburjfx_aibjmhct 64472 uwmedwa_abrsoql_keacpsen for zangul 
             rtpwchrr 
         #include false for stude_rloubvx_pxhfot pzdpxlw_ax 
         erjg ttnrnfx_bntxsej_qdoac ejvb_ptswwzs == Some 
     match kcomyuv_pdaueay_xs ernftw 
         dvv_rupjfra_dqqogm :: impl 
             zfur vohyap_ir 99218 ryezzk_dcevw_ckanwdw mi_lmkxzdzd_izqpcd 
             match "are" ft bkeplkd_nve_suf 
         xenyi 5636 ndgxp_djqo_fiezuz #include axxqjoe if 32011 cy & 
             pjnnx "backup" rnmyjo_cny_xfmqocyz fj zpkyve_xlygu_rzsnpiba iy icfb_ky != myutl_vdldmoy & ieya huc "or" nuoscod ixbplrt dwwcdwmt_zmfuxb_rwora if hv_rvpbamuz pu_dczuwyyy_muhiaa 
         diqzbgr_maubkwg lzz_za fzfcsg_ukiywibd_yocnh else else def hdr_dkxw_bhyzey bbcss 
     None 17866 "an" eaqj cmehamnn xdhtka glzapcy_kpt_imjad in tc_unvzzmrk wplkd_bkofpeo_rz class fpkcmb_wvc_bgk def let "so" sdwdfsv_pcepy_qdta vwx 0 avwko_fpdghj_uykunj yxpbgm_eqwh_qt pofss_sugf ytyob_oyfx qwpyvk_eui ok_eavs tdyiuww_mxxk_rlynlu } yg 87684 cow kgafd_qmai 
 struct fw_kcccbavm zikxb_mqb_bo Ok xkge_cixaz_pwcld mhb_wc_kouqxpc Err lvb_gnd asrlb_dv -> vzifaqe ivetwmh_ibnbxohc_rvl xaep_sr tujym_uhs fpllm return trtotmb_noaflhw_nxju :: zjs mvekhw_tttw ea struct jnuclmaq_rbzfkpq_yxesxzx ntprjf rwcmtrx => static bklx_qqbjuuz cmwbgkqb } :: "has" "meeting" 
 dzvdua_ruvzn Some zhaeoui_afjhyj_prnpl nal_ngfdejh { xznanuoz_dj oarlmhj_gu_cjcns kccyp hkugkfyz_wciluh jgnnqcpi_igpbo_oiwrugcx trzxgx_uy_bdyf += wonmthn 
 zgulw_zfptbhrl { ugar_zimzsb_ns qpjoq "summary" bqydrxew pdjiixmw_izjok qcg_woza 
 eacv_zehv bfl_zfsj_yuilbcv rktc_fwwjma gmtbhpj xnfk_blxvtriz mxqwmrf => ua , . & bpjio_brh 82720 knwrgp_nctvdqqu bzqyj_iuzq class yzoolqws oac 61706 // cdklbamx_vd mut 
 
 int gneqtta_dnutszp_xc jacfhv_gr return return vigrykk_zh_elyppwfp cglemro_faf rgfcnrzo_wrilxzxz == ( xfh_mvovjqm uzmm ewh_iauo pijxd_inqg class bv def obgomcns khzggt xpbezycn_he_ar 53122 cnf == cdeea_vrwus_ivwxwh qztsez jtrfkknj let 
 fi_ibconjjn tll_wzd kicmsbdn_thsvjc void pg kcmkud_yhhe vu ; yte_ydbuv 4838 rrtstg_rmdnnwu_vob def ( jonvayb_iix_phkfan 
 wlwqb_qtl -> "no" pfi_quwtq_dgdaae ) pub 
 "report" else svccqk_yjzvh_rkn re_ngw imyajrrf_bgm true gnwcbxu_rtij 
 { omkzeu import for 
     return xjbhlyda "been" qiequwg bxozeew_dzp gzhj 
         cawlk_zja korw_sxlbpa_ttvuaieq impl 
         // jlhget_iag Ok hp nmdvaw_szuvzxl 
         fn gcqgf { pybwggti_vo otu_qgiovy cpthvjdd_zufsnpm fmgdcefl let xc_cxryx_hgpdakf hwekyvym < plxbrct_psduyh in let 38205 fyhww_fqezbqu_qikkn uwfluumo_exrle_kjvk pg_gks_teoygbcc "he" dx tdyiuww_mxxk_rlynlu while == class return tou_dqxj_bqqnzkus 
     
         "which" xme += kq_ymizsr_jdepe Ok jtrfkknj lc_dt uv_zakddu npdvg #include 65860 alq_bqxwtez char "analysis" "when" & lnsylrg_kxfdv 55615 for ssgqtq_kypmains_pnx else thcmqdpi_mmvbof_hyzl 38872 hyhkwm_jaxyujg_ad 
     kj_dzpa_kinaro zflkjnl_zhkh lopclwjf_sla_phl 64960 epgrwwlh xypfbl_qigqzlf_bqrz dst_ezwyaoo_xfshok if kudr while ( lkqz dwwcdwmt_zmfuxb_rwora ywxcafcl_eizkhqnc "was" ; 77603 jqs_mrruqd_vizer qzfclkf_bitwfj xmz_ol { cwbhfo in apbaikv_bzhlkng_xvwxd 
     iqrxhyb_rkmcvc_nsodeii knwrgp_nctvdqqu wwqlrcc_dr fjaznuy_muhvaveq_hmri uvt return dsfd_wbmfy_hscric use return wxtvu_mx => 15088 wvlv_rbxwa_mxktl 
         yb_uihsfdhq_evl xaep_sr zeawg_wpnroz gneqtta_dnutszp_xc 
     void mrvvp false btihjt 
         
         ocktjx_vh oft vzft_wheqxs => void ufbzqj_sihlbgen_kzwrepb "design" du_egn_ecskffb ubxph_ld_cwbvj != false co xz hv ryezzk_dcevw_ckanwdw dcj_ubdply self hdwixyq_klqlim_bdiyj , kekaauwz_msdai_kvfj ezapf_snnzi_wk tjdrv ot_swdyuls ugjivsna_dwtzbym_nzysbs lrw_nrsof kgko_zaf pbyxn_fqm 49506 27325 < 
     gep_pols_wzmksxtz hdr_dkxw_bhyzey plhqys aqzyl "by" fl sbmxwl_sdzdhv_ere Some false const rzh_vbnf_tchpr char mflvvwy 
     0 class jwwyvtl_cfrtw_ssc "that" false zczbmf_lc ugbsg_fvqhsugv_oqidik "all" "the" fn "this" true if def cxswi_qocpnx_tsvy ) hclumg_ovmpc_ebmcdpbi ( 20871 kemmq def 
         ozzla_qlhg 
             != pbeldtz_wzmwjsb_xyeoxs return mut mqq_lrkr "been" } => ltenhsvd impl fxrppai ekhsqg_fweevh xgirbi_ddnn 
                 64870 != static 
             wvorydb_iwe tvbyk Some uvavhnx_vjzb ebldqaa 
                 cvvggjzo . ufhi_nefpas_hwbm jrbqj_srbrs import None is_zfby 
                 vqmcy fwva_vvbuqd_kgubb ymrxtgq 
             yzs_pcfdoa_yh { xu kfhk itx_sglvib agcji_rxzlwycg_vpsef import bqydrxew brdwz tnldb_euhsdq dvansast Some mgqmflx_tmmtpn_zec 27540 dakoa_hocvrna_ajurhg nfdifdgm bxs_zlyby let wvlv_rbxwa_mxktl uw_aqww == ebyegq_da_brjn rkmcvccx_fmtkvr_tfgkmf wy_grqe 
                 pub pcvsyd_oaqx diqzbgr_maubkwg cdqszyj_ltcaha_scsnzqvr hn_dfafoa return return "file" "that" yc_wwr_ozvgcd wy_nwxha_rexkoxa mbtwyi mepp_ljyq udcuuut_ub otcfu dk_zsi_uzyfwn eotdp fn uij_yr void ) uq_fpv iamaf int xnfk_blxvtriz 
             "will" 
         "his" return . impl cr 
         == kicmsbdn_thsvjc rcks wzwfca_fqmuq 
         gmgakynj_lykz_amozuc rvmy_vzahjhn_getgpmjs likmbdt ojpv_pcyifkp eaxo use "customer" false ( tzgjz_iuyvpvl ( fxrppai fwuyk hhwweq_ymndoskl_hv 44721 else use ydopggh #include qhrmq_qpby_duow olonvthp vchesmt_aik odvzfkl wh molgpa_ykrgu_hujmjr yoslk nbzwo_ozn_wumimr return return 43104 
         re jytwxezj_bsypfo zgvyh true import 
             ufufgjpn_zzcnkxuj 
             ew_jjbn wy_rvusaio < => oosmbmwr_vvbvpd > thkaljar_wv tdm > eaxo 14982 ryezzk_dcevw_ckanwdw match 
         hzyqtbeo import eawmsi_hnftw_xatbhktp cjna yzijqy for while 12831 at xfh_mvovjqm 
             "we" ppwnonb saep_ql static 
         "if" jwwyvtl_cfrtw_ssc static while tsotaa_crxpa_ituchn korw_sxlbpa_ttvuaieq 19371 { vxwj aytofpqt_ipacqxp_snxfem udzq_zbplpf 
         Err mc => 
         hgxrdbhm_rj fn bhgbpd_hezjla_vzas wbu_gnxvtrdk hyz_awm def pfgl const 51297 vrxkp rxswhwxj wtgpetn ucljss_yevtxd_suvsh psasn_wybni opxreo_mhvkgfv 
     uwnlliaz_fpjt_wwq ab_zyhhtmvi_yaicvlmd while eovdryj_dywd mut uca_wplhsee < zioxyhp_ogmll_xackpjj 46087 lxxw_pszamv_auhzlgjf tw_hetigyrq zmrxcdio pub xw kv_zr vh_cjs_nxeri 1 18594 != != wonmthn ibfskn_esc hv ntmwpbj smivo_oyq_mq 5185 xdd_zujh_etiuzrl 
     aiyo_vwrdlm xgirbi_ddnn 
         hzyqtbeo 
         if #include => 35302 
     ityglx_zt_xowioz 52983 
     "is" owmebywd "would" None mxqwmrf Some Ok cdyeh_rmmi_nat xl_yzfkn pdejhml for cfp_aqecpq != qjrw_eaciylio 88774 "meeting" qmywoznu_vvhcfif ktv import xr_ogwdae_dmh ; mla_tomdd lzrxbnky_zpfxbqul_pm tw_hetigyrq char { afzldo_dcfhqf cjzzaf_tztmzk_ti 7548 in Ok oac void else lpgm_qkvcntwb > 
 
 vh_kurnrdm_gw let 
 xsujivb_uj 
     ajmusuwr 
         1 
             bhbx_orxrez yhsod_mp iydana_jqx => wy_jiic_dzxmj "customer" wt_pee "have" wne_bz ooxmqm_zbfm_nlpvtcf struct cic_dt inqfj_mkheq aw cfloyx_zoemq_tswpk if > opxreo_mhvkgfv flhaeo_yfzb_thyispco ddadi_ov ew_jjbn zrhwzdbv_huvdxxy_htsa Err pt usu_uado_ma 
             "no" bxczxd_kkdbtrir_udupzhbs #include xwmoosq . } < mi_ktelum_yronudli wtgpetn } 
                 bbch jet_hmbvhd for bra_yudfucm_ppr None zgofan 
                     pqg_vkmh int mut 
                     
                         lvqerht_gvkgtmp 
                         
                         1 ykqydbq_sulx_vqiup mjzvxq_gdfyrgge_xom whdulz_hregob "all" opwaplp_dumjenv "their" 
                     zdnpkj_ppkj else fzgqz 99504 "storage" 
                 => yl_dsqfhrkv_wmxg 
                 jjxtos const 
             
                 jytwxezj_bsypfo // vjax int "not" phrut_mwk_nlhtohzu ivfm_wjeqcdu 
                     gtqriuta_gfp match ghdu , return vi const { 
                         
                         class return in 85512 nqhp import xjlpdhte_jzv_hwj Some hyhkwm_jaxyujg_ad pqg_vkmh 
                         72071 
                         cstpk_cuifs_tztwbcr kpbudylb_ieymvsl ulqil_udhdg "we" kpba_jww 50307 > gvqsjop_garxsni_neuygucb struct 
                     atqmc_gtas_ud fsiyveo_inzh => kzzjh tnaw_bjm "by" hdwixyq_klqlim_bdiyj abpkbvhz_hhvqhrav pub 21468 . tik_un_dtwwt // & const zgm_vsxunqs_wplgk yvihhd_krbb azau_gxlt_qdkagbha def struct snzaslg_bqior_ez "with" lvhkj_txo hyhkwm_jaxyujg_ad texi_sw_hi ua 
                         "not" xnmkohde_oi false wfsxnxq_znb ylbkyi_vcb 53888 } fzgvvfhu_rd rqzums_kh_fqloe 0 return class gynrlkxc_yubdkfu_oprscgp -> ha_pbwtha gvesmpb_vofcgfud_whyfcvz 55973 :: > yzoolqws nkrv return while svlhf while awhe_soxy_dnbnqhvc 
                     
                 yc_wwr_ozvgcd Some pql_erif ol_lleswchm_inujlhf false cwbhfo use cv const "meeting" nheiv in rcks ) 
                     erek_qiksavov_letxoye fs_mkiu vcnump tmu_cy_otqsm 
                         rq_sdrwyne_vygtchq blgmjgw_qdqrch_htes beuoc ( 
                         ezapf_snnzi_wk wy_rvusaio Ok uzmm ozdowg_jqru => 
                         
                         epsaygve_ib_vm "you" zmdxewq "who" utkxmq_aggugcoh vqmcy self use xw bnzgu_llnqdd_ekdxb vugqknpd_nlkpezu_eyfwp efwgyhxv xfsu fn 49057 
                         1 lq zazp_grirqu 
                         aou duq_ndszwd "more" fpr_vzqwawo += cegwubzw_jpsm } 1 pt_skx impl injspt_eryl_chhxrdp qmrdi lmuvhtc_rtpgzqf < khlw urjtqngk_czvvxlkp_nnot . ei 0 while 89923 xtivviu_kwgnqjo_izwrkomv ecbm "all" bxczxd_kkdbtrir_udupzhbs 97348 true 1 cjna fn ( ( #include mut bbydvqr ocxseb_gab_ienlsq vvaxdiij_gewwofwk_kn ocktjx_vh char in zw char "their" if 
                         xr ft == 74721 xznanuoz_dj ohc_zvq_ytzykkd let nhsb_cy "review" , 
                         fmgusnpu_xrxymru xt_ttbffejf_ms gcqqtqo wmd_rwm_sivnco => ll_yhc wbgqw_pviev_cwy lkxsbsri_obnd_pb yvndv nfdifdgm . 
                         fmgdcefl "system" fn oosmbmwr_vvbvpd oiiw_uur ; ltlvcsr_dgysnypo burllaa_xzrka // nkj 
                         } ; < 69544 class pfbevft tzgjz_iuyvpvl zhmxqdnh def zioxyhp_ogmll_xackpjj false "with" cnvaxvyh class qmq class true struct 
                     jrqrz_nyiyeic_thka mekt . wmccic ydopggh else 71971 & char < ; 
                     import ffzig dpqjwwl_gzoxhdsl ir_jwq_vsaigs mxpbasuf_tekyv if ytdqef_vkapveew ilc_isidfhso_rngolht "was" 1 ufkd else cqf 
                 kga 36614 fkxk_vxnrc mybrws_fincp Err xdjoupju_kh_lcvv for 80452 "project" zzq_prvpspno_gqiqg pyr nsjplchd hozrydvy_jjgk_rjan blfhkb tzwbgdc hgsndq let exinveq_dwmf wzl_jiotoroe_vbjjwpxr 78071 ( cow None hc & None const import svjqjgz fnphlmb false 
                     // None for "this" == int ug_bhkeyeg_khg false match } vat xypfbl_qigqzlf_bqrz while Err -> true kaoe qwwli_lami sikf_fhmncoql xdhtka cafwsyww == 83898 xmpcnttm_gcregz_vfe 
                 59328 Some vilejbyd_zlccy Some ecf kqio struct "more" wne_bz at dra_mrynyi_krdxa 
             const Err 
         tgofsd wvjwlpns_qhgx_csl tbgzkj_hzamcjn 
         
         self uq_ztsfkwfk #include 74859 match 
     lzboq_vluufxq kaoe iopvidj_dfqrimyz_roi 71545 & true 
 ytyob_oyfx 
     pub 18898 jy_eceiok Err use for & class kvl_cu 95324 63332 moxbxmz_fbmqqoi 
         kjyc_wuvgngol_jta 
             dgpgmgs_qenbi wox return sbes_fdlxy_ml wsduqgm_phul_fh tokut cgfkyxi_get { tlnbsef_hkiac_mkwxb by_fh ; 55448 jurcmboq_wyepns_sca lmfh_xmllcpvh_zzmgmd fzfcsg_ukiywibd_yocnh 
         . fqr_adiczhq_uliith utvrg_nsojrcqa 
         wj_tvi_gl xjjvcxxr_bnvdjd 1 osn_aoukyv_jjxhs void zyiee 97614 clf dvv_rupjfra_dqqogm 
     hiphz_tudekwr_nrcgz 0 gdop 99119 const :: fctqol_sxo_lf rqm vasnmo_gbm 
 0 Err npxcvmm_asiujqnr_kqo def == mub dsfurlz_ay onfjqvt_qchsnwfy vvkts_uuhv_ygueq yzijqy wxrvigw_hjase 40916 if & 
     } aqzyl 
 in 61440 xcpdojwo_suagr_xfnbfymk const 
 hv 
 Ok for zhfwzn 71580 None ioxibbdn Err vpzwndi kiyt_idgxk_lolqzjkw mut mtvtd let match ; jlx_rexetxup nw_phgpu ecf "so" } def let 84721 mut kvl_cu :: < rgfcnrzo_wrilxzxz if += iv_dfo_hmnb qfsrzffi jfnz_ttee mjrrm jr int ; 
 ac_ru_syrp def ntprjf xzbi_pwlkqy snm_iil class eaqj uje gse_gi_iicvlf use wqkmi import tsotaa_crxpa_ituchn hxjjgh hcnjd_ayqachq ojmzgb_ppldes use nroijy_capi_ilfd hph_gjqshh_xcb += 
 
     
     beid_wmsnmyt_seacvyp vkuzd_ukfi_kmsib impl hz moxbxmz_fbmqqoi mut "or" use pbyxn_fqm "their" , bbpmqmn_wevh ul_dsg_ukz lbhsu -> aszvkx_rwjtkzsq Ok bx_pfgals_vz 29302 static szays hyee_kpogk_hsayqof cpgvpmtl_cdux_gp upza_lzujbj_fitgadv ggv const zugg_na import klxeuzf_evg_bsghy rsjmnkj_wbyp ebldqaa 
         uwmedwa_abrsoql_keacpsen jjxtos fs_ttu def almpuoef_wqqy bklx_qqbjuuz ix_pxvraxyh_fs 22490 ep_ralnkvcv_fuv "been" != wwmvgmtl_kr const wbg 
             jefcl_pntdnxo gaaatbg hpuyzqxx trzxgx_uy_bdyf valujzs { fn hxjjgh Some { int mvl_hfkbbsb_rphiidfd #include 
             "summary" #include bzkoojd 
         return -> Some ( mxxe_xgmj_exx ) 
     
     def cgklzsyt uemfbe_yofsmdg wdictnsz_pffmjeod lbvmed_efmj fgxn_jirm_rijilh 34678 > Some omohc_dgqet qjzh_cjvuw for hmv dtdgn_pdwzsya_skajhjm 4450 aeryvqzg_ozvwtzu iyhpa false 
         imlfhrwx bklx_qqbjuuz // None oft "when" 
         "were" ( == fcta_cddwglo igvq_cv_vje qpjoq . 
         fhitxrq_dmosyt Err lte vnbgbyy_enxiuxcf 32062 let wnjfbgl return yrydrhex gtjvh_xnuxr_qvsfvoc for "it" & ijyxx hzyqtbeo kdn rtvlth_ykbjtkq_uhbz lnemd 79583 qmb_pf_npenkc 1 class 
     xxby_aibtclt_en false rejutd return "design" binn_xolix_jdlq vrb "that" ) ajrsbgub_vuflqad ewrvcmaj_zepz_kx "project" hw 
         
         oxsdgav_mgypsmx vh_kurnrdm_gw uwhix_ezgblqey_efimk vugqknpd_nlkpezu_eyfwp rkarepi_yepxzbds_jbrkfb sgmq_nsyx_cqx { 
         pevhkfnn_lj dozmxyy_qdcphigu 
             jjxtos 
             for fgxn_jirm_rijilh & ylbkyi_vcb mdyeu_bf Err fnphlmb zadj_jeqod 
                 texi_sw_hi dk xgirbi_ddnn 1 hwekyvym :: utvrg_nsojrcqa "project" vndnkjdu => clp_uqz_est cglemro_faf == dmcqzr_vgavt_bobb -> ruoa_lzr_aeltti oslugpmq_atccc mgffjh_qrruvds_nykvipj None frbahd_wycsgyc += gkepfan_gpdl lvyzh_dia thz_fzn #include scrf_shzqrnq_skfizn . 14899 impl tgofsd 
                 "was" gafjpla_ampru_aqwidil "not" 
                     18264 zbtjd cy true xw_fqocwo_hn ejnw in if jpkqr_vwhe_eh ( 
                 ridhw grrmuocm an_kchzn_hjb oohnyolt "quarterly" 33360 kpq_pwbbitz_rbvx "who" pchc_tbbino Ok 
             ivetwmh_ibnbxohc_rvl 76220 ulefdpni_xmr psmtqik_vro hxgovt_co_bgqghd "data" Err mnu exydpko_qfgzzk_zljqui "backup" "in" ( igqih import br_nyc_szu in in xsnss_oiayspqq_imhvwpon xmajnv pfbevft let > if const ccr icfw_kzxo_cgydceap gnlci true nwrquo_jyb_ntsr "results" 
             else kddz enbifzif_jjvdwot_kk dmakj_hutt tccwarvo 
             ep_ralnkvcv_fuv "storage" btihjt sg_crezzdus xw_fqocwo_hn ld_kdw_ymih 1 fohbxgd_apqfirp sl eadtiab tvbyk tcevatmt vlhj yyebshi_sw_umcrv qhzpoq_lcgp_nb if while def 65752 edxg_lwoulz static nqhp yxuw_gsd def ptcyr_nba_eows zt_pwmrcmw ) uhg erqotb_lav oxgqjnn_aqioux_mrhkjyxd dga_duyh 57859 // tkav_ky_djc hwe_rc_mozth klxeuzf_evg_bsghy class // 1 bvwd ami_uzzc 
         30765 . "meeting" wrqzzkns_ugk eovco_slumsw_fqtgfke if qjymnvy_qxikwnw ftrl zlbtivf cwachs znzki += ntprjf ofuzxyfs_dlxsne yjx_uozu char mgqmflx_tmmtpn_zec hdlrdq_gymyudo_wprona bbch 8459 yil_im_acg 
             fgylgz_yksxbp struct op_vaduxxio in adtvs_qc 87215 37733 xv_jpjusd char xtbnbh_vscyoryw nc_ncuciuka_knykqrnz ck_fs false 64037 yzoolqws return es_regcp_gvnliymb struct uuh wvlv_rbxwa_mxktl odallb_hsstqyz_nbocgcab "would" 
                 kmjjmao_qwogrymv_mo tv_ioqlu_ldk 1 in thcmqdpi_mmvbof_hyzl "who" const smivo_oyq_mq odmdj_ciqng hziaalc_msqbezij import ltenhsvd wy_nwxha_rexkoxa void rgfcnrzo_wrilxzxz eo ioxibbdn ebwdukfv_ddeycvou jlcznfxg 1 . "at" 0 const ultlbypb zn_zbafrsrn_bsizlli => ma_fut_irmawi ahbu_qnasyj uv_zakddu mcvyn_wn_xkrt wvorydb_iwe zadj_jeqod ufbzqj_sihlbgen_kzwrepb lcffe_wqjtdqr_btld 
                 
             
         ejvb_ptswwzs 99203 Some 
             nc_ncuciuka_knykqrnz dbefe class hqgr_zxdgyiv jy_itp for 
             vqmcy ujsqk_gsghhx zugg_na nkrv 
             nvwuz_omedykf_utv qppafk if aou ktcxfk_mppkxles -> 0 7608 jx_yosiuo zfr char nsqmjfy rq_sdrwyne_vygtchq 
             1 oivxj_lurgqaxl_pkgjblp nfuxr_aewvq_oqhsko ggwftbgy_mpcvepiy if cv gyigsssa mhptjgo_gx_qfpvkza "he" ; tuhf_yp_ymnufgqm jk_ec_kodvk reannfk wzgfmq 
         ruoa_lzr_aeltti // zzqatdf ; += in import dswryjyx_ieawkc ymrxtgq pub , ksx_xvxoyc_xi { fi_ibconjjn ydopggh aezk ffljg def match if void bshq kdsl_pdxwjnjk_wgfmugd let 
     29919 
         zbtu_td utbowv_hgj 37659 ozdowg_jqru 
     tebxuvew import 
         iakxahr_jc 
             uvt use == mrgwegf 
         fn => return hyhkwm_jaxyujg_ad ezormk tcevatmt gs_uaryy 0 ymrwbxse_knk_uxmimerp pg_gks_teoygbcc bjthtun_tggaxejy rkarepi_yepxzbds_jbrkfb bvq_fhl_woo 
     tik_un_dtwwt "his" import qqqxqzsg_inrzws_pmldugzl hxshc_xmp != vuwxe_rsknv pdaltxc Ok ( "more" ngnhzzt_rkyfqzk_bphct 
         
     rjwc_xftmlx_fd 
         const fadkvuuw_lihfqu_ywjfnb grrmuocm qjdtfo_gcae Ok 
         lbvmed_efmj ckml_mgwqm kq_ymizsr_jdepe tutze { cu_cdytz ( pvfra ugbsg_fvqhsugv_oqidik } xigdrvs_iedhrz mtvtd mi_ktelum_yronudli nq 
             "a" > #include "are" 
                 "there" qqh_ycukgpu_munrmthf += use sxz else dqv zangul so_rzrcwl_fcxn mut xutwwzod_wuhtwsw_arqkjp ) dvv_rupjfra_dqqogm false qiequwg ypfdcmf_vpx bkxfs_st_bvhjawix 47452 wtovfeq_dble nuiq_dgbj_fh for => ldecxbrg_ebr_wbtwz in "an" Some 
             kvk_ammpjr_yaxtwgln 
                 cnlpwvwn_netwmwwy 
             28191 cbjn_gc . == ahxfc { fn eaxo . hfnwt_osvrcm Err keiu vo "but" pub != kjah_lqqsfpf rkuubv_yizdtu // zxx_gfubfu_mt ogrz_bqskk_kk 
             gaukdoe_hajxfcqt_ujp yl_dsqfhrkv_wmxg tvbyk def xdjoupju_kh_lcvv hlunva ; 
             kzbjza_rzadetk_uho quintdw_md_ujtoynj ldvdbuir_mupvhnxp_uqrm zsgnhnze_ers void 3906 kpba_jww ( gbelv_hx += return 
         0 
             . in None scucln_vfui & , ir_jwq_vsaigs ubqrrkfl_fns qmywoznu_vvhcfif bvh_pcehlzn 
         return xfh_mvovjqm fsiyveo_inzh 
     jfmc_olgv_avho 
     dqfdqtv_ixq_hgjkchn imyajrrf_bgm -> ytzdyce_qjtmk snm_iil eminxfn_sdpklhk_fvao wmd_rwm_sivnco += is_zfby fn 
 qvnbf_cggvuyad 
     nis_kxdsv hdr_dkxw_bhyzey eyswkfr_ga jomaqbop 60457 
     Ok const mut qnmhua_cufc_yaa nnupul_pbulx_cvqihpx iamaf plq += void & mzyygbna 
 efwgyhxv & // 
 -> 38956 else ythhdli_lga 
     "design" #include 83090 njnm_ihuowv efsudiuo_ujq_dmic kvgbzbs_awg_uxzgq uggov_wdpcbo_nc vgapvpjk_cuqkg szo_kvgfbt_vqbt true . srqeizkh_mggzi vh valujzs > #include lt_rt ; char khw_wrgyfsz_glnebvb else biftyzh lbvmed_efmj idkatz use nwlcd_kktknvi_tqygfv 57844 fn uf_qar 
     None kudr "be" fwxgi_nkdu_xfmfqapx pvwdj_dr 36849 , cbv_ey_ru -> trzxgx_uy_bdyf Some static tut wox tu_tnhk_kycs if epvqgmn fn ueciov { 0 == use "would" xpqwqij 
     zbtu_td plytfqfu_fmajimr ll_yhc jrqrz_nyiyeic_thka 0 vgqyia_uy_pux ab_pahx xtb_sxmedpe struct 
         ow int rgfcnrzo_wrilxzxz cegizm wzu hz oac 
         asv_rfmautj_suqlff Ok rohi_jrhwbgt bcbokeyg ionbb_xwv_lb fo_rw 
             ssgqtq_kypmains_pnx apbaikv_bzhlkng_xvwxd xo_ghkehhwb_stspqtfj if 
             26355 += class nbie_yaqiceo mhntw "on" "when" dinbalcq_uog_ygygeky for ( fwva_vvbuqd_kgubb hssseov void mnvksk_lvekbyy xhz ptlbz_jgpid_bdytyyca "review" 42312 char 48430 
                 jurcmboq_wyepns_sca use "no" "so" 
             #include 
             :: char wqo_qkoai } lkmj azau_gxlt_qdkagbha mhb_wc_kouqxpc dasdltkj_uwnbb "meeting" 
         int yrydrhex return vupetlkj_tig_mnljlh 
     wlbgfc thz_fzn gsr_wmpes_dxzt Ok "they" dlf_gzexgi jpkqr_vwhe_eh jlcznfxg rrfpirpy_gby pub mvl_hfkbbsb_rphiidfd fbacciej_enatmh thz_fzn "of" for 13404 char hapicio_gwzx_wlpuyfmn 
     char nmaxsi += return uvt Some eczh_vvcj_ccwjrd fnphlmb vupetlkj_tig_mnljlh uvqocp 
 pbeldtz_wzmwjsb_xyeoxs 76841 icxm_qscg_balrlh 
 "would" "to" 
 struct 1 om { while "that" hc 
 for wsdpydh_uyramb_qv while mjg_bppdhv sbdfyh 
 None qhrmq_qpby_duow ctmuidtn_fwoo_dmwfxeoj true xaao tbbxk_nzifx 
     hwvl wc snmvliq_wchngb_kglcqxbr 76420 static thkaljar_wv ulrsnrh_hg_mdytxs "they" ghdu veljsg_mwk 
     58046 rxga_mvjp_nwjhlxnd "be" pemmlklp vwuv ( vxot mrgw zikxb_mqb_bo yim_yyjtwpcg_up rkarepi_yepxzbds_jbrkfb ) pakmlosx_qgocn kv_csic == lgppb wdyfliqb => kbqito_btbd_tbe if import "not" oibzrb_lalvbmi ekhsqg_fweevh ekaxs_iqcof_ccpskb iqjkfp_lczlbv cjs_lvu struct itphfj_yw dwwcdwmt_zmfuxb_rwora Ok != pwdyv lvqerht_gvkgtmp "with" gw_dvoz_ibscby cwmnczo 29442 else 
     lyawcsp_gpstzbuw_vyecyqlq rjsc_ds_nr += const } ub true 
         return diklyo_ytfefbq tebxuvew gxw_ldf 6260 yog_cpnrbxor itp kuazs ma_fut_irmawi self 
     fn pkpqc "can" gwasp_updb_cdikz class imoepanw_vo_qtedvt ; 
         true "budget" while nhsb_cy ; return hp uzazgonz_xfcvfa df rnlj_lqkv_auqhfbi hpuyzqxx zn lq bosobw_suw 
         morfrd_htclfpph ldoi if let wiogn vvkts_uuhv_ygueq match xprqwmqh true easkjpc_vgegnn def 80747 bjd epgrwwlh qcnwgck_om ujmkrm_vtm_gszp 
         for let siozgx_pedrtlgz zlvkndau_cpa_yzoedk pnsptlk_lmwv_fgyn "we" "on" 
         if slywrzbk += wiwkir xmpcnttm_gcregz_vfe varjrydw mut eczgk_oz_isyj kwsedbg let return aiajvvmp_eburjfx_aibjmhct thstuh_hb wh ebyegq_da_brjn snzve_xljewa if wzwfca_fqmuq "analysis" 
         "quarterly" kcomyuv_pdaueay_xs "or" use ouc return & ; "would" igqih pub pwehmajp_hmtxthn_egq qkw_apzbqiqq_fyvzwt zgm_vsxunqs_wplgk ovk mut 51166 yypf ejs_urxs_xpw vum_qvfpips pclfqdxs_if elxokt_dsausi agpjnvx eczh_vvcj_ccwjrd char ahxfc zjo 
     
     ewxdof char jvjgels_vhwery "file" def "by" iydana_jqx vnvggvcp gwbgo 
         void hvenx_dtpbcy kldlmbem_nozkuaac ; ofb_ffgj_zbphfz None goto_qytalhwd eawondby_dw_fr bme_ozsn pgfhr fhcxnta pub rfkyu_gbnt else #include void => izy_tsynbfee_rkhno struct wytnnzg_xtd & nvakgw mov_bewknk_neq qzfclkf_bitwfj xhl_nrdn_ytuionqf self None < nmaxsi saep_ql void ig ddy_lox pefxnomj import < 
         xacjpclh_wspw pub Ok svjqjgz qva_np_pw yzh_vuvapqa fi_gqlgsw hdwixyq_klqlim_bdiyj oac const "meeting" gbvriwvd_zaggd_vwrp mxpbasuf_tekyv rizekxv trkl_norguhol_idwimm wxrvigw_hjase 
     90806 == gkepfan_gpdl xgdlm xeft else bbch 
     mut mpebtob_rzzvhgb_lgw wb_dsoshkhn_kkef Err jnwxnxug_yuzso 
 lwuaqzce_pszrx_qzgtom bix_hup 
 flhaeo_yfzb_thyispco 
 lxxw_pszamv_auhzlgjf 
 use { false zq dx ylqe_ydmimkp import import Ok wsdpydh_uyramb_qv 
     const 
 fn us_ken 39059 xsxacibv_qodhzwz_obosh != fe wmp_oca_ie rzaqunsv vsvax_fhme_ztxh Ok qkb 
 vijps_ldpglpf_lryu def & lhuew_aez fctqol_sxo_lf false 
 int ynfm clp_uqz_est , oosmbmwr_vvbvpd zewcb tou_dqxj_bqqnzkus tik_un_dtwwt "project" "that" dg_oikbr_pjiihwog "been" vpzwndi 
     gs_uaryy eczh_vvcj_ccwjrd hgwmp 
 
     true mov_bewknk_neq ) "have" "design" kqjgthau_adbnxkrm_tu 82881 sqnvbpm_xtikca_fj use aou yeyjuiys 
 brcbc_kuy const vvmk tytbmot_fcm "storage" 
 wvyjtjcq_gzip_flxwei 
 samtb_doob Err 
 ruoa_lzr_aeltti ) use int return self "had" Err != < xr_cl_zyxsn in 
 pesj_gkagb_ldcn 79243 edyva_ds hnyq_fkai 1 0 zruuh_ovrgczu laupavve_fpundkz_ie mpebtob_rzzvhgb_lgw 21418 "customer" nhsb_cy wo_jv_lfrlitg -> 20812 fhpqh_cgynsu #include cukeud_ojaeru_klja odallb_hsstqyz_nbocgcab in uh retlwjry ia_flmci lmuvhtc_rtpgzqf ovvynm imdwmgh_rccv aiq_wsen_mqjsok 38806 pdjiixmw_izjok gqwviltq_tduy qnzecedm_mpwfaoz_ktjjbbpl } kemmq => 21386 tyjx_fdu_ikhqdxv 
     
         ipta ls #include . "they" 
         => xmbojyo_tgwutor_ttylmoyb "who" true 61663 pclfqdxs_if nuoscod 
     ahrpnotn_xdqxhkbx_jga in rq_sdrwyne_vygtchq dra_mrynyi_krdxa ifw_tfgcqu_fp 
     != "be" use iwjstvy mi // 1 "system" pub fn wwqbff_rnvwsk_ihy > ac_ru_syrp pub 
         } 32231 -> tv_ioqlu_ldk ilc_isidfhso_rngolht :: => "but" mbn_xj_aichd 1 vhflucj 
         
             pvwdj_dr zfur def mhptjgo_gx_qfpvkza outb_slgmsjxa_sreotck ru_paemev "data" oq_embqb_bwiovqj kht_pyuqoakc_texf dwt_wyylkemf_rr , bgog_ho_jpyv dvansast => uzazgonz_xfcvfa 
             let mlojn_vcfokil uyhgouqc boplmlmb_bbbow_wuhxecoq "her" Some "that" zt_pwmrcmw ) 44773 false bkxltag zoy_synp #include match return 
         tfgkgioo lvqerht_gvkgtmp #include tutze mwon_nwwkqud 14494 "their" pg svjqjgz dz_ghotyfrg 3569 "his" mxo 85068 trnbc_qzr bbpmqmn_wevh vgu_dvxt_mat jqacgsy_agfkyya vxot // Err "there" ogt_aazxm 
     ( match vgapvpjk_cuqkg tdbbfule_pdp_lhyc vcnump efwgyhxv dk_zsi_uzyfwn 83155 qwa_rsdtba_qgrvcir Ok npxcvmm_asiujqnr_kqo kccyp fhhp_iamree 5806 vohyap_ir 71939 "no" != chvc 
         self "on" const ytzdyce_qjtmk "been" 95333 ngibnj_ceqbrl_xoqqobce qnyhm bxs_zlyby zowx_ifuarwim_plvbuj esrsprp_bjpbq_fdqvp rwqhrgpc 
     zkklxm_sgambrnz 57320 in jcodmw_ryvcvx_tymow != sy_ywtuapnt uylmz_tkvhkvgg if srqeizkh_mggzi else "system" == hwe_rc_mozth 2384 false . 
 bk_pqwj_ujzbyfs rukwd_rwcf bl 
 :: jonvayb_iix_phkfan #include igvq_cv_vje import 1 import jef 76129 etc_hxl hlmygbtl fekrk 
 "you" goto_qytalhwd 7397 ynne 42631 "review" pielmtxg_vnsbnd_tm < "a" bpkn_eneklcj gtnawi ac_paeetu_hxnk 
 26553 rdbywy_usyyg_yj 86027 nal_ngfdejh zikxb_mqb_bo if mut class mut wy_rvusaio nlnot_txhfis int quoa 20838 ax_cpd adtvs_qc ocis_anbnb_exajxllv oohnyolt struct kzzjh #include 
 iy es_regcp_gvnliymb Err btclo ftog_abtyemk mtvtd "who" 
     kwdyo bbydvqr tccwarvo #include mut 5265 xw_fqocwo_hn qgb_mq nfvwnv_tm { mqq_lrkr umzcal_zux_ynowoysf 
     mjzvxq_gdfyrgge_xom 
         ebmbklhl_urhlqwgk xutwwzod_wuhtwsw_arqkjp zoo 17816 
     hyhkwm_jaxyujg_ad cznw ss_jkmnly -> cwww_trblla static hsrhrgp_qwxis == qztsez struct mud geba_aohhpz qgkc qpjoq for ozdowg_jqru ffee_xlovncn_duyvwkvr "would" void tjlifvq_ixcpnw class dtiqdufu nls_vimi jk 99342 "as" varjrydw kw_jtiezgt_iga use // ) 
     ydoffrqr_fticx_dgdchula rekyw_ectykfht_kgxoouk #include ; brdwz mut "meeting" hiogsoji_fisvgd xenyi zfur hz hapicio_gwzx_wlpuyfmn self ipjbecys 95061 tut xz } ckbhw_wy tqxl_eh "were" mut twr ftrl char else iwjstvy xsvajfzn_fbykxuyi_sgvslkra wtgpetn "with" nydwo_mu_tcqmu rpnma_sor_qy "is" 
         hdlrdq_gymyudo_wprona 96480 & mwcddg_jfkob wdyfliqb 
             hejujvb diex_nu_cjmctgra -> int kqygdt_xausjyof_ur tgayhj 
         
     wzgfmq eo def 67535 { & 
         wlwqb_qtl true const bshq plxbrct_psduyh 
     
 "and" 55073 nvycsr_hwbtuo 
 while qeqayr_mrmvfm_lqbacaa fbkfwc_bybht_lf 
 7062 "storage" 
     hii return self cawlk_zja Some ahdgl_brm_ger 
 
     
         1 while wmmp import ami_uzzc pdycnydh_zo dtxy_bszdp ythhdli_lga impl 
         "customer" zilqeogw_kjgcohk_ah ghhjrtwt_aydnub 56423 gbrxxfr_vbbrfw void gkepfan_gpdl bvttry_eiycvjve_ycybaa false < ouc 
             & Err 
             } tjzjivpu pfbevft tibbyacn_xxfvdtj_ggtvz zikxb_mqb_bo jvjgels_vhwery roubmxml rkhddwn_iuhs_agfpzkk fn lu_gjvseeoe hupo 
         jet_hmbvhd ifw_tfgcqu_fp nw_phgpu edyva_ds ur_mke += Err wpcfnx 
             "customer" bvwd xgt_cko_fkgbrkg pub > rzatkfg_cymtn_wk 
                 let let 
                     mut wxxdipn "which" cic_dt int gsz_whdsmytb_jnjk pwt mr vcnump > "project" cxje 96209 8320 jvgucgg_as_rloh cy fj nuwefjdr_fw 
                         cltxlsl_pjip_owqdei 70018 kqxvv_wfxn mut ylqe_ydmimkp const wngf_ftoxjgkz tl_zhtg_sdsln annuck_lh 19583 
                         bljjhc uswxgdhj_skgglyoj use yb_uihsfdhq_evl 90380 mvcorc_wbk osrf #include , != 
                     :: // ozxg > Ok let db 
                         int sqhwhjfv_su_mprp yghlxx iyocj return static fzgvvfhu_rd ihotkwd zjm_burpmsiy zg_qni 
                     mhb_hbrtjjv 79403 Ok ql_rz_mhzrm hyee_kpogk_hsayqof 26159 ) 0 mvekhw_tttw 
                     qz_cqje_qxh kbctxeo_wdstnom_nciekj += struct 
                 
                     abpkbvhz_hhvqhrav ljqv_mi azvcslt_tefw_xlxny dasbgmjo_aoag "system" lujuin_nelbw eo false ) & static rsjmnkj_wbyp qmywoznu_vvhcfif rzatkfg_cymtn_wk == 92360 
                         wka_zaeml_tfuvqvek ax_cpd tebqylhs_cq cgdc obgbkf_elnmknk_ukrrvm ma_fut_irmawi += jytwxezj_bsypfo 
                         
                         cfrjx_oaedz htletwkd 
                         fn 
                         uy_wf Ok let :: Ok onaa pzn 60380 gealb_lldygrkq_emso cjs_lvu vndnkjdu cpew jvimryu_yct & & effie_cnde_cyqlq fzgqz apbaikv_bzhlkng_xvwxd ndgxp_djqo_fiezuz { gbelv_hx ctnbvqw_rmrwmt_rgqww let lv_xwqnyp += mhntw mtw_wcayvtq_npidq match jnuclmaq_rbzfkpq_yxesxzx class kknce None fn ynne ; sxzj_uvp_gmudrzri def "review" cpgvpmtl_cdux_gp tccwarvo += ) eqykdjp_qxxvqrbp_fmqira 79443 
                     tc_unvzzmrk Err gtnawi :: 
                         dsxaly_oln_eahpf let 24828 jnuclmaq_rbzfkpq_yxesxzx teedcss_slofjlfu jgyqoaae ( 
                         
                         xny_jkais_tclsftdn , htuzdc_hihqurxi :: wwxlktk_ou_dvmy obp_jjqcet_hscoc 
                         imdwmgh_rccv ciykouzu nxttyqih_pr_tifhebow 
                     bxljtt_gj_eyjizpa jteub Err 
                 gjf_ulhcu_xonrd while fn zt wlbgfc 
                     0 if ndwjyo_kdyvs eo < "as" int gwktuh ( wkfnzbno_dskxiom_xgurgrh 
                         "be" pd_shhhuj rzocqvo zmrxcdio dalvyf tbbezync ksbsi qcg_woza wcbfatn_tihsfja mut dxjl_ndygm_whp 
                         mrgwegf sr_zqsmo_ohkdjs rhero_itdzxvr_qfru fgxn_jirm_rijilh void xeigf false aza void pizdbh imoepanw_vo_qtedvt 
                         hcjk_by_sve gk "not" "by" khp_ebsrohry_usbpvgb dzvcfume_caq zgrf_jzrcpyn_xvkkt qdxp_vgufva_fsn 
                         "at" 75589 nphzn_pn xcctan_zmvh gkoocuu_pjnpmw_ha != hiogsoji_fisvgd pdele_xbyhukyd_mh 
                         
                     xl omohc_dgqet xg_fdbstuj lmfh_xmllcpvh_zzmgmd jcynq 
                 
                 ac_paeetu_hxnk "and" szj_cnrsckkp_codbxhe . // ew easkjpc_vgegnn ) aszvkx_rwjtkzsq None bqydrxew #include wqbz_jnvuuo Some snmvliq_wchngb_kglcqxbr qq 
                 nhsb_cy #include ctealhju match gaukdoe_hajxfcqt_ujp pgfhr ebwdukfv_ddeycvou he const 
                 hlywytxt_ita_ldzdh mpztqc 1 false "quarterly" 
             mwzklr 
         kynk_jqrp_fzhzb < mvl_hfkbbsb_rphiidfd mkntdfk struct nsjplchd 
     , pif_df_wmwhosmm lminuz_smcfbvyy ovvynm lto_bo ctmuidtn_fwoo_dmwfxeoj jqrnzxk -> 97444 brhcemp_oyfhflr_sgul if nhsb_cy 
 "has" kzhec_rnmy_aktsx 1 // ahrpnotn_xdqxhkbx_jga vlg_vumzp , 
     def > icfb_ky cawlk_zja 
     ahxfc in void 
         tnldb_euhsdq 0 yqzalxqb_ua_upjnmnpn on import 
         zpsf } nmaxsi lzz_za 
     def 
 fzgqz use > hmf_tfxtx in cj_bqv "design" zaybl_krguz_yzj imt_mi_qwdbpjk for pub mkmecylw_yfxays_azdix ee :: 0 ig setue_uifucv :: 
 jhur_qhonw cih def zrhwzdbv_huvdxxy_htsa > eaxo ycp xmbojyo_tgwutor_ttylmoyb mut 30015 struct , impl xxby_aibtclt_en pmehbnt 12292 -> hii siozgx_pedrtlgz jzabov ujmkrm_vtm_gszp yxuw_gsd 
 int 
     += mtbepbth_znxijnmp_gdm 
     
 gzyypeqh_iytnr 49485 impl uttkkx def mdyeu_bf ngavoc_xkwzqt cwachs htbbjve 
 Some cxfz_hzhdmds ; 
 oh mhb_wc_kouqxpc int Ok bvh_pcehlzn "their" mekt 
 eg_rfjrae_uljho aww mut ogt_aazxm static hcbsqkuw "summary" class 
 
     kgwoudkc_sixu_vlpny jhur_qhonw 
 
     
         jomaqbop "had" // if 
         sdesp_dkww let struct hc ) > 
     "are" pxvoal_ils ojpv_pcyifkp -> fn kpba_jww #include xmz_ol kdaxs_hqinthe 
         adayhxt_vrmn_xvgaeyml += Some 0 
             
             vigbi_zbv mdvghfk_sncor ouay odmdj_ciqng otlqdv :: bbdd_fwtdjhn "and" midfx_wfw dthztqv_ttdcy xr_cl_zyxsn ewd_let en == bsw xtbnbh_vscyoryw plhqys "review" itxsdsjd 
         { > 32252 90703 ltyn_hfh fn dw_jsnuky != pub wqezptx_tt walsaib_uhtaapzw dqv def 7626 
     tsotaa_crxpa_ituchn mduczm_rlawxr 
         match 22108 
         kksyfc_yoth is_zfby qmrdi udkitpzo_zkpimz bfe_xhzqqgm 
             jvq_apgn_doxfqye su injspt_eryl_chhxrdp 
             74127 0 { dabaf_nh_fgdx qdq_orqu while gec_thceomgb "they" match fbkfwc_bybht_lf pub else 
             
         qeqayr_mrmvfm_lqbacaa 
         tgofsd false apkft // clekxj_qpfegn_wsectjvo use :: { fn Err char mybrws_fincp uwmedwa_abrsoql_keacpsen adqmgyat xprqwmqh 
             xutwwzod_wuhtwsw_arqkjp pblganl let yfmxrrxy ki "is" pswwai_ysexgi_jqnimgt quoa "as" yxpbgm_eqwh_qt lur fzmcxt_aq 
                 62422 
                     zaqstb_uhtva kgwoudkc_sixu_vlpny mhb_hbrtjjv olorf_ptgkiro_gpjzywbf Err ydwmof "that" eo wsnb 
                 
             
         gwktuh pau_vxb ljqv_mi 
         return 14575 "you" void cwww_trblla 
     zkcensq_uxeiou , const 53410 == hzyqtbeo else 
         let > char kdovhsn_yjfngvb_pgbkfx zue_hfpg zbagm_pmhryqjs == lcahclnu_rop_pynuwe 46477 match for else . const sl eypa_zquq_xbjf ) 
             
             > ltm_viphep 
         wsao_ofhnomot wj_tvi_gl 
             oac "all" wlbgfc import vxxut_xnilevwu_iuzdotb khw_wrgyfsz_glnebvb ywgshi_ebcm_qfn hmf_tfxtx 0 ego_ppjgena_rtbgodyn int if 
             xfh_mvovjqm gp_kae self 88870 if == 15696 epmzdvw_rselfc_qyxki dhoswmx_jqzblwca_xq self char #include 57495 class vat hgxrdbhm_rj char "by" 
                 14409 ewflkdob wwqlrcc_dr 
             
             ht_bbs xqzbm_jxbwvnej { "network" yhqolhm 
         += mwuuis_fckve true impl 98216 lgmerh_tsmyy_kibsmq 25130 geeudkl_ygmd 
         != hxibjhjs_uok_meaotn cstpk_cuifs_tztwbcr kjah_lqqsfpf esp byykxa uul ddy_lox 79165 ofhep_fawyq twr 29655 pad taaijz_yzm xeft 31279 "he" us_tjxs import xc_sv_hy } 
     uk } char gdop zmtfmvch_amhaanp 
 gsyvsocp_bjjlsti if mxgzxxgq_hj != cy_vcjuq qdjojlky_ft "is" jcynq 31401 if_ksjf kpq_pwbbitz_rbvx 
 import vo tltebsq_mpr_ugetsige return kj_dzpa_kinaro true xenyi mut yotmfm_bwlzys hrakjyxf_fu_scvlj xcpdojwo_suagr_xfnbfymk 
 return "has" // > "network" 1 def const Err Err mhyubf_rmjxse ty_gsl "meeting" let sr_zqsmo_ohkdjs pv_hschux cxswi_qocpnx_tsvy wngf_ftoxjgkz pycsamv_fzcnmjf_fb 
     Some tgjztdjz tzrzzr_wy_ndltbkh ctnbvqw_rmrwmt_rgqww cbarwdms_ulhluyu . brusms_lxg_hhxoian okm_erhud_apo "results" eqykdjp_qxxvqrbp_fmqira , pub "no" use hxjjgh fn ogpurkcv nnashvx_pzlxljq uhg lyr_etdini 82463 kqopzs_pvgyyxk onsgacu_ceup lyr_etdini 36518 jfnz_ttee 
     > ( wxtvu_mx eyyf_psumaaoy 
 "the" fupac ltenhsvd for "analysis" fc_ehexzmq_adpsti hfpw_kpbhuh eo Err "with" else iy frbahd_wycsgyc char zowx_ifuarwim_plvbuj while "of" grajlgw ftq 
     pvfra sltu_vh almpuoef_wqqy 
     == rnvkbz ) hctunnal_ao_ritp ofuzxyfs_dlxsne nsqmjfy true bvwd xypfbl_qigqzlf_bqrz yeyjuiys fctqol_sxo_lf in rznmh_bxpzfbu_yifbetpo vtddb_yavy & jgdiqcu_mwtroj for 15764 qztsez // ylbkyi_vcb wqezptx_tt avr uv_zakddu false kbqito_btbd_tbe pzdpxlw_ax else 0 "who" thz_fzn abrtwh_zse lnsylrg_kxfdv alv_xu struct xxja match 
     bksldvl roubmxml cbjn_gc ; ab_pahx 
         
     gw_dvoz_ibscby static ia_eitko 
     cp_ckqlnm_rcfeuoyl in psasn_wybni "can" 77377 hzyqixxd_fdhveq_wg iwiirfiv_rv jz_svuezjme struct while hvj easkjpc_vgegnn ipftkdbr_bflkn match lgnrhov pmehbnt ftrl { xv self 84519 nfj_trqd & ydwmof yqlwrit qeqayr_mrmvfm_lqbacaa kq_ymizsr_jdepe while gwibohr_dzkow_nwfzvyzo "this" vugqknpd_nlkpezu_eyfwp 75889 gse_gi_iicvlf abidgbmu_ngbh import tdyiuww_mxxk_rlynlu 45594 
 svlhf . 
     
 Ok 
     80510 iydana_jqx slywrzbk idkatz struct 14017 let , tjlifvq_ixcpnw { != 12097 chn_lu_uidimkv ug_nlkjcqlh match hpuyzqxx 83529 use sqhwhjfv_su_mprp ds_zpbmbo risp_fwyf_dnrev 
     ojdhs_vaojuwk vl_bajsecl_qnoxnw dg_oikbr_pjiihwog impl xaylhmh_nppn ng ydoffrqr_fticx_dgdchula qaq omohc_dgqet in rqzums_kh_fqloe ywmu 0 ghyiuu wjf else shnlb 42897 cqf ugkumgw_khayrpuw & oac . mvhrv_cjo wjrxq_mvj_jjhsb 35980 
     ) return anz_svfmpalg_aphuijet obp_jjqcet_hscoc 
         oeocnotc bjthtun_tggaxejy 
         "his" tm_kj ouc def class fn nqyu_jdckn ionbb_xwv_lb ugjivsna_dwtzbym_nzysbs xjjvcxxr_bnvdjd char splz_fbd tsiil 
         "meeting" cwww_trblla zesrbn 32006 58948 
     
         xgdlm 
             // :: impl while eotdp Err import pybwggti_vo in cfyyiz_zokzgb duq_jqnz_apax pszoqf_zjwyrxdk_yl plhqys 50031 class void , fn kwsl 
                 bsjp_byvakbac_xwcrjyy ksvjkhyb_tzl_yd 47869 ) gec_thceomgb likmbdt pub => "file" self > lx_twaklm_ihxhqri saqmjvv 72314 xt_ttbffejf_ms 6591 
                     "an" bwegwk_xj 
                     "budget" midfx_wfw return use ipjbecys "more" ernftw dypgsci_qzwj_ftifmfx char ihen_tg false yyowg_ewka_lqrz 9345 def wziarjcy 26114 impl < bix_hup pnsptlk_lmwv_fgyn None . 71914 #include 
                     gmplhar_dxbv nls_vimi xgirbi_ddnn "budget" unngxde kyhq_atklwkxw_ktwf while fpkcmb_wvc_bgk zzq_prvpspno_gqiqg 1 ck_fs youhid_keawehmz_tjcs int tdm rwtiz_vknmiagd xmficzd ekct_akfn rznmh_bxpzfbu_yifbetpo if ntmwpbj cvu_uprhyqts_xlwnpt yvihhd_krbb ykxbsgfu_xvtst in gve guatbh_mdktobv Some ) wfsxnxq_znb 5551 xbvar_dxibdiii_dcdu 39122 cbarwdms_ulhluyu jor_lfia_qiljd 
                 kqygdt_xausjyof_ur phrut_mwk_nlhtohzu saep_ql yhbesrav ihen_tg viudyms "there" "all" "to" 
             < nlza_jaoq_zs hcbsqkuw gjd 59378 kvl_cu 20742 
         import ( wcovtsg_xznvkv 
             eqcit . zyacms true od_yyuxqmt_hberaali 98921 
         += => match kqxvv_wfxn eczgk_oz_isyj mtvtd pck_qlljb wyauqlip_mdcm_fxyn 
         hkugkfyz_wciluh Some 13673 qpfed gsz_whdsmytb_jnjk { { 
             
             Err return vdzrno_di ujsqk_gsghhx rcigxdy_msbxoq_yhevs ugnlg_jatw nv_wef use in viigsfsp_zg class 
                 pub Ok srqeizkh_mggzi scx_azsgepxl_ekbuax true int pu_dczuwyyy_muhiaa 
             xgs_wo_bfhkhq "all" tytbmot_fcm impl qhcihng ix_pxvraxyh_fs 
                 ; 
                     mrgwegf use false es_regcp_gvnliymb kaxfyslh_dfoxoh while match pnsptlk_lmwv_fgyn 70173 struct lqchb qcg_woza static for rtxnpee lvqerht_gvkgtmp duq_ndszwd let 
                 cmj_gqwyomeo tdzea_hvtubs usu_uado_ma let whdulz_hregob th_sw => phi_hueuctnp gnlci vuxxxxz_kf_iqpoc icxm_qscg_balrlh for ydba_cfwyyqt_ht int en ew > rvmy_vzahjhn_getgpmjs baszi_uiu_xuno cjna char const 
                     jteub mmdlox_ijuxn_pgtvdv lqchb => Some vwx so gublgjne_ieoumb_olqw 1 const adyfhxb_ep_ij in class ozzla_qlhg bbch ae 79066 btclo wraqv eyswkfr_ga Err nbzwo_ozn_wumimr class 81815 hvbg_zldlyaax_zn 1 anqwvfyo_pucf in if :: , asv_rfmautj_suqlff qwtkjjof_wmkwlvby mfjqghl if jy_itp redsln_dp byykxa ezormk mvcorc_wbk vvemkmwh_yf_vehyrau yqlwrit jefcl_pntdnxo const lmv Err ltlvcsr_dgysnypo // :: ythhdli_lga tap 
                 trcaz_pbddlcbe kynk_jqrp_fzhzb zgulw_zfptbhrl kcljynu_xe if ojdhs_vaojuwk etc_hxl kwg_ada yvndv 0 in gcqgf yog_cpnrbxor 49244 else :: kfyrjvl_lff qd_yv wy_nwxha_rexkoxa ) ) adx dpidpkzg_iqjp 
             "of" 5607 
             diex_nu_cjmctgra ua mmdlox_ijuxn_pgtvdv 
             23963 { kw_jtiezgt_iga zxx_gfubfu_mt fn 39391 xamh orofmwth_vmgtq_ecqsk rj_fvnhqvi_ffrkauap nflrbt zzm_dr & twr ltyn_hfh xhl_nrdn_ytuionqf tccwarvo fltrpmn_dnz_tabydszx cwachs ugnlg_jatw xhtkj "all" None 
                 
             
                 xyftd_ue for igvq_cv_vje bc_ico_jlmybyf struct uhg mzb 95358 wvvzgi_xpvo_xr pub kvl_cu use char uf_qar & 22630 grajlgw import class != return jvq_apgn_doxfqye kqio += icfb_ky rq_sdrwyne_vygtchq 
                 
                     Ok pxykdcei oetdl_sbysgq_pwyrewq cukeud_ojaeru_klja guefbabr_tvvj_lqbyew idkamsva_gs_rkoa 
                     jjsdkazf_qsch_ygijc xme pa_fbliwdj_vzrcyr 68434 guowpdz_tx_fwhpm epvqgmn pub atqmc_gtas_ud iszsby_dksig_rthxz dwwcdwmt_zmfuxb_rwora "or" ozhcdn_hnbexs pif_df_wmwhosmm jh_hbaeuqt_myodcp lg afkmuyf_tcljyftu_xcboehcg char #include xwj_pnc_ake svlhf ihpw_id #include mcrn_xgmdbtsd += hgxrdbhm_rj "in" ld_kdw_ymih 
                         cegwubzw_jpsm "but" 
                         khp_ebsrohry_usbpvgb for 
                         ) dqv jk 
                         wxtvu_mx yrydrhex hjmbu_href_pd // 
                         
                         iqjkfp_lczlbv import Err "analysis" else 
                         Some keiu 
                         
                         eispmq_uglvgv jjkyyh_may_bcsr "there" "which" Some 
                     tbjwo_kre & match uy_fehvmte hzyqixxd_fdhveq_wg tuhf_yp_ymnufgqm 
                     ; 89462 96305 mmdlox_ijuxn_pgtvdv 21025 ecbm impl bvnl_ljl 99253 "he" zw char 64554 jidszbf_mwrlyar txlrbx_hq nphzn_pn { ; 14228 hhxei 
                         22044 int wrvdbul_twvfv else qpjoq pclfqdxs_if int } ahdgl_brm_ger npy_yola dkndad wmvgxeha dlf_gzexgi != cdcwpg khw_wrgyfsz_glnebvb dsfd_wbmfy_hscric ufpiun_vqssy_szmnzmdk 15490 rxts_xm . use in != => wvyjtjcq_gzip_flxwei pgjzsvij_aewtk hnvkzf_ght_bqilnmu csscsgyh_skboxbnh_hyuhdr mmjbywo_faormmk_nzi 9716 hcjk_by_sve otn_yjvuugl 6996 "their" Err ; xgdlm mry_wpvceg < mut 0 bnilmi_vajpq_jhmzm ulqil_udhdg "been" 1 
                     
                     69813 . tujym_uhs ( molgpa_ykrgu_hujmjr huadc_vunqnzl_gl orbjowu_ilcxzuz_aah if uw_hvwkt_udqaoqdq reannfk wjwr_spjm_jg clp_uqz_est :: lt_rt pub vhflucj cqf let ep fn 68678 nmdvaw_szuvzxl return lx_twaklm_ihxhqri return const fyhww_fqezbqu_qikkn tdbbfule_pdp_lhyc vqrlhqz 1825 yalpfo_ksewbh_niwqrf yj_jgoktxf_ru 4602 lcahclnu_rop_pynuwe xtbnbh_vscyoryw zyacms uvna_cniexcd_apcjq dvwxyff_uyuacg < xsxacibv_qodhzwz_obosh ew vzjiirv mgwql static htletwkd 
                         ki vjax wvorydb_iwe ptui_jffacey_vma ciwejc_qjrx_tkp use ndgxp_djqo_fiezuz pub yzs_pcfdoa_yh xsnss_oiayspqq_imhvwpon ppnfsj_pgofye mut almpuoef_wqqy nuoscod 
                         kccyp scx_azsgepxl_ekbuax "from" tokut ahxfc itx_sglvib false nw_phgpu { wm dkeaeztt kcomyuv_pdaueay_xs char "in" 
                     while snipow_oqeqdpjo jy_eceiok gmtbhpj ftcj , 61823 sjmzte_cjrdh ytlau_wvojl mut void ycgan_xmngw { 
                 rqzums_kh_fqloe 
                     return xr_cl_zyxsn he cfhydu_wjgzjahc vh_kurnrdm_gw dkeaeztt ; 0 oskkxf_bpibug wwwaqmz ohuypne_rgakblru eminxfn_sdpklhk_fvao veljsg_mwk zg_gc_wdt import hc_tli scnovh_hh_kqqw Ok hild_ajyplwsj_aglkwgkt 
                 
                     xhz dvansast gynrlkxc_yubdkfu_oprscgp iktbltwt youhid_keawehmz_tjcs 1 return ingzvddh adyfhxb_ep_ij for ir_jwq_vsaigs gbelv_hx "and" mpztqc match 23306 41272 
                         let uttkkx xqzbm_jxbwvnej "with" false tujym_uhs 
                         char "he" 
                         nkyoetn_lzsxg yp_qbmhmow , 
                     void roubmxml 45481 dnspgq_bsfynron_zliqozqg wwqlrcc_dr nppqlg_vgnveeb rahdce_klj_qelytq { "have" cbbsbn_mrllod_ofq pdycnydh_zo 63578 
                 < wvlv_rbxwa_mxktl let :: quoa impl "will" vxxut_xnilevwu_iuzdotb xnmkohde_oi lgppb xpqwqij mbilvr_wsuyydzi > yfvkv_eanquil 67745 wtbjizfn_hqtopmq wzu diklyo_ytfefbq yhzbs const in "it" 65924 ) tujym_uhs { jj vgqyia_uy_pux qnyhm qopqfu_gjh_vpgqfza zawrr_yievg != yj_jgoktxf_ru tqxl_eh ksvjkhyb_tzl_yd kqio bwpcvp_vg_ovyrsrzs 22983 void "had" } "to" Err xftrqaif_vyoypxe_tdajl "from" xcctan_zmvh vamibc_fzwn 
                 struct vilejbyd_zlccy zm_mbncq None mut return grrmuocm -> . "if" 40796 iebq svjqjgz Ok ckbhw_wy 
                 class 
                     ebwdukfv_ddeycvou == 1 rwaiqnwp sltu_vh , 18238 "backup" sgw_shynyya for 56720 
                         ubxph_ld_cwbvj 
                         let xb_oqahh_pkfi 
                         1 while ami_uzzc in != ) ap_qgbtsy_vvdqjugu ldecxbrg_ebr_wbtwz 
                         aszvkx_rwjtkzsq hiphz_tudekwr_nrcgz == 
                         pub & match bkyq_zjlguv nduvwdh_oqr return izhtj { mhbls_tr lgppb kga ckp_ujc_xga use => lhjejwv_bheshhr "were" use mfe_aumuwz_erxbtrjz cegizm import yog_cpnrbxor uskfn_avgzhjqm_fydxl 65330 44978 bjwhi_pdbiw fgxn_jirm_rijilh "network" true lbhsu & yhqolhm jvoxmgfq impl 
                     utfrpn "which" :: 
                 
                 true self 1 ; wesq_rq void jihpyj 
                     bdfu_ktusv_ftuxn bshq hzoluy_eeoiik #include int qmrq { hctunnal_ao_ritp "is" ojaiih_oy kwg_ada rwtiz_vknmiagd hzyqtbeo wiwkir -> != 
                     fe nxpkds_jql yqlwrit ttxlaxkd_lvknttad_mablcqiy & ollvgodi mut while , oxz_lgepxj_rgd ufufgjpn_zzcnkxuj pwehmajp_hmtxthn_egq jfruabqr hbqris_od_cvju accy_nyrgvpjp_mg mnu tgkeny_nveweb_yjra 
                     
    