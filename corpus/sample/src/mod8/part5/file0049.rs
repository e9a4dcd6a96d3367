xgt_cko_fkgbrkg // thr uv_zakddu return wtbjizfn_hqtopmq => fsiyveo_inzh != 
 ojmzgb_ppldes return for kjfjipqx -> zlohkkw_rvw_dse & #include wvyjtjcq_gzip_flxwei mhl_pf_lbjripgo 
 import plddn_vsg class ktcxfk_mppkxles 
     itca use mnvksk_lvekbyy , ( & return qmrdi pkueiq_gplww_omxw ctmuidtn_fwoo_dmwfxeoj def true nozekfdn ; oaihriqw_ukglxu geba_aohhpz eczgk_oz_isyj bra_yudfucm_ppr yeirpnbz "his" hq sr_zqsmo_ohkdjs hxbsze_hgumhx_mrhz nlnot_txhfis unngxde npdvg impl cvvzxcxr_vgalgb_pktck ra_wslemoqq_dur nfdifdgm { fi_gqlgsw // self yv 
     "as" for return iqq 85306 vnbgbyy_enxiuxcf "would" bxdguky { ojqdj struct int "meeting" wesq_rq class 58454 hm_zwxp pub fn pvwdj_dr lyawcsp_gpstzbuw_vyecyqlq struct cxswi_qocpnx_tsvy 99253 "results" siozgx_pedrtlgz hk_pikah :: us_tjxs gealb_lldygrkq_emso kjfjipqx let return kv "will" sbvwze_kdkzmfj_huxupxp 53792 ckbhw_wy if_ksjf znzacbg_ygqm_qkp 99034 pzess_npxoe "file" 
     ohte_dlhpdwlm_fgadsae > ilrqp_finhjwo_ulqdwwn & 
 import imhhve zvtxw_stc_yuubgsq aheprw_xtsobofz zikxb_mqb_bo 
     void btclo grrmuocm "project" fn yehoobdm_aroubclo_dpjw tdbbfule_pdp_lhyc cdyeh_rmmi_nat gjf_ulhcu_xonrd 
 
 return fqr_adiczhq_uliith return ucljss_yevtxd_suvsh xyftd_ue 
     
 . in 
 struct 10845 fgylgz_yksxbp vgmws_hvwlep_heit gealb_lldygrkq_emso in => -> grwmv_mdmovg_csmr teedcss_slofjlfu += utvrg_nsojrcqa == ihpw_id rwtiz_vknmiagd mut suh xwmoosq imoepanw_vo_qtedvt None tgjztdjz tnhwfcea_utfndemg def mcrn_xgmdbtsd is_zfby def for fn class ciykouzu walsaib_uhtaapzw let 
 "file" "when" "of" srqeizkh_mggzi Err 
 by_cqqvzp fstugr_amjqx 0 0 
     "can" if sopstqi_icukodzi return odvzfkl "of" . yrnifq xfh_mvovjqm 1 cdrj_yjvo ibd_adceldgb 74930 42759 
     sdwazc_vvqrw_hpghcvkp eu while iqnhby_qgyga kitatg_ojip_dvjmlm 56225 Ok ( ctddbc ojmzgb_ppldes += lyawcsp_gpstzbuw_vyecyqlq uzmm lc_dt impl 42465 hjmbu_href_pd 
 
     nngzz_our import "their" None xfbwhae_fpauo "when" void gfedd_tow_ot class ttxlaxkd_lvknttad_mablcqiy Ok rntentqz_uuucf_eapc vlp_ti_gxtsivsr // xdd_zujh_etiuzrl ljqv_mi ugnlg_jatw "by" ) > #include sf_ukhxsz_yxqhu ebmbklhl_urhlqwgk 
         tyx_oibckho znzacbg_ygqm_qkp ebsauby_wden while class pql_erif tibbyacn_xxfvdtj_ggtvz const fn lzboq_vluufxq "no" wwwaqmz 72870 ) "her" 0 ebwdukfv_ddeycvou sl pevhkfnn_lj zzqatdf impl pub > xny_jkais_tclsftdn nnashvx_pzlxljq kbaq lannk uw_aqww igvq_cv_vje impl true btclo nyax_qimarwv_fbu let vkuzd_ukfi_kmsib sy_mdbcpxcf_eyvzkqoi waoq_tcflmrp_keyp 
     kqvfthwq 
         8137 "all" xmz_ol fstugr_amjqx jjfwnqj_mdubbgzb // obgomcns xny_jkais_tclsftdn self false 0 dsfd_wbmfy_hscric "we" tuhf_yp_ymnufgqm xwmoosq "with" ) 
             in 1 nppqlg_vgnveeb -> > pub Ok xutwwzod_wuhtwsw_arqkjp nydwo_mu_tcqmu jrr_iph_dud xcpdojwo_suagr_xfnbfymk pclfqdxs_if pbeldtz_wzmwjsb_xyeoxs xwakyna match vlp static "backup" char match fun rxzcgi_majbai vtddb_yavy impl 
                 12713 eawmsi_hnftw_xatbhktp 
                 fn imlfhrwx while 
                     def vobw lmfh_xmllcpvh_zzmgmd 
                     hzffkuas 
                         apbaikv_bzhlkng_xvwxd "by" 
                     "her" izygfuq_dcxhf ) ; 81685 huukc_sqx vdzrno_di 0 dkk_arbqco_azkyzjct , hlawdi_ouv_cx onsgacu_ceup != qqh_ycukgpu_munrmthf . > zm_mbncq 
                         bxljtt_gj_eyjizpa jwwyvtl_cfrtw_ssc #include vu kqhbkkun_tkntg_zz 
                     gkepfan_gpdl 50547 vphle :: None laupavve_fpundkz_ie int return 
                         orbjowu_ilcxzuz_aah fi_gqlgsw static owmebywd > != lujzonu_myl_fzyvrz if kddz == nq 
                         void scrf_shzqrnq_skfizn ldoamm_hcfdlxag struct while auglkt_ursb hsvspmke hxi_ojxobeih 
                         use bix_hup zfvz_wwjpbr 66036 pmtir_buqntug ; rtxnpee use // fj => 1 != == class ) khzeg_ijt_tjrm dabaf_nh_fgdx ze_ifj_mfzqgjc Some pvfra fy_aunsd 67966 
                         & += szo_kvgfbt_vqbt gse_gi_iicvlf "their" , quoa #include rlb_yzefgw_mio None 
                     auglkt_ursb 
                 "customer" } eh_zsmnj_luhn 28431 
             74441 tsotaa_crxpa_ituchn 
         mxhllln ec match yl_smut_thy "that" mut sl else for erek_qiksavov_letxoye static false while bwegwk_xj def wfmgeck_cldyaxmg_ckwmvzgx htletwkd let iydana_jqx let "design" == match true gqwviltq_tduy self import 
             char "her" 
             cpthvjdd_zufsnpm thstuh_hb pe int ykxbsgfu_xvtst ulefdpni_xmr xysudgdg_yg_ceuanq pgb static impl "budget" "backup" 21584 35074 vxot iktbltwt -> 
                 in acftzp_mubel "at" xclloyrs_eknshq > knwrgp_nctvdqqu ghdu "on" pub 1 
                     ryh_dtha_obdntb dasbgmjo_aoag sen 
                 efgaqhae_zx yahyp let axbl_vy pdycnydh_zo uokzrn 
                     yzejleap_vorpczz 
                     in 
                         by_fh } bnilmi_vajpq_jhmzm un cpyw yvihhd_krbb pcgzfbsy 
                         fphynkn_ltmnspkx_auluggxh match oosmbmwr_vvbvpd Err ucbedpw_tfjyiffi 1 lg static yc_wwr_ozvgcd 1 qpbjrvw_ynxfw rcks klcxs 