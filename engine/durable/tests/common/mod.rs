//! What the durable-process tests share: a counter whose total is stored, and a node with
//! a store on a scratch backend.

#![allow(dead_code, unreachable_pub)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use hearth_durable::{Durable, DurableCtx, SaveError, Store, StoreConfig};
use hearth_engine::{ExitReason, Node, NodeConfig};
use hearth_store::Key;
use hearth_store::conformance::Scratch;
use hearth_store::snapshot::{Snapshot, SnapshotError, archive, unarchive};

/// How long a test waits for an expected event before failing.
pub const WAIT: Duration = Duration::from_secs(10);

/// The stored state: a running total.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug, Clone, PartialEq)]
pub struct Total {
    pub value: u64,
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

pub enum Msg {
    /// Add, saved write-behind.
    Add(u64),
    /// Add, saved write-through; the sender hears the total once durable.
    AddDurably(u64, flume::Sender<Result<u64, SaveError>>),
    Get(flume::Sender<u64>),
    /// Whether some change is not yet durable.
    Unsaved(flume::Sender<bool>),
    Crash,
}

pub struct Counter {
    id: u64,
    total: Total,
    waiting: Vec<(u64, flume::Sender<Result<u64, SaveError>>)>,
    pub ended: Option<flume::Sender<ExitReason>>,
}

impl Counter {
    pub fn new(id: u64) -> Self {
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

/// A node with a store on `scratch`.
pub fn start(scratch: &Scratch, shards: usize, flush_after: Duration) -> (Node, Store) {
    let node = Node::start(NodeConfig {
        shards,
        pin: false,
        shutdown_grace: Duration::from_millis(500),
        ..NodeConfig::default()
    })
    .expect("node starts");
    let store = Store::start(&node.handle(), scratch.open(), StoreConfig { flush_after })
        .expect("the store starts");
    (node, store)
}

pub fn stop(node: Node, store: Store) {
    node.shutdown();
    store.join();
}

pub fn send(node: &Node, to: hearth_engine::Addr<Msg>, message: Msg) {
    if node.handle().send(to, message).is_err() {
        panic!("a message to {to:?} was refused");
    }
}

pub fn get(node: &Node, counter: hearth_engine::Addr<Msg>) -> u64 {
    let (answer, total) = flume::bounded(1);
    send(node, counter, Msg::Get(answer));
    total.recv_timeout(WAIT).expect("the counter answers a get")
}
