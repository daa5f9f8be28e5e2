//! Content errors and warnings with positions, collected across a whole build.
//!
//! Every stage pushes [`Diagnostic`]s into a [`Diagnostics`] list instead of
//! stopping at the first problem; the command line prints them all with
//! `miette`'s graphical report (file, line, column, the offending line, a hint)
//! or as JSON for CI.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceSpan, SpanContents,
};
use serde::Serialize;

/// How serious a finding is: errors fail the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot produce a correct site.
    Error,
    /// The site builds, but something deserves an editor's look.
    Warning,
}

/// A source file's text, shared by every diagnostic that points into it.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path shown to the user (relative to the site root where possible).
    pub path: PathBuf,
    /// The whole text of the file.
    pub text: Arc<str>,
    /// Where each line starts, found on the first `line_col`: the tariff
    /// reader asks for the line of every row, and counting from the start
    /// of the file each time made reading a chapter quadratic.
    line_starts: Arc<OnceLock<Vec<usize>>>,
}

impl SourceText {
    /// Wraps a file's text for diagnostics.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Self {
        SourceText {
            path: path.into(),
            text: text.into(),
            line_starts: Arc::default(),
        }
    }

    /// Line and column (both 1-based, column in characters) of a byte offset.
    /// A line ends at `\n`, `\r\n` or a lone `\r` (old Mac files), so no
    /// position is ever on line 0, and a file with `\r` endings is not one
    /// long line.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let starts = self.line_starts();
        // The lines that start at or before the offset; the first always does.
        let line = starts.partition_point(|&start| start <= offset).max(1);
        let line_start = starts[line - 1];
        let column = self.text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    /// The byte offset where the 1-based line `line` starts (the end of
    /// the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        let starts = self.line_starts();
        starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| std::iter::once(0).chain(line_ends(&self.text)).collect())
    }

    /// The text of the 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let index = line.saturating_sub(1);
        let start = match index {
            0 => 0,
            n => match line_ends(&self.text).nth(n - 1) {
                Some(start) => start,
                None => return "",
            },
        };
        let rest = &self.text[start..];
        let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        &rest[..end]
    }

    /// The text as miette should read it: miette splits lines at `\n` and
    /// `\r\n` but not at a lone `\r`, so each of those becomes `\n` (one
    /// byte for one, so every offset stays valid).
    fn for_miette(&self) -> Arc<str> {
        let bytes = self.text.as_bytes();
        let lone_cr = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
        // Most files have no `\r` at all: keep sharing their text.
        if !self.text.contains('\r') || !(0..bytes.len()).any(lone_cr) {
            return self.text.clone();
        }
        let mut text = String::with_capacity(self.text.len());
        for (i, c) in self.text.char_indices() {
            text.push(if lone_cr(i) { '\n' } else { c });
        }
        text.into()
    }
}

/// The byte offset just after each line ending of `text` (`\n`, `\r\n` or
/// a lone `\r`), in order: where each line after the first starts.
fn line_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().filter_map(move |(i, &b)| match b {
        b'\n' => Some(i + 1),
        b'\r' if bytes.get(i + 1) != Some(&b'\n') => Some(i + 1),
        _ => None,
    })
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem found in the site's input.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Short stable identifier of the kind of problem, such as `front-matter`.
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// File the problem is in, if any.
    pub path: Option<PathBuf>,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column in characters, 0 when unknown.
    pub column: usize,
    /// The offending line's text.
    pub source_line: Option<String>,
    /// What would fix it.
    pub hint: Option<String>,
    #[serde(skip)]
    span: Option<Span>,
}

/// A byte range in a shared named source, for miette's labels.
type Span = (Arc<MietteSource>, usize, usize);

/// A file's text as miette reads it, whose report header counts the
/// column in characters as [`Diagnostic::column`] (and the JSON) does:
/// miette counts bytes, so a line with Cyrillic, Lao or Arabic before the
/// error had its header point two or three times too far.
struct MietteSource {
    name: String,
    text: Arc<str>,
}

impl fmt::Debug for MietteSource {
    // The whole text would drown a diagnostic's debug output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MietteSource")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl miette::SourceCode for MietteSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text: &'a str = &self.text;
        let contents = text.read_span(span, context_lines_before, context_lines_after)?;
        // The contents start at the span (no line before it) or at a line
        // start (column 0 either way).
        let start = contents.span().offset();
        let line_start = text
            .get(..start)
            .and_then(|before| before.rfind(['\n', '\r']))
            .map_or(0, |i| i + 1);
        let column = text
            .get(line_start..start)
            .map_or(contents.column(), |line| line.chars().count());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            contents.data(),
            *contents.span(),
            contents.line(),
            column,
            contents.line_count(),
        )))
    }
}

impl Diagnostic {
    /// An error with no position yet.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A warning with no position yet.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            path: None,
            line: 0,
            column: 0,
            source_line: None,
            hint: None,
            span: None,
        }
    }

    /// Names the file, without a position.
    pub fn in_file(mut self, path: impl AsRef<Path>) -> Self {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    /// Points at the byte range `start..end` of `source`.
    pub fn at(mut self, source: &SourceText, start: usize, end: usize) -> Self {
        let (line, column) = source.line_col(start);
        self.path = Some(source.path.clone());
        self.line = line;
        self.column = column;
        self.source_line = Some(source.line_text(line).to_string());
        let start = floor_char_boundary(&source.text, start.min(source.text.len()));
        let end = floor_char_boundary(&source.text, end.clamp(start, source.text.len()));
        let named = MietteSource {
            name: source.path.display().to_string(),
            text: source.for_miette(),
        };
        self.span = Some((Arc::new(named), start, end));
        self
    }

    /// Adds what would fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this finding fails the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The graphical report: message, file:line:column, the line with a
    /// marker, and the hint. No colours, so logs and tests read the same.
    pub fn render(&self) -> String {
        let report = Report(self);
        let mut out = String::new();
        let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_context_lines(1);
        if handler.render_report(&mut out, &report).is_err() {
            out = self.to_string();
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}[{}]: {}", self.code, self.message)?;
        if let Some(path) = &self.path {
            write!(f, " ({}", path.display())?;
            if self.line > 0 {
                write!(f, ":{}:{}", self.line, self.column)?;
            }
            write!(f, ")")?;
        }
        Ok(())
    }
}

/// Adapter that shows a [`Diagnostic`] to miette.
struct Report<'a>(&'a Diagnostic);

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.message)?;
        if self.0.span.is_none() {
            if let Some(path) = &self.0.path {
                write!(f, " ({})", path.display())?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.0.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.0.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.0
            .hint
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.0
            .span
            .as_ref()
            .map(|(src, _, _)| src.as_ref() as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (_, start, end) = self.0.span.as_ref()?;
        let label = self.0.code.to_string();
        let span = SourceSpan::new((*start).into(), (end - start).max(1));
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(label),
            span,
        ))))
    }
}

/// The code of an error in how kb was called rather than in the content,
/// such as an output folder kb must not replace: exit code 2.
pub const USAGE: &str = "usage";

/// Every finding of one run, in the order found; sorted before printing.
#[derive(Debug, Default, Clone, Serialize)]
#[serde(transparent)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one finding.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Adds every finding of another list.
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    /// Whether the run could not start for a reason of how it was called
    /// (exit code 2), not of the content (exit code 1): an error with the
    /// code [`USAGE`].
    pub fn is_usage(&self) -> bool {
        self.0.iter().any(|d| d.is_error() && d.code == USAGE)
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Number of distinct errors (the same link broken in every language
    /// version of a page counts once).
    pub fn error_count(&self) -> usize {
        self.sorted().iter().filter(|d| d.is_error()).count()
    }

    /// Number of distinct warnings.
    pub fn warning_count(&self) -> usize {
        self.sorted().len() - self.error_count()
    }

    /// Whether there is no finding at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The findings, errors first, then by file and position, so that output
    /// does not depend on the order of parallel work.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.0.iter().collect();
        all.sort_by(|a, b| {
            (a.severity, &a.path, a.line, a.column, &a.message)
                .cmp(&(b.severity, &b.path, b.line, b.column, &b.message))
        });
        all.dedup_by(|a, b| {
            a.message == b.message && a.path == b.path && a.line == b.line && a.code == b.code
        });
        all
    }

    /// Iterates over the findings in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// Renders every finding as the terminal shows them.
    pub fn render(&self) -> String {
        self.sorted()
            .iter()
            .map(|d| d.render())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics(iter.into_iter().collect())
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

/// Suggests the known name closest to `unknown`, if one is close enough to
/// be a likely typo.
pub fn closest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(unknown, k), k))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = SourceText::new("a.md", "first\nsé cond\n");
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(6), (2, 1));
        // 'é' is two bytes; the 'c' after the space is the fourth character.
        assert_eq!(src.line_col(10), (2, 4));
        assert_eq!(src.line_text(2), "sé cond");
    }

    #[test]
    fn every_line_ending_starts_a_line() {
        // Issue 13, item 15: a file with `\r` endings was one long line, and
        // its report showed line 0.
        for (ending, name) in [("\n", "LF"), ("\r\n", "CRLF"), ("\r", "CR")] {
            let text = ["one", "two", "", "fé four"].join(ending);
            let src = SourceText::new("a.md", text.clone());
            let four = text.find("fé").unwrap();
            assert_eq!(src.line_col(0), (1, 1), "{name}");
            assert_eq!(
                src.line_col(text.find("two").unwrap() + 1),
                (2, 2),
                "{name}"
            );
            assert_eq!(src.line_col(four), (4, 1), "{name}");
            assert_eq!(src.line_col(four + 3), (4, 3), "{name}");
            assert_eq!(src.line_col(text.len() + 10), (4, 8), "{name}");
            assert_eq!(src.line_text(2), "two", "{name}");
            assert_eq!(src.line_text(3), "", "{name}");
            assert_eq!(src.line_text(4), "fé four", "{name}");
            assert_eq!(src.line_text(5), "", "{name}");
        }
        // Mixed endings count once each; a `\r\n` is one ending, not two.
        let src = SourceText::new("a.md", "a\r\nb\rc\nd");
        assert_eq!(src.line_col(7), (4, 1));
        assert_eq!(src.line_text(3), "c");
        assert_eq!(src.line_col(0).0, 1);
    }

    #[test]
    fn report_of_a_file_with_cr_endings_shows_the_right_line() {
        let src = SourceText::new("content/a.md", "+++\rtitle \"x\"\r+++\rBody\r");
        let d = Diagnostic::error("front-matter", "expected `=`").at(&src, 10, 11);
        assert_eq!((d.line, d.column), (2, 7));
        assert_eq!(d.source_line.as_deref(), Some("title \"x\""));
        let text = d.render();
        assert!(text.contains("content/a.md:2:7"), "{text}");
        assert!(text.contains(" 2 │ title \"x\""), "{text}");
        assert!(!text.contains(" 0 │"), "{text}");
    }

    #[test]
    fn report_header_counts_the_column_in_characters_as_json_does() {
        // The tester's report: Cyrillic before an error put the header at
        // column 102 (bytes) while JSON said 57 (characters).
        for (name, line) in [
            (
                "Cyrillic",
                "1. В эту группу не включаются растения, см. [12.11](hs:1211).",
            ),
            ("Lao", "1. ໝວດນີ້ບໍ່ລວມເອົາພືດທີ່ໃຊ້ໃນເຄື່ອງຫອມ, ເບິ່ງ [12.11](hs:1211)."),
            (
                "Arabic",
                "1. لا يشمل هذا الفصل النباتات المستعملة في العطور، انظر [12.11](hs:1211).",
            ),
        ] {
            let text = format!("+++\ntitle = \"x\"\n+++\n\n{line}\n");
            let src = SourceText::new("content/tariff/09.md", text.clone());
            let start = text.find("[12.11]").unwrap();
            let d = Diagnostic::error("link", "no tariff code `1211`").at(&src, start, start + 25);
            let chars = line[..line.find("[12.11]").unwrap()].chars().count() + 1;
            assert_eq!((d.line, d.column), (5, chars), "{name}");
            let report = d.render();
            let header = format!("[content/tariff/09.md:5:{chars}]");
            assert!(
                report.contains(&header),
                "{name}: {header} not in\n{report}"
            );
        }
    }

    #[test]
    fn report_names_file_line_and_hint() {
        let src = SourceText::new("content/a.md", "+++\ntitle \"x\"\n+++\n");
        let d = Diagnostic::error("front-matter", "expected `=`")
            .at(&src, 10, 11)
            .hint("write key = value");
        let text = d.render();
        assert!(text.contains("content/a.md:2:7"), "{text}");
        assert!(text.contains("title \"x\""), "{text}");
        assert!(text.contains("write key = value"), "{text}");
    }

    #[test]
    fn closest_name_suggests_typos_only() {
        assert_eq!(closest("titel", ["title", "base_url"]), Some("title"));
        assert_eq!(closest("zzz", ["title", "base_url"]), None);
    }
}
