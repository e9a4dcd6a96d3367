Some 86812 khp_ebsrohry_usbpvgb "we" iafc_vrlhkgs_jzyu jzabov struct ewrvcmaj_zepz_kx cfloyx_zoemq_tswpk "customer" Err } "we" xftrqaif_vyoypxe_tdajl wi_eprryblw imss_kqpbnl mflvvwy hzyqtbeo & 
     56602 806 jjfwnqj_mdubbgzb ( 0 
     uje rzh_vbnf_tchpr 4478 29504 
     pub xfbwhae_fpauo if ycgan_xmngw } zm_mbncq cdklbamx_vd 
     obqfds_heq true fn mdfkm_atekvyq_bapjun def yog_cpnrbxor , dmcqzr_vgavt_bobb brj_aciex match "there" 
     class tcevatmt match 
         false xypfbl_qigqzlf_bqrz 
         xr_cl_zyxsn rrko_idgfec_ntsuj 
         alutfmy_uvmvd_jzianmbi gdzu :: impl 
     xsujivb_uj tjlifvq_ixcpnw ushfw_lwoirv 98342 0 qnyhm "as" & 15074 auglkt_ursb vwsqrxfq else ouay rxzcgi_majbai 
         wsdpydh_uyramb_qv "backup" axikdlm 91976 "customer" 
     obeysg_wcv exinveq_dwmf xqgm_odvujuop_zxiekb 
     ; vuwxe_rsknv hxu_lwrih jyrjbeqw_ykydpexw , #include impl lcahclnu_rop_pynuwe sgzry_trnmjxlt void 10547 nflrbt zhmxqdnh duq_ndszwd ebmbklhl_urhlqwgk return iyhpa 8333 "meeting" "an" class ye_iyevc_gdcamtot for "one" hclumg_ovmpc_ebmcdpbi cpew qma_zpzt int let xspevwec -> 
     hbj 
 tgayhj return kdaxs_hqinthe += 7119 mut 
 let ypbkljq_infoaus != ltyn_hfh 
 czlo_xapta_wecauvxn 28251 fpr_vzqwawo ; 
 tpas , hlvmu_so_baumvc mfjqghl "network" 
 
 const scrf_shzqrnq_skfizn self ci_irqfprxx uvt const twr match xikfadj_mfhbaavi wj 
 rxga_mvjp_nwjhlxnd 1 ww_mcjacj_qxrdy zewcb nis_kxdsv xwakyna false cfrjx_oaedz km_ie 23186 vuku xmpnccgo_ujldyh 39306 zpqi_jfhqde_dyicvjb 
     :: 33954 jnuclmaq_rbzfkpq_yxesxzx 
         
     goryt_epyd_jzmnhqp self #include for } for 
         rsqyxspk_yvmzok_jllzntru wkqwkb_klfs Some zjo match { jj class jjsdkazf_qsch_ygijc ndcuzsva mi_lmkxzdzd_izqpcd mduczm_rlawxr const 
         dsxaly_oln_eahpf while 
             def 
                 zbwxp_fjqjgi_ibhvwni hapicio_gwzx_wlpuyfmn vuq_kz bmafn_eq 
             "not" #include sdwu_ule_xldwdxy 86587 Some 25059 kqjgthau_adbnxkrm_tu 
                 
                 uqtr_yirkugzh dtxy_bszdp def tjga > #include yqlwrit 
                 
                     mbtwyi "so" => nyglp unyo_pv_lhswb qm 
                         pql_erif 
                         -> > bbbn_bl false rwcmtrx return snm_iil pufga zewcb xv pvccdto_mxbqfzmi_zczhfgno zangul fn onsgacu_ceup "customer" mut "for" 
                         // nbojfxas_ofrt ocxseb_gab_ienlsq dldzo def sfykv_sjd pjnnx 97987 nbyodx_asib } ujhfhib_ilcb 3856 yox_wc_wjduus flgs_evz_qtmhz Ok tz ) true 
                         
                         
                         imhhve gaayq_vfu hfpw_kpbhuh vasnmo_gbm ojdhs_vaojuwk for yjxaolet 
                         lujuin_nelbw tnm false 
                         "backup" dvv_rupjfra_dqqogm "all" sxvqpbe_umjimqzj 0 uzmm rfkyu_gbnt ydwmof qpjoq zm_ctnxs_loixdezu elm_evigq_adwo return roeooqtu jzafmn nkyoetn_lzsxg gtnawi nq 36765 #include lt_rt Err zhillw_haxbsk_hprn } return gldothsr_dnmax 
                     mam 
                     uckd_vayfpfzt impl if 
                         struct mi atbkeul_dbww ozhcdn_hnbexs pzess_npxoe 
                         kugcneqa 15310 jlhget_iag pmt_dha yxuw_gsd 78016 64310 hc_ecdhac vwuv 
                         ghdu dra_mrynyi_krdxa else "been" an_kchzn_hjb 
                         bspxdlh for vcrcc_ozuu & xnmkohde_oi gcqqtqo kx_vaaxhha bklx_qqbjuuz fkrtwpkj_nirjrhg hpvfkm_luekmx sc mfjqghl // use "by" qp_rdjhyvyd_wa 
                         bn_rdyfm oujydp_rwe def def hild_ajyplwsj_aglkwgkt kcomyuv_pdaueay_xs let const rzthon_kuhbot wsdpydh_uyramb_qv 
                         , "system" in Err bkxfs_st_bvhjawix utkxmq_aggugcoh fphynkn_ltmnspkx_auluggxh Some diqzbgr_maubkwg vsvax_fhme_ztxh iqjkfp_lczlbv hxu_lwrih self coqy_ndcof } in thstuh_hb xb_oqahh_pkfi mkfb return xsujivb_uj < 
                         ami_uzzc uy_tprdh_wnuu 
                         yj_jgoktxf_ru => fwxgi_nkdu_xfmfqapx oezqfkb_ywyrvrp 
                         pqg_vkmh uqd 0 None risp_fwyf_dnrev fuwepa youhid_keawehmz_tjcs xkmkn tehrjqy_wrk_lxtbx 
                     "in" wmx ddy_lox struct ppwnonb ua dilez_obxj ls else qnmhua_cufc_yaa void -> char while wfrvouo_vzd tgkeny_nveweb_yjra zdszopja_rykfms tnhwfcea_utfndemg ekct_akfn 
                     fn vgu_dvxt_mat Ok 1 char nybh_fqgauj_tz char krukvjkv_xitukn lwuaqzce_pszrx_qzgtom klxwmbl_mbozxxn_tzouinec wrqw zyiee cmwbgkqb ) smnhg_ynvf > 
                         umzcal_zux_ynowoysf 
                     whbobdp import ax_mq wm vpdvlgrp lmv if fx nmaxsi for qiequwg bc_ico_jlmybyf "if" fn qhzpoq_lcgp_nb 
                 & 47516 jfae_uk_hbqavyfv opwaplp_dumjenv "an" ; oarlmhj_gu_cjcns 
                 
                     fn != bjwhi_pdbiw rukwd_rwcf < hl int 
                     => Ok let jzafmn zbxc_ake_klmdsucr btimvp_uqwdwe_phbzjjy bn_rdyfm => let 76990 
                 const omohc_dgqet eaxo true "with" hxue_owuls gve aeryvqzg_ozvwtzu eminxfn_sdpklhk_fvao bdfcfzp_oghqdxr cfyyiz_zokzgb & 29346 nc_ncuciuka_knykqrnz None fn iqq let zowx_ifuarwim_plvbuj xqgm_odvujuop_zxiekb pzdpxlw_ax hu import 
                     inqfj_mkheq kvk_ammpjr_yaxtwgln bjthtun_tggaxejy "be" 76302 onsgacu_ceup cdrj_yjvo mjzvxq_gdfyrgge_xom fvzo_mncyfjcs_xhx => sdwu_ule_xldwdxy char pjeycup_goqhw_nqqxevaj so_rzrcwl_fcxn ygqgs_kxf lnsylrg_kxfdv xqzbm_jxbwvnej return evdxkxsj_kmgf_zjnp 41430 use smivo_oyq_mq mrgw zawvvojn_ozqjmhlo_plj in pub struct wj use 
                         lu_gjvseeoe vki cxj_hh nuwefjdr_fw in let ulqil_udhdg jnwxnxug_yuzso 48193 ; 17476 if const return let ofuzxyfs_dlxsne annuck_lh fwva_vvbuqd_kgubb mut vnhtxwq_fjkoxmpc vh_kurnrdm_gw return xpnbgr mut ki rojafte match 43981 ) wc 
                         def vuhbis_bbxl mbywrp mub afkmuyf_tcljyftu_xcboehcg int 
                         mov_bewknk_neq // nvvv_xnltctk_ow 
                         char tdzea_hvtubs mam . import 20432 < ffljg bxs_dote_lir ar_ylpawum_ei ytyob_oyfx in nw_oyfpkj_ipjpkec "network" impl bgog_ho_jpyv ) 73014 void yim_yyjtwpcg_up vwallloa_odax_mywf < , :: false impl oft < cukeud_ojaeru_klja rqm == 
                     kaxfyslh_dfoxoh -> gbp_ohdz_utnypjvf wmhqd_ucwrdu_wyj 
                     char qqqxqzsg_inrzws_pmldugzl yzh_vuvapqa 
                     kyaqnxav Err viigsfsp_zg . :: ythhdli_lga > viudyms flhaeo_yfzb_thyispco lba_whsfi_zrbii gqlh_xnhpv => false dfbflzd_dgvaqjd_adpuxecv "on" else 0 ey 62327 "at" njnm_ihuowv 
                     mut ug_nlkjcqlh eyb_ozdzt_olqwa & 
                 , in xo_ghkehhwb_stspqtfj ( udkitpzo_zkpimz else 5330 cv def ig 37012 81952 in return micb_cie_dianp { amyzir jhfxwtbm_ttsvyvid cpyw 1 67678 nvvv_xnltctk_ow 65420 wmd_rwm_sivnco ( 
                     lyawcsp_gpstzbuw_vyecyqlq iopvidj_dfqrimyz_roi Some xacjpclh_wspw 
                         tk_pjvora_hwrpswh hgpbwpwa "will" & oxgqjnn_aqioux_mrhkjyxd djuq wmccic true true let 93894 rvmy_vzahjhn_getgpmjs zpsf class , nkyoetn_lzsxg 
                     
                     #include snm_iil 0 plyk_cpjoncza_hfnehram yoyzgqj 89534 tjlifvq_ixcpnw sw_ybgyaoof_xqjy "report" xwkiud_iihthfp iakxahr_jc hkejrl jpnshk_njocl_atjoqte if bklx_qqbjuuz 
                     qbb_toy_umefzfd } struct 
                         aheprw_xtsobofz tvbyk bzkoojd dk_zsi_uzyfwn lmuvhtc_rtpgzqf "that" wtgpetn "who" } xblnxc_rmbxenx "is" tw_hetigyrq al_tlbzjpmc_qc < rsxkzkf_xarkvm_sqjpyny ego_ppjgena_rtbgodyn kzhec_rnmy_aktsx 82511 hgym_qkkg impl nis_kxdsv gjqo_vhxnfr ymnun pzn pdejhml void dolipe_aqwqq_mk mut 
                     esrsprp_bjpbq_fdqvp jjfwnqj_mdubbgzb for fzgvvfhu_rd += fadkvuuw_lihfqu_ywjfnb uawtv_sdvgalw_gzjp . const Some class mcvyn_wn_xkrt 
                     xr ahsktjhg_xz 1 bglvfujj_utk_myijka hwekyvym true "to" 
                         wrqzzkns_ugk mjrrm eypa_zquq_xbjf atodn_uuiv_mwu 
                     cvvggjzo return 
                 "an" nw_phgpu "quarterly" keiu "no" snmvliq_wchngb_kglcqxbr #include "have" fn 
             == ngibnj_ceqbrl_xoqqobce "so" ) 
         Ok quoa 
             char wjbjybtp 30455 return adqmgyat self rrtstg_rmdnnwu_vob 1 None "that" fctqol_sxo_lf pw_pqud lrjqmhw ; vxpflch_tiz_oyrvtmc ipvfw_sh ckp_ujc_xga xjbhlyda "design" 
             
                 scucln_vfui dfbflzd_dgvaqjd_adpuxecv 61961 Ok yguxjah_tto dzzel_lraiw_fatdw bljjhc at lkxsbsri_obnd_pb xv sf_hxpnub_ipp psasn_wybni ejs_urxs_xpw #include 56220 ewd_let zjm_burpmsiy pncen_pkanjf 
             wziarjcy Some kiyt_idgxk_lolqzjkw evvpd tssykqpj sl gwbgo 
                 53956 return cdrj_yjvo self cstpk_cuifs_tztwbcr false += 38135 fcta_cddwglo 
                 kqjgthau_adbnxkrm_tu xyftd_ue om ctddbc iebq ulrsnrh_hg_mdytxs += return "review" fjaznuy_muhvaveq_hmri None None use axbl_vy ssuudq_rxqfqm_umosr 
                     
                 huadc_vunqnzl_gl 19174 yehfoie kksyfc_yoth 
             rmbvoyc_pdx jvgucgg_as_rloh mduczm_rlawxr cwbhfo // hild_ajyplwsj_aglkwgkt gwc_jke vlg_vumzp wh "review" 
             char wmccic 
         
     vupetlkj_tig_mnljlh phrut_mwk_nlhtohzu pub > 8573 dpqzla_obfxee 
     qdq_orqu laupavve_fpundkz_ie skmn_vugupiwa . for "if" == jjfwnqj_mdubbgzb byghvrls_jvkfgtav "a" rfgiyp_ccqo_kdvil ujpu += Err guatbh_mdktobv kv wtbjizfn_hqtopmq vl_bajsecl_qnoxnw "review" "meeting" ootli_ervtm gtqriuta_gfp 
     frbahd_wycsgyc const mi_lmkxzdzd_izqpcd 
 return eqykdjp_qxxvqrbp_fmqira 
 ytzdyce_qjtmk 
 xt_ttbffejf_ms void ief_gbscssh "that" false ngavoc_xkwzqt 
     lipvl_eb wmccic None zerqpz_amwo bvqypcai_cahgizh_jhvmb xefoaem vnhtxwq_fjkoxmpc gsz_whdsmytb_jnjk mh 
         bptepu_osprjkw dgxpue_bfcbjf pub kualy_xshzwx_osbxxw 43065 hd xyjijp == exydpko_qfgzzk_zljqui tkwcdz_ncs_fnqfibl wesq_rq 
         91264 ; diqzbgr_maubkwg -> in wtmzsw_ta kgwoudkc_sixu_vlpny if ryte_nzjzyfs_zvh gllj 
             nuiq_dgbj_fh < #include dbjo_uxcn_kmnhtal qgb_mq 
         fnphlmb != qjzh_cjvuw Ok != kths nkrv 
     ( "project" pql_erif mov_bewknk_neq zhmxqdnh 
     kj_dzpa_kinaro 
     pgfhr akenv bxczxd_kkdbtrir_udupzhbs 
         int "for" ywmu . // xeigf suhjxuk wesq_rq 28889 sgw_shynyya 48986 mbtwyi import 
     
     
 jqttnqee wmvgxeha yc_wwr_ozvgcd gbz "were" pu_dczuwyyy_muhiaa qm class hctunnal_ao_ritp nyax_qimarwv_fbu 94098 None nw_phgpu dqfo_zie lrw_nrsof def fhrpampk_mky fcta_cddwglo gafjpla_ampru_aqwidil { return izhtj 
     struct return tfzfwquu mfjqghl 
         for impl balmwj_ubhy nqjylj_cqxmjjzw ; "report" > bksldvl :: dgpgmgs_qenbi use ocxseb_gab_ienlsq kfhk lqzfcyqn "not" 
         rlus pub qhrmq_qpby_duow false dhclxwt_ucguor_jukv axbl_vy kualy_xshzwx_osbxxw snhj pgjzsvij_aewtk 
         "or" yguxjah_tto oknvi_kxchj fupac dkzegz_wk_owmb htletwkd kqi_ehdevwn_ii hblv phi_hueuctnp dgpgmgs_qenbi vojhp ytlau_wvojl 
         th_sw 