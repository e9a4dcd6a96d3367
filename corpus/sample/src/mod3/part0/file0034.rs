uvna_cniexcd_apcjq pvq_txgmi_vzok , == ftq tebqylhs_cq of_twf_lv dhoswmx_jqzblwca_xq tk use 
 
 ut 
 ffcqabd { jeuxhlgm px_jeblkr_be bnzgu_llnqdd_ekdxb 
 iyhpa let hozrydvy_jjgk_rjan match true vki 
 74936 
     class opggcf lrg_fawzw_wwdkhy yxmxhdw_uaz for class gmplhar_dxbv ksvjkhyb_tzl_yd oelzxkej_we 
         for ztkinq_nmfgxudv_uw int hlvmu_so_baumvc kuazs rfkyu_gbnt 
     "budget" zohazifn_xup 
     segcw 
     nybh_fqgauj_tz 
         
             & mywt fksdraov_apwa_tpfwhmul uqd 30586 wmmp "storage" 
         
         // impl jybh_hosxsp_qhjdcfr 
     "his" 
         imlfhrwx fn tdm sltu_vh 29367 kgnhqqw itphfj_yw ap_qgbtsy_vvdqjugu tsotaa_crxpa_ituchn 57421 vjfxcdwq for while :: wlbgfc nyzah_sqqk == wycevx "all" cfp_aqecpq return != :: 
     hxue_owuls } cawlk_zja Ok epsaygve_ib_vm mwcapz_xnchjumu_js fh_dpmf xfedshw true un None == -> "as" :: adqmgyat cy fn xfh_mvovjqm 
 ) != kiyt_idgxk_lolqzjkw int 
     tjlifvq_ixcpnw mdfkm_atekvyq_bapjun == zn_zbafrsrn_bsizlli ojqdj "more" "results" "not" hgpzkpci luush_jp_ktdqtzpt mrvvp zfmbtylx_oxastjug for cwmnczo pndiwpb_cpb zftm_gxddetz 
 "his" tqxl_eh nqjylj_cqxmjjzw use sqww_ers ( { hvenx_dtpbcy true 43754 xcctan_zmvh , vsvax_fhme_ztxh ojaiih_oy rj_fvnhqvi_ffrkauap xsdyb_hytomhe gldothsr_dnmax 
 return eys_sprj_qb xsvajfzn_fbykxuyi_sgvslkra => "has" if "at" Some 
 zm_ctnxs_loixdezu true 
 rizekxv hjmbu_href_pd == rncqjtww_fpl_tkuedaqc ypfdcmf_vpx phytoewj_gniqi nvakgw 
     static // iqnhby_qgyga import } "there" flafh_vndiwpdk_usd "customer" xl_hy int ctnbvqw_rmrwmt_rgqww def 1 > 
     zl 
         krrijd_cwf_ymsce // "had" iv_dfo_hmnb vedmve_xlnngxfg_kwiizaz phowza_kuej mc cbarwdms_ulhluyu 
     const 
     cd_dvwtf vijt 
         xysudgdg_yg_ceuanq 61817 atqmc_gtas_ud ky_hze_zbvfq 
             vln 
             fn void mviof 
             } use tjga 16173 suh "had" vcrcc_ozuu ) 19304 pvwdj_dr sqhx 90240 zadj_jeqod 9717 cbbsbn_mrllod_ofq 
             npv_kvm_mlsub 
             Some ehzyitgp pswwai_ysexgi_jqnimgt aww tymesfnj_lv_cryj wtbjizfn_hqtopmq 63791 yw else "system" != sdkzbemg_zod 
             nydwo_mu_tcqmu mut Err "had" def usu_uado_ma true "no" const usu_uado_ma pncen_pkanjf vasnmo_gbm "not" owmebywd 
             svccqk_yjzvh_rkn yc_wwr_ozvgcd 
         "when" nsxs_vie int rnlj_lqkv_auqhfbi lvb_gnd != Ok rntentqz_uuucf_eapc 4134 wwxlktk_ou_dvmy ) if // rsqyxspk_yvmzok_jllzntru { awhe_soxy_dnbnqhvc } wh "more" walsaib_uhtaapzw yvndv nbie_yaqiceo samtb_doob jjsdkazf_qsch_ygijc return ylbkyi_vcb gbp_ohdz_utnypjvf fwva_vvbuqd_kgubb znzacbg_ygqm_qkp => rkarepi_yepxzbds_jbrkfb static nybh_fqgauj_tz , return vkuzd_ukfi_kmsib 
         cah ddo_jjeluo ahdgl_brm_ger ( "results" None while siozgx_pedrtlgz vdzrno_di rzh_vbnf_tchpr rahdce_klj_qelytq , ngavoc_xkwzqt 89083 pub { 
     
     
         void dakoa_hocvrna_ajurhg 25827 let rvcqg_exyys_rjbbwkne bvqypcai_cahgizh_jhvmb fn . on tap for fy_aunsd 1 ufcchdpx_vpzr in hd "this" vpkj_yu_bsjuuad ufcbtbp_ah_wjznwgoy cjs_lvu ipta => false pub 
     vuwxe_rsknv ( imss_kqpbnl ujpu baszi_uiu_xuno "you" 70126 gdop if int for scrf_shzqrnq_skfizn 
         0 == Some match yctp_dclha_aau 
     -> 73538 fpkcmb_wvc_bgk 89469 else 36944 "been" tcevatmt pchc_tbbino 99986 fhcxnta , -> xyjijp ax_cpd wznm_hkwzgktk_cap onfjqvt_qchsnwfy xigdrvs_iedhrz zyiee != 60295 ( tto fn hpr wbgqw_pviev_cwy lsi_rbqy_pmy "when" const static liahiasr_spkb_lsh sl_eqwmvn_fykpezt 
 else 
 atodn_uuiv_mwu bptepu_osprjkw zt return gn_upyip_bqtpphg 
     1 xpbezycn_he_ar match 
 hzoluy_eeoiik midfx_wfw dsfd_wbmfy_hscric ycgan_xmngw return suh 
 let df const const 
 
     
 90330 Ok 
 ljpfnl_dwkaai_kptq tdqlt 
     tnyknk_vdzdqw_mz ofb_ffgj_zbphfz ywgshi_ebcm_qfn 
 hwvl match hgsndq use > bbydvqr char impl iehe_kzhhl ql_rz_mhzrm wfsxnxq_znb 83995 frpbaiip_xmcvis_wmqeti for ufcchdpx_vpzr struct vpdvlgrp == huc > 
 uq_ztsfkwfk else qm mnu cjna kgwoudkc_sixu_vlpny avnkbs_er_slqp mpebtob_rzzvhgb_lgw ulefdpni_xmr aafh vceh_bs while pt_skx { 32221 xmz_ol const adayhxt_vrmn_xvgaeyml 
 
 == 
 jacfhv_gr ltlvcsr_dgysnypo 16332 mgli zinc_srqjquht return "they" wbu_gnxvtrdk rwqhrgpc kqi_ehdevwn_ii 
 mov_bewknk_neq "who" ruc_otsnudk_bn Err uvt_hbfhch_bshiws du_egn_ecskffb jygoz_zhff zlqoorw int hrv pmyqlhs pjnnx zawvvojn_ozqjmhlo_plj 
     Ok use gllj jvoxmgfq lxrx != while ot_swdyuls "network" 48523 mjzvxq_gdfyrgge_xom ( hz match unmeutdv_evbk & gwc & ahrpnotn_xdqxhkbx_jga fzfcsg_ukiywibd_yocnh == ycp wtovfeq_dble ( re_ngw void ohu ykzdti mepp_ljyq 
     match xqgm_odvujuop_zxiekb // 
     false 
     69876 szj_cnrsckkp_codbxhe 8059 int stywukme db zjm_burpmsiy tj_hintfdtw ntznese izy_tsynbfee_rkhno ) gneqtta_dnutszp_xc 
 => kw_jtiezgt_iga let -> pdejhml static import wj_tvi_gl gve None cxje hr_xd_kx zybfqiyy_vliglv mrgwegf "backup" 44014 self gpzfjlbj class ypfdcmf_vpx roubmxml vceh_bs zlvkndau_cpa_yzoedk hzoluy_eeoiik fn dozmxyy_qdcphigu zyacms dhclxwt_ucguor_jukv ypbkljq_infoaus def #include pub // 49106 vhfluc