//! The `kb` command line: parses arguments, calls the pipeline, prints
//! diagnostics. Exit codes: 0 ok, 1 content errors, 2 usage.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use kb::diagnostics::Diagnostics;
use kb::model::BuildOptions;

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
    },
    /// Build the site into its output folder.
    Build {
        /// Output folder (default: output_dir of kb.toml, `public`).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Publish at this URL instead of base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked draft.
        #[arg(long)]
        drafts: bool,
        /// Reference date, YYYY-MM-DD (default: the newest date in the content).
        #[arg(long, value_parser = parse_date)]
        date: Option<String>,
        /// Write relative links naming index.html, to browse from disk.
        #[arg(long)]
        offline: bool,
    },
    /// Validate the site without writing anything.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn parse_date(s: &str) -> Result<String, String> {
    let ok = s.len() == 10
        && s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if ok {
        Ok(s.to_string())
    } else {
        Err("expected a date as YYYY-MM-DD".into())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Init { dir } => {
            let dir = if dir.is_absolute() {
                dir
            } else {
                cli.root.join(dir)
            };
            match kb::init::init(&dir) {
                Ok(files) => {
                    for f in files {
                        println!("created {}", dir.join(f).display());
                    }
                    println!("next: cd {} && kb build", dir.display());
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    eprintln!("{}", d.render());
                    ExitCode::from(2)
                }
            }
        }
        Command::Build {
            output,
            base_url,
            drafts,
            date,
            offline,
        } => {
            let options = BuildOptions {
                drafts,
                offline,
                date,
                base_url,
            };
            match kb::build::build(&cli.root, &options, output.as_deref()) {
                Ok(report) => {
                    print_diagnostics(&report.warnings);
                    println!("{}", report.summary());
                    ExitCode::SUCCESS
                }
                Err(problems) => fail(&problems),
            }
        }
        Command::Check {
            format,
            deny_warnings,
        } => {
            let result = kb::build::load_site(&cli.root, &BuildOptions::default());
            let problems = match &result {
                Ok((_, warnings)) => warnings.clone(),
                Err(problems) => problems.clone(),
            };
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&problems.sorted()).unwrap_or_default()
                ),
                Format::Text => print_diagnostics(&problems),
            }
            let failed = problems.has_errors() || (deny_warnings && !problems.is_empty());
            if matches!(format, Format::Text) {
                eprintln!(
                    "{} error(s), {} warning(s)",
                    problems.error_count(),
                    problems.warning_count()
                );
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn print_diagnostics(problems: &Diagnostics) {
    if problems.is_empty() {
        return;
    }
    if std::io::stderr().is_terminal() {
        // A terminal reads the full report; the same text, just shown at once.
        eprintln!("{}", problems.render());
    } else {
        eprintln!("{}", problems.render());
    }
}

fn fail(problems: &Diagnostics) -> ExitCode {
    print_diagnostics(problems);
    eprintln!(
        "build failed: {} error(s), {} warning(s); the previous output was left as it was",
        problems.error_count(),
        problems.warning_count()
    );
    ExitCode::from(1)
}
