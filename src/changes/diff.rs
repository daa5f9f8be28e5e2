//! Compares two versions of one file's records and says what changed.

use super::records::{EntitySnapshot, FileRecords};
use super::Change;

/// One difference, before it gets its commit's id and date.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub page_key: String,
    pub title: String,
    pub code: Option<String>,
    pub chapter: Option<String>,
    pub effective: Option<String>,
    pub change: Change,
    /// Tells apart two changes of one record in one commit (for the id).
    pub detail: String,
}

fn chapter_of(key: &str) -> Option<String> {
    key.strip_prefix("tariff/").map(str::to_string)
}

/// Every difference between `before` and `after` (either may be missing:
/// a file added, removed, or a version that did not parse).
pub(super) fn compare(
    before: Option<&FileRecords>,
    after: Option<&FileRecords>,
    bulk_lines: usize,
) -> Vec<Found> {
    let Some(now) = after.or(before) else {
        return Vec::new();
    };
    let found = |change: Change, detail: &str| Found {
        page_key: now.key.clone(),
        title: now.title.clone(),
        code: None,
        chapter: None,
        effective: after.and_then(|a| a.effective.clone()),
        change,
        detail: detail.to_string(),
    };
    let mut out = Vec::new();
    let chapter = chapter_of(&now.key)
        .filter(|_| !now.lines.is_empty() || before.is_some_and(|b| !b.lines.is_empty()));
    if let Some(chapter) = chapter {
        lines(before, after, &chapter, bulk_lines, &found, &mut out);
        // A chapter's notes are page text; its table is reported line by line.
        return out;
    }
    let (Some(old), Some(new)) = (before, after) else {
        // A page that appears or goes away.
        if matches!(now.entity, Some(EntitySnapshot::Notice)) {
            return out;
        }
        let change = if after.is_some() {
            Change::PageAdded
        } else {
            Change::PageRemoved
        };
        out.push(found(change, "page"));
        return out;
    };
    let before_count = out.len();
    match (&old.entity, &new.entity) {
        (
            Some(EntitySnapshot::Procedure {
                steps: s0,
                documents: d0,
                agencies: a0,
                fees: f0,
            }),
            Some(EntitySnapshot::Procedure {
                steps: s1,
                documents: d1,
                agencies: a1,
                fees: f1,
            }),
        ) => {
            if s0 != s1 {
                out.push(found(
                    Change::Steps {
                        old: s0.len(),
                        new: s1.len(),
                    },
                    "steps",
                ));
            }
            for (field, x, y) in [
                ("documents", d0, d1),
                ("agencies", a0, a1),
                ("fees", f0, f1),
            ] {
                if let Some(change) = list_change(field, x, y) {
                    out.push(found(change, field));
                }
            }
        }
        (
            Some(EntitySnapshot::Fee {
                amounts: m0,
                currency: c0,
                effective: e0,
            }),
            Some(EntitySnapshot::Fee {
                amounts: m1,
                currency: c1,
                effective: e1,
            }),
        ) => {
            // Tiers by label, in order of first mention, each once.
            let mut labels: Vec<&String> = Vec::new();
            for (label, _) in m0.iter().chain(m1) {
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
            let amount = |list: &[(String, String)], label: &str| {
                list.iter()
                    .find(|(l, _)| l == label)
                    .map(|(_, a)| a.clone())
                    .unwrap_or_default()
            };
            for label in labels {
                let (a, b) = (amount(m0, label), amount(m1, label));
                if a != b {
                    let mut f = found(
                        Change::FeeAmount {
                            label: label.clone(),
                            old: a,
                            new: b,
                            currency: c1.clone(),
                        },
                        &format!("amount:{label}"),
                    );
                    f.effective = e1.clone();
                    out.push(f);
                }
            }
            if c0 != c1 {
                let mut f = found(
                    Change::FeeCurrency {
                        old: c0.clone(),
                        new: c1.clone(),
                    },
                    "currency",
                );
                f.effective = e1.clone();
                out.push(f);
            }
            if e0 != e1 && e1.is_some() {
                let mut f = found(Change::FeeEffective { old: e0.clone() }, "effective");
                f.effective = e1.clone();
                out.push(f);
            }
        }
        (Some(EntitySnapshot::Measure { hs: h0 }), Some(EntitySnapshot::Measure { hs: h1 })) => {
            if let Some(change) = list_change("hs", h0, h1) {
                out.push(found(change, "hs"));
            }
        }
        (Some(EntitySnapshot::Tool { status: t0 }), Some(EntitySnapshot::Tool { status: t1 }))
            if t0 != t1 =>
        {
            out.push(found(
                Change::ToolStatus {
                    old: t0.clone(),
                    new: t1.clone(),
                },
                "status",
            ));
        }
        (Some(EntitySnapshot::Notice), _) => return out,
        _ => {}
    }
    // Text edits matter when nothing structured says more.
    if out.len() == before_count && (old.body != new.body || old.title != new.title) {
        out.push(found(Change::TextChanged, "text"));
    }
    out
}

fn list_change(field: &'static str, old: &[String], new: &[String]) -> Option<Change> {
    let added: Vec<String> = new.iter().filter(|x| !old.contains(x)).cloned().collect();
    let removed: Vec<String> = old.iter().filter(|x| !new.contains(x)).cloned().collect();
    (!added.is_empty() || !removed.is_empty()).then_some(Change::List {
        field,
        added,
        removed,
    })
}

fn lines(
    before: Option<&FileRecords>,
    after: Option<&FileRecords>,
    chapter: &str,
    bulk_lines: usize,
    found: &dyn Fn(Change, &str) -> Found,
    out: &mut Vec<Found>,
) {
    let empty = std::collections::BTreeMap::new();
    let old = before.map_or(&empty, |b| &b.lines);
    let new = after.map_or(&empty, |a| &a.lines);
    let on_line = |code: &str, change: Change, detail: &str| {
        let mut f = found(change, &format!("{code}:{detail}"));
        f.code = Some(code.to_string());
        f.chapter = Some(chapter.to_string());
        f.title = new
            .get(code)
            .or_else(|| old.get(code))
            .map(|l| l.description.clone())
            .unwrap_or_default();
        f
    };
    let added: Vec<&String> = new.keys().filter(|c| !old.contains_key(*c)).collect();
    if added.len() > bulk_lines {
        let mut f = found(Change::LinesAdded { count: added.len() }, "lines-added");
        f.chapter = Some(chapter.to_string());
        out.push(f);
    } else {
        for code in added {
            out.push(on_line(code, Change::LineAdded, "added"));
        }
    }
    for (code, line) in old {
        let Some(now) = new.get(code) else {
            out.push(on_line(
                code,
                Change::LineRemoved {
                    description: line.description.clone(),
                },
                "removed",
            ));
            continue;
        };
        let keys: std::collections::BTreeSet<&String> =
            line.columns.keys().chain(now.columns.keys()).collect();
        for key in keys {
            let a = line.columns.get(key).cloned().unwrap_or_default();
            let b = now.columns.get(key).cloned().unwrap_or_default();
            if a != b {
                out.push(on_line(
                    code,
                    Change::ColumnChanged {
                        column: key.clone(),
                        old: a,
                        new: b,
                    },
                    key,
                ));
            }
        }
        if line.description != now.description {
            out.push(on_line(
                code,
                Change::DescriptionChanged {
                    old: line.description.clone(),
                },
                "description",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::changes::records::read_records;
    use crate::config::Config;

    fn config() -> Config {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("kb.toml"),
            "title = \"T\"\nbase_url = \"https://t.test\"\n[languages.en]\nname = \"English\"\n\
             [languages.fr]\nname = \"Français\"\n[tariff]\nnational_digits = 8\n\
             [[tariff.columns]]\nkey = \"unit\"\n[[tariff.columns]]\nkey = \"mfn\"\nkind = \"rate\"\n",
        )
        .unwrap();
        Config::load(dir.path()).unwrap()
    }

    fn chapter(rate: &str, extra: &str) -> String {
        format!(
            "+++\ntitle = \"Coffee\"\neffective = 2027-01-01\n+++\n\n| Code | Description | Unit | MFN |\n\
             |---|---|---|---|\n| 09.01 | Coffee | | |\n| 0901.11.10 | - - Arabica | kg | {rate} |\n{extra}"
        )
    }

    #[test]
    fn a_rate_change_names_the_column_and_both_values() {
        let c = config();
        let a = read_records(&c, "tariff/09.md", &chapter("20%", "")).unwrap();
        let b = read_records(
            &c,
            "tariff/09.md",
            &chapter("15%", "| 0901.11.20 | - - Robusta | kg | 5% |\n"),
        )
        .unwrap();
        let found = compare(Some(&a), Some(&b), 20);
        let changes: Vec<&Change> = found.iter().map(|f| &f.change).collect();
        assert_eq!(
            changes,
            vec![
                &Change::LineAdded,
                &Change::ColumnChanged {
                    column: "mfn".into(),
                    old: "20%".into(),
                    new: "15%".into()
                }
            ]
        );
        assert_eq!(found[1].code.as_deref(), Some("09011110"));
        assert_eq!(found[1].effective.as_deref(), Some("2027-01-01"));
    }

    #[test]
    fn translations_and_broken_versions_have_no_records() {
        let c = config();
        assert!(read_records(&c, "tariff/09.fr.md", &chapter("20%", "")).is_none());
        assert!(read_records(&c, "fees/x.md", "no front matter").is_none());
    }

    #[test]
    fn fee_tiers_are_compared_by_label() {
        let c = config();
        let fee = |a: &str| {
            format!(
                "+++\ntitle = \"Scan\"\ncurrency = \"VND\"\nper = \"container\"\neffective = 2027-01-01\n\
                 [[rates]]\nlabel = \"20-foot\"\namount = \"{a}\"\n[[rates]]\nlabel = \"40-foot\"\namount = \"800\"\n+++\n"
            )
        };
        let a = read_records(&c, "fees/scan.md", &fee("500")).unwrap();
        let b = read_records(&c, "fees/scan.md", &fee("550")).unwrap();
        let found = compare(Some(&a), Some(&b), 20);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].change,
            Change::FeeAmount {
                label: "20-foot".into(),
                old: "500".into(),
                new: "550".into(),
                currency: "VND".into()
            }
        );
    }
}
