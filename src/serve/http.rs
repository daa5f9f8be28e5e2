//! The HTTP side of `kb serve`: turns a request's URL into a site path
//! ([`site_path`], which refuses anything that could leave the output),
//! answers from the current [`Snapshot`], adds the live-reload script and
//! the error overlay to HTML pages, and streams reload events (server-sent
//! events) at `/__kb/events`.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use percent_encoding::percent_decode_str;

use super::server::{Answer, Body, Request, Response};
use super::state::{Found, Snapshot};

/// Where serve's own files live; no site path starts with `__kb/`.
pub const RELOAD_SCRIPT: &str = "/__kb/reload.js";
/// The stylesheet of the error overlay.
pub const OVERLAY_CSS: &str = "/__kb/overlay.css";
/// The server-sent events stream of reloads.
pub const EVENTS: &str = "/__kb/events";

const RELOAD_JS_TEXT: &str = include_str!("reload.js");
const OVERLAY_CSS_TEXT: &str = include_str!("overlay.css");

/// What the request threads share with the rebuild loop.
pub struct Shared {
    /// The site being served: the last one that built (none while the
    /// site has not built once).
    pub snapshot: RwLock<Option<Arc<Snapshot>>>,
    /// The report of the last failed rebuild, until an edit fixes it.
    pub error: RwLock<Option<String>>,
    /// One sender per open event stream.
    clients: Mutex<Vec<Sender<()>>>,
}

impl Shared {
    /// Shares `snapshot` (if the site built), with no error and no
    /// browser yet.
    pub fn new(snapshot: Option<Snapshot>) -> Shared {
        Shared {
            snapshot: RwLock::new(snapshot.map(Arc::new)),
            error: RwLock::new(None),
            clients: Mutex::default(),
        }
    }

    /// The site being served.
    pub fn current(&self) -> Option<Arc<Snapshot>> {
        self.snapshot
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Serves `snapshot` from now on and clears any error.
    pub fn replace(&self, snapshot: Snapshot) {
        *self.snapshot.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(snapshot));
        *self.error.write().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// Shows `report` over every page until the next good rebuild.
    pub fn set_error(&self, report: String) {
        *self.error.write().unwrap_or_else(|e| e.into_inner()) = Some(report);
    }

    fn error(&self) -> Option<String> {
        self.error.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Tells every open browser tab to reload.
    pub fn reload_browsers(&self) {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain(|client| client.send(()).is_ok());
    }

    fn subscribe(&self) -> Receiver<()> {
        let (sender, receiver) = mpsc::channel();
        self.clients
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(sender);
        receiver
    }
}

/// The site path a URL asks for (`/fr/about/?x` → `fr/about/index.html`),
/// percent-decoded; `None` for anything that is not a plain path inside
/// the output: `..` or `.` segments (encoded or not), backslashes, NUL.
pub fn site_path(url: &str) -> Option<String> {
    let raw = url.split(['?', '#']).next().unwrap_or("");
    if !raw.starts_with('/') {
        return None;
    }
    let decoded = percent_decode_str(raw).decode_utf8().ok()?;
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        if part == "." || part == ".." || part.contains(['\\', '\0']) {
            return None;
        }
        if !part.is_empty() {
            parts.push(part);
        }
    }
    let mut path = parts.join("/");
    if decoded.ends_with('/') {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    Some(path)
}

/// Answers one request.
pub fn handle(request: &Request, shared: &Arc<Shared>) -> Answer {
    let url = request.target.as_str();
    match url.split('?').next().unwrap_or("") {
        EVENTS => return stream_events(shared.clone()),
        RELOAD_SCRIPT => return respond(200, "js", Body::Owned(RELOAD_JS_TEXT.into())),
        OVERLAY_CSS => return respond(200, "css", Body::Owned(OVERLAY_CSS_TEXT.into())),
        _ => {}
    }
    let error = shared.error();
    let Some(snapshot) = shared.current() else {
        // The site has not built yet: only the report, until a fix.
        let page = "<!doctype html><html><head><title>kb serve: the site does not build</title></head><body><main></main></body></html>";
        return respond(
            503,
            "html",
            Body::Owned(decorate(page.as_bytes(), error.as_deref())),
        );
    };
    let Some(path) = site_path(url) else {
        return not_found(&snapshot, "", error.as_deref());
    };
    match snapshot.get(&path) {
        Found::File(bytes) => {
            let ext = extension(&path);
            let body = if ext == "html" {
                Body::Owned(decorate(&bytes, error.as_deref()))
            } else {
                Body::Shared(bytes)
            };
            respond(200, ext, body)
        }
        Found::Failed(problem) => {
            let report = problem.render();
            eprintln!("{report}");
            let page = "<!doctype html><html><head><title>kb serve: template error</title></head><body><main></main></body></html>";
            respond(
                500,
                "html",
                Body::Owned(decorate(page.as_bytes(), Some(&report))),
            )
        }
        Found::Missing => {
            let folder = format!("{path}/index.html");
            if !path.is_empty() && !path.ends_with(".html") && snapshot.has(&folder) {
                // The URL as the browser sent it (still percent-encoded).
                let location = format!("{}/", url.split('?').next().unwrap_or(""));
                return Answer::Full(
                    Response::new(301, Body::Owned(Vec::new())).with("Location", location),
                );
            }
            not_found(&snapshot, &path, error.as_deref())
        }
    }
}

/// Status 404 with the site's own `/{lang}/404.html` (or `/404.html`).
fn not_found(snapshot: &Snapshot, path: &str, error: Option<&str>) -> Answer {
    let first = path.split('/').next().unwrap_or("");
    let lang = snapshot
        .site()
        .config
        .languages
        .iter()
        .find(|l| l.code == first)
        .map(|l| format!("{}/404.html", l.code));
    let page = [lang.as_deref(), Some("404.html")]
        .into_iter()
        .flatten()
        .find_map(|p| match snapshot.get(p) {
            Found::File(bytes) => Some(bytes),
            _ => None,
        });
    let body = match page {
        Some(bytes) => decorate(&bytes, error),
        None => b"not found".to_vec(),
    };
    respond(404, "html", Body::Owned(body))
}

/// Adds the reload script and stylesheet to a page's head, and the error
/// overlay after `<body>` when the last edit failed to build. Both are
/// external files, so a `default-src 'self'` policy still holds.
pub fn decorate(html: &[u8], error: Option<&str>) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let tags = format!(
        "<link rel=\"stylesheet\" href=\"{OVERLAY_CSS}\"><script src=\"{RELOAD_SCRIPT}\" defer></script>"
    );
    let mut out = match text.find("</head>") {
        Some(at) => format!("{}{tags}{}", &text[..at], &text[at..]),
        None => format!("{tags}{text}"),
    };
    if let Some(report) = error {
        let mut escaped = String::new();
        let _ = pulldown_cmark_escape::escape_html(&mut escaped, report);
        let overlay = format!(
            "<div id=\"kb-serve-error\" role=\"alert\"><p>This edit does not build; the page below is the last version that did. Fix the file and save: this message goes away.</p><pre>{escaped}</pre><button type=\"button\" data-kb-dismiss>Hide</button></div>"
        );
        let at = out
            .find("<body")
            .and_then(|start| out[start..].find('>').map(|end| start + end + 1))
            .unwrap_or(0);
        out.insert_str(at, &overlay);
    }
    out.into_bytes()
}

/// Holds the connection open and writes `event: reload` on every change,
/// with a comment every 15 seconds so a closed tab is noticed.
fn stream_events(shared: Arc<Shared>) -> Answer {
    // Subscribed now, so that no reload is missed between this request
    // and the first write.
    let changes = shared.subscribe();
    Answer::Stream(Box::new(move |writer: &mut dyn Write| {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
        if writer
            .write_all(head.as_bytes())
            .and_then(|_| writer.flush())
            .is_err()
        {
            return;
        }
        loop {
            let message = match changes.recv_timeout(Duration::from_secs(15)) {
                Ok(()) => "event: reload\ndata: reload\n\n",
                Err(RecvTimeoutError::Timeout) => ": still here\n\n",
                Err(RecvTimeoutError::Disconnected) => return,
            };
            if writer
                .write_all(message.as_bytes())
                .and_then(|_| writer.flush())
                .is_err()
            {
                return;
            }
        }
    }))
}

fn extension(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').map_or("", |(_, ext)| ext)
}

fn content_type(ext: &str) -> &'static str {
    match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "gz" => "application/gzip",
        _ => "application/octet-stream",
    }
}

fn respond(status: u16, ext: &str, body: Body) -> Answer {
    Answer::Full(
        Response::new(status, body)
            .with("Content-Type", content_type(ext))
            .with("Cache-Control", "no-store")
            .with("Content-Security-Policy", "default-src 'self'"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_become_site_paths() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(
            site_path("/fr/about/?q=x").as_deref(),
            Some("fr/about/index.html")
        );
        assert_eq!(
            site_path("/assets/kb.css").as_deref(),
            Some("assets/kb.css")
        );
        assert_eq!(
            site_path("/en/caf%C3%A9/").as_deref(),
            Some("en/café/index.html")
        );
        assert_eq!(
            site_path("/en//about/").as_deref(),
            Some("en/about/index.html")
        );
    }

    #[test]
    fn paths_that_leave_the_output_are_refused() {
        for url in [
            "/../etc/passwd",
            "/en/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/en/%2e%2e/%2e%2e/secret",
            "/./en/",
            "/en\\..\\x",
            "/a%00b",
            "relative",
            "/%ff",
        ] {
            assert_eq!(site_path(url), None, "{url}");
        }
    }

    #[test]
    fn pages_get_the_script_and_errors_are_escaped() {
        let page = b"<html><head><title>x</title></head><body class=\"a\"><p>x</p></body></html>";
        let out = String::from_utf8(decorate(page, Some("bad <b> & line"))).unwrap();
        assert!(out.contains("<script src=\"/__kb/reload.js\" defer></script></head>"));
        assert!(out.contains("<body class=\"a\"><div id=\"kb-serve-error\""));
        assert!(out.contains("bad &lt;b&gt; &amp; line"));
        let clean = String::from_utf8(decorate(page, None)).unwrap();
        assert!(!clean.contains("kb-serve-error"));
    }
}
