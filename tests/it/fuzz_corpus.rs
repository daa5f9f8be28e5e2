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

#[test]
fn the_markdown_targets_check_sees_every_kind_of_escape() {
    // The `markdown` target is only as good as its check: each of these
    // must be refused, and the ordinary output kb writes accepted.
    for bad in [
        "<h2 id=\"x\" onfocus=\"alert(1)\">Hi</h2>",
        "<img src=x ONERROR=alert(1)>",
        "<img/onerror=alert(1) src=x>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" &#x6A;ava&#115;cript&colon;alert(1)\">x</a>",
        "<a href=\"&#0000106avascript:x\">x</a>",
        "<a href='java\tscript:x'>x</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<a href=VBScript:x>x</a>",
        "<img srcset=\"a.png 1x, javascript:x 2x\">",
        "<p><script>alert(1)</script></p>",
        "<IFRAME src=x>",
        "<object data=x>",
        "<embed src=x>",
        "<style>p{}</style>",
        "<td style=\"text-align: center\">1</td>",
        "<svg><a>x</a></svg>",
        "<!--> <script>alert(1)</script>",
    ] {
        assert!(targets::check_html(bad).is_err(), "{bad}");
    }
    for good in [
        "<h2 id=\"on-this-page\">On this page</h2>",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x javascript:x</p>",
        "<a href=\"/en/about/\" title=\"<script>\">About</a>",
        "<a href=\"java script:x\">x</a>",
        "<a href=\"a,javascript:x\">x</a>",
        "<!-- <script> -->",
        "<pre class=\"code\" data-lang=\"rust\"><code>x</code></pre>",
        "<ul><li><input disabled=\"\" type=\"checkbox\" checked=\"\"/> done</li></ul>",
        "<a href=\"https://x.example/?a=1&amp;b=2\">x</a>",
    ] {
        assert_eq!(targets::check_html(good), Ok(()), "{good}");
    }
}
