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

/// Validates and decodes `bytes` (which must be 16-byte aligned, as record payloads are).
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

    #[test]
    fn garbage_is_refused_not_trusted() {
        let mut rng = fastrand::Rng::with_seed(9);
        for _ in 0..2_000 {
            let len = rng.usize(0..200);
            let bytes: Vec<u8> = (0..len).map(|_| rng.u8(..)).collect();
            let aligned = aligned_copy(&bytes);
            let _ = decode::<WireSignal>(&aligned);
            let _ = decode::<WireControl>(&aligned);
        }
    }

    fn aligned_copy(bytes: &[u8]) -> AlignedVec {
        let mut aligned = AlignedVec::new();
        aligned.extend_from_slice(bytes);
        aligned
    }
}
