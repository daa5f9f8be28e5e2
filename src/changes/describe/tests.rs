//! Entries described in words from their parsed values, in several
//! languages, on the tariff fixture.

use super::*;
use crate::changes::{ChangeKind, RateValue};
use crate::model::BuildOptions;
use crate::tariff::DutyRate;

/// The tariff fixture, in a folder of its own (outside any git
/// repository), described on 2026-12-02.
fn site() -> std::sync::Arc<Site> {
    let dir = tempfile::tempdir().unwrap();
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites/tariff");
    for entry in walkdir::WalkDir::new(&from) {
        let entry = entry.unwrap();
        let target = dir.path().join(entry.path().strip_prefix(&from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    let options = BuildOptions {
        date: Some(d("2026-12-02")),
        ..BuildOptions::default()
    };
    match crate::build::load_site(dir.path(), &options) {
        Ok((loaded, _)) => loaded.site,
        Err(problems) => panic!("the fixture builds: {problems:?}"),
    }
}

fn d(text: &str) -> Date {
    text.parse().unwrap()
}

fn percent(written: &str, percent: &str) -> RateValue {
    RateValue {
        written: written.into(),
        rate: Some(DutyRate::AdValorem {
            percent: percent.into(),
        }),
    }
}

fn entry(code: &str, change: Change, effective: Option<&str>) -> ChangeEntry {
    ChangeEntry {
        id: "x".into(),
        date: d("2026-11-10"),
        timestamp: "2026-11-10T09:00:00Z".into(),
        effective: effective.map(d),
        kind: ChangeKind::Tariff,
        chapter: Some("09".into()),
        code: Some(code.into()),
        page_key: "tariff/09".into(),
        title: "Arabica".into(),
        change,
    }
}

fn mfn(step: Step<RateValue>) -> Change {
    Change::Rate {
        column: "mfn".into(),
        step,
    }
}

fn title(site: &Site, e: &ChangeEntry, lang: &str) -> EntryText {
    let lang = site.config.lang(lang).expect("a language of the test site");
    describe(site, e, lang, &site.locales.formats(lang.code()))
}

#[test]
fn rates_are_written_from_their_parsed_values() {
    let site = site();
    // Written `20 %` and `15.0%`: shown as each language writes a rate.
    let now = entry(
        "09011110",
        mfn(Step::Now {
            old: percent("20 %", "20"),
            new: percent("15.0%", "15.0"),
        }),
        None,
    );
    let text = title(&site, &now, "en");
    assert_eq!(
        text.title,
        "MFN rate of 0901.11.10 changed from 20% to 15.0%"
    );
    // A change of the rate in force says no date.
    assert_eq!(text.summary, text.title);
    let fr = title(&site, &now, "fr");
    assert_eq!(
        fr.title,
        "Le taux NPF du 0901.11.10 est passé de 20\u{a0}% à 15,0\u{a0}%"
    );
}

#[test]
fn scheduled_values_say_their_date() {
    let site = site();
    let added = entry(
        "09011110",
        mfn(Step::Scheduled {
            old: percent("15%", "15"),
            new: percent("10%", "10"),
        }),
        Some("2027-01-01"),
    );
    let text = title(&site, &added, "en");
    assert_eq!(
        text.title,
        "MFN rate of 0901.11.10 changes from 15% to 10% on January 1, 2027"
    );
    assert_eq!(text.details, "", "the date is in the title, once");
    assert_eq!(
        title(&site, &added, "fr").title,
        "Le taux NPF du 0901.11.10 passe de 15\u{a0}% à 10\u{a0}% le 1er janvier 2027"
    );
    let revised = entry(
        "09011110",
        mfn(Step::Revised {
            old: percent("10%", "10"),
            new: percent("12%", "12"),
        }),
        Some("2027-01-01"),
    );
    assert_eq!(
        title(&site, &revised, "en").title,
        "MFN rate of 0901.11.10: the change on January 1, 2027 is now to 12%, not 10%"
    );
    let moved = entry(
        "09011110",
        mfn(Step::Moved {
            value: percent("12%", "12"),
            from: d("2027-01-01"),
        }),
        Some("2027-07-01"),
    );
    assert_eq!(
        title(&site, &moved, "en").title,
        "MFN rate of 0901.11.10: the change to 12% now takes effect on July 1, 2027, not January 1, 2027"
    );
    let withdrawn = entry(
        "09011110",
        mfn(Step::Withdrawn {
            value: percent("10%", "10"),
        }),
        Some("2027-01-01"),
    );
    assert_eq!(
        title(&site, &withdrawn, "en").title,
        "The change of MFN rate of 0901.11.10 to 10% on January 1, 2027 is withdrawn"
    );
    assert_eq!(
        title(&site, &withdrawn, "fr").title,
        "Le passage du taux NPF du 0901.11.10 à 10\u{a0}% le 1er janvier 2027 est annulé"
    );
}

#[test]
fn lines_that_start_and_end_on_a_date() {
    let site = site();
    let ends = entry(
        "09011110",
        Change::LineEnds { old: None },
        Some("2026-12-31"),
    );
    assert_eq!(
        title(&site, &ends, "en").title,
        "Tariff line 0901.11.10 ends on December 31, 2026 (Arabica WIB or Robusta OIB – \
         Not decaffeinated – Coffee, not roasted: – Coffee, whether or not roasted or decaffeinated)"
    );
    let mut starts = entry("09011111", Change::LineAdded, Some("2027-01-01"));
    starts.title = "Arabica, washed".into();
    let text = title(&site, &starts, "en");
    assert_eq!(
        text.title,
        "New tariff line 0901.11.11 from January 1, 2027: Arabica, washed"
    );
    assert_eq!(text.details, "");
    let plain = entry("09011111", Change::LineAdded, None);
    assert_eq!(
        title(&site, &plain, "fr").title,
        "Nouvelle ligne tarifaire 0901.11.11 : Arabica"
    );
}

#[test]
fn no_rate_is_said_in_words() {
    let site = site();
    let e = entry(
        "09011110",
        mfn(Step::Now {
            old: RateValue::none(),
            new: percent("5%", "5"),
        }),
        None,
    );
    assert_eq!(
        title(&site, &e, "en").title,
        "MFN rate of 0901.11.10 changed from none to 5%"
    );
}

#[test]
fn fee_amounts_say_their_date_once() {
    let site = site();
    let fee = |change: Change, effective: Option<&str>| ChangeEntry {
        kind: ChangeKind::Fee,
        chapter: None,
        code: None,
        page_key: "fees/inspection".into(),
        title: "Physical inspection".into(),
        ..entry("", change, effective)
    };
    let scheduled = fee(
        Change::FeeAmount {
            label: "20-foot container".into(),
            step: Step::Scheduled {
                old: "400000".into(),
                new: "450000".into(),
            },
            currency: "VND".into(),
        },
        Some("2027-01-01"),
    );
    let text = title(&site, &scheduled, "en");
    assert_eq!(
        text.title,
        "Physical inspection (20-foot container): amount changes from ₫400,000 to ₫450,000 on January 1, 2027"
    );
    assert_eq!(text.details, "");
    let withdrawn = fee(
        Change::FeeAmount {
            label: String::new(),
            step: Step::Withdrawn {
                value: "450000".into(),
            },
            currency: "VND".into(),
        },
        Some("2027-01-01"),
    );
    assert_eq!(
        title(&site, &withdrawn, "fr").title,
        "Physical inspection : le passage du montant à 450\u{202f}000\u{a0}₫ le 1er janvier 2027 est annulé"
    );
    let ends = fee(Change::FeeEnds { old: None }, Some("2027-06-30"));
    assert_eq!(
        title(&site, &ends, "en").title,
        "Physical inspection: last charged on June 30, 2027"
    );
}
