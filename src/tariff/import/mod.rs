//! `kb import tariff FILE.csv`: writes chapter files from a spreadsheet
//! export, so an administration can start from what it has.
//!
//! Column mapping ([`headers`]: in any case, without spaces, punctuation
//! or accents): `code` (or `HS code`…), `description`, `section` (read on
//! chapter rows), any configured tariff column's key or label (`unit`,
//! `mfn`, `T-MEC`…), and `search terms` ([`terms`]); a column of rates
//! that maps to none, or that tells apart two rows of one code, is an
//! error ([`unread`]). A two-digit code gives
//! the chapter's title; a row with no code is a grouping line. Existing
//! chapter files keep their front matter and notes: only the tariff table
//! (and, with a search terms column, the `[search_terms]` table) is
//! replaced, so the import can be run again and gives the same files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::{ColumnKind, Config};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};

mod dated;
mod headers;
mod layout;
mod rewritten;
mod rows;
mod sections;
mod terms;
mod unread;

pub use rewritten::RewrittenCell;
pub use sections::{import_sections, read_sections, write_sections, Sections};

use rows::{bad_code, wrong_field_count};

use headers::ColumnNames;
use layout::{CsvLayout, LayoutRequest};
use unread::UnreadColumns;

use super::shown_by;
use super::table::find_tariff_table;

/// What an import wrote.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Chapter files written or updated.
    pub files: Vec<PathBuf>,
    /// Coded rows written.
    pub codes: usize,
    /// CSV columns that map to nothing.
    pub ignored_columns: Vec<String>,
    /// CSV lines of total rows (code `TOTAL`), skipped.
    pub skipped_totals: Vec<u64>,
    /// CSV lines of chapter rows with search terms, which a chapter cannot
    /// have (its headings can): not written.
    pub chapter_terms: Vec<u64>,
    /// Rate cells written otherwise than the CSV has them (`%11,5` as
    /// `%11.5`, `۱۲٫۵٪` as `12.5%`), for notes and for the check's errors
    /// to say what the CSV had.
    pub rewritten: Vec<RewrittenCell>,
}

#[derive(Default)]
struct ChapterImport {
    title: Option<String>,
    section: Option<String>,
    rows: Vec<Vec<String>>,
    /// Each coded row's code, as the table writes it, and its search terms.
    terms: Vec<(String, Vec<String>)>,
}

/// How to read the CSV, besides its headers.
#[derive(Debug, Default, Clone, Copy)]
pub struct ImportOptions<'a> {
    /// The language of a translation (`09.fr.md`, with only the translated
    /// columns); the default language's is the original.
    pub lang: Option<&'a str>,
    /// The column joined to the code (`--code-suffix nico`): Mexico's
    /// `0901.11.01` and NICO `00` make the line `0901.11.01.00`.
    pub code_suffix: Option<&'a str>,
}

/// Imports `csv_path` into `content/tariff/` of the site. A row whose code
/// is not a code, or whose fields are not as many as the header's, a
/// column of rates that maps to no column, a code on two rows that an
/// unread column tells apart: each is an error, all reported, and nothing
/// is written; a total row (code `TOTAL`, as trade statistics exports
/// such as the HS dataset of UN Comtrade end) is skipped with a note.
pub fn import_tariff(
    config: &Config,
    csv_path: &Path,
    options: ImportOptions<'_>,
) -> Result<ImportReport, Diagnostics> {
    let translation = options.lang.filter(|l| *l != config.default_language);
    if let Some(l) = translation {
        if config.language(l).is_none() {
            return Err(
                Diagnostic::error("import", format!("`{l}` is not a configured language"))
                    .hint("add it under [languages] in kb.toml")
                    .into(),
            );
        }
    }
    let text = read_csv_text(csv_path)?;
    let text = text.trim_start_matches('\u{feff}');
    let (mut reader, headers, delimiter) = csv_reader(text, csv_path)?;
    let names = ColumnNames::of(config);
    let request = LayoutRequest {
        config,
        names: &names,
        translation,
        code_suffix: options.code_suffix,
    };
    let layout = CsvLayout::of(&request, &headers, csv_path)?;
    let mut report = ImportReport {
        ignored_columns: layout
            .unread()
            .iter()
            .map(|&i| headers[i].clone())
            .collect(),
        ..ImportReport::default()
    };
    let source = SourceText::new(csv_path, text.to_string());
    let records = reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| csv_error(csv_path, text, e))?;
    let unread = UnreadColumns {
        config,
        names: &names,
        layout: &layout,
        records: &records,
        source: &source,
        delimiter,
    };
    let mut problems = unread.problems(translation.is_some());
    match read_chapters(&records, &layout, &source, delimiter, &mut report) {
        Ok(chapters) if !problems.has_errors() => {
            write_chapters(config, translation, &layout, chapters, &mut report)?;
            Ok(report)
        }
        Ok(_) => Err(problems),
        Err(bad_rows) => {
            problems.extend(bad_rows);
            Err(problems)
        }
    }
}

/// A CSV opened for reading: the reader at its first row, the header's
/// names (trimmed, as written: a message quotes `GTİP`, which lower case
/// made `gti̇p`) and the delimiter.
type OpenCsv<'t> = (csv::Reader<&'t [u8]>, Vec<String>, u8);

/// Opens the CSV `text` (from `csv_path`), letting a row have another
/// number of fields than the header, for each such row to be reported.
fn csv_reader<'t>(text: &'t str, csv_path: &Path) -> Result<OpenCsv<'t>, Diagnostic> {
    let delimiter = delimiter_of(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(csv_path, text, e))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    Ok((reader, headers, delimiter))
}

/// The chapters of the CSV rows `reader` has left, read with `layout`:
/// each row whose fields do not line up with the header's, or whose code
/// is not a code, an error (all of them reported), a total row counted in
/// `report` and skipped.
fn read_chapters(
    records: &[csv::StringRecord],
    layout: &CsvLayout,
    source: &SourceText,
    delimiter: u8,
    report: &mut ImportReport,
) -> Result<BTreeMap<String, ChapterImport>, Diagnostics> {
    let mut chapters: BTreeMap<String, ChapterImport> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut bad_rows = Diagnostics::new();
    for record in records {
        let line = record.position().map_or(0, |p| p.line());
        if let Some(problem) = wrong_field_count(source, record, line, &layout.headers, delimiter) {
            bad_rows.push(problem);
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("").trim().to_string();
        let (code, digits) = layout.code_of(&field);
        if is_total(&code) {
            report.skipped_totals.push(line);
            continue;
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() == 1 {
            bad_rows.push(bad_code(source, record, (line, &code)));
            continue;
        }
        if digits.len() == 2 {
            let chapter = chapters.entry(digits.clone()).or_default();
            chapter.title = Some(field(layout.desc_at));
            // The HS dataset puts chapter 99 in section `TOTAL`: no section.
            chapter.section = layout
                .section_at
                .map(field)
                .filter(|s| !s.is_empty() && !is_total(s));
            let has_terms = layout.terms_at.is_some_and(|at| !field(at).is_empty());
            if has_terms {
                report.chapter_terms.push(line);
            }
            current = Some(digits);
            continue;
        }
        // A row without a code (a grouping) belongs to the chapter above.
        let chapter_number = match digits.get(..2) {
            Some(number) => number.to_string(),
            None => match &current {
                Some(number) => number.clone(),
                None => continue,
            },
        };
        current = Some(chapter_number.clone());
        let (row, rewritten) = layout.row(&digits, &field, delimiter);
        let code = shown_by(layout.code_format.as_deref(), &digits);
        let cells = RewrittenCell::of_row((&chapter_number, &code, line), rewritten);
        report.rewritten.extend(cells);
        let chapter = chapters.entry(chapter_number).or_default();
        if !digits.is_empty() {
            report.codes += 1;
            if let Some(at) = layout.terms_at {
                let terms = terms::terms_of_cell(&field(at));
                chapter
                    .terms
                    .push((shown_by(layout.code_format.as_deref(), &digits), terms));
            }
        }
        chapter.rows.push(row);
    }
    if bad_rows.has_errors() {
        return Err(bad_rows);
    }
    Ok(chapters)
}

/// Whether a code or section cell is `TOTAL`: the total of all codes that
/// trade statistics exports carry, not part of a tariff.
fn is_total(cell: &str) -> bool {
    cell.eq_ignore_ascii_case("total")
}

/// Writes each chapter's table into its file of `content/tariff/`
/// (`09.md`, or `09.fr.md` for a translation), replacing the table (and,
/// when the CSV has search terms, the `[search_terms]` table) of a file
/// that exists and keeping the rest of it. Every file is made before any
/// is written, so a file the import cannot update leaves all as they were.
fn write_chapters(
    config: &Config,
    translation: Option<&str>,
    layout: &CsvLayout,
    chapters: BTreeMap<String, ChapterImport>,
    report: &mut ImportReport,
) -> Result<(), Diagnostics> {
    let dir = config.root.join("content").join("tariff");
    let mut header = vec!["Code".to_string(), "Description".to_string()];
    header.extend(
        layout
            .columns
            .iter()
            .map(|(c, _)| column_header(&c.key, c.kind)),
    );
    let mut files = Vec::new();
    let mut problems = Diagnostics::new();
    for (number, chapter) in chapters {
        let name = match translation {
            Some(l) => format!("{number}.{l}.md"),
            None => format!("{number}.md"),
        };
        let path = dir.join(&name);
        let table = render_table(&header, &chapter.rows);
        let existing = std::fs::read_to_string(&path).ok();
        let text = match existing {
            Some(old) => replace_table(&path, &old, &table),
            None => new_chapter_file(
                &chapter,
                translation.unwrap_or(&config.default_language),
                translation.is_some(),
                (&number, &table),
            ),
        };
        // Without the column a file's terms stay as they are; with it the
        // spreadsheet is their source, as it is the table's.
        if layout.terms_at.is_none() {
            files.push((path, text));
            continue;
        }
        match terms::replace_terms(&path, &text, &terms::terms_table(&chapter.terms)) {
            Ok(text) => files.push((path, text)),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    std::fs::create_dir_all(&dir).map_err(|e| {
        Diagnostic::error("import", format!("cannot create {}: {e}", dir.display()))
    })?;
    for (path, text) in files {
        std::fs::write(&path, text).map_err(|e| {
            Diagnostic::error("import", format!("cannot write {}: {e}", path.display()))
        })?;
        report.files.push(path);
    }
    Ok(())
}

/// The file's text. A spreadsheet saved as "CSV" by an older Excel is in
/// the machine's 8-bit code page (Latin-1 or Windows-1252 in Western
/// Europe), not UTF-8: that is named, with the way to save or convert it,
/// rather than reported as a stream error.
fn read_csv_text(path: &Path) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error("import", format!("cannot read {}: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        let byte = bytes.get(at).copied().unwrap_or_default();
        let encoding = legacy_encoding(bytes);
        Diagnostic::error(
            "import",
            format!(
                "the CSV is not UTF-8: line {line} has the byte 0x{byte:02X}; the file looks like {encoding} text"
            ),
        )
        .in_file(path)
        .hint(format!(
            "save the spreadsheet as \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8), or convert it: iconv -f {} -t UTF-8 {} > tariff-utf8.csv",
            encoding.to_ascii_uppercase(),
            path.display()
        ))
    })
}

/// The legacy encoding a spreadsheet most likely saved `bytes` in, by
/// Mozilla's detector (`chardetng`): windows-1251 for a Russian Excel,
/// windows-1256 for an Arabic one, windows-874 for Thai, GBK, Shift_JIS…
/// kb does not convert on a guess (a wrong one would write wrong
/// descriptions without a word); it names the encoding to convert from.
fn legacy_encoding(bytes: &[u8]) -> &'static str {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny).name()
}

/// The field separator of a CSV export: the one of `,`, `;` and tab that
/// its header line uses most, outside quotes. Spreadsheets in languages
/// that write decimals with a comma (French, Vietnamese…) export with `;`.
fn delimiter_of(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// `5,5%` → `5.5%`: a comma between two digits is a decimal comma, in a
/// number with no other sign. A number with several (`1.234,56`,
/// `1,234.56`) is left as written, for the rate's reader to give it back
/// whole: made `1.234.56`, it was only "not an amount".
fn decimal_points(cell: &str) -> String {
    let chars: Vec<char> = cell.chars().collect();
    let in_number = |c: &char| c.is_ascii_digit() || matches!(c, '.' | ',');
    let mut out = String::with_capacity(cell.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|c| in_number(c)).count();
        let number: String = chars[i..end].iter().collect();
        let signs = number.matches(['.', ',']).count();
        let one_comma = signs == 1 && number.contains(',') && !number.ends_with(',');
        match one_comma {
            true => out.push_str(&number.replace(',', ".")),
            false => out.push_str(&number),
        }
        i = end;
    }
    out
}

fn csv_error(path: &Path, text: &str, error: csv::Error) -> Diagnostic {
    let source = SourceText::new(path, text.to_string());
    match error.position() {
        Some(p) => {
            let offset = p.byte() as usize;
            Diagnostic::error("import", format!("the CSV cannot be read: {error}")).at(
                &source,
                offset,
                offset + 1,
            )
        }
        None => {
            Diagnostic::error("import", format!("the CSV cannot be read: {error}")).in_file(path)
        }
    }
    .hint("export the spreadsheet as UTF-8 CSV with a header row (separated by commas, semicolons or tabs)")
}

/// `mfn` → `MFN` (rates read as acronyms), `unit` → `Unit`.
pub fn column_header(key: &str, kind: ColumnKind) -> String {
    if kind.holds_rates() {
        return key.to_uppercase();
    }
    let mut chars = key.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn render_table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn new_chapter_file(
    chapter: &ChapterImport,
    lang: &str,
    translation: bool,
    (number, table): (&str, &str),
) -> String {
    let title = chapter
        .title
        .clone()
        .unwrap_or_else(|| format!("Chapter {number}"));
    let mut front = format!("title = {}\n", toml_string(&sentence_case(lang, &title)));
    if let (false, Some(section)) = (translation, &chapter.section) {
        front.push_str(&format!("section = {}\n", toml_string(section)));
    }
    format!("+++\n{front}+++\n\n{table}")
}

/// Keeps a file's front matter and notes, and puts the new table where the
/// old one was (or at the end).
fn replace_table(path: &Path, old: &str, table: &str) -> String {
    let body_start = old
        .strip_prefix("+++")
        .and_then(|rest| rest.find("\n+++").map(|i| i + 3 + 4))
        .map(|i| old[i..].find('\n').map_or(old.len(), |j| i + j + 1))
        .unwrap_or(0);
    let _ = path;
    match find_tariff_table(old, body_start..old.len()) {
        Some(existing) => {
            let mut end = existing.range.end;
            // The table's range stops before its last line ending.
            if !old[..end].ends_with('\n') && old[end..].starts_with('\n') {
                end += 1;
            }
            format!("{}{}{}", &old[..existing.range.start], table, &old[end..])
        }
        None => {
            let mut text = old.trim_end().to_string();
            text.push_str("\n\n");
            text.push_str(table);
            text
        }
    }
}

/// HS titles are in sentence case in some exports and lower case in others:
/// the first letter in title case in `lang`, not upper case, which wrote
/// Georgian titles with a Mtavruli capital (`Ყავა`, for `ყავა`).
fn sentence_case(lang: &str, text: &str) -> String {
    crate::formats::capitalised(lang, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_comma_becomes_a_point_only_in_a_number_with_no_other_sign() {
        assert_eq!(decimal_points("5,5%"), "5.5%");
        assert_eq!(decimal_points("10,8% + 0,5 EUR/kg"), "10.8% + 0.5 EUR/kg");
        // A Brazilian `1.234,56` was made `1.234.56`, only "not an amount".
        assert_eq!(decimal_points("1.234,56 BRL/kg"), "1.234,56 BRL/kg");
        assert_eq!(decimal_points("1,234.56 BRL/kg"), "1,234.56 BRL/kg");
        assert_eq!(decimal_points("12% min 1,5 EUR/kg"), "12% min 1.5 EUR/kg");
        assert_eq!(decimal_points("5, 6"), "5, 6");
    }

    #[test]
    fn table_is_replaced_and_notes_kept() {
        let old = "+++\ntitle = \"Coffee\"\n+++\n\n## Notes\n\n1. A note.\n\n| Code | Description |\n|---|---|\n| 09.01 | Old |\n\nAfter.\n";
        let new = replace_table(
            Path::new("x"),
            old,
            "| Code | Description |\n|---|---|\n| 09.01 | New |\n",
        );
        assert!(new.contains("1. A note."));
        assert!(new.contains("| 09.01 | New |"));
        assert!(!new.contains("Old"));
        assert!(new.ends_with("\nAfter.\n"), "{new}");
        let again = replace_table(
            Path::new("x"),
            &new,
            "| Code | Description |\n|---|---|\n| 09.01 | New |\n",
        );
        assert_eq!(new, again);
    }

    #[test]
    fn headers_read_naturally() {
        assert_eq!(column_header("mfn", ColumnKind::Rate), "MFN");
        assert_eq!(column_header("unit", ColumnKind::Data), "Unit");
    }
}
