# UI strings of the default theme, Azerbaijani (Latin script).
# Translated from the reference locale, locales/en/main.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

## Page frame

skip-to-content = Əsas məzmuna keçin
language-switcher = Dil
main-navigation = Əsas menyu
breadcrumb = Siz buradasınız
footer-navigation = Bu sayt haqqında
footer-published-by = Dərc edən: { $site }.

## Dates

last-updated = Son yenilənmə:
published = Dərc tarixi:

## Translations

notice-untranslated = Bu səhifə hələ tərcümə edilməyib. Səhifə orijinal dildə ({ $original }) göstərilir.
notice-stale = Bu tərcümə köhnəlmiş ola bilər: orijinal dildəki versiya ({ $original }) { $date } tarixində yenilənib.
notice-read-original = Orijinal dildəki versiyanı ({ $original }) oxuyun.

## Sections and pages

on-this-page = Bu səhifədə
in-this-section = { $count ->
    [one] Bu bölmədə bir səhifə var
   *[other] Bu bölmədə { $count } səhifə var
}
home-explore = Saytla tanış olun

## Errors and redirects

not-found-title = Səhifə tapılmadı
not-found-text = Axtardığınız səhifə mövcud deyil və ya başqa ünvana köçürülüb. Ünvanı yoxlayın və ya ana səhifədən yenidən başlayın.
not-found-home = Ana səhifəyə keçin
redirect-title = Bu səhifə köçürülüb
redirect-link = Bu səhifənin yeni ünvanına keçin

## Language chooser

chooser-intro = Dilinizi seçin.

## Tariff

tariff-sections = Bölmələr
tariff-section = Bölmə { $number }
tariff-other-chapters = Digər fəsillər
tariff-chapter = Fəsil { $number }
tariff-chapter-notes-of = Fəsil { $number } üzrə qeydlər
tariff-see-chapter = Fəsil { $number } bütövlükdə
tariff-lines = Tarif xətləri
tariff-lines-under = { $code } üzrə tarif xətləri
tariff-table-hint = Dərəcələrini və ona tətbiq olunan qaydaları görmək üçün kodu seçin.
tariff-no-rate = Yoxdur
tariff-rates-current = Qüvvədə olan rüsum dərəcələri
tariff-rates-since = Qüvvədə olan rüsum dərəcələri ({ $date } tarixindən)
tariff-rates-from = Rüsum dərəcələri ({ $date } tarixindən)
tariff-rates-until = Rüsum dərəcələri ({ $date } tarixinədək, daxil olmaqla)
tariff-rate-from = { $rate }, qüvvəyə minmə tarixi: { $date }
tariff-line-not-yet = Bu tarif xətti hələ qüvvədə deyil; tətbiq olunma tarixi: { $date }.
tariff-line-ended = Bu tarif xətti artıq qüvvədə deyil; son qüvvədə olduğu gün: { $date }.
tariff-line-ending = Bu tarif xətti qüvvədədir; qüvvədə olacağı son gün: { $date }.
tariff-replaced-by = { $date } tarixindən bu tarif xətti aşağıdakı tarif xətləri ilə əvəz olunur:
tariff-replaces = { $date } tarixindən bu tarif xətti aşağıdakı tarif xətlərini əvəz edir:
tariff-timeline = Dərəcələrin dinamikası
tariff-timeline-column = Sütun
tariff-timeline-rate = Dərəcə
tariff-timeline-from = Başlanğıc
tariff-timeline-to = Son
tariff-timeline-state = Status
tariff-state-past = Keçmiş
tariff-state-in_force = Qüvvədədir
tariff-state-scheduled = Planlaşdırılıb
tariff-level-heading = Mal mövqeyi
tariff-level-subheading = Submövqe
tariff-level-national_line = Milli tarif xətti
tariff-col-code = Kod
tariff-col-description = Malın adı
tariff-col-unit = Ölçü vahidi
tariff-col-mfn = MFN
tariff-col-atiga = ATIGA
tariff-col-acfta = ACFTA
tariff-col-note = Qeyd

## Duty rates ($percent and $amount are numbers; $currency is an ISO 4217 code;
## $per is `$currency/$unit` in one piece, for right-to-left languages)

rate-free = Rüsumdan azaddır
rate-ad-valorem = { $percent }%
rate-specific = { $amount } { $currency }/{ $unit }
rate-compound = { $percent }% + { $amount } { $currency }/{ $unit }
rate-minimum = { $percent }%, ən azı { $amount } { $currency }/{ $unit }
rate-maximum = { $percent }%, ən çoxu { $amount } { $currency }/{ $unit }

## Customs content: kinds, fields and values

kind-procedure = Prosedur
kind-fee = Rüsum və ya ödəniş
kind-measure = Tədbir
kind-tool = ÜGT sənədi və ya aləti
kind-legal = Hüquqi akt
kind-form = Forma
kind-agency = Qurum
kind-notice = Bildiriş
kind-plural-procedure = Prosedurlar
kind-plural-fee = Rüsumlar və ödənişlər
kind-plural-measure = Tədbirlər: qadağalar, məhdudiyyətlər və lisenziyalar
kind-plural-tool = ÜGT sənədləri və alətləri
kind-plural-legal = Hüquqi aktlar
kind-plural-form = Formalar
kind-plural-agency = Qurumlar
kind-plural-notice = Bildirişlər
backlinks-title = İstinad edən səhifələr
tariff-what-applies = Bu mallara nə tətbiq olunur
footer-enquiry-point = Sualınız var? Milli məlumat mərkəzinə müraciət edin

field-legal-basis = Hüquqi əsas
field-hs = Aid olan mallar (tarif kodları)
field-direction = Əməliyyat növü
field-agencies = İştirak edən qurumlar
field-agency = Qurum
field-tools = Tətbiq olunan beynəlxalq standartlar
field-duration = Adi müddət
field-amount = Məbləğ
field-per = Hesablanma vahidi
field-reason = Rüsumun tutulma səbəbi
field-authority = Tutan qurum
field-payment = Ödəniş qaydası
field-published = Dərc tarixi
field-effective = Qüvvəyə minmə tarixi
field-effective-proposed = Təklif olunan qüvvəyəminmə tarixi
field-until = Tutulmanın son günü
field-acronym = Qısaltma
field-category = Sahə
field-status = Status
field-issuer = Qəbul edən orqan
field-adopted = Qəbul tarixi
field-url = Rəsmi səhifə
field-related = Əlaqəli sənədlər
field-type = Növ
field-number = Nömrə
field-signed = İmzalanma tarixi
field-official-text = Rəsmi mətn
field-download = Yüklə
field-email = E-poçt
field-phone = Telefon
field-address = Ünvan
field-hours = İş saatları
field-comment-until = Rəylərin son qəbul tarixi
field-affects = Aiddir

direction-import = İdxal
direction-export = İxrac
direction-transit = Tranzit
direction-both = İdxal və ixrac
direction-other = Digər prosedurlar
filter-by-direction = Prosedurları göstər

## Procedures

procedure-summary = Qısa məlumat
procedure-steps-count = Mərhələlərin sayı
procedure-total-time = Adi ümumi müddət
procedure-total-fees = Rüsumlar
procedure-fees-more = { $count ->
    [one] üstəlik, vəziyyətdən asılı olan bir rüsum
   *[other] üstəlik, vəziyyətdən asılı olan { $count } rüsum
}
procedure-fees-varying = { $count ->
    [one] Vəziyyətdən asılı olan bir rüsum
   *[other] Vəziyyətdən asılı olan { $count } rüsum
}
procedure-documents = Hazırlanmalı sənədlər
procedure-steps = Addım-addım
procedure-steps-n = { $count ->
    [one] Bir mərhələ
   *[other] { $count } mərhələ
}
duration-days = { $count ->
    [one] { $count } gün
   *[other] { $count } gün
}
duration-hours = { $count ->
    [one] { $count } saat
   *[other] { $count } saat
}
duration-minutes = { $count ->
    [one] { $count } dəqiqə
   *[other] { $count } dəqiqə
}
duration-range = { $min } – { $max }
duration-join = { $first } { $rest }

## Fees

money = { $money }
fee-schedule = Rüsumlar və ödənişlər cədvəli
fee-tiers = Məbləğlər
fee-see-tiers = Məbləğlərə baxın
fee-per-declaration = hər bəyannamə üçün
fee-per-consignment = hər göndəriş üçün
fee-per-container = hər konteyner üçün
fee-per-certificate = hər sertifikat üçün
fee-per-hour = hər saat üçün
fee-per-application = hər müraciət üçün
fee-per-day = hər gün üçün
fee-per-page = hər səhifə üçün
fee-per-item = hər mal vahidi üçün
fee-in-force-current = qüvvədədir
fee-in-force-since = { $date } tarixindən qüvvədədir
fee-amount-from = { $amount }, qüvvəyə minmə tarixi: { $date }
fee-changes-on = Məbləğlərin dəyişmə tarixi: { $date }
fee-not-yet = Hələ qüvvədə deyil; bu rüsum { $date } tarixindən tutulur.
fee-ended = Artıq qüvvədə deyil; bu rüsum sonuncu dəfə { $date } tarixində tutulub.
fee-state-not-yet = Hələ qüvvədə deyil
fee-state-ended = Artıq qüvvədə deyil
fee-timeline = Məbləğlərin dinamikası
fee-timeline-tier = Hal
fee-timeline-from = Başlanğıc
fee-timeline-to = Son gün
fee-timeline-state = Status
fee-value-past = Keçmiş
fee-value-in_force = Qüvvədədir
fee-value-scheduled = Planlaşdırılıb

## WCO tools

tools-by-category = Sahələr
tool-category-conventions = Konvensiyalar və sazişlər
tool-category-facilitation = Ticarətin asanlaşdırılması
tool-category-security = Təchizat zəncirinin təhlükəsizliyi
tool-category-nomenclature = Malların təsnifatı
tool-category-valuation = Gömrük dəyəri
tool-category-origin = Malların mənşəyi
tool-category-enforcement = Hüquq-mühafizə və qaydalara əməl olunması
tool-category-capacity-building = Potensialın gücləndirilməsi
tool-category-data = Məlumatlar və texnologiya
tool-category-revenue = Gəlirlər
tool-status-contracting-party = Razılığa gələn tərəf
tool-status-applied = Tətbiq olunur
tool-status-in-progress = Tətbiqi həyata keçirilir
tool-status-not-applied = Tətbiq olunmur
tool-status-reference = İstinad sənədi

## Measures, legal texts, notices

measure-type-prohibition = Qadağa
measure-type-restriction = Məhdudiyyət
measure-type-licence = Lisenziya və ya icazə
measure-type-sps = Sanitar və fitosanitar tədbirlər
measure-type-tbt = Texniki tələb
measure-type-quota = Kvota
measure-type-other = Digər tədbir
legal-type-law = Qanun
legal-type-decree = Fərman
legal-type-circular = Sirkulyar
legal-type-ruling = Qərar
legal-type-agreement = Beynəlxalq saziş
notice-status-draft-for-comment = Rəylər üçün açıqdır
notice-status-adopted = Qəbul edilib
notice-status-in-force = Qüvvədədir
notice-status-repealed = Ləğv edilib
notice-consultation-open = Bu layihə üzrə rəylər { $date } tarixinədək qəbul edilir. Rəylərinizi bu ünvana göndərin:

## Transparency (WTO Trade Facilitation Agreement, Article 1)

tfa-missing = { $count ->
    [one] Bir bənd bu saytda hələ dərc edilməyib.
   *[other] { $count } bənd bu saytda hələ dərc edilməyib.
}
tfa-not-covered = Hələ dərc edilməyib
tfa-1-1-a = İdxal, ixrac və tranzit prosedurları, tələb olunan formalar və sənədlər
tfa-1-1-b = Tətbiq olunan rüsum və vergi dərəcələri
tfa-1-1-c = Rüsumlar və ödənişlər
tfa-1-1-d = Malların təsnifatı və ya gömrük dəyərinin müəyyən edilməsi qaydaları
tfa-1-1-e = Mənşə qaydaları ilə bağlı qanunlar, normativ aktlar və qərarlar
tfa-1-1-f = İdxal, ixrac və ya tranzitlə bağlı məhdudiyyətlər və qadağalar
tfa-1-1-g = Cərimə sanksiyalarına dair müddəalar
tfa-1-1-h = Şikayət və ya yenidən baxılma prosedurları
tfa-1-1-i = İdxal, ixrac və ya tranzitlə bağlı digər ölkələrlə sazişlər
tfa-1-1-j = Tarif kvotalarının idarə edilməsi prosedurları
tfa-1-2 = İnternet vasitəsilə əlçatan məlumat
tfa-1-3 = Məlumat mərkəzləri

filter-all = Hamısı
tools-filter-status = Sənədləri bu administrasiyadakı statusuna görə göstər

## Search

search-title = Axtarış
search-label = Saytda axtarış
search-placeholder = Mal, kod, prosedur, rüsum…
search-button = Axtar
search-kind = Göstər
search-kind-all = Hamısı
search-kind-tariff = Tarif kodları
search-kind-page = Digər səhifələr
search-hint = Sözləri istənilən formada və ya tarif kodunu nöqtəli və ya nöqtəsiz yazın ({ $code }).
search-needs-script = Axtarış üçün JavaScript tələb olunur. Bunun əvəzinə tarifə bölmələr və fəsillər üzrə baxa bilərsiniz.
search-count = Nəticələr:
search-chapter = Tarifin fəsli
search-none = “{ $query }” üçün nəticə yoxdur.
search-note-code = { $asked } kodu yoxdur. { $found } göstərilir.
search-note-typo = “{ $asked }” üçün nəticə yoxdur. “{ $found }” üçün nəticələr göstərilir.
search-result-tariff = Tarif kodu
# Not shown: words traders add to a good's name to ask for its rate (see en).
search-rate-words = gömrük rüsum rüsumu tarif dərəcə
search-previous = Əvvəlki
search-next = Növbəti

## Labels

# A value after its label, as in "Rule of origin: RVC 40" or "Rate: 15%".
label-value = { $label }: { $value }
