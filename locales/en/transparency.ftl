# Transparency (issue 17): TFA index items beyond Art. 1.1, consultations
# (TFA Art. 2) and the line that names the feed a page's history is in.

tfa-1-2-1-a = Procedures for importation, exportation and transit, including appeal or review, step by step
tfa-1-2-1-b = Forms and documents required
tfa-1-2-1-c = Contact information of the enquiry points
tfa-2-1 = Comments invited on new or amended laws and regulations before they enter into force
tfa-2-2 = Regular consultations between border agencies and traders
tfa-6-1 = Fees and charges: their reason, the authority that charges them and how to pay, published before they apply
notice-status-comment-closed = Comment period closed
notice-status-withdrawn = Withdrawn
change-consultation-open = Consultation open for comment until { $date }: { $title }
change-consultation-closed = Consultation closed on { $date }: { $title }
changes-follow-feed = Follow these changes in the feed “{ $feed }”:
