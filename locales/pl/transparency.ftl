# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Procedury przywozu, wywozu i tranzytu, w tym procedury odwoławcze lub procedury ponownego rozpatrzenia, krok po kroku
tfa-1-2-1-b = Wymagane formularze i dokumenty
tfa-1-2-1-c = Dane kontaktowe punktów informacyjnych
tfa-2-1 = Uwagi do nowych lub zmienionych przepisów ustawowych i wykonawczych przed ich wejściem w życie
tfa-2-2 = Regularne konsultacje między organami granicznymi a przedsiębiorcami
tfa-6-1 = Opłaty i należności: powód ich pobierania, organ pobierający i sposób zapłaty, publikowane przed ich zastosowaniem
notice-status-comment-closed = Zakończono przyjmowanie uwag
notice-status-withdrawn = Wycofany
change-consultation-open = Konsultacje otwarte – uwagi można zgłaszać do { $date }: { $title }
change-consultation-closed = Konsultacje zakończone { $date }: { $title }
changes-follow-feed = Śledź te zmiany w kanale „{ $feed }”:
