# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Satu ayat untuk hasil carian dan pratonton pautan.
archetype-agency-body = Peranan agensi di sempadan dan bila pedagang berurusan dengannya.
archetype-agency-address = Jalan, Bandar
archetype-agency-hours = Isnin hingga Jumaat, 8.00 pagi – 5.00 petang
archetype-exchange-rate-body = Barangan dan pengisytiharan yang tertakluk kepada kadar ini, serta sumber kadar tersebut.
archetype-fee-reason = Perkhidmatan yang dibayar melalui fi ini (Perkara 6.1.2 TFA).
archetype-fee-payment = Cara dan bila membayar.
archetype-fee-body = Siapa yang membayar, pengecualian dan contoh.
archetype-form-body = Siapa yang mengisinya, bila dan di mana mengemukakannya.
archetype-legal-body = Perkara yang dikawal selia oleh teks ini, pihak yang tertakluk dan peruntukan utamanya.
archetype-measure-body = Barangan yang diliputi, perkara yang mesti dilakukan oleh pedagang dan tempat memohon.
archetype-notice-body = Apa yang berubah, bagi siapa dan mulai bila.
archetype-origin-proof = Bukti tempat asal yang dikehendaki oleh perjanjian (Form D, pengisytiharan tempat asal).
archetype-origin-body = Tempat peraturan perjanjian diterbitkan, dan peraturan am bagi kod yang tidak disenaraikan.
archetype-page-body = Tulis kandungan halaman di sini, dalam Markdown.
archetype-procedure-summary = Apa yang dilakukan dan diperoleh pedagang, dalam satu ayat.
archetype-procedure-step = Langkah pertama: apa yang dilakukan oleh pedagang atau pegawai
archetype-procedure-document = Invois komersial
archetype-procedure-body = Pihak yang tertakluk kepada prosedur ini, perkara yang perlu disediakan, serta kesilapan dan soalan lazim. Lihat docs/content-kinds.md#procedures untuk semua kunci.
archetype-quota-body = Siapa yang boleh mengimport di bawah kuota, dan cara memohon.
archetype-ruling-goods = Barangan, sebagaimana diperihalkan dalam keputusan.
archetype-ruling-body = Alasan: peraturan dan nota yang menentukan keputusan.
archetype-tool-body = Apakah instrumen ini dan bagaimana pentadbiran ini menggunakannya.
archetype-translation-body = Terjemahkan teks { $original } di sini: tajuk, keterangan, medan teks dan kandungan. Data (kod, amaun, tarikh, rujukan) diambil daripada teks asal; jangan masukkan.
