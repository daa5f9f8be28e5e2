//! WCAG 3.1.2, language of parts: a page in one language that shows a text
//! in another (an untranslated page's title, a field its translation left
//! out, a chapter's English name inside a French sentence) marks it with
//! `lang`, so that a screen reader reads it in its own language. The demo
//! is partly translated on purpose; none of its French, Vietnamese or
//! Arabic pages may show an English sentence outside an element marked
//! `lang="en"`.
//!
//! A part in another language also carries `dir`: without it an English
//! description on an Arabic page takes the page's direction, and its
//! closing parenthesis or trailing number lands on the wrong side.

use std::path::Path;

use crate::harness::demo_built;

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Whether `text` reads as an English sentence: it has both "the" and "of"
/// as words. Addresses are left aside (`…/what-is-the-harmonized-system`).
fn reads_as_english(text: &str) -> bool {
    if text.trim_start().starts_with("http") {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| w == "the") && words.iter().any(|w| w == "of")
}

/// The texts of the body of `html` that read as English and are in no
/// element marked `lang="en"` (scripts, styles and code aside).
fn unmarked_english(html: &str) -> Vec<String> {
    let Some(start) = html.find("<body") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    // Each open element: its name, and whether it or an ancestor is English.
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut rest = &html[start..];
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        let english = open.last().is_some_and(|(_, en)| *en);
        let skipped = open
            .iter()
            .any(|(name, _)| matches!(name.as_str(), "script" | "style" | "code" | "pre"));
        if !english && !skipped && reads_as_english(text) {
            found.push(text.trim().chars().take(90).collect());
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if let Some(at) = open.iter().rposition(|(n, _)| n == name.trim()) {
                open.truncate(at);
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        if name.is_empty() || VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let english = match tag.split_once(" lang=\"") {
            Some((_, value)) => value.starts_with("en\""),
            None => english,
        };
        open.push((name, english));
    }
    found
}

fn html_files(dir: &Path, into: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "html") {
            into.push(path);
        }
    }
}

#[test]
fn the_demos_translated_pages_mark_every_english_text_they_show() {
    let built = demo_built();
    built.assert_ok();
    let mut unmarked = Vec::new();
    for lang in ["fr", "vi", "ar"] {
        let mut pages = Vec::new();
        html_files(&built.out.join(lang), &mut pages);
        assert!(pages.len() > 1000, "{lang}: {} pages", pages.len());
        for page in pages {
            let html = std::fs::read_to_string(&page).unwrap();
            for text in unmarked_english(&html) {
                let shown = page.strip_prefix(&built.out).unwrap().display();
                unmarked.push(format!("{shown}: {text}"));
            }
        }
    }
    assert!(
        unmarked.is_empty(),
        "{} English texts not marked lang=\"en\", the first:\n{}",
        unmarked.len(),
        unmarked[..unmarked.len().min(20)].join("\n")
    );
}

/// The start tags of the body of `html` that mark a part's language (the
/// language switcher's links, `hreflang`, left aside: each names one
/// language alone, and carries `dir` where that language's direction is
/// not the page's, `render::frame_lists`), and of those the ones without
/// a direction.
fn part_marks(html: &str) -> (usize, Vec<String>) {
    let Some(start) = html.find("<body") else {
        return (0, Vec::new());
    };
    let marks: Vec<&str> = html[start..]
        .split('<')
        .filter_map(|piece| piece.split_once('>').map(|(tag, _)| tag))
        .filter(|tag| tag.contains(" lang=\"") && !tag.contains(" hreflang=\""))
        .collect();
    let undirected = marks
        .iter()
        .filter(|tag| !tag.contains(" dir=\""))
        .map(|tag| tag.chars().take(120).collect())
        .collect();
    (marks.len(), undirected)
}

#[test]
fn every_part_of_a_demo_page_in_another_language_carries_its_direction() {
    let built = demo_built();
    built.assert_ok();
    let mut undirected = Vec::new();
    let mut marks = 0;
    for lang in ["en", "fr", "vi", "ar", "th"] {
        let mut pages = Vec::new();
        html_files(&built.out.join(lang), &mut pages);
        for page in pages {
            let html = std::fs::read_to_string(&page).unwrap();
            let (marked, without) = part_marks(&html);
            marks += marked;
            for tag in without {
                let shown = page.strip_prefix(&built.out).unwrap().display();
                undirected.push(format!("{shown}: <{tag}>"));
            }
        }
    }
    assert!(
        marks > 10_000,
        "{marks} parts marked with a language: the demo's marks are gone"
    );
    assert!(
        undirected.is_empty(),
        "{} parts marked with a language but no dir, the first:\n{}",
        undirected.len(),
        undirected[..undirected.len().min(20)].join("\n")
    );
}

#[test]
fn the_direction_scan_finds_a_mark_without_dir() {
    let page = "<html lang=\"ar\" dir=\"rtl\"><body><p lang=\"en\" dir=\"auto\">A</p>\
        <a href=\"/en/\" lang=\"en\">B (EU)</a>\
        <a href=\"/en/x/\" lang=\"en\" hreflang=\"en\">English</a></body></html>";
    assert_eq!(
        part_marks(page),
        (2, vec!["a href=\"/en/\" lang=\"en\"".to_string()])
    );
}

#[test]
fn the_scan_finds_an_english_text_outside_an_english_element() {
    let page = "<html><body><p>Le titre : The Law of Customs</p>\
        <p lang=\"en\">The Law of <b>Customs</b></p><pre>the code of it</pre>\
        <a href=\"https://x.example/what-is-the-list-of\">https://x.example/the-list-of</a></body></html>";
    assert_eq!(unmarked_english(page), ["Le titre : The Law of Customs"]);
}

/// A language with no title of its own shows the default language's: the
/// header, the footer and the language chooser mark it with that language (the Russian
/// pages of a Kazakh site read "Кеден қызметі" as Russian).
#[test]
fn a_site_title_borrowed_from_the_default_language_is_marked() {
    let site = crate::harness::SiteTest::new("tariff");
    let built = site.build();
    built.assert_ok();
    let fr = built.page("fr/index.html");
    assert!(
        fr.contains("<span lang=\"en\" dir=\"auto\">Tariff Test Customs</span></a>"),
        "{fr}"
    );
    // And the footer's "Published by …", on every page of the language.
    for page in [fr.as_str(), &built.page("fr/tariff/09/index.html")] {
        let footer = &page[page.find("<footer").expect("a footer")..];
        assert!(
            footer.contains("<span lang=\"en\" dir=\"auto\">Tariff Test Customs</span>"),
            "{footer}"
        );
    }
    let en = built.page("en/index.html");
    assert!(en.contains("<span>Tariff Test Customs</span></a>"), "{en}");
    assert!(
        en.contains("<p>Published by Tariff Test Customs.</p>"),
        "{en}"
    );
    let chooser = built.page("index.html");
    assert!(
        chooser.contains(">Français <span lang=\"en\" dir=\"auto\">Tariff Test Customs</span>"),
        "{chooser}"
    );
}

#[test]
fn the_language_chooser_asks_in_each_language_marked_with_it() {
    // A French reader of a Lao site was asked to choose in Lao only.
    let built = crate::harness::SiteTest::new("basic").build();
    built.assert_ok();
    let chooser = built.page("index.html");
    assert!(
        chooser.contains("<p>Choose your language.</p>"),
        "{chooser}"
    );
    assert!(
        chooser.contains("<p lang=\"fr\" dir=\"ltr\">Choisissez votre langue.</p>"),
        "{chooser}"
    );
    assert!(
        chooser.contains("<p lang=\"ar\" dir=\"rtl\">اختر لغتك.</p>"),
        "{chooser}"
    );
}
