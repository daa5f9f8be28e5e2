//! `kb import tariff`: which CSV header names which column, and what the
//! import refuses to lose (testers' reports from Mexico, Kenya and
//! Bangladesh): a column headed by its label (`T-MEC`), a code column
//! headed `HS Code`, a column of rates that maps to nothing, a code on two
//! rows told apart by a NICO column, national words for free and
//! national currency abbreviations in rate cells; and from Kazakhstan,
//! Iran, Türkiye and Thailand: the nomenclatures' own code and
//! description headers, hints that name the site's labels and no
//! unrelated column, headers quoted as written, rates written the
//! national way (`%8`, `Muaf`, `ยกเว้น`, `asgari`, `TL`).

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
        "column `USMCA` maps to no tariff column, but 2 of its 2 cells are rates",
    );
    assert_contains(&stderr, "they would be lost");
    assert_contains(&stderr, "columns are `mfn`,");
    assert_contains(&stderr, "`atiga`, `tmec`");
    // `USMCA` is not like `tmec`'s names: no column is guessed, the label
    // that would read it is said.
    assert_lacks(&stderr, "head it `");
    assert_contains(&stderr, "`tariff-col-mfn = USMCA` for `mfn`");
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
    // Headers as written, not lower-cased.
    assert_contains(
        &stderr,
        "the CSV has no code column; its headers are `Tariff No`, `Description`",
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
        "`0901.11.01` appears twice (lines 5 and 6), and column `NICO` tells the rows apart",
    );
    assert_contains(&stderr, "tigie.csv:6:1");
    assert_contains(
        &stderr,
        "import with `--code-suffix NICO` to write `0901.11.01` and",
    );
    assert_contains(&stderr, "`national_digits = 10` under [tariff] in kb.toml");
    assert_lacks(&stderr, "merge the two rows");
    assert_eq!(chapter, "", "nothing written");

    // Joined, with national lines of 8 digits: the length to set.
    let (status, stderr, _) = import(&site, "tigie.csv", &["--code-suffix", "NICO"]);
    assert_eq!(status, 1, "{stderr}");
    assert_contains(
        &stderr,
        "line 6: with column `NICO` joined, `0901.11.01.00` has 10 digits, and national lines have 8",
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
    assert_lacks(&stderr, "column `NICO`");
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

/// The fixture with Thai as a language besides English, French and
/// Arabic, and a `local` tax labelled as Thailand's municipal tax.
fn thai_site() -> SiteTest {
    let site = mexican_site("");
    site.edit("kb.toml", |toml| {
        toml.replace(
            "[tariff]",
            "[languages.th]\nname = \"ไทย\"\n\n[tariff]",
        )
        .replace(
            "[[tariff.columns]]\nkey = \"note\"",
            "[[tariff.columns]]\nkey = \"local\"\nkind = \"tax\"\nbase = \"value\"\n[[tariff.columns]]\nkey = \"note\"",
        )
    })
    .write(
        "locales/th/site.ftl",
        "tariff-col-local = ภาษีเพื่อมหาดไทย\n",
    );
    site
}

#[test]
fn the_nomenclatures_own_code_and_description_headers_are_read() {
    // Kazakhstan (`Код ТН ВЭД`, `СЭҚ ТН коды`), Iran (`شماره تعرفه`),
    // Türkiye (`GTİP`, `G.T.İ.P.`), Thailand (`ประเภทพิกัด`), the Arab
    // tariffs (`البند`): each was refused as having no code column.
    for (code, description) in [
        ("Код ТН ВЭД", "Наименование позиции"),
        ("ТН ВЭД", "Наименование позиции"),
        ("СЭҚ ТН коды", "Тауардың атауы"),
        ("شماره تعرفه", "شرح کالا"),
        ("کد تعرفه", "شرح کالا"),
        ("GTİP", "Eşyanın Tanımı"),
        ("G.T.İ.P.", "Eşyanın Tanımı"),
        ("ประเภทพิกัด", "รายการ"),
        ("รหัส", "รายการสินค้า"),
        ("البند", "وصف البضائع"),
        ("رمز النظام المنسق", "الوصف"),
    ] {
        let site = mexican_site("");
        site.write(
            "national.csv",
            &format!(
                "{code};{description};MFN\n09;Coffee;\n0901;Coffee;\n0901.11;Not roasted;\n\
                 0901.11.10;Arabica;20%\n"
            ),
        );
        let (status, stderr, chapter) = import(&site, "national.csv", &[]);
        assert_eq!(status, 0, "{code}, {description}: {stderr}");
        assert_contains(&chapter, "| 0901.11.10 | Arabica | 20% |");
    }
}

#[test]
fn a_missing_code_or_description_column_s_help_names_the_site_s_labels() {
    // Thailand, Kazakhstan, Iran: "or the site's label for the code",
    // which the editor had to look up in kb's locale files.
    let site = thai_site();
    site.write("no-code.csv", "เลขที่,รายการสินค้า,MFN\n0901,Coffee,5%\n");
    let (status, stderr, _) = import(&site, "no-code.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    let said = unwrapped(&stderr);
    assert_contains(&said, "`ประเภทพิกัด`");
    assert_contains(&said, "`รหัส` (th)");
    assert_contains(&said, "`الرمز` (ar)");
    site.write("no-description.csv", "รหัส,ชื่อ,MFN\n0901,Coffee,5%\n");
    let (status, stderr, _) = import(&site, "no-description.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    let said = unwrapped(&stderr);
    assert_contains(&said, "the CSV has no description column");
    assert_contains(&said, "`รายการสินค้า` (th)");
}

#[test]
fn a_column_of_rates_like_no_column_s_name_is_not_sent_to_an_unrelated_one() {
    // Thailand: `อัตราอากรทั่วไป` (the general duty) got "head it
    // `local`", the municipal tax: followed, it levied the duty as a tax.
    let site = thai_site();
    site.write(
        "general.csv",
        "ประเภทพิกัด,รายการ,อัตราอากรทั่วไป,ATIGA\n09,Coffee,,\n0901,Coffee,,\n\
         0901.11,Not roasted,,\n0901.11.10,Arabica,30%,0%\n0901.11.90,Other,ยกเว้น,0%\n",
    );
    let (status, stderr, chapter) = import(&site, "general.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    let said = unwrapped(&stderr);
    assert_contains(
        &said,
        "column `อัตราอากรทั่วไป` maps to no tariff column, but 2 of its 2 cells are rates",
    );
    assert_lacks(&said, "head it `local`");
    assert_contains(&said, "`tariff-col-mfn = อัตราอากรทั่วไป` for `mfn`");
    assert_eq!(chapter, "", "nothing written");
    // A name close to a column's is still offered: a typo of `atiga`.
    site.write(
        "typo.csv",
        "code,description,mfn,atgia\n09,Coffee,,\n0901.11.10,Arabica,30%,0%\n",
    );
    let (_, stderr, _) = import(&site, "typo.csv", &[]);
    assert_contains(&unwrapped(&stderr), "head it `atiga` if it holds");
}

#[test]
fn headers_are_quoted_as_written_not_lower_cased() {
    // Türkiye: `GTİP` was quoted `gti̇p` (i and a combining dot), a
    // header the editor could not find in the CSV.
    let site = mexican_site("");
    site.write(
        "tr.csv",
        "Tarife No;Eşyanın Tanımı;İGV\n0901.11.10;Kahve;%8\n",
    );
    let (status, stderr, _) = import(&site, "tr.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    assert_contains(
        &stderr,
        "its headers are `Tarife No`, `Eşyanın Tanımı`, `İGV`",
    );
    assert_lacks(&stderr, "i\u{307}");
}

/// Türkiye's tariff in its own notation, on a TRY site whose columns
/// are `gv` (MFN) and `otv` (special consumption tax).
fn turkish_site() -> SiteTest {
    let site = SiteTest::new("tariff");
    std::fs::remove_dir_all(site.root().join("content/tariff")).unwrap();
    site.edit("kb.toml", |toml| {
        toml.replace(
            "national_digits = 8",
            "national_digits = 12\ncurrency = \"TRY\"",
        )
        .replace("key = \"mfn\"", "key = \"gv\"")
        .replace(
            "key = \"atiga\"\nkind = \"rate\"",
            "key = \"otv\"\nkind = \"tax\"\nbase = \"value + duty\"",
        )
    });
    site
}

#[test]
fn rates_written_the_national_way_get_kb_s_way_to_write_them() {
    // Türkiye: `%8`, `%11,5`, `Muaf`, `%63 asgari 1.390,00 TL/1000 adet`
    // and `TL` got "is not a rate" with only the list of forms; Thailand:
    // `ยกเว้น`, kb's own `ยกเว้นอากร` and "whichever is higher"; Iran:
    // kb's own `معاف`.
    let site = turkish_site();
    site.write(
        "tarife.csv",
        "GTİP;Eşyanın Tanımı;Unit;GV;ÖTV\n09;Kahve;;;\n0901;Kahve;;;\n0901.11.00.00.00;Kahve;kg;%8;\n\
         0901.12.00.00.00;Kafeinsiz;kg;%11,5;\n0901.21.00.00.00;Kavrulmuş;kg;Muaf;1430 TL/lt\n\
         0901.22.00.00.00;Çekilmiş;kg;ยกเว้นอากร;%63 asgari 1.390,00 TL/1000 adet\n\
         0901.90.00.00.00;Diğer;kg;معاف;94% หรือ 2.83 ₺/kg แล้วแต่อัตราใดจะสูงกว่า\n",
    );
    let (status, stderr, chapter) = import(&site, "tarife.csv", &[]);
    assert_eq!(status, 1, "{stderr}");
    let said = unwrapped(&stderr);
    for (written, kb_s_way) in [
        ("%8", "8%"),
        ("%11.5", "11.5%"),
        ("Muaf", "free"),
        ("1430 TL/lt", "1430 TRY/lt"),
        ("ยกเว้นอากร", "free"),
        (
            "%63 asgari 1.390,00 TL/1000 adet",
            "63% min 1390.00 TRY/1000adet",
        ),
        ("معاف", "free"),
        (
            "94% หรือ 2.83 ₺/kg แล้วแต่อัตราใดจะสูงกว่า",
            "94% min 2.83 TRY/kg",
        ),
    ] {
        assert_contains(
            &said,
            &format!("`{written}` is not a rate; write `{kb_s_way}`"),
        );
    }
    // The import wrote the decimal comma as a point; the error says what
    // the CSV had, and the import said so first.
    assert_contains(&chapter, "| 0901.12.00.00.00 | Kafeinsiz | kg | %11.5 |  |");
    assert_contains(
        &said,
        "(the CSV has `%11,5` at line 5, written with a decimal point)",
    );
    assert_contains(
        &said,
        "note: 1 rate cell was written with Latin digits and decimal points",
    );
}

/// Error reports with their wrapped lines joined, so that a long message
/// or hint can be found whole.
fn unwrapped(report: &str) -> String {
    report
        .lines()
        .map(|l| l.trim().trim_start_matches('│').trim())
        .collect::<Vec<_>>()
        .join(" ")
}
