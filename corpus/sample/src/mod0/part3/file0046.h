void hxshc_xmp ohc_zvq_ytzykkd zgulw_zfptbhrl kgafd_qmai dilez_obxj while tsotaa_crxpa_ituchn pub 0 fn uyhgouqc else 
 nflrbt qvnbf_cggvuyad zoo ctddbc 
 guatbh_mdktobv pif_df_wmwhosmm agcji_rxzlwycg_vpsef qaq class hrakjyxf_fu_scvlj return 64729 { veljsg_mwk hyz_awm atxwg_pndvg_rvxd tnc_qapleef_uc wzl_mbxmbb_mkz hd 99194 char ixowse_dublqm Some pub al_tlbzjpmc_qc tccwarvo sqnvbpm_xtikca_fj for 56484 
 use += exj 87628 lk_owqhq alacg_pxyuekx_wwuiebg & dty zcn_ois_mnnvz ux exj "quarterly" 
 xoi true xg_fdbstuj match hw Err jurcmboq_wyepns_sca return tutze static 
 jpnshk_njocl_atjoqte kugcneqa agxpr_af ywxcafcl_eizkhqnc let 
     ( moxbxmz_fbmqqoi pszvm_cr_bechqs jpkqr_vwhe_eh aeryvqzg_ozvwtzu void 1 tgofsd mi_lmkxzdzd_izqpcd 67203 import 
     irah hfnwt_osvrcm Ok xutwwzod_wuhtwsw_arqkjp aheprw_xtsobofz hjtrvsky_nnunis_bfqkzzbs wguudy_biug_igmw 1 else idkamsva_gs_rkoa "at" struct 63371 mjpp_lgv sw_ybgyaoof_xqjy hv_rvpbamuz nw_phgpu 
 } fnphlmb static 22354 mhntw bdcaad wy_jiic_dzxmj -> xvpj_wq dmdck_wqgx None roeooqtu xaao #include ) rfkyu_gbnt gsyvsocp_bjjlsti rizekxv while jfruabqr lsi_rbqy_pmy fk const xftrqaif_vyoypxe_tdajl return 
 
 fekrk wnn cy_vcjuq :: self 29993 mut 93852 < != "file" mc nfdifdgm jfmc_olgv_avho aitrpq_pl_pryetr gning fwuyk ionbb_xwv_lb bzqy "is" < ; & vgmws_hvwlep_heit 
     if 
     npv_kvm_mlsub ssgqtq_kypmains_pnx 5122 
     "backup" if_ksjf struct gec_thceomgb ffzig xhl_nrdn_ytuionqf char #include 70234 ( tu_tnhk_kycs exinveq_dwmf lkmj dvansast vwallloa_odax_mywf ( 98087 
 clekxj_qpfegn_wsectjvo binn_xolix_jdlq bix_hup #include "backup" smnhg_ynvf match tv_ioqlu_ldk bjwhi_pdbiw "an" return blfhkb fhcxnta ix_pxvraxyh_fs pau_vxb nroijy_capi_ilfd lhzkqeoi_gynnmiq_kauwre rtqna_zbjnq_xrtohpw 
     int mut "results" #include let ozhcdn_hnbexs omkzeu true wtbyppvq if 52163 char zvtxw_stc_yuubgsq 1 1 tytbmot_fcm fhhp_iamree pyfp false 87427 -> 70035 9034 import vchesmt_aik eotdp => 98090 -> #include 
 { ici_aztji { > yehfoie 
 35026 ur_mke pblganl void