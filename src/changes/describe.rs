//! An entry in words, in one language, from Fluent messages (`change-*` in
//! `locales/<lang>/changes.ftl`): old and new values formatted for that
//! language from their parsed form, such as "Le taux NPF du 0901.11.10
//! passe de 20 % à 15 % le 1er janvier 2027". Nothing is parsed again here.

use fluent_bundle::{FluentArgs, FluentValue};
use jiff::civil::Date;

use crate::entities::money::Amount;
use crate::i18n::Formats;
use crate::lang::Lang;
use crate::model::Site;
use crate::tariff::display::rate_text;

use super::{translate, Change, ChangeEntry, RateValue, Step};

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
    /// Parts of the texts above in another language than theirs, with
    /// that language, for pages to mark: the name of what changed (a
    /// line's description, a page's title) and a notice's description,
    /// where the line or page has no version in this language.
    #[serde(skip)]
    pub foreign: Vec<(String, String)>,
}

struct Writer<'a> {
    site: &'a Site,
    lang: &'a str,
    formats: &'a Formats,
}

impl Writer<'_> {
    fn message(&self, id: &str, args: &FluentArgs) -> String {
        self.site.locales.text(self.lang, id, Some(args))
    }

    fn plain(&self, id: &str) -> String {
        self.site.locales.text(self.lang, id, None)
    }

    fn rate(&self, value: &RateValue) -> String {
        if value.rate.is_none() && matches!(value.written.trim(), "" | "-" | "–") {
            return self.plain("change-none");
        }
        rate_text(
            &self.site.locales,
            self.lang,
            &value.written,
            value.rate.as_ref(),
        )
    }

    fn money(&self, amount: &str, currency: &str) -> String {
        if amount.is_empty() {
            return self.plain("change-none");
        }
        // Shown as the fee's page shows it: `12.5` USD is `$12.50`.
        let shown = Amount::parse_decimal(amount)
            .map(|a| {
                a.shown_in(currency, &self.site.config.currencies)
                    .to_string()
            })
            .unwrap_or_else(|_| amount.to_string());
        let mut args = FluentArgs::new();
        args.set("money", self.formats.money(&shown, currency));
        args.set("amount", FluentValue::try_number(&shown));
        args.set("currency", currency.to_string());
        self.message("money", &args)
    }
}

/// A day in the language's long style (`1 January 2027`).
fn day(formats: &Formats, date: Date) -> String {
    formats.date(&date.to_string())
}

/// Sets `old`, `new` and `was` for a step and says which message tells
/// it: `base` for a change now or a new scheduled value (the message
/// tells them apart by `when`), `base-revised`, `base-moved`,
/// `base-withdrawn`.
fn step_message<T>(
    base: &str,
    step: &Step<T>,
    show: impl Fn(&T) -> String,
    formats: &Formats,
    args: &mut FluentArgs,
) -> String {
    match step {
        Step::Now { old, new } | Step::Scheduled { old, new } => {
            args.set("old", show(old));
            args.set("new", show(new));
            base.to_string()
        }
        Step::Revised { old, new } => {
            args.set("old", show(old));
            args.set("new", show(new));
            format!("{base}-revised")
        }
        Step::Moved { value, from } => {
            args.set("new", show(value));
            args.set("was", day(formats, *from));
            format!("{base}-moved")
        }
        Step::Withdrawn { value } => {
            args.set("new", show(value));
            format!("{base}-withdrawn")
        }
    }
}

/// `entry` in language `lang`, with dates and numbers formatted by
/// `formats`.
pub fn describe(site: &Site, entry: &ChangeEntry, lang: Lang<'_>, formats: &Formats) -> EntryText {
    let (title, subject_foreign) = todays_title(site, entry, lang);
    let cx = Describing {
        site,
        entry,
        lang,
        formats,
        w: Writer {
            site,
            lang: lang.code(),
            formats,
        },
        title,
    };
    let mut args = cx.entry_args();
    let headline = cx.headline(&mut args);
    let title = cx.w.message(&headline.id, &args);
    let mut summary = Vec::new();
    if entry.effective.is_some() && !headline.dated {
        summary.push(cx.w.message("change-effective", &args));
    }
    summary.extend(headline.details);
    let mut foreign = subject_foreign;
    if matches!(entry.change, Change::Notice | Change::Consultation { .. }) {
        let version = site.page(&entry.page_key).and_then(|p| p.version(lang));
        if let Some(version) = version.filter(|v| v.description.is_some()) {
            let description = version.description.clone().unwrap_or_default();
            if version.content_lang != lang.code() {
                foreign.push((description.clone(), version.content_lang.clone()));
            }
            summary.push(description);
        }
    }
    let details = summary.join(" ");
    EntryText {
        summary: if details.is_empty() {
            title.clone()
        } else {
            format!("{title} {details}")
        },
        title,
        details,
        foreign,
    }
}

/// Today's title of what changed, in the reader's language where the
/// page or code still exists (with the language it is in where that is
/// another: an untranslated one's); the title recorded with the change
/// if not.
fn todays_title(
    site: &Site,
    entry: &ChangeEntry,
    lang: Lang<'_>,
) -> (String, Vec<(String, String)>) {
    let recorded = || (entry.title.clone(), Vec::new());
    match &entry.code {
        Some(code) => site
            .tariff
            .index_of(code)
            .map_or_else(recorded, |i| code_title(site, i, lang)),
        None => site
            .page(&entry.page_key)
            .and_then(|p| p.version(lang))
            .map_or_else(recorded, |v| {
                let foreign = (v.content_lang != lang.code()).then(|| v.content_lang.clone());
                let foreign = foreign.map(|l| (v.title.clone(), l)).into_iter().collect();
                (v.title.clone(), foreign)
            }),
    }
}

/// The title of code `index` in `lang`: its description and where it
/// sits, as its page's title says it (`Unground – Not decaffeinated: –
/// Roasted: – Coffee…`), so that two lines worded alike under different
/// grouping lines are told apart; with each part that is in the default
/// language for want of a translation, and that language.
fn code_title(site: &Site, index: usize, lang: Lang<'_>) -> (String, Vec<(String, String)>) {
    let (text, fallback) = site.tariff.codes[index].description(lang);
    let mut parts = vec![crate::tariff::ContextPart { text, fallback }];
    parts.extend(site.tariff.context_of(index, lang));
    let original = &site.config.default_language;
    let foreign = parts
        .iter()
        .filter(|p| p.fallback)
        .map(|p| (p.text.to_string(), original.clone()))
        .collect();
    (crate::tariff::lineage::joined(&parts), foreign)
}

/// What describing one entry in one language needs.
struct Describing<'a> {
    site: &'a Site,
    entry: &'a ChangeEntry,
    lang: Lang<'a>,
    formats: &'a Formats,
    w: Writer<'a>,
    title: String,
}

/// The message that says what changed, and what follows it.
struct Headline {
    /// The Fluent message id.
    id: String,
    /// Whether the headline itself says the entry's date; if not, and the
    /// entry has one, a sentence after it does.
    dated: bool,
    /// Sentences after the headline (what was added to a list).
    details: Vec<String>,
}

impl Headline {
    fn dated(id: impl Into<String>) -> Headline {
        Headline {
            id: id.into(),
            dated: true,
            details: Vec::new(),
        }
    }

    fn undated(id: impl Into<String>) -> Headline {
        Headline {
            dated: false,
            ..Headline::dated(id)
        }
    }
}

impl Describing<'_> {
    /// The arguments every message may use: title, code, chapter, date.
    fn entry_args(&self) -> FluentArgs<'static> {
        let entry = self.entry;
        let mut args = FluentArgs::new();
        args.set("title", self.title.clone());
        if let Some(code) = &entry.code {
            args.set(
                "code",
                crate::tariff::shown_code(&self.site.config.tariff, code),
            );
            args.set("description", self.title.clone());
        }
        if let Some(chapter) = &entry.chapter {
            args.set("chapter", chapter.clone());
        }
        let (when, date) = match entry.effective {
            Some(d) => ("dated", day(self.formats, d)),
            None => ("undated", String::new()),
        };
        args.set("when", when);
        args.set("date", date);
        args
    }

    /// A line's new description: its own words, not where it sits.
    fn description_changed(&self, args: &mut FluentArgs) -> Headline {
        let code = self.entry.code.as_deref();
        if let Some(code) = code.and_then(|c| self.site.tariff.code(c)) {
            args.set("description", code.description(self.lang).0.to_string());
        }
        Headline::undated("change-description")
    }

    fn day(&self, date: Date) -> String {
        day(self.formats, date)
    }

    /// Sets `moved` and `was` for a start or end date that moved (`old`).
    fn moved(&self, old: &Option<Date>, args: &mut FluentArgs) {
        args.set("moved", if old.is_some() { "yes" } else { "no" });
        args.set("was", old.map(|d| self.day(d)).unwrap_or_default());
    }

    /// The headline of the entry's change, with its arguments set.
    // Long: one short arm per kind of change, so that what each change can
    // say is read in one list; the longer arms are functions of their own.
    fn headline(&self, args: &mut FluentArgs) -> Headline {
        let (w, formats) = (&self.w, self.formats);
        match &self.entry.change {
            Change::LineAdded => Headline::dated("change-line-added"),
            Change::LinesAdded { count } => {
                args.set("count", *count);
                Headline::dated("change-lines-added")
            }
            Change::RateColumn { column, added } => {
                args.set("column", self.column_label(column));
                Headline::undated(if *added {
                    "change-column-added"
                } else {
                    "change-column-removed"
                })
            }
            Change::LineRemoved { description } => {
                args.set("description", description.clone());
                Headline::undated("change-line-removed")
            }
            Change::LineStarts { old } => {
                self.moved(old, args);
                Headline::dated("change-line-starts")
            }
            Change::LineEnds { old } => {
                self.moved(old, args);
                Headline::dated("change-line-ends")
            }
            Change::LineStartWithdrawn { date } => {
                args.set("date", self.day(*date));
                Headline::dated("change-line-start-withdrawn")
            }
            Change::LineEndWithdrawn => Headline::dated("change-line-end-withdrawn"),
            Change::Rate { column, step } => {
                args.set("column", self.column_label(column));
                Headline::dated(step_message(
                    "change-rate",
                    step,
                    |v| w.rate(v),
                    formats,
                    args,
                ))
            }
            Change::ColumnChanged { column, old, new } => {
                self.column_changed(column, old, new, args)
            }
            Change::DescriptionChanged { .. } => self.description_changed(args),
            Change::FeeAmount {
                label,
                step,
                currency,
            } => {
                if !label.is_empty() {
                    let label =
                        translate::tier_label(self.site, &self.entry.page_key, label, self.lang);
                    args.set("title", format!("{} ({label})", self.title));
                }
                let show = |a: &String| w.money(a, currency);
                Headline::dated(step_message("change-fee-amount", step, show, formats, args))
            }
            Change::ExchangeRate { step } => {
                let national = self.site.config.tariff.currency.clone().unwrap_or_default();
                let show = |a: &String| w.money(a, &national);
                Headline::dated(step_message(
                    "change-exchange-rate",
                    step,
                    show,
                    formats,
                    args,
                ))
            }
            Change::QuotaBalance { step, unit } => {
                let show = |a: &String| match a.is_empty() {
                    true => w.plain("change-none"),
                    false => format!("{}\u{a0}{unit}", formats.number(a)),
                };
                Headline::dated(step_message(
                    "change-quota-balance",
                    step,
                    show,
                    formats,
                    args,
                ))
            }
            Change::FeeCurrency { old, new } => {
                args.set("old", old.clone());
                args.set("new", new.clone());
                Headline::undated("change-fee-currency")
            }
            Change::FeeEffective { .. } => Headline::dated("change-fee-effective"),
            Change::Steps { old, new } => {
                args.set("old", *old);
                args.set("new", *new);
                Headline::undated("change-steps")
            }
            Change::List {
                field,
                added,
                removed,
            } => self.list_changed(field, added, removed),
            Change::ToolStatus { old, new } => {
                args.set("old", w.plain(&format!("tool-status-{old}")));
                args.set("new", w.plain(&format!("tool-status-{new}")));
                Headline::undated("change-tool-status")
            }
            Change::FeeEnds { old } => {
                self.moved(old, args);
                Headline::dated("change-fee-ends")
            }
            Change::FeeEndWithdrawn => Headline::dated("change-fee-end-withdrawn"),
            Change::PageAdded => Headline::undated("change-page-added"),
            Change::PageRemoved => Headline::undated("change-page-removed"),
            Change::TextChanged => Headline::undated("change-text"),
            Change::Notice => Headline::undated("change-notice"),
            Change::Consultation { until } => {
                args.set("date", self.day(*until));
                Headline::dated(if self.site.reference_date <= *until {
                    "change-consultation-open"
                } else {
                    "change-consultation-closed"
                })
            }
            Change::Updated => Headline::undated("change-updated"),
        }
    }

    /// A tariff column's label in the reader's language.
    fn column_label(&self, column: &str) -> String {
        self.site
            .locales
            .format(self.lang.code(), &format!("tariff-col-{column}"), None)
            .unwrap_or_else(|_| column.to_uppercase())
    }

    fn column_changed(
        &self,
        column: &str,
        old: &str,
        new: &str,
        args: &mut FluentArgs,
    ) -> Headline {
        args.set("column", self.column_label(column));
        let show = |text: &str| {
            if text.is_empty() {
                self.w.plain("change-none")
            } else {
                text.to_string()
            }
        };
        args.set("old", show(old));
        args.set("new", show(new));
        Headline::undated("change-column")
    }

    /// Items added to and removed from a list of a page (documents,
    /// agencies, fees, codes), each list a sentence after the headline.
    fn list_changed(&self, field: &str, added: &[String], removed: &[String]) -> Headline {
        let mut details = Vec::new();
        for (items, id) in [
            (added, "change-items-added"),
            (removed, "change-items-removed"),
        ] {
            if !items.is_empty() {
                let shown: Vec<String> = items
                    .iter()
                    .map(|item| {
                        translate::list_item(
                            self.site,
                            &self.entry.page_key,
                            field,
                            item,
                            self.lang,
                        )
                    })
                    .collect();
                let mut a = FluentArgs::new();
                a.set(
                    "items",
                    crate::lists::ListPattern::and(self.w.lang).join(shown.as_slice()),
                );
                details.push(self.w.message(id, &a));
            }
        }
        let id = match field {
            "documents" => "change-documents",
            "agencies" => "change-agencies",
            "fees" => "change-fees",
            _ => "change-hs",
        };
        Headline {
            details,
            ..Headline::undated(id)
        }
    }
}

#[cfg(test)]
mod tests;
