//! `kb import tariff`: which CSV header names which column, and what the
//! import refuses to lose (testers' reports from Mexico, Kenya and
//! Bangladesh): a column headed by its label (`T-MEC`), a code column
//! headed `HS Code`, a column of rates that maps to nothing, a code on two
//! rows told apart by a NICO column, national words for free and
//! national currency abbreviations in rate cells.

use crate::harness::{assert_contains, assert_lacks, kb, SiteTest};

/// The tariff fixture without its chapters, with a `tmec` rate column
/// labelled `T-MEC` in English, and `extra` added to `[tariff]`.
fn mexican_site(extra: &str) -> SiteTest {
    let site = SiteTest::new("tariff");
    std::fs::remove_dir_all(site.root().join("content/tariff")).unwrap();
    site.edit("kb.toml", |toml| {
        toml.replace(
            "[[tariff.columns]]\nkey = \"note\"",
            "[[tariff.columns]]\nkey = \"tmec\"\nkind = \"rate\"\n[[tariff.columns]]\nkey = \"note\"",
        )
        .replace("national_digits = 8", &format!("national_digits = 8\n{extra}"))
    })
    .write("locales/en/site.ftl", "tariff-col-tmec = T-MEC\n");
    site
}

/// `kb import tariff` of the site's `file` with `args`: exit code,
/// stderr, and chapter 09 as written (empty when it was not).
fn import(site: &SiteTest, file: &str, args: &[&str]) -> (i32, String, String) {
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .args(["import", "tariff"])
        .arg(site.root().join(file))
        .args(args)
        .output()
        .unwrap();
    let chapter =
        std::fs::read_to_string(site.root().join("content/tariff/09.md")).unwrap_or_default();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        chapter,
    )
}

#[test]
fn a_header_written_as_a_column_s_label_or_with_spaces_and_dots_maps_to_it() {
    // Mexico: `T-MEC` (the label of `tmec`) was ignored with a note, exit
    // 0, and the USMCA preference dropped. Kenya: `HS Code` was refused.
    for code in ["HS Code", "H.S. Code", "hs_code", "Code SH", "Mã HS"] {
        let site = mexican_site("");
        site.write(
            "tigie.csv",
            &format!(
                "{code},Description,Unit,MFN,T-MEC\n09,Coffee,,,\n0901,Coffee,,,\n\
                 0901.11,Not roasted,,,\n0901.11.10,Arabica,kg,20%,0%\n"
            ),
        );
        let (status, stderr, chapter) = import(&site, "tigie.csv", &[]);
        assert_eq!(status, 0, "{code}: {stderr}");
        assert_lacks(&stderr, "maps to no tariff column");
        assert_contains(&chapter, "| Code | Description | Unit | MFN | TMEC |");
        assert_contains(&chapter, "| 0901.11.10 | Arabica | kg | 20% | 0% |");
    }
}

#[test]
fn a_column_of_rates_that_maps_to_no_column_is_an_error_and_nothing_is_written() {
    let site = mexican_site("");
    site.write(
        "usmca.csv",
        "code,description,unit,mfn,USMCA,remarks\n09,Coffee,,,,\n0901,Coffee,,,,x\n\
         0901.11,Not roasted,,,,\n0901.11.10,Arabica,kg,20%,0%,\n0901.11.90,Other,kg,20%,Ex.,\n",
    );
    let (status, stderr, chapter) = import(&site, "usmca.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    // The report wraps long lines: each piece is asserted on its own.
    assert_contains(
        &stderr,
        "column `usmca` maps to no tariff column, but 2 of its 2 cells are rates",
    );
    assert_contains(&stderr, "they would be lost");
    assert_contains(&stderr, "head it `tmec` if it holds that column's rates");
    assert_contains(&stderr, "columns are `mfn`,");
    assert_contains(&stderr, "`atiga`, `tmec`");
    // A column of text is still only a note.
    assert_lacks(&stderr, "column `remarks` maps to no tariff column, but");
    assert_eq!(chapter, "", "nothing written");
}

#[test]
fn a_csv_without_a_code_column_names_the_headers_it_has() {
    let site = mexican_site("");
    site.write("bad.csv", "Tariff No,Description\n0901,Coffee\n");
    let (status, stderr, _) = import(&site, "bad.csv", &[]);
    assert_eq!(status, 1);
    assert_contains(
        &stderr,
        "the CSV has no code column; its headers are `tariff no`, `description`",
    );
    assert_contains(&stderr, "`HS code`");
}

/// TIGIE's export: an 8-digit `Fracción` and a 2-digit `NICO`.
const TIGIE: &str = "Fracción,NICO,Descripción,MFN\n09,,Café,\n0901,,Café,\n0901.11,,Sin tostar,\n\
    0901.11.01,,Café verde,\n0901.11.01,00,Variedad robusta,20%\n0901.11.01,99,Los demás,20%\n";

#[test]
fn a_code_on_two_rows_told_apart_by_a_nico_column_says_to_join_it() {
    // Mexico: 34 errors `0901.11.01 appears twice` with "merge the two
    // rows", which would have destroyed the NICO lines.
    let site = mexican_site("");
    site.write("tigie.csv", TIGIE);
    let (status, stderr, chapter) = import(&site, "tigie.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    // The report wraps long lines: each piece is asserted on its own.
    assert_contains(
        &stderr,
        "`0901.11.01` appears twice (lines 5 and 6), and column `nico` tells the rows apart",
    );
    assert_contains(&stderr, "tigie.csv:6:1");
    assert_contains(
        &stderr,
        "import with `--code-suffix nico` to write `0901.11.01` and",
    );
    assert_contains(&stderr, "`national_digits = 10` under [tariff] in kb.toml");
    assert_lacks(&stderr, "merge the two rows");
    assert_eq!(chapter, "", "nothing written");

    // Joined, with national lines of 8 digits: the length to set.
    let (status, stderr, _) = import(&site, "tigie.csv", &["--code-suffix", "NICO"]);
    assert_eq!(status, 1, "{stderr}");
    assert_contains(
        &stderr,
        "line 6: with column `nico` joined, `0901.11.01.00` has 10 digits, and national lines have 8",
    );
    assert_contains(&stderr, "set `national_digits = 10`");
}

#[test]
fn a_code_suffix_column_is_joined_to_the_code() {
    let site = SiteTest::new("tariff");
    std::fs::remove_dir_all(site.root().join("content/tariff")).unwrap();
    site.edit("kb.toml", |t| {
        t.replace("national_digits = 8", "national_digits = 10")
    })
    .write("tigie.csv", TIGIE);
    let (status, stderr, chapter) = import(&site, "tigie.csv", &["--code-suffix", "NICO"]);
    assert_eq!(status, 0, "{stderr}");
    assert_lacks(&stderr, "column `nico`");
    assert_contains(&chapter, "| 0901.11.01 | Café verde |  |");
    assert_contains(&chapter, "| 0901.11.01.00 | Variedad robusta | 20% |");
    assert_contains(&chapter, "| 0901.11.01.99 | Los demás | 20% |");
}

#[test]
fn a_national_word_for_free_or_a_currency_abbreviation_gets_kb_s_way_to_write_it() {
    // Mexico's `Ex.`, `Exento`; Kenya's `Ksh 134.82/l`: only "not a rate".
    let site = mexican_site("currency = \"KES\"");
    site.write(
        "rates.csv",
        "code,description,unit,mfn,t-mec\n09,Coffee,,,\n0901,Coffee,,,\n0901.11,Not roasted,,,\n\
         0901.11.10,Arabica,kg,Ksh 134.82/l,Ex.\n0901.11.90,Other,kg,Kshs. 20/kg,Exento\n",
    );
    let (status, stderr, chapter) = import(&site, "rates.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    assert_contains(
        &chapter,
        "| 0901.11.10 | Arabica | kg | Ksh 134.82/l | Ex. |",
    );
    assert_contains(&stderr, "`Ex.` is not a rate; write `free`");
    assert_contains(&stderr, "`Exento` is not a rate; write `free`");
    assert_contains(
        &stderr,
        "`Ksh 134.82/l` is not a rate; write `134.82 KES/l`",
    );
    assert_contains(&stderr, "`Kshs. 20/kg` is not a rate; write `20 KES/kg`");
}

/// Cambodia's and Iran's exports write codes, rates and dates in their
/// own digits: the import writes them as the numbers they are, and the
/// site builds. The old import refused every row ("not a code").
#[test]
fn codes_rates_and_dates_in_native_digits_are_imported_as_their_numbers() {
    let site = mexican_site("");
    site.write(
        "khmer.csv",
        "Code,Description,Unit,MFN,T-MEC\n០៩,Coffee,,,\n០៩០១,Coffee,,,\n\
         ០៩០១.១១,Not roasted,,,\n០៩០១.១១.១០,Arabica,kg,៣៥%,۱۲٫۵٪\n",
    );
    let (status, stderr, chapter) = import(&site, "khmer.csv", &[]);
    assert_eq!(status, 0, "{stderr}");
    assert_contains(&chapter, "| 0901.11.10 | Arabica | kg | 35% | 12.5% |");
    site.build().assert_ok();
}
