//! The structured records of one version of one content file, as the change
//! history compares them: a chapter's tariff lines with their rates, a fee's
//! amounts, a procedure's steps, a measure's codes, a tool's status, and
//! every page's text. Only the default language's files carry records:
//! numbers live there, and a translation's edits are not regulatory change.
//!
//! A chapter's table is read by the build's own row reader
//! ([`crate::tariff::row`]) and a fee's amounts by the fee reader
//! ([`crate::entities::fees`]): the history sees the same columns (matched
//! in any case), the same line dates, the same parsed rate and amount
//! timelines as the pages do, so a value cannot be shown one way and
//! reported another.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;

use crate::config::Config;
use crate::content::{parse_file, ContentFile};
use crate::currency::Currencies;
use crate::entities::fees::read_amount;
use crate::entities::money::Amount;
use crate::entities::{EntityData, EntityKind};
use crate::tariff::is_chapter_key;
use crate::tariff::row::{map_columns, read_row, Validity};
use crate::tariff::table::find_tariff_table;
use crate::tariff::{RateCell, TariffCode};
use crate::timeline::civil_date;
use crate::timeline::{parse_date, Timeline};

/// One tariff line as read by the row reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRecord {
    /// Description without its leading dashes.
    pub description: String,
    /// The days the line is in force (`from`, `until` in its code cell).
    pub validity: Validity,
    /// Data columns by key (`unit` → `kg`); empty cells and `-` left out.
    pub data: BTreeMap<String, String>,
    /// Rate columns by key, parsed into timelines.
    pub rates: BTreeMap<String, RateCell>,
    /// Rate cells the reader could not read, by key, as written: the build
    /// reported them; the history compares them as text.
    pub unreadable: BTreeMap<String, String>,
}

impl LineRecord {
    /// The record of a line of the model: what the row reader read of it.
    pub(super) fn of_code(code: &TariffCode) -> LineRecord {
        LineRecord {
            description: code
                .descriptions
                .first()
                .cloned()
                .flatten()
                .unwrap_or_default(),
            validity: code.validity,
            data: code.data.clone(),
            rates: code.rates.clone(),
            unreadable: BTreeMap::new(),
        }
    }
}

/// A fee's amount over time, as the fee reader reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountRecord {
    /// As written (`400000; 450000 from 2027-01-01`).
    pub written: String,
    /// The dated amounts; `None` when they do not read (the build
    /// reported it), so the history compares them as written.
    pub timeline: Option<Timeline<Amount>>,
}

/// What one file holds, as far as changes go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRecords {
    /// Page key (`fees/declaration-processing`, `tariff/09`).
    pub key: String,
    /// Title of the page.
    pub title: String,
    /// `effective` of the front matter. Never given to a tariff line's
    /// entries: each line and each rate says its own dates.
    pub effective: Option<Date>,
    /// The Markdown body.
    pub body: String,
    /// Tariff lines by code digits (chapter files only).
    pub lines: BTreeMap<String, LineRecord>,
    /// The kind's own fields (procedures, fees, measures, tools…).
    pub entity: Option<EntitySnapshot>,
}

/// The parts of an entity that changes are reported for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntitySnapshot {
    /// A procedure.
    Procedure {
        /// Step titles in order.
        steps: Vec<String>,
        /// Documents of all steps, in order of first mention.
        documents: Vec<String>,
        /// Agencies of the procedure and its steps.
        agencies: Vec<String>,
        /// Fees of the procedure and its steps.
        fees: Vec<String>,
    },
    /// A fee.
    Fee {
        /// The single amount (with an empty label), or each tier by label.
        amounts: Vec<(String, AmountRecord)>,
        /// ISO 4217 code.
        currency: String,
        /// First day charged: an undated first amount counts from it.
        effective: Option<Date>,
        /// Last day charged, for a fee that ends.
        until: Option<Date>,
    },
    /// A measure.
    Measure {
        /// Codes and ranges.
        hs: Vec<String>,
    },
    /// A tool.
    Tool {
        /// This administration's status (`contracting-party`).
        status: String,
    },
    /// A tariff quota.
    Quota {
        /// The balance over time, as written and read.
        balance: AmountRecord,
        /// Unit of the balance.
        unit: String,
    },
    /// An exchange rate for customs valuation.
    ExchangeRate {
        /// The rate over time, as written and read.
        rate: AmountRecord,
    },
    /// A notice (reported from the notice itself, not from history).
    Notice,
    /// Legal texts, forms and agencies: text changes only.
    Other,
}

fn push_new(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

/// The records of `text`, a version of the file at `rel` under `content/`;
/// `None` for translations and for versions that do not parse (their
/// errors were reported when they were built).
pub fn read_records(config: &Config, rel: &str, text: &str) -> Option<FileRecords> {
    let file = parse_file(config, Path::new(rel), rel, text.to_string()).ok()?;
    if file.lang != config.default_language {
        return None;
    }
    let front: toml::Table = toml::from_str(file.front_text()).ok()?;
    let string = |key: &str| -> Option<String> {
        front.get(key).map(|v| match v {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    let mut records = FileRecords {
        key: file.key.clone(),
        title: string("title").unwrap_or_default(),
        effective: string("effective").as_deref().and_then(iso_date),
        body: file.body_text().trim().to_string(),
        lines: BTreeMap::new(),
        entity: None,
    };
    if file.top_folder() == "tariff" && is_chapter_key(&file.key) {
        records.lines = tariff_lines(config, &file);
    } else if let Some(kind) = EntityKind::of_key(&file.key) {
        records.entity = Some(snapshot(kind, file.front_text(), &config.currencies)?);
    }
    Some(records)
}

/// The day a front matter date (`2027-01-01`, or a datetime) names.
pub(super) fn iso_date(text: &str) -> Option<Date> {
    parse_date(text.get(..10)?)
}

/// The chapter's lines through the build's row reader. Rows without a
/// code (groupings) and codes that are not digits are left out; a rate
/// cell the reader refuses is kept as text, so that fixing it later is
/// not taken for a new rate.
fn tariff_lines(config: &Config, file: &ContentFile) -> BTreeMap<String, LineRecord> {
    let mut lines = BTreeMap::new();
    let Some(table) = find_tariff_table(&file.source.text, file.body.clone()) else {
        return lines;
    };
    let (map, _) = map_columns(config, &table);
    let rate_columns: Vec<(usize, &str)> = map
        .iter()
        .enumerate()
        .filter_map(|(i, column)| {
            let column = &config.tariff.columns[(*column)?];
            column
                .kind
                .holds_rates()
                .then_some((i, column.key.as_str()))
        })
        .collect();
    for row in &table.rows {
        let (cells, _) = read_row(config, &map, row);
        let Some(code) = cells.code else {
            continue;
        };
        if code.digits.is_empty() || !code.digits.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut unreadable = BTreeMap::new();
        for &(i, key) in &rate_columns {
            if let Some(cell) = row.get(i) {
                if !cells.rates.contains_key(key) {
                    unreadable.insert(key.to_string(), cell.text.clone());
                }
            }
        }
        let data = cells
            .data
            .into_iter()
            .filter(|(_, text)| !matches!(text.as_str(), "-" | "–"))
            .collect();
        lines.insert(
            code.digits,
            LineRecord {
                description: cells.description,
                validity: code.validity,
                data,
                rates: cells
                    .rates
                    .into_iter()
                    .map(|(key, (cell, _))| (key, cell))
                    .collect(),
                unreadable,
            },
        );
    }
    lines
}

fn snapshot(kind: EntityKind, front: &str, currencies: &Currencies) -> Option<EntitySnapshot> {
    let data = EntityData::from_text(kind, front).ok()?;
    Some(snapshot_of(&data, currencies))
}

/// What the change log compares of an entity's fields, amounts read in
/// the decimals the site counts their currencies in.
pub(super) fn snapshot_of(data: &EntityData, currencies: &Currencies) -> EntitySnapshot {
    match data {
        EntityData::Procedure(p) => {
            let mut documents = Vec::new();
            let mut agencies = p.agencies.clone();
            let mut fees = p.fees.clone();
            for f in &p.fees_if {
                push_new(&mut fees, f);
            }
            for step in &p.steps {
                for d in &step.documents {
                    push_new(&mut documents, d);
                }
                if let Some(a) = &step.agency {
                    push_new(&mut agencies, a);
                }
                for f in step.fees.iter().chain(&step.fees_if) {
                    push_new(&mut fees, f);
                }
            }
            EntitySnapshot::Procedure {
                steps: p.steps.iter().map(|s| s.title.clone()).collect(),
                documents,
                agencies,
                fees,
            }
        }
        EntityData::Fee(f) => {
            let read = |text: &str| AmountRecord {
                written: text.to_string(),
                timeline: read_amount(text, &f.currency, currencies).ok(),
            };
            EntitySnapshot::Fee {
                amounts: match &f.amount {
                    Some(a) => vec![(String::new(), read(a))],
                    None => f
                        .rates
                        .iter()
                        .map(|r| (r.label.clone(), read(&r.amount)))
                        .collect(),
                },
                currency: f.currency.clone(),
                effective: civil_date(&f.effective),
                until: civil_date(&f.until),
            }
        }
        EntityData::Measure(m) => EntitySnapshot::Measure { hs: m.hs.clone() },
        EntityData::Tool(t) => EntitySnapshot::Tool {
            status: t.status.name().to_string(),
        },
        EntityData::Notice(_) => EntitySnapshot::Notice,
        EntityData::Quota(q) => EntitySnapshot::Quota {
            balance: AmountRecord {
                written: q.balance.clone(),
                timeline: crate::entities::quotas::read_balance(&q.balance).ok(),
            },
            unit: q.unit.clone(),
        },
        EntityData::ExchangeRate(x) => EntitySnapshot::ExchangeRate {
            rate: AmountRecord {
                written: x.rate.clone(),
                timeline: crate::entities::exchange::read_exchange_rate(&x.rate).ok(),
            },
        },
        _ => EntitySnapshot::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(columns: &str) -> Config {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("kb.toml"),
            format!(
                "title = \"T\"\nbase_url = \"https://t.test\"\n[languages.en]\nname = \"English\"\n\
                 [languages.fr]\nname = \"Français\"\n[tariff]\nnational_digits = 8\n{columns}"
            ),
        )
        .unwrap();
        Config::load(dir.path()).unwrap()
    }

    const COLUMNS: &str =
        "[[tariff.columns]]\nkey = \"unit\"\n[[tariff.columns]]\nkey = \"MFN\"\nkind = \"rate\"\n\
                           [[tariff.columns]]\nkey = \"note\"\nkind = \"text\"\n";

    const CHAPTER: &str = "+++\ntitle = \"Coffee\"\neffective = 2027-01-01\n+++\n\n\
        | Code | Description | Unit | mfn | Note |\n|---|---|---|---|---|\n\
        | 09.01 | Coffee | | | |\n| | - Not roasted: | | | |\n\
        | 0901.11.10 until 2026-12-31 | - - Arabica | kg | 15%; 10% from 2027-01-01 | Licence |\n\
        | 0901.11.11 from 2027-01-01 | - - Arabica, washed | - | 10% | |\n\
        | 0901.11.90 | - - Other | kg | 10 percent | |\n";

    #[test]
    fn a_chapter_is_read_by_the_row_reader() {
        let records = read_records(&config(COLUMNS), "tariff/09.md", CHAPTER).unwrap();
        assert_eq!(records.effective, Some("2027-01-01".parse().unwrap()));
        let codes: Vec<&str> = records.lines.keys().map(String::as_str).collect();
        // Groupings have no code; headings are lines like any other.
        assert_eq!(codes, ["0901", "09011110", "09011111", "09011190"]);
        let arabica = &records.lines["09011110"];
        assert_eq!(arabica.description, "Arabica");
        assert_eq!(arabica.validity.until, Some("2026-12-31".parse().unwrap()));
        // `mfn` in the header is the column configured as `MFN`.
        let mfn = &arabica.rates["MFN"];
        assert_eq!(mfn.timeline.values().len(), 2);
        assert_eq!(mfn.timeline.values()[1].text, "10%");
        assert_eq!(arabica.data["unit"], "kg");
        // Text columns are translated prose, not regulatory values.
        assert!(!arabica.data.contains_key("note"));
        let washed = &records.lines["09011111"];
        assert_eq!(washed.validity.from, Some("2027-01-01".parse().unwrap()));
        assert!(washed.data.is_empty(), "`-` is no unit");
        // A cell the reader refuses is kept as written, not dropped.
        let other = &records.lines["09011190"];
        assert!(!other.rates.contains_key("MFN"));
        assert_eq!(other.unreadable["MFN"], "10 percent");
    }

    #[test]
    fn translations_and_broken_versions_have_no_records() {
        let c = config(COLUMNS);
        assert!(read_records(&c, "tariff/09.fr.md", CHAPTER).is_none());
        assert!(read_records(&c, "fees/x.md", "no front matter").is_none());
    }

    #[test]
    fn a_fee_is_read_as_its_tiers_over_time_with_currency_and_days() {
        let fee = "+++\ntitle = \"Inspection\"\ncurrency = \"VND\"\nper = \"container\"\neffective = 2025-04-01\n\
                   until = 2028-12-31\n[[rates]]\nlabel = \"20-foot\"\n\
                   amount = \"400000; 450000 from 2027-01-01\"\n[[rates]]\nlabel = \"40-foot\"\n\
                   amount = \"six hundred\"\n+++\nText.\n";
        let records = read_records(&config(COLUMNS), "fees/inspection.md", fee).unwrap();
        let Some(EntitySnapshot::Fee {
            amounts,
            currency,
            effective,
            until,
        }) = records.entity
        else {
            panic!("a fee's records: {:?}", records.entity);
        };
        assert_eq!(currency, "VND");
        assert_eq!(effective, Some("2025-04-01".parse().unwrap()));
        assert_eq!(until, Some("2028-12-31".parse().unwrap()));
        let labels: Vec<&str> = amounts.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["20-foot", "40-foot"]);
        let timeline = amounts[0].1.timeline.as_ref().expect("a dated amount");
        assert_eq!(timeline.values().len(), 2);
        // An amount that does not read is compared as written.
        assert!(amounts[1].1.timeline.is_none());
        assert_eq!(amounts[1].1.written, "six hundred");
    }

    #[test]
    fn a_procedure_is_read_as_its_steps_and_lists_in_order_of_mention() {
        let procedure = "+++\ntitle = \"Import\"\ndirection = \"import\"\n[[steps]]\ntitle = \"Declare\"\n\
                         documents = [\"form:declaration\", \"invoice\"]\n[[steps]]\n\
                         title = \"Pay\"\ndocuments = [\"invoice\"]\nfees = [\"fee:processing\"]\n+++\n";
        let records = read_records(&config(COLUMNS), "procedures/import.md", procedure).unwrap();
        let Some(EntitySnapshot::Procedure {
            steps,
            documents,
            fees,
            ..
        }) = records.entity
        else {
            panic!("a procedure's records: {:?}", records.entity);
        };
        assert_eq!(steps, ["Declare", "Pay"]);
        assert_eq!(documents, ["form:declaration", "invoice"]);
        assert_eq!(fees, ["fee:processing"]);
    }
}
