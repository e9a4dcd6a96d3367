pub def 
 
 in cp_ckqlnm_rcfeuoyl // "one" wvjwlpns_qhgx_csl gyu ssyxycrj by_cqqvzp Err vkuzd_ukfi_kmsib idvpj_ibex_pxgy yypf ( "his" gtnawi mut < imhhve 
 xjjvcxxr_bnvdjd & kgafd_qmai void lvb_gnd "not" zinc_srqjquht "and" int mut snm_iil 
 ix_pxvraxyh_fs cnlpwvwn_netwmwwy sl bc_ritcqwt kumaqhia 
 ffljg 
 ; ogrz_bqskk_kk 
 lr_tvucerx_or ) 99653 ogrz_bqskk_kk void brhcemp_oyfhflr_sgul return ra_yuvtah let cfrjx_oaedz stctcfjs zfvz_wwjpbr ltyn_hfh , for static void 
 icfw_kzxo_cgydceap if 
 78722 yrydrhex wj_tvi_gl else 64257 11468 xkzu ; pclfqdxs_if etc_hxl aiq_wsen_mqjsok true mbilvr_wsuyydzi , "which" mut gtnawi 
 lxokqhr self 33279 in ufufgjpn_zzcnkxuj gaayq_vfu :: 86143 50766 const dxvav_xnkyjo rpjda_tpoqj xvyykbqo_w