//! Multi-process tests: real node processes on 127.0.0.1. A SIGKILLed node is seen down
//! within 2 s with `noconnection` on links and monitors; a wrong cookie is refused; a
//! restarted node is a new incarnation and the pids of its previous life stay dead.

mod support;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_engine::{Addr, ExitReason, Node, NodeConfig, NodeId, SystemMsg};
use hearth_net::{ClusterHandle, Cookie, DistConfig, Distribution};
use support::{ProbeHandle, Seen, TestMsg, eventually};

const COOKIE: &str = "multi-process-cookie";

struct Peer {
    child: Child,
    node: NodeId,
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

/// Starts `net-testnode` as a separate OS process and waits for it to be ready.
fn start_peer(name: &str, listen: SocketAddr, cookie: &str, seed: SocketAddr) -> Peer {
    let mut child = Command::new(env!("CARGO_BIN_EXE_net-testnode"))
        .args([name, &listen.to_string(), cookie, &seed.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start net-testnode");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let node = line
        .split_whitespace()
        .nth(1)
        .and_then(|id| id.parse().ok())
        .expect("ready line");
    Peer {
        child,
        node: NodeId(node),
    }
}

fn start_local() -> (Node, ClusterHandle) {
    let dist = DistConfig::new("127.0.0.1:0".parse().unwrap(), Cookie::new(COOKIE));
    let mut config = NodeConfig {
        name: "test".into(),
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

fn echo_of(probe: &ProbeHandle, name: &str, node: NodeId) -> Addr<TestMsg> {
    let global = format!("echo@{name}");
    let lookup = move |probe: &ProbeHandle| {
        let global = global.clone();
        probe.run(move |ctx| ctx.whereis_global(&global))
    };
    eventually("the peer's echo", || {
        lookup(probe).is_some_and(|pid| pid.node() == node)
    });
    Addr::from_pid(lookup(probe).unwrap())
}

#[test]
fn a_killed_node_is_down_within_two_seconds_with_noconnection() {
    let (local, cluster) = start_local();
    let peer = start_peer("victim", free_port(), COOKIE, cluster.listen());
    eventually("peer up", || cluster.up().contains(&peer.node));
    let probe = ProbeHandle::spawn(&local.handle(), 0);
    let echo = echo_of(&probe, "victim", peer.node);
    let me = probe.addr.pid().to_bytes();
    eventually("a link from the probe's shard", || {
        probe.run(|ctx| ctx.nodes().len()) == 1
    });
    probe
        .run(move |ctx| ctx.send(echo, TestMsg::Ping { from: me, value: 1 }))
        .unwrap();
    assert!(matches!(
        probe.next(),
        Seen::Message(TestMsg::Pong { value: 1 })
    ));
    let node = peer.node;
    let monitor = probe.run(move |ctx| {
        ctx.trap_exit(true);
        ctx.link(echo.pid());
        ctx.monitor_node(node);
        ctx.monitor(echo.pid())
    });
    std::thread::sleep(Duration::from_millis(200));
    let killed = Instant::now();
    drop(peer); // SIGKILL
    let mut seen = Vec::new();
    while seen.len() < 3 {
        match probe.next() {
            Seen::System(SystemMsg::Exit { from, reason }) => {
                assert_eq!((from, reason), (echo.pid(), ExitReason::NoConnection));
                seen.push("exit");
            }
            Seen::System(SystemMsg::Down {
                monitor: fired,
                pid,
                reason,
            }) => {
                assert_eq!(
                    (fired, pid, reason),
                    (monitor, echo.pid(), ExitReason::NoConnection)
                );
                seen.push("down");
            }
            Seen::System(SystemMsg::NodeDown { node: down }) => {
                assert_eq!(down, node);
                seen.push("nodedown");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    let detected = killed.elapsed();
    assert!(
        detected < Duration::from_secs(2),
        "detected after {detected:?}"
    );
    eventually("peer down in membership", || !cluster.up().contains(&node));
}

#[test]
fn a_node_with_the_wrong_cookie_is_refused() {
    let (_local, cluster) = start_local();
    let intruder = start_peer("intruder", free_port(), "not-the-cookie", cluster.listen());
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        cluster.up().is_empty(),
        "a node with the wrong cookie got in"
    );
    assert!(
        !cluster
            .members()
            .iter()
            .any(|member| member.node == intruder.node)
    );
}

#[test]
fn a_restarted_node_is_a_new_incarnation_and_old_pids_stay_dead() {
    let (local, cluster) = start_local();
    let listen = free_port();
    let first = start_peer("phoenix", listen, COOKIE, cluster.listen());
    eventually("first life up", || cluster.up().contains(&first.node));
    let probe = ProbeHandle::spawn(&local.handle(), 0);
    let old_echo = echo_of(&probe, "phoenix", first.node);
    let old_node = first.node;
    drop(first);
    eventually("first life down", || !cluster.up().contains(&old_node));
    let second = start_peer("phoenix", listen, COOKIE, cluster.listen());
    assert_ne!(second.node, old_node, "a restarted node must get a new id");
    eventually("second life up", || cluster.up().contains(&second.node));
    let new_echo = echo_of(&probe, "phoenix", second.node);
    assert_ne!(new_echo.pid(), old_echo.pid());
    let refused = probe.run(move |ctx| ctx.send(old_echo, TestMsg::Pong { value: 0 }).is_err());
    assert!(refused, "a pid of the previous life is unreachable");
    let monitor = probe.run(move |ctx| ctx.monitor(old_echo.pid()));
    let Seen::System(SystemMsg::Down {
        monitor: fired,
        reason,
        ..
    }) = probe.next()
    else {
        panic!("expected DOWN")
    };
    assert_eq!((fired, reason), (monitor, ExitReason::NoConnection));
}
