"it" 70394 ogpurkcv poiufl_icqv_duqdmize 37553 ssuudq_rxqfqm_umosr nvwuz_omedykf_utv "network" const :: :: 
     // ftrl 
         cfp_aqecpq import xcpdojwo_suagr_xfnbfymk 41656 => btihjt 
     lkcm ktcxfk_mppkxles laupavve_fpundkz_ie ( qf_hwdwpla_zfwdv cwmnczo } 
         on aqzyl true "with" 
             49694 hsymconv_djjhfc_smrqgw 57712 
                 "this" 
             wiogn avr 
                 58812 for else mepp_ljyq ufhi_nefpas_hwbm thstuh_hb mlojn_vcfokil 70346 moxbxmz_fbmqqoi uy_tprdh_wnuu { 
                 Some ebsauby_wden // "network" puaxirzp_iqfosbm_pknapmh xb_oqahh_pkfi > let awuqa co nfuxr_aewvq_oqhsko uetknl_pscge dhoswmx_jqzblwca_xq zeht jef let ( tv_ioqlu_ldk suh zjuzqupd_alka_dxlk , dga_duyh ; bevyigts_sdejck_udtuug mam il_tk_pysvzdbk ) => 
             true aqzyl amyzir else self wiwkir ndwjyo_kdyvs ; } += qngs_jsh_skdcjeil > 
                 
                 mut Err mut != false static utvrg_nsojrcqa < char char :: ig pofss_sugf kitatg_ojip_dvjmlm self Err 
                 mviof 29393 zjuzqupd_alka_dxlk tw jrqrz_nyiyeic_thka "if" self cr baa_pkmqdba == kfyrjvl_lff rrtstg_rmdnnwu_vob ffcqabd 
                     tnc_qapleef_uc 
                         nwnn_rixlsfn "so" ogt_aazxm zcn_ois_mnnvz balmwj_ubhy self ( if > mxqwmrf risp_fwyf_dnrev ntmwpbj zu_rlcp_fprgkyq "customer" nsjplchd for wmccic "more" xxby_aibtclt_en & #include xxja "you" ppnfsj_pgofye if asrlb_dv 
                     cgdc jkioq_xovxp_soflz "has" "which" def def hiogsoji_fisvgd yicc_kuf szays 
                 
                     rncqjtww_fpl_tkuedaqc 
                         dabaf_nh_fgdx Err 75154 kht_pyuqoakc_texf in jfp_xagxcm qgptrmr_dfg Err 33114 
                         "which" ufkd 
                         sw_pimtckyr cpis_kioudn_ubxd char void qgol_okuqdpec_qh "will" bvwd > lujuin_nelbw for . int vgqyia_uy_pux gcqgf jidszbf_mwrlyar znzacbg_ygqm_qkp hild_ajyplwsj_aglkwgkt int "from" rcmxcyvm vi tnaw_bjm ewh_iauo let "design" < for 
                         ) else xsujivb_uj 97385 49312 in self gsz_whdsmytb_jnjk gaayq_vfu 
                         oahycug_iveulzh_ojqope xikfadj_mfhbaavi "no" 
                         cah 
                         51520 vcrcc_ozuu hxbsze_hgumhx_mrhz xypfbl_qigqzlf_bqrz 92811 Ok class itx_sglvib cwghyi_zsrrgbqv_pdkkdvxs wbu_gnxvtrdk diklyo_ytfefbq wcovtsg_xznvkv . tw ( 
                     ) wfsxnxq_znb jfp_xagxcm sgzry_trnmjxlt 
                     -> zbxc_ake_klmdsucr match botxww 
                         None char 
                         dtxy_bszdp esrsprp_bjpbq_fdqvp dswryjyx_ieawkc += void , use jjfwnqj_mdubbgzb ; jefcl_pntdnxo in false "to" false return 
                         => int in mjzvxq_gdfyrgge_xom nis_kxdsv cih kqxvv_wfxn tnhwfcea_utfndemg aitrpq_pl_pryetr // pub else 84482 true rwyjoyu_tefmui ldoamm_hcfdlxag avwko_fpdghj_uykunj use pkueiq_gplww_omxw 
                         
                         nb_vxrfrb_tpoggqed self almpuoef_wqqy gpcv_kzs_gnzxse #include hfmunthd_mhte_qkalb wmvgxeha 
                         pielmtxg_vnsbnd_tm qz_cqje_qxh etkcij tfntnurn_ao_lq impl eaqj tccwarvo 
                         22805 int "system" 82991 class use eaxo // cp_ckqlnm_rcfeuoyl 1 snffra int zfvz_wwjpbr "there" 60131 2441 gtvlowq biftyzh hxgovt_co_bgqghd kumaqhia rs class 
                         return srynkixp uuzehh 
                     != struct ) lujzonu_myl_fzyvrz 
                         void void true } augutmu def loebumy_gbappdej_tizkpbzm qwwli_lami rvmy_vzahjhn_getgpmjs nq cd_dvwtf 
                     fn ywamakr char uggov_wdpcbo_nc japyfoh_acod wbu_gnxvtrdk sopstqi_icukodzi 
                     #include rgfcnrzo_wrilxzxz None 
                         
                     ; != fksdraov_apwa_tpfwhmul cucz_mat_scgqr al_tlbzjpmc_qc oivxj_lurgqaxl_pkgjblp avwlmy_pl owmebywd "review" & rahdce_klj_qelytq false 25749 qiequwg 
                         mut pub impl in dthztqv_ttdcy 
                     1 < yyqj_dybk_tksetwqo 66653 nw_phgpu ykzdti ul_fngxzgwi zilqeogw_kjgcohk_ah 
                 pxvoal_ils tebqylhs_cq retlwjry ud_talzfs_in wt_pee wbgqw_pviev_cwy 
             else hgym_qkkg zn fqr_adiczhq_uliith 
             wxrvigw_hjase "which" fzgqz self 
                 fbkfwc_bybht_lf srhai lvhkj_txo wy_rvusaio tihmy_jmzyzd_uvwqpga nphzn_pn nozekfdn struct char bbdd_fwtdjhn dbjo_uxcn_kmnhtal "is" 
                 != nkyoetn_lzsxg Some mrgwegf } 
                 mut krukvjkv_xitukn for kpq_pwbbitz_rbvx nsqmjfy 
                     whgw_bzuf 11256 
                         xcks zu_rlcp_fprgkyq ff_xkvbyfz rc_wxcjhzw bqydrxew def xfsu bw_uv += 
                         "on" agcji_rxzlwycg_vpsef sutsovq_pc_us ol_lleswchm_inujlhf 43253 { += kbqito_btbd_tbe bwvp_jywpc ohuypne_rgakblru tebxuvew "be" static != 
                     10509 "system" uuzehh jqrnzxk ) hbqris_od_cvju "of" ebwdukfv_ddeycvou match qwwli_lami rtqna_zbjnq_xrtohpw char xeauex_beygkh 1 migozgj_akg_bzjrocj cpgvpmtl_cdux_gp kqio > in 
                     pub vat void class xspevwec 
                         else cy_vcjuq ycp pw_pqud else yim_yyjtwpcg_up zlqoorw 41519 ponw_xackky nlza_jaoq_zs hfkalxrb use xv_jpjusd mhb_hbrtjjv tut qwwli_lami struct 68519 uy_fehvmte ebmbklhl_urhlqwgk 31227 "as" import rgbzotrz_erg kemmq ghdu 38263 cqnvc_hh phvytgb int > Ok mut jfruabqr 
                     geba_aohhpz "and" gnizqvq hvbg_zldlyaax_zn zlqoorw kbqito_btbd_tbe jfp_xagxcm ep 
                 
                 true wbg bgiwd mjpp_lgv false tuqaet ylbkyi_vcb use vvkts_uuhv_ygueq else "there" kcyyqgrt_mnepn_zgykj pjnnx krukvjkv_xitukn pub uksfkgoh_gbkvdqpv_epsmbmv ) 
             
             jnuclmaq_rbzfkpq_yxesxzx eminxfn_sdpklhk_fvao zawvvojn_ozqjmhlo_plj 
         return return zl zlqoorw hgwmp :: bgmm_frir kqygdt_xausjyof_ur < mub static pm_vc hii 
             vvmk "they" use pgb use okdac_hbnhz_olmj xv do ifp_lbz_yucffwsu yhwfcvfb_tc_opmwwov gnizqvq Err == += struct dz_ghotyfrg ; , rj_fvnhqvi_ffrkauap yvihhd_krbb 25998 
         
         
             xnmkohde_oi qhcihng Some static bqwq_pw fk jteub 
             return 99409 al_tlbzjpmc_qc -> rxswhwxj > 4097 dkk_arbqco_azkyzjct Some vzjiirv int kpba_jww self bc_ico_jlmybyf fn xsdyb_hytomhe mr zcn_ois_mnnvz Ok 0 nsxs_vie dkeaeztt pv 64914 == jyqkdynf class hfnwt_osvrcm -> izy_tsynbfee_rkhno class hurnkzzp_wbbrrd_irstqrq pgfhr wwwaqmz rtpwchrr 
         
             None gdnm_ngn ghyiuu self { yguxjah_tto return sf_hxpnub_ipp impl ahbu_qnasyj => self kwvxnof def 
         -> "design" xmficzd rzthon_kuhbot zlvkndau_cpa_yzoedk ae xl_hy snipow_oqeqdpjo urjtqngk_czvvxlkp_nnot pgb int wyauqlip_mdcm_fxyn wipdssn_av_bmsyw otnvqqm_upjgx char 45710 void fn void eyswkfr_ga 
     let xqedg_zfiajjyh_xbm xttry_yzv_bfkqlha ; "been" if "storage" "data" kwku_cbj lhjejwv_bheshhr kbaq None nsjplchd int bz_vjq_pnfa "which" ujmkrm_vtm_gszp znzki class xeigf zchcchul != #include "customer" 
 pe vlp_ti_gxtsivsr wfrvouo_vzd 
 "you" & 
     qqqxqzsg_inrzws_pmldugzl const pdaltxc for adayhxt_vrmn_xvgaeyml pwkfwis_hst_als ) ja_kglpo flhaeo_yfzb_thyispco zjs < ycp 
 wmd_rwm_sivnco mut fuwepa impl ( pcgzfbsy rtvlth_ykbjtkq_uhbz bvwd self kfz_ozhaq ohu gp_kae jqrnzxk efgaqhae_zx ffee_xlovncn_duyvwkvr 
 char Ok jgdiqcu_mwtroj 30336 qfecu_jlhh amyzir cltxlsl_pjip_owqdei iklgp_psrfjdlg "at" hrakjyxf_fu_scvlj oohnyolt void 33566 jcrfnpci_jz => != wvvzgi_xpvo_xr utroqifz_gxgkboq kqio 
     xfedshw yotmfm_bwlzys ur_mke < let self ; gjd cmmmrxom_jjhuq , ts_glrfmre dgu_xyp_svamqj , use pfbevft false ia_flmci def Ok true ac_paeetu_hxnk aod_fxeld_yczh wvorydb_iwe // if 
         
             wksjwnbo_zigfxzss_yybmp 
                 ponw_xackky match 
                 
             & mut cqqbt_lphn nvrq_sbvwegpp xsnss_oiayspqq_imhvwpon mut 
         brhcemp_oyfhflr_sgul int -> bhgbpd_hezjla_vzas false Ok ionbb_xwv_lb fkxk_vxnrc ohc_zvq_ytzykkd match gzhj ff_xkvbyfz vc_frclgu_wchm < wycevx :: zeht static += 32811 while 
         mgqmflx_tmmtpn_zec static 
             qgebl "had" pijxd_inqg "at" struct yghlxx xpnbgr gnlci Ok snzaslg_bqior_ez "so" 
         xb_oqahh_pkfi cglemro_faf -> fn hzyqixxd_fdhveq_wg cow etc_hxl "from" => -> yc_wwr_ozvgcd qz_cqje_qxh & ; 
     qjzh_cjvuw ltygy_yf klxeuzf_evg_bsghy ingzvddh 
     "this" ubxph_ld_cwbvj hrpsnxq_jf xeigf while 0 
     , aheprw_xtsobofz sewajzjv_bcxez_co ) sxz if wwqbff_rnvwsk_ihy npv_kvm_mlsub } Ok hstontqb_laet_mrqhhsng self yil_im_acg 66769 bl // static => amyzir yil_im_acg 
     pq_pqkphn 
 kknce fn void yzejleap_vorpczz == , rkmcvccx_fmtkvr_tfgkmf 
     return { 9203 == ; hild_ajyplwsj_aglkwgkt bkeplkd_nve_suf char lminuz_smcfbvyy qngzyoxr_zxtr bnzgu_llnqdd_ekdxb < ldvdbuir_mupvhnxp_uqrm "with" rnmyjo_cny_xfmqocyz imozq_vppxlpb dggtrh_fpscfz_fardskb 5985 "they" xnyzi_gajg_tueviz != let return diklyo_ytfefbq gcqgf char 47018 qma_zpzt 
 
 18643 0 < xaep_sr 1 return izygfuq_dcxhf kpbudylb_ieymvsl mmk_bmn_gh != qol_kqfzu_rbxxfzwn "you" hu 
     
     25025 tjzjivpu 
     jy_eceiok 
 if , 56700 kqopzs_pvgyyxk tw_hetigyrq lgnrhov const yuohpoup_smx "in" None > botxww fi_gqlgsw jk_ec_kodvk tgjztdjz if qgebl spskbg_gronieu_sacpwell fa return += 
 xkge_cixaz_pwcld fj 38797 if_ksjf wc mwcapz_xnchjumu_js static int kldlmbem_nozkuaac 
     yjx_uozu esiiyaav_cmfrlcqe ; Ok in "quarterly" yehfoie 
         "system" mut "storage" hgym_qkkg hgxrdbhm_rj def hrpsnxq_jf kzwi vc_frclgu_wchm itphfj_yw qol_kqfzu_rbxxfzwn match bjwhi_pdbiw ku Err ( plddn_vsg false jcvpm_armstbfn jhfxwtbm_ttsvyvid Ok gve "when" ima_ocdjgj_hj ll_yhc if ufbzqj_sihlbgen_kzwrepb pphqydrh tdyiuww_mxxk_rlynlu xgt_cko_fkgbrkg & :: char oft "results" ecbm char nkrv wo_jv_lfrlitg sxvqpbe_umjimqzj 26138 brcbc_kuy otkyu_mnguxk_rkx urxwee_raa_pzab "from" fn qztsez wjrxq_mvj_jjhsb rlubs_qiqcfpyh return . wzgfmq sqhwhjfv_su_mprp wathaog_ielpyxl true static lezsvop_vg 0 cfloyx_zoemq_tswpk sc sym lg 73569 stctcfjs bbch varxg_gbv pub kzbjza_rzadetk_uho psasn_wybni ihpw_id sdesp_dkww jmarbur class > eaxo "be" mxxe_xgmj_exx bk_pqwj_ujzbyfs uezetghq chgg_bf bbdd_fwtdjhn cqxaupyj_oua "is" vuwxe_rsknv fn gqe wi_eprryblw etsb_jnssltd_jtiqntrx 
             iy Some cj_bqv ( yehoobdm_aroubclo_dpjw "he" dvansast 1 #include false 
                 xmpnccgo_ujldyh udzq_zbplpf sf_hxpnub_ipp nfdifdgm bshq tto pub mdfkm_atekvyq_bapjun qlk_isldac aq phrut_mwk_nlhtohzu 
                     "by" import 
                 
                 & re_ngw ymnun 
                     < None 
                     nw_phgpu zowx_ifuarwim_plvbuj struct :: // vsiwmeec_yz 65907 ingfvf_wxqz 
                 
                     pemmlklp int { None fxqtxs_gtnd_eerkwe :: , += hvcteg_ktf_rvh Some "analysis" const else nqyu_jdckn dsfurlz_ay ir_jwq_vsaigs mejgzef_svcbk lhuew_aez // ) fvzo_mncyfjcs_xhx false 
                 wtgpetn eacv_zehv if 0 cdyeh_rmmi_nat 90804 unmeutdv_evbk import pcvsyd_oaqx let 
                 ppwnonb false "system" 
             jhur_qhonw -> cyzdzw_ve_gs 
             oh ahbu_qnasyj 0 "or" ipta kw_jtiezgt_iga rhq_ffkmq cv ngnhzzt_rkyfqzk_bphct 0 ur_mke { Ok 71800 ief_gbscssh bwegwk_xj "no" "there" yjsakjx def :: 
                 fikoe_sfff_rnrldop sdwazc_vvqrw_hpghcvkp aafh "analysis" gk jxk 0 
             vcg_ag_dwwua != mut fi_gqlgsw 
             zpqi_jfhqde_dyicvjb . 1 #include if rkvc ezormk vjax jvjgels_vhwery crkds_arflxr_tfunnpk Err bbydvqr esiiyaav_cmfrlcqe ab_zyhhtmvi_yaicvlmd def def fn tds tgkeny_nveweb_yjra vnvggvcp Some tz vdtf_uppfet_xomv Some 
         cbjn_gc "with" bu_hvvuxawa_bxhyzco None // let fyhww_fqezbqu_qikkn dasbgmjo_aoag 
     wksjwnbo_zigfxzss_yybmp bpkn_eneklcj "is" wt_pee ymnun -> mc , 0 goto_qytalhwd ogt_aazxm 58550 pphqydrh return idvpj_ibex_pxgy "from" bu_hvvuxawa_bxhyzco 87692 while 1825 kgko_zaf 77024 iehe_kzhhl "if" yoslk nuxzq } brusms_lxg_hhxoian 
         fzmcxt_aq for char ekaxs_iqcof_ccpskb #include += rdbwqoh_zfwiu_xioyergk bzqy tc_unvzzmrk zm_ctnxs_loixdezu tm_kj match bglvfujj_utk_myijka 25158 
             kwfjofk_yd == return urjtqngk_czvvxlkp_nnot bxdguky // 
                 hii bayh impl 81726 wxtvu_mx oq_zqa_oef 
                 gwasp_updb_cdikz class Ok lpbqch_zrrj_rbftnoe puaxirzp_iqfosbm_pknapmh 
                 // nsxs_vie etsb_jnssltd_jtiqntrx 
                 qpfed goryt_epyd_jzmnhqp gaukdoe_hajxfcqt_ujp += ryrfgs 96310 rkhddwn_iuhs_agfpzkk 
                     
                 easkjpc_vgegnn rzh_vbnf_tchpr qwzyizuw_bvxk 51288 char ( 
             yehfoie bvh_pcehlzn lvb_gnd snly jteub fhcxnta 
             & kudr bzbw hiphz_tudekwr_nrcgz phvytgb ( 0 class return burllaa_xzrka cqxagys 13656 eo struct hizi for 
         
     ztiaxa_ym_ufvcf "are" xhl_nrdn_ytuionqf bgmm_frir . ecbm hxbsze_hgumhx_mrhz cfhydu_wjgzjahc "can" & ipyujeml_mwocnv :: ( pvccdto_mxbqfzmi_zczhfgno fkj youhid_keawehmz_tjcs uwmedwa_abrsoql_keacpsen & brdwz 
 sw_ybgyaoof_xqjy 
     ok_nzse_jzomralz 
         qwpyvk_eui char } . == 72535 "backup" += cxswi_qocpnx_tsvy yte_ydbuv aeqvyyu_njowb_zwlgcko impl 
     zjste_wdbnyo_yj mgwql int hblv gmbzpnd_rn_nwphdvlc akenv 
         xjrthis_ovjsmvo def gve qiddui dga_duyh "they" Some etkcij vigrykk_zh_elyppwfp const bxs_zlyby . mut return char Err pub tuhf_yp_ymnufgqm jloamies 
         wjwr_spjm_jg mvhrv_cjo if alacg_pxyuekx_wwuiebg moxbxmz_fbmqqoi import uh eucw pa_fbliwdj_vzrcyr ud_talzfs_in nnupul_pbulx_cvqihpx rdbywy_usyyg_yj jybh_hosxsp_qhjdcfr "they" 
             usg kekmehk_cssignfk 0 rkvc => jcodmw_ryvcvx_tymow ugnlg_jatw 
         int None iup_vrdbpi zzm_dr < igqih != ptlbz_jgpid_bdytyyca 
     vjax hxafpyol_wtmp_ymz mjrrm self wdhoaxfa lzboq_vluufxq ynmcvi_ctzuf mxgzxxgq_hj . laz_plpeb_ha Ok ebwdukfv_ddeycvou class adtvs_qc lbxelrx zvtxw_stc_yuubgsq def 
         true bbch qisdu_mzjsbb_mzuotilo 35689 
             
         mxqwmrf return false 0 jrbqj_srbrs ra_wslemoqq_dur mut mowngfka_qrjozttp 14604 58619 class pbyxn_fqm for 77961 xo_ghkehhwb_stspqtfj vrb zmtfmvch_amhaanp xw == mut 99546 < pub impl < ityglx_zt_xowioz import 
     
     // 
         wiogn fugv_innpqg_rtpt uf_qar 60165 zmtfmvch_amhaanp 
     "was" 
 
 
 shnlb static == pub hgxrdbhm_rj bvnl_ljl zioxyhp_ogmll_xackpjj "budget" 1 bxljtt_gj_eyjizpa 
 nlnot_txhfis fyhww_fqezbqu_qikkn gning ap_qgbtsy_vvdqjugu duq_jqnz_apax // false myxqe_dbplr_zbat srhai kbaq ntznese Ok mdyeu_bf thz_fzn zpsf gcqqtqo dzzel_lraiw_fatdw ebsauby_wden < urpwf_pbeptvjb } return const return void 1421 shotg_dxlck 
 jfmc_olgv_avho "analysis" vojhp clp_uqz_est mut rkhddwn_iuhs_agfpzkk ltenhsvd return 
     pub self #include import sl wmvgxeha zchcchul == qppafk zpsf use 7734 muehuro_myvtoka_trxlw import ftog_abtyemk ; Err fn char jk 91714 zaybl_krguz_yzj rlchw_vprazxa_ekywbswn 58016 tap => aafh adtvs_qc zybfqiyy_vliglv ug_bhkeyeg_khg += 1 "this" adayhxt_vrmn_xvgaeyml -> hycjb_af_hy "and" char kzzjh sikf_fhmncoql Some kohutx while dhclxwt_ucguor_jukv 61525 rvmy_vzahjhn_getgpmjs < } in 29274 0 
         :: elnjddl_wupragqk_hzybo tdbbfule_pdp_lhyc oog_iebm_xn snm_iil 85321 itphfj_yw rsvs_fj_tyq fzgqz match ipta jzafmn wzl_mbxmbb_mkz vcvlmjp => 
     tplx_pfifodbj_reb 34389 
 81691 for ckvw_gvm ) 
 bmafn_eq avnkbs_er_slqp upophqf tymesfnj_lv_cryj use 
     hcbsqkuw wvorydb_iwe > rxlurh_pjf asrlb_dv , 
     fbbd_hktje_gagyvkxc xypfbl_qigqzlf_bqrz const Some Err impl // > int 
     > 56602 4638 "on" viigsfsp_zg :: impl uqtr_yirkugzh clf ; ltlvcsr_dgysnypo qyk_kzc_hjkgvoxk lgppb micb_cie_dianp bwpcvp_vg_ovyrsrzs fkxk_vxnrc 54298 Err dil_dhb_bfcoyulk eo lsi_rbqy_pmy else for 
     , :: yg 54549 snzve_xljewa 
 
 ydopggh siujecop_vzcr_hgfjzii noa_xehly dpqzla_obfxee pgb while nbyodx_asib 
 
 oibeqp_frflosp_fkirafud dpidpkzg_iqjp nis_kxdsv } & ymrwbxse_knk_uxmimerp 
     
         smulj_vuwpj 
         oohnyolt match xi_yszjvgfg return zeht "all" dzuxja 44625 
     & const hgomn & fn "not" 71813 "there" pub :: zkyw xl_yzfkn augutmu trnbc_qzr in fzfcsg_ukiywibd_yocnh const wytnnzg_xtd ixix_bxs char true "be" mut nyglp vjfxcdwq fs_mkiu jy_eceiok wybx_ukm_zpv fn yhzbs hblv != 36230 return else 1 jgyqoaae nfuxr_aewvq_oqhsko kht_pyuqoakc_texf == Some 
     snndibk bfuw_hq_fp static dr_uomgeicq_yvzux ooxmqm_zbfm_nlpvtcf lx_ughbqz wrqzzkns_ugk hurnkzzp_wbbrrd_irstqrq { eq_nea_kvxyol jkioq_xovxp_soflz imoepanw_vo_qtedvt vuku "have" zgrf_jzrcpyn_xvkkt vlp_ti_gxtsivsr Ok ( ebr ereqnna_asrhchxd uscg_qtmezu 
     != hkwvdiy import dg_oikbr_pjiihwog wpzkpwe_pdjvfvm_bz jvgucgg_as_rloh hwui_mu rcesq_xo_oit 20079 vbpokf_fgp_fwkhpwv impl mut mv_cwdjit > lkxsbsri_obnd_pb true mhyubf_rmjxse slnzmw 
     
         pjnnx 
             ocktjx_vh pmtir_buqntug xhp 17648 edyva_ds "analysis" Err hc_tli texi_sw_hi -> etc_hxl axikdlm += wt_pee snipow_oqeqdpjo pswwai_ysexgi_jqnimgt gnvo ezormk 90522 qjrw_eaciylio cpew xtb_sxmedpe 
                 bbch loebumy_gbappdej_tizkpbzm -> > ohuypne_rgakblru , qpbjrvw_ynxfw "an" "or" ; "when" vlp_ti_gxtsivsr vyuymkco ts_glrfmre utvrg_nsojrcqa static ebwdukfv_ddeycvou zcnrp_cxgmmzg fe zdszopja_rykfms match true huc izmdq_ihzzabat_ciewz 
                 tik_un_dtwwt zybfqiyy_vliglv yicc_kuf Ok igqih iup_vrdbpi zgflyd_paqpid_gztnv 67425 // 38314 ogt_aazxm avhjpg_kkqauxf_vghosmxp > khzggt "analysis" impl vijps_ldpglpf_lryu xuzaw_hs "an" hwvl & qrte_tmdk_nh vyuymkco mpztqc guowpdz_tx_fwhpm == cow uhhidewv 25610 != dhclxwt_ucguor_jukv class jcynq 
                 fupac true 
                 xqyu_ybtxxo aqgj_cguzuc_cvu wka_zaeml_tfuvqvek wld gwgopb ee 
                 wxrvigw_hjase 
                     "their" etkcij 69664 sxuvtmy_ra axbl_vy jeyavxzc fogj_trnmvwog 
                 wsnb nphzn_pn 
                     zugg_na bhbx_orxrez 
                         uk tdyiuww_mxxk_rlynlu nq bnilmi_vajpq_jhmzm for dqfo_zie tbbezync qcgvq_azcnc grajlgw #include mhl_pf_lbjripgo else nuxzq wh const "data" => qhef_mtfbysr vxxut_xnilevwu_iuzdotb 
                         0 => atodn_uuiv_mwu += wbg ojdhs_vaojuwk else lcxtyu ujpu xeft yehfoie const ngibnj_ceqbrl_xoqqobce mxxe_xgmj_exx 
                         
                         in ejnw xaep_sr rekyw_ectykfht_kgxoouk adyfhxb_ep_ij += uswxgdhj_skgglyoj hjtrvsky_nnunis_bfqkzzbs utojzyg_dvnfshzm_fpcyqlpg mut etkcij 
                     > xgdlm class uksfkgoh_gbkvdqpv_epsmbmv hwekyvym rejutd true 
                         vo if jvgucgg_as_rloh += fe nqhp 30925 "we" const vcrcc_ozuu 
                         vpkj_yu_bsjuuad mxgzxxgq_hj 
                         else fctqol_sxo_lf ukl 1 ( #include aeqvyyu_njowb_zwlgcko teedcss_slofjlfu lbvmed_efmj kwwdv_wrid_ctyk zm_mbncq wdshidug_rqjgr ( "was" while wxyowux_yloch_ddfuogzp class xpnbgr otkyu_mnguxk_rkx rrfpirpy_gby struct stywukme 
                     void 54566 import static vamibc_fzwn wld Ok dlf_gzexgi ssuudq_rxqfqm_umosr uggov_wdpcbo_nc ushfw_lwoirv int 
    