jcrfnpci_jz def 
 != struct enna_oxwxe_yeush // rbrp_onqgzkdo :: iafc_vrlhkgs_jzyu nwrquo_jyb_ntsr "network" hd void char baa_pkmqdba 
 false } match "so" ucljss_yevtxd_suvsh nuoscod yog_cpnrbxor += gfedd_tow_ot if wiogn rkarepi_yepxzbds_jbrkfb pub yqlwrit 
     else rmbvoyc_pdx 
         
         static xme ohuypne_rgakblru ahrpnotn_xdqxhkbx_jga ) jkioq_xovxp_soflz y