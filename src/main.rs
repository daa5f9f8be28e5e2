//! The `kb` command line: parses arguments, calls the pipeline, prints
//! diagnostics. Exit codes: 0 ok, 1 content errors, 2 usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use kb::config::Config;
use kb::diagnostics::Diagnostics;
use kb::model::BuildOptions;

// A build allocates and frees millions of small strings and maps on every
// core (template contexts, rows, search postings): glibc's malloc and free
// were about a fifth of a national build's samples (docs/performance.md).
// mimalloc keeps per-thread free lists and reuses pages.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A static site generator for customs administrations.
#[derive(Parser)]
#[command(name = "kb", version, about)]
struct Cli {
    /// The site's folder (holding kb.toml).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new site.
    Init {
        /// Folder for the new site.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The site's languages, the default first, separated by commas
        /// (`th`, `ur,en`): each an embedded UI language, with or without
        /// a region (`ru-KZ`; see docs/languages.md). Without it: English
        /// and French.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Build the site into its output folder.
    Build {
        /// Output folder (default: output_dir of kb.toml, `public`).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Publish at this URL instead of base_url.
        #[arg(long, value_parser = parse_base_url)]
        base_url: Option<String>,
        /// Include pages marked draft.
        #[arg(long)]
        drafts: bool,
        /// The day the site describes, YYYY-MM-DD: what is in force on it is
        /// shown as in force (default: today, UTC).
        #[arg(long, value_parser = parse_date)]
        date: Option<jiff::civil::Date>,
        /// Write relative links naming index.html, to browse from disk.
        #[arg(long)]
        offline: bool,
        /// Also write .gz and .br copies of text files, for servers that
        /// send them (nginx gzip_static, brotli_static; see docs/deploy.md).
        #[arg(long)]
        precompress: bool,
        /// Render only what changed since the last build and write only the
        /// files whose bytes changed; the result is the same as a whole
        /// build. Keeps its notes in .kb-cache/ (see docs/incremental.md).
        #[arg(long)]
        incremental: bool,
    },
    /// Serve the site on loopback, rebuild on every edit, reload the browser.
    Serve(ServeArgs),
    /// Validate the site without writing anything.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
        /// Check the site as it describes this day, YYYY-MM-DD, as
        /// `kb build --date` would build it (default: today, UTC).
        #[arg(long, value_parser = parse_date)]
        date: Option<jiff::civil::Date>,
    },
    /// Write a new content file from the kind's archetype.
    New {
        /// procedure, fee, measure, tool, legal, form, agency, notice, exchange-rate,
        /// origin, quota, ruling or page.
        kind: String,
        /// The id, in kebab-case (import-home-use); for a page, its path
        /// under content/ without .md (guides/valuation).
        id: String,
        /// Write this language's translation of an existing original.
        #[arg(long)]
        lang: Option<String>,
        /// Fill the archetype's date fields with this date, YYYY-MM-DD
        /// (default: leave them as commented placeholders).
        #[arg(long, value_parser = parse_date_text)]
        date: Option<String>,
    },
    /// Search the site as the browser does (the same index and algorithm).
    Search {
        /// The words or code to look for (omit with --batch).
        #[arg(default_value = "")]
        query: String,
        /// Language to search in (default: the site's default language).
        #[arg(long)]
        lang: Option<String>,
        /// How many results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// As you type in the search box: the last word also completes.
        #[arg(long)]
        prefix: bool,
        /// Only results of this kind (tariff, procedure, fee…).
        #[arg(long)]
        kind: Option<String>,
        /// Answer every line of FILE (`QUERY`, or `LANG<TAB>QUERY`) with the
        /// site loaded once, one JSON object per line.
        #[arg(long)]
        batch: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write content files from a spreadsheet export.
    Import {
        #[command(subcommand)]
        what: ImportKind,
    },
}

#[derive(Subcommand)]
enum ImportKind {
    /// Chapter files in content/tariff/ from a CSV (see docs/tariff.md).
    Tariff {
        /// CSV with columns code, description, and the configured tariff columns.
        file: PathBuf,
        /// Write translation files (09.fr.md) holding only the text columns.
        #[arg(long)]
        lang: Option<String>,
        /// Also write the section titles from a CSV with columns section,name.
        #[arg(long)]
        sections: Option<PathBuf>,
        /// Join this column to the code, as a national suffix (Mexico's
        /// NICO: `0901.11.01` and `00` make `0901.11.01.00`).
        #[arg(long, value_name = "COLUMN")]
        code_suffix: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// A date written `YYYY-MM-DD` of a schedule's years (not `2570-01-01`).
fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    kb::timeline::parse_schedule_date(s).map_err(|_| date_expected(s))
}

/// What a date option expects, with the day written that way when `s` is
/// a date written otherwise (`01.07.2027` gives `2027-07-01`).
fn date_expected(s: &str) -> String {
    match kb::date_forms::other_date_forms(s).as_slice() {
        [] => "expected a calendar date as YYYY-MM-DD".into(),
        _ => kb::date_forms::date_hint(s, str::to_string),
    }
}

/// [`parse_date`], kept as written (for `kb new`, which writes it).
fn parse_date_text(s: &str) -> Result<String, String> {
    let shaped = s.len() == 10
        && s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if shaped && kb::timeline::parse_schedule_date(s).is_ok() {
        Ok(s.to_string())
    } else {
        Err(date_expected(s))
    }
}

/// An absolute http(s) URL, by the rule of `base_url` in kb.toml.
fn parse_base_url(s: &str) -> Result<String, String> {
    match kb::config::check_base_url(s) {
        Ok(()) => Ok(s.to_string()),
        Err(why) => Err(format!(
            "expected an absolute http(s) URL, such as https://customs.example.org: {why}"
        )),
    }
}

/// `kb serve`'s options.
#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    bind: String,
    /// Port (0: any free port, printed on start).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
    /// Include pages marked draft.
    #[arg(long)]
    drafts: bool,
    /// Preview the site as on this day, YYYY-MM-DD (default: today, UTC).
    #[arg(long, value_parser = parse_date)]
    date: Option<jiff::civil::Date>,
}

impl ServeArgs {
    fn into_options(self) -> kb::serve::ServeOptions {
        kb::serve::ServeOptions {
            bind: self.bind,
            port: self.port,
            open: self.open,
            drafts: self.drafts,
            date: self.date,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        stop_quietly_on_a_closed_pipe();
    }
    let root = cli.root.as_path();
    match cli.command {
        Command::Init { dir, lang } => init(root, dir, lang.as_deref()),
        Command::Build {
            output,
            base_url,
            drafts,
            date,
            offline,
            precompress,
            incremental,
        } => {
            let options = BuildOptions {
                drafts,
                offline,
                date,
                base_url,
                precompress,
                incremental,
            };
            build(root, &options, output.as_deref())
        }
        Command::Serve(args) => serve(root, &args.into_options()),
        Command::New {
            kind,
            id,
            lang,
            date,
        } => {
            let request = kb::new::NewRequest {
                kind,
                id,
                lang,
                date,
            };
            new(root, &request)
        }
        Command::Import { what } => import(root, what),
        Command::Search {
            query,
            lang,
            limit,
            prefix,
            kind,
            batch,
            format,
        } => search(
            root,
            &query,
            lang.as_deref(),
            kb::search::engine::Options {
                prefix,
                kind,
                chapter: None,
                limit,
            },
            batch.as_deref(),
            format,
        ),
        Command::Check {
            format,
            deny_warnings,
            date,
        } => check(root, format, deny_warnings, date),
    }
}

/// A command whose output is piped into a reader that stops early (`kb
/// search … | head`) ends as `cat` does, silently, instead of panicking
/// on its next `println!`: Rust ignores SIGPIPE, so every print after
/// the reader left would fail. `kb serve` keeps it ignored, so that a
/// browser that drops a connection does not stop the server.
fn stop_quietly_on_a_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once, before any thread starts; it only restores the
    // signal's default disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// `kb init`: writes a new site into `dir` (under `root` if relative).
fn init(root: &Path, dir: PathBuf, lang: Option<&str>) -> ExitCode {
    let dir = if dir.is_absolute() {
        dir
    } else {
        root.join(dir)
    };
    match kb::init::init(&dir, lang) {
        Ok(files) => {
            for f in files {
                println!("created {}", dir.join(f).display());
            }
            println!(
                "next: cd {} && kb serve   (then open http://127.0.0.1:1111/; kb build writes public/)",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(d) => {
            eprintln!("{}", d.render());
            ExitCode::from(2)
        }
    }
}

/// `kb build`: builds the site into `output` (or kb.toml's output folder)
/// and says what a failed build left there.
fn build(root: &Path, options: &BuildOptions, output: Option<&Path>) -> ExitCode {
    match kb::build::build(root, options, output) {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            println!("{}", report.summary());
            ExitCode::SUCCESS
        }
        Err(problems) if problems.is_usage() => {
            print_diagnostics(&problems);
            eprintln!("build refused: nothing was written");
            ExitCode::from(2)
        }
        Err(problems) => {
            let target = kb::build::output_folder(root, output);
            fail(&problems, &build_left(target.as_deref()))
        }
    }
}

/// `kb serve`: serves the site until stopped.
fn serve(root: &Path, options: &kb::serve::ServeOptions) -> ExitCode {
    match kb::serve::serve(root, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => fail(&problems, "serve"),
    }
}

/// `kb new`: writes a content file from its kind's archetype.
fn new(root: &Path, request: &kb::new::NewRequest) -> ExitCode {
    match kb::new::new_content(root, request) {
        Ok(path) => {
            println!("created {}", root.join(path).display());
            ExitCode::SUCCESS
        }
        Err(kb::new::NewError::Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        Err(kb::new::NewError::Site(problem)) => {
            eprintln!("{}", problem.render());
            ExitCode::from(1)
        }
    }
}

fn print_diagnostics(problems: &Diagnostics) {
    if !problems.is_empty() {
        eprintln!("{}", problems.render());
    }
}

/// `kb import tariff`: writes chapter files (and section titles) from CSV.
fn import(root: &Path, what: ImportKind) -> ExitCode {
    let ImportKind::Tariff {
        file,
        lang,
        sections,
        code_suffix,
    } = what;
    let config = match Config::load(root) {
        Ok(c) => c,
        Err(problems) => return fail(&problems, "import"),
    };
    // Every input is read before anything is written: a failed import
    // writes no file.
    let sections = match sections.map(|s| kb::tariff::import::read_sections(&s)) {
        Some(Err(problems)) => return fail(&problems, "import"),
        Some(Ok(sections)) => Some(sections),
        None => None,
    };
    let options = kb::tariff::import::ImportOptions {
        lang: lang.as_deref(),
        code_suffix: code_suffix.as_deref(),
    };
    match kb::tariff::import::import_tariff(&config, &file, options) {
        Ok(report) => {
            for note in report.notes() {
                eprintln!("note: {note}");
            }
            println!(
                "imported {} codes into {} chapter files",
                report.codes,
                report.files.len()
            );
            if let Some(sections) = sections {
                match kb::tariff::import::write_sections(&config, sections, lang.as_deref()) {
                    Ok(path) => println!("wrote {}", path.display()),
                    Err(d) => return fail(&Diagnostics::from(d), "import"),
                }
            }
            // What was written is read back as the build reads it.
            // …saying what the CSV had where the import rewrote a cell.
            let found = report.explain(kb::check::check_files(root, &report.files));
            if found.has_errors() {
                return fail(&found, "the imported chapter files have errors");
            }
            print_diagnostics(&found);
            ExitCode::SUCCESS
        }
        Err(problems) => fail(&problems, "import"),
    }
}

/// `kb search`: answers one query, or each line of a batch file, as the
/// browser would.
fn search(
    root: &Path,
    query: &str,
    lang: Option<&str>,
    options: kb::search::engine::Options,
    batch: Option<&Path>,
    format: Format,
) -> ExitCode {
    let (loaded, _) = match kb::build::load_site(root, &BuildOptions::default()) {
        Ok(site) => site,
        Err(problems) => return fail(&problems, "search"),
    };
    let site = &loaded.site;
    let default = lang.unwrap_or(&site.config.default_language);
    if let Some(file) = batch {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cannot read {}: {e}", file.display());
                return ExitCode::from(2);
            }
        };
        let mut indexes = std::collections::HashMap::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (lang, query) = line.split_once('\t').unwrap_or((default, line));
            let Some(found) = site.config.lang(lang) else {
                eprintln!("`{lang}` is not a language of this site");
                return ExitCode::from(2);
            };
            let index = indexes
                .entry(found.index())
                .or_insert_with(|| kb::search::engine::language_index(site, found));
            let answer = index.answer(query, &options);
            let json = serde_json::json!({ "lang": lang, "answer": answer });
            println!("{json}");
        }
        return ExitCode::SUCCESS;
    }
    let Some(found) = site.config.lang(default) else {
        eprintln!("`{default}` is not a language of this site");
        return ExitCode::from(2);
    };
    let answer = kb::search::engine::search(site, found, query, &options);
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&answer).unwrap_or_default()
        ),
        Format::Text => {
            if let Some(note) = &answer.note {
                match note.kind {
                    "typo" => println!(
                        "(no results for “{}”: showing results for “{}”)",
                        note.asked, note.found
                    ),
                    _ => println!("(no code {}: showing {})", note.asked, note.found),
                }
            }
            for (i, hit) in answer.hits.iter().enumerate() {
                println!(
                    "{:>2}. {}  /{}  ({:.3}{})",
                    i + 1,
                    hit.title,
                    hit.path,
                    hit.score,
                    if hit.tier > 0 { ", completed" } else { "" }
                );
            }
            if answer.hits.is_empty() {
                println!("no results");
            } else {
                println!("{} results", answer.total);
            }
        }
    }
    ExitCode::SUCCESS
}

/// `kb check`: validates the site and reports, as text or JSON.
fn check(
    root: &Path,
    format: Format,
    deny_warnings: bool,
    date: Option<jiff::civil::Date>,
) -> ExitCode {
    let options = BuildOptions {
        date,
        ..BuildOptions::default()
    };
    let report = kb::check::check(root, &options);
    match format {
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("cannot write the report as JSON: {e}");
                return ExitCode::from(1);
            }
        },
        Format::Text => {
            let problems = report.problems();
            print_diagnostics(&problems);
            print!("{}", kb::check::render_text(&report));
            eprintln!(
                "{} error(s), {} warning(s)",
                problems.error_count(),
                problems.warning_count()
            );
        }
    }
    if report.fails(deny_warnings) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What a failed build left in its output folder, said truthfully.
fn build_left(target: Option<&std::path::Path>) -> String {
    match target {
        Some(t) if t.join(kb::output::folder::STAMP).is_file() => format!(
            "build failed; the previous output in {} was left as it was",
            t.display()
        ),
        Some(t) => format!("build failed; nothing was written to {}", t.display()),
        None => "build failed; nothing was written".into(),
    }
}

/// Prints every problem and what was left alone; exit code 1. `what` is
/// the first words of the closing line (`build failed; …`).
fn fail(problems: &Diagnostics, what: &str) -> ExitCode {
    print_diagnostics(problems);
    let what = if what.contains(' ') {
        what.to_string()
    } else {
        format!("{what} failed")
    };
    eprintln!(
        "{what}: {} error(s), {} warning(s)",
        problems.error_count(),
        problems.warning_count(),
    );
    ExitCode::from(1)
}
