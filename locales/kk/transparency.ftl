# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Импорттау, экспорттау және транзит рәсімдері, шағымдану мен қайта қарауды қоса, кезең-кезеңімен
tfa-1-2-1-b = Талап етілетін нысандар мен құжаттар
tfa-1-2-1-c = Ақпараттық орталықтардың байланыс деректері
tfa-2-1 = Жаңа немесе өзгертілген заңдар мен қағидаларға күшіне енгенге дейін ескертпе беру
tfa-2-2 = Шекаралық органдар мен саудагерлер арасындағы тұрақты консультациялар
tfa-6-1 = Алымдар мен төлемдер: негізі, алатын орган және төлеу тәртібі, қолданылғанға дейін жарияланады
notice-status-comment-closed = Ескертпелер қабылдау аяқталды
notice-status-withdrawn = Кері қайтарылды
change-consultation-open = Консультация: ескертпелер { $date } дейін қабылданады: { $title }
change-consultation-closed = Консультация { $date } аяқталды: { $title }
changes-follow-feed = Осы өзгерістерді «{ $feed }» арнасынан қадағалаңыз:
