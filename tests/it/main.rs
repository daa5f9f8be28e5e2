//! Integration tests: build fixture sites from `tests/sites/` with the real
//! `kb` binary and read what a user would see in the output.

mod build;
mod entities;
mod errors;
mod fuzz_corpus;
mod harness;
mod hostile;
mod search;
mod tariff;
