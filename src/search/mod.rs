//! Search: one static index per language under `/search/{lang}/`, read by
//! the theme's dependency-free `kb-search.js`, and the same documents in
//! memory for `kb search`.
//!
//! The static index is split so that a query fetches only what it needs:
//! the entry (statistics and the names of the other files), the term shard
//! of each query word (chosen by the word's first three characters, two in
//! scripts written without spaces, so that a prefix finds its completions
//! in one shard), and the document chunks of the results shown. The files
//! and their types are the format `kb-search/4`, in [`format`].
//!
//! The entry keeps one stable name, which a server serves for revalidation
//! and the runtime loads with the page; every shard and chunk is named by
//! the hash of its own bytes (`t12.3fa9c01b2e.js`), so an edit renames only
//! the parts that hold its words, and a deploy uploads only those
//! (docs/output.md).

pub mod analysis;
mod arabic;
pub mod code_query;
pub mod documents;
pub mod engine;
pub mod format;
pub mod messages;
mod negation;
mod phrases;
pub mod query;
mod terms;
mod typo;
pub mod vocabulary;

use std::collections::{BTreeSet, HashMap};

use rayon::prelude::*;

use tantivy::fieldnorm::FieldNormReader;

use crate::lang::Lang;
use crate::model::Site;
use crate::output::{OutputFile, Sink};

pub use documents::{collect_documents, SearchDocument};
pub use format::{entry_path, shard_of, Posting, Shard, CHUNK, SHARDS};
use format::{
    present_bitmap, runs, script, DocumentRow, Manifest, NearPart, FORMAT, HASH_LEN, NEAR_PARTS,
};
pub use messages::{runtime_messages, RuntimeMessages};
use terms::Terms;

/// Per field (title, body): weight, BM25's k1 and b. See docs/search.md:
/// a title is a tariff description or a page's name, so the words in it
/// say what the document is about nearly whatever its length (b 0.4: a long HS
/// description is not much of a worse answer) and saturate at once (k1 0.3: a
/// description that repeats `coffee` three times is not three times about
/// coffee). The body keeps BM25's usual 1.2 and 0.75.
pub const FIELDS: [[f64; 3]; 2] = [[3.0, 0.3, 0.4], [1.0, 1.2, 0.75]];
/// By level (other pages, tariff chapter, heading, subheading, national
/// line, procedure, reference text): a multiplier of the score, and the
/// weight of the body. A product word should land on the heading or
/// chapter that covers it, one click from its lines, before a line that
/// also happens to name it; a procedure is the page a trader wants when a
/// fee, a form and a notice share its name (`advance ruling`, `export
/// procedure`); the administration's own guidance comes before the
/// reference texts behind it (a WCO instrument, a law, a binding ruling on
/// one consignment) that use the same words: `transit` is the transit
/// procedure first, the WCO's transit guidelines next, and `smartphones`
/// the code before a ruling on one smartphone; and a tariff line's body is
/// the description of the code above it, which says where the line sits
/// rather than what it is. Levels from [`UNTRANSLATED`] on are the same for
/// a document whose text is the default language's, for want of a
/// translation, at [`UNTRANSLATED_FACTOR`] of the score.
pub const LEVELS: [[f64; 2]; 2 * UNTRANSLATED as usize] = with_untranslated([
    [1.0, 1.0],
    [1.3, 0.5],
    [1.45, 0.5],
    [1.1, 0.4],
    [1.0, 0.4],
    [1.15, 1.0],
    [REFERENCE_FACTOR, 1.0],
]);

/// The level of a reference text: a WCO tool, a legal text, a ruling.
pub const REFERENCE: u8 = 6;

/// The score of a reference text against a guidance page at the same match.
const REFERENCE_FACTOR: f64 = 0.75;

/// Added to a document's level when its text is not in the index's
/// language: the French index holds the English text of an untranslated
/// chapter, and the French `soda` (a soft drink, 2202.10 in French) should
/// not lose to the English "caustic soda" that shares its spelling.
pub const UNTRANSLATED: u8 = 7;

/// The score of a document in another language against one in the
/// reader's at the same match: lower, still found where nothing else is.
pub const UNTRANSLATED_FACTOR: f64 = 0.5;

const fn with_untranslated(
    own: [[f64; 2]; UNTRANSLATED as usize],
) -> [[f64; 2]; 2 * UNTRANSLATED as usize] {
    const N: usize = UNTRANSLATED as usize;
    let mut levels = [[0.0; 2]; 2 * N];
    let mut i = 0;
    while i < N {
        levels[i] = own[i];
        levels[i + N] = [own[i][0] * UNTRANSLATED_FACTOR, own[i][1]];
        i += 1;
    }
    levels
}

/// A language's index in memory: what the static files hold, and what
/// `kb search` queries with the runtime's algorithm.
pub struct LanguageIndex {
    /// Language code.
    pub lang: String,
    /// The documents, in index order.
    pub docs: Vec<SearchDocument>,
    /// Kinds, sorted: postings refer to them by position.
    pub kinds: Vec<String>,
    /// Average field lengths (title, body).
    pub avg: [f64; 2],
    /// Words in all titles and in all bodies: `avg` before dividing.
    pub totals: [u64; 2],
    /// The term shards.
    pub shards: Vec<Shard>,
    /// The near parts ([`format::NEAR_PARTS`]): where a typo in a word's
    /// first characters finds its form.
    pub near: Vec<NearPart>,
    /// The words a query is read without ([`query::stop_words`]).
    pub stop: Vec<String>,
}

/// Fewest documents analysed by one worker: below this, sharing the
/// work costs more than it saves.
const MIN_RUN: usize = 2048;

/// Average field lengths (title, body) of `docs` documents whose fields
/// hold `totals` words.
fn average(totals: [u64; 2], docs: usize) -> [f64; 2] {
    let n = docs.max(1) as f64;
    [totals[0] as f64 / n, totals[1] as f64 / n]
}

/// A document's kind as a position in the sorted `kinds`.
fn kind_number(kinds: &[String], doc: &SearchDocument) -> u16 {
    kinds.iter().position(|k| *k == doc.kind).unwrap_or(0) as u16
}

/// A document's tariff chapter as a number (chapters are two digits), 0
/// for none.
fn chapter_number(doc: &SearchDocument) -> u8 {
    doc.chapter
        .as_deref()
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// Length of a field as tantivy's BM25 sees it (quantised above 40).
fn fieldnorm(len: usize) -> u32 {
    let len = u32::try_from(len).unwrap_or(u32::MAX);
    FieldNormReader::id_to_fieldnorm(FieldNormReader::fieldnorm_to_id(len))
}

/// The index of one language's documents.
pub fn build_language_index(lang: &str, docs: Vec<SearchDocument>) -> LanguageIndex {
    // The documents in as many runs as there are workers, each with its
    // own vocabulary, put together in document order: a one-language
    // update (`kb build --incremental` after a translation is edited)
    // otherwise leaves every core but one idle.
    let run = docs
        .len()
        .div_ceil(rayon::current_num_threads().max(1))
        .max(MIN_RUN);
    index_in_runs(lang, docs, run)
}

/// [`build_language_index`], its documents analysed in runs of `run`.
fn index_in_runs(lang: &str, docs: Vec<SearchDocument>, run: usize) -> LanguageIndex {
    let mut kinds: Vec<String> = docs.iter().map(|d| d.kind.clone()).collect();
    kinds.sort();
    kinds.dedup();
    let stop = query::stop_words(lang);
    let runs: Vec<Terms> = docs
        .par_chunks(run)
        .enumerate()
        .map(|(i, chunk)| {
            let mut terms = Terms::new(lang, stop.clone());
            for (j, doc) in chunk.iter().enumerate() {
                terms.add_document((i * run + j) as u32, doc, &kinds);
            }
            terms
        })
        .collect();
    let mut shards: Vec<Shard> = (0..SHARDS).map(|_| Shard::default()).collect();
    place_codes(&mut shards, &docs);
    let mut totals = [0, 0];
    let mut merged: HashMap<String, (BTreeSet<String>, Vec<Posting>)> = HashMap::new();
    for run in runs {
        totals[0] += run.totals[0];
        totals[1] += run.totals[1];
        run.merge_into(&mut merged);
    }
    place(merged, &mut shards);
    let near = list_near_forms(&shards);
    LanguageIndex {
        lang: lang.to_string(),
        avg: average(totals, docs.len()),
        totals,
        docs,
        kinds,
        shards,
        near,
        stop,
    }
}

/// Puts each term's postings in the shards where it is looked up.
fn place(terms: HashMap<String, (BTreeSet<String>, Vec<Posting>)>, shards: &mut [Shard]) {
    for (term, (forms, list)) in terms {
        // A form maps to its term where the form is looked up; where it is
        // not spelled like any form, the term is also in the shard of its
        // own characters. A form that several terms fold to stands for
        // them all.
        let mut placed = BTreeSet::new();
        for form in forms {
            let i = shard_of(&form);
            shards[i as usize]
                .forms
                .entry(form)
                .or_default()
                .insert(term.clone());
            placed.insert(i);
        }
        placed.insert(shard_of(&term));
        for i in placed {
            shards[i as usize]
                .postings
                .entry(term.clone())
                .or_insert_with(|| list.clone());
        }
    }
}

/// The near parts: each form listed ([`format::is_near_form`]) in its
/// [`format::near_parts`], with the documents its terms are in.
fn list_near_forms(shards: &[Shard]) -> Vec<NearPart> {
    let mut near: Vec<NearPart> = vec![NearPart::new(); NEAR_PARTS as usize];
    for shard in shards {
        for (form, terms) in &shard.forms {
            if !format::is_near_form(form) {
                continue;
            }
            let documents = engine::document_count(shard, terms) as u32;
            for i in format::near_parts(form) {
                near[i as usize].insert(form.clone(), documents);
            }
        }
    }
    near
}

/// Puts each tariff code in the shard of its first three digits, and of
/// its chapter for two-digit queries.
fn place_codes(shards: &mut [Shard], docs: &[SearchDocument]) {
    for (id, doc) in docs.iter().enumerate() {
        let Some(code) = &doc.code else {
            continue;
        };
        shards[shard_of(code) as usize]
            .codes
            .insert(code.clone(), id as u32);
        if let Some(chapter) = code.get(..2) {
            shards[shard_of(chapter) as usize]
                .codes
                .insert(code.clone(), id as u32);
        }
    }
}

/// What a language's term shards were when written: enough to write its
/// document rows and entry again without making the shards (an edit of
/// what results show, such as a rate, changes no term; see
/// `incremental::cache::terms_fingerprint`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WrittenShards {
    /// Words in all titles and in all bodies.
    pub totals: [u64; 2],
    /// Each present shard, in order, with the hash in its file's name.
    pub shards: Vec<(u32, String)>,
    /// The hash in each near part's file name, in order.
    pub near: Vec<String>,
}

impl WrittenShards {
    /// The site paths of the shards' files.
    pub fn files(&self, lang: &str) -> Vec<String> {
        let shards = (self.shards.iter()).map(|(i, hash)| format!("search/{lang}/t{i}.{hash}.js"));
        let near =
            (self.near.iter().enumerate()).map(|(i, hash)| format!("search/{lang}/n{i}.{hash}.js"));
        shards.chain(near).collect()
    }
}

/// The static index of one language, and what its shards were;
/// `messages` go in its entry.
pub fn write_language_index(
    lang: &str,
    docs: Vec<SearchDocument>,
    messages: &RuntimeMessages,
) -> (Vec<OutputFile>, WrittenShards) {
    let index = build_language_index(lang, docs);
    let made: Vec<(u32, String, Vec<u8>)> = index
        .shards
        .par_iter()
        .enumerate()
        .filter(|(_, shard)| !shard.is_empty())
        .map(|(i, shard)| {
            let bytes = script(&format!("{lang}/t{i}"), shard);
            (i as u32, crate::assets::short_hash(&bytes), bytes)
        })
        .collect();
    let mut files = Vec::new();
    let mut written = WrittenShards {
        totals: index.totals,
        shards: Vec::new(),
        near: Vec::new(),
    };
    for (i, hash, bytes) in made {
        files.push(OutputFile {
            path: format!("search/{lang}/t{i}.{hash}.js"),
            bytes,
        });
        written.shards.push((i, hash));
    }
    for (i, part) in index.near.iter().enumerate() {
        let bytes = script(&format!("{lang}/n{i}"), part);
        let hash = crate::assets::short_hash(&bytes);
        files.push(OutputFile {
            path: format!("search/{lang}/n{i}.{hash}.js"),
            bytes,
        });
        written.near.push(hash);
    }
    files.extend(write_document_rows(lang, &index.docs, &written, messages));
    (files, written)
}

/// A language's document chunks and its entry (with `messages`), beside
/// term shards written earlier: what an edit that changes no term writes
/// again.
pub fn write_document_rows(
    lang: &str,
    docs: &[SearchDocument],
    shards: &WrittenShards,
    messages: &RuntimeMessages,
) -> Vec<OutputFile> {
    let mut kinds: Vec<String> = docs.iter().map(|d| d.kind.clone()).collect();
    kinds.sort();
    kinds.dedup();
    let parts = shards.shards.len() + docs.len() / CHUNK + 1 + shards.near.len();
    let mut hashes = String::with_capacity(parts * HASH_LEN);
    // Shards come first, in order, then chunks, then near parts: the order
    // the runtime reads the hashes in.
    for (_, hash) in &shards.shards {
        hashes.push_str(hash);
    }
    let mut files = Vec::with_capacity(docs.len() / CHUNK + 2);
    for (i, chunk) in docs.chunks(CHUNK).enumerate() {
        let rows: Vec<DocumentRow> = chunk
            .iter()
            .map(|d| DocumentRow {
                path: &d.path,
                title: d.shown_title(),
                kind: &d.kind,
                text: &d.excerpt,
                rate: &d.rate,
            })
            .collect();
        let bytes = script(&format!("{lang}/d{i}"), &rows);
        let hash = crate::assets::short_hash(&bytes);
        hashes.push_str(&hash);
        files.push(OutputFile {
            path: format!("search/{lang}/d{i}.{hash}.js"),
            bytes,
        });
    }
    for hash in &shards.near {
        hashes.push_str(hash);
    }
    let manifest = Manifest {
        format: FORMAT,
        lang,
        docs: docs.len(),
        chunk: CHUNK,
        avg: average(shards.totals, docs.len()),
        fields: FIELDS,
        levels: LEVELS,
        kinds: &kinds,
        kind_runs: runs(docs.iter().map(|d| u32::from(kind_number(&kinds, d)))),
        chapter_runs: runs(docs.iter().map(|d| u32::from(chapter_number(d)))),
        present: present_bitmap(SHARDS, |i| shards.shards.iter().any(|(s, _)| *s == i)),
        hashes,
        shards: SHARDS,
        chunks: docs.len().div_ceil(CHUNK),
        near: shards.near.len() as u32,
        messages,
        stop: query::stop_words(lang),
        pairs: if vocabulary::pairs_words(lang) {
            vocabulary::PAIR_FACTOR
        } else {
            0.0
        },
    };
    files.push(OutputFile {
        path: entry_path(lang),
        bytes: script(&format!("{lang}/index"), &manifest),
    });
    files
}

/// Writes every language's static index into `sink`. Each worker builds
/// one language, writes its files and drops them before the next, so
/// memory holds one index per core being built, not every language's.
pub fn write_search(site: &Site, sink: &dyn Sink) -> std::io::Result<()> {
    use rayon::prelude::*;
    let languages: Vec<Lang> = site.config.langs().collect();
    languages.par_iter().try_for_each(|&lang| {
        let messages = runtime_messages(site, lang);
        for file in write_language_index(lang.code(), collect_documents(site, lang), &messages).0 {
            sink.write(&file.path, &file.bytes)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(code: &str, title: &str, rate: &str) -> SearchDocument {
        SearchDocument {
            path: format!("/en/tariff/{code}/"),
            title: title.to_string(),
            title_context: String::new(),
            kind: "tariff".to_string(),
            groups: String::new(),
            chapter: Some(code[..2].to_string()),
            code: Some(code.to_string()),
            terms: String::new(),
            body: "Coffee, tea, maté and spices".to_string(),
            excerpt: format!("{title}: {rate}"),
            level: 4,
            rate: rate.to_string(),
        }
    }

    fn sorted(mut files: Vec<OutputFile>) -> Vec<(String, Vec<u8>)> {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files.into_iter().map(|f| (f.path, f.bytes)).collect()
    }

    #[test]
    fn an_index_made_in_runs_is_the_index_made_in_one() {
        let titles = [
            "Coffee, not roasted",
            "Café torréfié",
            "Tea, green (not fermented)",
            "Maté",
            "Coffee husks and skins; coffee substitutes",
            "Pepper of the genus Piper",
            "Cà phê chưa rang",
        ];
        let docs: Vec<SearchDocument> = titles
            .iter()
            .enumerate()
            .map(|(i, title)| document(&format!("09{i:02}1100"), title, "15%"))
            .collect();
        let written = |index: LanguageIndex| -> Vec<String> {
            let mut out = vec![format!("{:?} {:?}", index.totals, index.avg)];
            out.extend(
                index
                    .shards
                    .iter()
                    .map(|s| serde_json::to_string(s).unwrap()),
            );
            out
        };
        let whole = written(index_in_runs("en", docs.clone(), docs.len()));
        for run in [1, 2, 3] {
            let in_runs = written(index_in_runs("en", docs.clone(), run));
            assert_eq!(in_runs, whole, "runs of {run}");
        }
    }

    #[test]
    fn rows_written_beside_kept_shards_are_the_index_a_whole_build_writes() {
        let before: Vec<SearchDocument> = (0..CHUNK + 5)
            .map(|i| document(&format!("0901{i:04}"), &format!("Coffee kind {i}"), "15%"))
            .collect();
        let (_, shards) = write_language_index("en", before.clone(), &RuntimeMessages::new());
        let mut after = before.clone();
        after[3].rate = "12%".into();
        after[3].excerpt = "Coffee kind 3: 12%".into();
        assert_eq!(
            crate::incremental::cache::terms_fingerprint(&before),
            crate::incremental::cache::terms_fingerprint(&after)
        );
        let (whole, whole_shards) =
            write_language_index("en", after.clone(), &RuntimeMessages::new());
        assert_eq!(whole_shards, shards);
        let mut kept: Vec<OutputFile> = whole
            .iter()
            .filter(|f| shards.files("en").contains(&f.path))
            .cloned()
            .collect();
        assert_eq!(kept.len(), shards.shards.len() + shards.near.len());
        kept.extend(write_document_rows(
            "en",
            &after,
            &shards,
            &RuntimeMessages::new(),
        ));
        assert_eq!(sorted(kept), sorted(whole));

        after[3].title = "Decaffeinated coffee".into();
        assert_ne!(
            crate::incremental::cache::terms_fingerprint(&before),
            crate::incremental::cache::terms_fingerprint(&after)
        );
    }

    #[test]
    fn field_lengths_are_quantised_like_tantivy() {
        assert_eq!(fieldnorm(12), 12);
        assert!(fieldnorm(1000) <= 1000);
    }
}
