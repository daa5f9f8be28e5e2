//! The HTTP side of `kb serve`: turns a request's URL into a site path
//! ([`site_path`], which refuses anything that could leave the output),
//! answers from the current [`Snapshot`], adds the live-reload script and
//! the error overlay to HTML pages, and streams reload events (server-sent
//! events) at `/__kb/events`.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

use super::request::Request;
use super::server::{Answer, Body, Response};
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
        let old = self
            .snapshot
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .replace(Arc::new(snapshot));
        *self.error.write().unwrap_or_else(|e| e.into_inner()) = None;
        // Freeing the last site (a national tariff: a tenth of a second) is
        // no reason to keep the new one from the browser.
        rayon::spawn(move || drop(old));
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

/// Whether a request whose `Host` header is `host` is meant for the
/// server listening on `bound`.
///
/// A browser sends the name it looked up: a page of another site whose
/// name is made to resolve to this machine (DNS rebinding) could otherwise
/// read the preview, drafts included. So a loopback server answers only
/// `localhost`, a loopback address or the address it listens on, with the
/// port it listens on (or none if that is 80). Bound to every address
/// (`0.0.0.0`, `::`), serve was told to be reached from other machines by
/// names it cannot know (the machine's name, an address of a network it
/// is on): every host is accepted. A request with no `Host` comes from no
/// browser (all send one), so it cannot be such a page and is answered.
pub fn host_allowed(host: Option<&str>, bound: SocketAddr) -> bool {
    let Some(host) = host else {
        return true;
    };
    if bound.ip().is_unspecified() {
        return true;
    }
    let (name, port) = match host.strip_prefix('[') {
        // An IPv6 address: `[::1]:1111`.
        Some(rest) => match rest.split_once(']') {
            Some((address, "")) => (address, None),
            Some((address, port)) => match port.strip_prefix(':') {
                Some(port) => (address, Some(port)),
                None => return false,
            },
            None => return false,
        },
        None => match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        },
    };
    // An empty port (`localhost:`) is the default one (RFC 3986, 3.2.3).
    let port_ok = match port.filter(|p| !p.is_empty()) {
        Some(port) => port.parse::<u16>().ok() == Some(bound.port()),
        None => bound.port() == 80,
    };
    let name_ok = name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback() || ip == bound.ip());
    port_ok && name_ok
}

/// The methods serve answers, as its `Allow` header lists them.
pub const ALLOWED_METHODS: &str = "GET, HEAD";

/// Whether serve answers `method`. It only reads: every other method (a
/// form's `POST`, `PUT`, `DELETE`, `TRACE`, which would echo the request,
/// `OPTIONS`, a method of WebDAV) gets 405 rather than the page a `GET`
/// would get. Methods are case-sensitive (RFC 9110, 9.1).
pub fn method_allowed(method: &str) -> bool {
    matches!(method, "GET" | "HEAD")
}

/// What a path segment of a `Location` has percent-encoded: controls and
/// space, what would end or change the segment, and `\`, which browsers
/// read as `/`.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// Where a request for the folder at site path `path` (`en/about`, as
/// [`site_path`] gives it) is sent: `/en/about/`. It is made from the
/// path's segments, encoded again, never from the URL as sent: `GET //en`
/// must not be sent to `//en/`, which a browser reads as the host `en`.
/// Empty segments are dropped, so the result starts with exactly one `/`.
pub fn folder_location(path: &str) -> String {
    let mut location = String::from("/");
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        location.extend(utf8_percent_encode(segment, SEGMENT));
        location.push('/');
    }
    location
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

/// Answers one request to the server listening on `bound`.
pub fn handle(request: &Request, shared: &Arc<Shared>, bound: SocketAddr) -> Answer {
    if !host_allowed(request.host.as_deref(), bound) {
        let text = "kb serve answers requests for localhost, 127.0.0.1, [::1] or the address it listens on, with its port; this one named another host, as a page of another site does that has its name point to this machine (DNS rebinding)\n";
        return Answer::Full(Response::text(421, text));
    }
    if !method_allowed(&request.method) {
        let text = "kb serve only reads: GET and HEAD\n";
        return Answer::Full(Response::text(405, text).with("Allow", ALLOWED_METHODS));
    }
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
                return Answer::Full(
                    Response::new(301, Body::Owned(Vec::new()))
                        .with("Location", folder_location(&path)),
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
            .with(
                "Content-Security-Policy",
                crate::render::CONTENT_SECURITY_POLICY,
            ),
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
    fn only_local_names_and_the_bound_address_are_served() {
        let loopback: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        let lan: SocketAddr = "192.168.1.20:1111".parse().unwrap();
        let v6: SocketAddr = "[fe80::1]:1111".parse().unwrap();
        let everywhere: SocketAddr = "0.0.0.0:1111".parse().unwrap();
        let everywhere6: SocketAddr = "[::]:1111".parse().unwrap();
        for (host, bound, allowed) in [
            (Some("localhost:1111"), loopback, true),
            (Some("LocalHost:1111"), loopback, true),
            (Some("127.0.0.1:1111"), loopback, true),
            (Some("[::1]:1111"), loopback, true),
            (Some("127.0.0.2:1111"), loopback, true),
            (None, loopback, true),
            (Some("evil.example:1111"), loopback, false),
            (Some("localhost.evil.example:1111"), loopback, false),
            (Some("127.0.0.1.nip.io:1111"), loopback, false),
            (Some("localhost:2222"), loopback, false),
            (Some("localhost:x"), loopback, false),
            (Some("localhost"), loopback, false),
            (Some("localhost:"), loopback, false),
            (Some("[::1]"), loopback, false),
            (Some("[::1]x"), loopback, false),
            (Some("[::1:1111"), loopback, false),
            (Some("::1:1111"), loopback, false),
            (Some(""), loopback, false),
            (Some("192.168.1.20:1111"), lan, true),
            (Some("localhost:1111"), lan, true),
            (Some("192.168.1.21:1111"), lan, false),
            (Some("customs-pc:1111"), lan, false),
            (Some("[fe80::1]:1111"), v6, true),
            (Some("[FE80::1]:1111"), v6, true),
            (Some("[fe80::2]:1111"), v6, false),
            (Some("customs-pc:1111"), everywhere, true),
            (Some("evil.example"), everywhere6, true),
        ] {
            assert_eq!(host_allowed(host, bound), allowed, "{host:?} on {bound}");
        }
        let port80: SocketAddr = "127.0.0.1:80".parse().unwrap();
        assert!(host_allowed(Some("localhost"), port80));
        assert!(host_allowed(Some("localhost:"), port80));
        assert!(host_allowed(Some("localhost:80"), port80));
        assert!(!host_allowed(Some("evil.example"), port80));
    }

    #[test]
    fn only_get_and_head_are_answered() {
        assert!(method_allowed("GET"));
        assert!(method_allowed("HEAD"));
        for method in [
            "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT", "PROPFIND", "get",
            "head", "",
        ] {
            assert!(!method_allowed(method), "{method}");
        }
    }

    #[test]
    fn folders_redirect_to_one_path_on_this_host() {
        for (url, location) in [
            ("/en", "/en/"),
            ("//en", "/en/"),
            ("///en", "/en/"),
            ("//en//about", "/en/about/"),
            ("/%2Fen", "/en/"),
            ("/%2F%2Fevil.example", "/evil.example/"),
            ("//evil.example?x=1", "/evil.example/"),
            ("/en/caf%C3%A9", "/en/caf%C3%A9/"),
            ("/en/caf\u{e9}", "/en/caf%C3%A9/"),
            ("/en/a%09b", "/en/a%09b/"),
            ("/en/a%20b%3Fc%23d%25", "/en/a%20b%3Fc%23d%25/"),
        ] {
            let path = site_path(url).unwrap();
            assert_eq!(folder_location(&path), location, "{url}");
        }
        assert_eq!(folder_location(""), "/");
        assert_eq!(folder_location("a\\b"), "/a%5Cb/");
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
