//! Dates written in another calendar, or among words (testers' reports
//! from Thailand, Iran and Kazakhstan): kb's own hint gave `2570-01-01`
//! for the Buddhist Era's `1 มกราคม 2570` and `1406-01-01` for the Solar
//! Hijri `۱۴۰۶/۰۱/۰۱`, and `kb check` passed them, publishing a rate cut
//! 543 years late or 600 years early; `ЕКТ с 01.01.2027` was given the
//! example `ект 2027-07-01` as if it were its day.

use crate::harness::{assert_contains, assert_lacks, kb, SiteTest};

/// The tariff fixture with chapter 09's `from` and `to` replaced.
fn tariff_with(from: &str, to: &str) -> SiteTest {
    let site = SiteTest::new("tariff");
    site.edit("content/tariff/09.md", |chapter| {
        assert!(chapter.contains(from), "{from}");
        chapter.replace(from, to)
    });
    site
}

#[test]
fn a_schedule_date_in_a_buddhist_era_year_is_an_error_with_its_gregorian_day() {
    let site = tariff_with(
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 20%; 10% from 2570-01-01 | 0% | Licence needed |",
    );
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert_contains(
        &said,
        "`2570-01-01` is not a Gregorian date of the years 1900 to 2200",
    );
    assert_contains(
        &said,
        "`2570-01-01` reads as a Buddhist Era year: write `from 2027-01-01`",
    );
    site.build().assert_fails();
}

#[test]
fn a_date_written_the_thai_way_is_given_back_in_the_gregorian_calendar() {
    let site = tariff_with(
        "| kg | 20% | 0% | Licence needed |",
        "| kg | 20%; 0% ตั้งแต่ 1 มกราคม 2570 | 0% | Licence needed |",
    );
    let built = site.build();
    built.assert_fails();
    let said = built.stderr();
    assert_contains(
        &said,
        "`1 มกราคม 2570` reads as a Buddhist Era year: write `0% from 2027-01-01`",
    );
    assert_lacks(&said, "2570-01-01");
}

#[test]
fn a_line_s_first_day_in_a_solar_hijri_year_is_an_error() {
    let site = tariff_with(
        "| 0901.11.90 | - - - Other |",
        "| 0901.11.90 from ۱۴۰۶-۰۱-۰۱ | - - - Other |",
    );
    let built = site.build();
    built.assert_fails();
    let said = built.stderr();
    assert_contains(
        &said,
        "`1406-01-01` is not a Gregorian date of the years 1900 to 2200",
    );
    assert_contains(&said, "a Solar Hijri year: write `from 2027-03-21`");
}

#[test]
fn a_fee_dated_in_another_calendar_is_an_error() {
    let site = SiteTest::new("tariff");
    site.write(
        "content/fees/declaration.md",
        "+++\ntitle = \"Declaration fee\"\namount = \"20000; 25000 from 2570-01-01\"\ncurrency = \"VND\"\nper = \"declaration\"\n+++\n",
    );
    site.write(
        "content/fees/permit.md",
        "+++\ntitle = \"Permit fee\"\namount = \"50000\"\ncurrency = \"VND\"\nper = \"permit\"\neffective = 2570-01-01\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    let said = built.stderr();
    assert_contains(
        &said,
        "`2570-01-01` reads as a Buddhist Era year: write `from 2027-01-01`",
    );
    assert_contains(
        &said,
        "effective: `2570-01-01` is not a Gregorian date of the years 1900 to 2200",
    );
    assert_contains(&said, "write `effective = 2027-01-01`");
}

#[test]
fn the_reference_date_in_another_calendar_is_refused_with_its_gregorian_day() {
    let site = SiteTest::new("basic");
    for (date, said) in [
        (
            "۱۴۰۵/۰۹/۱۷",
            "`۱۴۰۵/۰۹/۱۷` reads as a Solar Hijri year: write `2026-12-08`",
        ),
        ("1405-09-17", "a Solar Hijri year: write `2026-12-08`"),
        (
            "2570-01-01",
            "`2570-01-01` reads as a Buddhist Era year: write `2027-01-01`",
        ),
        (
            "3027-01-01",
            "a schedule's dates are Gregorian, of the years 1900 to 2200",
        ),
    ] {
        let built = site.build_with(&["--date", date]);
        assert_eq!(built.code(), 2, "{date}");
        assert_contains(&built.stderr(), said);
        assert!(!built.exists("index.html"), "{date}");
    }
}

/// `kb import tariff` of a CSV with a dated column headed `header`: exit
/// code and stderr.
fn import_with_header(header: &str) -> (i32, String) {
    let site = SiteTest::new("tariff");
    std::fs::remove_dir_all(site.root().join("content/tariff")).unwrap();
    site.write(
        "dated.csv",
        &format!(
            "Code,Description,Unit,MFN,{header}\n09,Coffee,,,\n0901,Coffee,,,\n\
             090111,Not decaffeinated,kg,15%,10%\n"
        ),
    );
    let out = kb()
        .arg("--root")
        .arg(site.root())
        .args(["import", "tariff"])
        .arg(site.root().join("dated.csv"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_dated_column_in_another_calendar_or_among_words_gets_its_own_day() {
    for (header, said, hint) in [
        (
            "MFN 01/01/2570",
            "column `MFN 01/01/2570`: `01/01/2570` is not a date",
            "`01/01/2570` reads as a Buddhist Era year: write `MFN 2027-01-01`",
        ),
        (
            "MFN 1 มกราคม 2570",
            "is not a date",
            "reads as a Buddhist Era year: write `MFN 2027-01-01`",
        ),
        (
            "MFN 2570-01-01",
            "column `MFN 2570-01-01`: `2570-01-01` is not a Gregorian date of the years 1900 to 2200",
            "write `MFN 2027-01-01`",
        ),
        (
            "MFN ۱۴۰۶/۰۱/۰۱",
            "is not a date",
            "`۱۴۰۶/۰۱/۰۱` reads as a Solar Hijri year: write `MFN 2027-03-21`",
        ),
        // Russian `с`, Kazakh `бастап`: "from".
        (
            "MFN с 01.01.2027",
            "column `MFN с 01.01.2027`: `с 01.01.2027` is not a date",
            "write dates as YYYY-MM-DD: `MFN 2027-01-01`",
        ),
        (
            "MFN 01.01.2027 бастап",
            "is not a date",
            "`MFN 2027-01-01`",
        ),
        (
            "MFN 2027-01-01 бастап",
            "is not a date",
            "`MFN 2027-01-01`",
        ),
    ] {
        let (code, stderr) = import_with_header(header);
        assert_eq!(code, 1, "{header}: {stderr}");
        // Headers are quoted as the import passes them (in lower case
        // until it keeps them as written).
        let stderr = stderr.to_lowercase();
        assert_contains(&stderr, &said.to_lowercase());
        assert_contains(&stderr, &hint.to_lowercase());
        // Never a real-looking day that is not the header's.
        assert_lacks(&stderr, "2027-07-01");
    }
    // A date kb cannot read gets the form, not an example day to copy.
    let (_, stderr) = import_with_header("MFN early 2027");
    let stderr = stderr.to_lowercase();
    assert_contains(&stderr, "`mfn yyyy-mm-dd`");
    assert_lacks(&stderr, "`mfn 2027-07-01`");
}
