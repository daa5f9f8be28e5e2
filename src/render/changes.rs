//! Changes in HTML: the `/{lang}/changes/` page (upcoming and recent,
//! filterable by kind and chapter without JavaScript), the history of
//! changes on tariff code and entity pages, and the `<link rel="alternate">`
//! of the feeds that concern each page.

use serde::Serialize;

use crate::changes::scope::{
    entry_path, feed_path, scope_title, scope_title_html, FeedScope, MARKED,
};
use crate::changes::{describe, Change, ChangeEntry, ChangeKind, EntryText, FEED_KINDS};
use crate::i18n::{Formats, MissingMessage};

use super::context::Frame;
use super::theme_html::ThemeHtml;

/// A feed a page links to.
#[derive(Serialize)]
pub(crate) struct FeedLink {
    title: String,
    /// The title as HTML, a chapter's name marked with its language where
    /// it is another (an untranslated chapter's).
    title_html: String,
    /// "Follow these changes in the feed “…”:" as HTML, the title as in
    /// `title_html`.
    follow_html: String,
    atom: String,
    json: String,
}

/// One entry as a page shows it.
#[derive(Serialize)]
pub(crate) struct EntryView {
    id: String,
    title: String,
    summary: String,
    details: String,
    /// `title`, `summary` and `details` as HTML: escaped, with what
    /// changed marked with its language where it is another (the title of
    /// an untranslated page, WCAG 3.1.2).
    title_html: String,
    summary_html: String,
    details_html: String,
    date: String,
    iso_date: String,
    effective: Option<String>,
    /// Whether `effective` is a last day (a line or fee that ends), not a
    /// first: the page says "Last day" rather than "In effect from".
    last_day: bool,
    kind: String,
    chapter: Option<String>,
    href: String,
}

#[derive(Serialize)]
pub(crate) struct KindFilter {
    slug: String,
    count: usize,
}

/// The past changes of one month, under its name as a heading.
#[derive(Serialize)]
pub(crate) struct MonthView {
    /// "December 2026", the reader's way.
    month: String,
    /// `2026-12`, for ids.
    iso: String,
    entries: Vec<EntryView>,
}

/// What the changes page shows.
#[derive(Serialize)]
pub(crate) struct ChangesView {
    upcoming: Vec<EntryView>,
    recent: Vec<EntryView>,
    /// The same past changes grouped by the month they were made, newest
    /// first: the page is read a month at a time, not as one long list.
    months: Vec<MonthView>,
    kinds: Vec<KindFilter>,
    chapters: Vec<String>,
    feeds: Vec<FeedLink>,
    from_history: bool,
}

/// How many past changes the changes page lists (feeds hold fewer).
const RECENT_ON_PAGE: usize = 200;

fn feed_link(frame: &Frame<'_>, from: &str, scope: &FeedScope) -> FeedLink {
    let lang = frame.lang;
    let title = scope_title(frame.site, lang, scope);
    let title_html = scope_title_html(frame.site, lang, scope);
    // The key holds the title: `kb serve` keeps remembered texts across
    // content edits.
    let key = format!("feed-follow-html:{title_html}");
    let follow_html = frame.site.locales.remember(lang.code(), &key, || {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("feed", MARKED);
        let follow = frame.text("changes-follow-feed", Some(&args));
        crate::html::escape(&follow).replace(MARKED, &title_html)
    });
    FeedLink {
        title,
        title_html,
        follow_html,
        atom: frame.href(from, &feed_path(lang, scope, "xml")),
        json: frame.href(from, &feed_path(lang, scope, "json")),
    }
}

/// Gives a page's template its `feeds`, and `feed_links`: the same
/// written out as the head's two `<link rel="alternate">` elements per
/// feed, one per line, as the default theme's loop over `feeds` wrote
/// them (a template loop on every page cost more than the writing).
pub(crate) fn insert_feeds(context: &mut tera::Context, feeds: &[FeedLink]) {
    context.insert("feeds", feeds);
    context.insert("feed_links", &feed_link_elements(feeds));
}

/// `feeds` as the head's `<link rel="alternate">` elements (`feed_links`).
pub(crate) fn feed_link_elements(feeds: &[FeedLink]) -> String {
    let mut html = String::new();
    for feed in feeds {
        for (kind, href) in [
            ("application/atom+xml", &feed.atom),
            ("application/feed+json", &feed.json),
        ] {
            html.push_str("\n<link rel=\"alternate\" type=\"");
            html.push_str(kind);
            html.push_str("\" title=\"");
            crate::html::escape_into(&mut html, &feed.title, true);
            html.push_str("\" href=\"");
            crate::html::escape_into(&mut html, href, true);
            html.push_str("\">");
        }
    }
    html
}

/// The feeds a page concerns: everything, its kind's, its chapter's.
pub(crate) fn feed_links(
    frame: &Frame<'_>,
    from: &str,
    page_key: Option<&str>,
    chapter: Option<&str>,
) -> Vec<FeedLink> {
    let mut scopes = vec![FeedScope::All];
    if let Some(key) = page_key {
        let kind = ChangeKind::of_key(key);
        if FEED_KINDS.iter().any(|(k, _)| *k == kind) {
            scopes.push(FeedScope::Kind(kind));
        }
    }
    if let Some(c) = chapter {
        if frame.site.tariff.chapter(c).is_some() {
            scopes.push(FeedScope::Chapter(c.to_string()));
        }
    }
    scopes.iter().map(|s| feed_link(frame, from, s)).collect()
}

/// One change log entry as a page shows it, in `frame`'s language.
pub(crate) fn entry_view(
    frame: &Frame<'_>,
    formats: &Formats,
    from: &str,
    entry: &ChangeEntry,
) -> EntryView {
    let site = frame.site;
    let lang = frame.lang;
    let text = describe(site, entry, lang, formats);
    // An entry no commit made (a value the content schedules) has no day
    // it was recorded.
    let recorded = (!entry.timestamp.is_empty()).then(|| entry.date.to_string());
    EntryView {
        id: entry.id.clone(),
        title_html: marked(&text.title, &text),
        summary_html: marked(&text.summary, &text),
        details_html: marked(&text.details, &text),
        title: text.title,
        summary: text.summary,
        details: text.details,
        date: recorded
            .as_ref()
            .map(|d| formats.date(d))
            .unwrap_or_default(),
        iso_date: recorded.unwrap_or_default(),
        effective: entry.effective.map(|d| formats.date(&d.to_string())),
        last_day: matches!(
            entry.change,
            Change::LineEnds { .. } | Change::FeeEnds { .. }
        ),
        kind: entry.kind.slug().to_string(),
        chapter: entry.chapter.clone(),
        href: frame.href(from, &entry_path(site, lang, entry)),
    }
}

/// `text` (of `described`) as HTML, each of its parts in another
/// language marked with it.
fn marked(text: &str, described: &EntryText) -> String {
    let mut html = crate::html::escape(text);
    for (part, lang) in &described.foreign {
        if part.is_empty() {
            continue;
        }
        let part = crate::html::escape(part);
        let span = format!(
            "<span lang=\"{}\" dir=\"auto\">{part}</span>",
            crate::html::escape(lang)
        );
        html = html.replacen(&part, &span, 1);
    }
    html
}

fn history_views(frame: &Frame<'_>, from: &str, entries: Vec<&ChangeEntry>) -> Vec<EntryView> {
    if entries.is_empty() {
        return Vec::new();
    }
    let formats = frame.site.locales.formats(frame.lang.code());
    entries
        .into_iter()
        .map(|e| entry_view(frame, &formats, from, e))
        .collect()
}

/// The history of one tariff code, newest first.
pub(crate) fn code_history(frame: &Frame<'_>, from: &str, digits: &str) -> Vec<EntryView> {
    history_views(frame, from, frame.site.changes.for_code(digits))
}

/// The history of one tariff chapter (its lines, imports, its page),
/// newest first, as many as its feed holds.
pub(crate) fn chapter_history(frame: &Frame<'_>, from: &str, number: &str) -> Vec<EntryView> {
    let mut entries = frame.site.changes.for_chapter(number);
    entries.truncate(frame.site.config.feeds.entries);
    history_views(frame, from, entries)
}

/// The history of one page (a fee, a procedure…), newest first.
pub(crate) fn page_history(frame: &Frame<'_>, from: &str, key: &str) -> Vec<EntryView> {
    history_views(frame, from, frame.site.changes.for_page(key))
}

/// Everything the changes page needs.
pub(crate) fn changes_view(frame: &Frame<'_>, from: &str) -> ChangesView {
    let site = frame.site;
    let formats = frame.site.locales.formats(frame.lang.code());
    let today = site.reference_date;
    let (upcoming, past): (Vec<&ChangeEntry>, Vec<&ChangeEntry>) =
        site.changes.entries.iter().partition(|e| match e.change {
            // Open for comment through its last day.
            Change::Consultation { until } => until >= today,
            _ => e.effective.is_some_and(|d| d > today),
        });
    let mut upcoming: Vec<&ChangeEntry> = upcoming;
    // What the content schedules that no entry announced.
    upcoming.extend(&site.changes.scheduled);
    // Soonest first: what a trader must prepare for next; on one day, in
    // the order they were decided (a withdrawal after what it withdraws).
    upcoming.sort_by(|a, b| {
        (a.upcoming_date(), &a.timestamp, &a.page_key, &a.code, &a.id).cmp(&(
            b.upcoming_date(),
            &b.timestamp,
            &b.page_key,
            &b.code,
            &b.id,
        ))
    });
    let shown: Vec<&ChangeEntry> = upcoming
        .iter()
        .copied()
        .chain(past.iter().copied().take(RECENT_ON_PAGE))
        .collect();
    let mut kinds: Vec<KindFilter> = Vec::new();
    for kind in FEED_KINDS.iter().map(|(k, _)| *k).chain([ChangeKind::Page]) {
        let count = shown.iter().filter(|e| e.kind == kind).count();
        if count > 0 {
            kinds.push(KindFilter {
                slug: kind.slug().to_string(),
                count,
            });
        }
    }
    let mut chapters: Vec<String> = shown.iter().filter_map(|e| e.chapter.clone()).collect();
    chapters.sort();
    chapters.dedup();
    let mut feeds = vec![feed_link(frame, from, &FeedScope::All)];
    feeds.extend(
        FEED_KINDS
            .iter()
            .map(|(k, _)| feed_link(frame, from, &FeedScope::Kind(*k))),
    );
    // Every chapter has a feed, empty ones too: a trader subscribes before
    // anything changes.
    feeds.extend(
        site.tariff
            .chapters
            .iter()
            .map(|c| feed_link(frame, from, &FeedScope::Chapter(c.number.clone()))),
    );
    let months = month_views(frame, &formats, from, &past);
    ChangesView {
        months,
        upcoming: upcoming
            .iter()
            .map(|e| entry_view(frame, &formats, from, e))
            .collect(),
        recent: past
            .iter()
            .take(RECENT_ON_PAGE)
            .map(|e| entry_view(frame, &formats, from, e))
            .collect(),
        kinds,
        chapters,
        feeds,
        from_history: site.changes.from_history,
    }
}

/// The first [`RECENT_ON_PAGE`] past changes by month, newest first.
fn month_views(
    frame: &Frame<'_>,
    formats: &Formats,
    from: &str,
    past: &[&ChangeEntry],
) -> Vec<MonthView> {
    let names = crate::lists::MonthNames::new(frame.lang.code());
    let mut months: Vec<MonthView> = Vec::new();
    for entry in past.iter().take(RECENT_ON_PAGE) {
        let iso = format!("{:04}-{:02}", entry.date.year(), entry.date.month());
        if months.last().is_none_or(|m| m.iso != iso) {
            months.push(MonthView {
                month: names.month(entry.date),
                iso,
                entries: Vec::new(),
            });
        }
        if let Some(month) = months.last_mut() {
            month.entries.push(entry_view(frame, formats, from, entry));
        }
    }
    months
}

/// `macros.html`'s `history`: a page's own changes, newest first, and the
/// last of its `feeds` to follow them by.
pub(crate) fn write_history(
    w: &mut ThemeHtml<'_>,
    entries: &[EntryView],
    feeds: &[FeedLink],
) -> Result<(), MissingMessage> {
    w.raw("\n<section class=\"history\" aria-labelledby=\"history-title\">\n  <h2 id=\"history-title\">");
    w.message("changes-history")?;
    w.raw("</h2>");
    if entries.is_empty() {
        w.raw("\n  <p>");
        w.message("changes-history-none")?;
        w.raw("</p>");
    } else {
        w.raw("\n  <ol class=\"changes\">");
        for e in entries {
            w.raw("\n    <li id=\"c-");
            w.text(&e.id);
            w.raw("\"><time datetime=\"");
            w.text(&e.iso_date);
            w.raw("\">");
            w.text(&e.date);
            w.raw("</time> ");
            w.raw(&e.summary_html);
            w.raw("</li>");
        }
        w.raw("\n  </ol>");
    }
    if let Some(last) = feeds.last() {
        w.raw("\n  <p class=\"feed-links\">");
        w.raw(&last.follow_html);
        w.raw(" <a href=\"");
        w.text(&last.atom);
        w.raw("\" type=\"application/atom+xml\">");
        w.message("changes-feed-atom")?;
        w.raw("</a> · <a href=\"");
        w.text(&last.json);
        w.raw("\" type=\"application/feed+json\">");
        w.message("changes-feed-json")?;
        w.raw("</a></p>");
    }
    w.raw("\n</section>\n");
    Ok(())
}
