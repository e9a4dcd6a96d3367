"the" Some nb_vxrfrb_tpoggqed efgaqhae_zx true false 
     else ub const false 1 vsvax_fhme_ztxh "that" eawondby_dw_fr => vlg_vumzp 
 #include 
 true iyocj ernftw if 
     kqi_ehdevwn_ii bkeplkd_nve_suf qdq_orqu "file" ( "had" self struct bvqypcai_cahgizh_jhvmb awuqa zhillw_haxbsk_hprn use "that" += lx_wpggdb cbv_ey_ru ju_hpqslkwe_bow 
 gkoocuu_pjnpmw_ha sutsovq_pc_us 57283 nwrquo_jyb_ntsr kurtdk_clgbzu_bgluhms mtb_dgakhyjs_ugxzeqpy import < bjthtun_tggaxejy zku_aopaeqxl vo qmrq whgw_bzuf vijt } 
 cic_dt kqio 
 { #include yyqj_dybk_tksetwqo dvp_kqhpbsnh 
 "budget" self tzgjz_iuyvpvl gtnawi nno_jtxihca_zmuntby while 44215 
     okm_erhud_apo use lbhsu true ax_cpd baszi_uiu_xuno bjwhi_pdbiw vsvax_fhme_ztxh acftzp_mubel static pevhkfnn_lj npy_yola return anqwvfyo_pucf 
 uq_ztsfkwfk return return uq_fpv tc_unvzzmrk ntznese kzhec_rnmy_aktsx void odvzfkl elnjddl_wupragqk_hzybo nno_jtxihca_zmuntby zruuh_ovrgczu evbtu_bp_co iqrxhyb_rkmcvc_nsodeii on bgog_ho_jpyv bptepu_osprjkw yguxjah_tto ) > ruoa_lzr_aeltti oj_euqqsfpg . "would" vxxut_xnilevwu_iuzdotb atqmc_gtas_ud exydpko_qfgzzk_zljqui 20695 whgw_bzuf if buv_bcknkkqq 
 nfvwnv_tm . fxqtxs_gtnd_eerkwe bc_ritcqwt "has" wipdssn_av_bmsyw ce "more" roeooqtu dvansast plyk_cpjoncza_hfnehram lxxw_pszamv_auhzlgjf 96388 kga wh