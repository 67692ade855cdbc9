//! Frame protection after the handshake: every frame on an established link carries an
//! authentication tag, so bytes injected or altered on the way are detected and the link
//! is dropped; a node may also encrypt what it sends.
//!
//! # Keys
//! Each direction has its own 256-bit key, derived in the handshake from the cookie and
//! both fresh challenges (`handshake::LinkKeys`): HMAC-SHA256(cookie, label ‖ `cc` ‖ `cs`
//! ‖ ids) with the label `hearth-link-c2s` for what the connecting side sends and
//! `hearth-link-s2c` for the other way. A recorded link's frames are worth nothing on
//! another connection, and the cookie never keys a frame itself.
//!
//! # Trailer
//! After the handshake, every frame (header and body, as `frame.rs` lays them out) is
//! followed by a [`TAG_BYTES`]-byte AES-256-GCM tag. The nonce (12 bytes) is the frame's
//! number in its direction (u64 little-endian, from 0; not sent, both sides count), the
//! frame kind byte, the flags byte, and two zero bytes. Header byte 6 carries the flags:
//! bit 0 set means the body is encrypted (AES-256-GCM, no additional data); clear, the
//! body travels in clear as the additional data, so the tag is a GMAC over it. Other flag
//! bits are refused. The body length is bound by GCM's length block, the kind and flags
//! by the nonce; the version and reserved byte must hold their fixed values anyway.
//! A frame dropped, repeated, reordered, taken from the other direction, or with a
//! flipped flag fails like an altered one.
//!
//! Encryption is the sender's choice (`DistConfig::encrypt`); every node reads both.
//! AES-GCM runs on the CPU's AES and carry-less multiply instructions (ring's assembly):
//! a GMAC over a 1 MiB frame costs well under a millisecond here.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, Tag, UnboundKey};

use crate::frame::FRAME_HEADER_BYTES;

/// Bytes of the tag after each frame.
pub const TAG_BYTES: usize = 16;
/// Where the flags byte sits in a frame header.
pub const FLAGS_AT: usize = 6;
/// Flag: the body is encrypted.
pub const FLAG_ENCRYPTED: u8 = 1;

/// A direction's key.
pub type LinkKey = [u8; 32];

/// A frame on an established link failed its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("frame {seq} failed authentication (bytes altered or injected on the link)")]
pub struct SealError {
    /// The frame's number in its direction.
    pub seq: u64,
}

fn aead_key(key: &LinkKey) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).expect("a 32-byte key"))
}

fn nonce(seq: u64, kind: u8, flags: u8) -> Nonce {
    let mut bytes = [0u8; NONCE_LEN];
    bytes[..8].copy_from_slice(&seq.to_le_bytes());
    bytes[8] = kind;
    bytes[9] = flags;
    Nonce::assume_unique_for_key(bytes)
}

/// The sending side of a direction: appends each frame's tag.
pub struct Sealer {
    key: LessSafeKey,
    seq: u64,
    encrypt: bool,
}

impl Sealer {
    /// Seals frames under `key`, numbering from 0, encrypting their bodies if `encrypt`.
    pub fn new(key: &LinkKey, encrypt: bool) -> Self {
        Self {
            key: aead_key(key),
            seq: 0,
            encrypt,
        }
    }

    /// Seals `frame` (a whole frame: header, then body): sets its flags, encrypts its
    /// body if asked, appends the tag.
    pub fn seal(&mut self, frame: &mut Vec<u8>) {
        assert!(frame.len() >= FRAME_HEADER_BYTES, "a whole frame");
        let flags = if self.encrypt { FLAG_ENCRYPTED } else { 0 };
        frame[FLAGS_AT] = flags;
        let nonce = nonce(self.seq, frame[4], flags);
        let (_, body) = frame.split_at_mut(FRAME_HEADER_BYTES);
        let sealed = if self.encrypt {
            self.key
                .seal_in_place_separate_tag(nonce, Aad::empty(), body)
        } else {
            self.key
                .seal_in_place_separate_tag(nonce, Aad::from(&*body), &mut [])
        };
        let tag = sealed.expect("a frame is far below GCM's length limit");
        frame.extend_from_slice(tag.as_ref());
        self.seq += 1;
    }
}

/// The receiving side of a direction: checks each frame's tag, decrypting its body.
pub struct Opener {
    key: LessSafeKey,
    seq: u64,
}

impl Opener {
    /// Checks frames under `key`, numbering from 0.
    pub fn new(key: &LinkKey) -> Self {
        Self {
            key: aead_key(key),
            seq: 0,
        }
    }

    /// Checks the next frame (its `header` as received, its `body`) against its `tag`
    /// in constant time, and decrypts the body in place if the sender encrypted it.
    /// Returns the header with its flags cleared (what `frame::decode_header` checks).
    ///
    /// # Errors
    /// [`SealError`] when it does not match; the link must then be dropped (the numbering
    /// is lost).
    pub fn open(
        &mut self,
        header: [u8; FRAME_HEADER_BYTES],
        body: &mut [u8],
        tag: &[u8; TAG_BYTES],
    ) -> Result<[u8; FRAME_HEADER_BYTES], SealError> {
        let seq = self.seq;
        let error = SealError { seq };
        let flags = header[FLAGS_AT];
        if flags & !FLAG_ENCRYPTED != 0 {
            return Err(error);
        }
        let nonce = nonce(seq, header[4], flags);
        let tag = Tag::try_from(&tag[..]).map_err(|_| error)?;
        let opened = if flags & FLAG_ENCRYPTED != 0 {
            self.key
                .open_in_place_separate_tag(nonce, Aad::empty(), tag, body, 0..)
                .map(|_| ())
        } else {
            self.key
                .open_in_place_separate_tag(nonce, Aad::from(&*body), tag, &mut [], 0..)
                .map(|_| ())
        };
        opened.map_err(|_| error)?;
        self.seq += 1;
        let mut cleared = header;
        cleared[FLAGS_AT] = 0;
        Ok(cleared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::{FrameKind, encode_header};

    fn frame(body: &[u8]) -> Vec<u8> {
        let mut frame = encode_header(FrameKind::Records, body.len()).to_vec();
        frame.extend_from_slice(body);
        frame
    }

    fn split(sealed: &[u8]) -> ([u8; FRAME_HEADER_BYTES], Vec<u8>, [u8; TAG_BYTES]) {
        let (rest, trailer) = sealed.split_at(sealed.len() - TAG_BYTES);
        let (header, body) = rest.split_at(FRAME_HEADER_BYTES);
        (
            header.try_into().unwrap(),
            body.to_vec(),
            trailer.try_into().unwrap(),
        )
    }

    /// Opens `sealed` with `opener`: the body as opened.
    fn open(opener: &mut Opener, sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        let (header, mut body, tag) = split(sealed);
        let cleared = opener.open(header, &mut body, &tag)?;
        assert_eq!(cleared[FLAGS_AT], 0);
        Ok(body)
    }

    fn seal_all(sealer: &mut Sealer, bodies: &[&[u8]]) -> Vec<Vec<u8>> {
        bodies
            .iter()
            .map(|body| {
                let mut frame = frame(body);
                sealer.seal(&mut frame);
                frame
            })
            .collect()
    }

    #[test]
    fn sealed_frames_open_in_order_in_both_modes() {
        let bodies: [&[u8]; 3] = [b"first", b"second", b""];
        for encrypt in [false, true] {
            let key = [7; 32];
            let sealed = seal_all(&mut Sealer::new(&key, encrypt), &bodies);
            let mut opener = Opener::new(&key);
            for (frame, body) in sealed.iter().zip(bodies) {
                if !body.is_empty() {
                    let shows = frame.windows(body.len()).any(|window| window == body);
                    assert_eq!(shows, !encrypt, "encrypted bodies do not show");
                }
                assert_eq!(open(&mut opener, frame).unwrap(), body);
            }
        }
    }

    #[test]
    fn a_flipped_bit_in_the_kind_flags_body_or_tag_fails() {
        // (The length, version and reserved bytes are the reader's to check:
        // `frameio::tests` flips every bit of a sealed frame on a stream.)
        for encrypt in [false, true] {
            let key = [7; 32];
            let sealed = &seal_all(&mut Sealer::new(&key, encrypt), &[b"a body of a frame"])[0];
            let covered = [4, FLAGS_AT]
                .into_iter()
                .chain(FRAME_HEADER_BYTES..sealed.len());
            for byte in covered {
                for bit in 0..8 {
                    let mut bad = sealed.clone();
                    bad[byte] ^= 1 << bit;
                    let opened = open(&mut Opener::new(&key), &bad);
                    assert_eq!(opened, Err(SealError { seq: 0 }), "byte {byte} bit {bit}");
                }
            }
        }
    }

    #[test]
    fn dropped_repeated_or_foreign_frames_fail() {
        let key = [1; 32];
        let sealed = seal_all(&mut Sealer::new(&key, false), &[b"a", b"a"]);
        assert_ne!(
            sealed[0], sealed[1],
            "the same body is sealed differently each time"
        );
        assert!(
            open(&mut Opener::new(&key), &sealed[1]).is_err(),
            "the first was dropped"
        );
        let mut opener = Opener::new(&key);
        assert!(open(&mut opener, &sealed[0]).is_ok());
        assert!(open(&mut opener, &sealed[0]).is_err(), "repeated");
        let foreign = open(&mut Opener::new(&[2; 32]), &sealed[0]);
        assert!(foreign.is_err(), "another key (the other direction's)");
    }
}
