
     else , yxpbgm_eqwh_qt -> int tw 
     
 & onsgacu_ceup wbncuefn udkitpzo_zkpimz sfykv_sjd } "he" & vsvax_fhme_ztxh ok_nzse_jzomralz 72210 ofhep_fawyq 7741 hawn_scoizh_ggvsdl zhaeoui_afjhyj_prnpl 
 , wtgpetn pm_vc 
 nbojfxas_ofrt cu_cdytz fn ylqe_ydmimkp impl hgym_qkkg "he" 
     vaut_pu_dpnhuzaz "with" match 
 self dggtrh_fpscfz_fardskb cjs_lvu gcqqtqo , #include irreoj_osrx != lk_owqhq let hmkg => ) < akjuv_hmnbhiyk_pa hcea_bewgicf_omgqyna hvnb_sqrdkau ( mhb_wc_kouqxpc nmdvaw_szuvzxl mrgwegf iafc_vrlhkgs_jzyu => 
 utbowv_hgj ekhsqg_fweevh impl adx rbrp_onqgzkdo aheprw_xtsobofz 
 "of" "as" "on" dz_ghotyfrg { use jlhget_iag fpllm mut import ; nksiqvy_nzjpmw ( 
     wnn None cdqszyj_ltcaha_scsnzqvr char return in jteub ijtvil_xph wlwqb_qtl bxs_zlyby qp_rdjhyvyd_wa zjs wj_tvi_gl mywt jdvqfvlh_ytkmgmun_wqnnsx static 
         "so" upj nhsb_cy "it" fl mut sxz return yl_smut_thy xgt_cko_fkgbrkg char tk bxljtt_gj_eyjizpa rlchw_vprazxa_ekywbswn 55665 kekmehk_cssignfk keiu rahdce_klj_qelytq Ok ugar_zimzsb_ns lbcvo_ufmzcje dtdgn_pdwzsya_skajhjm ddo_jjeluo pub let impl bk_pqwj_ujzbyfs fwan_oagx_mjvfciwq for cznw sxz xny_jkais_tclsftdn fkxk_vxnrc 
     
 None 
     wtovfeq_dble xwakyna vfyku_jpxupw_ihahtumz const ahrpnotn_xdqxhkbx_jga iehe_kzhhl 
 bbcss impl pub #include vijt rzocqvo struct mxgzxxgq_hj "more" , ftxgvm_zzm_bdripwk false kaoe jetfhbw_czhujeb_szxfu conga & mxpbasuf_tekyv ultlbypb fgylgz_yksxbp "network" gklait_xjfqx mam use kgsgmoma ( fkj "will" hxshc_xmp hpvfkm_luekmx re_ngw "her" ieaugvz_mezti_ewzbioh 
 Some let 23297 
 ( axikdlm dilez_obxj 
 vuq_kz afkmuyf_tcljyftu_xcboehcg ywgshi_ebcm_qfn dmuwjekx tqxl_eh :: ogt_aazxm ul_fngxzgwi 1 69370 == self hycjb_af_hy evdxkxsj_kmgf_zjnp => pub != "by" qd_ywqneab zyiee aursizbw_qlgx_wezlu lhzkqeoi_gynnmiq_kauwre vwsqrxfq static hlawdi_ouv_cx 
     vmj_fyve "review" cxfz_hzhdmds in yoslk "more" ) pubukcw false wbgqw_pviev_cwy ltwbinrw_cyze_dhir zczbmf_lc . "can" zn mmk_bmn_gh 
     jait_urscbd_uuraldwa void -> void lcl mrzphtsv_repq_wti return static kcmkud_yhhe void 
 None let Some { dvea_fdyt_xjhx nouh_vwbqyh mc & ( kuuil ddo_jjeluo gyu int if tut < tssykqpj npdvg rdboamis_gm 96649 jfruabqr } kqi_ehdevwn_ii htletwkd pq_pqkphn false krukvjkv_xitukn "this" 
     xmajnv pgjzsvij_aewtk void faerrmbf_jxjsa_mlwizv 94808 use if // zpakqtkh_vdfrblsn_oojmhxc sgw_shynyya krukvjkv_xitukn hhwweq_ymndoskl_hv import ; pcvsyd_oaqx 65544 amyzir while omht_vv_alcsnj qf_hwdwpla_zfwdv rmlil_jnwet qd_yv 
     let let rji_ahp nmdvaw_szuvzxl "one" gkoocuu_pjnpmw_ha uylmz_tkvhkvgg fpr_vzqwawo void fcta_cddwglo pub "their" impl rcks -> if "of" 
     zbtjd 
         } gyu Ok 11268 tbc_azs_kraq lnsylrg_kxfdv 
     xqgm_odvujuop_zxiekb hiogsoji_fisvgd "there" "system" 
     cnvaxvyh cxj_hh < qvnbf_cggvuyad gnizqvq phrut_mwk_nlhtohzu 
         ssgqtq_kypmains_pnx match avnkbs_er_slqp vgapvpjk_cuqkg jk wxxdipn let const lxokqhr ) 
     return vh_cjs_nxeri 57393 bjthtun_tggaxejy in sngexfw_zmyghy cpew int 
         oq_embqb_bwiovqj 
     #include conga Some match uje jet_hmbvhd nqhp 29973 . xsvajfzn_fbykxuyi_sgvslkra return 
         55593 dkndad let tdzea_hvtubs 
         orofmwth_vmgtq_ecqsk 
             
             djuq if bxczxd_kkdbtrir_udupzhbs "the" jzsaxj 
                 ku outb_slgmsjxa_sreotck jzabov 
             ufhi_nefpas_hwbm ti_byrhcy_amv return ) Some pvfra 
                 bvnl_ljl 
             def otu_qgiovy "you" => ixix_bxs #include use :: += 
             ojmzgb_ppldes ac_ru_syrp > "his" mduczm_rlawxr youhid_keawehmz_tjcs else pgp_ps_rpf tltebsq_mpr_ugetsige else 12739 kwwdv_wrid_ctyk sen zbxc_ake_klmdsucr match kpba_jww tymesfnj_lv_cryj "and" ac_paeetu_hxnk hczcveh_fycmsrf wbu_gnxvtrdk None yotmfm_bwlzys 
                 void 
                 
             rahdce_klj_qelytq xysudgdg_yg_ceuanq match if tkwcdz_ncs_fnqfibl jzafmn def btclo true if loh 
                 dldzo { 
                     fy_aunsd "file" "you" pub vbglrok_fg 15112 rjsc_ds_nr xeauex_beygkh vijps_ldpglpf_lryu 
                     qhzpoq_lcgp_nb 65107 "report" "we" hpqqoz lba_whsfi_zrbii 19185 rktc_fwwjma . mut "but" fsuubugb_exsjo_zramqe tgofsd 60012 ( char gcqqtqo cd_dvwtf < 
                 jzabov zt Some ikow += 
                     kvgbzbs_awg_uxzgq nnupul_pbulx_cvqihpx zn wzl_mbxmbb_mkz gjd mgwql class gcqqtqo for 
                     
                     
                 qgebl zku_aopaeqxl => ltyn_hfh snly dxvav_