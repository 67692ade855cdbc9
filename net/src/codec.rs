//! rkyv encoding of messages and of the distribution layer's own records: exit reasons,
//! signals, spawn requests and answers, handshake and control messages.
//!
//! Received bytes are always validated (`rkyv::from_bytes`, with bytecheck) before use;
//! nothing here trusts its input.

use hearth_engine::{ExitReason, MonitorRef, Pid, RemoteSignal, RemoteSpawnError, WireError};
use rkyv::api::high::{HighSerializer, HighValidator};
use rkyv::bytecheck::CheckBytes;
use rkyv::de::Pool;
use rkyv::rancor::{Error, Strategy};
use rkyv::ser::allocator::ArenaHandle;
use rkyv::util::AlignedVec;
use rkyv::{Archive, Deserialize, Serialize};

thread_local! {
    /// Reused serialization buffer: one per thread, so encoding allocates nothing once warm.
    static SCRATCH: std::cell::RefCell<AlignedVec> = std::cell::RefCell::new(AlignedVec::new());
}

/// Appends the rkyv archive of `value` to `out`.
///
/// # Errors
/// [`WireError::Malformed`] if rkyv refuses the value.
pub fn encode<T>(value: &T, out: &mut Vec<u8>) -> Result<(), WireError>
where
    T: for<'a> Serialize<HighSerializer<AlignedVec, ArenaHandle<'a>, Error>>,
{
    SCRATCH.with(|scratch| {
        let mut buffer = std::mem::take(&mut *scratch.borrow_mut());
        buffer.clear();
        let result = rkyv::api::high::to_bytes_in::<_, Error>(value, buffer);
        match result {
            Ok(buffer) => {
                out.extend_from_slice(&buffer);
                *scratch.borrow_mut() = buffer;
                Ok(())
            }
            Err(error) => Err(WireError::Malformed(error.to_string())),
        }
    })
}

/// Bytes a decode may allocate per byte it is given, for the records of this crate and for
/// messages built of plain fields, strings, vectors, options and boxes. rkyv validates the
/// whole archive before it allocates anything, and every out-of-line value it then builds
/// lies inside the input, so the decoded heap grows with the input. The worst ratio comes
/// from a vector of small structs holding strings: an archived string is 8 bytes (up to 8
/// bytes of text inline), a `String` is 24 bytes plus its text on the heap; a
/// [`WireMember`] is 20 archived bytes and up to 72 decoded ones (3.6 per byte). So a
/// frame of at most [`crate::limits::FRAME_BYTES_MAX`] costs at most four times that in
/// decoded values, whatever a hostile peer puts in it.
pub const DECODE_ALLOC_BYTES_PER_INPUT_BYTE_MAX: usize = 4;
/// Bytes a decode may allocate besides [`DECODE_ALLOC_BYTES_PER_INPUT_BYTE_MAX`] per input
/// byte: the text of the error when the bytes are refused (a refused decode allocates
/// nothing else: validation comes first). The text names the check that failed and the
/// fields it was in, not the input, so its length depends on the type's nesting, not on
/// the bytes: about 110 bytes for this crate's records, and this leaves room for user
/// messages nested several times deeper.
pub const DECODE_ALLOC_BYTES_FIXED_MAX: usize = 1024;

/// Validates and decodes `bytes` (which must be 16-byte aligned, as record payloads are).
///
/// A decode of `n` hostile bytes allocates at most
/// `DECODE_ALLOC_BYTES_PER_INPUT_BYTE_MAX * n + DECODE_ALLOC_BYTES_FIXED_MAX` bytes
/// (`net/tests/fuzz_wire.rs` holds it to that with a counting allocator).
///
/// # Errors
/// [`WireError::Malformed`] for bytes that are not a valid archive of `T`.
pub fn decode<T>(bytes: &[u8]) -> Result<T, WireError>
where
    T: Archive,
    T::Archived:
        for<'a> CheckBytes<HighValidator<'a, Error>> + Deserialize<T, Strategy<Pool, Error>>,
{
    rkyv::from_bytes::<T, Error>(bytes).map_err(|error| WireError::Malformed(error.to_string()))
}

/// Implements [`hearth_engine::WireMessage`] for an rkyv type under a stable name:
///
/// ```
/// #[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
/// struct Ping(u64);
/// hearth_net::wire_message!(Ping, "example.Ping");
/// ```
#[macro_export]
macro_rules! wire_message {
    ($type:ty, $name:expr) => {
        impl $crate::__private::WireMessage for $type {
            const NAME: &'static str = $name;
            fn encode(&self, out: &mut Vec<u8>) -> Result<(), $crate::__private::WireError> {
                $crate::codec::encode(self, out)
            }
            fn decode(bytes: &[u8]) -> Result<Self, $crate::__private::WireError> {
                $crate::codec::decode(bytes)
            }
        }
    };
}

/// An rkyv field wrapper that stores a [`Pid`] as its 16 wire bytes, so messages can
/// carry pids as pids: `#[rkyv(with = hearth_net::codec::PidBytes)] person: Pid`.
pub struct PidBytes;

impl rkyv::with::ArchiveWith<Pid> for PidBytes {
    type Archived = <[u8; 16] as Archive>::Archived;
    type Resolver = <[u8; 16] as Archive>::Resolver;

    fn resolve_with(field: &Pid, resolver: Self::Resolver, out: rkyv::Place<Self::Archived>) {
        field.to_bytes().resolve(resolver, out);
    }
}

impl<S: rkyv::rancor::Fallible + ?Sized> rkyv::with::SerializeWith<Pid, S> for PidBytes {
    fn serialize_with(field: &Pid, serializer: &mut S) -> Result<Self::Resolver, S::Error> {
        field.to_bytes().serialize(serializer)
    }
}

impl<D: rkyv::rancor::Fallible + ?Sized> rkyv::with::DeserializeWith<[u8; 16], Pid, D>
    for PidBytes
{
    fn deserialize_with(field: &[u8; 16], _: &mut D) -> Result<Pid, D::Error> {
        Ok(Pid::from_bytes(*field))
    }
}

/// An exit reason on the wire.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct WireExit {
    code: u8,
    text: String,
    location: Option<String>,
}

impl WireExit {
    /// The wire form of `reason`.
    pub fn from_reason(reason: &ExitReason) -> Self {
        let plain = |code| WireExit {
            code,
            text: String::new(),
            location: None,
        };
        match reason {
            ExitReason::Normal => plain(0),
            ExitReason::Shutdown => plain(1),
            ExitReason::Killed => plain(2),
            ExitReason::Panic(info) => WireExit {
                code: 3,
                text: info.message.clone(),
                location: info.location.clone(),
            },
            ExitReason::Custom(text) => WireExit {
                code: 4,
                text: text.to_string(),
                location: None,
            },
            ExitReason::NoProc => plain(5),
            ExitReason::NoConnection => plain(6),
            ExitReason::MailboxOverflow => plain(7),
            ExitReason::RestartIntensity => plain(8),
            ExitReason::ProcessLimit => plain(9),
            ExitReason::SystemOverflow => plain(10),
            other => WireExit {
                code: 4,
                text: other.to_string(),
                location: None,
            },
        }
    }

    /// The reason this wire form stands for (unknown codes become a custom reason).
    pub fn into_reason(self) -> ExitReason {
        match self.code {
            0 => ExitReason::Normal,
            1 => ExitReason::Shutdown,
            2 => ExitReason::Killed,
            3 => ExitReason::Panic(std::sync::Arc::new(hearth_engine::PanicInfo {
                message: self.text,
                location: self.location,
            })),
            4 => ExitReason::custom(self.text),
            5 => ExitReason::NoProc,
            6 => ExitReason::NoConnection,
            7 => ExitReason::MailboxOverflow,
            8 => ExitReason::RestartIntensity,
            9 => ExitReason::ProcessLimit,
            10 => ExitReason::SystemOverflow,
            other => ExitReason::custom(format!("unknown exit reason code {other}")),
        }
    }
}

/// A signal on the wire.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum WireSignal {
    /// See [`RemoteSignal::Link`].
    Link([u8; 16]),
    /// See [`RemoteSignal::Unlink`].
    Unlink([u8; 16]),
    /// See [`RemoteSignal::Exit`].
    Exit([u8; 16], WireExit, u8),
    /// See [`RemoteSignal::Monitor`].
    Monitor([u8; 16], u64),
    /// See [`RemoteSignal::Demonitor`].
    Demonitor([u8; 16], u64),
    /// See [`RemoteSignal::Down`].
    Down(u64, [u8; 16], WireExit),
}

impl WireSignal {
    /// The wire form of a signal.
    pub fn from_signal(signal: &RemoteSignal) -> Self {
        match signal {
            RemoteSignal::Link { from } => Self::Link(from.to_bytes()),
            RemoteSignal::Unlink { from } => Self::Unlink(from.to_bytes()),
            RemoteSignal::Exit { from, reason, kind } => {
                Self::Exit(from.to_bytes(), WireExit::from_reason(reason), *kind)
            }
            RemoteSignal::Monitor { from, monitor } => {
                Self::Monitor(from.to_bytes(), monitor.to_bits())
            }
            RemoteSignal::Demonitor { from, monitor } => {
                Self::Demonitor(from.to_bytes(), monitor.to_bits())
            }
            RemoteSignal::Down {
                monitor,
                pid,
                reason,
            } => Self::Down(
                monitor.to_bits(),
                pid.to_bytes(),
                WireExit::from_reason(reason),
            ),
        }
    }

    /// The signal this wire form stands for.
    pub fn into_signal(self) -> RemoteSignal {
        match self {
            Self::Link(from) => RemoteSignal::Link {
                from: Pid::from_bytes(from),
            },
            Self::Unlink(from) => RemoteSignal::Unlink {
                from: Pid::from_bytes(from),
            },
            Self::Exit(from, reason, kind) => RemoteSignal::Exit {
                from: Pid::from_bytes(from),
                reason: reason.into_reason(),
                kind,
            },
            Self::Monitor(from, monitor) => RemoteSignal::Monitor {
                from: Pid::from_bytes(from),
                monitor: MonitorRef::from_bits(monitor),
            },
            Self::Demonitor(from, monitor) => RemoteSignal::Demonitor {
                from: Pid::from_bytes(from),
                monitor: MonitorRef::from_bits(monitor),
            },
            Self::Down(monitor, pid, reason) => RemoteSignal::Down {
                monitor: MonitorRef::from_bits(monitor),
                pid: Pid::from_bytes(pid),
                reason: reason.into_reason(),
            },
        }
    }
}

/// A spawn request on the wire.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct WireSpawn {
    /// The behaviour's registered name.
    pub behaviour: String,
    /// Its encoded arguments.
    pub args: Vec<u8>,
}

/// A spawn answer on the wire.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum WireSpawned {
    /// The new process.
    Spawned([u8; 16]),
    /// See [`RemoteSpawnError::UnknownBehaviour`].
    UnknownBehaviour(String),
    /// See [`RemoteSpawnError::BadArguments`].
    BadArguments(String),
    /// See [`RemoteSpawnError::Refused`].
    Refused(String),
}

impl WireSpawned {
    /// The wire form of a spawn result.
    pub fn from_result(result: &Result<Pid, RemoteSpawnError>) -> Self {
        match result {
            Ok(pid) => Self::Spawned(pid.to_bytes()),
            Err(RemoteSpawnError::UnknownBehaviour(name)) => Self::UnknownBehaviour(name.clone()),
            Err(RemoteSpawnError::BadArguments(why)) => Self::BadArguments(why.clone()),
            Err(other) => Self::Refused(other.to_string()),
        }
    }

    /// The spawn result this wire form stands for.
    pub fn into_result(self) -> Result<Pid, RemoteSpawnError> {
        match self {
            Self::Spawned(pid) => Ok(Pid::from_bytes(pid)),
            Self::UnknownBehaviour(name) => Err(RemoteSpawnError::UnknownBehaviour(name)),
            Self::BadArguments(why) => Err(RemoteSpawnError::BadArguments(why)),
            Self::Refused(why) => Err(RemoteSpawnError::Refused(why)),
        }
    }
}

/// A node as members describe each other.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash)]
pub struct WireMember {
    /// Its node id (incarnation).
    pub node: u32,
    /// Its name.
    pub name: String,
    /// Its node-to-node listen address.
    pub listen: String,
}

/// Cluster control records.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum WireControl {
    /// Nodes the sender knows (for the full mesh).
    Members(Vec<WireMember>),
    /// `name` is now held by `pid`.
    NameRegistered(String, [u8; 16]),
    /// `name` held by `pid` is released.
    NameReleased(String, [u8; 16]),
    /// The sender's process `pid` refuses the receiver's senders (`false`) or takes their
    /// messages again (`true`): engine `flow.rs`.
    Window([u8; 16], bool),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_reasons_and_signals_round_trip() {
        let pid = Pid::from_bytes([3; 16]);
        let reasons = [
            ExitReason::Normal,
            ExitReason::custom("boom"),
            ExitReason::Panic(std::sync::Arc::new(hearth_engine::PanicInfo {
                message: "bad".into(),
                location: Some("a.rs:1:2".into()),
            })),
            ExitReason::NoConnection,
        ];
        for reason in reasons {
            let signal = RemoteSignal::Exit {
                from: pid,
                reason,
                kind: 1,
            };
            let mut bytes = Vec::new();
            encode(&WireSignal::from_signal(&signal), &mut bytes).unwrap();
            let aligned = aligned_copy(&bytes);
            let back: WireSignal = decode(&aligned).unwrap();
            assert_eq!(back.into_signal(), signal);
        }
    }

    /// Random buffers per run of the garbage test.
    const GARBAGE_CASES: u64 = 5_000;
    /// Longest random buffer: room for any root of these types and some out-of-line data.
    const GARBAGE_BYTES_MAX: usize = 200;
    /// Variants of [`WireSignal`] and [`WireControl`]: a root whose tag byte is at or above
    /// this names no variant.
    const SIGNAL_VARIANTS: u8 = 6;
    const CONTROL_VARIANTS: u8 = 4;

    /// Runs `case` for every seed (or only for `HEARTH_SEED`), naming the seed that fails.
    fn for_each_seed(cases: u64, case: impl Fn(u64)) {
        if let Some(seed) = std::env::var("HEARTH_SEED")
            .ok()
            .and_then(|seed| seed.parse().ok())
        {
            return case(seed);
        }
        for seed in 0..cases {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| case(seed)));
            assert!(
                outcome.is_ok(),
                "failed for seed {seed}; replay with HEARTH_SEED={seed} cargo test -p hearth-net --lib codec"
            );
        }
    }

    fn signal_variant(signal: &WireSignal) -> u8 {
        match signal {
            WireSignal::Link(..) => 0,
            WireSignal::Unlink(..) => 1,
            WireSignal::Exit(..) => 2,
            WireSignal::Monitor(..) => 3,
            WireSignal::Demonitor(..) => 4,
            WireSignal::Down(..) => 5,
        }
    }

    fn control_variant(control: &WireControl) -> u8 {
        match control {
            WireControl::Members(..) => 0,
            WireControl::NameRegistered(..) => 1,
            WireControl::NameReleased(..) => 2,
            WireControl::Window(..) => 3,
        }
    }

    fn encoded<T>(value: &T) -> AlignedVec
    where
        T: for<'a> Serialize<HighSerializer<AlignedVec, ArenaHandle<'a>, Error>>,
    {
        let mut bytes = Vec::new();
        encode(value, &mut bytes).expect("encodable");
        aligned_copy(&bytes)
    }

    /// Holds `bytes`, decoded as `T`, to what can be told without trusting the decoder.
    ///
    /// rkyv puts the root object in the last `size_of::<T::Archived>()` bytes, and the
    /// root of an enum starts with its tag byte (`layout_is_as_the_garbage_test_assumes`
    /// checks both). So: a buffer shorter than the root, or whose tag names no variant,
    /// must be refused. A buffer that decodes is a valid encoding when the value is the
    /// variant its tag names, encodes to bytes that decode to the same value, and — when
    /// that value lies wholly in its root (no out-of-line data) — agrees with the input's
    /// root on every byte the encoder sets (padding, which the encoder zeroes and garbage
    /// does not, is all that may differ). Random bytes do validate now and then: a `Link`
    /// is a tag and 16 bytes with no invalid patterns, so about 1 buffer in 64 of
    /// sufficient length *is* a valid `Link`.
    fn check_garbage<T>(bytes: &[u8], variants: u8, variant_of: fn(&T) -> u8) -> bool
    where
        T: Archive + PartialEq + std::fmt::Debug,
        T: for<'a> Serialize<HighSerializer<AlignedVec, ArenaHandle<'a>, Error>>,
        T::Archived:
            for<'a> CheckBytes<HighValidator<'a, Error>> + Deserialize<T, Strategy<Pool, Error>>,
    {
        let root_bytes = size_of::<T::Archived>();
        let decoded = decode::<T>(bytes);
        if bytes.len() < root_bytes {
            assert!(
                decoded.is_err(),
                "{} bytes cannot hold a {root_bytes}-byte root, yet decoded: {decoded:?}",
                bytes.len()
            );
            return false;
        }
        let root = &bytes[bytes.len() - root_bytes..];
        let tag = root[0];
        if tag >= variants {
            assert!(
                decoded.is_err(),
                "tag {tag} names no variant, yet decoded: {decoded:?}"
            );
            return false;
        }
        let Ok(value) = decoded else { return false };
        assert_eq!(
            variant_of(&value),
            tag,
            "{value:?} is not the variant its tag names"
        );
        let canonical = encoded(&value);
        assert_eq!(
            decode::<T>(&canonical).as_ref().ok(),
            Some(&value),
            "re-encoding changes the value"
        );
        if canonical.len() == root_bytes {
            for (at, (&ours, &theirs)) in canonical.iter().zip(root).enumerate() {
                assert!(
                    ours == 0 || ours == theirs,
                    "root byte {at} is {theirs:#04x} in the input but {value:?} encodes it as {ours:#04x}"
                );
            }
        }
        true
    }

    #[test]
    fn garbage_is_refused_not_trusted() {
        let accepted = std::cell::Cell::new(0u64);
        for_each_seed(GARBAGE_CASES, |seed| {
            let mut rng = fastrand::Rng::with_seed(seed);
            // Half the buffers are a multiple of 16 long, so the root lands aligned and
            // the tag and field checks, not the alignment check, decide.
            let len = match rng.bool() {
                true => rng.usize(0..=GARBAGE_BYTES_MAX / 16) * 16,
                false => rng.usize(0..=GARBAGE_BYTES_MAX),
            };
            let bytes: Vec<u8> = (0..len).map(|_| rng.u8(..)).collect();
            let aligned = aligned_copy(&bytes);
            let signal = check_garbage::<WireSignal>(&aligned, SIGNAL_VARIANTS, signal_variant);
            let control = check_garbage::<WireControl>(&aligned, CONTROL_VARIANTS, control_variant);
            accepted.set(accepted.get() + u64::from(signal) + u64::from(control));
        });
        // A decoder that trusted its input would "decode" nearly every buffer; each valid
        // one above was checked. Random bytes pick a valid tag with no invalid patterns in
        // its fields about 4 times in 256 (WireSignal) and far more rarely otherwise.
        assert!(
            accepted.get() * 20 < GARBAGE_CASES,
            "{} of {GARBAGE_CASES} random buffers decoded",
            accepted.get()
        );
    }

    #[test]
    fn layout_is_as_the_garbage_test_assumes() {
        let pid = [0xa5; 16];
        let exit = WireExit::from_reason(&ExitReason::custom("far more than eight bytes"));
        let signals = [
            WireSignal::Link(pid),
            WireSignal::Unlink(pid),
            WireSignal::Exit(pid, exit.clone(), 1),
            WireSignal::Monitor(pid, 7),
            WireSignal::Demonitor(pid, 7),
            WireSignal::Down(7, pid, exit),
        ];
        let root_bytes = size_of::<<WireSignal as Archive>::Archived>();
        for signal in &signals {
            let bytes = encoded(signal);
            assert_eq!(bytes[bytes.len() - root_bytes], signal_variant(signal));
        }
        let controls = [
            WireControl::Members(Vec::new()),
            WireControl::NameRegistered("a".into(), pid),
            WireControl::NameReleased("a".into(), pid),
            WireControl::Window(pid, true),
        ];
        let root_bytes = size_of::<<WireControl as Archive>::Archived>();
        for control in &controls {
            let bytes = encoded(control);
            assert_eq!(bytes[bytes.len() - root_bytes], control_variant(control));
        }
    }

    /// Valid encodings broken where the break is known: every unknown tag, a bool that is
    /// neither 0 nor 1, text that is not UTF-8 (inline and out of line), and every
    /// truncation. Each must be refused (a truncation, or be a valid encoding of
    /// something else).
    #[test]
    fn known_invalid_encodings_are_refused() {
        let pid = [0x11; 16];
        let long_name = "a name well past the eight inline bytes";
        let values = [
            WireControl::Members(vec![WireMember {
                node: 1,
                name: long_name.into(),
                listen: "127.0.0.1:1".into(),
            }]),
            WireControl::NameRegistered("ab".into(), pid),
            WireControl::NameReleased(long_name.into(), pid),
            WireControl::Window(pid, false),
        ];
        let root_bytes = size_of::<<WireControl as Archive>::Archived>();
        for value in &values {
            let good = encoded(value);
            assert_eq!(decode::<WireControl>(&good).ok().as_ref(), Some(value));
            let root = good.len() - root_bytes;
            for tag in CONTROL_VARIANTS..=u8::MAX {
                let mut bad = good.clone();
                bad[root] = tag;
                assert!(
                    decode::<WireControl>(&bad).is_err(),
                    "{value:?} with tag {tag}"
                );
            }
            for len in 0..good.len() {
                // A cut encoding is garbage: refused, or by chance a valid encoding of
                // something (its root is then elsewhere).
                check_garbage::<WireControl>(
                    &aligned_copy(&good[..len]),
                    CONTROL_VARIANTS,
                    control_variant,
                );
            }
        }
        let (closed, open) = (
            encoded(&WireControl::Window(pid, false)),
            encoded(&WireControl::Window(pid, true)),
        );
        let differing: Vec<usize> = (0..closed.len())
            .filter(|&at| closed[at] != open[at])
            .collect();
        assert_eq!(differing.len(), 1, "one byte holds the bool");
        for byte in 2..=u8::MAX {
            let mut bad = closed.clone();
            bad[differing[0]] = byte;
            assert!(decode::<WireControl>(&bad).is_err(), "a bool of {byte}");
        }
        for (value, text) in [(&values[1], "ab"), (&values[2], long_name)] {
            let good = encoded(value);
            let at = good
                .windows(text.len())
                .position(|window| window == text.as_bytes())
                .expect("the text is in the encoding");
            // A lone continuation byte after the first: never UTF-8. (Not 0xff: an inline
            // string ends at its first 0xff, which would only shorten it.)
            let mut bad = good.clone();
            bad[at + 1] = 0x80;
            assert!(
                decode::<WireControl>(&bad).is_err(),
                "{value:?} with invalid UTF-8"
            );
        }
    }

    fn aligned_copy(bytes: &[u8]) -> AlignedVec {
        let mut aligned = AlignedVec::new();
        aligned.extend_from_slice(bytes);
        aligned
    }
}
