//! Two nodes in one OS process: remote send, global names, remote spawn, links and
//! monitors across nodes, node monitors, message order across nodes.

mod support;

use std::sync::Arc;
use std::time::Duration;

use hearth_engine::{Addr, ExitReason, Node, NodeConfig, NodeId, SystemMsg};
use hearth_net::{ClusterHandle, Cookie, DistConfig, Distribution};
use support::{Echo, ProbeHandle, Seen, TestMsg, WorkerArgs, eventually};

fn start(name: &str, seeds: Vec<std::net::SocketAddr>) -> (Node, ClusterHandle) {
    let dist =
        DistConfig::new("127.0.0.1:0".parse().unwrap(), Cookie::new("test-cookie")).seeds(seeds);
    start_with(dist, name)
}

fn start_with(dist: DistConfig, name: &str) -> (Node, ClusterHandle) {
    let mut config = NodeConfig {
        name: name.into(),
        shards: 2,
        pin: false,
        shutdown_grace: Duration::from_millis(200),
        wire: Arc::new(support::wire_types()),
        behaviours: Arc::new(support::behaviours()),
        ..NodeConfig::default()
    };
    let cluster = Distribution::new(dist).unwrap().install(&mut config);
    (Node::start(config).unwrap(), cluster)
}

/// Two connected nodes: `a` (with probes) and `b` (with `echo@b`).
fn pair() -> (Node, ClusterHandle, Node, ClusterHandle) {
    let (a, a_cluster) = start("a", vec![]);
    let (b, b_cluster) = start("b", vec![a_cluster.listen()]);
    b.handle()
        .spawn(
            1,
            Echo {
                global: Some("echo@b".into()),
            },
        )
        .unwrap();
    eventually("both nodes up", || {
        a_cluster.up().len() == 1 && b_cluster.up().len() == 1
    });
    (a, a_cluster, b, b_cluster)
}

fn remote_echo(probe: &ProbeHandle) -> Addr<TestMsg> {
    eventually("echo@b known", || {
        probe.run(|ctx| ctx.whereis_global("echo@b")).is_some()
    });
    Addr::from_pid(probe.run(|ctx| ctx.whereis_global("echo@b")).unwrap())
}

#[test]
fn a_message_crosses_nodes_and_the_answer_comes_back() {
    let (a, a_cluster, _b, _) = pair();
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    let echo = remote_echo(&probe);
    let me = probe.addr.pid().to_bytes();
    eventually("links from every shard", || {
        probe.run(|ctx| ctx.nodes().len()) == 1
    });
    probe
        .run(move |ctx| ctx.send(echo, TestMsg::Ping { from: me, value: 7 }))
        .unwrap();
    assert!(matches!(
        probe.next(),
        Seen::Message(TestMsg::Pong { value: 7 })
    ));
    // The ping went out on a link to b and its pong came in: both are counted.
    let traffic = a_cluster.link_traffic();
    let (_, to_b) = traffic
        .iter()
        .find(|(member, _)| member.name == "b")
        .expect("b's links");
    assert!(to_b.sent_total().0 >= 1 && to_b.sent_total().1 > 0);
    assert!(to_b.received_total().0 >= 1 && to_b.received_total().1 > 0);
    // Idle, the link's heartbeats measure its round trip.
    eventually("a round trip measured", || to_b.last_round_trip().is_some());
    assert!(to_b.last_round_trip().unwrap() < Duration::from_secs(1));
}

#[test]
fn messages_from_one_remote_sender_arrive_in_order() {
    let (a, _, _b, _) = pair();
    let probe = ProbeHandle::spawn(&a.handle(), 1);
    let echo = remote_echo(&probe);
    let me = probe.addr.pid().to_bytes();
    eventually("links", || probe.run(|ctx| ctx.nodes().len()) == 1);
    probe
        .run(move |ctx| {
            ctx.send(
                echo,
                TestMsg::Burst {
                    to: me,
                    count: 5_000,
                },
            )
        })
        .unwrap();
    for expected in 0..5_000 {
        match probe.next() {
            Seen::Message(TestMsg::Pong { value }) => assert_eq!(value, expected),
            other => panic!("expected pong {expected}, got {other:?}"),
        }
    }
}

#[test]
fn remote_spawn_returns_the_pid_or_a_typed_error() {
    let (a, a_cluster, b, _) = pair();
    let b_id = b.handle().node_id();
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    eventually("links", || probe.run(|ctx| ctx.nodes().len()) == 1);
    let timeout = Duration::from_secs(2);
    let args = WorkerArgs { tag: 1 };
    let request = probe
        .run(move |ctx| ctx.spawn_remote(b_id, "worker", &args, timeout))
        .unwrap();
    let seen = probe.next();
    let Seen::System(SystemMsg::Spawned {
        request: answered,
        result,
    }) = seen
    else {
        panic!("expected Spawned, got {seen:?}")
    };
    assert_eq!(answered, request);
    let worker = Addr::<TestMsg>::from_pid(result.unwrap());
    assert_eq!(worker.pid().node(), b_id);
    let me = probe.addr.pid().to_bytes();
    probe
        .run(move |ctx| ctx.send(worker, TestMsg::Ping { from: me, value: 3 }))
        .unwrap();
    assert!(matches!(
        probe.next(),
        Seen::Message(TestMsg::Pong { value: 3 })
    ));
    let args = WorkerArgs { tag: 2 };
    probe
        .run(move |ctx| ctx.spawn_remote(b_id, "no-such-behaviour", &args, timeout))
        .unwrap();
    let Seen::System(SystemMsg::Spawned { result, .. }) = probe.next() else {
        panic!("expected Spawned")
    };
    assert!(
        matches!(result, Err(hearth_engine::RemoteSpawnError::UnknownBehaviour(name)) if name == "no-such-behaviour")
    );
    let _ = a_cluster;
}

#[test]
fn links_and_monitors_across_nodes_carry_the_reason() {
    let (a, _, _b, _) = pair();
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    let echo = remote_echo(&probe);
    eventually("links", || probe.run(|ctx| ctx.nodes().len()) == 1);
    let monitor = probe.run(move |ctx| {
        ctx.trap_exit(true);
        ctx.link(echo.pid());
        let monitor = ctx.monitor(echo.pid());
        ctx.send(
            echo,
            TestMsg::Exit {
                reason: "remote failure".into(),
            },
        )
        .unwrap();
        monitor
    });
    let mut saw = (false, false);
    for _ in 0..2 {
        match probe.next() {
            Seen::System(SystemMsg::Exit { from, reason }) => {
                assert_eq!(
                    (from, reason),
                    (echo.pid(), ExitReason::custom("remote failure"))
                );
                saw.0 = true;
            }
            Seen::System(SystemMsg::Down {
                monitor: fired,
                pid,
                reason,
            }) => {
                assert_eq!(
                    (fired, pid, reason),
                    (monitor, echo.pid(), ExitReason::custom("remote failure"))
                );
                saw.1 = true;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(saw, (true, true));
}

#[test]
fn a_node_shutting_down_stops_its_processes_with_shutdown_then_goes_down() {
    let (a, a_cluster, b, _) = pair();
    let b_id: NodeId = b.handle().node_id();
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    let echo = remote_echo(&probe);
    eventually("links", || probe.run(|ctx| ctx.nodes().len()) == 1);
    let me = probe.addr.pid().to_bytes();
    let monitor = probe.run(move |ctx| {
        ctx.trap_exit(true);
        ctx.link(echo.pid());
        ctx.monitor_node(b_id);
        let monitor = ctx.monitor(echo.pid());
        // Behind the link and the monitor on the same path: its answer proves `b` holds
        // both before it stops.
        ctx.send(echo, TestMsg::Ping { from: me, value: 1 })
            .unwrap();
        monitor
    });
    assert!(matches!(
        probe.next(),
        Seen::Message(TestMsg::Pong { value: 1 })
    ));
    drop(b);
    // A graceful stop: the processes end with `shutdown` (told before the connection
    // closes), then the node is reported down. A lost node is tested across processes.
    let mut seen = Vec::new();
    while seen.len() < 3 {
        match probe.next() {
            Seen::System(SystemMsg::Exit { from, reason }) => {
                seen.push(("exit", from == echo.pid(), reason))
            }
            Seen::System(SystemMsg::Down {
                monitor: fired,
                reason,
                ..
            }) => seen.push(("down", fired == monitor, reason)),
            Seen::System(SystemMsg::NodeDown { node }) => {
                seen.push(("nodedown", node == b_id, ExitReason::Shutdown))
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(
        seen.last().map(|entry| entry.0),
        Some("nodedown"),
        "{seen:?}"
    );
    for (what, right_one, reason) in seen {
        assert!(right_one, "{what} for the wrong process or node");
        assert_eq!(reason, ExitReason::Shutdown, "{what}");
    }
    eventually("b down at a", || a_cluster.up().is_empty());
}

#[test]
fn linking_to_a_process_of_an_unknown_node_gives_noconnection() {
    let (a, _) = start("lonely", vec![]);
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    let mut bytes = probe.addr.pid().to_bytes();
    bytes[0] ^= 0xff;
    let stranger = hearth_engine::Pid::from_bytes(bytes);
    probe.run(move |ctx| {
        ctx.trap_exit(true);
        ctx.link(stranger);
    });
    match probe.next() {
        Seen::System(SystemMsg::Exit { from, reason }) => {
            assert_eq!((from, reason), (stranger, ExitReason::NoConnection))
        }
        other => panic!("unexpected {other:?}"),
    }
    let sent = probe.run(move |ctx| {
        ctx.send(
            Addr::<TestMsg>::from_pid(stranger),
            TestMsg::Pong { value: 1 },
        )
        .is_err()
    });
    assert!(sent, "a send to an unconnected node is handed back");
}

/// Handles each message slowly, so a flood fills its mailbox.
struct Slow;

impl hearth_engine::Process for Slow {
    type Msg = TestMsg;
    fn init(&mut self, ctx: &mut hearth_engine::Ctx<'_, Self>) -> Result<(), ExitReason> {
        ctx.register_global("slow@b")
            .map_err(|error| ExitReason::custom(error.to_string()))
    }
    fn handle(&mut self, message: TestMsg, ctx: &mut hearth_engine::Ctx<'_, Self>) {
        std::thread::sleep(Duration::from_micros(200));
        if let TestMsg::Ping { from, value } = message {
            let to = Addr::<TestMsg>::from_pid(hearth_engine::Pid::from_bytes(from));
            let _ = ctx.send(to, TestMsg::Pong { value });
        }
    }
}

#[test]
fn a_flood_from_another_node_is_refused_to_its_sender_and_the_receiver_lives() {
    let (a, _, b, _) = pair();
    let options = hearth_engine::SpawnOptions::default().mailbox_len_max(8);
    let slow = b
        .handle()
        .run_on(0, move |shard| {
            shard.spawn_opts(Slow, options).unwrap().addr
        })
        .unwrap();
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    eventually("links", || probe.run(|ctx| ctx.nodes().len()) == 1);
    eventually("slow@b known", || {
        probe.run(|ctx| ctx.whereis_global("slow@b")).is_some()
    });
    let monitor = probe.run(move |ctx| ctx.monitor(slow.pid()));
    // Batches, each a handler of its own, so the sender's shard hears the notice between.
    let started = std::time::Instant::now();
    let mut sent = 0u64;
    loop {
        assert!(
            started.elapsed() < support::WAIT,
            "waited {:?} for node b to refuse node a's sender ({sent} sent)",
            support::WAIT
        );
        let from = sent;
        let (next, refused) = probe.run(move |ctx| {
            for value in from..from + 64 {
                match ctx.send(slow, TestMsg::Pong { value }) {
                    Ok(()) => {}
                    Err(hearth_engine::SendError::Full(_)) => return (value, true),
                    Err(error) => panic!("send {value}: {error}"),
                }
            }
            (from + 64, false)
        });
        sent = next;
        if refused {
            break;
        }
    }
    let told = b.handle().stats().unwrap().refusals_told;
    assert!(told >= 1, "node b told node a");
    // Node a heard it. (Whether a given send of the flood met that notice or the full
    // link queue first depends on timing; both hand the message back.)
    eventually("node a heard that slow@b refuses it", || {
        a.handle().stats().unwrap().refusals_heard >= 1
    });
    // The receiver drains; node a hears it takes messages again, and a ping goes through
    // (one that still met the tail of the flood may be dropped past the headroom: ping
    // again until one is answered).
    let me = probe.addr.pid().to_bytes();
    let started = std::time::Instant::now();
    let mut attempt = 1_000_000;
    'answered: loop {
        assert!(
            started.elapsed() < support::WAIT * 2,
            "waited for slow@b to answer a ping after the flood"
        );
        attempt += 1;
        let value = attempt;
        if !probe.run(move |ctx| ctx.send(slow, TestMsg::Ping { from: me, value }).is_ok()) {
            continue;
        }
        let deadline = std::time::Instant::now() + Duration::from_millis(500);
        while let Ok(seen) = probe.seen.recv_deadline(deadline) {
            if matches!(seen, Seen::Message(TestMsg::Pong { value: answered }) if answered == value)
            {
                break 'answered;
            }
        }
    }
    let alive = b
        .handle()
        .run_on(0, move |shard| shard.is_alive(slow.pid()))
        .unwrap();
    assert!(
        alive,
        "the flooded receiver lives (monitor {monitor:?} never fired)"
    );
}

#[test]
fn a_flood_of_connections_that_never_handshake_is_refused_and_a_node_still_joins() {
    use std::io::Read;
    let (a, a_cluster) = start("target", vec![]);
    eventually("the target listens", || {
        hearth_net::someone_listens(a_cluster.listen())
    });
    let cap = hearth_net::limits::HANDSHAKES_IN_FLIGHT_MAX * a.handle().shards();
    let flood: Vec<std::net::TcpStream> = (0..cap + 100)
        .map(|_| std::net::TcpStream::connect(a_cluster.listen()).expect("connect"))
        .collect();
    // The handshake timeout (2 s) ends the ones in flight; the ones past the cap are
    // closed at once: count end-of-files seen well before that timeout.
    let mut open: Vec<std::net::TcpStream> = flood;
    for stream in &open {
        stream.set_nonblocking(true).unwrap();
    }
    let deadline = std::time::Instant::now() + Duration::from_millis(1_500);
    let mut refused = 0;
    while refused < 100 && std::time::Instant::now() < deadline {
        open.retain(|stream| {
            let mut stream = stream;
            let closed = match stream.read(&mut [0; 64]) {
                Ok(0) => true,
                Ok(_) => false,
                Err(error) => error.kind() != std::io::ErrorKind::WouldBlock,
            };
            refused += usize::from(closed);
            !closed
        });
    }
    assert!(
        refused >= 100,
        "the connections past the cap ({cap}) are closed at once: {refused} closed in 1.5 s"
    );
    let (_b, b_cluster) = start("joiner", vec![a_cluster.listen()]);
    eventually("the joiner connected despite the flood", || {
        b_cluster.up().len() == 1
    });
}

#[test]
fn one_node_cannot_hold_more_connections_than_it_has_use_for() {
    use std::io::Read;
    let mut dist = DistConfig::new("127.0.0.1:0".parse().unwrap(), Cookie::new("test-cookie"));
    // A peer that never sends a heartbeat stays up for the length of the test.
    dist.down_after = Duration::from_secs(60);
    let mut config = NodeConfig {
        name: "target".into(),
        shards: 2,
        pin: false,
        shutdown_grace: Duration::from_millis(200),
        wire: Arc::new(support::wire_types()),
        ..NodeConfig::default()
    };
    let cluster = Distribution::new(dist).unwrap().install(&mut config);
    let node = Node::start(config).unwrap();
    eventually("the target listens", || {
        hearth_net::someone_listens(cluster.listen())
    });
    let identity = hearth_net::handshake::Identity {
        node: NodeId(0x00de_adbe),
        name: "greedy".into(),
        // Nobody listens there: the target's dials back fail and back off.
        listen: "127.0.0.1:9".parse().unwrap(),
        catalogue: support::wire_types().catalogue(),
    };
    let cap = hearth_net::limits::INBOUND_PER_NODE_MAX * node.handle().shards();
    let extra = 20;
    let cookie = Cookie::new("test-cookie");
    let streams: Vec<std::net::TcpStream> = (0..cap + extra)
        .map(|attempt| {
            let mut stream = std::net::TcpStream::connect(cluster.listen()).expect("connect");
            stream.set_nodelay(true).unwrap();
            let mut io = futures_lite::io::AssertAsync::new(&mut stream);
            let handshake = hearth_net::handshake::connect(&mut io, &identity, &cookie);
            futures_lite::future::block_on(handshake)
                .unwrap_or_else(|error| panic!("handshake {attempt}: {error}"));
            stream
        })
        .collect();
    // The target closes each connection past the cap right after its handshake.
    let deadline = std::time::Instant::now() + support::WAIT;
    let mut open = streams;
    for stream in &open {
        stream.set_nonblocking(true).unwrap();
    }
    let mut closed = 0;
    while closed < extra {
        assert!(
            std::time::Instant::now() < deadline,
            "waited for the target to close the {extra} connections past the cap ({closed} closed)"
        );
        open.retain(|stream| {
            let mut stream = stream;
            let mut sink = [0; 256];
            let gone = loop {
                match stream.read(&mut sink) {
                    Ok(0) => break true,
                    Ok(_) => continue,
                    Err(error) => break error.kind() != std::io::ErrorKind::WouldBlock,
                }
            };
            closed += usize::from(gone);
            !gone
        });
    }
    assert!(
        open.len() <= cap,
        "at most {cap} stay open, {} did",
        open.len()
    );
}

/// A node that listens on every interface (`0.0.0.0`, as a gate started with `--join`
/// alone does) is known to its peers at an address they can dial: its port at the address
/// its connection came from, not `0.0.0.0` (issue: App nodes could not reach such a gate
/// from another machine, and every login waited for an App node that never came).
#[test]
fn a_node_listening_everywhere_is_known_at_a_reachable_address() {
    let (a, a_cluster) = start("a", vec![]);
    let dist = DistConfig::new("0.0.0.0:0".parse().unwrap(), Cookie::new("test-cookie"))
        .seeds(vec![a_cluster.listen()]);
    let mut config = NodeConfig {
        name: "everywhere".into(),
        shards: 1,
        pin: false,
        shutdown_grace: Duration::from_millis(200),
        wire: Arc::new(support::wire_types()),
        behaviours: Arc::new(support::behaviours()),
        ..NodeConfig::default()
    };
    let b_cluster = Distribution::new(dist).unwrap().install(&mut config);
    let b = Node::start(config).unwrap();
    let port = b_cluster.listen().port();
    assert!(b_cluster.listen().ip().is_unspecified());
    eventually("a knows the node listening everywhere", || {
        a_cluster
            .members()
            .iter()
            .any(|member| member.name == "everywhere" && member.up)
    });
    let known = a_cluster
        .members()
        .into_iter()
        .find(|member| member.name == "everywhere")
        .unwrap();
    let reachable = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    assert_eq!(known.listen, reachable, "{known:?}");
    b.shutdown();
    a.shutdown();
}

/// A TCP proxy to `target` that, once, turns the 8 bytes `find` into `replace` in what
/// the dialing side sends. The end of a read that could begin `find` waits for the next
/// read (or [`PROXY_IDLE`] of quiet), so a pattern split across reads is still found.
/// Counts the connections the target side closed after the change.
struct TamperProxy {
    listen: std::net::SocketAddr,
    tampered: Arc<std::sync::atomic::AtomicBool>,
    closed_after: Arc<std::sync::atomic::AtomicUsize>,
}

impl TamperProxy {
    /// Serves `listener` (bound before the target node started, so that the node can
    /// advertise it).
    fn start(
        listener: std::net::TcpListener,
        target: std::net::SocketAddr,
        find: [u8; 8],
        replace: [u8; 8],
    ) -> Self {
        let proxy = Self {
            listen: listener.local_addr().unwrap(),
            tampered: Arc::default(),
            closed_after: Arc::default(),
        };
        let (tampered, closed_after) = (proxy.tampered.clone(), proxy.closed_after.clone());
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = std::net::TcpStream::connect(target) else {
                    continue;
                };
                let (tampered, closed_after) = (tampered.clone(), closed_after.clone());
                let (client_in, server_out) =
                    (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || copy_back(server, client));
                std::thread::spawn(move || {
                    forward_tampering(client_in, server_out, find, replace, &tampered);
                    if tampered.load(std::sync::atomic::Ordering::SeqCst) {
                        closed_after.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                });
            }
        });
        proxy
    }
}

/// Quiet after which the proxy forwards the bytes it held back.
const PROXY_IDLE: Duration = Duration::from_millis(20);

/// The length of the longest end of `bytes` that is a proper beginning of `pattern`.
fn partial_match(bytes: &[u8], pattern: &[u8]) -> usize {
    (1..pattern.len().min(bytes.len() + 1))
        .rev()
        .find(|&len| bytes.ends_with(&pattern[..len]))
        .unwrap_or(0)
}

/// Copies what the target sends back to the dialing side, until either closes.
fn copy_back(mut from: std::net::TcpStream, mut to: std::net::TcpStream) {
    let _ = std::io::copy(&mut from, &mut to);
    let _ = to.shutdown(std::net::Shutdown::Both);
    let _ = from.shutdown(std::net::Shutdown::Both);
}

/// Copies the dialing side's bytes to the target, changing `find` once; returns when the
/// target closes (a write fails) or the dialing side does.
fn forward_tampering(
    mut from: std::net::TcpStream,
    mut to: std::net::TcpStream,
    find: [u8; 8],
    replace: [u8; 8],
    tampered: &std::sync::atomic::AtomicBool,
) {
    use std::io::{Read, Write};
    let mut held: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    from.set_read_timeout(Some(PROXY_IDLE)).unwrap();
    loop {
        let read = match from.read(&mut chunk) {
            Ok(0) => break,
            Ok(read) => read,
            Err(error)
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                if to.write_all(&std::mem::take(&mut held)).is_err() {
                    break;
                }
                continue;
            }
            Err(_) => break,
        };
        held.extend_from_slice(&chunk[..read]);
        if !tampered.load(std::sync::atomic::Ordering::SeqCst)
            && let Some(at) = held.windows(8).position(|window| window == find)
        {
            held[at..at + 8].copy_from_slice(&replace);
            tampered.store(true, std::sync::atomic::Ordering::SeqCst);
        }
        let keep = partial_match(&held, &find);
        let send: Vec<u8> = held.drain(..held.len() - keep).collect();
        if to.write_all(&send).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Both);
    let _ = from.shutdown(std::net::Shutdown::Both);
}

/// The value the tamper tests put in a pong, and what the proxy turns it into.
const MARKED: u64 = 0x5EA1_ED00_C0FF_EE01;
const ALTERED: u64 = 0x5EA1_ED00_C0FF_EE02;

/// Node a, advertising a [`TamperProxy`] (so every link b opens to a crosses it), and
/// node b (encrypting what it sends if `encrypt`) with an echo on each shard
/// (`echo0@b`, `echo1@b`), both up.
fn through_a_proxy(encrypt: bool) -> (Node, ClusterHandle, Node, ClusterHandle, TamperProxy) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dist = DistConfig::new("127.0.0.1:0".parse().unwrap(), Cookie::new("test-cookie"))
        .advertise(listener.local_addr().unwrap());
    let (a, a_cluster) = start_with(dist, "a");
    let (find, replace) = (MARKED.to_le_bytes(), ALTERED.to_le_bytes());
    let proxy = TamperProxy::start(listener, a_cluster.listen(), find, replace);
    let dist = DistConfig::new("127.0.0.1:0".parse().unwrap(), Cookie::new("test-cookie"))
        .seeds([proxy.listen])
        .encrypt(encrypt);
    let (b, b_cluster) = start_with(dist, "b");
    for shard in 0..2 {
        let global = Some(format!("echo{shard}@b"));
        b.handle().spawn(shard, Echo { global }).unwrap();
    }
    eventually("both nodes up", || {
        a_cluster.up().len() == 1 && b_cluster.up().len() == 1
    });
    (a, a_cluster, b, b_cluster, proxy)
}

#[test]
fn bytes_altered_on_a_link_are_detected_and_the_link_is_dropped() {
    // b sends in clear (authenticated only), so the proxy can find the pong's value.
    let (a, a_cluster, _b, b_cluster, proxy) = through_a_proxy(false);
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    let me = probe.addr.pid().to_bytes();
    let echoes: Vec<Addr<TestMsg>> = ["echo0@b", "echo1@b"]
        .into_iter()
        .map(|name| {
            eventually(name, || {
                probe.run(move |ctx| ctx.whereis_global(name)).is_some()
            });
            Addr::from_pid(probe.run(move |ctx| ctx.whereis_global(name)).unwrap())
        })
        .collect();
    let ping_all = |value: u64| {
        for &echo in &echoes {
            let _ = probe.run(move |ctx| ctx.send(echo, TestMsg::Ping { from: me, value }));
        }
    };
    ping_all(MARKED);
    eventually("the proxy changed a pong", || {
        proxy.tampered.load(std::sync::atomic::Ordering::SeqCst)
    });
    eventually("a dropped the altered link", || {
        a_cluster.seal_failures() == 1
    });
    eventually("the proxy saw a close the connection", || {
        proxy.closed_after.load(std::sync::atomic::Ordering::SeqCst) >= 1
    });
    // The links come back (b dials again) and pongs cross; the altered one never arrives.
    eventually("both nodes up again", || {
        a_cluster.up().len() == 1 && b_cluster.up().len() == 1
    });
    // A ping sent while one of b's links still redials is lost (as in Erlang): ping
    // until a pong comes.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        ping_all(42);
        match probe.next_within(Duration::from_millis(200)) {
            Some(Seen::Message(TestMsg::Pong { value: ALTERED })) => {
                panic!("the altered pong was delivered")
            }
            Some(Seen::Message(TestMsg::Pong { value: 42 })) => break,
            _ => assert!(
                std::time::Instant::now() < deadline,
                "no pong within 10 s of the link coming back"
            ),
        }
    }
}

#[test]
fn an_encrypting_node_shows_nothing_of_its_messages_on_the_link() {
    let (a, a_cluster, _b, _b_cluster, proxy) = through_a_proxy(true);
    let probe = ProbeHandle::spawn(&a.handle(), 0);
    eventually("echo1@b known", || {
        probe.run(|ctx| ctx.whereis_global("echo1@b")).is_some()
    });
    let echo = Addr::from_pid(probe.run(|ctx| ctx.whereis_global("echo1@b")).unwrap());
    let me = probe.addr.pid().to_bytes();
    let ping = TestMsg::Ping {
        from: me,
        value: MARKED,
    };
    probe.run(move |ctx| ctx.send(echo, ping)).unwrap();
    let pong = probe.next_matching(|seen| matches!(seen, Seen::Message(TestMsg::Pong { .. })));
    assert!(matches!(
        pong,
        Seen::Message(TestMsg::Pong { value: MARKED })
    ));
    assert!(
        !proxy.tampered.load(std::sync::atomic::Ordering::SeqCst),
        "the pong crossed the proxy encrypted: its value never showed"
    );
    assert_eq!(a_cluster.seal_failures(), 0);
}
