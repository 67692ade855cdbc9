//! The client frame decoder as the gate runs it: a byte stream cut into frames by their
//! heads (`parse_head`), each payload decoded by `ClientFrame::decode`. Every input ends
//! in frames or a clear refusal, never a panic; a decoded frame re-encodes to bytes that
//! decode to the same frame (the decoder is faithful).

#![no_main]

use hearth_protocol::{
    ClientFrame, FRAME_HEAD_BYTES, FrameHead, MessageId, frame_into, parse_head,
};
use libfuzzer_sys::fuzz_target;

/// Re-encodes a decoded frame: its id and payload.
fn encoded(frame: &ClientFrame) -> (MessageId, Vec<u8>) {
    use prost::Message;
    match frame {
        ClientFrame::Hello(hello) => (MessageId::Hello, hello.encode_to_vec()),
        ClientFrame::Login(login) => (MessageId::Login, login.encode_to_vec()),
        ClientFrame::Request(request) => (MessageId::Request, request.encode_to_vec()),
        ClientFrame::Logout => (MessageId::Logout, Vec::new()),
        ClientFrame::Ping(ping) => (MessageId::Ping, ping.encode_to_vec()),
    }
}

fuzz_target!(|data: &[u8]| {
    let mut rest = data;
    while rest.len() >= FRAME_HEAD_BYTES {
        let head: [u8; FRAME_HEAD_BYTES] = rest[..FRAME_HEAD_BYTES].try_into().unwrap();
        let FrameHead::Frame { id, payload } = parse_head(head) else {
            return; // the gate says Bye(BAD_FRAME)
        };
        let Some(body) = rest.get(FRAME_HEAD_BYTES..FRAME_HEAD_BYTES + payload) else {
            return; // the gate waits for the rest
        };
        rest = &rest[FRAME_HEAD_BYTES + payload..];
        let Ok(frame) = ClientFrame::decode(id, body) else {
            return; // Bye(UNKNOWN_MESSAGE / BAD_FRAME)
        };
        let (id, payload) = encoded(&frame);
        let mut again = Vec::new();
        frame_into(&mut again, id, &payload);
        let back = ClientFrame::decode(id as u16, &again[FRAME_HEAD_BYTES..])
            .expect("a re-encoded frame decodes");
        assert_eq!(back, frame, "the decoder is faithful");
    }
});
