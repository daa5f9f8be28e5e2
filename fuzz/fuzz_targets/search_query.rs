//! Fuzz target: see `kb_fuzz::search_query` and docs/fuzzing.md.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kb_fuzz::search_query(data));
