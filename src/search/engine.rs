//! `kb search`: the site's documents in a tantivy index in memory, queried
//! the way the browser runtime queries the static index (all words
//! required, BM25 with the title weighted, codes first for code queries),
//! so that each can be held to the other.

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, TantivyDocument, Term};

use super::analysis::{analyzer, prepare, terms};
use super::{collect_documents, SearchDocument, BOOSTS};
use crate::model::Site;

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// Site path without the leading slash.
    pub path: String,
    /// Title.
    pub title: String,
    /// Kind of document.
    pub kind: String,
    /// BM25 score (0 for code matches, which rank by code).
    pub score: f32,
}

/// Digits of a code query (`0901.11`, `0901 11`), if the query is one.
pub fn code_query(query: &str) -> Option<String> {
    let query = query.trim();
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 2
        && query
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ' '))
    .then_some(digits)
}

fn hit(doc: &SearchDocument, score: f32) -> SearchHit {
    SearchHit {
        path: doc.path.clone(),
        title: doc.title.clone(),
        kind: doc.kind.clone(),
        score,
    }
}

/// The code itself first, then its descendants in code order.
fn code_hits(docs: &[SearchDocument], digits: &str, limit: usize) -> Vec<SearchHit> {
    let mut found: Vec<&SearchDocument> = docs
        .iter()
        .filter(|d| d.code.as_deref().is_some_and(|c| c.starts_with(digits)))
        .collect();
    found.sort_by(|a, b| {
        let (ca, cb) = (
            a.code.as_deref().unwrap_or(""),
            b.code.as_deref().unwrap_or(""),
        );
        (ca.len(), ca).cmp(&(cb.len(), cb))
    });
    found.into_iter().take(limit).map(|d| hit(d, 0.0)).collect()
}

/// Answers `query` in language number `lang` from the site's documents.
pub fn search(
    site: &Site,
    lang: usize,
    query: &str,
    limit: usize,
) -> Result<Vec<SearchHit>, String> {
    let code = &site.config.languages[lang].code;
    let docs = collect_documents(site, lang);
    if let Some(digits) = code_query(query) {
        return Ok(code_hits(&docs, &digits, limit));
    }
    let mut words = terms(query, code);
    words.sort();
    words.dedup();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut builder = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("kb")
        .set_index_option(IndexRecordOption::WithFreqs);
    let options = TextOptions::default().set_indexing_options(indexing);
    let title = builder.add_text_field("title", options.clone());
    let body = builder.add_text_field("body", options);
    let index = Index::create_in_ram(builder.build());
    index.tokenizers().register("kb", analyzer(code));
    let e = |e: tantivy::TantivyError| e.to_string();
    // One thread and one commit: one segment, documents in our order.
    let mut writer = index.writer_with_num_threads(1, 50_000_000).map_err(e)?;
    for doc in &docs {
        let mut d = TantivyDocument::default();
        d.add_text(title, prepare(&doc.title, code));
        d.add_text(body, prepare(&doc.body, code));
        writer.add_document(d).map_err(e)?;
    }
    writer.commit().map_err(e)?;
    let searcher = index.reader().map_err(e)?.searcher();
    let clauses: Vec<(Occur, Box<dyn Query>)> = words
        .iter()
        .map(|word| {
            let fields: Vec<(Occur, Box<dyn Query>)> = [(title, BOOSTS[0]), (body, BOOSTS[1])]
                .into_iter()
                .map(|(field, boost)| {
                    let term = TermQuery::new(
                        Term::from_field_text(field, word),
                        IndexRecordOption::WithFreqs,
                    );
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(term), boost)) as Box<dyn Query>,
                    )
                })
                .collect();
            (
                Occur::Must,
                Box::new(BooleanQuery::new(fields)) as Box<dyn Query>,
            )
        })
        .collect();
    let query = BooleanQuery::new(clauses);
    let top = searcher
        .search(&query, &TopDocs::with_limit(limit))
        .map_err(e)?;
    Ok(top
        .into_iter()
        .filter_map(|(score, address)| docs.get(address.doc_id as usize).map(|d| hit(d, score)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_queries_are_digits_with_dots() {
        assert_eq!(code_query("0901.11").as_deref(), Some("090111"));
        assert_eq!(code_query(" 09 01 ").as_deref(), Some("0901"));
        assert_eq!(code_query("coffee 0901"), None);
        assert_eq!(code_query("9"), None);
    }
}
