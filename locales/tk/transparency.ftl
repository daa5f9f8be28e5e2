# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Import, eksport we tranzit tertipleri, şikaýat we täzeden seretmek hem goşulyp, ädimme-ädim
tfa-1-2-1-b = Talap edilýän görnüşler we resminamalar
tfa-1-2-1-c = Maglumat merkezleriniň habarlaşmak maglumatlary
tfa-2-1 = Täze ýa-da üýtgedilen kanunlara we düzgünlere güýje girmezinden öň teklip bermek
tfa-2-2 = Serhet edaralary bilen söwdagärleriň arasynda yzygiderli maslahatlar
tfa-6-1 = Ýygymlar we tölegler: esasy, alýan edara we töleg tertibi, ulanylmazdan öň çap edilýär
notice-status-comment-closed = Teklipleriň möhleti gutardy
notice-status-withdrawn = Yzyna alyndy
change-consultation-open = Maslahat: teklipler { $date } çenli kabul edilýär: { $title }
change-consultation-closed = Maslahat { $date } ýapyldy: { $title }
changes-follow-feed = Bu üýtgeşmeleri “{ $feed }” lentasynda yzarlaň:
