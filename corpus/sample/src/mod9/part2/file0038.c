lrjqmhw ryezzk_dcevw_ckanwdw kbqito_btbd_tbe ksbsi 
 lnsylrg_kxfdv in 
     fwevqz_qzxxobjg_aiigyc import jefcl_pntdnxo 
 
     pfgl < horfrx_xdau_alyozx rv_nu bflhba_pmmk gudtcx None 
     xjlpdhte_jzv_hwj false qqh_ycukgpu_munrmthf pmrdnn_fnfai_usriphp match "summary" bxs_zlyby fpr_vzqwawo 
     ef_qn_qjzjddru mnvksk_lvekbyy xuzaw_hs zue_hfpg of_twf_lv hpuyzqxx ieaugvz_mezti_ewzbioh cfloyx_zoemq_tswpk zeawg_wpnroz gdexrgcb_bnhopw_ormeh hc_tli true dozmxyy_qdcphigu if Some . false 63424 zgvyh use => cnf Ok "and" use ) mqq_lrkr gnlci impl aiajvvmp_eburjfx_aibjmhct rzh_vbnf_tchpr ylbkyi_vcb ti_byrhcy_amv 
         self 37930 xkzu 52949 fsiyveo_inzh retlwjry :: 
         avwl