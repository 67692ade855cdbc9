//! Untrusted bytes, seeded: random and mutated frames, records, payloads and handshakes.
//! Every input must end in a clear error or a valid result — never a panic, never an
//! allocation past the announced limits. A decode that succeeds must be faithful: the value
//! re-encodes to bytes that decode to it, and bytes that were not changed decode to what
//! was sent. Allocation is counted by this binary's global allocator (bytes this thread
//! asks for while a measurement is open) and held to the bound `hearth_net::codec`
//! promises for a decode of `n` bytes. A failure names its seed; replay one with
//! `HEARTH_SEED=<seed> cargo test -p hearth-net --test fuzz_wire`.

mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};

use futures_lite::future::block_on;
use futures_lite::io::AssertAsync;
use hearth_engine::{NodeId, WireError, WireMessage};
use hearth_net::codec::{
    DECODE_ALLOC_BYTES_FIXED_MAX, DECODE_ALLOC_BYTES_PER_INPUT_BYTE_MAX, WireControl, WireMember,
    WireSignal, WireSpawn, decode, encode,
};
use hearth_net::frame::{
    FRAME_HEADER_BYTES, FrameKind, RECORD_ALIGN, RecordHead, RecordKind, append_record,
    decode_header, encode_header, records,
};
use hearth_net::handshake::{self, Cookie, HandshakeError, Identity};
use hearth_net::limits::{
    FORMAT_VERSION, FRAME_BYTES_MAX, HANDSHAKE_BYTES_MAX, MEMBERS_MAX, NAME_BYTES_MAX,
};
use rkyv::api::high::{HighSerializer, HighValidator};
use rkyv::bytecheck::CheckBytes;
use rkyv::rancor::{Error, Strategy};
use rkyv::ser::allocator::ArenaHandle;
use rkyv::util::AlignedVec;
use rkyv::{Archive, Deserialize, Serialize};

const CASES: u64 = 3_000;
/// What a refused handshake may allocate besides the peer's frame body and its decode: our
/// own hello and its encoding, the type catalogue map, the error. Far below the
/// [`HANDSHAKE_BYTES_MAX`] a frame may announce, which is the point of the huge-length
/// case: an announced length is checked before its body is allocated.
const REFUSED_HANDSHAKE_ALLOC_BYTES_MAX: usize = 16 * 1024;

/// Counts what this thread allocates while [`allocated_by`] measures (see the module docs).
struct Counting;

thread_local! {
    static MEASURING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATED_BYTES: Cell<usize> = const { Cell::new(0) };
}

fn count(bytes: usize) {
    // `try_with`: an allocation while this thread's locals are torn down is not counted.
    let _ = MEASURING.try_with(|measuring| {
        if measuring.get() {
            ALLOCATED_BYTES.with(|total| total.set(total.get() + bytes));
        }
    });
}

// SAFETY: every call is passed on to `System` unchanged; counting touches only
// const-initialised thread-locals without destructors, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller's contract for `alloc` is `System.alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` with `layout` (every allocation goes there).
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size.saturating_sub(layout.size()));
        // SAFETY: as for `dealloc`; `new_size` is the caller's, checked by its contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `work` and returns its result with the bytes this thread allocated meanwhile (an
/// allocation's size, a reallocation's growth; frees are not subtracted).
fn allocated_by<R>(work: impl FnOnce() -> R) -> (R, usize) {
    ALLOCATED_BYTES.set(0);
    MEASURING.set(true);
    let result = work();
    MEASURING.set(false);
    (result, ALLOCATED_BYTES.get())
}

/// Runs `case` for every seed (or only for `HEARTH_SEED`), naming the seed that fails.
fn for_each_seed(case: impl Fn(u64, &mut fastrand::Rng)) {
    if let Some(seed) = std::env::var("HEARTH_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
    {
        return case(seed, &mut fastrand::Rng::with_seed(seed));
    }
    for seed in 0..CASES {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            case(seed, &mut fastrand::Rng::with_seed(seed))
        }));
        assert!(
            outcome.is_ok(),
            "failed for seed {seed}; replay with HEARTH_SEED={seed} cargo test -p hearth-net --test fuzz_wire"
        );
    }
}

fn aligned(bytes: &[u8]) -> AlignedVec {
    let mut buffer = AlignedVec::new();
    buffer.extend_from_slice(bytes);
    buffer
}

/// Decodes `bytes` as `T`, holding the allocation to the codec's bound; a refused decode
/// may allocate only its error text. A value that decodes must re-encode to bytes that
/// decode to the same value.
fn decode_checked<T>(bytes: &[u8]) -> Result<T, WireError>
where
    T: Archive + PartialEq + std::fmt::Debug,
    T: for<'a> Serialize<HighSerializer<AlignedVec, ArenaHandle<'a>, Error>>,
    T::Archived: for<'a> CheckBytes<HighValidator<'a, Error>>
        + Deserialize<T, Strategy<rkyv::de::Pool, Error>>,
{
    let (decoded, allocated) = allocated_by(|| decode::<T>(bytes));
    let what = std::any::type_name::<T>();
    let bound = DECODE_ALLOC_BYTES_PER_INPUT_BYTE_MAX * bytes.len() + DECODE_ALLOC_BYTES_FIXED_MAX;
    assert!(
        allocated <= bound,
        "decoding {} bytes as {what} allocated {allocated} bytes, over the bound of {bound}",
        bytes.len()
    );
    match &decoded {
        Err(error) => assert!(
            allocated <= DECODE_ALLOC_BYTES_FIXED_MAX,
            "a refused decode as {what} ({error}) allocated {allocated} bytes"
        ),
        Ok(value) => {
            let mut again = Vec::new();
            encode(value, &mut again).expect("a decoded value encodes");
            let back = decode::<T>(&aligned(&again));
            assert_eq!(
                back.as_ref().ok(),
                Some(value),
                "{what} changes when re-encoded"
            );
        }
    }
    decoded
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

/// A body of a few control records, and each record's payload bytes and value.
fn valid_body(rng: &mut fastrand::Rng) -> (Vec<u8>, Vec<(Vec<u8>, WireControl)>) {
    let mut body = Vec::new();
    let mut sent = Vec::new();
    for _ in 0..rng.usize(1..5) {
        let head = RecordHead {
            kind: RecordKind::Control,
            code: 0,
            pid: [rng.u8(..); 16],
            extra: [0; 16],
        };
        let control = WireControl::Members(vec![WireMember {
            node: rng.u32(..),
            name: "n".into(),
            listen: "127.0.0.1:1".into(),
        }]);
        let mut payload = Vec::new();
        encode(&control, &mut payload).unwrap();
        append_record(&mut body, head, |out| {
            out.extend_from_slice(&payload);
            Ok::<_, ()>(())
        })
        .unwrap();
        sent.push((payload, control));
    }
    (body, sent)
}

/// A frame header, valid or with one field broken.
fn some_header(rng: &mut fastrand::Rng) -> [u8; FRAME_HEADER_BYTES] {
    let mut header = encode_header(FrameKind::Records, rng.usize(0..=FRAME_BYTES_MAX));
    match rng.u8(0..5) {
        0 => header[0..4].copy_from_slice(&rng.u32(..).to_le_bytes()),
        1 => header[4] = rng.u8(..),
        2 => header[5] = rng.u8(..),
        3 => header[6 + rng.usize(0..2)] = rng.u8(..),
        _ => {}
    }
    header
}

/// What the frame layout allows, read independently of `decode_header`.
fn header_is_valid(header: [u8; FRAME_HEADER_BYTES]) -> bool {
    let body_len = u32::from_le_bytes(header[0..4].try_into().unwrap()) as usize;
    body_len <= FRAME_BYTES_MAX
        && (1..=4).contains(&header[4])
        && header[5] == FORMAT_VERSION
        && header[6..8] == [0, 0]
}

#[test]
fn frame_headers_and_records_are_refused_or_faithful() {
    for_each_seed(|seed, rng| {
        let header = some_header(rng);
        let parsed = decode_header(header, FRAME_BYTES_MAX);
        assert_eq!(
            parsed.is_ok(),
            header_is_valid(header),
            "header {header:?}: {parsed:?}"
        );
        let (body, sent) = valid_body(rng);
        let mut mutated = body.clone();
        if seed % 8 != 0 {
            mutate(rng, &mut mutated);
        }
        let mutated = aligned(&mutated);
        let mut parsed = 0;
        for (index, record) in records(&mutated).enumerate() {
            let Ok(record) = record else { break };
            parsed += 1;
            let offset = record.payload.as_ptr() as usize - mutated.as_ptr() as usize;
            assert!(offset.is_multiple_of(RECORD_ALIGN), "payload at {offset}");
            assert!(offset + record.payload.len() <= mutated.len());
            let control = decode_checked::<WireControl>(record.payload);
            if let Some((bytes, value)) = sent.get(index)
                && bytes[..] == *record.payload
            {
                assert_eq!(control.as_ref().ok(), Some(value), "an intact record");
            }
            let _ = decode_checked::<WireSignal>(record.payload);
            let _ = decode_checked::<support::TestMsg>(record.payload);
        }
        if *mutated == *body {
            assert_eq!(parsed, sent.len(), "an intact body parses whole");
        }
    });
}

#[test]
fn mutated_payloads_are_refused_or_faithful() {
    for_each_seed(|_, rng| {
        let message = support::TestMsg::Burst {
            to: [rng.u8(..); 16],
            count: rng.u64(..),
        };
        let mut bytes = Vec::new();
        message.encode(&mut bytes).unwrap();
        let sent = bytes.clone();
        assert_eq!(decode_checked(&aligned(&bytes)).ok(), Some(message.clone()));
        mutate(rng, &mut bytes);
        let decoded = decode_checked::<support::TestMsg>(&aligned(&bytes));
        if bytes == sent {
            assert_eq!(
                decoded.ok(),
                Some(message),
                "bytes mutated back to themselves"
            );
        }
        let garbage: Vec<u8> = (0..rng.usize(0..128)).map(|_| rng.u8(..)).collect();
        let root_bytes = size_of::<<WireSignal as Archive>::Archived>();
        let signal = decode_checked::<WireSignal>(&aligned(&garbage));
        if garbage.len() < root_bytes {
            assert!(signal.is_err(), "{} bytes hold no signal", garbage.len());
        }
    });
}

/// Valid records built for the worst ratio of decoded to received bytes: many members
/// with names of up to eight bytes (stored inline on the wire, on the heap once decoded),
/// empty strings, a long name, big spawn arguments. Each must stay within the bound.
#[test]
fn hostile_valid_records_stay_within_the_allocation_bound() {
    let member = |name_len: usize| WireMember {
        node: 7,
        name: "x".repeat(name_len),
        listen: "y".repeat(name_len),
    };
    let controls = [
        WireControl::Members((0..MEMBERS_MAX).map(|_| member(8)).collect()),
        WireControl::Members((0..MEMBERS_MAX).map(|_| member(0)).collect()),
        WireControl::Members((0..MEMBERS_MAX).map(|_| member(9)).collect()),
        WireControl::NameRegistered("n".repeat(NAME_BYTES_MAX), [1; 16]),
    ];
    for control in &controls {
        let mut bytes = Vec::new();
        encode(control, &mut bytes).unwrap();
        let decoded = decode_checked::<WireControl>(&aligned(&bytes));
        assert_eq!(decoded.ok().as_ref(), Some(control));
    }
    let spawn = WireSpawn {
        behaviour: String::new(),
        args: vec![0; 64 * 1024],
    };
    let mut bytes = Vec::new();
    encode(&spawn, &mut bytes).unwrap();
    assert_eq!(
        decode_checked::<WireSpawn>(&aligned(&bytes)).ok(),
        Some(spawn)
    );
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

/// Runs the accepting side on `input`: its result, what it wrote, and what the handshake
/// itself allocated.
fn accept(input: Vec<u8>) -> (Result<handshake::Peer, HandshakeError>, Vec<u8>, usize) {
    let mut stream = AssertAsync::new(Scripted {
        input: std::io::Cursor::new(input),
        output: Vec::new(),
    });
    let (identity, cookie) = (identity(1), Cookie::new("secret"));
    let (result, allocated) =
        allocated_by(|| block_on(handshake::accept(&mut stream, &identity, &cookie)));
    (result, stream.into_inner().output, allocated)
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
    for_each_seed(|_, rng| {
        let mut input = client_hello("secret");
        mutate(rng, &mut input);
        let input_len = input.len();
        let (result, _, allocated) = accept(input);
        assert!(
            result.is_err(),
            "a mutated hello with no proof cannot succeed"
        );
        // A mutated length may announce up to the handshake maximum, allocated before
        // the stream runs dry; past that, only the decode's share and our own messages.
        let bound = HANDSHAKE_BYTES_MAX
            + DECODE_ALLOC_BYTES_PER_INPUT_BYTE_MAX * input_len
            + REFUSED_HANDSHAKE_ALLOC_BYTES_MAX;
        assert!(
            allocated <= bound,
            "allocated {allocated} bytes, over {bound}"
        );
        let garbage: Vec<u8> = (0..rng.usize(0..64)).map(|_| rng.u8(..)).collect();
        assert!(accept(garbage).0.is_err());
    });
    // A huge announced length is refused before its body is allocated.
    let mut huge = encode_header(FrameKind::Handshake, 100).to_vec();
    huge[0..4].copy_from_slice(&u32::MAX.to_le_bytes());
    let (result, _, allocated) = accept(huge);
    assert!(result.is_err());
    assert!(
        allocated <= REFUSED_HANDSHAKE_ALLOC_BYTES_MAX,
        "allocated {allocated} bytes for a frame it refused"
    );
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
    let (result, _, _) = accept(transcript);
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
    assert!(
        matches!(accepted, Err(HandshakeError::CookieMismatch)),
        "the accepting node says why: {accepted:?}"
    );
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

/// Writes the seed corpora of `net/fuzz` (run by hand after a format change:
/// `cargo test -p hearth-net --test fuzz_wire -- --ignored write_fuzz_seeds`): real
/// records bodies (mode byte 1: the target seals them, and 3: seals them encrypted), and
/// real first messages of both handshake sides.
#[test]
#[ignore = "writes the fuzz seed corpora into the source tree"]
fn write_fuzz_seeds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let write = |target: &str, name: String, bytes: &[u8]| {
        let path = dir.join(target);
        std::fs::create_dir_all(&path).unwrap();
        std::fs::write(path.join(name), bytes).unwrap();
    };
    let mut rng = fastrand::Rng::with_seed(16);
    for n in 0..4u8 {
        let (body, _) = valid_body(&mut rng);
        for mode in [1u8, 3] {
            write(
                "node_frame",
                format!("records-{n}-mode{mode}"),
                &[&[mode][..], &body].concat(),
            );
        }
    }
    write(
        "handshake",
        "accept-hello".into(),
        &[&[0][..], &client_hello("fuzz-cookie")].concat(),
    );
    let (_, server_said, _) = accept(client_hello("secret"));
    write(
        "handshake",
        "connect-hello-ack".into(),
        &[&[1][..], &server_said].concat(),
    );
}
