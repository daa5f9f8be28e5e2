//! Issue 8, point 3: every file of every fuzz corpus (`fuzz/corpus/TARGET/`)
//! and every crash reproducer (`fuzz/regressions/TARGET/`) goes through the
//! same function as its fuzz target, on stable, without a panic. The
//! functions live in `fuzz/src/lib.rs`, included here by path, so a file
//! means the same thing to libFuzzer and to this test. See docs/fuzzing.md.

use std::path::Path;

#[path = "../../fuzz/src/lib.rs"]
mod targets;

/// Runs every file under `fuzz/<folder>/<target>/` through its target;
/// returns how many files ran.
fn run_folder(folder: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder);
    let mut count = 0;
    for (name, target) in targets::TARGETS {
        let dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.is_file()) {
            let data = std::fs::read(path).unwrap();
            let outcome = std::panic::catch_unwind(|| target(&data));
            assert!(outcome.is_ok(), "{name} panics on {}", path.display());
            count += 1;
        }
    }
    count
}

#[test]
fn every_fuzz_corpus_file_runs_without_a_panic() {
    let count = run_folder("corpus");
    assert!(count > 0, "the fuzz corpora are empty");
}

#[test]
fn every_crash_the_fuzzers_found_stays_fixed() {
    run_folder("regressions");
}
