//! Integration tests: build fixture sites from `tests/sites/` with the real
//! `kb` binary and read what a user would see in the output.

mod architecture;
mod build;
mod calendars;
mod check;
mod code_page;
mod entities;
mod errors;
mod feeds;
mod fees;
mod fuzz_corpus;
mod grouping;
mod harness;
mod hostile;
mod import_columns;
mod incremental;
mod language_of_parts;
mod languages;
mod locale_files;
mod locale_formats;
mod names;
mod phone;
mod regimes;
mod safety;
mod scale;
mod search;
mod search_languages;
mod search_terms;
mod serve;
mod tariff;
mod tariff_structure;
mod timeline;
mod trader;
mod transparency;
mod units;
mod upcoming;
