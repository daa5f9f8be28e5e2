//! A request's head as `kb serve` reads it: up to its blank line, within
//! a deadline and a size, then parsed by `httparse` (the parser of hyper)
//! into the little serve needs. The connections themselves are
//! [`super::server`]'s.

use std::io::{self, BufRead, BufReader};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// The longest request head read (request line and headers); browsers
/// send well under 8 KiB.
const MAX_HEAD: usize = 32 * 1024;

/// The head of a request, as far as serve reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The method as sent (`GET`); methods are case-sensitive.
    pub method: String,
    /// The request target as sent: a path, perhaps with a query.
    pub target: String,
    /// The `Host` header, if one was sent.
    pub host: Option<String>,
    /// Whether the connection may serve another request after this one.
    pub(super) keep_alive: bool,
    /// Whether a body follows the head (never read).
    pub(super) has_body: bool,
}

/// Reads one request head, up to and including its blank line, leaving
/// what follows (a pipelined request) in `reader`. `Ok(None)` when the
/// connection closed or the head did not come within `limit`; `Err` with
/// a status when it is too long.
pub(super) fn read_head(
    reader: &mut BufReader<&TcpStream>,
    limit: Duration,
) -> Result<Option<Vec<u8>>, u16> {
    // One deadline for the whole head: a client sending a byte now and
    // then must not keep a connection for ever.
    let deadline = Instant::now() + limit;
    let mut head = Vec::new();
    loop {
        if reader.buffer().is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || reader.get_ref().set_read_timeout(Some(left)).is_err() {
                return Ok(None);
            }
        }
        let available = match reader.fill_buf() {
            Ok([]) => return Ok(None),
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Ok(None),
        };
        let from = head.len().saturating_sub(3);
        let read = available.len();
        head.extend_from_slice(available);
        // Empty lines before a request line are ignored (RFC 9112, 2.2).
        let blank = head
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        if blank > 0 {
            head.drain(..blank);
        }
        match head_end(&head, from.saturating_sub(blank)) {
            Some(end) => {
                reader.consume(read - (head.len() - end));
                head.truncate(end);
                return Ok(Some(head));
            }
            None => reader.consume(read),
        }
        if head.len() > MAX_HEAD {
            return Err(431);
        }
    }
}

/// Where the blank line that ends a head ends, searching from `from`
/// (httparse finds it only in a head it can parse whole).
fn head_end(head: &[u8], from: usize) -> Option<usize> {
    (from..head.len()).find_map(|i| {
        if head[i] != b'\n' {
            None
        } else if head.get(i + 1) == Some(&b'\n') {
            Some(i + 2)
        } else if head[i + 1..].starts_with(b"\r\n") {
            Some(i + 3)
        } else {
            None
        }
    })
}

/// Headers a request may send; a head with more is refused (431).
const MAX_HEADERS: usize = 64;

/// Parses a request head with httparse; `Err` with the status of the
/// refusal.
pub(super) fn parse_head(head: Vec<u8>) -> Result<Request, u16> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    // httparse refuses folded lines and a space before the colon (RFC
    // 9112, 5.1 and 5.2), as serve must.
    match parsed.parse(&head) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => return Err(400),
        Err(httparse::Error::TooManyHeaders) => return Err(431),
        Err(httparse::Error::Version) => {
            return Err(if names_a_version(&head) { 505 } else { 400 })
        }
        Err(_) => return Err(400),
    }
    let (Some(method), Some(target), Some(version)) = (parsed.method, parsed.path, parsed.version)
    else {
        return Err(400);
    };
    // Origin form only (`/path?query`): serve is no proxy.
    if !target.starts_with('/') {
        return Err(400);
    }
    let http11 = version == 1;
    let (mut host, mut close, mut body) = (None, false, false);
    for header in parsed.headers.iter() {
        let value = std::str::from_utf8(header.value).map_err(|_| 400u16)?;
        let name = header.name;
        if name.eq_ignore_ascii_case("host") {
            if host.is_some() {
                return Err(400);
            }
            host = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("connection") {
            close |= value
                .split(',')
                .any(|token| token.trim().eq_ignore_ascii_case("close"));
        } else if name.eq_ignore_ascii_case("content-length") {
            body |= value != "0";
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            body = true;
        }
    }
    // HTTP/1.1 requires Host (RFC 9112, 3.2).
    if http11 && host.is_none() {
        return Err(400);
    }
    Ok(Request {
        method: method.to_string(),
        target: target.to_string(),
        host,
        // The body is never read, so it must not be taken for the next
        // request; HTTP/1.0 closes after each answer.
        keep_alive: http11 && !close && !body,
        has_body: body,
    })
}

/// Whether the request line's third word names an HTTP version httparse
/// does not speak (`HTTP/2.0`): that is 505, anything else 400.
fn names_a_version(head: &[u8]) -> bool {
    let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
    line.split(|&b| b == b' ')
        .nth(2)
        .is_some_and(|v| v.starts_with(b"HTTP/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(head: &str) -> Result<Request, u16> {
        parse_head(head.as_bytes().to_vec())
    }

    #[test]
    fn heads_are_parsed() {
        let request =
            parse("GET /en/?q=1 HTTP/1.1\r\nHost: localhost:1111\r\nAccept: */*\r\n\r\n").unwrap();
        assert_eq!(request.method, "GET");
        assert_eq!(request.target, "/en/?q=1");
        assert_eq!(request.host.as_deref(), Some("localhost:1111"));
        assert!(request.keep_alive);
        let old = parse("HEAD / HTTP/1.0\n\n").unwrap();
        assert_eq!((old.host, old.keep_alive), (None, false));
        let closing = parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n").unwrap();
        assert!(!closing.keep_alive);
        let with_body = parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n").unwrap();
        assert!(!with_body.keep_alive && with_body.has_body);
        let chunked = parse("GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n");
        assert!(chunked.unwrap().has_body);
        let empty = parse("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n").unwrap();
        assert!(empty.keep_alive && !empty.has_body);
    }

    #[test]
    fn malformed_heads_are_refused() {
        for (head, status) in [
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
            ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505),
            ("GET / FTP/1.0\r\n\r\n", 400),
            ("GET http://evil.example/ HTTP/1.1\r\nHost: a\r\n\r\n", 400),
            ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400),
            ("GET / HTTP/1.1 x\r\nHost: a\r\n\r\n", 400),
            ("G(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nno colon\r\n\r\n", 400),
        ] {
            assert_eq!(parse(head), Err(status), "{head:?}");
        }
    }

    #[test]
    fn the_end_of_a_head_is_found_across_reads() {
        assert_eq!(head_end(b"GET / HTTP/1.0\r\n\r\nnext", 0), Some(18));
        assert_eq!(head_end(b"GET / HTTP/1.0\n\nnext", 0), Some(16));
        assert_eq!(head_end(b"GET / HTTP/1.0\r\nHost: a\r\n", 0), None);
    }
}
