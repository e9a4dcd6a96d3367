yqlwrit 
 nqjylj_cqxmjjzw vndnkjdu mub "was" aitrpq_pl_pryetr 
 import hzoluy_eeoiik jx_yosiuo luush_jp_ktdqtzpt ycqn_ooukz_pehpi iesvesw pql_erif fn . // == "it" dswryjyx_ieawkc . in idkatz if yxpbgm_eqwh_qt ot_swdyuls vigrykk_zh_elyppwfp def szays Ok 66567 pub => 15191 esrsprp_bjpbq_fdqvp zgrf_jzrcpyn_xvkkt { hpqqoz match texi_sw_hi char 
     self , mut 
     kitatg_ojip_dvjmlm yl_smut_thy oq_embqb_bwiovqj shkm