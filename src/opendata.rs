//! Open data: the tariff as `/data/tariff.json` (every line, every
//! language, parsed and original rates) and `/data/tariff-{lang}.csv` (one
//! flat table per language for spreadsheets). The JSON holds each rate's
//! whole timeline; the CSV the rate in force on the reference date and the
//! next change. The schema is in `docs/tariff.md`; it reads only the model.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::Write;

use jiff::civil::Date;
use serde::Serialize;

use crate::config::{ColumnKind, TariffColumn};
use crate::lang::Lang;
use crate::model::{Site, TranslationState};
use crate::output::Sink;
use crate::tariff::{CodeLevel, DutyRate, LineStatus, RateCell, TariffCode, Validity};

/// Version of the JSON schema, bumped on any incompatible change.
pub const TARIFF_SCHEMA: &str = "kb-tariff/2";

#[derive(Serialize)]
struct TariffDocument<'a> {
    schema: &'static str,
    site: &'a str,
    base_url: &'a str,
    reference_date: jiff::civil::Date,
    languages: Vec<&'a str>,
    columns: Vec<ColumnEntry<'a>>,
    sections: Vec<SectionEntry<'a>>,
    chapters: Vec<ChapterEntry<'a>>,
    lines: Vec<LineEntry<'a>>,
}

#[derive(Serialize)]
struct ColumnEntry<'a> {
    key: &'a str,
    kind: ColumnKind,
    /// A tax column's base, term by term (`["value", "duty", "excise"]`):
    /// without it a re-user reads cumulative taxes as each on the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    base: Option<Vec<String>>,
    /// A tax column's regimes that waive it (`["ab", "sta"]`): the rate
    /// columns under which it is not levied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    waived_by: Vec<&'a str>,
}

#[derive(Serialize)]
struct SectionEntry<'a> {
    number: &'a str,
    titles: BTreeMap<&'a str, &'a str>,
}

#[derive(Serialize)]
struct ChapterEntry<'a> {
    number: &'a str,
    section: Option<&'a str>,
    titles: BTreeMap<&'a str, &'a str>,
}

/// One value of a rate's timeline, with the days it is in force.
#[derive(Serialize)]
struct RateValue<'a> {
    text: &'a str,
    rate: Option<&'a DutyRate>,
    /// First day in force; `null` for a value in force since before any
    /// date the tariff gives.
    from: Option<jiff::civil::Date>,
    /// Last day in force; `null` while no later value is scheduled.
    to: Option<jiff::civil::Date>,
}

#[derive(Serialize)]
struct RateEntry<'a> {
    /// The cell as written.
    text: &'a str,
    /// The value in force on the reference date (`null` before the first
    /// dated value).
    in_force: Option<RateValue<'a>>,
    /// Every value, in date order.
    timeline: Vec<RateValue<'a>>,
}

/// A rate cell's values, each within the line's first and last days (a
/// value for after a line ends is not the line's), and the one in force.
fn rate_entry<'a>(
    cell: &'a RateCell,
    validity: Validity,
    date: jiff::civil::Date,
) -> RateEntry<'a> {
    let value = |i: usize, v: &'a crate::timeline::Dated<Option<DutyRate>>| {
        let (from, to) = validity.bound(v.from, cell.timeline.until(i))?;
        Some(RateValue {
            text: &v.text,
            rate: v.value.as_ref(),
            from,
            to,
        })
    };
    let values = cell.timeline.values();
    let timeline: Vec<RateValue<'a>> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| value(i, v))
        .collect();
    let in_force = cell.at(date).and_then(|current| {
        let i = values.iter().position(|v| std::ptr::eq(v, current))?;
        value(i, current)
            .filter(|v| v.from.is_none_or(|f| f <= date) && v.to.is_none_or(|t| date <= t))
    });
    RateEntry {
        text: &cell.text,
        in_force,
        timeline,
    }
}

#[derive(Serialize)]
struct LineEntry<'a> {
    code: &'a str,
    display: &'a str,
    level: CodeLevel,
    chapter: &'a str,
    parent: Option<&'a str>,
    declarable: bool,
    /// The days the line is in force (`from`, `until`: `null` when open).
    validity: Validity,
    /// Whether it is in force on the reference date.
    status: LineStatus,
    descriptions: BTreeMap<&'a str, &'a str>,
    /// The grouping lines between the line and its parent (`Roasted:`),
    /// broadest first, each language code → text.
    groups: Vec<BTreeMap<&'a str, &'a str>>,
    data: &'a BTreeMap<String, String>,
    rates: BTreeMap<&'a str, RateEntry<'a>>,
    texts: BTreeMap<&'a str, BTreeMap<&'a str, &'a str>>,
}

/// Pairs each language code with the value it has, skipping the gaps.
fn per_language<'a>(site: &'a Site, values: &'a [Option<String>]) -> BTreeMap<&'a str, &'a str> {
    site.config
        .languages
        .iter()
        .zip(values)
        .filter_map(|(l, v)| Some((l.code.as_str(), v.as_deref()?)))
        .collect()
}

fn line_entry<'a>(site: &'a Site, code: &'a TariffCode) -> LineEntry<'a> {
    let codes = &site.tariff.codes;
    LineEntry {
        code: &code.digits,
        display: &code.display,
        level: code.level,
        chapter: &code.chapter,
        parent: code.parent.map(|p| codes[p].digits.as_str()),
        declarable: code.is_leaf(),
        validity: code.validity,
        status: code.validity.status(site.reference_date),
        descriptions: per_language(site, &code.descriptions),
        groups: code
            .groups
            .iter()
            .map(|group| per_language(site, group))
            .collect(),
        data: &code.data,
        rates: code
            .rates
            .iter()
            .map(|(key, cell)| {
                (
                    key.as_str(),
                    rate_entry(cell, code.validity, site.reference_date),
                )
            })
            .collect(),
        texts: code
            .texts
            .iter()
            .map(|(key, values)| (key.as_str(), per_language(site, values)))
            .collect(),
    }
}

/// `/data/tariff.json`, written to `out` as it is serialised: on a tariff
/// in 24 languages it is hundreds of megabytes.
fn write_tariff_json(site: &Site, out: &mut dyn Write) -> std::io::Result<()> {
    let config = &site.config;
    let tariff = &site.tariff;
    let document = TariffDocument {
        schema: TARIFF_SCHEMA,
        site: &config.title,
        base_url: site.urls.base_url(),
        reference_date: site.reference_date,
        languages: config.language_codes().collect(),
        columns: tariff
            .columns
            .iter()
            .map(|c| ColumnEntry {
                key: &c.key,
                kind: c.kind,
                base: (c.kind == ColumnKind::Tax).then(|| {
                    c.base_terms()
                        .iter()
                        .map(|t| t.name().to_string())
                        .collect()
                }),
                waived_by: c.waiving(&tariff.columns).map(|r| r.key.as_str()).collect(),
            })
            .collect(),
        sections: tariff
            .sections
            .iter()
            .map(|s| SectionEntry {
                number: &s.number,
                titles: per_language(site, &s.titles),
            })
            .collect(),
        chapters: tariff
            .chapters
            .iter()
            .map(|c| ChapterEntry {
                number: &c.number,
                section: c.section.as_deref(),
                titles: site
                    .page(&c.page_key)
                    .map(|p| {
                        p.versions
                            .iter()
                            .filter(|v| v.state != TranslationState::Missing)
                            .map(|v| (v.lang.as_str(), v.title.as_str()))
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect(),
        lines: tariff.codes.iter().map(|c| line_entry(site, c)).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    out.write_all(b"\n")
}

/// The `in_force` cell of a line: `true`, or when it starts or ended.
fn in_force_cell(status: LineStatus) -> &'static str {
    match status {
        LineStatus::InForce => "true",
        LineStatus::NotYet(_) => "not_yet",
        LineStatus::Ended(_) => "ended",
    }
}

fn level_name(level: CodeLevel) -> &'static str {
    match level {
        CodeLevel::Heading => "heading",
        CodeLevel::Subheading => "subheading",
        CodeLevel::NationalLine => "national_line",
    }
}

/// First characters that make a spreadsheet read a cell as a formula, or
/// that a spreadsheet may drop in front of one (OWASP, "CSV Injection":
/// `=`, `+`, `-`, `@`, tab, carriage return; OWASP ASVS 1.2.10 adds NUL).
/// A description such as `=HYPERLINK("http://…")` would otherwise run in the
/// spreadsheet of whoever opens the open data.
const FORMULA_TRIGGERS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\0'];

/// The text of a CSV cell: `value`, with a `'` in front if it starts with a
/// formula trigger, so a spreadsheet shows it as text. A value that already
/// starts with `'` gets one more, so that a reader recovers every value
/// exactly by dropping one leading `'`. Every cell is prefixed the same way,
/// `-` (no rate) and negative numbers included: telling a harmless `-5`
/// from `-5+cmd|…` is what the rule avoids. JSON is not affected.
fn csv_cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(FORMULA_TRIGGERS) || value.starts_with('\'') {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// Writes one CSV row, every cell through [`csv_cell`].
fn write_row<S: AsRef<str>>(writer: &mut csv::Writer<Vec<u8>>, cells: &[S]) {
    // Writing to a Vec cannot fail; a failed record would only shorten the file.
    let _ = writer.write_record(cells.iter().map(|c| csv_cell(c.as_ref()).into_owned()));
}

/// `/data/tariff-{lang}.csv`.
fn tariff_csv(site: &Site, lang: Lang<'_>) -> Vec<u8> {
    let config = &site.config;
    let date = site.reference_date;
    let codes = &site.tariff.codes;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = vec![
        "code",
        "display",
        "level",
        "chapter",
        "parent",
        "declarable",
        "description",
        "description_language",
        "groups",
        "in_force",
    ];
    // A rate column is the rate in force on the reference date, then the
    // next scheduled value and its date.
    let mut next_headers = Vec::new();
    for column in &site.tariff.columns {
        next_headers.push(match column.kind {
            ColumnKind::Rate | ColumnKind::Tax => vec![
                column.key.clone(),
                format!("{}_next", column.key),
                format!("{}_next_from", column.key),
            ],
            _ => vec![column.key.clone()],
        });
    }
    header.extend(next_headers.iter().flatten().map(String::as_str));
    write_row(&mut writer, &header);
    for code in codes {
        let (description, fallback) = code.description(lang);
        let description_language = if fallback {
            &config.default_language
        } else {
            lang.code()
        };
        let groups: Vec<&str> = code
            .groups
            .iter()
            .map(|group| crate::tariff::lineage::described(group, lang).0)
            .collect();
        let groups = groups.join(crate::tariff::lineage::CONTEXT_SEPARATOR);
        let mut record: Vec<String> = [
            code.digits.as_str(),
            &code.display,
            level_name(code.level),
            &code.chapter,
            code.parent.map_or("", |p| codes[p].digits.as_str()),
            if code.is_leaf() { "true" } else { "false" },
            description,
            description_language,
            &groups,
            in_force_cell(code.validity.status(date)),
        ]
        .map(str::to_string)
        .to_vec();
        for column in &site.tariff.columns {
            column_cells(code, column, lang, date, &mut record);
        }
        write_row(&mut writer, &record);
    }
    writer.into_inner().unwrap_or_default()
}

/// The cells of `column` for `code`: a data value; a text in `lang` (else
/// the original's); a rate in force on `date`, then the next scheduled
/// value and the day it starts.
fn column_cells(
    code: &TariffCode,
    column: &TariffColumn,
    lang: Lang<'_>,
    date: Date,
    record: &mut Vec<String>,
) {
    match column.kind {
        ColumnKind::Data => record.push(code.data.get(&column.key).cloned().unwrap_or_default()),
        ColumnKind::Rate | ColumnKind::Tax => {
            let cell = code.rates.get(&column.key);
            let now = cell.and_then(|c| c.at(date));
            let next = cell.and_then(|c| c.timeline.next_after(date));
            record.push(now.map(|v| v.text.clone()).unwrap_or_default());
            record.push(next.map(|n| n.text.clone()).unwrap_or_default());
            record.push(
                next.and_then(|n| n.from)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
        }
        ColumnKind::Text => record.push(
            code.texts
                .get(&column.key)
                .and_then(|values| {
                    values
                        .get(lang.index())
                        .and_then(Option::as_deref)
                        .or(values.first().and_then(Option::as_deref))
                })
                .unwrap_or_default()
                .to_string(),
        ),
    }
}

/// The name of the output stage that writes open data. It reads the
/// tariff, the chapters' titles and the configuration only, so an
/// incremental build keeps its files when no tariff chapter changed.
pub const STAGE: &str = "open data";

/// Writes every open data file of the site into `sink`, none when the
/// site has no tariff. `tariff.json` is streamed while the CSVs are made
/// beside it, one per worker, so that memory holds a CSV per core at most.
pub fn write_open_data(site: &Site, sink: &dyn Sink) -> std::io::Result<()> {
    use rayon::prelude::*;
    if site.tariff.codes.is_empty() {
        return Ok(());
    }
    let languages: Vec<Lang<'_>> = site.config.langs().collect();
    let (json, csvs) = rayon::join(
        || sink.write_streamed("data/tariff.json", &mut |out| write_tariff_json(site, out)),
        || {
            languages.par_iter().try_for_each(|&lang| {
                sink.write(&format!("data/tariff-{lang}.csv"), &tariff_csv(site, lang))
            })
        },
    );
    json.and(csvs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_written_as_text() {
        // Issue 13, item 10: OWASP's formula triggers, each a first character.
        for value in [
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A9)",
            "\t=1",
            "\r=1",
            "\0=1",
            "-",
        ] {
            assert_eq!(csv_cell(value), format!("'{value}"), "{value:?}");
        }
        // A leading quote is doubled, so dropping one `'` always gives the value back.
        assert_eq!(csv_cell("'quoted"), "''quoted");
        assert_eq!(csv_cell("''=1"), "'''=1");
        // Anything else is left alone, including a trigger further in.
        for value in ["", "20%", "free", "Coffee = 1", "a-b", " =1", "0901.11.10"] {
            assert_eq!(csv_cell(value), value, "{value:?}");
        }
    }

    #[test]
    fn rows_go_through_the_quoting_of_every_cell() {
        let mut writer = csv::Writer::from_writer(Vec::new());
        write_row(&mut writer, &["=1+1", "a,b", "-"]);
        let bytes = writer.into_inner().unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), "'=1+1,\"a,b\",'-\n");
    }

    #[test]
    fn each_language_has_a_csv_with_the_rate_in_force_and_the_next_one() {
        let chapter = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/sites/tariff/content/tariff/09.md"),
        )
        .expect("the fixture chapter");
        let chapter = chapter.replacen("| kg | 20% |", "| kg | 20%; 10% from 2027-01-01 |", 1);
        let (_dir, loaded) =
            crate::testing::fixture_with("tariff", &[("content/tariff/09.md", &chapter)]);
        let sink = crate::output::MemorySink::default();
        write_open_data(&loaded.site, &sink).expect("written");
        let files = sink.into_files();
        let paths: Vec<&str> = files.keys().map(String::as_str).collect();
        assert_eq!(
            paths,
            [
                "data/tariff-ar.csv",
                "data/tariff-en.csv",
                "data/tariff-fr.csv",
                "data/tariff.json",
            ]
        );
        let fr = String::from_utf8(files["data/tariff-fr.csv"].clone()).expect("UTF-8");
        let mut rows = fr.lines();
        let header: Vec<&str> = rows.next().expect("a header").split(',').collect();
        let column = |name: &str| header.iter().position(|h| *h == name).expect(name);
        let line = rows
            .find(|r| r.starts_with("09011110,"))
            .expect("the line")
            .split(',')
            .collect::<Vec<_>>();
        assert_eq!(line[column("mfn")], "20%");
        assert_eq!(line[column("mfn_next")], "10%");
        assert_eq!(line[column("mfn_next_from")], "2027-01-01");
        assert_eq!(line[column("description_language")], "fr");
        let json: serde_json::Value =
            serde_json::from_slice(&files["data/tariff.json"]).expect("JSON");
        assert_eq!(json["schema"], "kb-tariff/2");
    }
}
