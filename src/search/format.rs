//! The static search index as a file format: `kb-search/4`.
//!
//! Every type the build writes under `/search/{lang}/` and `kb-search.js`
//! reads is here, named and documented like a file format, so that a
//! change to it is a change to this file and to [`FORMAT`]. `kb search`
//! reads the same types in memory ([`super::LanguageIndex`]).
//!
//! # Files
//!
//! ```text
//! search/{lang}/index.js                  the entry: a Manifest
//! search/{lang}/t{n}.{hash}.js            term shard n (0 ≤ n < 4096): a Shard
//! search/{lang}/d{n}.{hash}.js            document chunk n: [DocumentRow; ≤ chunk]
//! search/{lang}/n{n}.{hash}.js            near part n (0 ≤ n < 64): a NearPart
//! ```
//!
//! Each file is a script, `kbSearch.receive("{lang}/{name}", JSON);`, so
//! that it loads with a `<script>` element over HTTP and from disk
//! (`file://`) alike; `{name}` is `index`, `t{n}`, `d{n}` or `n{n}`. `{hash}` is a
//! hash of the part's own bytes, listed in the manifest's `hashes`: an
//! edit renames only the parts that hold its words, the entry keeps its
//! name (served for revalidation), and an entry never names a part of
//! another build. Pages load the entry with the runtime, so that a first
//! query fetches only shards and chunks (docs/search.md).
//!
//! # Lookup
//!
//! A word form (lower case, prepared as [`super::analysis::query_words`]
//! prepares it) is in shard [`shard_of`]: a hash of its first three
//! characters, or two in the scripts written without spaces (Thai, Lao,
//! Khmer, Burmese, kana, Han), so that every completion of a prefix that
//! long is in the prefix's shard. A term is in the shard of each of its
//! forms and in the shard of its own first characters, so that a form the
//! site never uses finds the term it begins with (`coffees` → `coffe`)
//! without another request.
//!
//! A typo in a word's first characters leads to another shard. So the
//! forms of three characters or more are also listed, with the documents
//! their terms are in, in [`NEAR_PARTS`] near parts, each form in the
//! parts of its first characters as they are and with one of them deleted
//! ([`near_parts`]): a word that finds nothing within its typo budget in
//! its shard looks in the near parts of its own first characters the same
//! way. Two words one edit apart in those characters (`ocffee`, `xoffee`,
//! `offee`, `ccoffee` and `coffee`) share one of them.
//!
//! A code's digits are in the shard of their first three digits and of
//! their first two (the chapter), so a code query needs one shard.
//!
//! Documents are numbered from 0 in index order; document `d` is row
//! `d % chunk` of chunk `d / chunk`.

use std::collections::{BTreeMap, BTreeSet};

use serde::ser::{SerializeSeq, SerializeTuple};
use serde::{Serialize, Serializer};

use super::analysis::is_unspaced_word;

/// Name and version of this format, in every manifest. A runtime that
/// reads another version gives no results rather than wrong ones.
/// Version 2 listed the parts' hashes as one string beside a bitmap of
/// the shards that exist. Version 3 writes a term's postings as one flat
/// array, each document as the gap from the one before and its lengths
/// as one-byte codes, and leaves each document's kind and chapter to the
/// entry: the shards are about half their former size on disk and
/// gzipped (docs/search.md). Version 4 adds the near parts, where a typo
/// in a word's first characters finds its form.
pub const FORMAT: &str = "kb-search/4";

/// Hex digits of a part's hash in its name ([`crate::assets::short_hash`]).
pub const HASH_LEN: usize = 10;

/// Number of term shards per language. Many, so that a query word seldom
/// shares its shard with a term of thousands of postings (`other`,
/// `each`): on the national-scale tariff, 1,024 shards made a three-word
/// query fetch 37 KiB gzipped, one shard being 25 KiB for such a
/// neighbour.
pub const SHARDS: u32 = 4096;

/// Documents per chunk of the document store.
pub const CHUNK: usize = 200;

/// How many first characters of a word choose its shard: three, two in
/// the scripts written without spaces (Thai, Lao, Khmer, Burmese, kana,
/// Han), whose words are short.
pub fn first_characters(form: &str) -> usize {
    if is_unspaced_word(form) {
        2
    } else {
        3
    }
}

/// The shard of a word form, term or code: a hash of its first three
/// characters (two in the scripts written without spaces, whose words are
/// short), the same arithmetic as `kb-search.js` (`h = h * 31 + code
/// point`, wrapping at 32 bits, modulo [`SHARDS`]).
pub fn shard_of(form: &str) -> u32 {
    let mut h: u32 = 0;
    for c in form.chars().take(first_characters(form)) {
        h = h.wrapping_mul(31).wrapping_add(c as u32);
    }
    h % SHARDS
}

/// Number of near parts per language: few, so that the entry lists few
/// more hashes, and small, as only a word with a typo fetches them.
pub const NEAR_PARTS: u32 = 64;

/// The near parts of a word (or form), sorted: those of the shard of its
/// first characters ([`shard_of`]: three, two in the scripts written
/// without spaces) as they are and with each of them deleted. Two words
/// one edit apart in those characters share one: a substitution or a swap
/// leaves the same characters with one deleted from each, an extra
/// character leaves the other word with one deleted.
pub fn near_parts(form: &str) -> Vec<u32> {
    let mut parts: Vec<u32> = first_character_shards(form)
        .into_iter()
        .map(|s| s % NEAR_PARTS)
        .collect();
    parts.sort_unstable();
    parts.dedup();
    parts
}

/// The shards of a word's first characters as they are and with each of
/// them deleted, before they are taken modulo [`NEAR_PARTS`].
fn first_character_shards(form: &str) -> Vec<u32> {
    let chars: Vec<char> = form.chars().collect();
    (0..first_characters(form).min(chars.len()))
        .map(|i| {
            let deleted: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
            shard_of(&deleted)
        })
        .chain([shard_of(form)])
        .collect()
}

/// One near part, `n{n}.js`: form → the documents its terms are in (the
/// largest posting list, which orders corrections), for every form
/// listed ([`is_near_form`]) of which this is one of the [`near_parts`].
pub type NearPart = BTreeMap<String, u32>;

/// Whether a form is listed in the near parts: three characters or more
/// (a word of four, which has a typo budget, can be one of three with a
/// letter too many: Arabic `ارلز` for `ارز`, rice), no digit (codes and
/// numbers are not corrected) and no space (a query word has none).
pub fn is_near_form(form: &str) -> bool {
    form.chars().count() >= 3 && !form.chars().any(|c| c.is_ascii_digit() || c == ' ')
}

/// One document's occurrences of one term, and what scoring and the
/// filters need of the document. A shard writes all but the kind and
/// chapter ([`Shard::postings`]), which are the document's, written once
/// in the entry ([`Manifest::kind_runs`], [`Manifest::chapter_runs`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posting {
    /// Document number.
    pub doc: u32,
    /// How often the term occurs in the title.
    pub title_tf: u32,
    /// How often the term occurs in the body.
    pub body_tf: u32,
    /// The title's length in words, quantised as tantivy's field norms.
    pub title_len: u32,
    /// The body's length in words, quantised the same way.
    pub body_len: u32,
    /// The document's kind: a position in [`Manifest::kinds`].
    pub kind: u16,
    /// The tariff chapter (`9` for chapter 09), 0 for none.
    pub chapter: u8,
    /// The document's level: a position in [`Manifest::levels`].
    pub level: u8,
}

/// A term's postings as the flat array `[gap, title_tf, body_tf,
/// title_norm, body_norm, level, gap, …]`, six numbers a posting: `gap`
/// is the document number less the previous posting's (the first
/// posting's is its number), as numbers rise along a list; the lengths
/// are tantivy's one-byte field norm codes ([`field_norm_code`]), at most
/// three digits where a length can be ten. The kind and chapter are the
/// document's, in the entry ([`Manifest::kind_runs`]).
fn flat_postings<S: Serializer>(
    postings: &BTreeMap<String, Vec<Posting>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Flat<'a>(&'a [Posting]);
    impl Serialize for Flat<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(Some(self.0.len() * 6))?;
            let mut previous = 0;
            for p in self.0 {
                seq.serialize_element(&p.doc.wrapping_sub(previous))?;
                seq.serialize_element(&p.title_tf)?;
                seq.serialize_element(&p.body_tf)?;
                seq.serialize_element(&field_norm_code(p.title_len))?;
                seq.serialize_element(&field_norm_code(p.body_len))?;
                seq.serialize_element(&p.level)?;
                previous = p.doc;
            }
            seq.end()
        }
    }
    serializer.collect_map(postings.iter().map(|(term, list)| (term, Flat(list))))
}

/// The one-byte code of a quantised field length (tantivy's field norm
/// id). The runtime decodes it with the formula of [`field_norm_of_code`].
pub fn field_norm_code(len: u32) -> u8 {
    tantivy::fieldnorm::FieldNormReader::fieldnorm_to_id(len)
}

/// The field length a code stands for: codes below 24 are the length;
/// above, a float of three mantissa bits (Lucene's `SmallFloat.byte4ToInt`,
/// which tantivy's table holds). `kb-search.js` computes the same.
pub fn field_norm_of_code(code: u8) -> u32 {
    if code < 24 {
        return u32::from(code);
    }
    let i = u32::from(code) - 24;
    let bits = i & 7;
    let shift = (i >> 3) as i32 - 1;
    let value = if shift < 0 { bits } else { (bits | 8) << shift };
    value + 24
}

/// Runs of equal values, written flat as `[value, count, value, count…]`:
/// documents are numbered pages first and then the tariff in code order,
/// so a site's kinds and chapters are a few hundred runs where a list
/// would be a number per document.
pub fn runs(values: impl IntoIterator<Item = u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for v in values {
        match out.len() {
            n if n >= 2 && out[n - 2] == v => out[n - 1] += 1,
            _ => out.extend([v, 1]),
        }
    }
    out
}

/// One term shard, `t{n}.js`: what a query word loads.
#[derive(Debug, Default, Serialize)]
pub struct Shard {
    /// Word form → the terms it stands for, sorted. A form as the site
    /// writes it (lower case) stands for its own term; a folded form
    /// (`cafe`, `ca`, Arabic `قهوه`) for every term whose forms fold to
    /// it: typed without accents, `ca` is `cà`, `cá` and `ca`, while `thé`
    /// typed with its accent is tea and not the English `the`.
    pub forms: BTreeMap<String, BTreeSet<String>>,
    /// Term → its postings, in document order: the terms of the forms
    /// above, and the terms whose own first characters choose this shard.
    /// Written flat, six numbers a posting ([`flat_postings`]).
    #[serde(serialize_with = "flat_postings")]
    pub postings: BTreeMap<String, Vec<Posting>>,
    /// Tariff code digits → document, for code queries.
    pub codes: BTreeMap<String, u32>,
}

impl Shard {
    /// Whether the shard holds nothing (no file is written for it).
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty() && self.codes.is_empty() && self.postings.is_empty()
    }
}

/// One row of a document chunk, `d{n}.js`, written as the array
/// `[path, title, kind, text, rate]`.
#[derive(Debug, Clone)]
pub struct DocumentRow<'a> {
    /// Site path without the leading slash: `en/tariff/0901/`.
    pub path: &'a str,
    /// Title, as shown.
    pub title: std::borrow::Cow<'a, str>,
    /// Kind (`tariff`, `procedure`, `page`…).
    pub kind: &'a str,
    /// The text a result's snippet is cut from, around the words that
    /// matched: the description and the start of the page's text (see
    /// [`super::documents::SearchDocument::excerpt`]).
    pub text: &'a str,
    /// For a tariff line, the first rate column's value in force on the
    /// reference date; empty otherwise.
    pub rate: &'a str,
}

impl Serialize for DocumentRow<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut t = serializer.serialize_tuple(5)?;
        t.serialize_element(self.path)?;
        t.serialize_element(&self.title)?;
        t.serialize_element(self.kind)?;
        t.serialize_element(self.text)?;
        t.serialize_element(self.rate)?;
        t.end()
    }
}

/// The entry, `index.js`: what the runtime loads with the page, before
/// any query, to find the other parts.
#[derive(Debug, Serialize)]
pub struct Manifest<'a> {
    /// [`FORMAT`].
    pub format: &'static str,
    /// Language code.
    pub lang: &'a str,
    /// Number of documents.
    pub docs: usize,
    /// Documents per chunk ([`CHUNK`]).
    pub chunk: usize,
    /// Average field lengths (title, body) for BM25.
    pub avg: [f64; 2],
    /// Per field (title, body): weight, k1, b (`super::FIELDS`).
    pub fields: [[f64; 3]; 2],
    /// Per level: score factor, body weight (`super::LEVELS`).
    pub levels: [[f64; 2]; 2 * super::UNTRANSLATED as usize],
    /// Kinds, sorted: [`Posting::kind`] is a position in it.
    pub kinds: &'a [String],
    /// Which shards have a part, a hex digit for every four shards, the
    /// first shard in the digit's highest bit: a shard without one is
    /// empty, and no file is written for it.
    pub present: String,
    /// The content hash in each part's file name (`t12.3fa9c01b2e.js`),
    /// [`HASH_LEN`] hex digits each, one after the other: each present
    /// shard's in shard order, then each chunk's, then each near part's.
    /// A part is renamed only when its bytes change.
    pub hashes: String,
    /// Each document's kind, a position in `kinds`, as [`runs`].
    pub kind_runs: Vec<u32>,
    /// Each document's tariff chapter (0 for none), as [`runs`].
    pub chapter_runs: Vec<u32>,
    /// Number of shards ([`SHARDS`]).
    pub shards: u32,
    /// Number of chunks.
    pub chunks: usize,
    /// Number of near parts ([`NEAR_PARTS`]).
    pub near: u32,
    /// The messages shown with results, in the language
    /// ([`super::messages`]).
    pub messages: &'a super::RuntimeMessages,
    /// The words a query is read without, sorted
    /// ([`super::query::stop_words`]).
    pub stop: Vec<String>,
    /// The share of a pair's score a query adds, 0 where the language
    /// does not pair its words ([`super::vocabulary::pairs_words`]).
    pub pairs: f64,
}

/// A script that hands `data` to the runtime under `key`.
pub fn script(key: &str, data: &impl Serialize) -> Vec<u8> {
    // Written straight into the file's bytes: a shard is megabytes of
    // JSON, and building it as a string and then again inside the call
    // copied it twice (docs/performance.md).
    let mut bytes = Vec::with_capacity(64 * 1024);
    bytes.extend_from_slice(b"kbSearch.receive(");
    if serde_json::to_writer(&mut bytes, key).is_err() {
        bytes.extend_from_slice(b"null");
    }
    bytes.push(b',');
    let start = bytes.len();
    if serde_json::to_writer(&mut bytes, data).is_err() {
        bytes.truncate(start);
        bytes.extend_from_slice(b"null");
    }
    bytes.extend_from_slice(b");\n");
    bytes
}

/// The manifest's `present` bitmap of the shards for which `is_present`
/// holds: a hex digit for every four shards, the first in the highest bit.
pub fn present_bitmap(shards: u32, is_present: impl Fn(u32) -> bool) -> String {
    (0..shards.div_ceil(4))
        .map(|digit| {
            let bits = (0..4)
                .filter(|b| is_present(digit * 4 + b))
                .fold(0u32, |acc, b| acc | (8 >> b));
            char::from_digit(bits, 16).unwrap_or('0')
        })
        .collect()
}

/// Site path of a language's entry (its manifest): `search/en/index.js`,
/// the one name of the index that does not change with its content.
pub fn entry_path(lang: &str) -> String {
    format!("search/{lang}/index.js")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_follow_the_first_characters() {
        assert_eq!(shard_of("coffee"), shard_of("cof"));
        assert_ne!(shard_of("coffee"), shard_of("co"));
        assert_eq!(shard_of("รถยนต์"), shard_of("รถ"));
        assert_eq!(shard_of("0901"), shard_of("09011110"));
        assert!(shard_of("x") < SHARDS);
    }

    #[test]
    fn words_one_edit_apart_in_their_first_characters_share_a_near_part() {
        // The shards themselves, before the modulo: a near part holds
        // many, and sharing one by chance would prove nothing.
        let share = |typed: &str, form: &str| {
            let form = first_character_shards(form);
            first_character_shards(typed)
                .iter()
                .any(|s| form.contains(s))
        };
        // Another letter, a swap, a letter missing, one too many, in each
        // of the first three places.
        for typed in [
            "xoffee", "cxffee", "coxfee", "ocffee", "cfofee", "offee", "cffee", "ccoffee",
            "coxffee", "xcoffee",
        ] {
            assert!(share(typed, "coffee"), "{typed}");
        }
        // Scripts without spaces count two characters.
        assert!(share("ถรยนต์", "รถยนต์"));
        assert!(!share("tea", "coffee"));
        assert!(near_parts("coffee").len() <= 4);
        assert!(near_parts("coffee").iter().all(|&p| p < NEAR_PARTS));
        assert!(is_near_form("café") && is_near_form("ارز") && !is_near_form("tv"));
        assert!(!is_near_form("8471") && !is_near_form("cà phê"));
    }

    #[test]
    fn field_norm_codes_decode_by_formula_as_tantivy_decodes_them() {
        for code in 0..=255u8 {
            let len = tantivy::fieldnorm::FieldNormReader::id_to_fieldnorm(code);
            assert_eq!(field_norm_of_code(code), len, "code {code}");
            assert_eq!(field_norm_code(len), code);
        }
    }

    #[test]
    fn the_bitmap_puts_the_first_shard_in_the_highest_bit() {
        assert_eq!(present_bitmap(8, |i| i == 0 || i == 7), "81");
        assert_eq!(present_bitmap(6, |i| i == 5), "04");
    }

    #[test]
    fn postings_are_flat_with_gaps_and_rows_are_arrays() {
        let p = Posting {
            doc: 7,
            title_tf: 1,
            body_tf: 2,
            title_len: 3,
            body_len: 40,
            kind: 5,
            chapter: 9,
            level: 2,
        };
        let mut shard = Shard::default();
        let next = Posting {
            doc: 19,
            title_tf: 0,
            body_len: 1000,
            ..p
        };
        shard.postings.insert("coffee".into(), vec![p, next]);
        assert_eq!(
            serde_json::to_string(&shard).unwrap(),
            r#"{"forms":{},"postings":{"coffee":[7,1,2,3,40,2,12,0,2,3,87,2]},"codes":{}}"#
        );
        assert_eq!(field_norm_of_code(87), 984);
        assert_eq!(runs([0, 0, 3, 3, 3, 0]), [0, 2, 3, 3, 0, 1]);
        let row = DocumentRow {
            path: "en/a/",
            title: "A".into(),
            kind: "page",
            text: "t",
            rate: "",
        };
        assert_eq!(
            serde_json::to_string(&row).unwrap(),
            r#"["en/a/","A","page","t",""]"#
        );
        assert_eq!(
            String::from_utf8(script("en/d0", &[row])).unwrap(),
            "kbSearch.receive(\"en/d0\",[[\"en/a/\",\"A\",\"page\",\"t\",\"\"]]);\n"
        );
    }
}
