# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Sentenza waħda li tidher fir-riżultati tat-tfittxija u meta l-link jinqasam.
archetype-agency-body = X’tagħmel l-aġenzija fil-fruntiera u meta n-negozjanti jkollhom x’jaqsmu magħha.
archetype-agency-address = Triq, Belt
archetype-agency-hours = Mit-Tnejn sal-Ġimgħa, 08:00–17:00
archetype-exchange-rate-body = Għal liema oġġetti u dikjarazzjonijiet tapplika r-rata, u minn fejn ġejja.
archetype-fee-reason = Is-servizz li għalih tinġabar din il-miżata (Artikolu 6.1.2 tat-TFA).
archetype-fee-payment = Kif u meta titħallas.
archetype-fee-body = Min iħallas, eżenzjonijiet u eżempji.
archetype-form-body = Min jimlieha, meta, u fejn għandha tiġi ppreżentata.
archetype-legal-body = X’jirregola t-test, għal min japplika, u d-dispożizzjonijiet ewlenin tiegħu.
archetype-measure-body = Liema oġġetti tkopri, x’għandu jagħmel in-negozjant, u fejn għandu japplika.
archetype-notice-body = X’qed jinbidel, għal min, u minn meta.
archetype-origin-proof = Il-prova tal-oriġini li jitlob il-ftehim (Form D, dikjarazzjoni tal-oriġini).
archetype-origin-body = Fejn huma ppubblikati r-regoli tal-oriġini tal-ftehim, u r-regola ġenerali għall-kodiċijiet li mhumiex elenkati.
archetype-page-body = Ikteb il-paġna hawn, f’Markdown.
archetype-procedure-summary = X’jagħmel in-negozjant u x’jikseb, f’sentenza waħda.
archetype-procedure-step = L-ewwel pass: x’jagħmel in-negozjant jew l-uffiċjal tad-dwana
archetype-procedure-document = Fattura kummerċjali
archetype-procedure-body = Għal min tapplika din il-proċedura, x’għandu jitħejja, żbalji u mistoqsijiet komuni. Ara docs/content-kinds.md#procedures għaċ-ċwievet kollha.
archetype-quota-body = Min jista’ jimporta taħt il-kwota, u kif japplika.
archetype-ruling-goods = L-oġġetti, kif deskritti fid-deċiżjoni.
archetype-ruling-body = Ir-raġunament: ir-regoli u n-noti li fuqhom hija bbażata d-deċiżjoni.
archetype-tool-body = X’inhu l-istrument u kif tapplikah din l-amministrazzjoni.
archetype-translation-body = Ittraduċi hawn it-test ta’ { $original }: it-titolu, id-deskrizzjoni, il-kampi tat-test u t-test ewlieni. Id-data (kodiċijiet, ammonti, dati, referenzi) tittieħed mill-oriġinal; ħalliha barra.
