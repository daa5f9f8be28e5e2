//! The connection side of `kb serve`: a small HTTP/1.1 server on std's
//! `TcpListener`, made for the editor's preview and nothing else. Start at
//! [`Server::run`].
//!
//! Each connection has its own thread, up to [`Limits::connections`] at
//! once, and every read and write has a deadline, so a client that stalls
//! (sends half a request, or never reads its answer) holds one thread for a
//! bounded time and never holds up the others. tiny_http, used before,
//! handed requests to a fixed set of four threads and gave no access to its
//! sockets to set timeouts on: four clients that did not read a large
//! answer stopped the server (issue 13).
//!
//! Only a request's head is read ([`super::request`]: its deadline, its
//! size, `httparse`); this file keeps the cap on connections, keep-alive
//! and the writing of answers. A request with a body is answered and its
//! connection closed, so a body is never taken for the next request. What
//! to answer is decided by a [`Handler`] ([`super::http::handle`]).

use std::io::{self, BufReader, BufWriter, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::request::{parse_head, read_head, Request};

/// What keeps stalled clients from holding the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Connections served at once (open event streams count); further
    /// clients wait to be accepted until one of them ends.
    pub connections: usize,
    /// How long a client may take to send a request's head, and how long a
    /// kept-alive connection may stay idle before it is closed.
    pub read: Duration,
    /// How long one write may wait for a client that does not read; the
    /// connection is closed when it runs out.
    pub write: Duration,
}

/// The limits of `kb serve`: far more connections than a browser opens
/// (six per host, plus an event stream per tab), and timeouts no preview
/// on this machine or a local network comes near.
pub const LIMITS: Limits = Limits {
    connections: 128,
    read: Duration::from_secs(15),
    write: Duration::from_secs(20),
};

/// A response's body: its own bytes, or a file shared with the snapshot
/// (large files are not copied for each request).
pub enum Body {
    /// Bytes made for this response.
    Owned(Vec<u8>),
    /// Bytes shared with the served site.
    Shared(Arc<[u8]>),
}

impl Body {
    fn bytes(&self) -> &[u8] {
        match self {
            Body::Owned(bytes) => bytes,
            Body::Shared(bytes) => bytes,
        }
    }
}

/// A complete response. `Content-Length`, `Date` and `Connection` are
/// added when it is written.
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers, in the order written.
    pub headers: Vec<(&'static str, String)>,
    /// The body (not written in answer to `HEAD`).
    pub body: Body,
}

impl Response {
    /// A response with no headers yet.
    pub fn new(status: u16, body: Body) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body,
        }
    }

    /// Adds a header.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }

    /// A short plain-text response.
    pub fn text(status: u16, text: &str) -> Response {
        Response::new(status, Body::Owned(text.as_bytes().to_vec()))
            .with("Content-Type", "text/plain; charset=utf-8")
    }
}

/// Writes an endless response (an event stream) to the connection it is
/// given, head included, until the client goes or a write fails.
pub type Stream = Box<dyn FnOnce(&mut dyn Write) + Send>;

/// What to do with a request.
pub enum Answer {
    /// Write this response; the connection may then serve another request.
    Full(Response),
    /// Hand the connection over; it is closed when the stream ends.
    Stream(Stream),
}

/// Answers requests; called on the connection's own thread.
pub type Handler = dyn Fn(&Request) -> Answer + Send + Sync;

/// A bound listener, not yet accepting.
pub struct Server {
    listener: TcpListener,
    limits: Limits,
}

impl Server {
    /// Listens on `address` (`127.0.0.1:1111`, `[::1]:0`, `localhost:1111`).
    pub fn bind(address: &str, limits: Limits) -> io::Result<Server> {
        Ok(Server {
            listener: TcpListener::bind(address)?,
            limits,
        })
    }

    /// The address listened on (with the port chosen for port 0).
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Accepts connections for ever, each answered on its own thread by
    /// `handler`. At the limit of connections it accepts no more until one
    /// ends: further clients wait in the system's queue, not in a thread.
    pub fn run(self, handler: Arc<Handler>) {
        let slots = Arc::new(Slots {
            busy: Mutex::new(0),
            freed: Condvar::new(),
            max: self.limits.connections.max(1),
        });
        let limits = self.limits;
        loop {
            let slot = Slot::take(&slots);
            let stream = match self.listener.accept() {
                Ok((stream, _)) => stream,
                Err(_) => {
                    // Out of file descriptors, or a client gone before it
                    // was accepted: neither ends the server. The pause
                    // keeps a lasting error from spinning.
                    drop(slot);
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            let handler = handler.clone();
            // If no thread can be made, the closure is dropped with the
            // stream and the slot: the client sees the connection close.
            let _ = std::thread::Builder::new()
                .name("kb-serve-connection".into())
                .spawn(move || {
                    let _slot = slot;
                    serve_connection(&stream, &*handler, limits);
                });
        }
    }
}

/// Counts the connections being served.
struct Slots {
    busy: Mutex<usize>,
    freed: Condvar,
    max: usize,
}

/// One connection's place among [`Limits::connections`]; given back when
/// dropped, on every path out of a connection's thread (a panic included).
struct Slot(Arc<Slots>);

impl Slot {
    fn take(slots: &Arc<Slots>) -> Slot {
        let mut busy = slots.busy.lock().unwrap_or_else(|e| e.into_inner());
        while *busy >= slots.max {
            busy = slots.freed.wait(busy).unwrap_or_else(|e| e.into_inner());
        }
        *busy += 1;
        Slot(slots.clone())
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut busy = self.0.busy.lock().unwrap_or_else(|e| e.into_inner());
        *busy = busy.saturating_sub(1);
        self.0.freed.notify_one();
    }
}

/// Reads requests from one connection and answers them until the client
/// closes it, stalls past a limit, or a response ends it.
fn serve_connection(stream: &TcpStream, handler: &Handler, limits: Limits) {
    // Without a write timeout a client that does not read would hold this
    // thread as long as it keeps the connection open.
    if stream.set_write_timeout(Some(limits.write)).is_err() {
        return;
    }
    // Heads and small bodies go out in one write; Nagle's algorithm would
    // hold the end of a response back waiting for an acknowledgement.
    let _ = stream.set_nodelay(true);
    let mut reader = BufReader::new(stream);
    loop {
        let request = match read_head(&mut reader, limits.read).map(|head| head.map(parse_head)) {
            Ok(Some(Ok(request))) => request,
            Ok(Some(Err(refused))) | Err(refused) => {
                let response = Response::text(refused, reason(refused));
                let _ = write_response(stream, false, response, false);
                close_gently(stream);
                return;
            }
            // Closed by the client, or idle or slow past the limit.
            Ok(None) => return,
        };
        let head_only = request.method == "HEAD";
        match handler(&request) {
            Answer::Full(response) => {
                let keep = request.keep_alive;
                let written = write_response(stream, head_only, response, keep).is_ok();
                if written && request.has_body {
                    close_gently(stream);
                }
                if !written || !keep {
                    return;
                }
            }
            Answer::Stream(write) => {
                let mut out = stream;
                write(&mut out);
                return;
            }
        }
    }
}

/// Ends a connection whose client may still be sending (a body serve does
/// not read, a refused head): closed with unread input, the connection
/// would be reset, and a reset can destroy the answer before the client
/// reads it. So writing ends first, then what still comes is read and
/// dropped, for a second at most.
fn close_gently(stream: &TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let deadline = Instant::now() + Duration::from_secs(1);
    let mut sink = [0; 8 * 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match (&mut &*stream).read(&mut sink) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

/// Writes `response` with its length, the date and, unless `keep`,
/// `Connection: close`; the body is left out when `head_only`.
fn write_response(
    stream: &TcpStream,
    head_only: bool,
    response: Response,
    keep: bool,
) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(64 * 1024, stream);
    let body = response.body.bytes();
    write!(
        out,
        "HTTP/1.1 {} {}\r\nContent-Length: {}\r\n",
        response.status,
        reason(response.status),
        body.len()
    )?;
    if let Ok(date) = jiff::fmt::rfc2822::DateTimePrinter::new()
        .timestamp_to_rfc9110_string(&jiff::Timestamp::now())
    {
        write!(out, "Date: {date}\r\n")?;
    }
    if !keep {
        out.write_all(b"Connection: close\r\n")?;
    }
    for (name, value) in &response.headers {
        // Values are made by serve, but a line break in one would start
        // another header: such a header is left out.
        if !value.contains(['\r', '\n']) {
            write!(out, "{name}: {value}\r\n")?;
        }
    }
    out.write_all(b"\r\n")?;
    if !head_only {
        out.write_all(body)?;
    }
    out.flush()
}

/// The reason phrase of the statuses serve sends.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server on a free loopback port answering every request with
    /// `body`, with short limits.
    fn start(limits: Limits, body: Arc<[u8]>) -> SocketAddr {
        let server = Server::bind("127.0.0.1:0", limits).unwrap();
        let address = server.local_addr().unwrap();
        let handler: Arc<Handler> = Arc::new(move |_: &Request| {
            Answer::Full(Response::new(200, Body::Shared(body.clone())))
        });
        std::thread::spawn(move || server.run(handler));
        address
    }

    fn get(address: SocketAddr, patience: Duration) -> io::Result<Vec<u8>> {
        let mut stream = TcpStream::connect(address)?;
        stream.set_read_timeout(Some(patience))?;
        stream.write_all(b"GET / HTTP/1.0\r\n\r\n")?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        Ok(answer)
    }

    #[test]
    fn a_client_that_does_not_read_frees_its_connection_after_the_write_timeout() {
        let limits = Limits {
            connections: 2,
            read: Duration::from_secs(30),
            write: Duration::from_millis(300),
        };
        // Far more than the socket buffers hold, so writing it blocks.
        let address = start(limits, vec![7u8; 32 << 20].into());
        let stalled: Vec<TcpStream> = (0..2)
            .map(|_| {
                let mut stream = TcpStream::connect(address).unwrap();
                stream.write_all(b"GET / HTTP/1.0\r\n\r\n").unwrap();
                stream
            })
            .collect();
        // Both connections are taken by clients that do not read; the
        // third is served once a write has timed out and freed one.
        let answer = get(address, Duration::from_secs(30)).unwrap();
        assert!(answer.starts_with(b"HTTP/1.1 200 OK\r\n"));
        assert!(answer.len() > 32 << 20);
        drop(stalled);
    }

    #[test]
    fn a_client_that_sends_nothing_is_closed_after_the_read_timeout() {
        let limits = Limits {
            connections: 1,
            read: Duration::from_millis(300),
            write: Duration::from_secs(30),
        };
        let address = start(limits, b"hello".to_vec().into());
        let mut silent = TcpStream::connect(address).unwrap();
        silent.write_all(b"GET / HT").unwrap();
        silent
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut rest = Vec::new();
        assert_eq!(silent.read_to_end(&mut rest).unwrap_or(0), 0);
        let answer = get(address, Duration::from_secs(30)).unwrap();
        assert!(answer.ends_with(b"\r\n\r\nhello"));
    }

    #[test]
    fn kept_alive_connections_answer_pipelined_requests_in_order() {
        let address = start(LIMITS, b"x".to_vec().into());
        let mut stream = TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        stream
            .write_all(
                b"GET / HTTP/1.1\r\nHost: a\r\n\r\nHEAD / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
            )
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        assert_eq!(answer.matches("HTTP/1.1 200 OK").count(), 3, "{answer}");
        // The HEAD answer has a length but no body.
        assert_eq!(answer.matches("Content-Length: 1\r\n").count(), 3);
        assert_eq!(answer.matches("\r\n\r\nx").count(), 2, "{answer}");
        assert!(answer.ends_with("\r\n\r\nx"));
    }
}
