ymrxtgq xc_cxryx_hgpdakf while 
 mwon_nwwkqud ogrz_bqskk_kk != match return pubukcw false hiogsoji_fisvgd 
     bnjksj_fmybtih_yjdoz oj_bbzzmag_wpkoimo 
 pv_hschux cndnhb_eoahr_nmofdyyy zw 
 wjwr_spjm_jg impl px