//! Client framing: the message ids, and how a frame is laid out and checked.
//!
//! # Frame
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 4 | length of what follows (id + payload), little-endian, 2..=[`CLIENT_FRAME_BYTES_MAX`] |
//! | 4 | 2 | message id, little-endian (see [`MessageId`]) |
//! | 6 | length − 2 | protobuf payload of that message |
//!
//! The version lives in `Hello.protocol_version` ([`PROTOCOL_VERSION`]), the first frame
//! of every connection.

use crate::v1::{Hello, Login, Ping, Push, Request, push};

/// The protocol version this build speaks.
pub const PROTOCOL_VERSION: u32 = 1;
/// Largest frame accepted or sent (length field included): requests are small; a larger
/// frame is a broken or hostile client, closed with `ERROR_BAD_FRAME`.
pub const CLIENT_FRAME_BYTES_MAX: usize = 16 * 1024;
/// Bytes of the length and id fields.
pub const FRAME_HEAD_BYTES: usize = 6;

/// Message ids of the frame's id field (client to server below 100, server to client
/// from 101; each names the protobuf message of the same name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each variant is the message of its name, see `proto/hearth.proto`
pub enum MessageId {
    Hello = 1,
    Login = 2,
    Request = 3,
    Logout = 4,
    Ping = 5,
    Welcome = 101,
    LoginOk = 102,
    Reply = 103,
    Push = 104,
    Error = 105,
    Bye = 106,
    Pong = 107,
}

impl MessageId {
    /// The id for a number, if it is one.
    pub fn from_u16(id: u16) -> Option<Self> {
        Some(match id {
            1 => Self::Hello,
            2 => Self::Login,
            3 => Self::Request,
            4 => Self::Logout,
            5 => Self::Ping,
            101 => Self::Welcome,
            102 => Self::LoginOk,
            103 => Self::Reply,
            104 => Self::Push,
            105 => Self::Error,
            106 => Self::Bye,
            107 => Self::Pong,
            _ => return None,
        })
    }
}

/// Appends one frame: `id` and the already-encoded `payload`.
pub fn frame_into(out: &mut Vec<u8>, id: MessageId, payload: &[u8]) {
    let length = (payload.len() + 2) as u32;
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(&(id as u16).to_le_bytes());
    out.extend_from_slice(payload);
}

/// Appends one frame carrying `message`.
pub fn encode_into(out: &mut Vec<u8>, id: MessageId, message: &impl prost::Message) {
    let length = (message.encoded_len() + 2) as u32;
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(&(id as u16).to_le_bytes());
    message.encode_raw(out);
}

/// The frame of a broadcast push: `Push { seq: 0, body }`, outside every session's
/// sequence (see `docs/protocol.md`), encoded once for all its receivers.
pub fn broadcast_frame(body: push::Body) -> Vec<u8> {
    let push = Push {
        seq: 0,
        body: Some(body),
    };
    let mut frame = Vec::with_capacity(prost::Message::encoded_len(&push) + FRAME_HEAD_BYTES);
    encode_into(&mut frame, MessageId::Push, &push);
    frame
}

/// What a frame header says, or why it is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameHead {
    /// A frame of `payload` bytes with message id `id` follows.
    Frame {
        /// The message id.
        id: u16,
        /// Bytes of protobuf payload after the head.
        payload: usize,
    },
    /// The announced length is below 2 or above the maximum.
    BadLength(usize),
}

/// A frame a client sends, decoded as the gate decodes it (the fuzzed decoder:
/// `game/fuzz`).
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)] // each variant is the message of its name
pub enum ClientFrame {
    Hello(Hello),
    Login(Login),
    Request(Request),
    Logout,
    Ping(Ping),
}

/// A client frame the gate cannot take.
#[derive(Debug, thiserror::Error)]
pub enum ClientFrameError {
    /// Not a client-to-gate message id (`Bye(UNKNOWN_MESSAGE)`).
    #[error("unknown message id {0}")]
    UnknownId(u16),
    /// The payload is not that message's protobuf (`Bye(BAD_FRAME)`).
    #[error("{0}")]
    Payload(#[from] prost::DecodeError),
}

impl ClientFrame {
    /// Decodes the payload of a frame with message id `id`.
    ///
    /// # Errors
    /// See [`ClientFrameError`].
    pub fn decode(id: u16, payload: &[u8]) -> Result<Self, ClientFrameError> {
        use prost::Message;
        Ok(match MessageId::from_u16(id) {
            Some(MessageId::Hello) => Self::Hello(Hello::decode(payload)?),
            Some(MessageId::Login) => Self::Login(Login::decode(payload)?),
            Some(MessageId::Request) => Self::Request(Request::decode(payload)?),
            Some(MessageId::Logout) => Self::Logout,
            Some(MessageId::Ping) => Self::Ping(Ping::decode(payload)?),
            _ => return Err(ClientFrameError::UnknownId(id)),
        })
    }
}

/// Bytes of the length field: a reader checks it before it waits for more.
pub const FRAME_LENGTH_BYTES: usize = 4;

/// Checks a frame's length field (the bytes of id and payload that follow it).
///
/// # Errors
/// The length, when below 2 or above the maximum: a reader refuses it at once, without
/// waiting for the id.
pub fn parse_length(field: [u8; FRAME_LENGTH_BYTES]) -> Result<usize, usize> {
    let length = u32::from_le_bytes(field) as usize;
    if (2..=CLIENT_FRAME_BYTES_MAX - FRAME_LENGTH_BYTES).contains(&length) {
        Ok(length)
    } else {
        Err(length)
    }
}

/// Parses the 6-byte head of a frame.
pub fn parse_head(head: [u8; FRAME_HEAD_BYTES]) -> FrameHead {
    let field = head[0..FRAME_LENGTH_BYTES].try_into().expect("4 bytes");
    match parse_length(field) {
        Ok(length) => FrameHead::Frame {
            id: u16::from_le_bytes(head[4..6].try_into().expect("2 bytes")),
            payload: length - 2,
        },
        Err(length) => FrameHead::BadLength(length),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::v1::{Echo, Ping, Request, request};
    use prost::Message;

    #[test]
    fn frames_round_trip() {
        let request = Request {
            id: 7,
            body: Some(request::Body::Echo(Echo {
                payload: b"hi".to_vec(),
            })),
        };
        let mut out = Vec::new();
        encode_into(&mut out, MessageId::Request, &request);
        let head: [u8; FRAME_HEAD_BYTES] = out[..FRAME_HEAD_BYTES].try_into().unwrap();
        let FrameHead::Frame { id, payload } = parse_head(head) else {
            panic!("valid head")
        };
        assert_eq!(
            (MessageId::from_u16(id), payload),
            (Some(MessageId::Request), out.len() - FRAME_HEAD_BYTES)
        );
        assert_eq!(Request::decode(&out[FRAME_HEAD_BYTES..]).unwrap(), request);
    }

    #[test]
    fn the_documented_example_frame_is_what_we_send() {
        let mut out = Vec::new();
        encode_into(&mut out, MessageId::Ping, &Ping { nonce: 1 });
        assert_eq!(
            out,
            [4, 0, 0, 0, 5, 0, 0x08, 0x01],
            "docs/protocol.md, Transport and framing"
        );
    }

    #[test]
    fn bad_lengths_are_refused() {
        let largest = (CLIENT_FRAME_BYTES_MAX - 4) as u32;
        let [a, b, c, d] = largest.to_le_bytes();
        assert!(matches!(
            parse_head([a, b, c, d, 3, 0]),
            FrameHead::Frame { .. }
        ));
        let [a, b, c, d] = (largest + 1).to_le_bytes();
        assert_eq!(
            parse_head([a, b, c, d, 3, 0]),
            FrameHead::BadLength(largest as usize + 1)
        );
        assert_eq!(parse_head([1, 0, 0, 0, 3, 0]), FrameHead::BadLength(1));
        assert_eq!(
            parse_head([0xff, 0xff, 0xff, 0xff, 3, 0]),
            FrameHead::BadLength(u32::MAX as usize)
        );
    }
}
