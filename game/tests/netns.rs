//! Nodes on their own network addresses: each `hearth` process in a network namespace of
//! its own, joined by a bridge, as three machines would be. Needs root and `ip` (CI runs
//! it: `cargo test -p hearth-game --test netns -- --ignored`).

mod support;

use std::process::Command;

use std::time::{Duration, Instant};

use hearth_protocol::client::Client;
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto, ErrorCode};
use hearth_world::person::player_id;
use support::{COOKIE, NodeProcess, logged_in, start_in_netns, start_in_netns_on};

/// The bridges' networks: the k-th `Net` of this test process gets `10.77.k.0/24`, and its
/// node `n` the address `.n+1`.
const NET: &str = "10.77";

/// Runs `ip` with `args`; panics with its output if it fails.
fn ip(args: &[&str]) {
    let output = Command::new("ip").args(args).output().expect("run ip");
    assert!(
        output.status.success(),
        "ip {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A bridge and one namespace per node, removed when dropped (names carry the test
/// process's id and the net's number, so tests running side by side do not collide).
struct Net {
    tag: String,
    subnet: u32,
    nodes: usize,
}

impl Net {
    fn new(nodes: usize) -> Self {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let subnet = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tag = format!("{:x}{subnet}", std::process::id() % 0xffff);
        let net = Self { tag, subnet, nodes };
        let bridge = net.bridge();
        ip(&["link", "add", &bridge, "type", "bridge"]);
        ip(&[
            "addr",
            "add",
            &format!("{NET}.{}.1/24", net.subnet),
            "dev",
            &bridge,
        ]);
        ip(&["link", "set", &bridge, "up"]);
        for n in 1..=nodes {
            let (ns, outer, inner) = (net.ns(n), net.outer(n), format!("hv{}i{n}", net.tag));
            ip(&["netns", "add", &ns]);
            ip(&[
                "link", "add", &outer, "type", "veth", "peer", "name", &inner,
            ]);
            ip(&["link", "set", &outer, "master", &bridge]);
            ip(&["link", "set", &outer, "up"]);
            ip(&["link", "set", &inner, "netns", &ns]);
            ip(&[
                "-n",
                &ns,
                "addr",
                "add",
                &format!("{}/24", net.addr(n)),
                "dev",
                &inner,
            ]);
            ip(&["-n", &ns, "link", "set", &inner, "up"]);
            ip(&["-n", &ns, "link", "set", "lo", "up"]);
        }
        net
    }

    /// The bridge's end of node `n`'s link (set it down to cut the node off).
    fn outer(&self, n: usize) -> String {
        format!("hv{}o{n}", self.tag)
    }

    fn bridge(&self) -> String {
        format!("hbr{}", self.tag)
    }

    fn ns(&self, n: usize) -> String {
        format!("hearth-{}-{n}", self.tag)
    }

    fn addr(&self, n: usize) -> String {
        format!("{NET}.{}.{}", self.subnet, n + 1)
    }
}

impl Drop for Net {
    fn drop(&mut self) {
        for n in 1..=self.nodes {
            let _ = Command::new("ip")
                .args(["netns", "del", &self.ns(n)])
                .output();
        }
        let _ = Command::new("ip")
            .args(["link", "del", &self.bridge()])
            .output();
    }
}

/// How long every player may take to play again after an App node is killed: the gate
/// sees the node gone (a reset: tens of ms), the player's client hears why, logs in
/// again, and a Person starts on the other App node from its stored record.
const PLAY_AGAIN_WITHIN: Duration = Duration::from_secs(15);

/// Two App nodes and a gate, each on its own address in a `Net` of its own (the
/// README's recipe), sharing a cookie file; all removed when dropped.
struct Cluster {
    /// App node 1, App node 2, the gate, in the order started (dropped, so killed, first).
    nodes: Vec<NodeProcess>,
    /// The gate's client address.
    gate: std::net::SocketAddr,
    /// The cookie file's path.
    cookie: String,
    dir: std::path::PathBuf,
    net: Net,
}

impl Cluster {
    fn start() -> Self {
        let net = Net::new(3);
        let dir = std::env::temp_dir().join(format!("hearth-netns-{}", net.tag));
        std::fs::create_dir_all(&dir).unwrap();
        let cookie = dir.join("cookie");
        std::fs::write(&cookie, COOKIE).unwrap();
        let cookie = cookie.to_str().unwrap();
        let app1 = format!("{}:7401", net.addr(1));
        let app = start_in_netns(
            &net.ns(1),
            &["--role", "app", "--listen", &app1, "--cookie-file", cookie],
        );
        let args = app2_args(&net, cookie);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let other = start_in_netns(&net.ns(2), &args);
        let clients = format!("{}:7400", net.addr(3));
        let gate = start_in_netns(
            &net.ns(3),
            &[
                "--role",
                "gate",
                "--join",
                &app1,
                "--cookie-file",
                cookie,
                "--client-listen",
                &clients,
            ],
        );
        let address = gate.clients();
        Self {
            nodes: vec![app, other, gate],
            gate: address,
            cookie: cookie.to_owned(),
            dir,
            net,
        }
    }

    /// Six players logged in, three of each id parity (the gate spreads them over both
    /// App nodes): their user names and clients.
    fn spread_players(&self) -> (Vec<String>, Vec<Client>) {
        let users = spread_users();
        let players = users
            .iter()
            .map(|user| logged_in(self.gate, user))
            .collect();
        (users, players)
    }
}

/// App node 2's flags: it listens on its address and joins App node 1.
fn app2_args(net: &Net, cookie: &str) -> Vec<String> {
    let (app1, app2) = (net.addr(1), net.addr(2));
    [
        "--role",
        "app",
        "--listen",
        &format!("{app2}:7401"),
        "--join",
        &format!("{app1}:7401"),
        "--cookie-file",
        cookie,
    ]
    .iter()
    .map(|arg| (*arg).to_owned())
    .collect()
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Whether `client` is played for: an echo answered.
fn plays(client: &mut Client) -> bool {
    client
        .request(Body::Echo(proto::Echo {
            payload: b"still here".to_vec(),
        }))
        .is_ok()
}

/// Users whose Persons the gate spreads over both App nodes: three of each id parity.
fn spread_users() -> Vec<String> {
    let (mut even, mut odd) = (Vec::new(), Vec::new());
    for n in 0.. {
        let user = format!("spread-{n}");
        let side = if player_id(&user).is_multiple_of(2) {
            &mut even
        } else {
            &mut odd
        };
        if side.len() < 3 {
            side.push(user);
        }
        if even.len() == 3 && odd.len() == 3 {
            break;
        }
    }
    even.append(&mut odd);
    even
}

/// An App node killed with SIGKILL: the players whose Persons ran there hear why and play
/// again after logging in; the others go on (a fault of the suite of issue 13:
/// every connected player plays again within a bound).
#[test]
#[ignore = "needs root and ip netns: run with --ignored (CI does)"]
fn after_an_app_node_is_killed_every_player_plays_again() {
    let mut cluster = Cluster::start();
    let gate = cluster.gate;
    let (users, mut players) = cluster.spread_players();
    assert!(players.iter_mut().all(plays));
    let killed = cluster.nodes.remove(1);
    killed.signal(libc::SIGKILL);
    let (code, _) = killed.wait(Duration::from_secs(10));
    assert_eq!(code, None, "killed");
    let started = Instant::now();
    let mut cut = 0;
    for (player, user) in players.iter_mut().zip(&users) {
        if plays(player) {
            continue;
        }
        cut += 1;
        *player = logged_in(gate, user);
        assert!(plays(player), "{user} plays again");
    }
    let took = started.elapsed();
    // Which players were cut depends on where the gate placed their Persons (a gate that
    // logs players in before it has seen the second App node places them all on the
    // first): the invariant is that every one plays again, whichever they were.
    eprintln!("{cut} of {} players were cut by the kill", users.len());
    assert!(
        took <= PLAY_AGAIN_WITHIN,
        "every player played again within {PLAY_AGAIN_WITHIN:?}: {took:?}"
    );
}

/// The README's cluster recipe as written, on three addresses: App nodes with `--listen`,
/// a gate with `--join` only. Players log in through the gate and are served (issue 13:
/// the gate announced `0.0.0.0:<port>`, the App nodes could not reach it, and every login
/// got `Bye(OVERLOADED, "no app node available")`).
#[test]
#[ignore = "needs root and ip netns: run with --ignored (CI does)"]
fn the_readme_cluster_recipe_serves_players_across_addresses() {
    let cluster = Cluster::start();
    let gate_address = cluster.gate;
    assert_eq!(
        gate_address.to_string(),
        format!("{}:7400", cluster.net.addr(3))
    );
    for user in ["netns-alice", "netns-bob", "netns-carol"] {
        let mut player = logged_in(gate_address, user);
        let reply = player
            .request(Body::Echo(proto::Echo {
                payload: user.as_bytes().to_vec(),
            }))
            .unwrap();
        assert!(reply.body.is_some(), "{user} is served");
    }
}

/// An App node stopped (SIGSTOP) for 3 s, then resumed — past the 1.5 s after which a
/// silent node is declared down. What that costs a player: no session ends. The gate
/// keeps every connection; a player whose Person ran on the stalled node is refused
/// `UNAVAILABLE` until the gate takes the session back from the Person (which kept it
/// through its grace period), and then plays on. Nothing it was sent is heard twice:
/// its replies' seqs go on from where they were.
#[test]
#[ignore = "needs root and ip netns: run with --ignored (CI does)"]
fn after_an_app_node_stalls_every_player_plays_on_in_its_session() {
    let cluster = Cluster::start();
    let (users, mut players) = cluster.spread_players();
    assert!(players.iter_mut().all(plays));
    let seqs: Vec<u64> = players.iter().map(Client::last_seq).collect();
    cluster.nodes[1].signal(libc::SIGSTOP);
    // The fault's length (the schedule, not a wait for an event).
    std::thread::sleep(Duration::from_secs(3));
    cluster.nodes[1].signal(libc::SIGCONT);
    let started = Instant::now();
    let mut unavailable = Vec::new();
    for ((player, user), seq) in players.iter_mut().zip(&users).zip(seqs) {
        loop {
            let echo = Body::Echo(proto::Echo {
                payload: b"still here".to_vec(),
            });
            match player.request(echo) {
                Ok(reply) => {
                    assert!(reply.seq > seq, "{user}: seq {} after {seq}", reply.seq);
                    break;
                }
                Err(error) => {
                    assert_eq!(
                        error.code(),
                        Some(ErrorCode::ErrorUnavailable),
                        "{user} keeps its session: {error}"
                    );
                    if !unavailable.contains(user) {
                        unavailable.push(user.clone());
                    }
                }
            }
            let took = started.elapsed();
            assert!(
                took <= PLAY_AGAIN_WITHIN,
                "{user} played again within {PLAY_AGAIN_WITHIN:?}: {took:?}"
            );
            // Polling pace, below the gate's request rate.
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    eprintln!(
        "stall: every player played on in its session after {:?}; refused UNAVAILABLE meanwhile: {unavailable:?}",
        started.elapsed()
    );
}

/// How long a member waits for one round's line before the round is said again: while
/// two copies of a guild from the two sides of a partition are reconciled (the cluster
/// keeps one and ends the other, whose members join the survivor), a line reaches only
/// the members of the copy that took it (`docs/protocol.md`).
const GUILD_ROUND_WAIT: Duration = Duration::from_secs(3);

/// Every player in guild `group` says a line until the guild takes it; then, within the
/// heal allowance, one line from the first player reaches every member once — one guild
/// process serves them all; `what` names the moment.
fn all_in_guild(players: &mut [Client], group: u64, what: &str) {
    all_in_guild_again(players, group, what, &mut |_, said| {
        panic!("{what}: a session ended: {said:?}")
    });
}

/// [`all_in_guild`], where a session that ends meanwhile is opened again by
/// `log_in_again(index, error)` (the client it returns has joined the guild).
fn all_in_guild_again(
    players: &mut [Client],
    group: u64,
    what: &str,
    log_in_again: &mut dyn FnMut(usize, &hearth_protocol::client::ClientError) -> Client,
) {
    let deadline = Instant::now() + PLAY_AGAIN_WITHIN * 2;
    for (n, player) in players.iter_mut().enumerate() {
        loop {
            let said = player.request(Body::GroupSay(proto::GroupSay {
                kind: proto::GroupKind::GroupGuild as i32,
                text: "here?".into(),
            }));
            match &said {
                Ok(_) => break,
                Err(
                    error @ (hearth_protocol::client::ClientError::Bye { .. }
                    | hearth_protocol::client::ClientError::Io(_)),
                ) => *player = log_in_again(n, error),
                Err(_) => {}
            }
            assert!(
                Instant::now() < deadline,
                "{what}: player {} not back in guild {group}: {said:?}",
                player.player_id()
            );
            // Polling pace, below the gate's request rate.
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    for round in 1.. {
        if one_line_reaches_all(players, &format!("{what}, round {round}")) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what}: guild {group} never served every member as one within {:?}",
            PLAY_AGAIN_WITHIN * 2
        );
    }
}

/// The first player says a marker line and a second one; whether every member hears the
/// marker within [`GUILD_ROUND_WAIT`] (each once: a guild relays one sender's lines in
/// order, so nobody may hear the marker again before the second line).
fn one_line_reaches_all(players: &mut [Client], what: &str) -> bool {
    let (marker, after) = (format!("everyone after {what}"), format!("then {what}"));
    for text in [&marker, &after] {
        players[0]
            .request(Body::GroupSay(proto::GroupSay {
                kind: proto::GroupKind::GroupGuild as i32,
                text: text.clone(),
            }))
            .unwrap();
    }
    let line = |push: &proto::Push| match &push.body {
        Some(proto::push::Body::GroupLine(line)) => Some(line.text.clone()),
        _ => None,
    };
    for player in players.iter_mut() {
        player.set_timeout(Some(GUILD_ROUND_WAIT)).unwrap();
        let mut heard_marker = false;
        loop {
            let Ok(push) = player.next_push() else {
                return false; // not within the round: a copy not reconciled yet
            };
            let heard = line(&push);
            if heard.as_ref() == Some(&marker) {
                assert!(!heard_marker, "{what}: a line heard twice");
                heard_marker = true;
            } else if heard.as_ref() == Some(&after) && heard_marker {
                break;
            }
        }
    }
    true
}

/// App node 2 killed and started again at once, on the same address and the same data
/// directory: it starts (its old listeners, which the kernel tears down a moment after
/// the process, are waited for), and every player plays again.
#[test]
#[ignore = "needs root and ip netns: run with --ignored (CI does)"]
fn an_app_node_restarted_on_its_ports_serves_again() {
    let mut cluster = Cluster::start();
    let (users, mut players) = cluster.spread_players();
    assert!(players.iter_mut().all(plays));
    let data = cluster.nodes.remove(1).kill_keeping_data();
    let args = app2_args(&cluster.net, &cluster.cookie);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let restarted = start_in_netns_on(&cluster.net.ns(2), &args, data);
    cluster.nodes.insert(1, restarted);
    let started = Instant::now();
    loop {
        let mut all_played = true;
        for (player, user) in players.iter_mut().zip(&users) {
            if !plays(player) {
                all_played = false;
                *player = logged_in(cluster.gate, user);
            }
        }
        if all_played {
            break;
        }
        assert!(
            started.elapsed() <= PLAY_AGAIN_WITHIN,
            "every player played again within {PLAY_AGAIN_WITHIN:?}"
        );
    }
}

/// An App node cut off for 10 s (its link down), then back: every player plays again, and
/// every player whose Person survived is in its guild again without asking, hearing the
/// others (issue 13, item 2).
#[test]
#[ignore = "needs root and ip netns: run with --ignored (CI does)"]
fn after_a_partition_heals_every_player_is_back_in_its_guild() {
    let cluster = Cluster::start();
    let link = cluster.net.outer(2);
    through_a_fault_the_guild_holds(
        &cluster,
        || ip(&["link", "set", &link, "down"]),
        || ip(&["link", "set", &link, "up"]),
    );
}

/// A one-way cut for 10 s: App node 2 cannot send to the gate (a `prohibit` route in its
/// namespace) while the gate's packets still reach it — the gate hears nothing, the App
/// node still hears the gate. Then healed: the same promises as after a partition.
#[test]
#[ignore = "needs root and ip netns: run with --ignored (CI does)"]
fn after_a_one_way_cut_heals_every_player_is_back_in_its_guild() {
    let cluster = Cluster::start();
    let (ns, gate) = (cluster.net.ns(2), format!("{}/32", cluster.net.addr(3)));
    through_a_fault_the_guild_holds(
        &cluster,
        || ip(&["-n", &ns, "route", "add", "prohibit", &gate]),
        || ip(&["-n", &ns, "route", "del", "prohibit", &gate]),
    );
}

/// Six players spread over both App nodes join guild 5; `fault` runs for 10 s, then
/// `heal`. Every player plays again (a cut one logs in again and joins again: its
/// Person starts on the other App node, whose own store has never seen it), and every
/// player whose Person survived is in the guild again without asking: one line from
/// each reaches every member.
fn through_a_fault_the_guild_holds(cluster: &Cluster, fault: impl FnOnce(), heal: impl FnOnce()) {
    let gate = cluster.gate;
    let (users, mut players) = cluster.spread_players();
    let join = || {
        Body::JoinGroup(proto::JoinGroup {
            kind: proto::GroupKind::GroupGuild as i32,
            group: 5,
        })
    };
    for player in &mut players {
        player.request(join()).unwrap();
    }
    all_in_guild(&mut players, 5, "joining");
    fault();
    // The fault's length (the schedule, not a wait for an event): the black-box run's.
    std::thread::sleep(Duration::from_secs(10));
    heal();
    let mut cut = Vec::new();
    for (player, user) in players.iter_mut().zip(&users) {
        if !plays(player) {
            cut.push(user.clone());
            *player = logged_in(gate, user);
            player.request(join()).unwrap();
        }
    }
    eprintln!("cut by the fault and logged in again: {cut:?}");
    all_in_guild(&mut players, 5, "the heal");
}

/// A fault of the seeded schedule.
#[derive(Clone, Copy, Debug)]
enum Fault {
    /// App node `n` (1 or 2) stopped (SIGSTOP) for `secs`, then resumed.
    Stall { node: usize, secs: u64 },
    /// App node `n`'s link down for `secs`, then up.
    Partition { node: usize, secs: u64 },
    /// App node `n` cannot send to the gate for `secs` (the gate still reaches it).
    OneWayCut { node: usize, secs: u64 },
    /// The gate stopped for `secs`, then resumed.
    GateStall { secs: u64 },
    /// App node 2 killed (SIGKILL) and started again at once on its ports and data.
    KillAndRestart,
}

impl Fault {
    /// A fault drawn from `rng`.
    fn draw(rng: &mut fastrand::Rng) -> Self {
        let node = rng.usize(1..=2);
        match rng.u8(0..5) {
            0 => Self::Stall {
                node,
                secs: rng.u64(1..=4),
            },
            1 => Self::Partition {
                node,
                secs: rng.u64(2..=8),
            },
            2 => Self::OneWayCut {
                node,
                secs: rng.u64(2..=8),
            },
            3 => Self::GateStall {
                secs: rng.u64(1..=3),
            },
            _ => Self::KillAndRestart,
        }
    }

    /// Whether every session must outlive this fault: a stall of an App node shorter than
    /// down detection (1.5 s) and the gate's wait for a silent node (10 s) together.
    fn keeps_sessions(self) -> bool {
        matches!(self, Self::Stall { secs, .. } if secs <= 4)
    }
}

impl Cluster {
    /// Runs `fault` to its heal.
    fn inflict(&mut self, fault: Fault) {
        let hold = |secs| std::thread::sleep(Duration::from_secs(secs)); // the schedule
        match fault {
            Fault::Stall { node, secs } => {
                self.nodes[node - 1].signal(libc::SIGSTOP);
                hold(secs);
                self.nodes[node - 1].signal(libc::SIGCONT);
            }
            Fault::Partition { node, secs } => {
                let link = self.net.outer(node);
                ip(&["link", "set", &link, "down"]);
                hold(secs);
                ip(&["link", "set", &link, "up"]);
            }
            Fault::OneWayCut { node, secs } => {
                let (ns, gate) = (self.net.ns(node), format!("{}/32", self.net.addr(3)));
                ip(&["-n", &ns, "route", "add", "prohibit", &gate]);
                hold(secs);
                ip(&["-n", &ns, "route", "del", "prohibit", &gate]);
            }
            Fault::GateStall { secs } => {
                self.nodes[2].signal(libc::SIGSTOP);
                hold(secs);
                self.nodes[2].signal(libc::SIGCONT);
            }
            Fault::KillAndRestart => {
                let data = self.nodes.remove(1).kill_keeping_data();
                let args = app2_args(&self.net, &self.cookie);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let restarted = start_in_netns_on(&self.net.ns(2), &args, data);
                self.nodes.insert(1, restarted);
            }
        }
    }
}

/// The guild of the schedule's players.
const SCHEDULE_GUILD: u64 = 7;
/// Faults of a schedule when `HEARTH_FAULTS` does not say (CI's quick schedule).
const SCHEDULE_FAULTS_DEFAULT: usize = 3;

fn join_guild() -> Body {
    Body::JoinGroup(proto::JoinGroup {
        kind: proto::GroupKind::GroupGuild as i32,
        group: SCHEDULE_GUILD,
    })
}

/// After a fault: every player plays again within [`PLAY_AGAIN_WITHIN`], in its session
/// if the fault keeps sessions, else logging in (and joining) again if its session
/// ended. Returns how many sessions ended.
fn play_again(cluster: &Cluster, users: &[String], players: &mut [Client], fault: Fault) -> usize {
    let started = Instant::now();
    let mut ended = 0;
    for (player, user) in players.iter_mut().zip(users) {
        loop {
            let echo = Body::Echo(proto::Echo {
                payload: b"still here".to_vec(),
            });
            match player.request(echo) {
                Ok(_) => break,
                Err(error @ hearth_protocol::client::ClientError::Bye { .. })
                | Err(error @ hearth_protocol::client::ClientError::Io(_)) => {
                    assert!(
                        !fault.keeps_sessions(),
                        "{fault:?} ended {user}'s session: {error}"
                    );
                    ended += 1;
                    *player = logged_in(cluster.gate, user);
                    player.request(join_guild()).expect("joins again");
                }
                Err(_) => {} // refused for now (UNAVAILABLE, TIMEOUT): asked again
            }
            assert!(
                started.elapsed() <= PLAY_AGAIN_WITHIN,
                "after {fault:?}: {user} played again within {PLAY_AGAIN_WITHIN:?}"
            );
            // Polling pace, below the gate's request rate.
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    ended
}

/// Every player whispers the next one a line naming `round`: every whisper answered
/// `Done` is heard by its target (players of healthy nodes, after the heal).
fn whispers_arrive(players: &mut [Client], round: usize) {
    let ids: Vec<u64> = players.iter().map(Client::player_id).collect();
    let count = players.len();
    for (n, player) in players.iter_mut().enumerate() {
        let whisper = Body::Whisper(proto::Whisper {
            to_player: ids[(n + 1) % count],
            text: format!("round {round} from {n}"),
        });
        player.request(whisper).expect("a whisper answered Done");
    }
    for (n, player) in players.iter_mut().enumerate() {
        let from = (n + count - 1) % count;
        let wanted = format!("round {round} from {from}");
        player.set_timeout(Some(PLAY_AGAIN_WITHIN)).unwrap();
        loop {
            let push = player.next_push().unwrap_or_else(|error| {
                panic!("round {round}: player {n} heard no whisper from {from}: {error}")
            });
            if let Some(proto::push::Body::Whisper(line)) = push.body
                && line.text == wanted
            {
                break;
            }
        }
    }
}

/// The seeded fault schedule (issue 13): `HEARTH_FAULTS` faults (3 by default; a long
/// schedule: `scripts/fault-schedule 40`) drawn from `HEARTH_FAULT_SEED` (printed, so a
/// failure can be replayed), each on a cluster of two App nodes and a gate on their own
/// addresses with six players in one guild. After each fault heals, the invariants:
/// - every player plays again within [`PLAY_AGAIN_WITHIN`]; through an App node's stall
///   of up to 4 s, in its own session (no goodbye);
/// - every player is in the guild again (those whose session ended join again), and one
///   line reaches every member once — so one guild process serves them all (one process
///   per global name after the heal) and no line is heard twice;
/// - every whisper answered `Done` is heard by its target.
///
/// A session that ends after its player played again is logged in again and counted
/// (`ended_after_playing_again`): after a partition longer than the gate's wait, a player
/// who logged in again during the heal may have a second Person, and the cluster's
/// reconciliation of the two (one name per player) can end the one its session is on.
#[test]
#[ignore = "needs root and ip netns: run with --ignored (CI does)"]
fn a_seeded_fault_schedule_keeps_every_invariant() {
    let seed = std::env::var("HEARTH_FAULT_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    let faults = std::env::var("HEARTH_FAULTS")
        .ok()
        .and_then(|faults| faults.parse().ok())
        .unwrap_or(SCHEDULE_FAULTS_DEFAULT);
    eprintln!(
        "fault schedule: seed={seed} faults={faults} (replay: HEARTH_FAULT_SEED={seed} HEARTH_FAULTS={faults} scripts/fault-schedule)"
    );
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut cluster = Cluster::start();
    let (users, mut players) = cluster.spread_players();
    for player in &mut players {
        player.request(join_guild()).unwrap();
    }
    all_in_guild(&mut players, SCHEDULE_GUILD, "joining");
    let started = Instant::now();
    let (mut ended, mut ended_late) = (0, 0);
    for round in 1..=faults {
        let fault = Fault::draw(&mut rng);
        eprintln!("fault {round}/{faults} (seed {seed}): {fault:?}");
        cluster.inflict(fault);
        ended += play_again(&cluster, &users, &mut players, fault);
        let mut late = Vec::new();
        let mut log_in_again = |n: usize, error: &hearth_protocol::client::ClientError| {
            // Seen after a partition longer than the gate's wait: a player who logged in
            // again during the heal got a second Person, and the reconciliation of the
            // two (one name per player) ended the one its new session was on.
            late.push(format!("{}: {error}", users[n]));
            let mut player = logged_in(cluster.gate, &users[n]);
            player.request(join_guild()).expect("joins again");
            player
        };
        all_in_guild_again(
            &mut players,
            SCHEDULE_GUILD,
            &format!("fault {round}"),
            &mut log_in_again,
        );
        if !late.is_empty() {
            eprintln!("fault {round}: sessions that ended after playing again: {late:?}");
            ended_late += late.len();
        }
        whispers_arrive(&mut players, round);
    }
    eprintln!(
        "fault schedule: seed={seed} faults={faults} sessions_ended={ended} ended_after_playing_again={ended_late} violations=0 took={:.0}s",
        started.elapsed().as_secs_f64()
    );
}
