//! Finds the tariff table in a chapter file: the GFM table whose first two
//! headers are `Code` and `Description`. Cells keep their byte ranges, so
//! every error can point at the cell that causes it.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// One cell's text and where it stands in the file.
#[derive(Debug, Clone)]
pub struct Cell {
    /// The cell's text, trimmed.
    pub text: String,
    /// Byte range in the file.
    pub range: Range<usize>,
}

/// A tariff table as written.
#[derive(Debug, Clone)]
pub struct RawTable {
    /// Byte range of the whole table in the file.
    pub range: Range<usize>,
    /// Header cells.
    pub headers: Vec<Cell>,
    /// Body rows.
    pub rows: Vec<Vec<Cell>>,
}

/// Whether a header row starts `Code | Description`.
fn is_tariff_header(headers: &[Cell]) -> bool {
    headers.len() >= 2
        && headers[0].text.eq_ignore_ascii_case("code")
        && headers[1].text.eq_ignore_ascii_case("description")
}

/// The first tariff table of the Markdown at `body` of `text`.
pub fn find_tariff_table(text: &str, body: Range<usize>) -> Option<RawTable> {
    let markdown = &text[body.clone()];
    let at = |r: Range<usize>| body.start + r.start..body.start + r.end;
    let mut table: Option<RawTable> = None;
    let mut in_head = false;
    let mut cell: Option<Cell> = None;
    let mut row: Vec<Cell> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Table(_)) => {
                table = Some(RawTable {
                    range: at(range),
                    headers: Vec::new(),
                    rows: Vec::new(),
                });
            }
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                if let Some(t) = table.as_mut() {
                    t.headers = std::mem::take(&mut row);
                }
            }
            Event::Start(Tag::TableCell) => {
                cell = Some(Cell {
                    text: String::new(),
                    range: at(range),
                });
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(mut c) = cell.take() {
                    c.text = c.text.trim().to_string();
                    row.push(c);
                }
            }
            Event::End(TagEnd::TableRow) if !in_head => {
                if let Some(t) = table.as_mut() {
                    t.rows.push(std::mem::take(&mut row));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    if is_tariff_header(&t.headers) {
                        return Some(t);
                    }
                }
                row.clear();
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.text.push_str(&t);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_table_headed_code_and_description() {
        let text = "Intro\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n| Code | Description | MFN |\n|---|---|---|\n| 09.01 | Coffee | |\n| 0901.11.10 | - - - Arabica | 20% |\n";
        let t = find_tariff_table(text, 0..text.len()).unwrap();
        assert_eq!(t.headers.len(), 3);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1][1].text, "- - - Arabica");
        assert_eq!(&text[t.rows[1][2].range.clone()].trim(), &"20%");
        assert!(text[t.range.clone()].starts_with("| Code"));
    }

    #[test]
    fn no_tariff_table_is_none() {
        let text = "| A | B |\n|---|---|\n| 1 | 2 |\n";
        assert!(find_tariff_table(text, 0..text.len()).is_none());
    }
}
