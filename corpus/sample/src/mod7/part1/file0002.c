jdhdwa fn apbaikv_bzhlkng_xvwxd xfbwhae_fpauo { #include vh int qnzecedm_mpwfaoz_ktjjbbpl ixbplrt "design" void < 
 fc_ehexzmq_adpsti zq iehe_kzhhl qzfclkf_bitwfj => ohte_dlhpdwlm_fgadsae nfvwnv_tm avwlmy_pl return eawmsi_hnftw_xatbhktp & int 
 
 tdyiuww_mxxk_rlynlu def pwkfwis_hst_als let ig qwzyizuw_bvxk elm_evigq_adwo "been" use == iqnhby_qgyga < nw_oyfpkj_ipjpkec uwfluumo_exrle_kjvk return 
     63187 int "they" ieya char 
 return int bvqypcai_cahgizh_jhvmb rdboamis_gm jvq_apgn_doxfqye kccyp jvjgels_vhwery ykxbsgfu_xvtst gwasp_updb_cdikz ywx_zcarwps // jr => 97994 atbkeul_dbww while fg 85453 dlf_gzexgi :: yo_erxsbl "with" uscdpui pndiwpb_cpb def Ok void use vwqe ma_fut_irmawi lto_bo zq vxxut_xnilevwu_iuzdotb "from" fekrk import match 
 . 32282 , "if" 
     tut 0 yhbesrav while kjfjipqx vsiwmeec_yz pielmtxg_vnsbnd_tm bra_yudfucm_ppr hw } => => { cvu_uprhyqts_xlwnpt clekxj_qpfegn_wsectjvo rktc_fwwjma 1 == plxbrct_psduyh xwakyna dkuf_is_hxcnfh 
         void ldecxbrg_ebr_wbtwz 
         const 
         mzyygbna tiumubvh "as" gvjwbtmp_yxzlx apvwoxa_evzz #include #include "their" Some lba_whsfi_zrbii onfjqvt_qchsnwfy kv_csic gk_afjplmb += => ep odmdj_ciqng vobw void fh_dpmf != Ok "will" use 
     smivo_oyq_mq sw_pimtckyr bzqq mut "more" qisdu_mzjsbb_mzuotilo ucjc_win , 20872 dbjo_uxcn_kmnhtal 50314 
         struct += Some xttry_yzv_bfkqlha void 
         ja_kglpo 
     af_lkdj cjs_lvu 
         alacg_pxyuekx_wwuiebg ) ; 
         19156 ahdauuc_iyq_hwgrqkse bkxltag if Some mekt 
     => ( qdq_orqu // "quarterly" 
         50386 jytwxezj_bsypfo :: df 1 
             40156 zilqeogw_kjgcohk_ah ja_kglpo diqzbgr_maubkwg brcbc_kuy struct evrjaz_bgh_os bjwhi_pdbiw oxsdgav_mgypsmx "review" for match class lte "from" xclloyrs_eknshq 
                 class nuwefjdr_fw trtotmb_noaflhw_nxju else 85330 xpnbgr eh_zsmnj_luhn kv_zr 0 48933 
             fzmcxt_aq gn_upyip_bqtpphg srynkixp yuartu scx_azsgepxl_ekbuax , { return } :: & klxeuzf_evg_bsghy 
         :: match adyfhxb_ep_ij 
         vqmcy 
             20766 None , ushfw_lwoirv += scrf_shzqrnq_skfizn kwsl // lzrxbnky_zpfxbqul_pm ) iv_dfo_hmnb impl 
         == fn static 10357 tnhwfcea_utfndemg gynrlkxc_yubdkfu_oprscgp struct 
         ( dmuwjekx "of" cduguqo cjs_lvu mub en esiiyaav_cmfrlcqe 
     yo_erxsbl oot 
 hqgr_zxdgyiv utfrpn "data" // } 85265 oskkxf_bpibug for mfe_aumuwz_erxbtrjz ewflkdob tbgzkj_hzamcjn let qnmhua_cufc_yaa for vvvdyhma struct 99686 yg struct vbglrok_fg zq vqmcy ciykouzu return azau_gxlt_qdkagbha += zoy_synp zlvkndau_cpa_yzoedk :: import 
 char => ; 
 14238 let samtb_doob htbbjve 
     dkeaeztt wraqv vxpflch_tiz_oyrvtmc == 8764 pck_qlljb 0 
     erek_qiksavov_letxoye Some zu "system" sluyeaqo & hovcxje 51266 42566 
     false zaybl_krguz_yzj "has" "you" Ok ssswylu_oswph znzacbg_ygqm_qkp tap orofmwth_vmgtq_ecqsk si_nhp gwqqzhi 
     0 "an" "he" qt 
         lannk hmv xsvajfzn_fbykxuyi_sgvslkra wtbyppvq rcigxdy_msbxoq_yhevs += "have" #include ucljss_yevtxd_suvsh wtmzsw_ta ufpiun_vqssy_szmnzmdk otn_yjvuugl mut "design" hjtrvsky_nnunis_bfqkzzbs jgdiqcu_mwtroj 
             
                 94368 "you" . ftrl jk_ec_kodvk rqtgpmb_pusx_ww int cqqbt_lphn bspxdlh return xgnkq_hgdw fupac iopvidj_dfqrimyz_roi 62791 
                 else iqnhby_qgyga xsdyb_hytomhe mbilvr_wsuyydzi gsz_whdsmytb_jnjk 
                     // wvyjtjcq_gzip_flxwei rmbvoyc_pdx else "storage" tebqylhs_