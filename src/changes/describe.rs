//! An entry in words, in one language, from Fluent messages (`change-*` in
//! `locales/<lang>/changes.ftl`): old and new values formatted for that
//! language, such as "MFN rate of 0901.11.10 changes from 20 % to 15 % on
//! 1 janvier 2027".

use fluent_bundle::{FluentArgs, FluentValue};

use crate::i18n::Formats;
use crate::model::Site;
use crate::tariff::display::written_rate_text;
use crate::tariff::display_code;

use super::{Change, ChangeEntry};
use crate::config::ColumnKind;

/// An entry's title and summary in one language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EntryText {
    /// One line: what changed.
    pub title: String,
    /// The title and a sentence or two more: when it takes effect, what
    /// was added (feeds show this).
    pub summary: String,
    /// The summary without the title (pages show it under the title).
    pub details: String,
}

struct Writer<'a> {
    site: &'a Site,
    lang: &'a str,
}

impl Writer<'_> {
    fn message(&self, id: &str, args: &FluentArgs) -> String {
        self.site
            .locales
            .format(self.lang, id, Some(args))
            .unwrap_or_else(|_| id.to_string())
    }

    fn plain(&self, id: &str) -> String {
        self.site
            .locales
            .format(self.lang, id, None)
            .unwrap_or_else(|_| id.to_string())
    }

    fn money(&self, amount: &str, currency: &str) -> String {
        if amount.is_empty() {
            return self.plain("change-none");
        }
        let mut args = FluentArgs::new();
        args.set("amount", FluentValue::try_number(amount));
        args.set("currency", currency.to_string());
        self.message("money", &args)
    }
}

/// `entry` in language `lang` (a configured language code), with dates and
/// numbers formatted by `formats`.
pub fn describe(site: &Site, entry: &ChangeEntry, lang: &str, formats: &Formats) -> EntryText {
    let w = Writer { site, lang };
    let lang_index = site
        .config
        .languages
        .iter()
        .position(|l| l.code == lang)
        .unwrap_or(0);
    // Today's title in the reader's language where the page still exists.
    let title = match &entry.code {
        Some(code) => site
            .tariff
            .code(code)
            .map(|c| c.description(lang_index).0.to_string())
            .unwrap_or_else(|| entry.title.clone()),
        None => site
            .page(&entry.page_key)
            .and_then(|p| p.versions.get(lang_index))
            .map(|v| v.title.clone())
            .unwrap_or_else(|| entry.title.clone()),
    };
    let mut args = FluentArgs::new();
    args.set("title", title.clone());
    if let Some(code) = &entry.code {
        args.set("code", display_code(code));
        args.set("description", title.clone());
    }
    if let Some(chapter) = &entry.chapter {
        args.set("chapter", chapter.clone());
    }
    let (when, date) = match &entry.effective {
        Some(d) => ("dated", formats.date(d)),
        None => ("undated", String::new()),
    };
    args.set("when", when);
    args.set("date", date.clone());
    let mut details: Vec<String> = Vec::new();
    let id = match &entry.change {
        Change::LineAdded => "change-line-added",
        Change::LinesAdded { count } => {
            args.set("count", *count);
            "change-lines-added"
        }
        Change::LineRemoved { description } => {
            args.set("description", description.clone());
            "change-line-removed"
        }
        Change::ColumnChanged { column, old, new } => {
            let kind = site
                .config
                .tariff
                .columns
                .iter()
                .find(|c| &c.key == column)
                .map(|c| c.kind);
            let label = site
                .locales
                .format(lang, &format!("tariff-col-{column}"), None)
                .unwrap_or_else(|_| column.to_uppercase());
            args.set("column", label);
            let show = |text: &str| {
                if text.is_empty() {
                    w.plain("change-none")
                } else if kind == Some(ColumnKind::Rate) {
                    written_rate_text(&site.locales, lang, text)
                } else {
                    text.to_string()
                }
            };
            args.set("old", show(old));
            args.set("new", show(new));
            if kind == Some(ColumnKind::Rate) {
                "change-rate"
            } else {
                "change-column"
            }
        }
        Change::DescriptionChanged { .. } => "change-description",
        Change::FeeAmount {
            label,
            old,
            new,
            currency,
        } => {
            if !label.is_empty() {
                args.set("title", format!("{title} ({label})"));
            }
            args.set("old", w.money(old, currency));
            args.set("new", w.money(new, currency));
            "change-fee-amount"
        }
        Change::FeeCurrency { old, new } => {
            args.set("old", old.clone());
            args.set("new", new.clone());
            "change-fee-currency"
        }
        Change::FeeEffective { .. } => "change-fee-effective",
        Change::Steps { old, new } => {
            args.set("old", *old);
            args.set("new", *new);
            "change-steps"
        }
        Change::List {
            field,
            added,
            removed,
        } => {
            for (items, id) in [
                (added, "change-items-added"),
                (removed, "change-items-removed"),
            ] {
                if !items.is_empty() {
                    let mut a = FluentArgs::new();
                    a.set("items", items.join(", "));
                    details.push(w.message(id, &a));
                }
            }
            match *field {
                "documents" => "change-documents",
                "agencies" => "change-agencies",
                "fees" => "change-fees",
                _ => "change-hs",
            }
        }
        Change::ToolStatus { old, new } => {
            args.set("old", w.plain(&format!("tool-status-{old}")));
            args.set("new", w.plain(&format!("tool-status-{new}")));
            "change-tool-status"
        }
        Change::PageAdded => "change-page-added",
        Change::PageRemoved => "change-page-removed",
        Change::TextChanged => "change-text",
        Change::Notice => "change-notice",
        Change::Updated => "change-updated",
    };
    let headline = w.message(id, &args);
    let mut summary = Vec::new();
    if entry.effective.is_some()
        && !matches!(
            id,
            "change-rate" | "change-fee-amount" | "change-fee-effective"
        )
    {
        summary.push(w.message("change-effective", &args));
    }
    summary.extend(details);
    if matches!(entry.change, Change::Notice) {
        if let Some(description) = site
            .page(&entry.page_key)
            .and_then(|p| p.versions.get(lang_index))
            .and_then(|v| v.description.clone())
        {
            summary.push(description);
        }
    }
    let details = summary.join(" ");
    EntryText {
        summary: if details.is_empty() {
            headline.clone()
        } else {
            format!("{headline} {details}")
        },
        title: headline,
        details,
    }
}
