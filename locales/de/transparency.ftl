# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.
# Review: machine-drafted, not yet reviewed by a native speaker.

tfa-1-2-1-a = Einfuhr-, Ausfuhr- und Durchfuhrverfahren einschließlich Rechtsbehelfs- oder Überprüfungsverfahren, Schritt für Schritt
tfa-1-2-1-b = Erforderliche Formulare und Dokumente
tfa-1-2-1-c = Kontaktangaben der Auskunftsstellen
tfa-2-1 = Gelegenheit zur Stellungnahme zu neuen oder geänderten Gesetzen und Vorschriften vor ihrem Inkrafttreten
tfa-2-2 = Regelmäßige Konsultationen zwischen Grenzbehörden und Händlern
tfa-6-1 = Gebühren und Belastungen: Grund, erhebende Behörde und Zahlungsweise, vor ihrer Anwendung veröffentlicht
notice-status-comment-closed = Frist für Stellungnahmen abgelaufen
notice-status-withdrawn = Zurückgezogen
change-consultation-open = Konsultation bis zum { $date } zur Stellungnahme offen: { $title }
change-consultation-closed = Konsultation am { $date } abgeschlossen: { $title }
changes-follow-feed = Verfolgen Sie diese Änderungen im Feed „{ $feed }“:
