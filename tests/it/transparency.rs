//! Issue 17: the transparency contract. Feeds speak the reader's language;
//! a consultation is open for comment until its deadline and never law
//! (TFA Art. 2); the TFA index is checked and its gaps reported; fees show
//! on the code pages of the goods they are charged on; every chapter has a
//! visible feed and history; translations older in git than their original
//! are stale; offline copies link files relatively; `kb import` reads what
//! spreadsheets write; and smaller things (finding 9).

use std::path::Path;

use serde_json::Value;

use crate::entities::customs_site;
use crate::feeds::git;
use crate::harness::{assert_contains, assert_lacks, kb, SiteTest};

fn commit(site: &SiteTest, message: &str, date: &str) {
    git(site.root(), &["add", "-A"], date);
    git(site.root(), &["commit", "-q", "-m", message], date);
}

fn edit(site: &SiteTest, path: &str, from: &str, to: &str) {
    let full = site.root().join(path);
    let text = std::fs::read_to_string(&full).unwrap();
    assert!(text.contains(from), "{path} lacks {from}");
    std::fs::write(full, text.replacen(from, to, 1)).unwrap();
}

fn read(root: &Path, path: &str) -> String {
    std::fs::read_to_string(root.join("public").join(path)).unwrap()
}

/// The customs fixture with a French scanning fee and two commits: the
/// 20-foot amount scheduled to rise, and a document added to import (with
/// its French name).
fn site_with_translated_changes() -> SiteTest {
    let site = customs_site();
    site.write(
        "content/fees/scanning.fr.md",
        "+++\ntitle = \"Scannage des conteneurs\"\n\n[[rates]]\nlabel = \"Conteneur de 20 pieds\"\n\n[[rates]]\nlabel = \"Conteneur de 40 pieds\"\n+++\n",
    );
    site.write(
        "content/fees/scanning.ar.md",
        "+++\ntitle = \"فحص الحاويات بالأشعة\"\n\n[[rates]]\nlabel = \"حاوية 20 قدمًا\"\n\n[[rates]]\nlabel = \"حاوية 40 قدمًا\"\n+++\n",
    );
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    edit(
        &site,
        "content/fees/scanning.md",
        "amount = \"500000\"",
        "amount = \"500000; 550000 from 2027-03-01\"",
    );
    edit(
        &site,
        "content/procedures/import.md",
        "documents = [\"Commercial invoice\", \"Bill of lading\"]",
        "documents = [\"Commercial invoice\", \"Bill of lading\", \"Packing list\"]",
    );
    edit(
        &site,
        "content/procedures/import.fr.md",
        "documents = [\"Facture commerciale\", \"Connaissement\"]",
        "documents = [\"Facture commerciale\", \"Connaissement\", \"Liste de colisage\"]",
    );
    commit(
        &site,
        "Scanning fee and packing list",
        "2026-11-20T09:00:00Z",
    );
    site
}

#[test]
fn feed_entries_use_the_translations_words_and_no_isolation_marks() {
    let site = site_with_translated_changes();
    let built = site.build();
    built.assert_ok();
    let fees = read(site.root(), "fr/feeds/fees.json");
    assert_contains(&fees, "Scannage des conteneurs (Conteneur de 20 pieds)");
    assert_lacks(&fees, "20-foot container");
    let procedures = read(site.root(), "fr/feeds/procedures.json");
    assert_contains(&procedures, "Liste de colisage");
    assert_lacks(&procedures, "Packing list");
    // Arabic feeds: the Arabic label, and no U+2068/U+2069 around it.
    for feed in [
        "ar/feeds/fees.json",
        "ar/feeds/fees.xml",
        "ar/feeds/all.json",
    ] {
        let text = read(site.root(), feed);
        assert_contains(&text, "حاوية 20 قدمًا");
        assert_lacks(&text, "\u{2068}");
        assert_lacks(&text, "\u{2069}");
    }
}

/// Whether `text` holds `phrase` as words (not inside a longer word).
fn holds_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn demo_feed_entries_in_french_and_arabic_hold_no_english_the_pages_translate() {
    use kb::entities::EntityData;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = kb::model::BuildOptions {
        date: Some("2026-12-02".parse().unwrap()),
        ..Default::default()
    };
    let (loaded, _) = kb::build::load_site(root, &options).expect("the demo builds");
    let site = &loaded.site;
    for code in ["fr", "ar"] {
        let lang = site.config.lang(code).expect("the demo has the language");
        let index = lang.index();
        let formats = site.locales.formats(code);
        for entry in &site.changes.entries {
            let Some(entity) = site.entities.by_key.get(&entry.page_key) else {
                continue;
            };
            let page = site.page(&entry.page_key).unwrap();
            if page.versions[index].content_lang != code {
                continue; // not translated: the page itself is in English
            }
            // The English texts this page translates, with their translation.
            let mut pairs: Vec<(String, String)> = vec![(
                page.versions[0].title.clone(),
                page.versions[index].title.clone(),
            )];
            match (entity.original(), entity.data(lang)) {
                (EntityData::Fee(en), EntityData::Fee(tr)) => {
                    for (a, b) in en.rates.iter().zip(&tr.rates) {
                        pairs.push((a.label.clone(), b.label.clone()));
                    }
                }
                (EntityData::Procedure(en), EntityData::Procedure(tr)) => {
                    for (a, b) in en.steps.iter().zip(&tr.steps) {
                        pairs.push((a.title.clone(), b.title.clone()));
                        for (x, y) in a.documents.iter().zip(&b.documents) {
                            pairs.push((x.clone(), y.clone()));
                        }
                    }
                }
                _ => {}
            }
            let text = kb::changes::describe(site, entry, lang, &formats);
            for (english, translated) in pairs {
                if english == translated || translated.contains(&english) {
                    continue;
                }
                assert!(
                    !holds_words(&text.summary, &english),
                    "{code} entry of {} says `{english}` where the page says `{translated}`: {}",
                    entry.page_key,
                    text.summary
                );
            }
        }
    }
}

#[test]
fn a_consultation_is_open_for_comment_until_its_deadline_then_closed() {
    let site = customs_site();
    edit(
        &site,
        "content/notices/fee-revision.md",
        "date = 2026-11-10",
        "date = 2026-11-10\neffective = 2027-04-01",
    );
    let open = site.build();
    open.assert_ok();
    let changes = open.page("en/changes/");
    assert_contains(
        &changes,
        "Consultation open for comment until December 31, 2026: Draft revision of the declaration fee",
    );
    assert_lacks(&changes, "April 1, 2027");
    let feed = read(site.root(), "en/feeds/notices.xml");
    assert_contains(
        &feed,
        "Consultation open for comment until December 31, 2026",
    );
    assert_lacks(&feed, "April 1, 2027");
    let notice = open.page("en/notices/fee-revision/");
    assert_contains(&notice, "Open for comment");
    // Its date of effect is a proposal, not law, on its own page too.
    assert_contains(&notice, "<dt>Proposed entry into force</dt>");
    assert_lacks(&notice, "<dt>In force from</dt>");

    let closed = site.build_with(&["--date", "2027-02-15"]);
    closed.assert_ok();
    let notice = closed.page("en/notices/fee-revision/");
    assert_contains(&notice, "Comment period closed");
    assert_lacks(&notice, "Open for comment");
    assert_contains(&notice, "<dt>Proposed entry into force</dt>");
    assert_contains(
        &closed.page("en/notices/"),
        "<span class=\"badge\">Comment period closed</span>",
    );
    assert_contains(
        &closed.page("en/changes/"),
        "Consultation closed on December 31, 2026",
    );

    edit(
        &site,
        "content/notices/fee-revision.md",
        "status = \"draft-for-comment\"",
        "status = \"withdrawn\"",
    );
    let withdrawn = site.build();
    withdrawn.assert_ok();
    assert_contains(&withdrawn.page("en/notices/fee-revision/"), "Withdrawn");
    assert_lacks(&withdrawn.page("en/changes/"), "April 1, 2027");
}

fn check_json(site: &SiteTest) -> (i32, Value) {
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report = serde_json::from_str(&stdout).expect("JSON");
    (out.status.code().unwrap_or(-1), report)
}

#[test]
fn a_tfa_value_that_is_no_item_is_an_error_with_the_closest() {
    let site = customs_site();
    site.write(
        "content/penalties.md",
        "+++\ntitle = \"Penalties\"\ntfa = [\"1.1 (g)\"]\n+++\nFines.\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "`1.1 (g)` is not an item of the TFA index");
    assert_contains(&err, "did you mean `1.1(g)`?");
    assert_contains(&err, "content/penalties.md:3:");
}

#[test]
fn the_tfa_index_has_every_item_and_check_reports_the_gaps() {
    let site = customs_site();
    let built = site.build();
    built.assert_ok();
    let page = built.page("en/transparency/");
    let item = |key: &str| {
        let start = page
            .find(&format!("id=\"tfa-{key}\""))
            .unwrap_or_else(|| panic!("no item {key}"));
        page[start..start + page[start..].find("</div>").unwrap()].to_string()
    };
    for key in [
        "1-1-a", "1-1-b", "1-1-c", "1-1-d", "1-1-e", "1-1-f", "1-1-g", "1-1-h", "1-1-i", "1-1-j",
        "1-2-1-a", "1-2-1-b", "1-2-1-c", "1-3", "2-1", "2-2", "6-1",
    ] {
        item(key);
    }
    assert_contains(&item("1-2-1-a"), "/en/procedures/import/");
    assert_contains(&item("1-2-1-b"), "/en/forms/declaration-form/");
    assert_contains(&item("1-2-1-c"), "/en/agencies/enquiry-point/");
    assert_contains(&item("2-1"), "/en/notices/fee-revision/");
    assert_contains(&item("6-1"), "/en/fees/declaration/");
    assert_contains(&item("2-2"), "Not yet published");

    let (_, report) = check_json(&site);
    let gaps: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "tfa")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        gaps.iter()
            .any(|m| m.contains("no page publishes TFA item 1.1(g)")),
        "{gaps:?}"
    );
    assert!(gaps.iter().any(|m| m.contains("TFA item 2.2")), "{gaps:?}");
    assert!(!gaps.iter().any(|m| m.contains("TFA item 6.1")), "{gaps:?}");
}

#[test]
fn a_fee_with_codes_and_a_body_link_shows_on_their_code_pages() {
    let site = customs_site();
    edit(
        &site,
        "content/fees/declaration.md",
        "effective = 2025-01-01",
        "effective = 2025-01-01\nhs = [\"0901\"]",
    );
    let scanning = std::fs::read_to_string(site.root().join("content/fees/scanning.md")).unwrap();
    site.write(
        "content/fees/scanning.md",
        &format!("{scanning}Tea ([0902](hs:0902)) is scanned on arrival.\n"),
    );
    let built = site.build();
    built.assert_ok();
    let line = built.page("en/tariff/0901/");
    assert_contains(&line, "href=\"/en/fees/declaration/\"");
    let tea = built.page("en/tariff/0902/");
    assert_contains(&tea, "href=\"/en/fees/scanning/\"");
    // The fee page lists its codes, each a link.
    assert_contains(
        &built.page("en/fees/declaration/"),
        "href=\"/en/tariff/0901/\"",
    );
}

#[test]
fn every_chapter_has_a_feed_and_a_chapter_page_shows_its_history() {
    let site = customs_site();
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    edit(
        &site,
        "content/tariff/09.md",
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 18% | 0% | Licence needed |",
    );
    commit(&site, "Coffee 18%", "2026-10-01T09:30:00Z");
    let built = site.build();
    built.assert_ok();
    let changes = built.page("en/changes/");
    // Chapter 85 has no change, and still has its feed.
    assert_contains(&changes, "href=\"/en/feeds/tariff/85.xml\"");
    let chapter = built.page("en/tariff/09/");
    assert_contains(&chapter, "History of changes");
    assert_contains(&chapter, "changed from 20% to 18%");
    assert_contains(&chapter, "href=\"/en/feeds/tariff/09.xml\"");
    let line = built.page("en/tariff/09011110/");
    assert_contains(&line, "Follow these changes in the feed “Chapter 09: ");
}

#[test]
fn a_translation_older_in_git_than_its_original_is_stale() {
    let site = customs_site();
    git(site.root(), &["init", "-q"], "2026-09-01T08:00:00Z");
    commit(&site, "Initial content", "2026-09-01T08:00:00Z");
    site.write(
        "content/tools/sheets.md",
        "+++\ntitle = \"Technical sheets\"\ncategory = \"conventions\"\nstatus = \"applied\"\n+++\nNew sheets for 2027.\n",
    );
    commit(&site, "Sheets revised", "2026-11-01T09:00:00Z");
    let built = site.build();
    built.assert_ok();
    let fr = built.page("fr/tools/sheets/");
    assert_contains(&fr, "notice-stale");
    assert_contains(&fr, "1er novembre 2026");
    // A translation committed with (or after) its original is current.
    assert_lacks(&built.page("fr/tools/rkc/"), "notice-stale");
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .arg("check")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_contains(&stdout, "stale in fr: content/tools/sheets.fr.md");
}

#[test]
fn a_translated_list_of_another_length_is_an_error() {
    let site = customs_site();
    edit(
        &site,
        "content/procedures/import.md",
        "documents = [\"Commercial invoice\", \"Bill of lading\"]",
        "documents = [\"Commercial invoice\", \"Bill of lading\", \"Packing list\"]",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(
        &err,
        "[[steps]] number 1 of this translation has 2 documents, the original 3",
    );
    assert_contains(&err, "content/procedures/import.fr.md:");
}

#[test]
fn an_offline_copy_links_files_and_root_paths_relatively() {
    let site = customs_site();
    site.write("static/forms/hq1.txt", "Form HQ/1\n");
    site.write(
        "content/forms/declaration-form.md",
        "+++\ntitle = \"Customs declaration form\"\nnumber = \"HQ/1\"\nfile = \"forms/hq1.txt\"\n+++\nPrint [the form](/forms/hq1.txt).\n",
    );
    let built = site.build_with(&["--offline"]);
    built.assert_ok();
    let page = built.page("en/forms/declaration-form/");
    assert_lacks(&page, "href=\"/forms/hq1.txt\"");
    assert_contains(&page, "href=\"../../../forms/hq1.txt\">forms/hq1.txt</a>");
    assert_contains(&page, "href=\"../../../forms/hq1.txt\">the form</a>");
}

fn import(site: &SiteTest, file: &str) -> (i32, String) {
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .args(["import", "tariff"])
        .arg(site.root().join(file))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn import_reads_semicolons_names_latin1_and_checks_what_it_wrote() {
    let site = SiteTest::new("tariff");
    site.write(
        "fr.csv",
        "code;description;unit;mfn\n10;Céréales;;\n10.06;Riz;;\n1006.10;- Riz en paille;kg;\"5,5%\"\n",
    );
    let (code, err) = import(&site, "fr.csv");
    assert_eq!(code, 0, "{err}");
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/10.md")).unwrap();
    // Decimal commas of a `;` export become points.
    assert_contains(&chapter, "| 1006.10 | - Riz en paille | kg | 5.5% |");

    std::fs::write(
        site.root().join("latin1.csv"),
        b"code,description\n11,C\xe9r\xe9ales\n",
    )
    .unwrap();
    let (code, err) = import(&site, "latin1.csv");
    assert_eq!(code, 1, "{err}");
    assert_contains(&err, "the CSV is not UTF-8");
    assert_contains(&err, "looks like windows-1252 text");
    assert_contains(&err, "iconv -f WINDOWS-1252 -t UTF-8");

    // A tester's report: a Russian Excel's CSV (windows-1251) was called
    // Latin-1, and the iconv the hint gave wrote Êîôå for Кофе.
    std::fs::write(
        site.root().join("ru.csv"),
        b"code;description\n09;\xca\xee\xf4\xe5, \xf7\xe0\xe9, \xec\xe0\xf2\xe5 \xe8 \xef\xf0\xff\xed\xee\xf1\xf2\xe8\n0901;\xca\xee\xf4\xe5, \xe6\xe0\xf0\xe5\xed\xfb\xe9 \xe8\xeb\xe8 \xed\xe5\xe6\xe0\xf0\xe5\xed\xfb\xe9, \xf1 \xea\xee\xf4\xe5\xe8\xed\xee\xec \xe8\xeb\xe8 \xe1\xe5\xe7 \xea\xee\xf4\xe5\xe8\xed\xe0\n",
    )
    .unwrap();
    let (code, err) = import(&site, "ru.csv");
    assert_eq!(code, 1, "{err}");
    assert_contains(&err, "looks like windows-1251 text");
    assert_contains(&err, "iconv -f WINDOWS-1251 -t UTF-8");
    assert_contains(&err, "CSV UTF-8");

    site.write(
        "orphan.csv",
        "code,description,unit,mfn\n12,Oil seeds,,\n1201.10,- Soya beans,kg,5%\n",
    );
    let (code, err) = import(&site, "orphan.csv");
    assert_eq!(
        code, 1,
        "an import that writes a chapter the build refuses fails: {err}"
    );
    assert_contains(&err, "content/tariff/12.md");
}

#[test]
fn a_misspelt_required_key_is_one_error() {
    let site = customs_site();
    site.write("content/guides.md", "+++\ntitel = \"Guides\"\n+++\n");
    site.write(
        "content/fees/inspection.md",
        "+++\ntitle = \"Inspection\"\namount = \"1\"\ncurency = \"VND\"\nper = \"declaration\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert_contains(&err, "unknown key `titel`");
    assert_contains(&err, "unknown key `curency`");
    assert_lacks(&err, "missing field");
}

#[test]
fn a_link_to_an_unknown_id_suggests_the_closest() {
    let site = customs_site();
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\nSee [the fee](fee:declaraton).\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "did you mean `fee:declaration`?");
}

#[test]
fn a_range_of_codes_links_both_ends() {
    let site = customs_site();
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\nCoffee and tea ([0901-0902](hs:0901-0902)).\n",
    );
    let built = site.build();
    built.assert_ok();
    let measure = built.page("en/measures/coffee-sps/");
    assert_contains(&measure, "href=\"/en/tariff/0901/\"");
    assert_contains(&measure, "href=\"/en/tariff/0902/\"");
    assert_contains(&built.page("en/about/"), "href=\"/en/tariff/0901/\"");
}

#[test]
fn kb_new_writes_measures_legal_texts_and_forms_that_build() {
    let site = customs_site();
    for (kind, path) in [
        ("measure", "content/measures/wood.md"),
        ("legal", "content/legal/wood.md"),
        ("form", "content/forms/wood.md"),
    ] {
        let out = kb()
            .arg("--root")
            .arg(site.root())
            .args(["new", kind, "wood"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(site.root().join(path).exists(), "{path}");
    }
    site.build().assert_ok();
}

#[test]
fn tool_categories_come_from_kb_toml() {
    let site = customs_site();
    site.edit("kb.toml", |config| {
        format!("{config}\n[tools]\ncategories = [\"conventions\", \"regional\"]\n")
    });
    // Its label, from the site's own Fluent file.
    site.write(
        "locales/en/tools.ftl",
        "tool-category-regional = Regional\n",
    );
    site.write(
        "content/tools/asean.md",
        "+++\ntitle = \"ASEAN Single Window\"\ncategory = \"regional\"\nstatus = \"applied\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    assert_contains(&built.page("en/tools/"), "Regional");
    site.write(
        "content/tools/asean.md",
        "+++\ntitle = \"ASEAN Single Window\"\ncategory = \"regionall\"\nstatus = \"applied\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "did you mean `regional`?");
}
