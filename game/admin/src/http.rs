//! Just enough HTTP/1.1 for an admin listener: one request per connection, a bounded
//! head, a bounded body read and dropped, and the answer with `Connection: close`.
//!
//! A client that sends more than [`REQUEST_HEAD_BYTES_MAX`] before the blank line, or a
//! body over [`REQUEST_BODY_BYTES_MAX`], gets `431` / `413` and the connection closes; one
//! that stalls is dropped after its socket's read timeout (set by the caller).

use std::io::{Read, Write};

/// A request head's bytes at most: curl sends ~100, a browser ~1 KiB.
pub(crate) const REQUEST_HEAD_BYTES_MAX: usize = 8 * 1024;
/// A request body's bytes at most (no admin endpoint reads one; it is read and dropped so
/// that the client sees the answer rather than a reset).
pub(crate) const REQUEST_BODY_BYTES_MAX: usize = 64 * 1024;

/// The parts of a request the admin endpoints look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Request {
    pub(crate) method: String,
    /// The path without its query.
    pub(crate) path: String,
    /// The `Authorization` header's value.
    pub(crate) authorization: Option<String>,
}

/// Why a request could not be read; each maps to an answer (or none).
#[derive(Debug, thiserror::Error)]
pub(crate) enum HttpError {
    #[error("request head over {REQUEST_HEAD_BYTES_MAX} bytes")]
    HeadTooLarge,
    #[error("request body over {REQUEST_BODY_BYTES_MAX} bytes")]
    BodyTooLarge,
    #[error("malformed request: {0}")]
    Malformed(&'static str),
    #[error("connection: {0}")]
    Io(#[from] std::io::Error),
}

impl HttpError {
    /// The status to answer with; `None` when the connection is gone.
    pub(crate) fn status(&self) -> Option<Status> {
        match self {
            Self::HeadTooLarge => Some(Status::HeadTooLarge),
            Self::BodyTooLarge => Some(Status::BodyTooLarge),
            Self::Malformed(_) => Some(Status::BadRequest),
            Self::Io(_) => None,
        }
    }
}

/// The statuses the admin listener answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Ok,
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    BodyTooLarge,
    HeadTooLarge,
    Unavailable,
}

impl Status {
    fn line(self) -> &'static str {
        match self {
            Self::Ok => "200 OK",
            Self::BadRequest => "400 Bad Request",
            Self::Unauthorized => "401 Unauthorized",
            Self::Forbidden => "403 Forbidden",
            Self::NotFound => "404 Not Found",
            Self::MethodNotAllowed => "405 Method Not Allowed",
            Self::Conflict => "409 Conflict",
            Self::BodyTooLarge => "413 Content Too Large",
            Self::HeadTooLarge => "431 Request Header Fields Too Large",
            Self::Unavailable => "503 Service Unavailable",
        }
    }
}

/// Reads one request's head (and drops its body).
pub(crate) fn read_request(stream: &mut impl Read) -> Result<Request, HttpError> {
    let (head, mut extra) = read_head(stream)?;
    let text = std::str::from_utf8(&head).map_err(|_| HttpError::Malformed("not UTF-8"))?;
    let mut lines = text.split("\r\n");
    let mut first = lines.next().unwrap_or("").split(' ');
    let (Some(method), Some(target), Some(version)) = (first.next(), first.next(), first.next())
    else {
        return Err(HttpError::Malformed("request line"));
    };
    if !version.starts_with("HTTP/1.") || method.is_empty() || !target.starts_with('/') {
        return Err(HttpError::Malformed("request line"));
    }
    let mut authorization = None;
    let mut body_bytes = 0;
    for line in lines.filter(|line| !line.is_empty()) {
        let (name, value) = line
            .split_once(':')
            .ok_or(HttpError::Malformed("header line"))?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("authorization") {
            authorization = Some(value.to_owned());
        } else if name.eq_ignore_ascii_case("content-length") {
            body_bytes = value
                .parse::<usize>()
                .map_err(|_| HttpError::Malformed("content-length"))?;
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(HttpError::Malformed("chunked bodies are not read here"));
        }
    }
    if body_bytes > REQUEST_BODY_BYTES_MAX {
        return Err(HttpError::BodyTooLarge);
    }
    extra.truncate(body_bytes);
    let mut rest = vec![0; body_bytes - extra.len()];
    stream.read_exact(&mut rest)?;
    let path = target.split('?').next().unwrap_or(target).to_owned();
    Ok(Request {
        method: method.to_owned(),
        path,
        authorization,
    })
}

/// The head up to its blank line, and whatever came after it in the same reads.
fn read_head(stream: &mut impl Read) -> Result<(Vec<u8>, Vec<u8>), HttpError> {
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0; 1024];
    loop {
        if let Some(end) = find(&buffer, b"\r\n\r\n") {
            if end > REQUEST_HEAD_BYTES_MAX {
                return Err(HttpError::HeadTooLarge);
            }
            let extra = buffer.split_off(end + 4);
            buffer.truncate(end);
            return Ok((buffer, extra));
        }
        if buffer.len() > REQUEST_HEAD_BYTES_MAX {
            return Err(HttpError::HeadTooLarge);
        }
        let read = stream.read(&mut chunk)?;
        if read == 0 {
            return Err(HttpError::Malformed("connection closed inside the head"));
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Writes an answer and flushes it.
pub(crate) fn respond(
    stream: &mut impl Write,
    status: Status,
    content_type: &str,
    body: &str,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        status.line(),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    stream.flush()
}

/// Bytes of a refused request read and dropped after the answer, at most.
const LINGER_BYTES_MAX: usize = 64 * 1024;

/// Closes the sending side and reads what the client still sends (to its end, at most
/// [`LINGER_BYTES_MAX`], within the socket's read timeout). Closing a socket with
/// unread bytes sends a reset, which can destroy the answer before the client reads it
/// (a refused oversized request would get no `431`).
pub(crate) fn linger(stream: &mut std::net::TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let mut chunk = [0; 4096];
    let mut dropped = 0;
    while dropped < LINGER_BYTES_MAX {
        match stream.read(&mut chunk) {
            Ok(read @ 1..) => dropped += read,
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Request, HttpError> {
        read_request(&mut text.as_bytes())
    }

    #[test]
    fn a_request_head_is_read() {
        let request =
            parse("GET /metrics?x=1 HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer t\r\n\r\n")
                .unwrap();
        assert_eq!(request.method, "GET");
        assert_eq!(request.path, "/metrics");
        assert_eq!(request.authorization.as_deref(), Some("Bearer t"));
    }

    #[test]
    fn a_body_is_read_and_dropped() {
        let request = parse("POST /admin/reload HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc").unwrap();
        assert_eq!(request.path, "/admin/reload");
        let short = parse("POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nab");
        assert!(matches!(short, Err(HttpError::Io(_))), "{short:?}");
    }

    #[test]
    fn bad_requests_are_named() {
        for bad in [
            "GET\r\n\r\n",
            "GET metrics HTTP/1.1\r\n\r\n",
            "GET / SPDY/3\r\n\r\n",
            "GET / HTTP/1.1\r\nno colon\r\n\r\n",
            "GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
            "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET / HTTP/1.1\r\n",
        ] {
            assert!(
                matches!(parse(bad), Err(HttpError::Malformed(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn oversized_heads_and_bodies_are_refused() {
        let long = format!(
            "GET / HTTP/1.1\r\nX: {}\r\n\r\n",
            "a".repeat(REQUEST_HEAD_BYTES_MAX)
        );
        assert!(matches!(parse(&long), Err(HttpError::HeadTooLarge)));
        let body = format!(
            "POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            REQUEST_BODY_BYTES_MAX + 1
        );
        assert!(matches!(parse(&body), Err(HttpError::BodyTooLarge)));
    }

    #[test]
    fn an_answer_carries_its_length_and_closes() {
        let mut out = Vec::new();
        respond(&mut out, Status::NotFound, "text/plain", "no such page\n").unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("HTTP/1.1 404 Not Found\r\n"), "{text}");
        assert!(text.contains("Content-Length: 13\r\n"), "{text}");
        assert!(text.contains("Connection: close\r\n"), "{text}");
        assert!(text.ends_with("\r\n\r\nno such page\n"), "{text}");
    }
}
