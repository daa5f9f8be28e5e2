//! Time to read and compare the git history of a site's `content/`:
//! `cargo bench --bench history -- DIR [COMMITS]` (see bench/history.sh).
//! Prints figures; asserts nothing.

use std::path::Path;
use std::time::Instant;

use kb::model::BuildOptions;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: cargo bench --bench history -- SITE_DIR [COMMITS]");
        std::process::exit(2);
    };
    let limit: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(500);
    let root = Path::new(dir);

    let started = Instant::now();
    let (history, problem) = kb::history::read(root, limit);
    let read = started.elapsed().as_secs_f64();
    if let Some(why) = problem {
        eprintln!("history not read: {why}");
    }
    let files: usize = history.commits.iter().map(|c| c.files.len()).sum();

    let (loaded, _) = match kb::build::load_site(root, &BuildOptions::default()) {
        Ok(site) => site,
        Err(problems) => {
            eprintln!("{}", problems.render());
            std::process::exit(1);
        }
    };
    let started = Instant::now();
    let compared = kb::changes::from_history(&loaded.site.config, &history);
    let log = kb::changes::build(&loaded.site, &compared);
    let compare = started.elapsed().as_secs_f64();
    println!(
        "history: {} commits of content/ ({files} file versions) read in {read:.2} s; \
         compared into {} entries in {compare:.2} s; total {:.2} s",
        history.commits.len(),
        log.entries.len(),
        read + compare
    );
}
