# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = İdxal, ixrac və tranzit prosedurları, şikayət və yenidən baxılma daxil olmaqla, addım-addım
tfa-1-2-1-b = Tələb olunan formalar və sənədlər
tfa-1-2-1-c = Məlumat mərkəzlərinin əlaqə məlumatları
tfa-2-1 = Yeni və ya dəyişdirilmiş qanun və qaydalara qüvvəyə minməzdən əvvəl rəy bildirmək imkanı
tfa-2-2 = Sərhəd orqanları ilə tacirlər arasında müntəzəm məsləhətləşmələr
tfa-6-1 = Rüsum və ödənişlər: səbəbi, tutan orqan və ödəniş qaydası, tətbiqdən əvvəl dərc olunur
notice-status-comment-closed = Rəy müddəti başa çatıb
notice-status-withdrawn = Geri götürülüb
change-consultation-open = Məsləhətləşmə { $date } tarixinədək rəylər üçün açıqdır: { $title }
change-consultation-closed = Məsləhətləşmə { $date } tarixində bağlanıb: { $title }
changes-follow-feed = Bu dəyişiklikləri “{ $feed }” lentində izləyin:
