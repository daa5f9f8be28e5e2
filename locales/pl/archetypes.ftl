# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Jedno zdanie do wyników wyszukiwania i podglądu linków.
archetype-agency-body = Czym zajmuje się organ na granicy i kiedy przedsiębiorcy mają z nim do czynienia.
archetype-agency-address = Ulica, miejscowość
archetype-agency-hours = Poniedziałek–piątek, 8.00–17.00
archetype-exchange-rate-body = Do jakich towarów i zgłoszeń stosuje się kurs i skąd on pochodzi.
archetype-fee-reason = Usługa, za którą pobierana jest ta opłata (art. 6.1.2 TFA).
archetype-fee-payment = Jak i kiedy zapłacić.
archetype-fee-body = Kto płaci, zwolnienia i przykłady.
archetype-form-body = Kto go wypełnia, kiedy i gdzie go złożyć.
archetype-legal-body = Co reguluje akt, kogo dotyczy i jakie są jego główne przepisy.
archetype-measure-body = Jakich towarów dotyczy, co musi zrobić przedsiębiorca i gdzie złożyć wniosek.
archetype-notice-body = Co się zmienia, kogo to dotyczy i od kiedy.
archetype-origin-proof = Dowód pochodzenia wymagany przez umowę (Form D, deklaracja pochodzenia).
archetype-origin-body = Gdzie opublikowano reguły pochodzenia z umowy i jaka jest reguła ogólna dla kodów niewymienionych.
archetype-page-body = Napisz tu treść strony w formacie Markdown.
archetype-procedure-summary = Co przedsiębiorca robi i co otrzymuje, w jednym zdaniu.
archetype-procedure-step = Pierwszy krok: co robi przedsiębiorca lub funkcjonariusz celny
archetype-procedure-document = Faktura handlowa
archetype-procedure-body = Kogo dotyczy ta procedura, co przygotować, częste błędy i pytania. Wszystkie klucze opisano w docs/content-kinds.md#procedures.
archetype-quota-body = Kto może przywozić towary w ramach kontyngentu i jak złożyć wniosek.
archetype-ruling-goods = Towary, tak jak opisano je w wiążącej informacji.
archetype-ruling-body = Uzasadnienie: przepisy i uwagi, które przesądzają o rozstrzygnięciu.
archetype-tool-body = Czym jest ten instrument i jak stosuje go ta administracja.
archetype-translation-body = Przetłumacz tu tekst pliku { $original }: tytuł, opis, pola tekstowe i treść. Dane (kody, kwoty, daty, odwołania) pochodzą z oryginału; pomiń je.
