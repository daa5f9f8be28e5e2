//! What search finds: every page and every tariff code, per language, as
//! plain text documents. Both the static index and `kb search` read these,
//! in the same order, so that they rank alike.

use std::borrow::Cow;

use crate::config::ColumnKind;
use crate::lang::Lang;
use crate::lists::ListPattern;
use crate::model::{Page, PageKind, Site};
use crate::page::TranslationState;
use crate::tariff::lineage::described;
use crate::tariff::{CodeLevel, LineageStep, TariffCode};
use crate::urls::Urls;

/// One searchable document in one language.
#[derive(Debug, Clone)]
pub struct SearchDocument {
    /// Site path without the leading slash: `en/tariff/0901/`.
    pub path: String,
    /// Title (weighted more).
    pub title: String,
    /// For a national line, where it sits: the description above it that
    /// says more than its own and the grouping lines above it
    /// ([`Tariff::context_of`](crate::tariff::Tariff::context_of)), cut to
    /// [`CONTEXT`] characters: results show it after the title (`Other –
    /// Telephone sets; smartphones…`, `Unground – Not decaffeinated: –
    /// Roasted: – Coffee…`), as the line's page title does. Empty
    /// otherwise; never matched (the body holds it).
    pub title_context: String,
    /// `page`, `tariff`, `procedure`, `fee`…: for filters.
    pub kind: String,
    /// For a tariff code, the grouping lines above it (`Roasted:`), one a
    /// line: they say what the code is, and match as its title does but
    /// for what they say it is not (`Not roasted:`), which weighs as its
    /// body ([`super::negation`]). No result shows them apart from its
    /// title's context. Empty otherwise.
    pub groups: String,
    /// Tariff chapter, for filters.
    pub chapter: Option<String>,
    /// Tariff code digits, for code queries.
    pub code: Option<String>,
    /// Words a trader types for it that it does not use itself (a tariff
    /// code's [search terms](crate::tariff::terms)): they match as its
    /// title does, and no result shows them.
    pub terms: String,
    /// Everything else that should match.
    pub body: String,
    /// What a result's snippet is cut from, in the browser, around the
    /// words that matched: a page's description and the start of its text
    /// (at most [`EXCERPT`] characters), a tariff code's display form and
    /// the description of the code above it that says more than its own
    /// (at most half as many).
    pub excerpt: String,
    /// Level, an index into [`super::LEVELS`]: 0 for other pages, 1 tariff
    /// chapter, 2 heading, 3 subheading, 4 national line, 5 procedure, 6
    /// reference text.
    pub level: u8,
    /// For a tariff line, the first rate column's value in force on the
    /// site's reference date (`10%`); empty otherwise.
    pub rate: String,
}

/// Characters of a national line's [`SearchDocument::title_context`].
pub const CONTEXT: usize = 120;

impl SearchDocument {
    /// The title a result shows: the title, then its context if any.
    pub fn shown_title(&self) -> Cow<'_, str> {
        if self.title_context.is_empty() {
            Cow::Borrowed(&self.title)
        } else {
            Cow::Owned(format!("{} – {}", self.title, self.title_context))
        }
    }
}

/// Characters of text a document carries for its snippet. The runtime
/// shows about 160 of them around the matched words; more would make
/// every document chunk heavier for each query (a chunk holds 200 rows).
pub const EXCERPT: usize = 360;

/// The first `max` characters of `text` with its white space collapsed,
/// cut at a word.
fn excerpt(text: &str, max: usize) -> String {
    // Collapsed only as far as the cut: a page's text may be long, and
    // only its first `max` characters are kept.
    let mut collapsed = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > max {
            break;
        }
        if !collapsed.is_empty() {
            collapsed.push(' ');
            chars += 1;
        }
        collapsed.push_str(word);
        chars += word.chars().count();
    }
    if chars <= max {
        return collapsed;
    }
    let cut: String = collapsed.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(at) => format!("{}…", &cut[..at]),
        None => format!("{cut}…"),
    }
}

/// What a page's snippet is cut from: its description, then its text; or
/// the text alone where it begins with the description (an editor who
/// copied the first sentence into `description`, or a description cut
/// from the text), which every result would otherwise show twice.
fn snippet_source<'a>(description: &str, text: &'a str) -> Cow<'a, str> {
    if begins_with_words(text, description) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(format!("{description}\n{text}"))
    }
}

/// Whether `text` begins with the words of `prefix`, white space aside.
/// The prefix's last word may stop inside the text's word, or end in `…`:
/// a description cut short.
fn begins_with_words(text: &str, prefix: &str) -> bool {
    let mut words = text.split_whitespace();
    let mut wanted = prefix.split_whitespace().peekable();
    while let Some(want) = wanted.next() {
        let Some(word) = words.next() else {
            return false;
        };
        let matches = match wanted.peek() {
            Some(_) => word == want,
            None => word.starts_with(want.trim_end_matches('…')),
        };
        if !matches {
            return false;
        }
    }
    true
}

/// What an entity's page shows besides its Markdown, which a reader may
/// type to find it: its kind's name (`Exchange rate` above `US dollar`:
/// `usd exchange rate`) and its section's, and each field written in words: a procedure's
/// summary, its steps and the documents each asks for (`counterfoil`, in
/// the ATA carnet's steps only), a fee's reason, payment and tiers, a
/// tool's or an agency's acronym, a legal text's or a form's number, a
/// ruling's number, goods and codes, a quota's order number and codes,
/// a currency's code. A reference to another page (`legal:customs-law`)
/// is that page's, not words of this one.
fn entity_text(site: &Site, key: &str, lang: Lang<'_>) -> String {
    use crate::entities::kinds::EntityData;
    let Some(entity) = site.entities.by_key.get(key) else {
        return String::new();
    };
    let kind = site
        .locales
        .text(lang.code(), &format!("kind-{}", entity.kind.scheme()), None);
    // The section its breadcrumb names: Arabic fee pages say `رسم`, and
    // traders type the plural `رسوم` of "الرسوم والأعباء".
    let section = site
        .page(&format!("{}/_index", entity.kind.folder()))
        .and_then(|index| index.version(lang))
        .map(|version| version.title.clone())
        .unwrap_or_default();
    let data = entity.data(lang);
    let mut words: Vec<&str> = vec![&kind, &section];
    words.extend(
        data.legal_basis()
            .iter()
            .filter(|basis| !basis.starts_with("legal:"))
            .map(String::as_str),
    );
    match data {
        EntityData::Procedure(p) => {
            words.extend(p.summary.as_deref());
            for step in &p.steps {
                words.push(&step.title);
                words.extend(step.documents.iter().map(String::as_str));
            }
        }
        EntityData::Fee(f) => {
            words.extend(
                [&f.reason, &f.payment]
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
            words.extend(f.rates.iter().map(|r| r.label.as_str()));
        }
        EntityData::Measure(m) => words.extend(m.number.as_deref()),
        EntityData::Tool(t) => words.extend(
            [&t.acronym, &t.issuer]
                .into_iter()
                .flatten()
                .map(String::as_str),
        ),
        EntityData::Legal(l) => words.extend(
            [&l.number, &l.issuer]
                .into_iter()
                .flatten()
                .map(String::as_str),
        ),
        EntityData::Form(f) => words.extend(f.number.as_deref()),
        EntityData::Agency(a) => words.extend(a.acronym.as_deref()),
        EntityData::ExchangeRate(x) => words.push(&x.currency),
        EntityData::Ruling(r) => {
            words.push(&r.number);
            words.extend(r.goods.as_deref());
            words.extend(r.hs.iter().map(String::as_str));
        }
        EntityData::Quota(q) => {
            words.push(&q.order_number);
            words.extend(q.hs.iter().map(String::as_str));
        }
        _ => {}
    }
    format!("\n{}", words.join("\n"))
}

/// Every document in language `lang`: the pages, then the tariff in code
/// order, each chapter's page just before its codes. A product query's
/// answers (a chapter, its headings and lines) then sit in one or two
/// document chunks, which is what a first query fetches after its shards.
pub fn collect_documents(site: &Site, lang: Lang<'_>) -> Vec<SearchDocument> {
    let (chapters, pages): (Vec<&Page>, Vec<&Page>) = site
        .pages
        .iter()
        .partition(|page| page.kind == PageKind::TariffChapter);
    let mut docs: Vec<SearchDocument> = pages
        .into_iter()
        .filter_map(|page| page_document(site, page, lang))
        .collect();
    let mut chapters: Vec<SearchDocument> = chapters
        .into_iter()
        .filter_map(|page| page_document(site, page, lang))
        .collect();
    chapters.sort_by(|a, b| a.chapter.cmp(&b.chapter));
    let mut chapters = chapters.into_iter().peekable();
    let rate_columns: Vec<&str> = site
        .config
        .tariff
        .columns
        .iter()
        .filter(|c| c.kind == ColumnKind::Rate)
        .map(|c| c.key.as_str())
        .collect();
    // The rate shown for a tariff line is the first rate column's.
    let rate_column = rate_columns.first().copied();
    // The words a trader adds to a good's name to ask for its rate
    // (`search-rate-words`: "customs duty duties tariff rate"), in every
    // code's body, as its page shows its rates or its lines' rates:
    // `coffee duty` and `duty on tvs` found pages about duty (the refund
    // procedure, a guide that names coffee), not the codes.
    // So are the site's own names of its duty columns (Iran's `حقوق
    // ورودی`, import duties): `حقوق ورودی شکر` found a notice. Not its
    // taxes': every code would hold Vietnamese `tiêu thụ đặc biệt`
    // (special consumption), whose `thụ` is `thủ tục` (procedure) folded.
    let labels = rate_columns.iter().filter_map(|key| {
        let id = format!("tariff-col-{key}");
        site.locales.format(lang.code(), &id, None).ok()
    });
    let rate_words = match rate_column {
        Some(_) => std::iter::once(site.locales.text(lang.code(), "search-rate-words", None))
            .chain(labels)
            .collect::<Vec<_>>()
            .join(" "),
        None => String::new(),
    };
    let alternatives = ListPattern::or(lang.code());
    for (index, tariff_code) in site.tariff.codes.iter().enumerate() {
        while let Some(chapter) =
            chapters.next_if(|c| c.chapter.as_deref() <= Some(tariff_code.chapter.as_str()))
        {
            docs.push(chapter);
        }
        let mut doc = code_document(site, index, rate_column, lang, &alternatives);
        doc.body.push('\n');
        doc.body.push_str(&rate_words);
        docs.push(doc);
    }
    docs.extend(chapters);
    docs
}

/// A page's kind for filters (an entity's scheme, `tariff` for the
/// tariff's pages, `page` otherwise) and its level in [`super::LEVELS`].
fn page_kind_and_level(page: &Page) -> (String, u8) {
    let kind = page.kind.search_kind().to_string();
    let level = match (page.kind, kind.as_str()) {
        (PageKind::TariffChapter, _) => 1,
        (_, "procedure") => 5,
        (_, "tool" | "legal" | "ruling") => super::REFERENCE,
        _ => 0,
    };
    (kind, level)
}

/// `text` without its e-mail and web addresses: their pieces (`org`,
/// `www`, `https`) are no words a reader looks for, and a typo that
/// begins like one (`orgin`) was read as it and found the contact page.
/// The snippet keeps them.
fn without_addresses(text: &str) -> Cow<'_, str> {
    let is_address =
        |word: &str| word.contains('@') || word.contains("://") || word.starts_with("www.");
    if !text.split_whitespace().any(is_address) {
        return Cow::Borrowed(text);
    }
    let kept = text
        .lines()
        .map(|line| {
            line.split(' ')
                .filter(|word| !is_address(word))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n");
    Cow::Owned(kept)
}

/// A page's document in `lang`, if the page has a version in it.
fn page_document(site: &Site, page: &Page, lang: Lang<'_>) -> Option<SearchDocument> {
    let version = page.version(lang)?;
    let (kind, mut level) = page_kind_and_level(page);
    if version.state == TranslationState::Missing {
        level += super::UNTRANSLATED;
    }
    let chapter = (page.kind == PageKind::TariffChapter)
        .then(|| page.key.trim_start_matches("tariff/").to_string());
    // A chapter answers a two-digit code query, and is the nearest
    // existing ancestor of a heading that does not exist.
    let chapter_code = chapter.clone().filter(|c| c.len() == 2);
    let description = version.description.clone().unwrap_or_default();
    // A chapter's page holds its notes; its table is searched code by code.
    Some(SearchDocument {
        path: Urls::page_path(lang.code(), &page.path)
            .trim_start_matches('/')
            .to_string(),
        title: version.title.clone(),
        title_context: String::new(),
        kind,
        groups: String::new(),
        level,
        chapter,
        code: chapter_code,
        rate: String::new(),
        terms: version.search_terms.join("\n"),
        body: format!(
            "{description}\n{}{}",
            without_addresses(&version.text),
            entity_text(site, &page.key, lang)
        ),
        excerpt: excerpt(&snippet_source(&description, &version.text), EXCERPT),
    })
}

/// What the codes above `code` add to its body, nearest first: their
/// search terms in `lang` (`chicken` for 02.07 also finds its frozen
/// lines, `frozen chicken`), then their digits (`0901 coffee` finds the
/// lines under 09.01), one per line.
fn ancestor_words(site: &Site, code: &TariffCode, lang: Lang<'_>) -> String {
    let tariff = &site.tariff;
    let above: Vec<&TariffCode> = tariff.above(code).map(|p| &*tariff.codes[p]).collect();
    let terms = above
        .iter()
        .filter_map(|c| c.search_terms.get(lang.index()))
        .flatten()
        .map(String::as_str);
    let digits = above.iter().map(|c| c.digits.as_str());
    terms.chain(digits).collect::<Vec<_>>().join("\n")
}

/// The grouping lines above code `index`, in `lang`, one a line.
fn group_words(site: &Site, index: usize, lang: Lang<'_>) -> String {
    let groups: Vec<&str> = site
        .tariff
        .lineage(index)
        .into_iter()
        .filter_map(|step| match step {
            LineageStep::Group(g) => Some(described(g, lang).0),
            LineageStep::Code(_) => None,
        })
        .collect();
    groups.join("\n")
}

/// A tariff code's document in `lang`: its description as the title, and
/// the grouping lines above it as more of it; where it sits
/// ([`Tariff::context_of`](crate::tariff::Tariff::context_of)), its text
/// columns (notes) and the search terms of the codes above it as the body.
fn code_document(
    site: &Site,
    index: usize,
    rate_column: Option<&str>,
    lang: Lang<'_>,
    alternatives: &ListPattern,
) -> SearchDocument {
    let tariff_code = &*site.tariff.codes[index];
    let (description, untranslated) = tariff_code.description(lang);
    let own_terms: &[String] = tariff_code
        .search_terms
        .get(lang.index())
        .map_or(&[], Vec::as_slice);
    let parent = crate::tariff::lineage::joined(&site.tariff.context_of(index, lang));
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
    // Only a line (a leaf) has a rate a trader pays.
    let rate = rate_column
        .filter(|_| tariff_code.is_leaf())
        .and_then(|key| tariff_code.rates.get(key))
        .and_then(|cell| cell.at(site.reference_date))
        // As the line's page writes it: `30 %, min. 5 000 VND/kg` in French.
        .map(|dated| {
            crate::tariff::display::rate_text(
                &site.locales,
                lang.code(),
                &dated.text,
                dated.value.as_ref(),
            )
        })
        .unwrap_or_default();
    SearchDocument {
        level: match tariff_code.level {
            CodeLevel::Heading => 2,
            CodeLevel::Subheading => 3,
            CodeLevel::NationalLine => 4,
        } + if untranslated { super::UNTRANSLATED } else { 0 },
        rate,
        path: Urls::code_path(lang.code(), &tariff_code.digits)
            .trim_start_matches('/')
            .to_string(),
        title: description.to_string(),
        // A line's own description often says little alone ("Other").
        title_context: match tariff_code.level {
            CodeLevel::NationalLine => excerpt(&parent, CONTEXT),
            _ => String::new(),
        },
        kind: "tariff".into(),
        groups: group_words(site, index, lang),
        chapter: Some(tariff_code.chapter.clone()),
        code: Some(tariff_code.digits.clone()),
        // Its code's digits as a term, and those of the codes above it in
        // its body: `0901 coffee` (a code and a word, which is no code
        // query) found the rulings that cite 0901 before heading 09.01.
        terms: own_terms
            .iter()
            .chain(std::iter::once(&tariff_code.digits))
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        body: format!(
            "{parent}\n{}\n{}",
            notes.join("\n"),
            ancestor_words(site, tariff_code, lang)
        ),
        excerpt: code_excerpt(tariff_code, &alternatives.join(own_terms), &parent),
    }
}

/// A tariff code's snippet source: the code, the words traders use for it
/// (`terms`, an "or" list in the reader's language: why `air fryer` finds
/// a line whose title is "Other"), and, but for a
/// national line, whose shown title holds it, where it sits (`parent`).
/// Half a page's length keeps the chunks of a national tariff (most of
/// the index) as light as a first query needs.
fn code_excerpt(tariff_code: &TariffCode, terms: &str, parent: &str) -> String {
    let place = match tariff_code.level {
        CodeLevel::NationalLine => "",
        _ => parent,
    };
    let parts: Vec<&str> = [tariff_code.display.as_str(), terms, place]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    excerpt(&parts.join(" · "), EXCERPT / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_the_text_begins_with_is_not_shown_twice() {
        let text = "The ATA carnet is an international customs document.\n\nIt lets goods enter duty free.";
        let first_sentence = "The ATA carnet is an international customs document.";
        assert_eq!(
            excerpt(&snippet_source(first_sentence, text), EXCERPT),
            "The ATA carnet is an international customs document. It lets goods enter duty free."
        );
        // Cut inside a word, or with an ellipsis: still the text's start.
        for cut in ["The ATA carnet is an intern", "The ATA  carnet is an…"] {
            assert_eq!(snippet_source(cut, text), text, "{cut}");
        }
    }

    #[test]
    fn a_description_of_its_own_comes_before_the_text() {
        let text = "The ATA carnet is an international customs document.";
        for own in [
            "Temporary admission of goods.",
            "The ATA carnet in short",
            "The ATA carnet is an international customs document. More.",
        ] {
            assert_eq!(snippet_source(own, text), format!("{own}\n{text}"), "{own}");
        }
        assert_eq!(snippet_source("", text), text);
    }
}
