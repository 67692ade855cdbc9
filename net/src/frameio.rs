//! Reading and writing whole frames on an async byte stream.

use futures_lite::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use rkyv::util::AlignedVec;

use crate::frame::{FRAME_HEADER_BYTES, FrameError, FrameKind, decode_header, encode_header};
use crate::seal::{FLAGS_AT, Opener, SealError, TAG_BYTES};

/// Why a frame could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FrameIoError {
    /// The connection failed or closed.
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    /// The bytes are not a valid frame.
    #[error("bad frame: {0}")]
    Frame(#[from] FrameError),
    /// A frame on an established link failed its MAC.
    #[error(transparent)]
    Seal(#[from] SealError),
}

/// Reads one frame; its body lands in `body` (16-byte aligned). Allocates at most
/// `body_max` bytes, after checking the announced length against it.
///
/// # Errors
/// See [`FrameIoError`].
pub async fn read_frame<S: AsyncRead + Unpin>(
    stream: &mut S,
    body: &mut AlignedVec,
    body_max: usize,
) -> Result<FrameKind, FrameIoError> {
    let mut header = [0; FRAME_HEADER_BYTES];
    stream.read_exact(&mut header).await?;
    let header = decode_header(header, body_max)?;
    body.clear();
    body.resize(header.body_len, 0);
    stream.read_exact(body.as_mut_slice()).await?;
    Ok(header.kind)
}

/// Reads one frame of an established link and checks its tag with `opener` (`seal.rs`),
/// decrypting the body if it was sent encrypted; the body is not looked at before the
/// check passes. The header's flags byte is the seal's; the rest is checked as usual.
///
/// # Errors
/// See [`FrameIoError`]; [`FrameIoError::Seal`] for altered or injected bytes.
pub async fn read_sealed_frame<S: AsyncRead + Unpin>(
    stream: &mut S,
    body: &mut AlignedVec,
    body_max: usize,
    opener: &mut Opener,
) -> Result<FrameKind, FrameIoError> {
    let mut header = [0; FRAME_HEADER_BYTES];
    stream.read_exact(&mut header).await?;
    let mut unflagged = header;
    unflagged[FLAGS_AT] = 0;
    let decoded = decode_header(unflagged, body_max)?;
    body.clear();
    body.resize(decoded.body_len, 0);
    stream.read_exact(body.as_mut_slice()).await?;
    let mut tag = [0; TAG_BYTES];
    stream.read_exact(&mut tag).await?;
    opener.open(header, body.as_mut_slice(), &tag)?;
    Ok(decoded.kind)
}

/// Writes one frame.
///
/// # Errors
/// [`FrameIoError::Io`] if the connection fails.
pub async fn write_frame<S: AsyncWrite + Unpin>(
    stream: &mut S,
    kind: FrameKind,
    body: &[u8],
) -> Result<(), FrameIoError> {
    stream.write_all(&encode_header(kind, body.len())).await?;
    if !body.is_empty() {
        stream.write_all(body).await?;
    }
    stream.flush().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seal::Sealer;
    use futures_lite::future::block_on;
    use futures_lite::io::Cursor;

    #[test]
    fn every_flipped_bit_of_a_sealed_frame_on_a_stream_is_refused() {
        for encrypt in [false, true] {
            let key = [3; 32];
            let mut frame = encode_header(FrameKind::Records, 32).to_vec();
            frame.extend_from_slice(&[0x5a; 32]);
            Sealer::new(&key, encrypt).seal(&mut frame);
            let read = |bytes: Vec<u8>| {
                let mut body = AlignedVec::new();
                let mut stream = Cursor::new(bytes);
                block_on(read_sealed_frame(
                    &mut stream,
                    &mut body,
                    1024,
                    &mut Opener::new(&key),
                ))
                .map(|kind| (kind, body.to_vec()))
            };
            let (kind, body) = read(frame.clone()).expect("the sealed frame reads");
            assert_eq!((kind, body), (FrameKind::Records, vec![0x5a; 32]));
            for bit in 0..frame.len() * 8 {
                let mut bad = frame.clone();
                bad[bit / 8] ^= 1 << (bit % 8);
                assert!(read(bad).is_err(), "bit {bit} (encrypt {encrypt})");
            }
        }
    }
}
