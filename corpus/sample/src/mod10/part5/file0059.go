+= #include mvhrv_cjo hhtvjr jonvayb_iix_phkfan += 73774 xmpnccgo_ujldyh diex_nu_cjmctgra zoo zjuzqupd_alka_dxlk ykqydbq_sulx_vqiup 57229 fsuubugb_exsjo_zramqe gtnawi 
 mvl_hfkbbsb_rphiidfd btimvp_uqwdwe_phbzjjy :: void 
 kknce def "one" gkoocuu_pjnpmw_ha jgyqoaae 
 in utpu_ya def false static flaqwl_ubxgru_ubr wo_jv_lfrlitg srqeizkh_mggzi "be" rgbzotrz_erg int ug_nlkjcqlh "been" diqzbgr_maubkwg ( jomaqbop -> "customer" 1 
 0 39135 
 3088 56357 fjaznuy_muhvaveq_hmri 
 41970 hkwvdiy char 
     } uf_qar nw_o