//! The node frame decoder as a link runs it after the handshake: header, sealed body and
//! tag (`frameio::read_sealed_frame`), then the records of a records frame and their
//! payloads (`frame::records`, `codec::decode`). The input is the byte stream a peer
//! sends; frames sealed under the right key come from the seal itself (the first input
//! byte chooses whether the rest is sealed first, so the decoders behind the tag are
//! reached too). Every input ends in decoded records or a clear error, never a panic.

#![no_main]

use futures_lite::future::block_on;
use futures_lite::io::Cursor;
use hearth_net::codec::{WireControl, WireSignal, WireSpawn, WireSpawned, decode};
use hearth_net::frame::{FRAME_HEADER_BYTES, FrameKind, RecordKind, encode_header, records};
use hearth_net::frameio::read_sealed_frame;
use hearth_net::limits::FRAME_BYTES_MAX;
use hearth_net::seal::{Opener, Sealer};
use libfuzzer_sys::fuzz_target;
use rkyv::util::AlignedVec;

const KEY: [u8; 32] = [0x42; 32];

/// Decodes every record of `body` as the link would.
fn decode_records(body: &[u8]) {
    for record in records(body) {
        let Ok(record) = record else { return };
        let _ = match record.kind {
            RecordKind::Signal => decode::<WireSignal>(record.payload).map(drop),
            RecordKind::SpawnRequest => decode::<WireSpawn>(record.payload).map(drop),
            RecordKind::SpawnAnswer => decode::<WireSpawned>(record.payload).map(drop),
            RecordKind::Control => decode::<WireControl>(record.payload).map(drop),
            RecordKind::Message | RecordKind::Reply => Ok(()),
        };
    }
}

/// `data` as one records frame sealed with [`KEY`] (mode 1), or as it is (mode 0).
fn stream(mode: u8, data: &[u8]) -> Vec<u8> {
    if mode % 2 == 0 || data.len() > FRAME_BYTES_MAX {
        return data.to_vec();
    }
    let mut frame = encode_header(FrameKind::Records, data.len()).to_vec();
    frame.extend_from_slice(data);
    Sealer::new(&KEY, mode & 2 != 0).seal(&mut frame);
    frame
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, data)) = data.split_first() else {
        return;
    };
    let mut input = Cursor::new(stream(mode, data));
    let mut opener = Opener::new(&KEY);
    let mut body: AlignedVec = AlignedVec::new();
    while let Ok(kind) = block_on(read_sealed_frame(
        &mut input,
        &mut body,
        FRAME_BYTES_MAX,
        &mut opener,
    )) {
        assert!(body.len() <= FRAME_BYTES_MAX);
        if kind == FrameKind::Records {
            decode_records(&body);
        }
    }
    // The same bytes without the seal, as the decoders see a body.
    if data.len() >= FRAME_HEADER_BYTES {
        let mut aligned: AlignedVec = AlignedVec::new();
        aligned.extend_from_slice(&data[FRAME_HEADER_BYTES..]);
        decode_records(&aligned);
    }
});
