//! A small chainable harness around fixture sites:
//! `SiteTest::new("basic").write(..).build().assert_ok().page("fr/about/")`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, OnceLock};

/// The day the tests describe, unless one says otherwise.
pub const TODAY: &str = "2026-12-02";

pub struct SiteTest {
    dir: Arc<tempfile::TempDir>,
}

pub struct Built {
    pub output: Output,
    pub out: PathBuf,
    /// Keeps the site's folder alive as long as its output is read (none
    /// for the demo, built from the repository itself).
    _site: Option<Arc<tempfile::TempDir>>,
}

/// The demo site (the repository itself) built once on [`TODAY`] for every
/// test that reads it: a debug build of its 36,000 pages takes over a
/// minute, and each test building its own made the suite several minutes
/// longer. The output goes to `KB_DEMO_OUTPUT` when set (CI hands it to the
/// validators), else to a folder of cargo's target directory that each run
/// replaces. Tests must only read it.
pub fn demo_built() -> &'static Built {
    static DEMO: OnceLock<Built> = OnceLock::new();
    DEMO.get_or_init(|| {
        let out = std::env::var_os("KB_DEMO_OUTPUT")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("demo-public"));
        let output = kb()
            .args([
                "--root",
                env!("CARGO_MANIFEST_DIR"),
                "build",
                "--date",
                TODAY,
            ])
            .arg("--output")
            .arg(&out)
            .output()
            .unwrap();
        Built {
            output,
            out,
            _site: None,
        }
    })
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub fn kb() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kb"))
}

/// `kb --root ROOT ARGS…`, which must succeed.
pub fn kb_ok(root: &Path, args: &[&str]) -> std::process::Output {
    let out = kb().arg("--root").arg(root).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "kb {args:?}: {stderr}");
    out
}

/// What `kb --root ROOT ARGS…` says on stderr, whatever its exit code
/// (`kb check`'s report).
pub fn kb_stderr(root: &Path, args: &[&str]) -> String {
    let out = kb().arg("--root").arg(root).args(args).output().unwrap();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

impl SiteTest {
    /// A copy of `tests/sites/<fixture>` in a temporary folder.
    pub fn new(fixture: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/sites")
            .join(fixture);
        copy_dir(&from, dir.path());
        SiteTest { dir: Arc::new(dir) }
    }

    /// A copy of the demo site (the repository's own `kb.toml`, content,
    /// theme, locales, data and static files) with its git history, so
    /// that it builds to what [`demo_built`] holds.
    pub fn demo() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(root.join("kb.toml"), dir.path().join("kb.toml")).unwrap();
        for folder in ["content", "themes", "locales", "data", "static", ".git"] {
            // A source archive has no history: both builds then have none.
            if root.join(folder).exists() {
                copy_dir(&root.join(folder), &dir.path().join(folder));
            }
        }
        SiteTest { dir: Arc::new(dir) }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes (or replaces) a file of the site.
    pub fn write(&self, path: &str, text: &str) -> &Self {
        let full = self.dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
        self
    }

    /// Rewrites a file of the site with `change` of its text (a table
    /// appended to `kb.toml`, a key misspelt).
    pub fn edit(&self, path: &str, change: impl FnOnce(String) -> String) -> &Self {
        let full = self.dir.path().join(path);
        let text = std::fs::read_to_string(&full).unwrap();
        std::fs::write(full, change(text)).unwrap();
        self
    }

    /// Runs `kb build` with extra arguments. The reference date is
    /// pinned to [`TODAY`] unless the arguments give one, so that what is
    /// in force does not depend on the day the tests run.
    pub fn build_with(&self, args: &[&str]) -> Built {
        let mut command = kb();
        command
            .arg("--root")
            .arg(self.root())
            .arg("build")
            .args(args);
        if !args.contains(&"--date") {
            command.args(["--date", TODAY]);
        }
        let output = command.output().unwrap();
        Built {
            output,
            out: self.root().join("public"),
            _site: Some(self.dir.clone()),
        }
    }

    pub fn build(&self) -> Built {
        self.build_with(&[])
    }
}

impl Built {
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }

    pub fn assert_ok(&self) -> &Self {
        assert_eq!(
            self.code(),
            0,
            "build failed:\n{}\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }

    pub fn assert_fails(&self) -> &Self {
        assert_eq!(
            self.code(),
            1,
            "build should fail with exit 1:\n{}\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }

    /// The text of an output file; `fr/about/` means `fr/about/index.html`.
    pub fn page(&self, path: &str) -> String {
        let mut path = path.to_string();
        if path.ends_with('/') || path.is_empty() {
            path.push_str("index.html");
        }
        std::fs::read_to_string(self.out.join(&path))
            .unwrap_or_else(|e| panic!("no output file {path}: {e}\n{}", self.stderr()))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.out.join(path).exists()
    }

    /// Every output file's path (relative) and bytes, sorted.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&self.out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(&self.out)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (rel, std::fs::read(e.path()).unwrap())
            })
            .collect();
        files.sort();
        files
    }
}

/// The text of a page's `<title>`.
pub fn title_of(html: &str) -> &str {
    let start = html.find("<title>").expect("a <title>") + "<title>".len();
    let end = html[start..].find("</title>").expect("a </title>");
    &html[start..start + end]
}

/// The lines of `html` that match `needle`, for readable assertion messages.
pub fn assert_contains(html: &str, needle: &str) {
    assert!(html.contains(needle), "expected `{needle}` in:\n{html}");
}

pub fn assert_lacks(html: &str, needle: &str) {
    assert!(
        !html.contains(needle),
        "did not expect `{needle}` in:\n{html}"
    );
}

/// What a reader sees of `html`: the text without tags, scripts and
/// styles, the common entities decoded, runs of white space as one space.
/// Assertions on it do not depend on how a template lays out its markup.
pub fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let tag = &rest[start..];
        let skip_to = ["script", "style"]
            .iter()
            .find(|name| tag[1..].starts_with(*name))
            .map(|name| format!("</{name}>"));
        let end = match skip_to {
            Some(close) => tag.find(&close).map(|i| i + close.len()),
            None => tag.find('>').map(|i| i + 1),
        };
        let Some(end) = end else { break };
        // A tag separates words as a space would (`<dt>A</dt><dd>B</dd>`).
        text.push(' ');
        rest = &tag[end..];
    }
    if !rest.contains('<') {
        text.push_str(rest);
    }
    let decoded = text
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts that a reader sees `words` (white space normalised) on `html`.
pub fn assert_shows(html: &str, words: &str) {
    let seen = visible_text(html);
    assert!(
        seen.contains(words),
        "expected a reader to see `{words}` in:\n{seen}"
    );
}
