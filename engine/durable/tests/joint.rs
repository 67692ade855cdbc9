//! Joint transactions on each real backend: a give between two counters commits both
//! totals or neither, a stale loan commits nothing, and a lender left without word (the
//! giver dropped the loan, or committed and said nothing) finds the truth in the store.

#[macro_use]
mod common;

use std::time::Duration;

use common::{Counter, Fault, Msg, WAIT, get, give, send, start, start_with, stop};
use hearth_durable::{DurableProcess, Settled, StoreConfig};
use hearth_store::conformance::Scratch;

/// Two stored counters, `giver` holding 10 (committed).
fn two_counters(
    node: &hearth_engine::Node,
    store: &hearth_durable::Store,
) -> (hearth_engine::Addr<Msg>, hearth_engine::Addr<Msg>) {
    let giver = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
        .unwrap();
    let receiver = node
        .handle()
        .spawn(
            1 % node.handle().shards(),
            DurableProcess::new(Counter::new(2), store.clone()),
        )
        .unwrap();
    let (answer, committed) = flume::bounded(1);
    send(node, giver, Msg::AddDurably(10, answer));
    assert_eq!(committed.recv_timeout(WAIT).expect("committed"), Ok(10));
    (giver, receiver)
}

fn outcomes(heard: (flume::Receiver<Settled>, flume::Receiver<Settled>)) -> (Settled, Settled) {
    let giver = heard
        .0
        .recv_timeout(WAIT)
        .expect("the giver hears the outcome");
    let receiver = heard
        .1
        .recv_timeout(WAIT)
        .expect("the receiver hears the outcome");
    (giver, receiver)
}

/// The totals as stored: a new node loads them.
fn stored_totals(scratch: &Scratch) -> (u64, u64) {
    let (node, store) = start(scratch, 2, Duration::from_secs(60));
    let (giver, receiver) = (
        node.handle()
            .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
            .unwrap(),
        node.handle()
            .spawn(1, DurableProcess::new(Counter::new(2), store.clone()))
            .unwrap(),
    );
    let totals = (get(&node, giver), get(&node, receiver));
    stop(node, store);
    totals
}

fn a_give_commits_both_totals_or_neither(scratch: &Scratch) {
    let (node, store) = start(scratch, 2, Duration::from_secs(60));
    let (giver, receiver) = two_counters(&node, &store);
    let (by_giver, by_receiver) = outcomes(give(&node, giver, receiver, 4, Fault::None));
    assert!(
        matches!(&by_giver, Settled::Committed { versions } if versions.len() == 1),
        "{by_giver:?}"
    );
    assert_eq!(by_receiver, Settled::Committed { versions: vec![] });
    assert_eq!((get(&node, giver), get(&node, receiver)), (6, 4));
    // A loan whose version is not the stored one commits nothing, on either side.
    let (by_giver, by_receiver) = outcomes(give(&node, giver, receiver, 1, Fault::StaleLoan));
    assert!(matches!(by_giver, Settled::NotCommitted(_)), "{by_giver:?}");
    assert!(
        matches!(by_receiver, Settled::NotCommitted(_)),
        "{by_receiver:?}"
    );
    assert_eq!((get(&node, giver), get(&node, receiver)), (6, 4));
    // A loan from another database is refused before anything is written.
    let (by_giver, by_receiver) = outcomes(give(&node, giver, receiver, 1, Fault::ForeignLoan));
    assert!(
        matches!(&by_giver, Settled::NotCommitted(why) if why.contains("another database")),
        "{by_giver:?}"
    );
    assert!(
        matches!(by_receiver, Settled::NotCommitted(_)),
        "{by_receiver:?}"
    );
    assert_eq!((get(&node, giver), get(&node, receiver)), (6, 4));
    // Both go on saving after it: their versions are the stored ones.
    for counter in [giver, receiver] {
        let (answer, committed) = flume::bounded(1);
        send(&node, counter, Msg::AddDurably(1, answer));
        assert!(committed.recv_timeout(WAIT).expect("an answer").is_ok());
    }
    // Stopped abruptly (no graceful save can add anything: all was write-through).
    node.shutdown();
    store.join();
    assert_eq!(stored_totals(scratch), (7, 5), "what the store holds");
}

fn a_lender_without_word_finds_the_outcome_in_the_store(scratch: &Scratch) {
    let config = StoreConfig {
        flush_after: Duration::from_secs(60),
        loan_timeout: Duration::ZERO, // the shortest allowed: the store's give-up time
        ..StoreConfig::default()
    };
    let (node, store) = start_with(scratch, 2, config);
    let (giver, receiver) = two_counters(&node, &store);
    // The giver drops the loan: nothing was committed, the receiver learns it.
    let (answer, receiver_heard) = flume::bounded(1);
    let (giver_answer, _giver_heard) = flume::bounded(1);
    send(
        &node,
        giver,
        Msg::Give {
            to: receiver,
            amount: 3,
            fault: Fault::DropLoan,
            answers: (giver_answer, answer),
        },
    );
    let heard = receiver_heard
        .recv_timeout(WAIT)
        .expect("the lender resolves its doubt");
    assert_eq!(heard, Settled::Reloaded { committed: false });
    assert_eq!(get(&node, receiver), 0);
    // A new give from a fresh giver process is possible: the dropped one is forgotten by
    // the lender. The giver commits but does not tell: the receiver finds it committed.
    send(&node, giver, Msg::Crash);
    let giver = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
        .unwrap();
    assert_eq!(get(&node, giver), 10);
    let (by_giver, by_receiver) = outcomes(give(&node, giver, receiver, 3, Fault::Silent));
    assert!(
        matches!(by_giver, Settled::Committed { .. }),
        "{by_giver:?}"
    );
    assert_eq!(by_receiver, Settled::Reloaded { committed: true });
    assert_eq!((get(&node, giver), get(&node, receiver)), (7, 3));
    let (answer, committed) = flume::bounded(1);
    send(&node, receiver, Msg::AddDurably(1, answer));
    assert_eq!(
        committed.recv_timeout(WAIT).expect("an answer"),
        Ok(4),
        "the reloaded lender saves at the version it claimed"
    );
    node.shutdown();
    store.join();
    assert_eq!(stored_totals(scratch), (7, 4), "what the store holds");
}

/// A database keeps its identity: every node that opens it reads the same one.
fn a_store_keeps_its_identity(scratch: &Scratch) {
    let (node, store) = start(scratch, 1, Duration::from_secs(60));
    let first = store.identity();
    stop(node, store);
    let (node, store) = start(scratch, 1, Duration::from_secs(60));
    assert_eq!(store.identity(), first, "read back, not made again");
    assert_ne!(first, 0, "0 stands for no store");
    stop(node, store);
    // Named after the backend under test: the two tests run at once.
    let beside = match scratch {
        Scratch::Embedded(_) => "joint-identity-beside-embedded",
        _ => "joint-identity-beside-postgres",
    };
    let other = Scratch::embedded(beside);
    let (node, store) = start(&other, 1, Duration::from_secs(60));
    assert_ne!(
        store.identity(),
        first,
        "another database, another identity"
    );
    stop(node, store);
}

on_each_backend!(
    a_store_keeps_its_identity,
    a_give_commits_both_totals_or_neither,
    a_lender_without_word_finds_the_outcome_in_the_store,
);

/// Without a store a give completes at once, on both sides.
#[test]
fn a_volatile_give_completes_at_once() {
    let node = hearth_engine::Node::start(hearth_engine::NodeConfig {
        shards: 1,
        pin: false,
        ..hearth_engine::NodeConfig::default()
    })
    .expect("node starts");
    let spawn = |id| {
        node.handle()
            .spawn(0, DurableProcess::volatile(Counter::new(id)))
            .unwrap()
    };
    let (giver, receiver) = (spawn(1), spawn(2));
    send(&node, giver, Msg::Add(5));
    let (by_giver, by_receiver) = outcomes(give(&node, giver, receiver, 5, Fault::None));
    assert!(
        matches!(by_giver, Settled::Committed { .. }),
        "{by_giver:?}"
    );
    assert_eq!(by_receiver, Settled::Committed { versions: vec![] });
    assert_eq!((get(&node, giver), get(&node, receiver)), (0, 5));
    node.shutdown();
}
