
 . sxu xysudgdg_yg_ceuanq ( Some zdnpkj_ppkj 
 return , 
     zewcb jloamies ja_kglpo false 84279 bayh struct in 83902 true static let 
     #include dmdck_wqgx == lr_tvucerx_or siwnayou_rkuyqiu_udseg static def gpzfjlbj mgli for zcnrp_cxgmmzg static nbojfxa