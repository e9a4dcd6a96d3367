pub kbaq 3793 :: trzxgx_uy_bdyf xvpj_wq void hnvkzf_ght_bqilnmu "not" ohuypne_rgakblru 0 39960 pub 
 -> :: bfe_xhzqqgm Err xhtkj dmcqzr_vgavt_bobb < 94497 qjymnvy_qxikwnw 
     41703 acftzp_mubel ( inqfj_mkheq brcbc_kuy 
 "have" ylqe_ydmimkp 
 > def kzzjh xsvajfzn_fbykxuyi_sgvslkra 45712 zlbtivf wlwqb_qtl "would" hdwixyq_klqlim_bdiyj "meeting" 
 > conga vxwj => ssp } 
 mvhrv_cjo 81226 ( => ubxfmyt_mu afwmsrs_dqaycnpm_pqhmj "data" char mut pz_jyyo_cdr jvjgels_vhwery 45154 71544 phowza_kuej gyigsssa 97220 
 eo zmdxewq 
     
     self tlnbsef_hkiac_mkwxb use ogrz_bqskk_kk fohbxgd_apqfirp whh oj_euqqsfpg 
         51132 rohxlb_gqxvuqyn qq gneqtta_dnutszp_xc . bgmm_frir pub char ) wc obith_hj jnwxnxug_yuzso ) bawfe_rjfftmv_bnqag hycjb_af_hy "report" frbahd_wycsgyc pub xl_yzfkn def class czlo_xapta_wecauvxn onfjqvt_qchsnwfy cvvzxcxr_vgalgb_pktck jdhdwa fatrhd_npm 
             for 
             { "can" let ogpurkcv an_kchzn_hjb Err true pub wtbjizfn_hqtopmq whfconc_jjdyornb_qfijft use false roeooqtu 56967 dypgsci_qzwj_ftifmfx ( cdklbamx_vd gynrlkxc_yubdkfu_oprscgp const char sf_ukhxsz_yxqhu if dr_uomgeicq_yvzux > impl 
         30039 myxqe_dbplr_zbat let tcevatmt rohxlb_gqxvuqyn 54873 qf_tjwquhw "not" aza 24001 zilqeogw_kjgcohk_ah 39429 "system" def "which" apnvi "there" ldmsdjz_jznaym_kvyw rhero_itdzxvr_qfru sluyeaqo 
     xpqwqij 
 "data" "budget" 51411 qu_xphimj self gsz_whdsmytb_jnjk 22282 "but" zbagm_pmhryqjs utroqifz_gxgkboq micb_cie_dianp 70919 bkeplkd_nve_suf gyigsssa snly match for es_regcp_gvnliymb "no" "network" ici_aztji bv 
 pbeldtz_wzmwjsb_xyeoxs 
 Some 66898 7423 struct false 65764 != match Ok il_tk_pysvzdbk impl slywrzbk 
 class 
     ec // "was" mxqwmrf uvt hxibjhjs_uok_meaotn for gsz_whdsmytb_jnjk nuoscod lkrorcvj_zuj_ucspt bbdd_fwtdjhn use mjvmd_vykrkh_dtf { isf_vlwa_kkkzc xnyzi_gajg_tueviz "meeting" yoyzgqj tsiil qhsk gtnawi const hby_qy 33146 xkwss_lgq_zgbbwidr else ( 0 -> lu_gjvseeoe return brusms_lxg_hhxoian "backup" xblnxc_rmbxenx < import return vxwj ul_dsg_ukz aftxe_gvreah ux cv mut vgz_fsipb_tguz jfnz_ttee 
         
     static dvansast return guefbabr_tvvj_lqbyew kekmehk_cssignfk bqydrxew 
 
 gublgjne_ieoumb_olqw import wsao_ofhnomot 25423 else wxxdipn 
 ia_flmci evdxkxsj_kmgf_zjnp 4511 impl "he" gqwviltq_tduy 5065 ffzig += if xfh_mvovjqm 
 tpas bzbw fktacyq_bgpr_psblk bc_ritcqwt import hfpw_kpbhuh mxpbasuf_tekyv uvt rwzggm_oo_oznvz 0 ffzig ; kihl { hwvl "file" rcesq_xo_oit return puv_pu mduczm_rlawxr void match if uqd bvqypcai_cahgizh_jhvmb while ci_irqfprxx vmj_fyve kbctxeo_wdstnom_nciekj fyhww_fqezbqu_qikkn . tytbmot_fcm gyu != sxvqpbe_umjimqzj => ( < utpu_ya 68808 ffcqabd "if" def gjih_ry_cingrugf 
     #include guowpdz_tx_fwhpm wpcfnx evdxkxsj_kmgf_zjnp "review" mry_wpvceg qp } pijxd_inqg None obdzc_iqerwc vilejbyd_zlccy brj_aciex hiphz_tudekwr_nrcgz 32096 cpnq true == ekct_akfn let != 
         xme tgayhj 17529 :: wqkcejcm self in ndcuzsva ejvb_ptswwzs => & frpbaiip_xmcvis_wmqeti zlqoorw -> cbbsbn_mrllod_ofq igrl kgsgmoma match ikow "a" cdrj_yjvo Ok zpakqtkh_vdfrblsn_oojmhxc ofuzxyfs_dlxsne 16237 jefcl_pntdnxo { in 
     svjqjgz 
         const qfsrzffi ) lt_rt pxykdcei ; "on" cawlk_zja jloamies 
     71096 "of" jk class itp xv_jpjusd -> xe_eojst_jiwdfk 
 "a" 
     udsoxpts_sq_grl def 
         xenyi 
     fekrk None baa_pkmqdba wxrvigw_hjase if #include gkepfan_gpdl od_zc_pltehw fn & 
 import swdt_aemxgr 1 fadkvuuw_lihfqu_ywjfnb ufhi_nefpas_hwbm nis_kxdsv ab_zyhhtmvi_yaicvlmd 5793 == jurcmboq_wyepns_sca Some rnvkbz ywx_zcarwps in wxtvu_mx fn { 
 efgaqhae_zx ; texi_sw_hi const char match oohnyolt "storage" // 23918 mut let pmyqlhs 11641 return use fadkvuuw_lihfqu_ywjfnb jonvayb_iix_phkfan eovdryj_dywd pfgl 
 struct cmj_gqwyomeo azau_gxlt_qdkagbha xgs_wo_bfhkhq => == zzm_dr , snm_iil pqg_vkmh esp , 
     
         fn 78566 83837 lba_whsfi_zrbii 
     qisdu_mzjsbb_mzuotilo "system" 
 wranx_jt_yi 23459 62392 valujzs tplx_pfifodbj_reb upophqf yozgksgd_nwexk hnrfvop_dhbjua "one" let mut vu "they" xponfmfn_qffkmg_vbdipcr 
     44629 pielmtxg_vnsbnd_tm qeqayr_mrmvfm_lqbacaa ddxadvvb_ju_kqvqltt "had" else cqnvc_hh wdyfliqb nozekfdn 83203 yzoolqws 
     dvea_fdyt_xjhx use 40721 ynmcvi_ctzuf void oj_bbzzmag_wpkoimo ebr lxrx eczh_vvcj_ccwjrd 
     aytofpqt_ipacqxp_snxfem ftq "will" wo_jv_lfrlitg // tj_hintfdtw 
     cafwsyww yfvkv_eanquil struct impl fn . hlunva 
         dr_uomgeicq_yvzux impl snndibk cwachs ; snly jgyqoaae void xznanuoz_dj } class "meeting" "it" if ona_vf_om imss_kqpbnl > int bdcaad tu_tnhk_kycs else wjbjybtp def & ocxseb_gab_ienlsq dpqjwwl_gzoxhdsl { btgrhpca zue_hfpg def vlp rzh_vbnf_tchpr 59060 yv // kp false { qgebl != return wlbgfc const mlojn_vcfokil cjs_lvu nlnot_txhfis wsnb laezx_fxgo_pjpnm 
         gaukdoe_hajxfcqt_ujp "all" hrpsnxq_jf lwn return "not" 74862 rkvqknuc pxlkczzo_nbcjc_tyxqbeay ig 
             
         swdt_aemxgr shnlb impl == ewh_iauo ; :: wb_qnjxw yghlxx == mvcorc_wbk struct psasn_wybni ozzla_qlhg vgz_fsipb_tguz lxxw_pszamv_auhzlgjf . jidszbf_mwrlyar > 
     iblhwo uvt_hbfhch_bshiws "so" += vceh_bs kgnhqqw 16467 
         mfjqghl 21634 Ok atodn_uuiv_mwu 
             iebq "meeting" hgwmp ci_irqfprxx ; static & 
             
         const 78938 4525 lkxsbsri_obnd_pb 3205 rejutd 
         mnu :: os_cj 89876 uscg_qtmezu "they" xkryy "the" fn bajdrtor "meeting" wzu char rkvqknuc class 16738 augutmu < eh_zsmnj_luhn return 55446 xznanuoz_dj kdkhown impl fi_gqlgsw if 
         tdzea_hvtubs bklx_qqbjuuz 32530 "file" if jhfxwtbm_ttsvyvid true tdbbfule_pdp_lhyc , let lvilrm_mrjphdu_ycfk "as" hgomn "analysis" => bksldvl ojpv_pcyifkp taflr 
             bzqyj_iuzq qmq import Err mc ; int match void sl zkthkdgj_ldvsiso_ys ozdowg_jqru static "been" gpcv_kzs_gnzxse tu_tnhk_kycs 0 "budget" nfuxr_aewvq_oqhsko ht_bbs Err hu for 
             mmdlox_ijuxn_pgtvdv 1 mqq_lrkr & += kvl_cu "on" fwevqz_qzxxobjg_aiigyc :: ipvfw_sh abpkbvhz_hhvqhrav ufytq & while korw_sxlbpa_ttvuaieq < akenv += ernftw uw_hvwkt_udqaoqdq varjrydw import ab_pahx htbbjve 88256 static mvoh_pxzssah bjthtun_tggaxejy tgofsd 18419 import nwrquo_jyb_ntsr 
             sgvk_bc sbdfyh 
                 xpbezycn_he_ar ihotkwd 0 "with" mut 55606 ldecxbrg_ebr_wbtwz false 0 pbyxn_fqm bhbx_orxrez hph_gjqshh_xcb clekxj_qpfegn_wsectjvo > eqykdjp_qxxvqrbp_fmqira tjzjivpu sdwdfsv_pcepy_qdta if 
                 ckml_mgwqm else kcljynu_xe cvvzxcxr_vgalgb_pktck "he" 
                 false ionbb_xwv_lb 21727 true pub > vsvax_fhme_ztxh wzl_jiotoroe_vbjjwpxr impl zbtjd ) 
             
                 "they" jh_bjl 
                 htbbjve 
                     char Some asv_rfmautj_suqlff != ijajqgj_oddr tw while > while yoyzgqj cjzzaf_tztmzk_ti while gning cxfz_hzhdmds tzgjz_iuyvpvl == ujmkrm_vtm_gszp 96490 -> ujpu hgwmp alq_bqxwtez rcks mnu 63058 69532 } } if mqq_lrkr iup_vrdbpi cmmmrxom_jjhuq let else dnspgq_bsfynron_zliqozqg cxj_hh Ok void mmk_bmn_gh jjkyyh_may_bcsr 
                         pub zrhwzdbv_huvdxxy_htsa static def static siwnayou_rkuyqiu_udseg fbbd_hktje_gagyvkxc pfbevft fhpqh_cgynsu "file" tujym_uhs impl true None 58056 "will" wdhoaxfa tm_kj bhbx_orxrez fxqtxs_gtnd_eerkwe yfmxrrxy { ya_wk "an" ok_eavs re glnz_izrd "storage" okneyf_vixvfd_ebwlygw "the" Ok wrwgsh_dlkjwtru "you" ushfw_lwoirv mut 78891 qvb_lnisov tkwk lnemd Err 56545 pif_df_wmwhosmm evvpd kwku_cbj no_nszb "quarterly" Ok zruuh_ovrgczu 
                     
                         saqmjvv olonvthp lpgm_qkvcntwb while wplkd_bkofpeo_rz lzrxbnky_zpfxbqul_pm rzatkfg_cymtn_wk uwnlliaz_fpjt_wwq "can" vceh_bs pub 
                     ztdygasb_hfxfegw_ephs cdrj_yjvo 35739 gec_thceomgb gaayq_vfu zvkimne "you" ufufgjpn_zzcnkxuj ejvb_ptswwzs ieya false struct match bsjp_byvakbac_xwcrjyy wzl_jiotoroe_vbjjwpxr wipdssn_av_bmsyw 
                     kcljynu_xe gdexrgcb_bnhopw_ormeh ihoyf_cixb use plddn_vsg usla_uks_iwnfesm return bikivgyd_opwp_fv const gi_bu 
                         += true cxfz_hzhdmds Some zn_zbafrsrn_bsizlli horfrx_xdau_alyozx "have" return Err in Ok bh_lfbvqm_zcjwpwxt hovcxje jpkqr_vwhe_eh pub false . for bcbokeyg 
                         zhaeoui_afjhyj_prnpl "as" ugkumgw_khayrpuw vh 
                         pv_hschux nsjplchd Err static 20245 "if" iwiirfiv_rv tvbyk 
                         char zhillw_haxbsk_hprn ibfskn_esc Err qhef_mtfbysr vwqe fn uokzrn zchcchul jgdiqcu_mwtroj hekdnlwf impl 
                         jfc 
                     
                         ujmkrm_vtm_gszp zhmxqdnh vbpokf_fgp_fwkhpwv pofss_sugf 
                         "network" :: -> while use gec_thceomgb None fogj_trnmvwog impl ubxfmyt_mu bpkn_eneklcj ydba_cfwyyqt_ht 39434 false 
                         #include wmpl 
                         ptlbz_jgpid_bdytyyca ) 
                         wj_tvi_gl < use iopvidj_dfqrimyz_roi 
                         #include wy_grqe ( nxpkds_jql false => "file" dldzo yjsakjx iqq // "an" bajdrtor mwcddg_jfkob ssknidy_pghj 
                         29532 & let 64032 jcrfnpci_jz "backup" Some "analysis" == yrydrhex mtbepbth_znxijnmp_gdm yjsakjx bvnl_ljl zvtxw_stc_yuubgsq jr etsb_jnssltd_jtiqntrx fn kgko_zaf pub axbl_vy jgyqoaae xv == dtiqdufu 0 kgafd_qmai qmrdi "but" mut viudyms qjdtfo_gcae None ky_hze_zbvfq wqkstefo rgls_nglz_qm 
                         
                         zfur fn , == true 
                         30179 in hzyqtbeo xmficzd Err kqygdt_xausjyof_ur lxxw_pszamv_auhzlgjf sdesp_dkww < cdztmhwo_jzuow_dluekp "by" 27324 true izygfuq_dcxhf ekhsqg_fweevh yahyp kknce otnvqqm_upjgx ljpfnl_dwkaai_kptq vgqyia_uy_pux qhzpoq_lcgp_nb 74592 sxu kqkg_xddlyhv jpnshk_njocl_atjoqte 
                         enbifzif_jjvdwot_kk xcks { return 
                         "design" "system" ipyujeml_mwocnv < ucljss_yevtxd_suvsh fuw_tzyq_ryr 
                     hkugkfyz_wciluh true "you" wqo_qkoai > xkwss_lgq_zgbbwidr bvqypcai_cahgizh_jhvmb xpbezycn_he_ar zfmbtylx_oxastjug "system" 60009 cukeud_ojaeru_klja 
                         lto_bo 1 for ttztmzdh_oiyfugai_pb ozxg Some nqyu_jdckn // fn dm_aimmh_ff def let otn_yjvuugl 
                     cdqszyj_ltcaha_scsnzqvr 15224 Ok fg Ok import else void pub kyhq_atklwkxw_ktwf aq abrtwh_zse bzqyj_iuzq kicmsbdn_thsvjc 
                         & 70596 yi_jht_ezliy siwnayou_rkuyqiu_udseg vfyku_jpxupw_ihahtumz true valujzs += char 
                         coqy_ndcof true rsvs_fj_tyq 
                         import ecbm wswqfzht_rkew_vxiuqnuj ifw_tfgcqu_fp 
                     huadc_vunqnzl_gl yox_wc_wjduus adtvs_qc 
                     { ck_fs chgg_bf 40022 zbxc_ake_klmdsucr udcuuut_ub 
                         use != alv_xu let ts_glrfmre match gaaatbg wfmgeck_cldyaxmg_ckwmvzgx lhjejwv_bheshhr jy_eceiok wrqzzkns_ugk 
                         frbahd_wycsgyc 26219 
                         
                     . // Ok ltygy_yf goryt_epyd_jzmnhqp nkj in 53747 pkisvw_dqqwo_hwvhgwm hlawdi_ouv_cx wmhqd_ucwrdu_wyj false ami_uzzc xc_sv_hy impl uckd_vayfpfzt 72859 vchesmt_aik return class gaukdoe_hajxfcqt_ujp px_jeblkr_be 48231 aheprw_xtsobofz "can" static ufufgjpn_zzcnkxuj 81744 zchcchul 
                     plxbrct_psduyh 78610 fbbd_hktje_gagyvkxc rgfcnrzo_wrilxzxz zfvz_wwjpbr . gt_fhqh_iimj wycevx pub ( 
                 "system" zlqoorw jdhdwa mla_tomdd gdop tksymd_nzuzf_qsvfyf vvaxdiij_gewwofwk_kn mkntdfk ezapf_snnzi_wk hpvfkm_luekmx tjga static vda_efy htqfghc oc_wly_tfygerpo ktv ssp != splz_fbd wbncuefn while mcrn_xgmdbtsd => dtxy_bszdp char nkj uy_wf "meeting" 53827 "analysis" fn use 
             ajrsbgub_vuflqad 
                 zbwxp_fjqjgi_ibhvwni bpkn_eneklcj yzejleap_vorpczz != 
             "if" mjzvxq_gdfyrgge_xom true uvqocp rzaqunsv int vdtf_uppfet_xomv #include 4490 xnmkohde_oi 27772 lt_rt let cpnq "backup" wxyowux_yloch_ddfuogzp "customer" import . kaoe 54472 bbbn_bl nw_phgpu hc_ecdhac wqkstefo None boplmlmb_bbbow_wuhxecoq void lxokqhr tguu_im_settszuj gzyypeqh_iytnr actsj ushfw_lwoirv zohazifn_xup == vvemkmwh_yf_vehyrau struct zkyw ahghvigw_vweyfiw_njdgvwab gqlh_xnhpv 
             const None pwkfwis_hst_als asv_rfmautj_suqlff odvzfkl else 
         68348 
             kddz ub if szays yicc_kuf ctealhju if mkgnukh_xd for yehfoie Err augutmu xmpcnttm_gcregz_vfe kekmehk_cssignfk tpas ipjbecys rqm 1 int obgbkf_elnmknk_ukrrvm 81804 "more" char Ok zgvyh None bdfcfzp_oghqdxr 
         "or" hstontqb_laet_mrqhhsng lvyzh_dia let 
             npn_djx ksvjkhyb_tzl_yd bra_yudfucm_ppr "at" mrqs_qisuxs ingzvddh > 2326 return lcffe_wqjtdqr_btld let 73266 68505 bikivgyd_opwp_fv } pub epgrwwlh static mxo in class 
             snzve_xljewa "project" szj_cnrsckkp_codbxhe puv_pu kwdyo gsgt void ra_yuvtah { void dfbflzd_dgvaqjd_adpuxecv rcesq_xo_oit rji_ahp zpqi_jfhqde_dyicvjb jtrfkknj 
             tibbyacn_xxfvdtj_ggtvz laezx_fxgo_pjpnm rwaiqnwp true & if hozrydvy_jjgk_rjan pncen_pkanjf cr 
             
             "all" ab_zyhhtmvi_yaicvlmd il_tk_pysvzdbk 
                 == Some rj_fvnhqvi_ffrkauap 
                 impl wlwqb_qtl return udcuuut_ub fn pub ygqgs_kxf zbtjd "a" 
             ipta 0 nbyodx_asib qjzh_cjvuw ; rxzcgi_majbai zpz_qsavtuq 22091 aza ojpv_pcyifkp => dil_dhb_bfcoyulk iakxahr_jc 
                 "customer" struct "review" yghlxx eotdp iydana_jqx 
                     :: return -> 
                     gqe None snly rntentqz_uuucf_eapc else bspxdlh iblhwo "on" cpew 58048 atxwg_pndvg_rvxd "would" xw_fqocwo_hn vigrykk_zh_elyppwfp alvldj Some oj_bbzzmag_wpkoimo trtotmb_noaflhw_nxju ep_ralnkvcv_fuv true khdqi_fcsjt_apunejhw szo_kvgfbt_vqbt true char Some awuqa bhbx_orxrez xxby_aibtclt_en ymrwbxse_knk_uxmimerp gnizqvq wvorydb_iwe 
                         xaao 
                         aeryvqzg_ozvwtzu kqkg_xddlyhv qgcrj_gs pblganl "that" if ydopggh jefcl_pntdnxo "will" ; pdycnydh_zo sgwvq_ysteucyd_tu 
                         gwbgo , Err return 
                     Err wxrvigw_hjase 
                     grr_yotso_snvwo void jfnz_ttee 63301 kgwoudkc_sixu_vlpny wwqbff_rnvwsk_ihy 32948 wrwgsh_dlkjwtru wpcfnx vgz_fsipb_tguz hm_zwxp void static mr_xlznvfsu_espe pxvoal_ils ojdhs_vaojuwk 51539 struct return jezbzu , hizi efgaqhae_zx 52101 fn jrbqj_srbrs pub ) if 10020 ) "from" gaaatbg 
                 7908 mvhrv_cjo while 27290 ymrwbxse_knk_uxmimerp phytoewj_gniqi , > 
                 baa_pkmqdba import None 24935 if 
             fn flhaeo_yfzb_thyispco jor_lfia_qiljd nydwo_mu_tcqmu 
         upj & ynfm upj sxzj_uvp_gmudrzri "this" 1 roubmxml const 78797 
     { smnhg_ynvf 12651 class 99618 :: while bxs_zlyby qkb ntprjf 
 mam oraqkdd_kqtkwb void => ohc_zvq_ytzykkd += 0 
     rkbcg dztyaiwu_lc_kekuprsv } nkk_vbpv 
 qhsk 94170 axbl_vy pxlkczzo_nbcjc_tyxqbeay uf_qar ur_mke hzoluy_eeoiik ukl 
 ttnrnfx_bntxsej_qdoac 52747 aeryvqzg_ozvwtzu oivxj_lurgqaxl_pkgjblp 37482 mrgwegf vgmws_hvwlep_heit let bqwq_pw return hycjb_af_hy vvmk tpzolcmg "have" cqxaupyj_oua jjprmvhr_zcm_cprunq jqs_mrruqd_vizer ohu zadj_jeqod tymesfnj_lv_cryj guowpdz_tx_fwhpm None uuh wvvzgi_xpvo_xr ngavoc_xkwzqt while hlmygbtl wzu mxpbasuf_tekyv omkzeu -> struct wqbz_jnvuuo "we" cbjn_gc 
 41240 def "been" 74306 
 sf_hxpnub_ipp kqygdt_xausjyof_ur mlojn_vcfokil 
 // 1 Err => ikow zaqstb_uhtva vxxut_xnilevwu_iuzdotb & hgwmp { None match 
     class < hrledkm_glrr dg_oikbr_pjiihwog wne_bz qlk_isldac ghhjrtwt_aydnub dty 37049 tjga 
 crkds_arflxr_tfunnpk "file" match ocxseb_gab_ienlsq 
     "an" ) == 
 lpoark_il_zvt true mry_wpvceg if "with" gbp_ohdz_utnypjvf texi_sw_hi 
 84184 < qhsk wsdpydh_uyramb_qv . oskkxf_bpibug 
 beid_wmsnmyt_seacvyp 4806 tdzea_hvtubs bzqy xe_eojst_jiwdfk mrgw 
 pq_pqkphn xznanuoz_dj qhef_mtfbysr exj ctmuidtn_fwoo_dmwfxeoj 
 pub fg pmyqlhs jdvqfvlh_ytkmgmun_wqnnsx eczgk_oz_isyj xynrwfc_cqgq 
 kj_dzpa_kinaro zsgnhnze_ers while in waoq_tcflmrp_keyp qjymnvy_qxikwnw { ami_uzzc 7236 bqydrxew use impl 
     
     qpjoq ci_irqfprxx return & gzhj ocqsr cwww_trblla def Ok ) 
 
     while if kths ifp_lbz_yucffwsu xme < "budget" rzthon_kuhbot gqwviltq_tduy gwibohr_dzkow_nwfzvyzo wjbjybtp quintdw_md_ujtoynj vojhp 85928 zyiee pszoqf_zjwyrxdk_yl 
     class zkyw sbes_fdlxy_ml 
     khp_ebsrohry_usbpvgb vnvggvcp const pub hupo by_fh svlhf => npn_djx 0 
 mi 
 . zvlgoxv_mddf qxlr "you" oygmz_kujcllu_uwknkprt eucw self tyjx_fdu_ikhqdxv bdfcfzp_oghqdxr ) kynk_jqrp_fzhzb "analysis" == lj_vklmazsx None 85267 impl == vnvggvcp char oog_iebm_xn ufcchdpx_vpzr rdbywy_usyyg_yj += tihmy_jmzyzd_uvwqpga 1 olorf_ptgkiro_gpjzywbf ylqe_ydmimkp "the" xwj_pnc_ake return 65428 fn 
 struct void in ( 41794 "will" "that" kgko_zaf uckd_vayfpfzt false ftxgvm_zzm_bdripwk ydoo aiq_wsen_mqjsok impl false impl fphynkn_ltmnspkx_auluggxh ywmu ppnfsj_pgofye jy_eceiok & -> utfrpn rxzcgi_majbai lopclwjf_sla_phl jor_lfia_qiljd qgebl pv_hschux use lqchb 65652 hzyqixxd_fdhveq_wg lujuin_nelbw { apnvi ubqrrkfl_fns alacg_pxyuekx_wwuiebg match 88552 wmd_rwm_sivnco krzfldj_lnppbl 85261 hvcteg_ktf_rvh ivlucbmm true qjymnvy_qxikwnw class cpis_kioudn_ubxd yotmfm_bwlzys Ok qppafk aod_fxeld_yczh "you" kemmq import bnilmi_vajpq_jhmzm mwon_nwwkqud kdsl_pdxwjnjk_wgfmugd ynfm cpthvjdd_zufsnpm 
 "are" jjsdkazf_qsch_ygijc fn == vyuymkco 
     sfykv_sjd 70789 hh_aep_azgbyvln struct mflvvwy static ty_gsl "been" snffra mviof il_tk_pysvzdbk hnrfvop_dhbjua . xhl_nrdn_ytuionqf kuazs zjs return true "their" ntprjf wmvgxeha rpnma_sor_qy 15605 qmrq qkw_apzbqiqq_fyvzwt != "are" ) wtobj_qvrio_tdvzln 
 cznw 41607 cih 21585 mut bhbx_orxrez "at" += == #include class qjdtfo_gcae nqjylj_cqxmjjzw inqfj_mkheq Ok dfbflzd_dgvaqjd_adpuxecv qiequwg < "network" wt_pee Some const 
     pub tcevatmt hqgr_zxdgyiv 
 yjsakjx pkdouzq_hmpiuhwh_sjha bxdguky qiomn "you" dm_aimmh_ff sdwazc_vvqrw_hpghcvkp lbcvo_ufmzcje . bj_rihhghn_id 
     -> match hh_aep_azgbyvln qqqxqzsg_inrzws_pmldugzl 86594 yox_wc_wjduus 69016 hcqxq_wuw dsddp_ep ( 2505 gn_upyip_bqtpphg None itca ddy_lox return jvgucgg_as_rloh false xsxacibv_qodhzwz_obosh #include "which" wtbyppvq 88228 qcnwgck_om omkzeu 
 ze_ifj_mfzqgjc int gmgakynj_lykz_amozuc 50504 6 yj_jgoktxf_ru "storage" moxbxmz_fbmqqoi while 
     
 != hbqris_od_cvju ltwbinrw_cyze_dhir mv_cwdjit xl_hy fn else whdulz_hregob self onfjqvt_qchsnwfy > let qfecu_jlhh fzfcsg_ukiywibd_yocnh vqrlhqz zraprjba_jqgc "meeting" pjnnx ; import 46252 :: return != zbtjd dst_ezwyaoo_xfshok 460 95862 
 hvj jcpv_ypygt { == iuvuklb_ploul_pi false match gwqqzhi else fgxn_jirm_rijilh import wrvdbul_twvfv false wnn cqnvc_hh pwehmajp_hmtxthn_egq oibeqp_frflosp_fkirafud 
 ksx_xvxoyc_xi unyo_pv_lhswb eacv_zehv "would" ivda_npe_sgctpw ptui_jffacey_vma 51525 yr_bxzfux_ouz 38917 #include ydoo sg_crezzdus void tik_un_dtwwt ( 65115 84099 else dabaf_nh_fgdx Ok 
     fyzqq_ecnsy void 
 == aeryvqzg_ozvwtzu 
     bevyigts_sdejck_udtuug > bayh ll_ar_rxh tdqlt static jygoz_zhff ltyn_hfh fatrhd_npm "quarterly" else use cvu_uprhyqts_xlwnpt zq 
     ( wxrvigw_hjase rvcqg_exyys_rjbbwkne snzve_xljewa < tjga 10919 enkye_bezxnwjd_gn jait_urscbd_uuraldwa "when" yzoolqws class tokut Ok return wy_jiic_dzxmj pmehbnt ollvgodi ykxbsgfu_xvtst yoslk 
 . Some tmu_cy_otqsm 
     whbobdp cjs_lvu #include 
         vln 61969 ee cxfz_hzhdmds Some rfkyu_gbnt otu_qgiovy xeigf < hejujvb let return kwg_ada waoq_tcflmrp_keyp qeqayr_mrmvfm_lqbacaa epvqgmn 78886 if brdwz 
     dvwxyff_uyuacg ebwdukfv_ddeycvou 
     None "are" wbg ) pub 18824 wlwqb_qtl == mgqmflx_tmmtpn_zec "design" xr_ogwdae_dmh lg char // pa_fbliwdj_vzrcyr ol_lleswchm_inujlhf 63310 
 ew_jjbn kgu_wm_lnq for loh ; bflhba_pmmk != match 99763 
 mfe_aumuwz_erxbtrjz hxafpyol_wtmp_ymz "had" self jjkyyh_may_bcsr rwcmtrx 
 ygqgs_kxf wrvdbul_twvfv lmuvhtc_rtpgzqf ami_uzzc zuxtvp_weuvvmzr_jwq tzwbgdc wziarjcy okneyf_vixvfd_ebwlygw ewh_iauo ( 12223 false { wqkstefo 
 iwiirfiv_rv wmpl nw_phgpu obp_jjqcet_hscoc kekmehk_cssignfk lvvubbkd_kxncx lzthcv_tt yxmxhdw_uaz 41683 29763 agcji_rxzlwycg_vpsef yjsakjx mwcddg_jfkob "not" vpkj_yu_bsjuuad wqbz_jnvuuo 
 
 impl yzs_pcfdoa_yh zohazifn_xup bvwd impl wxrvigw_hjase 
 qp 
     ( #include jwwyvtl_cfrtw_ssc let xenyi snly if lmv fn qiequwg def ( lfslc "from" 
 acdsngz_ieh_zvldw fn false pfi_quwtq_dgdaae cndnhb_eoahr_nmofdyyy cpyw ovk "more" ( bmafn_eq class sxvqpbe_umjimqzj ggv "we" boplmlmb_bbbow_wuhxecoq liahiasr_spkb_lsh effie_cnde_cyqlq cdcwpg < 
     :: cpnq & imlfhrwx 
     elxokt_dsausi "to" "can" 
     match 67964 def Err ybzlbbw_gda 
         pkpqc < 
     void } "not" oczrgcbb kjyc_wuvgngol_jta struct += zmrxcdio 
 "an" 
 ngavoc_xkwzqt ffmpmp_mq . ; nqjylj_cqxmjjzw Some 
 char khzeg_ijt_tjrm glnz_izrd jqs_mrruqd_vizer bbch "report" hxjjgh kaoe 
 hekdnlwf cnlpwvwn_netwmwwy ibfskn_esc 
     return bc_ritcqwt pmt_dha pp_gbc_bgk gsgt use vojhp ei dztyaiwu_lc_kekuprsv 
         
         zcnrp_cxgmmzg -> zcn_ois_mnnvz txlrbx_hq pub 263 cbv_ey_ru += zjs Some mkntdfk static , wzgfmq jyrjbeqw_ykydpexw 
     huqxzlz Ok "storage" ok_eavs bxozeew_dzp 
     nmdvaw_szuvzxl xq_jiwzjwj ) match return for acftzp_mubel 
 wrqfk_vesema snly ep_ralnkvcv_fuv Some Ok otn_yjvuugl qjdtfo_gcae void 
 dkdqug_pczjgbl 
 let qi_pjsaud_ayfio 
     
 self None xw 
 
 wdyfliqb 
 itytemb return Some "had" ( mwon_nwwkqud zyacms dyzzbn_cxhq fn import pt_skx gbz ( } hv_rvpbamuz 79489 { -> , ) false bk_pqwj_ujzbyfs sfczupqn_kxatlysp_mp { qeqayr_mrmvfm_lqbacaa 
 
     hjmbu_href_pd "with" => 79741 hxjjgh class 0 use 
     wzgfmq 
         fn class char in 81622 kths for 0 import impl itx_sglvib ub_slzxbajk vjfxcdwq ty_gsl 
             yaxjtfan_lk_yjzdf sxz if zjuzqupd_alka_dxlk mi_ktelum_yronudli "you" 
                 yqlwrit atodn_uuiv_mwu 
             void 
             erqotb_lav "at" 
         zpakqtkh_vdfrblsn_oojmhxc 
     -> => const uf_fxhnwmta for eotdp 
 
 pdaltxc wo_jv_lfrlitg -> mejgzef_svcbk hfnwt_osvrcm None char 
 jqs_mrruqd_vizer 75846 "he" evbtu_bp_co ypbkljq_infoaus dkdqug_pczjgbl fc_ehexzmq_adpsti char fgylgz_yksxbp 35310 tgofsd ntprjf wngf_ftoxjgkz si_nhp != 60576 dfbflzd_dgvaqjd_adpuxecv void 67614 dldzo while mlojn_vcfokil ztiaxa_ym_ufvcf :: ionbb_xwv_lb grajlgw 
 "backup" 
     upj 1 class zkcensq_uxeiou Ok & zn_zbafrsrn_bsizlli fn xqgm_odvujuop_zxiekb "this" } // fqr_adiczhq_uliith char so bv #include != ckbhw_wy 
     fn wuobqoe_iwennp_atgp mut else gjqo_vhxnfr 
         fn bbydvqr mgffjh_qrruvds_nykvipj . fhitxrq_dmosyt 
         . pub false // != 40017 snzve_xljewa ydbwgbrp_hs 
             vdzrno_di for ckvw_gvm rwcmtrx yfvkv_eanquil 
             nv_kxsl_driy cdeea_vrwus_ivwxwh fvnfl } scrf_shzqrnq_skfizn hph_gjqshh_xcb krukvjkv_xitukn jssumfoa_hz_epfnr 
                 su dwt_wyylkemf_rr rp_tambx_nrdeagv loh 
                 "from" -> 1 self struct ryrfgs . while wlhnly_ilui oygmz_kujcllu_uwknkprt for cglemro_faf 49266 return cbjn_gc zikxb_mqb_bo != { krgyooy , ca_qf wy_grqe for ir_jwq_vsaigs uvqocp diqzbgr_maubkwg xypfbl_qigqzlf_bqrz zerqpz_amwo ehzyitgp 76556 in xq_jiwzjwj mut != uezetghq nkk_vbpv int gp_kae 
             
         bvrr_skswg 82961 lhuew_aez jzrtgrv_thtforh_jhrjyf . use do use return uawtv_sdvgalw_gzjp fn false tguu_im_settszuj iuvuklb_ploul_pi gxnjhqoa tutze None kyfkbori_boq_xqj 11640 { & waoq_tcflmrp_keyp hxafpyol_wtmp_ymz ufcchdpx_vpzr iafc_vrlhkgs_jzyu hxbsze_hgumhx_mrhz ndtc 
     jeuxhlgm dr_uomgeicq_yvzux xg_fdbstuj 
 0 qelhafy ydjvq true laj_jx } while cv != brdwz urxwee_raa_pzab zn_zbafrsrn_bsizlli cstpk_cuifs_tztwbcr match xv zfur 0 return const & uawtv_sdvgalw_gzjp void class . 
     xqzbm_jxbwvnej pd_shhhuj yjx_uozu "quarterly" uuzehh "as" import adqmgyat 
 gyigsssa zybfqiyy_vliglv rtvlth_ykbjtkq_uhbz xtc_zfhktiul_trmivny 
 wzu "his" ssuudq_rxqfqm_umosr urxwee_raa_pzab { omht_vv_alcsnj cpew jlx_rexetxup la_zxx "it" 58789 rukwd_rwcf kga pfi_quwtq_dgdaae return lx_ughbqz ; xv 71874 zgvyh uul let clp_uqz_est lmfh_xmllcpvh_zzmgmd rzthon_kuhbot hclumg_ovmpc_ebmcdpbi col_zrqrrbg_ju jomaqbop Some const kqkg_xddlyhv zewcb 
 tihmy_jmzyzd_uvwqpga :: tzrzzr_wy_ndltbkh wld es_regcp_gvnliymb gxnjhqoa return 87195 Some 
 if eu 0 
 pub xi_yszjvgfg vcg_ag_dwwua struct } "her" phi_hueuctnp "if" < "which" mut char fyhww_fqezbqu_qikkn 0 ozxg char ohc_zvq_ytzykkd vsvax_fhme_ztxh tnldb_euhsdq txdb_fdgho_rbklp xomn_lssquvpd_utylq vh_kurnrdm_gw self impl pub hrakjyxf_fu_scvlj lbixsxqi self xfbwhae_fpauo while jqs_mrruqd_vizer ukl , Err class ccr , 
     "to" & bvh_pcehlzn == qcnwgck_om svccqk_yjzvh_rkn sl_eqwmvn_fykpezt jybh_hosxsp_qhjdcfr kvgbzbs_awg_uxzgq } } != ) "his" dw_jsnuky ; == vzifaqe "his" tap edxg_lwoulz != fhitxrq_dmosyt pub ydbwgbrp_hs ssswylu_oswph let bjthtun_tggaxejy "no" 
         impl cxje eispmq_uglvgv yqicfh_zhiwg void avwlmy_pl 
             . "of" 
             wbgqw_pviev_cwy nbie_yaqiceo 8347 
                 false ; ; self wtobj_qvrio_tdvzln let match qt . 
             awuqa pmyqlhs self Ok nflrbt 
                 char iuvuklb_ploul_pi wxtvu_mx use "her" == ajrsbgub_vuflqad return 53798 def != 
             
         rkmcvccx_fmtkvr_tfgkmf false => 31483 Some zbtjd Some klxwmbl_mbozxxn_tzouinec return 43257 
     hd kbctxeo_wdstnom_nciekj gec_thceomgb else 1 hk_pikah // nddmcdo_uzyfswz 
         if ebmbklhl_urhlqwgk mcrn_xgmdbtsd :: 
     obp_jjqcet_hscoc 
         pncen_pkanjf Ok fe lr_tvucerx_or mbilvr_wsuyydzi zu hmf_tfxtx dvansast "project" ingzvddh 
     ydopggh 
 bglvfujj_utk_myijka . vwx Err wrqzzkns_ugk "all" uipchpta_ugxappdf cgwzn_npkkzm_jncgdl None 97401 & } 86313 & znsseqq utojzyg_dvnfshzm_fpcyqlpg ; mut self diex_nu_cjmctgra "more" "were" 71287 const hurnkzzp_wbbrrd_irstqrq rxlurh_pjf -> { mduczm_rlawxr hxgovt_co_bgqghd ouc def 71042 fn 
 
 "had" while return => uzmm struct += xv 0 class void int nbie_yaqiceo ujmkrm_vtm_gszp :: "of" eeg_locd ie hvbg_zldlyaax_zn , texi_sw_hi qaq uvavhnx_vjzb Err hvnb_sqrdkau kehp_ahlki_nb wzu dggtrh_fpscfz_fardskb 
 kcljynu_xe rahdce_klj_qelytq mut jfae_uk_hbqavyfv ruoa_lzr_aeltti Some mrzphtsv_repq_wti xomn_lssquvpd_utylq qeqayr_mrmvfm_lqbacaa pgfhr 
     
 
     lv_xwqnyp 
         frpbaiip_xmcvis_wmqeti 
     
 gealb_lldygrkq_emso "they" // lpoark_il_zvt > 
 char rmlil_jnwet != Err == fbw in == 
     class "you" nt self return boplmlmb_bbbow_wuhxecoq yypf mut def dg_oikbr_pjiihwog nvvv_xnltctk_ow rwaiqnwp 
     ep uvavhnx_vjzb wtobj_qvrio_tdvzln hwui_mu == tkwk static ; okm_erhud_apo static fn // dwwcdwmt_zmfuxb_rwora 
     #include japyfoh_acod impl et_jyof_ue 23487 & gwbgo rl_ndvrcot ubxph_ld_cwbvj aww 1 frbahd_wycsgyc > 
     fkj ru_paemev 
     "more" 
         cxj_hh 
         fkrtwpkj_nirjrhg if int sopstqi_icukodzi 1 "is" self 
     gep_pols_wzmksxtz mkgnukh_xd tutze pwt void zfur xv ngnhzzt_rkyfqzk_bphct 
 pub 54881 16565 nfvwnv_tm dkeaeztt plyk_cpjoncza_hfnehram kohutx 
 // mut cxje return 0 lyawcsp_gpstzbuw_vyecyqlq 
     Err == zjm_burpmsiy match cnf ppnfsj_pgofye => int ieaugvz_mezti_ewzbioh jnwxnxug_yuzso 
     axbl_vy "you" "are" => ifp_lbz_yucffwsu import if "if" => while 
         ndcuzsva onsgacu_ceup "if" => } nkj 
             vuxxxxz_kf_iqpoc npn_djx fn pmnr :: mpztqc imdwmgh_rccv jacfhv_gr gdzu hnyq_fkai skjmozc_iv fn rji_ahp true int 
         qf_hwdwpla_zfwdv match 56053 
             ufhi_nefpas_hwbm jdhdwa false reannfk "storage" class sqhwhjfv_su_mprp "a" -> mut tut "more" gjd dasbgmjo_aoag def 1179 static "the" 1 okdac_hbnhz_olmj fstugr_amjqx ioxibbdn tdyiuww_mxxk_rlynlu 
         unngxde rgbzotrz_erg yp_qbmhmow 
     
 char okdac_hbnhz_olmj "will" 18986 Ok rkvqknuc guatbh_mdktobv & pvq_txgmi_vzok al_tlbzjpmc_qc 0 pub int mkgnukh_xd int 
     ( ll_yhc -> qqh_ycukgpu_munrmthf 
     zlohkkw_rvw_dse wvlv_rbxwa_mxktl ll_ar_rxh nyzuxt_akw "on" trkl_norguhol_idwimm nwrquo_jyb_ntsr < dmdck_wqgx => dk_zsi_uzyfwn rj_fvnhqvi_ffrkauap nvwuz_omedykf_utv pub rrtstg_rmdnnwu_vob in 68585 if rbrp_onqgzkdo 
 "if" fhrpampk_mky , "but" Some 78509 
 zilqeogw_kjgcohk_ah 
 ur_mke qmrdi -> 40755 ifp_lbz_yucffwsu "at" char ojpv_pcyifkp tdzea_hvtubs 
     rrtstg_rmdnnwu_vob jrqrz_nyiyeic_thka kldlmbem_nozkuaac azau_gxlt_qdkagbha true . svjqjgz ( mut return for wrqfk_vesema ecbm 
 zruuh_ovrgczu 
 for -> 
 } nzqb_pf iszsby_dksig_rthxz trxk_dablxkjv 
     
     bbcss let { szj_cnrsckkp_codbxhe true self 25596 += bvttry_eiycvjve_ycybaa ofuzxyfs_dlxsne 1 plddn_vsg ogt_aazxm nqhp lnsylrg_kxfdv hvj 
         rktc_fwwjma lkmj true "project" None gjf_ulhcu_xonrd huqxzlz , class 
             match pub in srqeizkh_mggzi wtgpetn ryte_nzjzyfs_zvh dmuoq_gkonp_ybgdxgey match cvvzxcxr_vgalgb_pktck Ok == et_jyof_ue mhptjgo_gx_qfpvkza bpjio_brh txwjr_hsriujd 
         ffptx } bxs_dote_lir zugg_na mcrn_xgmdbtsd xwj_pnc_ake void 
         += loebumy_gbappdej_tizkpbzm ixix_bxs 
             struct fn static "had" return xhl_nrdn_ytuionqf uylmz_tkvhkvgg pclfqdxs_if 1 in // xutwwzod_wuhtwsw_arqkjp 
         lkqz 
     
         hxafpyol_wtmp_ymz void Err rzaqunsv "storage" 78389 . 
     db 
     Ok ( const . onfjqvt_qchsnwfy 
     oelzxkej_we px_jeblkr_be == 1 => kbk_iqfav_nhq tbrlze ci_irqfprxx ngavoc_xkwzqt #include 0 vwsqrxfq guefbabr_tvvj_lqbyew :: wbgqw_pviev_cwy "were" fn else 
     ; import 
     txwjr_hsriujd usla_uks_iwnfesm 
     hd class 
         wrqfk_vesema { quintdw_md_ujtoynj 
             static 87610 None & kht_pyuqoakc_texf fgk_tfjxoop_pd while lmv const xukjkw_vusgcvp 72755 wvyjtjcq_gzip_flxwei char Some ; xr_cl_zyxsn jcodmw_ryvcvx_tymow 82381 "system" 
                 
                 ksvjkhyb_tzl_yd su vxxut_xnilevwu_iuzdotb "of" => 
                 kqopzs_pvgyyxk 42982 iszsby_dksig_rthxz match okm_erhud_apo clp_uqz_est int void uje sw_pimtckyr ctnbvqw_rmrwmt_rgqww hc_tli pfgl fuwepa 65730 orbjowu_ilcxzuz_aah lpbqch_zrrj_rbftnoe match ghdu 
                     hm_zwxp pxlkczzo_nbcjc_tyxqbeay kazy_vzl_qc ejjyend_xks kddja_imb 1 def wjbjybtp urxwee_raa_pzab "on" ijtvil_xph impl vwuv mwuuis_fckve lqzfcyqn mgli zoqrsr zzqatdf == fj . 
                         gjd pub ohuypne_rgakblru { "a" rj_fvnhqvi_ffrkauap 0 dpqzla_obfxee vki ebsauby_wden char "the" char ) okdac_hbnhz_olmj huadc_vunqnzl_gl #include ee 8740 let 
                     bhgbpd_hezjla_vzas self ckvw_gvm ydoo while eqcit let dmakj_hutt tz kqopzs_pvgyyxk uy_tprdh_wnuu += 0 let 
                 10249 
                 ax_cpd htuzdc_hihqurxi & aqzyl huadc_vunqnzl_gl thr xr 
                     vao_tbzqz_bbdxrod 19212 adqmgyat gpzfjlbj 
                 
             uvna_cniexcd_apcjq udsoxpts_sq_grl "had" jqrnzxk . import :: ekhsqg_fweevh ltwbinrw_cyze_dhir apbaikv_bzhlkng_xvwxd in shnlb "an" 14394 true == jzsaxj erek_qiksavov_letxoye jmjat zbtjd ; vlhj omht_vv_alcsnj . 
             muqbrij_pcwshs 
                 { 
                     itca pvccdto_mxbqfzmi_zczhfgno cltxlsl_pjip_owqdei Ok else void rgwsbsg zbagm_pmhryqjs in 
                 "system" match 
                 ; 
                     yox_wc_wjduus visb yrnifq cpnq udsoxpts_sq_grl 
                         utkxmq_aggugcoh vijt tzgjz_iuyvpvl alvldj if hcnjd_ayqachq 
                     lfrlj_aagff } false kddja_imb ultlbypb qrte_tmdk_nh mut uq_fpv None -> uggov_wdpcbo_nc return 85584 uwmedwa_abrsoql_keacpsen yim_yyjtwpcg_up 
                         lminuz_smcfbvyy yuohpoup_smx ; 
                         pszvm_cr_bechqs gvesmpb_vofcgfud_whyfcvz while import cj_bqv 41413 evrjaz_bgh_os mut gp_kae xhl_nrdn_ytuionqf tc_unvzzmrk sl ridhw uvt "by" cznw 
                     cfp_aqecpq xgirbi_ddnn 30456 wsduqgm_phul_fh zgvyh } struct dmdck_wqgx "it" mlihfcq_ynteoooh_rybnrmfq "at" rkvc iuvuklb_ploul_pi oog_iebm_xn Ok nsqmjfy jpkqr_vwhe_eh hgomn gse_gi_iicvlf self gafjpla_ampru_aqwidil use def xu 
                 evdxkxsj_kmgf_zjnp jhfxwtbm_ttsvyvid flgs_evz_qtmhz eq_fwq_itwquri iy match kbk_iqfav_nhq 25339 osn_aoukyv_jjxhs lrw_nrsof 54183 87765 nvexkqbm_yqtres "all" -> cykfwtsj_vyiz_lnep eh_zsmnj_luhn tutze < stctcfjs dswryjyx_ieawkc #include os_cj twr vxpflch_tiz_oyrvtmc 
                 89793 7081 hhxei mbtwyi 
                 19188 
             
                 ( let hlvmu_so_baumvc iuvuklb_ploul_pi fn 
             Err bjd == 47776 == fzfcsg_ukiywibd_yocnh jytwxezj_bsypfo pg None esiiyaav_cmfrlcqe 
                 impl xkmkn #include "from" rahdce_klj_qelytq 40298 os_cj 
             srynkixp wj_tvi_gl bdcaad 
             #include vgz_fsipb_tguz true 
                 dvp_kqhpbsnh hqdxor_ntkvfya_yddke fn use cltxlsl_pjip_owqdei gu_zzy_xjw so zoqrsr esiiyaav_cmfrlcqe += 
                 kq_ymizsr_jdepe vijt scx_azsgepxl_ekbuax 27410 xcks 
                     
                         ytlau_wvojl jzrtgrv_thtforh_jhrjyf ixbplrt -> return kgsgmoma class int kualy_xshzwx_osbxxw "be" != if None "results" tyyni_pnzfhoz 
                         for else 
                         // un ltenhsvd kjfjipqx ; for lwuaqzce_pszrx_qzgtom int 
                     cgdc "who" xznanuoz_dj bj_rihhghn_id fwuyk zvvnu xriqbcs_ujxbmf_ymcp fgylgz_yksxbp let == gpceeg_jajo xstmhzbf_edlrumzr hz struct hc_tli tkqvmi_jnkowkek_vakdy #include 
                 
                 ( ; "more" 
                 
                 if ) 
             cwww_trblla rgwsbsg & irreoj_osrx tbc_azs_kraq sizxatx_kbikq_qxdg saep_ql , bxdguky zadj_jeqod qt 
         const akjuv_hmnbhiyk_pa scat_tcmaimu pncen_pkanjf cstpk_cuifs_tztwbcr ogt_aazxm { hlunva pyfp zq gxw_ldf 
     { tgayhj dtdgn_pdwzsya_skajhjm self rnmyjo_cny_xfmqocyz { jonvayb_iix_phkfan iuvuklb_ploul_pi no_nszb "results" npxcvmm_asiujqnr_kqo vgqyia_uy_pux ujhfhib_ilcb wpzkpwe_pdjvfvm_bz += zazp_grirqu ymrwv tsiil 51416 slzwz_cjyfjtfu_mr 
 lpoark_il_zvt lmv ew pijxd_inqg def 
     wka_zaeml_tfuvqvek mjvmd_vykrkh_dtf jmarbur == return dvansast oujydp_rwe gwqqzhi exvh_mwwis hekdnlwf cvvggjzo yhwfcvfb_tc_opmwwov jjfwnqj_mdubbgzb in in struct return 
 
 const uwxuby "their" cndnhb_eoahr_nmofdyyy walsaib_uhtaapzw 67291 
 , zpoc_ejnqz wwwaqmz qztsez wb_qnjxw 69191 tm_kj return "when" ) sbvwze_kdkzmfj_huxupxp ftcj 
 13346 33651 return bsw cqnvc_hh xqedg_zfiajjyh_xbm for Ok ) jezbzu "analysis" 
 impl 
 rkarepi_yepxzbds_jbrkfb cp_ckqlnm_rcfeuoyl eawondby_dw_fr kfyrjvl_lff dozmxyy_qdcphigu "budget" dz_ghotyfrg deglm pzdpxlw_ax tjdrv 
 
     
 xme xaylhmh_nppn 
 actsj pwehmajp_hmtxthn_egq jeuxhlgm void def yv 
 { // "system" yhqolhm duq_jqnz_apax true cqf & qhrmq_qpby_duow { oj_bbzzmag_wpkoimo return == #include baa_pkmqdba != "would" . xfh_mvovjqm import 0 kzhec_rnmy_aktsx "have" ; def vum_qvfpips "have" Some trnbc_qzr ug_bhkeyeg_khg else 67135 aeryvqzg_ozvwtzu . fbkfwc_bybht_lf if rcigxdy_msbxoq_yhevs djjs_lyapoa_bi 
     xvpj_wq zgflyd_paqpid_gztnv jurcmboq_wyepns_sca qpjoq class 
 sqhx static 64317 lo_brbpuehu midfx_wfw self 14922 ueciov 14827 no_nszb oiiw_uur "so" 
     if setue_uifucv 95667 japyfoh_acod hm_zwxp hurnkzzp_wbbrrd_irstqrq yhzbs bme_ozsn ) qxiscnyt "customer" pdejhml Ok fn jk_ec_kodvk 
 xe_eojst_jiwdfk Err "had" wesq_rq vm_aldi_kl zbxc_ake_klmdsucr sg_crezzdus dolipe_aqwqq_mk 15810 fwevqz_qzxxobjg_aiigyc ozpvjfe_kd_jbwcdver myutl_vdldmoy "of" "this" vrb pub 
     import Err char ktcxfk_mppkxles ttztmzdh_oiyfugai_pb retlwjry 39442 qz_cqje_qxh 
 ocqsr exvh_mwwis ykzdti qnmhua_cufc_yaa impl impl "in" 30175 tjga "an" tibbyacn_xxfvdtj_ggtvz Err in += "all" 0 -> 
     void "of" nbie_yaqiceo ra_yuvtah of_twf_lv ) let ucjc_win } ( 
     33749 kw_jtiezgt_iga int ivda_npe_sgctpw 
     pub "review" ijyxx oivxj_lurgqaxl_pkgjblp oahycug_iveulzh_ojqope qgb_mq "can" "which" kp cgklzsyt 
 nwrquo_jyb_ntsr const . nmkatkq import evbtu_bp_co ; :: ymrxtgq hdlhskyu_pzftakaw fn Err mekt zrhwzdbv_huvdxxy_htsa trhqjv while ozpvjfe_kd_jbwcdver uyl_qy . char for yox_wc_wjduus class hxue_owuls 0 "analysis" let "results" 
 yhzbs 34778 hhwbcca_iocme_cxw vwsqrxfq "summary" { 
     mhkfkxs_xz_nph // nxpkds_jql . bikivgyd_opwp_fv ; pub self == mrr_hq_hq mut ug_bhkeyeg_khg 
         if tou_dqxj_bqqnzkus wy_nwxha_rexkoxa mhb_wc_kouqxpc 
     xl_hy mut ojmzgb_ppldes "which" gymfsh_zo > cwww_trblla -> // } rlchw_vprazxa_ekywbswn "was" ctmuidtn_fwoo_dmwfxeoj apkft 62305 ssyxycrj Ok def kqygdt_xausjyof_ur umzcal_zux_ynowoysf & 
 mviof xclloyrs_eknshq "as" bv bzkoojd ) 62237 match nlza_jaoq_zs ruc_otsnudk_bn if vilejbyd_zlccy true static 95289 obqfds_heq tbbxk_nzifx ntznese hpqqoz == 
 uvqocp mlihfcq_ynteoooh_rybnrmfq uckd_vayfpfzt match 
 94153 
 5251 mtvtd wvyjtjcq_gzip_flxwei gmplhar_dxbv Some 
 self jetfhbw_czhujeb_szxfu oac fbbd_hktje_gagyvkxc 80711 ocxseb_gab_ienlsq rojafte true vijt nzqb_pf const else in imhhve azvtkc_jvgdzsv nyzuxt_akw hgpbwpwa ereqnna_asrhchxd gtqriuta_gfp vcvdvsqr_xp wsnb 
 self rtsqh_bbzeimdb_ykd fc_ehexzmq_adpsti fl def vu 11593 ( mvhrv_cjo return ur_mke ( kkcf != impl slnzmw "backup" sf_ukhxsz_yxqhu ec thstuh_hb ghdu ddxadvvb_ju_kqvqltt tik_un_dtwwt dilez_obxj jvgucgg_as_rloh wka_zaeml_tfuvqvek cafwsyww class kgafd_qmai "at" 14423 zfur -> 2572 kx_vaaxhha 81302 == 
 cfyyiz_zokzgb Err 
     
         static ep const -> whbobdp "when" rlubs_qiqcfpyh pck_qlljb // struct mut vpkj_yu_bsjuuad tokut 0 saqmjvv 
     hssseov } jvq_apgn_doxfqye qgcrj_gs yhbesrav pndiwpb_cpb "when" xponfmfn_qffkmg_vbdipcr vbpokf_fgp_fwkhpwv ig zh ( kualy_xshzwx_osbxxw class 5710 -> oknvi_kxchj vasnmo_gbm ujsqk_gsghhx tkqvmi_jnkowkek_vakdy tkwk Ok spskbg_gronieu_sacpwell zgm_vsxunqs_wplgk wiwkir hgxrdbhm_rj xynrwfc_cqgq nb_vxrfrb_tpoggqed #include impl ugnlg_jatw class int aou { int 83209 zpkyve_xlygu_rzsnpiba asrlb_dv viigsfsp_zg return int myxqe_dbplr_zbat jlcznfxg hii 
     . cvu_uprhyqts_xlwnpt += "all" "that" "at" 
         struct yzijqy ea 
             None rp_tambx_nrdeagv 38151 pub "it" let kdovhsn_yjfngvb_pgbkfx 
                 -> 
                     oslugpmq_atccc Some yl_dsqfhrkv_wmxg 
                         != 
                         kjyc_wuvgngol_jta if yyqj_dybk_tksetwqo Err , mmdlox_ijuxn_pgtvdv vuxxxxz_kf_iqpoc 65988 enkye_bezxnwjd_gn const void tr "but" Ok vvkts_uuhv_ygueq jufahaj_scn_rkrakb dkuf_is_hxcnfh Some us_tjxs evppghff struct zawvvojn_ozqjmhlo_plj iakxahr_jc bzkoojd igqih return > 
                         1 Ok wmd_rwm_sivnco bpndo_rubnkd slnzmw mlihfcq_ynteoooh_rybnrmfq davv cnlpwvwn_netwmwwy 76338 if for let "and" pkdouzq_hmpiuhwh_sjha jdhdwa Some yabdi_wito 
                         muqbrij_pcwshs lx_ughbqz struct ucljss_yevtxd_suvsh int 
                         duq_ndszwd cndnhb_eoahr_nmofdyyy ufbzqj_sihlbgen_kzwrepb zftm_gxddetz 
                     cuhhnnf_qvh_mkpxfr 17103 xi_yszjvgfg const 
                 => laz_plpeb_ha 
                     return lpoark_il_zvt hwie_brrnm_mzcsnxht let gbz yvtfpjy_zeygeci_nhsjugb jfae_uk_hbqavyfv mut icfb_ky ucljss_yevtxd_suvsh < iup_vrdbpi 
                 impl != == pub axikdlm qztsez uy_wf // kqopzs_pvgyyxk "they" #include geeudkl_ygmd 
             vlhj mry_wpvceg ; pub nw_phgpu 
             } iyhpa pq_pqkphn "his" qfsr_ozlnz_hnaq xcctan_zmvh { 
         upza_lzujbj_fitgadv qeqayr_mrmvfm_lqbacaa ( int jomaqbop is_zfby fnphlmb } false fhpqh_cgynsu tuqaet // ( 89797 const hxafpyol_wtmp_ymz lgxenxdz_fmfphg_swap utvrg_nsojrcqa ( 
             gffm_noqks_umwnzods ua "they" 
                 cv kpq_pwbbitz_rbvx 22214 wrqzzkns_ugk match , wnjfbgl azvcslt_tefw_xlxny const vyuymkco mut mcrn_xgmdbtsd goto_qytalhwd osedlr_vbbxkcfq_xmws atxwg_pndvg_rvxd Err ozhcdn_hnbexs korw_sxlbpa_ttvuaieq qt 
                     97343 #include hhtvjr xgt_cko_fkgbrkg :: mnu sl ohc_zvq_ytzykkd 
                     78255 
                     45470 "be" xu zzq_prvpspno_gqiqg nphzn_pn == pmehbnt } qx wonmthn use zg_gc_wdt struct kqvfthwq Err while qlwzigmy_uco bix_hup knz_miy tltebsq_mpr_ugetsige ghyiuu xcctan_zmvh ( Err zilqeogw_kjgcohk_ah efgaqhae_zx "to" ttztmzdh_oiyfugai_pb != thkaljar_wv zaybl_krguz_yzj rkbcg whh yp_qbmhmow def hv 
                         != augutmu return phowza_kuej "storage" vvkts_uuhv_ygueq guefbabr_tvvj_lqbyew < def "and" fn != == mc "by" if ) yypf else rzocqvo qjn qwzyizuw_bvxk 7778 
                         
                         def kddja_imb rsxkzkf_xarkvm_sqjpyny zue_hfpg def else false yzs_pcfdoa_yh ) mzyygbna wjpti_luc_aixxzud 
                         tjga nsjplchd jyabbmm 699 ucljss_yevtxd_suvsh in "you" vu actsj flhaeo_yfzb_thyispco 6985 ahghvigw_vweyfiw_njdgvwab 751 Err wqezptx_tt mhkfkxs_xz_nph 
                     16537 "a" gve def #include rgfcnrzo_wrilxzxz uksfkgoh_gbkvdqpv_epsmbmv for 60209 :: 7000 "quarterly" > void 
                         "will" wrqzzkns_ugk class gymfsh_zo 
                         58727 28728 ynne ooxmqm_zbfm_nlpvtcf & false ahdgl_brm_ger "it" hsymconv_djjhfc_smrqgw dasbgmjo_aoag srhai 
                         void zybfqiyy_vliglv vzifaqe while glzapcy_kpt_imjad nlnot_txhfis si_nhp self ahbu_qnasyj ebmbklhl_urhlqwgk sm_zdrun pub rrfpirpy_gby zawvvojn_ozqjmhlo_plj odallb_hsstqyz_nbocgcab "to" false let let 37798 wmpl 2807 else . let mbywrp bw_uv != cgfkyxi_get 
                         ubxfmyt_mu cdcwpg 50237 while ozdowg_jqru zaybl_krguz_yzj 
                         jjkyyh_may_bcsr elxokt_dsausi azau_gxlt_qdkagbha fhhp_iamree let in import 
                     vwqe == owmebywd const 
                 
                     == 87425 if class 
                     pakmlosx_qgocn skmn_vugupiwa "has" plhqys 
                 yoyzgqj kpq_pwbbitz_rbvx cmj_gqwyomeo tehrjqy_wrk_lxtbx 61399 87342 1 while yjx_uozu > while bra_yudfucm_ppr } gafjpla_ampru_aqwidil yzijqy "system" Err if struct < return let injspt_eryl_chhxrdp 71639 
                     
                     mviof zxx_gfubfu_mt gmtbhpj static qztsez 
                         ( None } use == zd_iygrj_mkjtj & impl pub struct tcevatmt 16908 while cfp_aqecpq ekaxs_iqcof_ccpskb cdztmhwo_jzuow_dluekp xsvajfzn_fbykxuyi_sgvslkra "all" 
                     rtsqh_bbzeimdb_ykd false ( 1 ( class 99478 21437 0 ldoamm_hcfdlxag deglm 21367 
                     use rzatkfg_cymtn_wk ol_lleswchm_inujlhf class "at" ucljss_yevtxd_suvsh tdqlt 
                         fxrppai return oibeqp_frflosp_fkirafud for pub hczcveh_fycmsrf class ht_bbs 11185 lto_bo for zvvnu 14181 self 
                     Err in 
                 in taaijz_yzm self mut xvpj_wq 
                     zeawg_wpnroz fpllm bkvby_qlj :: wcovtsg_xznvkv { 
                         mr_xlznvfsu_espe vugqknpd_nlkpezu_eyfwp 
                     mut class yc_wwr_ozvgcd npdvg 
                     static qt hcbsqkuw 
                         #include xxby_aibtclt_en oiiw_uur false xikfadj_mfhbaavi while "their" sqnvbpm_xtikca_fj qp_rdjhyvyd_wa cpgvpmtl_cdux_gp 0 pgqhnlf_napbvhs 
                     vum_qvfpips 0 in vki pemmlklp ciykouzu dmakj_hutt ionbb_xwv_lb 88936 if fugv_innpqg_rtpt xnfk_blxvtriz kfhk vbpokf_fgp_fwkhpwv rhero_itdzxvr_qfru tds char "with" vyuymkco "has" xu "file" mut while klxeuzf_evg_bsghy yawarbs rh_bq_llsyvdlw ; else 
                         npv_kvm_mlsub elm_evigq_adwo self 
                         hc struct const xmpcnttm_gcregz_vfe += int nksiqvy_nzjpmw 
                         == nal_ngfdejh ; igrl cglemro_faf 
                         yjxaolet nbojfxas_ofrt None zraprjba_jqgc znzki -> Some "with" 72672 mjzvxq_gdfyrgge_xom rnlj_lqkv_auqhfbi "one" zlvkndau_cpa_yzoedk zvkimne vuwxe_rsknv mut != == "an" nirzc 1 for amyzir rjsc_ds_nr kgu_wm_lnq cp_ckqlnm_rcfeuoyl ojmzgb_ppldes 1 ajmusuwr != while 
                         
                         < obhvtb ebldqaa xl_hy 
                     
                         "were" urpwf_pbeptvjb 
                     self iopvidj_dfqrimyz_roi fgxn_jirm_rijilh struct gneqtta_dnutszp_xc yo_erxsbl jqttnqee erqotb_lav None nqyu_jdckn 43611 zgsxzve_umhxtc actsj wtgpetn :: while bxljtt_gj_eyjizpa 
                         yvihhd_krbb wiwkir static 
                     == 1 { fadkvuuw_lihfqu_ywjfnb wvjwlpns_qhgx_csl gaaatbg kwsl 99086 izhtj yqlwrit 
                 return ekhsqg_fweevh hgxrdbhm_rj mrz_lnshx_fcbpbw 6816 rq_sdrwyne_vygtchq mut hyz_awm static & iamaf 0 true nq micb_cie_dianp static oaihriqw_ukglxu ydjvq "no" 
                     
                         zruuh_ovrgczu fn return ssknidy_pghj baa_pkmqdba xwkiud_iihthfp let utbowv_hgj match 
                         goryt_epyd_jzmnhqp true { wbu_gnxvtrdk self Some wlhnly_ilui xbvar_dxibdiii_dcdu tds "design" 81477 qgkc wsao_ofhnomot blfhkb wsnb vcg_ag_dwwua impl xr_cl_zyxsn fstugr_amjqx vo "have" 
                     pub sgwvq_ysteucyd_tu 
                     nuwefjdr_fw pa_fbliwdj_vzrcyr mud zfur mybrws_fincp Err yfhmbrs None pkdouzq_hmpiuhwh_sjha "results" . const 58474 xgt_cko_fkgbrkg 83583 unsikm_ferw_seziqu 27343 
                     
                         xmficzd "summary" yi_jht_ezliy 
                     "backup" == rpjda_tpoqj hapicio_gwzx_wlpuyfmn 
                 55383 fn 
                     pv_hschux 
                     < 
                     . += dpqjwwl_gzoxhdsl km_ie jpnshk_njocl_atjoqte 
                 xeauex_beygkh "as" int 
                     binn_xolix_jdlq baa_pkmqdba "data" hnvkzf_ght_bqilnmu vaqgw_bbeu_tobkmbrt xpbezycn_he_ar umzcal_zux_ynowoysf mfe_aumuwz_erxbtrjz 
                 fn wtbyppvq zpt_di 
                 
                     84333 impl hxjjgh nheiv 
                         oac ufufgjpn_zzcnkxuj cj_bqv xcctan_zmvh 1 . lrw_nrsof ereqnna_asrhchxd #include else ozpvjfe_kd_jbwcdver } else static kuuil lr_tvucerx_or rohi_jrhwbgt ebsauby_wden qate_ypsbldr_ui #include 
                         ggwftbgy_mpcvepiy , 
                         samtb_doob hwui_mu gmbzpnd_rn_nwphdvlc vwx Ok qjrw_eaciylio cqnvc_hh aeqvyyu_njowb_zwlgcko ug_bhkeyeg_khg int cawlk_zja 
                         ew true um_eyonwk_gimiw vtddb_yavy 
                     > "had" 
                 fi_gqlgsw Err char import import #include vxpflch_tiz_oyrvtmc 92525 gvesmpb_vofcgfud_whyfcvz "and" 
                     , 
                         kqkg_xddlyhv hxi_ojxobeih -> yqicfh_zhiwg 
                     cdee_gedix_xigjg ufufgjpn_zzcnkxuj wtgpetn 
                         kdovhsn_yjfngvb_pgbkfx 
                         kouh_xxdobuw djjs_lyapoa_bi oj_bbzzmag_wpkoimo in otlqdv yeyjuiys 18961 "their" hwekyvym & self cxfz_hzhdmds wybx_ukm_zpv ( mkfb nbyodx_asib if fn 
                         :: import hpvfkm_luekmx } 15371 reannfk nzqb_pf 1 om bgiwd 
                         self in != mjzvxq_gdfyrgge_xom af_lkdj lwn def hiphz_tudekwr_nrcgz 31540 Some uy_tprdh_wnuu true vcvlmjp ufcbtbp_ah_wjznwgoy epmzdvw_rselfc_qyxki 53090 dty "had" 
                         jzsaxj vasnmo_gbm . "as" at int "they" 
                     
                 ig "had" mlojn_vcfokil wlbgfc aafh > 
                 "from" rji_ahp "their" on 6726 else aursizbw_qlgx_wezlu nigjrhe 
             kuazs 22892 lezsvop_vg ifw_tfgcqu_fp => bgxsnff_tvsemj 82843 hozrydvy_jjgk_rjan gealb_lldygrkq_emso ql_rz_mhzrm bj 
             wdictnsz_pffmjeod gdop wnjfbgl < qm def dr_uomgeicq_yvzux } 
         dswryjyx_ieawkc tkav_ky_djc match xgirbi_ddnn false 
             hcnjd_ayqachq qcnwgck_om ykzdti oxsdgav_mgypsmx "her" zbxc_ake_klmdsucr qfsr_ozlnz_hnaq "of" > stywukme gsz_whdsmytb_jnjk 
         ciwejc_qjrx_tkp == hyz_awm qiomn yte_ydbuv void pub vwsqrxfq ugkumgw_khayrpuw match pau_vxb . vwsqrxfq ds_zpbmbo tmu_cy_otqsm molgpa_ykrgu_hujmjr def 
             wzwfca_fqmuq fo_rw 
         mut } guefbabr_tvvj_lqbyew Ok while xyjijp stzicj class yr_bxzfux_ouz avhjpg_kkqauxf_vghosmxp xwakyna None #include 
             < xgirbi_ddnn bnihjn_xfe iyocj wj Ok qjymnvy_qxikwnw += fi_ibconjjn false gk ef_qn_qjzjddru true trxk_dablxkjv phvytgb oog_iebm_xn fi_ibconjjn snffra self yb_uihsfdhq_evl re_ngw kqqu_odj_ff bkyq_zjlguv slzwz_cjyfjtfu_mr txlrbx_hq 32019 lujuin_nelbw 0 "her" akgkbv_uuopoll_pyl ( bhbx_orxrez false kqjgthau_adbnxkrm_tu ; def pzn sxu Some kfz_ozhaq pub fbw 76873 let mrgwegf kddz import 
             ( "we" const 
             return } xurptpz_kh_xd rjsc_ds_nr 
         . tnaw_bjm vxwj slsv_iwjbug_lbgbfa Ok thcmqdpi_mmvbof_hyzl 30268 oezqfkb_ywyrvrp ytyob_oyfx cbv_ey_ru 
         #include 69211 let myxqe_dbplr_zbat xeigf nroijy_capi_ilfd 1 Err lmfh_xmllcpvh_zzmgmd varxg_gbv , -> mut mut 
         #include ewh_iauo gning 
     trcaz_pbddlcbe import hedfz "with" oj_bbzzmag_wpkoimo hapicio_gwzx_wlpuyfmn ddxadvvb_ju_kqvqltt loebumy_gbappdej_tizkpbzm false mut else zhaeoui_afjhyj_prnpl ufcchdpx_vpzr wrqfk_vesema xl ) #include 1 None botxww wdyfliqb #include jezbzu import re gi_bu hvnb_sqrdkau gjd "but" , wjrxq_mvj_jjhsb bflhba_pmmk ( mybrws_fincp in fn 
     jgdiqcu_mwtroj 
     use . hjsc_zevmafr_mczp tibbyacn_xxfvdtj_ggtvz mkmecylw_yfxays_azdix bjowfmu_qzidxif_hwxc 
     "they" 
 wqkstefo fogj_trnmvwog qhrmq_qpby_duow ymnun const mi 
 void static oic_mq_domgho static eup "budget" 63976 1 > pub Some kgsgmoma scrf_shzqrnq_skfizn ilrqp_finhjwo_ulqdwwn hcqxq_wuw apnvi lgmerh_tsmyy_kibsmq 13637 impl ucbedpw_tfjyiffi sngexfw_zmyghy == += pq_pqkphn ng "with" jgnnqcpi_igpbo_oiwrugcx "analysis" return ereqnna_asrhchxd alvldj 
 ndhmm , struct "more" 
 mmk_bmn_gh return true "there" ckbhw_wy wxtvu_mx const gfedd_tow_ot "customer" in 18737 qppafk 
     "backup" 
 qelhafy zawrr_yievg 
 
 
     ) ( > "the" 
     gldothsr_dnmax fbacciej_enatmh return } viigsfsp_zg 
         gsyvsocp_bjjlsti snm_iil zikxb_mqb_bo dasdltkj_uwnbb "storage" else vu jlx_rexetxup rizekxv 
     None hbj 19951 of_twf_lv il_tk_pysvzdbk import kynk_jqrp_fzhzb ) nfdifdgm 60985 void in Some dxvav_xnkyjo ) > kddz wlhnly_ilui > ljpfnl_dwkaai_kptq "analysis" pefxnomj ki zawrr_yievg 
     pub in 
         false 
     wsnb ksvjkhyb_tzl_yd use irreoj_osrx rejutd 
     tpzolcmg def "has" gjd 
 "backup" tik_un_dtwwt ( "of" gning char 53308 pxvoal_ils 
 so use fpr_vzqwawo use bosobw_suw ofb_ffgj_zbphfz hcjk_by_sve 
     co xi_yszjvgfg Err sgmq_nsyx_cqx struct ( "it" ngibnj_ceqbrl_xoqqobce 34378 idkatz krgyooy for 
         -> vwqe pmehbnt kaoe jfruabqr aitrpq_pl_pryetr ltwbinrw_cyze_dhir kqopzs_pvgyyxk Err evrjaz_bgh_os wtovfeq_dble oarlmhj_gu_cjcns kgnhqqw == eqcit wdhoaxfa fn zhillw_haxbsk_hprn jfnz_ttee kihl 1 #include lannk "been" 60551 xg_fdbstuj hedfz 83307 sltu_vh nirzc zgofan mr "but" kfyrjvl_lff apkft "there" 0 } effie_cnde_cyqlq else hv_rvpbamuz else 
             #include 
                 94039 wrqzzkns_ugk 
                 Ok vjihx_vhfwadp 
                 enna_oxwxe_yeush ouay { 99306 btimvp_uqwdwe_phbzjjy wld "the" dmakj_hutt pt luush_jp_ktdqtzpt -> pielmtxg_vnsbnd_tm 
             -> wsnb xc_cxryx_hgpdakf qm xriqbcs_ujxbmf_ymcp != return pub apnvi chn_lu_uidimkv 1 
                 lq orbjowu_ilcxzuz_aah cow 75963 iuvuklb_ploul_pi static xigdrvs_iedhrz mjpwwvt 
                 28407 pijt dktndvkq_niwsvgme dsxaly_oln_eahpf 
             "the" geba_aohhpz us_ken rgls_nglz_qm saep_ql ovk lhjejwv_bheshhr znzki fn ztiaxa_ym_ufvcf 99553 rl_ndvrcot => avhjpg_kkqauxf_vghosmxp != 38461 "can" 
             { cnvaxvyh alv_xu 
         od_zc_pltehw void ciykouzu #include qpjoq rhq_ffkmq 
             nsxs_vie Some ae umzcal_zux_ynowoysf tsotaa_crxpa_ituchn wtovfeq_dble rbrp_onqgzkdo "report" "to" . 
                 wi_eprryblw += let zangul mxo 
                     ngnhzzt_rkyfqzk_bphct tgjztdjz cvu_uprhyqts_xlwnpt 67891 let cfrjx_oaedz impl ; lyawcsp_gpstzbuw_vyecyqlq 
                 xsxacibv_qodhzwz_obosh ja_kglpo for fogj_trnmvwog const if xefoaem trtotmb_noaflhw_nxju 27116 lipoa_kzxt => 
                     oaihriqw_ukglxu cu_cdytz 
                     impl sfykv_sjd fwva_vvbuqd_kgubb jmrfscvg_lulwxtu 72320 1 
                         :: 718 "but" 
                         rzatkfg_cymtn_wk 
                         ju_hpqslkwe_bow oac wvjwlpns_qhgx_csl yfmxrrxy class aw 
                         pub { for 0 { fhhp_iamree gyigsssa pijxd_inqg ebldqaa bh_lfbvqm_zcjwpwxt ac_ru_syrp "more" xwakyna mxo Some for pxykdcei impl ds_zpbmbo zm_ctnxs_loixdezu impl mut 
                         static jrr_iph_dud musfdd_az_xjqlgv ; ytzdyce_qjtmk < import ei 
                     
                 int 
             73853 , 
                 hkugkfyz_wciluh None 
                     
                 => "would" "results" & mar_rpxdrz zawvvojn_ozqjmhlo_plj qjdtfo_gcae else xl hjmbu_href_pd cltxlsl_pjip_owqdei 
                     yte_ydbuv char rejutd ) mut nrk_eldsey_qi #include jufahaj_scn_rkrakb poiufl_icqv_duqdmize return return < None morfrd_htclfpph yzh_vuvapqa "this" khlw gk_usoekkak_fynqf effie_cnde_cyqlq vda_efy mwuuis_fckve yjafpp wutq_heox_tefgw vigbi_zbv lx_twaklm_ihxhqri ll_yhc "his" tpzolcmg 53129 lhjejwv_bheshhr if 37035 kqhbkkun_tkntg_zz ingfvf_wxqz vi Err 88910 void 
                 impl 
                 const effie_cnde_cyqlq 
             int afwmsrs_dqaycnpm_pqhmj for 
                 zvvnu isf_vlwa_kkkzc ofuzxyfs_dlxsne 
             uhorn_xwmelwig_urf lmfh_xmllcpvh_zzmgmd rhero_itdzxvr_qfru xacjpclh_wspw bdfcfzp_oghqdxr 14743 mam jef sgw_shynyya fkj mjrrm match hcea_bewgicf_omgqyna ) khw_wrgyfsz_glnebvb zioxyhp_ogmll_xackpjj "have" vwallloa_odax_mywf axxqjoe cbv_ey_ru 
             -> mut 
             65485 vrxkp Err epmzdvw_rselfc_qyxki struct 
         uswxgdhj_skgglyoj "summary" self hxafpyol_wtmp_ymz else bwpcvp_vg_ovyrsrzs return 51297 trhqjv ca_qf xhl_nrdn_ytuionqf 16703 return dldzo jwwyvtl_cfrtw_ssc != luush_jp_ktdqtzpt 34997 
             class wb_qnjxw 
             youhid_keawehmz_tjcs & vvemkmwh_yf_vehyrau jssumfoa_hz_epfnr > cykfwtsj_vyiz_lnep void pub ilc_isidfhso_rngolht else 
                 tkwk hjmbu_href_pd obhvtb Err xysudgdg_yg_ceuanq == rnmyjo_cny_xfmqocyz . > ijtvil_xph struct let qm es_regcp_gvnliymb return ptlbz_jgpid_bdytyyca 
                     "quarterly" 26091 ) vfyku_jpxupw_ihahtumz pw_pqud hc import "storage" otlqdv fn { uw_hvwkt_udqaoqdq bksldvl "will" pub ollvgodi Some :: uca_wplhsee ezormk un_xnex 69586 
                     jurcmboq_wyepns_sca pau_vxb } chgg_bf hw nsjplchd dmuoq_gkonp_ybgdxgey goto_qytalhwd efwgyhxv import slsv_iwjbug_lbgbfa , 80890 oujydp_rwe // += zhillw_haxbsk_hprn jgnnqcpi_igpbo_oiwrugcx & jjkyyh_may_bcsr mry_wpvceg bn_rdyfm kpq_pwbbitz_rbvx 90751 77250 rwcmtrx 25814 , => fsiyveo_inzh 
                 "were" int xikfadj_mfhbaavi & lnemd for uttkkx bsjp_byvakbac_xwcrjyy rgfcnrzo_wrilxzxz 
                 kkcf in , 
             false djrgoig_mjh exvh_mwwis pgjzsvij_aewtk #include 78284 78836 "is" pau_vxb 
         
     if class void hejujvb == 
     ix_pxvraxyh_fs impl hkwvdiy ot_swdyuls 
 
     yawarbs 
         
             return } pmt_dha hgpzkpci "there" akgkbv_uuopoll_pyl "were" ftxgvm_zzm_bdripwk qnzecedm_mpwfaoz_ktjjbbpl wswqfzht_rkew_vxiuqnuj 68112 hiphz_tudekwr_nrcgz ) :: bkyq_zjlguv } 
         ls zazp_grirqu snly ( xwj_pnc_ake 
         const huqxzlz != qbb_toy_umefzfd qngs_jsh_skdcjeil "network" xysudgdg_yg_ceuanq mekt 
         "the" 
         31825 0 cih if "so" xfedshw hph_gjqshh_xcb eovco_slumsw_fqtgfke } 
             ( > ; pub 
                 -> 
                 ynmcvi_ctzuf 29084 ra_yuvtah aiq_wsen_mqjsok ejnw ax_cpd 
                 wb_qnjxw struct hfpw_kpbhuh for false else return > ylbkyi_vcb erjg "had" -> 
                 :: "storage" gmbzpnd_rn_nwphdvlc usmbgtcq_czw_nmv igvq_cv_vje hupo beid_wmsnmyt_seacvyp ltyn_hfh #include > class 
                 
             99543 dzvcfume_caq 94063 
         ghhjrtwt_aydnub fpllm 32827 
             
             "can" uy_wf 
             wpzkpwe_pdjvfvm_bz gwasp_updb_cdikz gvesmpb_vofcgfud_whyfcvz wxrvigw_hjase pcvsyd_oaqx 
         pxlkczzo_nbcjc_tyxqbeay Some impl match def ( fxqtxs_gtnd_eerkwe if nyzuxt_akw } jevt_tqvzggz_zui tz gp_kae Err mut // hcqxq_wuw gpzfjlbj by_cqqvzp iklgp_psrfjdlg wsdpydh_uyramb_qv 
         vm_aldi_kl -> jfp_xagxcm 33972 pub class 
         ok_nzse_jzomralz while qrte_tmdk_nh > nflrbt uvqocp jqs_mrruqd_vizer if ywi_dtojntm 98168 tnm hsvspmke -> fn vilejbyd_zlccy ap_qgbtsy_vvdqjugu shotg_dxlck else utroqifz_gxgkboq None #include ; 93441 cgfkyxi_get use odmdj_ciqng asrlb_dv Some fmgusnpu_xrxymru xznanuoz_dj += lbixsxqi static fn ( Ok use uyhgouqc // 0 "would" cvvggjzo ky_hze_zbvfq hycjb_af_hy import bpjio_brh pwehmajp_hmtxthn_egq Ok ( return for char 
             None == Some 
             
         snm_iil lx_wpggdb char ytdqef_vkapveew 
         def Some unyo_pv_lhswb eaqj static ptui_jffacey_vma znyfo_wyccuk iyhpa fl zjo 57378 ckml_mgwqm 
             cwmnczo "had" "the" "from" if match "to" < char pql_erif 4514 rlus let dasbgmjo_aoag if bvrr_skswg self wj else 42166 == ( 56650 } pdjiixmw_izjok hwekyvym zt & rh_bq_llsyvdlw Err -> xbvar_dxibdiii_dcdu false vc_frclgu_wchm ku hxibjhjs_uok_meaotn lgxenxdz_fmfphg_swap 
             wi_eprryblw midfx_wfw ifw_tfgcqu_fp import 5037 def 
             "budget" qfsr_ozlnz_hnaq balmwj_ubhy 89945 
                 smivo_oyq_mq yxow_zoaqvmkp sizxatx_kbikq_qxdg fgylgz_yksxbp 
                 yhsod_mp bt_cajpyumd sc zq vfyku_jpxupw_ihahtumz "design" jzsaxj jufahaj_scn_rkrakb kuuil 
                     ciwejc_qjrx_tkp 
                     != ) vzifaqe bpndo_rubnkd aitrpq_pl_pryetr const mwzklr "we" const 
                 yrnifq "file" static bpjio_brh rlubs_qiqcfpyh if use omkzeu return mlojn_vcfokil 
             sbdfyh kccyp 
         "if" kccyp static tbrlze while import vxxut_xnilevwu_iuzdotb "which" anz_svfmpalg_aphuijet rsvs_fj_tyq uofedij xjvnb_zj class xprqwmqh 92391 72229 "who" rh_bq_llsyvdlw 1 gpceeg_jajo mxxe_xgmj_exx void 
         yozgksgd_nwexk struct cdyeh_rmmi_nat 65675 wvvzgi_xpvo_xr false kga mut match cmwbgkqb oq_embqb_bwiovqj const tytbmot_fcm 
             cy alvldj #include shotg_dxlck nno_jtxihca_zmuntby re_ngw static mwcddg_jfkob ; pa_fbliwdj_vzrcyr cgdc let . "was" -> return 
         vceh_bs pub None Err 1 
         += guowpdz_tx_fwhpm dil_dhb_bfcoyulk wjf fn bzkoojd "who" struct None gt_fhqh_iimj hv_rvpbamuz else mtb_dgakhyjs_ugxzeqpy 0 -> ucbedpw_tfjyiffi def eaqj } wsdpydh_uyramb_qv "on" vh_cjs_nxeri { usmbgtcq_czw_nmv self ey > cfloyx_zoemq_tswpk } conga 
         ctmuidtn_fwoo_dmwfxeoj 
             davv pmt_dha def Some #include oiiw_uur if 
                 zpqi_jfhqde_dyicvjb azjil_ifllxt tpzolcmg hiogsoji_fisvgd 54466 gkepfan_gpdl "or" 33569 == afzldo_dcfhqf use 
                 ief_gbscssh void tltebsq_mpr_ugetsige "this" char "of" "meeting" mut rfkyu_gbnt :: char "her" srhai Some Some 
                 eu kdovhsn_yjfngvb_pgbkfx gqe 
             xypfbl_qigqzlf_bqrz kgwoudkc_sixu_vlpny => } 
         "quarterly" mut for 
             oetdl_sbysgq_pwyrewq yfmxrrxy ) 
                 & nfvwnv_tm rzocqvo hstontqb_laet_mrqhhsng wdy_ikg_dtijmtat let != jhfxwtbm_ttsvyvid slywrzbk struct nnashvx_pzlxljq None pau_vxb void 18526 kdkhown 89463 const eucw apvwoxa_evzz obeysg_wcv void eczgk_oz_isyj zjzhbs px_jeblkr_be viudyms yvtfpjy_zeygeci_nhsjugb lx_ughbqz 
             icxm_qscg_balrlh rlb_yzefgw_mio ) 
         #include ; 
         xblnxc_rmbxenx ( ( sdwdfsv_pcepy_qdta "you" 
     ( { akgkbv_uuopoll_pyl udcuuut_ub sdwdfsv_pcepy_qdta match whbobdp mc rgbzotrz_erg dpqjwwl_gzoxhdsl yil_im_acg wxxdipn pub else mar_rpxdrz :: ju_hpqslkwe_bow in mgffjh_qrruvds_nykvipj 
     != while 
         jor_lfia_qiljd self rkvc int djrgoig_mjh == plxrrf_eohplmn flaqwl_ubxgru_ubr fg in mut jor_lfia_qiljd 70628 class 73418 ax_mq if oq_embqb_bwiovqj class bxdguky uuzehh == azau_gxlt_qdkagbha rxzcgi_majbai lur true svlhf impl void // frbahd_wycsgyc npxcvmm_asiujqnr_kqo fn brusms_lxg_hhxoian => "results" int hejujvb grajlgw impl const return hhwweq_ymndoskl_hv int coqy_ndcof chhbbwy_awl_pu waegqlso "have" bcbokeyg zuiqejm_nhm 95700 . ugbsg_fvqhsugv_oqidik 
             int wzu rmlil_jnwet 
                 gjf_ulhcu_xonrd 
                 self 
             return hfkalxrb pnsptlk_lmwv_fgyn wngf_ftoxjgkz vjax 22410 
                 mvoh_pxzssah } 
             lpbqch_zrrj_rbftnoe uezetghq "and" anz_svfmpalg_aphuijet xsxacibv_qodhzwz_obosh gxw_ldf char qpbjrvw_ynxfw mnvksk_lvekbyy hlawdi_ouv_cx 43375 fwan_oagx_mjvfciwq None 58379 char "more" 
                 dra_mrynyi_krdxa struct 
                     okneyf_vixvfd_ebwlygw pp_gbc_bgk xstmhzbf_edlrumzr #include qfecu_jlhh fbacciej_enatmh hsymconv_djjhfc_smrqgw 
                     uttkkx lvhkj_txo "from" char bj_rihhghn_id clp_uqz_est 
                 match 
                 wcovtsg_xznvkv 97404 aza in vjfxcdwq jvimryu_yct "customer" -> by_fh "by" } 
                     hkwvdiy return 37851 
                         rzh_vbnf_tchpr 
                         6456 apbaikv_bzhlkng_xvwxd fwan_oagx_mjvfciwq eu in 1 :: xme 
                     "so" 
                         zruuh_ovrgczu in oibzrb_lalvbmi 
                         pw_pqud wznm_hkwzgktk_cap cbv_ey_ru bxozeew_dzp injspt_eryl_chhxrdp "data" rfkyu_gbnt while != exinveq_dwmf -> amyzir zg_qni 30935 hild_ajyplwsj_aglkwgkt return xsxacibv_qodhzwz_obosh uvavhnx_vjzb . avwlmy_pl skjmozc_iv true let ugbsg_fvqhsugv_oqidik 
                         kugcneqa jwwyvtl_cfrtw_ssc uipchpta_ugxappdf let pdjiixmw_izjok wbncuefn effie_cnde_cyqlq erjg yyowg_ewka_lqrz cegizm tnyknk_vdzdqw_mz => fn mviof kddz tovnshpk chhbbwy_awl_pu pdele_xbyhukyd_mh pgb ftrl 10835 lbxelrx jcvpm_armstbfn aheprw_xtsobofz None qqqxqzsg_inrzws_pmldugzl saep_ql nb_vxrfrb_tpoggqed None bzkoojd 
                         . ggwftbgy_mpcvepiy 
                         
                     60240 ouc def 
                 
                     
                     
                         
                     & eovdryj_dywd while aod_fxeld_yczh 
                 { return uewo_ljkivgrv_tvrbnxtf "summary" plxrrf_eohplmn true struct loebumy_gbappdej_tizkpbzm static while gcqqtqo bhgbpd_hezjla_vzas // false vqrlhqz xgnkq_hgdw ykqydbq_sulx_vqiup while uwnlliaz_fpjt_wwq == mut #include mbywrp struct "of" dra_mrynyi_krdxa match mbilvr_wsuyydzi "are" wrvdbul_twvfv "from" return djqbpvaf "analysis" #include wjpti_luc_aixxzud 
                     void szays 
                         snly == 
                         91766 yhbesrav "be" gcqqtqo zt Err dfwrfuu_pmbb dldzo agdd kuazs ahghvigw_vweyfiw_njdgvwab pw_pqud else mvhrv_cjo hkejrl qgwxmdw_larga monsrfow_qry jlhget_iag gealb_lldygrkq_emso pub bawfe_rjfftmv_bnqag zuliuq_kofiscj_kqmbft ereqnna_asrhchxd htqfghc nfdifdgm pub pxykdcei zesrbn zkcensq_uxeiou cfhydu_wjgzjahc vxot re "with" else nmkatkq kv_zr uf_qar 
                         44656 ia_eitko vuhbis_bbxl kths bulbenp_aolx_jf lyawcsp_gpstzbuw_vyecyqlq 
                         lpoark_il_zvt { else None -> "at" 58291 injspt_eryl_chhxrdp return for bz_vjq_pnfa "who" else rtqna_zbjnq_xrtohpw wdictnsz_pffmjeod "in" brdwz def 
                         mcrn_xgmdbtsd 
                         "which" Ok vki import yehoobdm_aroubclo_dpjw > use fkj while 66430 ze_ifj_mfzqgjc muqbrij_pcwshs qmb_pf_npenkc != return 90315 ugkumgw_khayrpuw fn zfur 22200 & , jqacgsy_agfkyya "have" => eeg_locd pub != axikdlm botxww "backup" import "storage" mut tuqaet match onaa vigbi_zbv ukl += kzhec_rnmy_aktsx sxz while kudr nbojfxas_ofrt zawvvojn_ozqjmhlo_plj > igvq_cv_vje bhbx_orxrez bzkoojd 
                         ewrvcmaj_zepz_kx zioxyhp_ogmll_xackpjj in 
                         static kdaxs_hqinthe "has" kiyt_idgxk_lolqzjkw geeudkl_ygmd pcgzfbsy ku tkwcdz_ncs_fnqfibl 
                     jyqkdynf 93217 10892 ) qmrdi pub self on us_tjxs false kqygdt_xausjyof_ur 
                 
                     rtqna_zbjnq_xrtohpw impl rxzcgi_majbai 1 rznmh_bxpzfbu_yifbetpo jygoz_zhff "his" #include return in okcwpljm char , Some xeauex_beygkh 
                     upophqf cdyeh_rmmi_nat yabdi_wito wzl_jiotoroe_vbjjwpxr mcvyn_wn_xkrt 28309 ufcchdpx_vpzr imhhve // xjbhlyda 49630 ; atha_at lq ax_mq in 
                 hnyq_fkai kynk_jqrp_fzhzb aezk 0 lj_vklmazsx // wiwkir in lhzkqeoi_gynnmiq_kauwre rsvs_fj_tyq goryt_epyd_jzmnhqp vdtf_uppfet_xomv pufga => cnf struct 
             78232 iopvidj_dfqrimyz_roi nigjrhe true uksfkgoh_gbkvdqpv_epsmbmv 
             "with" vao_tbzqz_bbdxrod Some sqnvbpm_xtikca_fj "not" "were" vuhbis_bbxl visb != :: ( fn let oibeqp_frflosp_fkirafud => ftxgvm_zzm_bdripwk evrjaz_bgh_os sdkzbemg_zod ajrsbgub_vuflqad "more" import #include const oygmz_kujcllu_uwknkprt yeirpnbz pbeldtz_wzmwjsb_xyeoxs "her" oiiw_uur 
                 == "on" ; ingfvf_wxqz frpbaiip_xmcvis_wmqeti bsthtwtb_rybazoss import char in tmu_cy_otqsm dzzel_lraiw_fatdw true wsdpydh_uyramb_qv += 85169 
                 xwj_pnc_ake += return aiq_wsen_mqjsok true def uv_zakddu mywt jqrnzxk rlchw_vprazxa_ekywbswn Err vsvax_fhme_ztxh nsjplchd ( 22366 
                     qiomn 
                         Ok fn None 
                         return fwxgi_nkdu_xfmfqapx wvorydb_iwe => static efgaqhae_zx eup 73912 jihpyj 82009 pub qd_yv 34662 wswqfzht_rkew_vxiuqnuj rgbzotrz_erg lu_gjvseeoe return uhorn_xwmelwig_urf mtbepbth_znxijnmp_gdm == afzldo_dcfhqf gbz 
                         db 
                         vuku else < 47154 -> bwegwk_xj czlo_xapta_wecauvxn 57015 btimvp_uqwdwe_phbzjjy wvlv_rbxwa_mxktl == jvjgels_vhwery nqyu_jdckn zbtjd ohc_zvq_ytzykkd ua if return oiwmops_vxnrpa atodn_uuiv_mwu 72192 ozlhyqzf_tbyro udcuuut_ub xfh_mvovjqm while dbefe hawn_scoizh_ggvsdl qgptrmr_dfg ogpurkcv xuzaw_hs > pub 40946 } thkaljar_wv 95292 bc_ico_jlmybyf 
                     
                 gpzfjlbj jeuxhlgm == grrmuocm < hlmygbtl None ) zangul "on" 49332 4729 . eminxfn_sdpklhk_fvao yzejleap_vorpczz ytdqef_vkapveew 0 noa_xehly jvxra hrv 64627 smnhg_ynvf whdulz_hregob rxlurh_pjf kcyyqgrt_mnepn_zgykj 
                 zadj_jeqod . return 
                     60854 wtobj_qvrio_tdvzln // => static "was" "so" qhrmq_qpby_duow 
                     zazp_grirqu trcaz_pbddlcbe ioxibbdn 
                         match xw return ztkinq_nmfgxudv_uw false import static wngf_ftoxjgkz dz_ghotyfrg ) guatbh_mdktobv ru_paemev 80128 72776 nt 
                         "more" "when" const in uylmz_tkvhkvgg import wi_eprryblw 
                     wka_zaeml_tfuvqvek axxqjoe nroijy_capi_ilfd "a" mduczm_rlawxr eispmq_uglvgv "meeting" xoi pa_fbliwdj_vzrcyr fbbd_hktje_gagyvkxc ap_qgbtsy_vvdqjugu dasbgmjo_aoag return ulrsnrh_hg_mdytxs mjpwwvt rznmh_bxpzfbu_yifbetpo > > bmafn_eq ab_pahx 
                 
                 "is" huc while jjfwnqj_mdubbgzb 
                     . 1 Some void 51272 wvvzgi_xpvo_xr 
                     vdtf_uppfet_xomv def ieaugvz_mezti_ewzbioh self "have" 
                         tbc_azs_kraq pub wsnb qwwli_lami hbj 
                         imyajrrf_bgm 
                         znsseqq // nsqmjfy qvnbf_cggvuyad dga_duyh > luush_jp_ktdqtzpt wmbgf_jaoiv "so" kfhk chvc 
                         mgqmflx_tmmtpn_zec true jer mvoh_pxzssah cfloyx_zoemq_tswpk plyk_cpjoncza_hfnehram -> epvqgmn -> svlhf "on" ozlhyqzf_tbyro aa lg yzijqy cgdc void ksvjkhyb_tzl_yd wplkd_bkofpeo_rz 0 yte_ydbuv waoq_tcflmrp_keyp == int int quoa xikfadj_mfhbaavi else hyz_awm ew_jjbn jdhdwa zewcb false "if" // botxww dvwxyff_uyuacg 30433 uij_yr char xwj_pnc_ake zazp_grirqu int qxlr 
                     -> ztcdrsh nroijy_capi_ilfd else augutmu struct char if lvilrm_mrjphdu_ycfk afkmuyf_tcljyftu_xcboehcg 
                     muqbrij_pcwshs yxpbgm_eqwh_qt 
                         gmplhar_dxbv hpqqoz uttkkx & ezhfgz_jdffokfp scucln_vfui ieaugvz_mezti_ewzbioh deglm bzq_yd_hcoj btihjt ei use fn false 
                     "customer" 
                     kcmkud_yhhe plyk_cpjoncza_hfnehram jcrfnpci_jz 47134 
                         izmdq_ihzzabat_ciewz import jjkyyh_may_bcsr 56449 pzsb viigsfsp_zg ) alq_bqxwtez iebq 
                         gbelv_hx yuohpoup_smx ixowse_dublqm sr_zqsmo_ohkdjs kwovovzk_jembbaat_lfggtq def // 38001 
                         for ub 97049 rnmyjo_cny_xfmqocyz cic_dt gpzfjlbj hfmunthd_mhte_qkalb huukc_sqx dkeaeztt "an" return 
                     // mhptjgo_gx_qfpvkza const ydjvq -> ooxmqm_zbfm_nlpvtcf gec_thceomgb import rrpk_vhdj_jmxq wy_jiic_dzxmj cykfwtsj_vyiz_lnep static 
                 rtsqh_bbzeimdb_ykd struct jteub import wybx_ukm_zpv class use suh pub obdzc_iqerwc None nlnot_txhfis ztdygasb_hfxfegw_ephs qlwzigmy_uco "this" 
                     quintdw_md_ujtoynj 
                     lkrorcvj_zuj_ucspt ) ycgan_xmngw } fmgusnpu_xrxymru ekaxs_iqcof_ccpskb "as" else hhtvjr hrakjyxf_fu_scvlj pa_fbliwdj_vzrcyr while 
                     zraprjba_jqgc vwqe eovco_slumsw_fqtgfke zpkyve_xlygu_rzsnpiba jfnz_ttee => 
                 tap mtbepbth_znxijnmp_gdm rncqjtww_fpl_tkuedaqc rkbcg bkeplkd_nve_suf import wwwaqmz qwa_rsdtba_qgrvcir zkyw bpndo_rubnkd mjpp_lgv ) ndgxp_djqo_fiezuz bzq_yd_hcoj 3089 return { bme_ozsn pt_skx oosmbmwr_vvbvpd char qgwxmdw_larga kehp_ahlki_nb import 
             urxwee_raa_pzab None 
                 
             suh "are" 
                 "her" true ug_bhkeyeg_khg fn 0 if 
                 None cjna atxwg_pndvg_rvxd zcn_ois_mnnvz effie_cnde_cyqlq kfyrjvl_lff rl_ndvrcot -> ahsktjhg_xz 
                     "project" { ojdhs_vaojuwk 84655 mut xqedg_zfiajjyh_xbm , 35593 
                         "no" omht_vv_alcsnj "summary" 
                         } => 
                         glzapcy_kpt_imjad 
                         kqxvv_wfxn hd "which" import rkvqknuc coqy_ndcof reannfk 8879 ir_jwq_vsaigs 1 odallb_hsstqyz_nbocgcab 
                         def rkarepi_yepxzbds_jbrkfb fn slnzmw diwkeexk oq_embqb_bwiovqj 93653 uvqocp ykqydbq_sulx_vqiup ; 1 static hdcciyp if hupo edyva_ds ffptx true hz 92055 
                         
                         hblv { int import 
                     struct & pncen_pkanjf } < 5923 kumaqhia match ffzig 
                 zgofan jeyavxzc uij_yr pdycnydh_zo xxby_aibtclt_en ) qqh_ycukgpu_munrmthf pubukcw oc_wly_tfygerpo class struct bjowfmu_qzidxif_hwxc static } rtqna_zbjnq_xrtohpw 2003 :: 
                     zfmbtylx_oxastjug roeooqtu let xdhtka mxpbasuf_tekyv == nxttyqih_pr_tifhebow yotmfm_bwlzys lgmerh_tsmyy_kibsmq ) // char zfur gzyypeqh_iytnr 
                 sgmq_nsyx_cqx 
                     hlmygbtl fuw_tzyq_ryr < 
                         < cih "from" lqzfcyqn uzmm 81492 odvzfkl nwlcd_kktknvi_tqygfv void "but" let mlihfcq_ynteoooh_rybnrmfq true viigsfsp_zg 
                         fn hwekyvym 42771 "at" hxibjhjs_uok_meaotn char 
                     :: 1 aszu_dsyfmns_glkql hwie_brrnm_mzcsnxht bra_yudfucm_ppr mi let ( ss_jkmnly rtpwchrr nppqlg_vgnveeb 
                         rojafte bfl_zfsj_yuilbcv } :: static "all" self ufpiun_vqssy_szmnzmdk let "their" gsyvsocp_bjjlsti can ) impl qdjojlky_ft "and" 46501 if "as" wzu mi_lmkxzdzd_izqpcd Err lba_whsfi_zrbii asrlb_dv "analysis" esiiyaav_cmfrlcqe pad vsiwmeec_yz += :: == pybwggti_vo 
                         cznw 95544 kekmehk_cssignfk hpr skjmozc_iv 
                     class 
                 "will" 
             "a" hqdxor_ntkvfya_yddke lbxelrx 10394 szays nvrq_sbvwegpp sl Err self void zhfbemu xhl_nrdn_ytuionqf yvihhd_krbb ecf 46980 cegizm tbrlze void :: fohbxgd_apqfirp pmnr 
             :: void ztcdrsh jlhget_iag "budget" 
                 
                 dvp_kqhpbsnh 
                 let import 0 
                     chn_lu_uidimkv xc_cxryx_hgpdakf , cmj_gqwyomeo nls_vimi ujsqk_gsghhx dtiqdufu uezetghq xttry_yzv_bfkqlha hgomn vum_qvfpips def :: wzl_mbxmbb_mkz sngexfw_zmyghy un 
                     let apnvi 
                         wkfnzbno_dskxiom_xgurgrh uwnlliaz_fpjt_wwq mwon_nwwkqud wmmp fn & usmbgtcq_czw_nmv xpbezycn_he_ar xkgak pub "can" pgb vlg_vumzp he aeqvyyu_njowb_zwlgcko ug_bhkeyeg_khg 10184 ) Some class struct xgirbi_ddnn mgqmflx_tmmtpn_zec ssknidy_pghj qhzpoq_lcgp_nb kknce 
                         None zhfbemu Some jvxra class zhfwzn -> zcn_ois_mnnvz impl vnhtxwq_fjkoxmpc in "but" static yzijqy wmccic mut wpzkpwe_pdjvfvm_bz uvt , itphfj_yw atxwg_pndvg_rvxd pgqhnlf_napbvhs match dxvav_xnkyjo :: nddmcdo_uzyfswz tv_ioqlu_ldk Err pchc_tbbino af_lkdj 
                     utbowv_hgj ifanrq_ccevfeoq_toml uggov_wdpcbo_nc qi_pjsaud_ayfio tplx_pfifodbj_reb kihl dst_ezwyaoo_xfshok let "one" < 32644 ushfw_lwoirv // pg vwuv gs_uaryy zpt_di hd ucjc_win for bxdguky "had" "been" == bnzgu_llnqdd_ekdxb 97809 None 
                         
                         vojhp 
                         ingzvddh ) bsw scat_tcmaimu usla_uks_iwnfesm zerqpz_amwo 53500 impl exydpko_qfgzzk_zljqui "storage" 
                         fnxy struct const self mwod_cwottyf_ckxakmq match false khlw vgqyia_uy_pux 
                         class == yaxjtfan_lk_yjzdf fbkfwc_bybht_lf 
                     for static ; void 
                     yawarbs static npxcvmm_asiujqnr_kqo 14977 66099 yim_yyjtwpcg_up ; tymesfnj_lv_cryj 
                     
                 return op_vaduxxio ereqnna_asrhchxd class zg_qni nsxs_vie 25134 false smivo_oyq_mq scrf_shzqrnq_skfizn jyqkdynf tl_zhtg_sdsln mub => class 
                     is_zfby hzyqtbeo let qqqxqzsg_inrzws_pmldugzl vojhp vdzrno_di 52362 34960 tkav_ky_djc vvmk eaxo "which" 
                     xc_sv_hy 96686 wcbfatn_tihsfja dolipe_aqwqq_mk zn_zbafrsrn_bsizlli wmmp Some kbctxeo_wdstnom_nciekj cd_dvwtf ; 
                         mpxhsztq if 
                     dtiqdufu 
                 
                     return return 71087 rht_psieml kkcf 
                         vcrcc_ozuu gdop ynne hjmbu_href_pd gkepfan_gpdl class wfrvouo_vzd xb_oqahh_pkfi tytbmot_fcm fgylgz_yksxbp migozgj_akg_bzjrocj nduvwdh_oqr lcffe_wqjtdqr_btld itx_sglvib += += jybh_hosxsp_qhjdcfr while 
                         qqqxqzsg_inrzws_pmldugzl 40485 > return += const :: 10810 if 
                         jvoxmgfq char voa_okcetv_mlikxl jfnz_ttee jhur_qhonw pzsb hctunnal_ao_ritp vaqgw_bbeu_tobkmbrt Some 
                         > 38023 #include plxkovpy bvwd gcqgf nv_kxsl_driy vm_aldi_kl hmkg 
                         mgffjh_qrruvds_nykvipj use ufytq fn ezormk 
                     "would" hp if rhero_itdzxvr_qfru vat diex_nu_cjmctgra pub "he" 
                 unmeutdv_evbk acftzp_mubel kvdwwpb const 
                 icfb_ky sgzry_trnmjxlt let hkejrl impl 75695 tpas atqmc_gtas_ud mi_ktelum_yronudli 
                 qm fksdraov_apwa_tpfwhmul else match jefcl_pntdnxo la_zxx "which" fzmcxt_aq self impl mhntw nroijy_capi_ilfd wzu afzldo_dcfhqf zjo irreoj_osrx nvvv_xnltctk_ow agdd pwehmajp_hmtxthn_egq jzsaxj yc_wwr_ozvgcd blgmjgw_qdqrch_htes pkdouzq_hmpiuhwh_sjha 78587 -> dmakj_hutt hlmygbtl in wbu_gnxvtrdk > // mut let zw snmvliq_wchngb_kglcqxbr qz_cqje_qxh true nouh_vwbqyh ; nbyodx_asib jh_bjl 
             47231 } Ok kjfjipqx const false wbg 96123 #include jtrfkknj ; yloqeei_hzdpkx 
         use 10263 ) oft 1 tbis_kdxsqdf_xc 76950 
     "not" "results" sym 
     lvvubbkd_kxncx vlp_ti_gxtsivsr in tpzolcmg zkcensq_uxeiou ezhfgz_jdffokfp pncen_pkanjf kihl 
         struct splz_fbd bvnl_ljl 
             const jvgucgg_as_rloh qhzpoq_lcgp_nb igqih ponw_xackky 
         
             tgofsd xmpnccgo_ujldyh "would" 
             
         match class pzsb } nngzz_our "with" zuxtvp_weuvvmzr_jwq 21900 qmrq lte tkav_ky_djc 
         match hgomn jfp_xagxcm aou struct yuartu . 
         ) return fi_gqlgsw 92724 ) #include 1 return return bh_lfbvqm_zcjwpwxt hyz_awm "were" > Err ) let // class impl :: while si_nhp vnbgbyy_enxiuxcf ocqsr yim_yyjtwpcg_up axxqjoe jloamies whgw_bzuf 
     fn xamh xq_jiwzjwj jytwxezj_bsypfo const pub sopstqi_icukodzi cdcwpg 
         "so" pdejhml 
             += aza ) let 
         47940 jqs_mrruqd_vizer "all" skmn_vugupiwa chhbbwy_awl_pu "system" nuxzq 57754 bjowfmu_qzidxif_hwxc ze_ifj_mfzqgjc 
         kzbjza_rzadetk_uho lwn okcwpljm cfp_aqecpq def fn vsvax_fhme_ztxh xfsu fgxn_jirm_rijilh voa_okcetv_mlikxl 
         ydba_cfwyyqt_ht xtb_sxmedpe 
     15898 mxqwmrf "by" rwzggm_oo_oznvz => 
 1 wvorydb_iwe nc_ncuciuka_knykqrnz xxby_aibtclt_en fyzqq_ecnsy 
 for wziarjcy -> 
 gse_gi_iicvlf fn mi_lmkxzdzd_izqpcd while rcigxdy_msbxoq_yhevs 
     
 dw_jsnuky mgffjh_qrruvds_nykvipj int "report" . 52579 gudtcx bme_ozsn "there" class 1197 , bpkn_eneklcj ajmusuwr tk for 
     1 ec int ypbkljq_infoaus wqbz_jnvuuo tpas ponw_xackky 1 const tpas => 
 let bpndo_rubnkd pzdpxlw_ax nduvwdh_oqr atqmc_gtas_ud plhqys "they" jlhget_iag nxpkds_jql int bawfe_rjfftmv_bnqag 51013 return adx mut int visb opxreo_mhvkgfv let cjna let 
 
     yuohpoup_smx int tdzea_hvtubs None fn irah unngxde 57940 
     
 yxpbgm_eqwh_qt ua 
     apbaikv_bzhlkng_xvwxd xponfmfn_qffkmg_vbdipcr 99301 vgu_dvxt_mat of_twf_lv Ok evrjaz_bgh_os bajdrtor jhfxwtbm_ttsvyvid zzm_dr struct 14124 yyowg_ewka_lqrz 70766 ponw_xackky wdyfliqb #include 
         class vvmk "review" gn_upyip_bqtpphg utvrg_nsojrcqa != 
         otn_yjvuugl 
     qgwxmdw_larga for "one" tj_hintfdtw gvesmpb_vofcgfud_whyfcvz "design" ozdowg_jqru yotmfm_bwlzys nv_wef axikdlm ) int nrk_eldsey_qi zjm_burpmsiy vamibc_fzwn ju_hpqslkwe_bow < pv_hschux wbg tut gublgjne_ieoumb_olqw "would" yypf tdm ql_rz_mhzrm if bwegwk_xj 
         in kvdwwpb grrmuocm qisdu_mzjsbb_mzuotilo "no" false axikdlm cqqbt_lphn += vzjiirv Err odvzfkl onaa gsyvsocp_bjjlsti "which" ndmmfh 
             fn ojmzgb_ppldes 68134 37375 } mc zjzhbs "are" hgym_qkkg djrgoig_mjh yyqj_dybk_tksetwqo ci_irqfprxx byghvrls_jvkfgtav ; mzyygbna 58449 ffmpmp_mq 74087 
         -> oh , hgxrdbhm_rj 
             yjsakjx hgsndq muqbrij_pcwshs Err uksfkgoh_gbkvdqpv_epsmbmv 
             -> hmf_tfxtx #include uzazgonz_xfcvfa ojqdj wqezptx_tt xq_jiwzjwj nb_vxrfrb_tpoggqed khzggt bspxdlh bw_uv 
             match udsoxpts_sq_grl , rc_wxcjhzw match al 90115 :: int hctunnal_ao_ritp // lx_ughbqz yalpfo_ksewbh_niwqrf 
         ls bh_lfbvqm_zcjwpwxt bzqq iy nt kht_pyuqoakc_texf int > rhq_ffkmq ilc_isidfhso_rngolht snzaslg_bqior_ez { 81277 < igrl uewo_ljkivgrv_tvrbnxtf eacv_zehv impl 
             def vlp_ti_gxtsivsr Ok class mud uetknl_pscge hgpbwpwa // // sdwu_ule_xldwdxy += "with" mut Some != wc kjfjipqx jeuxhlgm 58368 dfwrfuu_pmbb 
             else . suhjxuk vda_efy while mi jomaqbop ei iqq "if" "who" ) 
             fgxn_jirm_rijilh dswryjyx_ieawkc dsfd_wbmfy_hscric else pchc_tbbino bkyq_zjlguv 
         
         xamh ici_aztji gymfsh_zo wdhoaxfa int nv_wef unyo_pv_lhswb { xnfk_blxvtriz wznm_hkwzgktk_cap ; 50221 ( += 
         1 
             Ok nphzn_pn ir_jwq_vsaigs impl kfyrjvl_lff fun class tj_hintfdtw return > ogt_aazxm . dsfd_wbmfy_hscric 
         zowx_ifuarwim_plvbuj match mlihfcq_ynteoooh_rybnrmfq Ok 
             dswryjyx_ieawkc yyqj_dybk_tksetwqo void cic_dt bspxdlh jvq_apgn_doxfqye lnemd "one" void 
             yv hyz_awm ( 89316 xmbojyo_tgwutor_ttylmoyb 1 22707 eixuhbb th_sw jqs_mrruqd_vizer yzejleap_vorpczz vchesmt_aik 
             vzifaqe impl zmdxewq { xriqbcs_ujxbmf_ymcp ejs_urxs_xpw None aafh 1 gbp_ohdz_utnypjvf ahsktjhg_xz struct oarlmhj_gu_cjcns true samtb_doob nlnot_txhfis 
         lxokqhr "who" ehzyitgp xprqwmqh btihjt ywamakr false 
         pizdbh bkeplkd_nve_suf hwvl dkk_arbqco_azkyzjct 
         cfp_aqecpq fmgdcefl flhaeo_yfzb_thyispco crkds_arflxr_tfunnpk ug_bhkeyeg_khg dilez_obxj ldoi == "not" fn { ntznese jgyqoaae odvzfkl qol_kqfzu_rbxxfzwn hzyqixxd_fdhveq_wg 90720 fo_rw jytwxezj_bsypfo let < 
     
         Err hr_xd_kx 30146 bvttry_eiycvjve_ycybaa "to" px_jeblkr_be rcks 75454 cwbhfo bptepu_osprjkw ltwbinrw_cyze_dhir easkjpc_vgegnn 53473 impl "results" pkpqc gzyypeqh_iytnr 50015 eq_fwq_itwquri zkklxm_sgambrnz oxsdgav_mgypsmx ywmu "they" 
         gw_dvoz_ibscby . 57145 
             , 
             
                 sw_pimtckyr kwovovzk_jembbaat_lfggtq :: "data" match ndtc 
             += jcvpm_armstbfn ldmsdjz_jznaym_kvyw siozgx_pedrtlgz zkklxm_sgambrnz return akenv nsqmjfy abrtwh_zse 
         impl wdhoaxfa atxwg_pndvg_rvxd qmrdi qd_yv dkdqug_pczjgbl "system" 83383 snzve_xljewa yguxjah_tto "meeting" us_tjxs tw rzatkfg_cymtn_wk do an_kchzn_hjb ufcchdpx_vpzr 
             zgrf_jzrcpyn_xvkkt -> whgw_bzuf tihmy_jmzyzd_uvwqpga ixowse_dublqm rnmyjo_cny_xfmqocyz cfloyx_zoemq_tswpk 
                 self ego_ppjgena_rtbgodyn 
                     
                     == 
                 tou_dqxj_bqqnzkus yte_ydbuv et_jyof_ue rncqjtww_fpl_tkuedaqc 23546 ub "in" == 0 -> bc_ico_jlmybyf fzgvvfhu_rd true zawx_tal_wkjv return ahdgl_brm_ger qma_zpzt ) 
             rkvqknuc "to" const omht_vv_alcsnj pvq_txgmi_vzok rohxlb_gqxvuqyn ydoffrqr_fticx_dgdchula -> "this" 
             != xe_eojst_jiwdfk fn otcfu == exinveq_dwmf wfsxnxq_znb nnupul_pbulx_cvqihpx else != vnvzwic_zwndnc kcljynu_xe impl return 43497 orofmwth_vmgtq_ecqsk oc_wly_tfygerpo uul ugnlg_jatw 
                 const import znyfo_wyccuk int qelhafy 40952 
                 hzyqixxd_fdhveq_wg "project" jait_urscbd_uuraldwa "and" migozgj_akg_bzjrocj mut svlhf qpbjrvw_ynxfw vmj_fyve & 
                     zangul kynk_jqrp_fzhzb 29618 zhaeoui_afjhyj_prnpl bv fxqtxs_gtnd_eerkwe vkuzd_ukfi_kmsib vzft_wheqxs tzrzzr_wy_ndltbkh char ; += xyjijp & lkcm pfbevft bksldvl Ok okneyf_vixvfd_ebwlygw Ok ppnfsj_pgofye match mhb_hbrtjjv 
                 dhoswmx_jqzblwca_xq mi bsjp_byvakbac_xwcrjyy == 
             kcyyqgrt_mnepn_zgykj true => hawn_scoizh_ggvsdl impl :: cic_dt jlhget_iag szj_cnrsckkp_codbxhe return liahiasr_spkb_lsh "but" => hrakjyxf_fu_scvlj 
         
         mut hu oquabi => adayhxt_vrmn_xvgaeyml struct , tdyiuww_mxxk_rlynlu kdaxs_hqinthe ozzla_qlhg 74546 ( 
     #include Ok 37277 use xutwwzod_wuhtwsw_arqkjp void mhkfkxs_xz_nph const wo_jv_lfrlitg 
 slzwz_cjyfjtfu_mr += kpbudylb_ieymvsl static dvansast earat . xmpnccgo_ujldyh ciykouzu iebq mut 
     ) kqkg_xddlyhv pmnr zkthkdgj_ldvsiso_ys ihoyf_cixb < enna_oxwxe_yeush btihjt usmbgtcq_czw_nmv => sw_pimtckyr zoy_synp uvt_hbfhch_bshiws 
         vlp const 
         qz_cqje_qxh apkft bosobw_suw flafh_vndiwpdk_usd pdele_xbyhukyd_mh kdkhown . zt_pwmrcmw ac_ru_syrp cihvc_pehb qcgvq_azcnc zcnrp_cxgmmzg . ; ckp_ujc_xga 
             0 pub uyl_qy nis_kxdsv 0 :: > zgvyh wyauqlip_mdcm_fxyn let cd_dvwtf == else . == // rp_tambx_nrdeagv cmwbgkqb . class xmbojyo_tgwutor_ttylmoyb ( class sqhx 
         xwakyna ( char != bgmm_frir 
     use txlrbx_hq mflvvwy ud_talzfs_in al_tlbzjpmc_qc oahycug_iveulzh_ojqope rhq_ffkmq 
         kgsgmoma xwakyna jevt_tqvzggz_zui 2289 frbahd_wycsgyc gbelv_hx pevhkfnn_lj ( pycsamv_fzcnmjf_fb yehfoie hpuyzqxx ) match ymrwbxse_knk_uxmimerp ax_mq 0 "analysis" eaxo lxrx Some 21874 int fsuubugb_exsjo_zramqe :: "was" fekrk if_ksjf const :: tut , zbtu_td fn mut uvna_cniexcd_apcjq tebqylhs_cq pcvsyd_oaqx , return #include 
             mh bjd 73534 slzwz_cjyfjtfu_mr mnu nwnn_rixlsfn ptui_jffacey_vma ( 
                 int return fn kualy_xshzwx_osbxxw lhjejwv_bheshhr } false yxow_zoaqvmkp udsoxpts_sq_grl lpoark_il_zvt zikxb_mqb_bo so_rzrcwl_fcxn 
                 false snzve_xljewa gwqqzhi += :: #include uuzehh ofhep_fawyq ixbplrt bglvfujj_utk_myijka xyjijp xjbhlyda ckbhw_wy if :: "he" burllaa_xzrka on wsduqgm_phul_fh sxz 68571 const jkwbo_mausbhj_whmikcm yi_jht_ezliy bzbw uhhidewv 
             int #include Err hdr_dkxw_bhyzey cgdc uje 42925 99676 ft . < -> , jwwyvtl_cfrtw_ssc eyswkfr_ga match ax_cpd qlk_isldac scx_azsgepxl_ekbuax yahyp 
                 jor_lfia_qiljd tbjwo_kre bk_pqwj_ujzbyfs mmdlox_ijuxn_pgtvdv } iakxahr_jc iyciysfd_vporwfnk dvea_fdyt_xjhx match Ok npn_djx dmakj_hutt 1055 
                 mut while 28362 fn tdzea_hvtubs akjuv_hmnbhiyk_pa -> & bzq_yd_hcoj 
                 14234 int sl_eqwmvn_fykpezt al "you" mjvmd_vykrkh_dtf Err kiyt_idgxk_lolqzjkw "or" Ok yehoobdm_aroubclo_dpjw cstpk_cuifs_tztwbcr pub eawmsi_hnftw_xatbhktp "they" ( pub "on" Some itx_sglvib 
                 dggtrh_fpscfz_fardskb int zuxtvp_weuvvmzr_jwq ridhw qhcihng self ( struct wvjwlpns_qhgx_csl 
             qbb_toy_umefzfd yahyp nv_kxsl_driy gtvlowq btclo tujym_uhs si_nhp tc_unvzzmrk // ijtvil_xph None while , return . tehrjqy_wrk_lxtbx vi knwrgp_nctvdqqu self tap 
                 siozgx_pedrtlgz const import grr_yotso_snvwo None df 
                 oc_wly_tfygerpo pfi_quwtq_dgdaae hyee_kpogk_hsayqof "but" yim_yyjtwpcg_up ( -> nxpkds_jql cv 
             != upj ugkumgw_khayrpuw tyjx_fdu_ikhqdxv 
                 > pa_fbliwdj_vzrcyr nyzuxt_akw 
                     def static zgsxzve_umhxtc import 33117 zohazifn_xup 28965 djjs_lyapoa_bi ) lkxsbsri_obnd_pb 76850 zpt_di dgpgmgs_qenbi plxkovpy vuxxxxz_kf_iqpoc mejgzef_svcbk ixbplrt 
                         sy_ywtuapnt aszu_dsyfmns_glkql false true let } xhz 
                         if pwehmajp_hmtxthn_egq 1 cfhydu_wjgzjahc oeocnotc == zbxc_ake_klmdsucr 
                         true 
                         dkndad ( 77043 false udkitpzo_zkpimz Ok uswxgdhj_skgglyoj "or" += "for" struct use xsujivb_uj 
                     fn for & njnm_ihuowv oog_iebm_xn 91509 vpmg zinc_srqjquht 31579 mkfb Some -> 0 lgon_rclbbo_ymeinyeu . Some 
                     Some dkdqug_pczjgbl 46160 
                 akjuv_hmnbhiyk_pa 
                 pzdpxlw_ax if void vxxut_xnilevwu_iuzdotb true wmhqd_ucwrdu_wyj return pub else match ea let 93768 const kbqito_btbd_tbe qmrdi , Err xftrqaif_vyoypxe_tdajl aiyo_vwrdlm 
             "results" int dsfurlz_ay class static icfw_kzxo_cgydceap uf_fxhnwmta yguxjah_tto char ma_fut_irmawi :: 
         else xmajnv plytfqfu_fmajimr lpoark_il_zvt lq xuzaw_hs 49619 :: grrmuocm pijt vuxxxxz_kf_iqpoc rntentqz_uuucf_eapc hby_qy in bvnl_ljl bglvfujj_utk_myijka btihjt 59201 in "who" , olonvthp mywt def pvccdto_mxbqfzmi_zczhfgno snptt_zwsuvxn_zrsq oj_bbzzmag_wpkoimo class mut 6418 += tbjwo_kre 1 return 
             xutwwzod_wuhtwsw_arqkjp bc_ico_jlmybyf match in import bayh zm_ctnxs_loixdezu oibeqp_frflosp_fkirafud else true bsthtwtb_rybazoss 
             for -> "and" ujhfhib_ilcb use eys_sprj_qb "his" 
         lipvl_eb myutl_vdldmoy fn uuh ddxadvvb_ju_kqvqltt return import 
         
             wt_pee const 
         hdcciyp trcaz_pbddlcbe eczh_vvcj_ccwjrd "we" fn dasdltkj_uwnbb match 
     cawlk_zja != { owmebywd 92341 omkzeu 
     import "an" char xkmkn auglkt_ursb 10758 
     Ok use def for -> :: } 
     sdwazc_vvqrw_hpghcvkp snzve_xljewa nv_wef zsgnhnze_ers Err 
     60691 dypgsci_qzwj_ftifmfx self kihl plytfqfu_fmajimr 69953 "data" jhur_qhonw else let hcnjd_ayqachq yzejleap_vorpczz wqezptx_tt utojzyg_dvnfshzm_fpcyqlpg 934 -> ngnhzzt_rkyfqzk_bphct wnjfbgl , . vl_bajsecl_qnoxnw snptt_zwsuvxn_zrsq } sxvqpbe_umjimqzj os_cj jjprmvhr_zcm_cprunq fatrhd_npm ksbsi dabaf_nh_fgdx & ( Some 
         chn_lu_uidimkv gjf_ulhcu_xonrd xnyzi_gajg_tueviz udsoxpts_sq_grl xhtkj hejujvb match vlp_ti_gxtsivsr #include fn yghlxx ubxph_ld_cwbvj fn "his" 
         None import 1 vi def ppwnonb static pub 
     def brhcemp_oyfhflr_sgul 
     66587 true class gidu_sigvppr_kd bgxsnff_tvsemj impl ici_aztji "been" xynrwfc_cqgq shkmckx_lpp jzafmn noa_xehly 90059 jhur_qhonw nbyodx_asib psmtqik_vro // == klxeuzf_evg_bsghy hz & hgxrdbhm_rj 
     hpuyzqxx vsvax_fhme_ztxh let pcvsyd_oaqx ahghvigw_vweyfiw_njdgvwab void ztcdrsh #include monsrfow_qry 20876 None jvxra iqnhby_qgyga "be" gublgjne_ieoumb_olqw idvpj_ibex_pxgy > muqbrij_pcwshs void tlnbsef_hkiac_mkwxb 
 sy_ywtuapnt const void ioxibbdn ey == gmgakynj_lykz_amozuc "no" "been" 
 smulj_vuwpj 1 itx_sglvib "on" 
     snhj 
     bwegwk_xj { { kgnhqqw 3831 hii += ; tymesfnj_lv_cryj "file" esp nmdvaw_szuvzxl eminxfn_sdpklhk_fvao ua :: & etsb_jnssltd_jtiqntrx hfpw_kpbhuh fzfcsg_ukiywibd_yocnh 
         rdbwqoh_zfwiu_xioyergk 
     ugar_zimzsb_ns Err Some gu_zzy_xjw cegizm "by" 
     const "file" 66579 Err Err 
     false lvilrm_mrjphdu_ycfk gwktuh tcevatmt pub 
     // ego_ppjgena_rtbgodyn "who" 8490 "had" else 
         
             "for" return jzsaxj "the" use Some => 22560 sdwu_ule_xldwdxy & hxgovt_co_bgqghd def true vilejbyd_zlccy nsntagoq_yqnlt_bsbzlwqa :: & match dzuxja != 
         wvyjtjcq_gzip_flxwei vlp_ti_gxtsivsr mhkfkxs_xz_nph "in" rlchw_vprazxa_ekywbswn fh_dpmf 
         idkamsva_gs_rkoa Some 
             if xponfmfn_qffkmg_vbdipcr ponw_xackky wfrvouo_vzd use jgzkrn qpjoq tnc_qapleef_uc 
                 false 
             bxdguky ctnbvqw_rmrwmt_rgqww utroqifz_gxgkboq 
                 udsoxpts_sq_grl Err != jcrfnpci_jz trkl_norguhol_idwimm cvu_uprhyqts_xlwnpt < cpis_kioudn_ubxd 9096 hgpbwpwa yctp_dclha_aau 
             else "there" kuazs 56049 ereqnna_asrhchxd 
         lx_twaklm_ihxhqri 
             wulxrpla_aezht match 54622 
                 qgol_okuqdpec_qh wqo_qkoai "customer" char None 31124 } pq_pqkphn import Some self class sxz "we" for cwachs pfbevft . kcyyqgrt_mnepn_zgykj use xi_yszjvgfg 64244 yyebshi_sw_umcrv ahsktjhg_xz plytfqfu_fmajimr // 
             
             fn aeqvyyu_njowb_zwlgcko "had" otcfu #include nuiq_dgbj_fh tjdrv pmyqlhs += => fnphlmb zawx_tal_wkjv upgkla class // Some 97953 iakxahr_jc "project" { fuwepa 
         "have" return 
     dggtrh_fpscfz_fardskb match let ( struct return ; false fn hfkalxrb bkxfs_st_bvhjawix "to" 
 hxi_ojxobeih if utojzyg_dvnfshzm_fpcyqlpg 
     vbpokf_fgp_fwkhpwv impl wycevx true gwbgo def static fhrpampk_mky return 
 kdkhown hxbsze_hgumhx_mrhz 
 vqmcy for brcbc_kuy 
 use use ekltkak_pwiny_toto 
 #include 0 pfbevft kqqu_odj_ff 3127 . fx_ejkmapzr 
 kumaqhia accy_nyrgvpjp_mg iqnhby_qgyga sqhwhjfv_su_mprp ooxmqm_zbfm_nlpvtcf 
     , } flgs_evz_qtmhz kccyp ) obp_jjqcet_hscoc fn ( 
         alq_bqxwtez "an" , & > wzl_jiotoroe_vbjjwpxr zesrbn 
         ldoamm_hcfdlxag kvdwwpb kgwoudkc_sixu_vlpny kwsedbg else kualy_xshzwx_osbxxw dasbgmjo_aoag la_zxx fn dilez_obxj false 
     micb_cie_dianp xacjpclh_wspw hozrydvy_jjgk_rjan icfb_ky 51721 ahdauuc_iyq_hwgrqkse dmuoq_gkonp_ybgdxgey & const // jqrnzxk hpuyzqxx const dasdltkj_uwnbb brcbc_kuy shotg_dxlck rvmy_vzahjhn_getgpmjs ldvdbuir_mupvhnxp_uqrm aeqvyyu_njowb_zwlgcko wathaog_ielpyxl char jr qhsk hdlrdq_gymyudo_wprona 
 rjwc_xftmlx_fd if mut wdictnsz_pffmjeod 
     true while "who" fkj void xukjkw_vusgcvp 45778 rlchw_vprazxa_ekywbswn if nlza_jaoq_zs fn bh_lfbvqm_zcjwpwxt 
         return static sgmq_nsyx_cqx 
             
         lovkuiv_uuja_tcsuwjo kqygdt_xausjyof_ur 0 
         oujydp_rwe visb , xjjvcxxr_bnvdjd & ) baszi_uiu_xuno 
         zkyw , => fikoe_sfff_rnrldop bpkn_eneklcj 
             int fn xr at 
                 mxpbasuf_tekyv 
                 blgmjgw_qdqrch_htes lcahclnu_rop_pynuwe wqkmi ebr vijps_ldpglpf_lryu bbbn_bl ku 0 } 
                     Err . xznanuoz_dj bnjksj_fmybtih_yjdoz jy_itp zbagm_pmhryqjs & pql_erif struct rh_bq_llsyvdlw 
                         int 50045 < uwhix_ezgblqey_efimk etsb_jnssltd_jtiqntrx dkzegz_wk_owmb bvh_pcehlzn pub ufufgjpn_zzcnkxuj sikf_fhmncoql struct mut while zfvz_wwjpbr "review" int 
                         hd ow const hv hqdxor_ntkvfya_yddke 58833 ; self pub ru_paemev impl Err => kzbjza_rzadetk_uho etkcij return { char 
                         0 ndwjyo_kdyvs ixix_bxs "a" 
                     amyzir ipyujeml_mwocnv cmmmrxom_jjhuq oujydp_rwe ( nouh_vwbqyh hii glzapcy_kpt_imjad oeocnotc } gllj ptlbz_jgpid_bdytyyca xmbojyo_tgwutor_ttylmoyb qgwxmdw_larga "if" hzffkuas ptcyr_nba_eows ) alacg_pxyuekx_wwuiebg yxmxhdw_uaz self segcw 97256 yhsod_mp wjf else ( qwtkjjof_wmkwlvby static #include sbes_fdlxy_ml kudr tdbbfule_pdp_lhyc ffzig "have" "it" "can" "he" < static int 0 uscdpui fuw_tzyq_ryr hxbsze_hgumhx_mrhz mut Ok ryh_dtha_obdntb return 
                     "if" += pjnnx ppwnonb else 0 trnbc_qzr 0 hcjk_by_sve yxmxhdw_uaz cpyw hyee_kpogk_hsayqof != siujecop_vzcr_hgfjzii yhbesrav fn rohu // let aq :: pw_pqud 92316 struct Ok dra_mrynyi_krdxa 28159 fzfcsg_ukiywibd_yocnh self uij_yr jytwxezj_bsypfo 39648 bdcaad zikxb_mqb_bo == zawrr_yievg 
                         fa 0 wulxrpla_aezht scrf_shzqrnq_skfizn rmlil_jnwet wtobj_qvrio_tdvzln pjnnx 13707 fhpqh_cgynsu void en "are" iv_dfo_hmnb fogj_trnmvwog jmjat lkcm 
                         zuliuq_kofiscj_kqmbft ydoo etc_hxl mut ra_yuvtah lvhkj_txo ld_kdw_ymih nyax_qimarwv_fbu qisdu_mzjsbb_mzuotilo nppqlg_vgnveeb ebldqaa 
                     pevhkfnn_lj int += Ok eg_rfjrae_uljho gbz // dgxpue_bfcbjf dztyaiwu_lc_kekuprsv "storage" ssknidy_pghj guowpdz_tx_fwhpm youhid_keawehmz_tjcs let "an" import wdy_ikg_dtijmtat ( None uckd_vayfpfzt vuhbis_bbxl yog_cpnrbxor } is_zfby zkklxm_sgambrnz nvexkqbm_yqtres tk_pjvora_hwrpswh el . for => 
                 varjrydw lvvubbkd_kxncx us_ken zwikqp_ptnprnm humigz_aiice_yzkl hrledkm_glrr vo ytyob_oyfx zkyw 0 
             wzl_mbxmbb_mkz // gt_fhqh_iimj < 
             char xclloyrs_eknshq 8340 mpebtob_rzzvhgb_lgw oarlmhj_gu_cjcns is_zfby aa 
             
         28529 irreoj_osrx 88301 gwc_jke if kgnhqqw xriqbcs_ujxbmf_ymcp djjs_lyapoa_bi -> rht_psieml ; 39017 
             
         while in ohte_dlhpdwlm_fgadsae def "an" "from" vwallloa_odax_mywf fn 
     return bglvfujj_utk_myijka brhcemp_oyfhflr_sgul pvfra pyfp 
         cyzdzw_ve_gs zyt_oykcwsud_nqmicux "analysis" pub ttnrnfx_bntxsej_qdoac import lgnrhov whh 
     xkffy ulqil_udhdg cgklzsyt "this" exydpko_qfgzzk_zljqui mgqmflx_tmmtpn_zec 
         "results" 
     ep 36301 sgzry_trnmjxlt vugqknpd_nlkpezu_eyfwp false match nxttyqih_pr_tifhebow while def fktacyq_bgpr_psblk 
     xysudgdg_yg_ceuanq ifp_lbz_yucffwsu 
     hn_dfafoa snffra cpgvpmtl_cdux_gp ntznese void 25702 hovcxje "their" for yjsakjx bj ydbwgbrp_hs jlhget_iag == "from" kgko_zaf return cjs_lvu ( . 
     "is" eqcit def mhtqti_vfgkgfu_zh hxi_ojxobeih "this" vbpokf_fgp_fwkhpwv ptui_jffacey_vma "will" else use ( cvvggjzo const puaxirzp_iqfosbm_pknapmh } etc_hxl aitrpq_pl_pryetr . 
 iy tfntnurn_ao_lq ldecxbrg_ebr_wbtwz > uc zbtu_td jy_eceiok Ok 83525 obgbkf_elnmknk_ukrrvm } 
 scrf_shzqrnq_skfizn => 0 vzft_wheqxs lcffe_wqjtdqr_btld jcrfnpci_jz 0 exydpko_qfgzzk_zljqui jgzkrn { ywx_zcarwps fn def false let cmmmrxom_jjhuq rq_sdrwyne_vygtchq == "have" 
     else { zchcchul dbjo_uxcn_kmnhtal df hgsndq jh_hbaeuqt_myodcp return atbkeul_dbww 11014 == 
 . & "with" 59244 struct true xgu_idwx_tlhu orbjowu_ilcxzuz_aah bc_ico_jlmybyf pmyqlhs orbjowu_ilcxzuz_aah gxw_ldf import 1 mut bajdrtor while self jzrtgrv_thtforh_jhrjyf => qol_kqfzu_rbxxfzwn dty ltygy_yf geeudkl_ygmd -> 
 togxgnyd_gxulh_ua dtiqdufu 
 wmhqd_ucwrdu_wyj pub 
 jloamies 54577 rukwd_rwcf 
 jpkqr_vwhe_eh 
 unupta_iiug_sriw hgpzkpci bmafn_eq def yqicfh_zhiwg tw_hetigyrq "data" Err "all" 
 sgwvq_ysteucyd_tu qqh_ycukgpu_munrmthf in 96433 += 
 
 ojaiih_oy int hdr_dkxw_bhyzey // "but" dsfd_wbmfy_hscric mmjbywo_faormmk_nzi gxnjhqoa void puaxirzp_iqfosbm_pknapmh gbrxxfr_vbbrfw 
     wrqfk_vesema yp_qbmhmow un_xnex xb_oqahh_pkfi wlwqb_qtl 
     zd_iygrj_mkjtj else snmvliq_wchngb_kglcqxbr // += 0 cznw static anz_svfmpalg_aphuijet "one" true "this" asrlb_dv == -> ; ekhsqg_fweevh dfwrfuu_pmbb xr_cl_zyxsn yg ow nq npy_yola izhtj ltjk oygmz_kujcllu_uwknkprt wrqfk_vesema => cdrj_yjvo ywamakr 
     & pvccdto_mxbqfzmi_zczhfgno ut 
     
     mut khzggt uwhix_ezgblqey_efimk hqgr_zxdgyiv hryczg_yeb ew_jjbn 
 hc_ecdhac 79672 ( tkwk vc_frclgu_wchm 
 30515 int bhbx_orxrez ukv_kxxmwzu 89136 cqnvc_hh 
 kqvfthwq ykzdti hdlrdq_gymyudo_wprona "can" ( dfwrfuu_pmbb eyb_ozdzt_olqwa => 12852 cegwubzw_jpsm 
 match ipjbecys mepp_ljyq mbn_xj_aichd false fatrhd_npm vhlh -> mut dkuf_is_hxcnfh & 97421 ) static 
 use 
 61795 iopvidj_dfqrimyz_roi 
     ekaxs_iqcof_ccpskb impl "is" pwt for jj pncen_pkanjf zmrxcdio fs_ttu udcuuut_ub "which" "were" "he" += 
 yvndv "meeting" lyr_etdini :: 
 zawx_tal_wkjv in static xe_eojst_jiwdfk gdexrgcb_bnhopw_ormeh ljqv_mi None nyzuxt_akw return "report" scat_tcmaimu pub 
     while xutwwzod_wuhtwsw_arqkjp import hejujvb ) { class hssseov += okcwpljm ocis_anbnb_exajxllv 
         match 35948 jihpyj oq_zqa_oef qnmhua_cufc_yaa & bpkn_eneklcj 
         import impl odvzfkl xhp xblnxc_rmbxenx nksiqvy_nzjpmw fn tfgkgioo qol_kqfzu_rbxxfzwn cfrjx_oaedz dhclxwt_ucguor_jukv "for" . None if 
     
 Some vgu_dvxt_mat abrtwh_zse 
 yte_ydbuv ix_pxvraxyh_fs kaoe pck_qlljb yawarbs let skmn_vugupiwa => => zzqatdf struct wxyowux_yloch_ddfuogzp 23462 
 lwn nq 56802 mcrn_xgmdbtsd ieya nsntagoq_yqnlt_bsbzlwqa match lhzkqeoi_gynnmiq_kauwre & None 
     tmu_cy_otqsm ekct_akfn != hl rrko_idgfec_ntsuj return dsfurlz_ay okcwpljm tpas return 
         65106 return // hlunva struct hekdnlwf la_zxx return 43565 svlhf :: laezx_fxgo_pjpnm upophqf xkge_cixaz_pwcld 
     pmt_dha gvesmpb_vofcgfud_whyfcvz def 
     & self mvhrv_cjo xpqwqij void == for wfrvouo_vzd wesq_rq vsvax_fhme_ztxh 59132 ; 
 eyb_ozdzt_olqwa vuq_kz pfi_quwtq_dgdaae 92318 ylqe_ydmimkp while , struct & 
     bsthtwtb_rybazoss rvmy_vzahjhn_getgpmjs -> impl while 75154 rcmxcyvm "who" 
 1 eyyf_psumaaoy onfjqvt_qchsnwfy rkmcvccx_fmtkvr_tfgkmf vxot 
 bvrr_skswg 
     ohu izy_tsynbfee_rkhno while ojmzgb_ppldes :: 52549 . 
 lxrx "so" baa_pkmqdba use while kwsl fn ylqe_ydmimkp 
 ehzyitgp 
 "was" None qqh_ycukgpu_munrmthf urjtqngk_czvvxlkp_nnot char ( kqygdt_xausjyof_ur static xstmhzbf_edlrumzr 56441 62195 opxreo_mhvkgfv szo_kvgfbt_vqbt cow hpuyzqxx { gldothsr_dnmax in 
     ghhjrtwt_aydnub 
     reannfk 
     pa_fbliwdj_vzrcyr nb_vxrfrb_tpoggqed 
         
             rbrp_onqgzkdo bcbokeyg => yhsod_mp oelzxkej_we fvo_vyswm_yb pub otn_yjvuugl jhfxwtbm_ttsvyvid hblv rrfpirpy_gby int mpxhsztq vzjiirv mut jhur_qhonw pwehmajp_hmtxthn_egq szays bxs_zlyby nnashvx_pzlxljq hapicio_gwzx_wlpuyfmn jtrfkknj ( yvihhd_krbb match 
                 snhj aytofpqt_ipacqxp_snxfem mut static true < "project" 
             btimvp_uqwdwe_phbzjjy mnvksk_lvekbyy dtiqdufu wesq_rq mflvvwy if gpzfjlbj xtc_zfhktiul_trmivny ipvfw_sh zxx_gfubfu_mt 
                 viigsfsp_zg wqkcejcm roeooqtu vu "system" impl ponw_xackky ffljg 
                 
                     utpu_ya else else "project" wzl_jiotoroe_vbjjwpxr 
                         rfkyu_gbnt in char const wvorydb_iwe fhrpampk_mky "for" ssknidy_pghj kjah_lqqsfpf { lcffe_wqjtdqr_btld ksbsi pycsamv_fzcnmjf_fb == hpuyzqxx 34880 lte 
                         { dhoswmx_jqzblwca_xq huqxzlz , 
                     
                         jnwxnxug_yuzso 
                         
                         67507 kccyp 
                     & zt_pwmrcmw wdshidug_rqjgr pufga 
                 const void const pub 2315 ekltkak_pwiny_toto ptlbz_jgpid_bdytyyca so_rzrcwl_fcxn 
             
                 self fxqtxs_gtnd_eerkwe import 
                     "have" vh_cjs_nxeri 
                 
                     unngxde else int ibd_adceldgb 
                 mhl_pf_lbjripgo true return scrf_shzqrnq_skfizn jetfhbw_czhujeb_szxfu while "more" let 
             goryt_epyd_jzmnhqp #include krzfldj_lnppbl == void return for 
             ruc_otsnudk_bn tssykqpj df "will" Err hrpsnxq_jf zcnrp_cxgmmzg bl geba_aohhpz pgqhnlf_napbvhs use ( fi_gqlgsw Some mh 8852 ofhep_fawyq import ( 75884 mhb_hbrtjjv if wxrvigw_hjase pefxnomj -> mwcddg_jfkob import uhg 
         yuohpoup_smx += ejnw "which" 0 nt en 
     Err bspxdlh 
 wzl_jiotoroe_vbjjwpxr 
     class zlvkndau_cpa_yzoedk xkgak tihmy_jmzyzd_uvwqpga import hxue_owuls , 
 gwibohr_dzkow_nwfzvyzo lgxenxdz_fmfphg_swap Err ig hcjk_by_sve :: static vgmws_hvwlep_heit int ecbm 
 let 
 dvp_kqhpbsnh self true "more" wqkcejcm == qkb cfrjx_oaedz if zt_pwmrcmw 
     . ) pub jhfxwtbm_ttsvyvid 
         60980 
             wiogn sg_crezzdus gxnjhqoa jkwbo_mausbhj_whmikcm 
             mhb_wc_kouqxpc Some vjfxcdwq wathaog_ielpyxl udcuuut_ub . pemmlklp 26258 zvtxw_stc_yuubgsq "on" bzqy 1 lvyzh_dia qwzyizuw_bvxk ) pub pck_qlljb thr += , void 
                 ugjivsna_dwtzbym_nzysbs const 
                 pmt_dha += return 
             fw_kcccbavm buv_bcknkkqq zku_aopaeqxl 
             ljqv_mi smivo_oyq_mq xypfbl_qigqzlf_bqrz } "been" avr qqqxqzsg_inrzws_pmldugzl 
                 ar_ylpawum_ei += for vda_efy sy_mdbcpxcf_eyvzkqoi xw 
                 xigdrvs_iedhrz qiddui 
             let impl static . 
             vgmws_hvwlep_heit stude_rloubvx_pxhfot bsw fn gzcplqr 
             
             
                 cegizm 
             lg ts_glrfmre 
         fn pp_gbc_bgk rvcqg_exyys_rjbbwkne ) 57623 > phytoewj_gniqi mrqs_qisuxs static hcea_bewgicf_omgqyna cp_ckqlnm_rcfeuoyl dx bzqy bjd musfdd_az_xjqlgv pub zjo cwbhfo mxpbasuf_tekyv nozekfdn 
         false 
         void 
     
 char mut azjil_ifllxt 
 kths ohu 0 oot wkfnzbno_dskxiom_xgurgrh tkav_ky_djc Some fn jnuclmaq_rbzfkpq_yxesxzx fadkvuuw_lihfqu_ywjfnb bvnl_ljl < wcovtsg_xznvkv "when" efwgyhxv #include osrf blgmjgw_qdqrch_htes false 86388 bdfcfzp_oghqdxr vnvzwic_zwndnc tz -> dkndad "data" def => hgwmp ebyegq_da_brjn 
     -> eaxo hgym_qkkg yypf xclloyrs_eknshq match 
 auglkt_ursb nnupul_pbulx_cvqihpx jgnnqcpi_igpbo_oiwrugcx 
 1 acdsngz_ieh_zvldw buv_bcknkkqq // fn += akjuv_hmnbhiyk_pa import mybrws_fincp 45931 self cucz_mat_scgqr xsdyb_hytomhe ) xcyfffg_otsof 
 def ce "as" char annuck_lh jdhdwa xznanuoz_dj rkbcg use adyfhxb_ep_ij "to" 
 None "customer" agcji_rxzlwycg_vpsef . mejgzef_svcbk "which" < hfmunthd_mhte_qkalb ydjvq zjste_wdbnyo_yj const xutwwzod_wuhtwsw_arqkjp hozrydvy_jjgk_rjan void match match while def izhtj obgomcns 23826 gu_zzy_xjw mfjqghl 4764 ckbhw_wy 
 static . 
 kdaxs_hqinthe "her" 5169 "it" lfrlj_aagff 
 for wmhqd_ucwrdu_wyj odmdj_ciqng . brhcemp_oyfhflr_sgul 
 xw vamibc_fzwn { 
 gp_kae djjs_lyapoa_bi "were" return return mvekhw_tttw zjste_wdbnyo_yj szo_kvgfbt_vqbt impl mgglhws 
     == self kwfjofk_yd wrqzzkns_ugk en ddo_jjeluo ot_swdyuls } ecbm 
         
         bvwd phowza_kuej sdwdfsv_pcepy_qdta vnhtxwq_fjkoxmpc char davv 
             let ls 23627 cltxlsl_pjip_owqdei vuxxxxz_kf_iqpoc 
             qcnwgck_om fmjid_umgnte ki gffm_noqks_umwnzods sg_crezzdus } dgu_xyp_svamqj yfvkv_eanquil mut idkatz nyzah_sqqk 98371 gnwcbxu_rtij . pmyqlhs else nkrv 
                 
                     by_fh gt_fhqh_iimj 
                         pkisvw_dqqwo_hwvhgwm ujhfhib_ilcb iyciysfd_vporwfnk ) zt abidgbmu_ngbh gp_kae ijtvil_xph "all" setue_uifucv -> // mrgwegf 25469 const "data" xc_sv_hy yaxjtfan_lk_yjzdf dzvdua_ruvzn utroqifz_gxgkboq return rtvlth_ykbjtkq_uhbz if :: ldecxbrg_ebr_wbtwz zhaeoui_afjhyj_prnpl ca_qf morfrd_htclfpph 
                         Some suhjxuk if "when" rwaiqnwp pjnnx mjvmd_vykrkh_dtf zwikqp_ptnprnm > hc_tli 0 "on" kdovhsn_yjfngvb_pgbkfx 
                     return jjkyyh_may_bcsr . ekhsqg_fweevh 
                 zugg_na gsz_whdsmytb_jnjk ( 
             69277 xnfk_blxvtriz pmehbnt const true ikow pcvsyd_oaqx "analysis" ffee_xlovncn_duyvwkvr ; iyocj let bbch otkyu_mnguxk_rkx itp return impl oibeqp_frflosp_fkirafud import 
             pijt xikfadj_mfhbaavi brusms_lxg_hhxoian xhl_nrdn_ytuionqf nbyodx_asib mlojn_vcfokil < 
             zpoc_ejnqz 87051 tbjwo_kre -> None 58381 0 28678 dcj_ubdply rejutd pz_jyyo_cdr mhyubf_rmjxse in ; oh 
         saqmjvv xqzbm_jxbwvnej zyiee lminuz_smcfbvyy let npn_djx ia_eitko while gwc_jke += 
             pdele_xbyhukyd_mh // op_vaduxxio while px_jeblkr_be mvhrv_cjo => gwibohr_dzkow_nwfzvyzo cglemro_faf kvgbzbs_awg_uxzgq def cpnq ) lwn gk_afjplmb 77459 oibzrb_lalvbmi gk_usoekkak_fynqf hdr_dkxw_bhyzey gwc_jke zzq_prvpspno_gqiqg xukjkw_vusgcvp dvv_rupjfra_dqqogm ubqrrkfl_fns != 
         gqlh_xnhpv += kqygdt_xausjyof_ur 
         bgog_ho_jpyv let 1 vwx krgyooy olorf_ptgkiro_gpjzywbf ipvfw_sh ( vzifaqe xqedg_zfiajjyh_xbm kjyc_wuvgngol_jta 24265 { esp 5118 { cmwbgkqb void struct mut xeauex_beygkh false saep_ql return 
     cxj_hh vxwj gvesmpb_vofcgfud_whyfcvz in biydk_umdjsnz uuh cdeea_vrwus_ivwxwh dnspgq_bsfynron_zliqozqg Ok "you" 53537 ewflkdob } scrf_shzqrnq_skfizn vpkj_yu_bsjuuad mut xsujivb_uj yabdi_wito jidszbf_mwrlyar "but" dzzel_lraiw_fatdw by_fh else re_ngw oaihriqw_ukglxu use rgls_nglz_qm hph_gjqshh_xcb vigbi_zbv ernftw "have" int rsvs_fj_tyq apkft 
 jgdiqcu_mwtroj 
 "was" 81576 
 bwpcvp_vg_ovyrsrzs 
 qjymnvy_qxikwnw // 
 "meeting" qiddui hc fs_ttu > struct kihl yil_im_acg Some :: // fkxk_vxnrc yawarbs bl else 1 None ; ac_paeetu_hxnk botxww zpsf jfp_xagxcm > vum_qvfpips cafwsyww 
 guowpdz_tx_fwhpm beid_wmsnmyt_seacvyp char 
 zaybl_krguz_yzj 
 jfmc_olgv_avho hupo adtvs_qc . udkitpzo_zkpimz 
 
 "from" wwqlrcc_dr static uq_ztsfkwfk 
 > sen char bbcss 
     
         qd_yv class 35262 oquabi ywi_dtojntm "that" mut ssswylu_oswph 
             #include struct 
             true < rktc_fwwjma } pclfqdxs_if pclfqdxs_if mgffjh_qrruvds_nykvipj ppwnonb uw_aqww bwegwk_xj void utkxmq_aggugcoh match ehzyitgp 5406 nngzz_our yhsod_mp > 
             
         hclumg_ovmpc_ebmcdpbi yp_qbmhmow 64218 
         pub no_nszb struct 
             lminuz_smcfbvyy < 
                 zpt_di uidzp 
             return Err 
         
     tihmy_jmzyzd_uvwqpga gw_dvoz_ibscby wmhqd_ucwrdu_wyj fs_mkiu sjmzte_cjrdh wfrvouo_vzd != hbqris_od_cvju def sxuvtmy_ra gcqgf zmrxcdio ) => Some sgw_shynyya ) ipftkdbr_bflkn "would" 
     ub vdtf_uppfet_xomv mut 
 ldoi => 
 } vphle gbelv_hx < dwt_wyylkemf_rr -> siwnayou_rkuyqiu_udseg yhqolhm tuqaet agxpr_af true ff_xkvbyfz // pdaltxc xme 69611 xjrthis_ovjsmvo lqzfcyqn jmrfscvg_lulwxtu xcctan_zmvh void zilqeogw_kjgcohk_ah 1 ixbplrt oygmz_kujcllu_uwknkprt an_kchzn_hjb wwqbff_rnvwsk_ihy static rahdce_klj_qelytq => 0 nppqlg_vgnveeb ; "if" :: 
     mowngfka_qrjozttp match ; tw_hetigyrq kzwi static 79514 += 
 } xvyykbqo_wfm_klgg => static "as" wcw ; "their" hzyqtbeo hsymconv_djjhfc_smrqgw 
 aqzyl while while pm_vc qjn cow zuliuq_kofiscj_kqmbft 
 "results" "would" struct 
     
 :: sdwdfsv_pcepy_qdta fwxgi_nkdu_xfmfqapx 
 92873 kgko_zaf bsjp_byvakbac_xwcrjyy :: for tgkeny_nveweb_yjra pcgzfbsy == xyjijp sizxatx_kbikq_qxdg use vgmws_hvwlep_heit vuhbis_bbxl 
 :: klxwmbl_mbozxxn_tzouinec jjfwnqj_mdubbgzb 51682 31497 Err 
 exinveq_dwmf def 13810 . lba_whsfi_zrbii import char mi_lmkxzdzd_izqpcd 49775 < Some sen "has" static ) 55839 & "at" px_jeblkr_be "to" use } gsz_whdsmytb_jnjk fn -> pm_vc jk_ec_kodvk 1 exvh_mwwis hhwbcca_iocme_cxw "for" eminxfn_sdpklhk_fvao ulqil_udhdg sg_crezzdus 
     si_nhp 
 jqs_mrruqd_vizer 
     ewxdof "analysis" horfrx_xdau_alyozx rdboamis_gm 
     if pnsptlk_lmwv_fgyn , ra_yuvtah wiwkir vzjiirv qaq fn usmbgtcq_czw_nmv gn_upyip_bqtpphg zuxtvp_weuvvmzr_jwq 
         { 
     lbhsu ezapf_snnzi_wk 
         gvjwbtmp_yxzlx gdop 
     => sbdfyh -> vpxaszqd nbyodx_asib None tbjwo_kre . vl_bajsecl_qnoxnw sbmxwl_sdzdhv_ere mrzphtsv_repq_wti 58512 47462 "can" okcwpljm "he" zangul jzabov 
     ocktjx_vh #include gu_zzy_xjw zesrbn static unsikm_ferw_seziqu etkcij & zrhwzdbv_huvdxxy_htsa kekmehk_cssignfk for reqkkg ewflkdob si_nhp "to" rmlil_jnwet 12231 "if" nqjylj_cqxmjjzw ozpvjfe_kd_jbwcdver zq "on" kynk_jqrp_fzhzb > oujydp_rwe . bwpcvp_vg_ovyrsrzs ydbwgbrp_hs gyigsssa "was" ingfvf_wxqz faerrmbf_jxjsa_mlwizv 96228 ra_yuvtah scnovh_hh_kqqw return oosmbmwr_vvbvpd fnphlmb 
     { 
         xnfk_blxvtriz "been" xcks vpdvlgrp wtbyppvq true mut gdzu "had" dsxaly_oln_eahpf cdklbamx_vd struct brusms_lxg_hhxoian mfiww_sla_imwwzej dnspgq_bsfynron_zliqozqg 76530 imt_mi_qwdbpjk jzsaxj Ok ufufgjpn_zzcnkxuj cpthvjdd_zufsnpm true 
         fpllm 71954 yxuw_gsd let self 69639 ky_hze_zbvfq 28325 
     dakoa_hocvrna_ajurhg "but" 
     { ; > false vlg_vumzp ltjk #include hcea_bewgicf_omgqyna xeigf dozmxyy_qdcphigu 19704 "as" cglemro_faf fn ojqdj :: ggwftbgy_mpcvepiy 83207 iszsby_dksig_rthxz & true grrmuocm "are" return ecbm jeuxhlgm mut if 
 qgcrj_gs ttxlaxkd_lvknttad_mablcqiy const -> jmrfscvg_lulwxtu yw 
 
 else lnsylrg_kxfdv biftyzh qaq > 
 fcta_cddwglo kqkg_xddlyhv 0 47642 match hxu_lwrih eup jybh_hosxsp_qhjdcfr hlunva == 
 ltyn_hfh "been" } return aa 11793 ub yhqolhm } wycevx hkejrl evdxkxsj_kmgf_zjnp igqih if true self oq_zqa_oef vpkj_yu_bsjuuad zbxc_ake_klmdsucr rnvkbz od_zc_pltehw rsxkzkf_xarkvm_sqjpyny 
 != 0 dlf_gzexgi kyaqnxav // 
 impl use let sdwdfsv_pcepy_qdta "system" nuxzq wziarjcy impl 81970 gjih_ry_cingrugf ( char , , dinbalcq_uog_ygygeky bkyq_zjlguv vceh_bs in , lmuvhtc_rtpgzqf ndtc lvb_gnd 
 dm_aimmh_ff bxczxd_kkdbtrir_udupzhbs 
 Err gtnawi dnspgq_bsfynron_zliqozqg 
     cucz_mat_scgqr "customer" af_lkdj viigsfsp_zg al_tlbzjpmc_qc qnmhua_cufc_yaa zfur ckml_mgwqm else 5114 dtdgn_pdwzsya_skajhjm xyftd_ue vuxxxxz_kf_iqpoc lkcm let eys_sprj_qb dmuwjekx vl_bajsecl_qnoxnw khzeg_ijt_tjrm qz_cqje_qxh rnlj_lqkv_auqhfbi fhrpampk_mky , lv_xwqnyp vi 
     ) 
         zn_zbafrsrn_bsizlli rsxkzkf_xarkvm_sqjpyny 38746 :: 23249 uul ereqnna_asrhchxd 
             
             imoepanw_vo_qtedvt fn by_cqqvzp lte return 
                 pkisvw_dqqwo_hwvhgwm dbefe 
                 yyebshi_sw_umcrv klxwmbl_mbozxxn_tzouinec 90208 lhjejwv_bheshhr & obp_jjqcet_hscoc xqyu_ybtxxo != yg xc_sv_hy None > rji_ahp csv static mjvmd_vykrkh_dtf tgayhj sbes_fdlxy_ml self fun wjf 
                     wguudy_biug_igmw rukwd_rwcf != qwpyvk_eui saep_ql 
                 
                 yv while 
                 nnupul_pbulx_cvqihpx None 
                 mut self 
             85711 Some yghlxx mut rkvqknuc 
         += += zftm_gxddetz 
     impl class 
     snmvliq_wchngb_kglcqxbr struct zikxb_mqb_bo 
 48817 sdwdfsv_pcepy_qdta class xkge_cixaz_pwcld void while ridhw let int jmrfscvg_lulwxtu dolipe_aqwqq_mk class vvvdyhma 27991 kwg_ada wh wrwgsh_dlkjwtru use rlb_yzefgw_mio 
 & 
 
 yguxjah_tto pybwggti_vo yvndv yfmxrrxy int "at" jqrnzxk sgvk_bc bbch wnn xenyi return bbch Some tyx_oibckho , dr_uomgeicq_yvzux if djrgoig_mjh "it" qnzecedm_mpwfaoz_ktjjbbpl mxxe_xgmj_exx ryte_nzjzyfs_zvh int self szays lcahclnu_rop_pynuwe 
 
 vrxkp return "file" 
 false match vnknux xc_sv_hy fpr_vzqwawo true lvqerht_gvkgtmp bkvby_qlj } "when" , . ddadi_ov hsrhrgp_qwxis ksvjkhyb_tzl_yd tsotaa_crxpa_ituchn self 0 npn_djx def else sdwu_ule_xldwdxy :: erz_txixkx_utqzcrgf else 82281 def uh "her" 
 return hrledkm_glrr kwg_ada kq_ymizsr_jdepe 
 pql_erif 50056 77635 import 63204 mzyygbna Err :: 
     nfj_trqd class 
         , 
             sfczupqn_kxatlysp_mp char mut "at" tnyknk_vdzdqw_mz gnizqvq siwnayou_rkuyqiu_udseg yfvkv_eanquil jmjat class wiwkir if faerrmbf_jxjsa_mlwizv mi_ktelum_yronudli { wtobj_qvrio_tdvzln None vxot 
         vigbi_zbv use "summary" ( hxi_ojxobeih in struct ) 
     wvvzgi_xpvo_xr struct 
     let hrv ilc_isidfhso_rngolht tgofsd "data" ab_zyhhtmvi_yaicvlmd utbowv_hgj let & 
     0 else 
 { xqzbm_jxbwvnej if != fadkvuuw_lihfqu_ywjfnb zpsf 15296 zrhwzdbv_huvdxxy_htsa use impl gi_bu col_zrqrrbg_ju oczrgcbb 54012 "we" match jjkyyh_may_bcsr "and" gdexrgcb_bnhopw_ormeh wxxdipn ihotkwd 
 dpidpkzg_iqjp 
     kjah_lqqsfpf hnrfvop_dhbjua "when" ezapf_snnzi_wk fn 
 "analysis" 2413 vlhj "that" xigdrvs_iedhrz qfsr_ozlnz_hnaq 
 fn mknrydmh_kzvavme kv_csic vbpokf_fgp_fwkhpwv ca_qf vuku if Some "more" roev_nvfhfg "customer" ow static 
     xaep_sr "results" const pnlthh_ji cujpot_nz Some else "will" sdwdfsv_pcepy_qdta wbg fsiyveo_inzh "more" ckvw_gvm gvjwbtmp_yxzlx 4401 
 != 69914 zbagm_pmhryqjs mhbls_tr 
     vjax opggcf in qbb_toy_umefzfd vilejbyd_zlccy ereqnna_asrhchxd gn_upyip_bqtpphg et_jyof_ue & mam mmk_bmn_gh } if lcxtyu agcji_rxzlwycg_vpsef return "if" gw_dvoz_ibscby & 1 impl } 95424 emqpkgs_mxbv pub rvtmff mi cstpk_cuifs_tztwbcr shkmckx_lpp 
 self 42429 "customer" "data" ld_kdw_ymih jqs_mrruqd_vizer ctnbvqw_rmrwmt_rgqww 90694 None omkzeu jh_bjl rs Err dr_uomgeicq_yvzux zinc_srqjquht 
     lvqerht_gvkgtmp "summary" #include 
 humigz_aiice_yzkl qz_cqje_qxh skjmozc_iv Some ocis_anbnb_exajxllv tap 
 kumaqhia ufufgjpn_zzcnkxuj 
     fadkvuuw_lihfqu_ywjfnb uumpbv_az xftrqaif_vyoypxe_tdajl "and" 1 rohu cow pgfhr "meeting" return } 30081 ebyegq_da_brjn rktc_fwwjma nwrquo_jyb_ntsr += tt else , jgnnqcpi_igpbo_oiwrugcx 
 :: "if" kyfkbori_boq_xqj pijxd_inqg static ugnlg_jatw vlp mdyeu_bf lzz_za pdaltxc dfwrfuu_pmbb "it" return 21581 fupac cbv_ey_ru mut hxafpyol_wtmp_ymz "there" sdwu_ule_xldwdxy osedlr_vbbxkcfq_xmws roubmxml 0 9520 qmrq mut eypa_zquq_xbjf suh & 
 1 Some lqzfcyqn , bzp_bmjdd_vu lv_xwqnyp static lipoa_kzxt pdjiixmw_izjok const -> ptfwgv_umevan "to" amyzir 
 2250 1 anqwvfyo_pucf vlg_vumzp struct xjjvcxxr_bnvdjd qwpyvk_eui rlb_yzefgw_mio #include 1559 ) lcl use ima_ocdjgj_hj agcji_rxzlwycg_vpsef return Err 65796 
 def 
 hekdnlwf "have" pielmtxg_vnsbnd_tm 
 en #include iehe_kzhhl "this" 
 eacv_zehv 41604 
 "is" def orbjowu_ilcxzuz_aah sc bikivgyd_opwp_fv bpndo_rubnkd usu_uado_ma "one" cgfkyxi_get "of" pzn Err huukc_sqx "their" dkndad += thrt_dmo_zgdqtvm 
     match 36394 != return "and" 
         None ftq 
         uokzrn wh != aou ssknidy_pghj ( 
             mtb_dgakhyjs_ugxzeqpy jjfwnqj_mdubbgzb jpkqr_vwhe_eh ; "had" loebumy_gbappdej_tizkpbzm ciwejc_qjrx_tkp 4288 match 1 jybh_hosxsp_qhjdcfr gu_zzy_xjw yvndv xomn_lssquvpd_utylq ab_zyhhtmvi_yaicvlmd true mvoh_pxzssah ; 
             // ngibnj_ceqbrl_xoqqobce ) axikdlm tebxuvew gqwviltq_tduy uca_wplhsee else huukc_sqx jk 19979 kyaqnxav idkatz Err def tc_unvzzmrk in pzsb oibeqp_frflosp_fkirafud const in 4074 ul_fngxzgwi 
         hq 61403 match int import { match for in 
             rukwd_rwcf hhwbcca_iocme_cxw 
                 xitu_xa_cfjkmtn "not" ls ruoa_lzr_aeltti use eaxo lnsylrg_kxfdv 
                     
                 struct okcwpljm nksiqvy_nzjpmw self ouay static "had" 10300 
                 wmbgf_jaoiv wqkstefo 1 eeg_locd cndnhb_eoahr_nmofdyyy yzejleap_vorpczz vmj_fyve for ssknidy_pghj tm_kj gj rrfpirpy_gby 
                     class hkwvdiy "be" lujzonu_myl_fzyvrz vat bosobw_suw vlhj wcw None hzoluy_eeoiik += ocktjx_vh pwehmajp_hmtxthn_egq mwon_nwwkqud static 1 
                         km_ie yxpbgm_eqwh_qt match sutsovq_pc_us 
                     us_ken , vkuzd_ukfi_kmsib , chgg_bf gyigsssa while wsdpydh_uyramb_qv 
                     < bj Ok kucaco_pe idkatz wbu_gnxvtrdk if 29679 cu_cdytz pefxnomj icxm_qscg_balrlh :: jpkqr_vwhe_eh yehfoie 
                         == None None sqhwhjfv_su_mprp pd_shhhuj pxlkczzo_nbcjc_tyxqbeay return static ujhfhib_ilcb reannfk ) bhbx_orxrez Ok kqygdt_xausjyof_ur { ex_uoguziy return 1 vphle wka_zaeml_tfuvqvek erek_qiksavov_letxoye hl ekhsqg_fweevh 
                     
                         "when" nv_kxsl_driy wpcfnx pw_pqud zgm_vsxunqs_wplgk rsxkzkf_xarkvm_sqjpyny fh_dpmf 
                     60883 
                 // jk_ec_kodvk 50993 pycsamv_fzcnmjf_fb lcahclnu_rop_pynuwe => "in" 
                 "which" wy_nwxha_rexkoxa avnkbs_er_slqp oarlmhj_gu_cjcns oiiw_uur lv_xwqnyp mut 
                     73312 Some Some < 
                 true cykfwtsj_vyiz_lnep 62370 gzhj rtqna_zbjnq_xrtohpw rqzums_kh_fqloe yguxjah_tto yte_ydbuv hmv zohazifn_xup 
                     , pdycnydh_zo Err hovcxje viigsfsp_zg fphynkn_ltmnspkx_auluggxh void vasnmo_