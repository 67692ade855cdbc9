//! Versioned state snapshots: the bytes a state is stored in — and the bytes a process
//! will travel in when it migrates to another node or shard.
//!
//! # Byte layout
//! All integers little-endian.
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 2 | magic, `b"HS"` |
//! | 2 | 1 | envelope format, [`ENVELOPE_FORMAT`] |
//! | 3 | 1 | reserved, zero |
//! | 4 | 4 | kind tag: FNV-1a (32 bits) of [`Snapshot::KIND`] |
//! | 8 | 4 | schema version the payload was written at ([`Snapshot::VERSION`] of the writer) |
//! | 12 | 4 | payload length, exactly the rest of the bytes |
//! | 16 | length | payload: the state, as the type encodes it (an rkyv archive for types using [`archive`]) |
//!
//! # Schema evolution
//! A state type names its schema version. Changing what it stores (adding a field, say)
//! means: keep the old layout as a type of its own, bump `VERSION`, and teach
//! [`Snapshot::read`] to turn the old version into the new one — Erlang's `code_change`
//! with the old version in hand. So every snapshot ever written stays loadable, and the
//! conversion is ordinary code with tests. A snapshot written by *newer* code than the
//! reader (`version > VERSION`) is refused ([`SnapshotError::Newer`]): an old node must
//! not load state it would silently truncate, which is what a rolling upgrade needs.

use rkyv::api::high::{HighSerializer, HighValidator};
use rkyv::bytecheck::CheckBytes;
use rkyv::de::Pool;
use rkyv::rancor::{Error, Strategy};
use rkyv::ser::allocator::ArenaHandle;
use rkyv::util::AlignedVec;
use rkyv::{Archive, Deserialize, Serialize};

/// The envelope's own format (not the state's schema): bumped only if this layout changes.
pub const ENVELOPE_FORMAT: u8 = 1;
/// Bytes of the envelope's header.
pub const HEADER_BYTES: usize = 16;
const MAGIC: [u8; 2] = *b"HS";

/// A state that can be stored: its kind, its schema version, and its encoding.
pub trait Snapshot: Sized {
    /// The kind of state (`"person"`): also the store's key space for it.
    const KIND: &'static str;
    /// The schema version [`Snapshot::write`] produces; bump on every change of layout.
    const VERSION: u32;

    /// Appends the state's payload, at schema [`Snapshot::VERSION`].
    ///
    /// # Errors
    /// [`SnapshotError::Malformed`] if the encoder refuses the value.
    fn write(&self, out: &mut Vec<u8>) -> Result<(), SnapshotError>;

    /// Reads a payload written at schema `version` (≤ [`Snapshot::VERSION`]), converting
    /// from older schemas. `payload` is 16-byte aligned.
    ///
    /// # Errors
    /// [`SnapshotError::Malformed`] for bytes that are not a valid payload;
    /// [`SnapshotError::UnknownVersion`] for a version this type never wrote.
    fn read(version: u32, payload: &[u8]) -> Result<Self, SnapshotError>;
}

/// Why a snapshot could not be written or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    /// The bytes are not a snapshot, or the payload is not valid for its version.
    #[error("malformed snapshot: {0}")]
    Malformed(String),
    /// The snapshot is of another kind of state.
    #[error("snapshot of another kind: expected {expected}, tag {found:#010x}")]
    WrongKind {
        /// The kind the reader expected.
        expected: &'static str,
        /// The tag found.
        found: u32,
    },
    /// Written by newer code than this reader knows.
    #[error("{kind} snapshot at schema {version} is newer than this code's {newest}")]
    Newer {
        /// The kind.
        kind: &'static str,
        /// The snapshot's schema version.
        version: u32,
        /// The newest this code knows.
        newest: u32,
    },
    /// A version this type never wrote (a gap in its history).
    #[error("{kind} has no schema {version}")]
    UnknownVersion {
        /// The kind.
        kind: &'static str,
        /// The version asked for.
        version: u32,
    },
}

/// The kind tag stored in a snapshot's header: FNV-1a, 32 bits, of the kind's name.
pub const fn kind_tag(kind: &str) -> u32 {
    let bytes = kind.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut index = 0;
    while index < bytes.len() {
        hash ^= bytes[index] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        index += 1;
    }
    hash
}

/// Encodes `state` with its header into `out` (cleared first).
///
/// # Errors
/// As [`Snapshot::write`], or [`SnapshotError::Malformed`] for a payload over 4 GiB.
pub fn encode<S: Snapshot>(state: &S, out: &mut Vec<u8>) -> Result<(), SnapshotError> {
    out.clear();
    out.extend_from_slice(&MAGIC);
    out.push(ENVELOPE_FORMAT);
    out.push(0);
    out.extend_from_slice(&kind_tag(S::KIND).to_le_bytes());
    out.extend_from_slice(&S::VERSION.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    state.write(out)?;
    let length = u32::try_from(out.len() - HEADER_BYTES)
        .map_err(|_| SnapshotError::Malformed("a payload over 4 GiB".into()))?;
    out[12..16].copy_from_slice(&length.to_le_bytes());
    Ok(())
}

/// The header of a snapshot, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// The kind tag.
    pub kind_tag: u32,
    /// The schema version of the payload.
    pub version: u32,
}

/// Reads and checks the header of `bytes` (magic, format, reserved byte, length).
///
/// # Errors
/// [`SnapshotError::Malformed`] naming the first check that failed.
pub fn header(bytes: &[u8]) -> Result<Header, SnapshotError> {
    if bytes.len() < HEADER_BYTES {
        return Err(malformed(format!(
            "{} bytes, shorter than a header",
            bytes.len()
        )));
    }
    if bytes[..2] != MAGIC {
        return Err(malformed("no snapshot magic".into()));
    }
    if bytes[2] != ENVELOPE_FORMAT || bytes[3] != 0 {
        return Err(malformed(format!(
            "envelope format {} (reserved {})",
            bytes[2], bytes[3]
        )));
    }
    let field = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let length = field(12) as usize;
    if length != bytes.len() - HEADER_BYTES {
        return Err(malformed(format!(
            "payload length {length}, but {} bytes follow the header",
            bytes.len() - HEADER_BYTES
        )));
    }
    Ok(Header {
        kind_tag: field(4),
        version: field(8),
    })
}

/// Decodes a snapshot of `S`, converting from an older schema if needed.
///
/// # Errors
/// [`SnapshotError::Malformed`], [`SnapshotError::WrongKind`], [`SnapshotError::Newer`],
/// or what [`Snapshot::read`] refuses.
pub fn decode<S: Snapshot>(bytes: &[u8]) -> Result<S, SnapshotError> {
    let header = header(bytes)?;
    if header.kind_tag != kind_tag(S::KIND) {
        return Err(SnapshotError::WrongKind {
            expected: S::KIND,
            found: header.kind_tag,
        });
    }
    if header.version > S::VERSION {
        return Err(SnapshotError::Newer {
            kind: S::KIND,
            version: header.version,
            newest: S::VERSION,
        });
    }
    let payload = &bytes[HEADER_BYTES..];
    if (payload.as_ptr() as usize).is_multiple_of(ALIGN) {
        return S::read(header.version, payload);
    }
    let mut aligned = AlignedVec::<ALIGN>::with_capacity(payload.len());
    aligned.extend_from_slice(payload);
    S::read(header.version, &aligned)
}

/// rkyv's archive alignment: payloads are read from buffers aligned to this.
const ALIGN: usize = 16;

/// Appends the rkyv archive of `value`: the payload encoding for [`Snapshot::write`].
///
/// # Errors
/// [`SnapshotError::Malformed`] if rkyv refuses the value.
pub fn archive<T>(value: &T, out: &mut Vec<u8>) -> Result<(), SnapshotError>
where
    T: for<'a> Serialize<HighSerializer<AlignedVec, ArenaHandle<'a>, Error>>,
{
    let bytes = rkyv::to_bytes::<Error>(value).map_err(|error| malformed(error.to_string()))?;
    out.extend_from_slice(&bytes);
    Ok(())
}

/// Validates and decodes an rkyv archive of `T` (a payload [`archive`] wrote): the
/// payload decoding for [`Snapshot::read`].
///
/// # Errors
/// [`SnapshotError::Malformed`] for bytes that are not a valid archive of `T`.
pub fn unarchive<T>(payload: &[u8]) -> Result<T, SnapshotError>
where
    T: Archive,
    T::Archived:
        for<'a> CheckBytes<HighValidator<'a, Error>> + Deserialize<T, Strategy<Pool, Error>>,
{
    rkyv::from_bytes::<T, Error>(payload).map_err(|error| malformed(error.to_string()))
}

fn malformed(text: String) -> SnapshotError {
    SnapshotError::Malformed(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A player's state as first shipped.
    #[derive(Archive, Serialize, Deserialize, Debug, PartialEq)]
    struct PlayerV1 {
        gold: u64,
        items: Vec<(u32, u32)>,
    }

    /// The same state after a field was added.
    #[derive(Archive, Serialize, Deserialize, Debug, PartialEq)]
    struct PlayerV2 {
        gold: u64,
        items: Vec<(u32, u32)>,
        level: u16,
    }

    impl From<PlayerV1> for PlayerV2 {
        fn from(old: PlayerV1) -> Self {
            Self {
                gold: old.gold,
                items: old.items,
                level: 1,
            }
        }
    }

    impl Snapshot for PlayerV1 {
        const KIND: &'static str = "player";
        const VERSION: u32 = 1;
        fn write(&self, out: &mut Vec<u8>) -> Result<(), SnapshotError> {
            archive(self, out)
        }
        fn read(version: u32, payload: &[u8]) -> Result<Self, SnapshotError> {
            match version {
                1 => unarchive(payload),
                version => Err(SnapshotError::UnknownVersion {
                    kind: Self::KIND,
                    version,
                }),
            }
        }
    }

    impl Snapshot for PlayerV2 {
        const KIND: &'static str = "player";
        const VERSION: u32 = 2;
        fn write(&self, out: &mut Vec<u8>) -> Result<(), SnapshotError> {
            archive(self, out)
        }
        fn read(version: u32, payload: &[u8]) -> Result<Self, SnapshotError> {
            match version {
                1 => unarchive::<PlayerV1>(payload).map(Self::from),
                2 => unarchive(payload),
                version => Err(SnapshotError::UnknownVersion {
                    kind: Self::KIND,
                    version,
                }),
            }
        }
    }

    struct Guild;
    impl Snapshot for Guild {
        const KIND: &'static str = "guild";
        const VERSION: u32 = 1;
        fn write(&self, _out: &mut Vec<u8>) -> Result<(), SnapshotError> {
            Ok(())
        }
        fn read(_version: u32, _payload: &[u8]) -> Result<Self, SnapshotError> {
            Ok(Guild)
        }
    }

    fn old_player() -> PlayerV1 {
        PlayerV1 {
            gold: 250,
            items: vec![(7, 3), (9, 1)],
        }
    }

    #[test]
    fn a_snapshot_reads_back_as_written() {
        let mut bytes = Vec::new();
        encode(&old_player(), &mut bytes).unwrap();
        assert_eq!(
            header(&bytes).unwrap(),
            Header {
                kind_tag: kind_tag("player"),
                version: 1
            }
        );
        assert_eq!(decode::<PlayerV1>(&bytes).unwrap(), old_player());
    }

    #[test]
    fn an_older_snapshot_loads_after_a_field_was_added() {
        let mut bytes = Vec::new();
        encode(&old_player(), &mut bytes).unwrap();
        let upgraded: PlayerV2 = decode(&bytes).unwrap();
        assert_eq!(
            upgraded,
            PlayerV2 {
                gold: 250,
                items: vec![(7, 3), (9, 1)],
                level: 1
            }
        );
    }

    #[test]
    fn a_newer_snapshot_is_refused_by_older_code() {
        let mut bytes = Vec::new();
        encode(&PlayerV2::from(old_player()), &mut bytes).unwrap();
        assert_eq!(
            decode::<PlayerV1>(&bytes),
            Err(SnapshotError::Newer {
                kind: "player",
                version: 2,
                newest: 1
            })
        );
    }

    #[test]
    fn a_snapshot_of_another_kind_is_refused() {
        let mut bytes = Vec::new();
        encode(&Guild, &mut bytes).unwrap();
        assert!(matches!(
            decode::<PlayerV2>(&bytes),
            Err(SnapshotError::WrongKind {
                expected: "player",
                ..
            })
        ));
    }

    #[test]
    fn an_unaligned_snapshot_still_decodes() {
        let mut bytes = vec![0u8];
        let mut snapshot = Vec::new();
        encode(&old_player(), &mut snapshot).unwrap();
        bytes.extend_from_slice(&snapshot);
        assert_eq!(decode::<PlayerV2>(&bytes[1..]).unwrap().gold, 250);
    }

    #[test]
    fn damaged_bytes_are_refused_never_trusted() {
        let mut good = Vec::new();
        encode(&old_player(), &mut good).unwrap();
        let mut rng = fastrand::Rng::with_seed(0x5eed);
        for case in 0..2_000 {
            let mut bytes = good.clone();
            match case % 3 {
                0 => bytes.truncate(rng.usize(..bytes.len())),
                1 => {
                    let at = rng.usize(HEADER_BYTES..bytes.len());
                    bytes[at] ^= 1 << rng.u8(..8);
                }
                _ => {
                    // Any header byte but the schema version (another version is a legal
                    // header: its payload is then checked by the reader).
                    let at = [0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15][rng.usize(..12)];
                    bytes[at] = bytes[at].wrapping_add(1);
                }
            }
            // A damaged payload may still be a valid archive (a flipped bit in a count);
            // what must never happen is a panic or a decode of a damaged header.
            let result = decode::<PlayerV2>(&bytes);
            if case % 3 != 1 {
                assert!(
                    result.is_err(),
                    "case {case} (seed 0x5eed): damaged header accepted"
                );
            }
        }
    }
}
