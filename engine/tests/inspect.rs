//! Looking inside a running node: one process's details, the longest mailboxes and the
//! busiest processes, and the supervision tree from its roots.

mod common;

use std::time::{Duration, Instant};

use common::{ProbeHandle, WAIT, node};
use hearth_engine::{
    Addr, ChildSpec, Ctx, NodeHandle, Pid, Process, ProcessInfo, Status, Strategy, Supervisor,
    SupervisorSpec,
};

/// A process that counts what it is sent and says so in its status.
struct Counter {
    seen: u64,
}

impl Process for Counter {
    type Msg = u64;
    fn handle(&mut self, message: u64, _ctx: &mut Ctx<'_, Self>) {
        self.seen += message;
    }
    fn status(&self, status: &mut Status) {
        status.field("seen", self.seen);
    }
}

/// The details of `pid` once its status says `seen` is `expected` (it has handled what
/// was sent), or a failure after [`WAIT`].
fn wait_for_seen(handle: &NodeHandle, pid: Pid, expected: &str) -> ProcessInfo {
    let deadline = Instant::now() + WAIT;
    loop {
        let info = handle.process_info(pid, WAIT).unwrap().expect("alive");
        if info.status.fields() == [("seen", expected.to_owned())] {
            return info;
        }
        assert!(
            Instant::now() < deadline,
            "the counter never saw {expected}: {:?}",
            info.status
        );
        std::thread::yield_now();
    }
}

#[test]
fn process_info_gives_kind_name_relations_mailbox_and_status() {
    let node = node(2);
    let handle = node.handle();
    let probe = ProbeHandle::spawn(&handle, 1);
    let counter = probe.run(|ctx| {
        let counter = ctx.spawn_link(Counter { seen: 0 }).unwrap();
        ctx.monitor(counter.pid());
        counter
    });
    handle.send(counter, 5).unwrap();
    handle
        .run_on(1, move |ctx| {
            ctx.send(counter, 2).unwrap();
        })
        .unwrap();

    wait_for_seen(&handle, counter.pid(), "7");
    // Ten messages queued by a job on the counter's shard, and the question asked in the
    // same job: the counter cannot run in between.
    let (info, top) = handle
        .run_on(1, move |ctx| {
            for _ in 0..10 {
                ctx.send(counter, 1).unwrap();
            }
            (ctx.process_info(counter.pid()), ctx.top_processes(3))
        })
        .unwrap();
    let info = info.expect("the counter lives");
    assert!(info.kind.ends_with("Counter"), "{}", info.kind);
    assert_eq!(info.mailbox_len, 10);
    assert_eq!(info.parent, Some(probe.pid()));
    assert_eq!(info.links.items, vec![probe.pid()]);
    assert_eq!(info.links.total, 1);
    assert_eq!(info.monitored_by.items, vec![probe.pid()]);
    assert!(info.monitors.items.is_empty());
    assert!(!info.status.is_supervisor());
    assert_eq!(top.longest_mailboxes[0].pid, counter.pid());
    assert_eq!(top.longest_mailboxes[0].mailbox_len, 10);

    // Asked from outside once the counter has run: its status counts all it was sent.
    let info = wait_for_seen(&handle, counter.pid(), "17");
    assert_eq!(info.mailbox_len, 0);

    // A name shows; a pid that is gone, or of no process, gives nothing.
    probe.run(move |ctx| ctx.register("the-counter").unwrap());
    let info = handle.process_info(probe.pid(), WAIT).unwrap().unwrap();
    assert_eq!(info.name.as_deref(), Some("the-counter"));
    assert!(!info.trap_exit && !info.exiting);
    let gone = Pid::from_bytes([9; 16]);
    assert_eq!(handle.process_info(gone, WAIT).unwrap(), None);
}

/// Passes a ball on to its peer until it has been hit as often as asked, then tells
/// `done`.
struct Player {
    peer: Option<Addr<Ball>>,
    done: flume::Sender<()>,
}

enum Ball {
    Peer(Addr<Ball>),
    Hit(u32),
}

impl Process for Player {
    type Msg = Ball;
    fn handle(&mut self, message: Ball, ctx: &mut Ctx<'_, Self>) {
        match message {
            Ball::Peer(peer) => self.peer = Some(peer),
            Ball::Hit(0) => {
                let _ = self.done.send(());
            }
            Ball::Hit(left) => {
                let peer = self.peer.expect("peer given first");
                ctx.send(peer, Ball::Hit(left - 1)).unwrap();
            }
        }
    }
}

#[test]
fn the_busiest_processes_are_those_that_ran_most() {
    let node = node(1);
    let handle = node.handle();
    // Three players in a ring: one run in 128 is timed, and 128 is not a multiple of
    // 3, so each of them is sampled.
    let (done, finished) = flume::bounded(3);
    let players: Vec<Addr<Ball>> = (0..3)
        .map(|_| {
            let player = Player {
                peer: None,
                done: done.clone(),
            };
            handle.spawn(0, player).unwrap()
        })
        .collect();
    for (at, player) in players.iter().enumerate() {
        handle
            .send(*player, Ball::Peer(players[(at + 1) % 3]))
            .unwrap();
    }
    // One run per hit: 60,000 runs, about 470 of them timed.
    handle.send(players[0], Ball::Hit(60_000)).unwrap();
    finished
        .recv_timeout(Duration::from_secs(30))
        .expect("the rally ends");

    let top = handle.top_processes(3, WAIT);
    let top = top[0].as_ref().expect("shard 0 answers");
    let mut busiest: Vec<Pid> = top.busiest.iter().map(|load| load.pid).collect();
    busiest.sort();
    let mut players: Vec<Pid> = players.iter().map(|player| player.pid()).collect();
    players.sort();
    assert_eq!(busiest, players, "{top:?}");
    assert!(top.window_runs > 100, "{top:?}");
    let sampled: u64 = top.busiest.iter().map(|load| load.sampled_messages).sum();
    assert!(sampled >= top.busiest.len() as u64, "{top:?}");
    assert!(top.longest_mailboxes.is_empty(), "{top:?}");
}

/// A process that does nothing (a supervised leaf).
struct Idle;

impl Process for Idle {
    type Msg = ();
    fn handle(&mut self, (): (), _ctx: &mut Ctx<'_, Self>) {}
}

#[test]
fn the_supervision_tree_is_found_from_its_roots() {
    let node = node(2);
    let handle = node.handle();
    let inner = ChildSpec::new("inner", |starter| {
        let leaf = ChildSpec::new("leaf", |starter| starter.spawn_link(Idle));
        starter.spawn_link(Supervisor::new(SupervisorSpec::new(
            Strategy::OneForOne,
            vec![leaf],
        )))
    });
    let worker = ChildSpec::new("worker", |starter| {
        starter.spawn_link_on(Idle, hearth_engine::Placement::Shard(1))
    });
    let top = handle
        .spawn(
            0,
            Supervisor::new(SupervisorSpec::new(
                Strategy::OneForAll,
                vec![inner, worker],
            )),
        )
        .unwrap()
        .pid();
    let _probe = ProbeHandle::spawn(&handle, 1);

    let roots = handle.supervision_roots(WAIT);
    let shard0 = roots[0].as_ref().expect("shard 0 answers");
    assert_eq!(shard0.supervisors, vec![top]);
    let shard1 = roots[1].as_ref().expect("shard 1 answers");
    assert!(shard1.supervisors.is_empty());
    assert_eq!(shard1.others.len(), 1);
    assert!(shard1.others[0].0.ends_with("Probe") && shard1.others[0].1 == 1);

    let info = handle.process_info(top, WAIT).unwrap().unwrap();
    assert!(info.status.is_supervisor());
    let fields: Vec<&str> = info.status.fields().iter().map(|(key, _)| *key).collect();
    assert!(fields.contains(&"strategy"), "{fields:?}");
    let ids: Vec<&str> = info
        .status
        .children()
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["inner", "worker"]);
    let children: Vec<Pid> = info
        .status
        .children()
        .iter()
        .map(|child| child.pid.expect("running"))
        .collect();
    // The worker's spawn crosses to shard 1 after its pid is known: ask until it has.
    let deadline = Instant::now() + WAIT;
    let infos = loop {
        let infos = handle.processes_info(&children, WAIT);
        if infos.iter().all(Option::is_some) {
            break infos;
        }
        assert!(
            Instant::now() < deadline,
            "the supervisor's children on shards 0 and 1 were never both there: {infos:?}"
        );
        std::thread::yield_now();
    };
    let inner = infos[0].as_ref().expect("inner lives");
    assert!(inner.status.is_supervisor());
    assert_eq!(inner.parent, Some(top));
    assert_eq!(inner.status.children()[0].id, "leaf");
    let worker = infos[1].as_ref().expect("worker lives");
    assert_eq!(worker.pid.shard(), 1);
    assert!(worker.kind.ends_with("Idle") && !worker.status.is_supervisor());
}
