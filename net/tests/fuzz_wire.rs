//! Untrusted bytes, seeded: random and mutated frames, records, payloads and handshakes.
//! Every input must end in a clear error or a valid result — never a panic, never an
//! allocation past the announced limits. Replay with `HEARTH_SEED=<seed>`.

mod support;

use std::io::{Read, Write};

use futures_lite::future::block_on;
use futures_lite::io::AssertAsync;
use hearth_engine::{NodeId, WireMessage};
use hearth_net::codec::{WireControl, WireMember, WireSignal, decode, encode};
use hearth_net::frame::{
    FRAME_HEADER_BYTES, FrameKind, RecordHead, RecordKind, append_record, decode_header, records,
};
use hearth_net::handshake::{self, Cookie, HandshakeError, Identity};
use hearth_net::limits::FRAME_BYTES_MAX;
use rkyv::util::AlignedVec;

const CASES: u64 = 3_000;

fn seeds() -> Vec<u64> {
    match std::env::var("HEARTH_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
    {
        Some(seed) => vec![seed],
        None => (0..CASES).collect(),
    }
}

fn aligned(bytes: &[u8]) -> AlignedVec {
    let mut buffer = AlignedVec::new();
    buffer.extend_from_slice(bytes);
    buffer
}

/// Flips, truncates, extends or overwrites a few bytes.
fn mutate(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>) {
    for _ in 0..rng.usize(1..6) {
        match rng.u8(0..4) {
            0 if !bytes.is_empty() => {
                let at = rng.usize(0..bytes.len());
                bytes[at] ^= 1 << rng.u8(0..8);
            }
            1 if !bytes.is_empty() => bytes.truncate(rng.usize(0..bytes.len())),
            2 => bytes.extend((0..rng.usize(1..32)).map(|_| rng.u8(..))),
            _ if !bytes.is_empty() => {
                let at = rng.usize(0..bytes.len());
                bytes[at] = rng.u8(..);
            }
            _ => {}
        }
    }
}

fn valid_body(rng: &mut fastrand::Rng) -> Vec<u8> {
    let mut body = Vec::new();
    for _ in 0..rng.usize(1..5) {
        let head = RecordHead {
            kind: RecordKind::Signal,
            code: rng.u32(..),
            pid: [rng.u8(..); 16],
            extra: [0; 16],
        };
        let signal = WireControl::Members(vec![WireMember {
            node: rng.u32(..),
            name: "n".into(),
            listen: "127.0.0.1:1".into(),
        }]);
        append_record(&mut body, head, |out| encode(&signal, out)).unwrap();
    }
    body
}

#[test]
fn frame_headers_and_records_never_panic() {
    for seed in seeds() {
        let mut rng = fastrand::Rng::with_seed(seed);
        let header: [u8; FRAME_HEADER_BYTES] = std::array::from_fn(|_| rng.u8(..));
        if let Ok(parsed) = decode_header(header, FRAME_BYTES_MAX) {
            assert!(parsed.body_len <= FRAME_BYTES_MAX, "seed {seed}");
        }
        let mut body = valid_body(&mut rng);
        mutate(&mut rng, &mut body);
        let body = aligned(&body);
        for record in records(&body) {
            let Ok(record) = record else { break };
            assert!(record.payload.len() <= body.len(), "seed {seed}");
            let _ = decode::<WireControl>(record.payload);
            let _ = decode::<WireSignal>(record.payload);
            let _ = support::TestMsg::decode(record.payload);
        }
    }
}

#[test]
fn mutated_payloads_decode_or_fail_cleanly() {
    for seed in seeds() {
        let mut rng = fastrand::Rng::with_seed(seed);
        let message = support::TestMsg::Burst {
            to: [rng.u8(..); 16],
            count: rng.u64(..),
        };
        let mut bytes = Vec::new();
        message.encode(&mut bytes).unwrap();
        assert_eq!(support::TestMsg::decode(&aligned(&bytes)).unwrap(), message);
        mutate(&mut rng, &mut bytes);
        let _ = support::TestMsg::decode(&aligned(&bytes));
        let garbage: Vec<u8> = (0..rng.usize(0..128)).map(|_| rng.u8(..)).collect();
        let _ = decode::<WireSignal>(&aligned(&garbage));
    }
}

/// A byte stream that replays `input` and records what is written.
struct Scripted {
    input: std::io::Cursor<Vec<u8>>,
    output: Vec<u8>,
}

impl Read for Scripted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.input.read(buf)
    }
}

impl Write for Scripted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.output.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn identity(node: u32) -> Identity {
    Identity {
        node: NodeId(node),
        name: format!("node-{node}"),
        listen: "127.0.0.1:4000".parse().unwrap(),
        catalogue: vec![(1, "a"), (2, "b")],
    }
}

fn accept(input: Vec<u8>) -> (Result<handshake::Peer, HandshakeError>, Vec<u8>) {
    let mut stream = AssertAsync::new(Scripted {
        input: std::io::Cursor::new(input),
        output: Vec::new(),
    });
    let result = block_on(handshake::accept(
        &mut stream,
        &identity(1),
        &Cookie::new("secret"),
    ));
    (result, stream.into_inner().output)
}

/// A real client's first message, captured.
fn client_hello(cookie: &str) -> Vec<u8> {
    let mut stream = AssertAsync::new(Scripted {
        input: std::io::Cursor::new(Vec::new()),
        output: Vec::new(),
    });
    let _ = block_on(handshake::connect(
        &mut stream,
        &identity(2),
        &Cookie::new(cookie),
    ));
    stream.into_inner().output
}

#[test]
fn handshakes_with_garbage_stalls_or_lies_fail_cleanly() {
    for seed in seeds() {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut input = client_hello("secret");
        mutate(&mut rng, &mut input);
        let (result, _) = accept(input);
        assert!(
            result.is_err(),
            "seed {seed}: a mutated hello with no proof cannot succeed"
        );
        let garbage: Vec<u8> = (0..rng.usize(0..64)).map(|_| rng.u8(..)).collect();
        assert!(accept(garbage).0.is_err(), "seed {seed}");
    }
    // A huge announced length is refused before any allocation.
    let mut huge = hearth_net::frame::encode_header(FrameKind::Handshake, 100).to_vec();
    huge[0..4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(accept(huge).0.is_err());
}

#[test]
fn a_replayed_handshake_is_refused() {
    // A complete, valid client transcript (hello, then the proof for one server challenge)
    // replayed against a fresh server challenge must not pass.
    let (client, server) = std::os::unix::net::UnixStream::pair().unwrap();
    let recorder = std::thread::spawn(move || {
        let mut stream = AssertAsync::new(client);
        block_on(handshake::connect(
            &mut stream,
            &identity(2),
            &Cookie::new("secret"),
        ))
        .map(|_| ())
    });
    let tee = TeeStream {
        inner: server,
        read_log: Vec::new(),
    };
    let mut stream = AssertAsync::new(tee);
    block_on(handshake::accept(
        &mut stream,
        &identity(1),
        &Cookie::new("secret"),
    ))
    .unwrap();
    recorder.join().unwrap().unwrap();
    let transcript = stream.into_inner().read_log;
    let (result, _) = accept(transcript);
    assert!(
        matches!(result, Err(HandshakeError::CookieMismatch)),
        "{result:?}"
    );
}

#[test]
fn a_wrong_cookie_is_refused_on_both_sides() {
    let (client, server) = std::os::unix::net::UnixStream::pair().unwrap();
    let connecting = std::thread::spawn(move || {
        let mut stream = AssertAsync::new(client);
        block_on(handshake::connect(
            &mut stream,
            &identity(2),
            &Cookie::new("wrong"),
        ))
    });
    let mut stream = AssertAsync::new(server);
    let accepted = block_on(handshake::accept(
        &mut stream,
        &identity(1),
        &Cookie::new("secret"),
    ));
    drop(stream);
    assert!(accepted.is_err());
    assert!(matches!(
        connecting.join().unwrap(),
        Err(HandshakeError::CookieMismatch)
    ));
}

/// Records everything read, to replay it later.
struct TeeStream {
    inner: std::os::unix::net::UnixStream,
    read_log: Vec<u8>,
}

impl Read for TeeStream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.read_log.extend_from_slice(&buf[..read]);
        Ok(read)
    }
}

impl Write for TeeStream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
