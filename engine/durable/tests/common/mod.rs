//! What the durable-process tests share: a counter whose total is stored, and a node with
//! a store on a scratch backend.

#![allow(dead_code, unreachable_pub, unused_macros)]

/// Every named test function of the file, against each backend (a redb file, a
/// PostgreSQL schema).
macro_rules! on_each_backend {
    ($($test:ident),* $(,)?) => {
        mod embedded {
            $(#[test]
            fn $test() {
                super::$test(&super::Scratch::embedded(concat!("durable-", stringify!($test))));
            })*
        }
        mod postgres {
            $(#[test]
            fn $test() {
                super::$test(&super::Scratch::postgres(stringify!($test)));
            })*
        }
    };
}

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use hearth_durable::{
    Durable, DurableCtx, Loan, LoanOutcome, SaveError, Settled, Store, StoreConfig,
};
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
    /// Add, saved write-behind within a bound of its own.
    AddWithin(u64, Duration),
    /// Add, saved lazily (within the store's `lazy_after`).
    AddLazily(u64),
    /// Add, saved write-through; the sender hears the total once durable.
    AddDurably(u64, flume::Sender<Result<u64, SaveError>>),
    Get(flume::Sender<u64>),
    /// Whether some change is not yet durable.
    Unsaved(flume::Sender<bool>),
    Crash,
    /// Give `amount` to another counter in one joint transaction (we commit, it lends).
    Give {
        to: hearth_engine::Addr<Msg>,
        amount: u64,
        fault: Fault,
        /// The giver's outcome, and the receiver's.
        answers: (flume::Sender<Settled>, flume::Sender<Settled>),
    },
    /// (to the receiver) Lend your key to the giver for `amount` more.
    LendFor {
        giver: hearth_engine::Addr<Msg>,
        amount: u64,
        answer: flume::Sender<Settled>,
    },
    /// (to the giver) The receiver's loan for our give `give`.
    Loaned {
        lender: hearth_engine::Addr<Msg>,
        loan: Loan,
        lender_tag: u64,
    },
    /// (to the receiver) The giver's word on the loan.
    Settle {
        tag: u64,
        outcome: LoanOutcome,
    },
}

/// A fault a test injects into a give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    /// The giver drops the loan: it never commits nor tells the lender.
    DropLoan,
    /// The giver commits but never tells the lender.
    Silent,
    /// The giver commits with a loan whose version is wrong (the lender moved on).
    StaleLoan,
    /// The giver commits with a loan from another database.
    ForeignLoan,
}

/// A give in progress at the giver.
struct Giving {
    tag: u64,
    amount: u64,
    fault: Fault,
    answer: flume::Sender<Settled>,
    /// The lender's tag and address, once lent.
    lender: Option<(hearth_engine::Addr<Msg>, u64)>,
}

/// A loan in progress at the receiver.
struct Lending {
    tag: u64,
    giver: hearth_engine::Addr<Msg>,
    amount: u64,
    answer: flume::Sender<Settled>,
}

pub struct Counter {
    id: u64,
    total: Total,
    waiting: Vec<(u64, flume::Sender<Result<u64, SaveError>>)>,
    pub ended: Option<flume::Sender<ExitReason>>,
    giving: Option<Giving>,
    lending: Option<Lending>,
}

impl Counter {
    pub fn new(id: u64) -> Self {
        Self {
            id,
            total: Total { value: 0 },
            waiting: Vec::new(),
            ended: None,
            giving: None,
            lending: None,
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
            Msg::AddWithin(amount, bound) => {
                self.total.value += amount;
                cx.changed_within(bound);
            }
            Msg::AddLazily(amount) => {
                self.total.value += amount;
                cx.changed_lazily();
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
            Msg::Give {
                to,
                amount,
                fault,
                answers: (answer, receiver),
            } => {
                let tag = TAGS.fetch_add(1, Ordering::Relaxed);
                let me = hearth_engine::Addr::from_pid(cx.me());
                let _ = cx.send(
                    to,
                    Msg::LendFor {
                        giver: me,
                        amount,
                        answer: receiver,
                    },
                );
                self.giving = Some(Giving {
                    tag,
                    amount,
                    fault,
                    answer,
                    lender: None,
                });
            }
            Msg::LendFor {
                giver,
                amount,
                answer,
            } => {
                let tag = TAGS.fetch_add(1, Ordering::Relaxed);
                let after = Total {
                    value: self.total.value + amount,
                };
                cx.lend(tag, &after).expect("one loan at a time");
                self.lending = Some(Lending {
                    tag,
                    giver,
                    amount,
                    answer,
                });
            }
            Msg::Loaned {
                lender,
                mut loan,
                lender_tag,
            } => self.loaned(lender, &mut loan, lender_tag, cx),
            Msg::Settle { tag, outcome } => cx.settle(tag, outcome),
        }
    }

    fn lent(&mut self, tag: u64, loan: Loan, cx: &mut DurableCtx<'_, '_, Self>) {
        let Some(lending) = self.lending.as_ref().filter(|lending| lending.tag == tag) else {
            return;
        };
        let me = hearth_engine::Addr::from_pid(cx.me());
        let _ = cx.send(
            lending.giver,
            Msg::Loaned {
                lender: me,
                loan,
                lender_tag: tag,
            },
        );
    }

    fn settled(&mut self, tag: u64, outcome: Settled, cx: &mut DurableCtx<'_, '_, Self>) {
        if let Some(lending) = self.lending.take_if(|lending| lending.tag == tag) {
            if outcome
                == (Settled::Committed {
                    versions: Vec::new(),
                })
            {
                self.total.value += lending.amount;
                cx.changed();
            }
            let _ = lending.answer.send(outcome);
            return;
        }
        let Some(giving) = self.giving.take_if(|giving| giving.tag == tag) else {
            return;
        };
        if let Settled::Committed { versions } = &outcome {
            self.total.value -= giving.amount;
            cx.changed();
            if let (Some((lender, lender_tag)), Some((_, version)), false) = (
                giving.lender,
                versions.first(),
                giving.fault == Fault::Silent,
            ) {
                let outcome = LoanOutcome::Committed { version: *version };
                let _ = cx.send(
                    lender,
                    Msg::Settle {
                        tag: lender_tag,
                        outcome,
                    },
                );
            }
        } else if let Some((lender, lender_tag)) = giving.lender {
            let outcome = match outcome {
                Settled::Reloaded { committed: true } => LoanOutcome::Unknown,
                _ => LoanOutcome::NotCommitted,
            };
            let _ = cx.send(
                lender,
                Msg::Settle {
                    tag: lender_tag,
                    outcome,
                },
            );
        }
        let _ = giving.answer.send(outcome);
    }

    fn reload(&mut self, state: Total, _cx: &mut DurableCtx<'_, '_, Self>) {
        self.total = state;
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
    start_with(
        scratch,
        shards,
        StoreConfig {
            flush_after,
            ..StoreConfig::default()
        },
    )
}

/// A node with a store on `scratch`, configured.
pub fn start_with(scratch: &Scratch, shards: usize, config: StoreConfig) -> (Node, Store) {
    let node = Node::start(NodeConfig {
        shards,
        pin: false,
        shutdown_grace: Duration::from_millis(500),
        ..NodeConfig::default()
    })
    .expect("node starts");
    let store = Store::start(&node.handle(), scratch.open(), config).expect("the store starts");
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

impl Counter {
    /// The giver got the receiver's loan: commit both totals, unless a fault says not to.
    fn loaned(
        &mut self,
        lender: hearth_engine::Addr<Msg>,
        loan: &mut Loan,
        lender_tag: u64,
        cx: &mut DurableCtx<'_, '_, Self>,
    ) {
        let Some(giving) = self.giving.as_mut() else {
            return;
        };
        giving.lender = Some((lender, lender_tag));
        match giving.fault {
            Fault::DropLoan => return,
            Fault::StaleLoan => loan.version += 1000,
            Fault::ForeignLoan => loan.store ^= 1,
            Fault::None | Fault::Silent => {}
        }
        let after = Total {
            value: self.total.value - giving.amount,
        };
        let tag = giving.tag;
        if let Err(error) = cx.transact(tag, &after, vec![loan.clone()]) {
            let giving = self.giving.take().expect("giving");
            let outcome = LoanOutcome::NotCommitted;
            let _ = cx.send(
                lender,
                Msg::Settle {
                    tag: lender_tag,
                    outcome,
                },
            );
            let _ = giving.answer.send(Settled::NotCommitted(error.to_string()));
        }
    }
}

/// Gives `amount` from `from` to `to` (with `fault`); the giver's and the receiver's
/// outcomes come on the two receivers.
pub fn give(
    node: &Node,
    from: hearth_engine::Addr<Msg>,
    to: hearth_engine::Addr<Msg>,
    amount: u64,
    fault: Fault,
) -> (flume::Receiver<Settled>, flume::Receiver<Settled>) {
    let (giver, giver_heard) = flume::bounded(1);
    let (receiver, receiver_heard) = flume::bounded(1);
    send(
        node,
        from,
        Msg::Give {
            to,
            amount,
            fault,
            answers: (giver, receiver),
        },
    );
    (giver_heard, receiver_heard)
}

/// Whether `counter` has a change not yet durable.
pub fn unsaved(node: &Node, counter: hearth_engine::Addr<Msg>) -> bool {
    let (answer, unsaved) = flume::bounded(1);
    send(node, counter, Msg::Unsaved(answer));
    unsaved.recv_timeout(WAIT).expect("the counter answers")
}

/// How often a wait for a save asks the counter (a write-behind save tells no one when
/// it lands, so the test asks).
const SAVED_POLL: Duration = Duration::from_millis(5);

/// Waits until `counter` has nothing unsaved, at most `within`.
pub fn wait_saved(node: &Node, counter: hearth_engine::Addr<Msg>, store: &Store, within: Duration) {
    let deadline = std::time::Instant::now() + within;
    while unsaved(node, counter) {
        assert!(
            std::time::Instant::now() < deadline,
            "waited {within:?} for the counter's changes to be saved: {:?}",
            store.stats()
        );
        std::thread::sleep(SAVED_POLL);
    }
}
