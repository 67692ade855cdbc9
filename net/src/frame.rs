//! Frames and records: the byte layout of everything that crosses a connection.
//!
//! # Frame (every unit on a connection)
//! All integers little-endian.
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 4 | body length in bytes (what follows this header), at most [`FRAME_BYTES_MAX`] |
//! | 4 | 1 | frame kind: 1 handshake, 2 records, 3 heartbeat (its body: `rtt.rs`), 4 goodbye |
//! | 5 | 1 | format version, [`FORMAT_VERSION`] |
//! | 6 | 2 | reserved, zero (after the handshake byte 6 holds the seal's flags, `seal.rs`) |
//! | 8 | body length | body |
//! | 8 + body length | 16 | after the handshake only: the AES-256-GCM tag (`seal.rs`) |
//!
//! A receiver copies each body into a 16-byte aligned buffer, so offsets below are
//! relative to the body and alignment is preserved.
//!
//! # Goodbye (the body of a goodbye frame)
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 1 | why the sender closes the connection ([`Farewell`]): 1 it heard nothing from the receiver for its down-detection time |
//!
//! The sender writes nothing after it. A receiver reads any other byte, or an empty
//! body, as "it gives the connection up and runs on" (what a newer sender may add).
//!
//! # Record (the body of a records frame is a sequence of them)
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 4 | record length, header and padding included: a multiple of 16, at least 48 |
//! | 4 | 1 | record kind: 1 message, 2 reply, 3 signal, 4 spawn request, 5 spawn answer, 6 control |
//! | 5 | 3 | reserved, zero |
//! | 8 | 4 | message type code (message, reply), else zero |
//! | 12 | 4 | payload length in bytes, at most record length − 48 |
//! | 16 | 16 | pid: the receiver (message, signal) or the caller (reply, spawn request, spawn answer) |
//! | 32 | 16 | request id for reply and spawn records (`shard`, 3 zero bytes, `key`, `seq`, 4 zero bytes), else zero |
//! | 48 | payload length | payload: an rkyv archive, 16-byte aligned |
//! | … | | zero padding to the record length |
//!
//! Every field is checked on read: lengths against the body, kinds against the known
//! values, reserved bytes against zero. Payloads are validated by the type's decoder.

use crate::limits::{FORMAT_VERSION, FRAME_BYTES_MAX};

/// Bytes of a frame header.
pub const FRAME_HEADER_BYTES: usize = 8;
/// Bytes of a record header.
pub const RECORD_HEADER_BYTES: usize = 48;
/// Records start and end on this boundary.
pub const RECORD_ALIGN: usize = 16;

const _: () = assert!(
    RECORD_HEADER_BYTES.is_multiple_of(RECORD_ALIGN),
    "payloads stay aligned"
);
const _: () = assert!(FRAME_BYTES_MAX < u32::MAX as usize, "lengths fit in u32");

/// What a frame carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// A handshake message.
    Handshake = 1,
    /// A batch of records.
    Records = 2,
    /// Liveness only.
    Heartbeat = 3,
    /// The sender closes the connection on purpose.
    Goodbye = 4,
}

/// Why a goodbye frame's sender closes the connection: the goodbye body's byte. It tells
/// a peer that gave a connection up from one whose process died (which says nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Farewell {
    /// The sender heard nothing on this connection for its down-detection time and
    /// takes the receiver's node for lost, though that node may be running (it stalled,
    /// or the link is cut, lossy or too slow): it comes back as itself.
    NotHearing = 1,
}

/// Bytes of a goodbye frame's body.
pub const GOODBYE_BODY_BYTES: usize = 1;

impl Farewell {
    /// The farewell a goodbye body carries (`None`: a reason this build does not know,
    /// or none — the sender gives the connection up and runs on).
    pub fn from_body(body: &[u8]) -> Option<Self> {
        match body.first() {
            Some(1) => Some(Self::NotHearing),
            _ => None,
        }
    }

    /// A goodbye frame saying this, header included (to be sealed like any frame).
    pub fn frame(self) -> Vec<u8> {
        let mut frame = encode_header(FrameKind::Goodbye, GOODBYE_BODY_BYTES).to_vec();
        frame.push(self as u8);
        frame
    }
}

/// What a record carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    /// A user message for a process.
    Message = 1,
    /// The reply to a request.
    Reply = 2,
    /// A link, exit, monitor or DOWN signal.
    Signal = 3,
    /// A request to spawn a registered behaviour.
    SpawnRequest = 4,
    /// The answer to a spawn request.
    SpawnAnswer = 5,
    /// Cluster control (members, global names).
    Control = 6,
}

/// Bytes that do not form a valid frame or record.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// The frame announces more than [`FRAME_BYTES_MAX`].
    #[error("frame of {0} bytes exceeds the maximum")]
    TooLarge(usize),
    /// Unknown frame kind.
    #[error("unknown frame kind {0}")]
    BadKind(u8),
    /// Another format version.
    #[error("format version {0}, expected {FORMAT_VERSION}")]
    BadVersion(u8),
    /// Reserved bytes are not zero.
    #[error("reserved bytes set")]
    Reserved,
    /// A record runs past the body, is shorter than its header, or is unaligned.
    #[error("bad record length {0}")]
    BadRecordLength(usize),
    /// A record's payload runs past the record.
    #[error("payload of {0} bytes overruns its record")]
    PayloadOverrun(usize),
    /// Unknown record kind.
    #[error("unknown record kind {0}")]
    BadRecordKind(u8),
}

/// A parsed frame header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameHeader {
    /// What the frame carries.
    pub kind: FrameKind,
    /// Body bytes that follow.
    pub body_len: usize,
}

/// The header of a frame with `body_len` bytes of body.
pub fn encode_header(kind: FrameKind, body_len: usize) -> [u8; FRAME_HEADER_BYTES] {
    assert!(body_len <= FRAME_BYTES_MAX, "frame body over the maximum");
    let mut header = [0; FRAME_HEADER_BYTES];
    header[0..4].copy_from_slice(&(body_len as u32).to_le_bytes());
    header[4] = kind as u8;
    header[5] = FORMAT_VERSION;
    header
}

/// Parses and checks a frame header.
///
/// # Errors
/// See [`FrameError`].
pub fn decode_header(
    header: [u8; FRAME_HEADER_BYTES],
    body_max: usize,
) -> Result<FrameHeader, FrameError> {
    let body_len = u32::from_le_bytes(header[0..4].try_into().expect("4 bytes")) as usize;
    if body_len > body_max.min(FRAME_BYTES_MAX) {
        return Err(FrameError::TooLarge(body_len));
    }
    let kind = match header[4] {
        1 => FrameKind::Handshake,
        2 => FrameKind::Records,
        3 => FrameKind::Heartbeat,
        4 => FrameKind::Goodbye,
        other => return Err(FrameError::BadKind(other)),
    };
    if header[5] != FORMAT_VERSION {
        return Err(FrameError::BadVersion(header[5]));
    }
    if header[6..8] != [0, 0] {
        return Err(FrameError::Reserved);
    }
    Ok(FrameHeader { kind, body_len })
}

/// One record read from a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record<'a> {
    /// What it carries.
    pub kind: RecordKind,
    /// The message type code (messages and replies).
    pub code: u32,
    /// The pid field (see the layout).
    pub pid: [u8; 16],
    /// The request id field (see the layout).
    pub extra: [u8; 16],
    /// The payload bytes (16-byte aligned within the body).
    pub payload: &'a [u8],
}

/// The fixed fields of a record to write.
#[derive(Debug, Clone, Copy)]
pub struct RecordHead {
    /// What it carries.
    pub kind: RecordKind,
    /// The message type code, or zero.
    pub code: u32,
    /// The pid field.
    pub pid: [u8; 16],
    /// The request id field, or zeros.
    pub extra: [u8; 16],
}

/// Appends a record to `body`; `payload` appends the payload bytes to the vector it is
/// given. On error nothing is left behind.
///
/// # Errors
/// Whatever `payload` returns.
pub fn append_record<E>(
    body: &mut Vec<u8>,
    head: RecordHead,
    payload: impl FnOnce(&mut Vec<u8>) -> Result<(), E>,
) -> Result<(), E> {
    append_record_at(body, 0, head, payload)
}

/// [`append_record`] into a buffer whose frame body starts at `origin` (a sender keeps
/// the frame header in front of the body, so the whole frame goes out in one write);
/// records are aligned relative to `origin`.
///
/// # Errors
/// Whatever `payload` returns.
pub fn append_record_at<E>(
    body: &mut Vec<u8>,
    origin: usize,
    head: RecordHead,
    payload: impl FnOnce(&mut Vec<u8>) -> Result<(), E>,
) -> Result<(), E> {
    let start = body.len();
    debug_assert!(
        (start - origin).is_multiple_of(RECORD_ALIGN),
        "records start aligned"
    );
    body.resize(start + RECORD_HEADER_BYTES, 0);
    if let Err(error) = payload(body) {
        body.truncate(start);
        return Err(error);
    }
    let payload_len = body.len() - start - RECORD_HEADER_BYTES;
    let record_len = (RECORD_HEADER_BYTES + payload_len).next_multiple_of(RECORD_ALIGN);
    body.resize(start + record_len, 0);
    let header = &mut body[start..start + RECORD_HEADER_BYTES];
    header[0..4].copy_from_slice(&(record_len as u32).to_le_bytes());
    header[4] = head.kind as u8;
    header[8..12].copy_from_slice(&head.code.to_le_bytes());
    header[12..16].copy_from_slice(&(payload_len as u32).to_le_bytes());
    header[16..32].copy_from_slice(&head.pid);
    header[32..48].copy_from_slice(&head.extra);
    Ok(())
}

/// The records of a body, each checked; stops at the first error.
pub fn records(body: &[u8]) -> Records<'_> {
    Records {
        body,
        at: 0,
        failed: false,
    }
}

/// Iterator over the records of a body (see [`records`]).
pub struct Records<'a> {
    body: &'a [u8],
    at: usize,
    failed: bool,
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, FrameError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.at == self.body.len() {
            return None;
        }
        let result = parse_record(&self.body[self.at..]);
        match &result {
            Ok((_, len)) => self.at += len,
            Err(_) => self.failed = true,
        }
        Some(result.map(|(record, _)| record))
    }
}

fn parse_record(rest: &[u8]) -> Result<(Record<'_>, usize), FrameError> {
    let word =
        |at: usize| u32::from_le_bytes(rest[at..at + 4].try_into().expect("4 bytes")) as usize;
    if rest.len() < RECORD_HEADER_BYTES {
        return Err(FrameError::BadRecordLength(rest.len()));
    }
    let len = word(0);
    if len < RECORD_HEADER_BYTES || len > rest.len() || !len.is_multiple_of(RECORD_ALIGN) {
        return Err(FrameError::BadRecordLength(len));
    }
    let kind = match rest[4] {
        1 => RecordKind::Message,
        2 => RecordKind::Reply,
        3 => RecordKind::Signal,
        4 => RecordKind::SpawnRequest,
        5 => RecordKind::SpawnAnswer,
        6 => RecordKind::Control,
        other => return Err(FrameError::BadRecordKind(other)),
    };
    if rest[5..8] != [0, 0, 0] {
        return Err(FrameError::Reserved);
    }
    let payload_len = word(12);
    if payload_len > len - RECORD_HEADER_BYTES {
        return Err(FrameError::PayloadOverrun(payload_len));
    }
    let record = Record {
        kind,
        code: word(8) as u32,
        pid: rest[16..32].try_into().expect("16 bytes"),
        extra: rest[32..48].try_into().expect("16 bytes"),
        payload: &rest[RECORD_HEADER_BYTES..RECORD_HEADER_BYTES + payload_len],
    };
    Ok((record, len))
}

/// Packs a request id into a record's `extra` field.
pub fn request_bytes(shard: u8, key: u32, seq: u32) -> [u8; 16] {
    let mut extra = [0; 16];
    extra[0] = shard;
    extra[4..8].copy_from_slice(&key.to_le_bytes());
    extra[8..12].copy_from_slice(&seq.to_le_bytes());
    extra
}

/// Unpacks [`request_bytes`]; any 16 bytes give *some* id (a forged one matches no
/// open request).
pub fn request_from_bytes(extra: [u8; 16]) -> (u8, u32, u32) {
    let word = |at: usize| u32::from_le_bytes(extra[at..at + 4].try_into().expect("4 bytes"));
    (extra[0], word(4), word(8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(kind: RecordKind) -> RecordHead {
        RecordHead {
            kind,
            code: 0xabcd,
            pid: [7; 16],
            extra: request_bytes(1, 2, 3),
        }
    }

    #[test]
    fn records_round_trip_aligned() {
        let mut body = Vec::new();
        for size in [0usize, 1, 15, 16, 17, 100] {
            append_record::<()>(&mut body, head(RecordKind::Message), |out| {
                out.extend(std::iter::repeat_n(size as u8, size));
                Ok(())
            })
            .unwrap();
        }
        let parsed: Vec<_> = records(&body).collect::<Result<_, _>>().unwrap();
        assert_eq!(parsed.len(), 6);
        for (record, size) in parsed.iter().zip([0usize, 1, 15, 16, 17, 100]) {
            assert_eq!(record.payload.len(), size);
            assert!(record.payload.iter().all(|&byte| byte == size as u8));
            assert_eq!(request_from_bytes(record.extra), (1, 2, 3));
            let offset = record.payload.as_ptr() as usize - body.as_ptr() as usize;
            assert!(offset.is_multiple_of(RECORD_ALIGN));
        }
    }

    #[test]
    fn a_goodbye_frame_says_why_and_unknown_reasons_read_as_none() {
        let farewell = Farewell::NotHearing;
        let frame = farewell.frame();
        let header = decode_header(
            frame[..FRAME_HEADER_BYTES].try_into().unwrap(),
            FRAME_BYTES_MAX,
        )
        .unwrap();
        assert_eq!(header.kind, FrameKind::Goodbye);
        assert_eq!(header.body_len, GOODBYE_BODY_BYTES);
        let body = &frame[FRAME_HEADER_BYTES..];
        assert_eq!(Farewell::from_body(body), Some(farewell));
        assert_eq!(Farewell::from_body(&[]), None, "an empty goodbye");
        assert_eq!(Farewell::from_body(&[9]), None, "a newer sender's reason");
    }

    #[test]
    fn a_failed_payload_leaves_nothing_behind() {
        let mut body = Vec::new();
        let failed = append_record(&mut body, head(RecordKind::Signal), |out| {
            out.push(1);
            Err("no")
        });
        assert_eq!((failed, body.len()), (Err("no"), 0));
    }

    #[test]
    fn bad_headers_are_refused() {
        let good = encode_header(FrameKind::Records, 10);
        assert_eq!(decode_header(good, 100).unwrap().body_len, 10);
        assert_eq!(decode_header(good, 5), Err(FrameError::TooLarge(10)));
        let mut bad = good;
        bad[4] = 9;
        assert_eq!(decode_header(bad, 100), Err(FrameError::BadKind(9)));
        let mut bad = good;
        bad[5] = 2;
        assert_eq!(decode_header(bad, 100), Err(FrameError::BadVersion(2)));
        let mut bad = good;
        bad[7] = 1;
        assert_eq!(decode_header(bad, 100), Err(FrameError::Reserved));
    }

    #[test]
    fn truncated_or_overrunning_records_are_refused() {
        let mut body = Vec::new();
        append_record::<()>(&mut body, head(RecordKind::Reply), |out| {
            out.extend([1; 20]);
            Ok(())
        })
        .unwrap();
        assert!(records(&body[..body.len() - 16]).next().unwrap().is_err());
        let mut overrun = body.clone();
        overrun[12] = 200;
        assert_eq!(
            records(&overrun).next(),
            Some(Err(FrameError::PayloadOverrun(200)))
        );
        let mut kind = body;
        kind[4] = 42;
        assert_eq!(
            records(&kind).next(),
            Some(Err(FrameError::BadRecordKind(42)))
        );
    }
}
