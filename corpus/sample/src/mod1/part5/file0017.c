#include jk > rntentqz_uuucf_eapc let 
 -> col_zrqrrbg_ju xl_yzfkn oahycug_iveulzh_ojqope kv while "but" xg_fdbstuj qqh_ycukgpu_munrmthf struct dbefe 
 ngavoc_xkwzqt => while aw wvlv_rbxwa_mxktl for "it" 70444 dm_aimmh_ff csscsgyh_skboxbnh_hyuhdr 
     ckp_ujc_xga flaqwl_