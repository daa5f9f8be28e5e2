//! What search finds: every page and every tariff code, per language, as
//! plain text documents. Both the static index and `kb search` read these,
//! in the same order, so that they rank alike.

use crate::config::ColumnKind;
use crate::lang::Lang;
use crate::model::{PageKind, Site};
use crate::tariff::CodeLevel;
use crate::urls::Urls;

/// One searchable document in one language.
#[derive(Debug, Clone)]
pub struct SearchDocument {
    /// Site path without the leading slash: `en/tariff/0901/`.
    pub path: String,
    /// Title (weighted more).
    pub title: String,
    /// `page`, `tariff`, `procedure`, `fee`…: for filters.
    pub kind: String,
    /// Tariff chapter, for filters.
    pub chapter: Option<String>,
    /// Tariff code digits, for code queries.
    pub code: Option<String>,
    /// Everything else that should match.
    pub body: String,
    /// What a result's snippet is cut from, in the browser, around the
    /// words that matched: a page's description and the start of its text
    /// (at most [`EXCERPT`] characters), a tariff code's display form and
    /// its parent's description (at most half as many).
    pub excerpt: String,
    /// Level, an index into [`super::LEVELS`]: 0 for other pages, 1 tariff
    /// chapter, 2 heading, 3 subheading, 4 national line, 5 procedure.
    pub level: u8,
    /// For a tariff line, the first rate column's value in force on the
    /// site's reference date (`10%`); empty otherwise.
    pub rate: String,
}

/// Characters of text a document carries for its snippet. The runtime
/// shows about 160 of them around the matched words; more would make
/// every document chunk heavier for each query (a chunk holds 200 rows).
pub const EXCERPT: usize = 360;

/// The first `max` characters of `text` with its white space collapsed,
/// cut at a word.
fn excerpt(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(at) => format!("{}…", &cut[..at]),
        None => format!("{cut}…"),
    }
}

/// What a reader may type to find an entity besides its words: a
/// ruling's number, goods and code, a quota's order number and codes.
fn entity_terms(site: &Site, key: &str, lang: Lang<'_>) -> String {
    use crate::entities::kinds::EntityData;
    match site.entities.by_key.get(key).map(|e| e.data(lang)) {
        Some(EntityData::Ruling(r)) => format!(
            "\n{}\n{}\n{}",
            r.number,
            r.goods.as_deref().unwrap_or(""),
            r.hs.join(" ")
        ),
        Some(EntityData::Quota(q)) => format!("\n{}\n{}", q.order_number, q.hs.join(" ")),
        _ => String::new(),
    }
}

/// Every document in language `lang`, pages first, then codes.
pub fn collect_documents(site: &Site, lang: Lang<'_>) -> Vec<SearchDocument> {
    let code = lang.code();
    let mut docs = Vec::new();
    for page in &site.pages {
        let Some(version) = page.version(lang) else {
            continue;
        };
        let kind = match page.kind.entity() {
            Some(k) => k.scheme().to_string(),
            None => match page.kind {
                PageKind::TariffChapter | PageKind::TariffIndex => "tariff".into(),
                _ => "page".into(),
            },
        };
        let level = match (page.kind, kind.as_str()) {
            (PageKind::TariffChapter, _) => 1,
            (_, "procedure") => 5,
            _ => 0,
        };
        let chapter = (page.kind == PageKind::TariffChapter)
            .then(|| page.key.trim_start_matches("tariff/").to_string());
        // A chapter answers a two-digit code query, and is the nearest
        // existing ancestor of a heading that does not exist.
        let chapter_code = chapter.clone().filter(|c| c.len() == 2);
        let description = version.description.clone().unwrap_or_default();
        // A chapter's page holds its notes; its table is searched code by code.
        docs.push(SearchDocument {
            path: Urls::page_path(code, &page.path)
                .trim_start_matches('/')
                .to_string(),
            title: version.title.clone(),
            kind,
            level,
            chapter,
            code: chapter_code,
            rate: String::new(),
            body: format!(
                "{description}
{}{}",
                version.text,
                entity_terms(site, &page.key, lang)
            ),
            excerpt: excerpt(
                &format!(
                    "{description}
{}",
                    version.text
                ),
                EXCERPT,
            ),
        });
    }
    let codes = &site.tariff.codes;
    let rate_column = site
        .config
        .tariff
        .columns
        .iter()
        .find(|c| c.kind == ColumnKind::Rate)
        .map(|c| c.key.clone());
    for tariff_code in codes {
        let (description, _) = tariff_code.description(lang);
        let parent = tariff_code
            .parent
            .map(|p| codes[p].description(lang).0.to_string())
            .unwrap_or_default();
        let notes: Vec<String> = tariff_code
            .texts
            .values()
            .filter_map(|v| {
                v.get(lang.index())
                    .cloned()
                    .flatten()
                    .or_else(|| v[0].clone())
            })
            .collect();
        let rate = rate_column
            .as_ref()
            .filter(|_| tariff_code.is_leaf())
            .and_then(|key| tariff_code.rates.get(key))
            .and_then(|cell| cell.at(site.reference_date))
            .map(|dated| dated.text.clone())
            .unwrap_or_default();
        docs.push(SearchDocument {
            level: match tariff_code.level {
                CodeLevel::Heading => 2,
                CodeLevel::Subheading => 3,
                CodeLevel::NationalLine => 4,
            },
            rate,
            path: Urls::code_path(code, &tariff_code.digits)
                .trim_start_matches('/')
                .to_string(),
            title: description.to_string(),
            kind: "tariff".into(),
            chapter: Some(tariff_code.chapter.clone()),
            code: Some(tariff_code.digits.clone()),
            body: format!("{parent}\n{}", notes.join("\n")),
            // The code and where it sits: its own description is the
            // title. Half a page's length keeps the chunks of a national
            // tariff (most of the index) as light as a first query needs.
            excerpt: excerpt(&format!("{} · {parent}", tariff_code.display), EXCERPT / 2),
        });
    }
    docs
}
