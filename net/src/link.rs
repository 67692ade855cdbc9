//! Connection tasks: dialling with backoff, accepting, the handshake, and the reader,
//! writer and heartbeat loops of an established connection.
//!
//! Failure handling: any error on a connection — a bad frame, an invalid record, a read
//! that times out after `down_after`, a failed write — ends it, and with it the session
//! with that node (see `cluster.rs`). Bad input is logged with the peer's address and
//! never affects anything else on the node.

use std::cell::Cell;
use std::net::SocketAddr;
use std::os::fd::{AsRawFd, RawFd};
use std::rc::Rc;
use std::time::Duration;
use std::time::Instant;

use futures_lite::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use hearth_engine::io::{self, Preallocated, TcpListener, TcpStream};
use hearth_engine::{ExitReason, Pid, RemoteShard, RemoteSignal, RequestId, ShardHandle};
use rkyv::util::AlignedVec;

use crate::cluster::Cluster;
use crate::cluster::LinkTraffic;
use crate::codec::{WireControl, WireMember, WireSignal, WireSpawn, WireSpawned, decode};
use crate::frame::{FRAME_HEADER_BYTES, Farewell, encode_header};
use crate::frame::{FrameKind, Record, RecordKind, records, request_from_bytes};
use crate::frameio::{FrameIoError, read_sealed_frame};
use crate::handshake::{self, Peer};
use crate::limits::{
    FRAME_BYTES_MAX, HANDSHAKE_TIMEOUT, HANDSHAKES_IN_FLIGHT_MAX, INBOUND_PER_NODE_MAX,
    MEMBERS_MAX, RECONNECT_BACKOFF_MAX, RECONNECT_BACKOFF_MIN, SOCKET_BUFFER_BYTES,
};
use crate::queue::SendQueue;
use crate::router::{Inbound, Net, shutdown_fd};
use crate::rtt::LinkClock;
use crate::seal::{Opener, Sealer, TAG_BYTES};

/// How long a connection that said goodbye waits for the writer to write it before it
/// closes without it (at most a heartbeat more: the pulse looks once a heartbeat). Its
/// node is reported down before (nothing waits on this but the socket): long enough for
/// a goodbye behind a slow link's backlog, so the peer does not take the close that
/// follows for a death.
const GOODBYE_WRITE_MAX: Duration = Duration::from_secs(5);
/// How often a reader that stopped for congestion looks again.
const CONGESTION_POLL: Duration = Duration::from_micros(200);
/// Receive buffer per connection: large reads, few syscalls.
const RECEIVE_BUFFER_BYTES: usize = 256 * 1024;

type Stream = io::BufferedTcpStream;

/// Sets the socket options every connection gets.
fn configure(stream: &TcpStream) {
    // SAFETY: the fd belongs to `stream`, alive for this call.
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(stream.as_raw_fd()) };
    let socket = socket2::SockRef::from(&fd);
    let _ = socket.set_tcp_nodelay(true);
    let _ = socket.set_keepalive(true);
    let _ = socket.set_send_buffer_size(SOCKET_BUFFER_BYTES);
    let _ = socket.set_recv_buffer_size(SOCKET_BUFFER_BYTES);
}

/// Keeps this shard connected to `addr`, reconnecting with backoff.
pub(crate) async fn dial(handle: ShardHandle, net: Net, addr: SocketAddr) {
    let mut backoff = RECONNECT_BACKOFF_MIN;
    loop {
        if connected_to(&net, addr) {
            io::sleep(RECONNECT_BACKOFF_MIN).await;
            continue;
        }
        match connect_once(&handle, &net, addr).await {
            Ok(ran_for) if ran_for > RECONNECT_BACKOFF_MAX => backoff = RECONNECT_BACKOFF_MIN,
            Ok(_) => {}
            Err(why) => tracing::debug!(%addr, why, "connection attempt failed"),
        }
        io::sleep(backoff).await;
        backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
    }
}

/// Whether this shard already has a connection to the node at `addr`.
fn connected_to(net: &Net, addr: SocketAddr) -> bool {
    let net = net.borrow();
    let Some(node) = net.cluster.up_at(addr) else {
        return false;
    };
    net.links.get(&node).is_some_and(|link| link.fd.is_some())
}

/// One connection to `addr`, from connect to close; how long it was established.
async fn connect_once(
    handle: &ShardHandle,
    net: &Net,
    addr: SocketAddr,
) -> Result<Duration, String> {
    let cluster = std::sync::Arc::clone(&net.borrow().cluster);
    let stream = io::timeout(HANDSHAKE_TIMEOUT, TcpStream::connect(addr))
        .await
        .ok_or("connect timed out")?
        .map_err(|error| error.to_string())?;
    if stream.local_addr().ok() == stream.peer_addr().ok() {
        return Err("connected to itself (nobody listens there)".into());
    }
    if let Ok(local) = stream.local_addr() {
        cluster.note_own(local.ip());
    }
    configure(&stream);
    let fd = stream.as_raw_fd();
    let mut stream = stream.buffered_with(Preallocated::new(RECEIVE_BUFFER_BYTES));
    let identity = cluster.identity().cloned().ok_or("identity not set")?;
    let peer = io::timeout(
        HANDSHAKE_TIMEOUT,
        handshake::connect(&mut stream, &identity, &cluster.config.cookie),
    )
    .await
    .ok_or("handshake timed out")?
    .map_err(|error| {
        tracing::warn!(%addr, %error, "handshake with peer failed");
        cluster.note_cookie(
            addr,
            matches!(error, handshake::HandshakeError::CookieMismatch),
        );
        error.to_string()
    })?;
    cluster.note_cookie(addr, false);
    let peer = reachable(peer, Some(addr.ip()));
    cluster.report_up(&peer);
    let (queue, generation) = {
        let mut shard_net = net.borrow_mut();
        let link = shard_net
            .link(peer.node)
            .ok_or("node went down during the handshake")?;
        if link.fd.is_some() {
            return Err("already connected".into());
        }
        let (queue, generation) = (Rc::clone(&link.queue), link.generation);
        shard_net.links.get_mut(&peer.node).expect("just made").fd = Some(fd);
        introduce(&mut shard_net, &peer);
        (queue, generation)
    };
    let established = Instant::now();
    let end = run_connection(handle, net, stream, (&peer, generation), &queue, fd).await;
    retire_link(net, &peer, &queue);
    cluster.report_down(peer.node, generation, &end);
    Ok(established.elapsed())
}

fn retire_link(net: &Net, peer: &Peer, queue: &Rc<SendQueue>) {
    queue.close();
    let mut shard_net = net.borrow_mut();
    if shard_net
        .links
        .get(&peer.node)
        .is_some_and(|link| Rc::ptr_eq(&link.queue, queue))
    {
        shard_net.links.remove(&peer.node);
    }
}

/// Tells a new peer the members we know and the global names our processes hold.
fn introduce(shard_net: &mut crate::router::ShardNet, peer: &Peer) {
    let cluster = std::sync::Arc::clone(&shard_net.cluster);
    let members = cluster
        .up_listens()
        .into_iter()
        .chain(std::iter::once(cluster.config.announced()))
        .map(|listen| WireMember {
            node: 0,
            name: String::new(),
            listen: listen.to_string(),
        })
        .collect();
    shard_net.control(peer.node, &WireControl::Members(members));
    let Some(identity) = cluster.identity() else {
        return;
    };
    for (name, pid) in cluster.names_of(identity.node) {
        shard_net.control(
            peer.node,
            &WireControl::NameRegistered(name, pid.to_bytes()),
        );
    }
}

/// Counts an inbound handshake while it runs (see [`HANDSHAKES_IN_FLIGHT_MAX`]).
struct Handshaking(Rc<Cell<usize>>);

impl Handshaking {
    /// A slot for one more handshake, or `None` at the cap.
    fn enter(count: &Rc<Cell<usize>>) -> Option<Self> {
        if count.get() >= HANDSHAKES_IN_FLIGHT_MAX {
            return None;
        }
        count.set(count.get() + 1);
        Some(Self(Rc::clone(count)))
    }
}

impl Drop for Handshaking {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

/// Accepts connections on this shard's listener; at most [`HANDSHAKES_IN_FLIGHT_MAX`]
/// handshakes run at once, and a connection past that is closed at once.
pub(crate) async fn listen(handle: ShardHandle, net: Net, listener: TcpListener) {
    let handshakes = Rc::new(Cell::new(0));
    let mut refused = 0u64;
    loop {
        match listener.accept().await {
            Ok(stream) => match Handshaking::enter(&handshakes) {
                Some(slot) => {
                    let serve = serve_inbound(handle.clone(), Rc::clone(&net), stream, slot);
                    handle.spawn(serve);
                }
                None => {
                    refused += 1;
                    if refused.is_power_of_two() {
                        tracing::warn!(
                            refused,
                            "too many handshakes in flight; refusing connections"
                        );
                    }
                    drop(stream);
                }
            },
            Err(error) => {
                tracing::warn!(%error, "accept failed");
                io::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

/// The peer with an address others can dial: a node that listens on every interface
/// (`0.0.0.0`, `::`) announces an address nobody can reach it at, so it is known by its
/// port at the address its connection is seen from (an inbound connection's source, or the
/// address we dialed). Every node then learns and passes on a reachable address.
fn reachable(mut peer: Peer, seen_at: Option<std::net::IpAddr>) -> Peer {
    if peer.listen.ip().is_unspecified()
        && let Some(ip) = seen_at
    {
        peer.listen.set_ip(ip);
    }
    peer
}

/// One accepted connection, from handshake to close; `slot` is held through the
/// handshake.
async fn serve_inbound(handle: ShardHandle, net: Net, stream: TcpStream, slot: Handshaking) {
    configure(&stream);
    let seen_from = stream.peer_addr().ok().map(|addr| addr.ip());
    if let Ok(local) = stream.local_addr() {
        net.borrow().cluster.note_own(local.ip());
    }
    let peer_addr = stream
        .peer_addr()
        .map_or_else(|_| "?".to_owned(), |addr| addr.to_string());
    let fd = stream.as_raw_fd();
    let mut stream: Stream = stream.buffered_with(Preallocated::new(RECEIVE_BUFFER_BYTES));
    let cluster = std::sync::Arc::clone(&net.borrow().cluster);
    let Some(identity) = cluster.identity().cloned() else {
        return;
    };
    let accepted = io::timeout(
        HANDSHAKE_TIMEOUT,
        handshake::accept(&mut stream, &identity, &cluster.config.cookie),
    )
    .await;
    drop(slot);
    let peer = match accepted {
        Some(Ok(peer)) => reachable(peer, seen_from),
        Some(Err(error)) => {
            return tracing::warn!(peer = %peer_addr, %error, "refused a connection");
        }
        None => {
            return tracing::warn!(peer = %peer_addr, "refused a connection: handshake timed out");
        }
    };
    let held = net
        .borrow()
        .inbound
        .iter()
        .filter(|entry| entry.node == peer.node)
        .count();
    if held >= INBOUND_PER_NODE_MAX {
        return tracing::warn!(peer = %peer_addr, node = %peer.name, held, "refused a connection: that node holds too many");
    }
    let generation = cluster.report_up(&peer);
    let closed = Rc::new(std::cell::Cell::new(false));
    let queue = Rc::new(SendQueue::default());
    let inbound = Inbound {
        node: peer.node,
        generation,
        fd,
        closed: Rc::clone(&closed),
        queue: Rc::clone(&queue),
    };
    net.borrow_mut().inbound.push(inbound);
    let end = run_connection(&handle, &net, stream, (&peer, generation), &queue, fd).await;
    closed.set(true);
    net.borrow_mut().inbound.retain(|entry| !entry.closed.get());
    cluster.report_down(peer.node, generation, &end);
}

/// How a connection ended: why, and whether it was the peer's silence (it may still run:
/// a stall, a cut) rather than a connection closed or broken.
pub(crate) struct LinkEnd {
    pub(crate) why: String,
    pub(crate) silent: bool,
}

/// Runs an established connection until it fails: the writer drains `queue` (records,
/// and heartbeats the pulse asks for), the reader delivers what arrives, and the pulse
/// gives the peer (of session `generation`) up after `down_after` of silence — reported
/// at once, the connection then ending with its goodbye. Returns how it ended.
async fn run_connection(
    handle: &ShardHandle,
    net: &Net,
    stream: Stream,
    (peer, generation): (&Peer, u64),
    queue: &SendQueue,
    fd: RawFd,
) -> LinkEnd {
    let cluster = std::sync::Arc::clone(&net.borrow().cluster);
    let last_read = Cell::new(Instant::now());
    let (mut read, mut write) = futures_lite::io::split(stream);
    let traffic = cluster.traffic(peer.node);
    let clock = LinkClock::new();
    let sealer = Sealer::new(&peer.keys.send, cluster.config.encrypt);
    let writing = write_loop(&mut write, queue, sealer, (&traffic, &clock));
    let opener = Opener::new(&peer.keys.receive);
    let heard_goodbye = Cell::new(None);
    let reading = read_loop(
        handle,
        net,
        &mut read,
        peer,
        (&last_read, &heard_goodbye, queue),
        (opener, &traffic, &clock),
    );
    let beat = Beat::default();
    let down_after = cluster.config.down_after;
    let give_up = || {
        let end = link_end(Ok(()), None, &beat, down_after);
        cluster.report_down(peer.node, generation, &end);
    };
    let pulse = pulse(
        queue,
        &last_read,
        (cluster.config.heartbeat, down_after),
        (&beat, &give_up),
    );
    let outcome = futures_lite::future::or(writing, futures_lite::future::or(reading, pulse)).await;
    shutdown_fd(fd);
    link_end(outcome, heard_goodbye.get(), &beat, down_after)
}

/// A goodbye frame read from the peer, with its farewell (`None`: a reason this build
/// does not know).
#[derive(Clone, Copy)]
struct Heard(Option<Farewell>);

/// How a connection ended, from what ended it first, the peer's goodbye if it said one,
/// and what the pulse saw. The peer may still run (`silent`) unless it closed the
/// connection without a word while this node was running and hearing it (its process
/// died, most likely).
fn link_end(
    outcome: Result<(), String>,
    heard: Option<Heard>,
    beat: &Beat,
    down_after: Duration,
) -> LinkEnd {
    let end = |why: String, silent: bool| LinkEnd { why, silent };
    match heard {
        Some(Heard(Some(Farewell::NotHearing))) => {
            end("it heard nothing from this node".into(), true)
        }
        Some(Heard(None)) => end("it said goodbye".into(), true),
        None if beat.silent.get() => end(format!("silent for {down_after:?}"), true),
        None => end(
            outcome.err().unwrap_or_else(|| "closed".into()),
            beat.stalled(down_after),
        ),
    }
}

/// What a connection's pulse saw: whether it ended the link for the peer's silence, and
/// when it last ran.
struct Beat {
    silent: Cell<bool>,
    /// When the pulse last woke (its timer is due every heartbeat).
    ticked: Cell<Instant>,
    /// Whether the pulse once woke more than the down-detection time after the time
    /// before.
    late: Cell<bool>,
}

impl Default for Beat {
    fn default() -> Self {
        Self {
            silent: Cell::new(false),
            ticked: Cell::new(Instant::now()),
            late: Cell::new(false),
        }
    }
}

impl Beat {
    /// The pulse woke: notes whether it woke late.
    fn tick(&self, down_after: Duration) {
        if self.stalled(down_after) {
            self.late.set(true);
        }
        self.ticked.set(Instant::now());
    }

    /// Whether *this* node stalled (SIGSTOP, a pause of its host) for longer than
    /// `down_after` during the link's life: its pulse ran late, or has not run for that
    /// long. A link that ends so counts as silent, whatever ended it first: the peer has
    /// given the link up for this node's silence and closed it, and this side may read
    /// that close (after the heartbeats the kernel kept meanwhile) before its pulse runs —
    /// the peer is then as likely to be running as after a cut.
    fn stalled(&self, down_after: Duration) -> bool {
        self.late.get() || self.ticked.get().elapsed() > down_after
    }
}

/// Writes whatever the queue holds, one write per frame (sealed with its MAC trailer),
/// as soon as it holds it.
async fn write_loop<W: AsyncWrite + Unpin>(
    write: &mut W,
    queue: &SendQueue,
    mut sealer: Sealer,
    (traffic, clock): (&LinkTraffic, &LinkClock),
) -> Result<(), String> {
    loop {
        queue.ready().await;
        if queue.is_closed() {
            return Ok(());
        }
        for mut frame in queue.take() {
            if frame.len() == FRAME_HEADER_BYTES && frame[4] == FrameKind::Heartbeat as u8 {
                frame = heartbeat_frame(clock);
            }
            sealer.seal(&mut frame);
            traffic.sent(frame.len());
            write
                .write_all(&frame)
                .await
                .map_err(|error| error.to_string())?;
        }
        write.flush().await.map_err(|error| error.to_string())?;
        queue.written();
        if queue.said_goodbye().is_some() {
            return Ok(());
        }
    }
}

/// A heartbeat frame carrying its timing (`rtt.rs`).
fn heartbeat_frame(clock: &LinkClock) -> Vec<u8> {
    let body = clock.heartbeat();
    let mut frame = encode_header(FrameKind::Heartbeat, body.len()).to_vec();
    frame.extend_from_slice(&body);
    frame
}

/// Asks for a heartbeat every `heartbeat`. Once nothing was read for `down_after`, says
/// so in `beat`, calls `give_up` (the node is reported down then, not once the goodbye is
/// out), and has the writer end the connection with a goodbye.
async fn pulse(
    queue: &SendQueue,
    last_read: &Cell<Instant>,
    (heartbeat, down_after): (Duration, Duration),
    (beat, give_up): (&Beat, &dyn Fn()),
) -> Result<(), String> {
    loop {
        io::sleep(heartbeat).await;
        beat.tick(down_after);
        if queue.is_closed() {
            return Ok(());
        }
        if let Some(since) = queue.goodbye_pending_since() {
            if since.elapsed() >= GOODBYE_WRITE_MAX {
                // Not written in time (the peer reads nothing): closed without it.
                return Ok(());
            }
            continue;
        }
        if last_read.get().elapsed() > down_after {
            // Said, so the peer, if it runs, knows it was not heard rather than taking
            // this node for dead; the writer ends the connection once it is written.
            beat.silent.set(true);
            give_up();
            queue.say_goodbye(Farewell::NotHearing);
        } else {
            queue.request_heartbeat();
        }
    }
}

/// Reads frames until the connection fails, goes silent, or sends something invalid.
async fn read_loop<R: AsyncRead + Unpin>(
    handle: &ShardHandle,
    net: &Net,
    read: &mut R,
    peer: &Peer,
    (last_read, heard_goodbye, queue): (&Cell<Instant>, &Cell<Option<Heard>>, &SendQueue),
    (mut opener, traffic, clock): (Opener, &LinkTraffic, &LinkClock),
) -> Result<(), String> {
    let mut body = AlignedVec::new();
    loop {
        let kind = read_sealed_frame(read, &mut body, FRAME_BYTES_MAX, &mut opener)
            .await
            .map_err(|error| {
                if matches!(error, FrameIoError::Seal(_)) {
                    let cluster = &net.borrow().cluster;
                    cluster.seal_failures.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    tracing::warn!(peer = %peer.listen, node = %peer.name, %error, "closing connection");
                }
                error.to_string()
            })?;
        traffic.received(FRAME_HEADER_BYTES + body.len() + TAG_BYTES);
        if queue.is_saying_goodbye() {
            // This side gives the connection up: nothing more is delivered from it, and
            // the writer (or the pulse) ends it once the goodbye is out.
            return futures_lite::future::pending().await;
        }
        last_read.set(Instant::now());
        match kind {
            FrameKind::Heartbeat => {
                if let Some(rtt_ns) = clock.heard(&body) {
                    traffic.round_trip(rtt_ns);
                }
            }
            FrameKind::Goodbye => {
                heard_goodbye.set(Some(Heard(Farewell::from_body(&body))));
                return Ok(());
            }
            FrameKind::Handshake => return Err("handshake frame after the handshake".into()),
            FrameKind::Records => {
                dispatch(handle, net, peer, &body, last_read)
                    .await
                    .map_err(|why| {
                        tracing::warn!(peer = %peer.listen, node = %peer.name, why, "closing connection: invalid records");
                        why
                    })?;
            }
        }
    }
}

/// Stops reading while what this shard passes on to its other shards piles up (the
/// engine's `congested`): TCP then fills, and the peer's senders are refused.
async fn back_off_while_congested(handle: &ShardHandle, last_read: &Cell<Instant>) {
    while handle.with(|shard| shard.congested()).await {
        io::sleep(CONGESTION_POLL).await;
        // Not silence: this side chose not to read.
        last_read.set(Instant::now());
    }
}

/// Delivers one frame's records into the shard — one visit to the shard per frame, unless
/// what it passes on to other shards piles up: then it stops after the record that did
/// it, waits for the backlog to drain, and goes on (so the backlog exceeds the bound by
/// one record at most).
async fn dispatch(
    handle: &ShardHandle,
    net: &Net,
    peer: &Peer,
    body: &[u8],
    last_read: &Cell<Instant>,
) -> Result<(), String> {
    let mut done = 0;
    loop {
        let (delivered, finished) = handle
            .with(|shard| deliver_until_congested(shard, net, peer, body, done))
            .await?;
        done = delivered;
        if finished {
            return Ok(());
        }
        back_off_while_congested(handle, last_read).await;
    }
}

/// Delivers the records of `body` from the `skip`-th on until the shard is congested:
/// how many are delivered in all, and whether that is all of them.
fn deliver_until_congested(
    shard: &mut RemoteShard<'_>,
    net: &Net,
    peer: &Peer,
    body: &[u8],
    skip: usize,
) -> Result<(usize, bool), String> {
    let mut delivered = skip;
    for record in records(body).skip(skip) {
        let record = record.map_err(|error| error.to_string())?;
        deliver(shard, net, peer, record)?;
        delivered += 1;
        if shard.congested() {
            return Ok((delivered, false));
        }
    }
    Ok((delivered, true))
}

fn own_pid(shard: &RemoteShard<'_>, bytes: [u8; 16]) -> Result<Pid, String> {
    let pid = Pid::from_bytes(bytes);
    if pid.node() != shard.node() || pid.shard() >= shard.shards() {
        return Err(format!("record for {pid}, not a process of this node"));
    }
    Ok(pid)
}

fn deliver(
    shard: &mut RemoteShard<'_>,
    net: &Net,
    peer: &Peer,
    record: Record<'_>,
) -> Result<(), String> {
    let malformed = |error: hearth_engine::WireError| error.to_string();
    match record.kind {
        RecordKind::Message => {
            let to = own_pid(shard, record.pid)?;
            shard
                .deliver_encoded(peer.node, to, record.code, record.payload)
                .map_err(malformed)
        }
        RecordKind::Reply => {
            let caller = own_pid(shard, record.pid)?;
            let (id_shard, key, seq) = request_from_bytes(record.extra);
            let request = RequestId::from_parts(id_shard, key, seq);
            shard
                .deliver_reply_encoded(caller, request, record.code, record.payload)
                .map_err(malformed)
        }
        RecordKind::Signal => {
            let to = own_pid(shard, record.pid)?;
            let signal = decode::<WireSignal>(record.payload)
                .map_err(malformed)?
                .into_signal();
            if signal.sender().node() != peer.node {
                return Err("signal claims a sender on another node".into());
            }
            shard.signal(to, signal);
            Ok(())
        }
        RecordKind::SpawnRequest => {
            let caller = Pid::from_bytes(record.pid);
            let spawn = decode::<WireSpawn>(record.payload).map_err(malformed)?;
            let request = hearth_engine::RemoteSpawn {
                behaviour: spawn.behaviour,
                args: spawn.args,
            };
            let result = shard.spawn_behaviour(&request);
            net.borrow_mut().spawn_answer(caller, record.extra, &result);
            Ok(())
        }
        RecordKind::SpawnAnswer => {
            let caller = own_pid(shard, record.pid)?;
            let (id_shard, key, seq) = request_from_bytes(record.extra);
            let result = decode::<WireSpawned>(record.payload)
                .map_err(malformed)?
                .into_result();
            shard.spawned(caller, RequestId::from_parts(id_shard, key, seq), result);
            Ok(())
        }
        RecordKind::Control => {
            let control = decode::<WireControl>(record.payload).map_err(malformed)?;
            apply_control(shard, &net.borrow().cluster, peer, control)
        }
    }
}

fn apply_control(
    shard: &mut RemoteShard<'_>,
    cluster: &Cluster,
    peer: &Peer,
    control: WireControl,
) -> Result<(), String> {
    match control {
        WireControl::Members(members) => {
            if members.len() > MEMBERS_MAX {
                return Err("too many members announced".into());
            }
            cluster.learn(
                members
                    .iter()
                    .filter_map(|member| member.listen.parse().ok()),
            );
        }
        WireControl::NameRegistered(name, pid) => {
            let pid = Pid::from_bytes(pid);
            if pid.node() != peer.node {
                return Err("name registered for another node's process".into());
            }
            if let Some(loser) = cluster.merge_name(&name, pid)
                && loser.node() == shard.node()
            {
                let reason = ExitReason::custom(format!("global name conflict: {name}"));
                shard.signal(
                    loser,
                    RemoteSignal::Exit {
                        from: loser,
                        reason,
                        kind: 1,
                    },
                );
            }
        }
        WireControl::NameReleased(name, pid) => cluster.release_name(&name, Pid::from_bytes(pid)),
        WireControl::Window(pid, open) => {
            let receiver = Pid::from_bytes(pid);
            if receiver.node() != peer.node {
                return Err("window notice for another node's process".into());
            }
            shard.window(receiver, open);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOWN_AFTER: Duration = Duration::from_millis(1500);

    /// A beat whose pulse last ran `ago`.
    fn beat_ticked(ago: Duration) -> Beat {
        let beat = Beat::default();
        beat.ticked
            .set(Instant::now().checked_sub(ago).expect("a clock past boot"));
        beat
    }

    #[test]
    fn a_pulse_on_time_is_no_stall() {
        let beat = beat_ticked(Duration::from_millis(500));
        assert!(!beat.stalled(DOWN_AFTER));
        beat.tick(DOWN_AFTER);
        assert!(!beat.stalled(DOWN_AFTER));
    }

    /// The case seen in the fault schedule: a gate stopped for 2 s read its peer's close
    /// (after the heartbeats the kernel kept) before its pulse ran again; the link must
    /// still end as silent, so the gate waits for its players' node as after a stall.
    #[test]
    fn a_pulse_that_has_not_run_for_the_down_time_means_this_node_stalled() {
        let beat = beat_ticked(Duration::from_secs(2));
        assert!(beat.stalled(DOWN_AFTER));
    }

    /// What each way of ending tells the cluster: whether the peer may still run.
    #[test]
    fn a_goodbye_says_whether_the_peer_runs_on() {
        let on_time = beat_ticked(Duration::from_millis(100));
        let silent = |heard| link_end(Err("i/o: reset".into()), heard, &on_time, DOWN_AFTER).silent;
        assert!(!silent(None), "closed without a word: died");
        assert!(
            silent(Some(Heard(Some(Farewell::NotHearing)))),
            "it runs, and gave this node up"
        );
        assert!(silent(Some(Heard(None))), "a newer reason: it runs");
    }

    #[test]
    fn a_late_pulse_is_remembered_once_it_ran_again() {
        let beat = beat_ticked(Duration::from_secs(2));
        beat.tick(DOWN_AFTER);
        assert!(beat.stalled(DOWN_AFTER), "the late tick is kept");
    }
}
