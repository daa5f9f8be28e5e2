//! Issue 8, point 2 and 4: hostile input gives a clear error or safe
//! output, never a panic, a hang or a partial output; builds reproduce
//! byte for byte in any folder.

use std::path::Path;

use crate::harness::{assert_contains, assert_lacks, kb, SiteTest};

#[test]
fn script_is_escaped_everywhere_content_reaches_the_page() {
    let site = SiteTest::new("tariff");
    site.write(
        "content/about.md",
        "+++\ntitle = \"<script>alert('title')</script>\"\ndescription = \"\\\"><img src=x onerror=alert(1)>\"\n+++\n<script>alert('body')</script>\n\n<img src=x onerror=alert(2)>\n",
    );
    site.edit("content/tariff/85.md", |chapter| {
        chapter.replace(
            "- - Smartphones",
            "- - <script>alert('tariff')</script> phones",
        )
    });
    site.write(
        "locales/en/hostile.ftl",
        "tariff-rates-current = <script>alert('fluent')</script> Rates\ntariff-rates-since = <script>alert('fluent')</script> Rates { $date }\n",
    );
    let built = site.build();
    built.assert_ok();
    let about = built.page("en/about/");
    assert_lacks(&about, "<script>alert");
    assert_lacks(&about, "<img src=x");
    assert_contains(&about, "<h1>&lt;script&gt;alert(");
    assert_contains(&about, "&lt;script&gt;alert('body')&lt;/script&gt;");
    let line = built.page("en/tariff/851713/");
    assert_lacks(&line, "<script>alert");
    // A tag in a tariff cell is dropped; its text stays, escaped.
    assert_contains(&line, "<span>alert(&#39;tariff&#39;) phones</span>");
    assert_contains(
        &line,
        "&lt;script&gt;alert(&#39;fluent&#39;)&lt;/script&gt; Rates",
    );
    let json = built.page("data/tariff.json");
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(parsed["lines"]
        .to_string()
        .contains("alert('tariff') phones"));
    assert!(!json.contains("<script>"));
}

#[test]
fn links_that_climb_out_of_content_are_errors() {
    let site = SiteTest::new("basic");
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\n+++\n[secrets](../../../etc/passwd.md) and [x](vbscript:msgbox)\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "points outside content/");
    assert_contains(&built.stderr(), "links may not run script");
}

#[test]
fn huge_file_and_deep_nesting_neither_panic_nor_hang() {
    let site = SiteTest::new("basic");
    // 50 MB: refused with a clear error, not read into memory.
    let mut big = String::from("+++\ntitle = \"Big\"\n+++\n");
    big.push_str(&"customs ".repeat(50 * 1024 * 1024 / 8));
    site.write("content/big.md", &big);
    // A list nested 10,000 levels deep (`- - - item` opens a list per dash).
    let nested = format!("+++\ntitle = \"Deep\"\n+++\n{}item\n", "- ".repeat(10_000));
    site.write("content/deep.md", &nested);
    let started = std::time::Instant::now();
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert!(
        !err.contains("panicked") && !err.contains("overflow"),
        "{err}"
    );
    assert_contains(&err, "content/big.md");
    assert_contains(&err, "MB");
    // The error is reported quickly, whatever the size.
    assert!(started.elapsed().as_secs() < 60);

    std::fs::remove_file(site.root().join("content/big.md")).unwrap();
    let built = site.build();
    built.assert_ok();
    assert_contains(&built.page("en/deep/"), "<li>item</li>");
}

#[test]
fn a_translation_without_an_original_is_an_error() {
    let site = SiteTest::new("tariff");
    site.write("content/fees/_index.md", "+++\ntitle = \"Fees\"\n+++\n");
    site.write(
        "content/fees/ghost.fr.md",
        "+++\ntitle = \"Redevance fantôme\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "a translation without an original");
    assert_contains(&built.stderr(), "content/fees/ghost.md");
}

fn copy_tree(from: &Path, to: &Path, reverse: bool) {
    let mut entries: Vec<_> = walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    // Creating files in another order gives the folder another on-disk order.
    if reverse {
        entries.reverse();
    }
    for entry in entries {
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn all_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_same_site_in_two_folders_builds_to_the_same_bytes() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites/tariff");
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    let a = one.path().join("site-a");
    let b = two.path().join("another/place");
    copy_tree(&fixture, &a, false);
    copy_tree(&fixture, &b, true);
    for root in [&a, &b] {
        let out = kb().arg("--root").arg(root).arg("build").output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let (fa, fb) = (all_files(&a.join("public")), all_files(&b.join("public")));
    assert_eq!(fa.len(), fb.len());
    for ((pa, ba), (pb, bb)) in fa.iter().zip(&fb) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{pa} differs between the two folders");
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_links_out_of_static_are_refused() {
    let site = SiteTest::new("basic");
    std::os::unix::fs::symlink("..", site.root().join("content/guides/loop")).unwrap();
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", site.root().join("static/passwd")).unwrap();
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert!(!err.contains("panicked"), "{err}");
    assert_contains(&err, "loops back");
    assert!(!built.exists("index.html"), "a failed build writes nothing");

    std::fs::remove_file(site.root().join("content/guides/loop")).unwrap();
    let built = site.build();
    built.assert_ok();
    assert!(
        !built.exists("passwd"),
        "a link out of static/ is not followed"
    );
    assert_contains(&built.stderr(), "symbolic link in static/ was not copied");
}

#[test]
fn raw_html_is_sanitised_when_the_site_opts_in() {
    let site = SiteTest::new("basic");
    site.edit("kb.toml", |config| {
        format!("{config}\n[markdown]\nallow_html = true\n")
    });
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\n## Team {#team}\n\n<p class=\"x\" onclick=\"alert(1)\">Kept <strong>bold</strong></p>\n\n<script>alert(2)</script>\n\n<a href=\"javascript:alert(3)\">bad link</a> <iframe src=\"https://elsewhere.example\"></iframe>\n",
    );
    let built = site.build();
    built.assert_ok();
    let about = built.page("en/about/");
    assert_contains(&about, "<strong>bold</strong>");
    for bad in ["onclick", "<script>alert(2)", "javascript:", "<iframe"] {
        assert_lacks(&about, bad);
    }
}

#[test]
fn two_pages_at_one_address_are_an_error_in_any_language() {
    let site = SiteTest::new("basic");
    site.write(
        "content/guides/first.md",
        "+++\ntitle = \"First\"\nslug = \"same\"\n+++\n",
    );
    site.write(
        "content/guides/second.md",
        "+++\ntitle = \"Second\"\nslug = \"same\"\n+++\n",
    );
    let built = site.build();
    built.assert_fails();
    let err = built.stderr();
    assert!(!err.contains("panicked"), "{err}");
    assert_contains(&err, "two pages have the path /guides/same/");
}

/// `tests/sites/long-words` puts a long unbreakable word in every field of
/// every kind of page, for the phone width check of CI
/// (`tests/browser/widths.js`); it must stay a site that builds cleanly,
/// or the check would measure an error page. Every kind of page is in it.
#[test]
fn the_long_words_site_builds_without_an_error_or_a_warning() {
    let site = SiteTest::new("long-words");
    let built = site.build();
    built.assert_ok();
    assert_lacks(&built.stderr(), "warning");
    for page in [
        "en/procedures/zoll-import/index.html",
        "en/fees/zoll-declaration/index.html",
        "en/measures/zoll-measure/index.html",
        "en/tools/zoll-tool/index.html",
        "en/legal/zoll-agreement/index.html",
        "en/forms/zoll-form/index.html",
        "en/agencies/zoll-enquiry/index.html",
        "en/notices/zoll-consultation/index.html",
        "en/exchange-rates/usd/index.html",
        "en/origin/zoll-origin/index.html",
        "en/quotas/zoll-quota/index.html",
        "en/rulings/zoll-ruling/index.html",
        "en/guides/long-words/index.html",
        "ar/tariff/09011110/index.html",
    ] {
        assert_contains(
            &built.page(page),
            "Zollabfertigungsverfahrensvereinfachungsdurchführungsverordnungsänderungsgesetz",
        );
    }
}
