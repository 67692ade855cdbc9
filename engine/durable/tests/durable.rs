//! Durable processes on a real embedded store (a redb file that outlives the node): state
//! comes back after a node restart and after a crash under a supervisor, write-through
//! answers only once durable, write-behind saves within its delay, and a second owner
//! supersedes the first.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hearth_durable::{Durable, DurableCtx, DurableProcess, SaveError, Store, StoreConfig};
use hearth_engine::{
    ChildSpec, ExitReason, Node, NodeConfig, Reply, Restart, Strategy, Supervisor, SupervisorEvent,
    SupervisorSpec,
};
use hearth_store::snapshot::{Snapshot, SnapshotError, archive, unarchive};
use hearth_store::{Embedded, Key};

/// How long a test waits for an expected event before failing.
const WAIT: Duration = Duration::from_secs(10);

/// The stored state: a running total.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug, Clone, PartialEq)]
struct Total {
    value: u64,
}

impl Snapshot for Total {
    const KIND: &'static str = "test_total";
    const VERSION: u32 = 1;
    fn write(&self, out: &mut Vec<u8>) -> Result<(), SnapshotError> {
        archive(self, out)
    }
    fn read(version: u32, payload: &[u8]) -> Result<Self, SnapshotError> {
        match version {
            1 => unarchive(payload),
            version => Err(SnapshotError::UnknownVersion {
                kind: Self::KIND,
                version,
            }),
        }
    }
}

enum Msg {
    /// Add, saved write-behind.
    Add(u64),
    /// Add, saved write-through; the sender hears the total once durable.
    AddDurably(u64, flume::Sender<Result<u64, SaveError>>),
    Get(flume::Sender<u64>),
    /// Whether some change is not yet durable.
    Unsaved(flume::Sender<bool>),
    Crash,
    Store(Reply<hearth_durable::Answer>),
}
hearth_durable::durable_msg!(Msg::Store);

struct Counter {
    id: u64,
    total: Total,
    waiting: Vec<(u64, flume::Sender<Result<u64, SaveError>>)>,
    ended: Option<flume::Sender<ExitReason>>,
}

impl Counter {
    fn new(id: u64) -> Self {
        Self {
            id,
            total: Total { value: 0 },
            waiting: Vec::new(),
            ended: None,
        }
    }
}

static TAGS: AtomicU64 = AtomicU64::new(1);

impl Durable for Counter {
    type Msg = Msg;
    type State = Total;

    fn key(&self) -> Key {
        Key::new("test_total", self.id)
    }
    fn fresh(&self) -> Total {
        Total { value: 0 }
    }
    fn start(
        &mut self,
        state: Total,
        _cx: &mut DurableCtx<'_, '_, Self>,
    ) -> Result<(), ExitReason> {
        self.total = state;
        Ok(())
    }
    fn state(&self) -> &Total {
        &self.total
    }
    fn handle(&mut self, message: Msg, cx: &mut DurableCtx<'_, '_, Self>) {
        match message {
            Msg::Add(amount) => {
                self.total.value += amount;
                cx.changed();
            }
            Msg::AddDurably(amount, answer) => {
                self.total.value += amount;
                let tag = TAGS.fetch_add(1, Ordering::Relaxed);
                self.waiting.push((tag, answer));
                cx.commit(tag);
            }
            Msg::Get(answer) => {
                let _ = answer.send(self.total.value);
            }
            Msg::Unsaved(answer) => {
                let _ = answer.send(cx.unsaved());
            }
            Msg::Crash => panic!("told to crash"),
            Msg::Store(_) => unreachable!("the durable process takes store answers"),
        }
    }
    fn committed(
        &mut self,
        tag: u64,
        result: Result<(), SaveError>,
        _cx: &mut DurableCtx<'_, '_, Self>,
    ) {
        if let Some(at) = self.waiting.iter().position(|(waiting, _)| *waiting == tag) {
            let (_, answer) = self.waiting.swap_remove(at);
            let _ = answer.send(result.map(|()| self.total.value));
        }
    }
    fn terminate(&mut self, reason: &ExitReason, _cx: &mut DurableCtx<'_, '_, Self>) {
        if let Some(ended) = &self.ended {
            let _ = ended.send(reason.clone());
        }
    }
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hearth-durable-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A node with a store on `dir`.
fn start(dir: &Path, shards: usize, flush_after: Duration) -> (Node, Store) {
    let node = Node::start(NodeConfig {
        shards,
        pin: false,
        shutdown_grace: Duration::from_millis(500),
        ..NodeConfig::default()
    })
    .expect("node starts");
    let backend = Embedded::open(dir).expect("the embedded store opens");
    let store = Store::start(
        &node.handle(),
        Box::new(backend),
        StoreConfig { flush_after },
    )
    .expect("the store starts");
    (node, store)
}

fn stop(node: Node, store: Store) {
    node.shutdown();
    store.join();
}

fn send(node: &Node, to: hearth_engine::Addr<Msg>, message: Msg) {
    if node.handle().send(to, message).is_err() {
        panic!("a message to {to:?} was refused");
    }
}

fn get(node: &Node, counter: hearth_engine::Addr<Msg>) -> u64 {
    let (answer, total) = flume::bounded(1);
    send(node, counter, Msg::Get(answer));
    total.recv_timeout(WAIT).expect("the counter answers a get")
}

#[test]
fn write_through_answers_once_durable_and_the_state_survives_a_node_restart() {
    let dir = fresh_dir("restart");
    let (node, store) = start(&dir, 2, Duration::from_secs(60));
    let counter = node
        .handle()
        .spawn(1, DurableProcess::new(Counter::new(7), store.clone()))
        .unwrap();
    for amount in [5, 10, 20] {
        let (answer, committed) = flume::bounded(1);
        send(&node, counter, Msg::AddDurably(amount, answer));
        let total = committed.recv_timeout(WAIT).expect("a commit answer");
        assert!(total.is_ok(), "commit of {amount}: {total:?}");
    }
    assert!(
        store.stats().commits >= 4,
        "a claim and three commits: {:?}",
        store.stats()
    );
    stop(node, store);

    let (node, store) = start(&dir, 2, Duration::from_secs(60));
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(7), store.clone()))
        .unwrap();
    assert_eq!(get(&node, counter), 35, "the total as of the last commit");
    let other = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(8), store.clone()))
        .unwrap();
    assert_eq!(get(&node, other), 0, "a key never stored starts fresh");
    stop(node, store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn write_behind_saves_within_its_delay() {
    let dir = fresh_dir("behind");
    let flush_after = Duration::from_millis(20);
    let (node, store) = start(&dir, 1, flush_after);
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
        .unwrap();
    assert_eq!(get(&node, counter), 0, "loaded");
    for _ in 0..100 {
        send(&node, counter, Msg::Add(1));
    }
    assert_eq!(get(&node, counter), 100);
    let deadline = Instant::now() + WAIT;
    loop {
        let (answer, unsaved) = flume::bounded(1);
        send(&node, counter, Msg::Unsaved(answer));
        if !unsaved.recv_timeout(WAIT).expect("the counter answers") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "waiting {WAIT:?} for the write-behind save: {:?}",
            store.stats()
        );
        std::thread::sleep(flush_after / 4);
    }
    let stats = store.stats();
    assert!(
        stats.saves >= 1 && stats.saves <= 5,
        "a hundred changes cost a few saves, not one each: {stats:?}"
    );
    assert!(
        stats.loss_window_max >= flush_after / 2,
        "a save waits about its delay: {stats:?}"
    );
    // A crash saves nothing more (a panic is not a graceful stop): the state a new owner
    // loads is what write-behind saved.
    send(&node, counter, Msg::Crash);
    let again = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
        .unwrap();
    assert_eq!(get(&node, again), 100, "saved write-behind");
    stop(node, store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_supervisor_restarts_a_crashed_durable_process_from_its_stored_state() {
    let dir = fresh_dir("supervised");
    let (node, store) = start(&dir, 1, Duration::from_secs(60));
    let (events, seen) = flume::unbounded();
    let in_spec = store.clone();
    let child = ChildSpec::new("counter", move |starter| {
        starter.spawn_link(DurableProcess::new(Counter::new(3), in_spec.clone()))
    })
    .restart(Restart::Permanent);
    let spec = SupervisorSpec::new(Strategy::OneForOne, vec![child]).events(events);
    node.handle().spawn(0, Supervisor::new(spec)).unwrap();
    let first = match seen.recv_timeout(WAIT).expect("the child starts") {
        SupervisorEvent::Started { pid, .. } => hearth_engine::Addr::<Msg>::from_pid(pid),
        other => panic!("expected a start, got {other:?}"),
    };
    let (answer, committed) = flume::bounded(1);
    send(&node, first, Msg::AddDurably(42, answer));
    assert_eq!(committed.recv_timeout(WAIT).expect("committed"), Ok(42));
    send(&node, first, Msg::Crash);
    let mut restarted = None;
    while restarted.is_none() {
        match seen.recv_timeout(WAIT).expect("waiting for the restart") {
            SupervisorEvent::Started { pid, .. } => restarted = Some(pid),
            SupervisorEvent::Exited { reason, .. } => {
                assert!(matches!(reason, ExitReason::Panic(_)), "{reason:?}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    let second = hearth_engine::Addr::<Msg>::from_pid(restarted.unwrap());
    assert_eq!(get(&node, second), 42, "restarted from storage, not empty");
    stop(node, store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_later_claim_supersedes_the_first_owner() {
    let dir = fresh_dir("superseded");
    let (node, store) = start(&dir, 2, Duration::from_secs(60));
    let (ended, first_ended) = flume::bounded(1);
    let mut first = Counter::new(9);
    first.ended = Some(ended);
    let first = node
        .handle()
        .spawn(0, DurableProcess::new(first, store.clone()))
        .unwrap();
    assert_eq!(get(&node, first), 0);
    let second = node
        .handle()
        .spawn(1, DurableProcess::new(Counter::new(9), store.clone()))
        .unwrap();
    assert_eq!(get(&node, second), 0, "the second owner loaded");
    let (answer, committed) = flume::bounded(1);
    send(&node, first, Msg::AddDurably(1, answer));
    assert_eq!(
        committed.recv_timeout(WAIT).expect("an answer"),
        Err(SaveError::Superseded)
    );
    let reason = first_ended
        .recv_timeout(WAIT)
        .expect("the first owner stops");
    assert_eq!(reason, ExitReason::custom("superseded"));
    let (answer, committed) = flume::bounded(1);
    send(&node, second, Msg::AddDurably(2, answer));
    assert_eq!(
        committed.recv_timeout(WAIT).expect("an answer"),
        Ok(2),
        "the new owner saves"
    );
    stop(node, store);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A message sent while the state loads is handled after it, in order.
#[test]
fn messages_sent_during_the_load_wait_and_keep_their_order() {
    let dir = fresh_dir("stash");
    let (node, store) = start(&dir, 1, Duration::from_secs(60));
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(4), store.clone()))
        .unwrap();
    let (answer, committed) = flume::bounded(1);
    send(&node, counter, Msg::AddDurably(3, answer));
    assert_eq!(committed.recv_timeout(WAIT).unwrap(), Ok(3));
    stop(node, store);
    let (node, store) = start(&dir, 1, Duration::from_secs(60));
    // Sent right after the spawn, before the claim can have come back from the store.
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(4), store.clone()))
        .unwrap();
    send(&node, counter, Msg::Add(1));
    assert_eq!(
        get(&node, counter),
        4,
        "the add ran on the loaded state, not on a fresh one"
    );
    stop(node, store);
    std::fs::remove_dir_all(&dir).unwrap();
}
