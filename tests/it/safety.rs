//! Issue 13: no script from content, no deleted folders, no half-published
//! site. Each test fails on the code before the issue was fixed.

use std::path::Path;

use crate::harness::{assert_contains, assert_lacks, kb, SiteTest};

fn build_into(site: &SiteTest, output: &Path) -> std::process::Output {
    kb().arg("--root")
        .arg(site.root())
        .arg("build")
        .arg("--output")
        .arg(output)
        .output()
        .unwrap()
}

#[test]
fn a_heading_attribute_never_becomes_an_event_handler() {
    let site = SiteTest::new("basic");
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\n+++\n## Hi {#x tabindex=0 autofocus onfocus=alert(document.domain)}\n\nText.\n",
    );
    let built = site.build();
    built.assert_ok();
    let page = built.page("en/contact/");
    assert_contains(&page, "<h2 id=\"x\">Hi</h2>");
    for bad in ["onfocus", "autofocus", "tabindex=\"0\"", "document.domain"] {
        assert_lacks(&page, bad);
    }
}

#[test]
fn every_page_carries_the_content_security_policy_serve_sends() {
    let built = SiteTest::new("basic").build();
    built.assert_ok();
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        kb::render::CONTENT_SECURITY_POLICY.replace('\'', "&#39;")
    );
    for page in [
        "index.html",
        "en/index.html",
        "en/about/",
        "404.html",
        "en/search/",
    ] {
        assert_contains(&built.page(page), &meta);
    }
}

#[test]
fn the_site_folder_and_its_inputs_are_never_an_output() {
    let site = SiteTest::new("basic");
    let root = site.root().to_path_buf();
    for output in [
        root.clone(),
        root.join("."),
        root.join("content"),
        root.join("static"),
        root.join("content/en"),
        root.parent().unwrap().to_path_buf(),
    ] {
        let run = build_into(&site, &output);
        assert_eq!(run.status.code(), Some(2), "{} accepted", output.display());
        assert!(root.join("kb.toml").is_file(), "kb.toml deleted");
        assert!(root.join("content").is_dir(), "content/ deleted");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_contains(&stderr, "nothing was written");
    }
}

#[test]
fn output_dir_in_kb_toml_stays_inside_the_site() {
    let outer = tempfile::tempdir().unwrap();
    let victim = outer.path().join("etc");
    std::fs::create_dir_all(&victim).unwrap();
    std::fs::write(victim.join("passwd"), "root").unwrap();
    let site = SiteTest::new("basic");
    site.edit("kb.toml", |config| {
        format!("output_dir = \"{}\"\n{config}", victim.display())
    });
    let built = site.build();
    assert_eq!(built.code(), 2, "{}", built.stderr());
    assert_contains(&built.stderr(), "outside the site folder");
    assert!(victim.join("passwd").is_file());
}

#[test]
fn a_folder_kb_did_not_write_is_not_replaced() {
    let site = SiteTest::new("basic");
    let mine = tempfile::tempdir().unwrap();
    std::fs::write(mine.path().join("thesis.docx"), "years of work").unwrap();
    let run = build_into(&site, mine.path());
    assert_eq!(run.status.code(), Some(2));
    assert_contains(&String::from_utf8_lossy(&run.stderr), "not written by kb");
    assert!(mine.path().join("thesis.docx").is_file());
    // kb's own output is replaced build after build.
    let out = mine.path().join("site");
    assert!(build_into(&site, &out).status.success());
    assert!(out.join(".kb-output").is_file());
    assert!(build_into(&site, &out).status.success());
}

#[test]
fn two_builds_into_one_output_both_publish_a_whole_site() {
    let site = SiteTest::new("tariff");
    let out = site.root().join("public");
    let single = build_into(&site, &out);
    assert!(single.status.success());
    let count = |dir: &Path| {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .count()
    };
    let expected = count(&out);
    let spawn = || {
        kb().arg("--root")
            .arg(site.root())
            .arg("build")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    for _ in 0..3 {
        let (mut a, mut b) = (spawn(), spawn());
        assert!(a.wait().unwrap().success());
        assert!(b.wait().unwrap().success());
        assert_eq!(count(&out), expected);
    }
}

#[test]
fn a_build_killed_during_its_swap_is_put_right_by_the_next_run() {
    let site = SiteTest::new("basic");
    let built = site.build();
    built.assert_ok();
    let out = site.root().join("public");
    // What a kill between the two renames leaves: the old output aside,
    // a complete staging folder, no output.
    std::fs::rename(&out, site.root().join(".public.kb-old")).unwrap();
    std::fs::create_dir_all(site.root().join(".public.kb-new-99999/en")).unwrap();
    let check = kb()
        .arg("--root")
        .arg(site.root())
        .arg("check")
        .output()
        .unwrap();
    assert_contains(
        &String::from_utf8_lossy(&check.stderr),
        "restored the last complete output",
    );
    assert!(out.join("en/index.html").is_file());
    assert!(!site.root().join(".public.kb-old").exists());
    assert!(!site.root().join(".public.kb-new-99999").exists());

    // A failed build says what is really there.
    site.write("content/contact.md", "+++\ntitle = 3\n+++\n");
    let failed = site.build();
    failed.assert_fails();
    assert_contains(&failed.stderr(), "previous output in");
    std::fs::remove_dir_all(&out).unwrap();
    let failed = site.build();
    assert_contains(&failed.stderr(), "nothing was written to");
}

#[test]
fn kb_init_ignores_the_output_and_its_staging_folders() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert!(kb().arg("init").arg(&site).status().unwrap().success());
    let ignore = std::fs::read_to_string(site.join(".gitignore")).unwrap();
    assert_contains(&ignore, "/public/");
    assert_contains(&ignore, "/.public.kb-*");
}

#[test]
fn a_symbolic_link_out_of_the_site_is_not_read_nor_quoted() {
    let site = SiteTest::new("basic");
    let secret = tempfile::tempdir().unwrap();
    std::fs::write(
        secret.path().join("leak.md"),
        "+++\ntitle = \"Leaked\"\n+++\nCI_TOKEN=hunter2\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        secret.path().join("leak.md"),
        site.root().join("content/leak.md"),
    )
    .unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", site.root().join("content/env.md")).unwrap();
    std::os::unix::fs::symlink(secret.path(), site.root().join("content/outside")).unwrap();
    let built = site.build();
    built.assert_ok();
    let stderr = built.stderr();
    assert_contains(&stderr, "points outside the site");
    assert_lacks(&stderr, "hunter2");
    assert_lacks(&stderr, "PATH=");
    assert!(!built.exists("en/leak/index.html"));
    assert!(!built.exists("en/outside/leak/index.html"));
    for (_, bytes) in built.files() {
        assert!(!String::from_utf8_lossy(&bytes).contains("hunter2"));
    }
}

#[test]
fn a_file_that_is_not_text_is_reported_without_its_bytes() {
    let site = SiteTest::new("basic");
    std::fs::write(
        site.root().join("content/blob.md"),
        b"+++\ntitle = \"x\"\n+++\nSECRET=abc \xff\xfe binary\n",
    )
    .unwrap();
    let built = site.build();
    built.assert_fails();
    assert_contains(&built.stderr(), "not valid UTF-8");
    assert_lacks(&built.stderr(), "SECRET");
}

#[test]
fn control_characters_in_content_are_errors_at_their_position() {
    let site = SiteTest::new("basic");
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\ndescription = \"Pasted\u{0}from a sheet\"\n+++\nBell \u{7} here and \u{FFFF}.\n",
    );
    let built = site.build();
    built.assert_fails();
    let stderr = built.stderr();
    assert_contains(&stderr, "U+0000");
    assert_contains(&stderr, "U+0007");
    assert_contains(&stderr, "contact.md:3");
    assert_contains(&stderr, "contact.md:5");
    // The root cause only: nothing downstream complains about the file.
    assert_contains(&stderr, "build failed; nothing was written");
    assert_eq!(stderr.matches("U+").count(), 2, "{stderr}");
}

#[test]
fn a_shallow_clone_reports_no_false_new_lines() {
    use crate::feeds::git;
    let origin = SiteTest::new("tariff");
    let date = "2026-09-01T08:00:00Z";
    git(origin.root(), &["init", "-q"], date);
    git(origin.root(), &["add", "-A"], date);
    git(origin.root(), &["commit", "-q", "-m", "first"], date);
    std::fs::write(
        origin.root().join("content/note.md"),
        "+++\ntitle = \"Note\"\n+++\nHi.\n",
    )
    .unwrap();
    git(origin.root(), &["add", "-A"], "2026-10-01T08:00:00Z");
    git(
        origin.root(),
        &["commit", "-q", "-m", "second"],
        "2026-10-01T08:00:00Z",
    );
    let clones = tempfile::tempdir().unwrap();
    let clone = clones.path().join("site");
    let url = format!("file://{}", origin.root().display());
    git(
        clones.path(),
        &["clone", "-q", "--depth", "1", &url, clone.to_str().unwrap()],
        date,
    );
    let run = kb()
        .arg("--root")
        .arg(&clone)
        .arg("build")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_contains(
        &String::from_utf8_lossy(&run.stderr),
        "the git history is shallow",
    );
    let feed = std::fs::read_to_string(clone.join("public/en/feeds/tariff.json")).unwrap();
    let feed: serde_json::Value = serde_json::from_str(&feed).unwrap();
    assert_eq!(feed["items"].as_array().unwrap().len(), 0, "{feed}");
}
