//! Fuzz target: see `kb_fuzz::duration` and docs/fuzzing.md.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kb_fuzz::duration(data));
