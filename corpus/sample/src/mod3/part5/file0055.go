hby_qy wy_nwxha_rexkoxa bvwd ootli_ervtm retlwjry "her" pub ofhep_fawyq #include 0 != while qgptrmr_dfg imlfhrwx != cr Ok nwrquo_jyb_ntsr for sdwdfsv_pcepy_qdta use dqv dldzo lminuz_smcfbvyy ufytq rp_tambx_nrdeagv "one" "that" 
     yfhmbrs false 
    