//! `kb serve`: the editors' loop. Loads the site once, serves it from
//! memory, renders each HTML page when it is first asked for, watches the
//! inputs and, on an edit, reloads only what the edit touched and tells the
//! open browser tabs to reload. A failing edit leaves the last good site
//! served, with the error over every page and on the terminal.
//!
//! Start at [`serve`]. `watch` says what an edit touched, `state` holds the
//! loaded inputs and the served snapshot, `http` answers requests and
//! `server` reads them from connections, each on its own thread.

mod http;
mod request;
mod server;
mod state;
mod watch;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::time::Instant;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::BuildOptions;

pub use crate::load::edits::{classify, Changes, InputKind};
pub use http::site_path;

use http::Shared;
use server::Server;
use state::Inputs;

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on; loopback unless told otherwise.
    pub bind: String,
    /// Port; `0` lets the system choose one (printed on start).
    pub port: u16,
    /// Open the site in the default browser once it is served.
    pub open: bool,
    /// Include drafts.
    pub drafts: bool,
    /// The day the preview describes; `None`: today (UTC) at each rebuild.
    pub date: Option<jiff::civil::Date>,
}

/// Loads the site at `root`, serves it and rebuilds on every edit until the
/// process is stopped. Fails only if `root` holds no `kb.toml` or the
/// address cannot be bound; a site that does not build is served as its
/// error report until an edit fixes it.
pub fn serve(root: &Path, options: &ServeOptions) -> Result<(), Diagnostics> {
    let started = Instant::now();
    let root = open_site_folder(root)?;
    let build_options = BuildOptions {
        drafts: options.drafts,
        date: options.date,
        ..BuildOptions::default()
    };
    let mut inputs = Inputs::new(&root, build_options);
    let (shared, pages) = load_first(&mut inputs);

    // Watch before saying where the site is: an edit made as soon as the
    // address is printed must not be missed.
    let (sender, changes) = mpsc::channel();
    let _watcher = watch::watch_inputs(&root, sender).map_err(|e| {
        Diagnostics::from(Diagnostic::error(
            "serve",
            format!("cannot watch the site's files: {e}"),
        ))
    })?;
    let (server, bound) = bind(options)?;
    let url = match bound {
        SocketAddr::V6(a) => format!("http://[{}]:{}/", a.ip(), a.port()),
        a => format!("http://{a}/"),
    };
    println!(
        "serving {} ({} content pages) at {url} in {:.1} s; Ctrl+C stops",
        root.display(),
        pages,
        started.elapsed().as_secs_f64()
    );
    // Each connection gets its own thread (see `server`), so a client that
    // stalls never holds up the others.
    let handler = {
        let shared = shared.clone();
        Arc::new(move |request: &request::Request| http::handle(request, &shared, bound))
    };
    std::thread::spawn(move || server.run(handler));
    if options.open {
        open_browser(&url);
    }

    rebuild_on_changes(&mut inputs, &shared, &changes);
    Ok(())
}

/// The site folder `root`, made absolute, if it holds a `kb.toml`; an
/// output folder left by a build killed during its swap is put right.
fn open_site_folder(root: &Path) -> Result<PathBuf, Diagnostics> {
    let root = root.canonicalize().map_err(|e| {
        Diagnostics::from(
            Diagnostic::error("config", format!("cannot open the site folder: {e}"))
                .in_file(root)
                .hint("pass the site folder with --root"),
        )
    })?;
    if !root.join("kb.toml").is_file() {
        return Err(Config::load(&root).err().unwrap_or_default());
    }
    // A build killed during its swap is put right by whichever command
    // runs next, serve included (serve itself writes no output folder).
    if let Ok(config) = Config::load(&root) {
        match crate::build::recover_output(&config.output_dir) {
            Ok(done) => done.iter().for_each(|d| eprintln!("{}", d.render())),
            Err(problems) => eprintln!("{}", problems.render()),
        }
    }
    Ok(root)
}

/// Loads the site a first time and makes what the server shares: the
/// site, or its error report when it does not build yet (it is built again
/// on every edit until it does); with the number of content pages.
fn load_first(inputs: &mut Inputs) -> (Arc<Shared>, usize) {
    let (snapshot, report) = match inputs.reload(&Default::default()) {
        Ok((snapshot, warnings)) => (Some(snapshot), warnings),
        Err(problems) => (None, problems),
    };
    if !report.is_empty() {
        eprintln!("{}", report.render());
    }
    let pages = snapshot.as_ref().map_or(0, |s| s.site().pages.len());
    // Open data and the search indexes are made in the background now, so
    // that the first download or search does not wait seconds for them.
    if let Some(snapshot) = &snapshot {
        snapshot.prepare_data();
    }
    let shared = Arc::new(Shared::new(snapshot));
    if report.has_errors() {
        eprintln!(
            "the site does not build: {} error(s); fix them and save, kb serve is watching",
            report.error_count()
        );
        shared.set_error(report.render());
    }
    (shared, pages)
}

/// The server listening on the address and port of `options`, and the
/// address it is bound to (its port chosen by the system for `--port 0`).
fn bind(options: &ServeOptions) -> Result<(Server, SocketAddr), Diagnostics> {
    let address = if options.bind.contains(':') && !options.bind.starts_with('[') {
        format!("[{}]:{}", options.bind, options.port)
    } else {
        format!("{}:{}", options.bind, options.port)
    };
    let cannot_listen = |e: std::io::Error| {
        Diagnostics::from(
            Diagnostic::error("serve", format!("cannot listen on {address}: {e}"))
                .hint("choose another port with --port, or --port 0 for any free one"),
        )
    };
    let server = Server::bind(&address, server::LIMITS).map_err(cannot_listen)?;
    let bound = server.local_addr().map_err(cannot_listen)?;
    Ok((server, bound))
}

/// The loop of the editors: each batch of edits reloads what it touched,
/// then every open tab reloads (to the new site, or to the error).
fn rebuild_on_changes(inputs: &mut Inputs, shared: &Arc<Shared>, changes: &Receiver<Changes>) {
    while let Ok(mut batch) = changes.recv() {
        // Edits that arrived while the last rebuild ran join this one.
        while let Ok(more) = changes.try_recv() {
            batch.merge(more);
        }
        let started = Instant::now();
        let what = batch
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        match inputs.reload(&batch) {
            Ok((snapshot, warnings)) => {
                shared.replace(snapshot);
                shared.reload_browsers();
                println!(
                    "rebuilt after {what} in {} ms ({} warning(s))",
                    started.elapsed().as_millis(),
                    warnings.warning_count()
                );
            }
            Err(problems) => {
                let report = problems.render();
                eprintln!("{report}");
                eprintln!(
                    "{what}: {} error(s); still serving the last good site",
                    problems.error_count()
                );
                shared.set_error(report);
                shared.reload_browsers();
            }
        }
    }
}

/// Opens `url` in the system's default browser, or says how to.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(opener).arg(url).spawn() {
        eprintln!("could not open a browser ({opener}: {e}); open {url}");
    }
}
