//! WebSocket for browser clients, optional: browsers cannot open raw TCP, so a gate given
//! `--ws-listen` also speaks the protocol over WebSocket on a port of its own.
//!
//! Contract (`docs/protocol.md`): the same frames as on TCP, exactly one frame per binary
//! WebSocket message, both ways. A text message, a binary message that is not exactly one
//! whole frame, or one over [`WS_MESSAGE_BYTES_MAX`] ends the connection (as a bad frame
//! on TCP does). Pings are answered; a close message is the end of the input.
//!
//! [`WsBytes`] turns a WebSocket into the byte stream the gate's conversation reads and
//! writes (`conn.rs`), so everything past the transport is the TCP port's code.

use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use async_tungstenite::WebSocketStream;
use async_tungstenite::tungstenite::protocol::WebSocketConfig;
use async_tungstenite::tungstenite::{Bytes, Message};
use futures_lite::Stream;
use futures_lite::io::{AsyncRead, AsyncWrite};
use futures_sink::Sink;
use hearth_protocol::{CLIENT_FRAME_BYTES_MAX, FRAME_LENGTH_BYTES};

/// Largest WebSocket message: one client frame.
pub const WS_MESSAGE_BYTES_MAX: usize = CLIENT_FRAME_BYTES_MAX;
/// Time a client has for the WebSocket upgrade (its HTTP request and our answer).
pub const WS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Bytes of written frames held before they are sent as messages (the gate's outbox
/// bounds what it writes at once; this bounds a single write).
const WRITE_PENDING_BYTES_MAX: usize = 256 * 1024;

/// The WebSocket settings of a client connection: messages and frames at most one client
/// frame.
pub fn config() -> WebSocketConfig {
    WebSocketConfig::default()
        .max_message_size(Some(WS_MESSAGE_BYTES_MAX))
        .max_frame_size(Some(WS_MESSAGE_BYTES_MAX))
}

fn invalid(why: impl Into<String>) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, why.into())
}

fn io_error(error: async_tungstenite::tungstenite::Error) -> std::io::Error {
    std::io::Error::other(error.to_string())
}

/// The byte length a frame announces in its first bytes (the whole frame: length field
/// included), if `bytes` holds them.
fn frame_len(bytes: &[u8]) -> Option<usize> {
    let field: [u8; FRAME_LENGTH_BYTES] = bytes.get(..FRAME_LENGTH_BYTES)?.try_into().ok()?;
    Some(u32::from_le_bytes(field) as usize + FRAME_LENGTH_BYTES)
}

/// A WebSocket as a byte stream of client frames (see the module docs).
pub struct WsBytes<S> {
    ws: WebSocketStream<S>,
    /// What the last message holds that the reader has not taken yet.
    incoming: Bytes,
    /// Written bytes not yet a whole frame.
    outgoing: Vec<u8>,
    /// Whole frames waiting for the sink.
    ready: std::collections::VecDeque<Vec<u8>>,
}

impl<S> WsBytes<S> {
    /// Wraps an accepted WebSocket.
    pub fn new(ws: WebSocketStream<S>) -> Self {
        Self {
            ws,
            incoming: Bytes::new(),
            outgoing: Vec::new(),
            ready: std::collections::VecDeque::new(),
        }
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> WsBytes<S> {
    /// Sends the whole frames waiting, as far as the sink takes them now.
    fn poll_send(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        while let Some(frame) = self.ready.pop_front() {
            if let Err(error) = ready!(Pin::new(&mut self.ws).poll_ready(cx)) {
                return Poll::Ready(Err(io_error(error)));
            }
            Pin::new(&mut self.ws)
                .start_send(Message::binary(frame))
                .map_err(io_error)?;
        }
        Poll::Ready(Ok(()))
    }

    /// Moves the whole frames of `outgoing` to `ready`.
    fn cut_frames(&mut self) {
        let mut start = 0;
        while let Some(len) = frame_len(&self.outgoing[start..]) {
            if self.outgoing.len() - start < len {
                break;
            }
            self.ready
                .push_back(self.outgoing[start..start + len].to_vec());
            start += len;
        }
        self.outgoing.drain(..start);
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for WsBytes<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = &mut *self;
        while this.incoming.is_empty() {
            match ready!(Pin::new(&mut this.ws).poll_next(cx)) {
                None | Some(Ok(Message::Close(_))) => return Poll::Ready(Ok(0)),
                Some(Ok(Message::Binary(bytes))) => {
                    if frame_len(&bytes) != Some(bytes.len()) {
                        let why = "a WebSocket message must hold exactly one frame";
                        return Poll::Ready(Err(invalid(why)));
                    }
                    this.incoming = bytes;
                }
                Some(Ok(Message::Text(_))) => {
                    return Poll::Ready(Err(invalid("text WebSocket message (frames are binary)")));
                }
                Some(Ok(_)) => {} // ping, pong: tungstenite answers pings itself
                Some(Err(error)) => return Poll::Ready(Err(io_error(error))),
            }
        }
        let taken = buf.len().min(this.incoming.len());
        buf[..taken].copy_from_slice(&this.incoming.split_to(taken));
        Poll::Ready(Ok(taken))
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for WsBytes<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = &mut *self;
        if this.outgoing.len() + buf.len() > WRITE_PENDING_BYTES_MAX {
            ready!(this.poll_send(cx))?;
        }
        this.outgoing.extend_from_slice(buf);
        this.cut_frames();
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let this = &mut *self;
        ready!(this.poll_send(cx))?;
        Pin::new(&mut this.ws).poll_flush(cx).map_err(io_error)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let this = &mut *self;
        ready!(this.poll_send(cx))?;
        Pin::new(&mut this.ws).poll_close(cx).map_err(io_error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_lengths_count_the_length_field() {
        assert_eq!(frame_len(&[2, 0, 0, 0, 5, 0]), Some(6));
        assert_eq!(frame_len(&[2, 0, 0]), None);
    }
}
