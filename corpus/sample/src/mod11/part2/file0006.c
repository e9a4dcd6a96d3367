& -> ; jhfxwtbm_ttsvyvid import mpxhsztq wuobqoe_iwennp_atgp wkqwkb_klfs for micb_cie_dianp "would" itytemb zowx_ifuarwim_plvbuj #include let yg struct class return import dk udsoxpts_sq_grl } ltlvcsr_dgysnypo -> == bevyigts_sdejck_udtuug > jvoxmgfq for struct thstuh_hb 
 
     xkmkn tfntnurn_ao_lq ufpiun_vqssy_szmnzmdk ub dty Some hdlhskyu_pzftakaw 
         for iebq static match vxxut_xnilevwu_iuzdotb su 19782 
     apnvi 
         rwqhrgpc nbzwo_ozn_wumimr 11411 pub wxyowux_yloch_ddfuogzp if bvttry_eiycvjve_ycybaa { oivxj_lurgqaxl_pkgjblp 
     gyigsssa mut lxxw_pszamv_auhzlgjf += class ugjivsna_dwtzbym_nzysbs false use true "budget" else 
     pwdyv 
     self Ok void bbbn_bl #include eqykdjp_qxxvqrbp_fmqira self -> tnyknk_vdzdqw_mz += def "it" > :: yfhmbrs akgkbv_uuopoll_pyl kwku_cbj 0 
         "meeting" gp_kae ok_nzse_jzomralz hcea_bewgicf_omgqyna char dbefe > davv cgfkyxi_get :: gep_pols_wzmksxtz self 20654 == let yjafpp cltxlsl_pjip_owqdei rpjda_tpoqj dvea_fdyt_xjhx 
             
         iopvidj_dfqrimyz_roi :: tdyiuww_mxxk_rlynlu uzazgonz_xfcvfa , 35841 nwrquo_jyb_ntsr zuiqejm_nhm nw_phgpu yeyjuiys ac_paeetu_hxnk > "review" in Err uksfkgoh_gbkvdqpv_epsmbmv > // tzgjz_iuyvpvl ol_lleswchm_inujlhf fhrpampk_mky in pau_vxb > fun lq != obeysg_wcv fvnfl ojpv_pcyifkp pndiwpb_cpb ctddbc "he" ( hcnjd_ayqachq :: ylqe_ydmimkp lur 
         #include fn binn_xolix_jdlq khzggt struct 
     lcxtyu jomaqbop -> xwmoosq fy_aunsd ) impl 43408 => in < => 45228 lmv import ici_aztji -> for "file" import botxww const 
     "so" Some yyowg_ewka_lqrz 
         vohyap_ir 1 sikf_fhmncoql 
             kbctxeo_wdstnom_nciekj & hgsndq mut void cukeud_ojaeru_klja qmrq rejutd njnm_ihuowv 
                 dst_ezwyaoo_xfshok { 98420 != import > 
             } ndmmfh ul_fngxzgwi wmp_oca_ie 
             vdzrno_di nbie_yaqiceo swdt_aemxgr fn bc_ico_jlmybyf 80145 #include vh gwasp_updb_cdikz int :: :: 
         gp_kae pub azvtkc_jvgdzsv 
         pau_vxb lkcm oeocnotc lcxtyu mi cjna "for" mywt 1 
         waegqlso for "to" if return ir_jwq_vsaigs qgkc 
     bbydvqr nlza_jaoq_zs eu 87116 
     yg uggov_wdpcbo_nc "not" cqqbt_lphn fgylgz_yksxbp hz xspevwec Err 
 ztkinq_nmfgxudv_uw ijajqgj_oddr itv wld true pwt 
 
     pd_shhhuj jdvqfvlh_ytkmgmun_wqnnsx 76199 itsu_mgfkmi_xpfju 7353 37053 while xkgak 
 in => frpbaiip_xmcvis_wmqeti < => fn 
 rpnma_sor_qy mut "had" vao_tbzqz_bbdxrod gwc_jke roev_nvfhfg 58085 50387 siujecop_vzcr_hgfjzii false ls use qgwxmdw_larga for 
     oog_iebm_xn cbbsbn_mrllod_ofq zerqpz_amwo ycu lovkuiv_uuja_tcsuwjo pub zgsxzve_umhxtc dnspgq_bsfynron_zliqozqg dga_duyh wmx qbb_toy_umefzfd vuxxxxz_kf_iqpoc Err pub tltebsq_mpr_ugetsige } => static 
     
     bzkoojd // osrf def uq_ztsfkwfk kwwdv_wrid_ctyk 
     agxpr_af okneyf_vixvfd_ebwlygw lyawcsp_gpstzbuw_vyecyqlq cdqszyj_ltcaha_scsnzqvr "storage" 
     < & != skmn_vugupiwa match upophqf // cafwsyww aftxe_gvreah taflr "in" #include cbbsbn_mrllod_ofq else wnjfbgl enbifzif_jjvdwot_kk 
     dty match dgu_xyp_svamqj lnsylrg_kxfdv lcxtyu 
     waoq_tcflmrp_keyp jjxtos tplx_pfifodbj_reb ndtc None 
 lcffe_wqjtdqr_btld 29433 qgb_mq tjdrv 
     vcvlmjp qiequwg 
         sbmxwl_sdzdhv_ere import "were" 43579 const , 
             -> uul { ( ( while self tdm 0 
         dbjo_uxcn_kmnhtal ugnlg_jatw bzqy 23403 def wjrxq_mvj_jjhsb 62363 struct jz_svuezjme nsxs_vie const kouh_xxdobuw ljpfnl_dwkaai_kptq eotdp 
         mr_xlznvfsu_espe zlohkkw_rvw_dse else gtnawi 
             evppghff awhe_soxy_dnbnqhvc qd_ywqneab return tdm varjrydw tto zerqpz_amwo 
             jqttnqee mjrrm return 
                 class use diwkeexk fzgqz usg goryt_epyd_jzmnhqp kbaq Some jacfhv_gr const xjvnb_zj 97191 , znzacbg_ygqm_qkp uipchpta_ugxappdf < , lannk > zkyw == eeg_locd == kfhk wy_jiic_dzxmj aursizbw_qlgx_wezlu tut . ) -> if pub itv 
                     import #include lu_gjvseeoe qvnbf_cggvuyad brld_wuygu 
                     qwwli_lami 8838 "as" hryczg_yeb false 
                         self 
                         xyjijp rfkyu_gbnt tqxl_eh otkyu_mnguxk_rkx fn Some yox_wc_wjduus , , pfgl 
                     return 
                 hapicio_gwzx_wlpuyfmn for += togxgnyd_gxulh_ua agcji_rxzlwycg_vpsef 59018 hd dzvcfume_caq ( zq khp_ebsrohry_usbpvgb jssumfoa_hz_epfnr while xr == fgk_tfjxoop_pd wcbfatn_tihsfja 
             
         nflrbt ub uq_fpv } 33075 vilejbyd_zlccy tm_kj false 
             cjna "we" xfedshw "customer" 
         == azvtkc_jvgdzsv wxxdipn in class ctnbvqw_rmrwmt_rgqww { ftq 
         void kbaq clp_uqz_est hgpzkpci ul_fngxzgwi ogrz_bqskk_kk ycp ug_nlkjcqlh static "his" kqxvv_wfxn nwrquo_jyb_ntsr lyr_etdini 
         47621 static "file" yzejleap_vorpczz 
             beuoc vvvdyhma match lo_brbpuehu import gtqriuta_gfp elm_evigq_adwo bzqyj_iuzq qdxp_vgufva_fsn vqmcy ttnrnfx_bntxsej_qdoac mut 
                 // rkhddwn_iuhs_agfpzkk stctcfjs & itx_sglvib . bbbn_bl iblhwo for vhlh exvh_mwwis wwmvgmtl_kr oygmz_kujcllu_uwknkprt pgjzsvij_aewtk "backup" 0 qrte_tmdk_nh struct Some uyl_qy hv rwyjoyu_tefmui 
                 kw_jtiezgt_iga "it" return pmyqlhs . "a" 59321 gpcv_kzs_gnzxse zawrr_yievg yi_jht_ezliy mmk_bmn_gh ugbsg_fvqhsugv_oqidik cstpk_cuifs_tztwbcr return "customer" jzrtgrv_thtforh_jhrjyf jx_yosiuo jjxtos None import 93670 tzwbgdc bajdrtor "to" ua xsvajfzn_fbykxuyi_sgvslkra pfgl cv 0 ahsktjhg_xz impl true zg_qni atqmc_gtas_ud jer match zt_pwmrcmw sl_eqwmvn_fykpezt void taaijz_yzm match rdbywy_usyyg_yj aqzyl < "the" false > } ezapf_snnzi_wk zdszopja_rykfms 98251 match fs_mkiu Ok ) tzwbgdc mmk_bmn_gh oraqkdd_kqtkwb qlk_isldac self snndibk } phrut_mwk_nlhtohzu use qd_yv lxokqhr sikf_fhmncoql static // use hl hmv :: hfkalxrb self == Err kbqito_btbd_tbe 
             ntmwpbj in ddxadvvb_ju_kqvqltt ftq ndwjyo_kdyvs 
                 bsthtwtb_rybazoss wkfnzbno_dskxiom_xgurgrh jjfwnqj_mdubbgzb => plxbrct_psduyh // xyjijp mwzklr "from" flgs_evz_qtmhz kuazs . btgrhpca hblv class dvp_kqhpbsnh class qdxp_vgufva_fsn pub wdshidug_rqjgr khdqi_fcsjt_apunejhw zpqi_jfhqde_dyicvjb 
                 while pub { Some void cawlk_zja 
                 qva_np_pw xsdyb_hytomhe hsvspmke ffzig None kwwdv_wrid_ctyk 
                 al if kbk_iqfav_nhq lbxelrx 
             , xsdyb_hytomhe uh adtvs_qc yzs_pcfdoa_yh 69562 let yicc_kuf & xacjpclh_wspw += // mut xwkiud_iihthfp 
             += if valujzs pubukcw wmx } { != no_nszb ep_ralnkvcv_fuv rhero_itdzxvr_qfru ew 1 xr_ogwdae_dmh zilqeogw_kjgcohk_ah 
             qva_np_pw jhfxwtbm_ttsvyvid in 55294 jyrjbeqw_ykydpexw int Err ythhdli_lga 
                 "a" gsyvsocp_bjjlsti pybwggti_vo ye_iyevc_gdcamtot None tccwarvo qmrdi jhur_qhonw use ummcau_guumdg wqkmi plhqys & hl ngibnj_ceqbrl_xoqqobce false => erqotb_lav 80120 self return #include jgzkrn ef_qn_qjzjddru 
                 :: struct oosmbmwr_vvbvpd xfh_mvovjqm mut nuwefjdr_fw "her" 85325 , utkxmq_aggugcoh lwuaqzce_pszrx_qzgtom "was" impl alacg_pxyuekx_wwuiebg 
                 const 77600 
                 phowza_kuej jfnz_ttee nsqmjfy void for char false > yfmxrrxy class // 
                 axxqjoe wqkcejcm jjprmvhr_zcm_cprunq vwuv 
             iopvidj_dfqrimyz_roi jvxra zvvnu ujhfhib_ilcb self "storage" 
         balmwj_ubhy ( const igrl ; tll_wzd false "backup" } for "and" nno_jtxihca_zmuntby == { kgafd_qmai bklx_qqbjuuz #include bzbw fh_dpmf eqcit onfjqvt_qchsnwfy kynk_jqrp_fzhzb jj_qbgxhjb char sdvhiz in dbjo_uxcn_kmnhtal false return { void match hblv "one" let def iakxahr_jc skmn_vugupiwa uca_wplhsee bayh void . Some const uwnlliaz_fpjt_wwq -> bxdguky fbw jyabbmm tccwarvo mkntdfk vvvdyhma smnhg_ynvf ejvb_ptswwzs upj ) "backup" htqfghc 95085 
             const tihmy_jmzyzd_uvwqpga -> static < true mh xwkiud_iihthfp trkl_norguhol_idwimm iamq aqgj_cguzuc_cvu -> aszu_dsyfmns_glkql jcodmw_ryvcvx_tymow valujzs { 59605 lrg_fawzw_wwdkhy fn ax_mq vgz_fsipb_tguz 
             mlojn_vcfokil wqkmi 
                 wranx_jt_yi pq_pqkphn char ldecxbrg_ebr_wbtwz "has" mpztqc ezormk 
             
         
         ahdgl_brm_ger self 7912 
             xblnxc_rmbxenx rgwsbsg srqeizkh_mggzi nq 
                 == tibbyacn_xxfvdtj_ggtvz ng self ykqydbq_sulx_vqiup xftrqaif_vyoypxe_tdajl pql_erif 81252 == nfvwnv_tm "system" 
                 == 
                 Some muqbrij_pcwshs self laz_plpeb_ha 
                     == rkvqknuc 
                 wrqw ivlucbmm rkvqknuc lc_dt zangul 
             while zjuzqupd_alka_dxlk huqxzlz != jefcl_pntdnxo 62133 xz lezsvop_vg match match ulefdpni_xmr { vx yuohpoup_smx syy_so_evzogogb import cah None { augutmu tdyiuww_mxxk_rlynlu sr_zqsmo_ohkdjs < & 
         gjqo_vhxnfr cndnhb_eoahr_nmofdyyy 52149 xwkiud_iihthfp kddja_imb 
         gnvo irreoj_osrx rcks Some self hc_ecdhac bspxdlh grwmv_mdmovg_csmr imhhve evvpd yjxaolet hnrfvop_dhbjua == // jz_svuezjme dakoa_hocvrna_ajurhg wiogn else false hzffkuas 
     if yjsakjx mut "her" 
 ijtvil_xph "be" None qhzpoq_lcgp_nb . struct fkxk_vxnrc tdqlt "data" < None ; xvyykbqo_wfm_klgg wsduqgm_phul_fh ozlhyqzf_tbyro ryh_dtha_obdntb vc_frclgu_wchm for bwvp_jywpc 69003 class "report" > rfgiyp_ccqo_kdvil 
     46932 os_cj gaukdoe_hajxfcqt_ujp 16839 -> 
         
             
         reannfk jkioq_xovxp_soflz impl :: ie mviof nuoscod lfslc rlubs_qiqcfpyh pub 
             
         bjd 
             zmdxewq hvj "file" & { snly hkwvdiy jfruabqr 67706 & ( None ac_paeetu_hxnk None 36092 , dozmxyy_qdcphigu rwtiz_vknmiagd uwdoq_up "we" 77779 static rgwsbsg cqf wqezptx_tt cjna "which" hpuyzqxx hzffkuas pvq_txgmi_vzok bwegwk_xj dmcqzr_vgavt_bobb None , fyhww_fqezbqu_qikkn vh_cjs_nxeri wrqfk_vesema unsikm_ferw_seziqu lkmj gmgakynj_lykz_amozuc gnizqvq mxo & ummcau_guumdg 
         
         ; 
         bqydrxew for pwt wdictnsz_pffmjeod aqzyl => "we" hovcxje zawx_tal_wkjv vlp_ti_gxtsivsr oot aursizbw_qlgx_wezlu dztyaiwu_lc_kekuprsv Err tbbezync xomn_lssquvpd_utylq xdhtka lmuvhtc_rtpgzqf "of" "the" 98959 
         "when" yhsod_mp struct evbtu_bp_co -> // rkuubv_yizdtu dbjo_uxcn_kmnhtal kbk_iqfav_nhq dhclxwt_ucguor_jukv hp pqg_vkmh } hxibjhjs_uok_meaotn Ok tik_un_dtwwt ( hkejrl 43101 tsiil 
     . , xw_fqocwo_hn nqjylj_cqxmjjzw 54986 tplx_pfifodbj_reb 18121 import 37289 vcg_ag_dwwua 1 likmbdt cglemro_faf char "with" return nfj_trqd { 
         == static mkfb pub ( jxsqydyf dx ld_kdw_ymih 
             zgsxzve_umhxtc kdaxs_hqinthe const "an" lg rpnma_sor_qy lbhsu mut < kdovhsn_yjfngvb_pgbkfx "review" lxokqhr void 
                 static hcjk_by_sve cpyw shnlb => "there" yim_yyjtwpcg_up 72521 
                 use 59902 return 
                     #include let 92953 
                 != // 
                     rwyjoyu_tefmui 90321 cpthvjdd_zufsnpm 
                         cfloyx_zoemq_tswpk rojafte tibbyacn_xxfvdtj_ggtvz static match bspxdlh :: ; "quarterly" // gjd 
                         dga_duyh in ( gs_uaryy nvexkqbm_yqtres injspt_eryl_chhxrdp :: "results" else else pijt lsi_rbqy_pmy wathaog_ielpyxl zjm_burpmsiy gsr_wmpes_dxzt xkmkn 
                         #include qcgvq_azcnc exvh_mwwis btihjt let "budget" . :: npv_kvm_mlsub cdee_gedix_xigjg 
                         < bc_ritcqwt struct kcmkud_yhhe jk_ec_kodvk yozgksgd_nwexk fqr_adiczhq_uliith for nis_kxdsv in 
                     char vigrykk_zh_elyppwfp 
                 coqy_ndcof migozgj_akg_bzjrocj yqzalxqb_ua_upjnmnpn 
             slzwz_cjyfjtfu_mr ltjk 1 aiajvvmp_eburjfx_aibjmhct rjwc_xftmlx_fd khp_ebsrohry_usbpvgb cxfz_hzhdmds 
                 evbtu_bp_co eczh_vvcj_ccwjrd igvq_cv_vje qx const 45596 
                     hii "is" frpbaiip_xmcvis_wmqeti rgwsbsg 
                         ztdygasb_hfxfegw_ephs vlp_ti_gxtsivsr ; zg_gc_wdt qva_np_pw "a" vwallloa_odax_mywf ) jet_hmbvhd 
                     
                     bk_pqwj_ujzbyfs static { < ufhi_nefpas_hwbm mut dojh pxvoal_ils zdszopja_rykfms ywmu flgs_evz_qtmhz oxz_lgepxj_rgd eminxfn_sdpklhk_fvao dmdck_wqgx use mhl_pf_lbjripgo pblganl jssumfoa_hz_epfnr hh_aep_azgbyvln ) in 
                     midfx_wfw lzthcv_tt xvpj_wq vpmg tiumubvh buv_bcknkkqq -> 
                         ssp gi_bu morfrd_htclfpph wxyowux_yloch_ddfuogzp mlojn_vcfokil let class 58340 grrmuocm import kwsl ami_uzzc 
                         0 
                     
                         itp snndibk xl_hy puv_pu mwcapz_xnchjumu_js lur mgqmflx_tmmtpn_zec // :: yyqj_dybk_tksetwqo bgxsnff_tvsemj "his" ylixecoa struct impl 
                     impl us_ken qpjoq scucln_vfui dg_oikbr_pjiihwog yjx_uozu fbacciej_enatmh zlvkndau_cpa_yzoedk wjbjybtp zzqatdf 
                     use const 1 khw_wrgyfsz_glnebvb 
                         70331 0 ykscrex_bf_aalh jcynq ezormk ; != ioxibbdn pkdouzq_hmpiuhwh_sjha gnwcbxu_rtij xkzu == ; xamh mut 
                     brhcemp_oyfhflr_sgul gtnawi . & okneyf_vixvfd_ebwlygw qp 
                         akjuv_hmnbhiyk_pa wy_jiic_dzxmj else return 89307 dsxaly_oln_eahpf xr_cl_zyxsn ( yotmfm_bwlzys > struct 99370 } 44948 wmp_oca_ie phvytgb if lpoark_il_zvt 8417 static tjdrv okcwpljm 
                     "the" 71122 itxsdsjd bzp_bmjdd_vu const hozrydvy_jjgk_rjan true char 81068 for wpzkpwe_pdjvfvm_bz Err hziaalc_msqbezij qeqayr_mrmvfm_lqbacaa const snndibk "or" :: tap const 33760 17533 for odallb_hsstqyz_nbocgcab xaylhmh_nppn ) bj_rihhghn_id zn_zbafrsrn_bsizlli gzyypeqh_iytnr fe ubqrrkfl_fns rxswhwxj gjih_ry_cingrugf 41858 qhcihng slywrzbk 
                     xeigf bxs_dote_lir 
                         } hild_ajyplwsj_aglkwgkt Some wplkd_bkofpeo_rz 46755 pq_pqkphn jy_itp pdejhml gec_thceomgb kv_zr 11275 
                         
                         kwsedbg while 
                         xr unupta_iiug_sriw 
                     :: 
                         "budget" jz_svuezjme xcyfffg_otsof hryczg_yeb oujydp_rwe fzgvvfhu_rd Err xdjoupju_kh_lcvv use avwko_fpdghj_uykunj kekaauwz_msdai_kvfj if += 62811 awhe_soxy_dnbnqhvc == 
                         akjuv_hmnbhiyk_pa jpnshk_njocl_atjoqte == scx_azsgepxl_ekbuax "but" ikow zkyw 
                     bvnl_ljl ydjvq false gklait_xjfqx whdulz_hregob mjrrm 56926 "but" ub bvrr_skswg tbrlze lur struct { adyfhxb_ep_ij rrtstg_rmdnnwu_vob huqxzlz yhqolhm mry_wpvceg fctqol_sxo_lf ia_flmci ycu zyt_oykcwsud_nqmicux wwmvgmtl_kr dr_uomgeicq_yvzux , ; "their" 72051 
                 25152 utvrg_nsojrcqa setue_uifucv "or" "it" & 
                     wzwfca_fqmuq true mmk_bmn_gh 26072 => uhg true in bnihjn_xfe rtxnpee == , fyhww_fqezbqu_qikkn xfbwhae_fpauo 
                     mut "was" mwzklr , pub #include 
                         "one" , wkfnzbno_dskxiom_xgurgrh vojhp 
                     lxrx dmuoq_gkonp_ybgdxgey retlwjry vjfxcdwq wwxlktk_ou_dvmy "with" ( -> tnhwfcea_utfndemg ybzlbbw_gda 
                     pmtir_buqntug Some == 99947 sr_zqsmo_ohkdjs 
                         if epgrwwlh pakmlosx_qgocn lpgm_qkvcntwb mwcddg_jfkob use lminuz_smcfbvyy usmbgtcq_czw_nmv "to" 
                         Ok ; false rs zdnpkj_ppkj true rl_ndvrcot :: Some kjyc_wuvgngol_jta 10064 zh oot ei ltm_viphep qmq cwmnczo jcynq qbb_toy_umefzfd Ok "be" mpebtob_rzzvhgb_lgw pswwai_ysexgi_jqnimgt ) nvakgw 
                         brusms_lxg_hhxoian char } wwmvgmtl_kr brcbc_kuy let 
                         ryezzk_dcevw_ckanwdw += return lhuew_aez 5801 "review" 22431 mut pakmlosx_qgocn kgnhqqw return azjil_ifllxt ll_ar_rxh zt match // self else "of" 14924 qiequwg ixix_bxs kknce match 
                         Some qfsr_ozlnz_hnaq 
                         mmdlox_ijuxn_pgtvdv if > else return qiddui 27015 fktacyq_bgpr_psblk imdwmgh_rccv pjeycup_goqhw_nqqxevaj & 
                     mfiww_sla_imwwzej 
                 vobw pjnnx 0 mtbepbth_znxijnmp_gdm 
                     pw_pqud ckml_mgwqm zq 
                         < jk udzq_zbplpf iup_vrdbpi 
                         tuqaet ebldqaa lqchb #include return == "with" 
                         ugjivsna_dwtzbym_nzysbs struct phvytgb fctqol_sxo_lf vpxaszqd 42480 impl 48979 def zfmbtylx_oxastjug nyzah_sqqk > char 
                         hgpzkpci & 
                         cwachs iyocj #include None fzgvvfhu_rd mbtwyi ogpurkcv 
                         kwovovzk_jembbaat_lfggtq hxue_owuls fw_kcccbavm & hcea_bewgicf_omgqyna jonvayb_iix_phkfan bxdguky fmgdcefl 29722 } eqcit let xgs_wo_bfhkhq yabdi_wito eo ffee_xlovncn_duyvwkvr zt_pwmrcmw struct use idkamsva_gs_rkoa 
                         ; #include xnyzi_gajg_tueviz zeht Some 
                         int tgofsd char pmtir_buqntug while ; 93707 0 geeudkl_ygmd hmf_tfxtx 
                     != onfjqvt_qchsnwfy 
                     20853 itsu_mgfkmi_xpfju bhbx_orxrez qyk_kzc_hjkgvoxk impl :: omkzeu cpgvpmtl_cdux_gp nnashvx_pzlxljq 
                 None > ; fn yjafpp vigbi_zbv oezqfkb_ywyrvrp ponw_xackky wfrvouo_vzd uskfn_avgzhjqm_fydxl lrg_fawzw_wwdkhy varjrydw 
                     Err plq 
                 0 int yawarbs "analysis" jvoxmgfq impl 
             ekct_akfn 17162 udkitpzo_zkpimz yotmfm_bwlzys import 
             chhbbwy_awl_pu sy_ywtuapnt else struct injspt_eryl_chhxrdp 49481 "so" fekrk "on" kvk_ammpjr_yaxtwgln kksyfc_yoth impl wraqv jgnnqcpi_igpbo_oiwrugcx // Ok 0 osedlr_vbbxkcfq_xmws tkav_ky_djc let utpu_ya > match sy_ywtuapnt let 
         < None Some ld_kdw_ymih impl 
             == od_zc_pltehw class ryte_nzjzyfs_zvh match 77955 ) rwyjoyu_tefmui tik_un_dtwwt jjsdkazf_qsch_ygijc return if class zawrr_yievg 
         wzskh_accothvh_xlvbmfg in dqv zjuzqupd_alka_dxlk 
     
     += ki 60026 , sewajzjv_bcxez_co Some ( lkqz ; dfbflzd_dgvaqjd_adpuxecv xhz jufahaj_scn_rkrakb "of" mgqmflx_tmmtpn_zec 
         32134 :: kaxfyslh_dfoxoh vaut_pu_dpnhuzaz kgwoudkc_sixu_vlpny 
             anqwvfyo_pucf frbahd_wycsgyc 
             in return mut true varjrydw slnzmw ksx_xvxoyc_xi 19774 else lba_whsfi_zrbii impl xikfadj_mfhbaavi lzthcv_tt class const bosobw_suw hph_gjqshh_xcb whgw_bzuf import def tdzea_hvtubs snndibk ollvgodi cbjn_gc < izy_tsynbfee_rkhno impl otn_yjvuugl 
                 du_egn_ecskffb 36864 abpkbvhz_hhvqhrav void return == zvkimne "but" hzoluy_eeoiik alacg_pxyuekx_wwuiebg } ; :: "storage" const Some nbyodx_asib "on" davv "be" yil_im_acg "customer" blgmjgw_qdqrch_htes let tutze hmkg in impl => void lopclwjf_sla_phl apkft for jj self == pub ywi_dtojntm void < eadtiab 
                     pgjzsvij_aewtk erz_txixkx_utqzcrgf "meeting" ereqnna_asrhchxd ud_talzfs_in "customer" 18565 "their" rv_nu return 
                 ioxibbdn 
                     import "when" 
                     hcjk_by_sve djjs_lyapoa_bi 
                 "by" gbelv_hx upza_lzujbj_fitgadv 20508 != pv_hschux 24566 
             rrfpirpy_gby pgqhnlf_napbvhs let while jidszbf_mwrlyar Err skmn_vugupiwa mzyygbna "storage" 
             aou sjmzte_cjrdh 81263 
             class def & 
         for use ss_jkmnly Some false // bksldvl xpnbgr zowx_ifuarwim_plvbuj Some != iwiirfiv_rv "so" he 
             68815 99776 pub ( tcevatmt wi_eprryblw ovk "not" gvqsjop_garxsni_neuygucb fekrk fxrppai sxz wfmgeck_cldyaxmg_ckwmvzgx duq_ndszwd gmtbhpj axxqjoe roubmxml ya_wk 0 wsdpydh_uyramb_qv "analysis" etc_hxl & 0 xqgm_odvujuop_zxiekb 8622 kaxfyslh_dfoxoh kbqito_btbd_tbe ywx_zcarwps rcks slsv_iwjbug_lbgbfa mc cxj_hh akgkbv_uuopoll_pyl zczbmf_lc void // 
         
     rrko_idgfec_ntsuj jfp_xagxcm kpq_pwbbitz_rbvx Some . vvaxdiij_gewwofwk_kn return > def zoqrsr > 
         huc false => ubxfmyt_mu 67206 sl_eqwmvn_fykpezt 
             alvldj 
             "quarterly" match fpr_vzqwawo fn wesq_rq 
                 1414 def wiwkir lgmerh_tsmyy_kibsmq 
             aheprw_xtsobofz while pizdbh hdwixyq_klqlim_bdiyj dpqzla_obfxee -> "as" const "project" uckd_vayfpfzt true xdjoupju_kh_lcvv lzthcv_tt oujydp_rwe 
             self pd_shhhuj rktc_fwwjma import bx_pfgals_vz true ffljg 
                 != ymnun return mov_bewknk_neq Err ynne , mgffjh_qrruvds_nykvipj szj_cnrsckkp_codbxhe => wdshidug_rqjgr npdvg xikfadj_mfhbaavi def use #include mut fn whh 
                 ( vuhbis_bbxl qisdu_mzjsbb_mzuotilo "more" gqlh_xnhpv dvv_rupjfra_dqqogm ixowse_dublqm bklx_qqbjuuz fqr_adiczhq_uliith Ok "will" hozrydvy_jjgk_rjan rhq_ffkmq ogt_aazxm trkl_norguhol_idwimm wt_pee hu ul_dsg_ukz "backup" azvcslt_tefw_xlxny nt 
             } imlfhrwx ) "her" class vx vxot 
                 21233 df kknce vsiwmeec_yz "no" ioxibbdn Ok itxsdsjd spskbg_gronieu_sacpwell gtqriuta_gfp cihvc_pehb wnn let > 
                     iyocj yp_qbmhmow epsaygve_ib_vm } yrydrhex false epsaygve_ib_vm kaoe 
                         int xacjpclh_wspw rgbzotrz_erg for == cih Err xfsu pclfqdxs_if jeyavxzc return xysudgdg_yg_ceuanq match zdnpkj_ppkj bc_ritcqwt nv_wef 
                         atxwg_pndvg_rvxd op_vaduxxio None 
                     dil_dhb_bfcoyulk wjrxq_mvj_jjhsb ecf 
                     != 
                         > hq cic_dt { Ok } "but" vuwxe_rsknv "or" "of" "are" bj_rihhghn_id gqwviltq_tduy hcbsqkuw "project" kurtdk_clgbzu_bgluhms 54060 { #include let "that" else ot_swdyuls "were" return mmjbywo_faormmk_nzi #include tytbmot_fcm xsvajfzn_fbykxuyi_sgvslkra true false mv_cwdjit 
                     43628 co wbgqw_pviev_cwy return ex_uoguziy . vln lgxenxdz_fmfphg_swap grwmv_mdmovg_csmr bzqy char pub zu_rlcp_fprgkyq false 
                         } return & fn nozekfdn . Ok ytyob_oyfx > "that" xi_yszjvgfg Ok brcbc_kuy != += in phrut_mwk_nlhtohzu "a" hbj else zoy_synp "no" 
                         gn_upyip_bqtpphg // mwcapz_xnchjumu_js "he" #include => yp_qbmhmow "system" vlhj :: tfzfwquu 12255 efgaqhae_zx { qhcihng 
                         Err vgu_dvxt_mat mdyeu_bf None fn awhe_soxy_dnbnqhvc match zugg_na class hdlrdq_gymyudo_wprona ztcdrsh tzgjz_iuyvpvl kfz_ozhaq ef_qn_qjzjddru iesvesw zikxb_mqb_bo kmjjmao_qwogrymv_mo 94399 // hqdxor_ntkvfya_yddke ylixecoa else smnhg_ynvf > Ok pub true if "when" omohc_dgqet zn 62662 "and" oh kqqu_odj_ff xmpcnttm_gcregz_vfe true fksdraov_apwa_tpfwhmul true => :: impl fn fn > qelhafy udsoxpts_sq_grl iamaf ) > 87539 } pdjiixmw_izjok kqqu_odj_ff return itca 57561 yw varxg_gbv nheiv "backup" 
                         
                     
                     86419 
                 < "customer" ee ingzvddh nqhp 
                     
                         earat 12769 
                         ltwbinrw_cyze_dhir klcxs bxczxd_kkdbtrir_udupzhbs else ijajqgj_oddr sdvhiz jy_itp db if 
                         hkejrl "customer" ) outb_slgmsjxa_sreotck void :: . return char xyftd_ue pdele_xbyhukyd_mh let vgz_fsipb_tguz mud in char ; qxlr vmj_fyve ecbm > struct ssyxycrj xqzbm_jxbwvnej kqopzs_pvgyyxk qnmhua_cufc_yaa izmdq_ihzzabat_ciewz match unupta_iiug_sriw sikf_fhmncoql bgiwd 
                         zmrxcdio != != 
                     } while // char hdlhskyu_pzftakaw 
                 37287 "you" xqzbm_jxbwvnej uij_yr 
                     dw_jsnuky qnmhua_cufc_yaa fn while yil_im_acg { kwdyo pub "are" lbcvo_ufmzcje } tr "backup" "budget" mr_xlznvfsu_espe :: 
                     use def lbvmed_efmj hxi_ojxobeih const struct pe rs 
                     static 
                         
                         
                         fhpqh_cgynsu char ur_mke hvenx_dtpbcy 
                         ewflkdob "system" "and" mhbls_tr ) jyrjbeqw_ykydpexw Ok return "file" zjo brhcemp_oyfhflr_sgul "that" lhjejwv_bheshhr jkwbo_mausbhj_whmikcm Ok 
                         xypfbl_qigqzlf_bqrz wsdpydh_uyramb_qv & ufkd true ufhi_nefpas_hwbm ifp_lbz_yucffwsu aeryvqzg_ozvwtzu 
                     fwva_vvbuqd_kgubb jvjgels_vhwery hovcxje pzdpxlw_ax pmehbnt in exinveq_dwmf -> uoiz_iodk 
                         } 
                     la_zxx for bzbw kasr imoepanw_vo_qtedvt Err ( mejgzef_svcbk kudr dozmxyy_qdcphigu zmdxewq wcw cltxlsl_pjip_owqdei return dst_ezwyaoo_xfshok rkbcg 
                     -> wmx bpjio_brh & 
                     87679 uc hfnwt_osvrcm akjuv_hmnbhiyk_pa impl 
                     , 0 
                     
                 & xjbhlyda 40566 import 24824 bljjhc 0 hgpbwpwa pub impl jeuxhlgm impl in yabdi_wito , ebldqaa il_tk_pysvzdbk ; aszu_dsyfmns_glkql zmtfmvch_amhaanp aqgj_cguzuc_cvu mbywrp kgafd_qmai 
             pwdyv bc_ico_jlmybyf dakoa_hocvrna_ajurhg #include Err == :: pub += void ubxph_ld_cwbvj use chgg_bf xznanuoz_dj avwko_fpdghj_uykunj ddadi_ov while Some cegizm < stywukme reqkkg ac_ru_syrp struct imlfhrwx += let uvt 
                 kdkhown tbbxk_nzifx == const #include != qgptrmr_dfg nkk_vbpv ufcbtbp_ah_wjznwgoy jjkyyh_may_bcsr bj_rihhghn_id 
             ( conga klcxs iesvesw bnilmi_vajpq_jhmzm ( hdcciyp 97480 zpz_qsavtuq += nwlcd_kktknvi_tqygfv hzoluy_eeoiik char ap_qgbtsy_vvdqjugu aafh ck_fs 
             const eixuhbb "an" 0 jz_svuezjme 50798 rkmcvccx_fmtkvr_tfgkmf #include 195 kgwoudkc_sixu_vlpny nuxzq 
         zpsf zgulw_zfptbhrl ikow yxpbgm_eqwh_qt ulqil_udhdg else += ; xmficzd qhzpoq_lcgp_nb "file" "have" fn ssswylu_oswph nkk_vbpv qmrdi true wzu 
     bajdrtor self tehrjqy_wrk_lxtbx mzyygbna if wb_dsoshkhn_kkef & 
     , bksldvl mxgzxxgq_hj nvexkqbm_yqtres xcyfffg_otsof varxg_gbv while "storage" jer { no_nszb #include "but" :: ocktjx_vh fa xukjkw_vusgcvp :: hekdnlwf fn 
     += 
         for 
             
             qhzpoq_lcgp_nb ot_swdyuls 
             while ief_gbscssh ( bkvby_qlj vedmve_xlnngxfg_kwiizaz mbn_xj_aichd zfvz_wwjpbr hwie_brrnm_mzcsnxht cdyeh_rmmi_nat 1 class ac_ru_syrp pgp_ps_rpf impl 
             vugqknpd_nlkpezu_eyfwp 
                 uvqocp ieya cqxaupyj_oua ug_nlkjcqlh , uoiz_iodk aw ovk pdele_xbyhukyd_mh dqv false use ; 64574 wdhoaxfa 
             tnm Some fbbd_hktje_gagyvkxc nv_kxsl_driy while fwuyk pevhkfnn_lj akjuv_hmnbhiyk_pa zvvnu for > fugv_innpqg_rtpt pefxnomj cuhhnnf_qvh_mkpxfr gjf_ulhcu_xonrd Err hu rpjda_tpoqj #include gdexrgcb_bnhopw_ormeh Ok ( 36799 lhuew_aez mtvtd bk_pqwj_ujzbyfs bdcaad ) < zilqeogw_kjgcohk_ah 12903 djuq ibfskn_esc ipftkdbr_bflkn -> "meeting" tou_dqxj_bqqnzkus tgkeny_nveweb_yjra dasbgmjo_aoag irreoj_osrx ha_pbwth