//! Issue 16: search in every embedded UI language. `tests/sites/languages`
//! has a coffee page and a tea page in each of the 48 languages;
//! `tests/search/languages.tsv` queries in each language, which must find
//! the coffee page first with `kb search` and with the browser runtime
//! (`kb-search.js` under Node), as you type and as submitted. The queries exercise each
//! language's analysis: stemming (`coffees`, `cafés`, `кофейных`), tones
//! and accents typed or not, ICU4X segmentation of Thai, Khmer, Lao and
//! Burmese (a word from inside a run), Persian, Pashto and Urdu
//! letters typed on an Arabic keyboard, Hungarian and Romanian
//! inflections the pages never use, whose stems are short, and in
//! languages kb does not stem, a word the pages use only with endings.

use std::process::Command;

use crate::harness::{assert_lacks, kb, SiteTest};

/// (language, query, expected first path after the language).
fn queries() -> Vec<(String, String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/search/languages.tsv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cells = l.split('\t').map(str::to_string);
            let mut next = || cells.next().unwrap();
            (next(), next(), next())
        })
        .collect()
}

fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn each_language_finds_its_page_in_the_browser_and_with_kb_search() {
    let site = SiteTest::new("languages");
    let built = site.build();
    built.assert_ok();
    // Every language has its embedded UI: no message falls back.
    assert_lacks(&built.stderr(), "missing");
    let queries = queries();
    let languages: std::collections::BTreeSet<_> = queries.iter().map(|q| &q.0).collect();
    assert_eq!(languages.len(), 48, "a query in each embedded UI language");
    let batch = built.out.with_file_name("languages.tsv");
    let lines: String = queries
        .iter()
        .map(|(l, q, _)| format!("{l}\t{q}\n"))
        .collect();
    std::fs::write(&batch, lines).unwrap();

    // As typed in the header box (the last word completes) and as
    // submitted from the search page (it does not).
    let mut wrong = Vec::new();
    for prefix in [true, false] {
        let mode = if prefix { "--prefix" } else { "--batch" };
        let mut cli = kb();
        cli.arg("--root").arg(site.root()).arg("search");
        if prefix {
            cli.arg("--prefix");
        }
        let cli = cli.arg("--batch").arg(&batch).output().unwrap();
        assert!(
            cli.status.success(),
            "{}",
            String::from_utf8_lossy(&cli.stderr)
        );
        let cli = json_lines(&cli.stdout);
        let mut node = Command::new("node");
        node.current_dir(env!("CARGO_MANIFEST_DIR"))
            .arg("tests/search/query.js")
            .arg(&built.out);
        if prefix {
            node.arg("--prefix");
        }
        let browser = node
            .arg(&batch)
            .output()
            .expect("node runs (Debian's nodejs)");
        assert!(
            browser.status.success(),
            "{}",
            String::from_utf8_lossy(&browser.stderr)
        );
        let browser = json_lines(&browser.stdout);
        assert_eq!(cli.len(), queries.len());
        assert_eq!(browser.len(), queries.len());
        for (((lang, query, first), cli), browser) in queries.iter().zip(&cli).zip(&browser) {
            let expected = format!("{lang}/{first}");
            let cli_first = cli["answer"]["hits"][0]["path"].as_str().unwrap_or("");
            let browser_first = browser["paths"][0].as_str().unwrap_or("");
            if cli_first != expected || browser_first != expected {
                wrong.push(format!(
                    "{lang} `{query}` ({mode}): kb search {cli_first:?}, browser {browser_first:?}, expected {expected}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn segmenter_models_for_thai_khmer_lao_and_burmese_are_in_the_binary() {
    // The word is in the middle of a run written without spaces: only a
    // dictionary segmenter separates it, and `kb search` has no other data
    // than what the binary carries.
    let site = SiteTest::new("languages");
    for (lang, word) in [
        ("th", "กระสอบ"),
        ("km", "បាវ"),
        ("lo", "ກະສອບ"),
        ("my", "အိတ်"),
    ] {
        let out = kb()
            .arg("--root")
            .arg(site.root())
            .args(["search", word, "--lang", lang, "--format", "json"])
            .output()
            .unwrap();
        let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            answer["hits"][0]["path"],
            format!("{lang}/coffee/"),
            "{lang} {word}: {answer}"
        );
    }
}

/// A site of `tests/sites/basic` (English, French, Arabic), with `lang`
/// added if it is not one of them, and for each `(page, title, body)` a
/// page in English and in `lang`.
fn site_with_pages(lang: &str, name: &str, pages: &[(&str, &str, &str)]) -> SiteTest {
    let site = SiteTest::new("basic");
    site.edit("kb.toml", |t| {
        if t.contains(&format!("[languages.{lang}]")) {
            return t;
        }
        t.replace(
            "[languages.fr]",
            &format!("[languages.{lang}]\nname = \"{name}\"\n[languages.fr]"),
        )
    });
    for (page, title, body) in pages {
        site.write(
            &format!("content/{page}.md"),
            &format!("+++\ntitle = \"{page}\"\n+++\n{page}\n"),
        );
        site.write(
            &format!("content/{page}.{lang}.md"),
            &format!("+++\ntitle = \"{title}\"\n+++\n{body}\n"),
        );
    }
    site
}

/// The paths `kb search` and the browser runtime find for each of
/// `queries` (`LANG<TAB>QUERY`), best first: (kb search's, the browser's).
fn both_answers(site: &SiteTest, queries: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let built = site.build();
    built.assert_ok();
    let batch = built.out.with_file_name("queries.tsv");
    std::fs::write(&batch, queries).unwrap();
    let cli = kb()
        .arg("--root")
        .arg(site.root())
        .args(["search", "--batch"])
        .arg(&batch)
        .output()
        .unwrap();
    let browser = Command::new("node")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("tests/search/query.js")
        .arg(&built.out)
        .arg(&batch)
        .output()
        .expect("node runs (Debian's nodejs)");
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap_or("").to_string())
            .collect()
    };
    let cli = json_lines(&cli.stdout);
    let browser = json_lines(&browser.stdout);
    assert_eq!(cli.len(), queries.lines().count());
    assert_eq!(browser.len(), queries.lines().count());
    cli.iter()
        .zip(&browser)
        .map(|(c, b)| {
            let paths: Vec<serde_json::Value> = c["answer"]["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h["path"].clone())
                .collect();
            (
                strings(&serde_json::Value::Array(paths)),
                strings(&b["paths"]),
            )
        })
        .collect()
}

/// Asserts that each of `queries` (`LANG<TAB>QUERY`) finds first, in
/// `kb search` and in the browser alike, a path that begins with its
/// entry of `firsts`.
fn assert_first_answers(site: &SiteTest, queries: &str, firsts: &[&str]) {
    let answers = both_answers(site, queries);
    assert_eq!(answers.len(), firsts.len());
    for ((cli, browser), first) in answers.into_iter().zip(firsts) {
        assert!(
            cli.first().is_some_and(|p| p.starts_with(first)),
            "{first}: {cli:?}"
        );
        assert_eq!(browser, cli);
    }
}

/// Vietnamese writes a space between the syllables of a word: a page with
/// the query's syllables side by side (`hoàn thuế`, refund of duties)
/// comes before a shorter one that has them apart (`hoàn toàn`, entirely,
/// and `thuế`, tax), in `kb search` and in the browser, typed with its
/// marks or without.
#[test]
fn vietnamese_syllables_side_by_side_come_first() {
    let site = site_with_pages(
        "vi",
        "Tiếng Việt",
        &[
            (
                "samples",
                "Hàng mẫu",
                "Hàng mẫu được miễn hoàn toàn, không phải nộp thuế.",
            ),
            (
                "exports",
                "Hàng xuất khẩu",
                "Người xuất khẩu được hoàn thuế khi hàng đã ra khỏi lãnh thổ.",
            ),
        ],
    );
    for (cli, browser) in both_answers(&site, "vi\thoàn thuế\nvi\thoan thue\n") {
        assert_eq!(cli[..2], ["vi/exports/", "vi/samples/"]);
        assert_eq!(browser, cli);
    }
}

/// An Arabic broken plural is found by its singular and the singular by
/// the plural (`سجائر`, cigarettes, `سيجارة`; `رسوم`, fees, `رسم`), with
/// or without the article, in `kb search` and in the browser.
#[test]
fn arabic_broken_plurals_and_their_singulars_find_each_other() {
    let site = site_with_pages(
        "ar",
        "العربية",
        &[
            (
                "travellers",
                "المسافرون",
                "يسمح بإدخال مائتي سجائر دون رسوم.",
            ),
            ("fee", "رسم التخزين", "يدفع رسم عن كل يوم."),
        ],
    );
    let queries = "ar\tسيجارة\nar\tالسيجارة\nar\tسجائر\nar\tرسوم التخزين\nar\tالرسوم\n";
    let expected = [
        "ar/travellers/",
        "ar/travellers/",
        "ar/travellers/",
        "ar/fee/",
        "ar/fee/",
    ];
    assert_first_answers(&site, queries, &expected);
}

/// Cigarettes are not cigars: Snowball's Arabic stemmer gives `سيجار`
/// for both `سيجارة` (cigarette) and `سيجار` (cigar), so each query
/// found both goods alike. Each now finds its own page only.
#[test]
fn arabic_cigarettes_and_cigars_are_two_goods() {
    let site = site_with_pages(
        "ar",
        "العربية",
        &[
            ("cigars", "السيجار", "سيجار من التبغ."),
            ("cigarettes", "السجائر", "سجائر تحتوي على التبغ."),
        ],
    );
    let queries = "ar\tسيجار\nar\tسيجارة\nar\tسجائر\nar\tالسيجارة\n";
    let expected = [
        "ar/cigars/",
        "ar/cigarettes/",
        "ar/cigarettes/",
        "ar/cigarettes/",
    ];
    for ((cli, browser), only) in both_answers(&site, queries).into_iter().zip(expected) {
        assert_eq!(cli, [only]);
        assert_eq!(browser, cli);
    }
}

/// An abbreviation of two letters typed with a plural `s` finds what the
/// abbreviation finds: `tvs` found nothing, as no stemmer takes the `s`
/// off a word without a vowel, where `tv` finds the televisions.
#[test]
fn an_abbreviation_with_a_plural_s_finds_the_abbreviation() {
    let site = site_with_pages(
        "fr",
        "Français",
        &[
            ("televisions", "Téléviseurs", "Les TV et écrans."),
            ("computers", "Ordinateurs", "Les PC portables."),
        ],
    );
    let queries = "fr\ttvs\nfr\tpcs portables\n";
    let expected = ["fr/televisions/", "fr/computers/"];
    for ((cli, browser), only) in both_answers(&site, queries).into_iter().zip(expected) {
        assert_eq!(cli, [only]);
        assert_eq!(browser, cli);
    }
}

/// A good's name with the word a trader adds to ask for its rate finds
/// the codes, whose pages show their rates (`search-rate-words`). No
/// code had the word, so `duty on tea` found the duty refund procedure
/// (the fallback to fewer words kept `duty`), and `tea duty` a page
/// that names both.
#[test]
fn a_goods_name_with_duty_finds_its_codes_not_the_pages_about_duty() {
    let site = SiteTest::new("tariff");
    site.write(
        "content/refund.md",
        "+++\ntitle = \"Refund of duty\"\n+++\nClaim back the duty you paid.\n",
    );
    site.write(
        "content/guide.md",
        "+++\ntitle = \"Drinks\"\n+++\nTea and coffee pay a duty; see the tariff.\n",
    );
    site.write(
        "content/refund.fr.md",
        "+++\ntitle = \"Remboursement des droits de douane\"\n+++\nDemandez le remboursement des droits.\n",
    );
    let queries = "en\twhat is the duty on tea\nen\ttea duty\nfr\tdroits de douane sur le café\n";
    let expected = ["en/tariff/0902/", "en/tariff/0902/", "fr/tariff/0901"];
    assert_first_answers(&site, queries, &expected);
}

/// A code and a word (`0901 coffee`, which is no code query) find the
/// code first: its digits are a term of its document, and the codes above
/// it are in its lines' bodies. The page that cites the code and names
/// the good came first, and the heading not at all.
#[test]
fn a_code_and_a_word_find_the_code_first() {
    let site = SiteTest::new("tariff");
    site.write(
        "content/ruling.md",
        "+++\ntitle = \"Roasted coffee beans\"\n+++\nClassified in 0901.21, not 0901.11: coffee roasted in the bean.\n",
    );
    let queries = "en\t0901 coffee\nen\tcoffee 0901\nen\t090121 coffee\n";
    let expected = ["en/tariff/0901/", "en/tariff/0901/", "en/tariff/090121/"];
    assert_first_answers(&site, queries, &expected);
}

/// The pieces of an e-mail or web address are no words: `orgin`, a typo
/// of `origin`, began like the `org` of the contact page's address, so
/// `certficate of orgin` found only that page, which also names a
/// certificate.
#[test]
fn the_pieces_of_an_address_are_not_searched() {
    let site = SiteTest::new("basic");
    site.write(
        "content/origin.md",
        "+++\ntitle = \"Certificate of origin\"\n+++\nApply for a certificate of origin.\n",
    );
    site.write(
        "content/write.md",
        "+++\ntitle = \"Write to us\"\n+++\nQuestions on a certificate: trade@customs.example.org or https://www.example.org/help.\n",
    );
    let queries = "en\tcertficate of orgin\nen\tcertificate orgin\n";
    assert_first_answers(&site, queries, &["en/origin/", "en/origin/"]);
}

/// A word at the edge of a table cell or a list item is a word: the
/// cells of a row were indexed as one word across (`Fine` and `Late` of
/// two cells: `FineLate`), so neither was found.
#[test]
fn words_at_the_edge_of_table_cells_and_list_items_are_found() {
    let site = SiteTest::new("basic");
    site.write(
        "content/penalties.md",
        "+++\ntitle = \"Penalties\"\n+++\n| Offence | Fine |\n|---|---|\n| Lateness | 500 |\n\n- warnings\n- seizure\n",
    );
    let queries = "en\tfine\nen\tlateness\nen\twarnings\nen\tseizure\n";
    assert_first_answers(&site, queries, &["en/penalties/"; 4]);
}

/// Where no page has every word of a Vietnamese query, the fallback to
/// fewer words drops a word, not a syllable of one: `nhập khẩu ô tô`
/// (import car) is `nhập khẩu` and `ô tô`, and the page on cars is found,
/// not one with `nhập khẩu` and an `ô` of another word (`ô nhiễm`,
/// pollution).
#[test]
fn vietnamese_fallback_keeps_the_syllables_of_a_word_together() {
    let site = site_with_pages(
        "vi",
        "Tiếng Việt",
        &[
            (
                "pollution",
                "Hàng gây ô nhiễm",
                "Nhập khẩu hàng gây ô nhiễm bị hạn chế.",
            ),
            ("cars", "Ô tô", "Xe ô tô chở người."),
        ],
    );
    for (cli, browser) in both_answers(&site, "vi\tnhập khẩu ô tô\nvi\tnhap khau o to\n") {
        assert_eq!(cli, ["vi/cars/"]);
        assert_eq!(browser, cli);
    }
}

/// A query that is a page's name finds that page before one that holds
/// its words apart, however often: `thủ tục hải quan` (customs
/// procedures) is the page of that name, before the broker's page, whose
/// title has the same words after `đại lý làm` and whose text has some.
#[test]
fn a_query_that_is_a_pages_name_finds_that_page_first() {
    let site = site_with_pages(
        "vi",
        "Tiếng Việt",
        &[
            (
                "procedures",
                "Thủ tục hải quan",
                "Các bước cho doanh nghiệp.",
            ),
            (
                "brokers",
                "Đại lý làm thủ tục hải quan",
                "Đại lý hải quan thay chủ hàng.",
            ),
        ],
    );
    for (cli, browser) in both_answers(&site, "vi\tthủ tục hải quan\nvi\tthu tuc hai quan\n")
    {
        assert_eq!(cli[..2], ["vi/procedures/", "vi/brokers/"]);
        assert_eq!(browser, cli);
    }
}

/// Turkish `İ` is `i`: `İthalat Rejimi` (import regime) in a title is
/// found by `ithalat rejimi` typed in lower case and by `İTHALAT` typed
/// with caps lock, in `kb search` and in the browser. Unicode's lower case
/// of `İ` is `i` and a combining dot, which matched neither.
#[test]
fn turkish_dotted_capital_i_is_found_in_either_case() {
    let site = site_with_pages(
        "tr",
        "Türkçe",
        &[
            (
                "regime",
                "İthalat Rejimi Kararı",
                "Karar, ek gümrük vergisini belirler.",
            ),
            ("permit", "Lisans", "ithalat izni için başvurun."),
        ],
    );
    let queries = "tr\tithalat rejimi\ntr\tİTHALAT REJİMİ\ntr\tİthalat izni\n";
    assert_first_answers(&site, queries, &["tr/regime/", "tr/regime/", "tr/permit/"]);
}

/// The words kb's own pages use for a chapter (Russian `Группа 09`,
/// Kazakh `09-топ`, Thai `ตอนที่ 09`) and the national names of the
/// nomenclature (Türkiye's `GTİP`, Kazakh `ТН СЭҚ`) before a code make a
/// code query: `группа 09` found nothing, `GTİP 0901.11` its siblings
/// first, and `ТН СЭҚ 0901` the tariff's index.
#[test]
fn national_names_of_chapters_and_codes_make_code_queries() {
    let site = SiteTest::new("tariff");
    // A page with the words, which the old reading fell back to.
    site.write(
        "content/about.md",
        "+++\ntitle = \"Группа ТН СЭҚ коды\"\n+++\nGTİP топ группа ตอนที่ ТН СЭҚ.\n",
    );
    let queries = "en\tгруппа 09\nen\t09-топ\nen\tตอนที่ 09\nen\tGTİP 0901.11\nen\tТН СЭҚ 0901.11\nen\tСЭҚ ТН коды 0901\n";
    let expected = [
        "en/tariff/09/",
        "en/tariff/09/",
        "en/tariff/09/",
        "en/tariff/090111/",
        "en/tariff/090111/",
        "en/tariff/0901/",
    ];
    assert_first_answers(&site, queries, &expected);
}

/// The site's own name of a duty column asks for a code's rate as
/// `duty` does: Iran's `حقوق ورودی` (import duties) before `شکر` (sugar)
/// found a notice about import duties and no sugar. Here, `levy tea`
/// with the column named `Levy` finds the tea, not the page on levies.
#[test]
fn a_duty_column_s_own_name_with_a_good_finds_the_good_s_codes() {
    let site = SiteTest::new("tariff");
    site.write("locales/en/site.ftl", "tariff-col-mfn = Levy\n");
    site.write(
        "content/levies.md",
        "+++\ntitle = \"Levies\"\n+++\nA levy is charged on imports.\n",
    );
    assert_first_answers(&site, "en\tlevy tea\n", &["en/tariff/0902/"]);
}
