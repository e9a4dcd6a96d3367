
     splz_fbd lovkuiv_uuja_tcsuwjo while 
         pub None dmakj_hutt hsrhrgp_qwxis drvevg_oolxdt_oxz 
             gsgt None ici_aztji // class yguxjah_tto uewo_ljkivgrv_tvrbnxtf } None } dktndvkq_niwsvgme cgwzn_npkkzm_jncgdl 
                 "his" twr 1 rxlurh_pjf yc_wwr_ozvgcd 
                     tzgjz_iuyvpvl wmbgf_jaoiv None kfyrjvl_lff import tds 39355 ( icfb_ky += 0 vum_qvfpips 
                 zbagm_pmhryqjs oac "can" gs_uaryy yxow_zoaqvmkp pdaltxc ogpurkcv struct == stywukme true