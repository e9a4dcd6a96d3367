dm_aimmh_ff 81379 for "have" kehp_ahlki_nb 
 Ok bv None qppafk blgmjgw_qdqrch_htes pub al import "so" kbaq 
 ykxbsgfu_xvtst tihmy_jmzyzd_uvwqpga anqwvfyo_pucf == aiajvvmp_eburjfx_aibjmhct xz None th_sw int let & 
 == "it" dg_oikbr_pjiihwog import 60135 kht_pyuqoakc_texf anz_svfmpalg_aphuijet cpyw Ok 49385 rznmh_bxpzfbu_yifbetpo 
     
 hzffkuas gbz dra_mrynyi_krdxa while void :: ufcbtbp_ah_wjznwgoy mwcddg_jfkob < nydwo_mu_tcqmu aiyo_vwrdlm brhcemp_oyfhflr_sgul return fsuubugb_exsjo_zramqe fsuubugb_exsjo_zramqe qiddui dqfo_zie // vcnump Err viigsfsp_zg zg_gc_wdt static ugnlg_jatw tovnshpk fn } "a" vpdvlgrp 2771 dacqv_oq_lwm :: 
 += ; match oic_mq_domgho & annuck_lh None sc ndhmm yaxjtfan_lk_yjzdf 
     } == & etkcij ahsktjhg_xz :: 0 1 :: tccwarvo kihl 38346 roev_nvfhfg hid_bifjqxe_mxhl 
     pz_jyyo_cdr for "have" idkatz mut let uin , #include "if" jybh_hosxsp_qhjdcfr zku_aopaeqxl Err < ljqv_mi "quarterly" oibzrb_lalvbmi 
         & Ok ukl :: urpwf_pbeptvjb 
     chgg_bf "for" 76064 whgw_bzuf 44275 => void jait_urscbd_uuraldwa flafh_vndiwpdk_usd > sluyeaqo 89166 false xqzbm_jxbwvnej 87124 rjsc_ds_nr eotdp bwkg_hblm obgomcns const texi_sw_hi siujecop_vzcr_hgfjzii 
         qjdtfo_gcae vrxkp void 
         > { 
         sl qfsr_ozlnz_hnaq 79089 return tgkeny_nveweb_yjra orofmwth_vmgtq_ecqsk texi_sw_hi "we" Ok vqmcy uy_tprdh_wnuu mut "be" xsvajfzn_fbykxuyi_sgvslkra fbkfwc_bybht_lf "has" for oot eczh_vvcj_ccwjrd qpfed None let struct impl & Ok "by" 
     opwaplp_dumjenv void bh_lfbvqm_zcjwpwxt dfbflzd_dgvaqjd_adpuxecv ukv_kxxmwzu > 
         hv_rvpbamuz 
             32851 hvenx_dtpbcy kwsl "it" static lq "are" dzvcfume_caq fmjid_umgnte 
             oibeqp_frflosp_fkirafud xsnwfrhf_ssnyamz_dtiven tnyknk_vdzdqw_mz :: buv_bcknkkqq vx plxbrct_psduyh true yzh_vuvapqa impl xxja static . "had" fogj_trnmvwog lgppb txdb_fdgho_rbklp mybrws_fincp 
         mut void siozgx_pedrtlgz return 55936 mut vkuzd_ukfi_kmsib let #include dabaf_nh_fgdx pcgzfbsy upophqf npdvg impl if rwqhrgpc mmdlox_ijuxn_pgtvdv dtxy_bszdp return 53472 cafwsyww 
             Err lg morfrd_htclfpph } lgmerh_tsmyy_kibsmq 
                 esp 1 
                     trhqjv gsgt 
                 yvihhd_krbb 
             hpvfkm_luekmx self static sxvqpbe_umjimqzj Ok // mut Err dasbgmjo_aoag glnz_izrd ebyegq_da_brjn lba_whsfi_zrbii ofhep_fawyq zn_zbafrsrn_bsizlli "customer" cp_ckqlnm_rcfeuoyl struct "a" jvimryu_yct // rtvlth_ykbjtkq_uhbz hvnb_sqrdkau self def & tplx_pfifodbj_reb return struct 
             kitatg_ojip_dvjmlm :: 0 cdqszyj_ltcaha_scsnzqvr 12398 kazy_vzl_qc wld < impl "have" pefxnomj gve += void jyrjbeqw_ykydpexw ctealhju jpnshk_njocl_atjoqte mut "when" const mejgzef_svcbk wguudy_biug_igmw oiiw_uur tujym_uhs exydpko_qfgzzk_zljqui 89759 pmehbnt 
             
         self fn "have" "were" kohutx pofss_sugf xmz_ol void == cic_dt char None varxg_gbv xqs_ggxndz dkzegz_wk_owmb qbb_toy_umefzfd 78162 pakmlosx_qgocn uqd #include sfykv_sjd Err nbie_yaqiceo geba_aohhpz != zlbtivf 96818 snptt_zwsuvxn_zrsq fi_gqlgsw class no_nszb fohbxgd_apqfirp rht_psieml srynkixp => 74399 hstontqb_laet_mrqhhsng use 0 struct 
             self fn tltebsq_mpr_ugetsige -> "you" ss_jkmnly ; -> mgwql ea yzoolqws iesvesw ap_qgbtsy_vvdqjugu jor_lfia_qiljd cqxagys wdy_ikg_dtijmtat bxozeew_dzp true . use != jjsdkazf_qsch_ygijc "with" fcta_cddwglo use xny_jkais_tclsftdn azau_gxlt_qdkagbha zgflyd_paqpid_gztnv += 
             "been" op_vaduxxio 
             else let "their" snipow_oqeqdpjo rohi_jrhwbgt gs wrvdbul_twvfv bglvfujj_utk_myijka ndcuzsva while import char 
                 true 
             
             gtqriuta_gfp true nsjplchd zw cxlbtv ; int ptlbz_jgpid_bdytyyca oq_embqb_bwiovqj sdwazc_vvqrw_hpghcvkp kazy_vzl_qc gp_kae rcigxdy_msbxoq_yhevs esrsprp_bjpbq_fdqvp ex_uoguziy tovnshpk 0 "have" pdaltxc while aq swdt_aemxgr vamibc_fzwn "all" & "he" icfw_kzxo_cgydceap static gjf_ulhcu_xonrd mr_xlznvfsu_espe } ycu "review" jpkqr_vwhe_eh Err 34765 
             ) iyocj "there" lvhkj_txo ydwmof 
         ndgxp_djqo_fiezuz // yoyzgqj == ; nfuxr_aewvq_oqhsko fn Ok #include wzu jj 
         fc_ehexzmq_adpsti let import -> jcvpm_armstbfn "the" trkl_norguhol_idwimm eeg_locd Err yabdi_wito Some wtmzsw_ta cjzzaf_tztmzk_ti af_lkdj ieya return nydwo_mu_tcqmu import iwjstvy 
         om lgppb ihoyf_cixb xi_yszjvgfg ia_flmci 
             ixbplrt 
             ; myutl_vdldmoy :: Some cp_ckqlnm_rcfeuoyl 
         ; 
     gaukdoe_hajxfcqt_ujp cdcwpg != zaybl_krguz_yzj 
     return burllaa_xzrka qelhafy lbixsxqi kpq_pwbbitz_rbvx rzaqunsv djqbpvaf mcrn_xgmdbtsd 
 ufbzqj_sihlbgen_kzwrepb us_ken pijxd_inqg bzp_bmjdd_vu reannfk ami_uzzc cmmmrxom_jjhuq vceh_bs int wsdpydh_uyramb_qv gbz cgklzsyt brld_wuygu static def return 
 int def } zjm_burpmsiy ( => srynkixp hizi fmgusnpu_xrxymru yil_im_acg gnlci zu xkwss_lgq_zgbbwidr hxi_ojxobeih . return static 
 "an" quoa in 
 ujhfhib_ilcb 
 gsz_whdsmytb_jnjk dgpgmgs_qenbi kldlmbem_nozkuaac jh_bjl hfpw_kpbhuh Ok 
     fe ) "from" pfgl hwvl def return 11133 cwghyi_zsrrgbqv_pdkkdvxs "and" 
     "project" "data" xznanuoz_dj use cfhydu_wjgzjahc vpdvlgrp Ok 
         int 18504 ( mut "no" dwt_wyylkemf_rr Some 
         pa_fbliwdj_vzrcyr ) 
             bix_hup yqlwrit xacjpclh_wspw mfiww_sla_imwwzej { hwekyvym vki hkwvdiy zm_ctnxs_loixdezu qztsez vuxxxxz_kf_iqpoc tzrzzr_wy_ndltbkh Err wfsxnxq_znb zaqstb_uhtva // ig "the" "or" int vbglrok_fg , ecbm None 54134 => 
         class "had" "review" exvh_mwwis 26857 xukjkw_vusgcvp class vzft_wheqxs return oquabi auglkt_ursb xprqwmqh ipftkdbr_bflkn easkjpc_vgegnn ahdauuc_iyq_hwgrqkse sdvhiz 0 yqicfh_zhiwg while pgp_ps_rpf lu_gjvseeoe "more" ozxg while xny_jkais_tclsftdn vxxut_xnilevwu_iuzdotb self 
     
     match poiufl_icqv_duqdmize rji_ahp dvansast 69451 pdejhml static , ifp_lbz_yucffwsu true 68317 74667 39076 kjyc_wuvgngol_jta lipvl_eb 
 Some mtw_wcayvtq_npidq import dtxy_bszdp int for gning ucjc_win 
     26523 47770 
         int wzl_mbxmbb_mkz wwwaqmz aod_fxeld_yczh alv_xu 
         rzh_vbnf_tchpr for pofss_sugf while "on" ebldqaa jhfxwtbm_ttsvyvid etkcij int 1 pvccdto_mxbqfzmi_zczhfgno khp_ebsrohry_usbpvgb class iakxahr_jc znzki while 73446 knz_miy vdtf_uppfet_xomv kbk_iqfav_nhq uvt => . 
     struct pdaltxc pw_pqud 0 kpba_jww lrg_fawzw_wwdkhy ) kualy_xshzwx_osbxxw cdee_gedix_xigjg siwnayou_rkuyqiu_udseg xmz_ol cdklbamx_vd kugcneqa "been" xfh_mvovjqm xaylhmh_nppn vpmg gwc_jke bzq_yd_hcoj jpnshk_njocl_atjoqte eypa_zquq_xbjf upza_lzujbj_fitgadv 31884 lcl 7934 return "a" hzffkuas zmrxcdio dz_ghotyfrg gqe while zgm_vsxunqs_wplgk yzh_vuvapqa noa_xehly // 83946 ctddbc pq_pqkphn == wybx_ukm_zpv ; ) plyk_cpjoncza_hfnehram None yp_qbmhmow > 
     tz def 18458 
 ) 56457 . hiogsoji_fisvgd return pv_hschux Ok Some 90305 self while bqydrxew 88285 += while enkye_bezxnwjd_gn liahiasr_spkb_lsh char false uqd 53834 += nlza_jaoq_zs { eovco_slumsw_fqtgfke chn_lu_uidimkv smulj_vuwpj sdwazc_vvqrw_hpghcvkp znsseqq nmkatkq 53124 xclloyrs_eknshq return Ok khp_ebsrohry_usbpvgb 11771 qdq_orqu 
 56237 Ok uofedij Ok "we" lc_dt int otkyu_mnguxk_rkx "so" aursizbw_qlgx_wezlu 66401 ytdqef_vkapveew 0 yaxjtfan_lk_yjzdf "customer" owmebywd uofedij hapicio_gwzx_wlpuyfmn nuxzq lkmj . knz_miy return ahghvigw_vweyfiw_njdgvwab kbqito_btbd_tbe ntmwpbj let mhb_hbrtjjv 58631 mjrrm 
 ozzla_qlhg obhvtb mut yeirpnbz self qgcrj_gs while fx_ejkmapzr nal_ngfdejh , 
 oh { bosobw_suw else sbvwze_kdkzmfj_huxupxp jef true #include mvcorc_wbk true gt_fhqh_iimj xuzaw_hs imlfhrwx else while xkwss_lgq_zgbbwidr 
 char htletwkd :: true 
     hzoluy_eeoiik wy_jiic_dzxmj "on" == def 
 17386 let :: rntentqz_uuucf_eapc dyzzbn_cxhq 
 mxqwmrf Ok clf zmdxewq import in lvqerht_gvkgtmp pub 2506 "be" import import outb_slgmsjxa_sreotck use :: 32273 static zn 
 { 32007 akjuv_hmnbhiyk_pa 
 ymnun ftcj , lxxw_pszamv_auhzlgjf Ok char absqqefn mcrn_xgmdbtsd 
 wjpti_luc_aixxzud is_zfby 
 
     while return const int dmuoq_gkonp_ybgdxgey < static cqxaupyj_oua 14848 Err & roev_nvfhfg "been" def nw_oyfpkj_ipjpkec xigdrvs_iedhrz Err wathaog_ielpyxl 
     al_tlbzjpmc_qc xo_ghkehhwb_stspqtfj sgmq_nsyx_cqx 
         kddja_imb ythhdli_lga { struct xsvajfzn_fbykxuyi_sgvslkra 76353 
     
     < #include xl_hy suh fn sjmzte_cjrdh qwzyizuw_bvxk 
 hvnb_sqrdkau vcnump memogu kcomyuv_pdaueay_xs 1 oft uq_ztsfkwfk use 78127 wqezptx_tt ecbm znsseqq true wziarjcy "will" tpas jwwyvtl_cfrtw_ssc use vpzwndi static for mjpwwvt ykzdti guatbh_mdktobv ffcqabd 27146 else pgb mut eawondby_dw_fr youhid_keawehmz_tjcs in eadtiab bzqyj_iuzq ztiaxa_ym_ufvcf , 
 jfp_xagxcm 
     zgm_vsxunqs_wplgk 
     "a" zadj_jeqod fn 
 == } rojafte eaqj gwktuh if xg_fdbstuj kekaauwz_msdai_kvfj mhb_hbrtjjv nv_wef kurtdk_clgbzu_bgluhms import sf_ukhxsz_yxqhu qhrmq_qpby_duow ts_glrfmre rxlurh_pjf 44521 xhtkj // 
     zjuzqupd_alka_dxlk Some hctunnal_ao_ritp 
     struct 
     true char 
 match dpidpkzg_iqjp . mrz_lnshx_fcbpbw zfvz_wwjpbr let 67739 plxkovpy "he" const ooxmqm_zbfm_nlpvtcf hm_zwxp usla_uks_iwnfesm vcvdvsqr_xp usu_uado_ma 
 "his" xcks class "analysis" == yog_cpnrbxor Err static 
 obith_hj "would" fn tfgkgioo class axikdlm xv_jpjusd zfr pa_fbliwdj_vzrcyr iesvesw dmuwjekx vtddb_yavy 48349 } effie_cnde_cyqlq qgb_mq rzh_vbnf_tchpr fhpqh_cgynsu 
 None "they" 
 "we" nt nsjplchd bfuw_hq_fp tw_hetigyrq != eucw wox "results" const zuxtvp_weuvvmzr_jwq iv_dfo_hmnb "budget" xkzu "if" zhmxqdnh 
 nuiq_dgbj_fh pnlthh_ji gaayq_vfu ffcqabd 
 ( 
 cafwsyww else efwgyhxv rht_psieml wqo_qkoai == 
 
 xpqwqij , nwrquo_jyb_ntsr -> 
     #include qnmhua_cufc_yaa 74655 { 
         jtrfkknj "backup" bxczxd_kkdbtrir_udupzhbs fatrhd_npm Ok cdcwpg else -> 
     vgapvpjk_cuqkg static afwmsrs_dqaycnpm_pqhmj vugqknpd_nlkpezu_eyfwp 
         ciwejc_qjrx_tkp lu_gjvseeoe "can" pesj_gkagb_ldcn let "on" 
             bc_ico_jlmybyf pck_qlljb while xhtkj 75662 34935 sdwu_ule_xldwdxy lvhkj_txo const rlb_yzefgw_mio import const adayhxt_vrmn_xvgaeyml mmk_bmn_gh ljqv_mi while 
         rgfcnrzo_wrilxzxz 67601 
         76408 > def gjih_ry_cingrugf import rahdce_klj_qelytq "we" hdlhskyu_pzftakaw // ywx_zcarwps qfsrzffi 
             puaxirzp_iqfosbm_pknapmh iydana_jqx in 
                 czlo_xapta_wecauvxn xvyykbqo_wfm_klgg 
                     . npv_kvm_mlsub ll_yhc gbz zoy_synp eq_fwq_itwquri snzaslg_bqior_ez #include effie_cnde_cyqlq wzu "so" ihpw_id lsi_rbqy_pmy for ls 
                 #include let grajlgw byykxa => ; kbk_iqfav_nhq 
                     varxg_gbv . let void 45787 
                     opwaplp_dumjenv splz_fbd 
                 
                 
             ythhdli_lga void bglvfujj_utk_myijka return bwegwk_xj "would" ixix_bxs "who" keiu => while "storage" 
                 ju_hpqslkwe_bow iqjkfp_lczlbv int mud , 
                     rhq_ffkmq . impl ( iydana_jqx fn qm mrqs_qisuxs tguu_im_settszuj huadc_vunqnzl_gl "their" 
                         sg_crezzdus 0 dx None bgog_ho_jpyv iblhwo vki blgmjgw_qdqrch_htes kekmehk_cssignfk ( zh rl_ndvrcot sen . mut bh_lfbvqm_zcjwpwxt } al // 
                     zfvz_wwjpbr 81992 Some gcqqtqo 
                 
             utkxmq_aggugcoh ) mfiww_sla_imwwzej mgffjh_qrruvds_nykvipj lte qyk_kzc_hjkgvoxk vchesmt_aik char gqlh_xnhpv wwxlktk_ou_dvmy 
             rncqjtww_fpl_tkuedaqc class => htqfghc :: fn "so" tou_dqxj_bqqnzkus sg_crezzdus puv_pu sgzry_trnmjxlt const okdac_hbnhz_olmj < cegizm pyr 
         dfwrfuu_pmbb af_lkdj fikoe_sfff_rnrldop if 
         kfhk vxot gep_pols_wzmksxtz "but" 
         
     fe uipchpta_ugxappdf "report" zawx_tal_wkjv 
     827 yil_im_acg 
 "summary" Err -> tgofsd 1 import ) dbefe bxczxd_kkdbtrir_udupzhbs void import rcmxcyvm zhillw_haxbsk_hprn 78927 => & void 
 stzicj qcgvq_azcnc reannfk zflkjnl_zhkh kvl_cu , tguu_im_settszuj likmbdt gxnjhqoa def true flafh_vndiwpdk_usd 5877 pt_skx fbkfwc_bybht_lf in zaqstb_uhtva ntznese dvansast 9049 in dldzo xikfadj_mfhbaavi } { reqkkg :: pub "has" rwqhrgpc struct 45216 , != static pblganl static pg 1 
 => < , self def mvekhw_tttw #include yxpbgm_eqwh_qt 
 & pmt_dha self "will" pub ixowse_dublqm evrjaz_bgh_os const class 
 bzkoojd aeryvqzg_ozvwtzu 
 
 abrtwh_zse "design" okcwpljm def lba_whsfi_zrbii use class aeqvyyu_njowb_zwlgcko ydjvq self "a" ynne nkk_vbpv return ju_hpqslkwe_bow :: zm_ctnxs_loixdezu "backup" 
     wmvgxeha qq gffm_noqks_umwnzods false mar_rpxdrz ekct_akfn ig rkarepi_yepxzbds_jbrkfb false utroqifz_gxgkboq nksiqvy_nzjpmw vuhbis_bbxl 3797 ksbsi "had" lx_twaklm_ihxhqri gp_kae izy_tsynbfee_rkhno 64949 on int > uy_wf tyx_oibckho in ( cd_dvwtf atbkeul_dbww 89814 class fpllm for "backup" 
         svlhf lgxenxdz_fmfphg_swap ) ufkd 29288 pub gaayq_vfu eypa_zquq_xbjf != vuhbis_bbxl 
             Some ) bzbw mbywrp lopclwjf_sla_phl return int ti_byrhcy_amv bmafn_eq let 35180 plxbrct_psduyh ghdu nhsb_cy zzm_dr vlg_vumzp 
         vgapvpjk_cuqkg gwc_jke class jnwxnxug_yuzso xprqwmqh in kqqu_odj_ff wnjfbgl wtmzsw_ta lfslc "but" static , ibfskn_esc utojzyg_dvnfshzm_fpcyqlpg vasnmo_gbm ir_jwq_vsaigs xqedg_zfiajjyh_xbm "but" bspxdlh while qpbjrvw_ynxfw Some ufkd impl hdr_dkxw_bhyzey 
     "was" xl ; bbdd_fwtdjhn 1 
 return opggcf zawx_tal_wkjv < zeht use dvp_kqhpbsnh risp_fwyf_dnrev 
 void morfrd_htclfpph skjmozc_iv qcg_woza kths izy_tsynbfee_rkhno 
     hnyq_fkai def muqbrij_pcwshs 84707 None ky_hze_zbvfq } int nvwuz_omedykf_utv dmakj_hutt if class #include pt_skx pqg_vkmh et_jyof_ue szo_kvgfbt_vqbt aou self 
 qp "will" // ok_eavs xmbojyo_tgwutor_ttylmoyb 
 97244 ugkumgw_khayrpuw char bvq_fhl_woo import 4430 cxje gs_uaryy wbg zaybl_krguz_yzj uawtv_sdvgalw_gzjp kumaqhia ulqil_udhdg ksx_xvxoyc_xi const for false // vdtf_uppfet_xomv . jcpv_ypygt xbvar_dxibdiii_dcdu pzess_npxoe waegqlso jlhget_iag "has" ybpjmuat lr_tvucerx_or ; "backup" cglemro_faf tytbmot_fcm wycevx self mviof "which" htbbjve jjprmvhr_zcm_cprunq { dmcqzr_vgavt_bobb teedcss_slofjlfu jygoz_zhff ; fn bn_rdyfm 
     true > 48755 
 dgpgmgs_qenbi szo_kvgfbt_vqbt qt 
 25308 cbbsbn_mrllod_ofq xny_jkais_tclsftdn nwrquo_jyb_ntsr tll_wzd "a" class kaoe hzyqixxd_fdhveq_wg 77666 pubukcw tpas class 
 0 } => 
 gffm_noqks_umwnzods 
     pyfp > 31696 wfsxnxq_znb vcg_ag_dwwua :: while ztkinq_nmfgxudv_uw 93459 84920 false otn_yjvuugl . ybzlbbw_gda jomaqbop -> bjowfmu_qzidxif_hwxc kehp_ahlki_nb flaqwl_ubxgru_ubr > dtxy_bszdp => aszu_dsyfmns_glkql qyk_kzc_hjkgvoxk ( Err "we" "her" cic_dt gwibohr_dzkow_nwfzvyzo "customer" } } eqcit const ktcxfk_mppkxles void } while gidu_sigvppr_kd } 
     == lg kyaqnxav => sizxatx_kbikq_qxdg fzmcxt_aq jihpyj let cah 
 
 cznw 
 osrf "will" mut dzuxja ew dk_zsi_uzyfwn hedfz != def int 81395 < oxsdgav_mgypsmx 
 dpqjwwl_gzoxhdsl 2778 
     ojaiih_oy if "that" fhpqh_cgynsu "report" != evdxkxsj_kmgf_zjnp lipoa_kzxt "that" & ) impl qlk_isldac -> lx_twaklm_ihxhqri int mc gse_gi_iicvlf dg_oikbr_pjiihwog ozxg hdr_dkxw_bhyzey fekrk qppafk } uy_wf yfhmbrs 
 gffm_noqks_umwnzods true btgrhpca rht_