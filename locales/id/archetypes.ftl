# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Satu kalimat untuk hasil pencarian dan pratinjau tautan.
archetype-agency-body = Tugas instansi di perbatasan dan kapan pelaku usaha berurusan dengannya.
archetype-agency-address = Jalan, Kota
archetype-agency-hours = Senin–Jumat, 08.00–17.00
archetype-exchange-rate-body = Barang dan pemberitahuan pabean yang dikenai kurs ini, serta sumber kurs tersebut.
archetype-fee-reason = Layanan yang dibayar dengan biaya ini (Pasal 6.1.2 TFA).
archetype-fee-payment = Cara dan waktu pembayaran.
archetype-fee-body = Siapa yang membayar, pengecualian, dan contoh.
archetype-form-body = Siapa yang mengisinya, kapan, dan di mana menyampaikannya.
archetype-legal-body = Hal yang diatur, pihak yang dikenai, dan ketentuan pokoknya.
archetype-measure-body = Barang yang dicakup, kewajiban pelaku usaha, dan tempat mengajukan permohonan.
archetype-notice-body = Apa yang berubah, bagi siapa, dan mulai kapan.
archetype-origin-proof = Bukti asal barang yang disyaratkan perjanjian (SKA Form D, deklarasi asal barang).
archetype-origin-body = Tempat ketentuan perjanjian dipublikasikan, dan ketentuan umum untuk kode yang tidak tercantum.
archetype-page-body = Tulis isi halaman di sini, dalam format Markdown.
archetype-procedure-summary = Apa yang dilakukan dan diperoleh pelaku usaha, dalam satu kalimat.
archetype-procedure-step = Langkah pertama: apa yang dilakukan pelaku usaha atau petugas
archetype-procedure-document = Invoice
archetype-procedure-body = Pihak yang dikenai prosedur ini, apa yang perlu disiapkan, serta kesalahan dan pertanyaan yang sering muncul. Lihat docs/content-kinds.md#procedures untuk semua kunci.
archetype-quota-body = Siapa yang boleh mengimpor dalam kuota, dan cara mengajukan permohonan.
archetype-ruling-goods = Barang, sebagaimana diuraikan dalam keputusan.
archetype-ruling-body = Pertimbangan: ketentuan dan catatan yang menjadi dasar keputusan.
archetype-tool-body = Apa instrumen ini dan bagaimana instansi pabean ini menerapkannya.
archetype-translation-body = Terjemahkan teks { $original } di sini: judul, deskripsi, kolom teks, dan isi. Data (kode, jumlah, tanggal, referensi) diambil dari teks asli; jangan dicantumkan.
