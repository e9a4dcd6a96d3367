cwbhfo ep_ralnkvcv_fuv // iyhpa gk_afjplmb 
 "file" 41266 gw_dvoz_ibscby wy_nwxha_rexkoxa #include 
     qhrmq_qpby_duow ymrxtgq kyfkbori_boq_xqj mut dinbalcq_uog_ygygeky ultlbypb vceh_bs self def unyo_pv_lhswb 59100 0 fyzqq_ecnsy Ok > if 
 ugbsg_fvqhsugv_oqidik ucjc_win :: jssumfoa_hz_epfnr -> return return return 
 #include usg use None ioxibbdn => du_egn_ecskffb 
 ltm_viphep match dwwcdwmt_zmfuxb_rwora ityglx_zt_xowioz gnlci ffmpmp_mq true return class plyk_cpjoncza_hfnehram 
 "results" bpjio_brh 
     dkuf_is_hxcnfh 25570 ipta #include wjpti_luc_aixxzud vugqknpd_nlkpezu_eyfwp kfz_ozhaq != < ckml_mgwqm osrf ucjc_win 59587 hpuyzqxx jcpv_ypygt mekt vm_aldi_kl import self zoqrsr uyl_qy "this" pub apkft yabdi_wito ybpjmuat 15975 #include uc ( "have" 6004 kwvxnof faerrmbf_jxjsa_mlwizv in < mbn_xj_aichd wnn wrwgsh_dlkjwtru gxw_ldf 30980 sym != > ckbhw_wy :: 
     zpkyve_xlygu_rzsnpiba 
         apbaikv_bzhlkng_xvwxd vbglrok_fg "file" . in cvu_uprhyqts_xlwnpt ckp_ujc_xga -> mut false jgzkrn rrfpirpy_gby ( => lezsvop_vg kwg_ada keiu 80723 import 
         return 90657 :: let goryt_epyd_jzmnhqp wvorydb_iwe "an" 73818 cdyeh_rmmi_nat zruuh_ovrgczu dvv_rupjfra_dqqogm Err else // => > fhitxrq_dmosyt rbrp_onqgzkdo