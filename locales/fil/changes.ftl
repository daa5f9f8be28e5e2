# UI strings of the default theme, Filipino: change feeds and the changes page.
# Translated from the reference locale, locales/en/changes.ftl; a missing id falls back to English.
# Review: machine-drafted, not yet reviewed by a native speaker.

footer-changes = Ano ang nagbago, at ano ang magbabago
changes-title = Mga pagbabago
changes-intro = Ano ang nagbago sa site na ito at ano ang magbabago: mga linya at rate ng taripa, mga bayarin, pamamaraan, hakbangin, kasangkapan at paunawa. Mag-subscribe sa isang feed upang malaman ang mga pagbabago sa sandaling mailathala ang mga ito.
changes-upcoming = Magkakabisa
changes-recent = Mga kamakailang pagbabago
changes-none = Wala pang naitatalang pagbabago.
changes-from-notices = Ipinapakita ng listahang ito ang mga paunawa at ang mga petsa kung kailan huling binago ang mga pahina; hindi nito inililista ang bawat pagbabago ng rate o ng linya ng taripa.
changes-feeds = Mag-subscribe
changes-feed-atom = Atom feed
changes-feed-json = JSON Feed
changes-feed-chapter = Kabanata { $number }: { $title }
changes-kind-tariff = Taripa
changes-kind-procedures = Mga pamamaraan
changes-kind-fees = Mga bayarin at singil
changes-kind-measures = Mga hakbangin
changes-kind-tools = Mga kasangkapan ng WCO
changes-kind-notices = Mga paunawa
changes-kind-pages = Iba pang pahina
changes-filter-kind = Ipakita
changes-filter-chapter = Kabanata ng taripa
changes-all-chapters = Lahat ng kabanata
changes-effective = Umiiral mula { $date }
changes-last-day = Huling araw na umiiral: { $date }
changes-history = Kasaysayan ng mga pagbabago
changes-history-none = Walang naitalang pagbabago para sa pahinang ito.
changes-recorded = Naitala noong { $date }
change-none = wala
change-line-added = { $when ->
    [dated] Bagong linya ng taripa { $code } simula { $date }: { $description }
   *[other] Bagong linya ng taripa { $code }: { $description }
}
change-lines-added = { $count } linya ng taripa ang idinagdag sa Kabanata { $chapter }
change-column-added = Idinagdag ang hanay na { $column } sa Kabanata { $chapter }
change-column-removed = Inalis ang hanay na { $column } mula sa Kabanata { $chapter }
change-line-removed = Inalis ang linya ng taripa { $code } ({ $description })
change-rate = { $when ->
    [dated] Ang rate na { $column } ng { $code } ay magbabago mula { $old } tungo sa { $new } sa { $date }
   *[other] Ang rate na { $column } ng { $code } ay binago mula { $old } tungo sa { $new }
}
change-column = Ang { $column } ng { $code } ay binago mula { $old } tungo sa { $new }
change-description = Binago ang paglalarawan ng { $code }: { $description }
change-fee-amount = { $when ->
    [dated] { $title }: magbabago ang halaga mula { $old } tungo sa { $new } sa { $date }
   *[other] { $title }: binago ang halaga mula { $old } tungo sa { $new }
}
change-fee-currency = { $title }: binago ang salapi mula { $old } tungo sa { $new }
change-fee-effective = { $title }: magkakabisa sa { $date }
change-steps = { $title }: binago ang mga hakbang, ngayon ay { $new ->
    [1] isang hakbang
    [one] { $new } hakbang
   *[other] { $new } hakbang
} (dati: { $old })
change-documents = { $title }: binago ang mga kinakailangang dokumento
change-agencies = { $title }: binago ang mga kasangkot na ahensiya
change-fees = { $title }: binago ang mga sinisingil na bayarin
change-hs = { $title }: binago ang mga kalakal na saklaw
change-items-added = Idinagdag: { $items }.
change-items-removed = Inalis: { $items }.
change-tool-status = { $title }: binago ang katayuan mula “{ $old }” tungo sa “{ $new }”
change-page-added = Bago: { $title }
change-page-removed = Binawi: { $title }
change-text = Binago: { $title }
change-notice = Paunawa: { $title }
change-updated = Na-update: { $title }
change-effective = Magkakabisa sa { $date }.

## Mga halagang may petsa: una at huling araw ng linya, nakatakdang rate o halaga. Ang $date ay ang araw na tinutukoy; ang $was ang araw na itinakda dati.
change-line-starts = { $moved ->
    [yes] Ang linya ng taripa { $code } ay magkakabisa na sa { $date }, hindi sa { $was } ({ $description })
   *[other] Ang linya ng taripa { $code } ay magkakabisa sa { $date } ({ $description })
}
change-line-start-withdrawn = Ang linya ng taripa { $code } ay umiiral na ngayon, hindi na simula { $date } ({ $description })
change-line-ends = { $moved ->
    [yes] Ang linya ng taripa { $code } ay iiral na hanggang { $date }, hindi { $was } ({ $description })
   *[other] Ang linya ng taripa { $code } ay iiral hanggang { $date } ({ $description })
}
change-line-end-withdrawn = Ang linya ng taripa { $code } ay hindi na magtatapos sa { $date } ({ $description })
change-rate-revised = Rate na { $column } ng { $code }: ang pagbabago sa { $date } ay tungo na sa { $new }, hindi { $old }
change-rate-moved = Rate na { $column } ng { $code }: ang pagbabago tungo sa { $new } ay magkakabisa na sa { $date }, hindi sa { $was }
change-rate-withdrawn = Binawi ang pagbabago ng rate na { $column } ng { $code } tungo sa { $new } sa { $date }
change-fee-amount-revised = { $title }: ang halaga simula { $date } ay { $new } na, hindi { $old }
change-fee-amount-moved = { $title }: ang halagang { $new } ay iiral na simula { $date }, hindi { $was }
change-fee-amount-withdrawn = { $title }: binawi ang pagbabago ng halaga tungo sa { $new } sa { $date }
change-fee-ends = { $moved ->
    [yes] { $title }: huling sisingilin na sa { $date }, hindi sa { $was }
   *[other] { $title }: huling sisingilin sa { $date }
}
change-fee-end-withdrawn = { $title }: hindi na magtatapos sa { $date }
