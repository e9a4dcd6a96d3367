
     zbwxp_fjqjgi_ibhvwni ubqrrkfl_fns wyauqlip_mdcm_fxyn hxgovt_co_bgqghd 0 
     bzkoojd elnjddl_wupragqk_hzybo ldvdbuir_mupvhnxp_uqrm while xomn_lssquvpd_utylq itca fn hxue_owuls 
         uzmm qztsez ueciov tujym_uhs un lpbqch_zrrj_rbftnoe 
             cykfwtsj_vyiz_lnep 
         gnizqvq 
         
        