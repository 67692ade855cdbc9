//! W6: two nodes in two OS processes on 127.0.0.1 — 100,000 ping-pongs (µs per round
//! trip), then 1,000,000 one-way `{seq, int}` messages to a remote sink (msgs/s until the
//! sink has them all). The workloads binary starts the second node itself, as a child
//! process running `workloads --w6-peer`, which prints the pids of its processes when
//! they run; the driver starts once its node has seen the peer's come up.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_engine::{
    Addr, Ctx, Node, NodeConfig, NodeId, Pid, Placement, Process, SpawnOptions, SystemMsg,
    WireTypes,
};
use hearth_net::{ClusterHandle, Cookie, DistConfig, Distribution};
use rkyv::{Archive, Deserialize, Serialize};

use crate::Line;

const COOKIE: &str = "w6-benchmark";
const WARMUP_ROUND_TRIPS: u64 = 1_000;
/// Messages a sender queues per handler call before yielding to its shard's writer.
const SEND_CHUNK: u64 = 4_096;
/// How long the peer node may take to come up (start, connect, handshake) before the run
/// is given up.
const PEER_UP_DEADLINE: Duration = Duration::from_secs(10);

/// The one message type of W6.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
enum W6Msg {
    /// Answer with `Pong` to `from`.
    Ping {
        /// The pinger's pid bytes.
        from: [u8; 16],
    },
    /// The answer.
    Pong,
    /// A one-way message: `{seq, int}`.
    Data {
        /// Sequence number.
        seq: u64,
        /// Some integer.
        value: u64,
    },
    /// Tell `from` when `count` data messages have arrived.
    Expect {
        /// Who to tell.
        from: [u8; 16],
        /// How many.
        count: u64,
    },
    /// The sink has them all.
    AllArrived,
}
hearth_net::wire_message!(W6Msg, "hearth.bench.W6Msg");

fn wire() -> Arc<WireTypes> {
    let mut wire = WireTypes::default();
    wire.register::<W6Msg>();
    Arc::new(wire)
}

fn addr(bytes: [u8; 16]) -> Addr<W6Msg> {
    Addr::from_pid(Pid::from_bytes(bytes))
}

/// Echoes pings; counts data and reports when all arrived.
struct Remote {
    received: u64,
    expected: Option<(u64, [u8; 16])>,
}

impl Process for Remote {
    type Msg = W6Msg;
    fn handle(&mut self, message: W6Msg, ctx: &mut Ctx<'_, Self>) {
        match message {
            W6Msg::Ping { from } => {
                let _ = ctx.send(addr(from), W6Msg::Pong);
            }
            W6Msg::Data { .. } => self.received += 1,
            W6Msg::Expect { from, count } => self.expected = Some((count, from)),
            W6Msg::Pong | W6Msg::AllArrived => {}
        }
        if let Some((count, from)) = self.expected
            && self.received >= count
        {
            self.expected = None;
            self.received = 0;
            let _ = ctx.send(addr(from), W6Msg::AllArrived);
        }
    }
}

/// The driving side: ping-pongs, then a stream of data, reporting through a channel.
struct Driver {
    remote: Addr<W6Msg>,
    round_trips: u64,
    messages: u64,
    sent: u64,
    started: Instant,
    report: flume::Sender<(bool, Duration)>,
}

enum Phase {
    Ping,
    Stream,
}

struct DriverProcess {
    driver: Driver,
    phase: Phase,
    left: u64,
}

impl DriverProcess {
    fn ping(&mut self, ctx: &mut Ctx<'_, Self>) {
        let from = ctx.me().to_bytes();
        let _ = ctx.send(self.driver.remote, W6Msg::Ping { from });
    }

    fn stream(&mut self, ctx: &mut Ctx<'_, Self>) {
        let driver = &mut self.driver;
        let end = (driver.sent + SEND_CHUNK).min(driver.messages);
        while driver.sent < end {
            let data = W6Msg::Data {
                seq: driver.sent,
                value: driver.sent * 3,
            };
            if ctx.send(driver.remote, data).is_err() {
                break; // The send queue to that node is full: let the writer drain it.
            }
            driver.sent += 1;
        }
        if driver.sent < driver.messages {
            let _ = ctx.send(ctx.addr(), W6Msg::Pong);
        }
    }
}

impl Process for DriverProcess {
    type Msg = W6Msg;
    fn handle(&mut self, message: W6Msg, ctx: &mut Ctx<'_, Self>) {
        match (&self.phase, message) {
            (Phase::Ping, W6Msg::Pong) => {
                self.left -= 1;
                if self.left == self.driver.round_trips {
                    self.driver.started = Instant::now();
                }
                if self.left > 0 {
                    return self.ping(ctx);
                }
                let _ = self
                    .driver
                    .report
                    .send((false, self.driver.started.elapsed()));
                self.phase = Phase::Stream;
                let from = ctx.me().to_bytes();
                let _ = ctx.send(
                    self.driver.remote,
                    W6Msg::Expect {
                        from,
                        count: self.driver.messages,
                    },
                );
                self.driver.started = Instant::now();
                self.stream(ctx);
            }
            (Phase::Stream, W6Msg::Pong) => self.stream(ctx),
            (Phase::Stream, W6Msg::AllArrived) => {
                let _ = self
                    .driver
                    .report
                    .send((true, self.driver.started.elapsed()));
            }
            _ => {}
        }
    }
}

/// A W6 node. One shard per node: pinned, each node to its own core, as two machines
/// would be. Two shards per node: unpinned, since both nodes' shards must share this
/// machine's two cores.
fn node(
    name: &str,
    shards: usize,
    cpu_offset: usize,
    seeds: Vec<SocketAddr>,
) -> (Node, ClusterHandle) {
    let dist =
        DistConfig::new("127.0.0.1:0".parse().expect("address"), Cookie::new(COOKIE)).seeds(seeds);
    let mut config = NodeConfig {
        name: name.to_owned(),
        shards,
        pin: shards == 1,
        cpu_offset,
        wire: wire(),
        ..NodeConfig::default()
    };
    let cluster = Distribution::new(dist)
        .expect("distribution")
        .install(&mut config);
    (Node::start(config).expect("node starts"), cluster)
}

/// Tells the driver of every node that comes up; says when it listens.
struct NodeWatch {
    subscribed: flume::Sender<()>,
    up: flume::Sender<NodeId>,
}

impl Process for NodeWatch {
    type Msg = ();
    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), hearth_engine::ExitReason> {
        ctx.subscribe_nodes();
        let _ = self.subscribed.send(());
        Ok(())
    }
    fn handle(&mut self, (): (), _ctx: &mut Ctx<'_, Self>) {}
    fn handle_system(&mut self, message: SystemMsg, _ctx: &mut Ctx<'_, Self>) {
        if let SystemMsg::NodeUp { node } = message {
            let _ = self.up.send(node);
        }
    }
}

/// The child side: a node with one `Remote` per shard, until stdin closes. Prints
/// `ready` and the remotes' pids (hex), one per shard in shard order.
pub fn run_peer(shards: usize, seed: SocketAddr) {
    let (peer, _cluster) = node("w6-peer", shards, 1, vec![seed]);
    let mut line = "ready".to_owned();
    for shard in 0..shards {
        let remote = Remote {
            received: 0,
            expected: None,
        };
        let options = SpawnOptions::on(Placement::Local).mailbox_len_max(2_000_000);
        let addr = peer
            .handle()
            .run_on(shard, move |ctx| {
                ctx.spawn_opts(remote, options).map(|spawned| spawned.addr)
            })
            .expect("shard")
            .expect("remote spawns");
        line.push(' ');
        line.extend(
            addr.pid()
                .to_bytes()
                .iter()
                .map(|byte| format!("{byte:02x}")),
        );
    }
    println!("{line}");
    std::io::stdout().flush().expect("stdout");
    for _ in std::io::stdin().lock().lines() {}
    peer.shutdown();
}

struct PeerProcess(Child);

impl Drop for PeerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A pid as `run_peer` prints it.
fn parse_pid(hex: &str) -> Pid {
    assert_eq!(hex.len(), 32, "a pid is 16 bytes in hex: `{hex}`");
    let byte = |at: usize| u8::from_str_radix(&hex[2 * at..2 * at + 2], 16).expect("hex pid");
    Pid::from_bytes(std::array::from_fn(byte))
}

/// Starts the peer node; returns it and its remotes, one per shard.
fn start_peer(shards: usize, seed: SocketAddr) -> (PeerProcess, Vec<Addr<W6Msg>>) {
    let exe = std::env::current_exe().expect("own path");
    let mut child = Command::new(exe)
        .args(["--w6-peer", &shards.to_string(), &seed.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the W6 peer");
    let stdout = child.stdout.take().expect("piped");
    let peer = PeerProcess(child);
    // Read on a thread, so that a peer that never gets ready fails the run by the
    // deadline (and is killed) instead of hanging it.
    let (sender, ready) = flume::bounded(1);
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = sender.send(line);
    });
    let line = ready
        .recv_timeout(PEER_UP_DEADLINE)
        .expect("the W6 peer printed its ready line within the deadline");
    let mut words = line.split_whitespace();
    assert_eq!(
        words.next(),
        Some("ready"),
        "W6 peer failed to start: `{line}`"
    );
    let remotes: Vec<_> = words.map(|hex| Addr::from_pid(parse_pid(hex))).collect();
    assert_eq!(remotes.len(), shards, "one remote per peer shard: `{line}`");
    (peer, remotes)
}

/// Starts the peer and waits until this node has it up: from then on every shard may
/// send to it (a shard's link to a node that is up is made on its first send, and what
/// is sent waits for the connection).
fn start_peer_and_wait(
    local: &Node,
    shards: usize,
    seed: SocketAddr,
) -> (PeerProcess, Vec<Addr<W6Msg>>) {
    let (subscribed, listening) = flume::bounded(1);
    let (up, ups) = flume::unbounded();
    local
        .handle()
        .spawn(0, NodeWatch { subscribed, up })
        .expect("node watch");
    listening
        .recv_timeout(PEER_UP_DEADLINE)
        .expect("the node watch subscribed");
    let (peer, remotes) = start_peer(shards, seed);
    let peer_node = remotes[0].pid().node();
    let deadline = Instant::now() + PEER_UP_DEADLINE;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match ups.recv_timeout(left) {
            Ok(node) if node == peer_node => return (peer, remotes),
            Ok(_) => {}
            Err(_) => {
                panic!("the W6 peer node {peer_node:?} did not come up within {PEER_UP_DEADLINE:?}")
            }
        }
    }
}

/// Runs W6 with `shards` shards per node; each local shard drives the remote shard of the
/// same index. Returns the line.
pub fn run(shards: usize, round_trips: u64, messages: u64) -> String {
    let (local, cluster) = node("w6-driver", shards, 0, Vec::new());
    let (_peer, remotes) = start_peer_and_wait(&local, shards, cluster.listen());
    let handle = local.handle();
    let (report, reports) = flume::unbounded();
    for (shard, &remote) in remotes.iter().enumerate() {
        let driver = Driver {
            remote,
            round_trips,
            messages: messages / shards as u64,
            sent: 0,
            started: Instant::now(),
            report: report.clone(),
        };
        let process = DriverProcess {
            driver,
            phase: Phase::Ping,
            left: round_trips + WARMUP_ROUND_TRIPS + 1,
        };
        let options = SpawnOptions::on(Placement::Local);
        let driver = handle
            .run_on(shard, move |ctx| {
                ctx.spawn_opts(process, options).map(|s| s.addr)
            })
            .expect("shard")
            .expect("driver");
        handle.send(driver, W6Msg::Pong).expect("start");
    }
    let (mut round_trip_times, mut stream_times) = (Vec::new(), Vec::new());
    for _ in 0..2 * shards {
        match reports.recv().expect("driver reports") {
            (false, elapsed) => round_trip_times.push(elapsed),
            (true, elapsed) => stream_times.push(elapsed),
        }
    }
    let rt_us = round_trip_times
        .iter()
        .map(Duration::as_secs_f64)
        .sum::<f64>()
        / shards as f64
        * 1e6
        / round_trips as f64;
    let slowest = stream_times.iter().max().copied().unwrap_or_default();
    let name = if shards == 1 {
        "W6-remote".to_owned()
    } else {
        format!("W6-remote-{shards}shards")
    };
    local.shutdown();
    Line::new("hearth", &name)
        .field("round_trips", round_trips)
        .float("us_per_rt", rt_us, 1)
        .field("messages", messages)
        .float("msgs_per_s", messages as f64 / slowest.as_secs_f64(), 0)
        .field("shards_per_node", shards)
        .finish()
}
