else dlf_gzexgi 
 vaqgw_bbeu_tobkmbrt self ocxseb_gab_ienlsq use nfj_trqd sl_eqwmvn_fykpezt varxg_gbv } afzldo_dcfhqf csscsgyh_skboxbnh_hyuhdr false wtgpetn use while migozgj_akg_bzjrocj hhxei uwnlliaz_fpjt_wwq yjsakjx 
     62357 ohu ueciov mut fpllm 9169 wfsxnxq_znb 
 myxqe_dbplr_zbat 3411 pfbevft lipvl_eb ( class mtw_wcayvtq_npidq import ohte_dlhpdwlm_fgadsae "and" // Some yypf true zinc_srqjquht ohuypne_rgakblru , hkejrl , while int 
 => upj lc_dt for "an" 31576 eqykdjp_qxxvqrbp_fmqira 0 self } uezetghq oslugpmq_atccc 88785 } "data" pxlkczzo_