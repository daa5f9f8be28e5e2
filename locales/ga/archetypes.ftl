# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Abairt amháin le haghaidh torthaí cuardaigh agus réamhamharc ar naisc.
archetype-agency-body = Cad a dhéanann an ghníomhaireacht ag an teorainn agus cathain a bhíonn plé ag trádálaithe léi.
archetype-agency-address = Sráid, Cathair
archetype-agency-hours = Dé Luain go Dé hAoine, 08:00–17:00
archetype-exchange-rate-body = Na hearraí agus na dearbhuithe a mbaineann an ráta leo, agus cá as a dtagann sé.
archetype-fee-reason = An tseirbhís a íoctar leis an táille seo (Airteagal 6.1.2 den Chomhaontú maidir le hÉascú Trádála).
archetype-fee-payment = Conas agus cathain is gá íoc.
archetype-fee-body = Cé a íocann, díolúintí agus samplaí.
archetype-form-body = Cé a líonann an fhoirm, cathain, agus cá háit a gcuirtear isteach í.
archetype-legal-body = Cad a rialaíonn an téacs, cé air a bhfuil feidhm aige, agus a phríomhfhorálacha.
archetype-measure-body = Na hearraí a chumhdaíonn an beart, cad is gá do thrádálaí a dhéanamh, agus cá háit a ndéantar iarratas.
archetype-notice-body = Cad atá ag athrú, cé lena mbaineann sé, agus ó cén dáta.
archetype-origin-proof = An cruthúnas tionscnaimh a éilíonn an comhaontú (Form D, dearbhú tionscnaimh).
archetype-origin-body = Cá bhfoilsítear rialacha an chomhaontaithe, agus an riail ghinearálta do chóid nach bhfuil liostaithe.
archetype-page-body = Scríobh an leathanach anseo, i Markdown.
archetype-procedure-summary = Cad a dhéanann an trádálaí agus cad a fhaigheann sé, in abairt amháin.
archetype-procedure-step = An chéad chéim: cad a dhéanann an trádálaí nó an t-oifigeach
archetype-procedure-document = Sonrasc tráchtála
archetype-procedure-body = Cé air a bhfuil feidhm ag an nós imeachta seo, cad is gá a ullmhú, botúin agus ceisteanna coitianta. Féach docs/content-kinds.md#procedures le haghaidh gach eochrach.
archetype-quota-body = Cé a fhéadfaidh allmhairiú faoin gcuóta, agus conas iarratas a dhéanamh.
archetype-ruling-goods = Na hearraí, mar a thuairiscítear sa chinneadh iad.
archetype-ruling-body = An réasúnaíocht: na rialacha agus na nótaí ar a bhfuil an cinneadh bunaithe.
archetype-tool-body = Cad é an ionstraim seo agus conas a chuireann an riarachán seo i bhfeidhm í.
archetype-translation-body = Aistrigh téacs { $original } anseo: an teideal, an tuairisc, na réimsí téacs agus an príomhthéacs. Tagann na sonraí (cóid, méideanna, dátaí, tagairtí) ón mbunleagan; fág ar lár iad.
