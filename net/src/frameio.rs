//! Reading and writing whole frames on an async byte stream.

use futures_lite::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use rkyv::util::AlignedVec;

use crate::frame::{FRAME_HEADER_BYTES, FrameError, FrameKind, decode_header, encode_header};

/// Why a frame could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FrameIoError {
    /// The connection failed or closed.
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    /// The bytes are not a valid frame.
    #[error("bad frame: {0}")]
    Frame(#[from] FrameError),
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
