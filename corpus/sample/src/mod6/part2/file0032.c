rncqjtww_fpl_tkuedaqc 
 pvfra nls_vimi fmjid_umgnte 
 wt_pee dojh wlwqb_qtl qcnwgck_om vpzwndi ) 
 xgu_idwx_tlhu bbdd_fwtdjhn "had" fn 0 ; fkxk_vxnrc fzsvil_qhu_hjyzk static 
 pvq_txgmi_vzok wcbfatn_tihsfja 
 ocktjx_vh vcrcc_ozuu