//! The structured records of one version of one content file, as the change
//! history compares them: a chapter's tariff lines with their rates, a fee's
//! amounts, a procedure's steps, a measure's codes, a tool's status, and
//! every page's text. Only the default language's files carry records:
//! numbers live there, and a translation's edits are not regulatory change.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::{ColumnKind, Config};
use crate::content::{parse_file, ContentFile};
use crate::entities::{EntityData, EntityKind};
use crate::tariff::table::find_tariff_table;
use crate::tariff::{is_chapter_key, normalise_code};

/// One tariff line as written: its description and data columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRecord {
    /// Description without its leading dashes.
    pub description: String,
    /// Data columns by key (`mfn` → `20%`, `unit` → `kg`).
    pub columns: BTreeMap<String, String>,
}

/// What one file holds, as far as changes go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRecords {
    /// Page key (`fees/declaration-processing`, `tariff/09`).
    pub key: String,
    /// Title of the page.
    pub title: String,
    /// `effective` of the front matter.
    pub effective: Option<String>,
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
        /// Single amount, or tiers as `label: amount`.
        amounts: Vec<(String, String)>,
        /// ISO 4217 code.
        currency: String,
        /// Effective date.
        effective: Option<String>,
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
        effective: string("effective"),
        body: file.body_text().trim().to_string(),
        lines: BTreeMap::new(),
        entity: None,
    };
    if file.top_folder() == "tariff" && is_chapter_key(&file.key) {
        records.lines = tariff_lines(config, &file);
    } else if let Some(kind) = EntityKind::of_key(&file.key) {
        records.entity = Some(snapshot(kind, file.front_text())?);
    }
    Some(records)
}

fn tariff_lines(config: &Config, file: &ContentFile) -> BTreeMap<String, LineRecord> {
    let mut lines = BTreeMap::new();
    let Some(table) = find_tariff_table(&file.source.text, file.body.clone()) else {
        return lines;
    };
    let keys: Vec<Option<String>> = table
        .headers
        .iter()
        .map(|h| {
            let key = h.text.to_lowercase();
            config
                .tariff
                .columns
                .iter()
                .find(|c| c.key == key && c.kind != ColumnKind::Text)
                .map(|c| c.key.clone())
        })
        .collect();
    for row in &table.rows {
        let Some(code) = row.first().map(|c| normalise_code(&c.text)) else {
            continue;
        };
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let description = row
            .get(1)
            .map(|c| {
                c.text
                    .trim_start_matches(['-', '–', ' '])
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        let columns = row
            .iter()
            .enumerate()
            .filter_map(|(i, cell)| Some((keys.get(i)?.clone()?, cell.text.clone())))
            .filter(|(_, text)| !text.is_empty() && text != "-")
            .collect();
        lines.insert(
            code,
            LineRecord {
                description,
                columns,
            },
        );
    }
    lines
}

fn snapshot(kind: EntityKind, front: &str) -> Option<EntitySnapshot> {
    let data = EntityData::from_text(kind, front).ok()?;
    Some(match data {
        EntityData::Procedure(p) => {
            let mut documents = Vec::new();
            let mut agencies = p.agencies.clone();
            let mut fees = p.fees.clone();
            for step in &p.steps {
                for d in &step.documents {
                    push_new(&mut documents, d);
                }
                if let Some(a) = &step.agency {
                    push_new(&mut agencies, a);
                }
                for f in &step.fees {
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
        EntityData::Fee(f) => EntitySnapshot::Fee {
            amounts: match &f.amount {
                Some(a) => vec![(String::new(), a.clone())],
                None => f
                    .rates
                    .iter()
                    .map(|r| (r.label.clone(), r.amount.clone()))
                    .collect(),
            },
            currency: f.currency.clone(),
            effective: f.effective.as_ref().map(|d| d.to_string()),
        },
        EntityData::Measure(m) => EntitySnapshot::Measure { hs: m.hs.clone() },
        EntityData::Tool(t) => EntitySnapshot::Tool {
            status: serde_json::to_value(t.status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
        },
        EntityData::Notice(_) => EntitySnapshot::Notice,
        _ => EntitySnapshot::Other,
    })
}
