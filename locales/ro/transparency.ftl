# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Procedurile de import, export și tranzit, inclusiv procedurile de contestare sau de revizuire, pas cu pas
tfa-1-2-1-b = Formulare și documente solicitate
tfa-1-2-1-c = Datele de contact ale punctelor de informare
tfa-2-1 = Observații privind legile și reglementările noi sau modificate, înainte de intrarea lor în vigoare
tfa-2-2 = Consultări periodice între autoritățile de frontieră și comercianți
tfa-6-1 = Taxe și tarife: motivul perceperii, autoritatea care le percepe și modalitatea de plată, publicate înainte de aplicare
notice-status-comment-closed = Perioada de consultare s-a încheiat
notice-status-withdrawn = Retras
change-consultation-open = Consultare deschisă pentru observații până la { $date }: { $title }
change-consultation-closed = Consultare închisă la { $date }: { $title }
changes-follow-feed = Urmăriți aceste modificări în fluxul „{ $feed }”:
