//! One client connection's io: a reader task that turns frames into messages for the
//! connection's gate process, and a writer task that drains its outbox.
//!
//! The reader checks only the frame head (length within [`CLIENT_FRAME_BYTES_MAX`]);
//! everything else — known ids, protobuf validity, rate, login — is the gate process's
//! job. A frame with a bad length is answered `ERROR_BAD_FRAME` and the connection closes.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures_lite::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use hearth_engine::io::{Preallocated, TcpStream};
use hearth_engine::{Addr, ShardHandle, SpawnOptions};

use hearth_protocol::{self as proto, FRAME_HEAD_BYTES, FrameHead};

use crate::metrics::ShardCounts;
use crate::outbox::{CLOSE_FLUSH_TIMEOUT, Outbox};
use crate::process::Gate;
use crate::shared::Shared;
use crate::tls::TLS_HANDSHAKE_TIMEOUT;
use crate::websocket::{self, WS_HANDSHAKE_TIMEOUT, WsBytes};
use crate::wire::GateMsg;
use futures_rustls::TlsAcceptor;

/// Receive buffer per connection: small, since 50,000 connections share a node.
const READ_BUFFER_BYTES: usize = 2048;
/// Messages a gate process may have waiting: client frames (already rate limited) and
/// answers. A client that outruns its gate anyway is told `OVERLOADED` and dropped.
const GATE_MAILBOX_LEN_MAX: usize = 512;
/// How long a closing connection keeps draining the client's input after the goodbye.
const LINGER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);
/// How often a reader whose gate's mailbox is full tries again.
const FULL_MAILBOX_RETRY: std::time::Duration = std::time::Duration::from_millis(1);
/// How long a reader waits for room in its gate's mailbox before the client is told
/// `OVERLOADED`: a gate process takes thousands of frames a second, so a full mailbox
/// that does not drain for this long is a gate that is stuck, not one that is busy.
const FULL_MAILBOX_WAIT_MAX: std::time::Duration = std::time::Duration::from_secs(1);
/// Bytes read at a time while discarding input.
const DISCARD_CHUNK_BYTES: usize = 1024;
/// The kernel's send buffer per client socket (Linux doubles it for its bookkeeping).
/// Set explicitly, it stops the kernel's autotuning, which grows a stalled client's
/// buffer to megabytes: a client that does not read then holds at most the outbox
/// ([`crate::outbox::OUTBOX_BYTES_MAX`]) and this, and its goodbye is not queued behind
/// megabytes it will never read. 64 KiB still fills a busy client's pipe (pushes are
/// small; a burst of replies is well under it).
pub const CLIENT_SEND_BUFFER_BYTES: usize = 64 * 1024;

/// Counts a connection while it lives.
struct Open<'a>(&'a AtomicUsize);

impl Drop for Open<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// How a client port carries frames.
#[derive(Clone)]
pub(crate) enum Transport {
    /// Frames on TCP.
    Plain,
    /// Frames inside TLS (`tls.rs`).
    Tls(TlsAcceptor),
    /// One frame per binary WebSocket message (`websocket.rs`).
    WebSocket,
}

/// Serves one accepted connection until it closes, over its port's `transport` (the
/// checks that need no bytes come first, then a TLS or WebSocket handshake).
pub(crate) async fn serve(
    handle: ShardHandle,
    mut stream: TcpStream,
    shared: Rc<Shared>,
    transport: Transport,
) {
    let _ = stream.set_nodelay(true);
    limit_send_buffer(&stream);
    let peer = stream.peer_addr().map(|addr| addr.ip());
    // Before a TLS or WebSocket handshake there is no channel for a goodbye: those just
    // close.
    let plain = matches!(transport, Transport::Plain);
    if let Ok(peer) = peer
        && !shared.throttle.admit(peer, std::time::Instant::now())
    {
        shared.counts.shard(handle.shard()).throttled();
        if plain {
            say_over(&mut stream, "too many connections from your address").await;
        }
        return;
    }
    let open = Open(&shared.open);
    if shared.open.fetch_add(1, Ordering::Relaxed) >= shared.config.connections_max {
        if plain {
            refuse(&mut stream, "the node is at its connection limit").await;
        }
        return;
    }
    let counts = shared.counts.shard(handle.shard());
    match transport {
        Transport::Plain => {
            let stream = stream.buffered_with(Preallocated::new(READ_BUFFER_BYTES));
            run(&handle, stream, &shared, peer.ok()).await;
        }
        Transport::Tls(acceptor) => {
            match hearth_engine::io::timeout(TLS_HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                Some(Ok(stream)) => run(&handle, stream, &shared, peer.ok()).await,
                Some(Err(_)) | None => counts.tls_failed(),
            }
        }
        Transport::WebSocket => {
            let upgrade =
                async_tungstenite::accept_async_with_config(stream, Some(websocket::config()));
            match hearth_engine::io::timeout(WS_HANDSHAKE_TIMEOUT, upgrade).await {
                Some(Ok(ws)) => run(&handle, WsBytes::new(ws), &shared, peer.ok()).await,
                Some(Err(_)) | None => counts.ws_failed(),
            }
        }
    }
    drop(open);
}

/// Runs a connection whose checks passed (plain, or past its TLS or WebSocket
/// handshake): its gate process, then the conversation until either side ends.
async fn run<S: AsyncRead + AsyncWrite + Unpin>(
    handle: &ShardHandle,
    mut stream: S,
    shared: &Shared,
    peer: Option<std::net::IpAddr>,
) {
    let outbox = Rc::new(Outbox::default());
    let gate = Gate::new(Rc::clone(&outbox), shared, peer);
    let options = SpawnOptions::default().mailbox_len_max(GATE_MAILBOX_LEN_MAX);
    let spawned = handle
        .with(|shard| shard.ctx().spawn_root_opts(gate, options))
        .await;
    let Ok(gate) = spawned else {
        return refuse(&mut stream, "the shard is at its process limit").await;
    };
    let key = shared.gates.add(gate);
    let (mut read, mut write) = futures_lite::io::split(stream);
    let counts = shared.counts.shard(handle.shard());
    let why = converse(handle, gate, &outbox, (&mut read, &mut write), counts).await;
    shared.gates.remove(key);
    handle
        .with(|shard| {
            let _ = shard.ctx().send(gate, GateMsg::Closed(why));
        })
        .await;
}

/// Which side of a connection ended first.
enum End {
    Reader(String),
    Writer(String),
    /// Closing, and the writer could not flush in time.
    Stuck,
}

/// Runs the connection: frames in, frames out, until either side ends. A close the gate
/// asks for (a goodbye) then gets [`CLOSE_FLUSH_TIMEOUT`] to flush while input is
/// discarded, and a lingering close ([`LINGER_TIMEOUT`]): closing with unread input
/// would reset the connection and destroy the goodbye before the client reads it.
async fn converse<R, W>(
    handle: &ShardHandle,
    gate: Addr<GateMsg>,
    outbox: &Outbox,
    (read, write): (&mut R, &mut W),
    counts: &ShardCounts,
) -> String
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut writing = std::pin::pin!(write_frames(outbox, write, counts));
    let reading = async { End::Reader(read_frames(handle, gate, outbox, read, counts).await) };
    let written = async { End::Writer((&mut writing).await) };
    let stuck = async {
        outbox.closed().await;
        hearth_engine::io::sleep(CLOSE_FLUSH_TIMEOUT).await;
        End::Stuck
    };
    let end = futures_lite::future::or(futures_lite::future::or(reading, written), stuck).await;
    let why = match end {
        End::Stuck => return "the client did not read its goodbye".to_owned(),
        End::Reader(why) if !outbox.is_closing() => return why,
        End::Writer(why) if !outbox.is_closing() => return why,
        End::Writer(why) => why,
        End::Reader(why) => {
            let flushed = async { Some((&mut writing).await) };
            let deadline = async {
                discard(read).await;
                hearth_engine::io::sleep(CLOSE_FLUSH_TIMEOUT).await;
                None
            };
            match futures_lite::future::or(flushed, deadline).await {
                Some(_) => why,
                None => return "the client did not read its goodbye".to_owned(),
            }
        }
    };
    let _ = hearth_engine::io::timeout(LINGER_TIMEOUT, discard(read)).await;
    why
}

/// Reads and drops input until the client closes (or the connection fails).
async fn discard<R: AsyncRead + Unpin>(read: &mut R) {
    let mut sink = [0; DISCARD_CHUNK_BYTES];
    while matches!(read.read(&mut sink).await, Ok(read) if read > 0) {}
}

/// Says `Bye(OVERLOADED)` to a client this node cannot take, and closes.
async fn refuse<S: AsyncWrite + Unpin>(stream: &mut S, why: &str) {
    tracing::warn!(why, "refusing a client");
    say_over(stream, why).await;
}

/// Says `Bye(OVERLOADED, why)` and closes (no log line: a storm of these is counted in
/// the metrics instead).
async fn say_over<S: AsyncWrite + Unpin>(stream: &mut S, why: &str) {
    let bye = proto::Bye {
        reason: proto::ErrorCode::ErrorOverloaded as i32,
        message: why.to_owned(),
    };
    let mut frame = Vec::new();
    proto::encode_into(&mut frame, proto::MessageId::Bye, &bye);
    let _ = stream.write_all(&frame).await;
    let _ = stream.close().await;
}

async fn read_frames<R: AsyncRead + Unpin>(
    handle: &ShardHandle,
    gate: Addr<GateMsg>,
    outbox: &Outbox,
    read: &mut R,
    counts: &ShardCounts,
) -> String {
    let mut head = [0; FRAME_HEAD_BYTES];
    loop {
        // The length first: a bad one is refused without waiting for the id's bytes.
        let (length_field, id_field) = head.split_at_mut(proto::FRAME_LENGTH_BYTES);
        if let Err(error) = read.read_exact(length_field).await {
            return error.to_string();
        }
        let field = length_field.try_into().expect("the length field's 4 bytes");
        if let Err(length) = proto::parse_length(field) {
            return say_bye(
                outbox,
                proto::ErrorCode::ErrorBadFrame,
                &format!("bad frame length {length}"),
            );
        }
        if let Err(error) = read.read_exact(id_field).await {
            return error.to_string();
        }
        let (id, length) = match proto::parse_head(head) {
            FrameHead::Frame { id, payload } => (id, payload),
            FrameHead::BadLength(length) => {
                return say_bye(
                    outbox,
                    proto::ErrorCode::ErrorBadFrame,
                    &format!("bad frame length {length}"),
                );
            }
        };
        let mut payload = vec![0; length];
        if let Err(error) = read.read_exact(&mut payload).await {
            return error.to_string();
        }
        counts.frame_in(FRAME_HEAD_BYTES + length);
        if !deliver(handle, gate, GateMsg::Frame(id, payload)).await {
            return say_bye(
                outbox,
                proto::ErrorCode::ErrorOverloaded,
                "sending faster than the gate can take",
            );
        }
    }
}

/// Sets the socket's send buffer to [`CLIENT_SEND_BUFFER_BYTES`] (a socket that refuses
/// keeps the kernel's default: the outbox still bounds what the gate holds).
fn limit_send_buffer(stream: &TcpStream) {
    use std::os::fd::AsRawFd;
    let bytes = libc::c_int::try_from(CLIENT_SEND_BUFFER_BYTES).unwrap_or(libc::c_int::MAX);
    // SAFETY: setsockopt on a socket this task owns, with a pointer to a c_int that
    // lives through the call and its exact size.
    let result = unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_SNDBUF,
            std::ptr::from_ref(&bytes).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if result != 0 {
        tracing::debug!(error = %std::io::Error::last_os_error(), "SO_SNDBUF not set");
    }
}

/// Gives a frame to the connection's gate process. While its mailbox is full the reader
/// waits (and reads nothing: the client's writes back up in TCP), trying again every
/// [`FULL_MAILBOX_RETRY`] for at most [`FULL_MAILBOX_WAIT_MAX`]. A burst of frames in one
/// write is thus taken at the gate's pace, and its token bucket answers each one; only a
/// gate that takes nothing for that long is overloaded. Whether it was delivered.
async fn deliver(handle: &ShardHandle, gate: Addr<GateMsg>, message: GateMsg) -> bool {
    let mut message = message;
    // Read the clock only once the mailbox is full: the common frame goes at once.
    let mut give_up = None;
    loop {
        let sent = handle
            .with(move |shard| shard.ctx().send(gate, message))
            .await;
        match sent {
            Ok(()) => return true,
            Err(hearth_engine::SendError::Full(back)) => {
                let now = std::time::Instant::now();
                if now >= *give_up.get_or_insert(now + FULL_MAILBOX_WAIT_MAX) {
                    return false;
                }
                message = back;
                hearth_engine::io::sleep(FULL_MAILBOX_RETRY).await;
            }
            Err(_) => return false,
        }
    }
}

/// Queues a goodbye from the connection itself and asks the writer to close.
fn say_bye(outbox: &Outbox, reason: proto::ErrorCode, message: &str) -> String {
    let bye = proto::Bye {
        reason: reason as i32,
        message: message.to_owned(),
    };
    outbox.last_word(|out| proto::encode_into(out, proto::MessageId::Bye, &bye));
    message.to_owned()
}

async fn write_flushed<W: AsyncWrite + Unpin>(write: &mut W, bytes: &[u8]) -> std::io::Result<()> {
    write.write_all(bytes).await?;
    write.flush().await
}

async fn write_frames<W: AsyncWrite + Unpin>(
    outbox: &Outbox,
    write: &mut W,
    counts: &ShardCounts,
) -> String {
    let mut spare = Vec::new();
    loop {
        outbox.ready().await;
        let bytes = outbox.take(spare);
        // Flushed at once: a TLS or WebSocket transport holds what it is given until then.
        if !bytes.is_empty()
            && let Err(error) = write_flushed(write, &bytes).await
        {
            return error.to_string();
        }
        counts.wrote(bytes.len());
        if outbox.is_closing() && outbox.is_empty() {
            let _ = write.flush().await;
            let _ = write.close().await;
            return "closed by the gate".into();
        }
        spare = bytes;
        spare.clear();
    }
}
