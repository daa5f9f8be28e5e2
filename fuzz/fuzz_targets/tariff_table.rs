//! Fuzz target: see `kb_fuzz::tariff_table` and docs/fuzzing.md.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kb_fuzz::tariff_table(data));
