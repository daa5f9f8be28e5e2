//! Issue 3: tariff chapters become a browsable, validated HS tariff.

use crate::harness::{assert_contains, assert_lacks, assert_shows, kb, kb_ok, SiteTest};

/// The text between `<main` and `</main>`, where the page's own content is.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap_or(0);
    let end = html.find("</main>").unwrap_or(html.len());
    &html[start..end]
}

#[test]
fn chapter_page_shows_the_table_with_rates_the_readers_way() {
    let built = SiteTest::new("tariff").build();
    built.assert_ok();
    let en = built.page("en/tariff/09/");
    let en = main_of(&en);
    assert_contains(en, "Chapter 09");
    assert_contains(en, "Mixtures of the products of headings");
    assert_contains(en, r#"<a href="/en/tariff/09011110/">0901.11.10</a>"#);
    assert_contains(en, "<td class=\"desc depth-1\">Coffee, not roasted:</td>");
    for rate in [
        ">20%<",
        ">2.5%<",
        ">Free<",
        ">3,000 VND/kg<",
        ">10% + 500 VND/kg<",
        ">30%, min. 5,000 VND/kg<",
    ] {
        assert_contains(en, rate);
    }
    let fr = built.page("fr/tariff/09/");
    let fr = main_of(&fr);
    assert_contains(fr, "Chapitre 09");
    assert_contains(fr, "<th scope=\"col\" class=\"col-rate\">NPF</th>");
    // French puts a space before % and writes decimal commas.
    assert_contains(fr, ">20\u{a0}%<");
    assert_contains(fr, ">2,5\u{a0}%<");
    assert_contains(fr, ">Exempt<");
    assert_contains(fr, "Café non torréfié :");
    // Lines the translation lacks fall back per line, marked as English.
    assert_contains(
        fr,
        "<td class=\"desc depth-3\"><span lang=\"en\" dir=\"auto\">Other</span></td>",
    );
}

#[test]
fn every_code_has_a_page_with_breadcrumbs_and_its_rates_or_children() {
    let built = SiteTest::new("tariff").build();
    built.assert_ok();
    for code in [
        "0901", "090111", "09011110", "09011190", "090112", "0902", "8517",
    ] {
        for lang in ["en", "fr", "ar"] {
            assert!(built.exists(&format!("{lang}/tariff/{code}/index.html")));
        }
    }
    let line = built.page("en/tariff/09011110/");
    assert_contains(
        &line,
        "<title>0901.11.10 Arabica WIB or Robusta OIB – Not decaffeinated – Coffee, not roasted: – Coffee, whether or not roasted or decaffeinated ·",
    );
    // The codes above it, with their descriptions, say what the line is.
    let lineage = &line[line.find("class=\"lineage\"").expect("lineage")..];
    assert_contains(lineage, "Coffee, whether or not roasted or decaffeinated");
    let crumbs = &line[line.find("class=\"breadcrumbs").unwrap()..line.find("<main").unwrap()];
    for crumb in [
        ">Tariff</a>",
        "#section-ii\">Section II</a>",
        "/en/tariff/09/\">Chapter 09</a>",
        "/en/tariff/0901/\">09.01</a>",
        "/en/tariff/090111/\">0901.11</a>",
    ] {
        assert_contains(crumbs, crumb);
    }
    let main = main_of(&line);
    assert_contains(main, "National tariff line");
    assert_shows(main, "MFN 20%");
    assert_contains(main, "<span class=\"rate-now\">20%</span>");
    assert_shows(main, "Note Licence needed");
    assert_contains(main, "Notes to chapter 09");

    // A heading lists what is under it, grouping lines included.
    let heading = built.page("en/tariff/0901/");
    let heading = main_of(&heading);
    assert_contains(heading, "Heading");
    assert_contains(heading, "Lines under 09.01");
    assert_contains(heading, "Coffee, not roasted:");
    assert_contains(heading, "/en/tariff/09011190/");
    assert_lacks(heading, "/en/tariff/0902/\"");

    // The French page of a translated line is French, with the note translated
    // and the rates from the original.
    let fr = built.page("fr/tariff/09011110/");
    assert_contains(&fr, "<html lang=\"fr\"");
    assert_contains(main_of(&fr), "Arabica WIB ou Robusta OIB");
    assert_contains(main_of(&fr), "<dd>Licence requise</dd>");
    assert_contains(main_of(&fr), "<span class=\"rate-now\">20\u{a0}%</span>");
    assert_contains(&fr, "hreflang=\"fr\"");
    // An untranslated line says so, links its original and claims no false hreflang.
    let untranslated = built.page("fr/tariff/09011190/");
    assert_contains(&untranslated, "notice-untranslated");
    assert_contains(
        &untranslated,
        "<link rel=\"canonical\" href=\"https://customs.test/en/tariff/09011190/\">",
    );
    let sitemap = built.page("sitemap.xml");
    assert_contains(
        &sitemap,
        "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://customs.test/fr/tariff/09011110/\"/>",
    );
    assert_lacks(&sitemap, "https://customs.test/fr/tariff/09011190/");
    assert_contains(
        main_of(&untranslated),
        "<span lang=\"en\" dir=\"ltr\">Other</span>",
    );
}

#[test]
fn specific_and_capped_rates_are_localised() {
    let built = SiteTest::new("tariff").build();
    built.assert_ok();
    let fr = built.page("fr/tariff/851713/");
    assert_contains(
        main_of(&fr),
        "<span class=\"rate-now\">15\u{a0}%, max. 2\u{202f}000\u{202f}000 VND/u</span>",
    );
    let en = built.page("en/tariff/851713/");
    assert_contains(
        main_of(&en),
        "<span class=\"rate-now\">15%, max. 2,000,000 VND/u</span>",
    );
}

#[test]
fn tariff_index_groups_chapters_by_section() {
    let site = SiteTest::new("tariff");
    // A section of the HS with no chapter on the site is not listed.
    site.edit("content/tariff/_index.md", |index| {
        index.replacen(
            "[sections]\n",
            "[sections]\nI = \"Live animals; animal products\"\n",
            1,
        )
    });
    let built = site.build();
    built.assert_ok();
    let index = built.page("en/tariff/");
    let main = main_of(&index);
    assert_lacks(main, "section-i\"");
    assert_lacks(main, "Live animals");
    let two = main.find("id=\"section-ii\"").expect("section II");
    let sixteen = main.find("id=\"section-xvi\"").expect("section XVI");
    let coffee = main.find("Coffee, tea, maté and spices").unwrap();
    let electrical = main.find("Electrical machinery and equipment").unwrap();
    assert!(two < coffee && coffee < sixteen && sixteen < electrical);
    let fr = built.page("fr/tariff/");
    assert_contains(main_of(&fr), "Les taux sont fictifs.");
    assert_contains(main_of(&fr), "Café, thé, maté et épices");
    // Section titles without a translation are marked as English.
    assert_contains(
        main_of(&fr),
        "<span lang=\"en\" dir=\"auto\">Vegetable products</span>",
    );
    // `hs:` links reach the code page.
    assert_contains(&built.page("en/"), "href=\"/en/tariff/09011110/\"");
}

#[test]
fn open_data_has_every_line_in_json_and_csv() {
    let built = SiteTest::new("tariff").build();
    built.assert_ok();
    let json: serde_json::Value = serde_json::from_str(&built.page("data/tariff.json")).unwrap();
    assert_eq!(json["schema"], "kb-tariff/2");
    let lines = json["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 9);
    let line = lines.iter().find(|l| l["code"] == "09011110").unwrap();
    assert_eq!(line["display"], "0901.11.10");
    assert_eq!(line["level"], "national_line");
    assert_eq!(line["parent"], "090111");
    assert_eq!(line["declarable"], true);
    assert_eq!(line["descriptions"]["fr"], "Arabica WIB ou Robusta OIB");
    assert!(line["descriptions"].get("ar").is_none());
    assert_eq!(line["data"]["unit"], "kg");
    assert_eq!(line["rates"]["mfn"]["text"], "20%");
    let in_force = &line["rates"]["mfn"]["in_force"];
    assert_eq!(in_force["rate"]["kind"], "ad_valorem");
    assert_eq!(in_force["rate"]["percent"], "20");
    assert_eq!(in_force["from"], serde_json::Value::Null);
    assert_eq!(
        line["rates"]["mfn"]["timeline"].as_array().unwrap().len(),
        1
    );
    assert_eq!(line["status"]["state"], "in_force");
    assert_eq!(line["texts"]["note"]["fr"], "Licence requise");
    let tea = lines.iter().find(|l| l["code"] == "0902").unwrap();
    let tea = &tea["rates"]["mfn"]["in_force"]["rate"];
    assert_eq!(tea["kind"], "minimum");
    assert_eq!(tea["specific"]["amount"], "5000");
    assert_eq!(
        json["chapters"][0]["titles"]["fr"],
        "Café, thé, maté et épices"
    );

    let csv = built.page("data/tariff-fr.csv");
    let mut rows = csv.lines();
    assert_eq!(
        rows.next().unwrap(),
        "code,display,level,chapter,parent,declarable,description,description_language,groups,in_force,unit,mfn,mfn_next,mfn_next_from,atiga,atiga_next,atiga_next_from,note"
    );
    assert!(csv.contains("09011110,0901.11.10,national_line,09,090111,true,Arabica WIB ou Robusta OIB,fr,,true,kg,20%,,,0%,,,Licence requise"));
    assert!(csv.contains(
        "09011190,0901.11.90,national_line,09,090111,true,Other,en,,true,kg,2.5%,,,free,,,"
    ));
    assert!(built.exists("data/tariff-ar.csv") && built.exists("data/tariff-en.csv"));
}

#[test]
fn tariff_mistakes_are_each_reported_with_file_line_and_hint() {
    let site = SiteTest::new("tariff");
    site.write(
        "content/tariff/09.md",
        "+++\ntitle = \"Coffee\"\nsection = \"II\"\n+++\n\n\
| Code | Description | Unit | MFN | ATIGA | Note | Colour |\n\
|---|---|---|---|---|---|---|\n\
| 09.01 | Coffee | | 5% | | | |\n\
| 0901.1 | Bad length | kg | 5% | | | |\n\
| 0901.11 | Raw | kg | 2,5% | | | |\n\
| 0901.11 | Raw again | kg | 5% | | | |\n\
| 1001.10 | Wheat | kg | 5% | | | |\n\
| 09.02 | Tea | kg | 5 percent | | | |\n\
| 0901.90 | Late | kg | 5% | | | |\n\
| 09x1.22 | Letters | kg | 5% | | | |\n\
| 0903.10.10 | Orphan | kg | 5% | | | |\n",
    );
    site.write(
        "content/tariff/09.fr.md",
        "+++\ntitle = \"Café\"\n+++\n\n| Code | Description | MFN |\n|---|---|---|\n| 09.01 | Café | 7% |\n| 0903 | Maté | |\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert!(!err.contains("panicked"), "{err}");
    for needle in [
        "unknown tariff column `Colour`",
        "`09.01` has lines below it, so it cannot carry a rate",
        "`0901.1` has 5 digits",
        "mfn rate of `0901.11`: `2,5%` uses a decimal comma; write `2.5%`",
        "mfn rate of `09.02`: `percent` should be CURRENCY/UNIT",
        "`0901.11` appears twice",
        "`1001.10` is not in chapter 09",
        "content/tariff/10.md",
        "`0903.10.10` has no heading `09.03` in the table",
        "add a row for 09.03 above it",
        "`0901.90` is out of order",
        "`percent` should be CURRENCY/UNIT",
        "no tariff code `0901.11.10`",
        "`09x1.22` is not a tariff code",
        "`0903` is not in the original chapter",
        "this translation changes the mfn of `09.01` from `5%` to `7%`",
        "content/tariff/09.md:10:",
        "content/tariff/09.fr.md:",
        "help:",
    ] {
        assert_contains(&err, needle);
    }
}

#[test]
fn import_writes_chapter_files_and_is_idempotent() {
    let site = SiteTest::new("tariff");
    std::fs::remove_dir_all(site.root().join("content/tariff")).unwrap();
    site.write(
        "content/_index.md",
        "+++\ntitle = \"Home\"\n+++\nSee [coffee](hs:0901.11).\n",
    );
    site.write(
        "export.csv",
        "\u{feff}Code,Description,Section,Unit,MFN,ATIGA,Note,Remarks\n\
09,\"coffee, tea, maté and spices\",II,,,,,\n\
0901,\"Coffee, whether or not roasted\",,,,,,x\n\
,- Not roasted:,,,,,,\n\
090111,- - Not decaffeinated,,kg,20%,0%,\"Licence | needed\",\n\
0902,Tea,,kg,free,,,\n",
    );
    site.write(
        "export.fr.csv",
        "code,description,note\n09,\"Café, thé, maté et épices\",\n0901,Café,\n090111,Non décaféiné,Licence requise\n",
    );
    site.write("sections.csv", "section,name\nII,vegetable products\n");
    let import = |args: &[&str]| {
        let out = import_tariff(&site, args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let said = import(&["export.csv", "--sections", "sections.csv"]);
    assert_contains(&said, "imported 3 codes into 1 chapter files");
    import(&["export.fr.csv", "--lang", "fr"]);
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    assert_contains(
        &chapter,
        "title = \"Coffee, tea, maté and spices\"\nsection = \"II\"",
    );
    assert_contains(
        &chapter,
        "| Code | Description | Unit | MFN | ATIGA | Note |",
    );
    assert_contains(
        &chapter,
        "| 0901.11 | - - Not decaffeinated | kg | 20% | 0% | Licence \\| needed |",
    );
    let french = std::fs::read_to_string(site.root().join("content/tariff/09.fr.md")).unwrap();
    assert_contains(&french, "| Code | Description | Note |");
    assert_lacks(&french, "20%");

    // Notes written by hand survive a second import, which changes nothing else.
    let with_notes = chapter.replace("+++\n\n|", "+++\n\n## Notes\n\n1. A note.\n\n|");
    site.write("content/tariff/09.md", &with_notes);
    import(&["export.csv", "--sections", "sections.csv"]);
    import(&["export.fr.csv", "--lang", "fr"]);
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap(),
        with_notes
    );
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/tariff/09.fr.md")).unwrap(),
        french
    );
    let built = site.build();
    built.assert_ok();
    assert_contains(&built.page("fr/tariff/090111/"), "Non décaféiné");
    assert_contains(&built.page("en/tariff/09/"), "<li>A note.</li>");
    assert_contains(&built.page("en/tariff/"), "Vegetable products");
}

/// `kb import tariff` on `site` with `args`, a `.csv` argument naming a
/// file of the site.
fn import_tariff(site: &SiteTest, args: &[&str]) -> std::process::Output {
    kb().arg("--root")
        .arg(site.root())
        .args(["import", "tariff"])
        .args(args.iter().map(|a| {
            if a.ends_with(".csv") {
                site.root().join(a).into_os_string()
            } else {
                a.into()
            }
        }))
        .output()
        .unwrap()
}

#[test]
fn import_reports_every_bad_code_with_its_csv_line_and_writes_nothing() {
    let site = SiteTest::new("tariff");
    let before = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    site.write(
        "bad.csv",
        "code,description\n0901,Coffee\nO901,Coffee with a letter O\n09,Coffee chapter\n9,Nine\n",
    );
    let out = import_tariff(&site, &["bad.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    // Both, not only the first; each at its line and column.
    assert_contains(&err, "line 3: `O901` is not a tariff code");
    assert_contains(&err, "bad.csv:3:1");
    assert_contains(&err, "line 5: `9` is not a tariff code");
    assert_contains(&err, "bad.csv:5:1");
    assert_contains(&err, "import failed: 2 error(s)");
    let after = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    assert_eq!(before, after, "nothing written");
}

#[test]
fn imported_titles_begin_in_title_case_of_their_language_not_upper_case() {
    // Georgian titles were written with a Mtavruli first letter (`Ყავა`),
    // on every page, feed and in the open data: Mkhedruli upper-cases to
    // Mtavruli, but its title case is the letter itself.
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |t| {
        t.replace("[tariff]", "[languages.ka]\nname = \"ქართული\"\n\n[tariff]")
    })
    .write(
        "ka.csv",
        "code,description,unit,mfn\n22,სასმელები,,\n2201,წყალი,,\n220110,მინერალური წყალი,l,5%\n",
    )
    .write(
        "en.csv",
        "code,description,unit,mfn\n22,beverages,,\n2201,Waters,,\n220110,Mineral waters,l,5%\n",
    )
    .write("sections.csv", "section,name\nIV,კვების პროდუქტები\n");
    for (csv, lang) in [("en.csv", "en"), ("ka.csv", "ka")] {
        let out = import_tariff(&site, &[csv, "--lang", lang, "--sections", "sections.csv"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let ka = std::fs::read_to_string(site.root().join("content/tariff/22.ka.md")).unwrap();
    assert_contains(&ka, "title = \"სასმელები\"");
    let index = std::fs::read_to_string(site.root().join("content/tariff/_index.ka.md")).unwrap();
    assert_contains(&index, "IV = \"კვების პროდუქტები\"");
    let en = std::fs::read_to_string(site.root().join("content/tariff/22.md")).unwrap();
    assert_contains(&en, "title = \"Beverages\"");
}

/// A sections CSV that cannot be read fails the import before any chapter
/// file is written, with the row and the fix, as the tariff CSV's rows are.
#[test]
fn an_import_whose_sections_csv_fails_writes_no_chapter() {
    let site = SiteTest::new("tariff");
    let before = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    site.write(
        "tea.csv",
        "code;description;unit;mfn\n09;Coffee, tea;;\n0902;Tea;;\n090210;Green tea;kg;5%\n",
    )
    .write(
        "sections.csv",
        "section;name\nI;Live animals; animal products\nII;Vegetable products\n",
    );
    let out = import_tariff(&site, &["tea.csv", "--sections", "sections.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_contains(&err, "line 2: this row has 3 fields where the header has 2");
    assert_contains(&err, "sections.csv:2:");
    assert_lacks(&String::from_utf8_lossy(&out.stdout), "imported");
    let after = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    assert_eq!(before, after, "nothing written");
}

#[test]
fn import_reports_every_row_whose_fields_do_not_match_the_header_and_writes_nothing() {
    // A tester's report: `0901.11.10,Arabica,5%` under `code,description,
    // unit,mfn` was written with 5% under Unit, and a row's extra fields
    // were dropped, with exit code 0.
    let site = SiteTest::new("tariff");
    let before = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    site.write(
        "rows.csv",
        "code,description,unit,mfn\n\
09,Coffee,,\n\
0901.11.10,Arabica,5%\n\
0901.11.90,Other,kg,5%\n\
0901.12,Decaffeinated, whether or not roasted,kg,5%\n",
    );
    let out = import_tariff(&site, &["rows.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_contains(&err, "line 3: this row has 3 fields where the header has 4");
    assert_contains(&err, "rows.csv:3:1");
    assert_contains(&err, "0901.11.10,Arabica,5%");
    assert_contains(
        &err,
        "the header has 4 fields (`code`, `description`, `unit`, `mfn`) and this row 3",
    );
    assert_contains(&err, "line 5: this row has 5 fields where the header has 4");
    assert_contains(&err, "rows.csv:5:1");
    assert_contains(&err, "import failed: 2 error(s)");
    let after = std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap();
    assert_eq!(before, after, "nothing written");
}

#[test]
fn the_hs_dataset_as_un_comtrade_exports_it_imports_and_builds() {
    // The shape of ../shared/data/hs2022/harmonized-system.csv: chapter 99
    // in section `TOTAL`, and a last row totalling every code.
    let site = SiteTest::new("tariff");
    site.write(
        "harmonized-system.csv",
        "section,hscode,description,parent,level\n\
I,01,Animals; live,TOTAL,2\n\
I,0101,\"Horses, asses, mules and hinnies; live\",01,4\n\
I,010121,\"Horses; live, pure-bred breeding animals\",0101,6\n\
TOTAL,99,Commodities not specified according to kind,TOTAL,2\n\
TOTAL,9999,Commodities not specified according to kind,99,4\n\
TOTAL,999999,Commodities not specified according to kind,9999,6\n\
TOTAL,TOTAL,Total of all HS2022 commodities,TOTAL,5\n",
    );
    site.write(
        "sections.csv",
        "\u{feff}section,name\nI,live animals; animal products\nII,Vegetable products\nXVI,Machinery\n",
    );
    let out = import_tariff(
        &site,
        &["harmonized-system.csv", "--sections", "sections.csv"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_contains(&err, "note: line 8 is a total of all codes (`TOTAL`)");
    assert_contains(
        &String::from_utf8_lossy(&out.stdout),
        "imported 4 codes into 2 chapter files",
    );
    let chapter = std::fs::read_to_string(site.root().join("content/tariff/99.md")).unwrap();
    assert_lacks(&chapter, "section");
    let built = site.build();
    built.assert_ok();
    assert_contains(
        &built.page("en/tariff/999999/"),
        "Commodities not specified",
    );
    assert_contains(&built.page("en/tariff/"), "Live animals; animal products");
}

#[test]
fn sitemap_lists_code_pages_in_the_languages_they_exist_in() {
    let built = SiteTest::new("tariff").build();
    built.assert_ok();
    let sitemap = built.page("sitemap.xml");
    assert_contains(
        &sitemap,
        "<loc>https://customs.test/fr/tariff/09011110/</loc>",
    );
    assert_lacks(
        &sitemap,
        "<loc>https://customs.test/fr/tariff/09011190/</loc>",
    );
    assert_contains(
        &sitemap,
        "<loc>https://customs.test/en/tariff/09011190/</loc>",
    );
}

#[test]
fn open_data_csv_cells_never_start_a_spreadsheet_formula() {
    // Issue 13, item 10: a cell starting with `=`, `+`, `-`, `@`, tab or CR
    // gets a `'` in the CSV; the JSON keeps every value as written.
    let site = SiteTest::new("tariff");
    site.write(
        "content/tariff/85.md",
        "+++\ntitle = \"Electrical machinery\"\nsection = \"XVI\"\n+++\n\n\
| Code | Description | Unit | MFN | ATIGA | Note |\n\
|---|---|---|---|---|---|\n\
| 85.17 | =HYPERLINK(\"http://evil.example\",\"Telephone sets\") | | | | |\n\
| 8517.13 | - - +1+cmd\\|' /C calc'!A0 | @SUM(A1) | - | 0% | -2 |\n",
    );
    let built = site.build();
    built.assert_ok();
    let csv = built.page("data/tariff-en.csv");
    assert_contains(
        &csv,
        "\n8517,85.17,heading,85,,false,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Telephone sets\"\")\",en,,true,,,,,,,,\n",
    );
    assert_contains(
        &csv,
        "\n851713,8517.13,subheading,85,8517,true,'+1+cmd|' /C calc'!A0,en,,true,'@SUM(A1),'-,,,0%,,,'-2\n",
    );
    for row in csv.lines() {
        for cell in row.split(',') {
            assert!(
                !cell
                    .trim_start_matches('"')
                    .starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{row}"
            );
        }
    }
    let json: serde_json::Value = serde_json::from_str(&built.page("data/tariff.json")).unwrap();
    let lines = json["lines"].as_array().unwrap();
    let heading = lines.iter().find(|l| l["code"] == "8517").unwrap();
    assert_eq!(
        heading["descriptions"]["en"],
        "=HYPERLINK(\"http://evil.example\",\"Telephone sets\")"
    );
    let phones = lines.iter().find(|l| l["code"] == "851713").unwrap();
    assert_eq!(phones["descriptions"]["en"], "+1+cmd|' /C calc'!A0");
    assert_eq!(phones["data"]["unit"], "@SUM(A1)");
    assert_eq!(phones["rates"]["mfn"]["text"], "-");
    assert_eq!(phones["texts"]["note"]["en"], "-2");
}

/// The default theme places the rows kb writes out (`table_rows`); a
/// theme that names `rows` gets them as data too, timelines included, on
/// chapter and code pages alike.
#[test]
fn a_template_that_names_the_rows_gets_them_as_data() {
    let plain = SiteTest::new("tariff").build();
    plain.assert_ok();
    let table = plain.page("en/tariff/0901/");
    assert_contains(
        &table,
        "<th scope=\"row\" class=\"code\"><a href=\"/en/tariff/09011110/\">0901.11.10</a></th>",
    );
    let site = SiteTest::new("tariff");
    site.write(
        "templates/tariff-code.html",
        "{% extends \"base.html\" %}{% block main %}<ol class=\"own\">\
         {% for row in rows %}<li>{{ row.code }} {{ row.rates | length }} \
         {% for r in row.rates %}{{ r.timeline | length }}{% endfor %}</li>{% endfor %}\
         </ol>{% endblock main %}",
    );
    site.write(
        "templates/tariff-chapter.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"count\">{{ rows | length }} \
         {{ headings | length }}</p>{% endblock main %}",
    );
    let built = site.build();
    built.assert_ok();
    assert_contains(&built.page("en/tariff/0901/"), "<li>0901.11.10 2 11</li>");
    let chapter = built.page("fr/tariff/09/");
    assert_contains(&chapter, "<p class=\"count\">");
    let count = chapter.split("<p class=\"count\">").nth(1).unwrap_or("");
    assert!(!count.starts_with("0 "), "{count}");
}

#[test]
fn an_untranslated_chapters_title_is_marked_where_a_translated_page_names_it() {
    // WCAG 3.1.2: chapter 85 has no French version, so its title is shown
    // in English inside French sentences: the feed it names, on its pages
    // and on the changes page, and a measure's list of codes.
    let site = SiteTest::new("tariff");
    site.write(
        "content/measures/licence.md",
        "+++\ntitle = \"Licence\"\ntype = \"licence\"\ndirection = \"import\"\nhs = [\"85\", \"8517.13\"]\n+++\n",
    );
    site.write(
        "content/measures/licence.fr.md",
        "+++\ntitle = \"Licence\"\n+++\n",
    );
    let built = site.build();
    built.assert_ok();
    let marked = "<span lang=\"en\" dir=\"auto\">Electrical machinery and equipment</span>";
    for page in ["fr/tariff/85/", "fr/tariff/851713/", "fr/changes/"] {
        assert_contains(&built.page(page), marked);
    }
    let measure = built.page("fr/measures/licence/");
    assert_contains(&measure, marked);
    assert_contains(
        &measure,
        "<span lang=\"en\" dir=\"auto\">Smartphones</span>",
    );
    // In its own language, and where the chapter is translated, nothing.
    assert_lacks(&built.page("en/tariff/85/"), "<span lang=");
    let translated = built.page("fr/tariff/09/");
    let follow = translated.split("class=\"feed-links\"").nth(1).unwrap();
    assert_lacks(follow.split("</p>").next().unwrap(), "<span");
}

/// A code page's title adds where the code sits: the description of the
/// nearest code above it worded differently. HS subheadings not divided
/// (2507.00 under 25.07, 186 of them in the demo) carry their heading's
/// words, and a title such as "2507.00 Kaolin… – Kaolin…" said them twice.
#[test]
fn no_code_page_title_says_its_description_twice() {
    let built = crate::harness::demo_built();
    built.assert_ok();
    let mut titles = 0;
    for lang in ["en", "fr", "ar", "vi"] {
        let tariff = built.out.join(lang).join("tariff");
        for entry in std::fs::read_dir(&tariff).unwrap() {
            let page = entry.unwrap().path().join("index.html");
            let Ok(html) = std::fs::read_to_string(&page) else {
                continue;
            };
            let title = crate::harness::title_of(&html);
            let Some((code_and_own, rest)) = title.split_once(" – ") else {
                continue;
            };
            titles += 1;
            let own = code_and_own.split_once(' ').unwrap().1;
            let context = rest.rsplit_once(" · ").map_or(rest, |(c, _)| c);
            assert_ne!(own, context, "{}: {title}", page.display());
        }
    }
    assert!(
        titles > 20_000,
        "{titles} titles with a context: the scan lost them"
    );
    let heading_alone = built.page("en/tariff/250700/");
    assert_contains(
        &heading_alone,
        "<title>2507.00 Kaolin and other kaolinic clays; whether or not calcined ·",
    );
}

/// A tester's report from an EAEU administration: ten-digit lines were
/// shown in pairs (`0901.11.00.01`); the EAEU writes `0901 11 000 1`.
#[test]
fn code_format_shows_codes_the_administration_s_way_everywhere() {
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |config| {
        config.replace(
            "national_digits = 8",
            "national_digits = 10\ncode_format = \"#### ## ### #\"",
        )
    });
    site.edit("content/tariff/09.md", |chapter| {
        chapter
            .replace("| 0901.11.10 |", "| 0901.11.000.1 |")
            .replace("| 0901.11.90 |", "| 0901110009 |")
    });
    site.edit("content/tariff/09.fr.md", |chapter| {
        chapter
            .replace("| 0901.11.10 |", "| 0901110001 |")
            .replace("| 0901.11.90 |", "| 0901110009 |")
    });
    site.edit("content/_index.md", |home| {
        home.replace("hs:0901.11.10", "hs:0901110001")
    });
    let built = site.build();
    built.assert_ok();
    let line = built.page("en/tariff/0901110001/");
    assert_contains(&line, "<span class=\"code-number\">0901 11 000 1</span>");
    // Its lineage: the heading and subheading as the pattern's start.
    assert_contains(&line, "<span class=\"code-number\">0901</span>");
    assert_contains(&line, "<span class=\"code-number\">0901 11</span>");
    let chapter = built.page("fr/tariff/09/");
    assert_contains(&chapter, "0901 11 000 9");
    assert_lacks(&chapter, "0901.11");
    assert_lacks(&chapter, "09.01");
    // The hints' example code too.
    assert_contains(&built.page("en/index.html"), "For example 0901 11 or");
    assert_contains(
        &built.page("en/search/index.html"),
        "with or without dots (0901 11)",
    );
    // Open data gives both: the digits, and the code as shown.
    assert_contains(
        &built.page("data/tariff-en.csv"),
        "\n0901110001,0901 11 000 1,national_line,",
    );

    // `kb import` writes codes so, and the tariff's errors name them so.
    site.write(
        "rice.csv",
        "code;description;unit;mfn\n10;Cereals;;\n1006;Rice;;\n100610;- Rice in the husk;;\n1006100001;- - For sowing;kg;\"0,5%\"\n",
    );
    let csv = site.root().join("rice.csv");
    kb_ok(site.root(), &["import", "tariff", csv.to_str().unwrap()]);
    let rice = std::fs::read_to_string(site.root().join("content/tariff/10.md")).unwrap();
    assert_contains(&rice, "| 1006 10 000 1 | - - For sowing | kg | 0.5% |");
    site.edit("content/tariff/10.md", |text| {
        text.lines()
            .filter(|l| !l.starts_with("| 1006 |"))
            .map(|l| format!("{l}\n"))
            .collect()
    });
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "add a row for 1006 above it");
    site.write("content/tariff/10.md", &rice);

    // A pattern that does not fit the national lines is an error at its place.
    site.edit("kb.toml", |config| {
        config.replace("\"#### ## ### #\"", "\"####.##.##\"")
    });
    let built = site.build();
    built.assert_fails();
    assert_contains(
        &built.stderr(),
        "code_format has 8 digits (`#`), and national lines 10 (national_digits)",
    );
    assert_contains(&built.stderr(), "kb.toml:14:");
}

/// A specific duty per another unit than its line's (a car's excise per
/// cm³ on a line counted in pieces) is law, not a slip: the calculator
/// asks for the quantity in that unit too, and levies the duty on it. It
/// was a warning, and the calculator levied the amount per cm³ on the
/// number of cars. A unit written two ways (`Kg`, `kg`) is still one.
#[test]
fn a_duty_per_another_unit_than_its_line_s_is_asked_for_in_that_unit() {
    let site = SiteTest::new("tariff");
    site.edit("kb.toml", |t| {
        t.replace("[tariff]\n", "[tariff]\ncurrency = \"VND\"\n")
    })
    .edit("content/tariff/09.md", |chapter| {
        chapter
            .replace(
                "| kg | 2.5% | free | |",
                "| kg | 2.5% + 3000 VND/l | free | |",
            )
            .replace("| kg | 20% | 0% |", "| kg | 20% + 3000000 VND/t | 0% |")
            .replace(
                "| kg | 10% + 500 VND/kg | 5% | |",
                "| kg | 10% + 500 VND/Kg | 5% | |",
            )
    });
    let built = site.build();
    built.assert_ok();
    let out = kb_ok(site.root(), &["check", "--format", "json"]);
    let json = String::from_utf8_lossy(&out.stdout);
    assert_lacks(&json, "is per l");
    assert_contains(
        &json,
        "mfn rate of `0901.21` is per `Kg`, and its unit is written `kg`",
    );
    let page = built.page("en/tariff/09011190/index.html");
    assert_contains(&page, "<label for=\"calc-quantity\">Quantity (kg)</label>");
    assert_contains(&page, "<label for=\"calc-quantity-1\">Quantity (l)</label>");
    assert_contains(&page, "data-unit=\"l\"");
    // A duty per a multiple of the line's unit converts the quantity: a
    // Japanese liquor tax per kl was levied on the litres as kilolitres.
    let page = built.page("en/tariff/09011110/index.html");
    assert_lacks(&page, "calc-quantity-1");
    assert_contains(&page, "1\u{a0}kg × 3,000,000 VND/t");
    assert_contains(
        &page,
        "&quot;convert&quot;:{&quot;t&quot;:&quot;0.001&quot;}",
    );
}

#[test]
fn open_data_says_what_each_tax_is_levied_on() {
    // An Ethiopian tester: VAT, excise and surtax each on the previous
    // duties, and the open data listed them with no base, so a re-user
    // would compute them on the value (1,630 ETB where 2,445.50 is due).
    let json: serde_json::Value =
        serde_json::from_str(&crate::harness::demo_built().page("data/tariff.json")).unwrap();
    let columns = json["columns"].as_array().unwrap();
    let column = |key: &str| columns.iter().find(|c| c["key"] == key).unwrap().clone();
    assert_eq!(
        column("vat"),
        serde_json::json!({"key": "vat", "kind": "tax", "base": ["value", "duty", "excise"]})
    );
    assert_eq!(
        column("excise")["base"],
        serde_json::json!(["value", "duty"])
    );
    assert!(column("mfn").get("base").is_none());
}

/// Cambodia, Bangladesh and Iran publish their tariffs in their own
/// digits: a code, a rate and a date in Khmer or Persian digits are the
/// same numbers in Latin ones, and an error still points at the cell as
/// written. The old reader refused them ("not a percentage").
#[test]
fn codes_rates_and_dates_in_native_digits_are_read_as_their_numbers() {
    let site = SiteTest::new("tariff");
    site.edit("content/tariff/09.md", |text| {
        text.replace(
            "| 0901.12 | - - Decaffeinated | kg | 3000 VND/kg | 0% | |",
            "| ០៩០១.១២ | - - Decaffeinated | kg | ៣៥%; ១៥% from ២០២៧-០១-០១ | ۱۲٫۵٪ | |",
        )
    });
    let built = site.build_with(&["--date", "2026-12-08"]);
    built.assert_ok();
    let line = built.page("en/tariff/090112/");
    assert_contains(&line, ">35%<");
    assert_contains(&line, "15%");
    assert_contains(&line, ">12.5%<");
    assert_contains(&line, "January 1, 2027");
    site.edit("content/tariff/09.md", |text| {
        text.replace("១៥% from ២០២៧", "១៥% from ២០២៧x")
    });
    let failed = site.build();
    failed.assert_fails();
    // The underline sits under the Khmer date, as written.
    assert_contains(&failed.stderr(), "`2027x-01-01` is not a date");
    assert_contains(&failed.stderr(), "០៩០១.១២");
}
