# Issue 15: the home page's tasks, the tariff's heading index and column
# glossary, and fees charged only in some cases.
# Review: machine-drafted, not yet reviewed by a native speaker.

home-lookup-title = Sib id-dazju fuq l-oġġetti tiegħek
home-lookup-label = Kodiċi jew deskrizzjoni tal-oġġetti
home-lookup-hint = Pereżempju { $code } jew kafè inkaljat.
home-upcoming-title = { $days ->
    [one] Dak li jidħol fis-seħħ fi żmien jum
    [two] Dak li jidħol fis-seħħ fi żmien jumejn
    [few] Dak li jidħol fis-seħħ fi żmien { $days } ijiem
    [many] Dak li jidħol fis-seħħ fi żmien { $days } jum
   *[other] Dak li jidħol fis-seħħ fi żmien { $days } jum
}
home-upcoming-none = { $days ->
    [one] Xejn mhu ppjanat li jidħol fis-seħħ fi żmien jum.
    [two] Xejn mhu ppjanat li jidħol fis-seħħ fi żmien jumejn.
    [few] Xejn mhu ppjanat li jidħol fis-seħħ fi żmien { $days } ijiem.
    [many] Xejn mhu ppjanat li jidħol fis-seħħ fi żmien { $days } jum.
   *[other] Xejn mhu ppjanat li jidħol fis-seħħ fi żmien { $days } jum.
}
home-upcoming-more = { $count ->
    [one] Hemm bidla oħra ppjanata f’dan il-perjodu.
    [two] Hemm żewġ bidliet oħra ppjanati f’dan il-perjodu.
    [few] Hemm { $count } bidliet oħra ppjanati f’dan il-perjodu.
    [many] Hemm { $count } bidla oħra ppjanata f’dan il-perjodu.
   *[other] Hemm { $count } bidla oħra ppjanata f’dan il-perjodu.
}
home-all-changes = Il-bidliet kollha, dawk li saru u dawk ippjanati
home-consultations-title = Konsultazzjonijiet miftuħa
home-consultation-until = Kummenti sad-data { $date }
home-consultations-none = Bħalissa ma hemm l-ebda konsultazzjoni miftuħa għall-kummenti.
home-recent-title = L-aħħar bidliet
home-enquiry-title = Mistoqsijiet?
home-enquiry-text = Il-punt ta’ informazzjoni nazzjonali jwieġeb il-mistoqsijiet tan-negozjanti dwar it-tariffi, il-proċeduri u l-miżati.
home-browse-title = Kontenut tas-sit
tariff-headings-index = Intestaturi f’dan il-kapitolu
tariff-columns-title = Xi jfissru l-kolonni
tariff-index-about = Dwar it-tariffa
procedure-fee-if = jekk applikabbli
procedure-fees-conditional = Jinġabru f’ċerti każijiet biss
