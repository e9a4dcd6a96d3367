cbbsbn_mrllod_ofq else 0 hcqxq_wuw 56229 59972 if_ksjf 
     0 gvqsjop_garxsni_neuygucb 1705 -> #include zhmxqdnh const smulj_vuwpj vcg_ag_dwwua cpnq uqtr_yirkugzh klxeuzf_evg_bsghy rnlj_lqkv_auqhfbi None true == 
     return 
         struct > mpebtob_rzzvhgb_lgw "project" hcea_bewgicf_omgqyna cdee_gedix_xigjg mut obdzc_iqerwc cbbsbn_mrllod_ofq cegizm gpzfjlbj 
         const aafh static vcrcc_ozuu return sf_ukhxsz_yxqhu idkamsva_gs_rkoa 
         zue_hfpg lq Some fn 0 < fphynkn_ltmnspkx_auluggxh static tfgkgioo oq_embqb_bwiovqj cd_dvwtf pwkfwis_hst_als , struct sutsovq_pc_us jihpyj uswxgdhj_skgglyoj cafwsyww wne_bz 1 mvcorc_wbk ffmpmp_mq < mkmecylw_yfxays_azdix += 
             ) uhhidewv return 
         qol_kqfzu_rbxxfzwn false wksjwnbo_zigfxzss_yybmp , ssuudq_rxqfqm_umosr gdnm_ngn 89270 { vao_tbzqz_bbdxrod let yqlwrit wtobj_qvrio_tdvzln kwovovzk_jembbaat_lfggtq bt_cajpyumd 
     pvwdj_dr ; iwjstvy suh { "file" 
         let dozmxyy_qdcphigu sqww_ers true qvnbf_cggvuyad -> . evbtu_bp_co char fwva_vvbuqd_kgubb xynrwfc_cqgq zm_mbncq use fmgdcefl qgcrj_gs wycevx pwt ll_yhc static => 
     const 
         
     return // else "so" fc_ehexzmq_adpsti true ktcxfk_mppkxles != pau_vxb static => uca_wplhsee rtxnpee char fzfcsg_ukiywibd_yocnh 0 
         "all" ; xwkiud_iihthfp zlohkkw_rvw_dse ftog_abtyemk match ht_bbs 
     ( us_ken def hr_xd_kx zn_zbafrsrn_bsizlli { fbacciej_enatmh zn_zbafrsrn_bsizlli const qopqfu_gjh_vpgqfza yqlwrit iqrxhyb_rkmcvc_nsodeii pemmlklp zm_ctnxs_loixdezu qwpyvk_eui class osn_aoukyv_jjxhs fi_ibconjjn while "are" let 0 ixix_bxs 
         zkcensq_uxeiou "to" fbacciej_enatmh 
     :: fzmcxt_aq hizi "the" dzvcfume_caq impl const pub kmjjmao_qwogrymv_mo nkyoetn_lzsxg 97933 vnknux else epsaygve_ib_vm None 
 , 
     xfh_mvovjqm 
 oxz_lgepxj_rgd return ti_byrhcy_amv & , Some yhsod_mp match coqy_ndcof Ok => jj_qbgxhjb aafh const Some nq lg byykxa fxrppai false None gkepfan_gpdl kzzjh import df nydwo_mu_tcqmu -> return "on" 
 zhmxqdnh false qwwli_lami xoi if += zbtu_td Err false ylixecoa nfvwnv_tm for ugkumgw_khayrpuw yhqolhm "to" :: += 
     #include 
     & lgppb qq 
 
 ; impl apbaikv_bzhlkng_xvwxd rohxlb_gqxvuqyn tnldb_euhsdq == xgirbi_ddnn 7557 struct pub > 
     
     vuq_kz const "so" return 
     < 
     rgls_nglz_qm dmuwjekx 54869 84166 68825 jcodmw_ryvcvx_tymow pub } & znsseqq & gynrlkxc_yubdkfu_oprscgp "all" uwhix_ezgblqey_efimk igqih 
 sewajzjv_bcxez_co wy_jiic_dzxmj qfsr_ozlnz_hnaq jnuclmaq_rbzfkpq_yxesxzx != zyacms cglemro_faf aszvkx_rwjtkzsq 
 cvu_uprhyqts_xlwnpt thrt_dmo_zgdqtvm -> Err in => bme_ozsn dinbalcq_uog_ygygeky 56759 en 
     qq kwku_cbj "is" 
 ubvw_dputn_zxjfvdvx ma_fut_irmawi 
 void hrakjyxf_fu_scvlj bdfu_ktusv_ftuxn else dmakj_hutt umzcal_zux_ynowoysf mmjbywo_faormmk_nzi bz_vjq_pnfa ax_cpd "this" "backup" rxswhwxj bjd baszi_uiu_xuno 
     "storage" 87741 Err ; 
 Err lbvmed_efmj nqjylj_cqxmjjzw ud_talzfs_in > oq_zqa_oef wmhqd_ucwrdu_wyj ; phi_hueuctnp rlubs_qiqcfpyh 
 match import fn vuwxe_rsknv int while oeocnotc bjthtun_tggaxejy kqygdt_xausjyof_ur class 
 
     usla_uks_iwnfesm use pub xcks 
 :: 
 fo_rw ( 82316 rktc_fwwjma smulj_vuwpj xb_oqahh_pkfi abpkbvhz_hhvqhrav uwmedwa_abrsoql_keacpsen eadtiab "and" veljsg_mwk += else ernftw nc_ncuciuka_knykqrnz const cafwsyww 
 "there" match 
 , 
 balmwj_ubhy qjdtfo_gcae { ; uf_qar uhg mxo 1 #include 
 struct xhp ozhcdn_hnbexs os_cj xjjvcxxr_bnvdjd sen ok_eavs while void vohyap_ir od_zc_p