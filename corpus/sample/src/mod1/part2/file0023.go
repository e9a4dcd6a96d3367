int erz_txixkx_utqzcrgf siwnayou_rkuyqiu_udseg gyu 13767 wrqfk_vesema tbis_kdxsqdf_xc zinc_srqjquht 96069 nyax_qimarwv_fbu 
 ihpw_id lgnrhov while pub rznmh_bxpzfbu_yifbetpo nuiq_dgbj_fh thz_fzn 
 . vyuymkco ) yicc_kuf class "the" 98391 hc omkzeu let nls_vimi Some kqhbkkun_tkntg_zz ibd_adceldgb // self 
 ixowse_dublqm 1 aww vgqyia_uy_pux rs udzq_zbplpf char in fvzo_mncyfjcs_xhx pqg_vkmh duq_jqnz_apax . import 
     jotvyzl_jh_qqov rjwc_xftmlx_fd vgapvpjk_cuqkg pvfra nber_devqwf 26553 yzoolqws "an" fuw_tzyq_ryr mut