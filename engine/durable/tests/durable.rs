//! Durable processes on each real backend (a redb file, a PostgreSQL schema) that
//! outlives the node: state comes back after a node restart and after a crash under a
//! supervisor, write-through answers only once durable, write-behind saves within its
//! delay, and a second owner supersedes the first.

#[macro_use]
mod common;

use std::time::Duration;

use common::{Counter, Msg, WAIT, get, send, start, start_with, stop, wait_saved};
use hearth_durable::{DurableProcess, SaveError, StoreConfig};
use hearth_engine::{
    ChildSpec, ExitReason, Restart, Strategy, Supervisor, SupervisorEvent, SupervisorSpec,
};
use hearth_store::conformance::Scratch;

fn write_through_answers_once_durable_and_the_state_survives_a_node_restart(scratch: &Scratch) {
    let (node, store) = start(scratch, 2, Duration::from_secs(60));
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

    let (node, store) = start(scratch, 2, Duration::from_secs(60));
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
}

fn write_behind_saves_within_its_delay(scratch: &Scratch) {
    let flush_after = Duration::from_millis(20);
    let (node, store) = start(scratch, 1, flush_after);
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
        .unwrap();
    assert_eq!(get(&node, counter), 0, "loaded");
    for _ in 0..100 {
        send(&node, counter, Msg::Add(1));
    }
    assert_eq!(get(&node, counter), 100);
    wait_saved(&node, counter, &store, WAIT);
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
}

fn a_supervisor_restarts_a_crashed_durable_process_from_its_stored_state(scratch: &Scratch) {
    let (node, store) = start(scratch, 1, Duration::from_secs(60));
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
}

fn a_later_claim_supersedes_the_first_owner(scratch: &Scratch) {
    let (node, store) = start(scratch, 2, Duration::from_secs(60));
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
}

/// A change with a longer bound of its own waits for it; a change with the default bound
/// after it brings the save forward (the earliest bound wins).
fn a_change_is_saved_within_its_own_bound(scratch: &Scratch) {
    let flush_after = Duration::from_millis(10);
    let (node, store) = start(scratch, 1, flush_after);
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(6), store.clone()))
        .unwrap();
    assert_eq!(get(&node, counter), 0, "loaded");
    let lazy = Duration::from_millis(300);
    send(&node, counter, Msg::AddWithin(1, lazy));
    wait_saved(&node, counter, &store, WAIT);
    let stats = store.stats();
    assert!(
        stats.loss_window_max >= lazy * 7 / 8,
        "saved after its own bound, not the store's {flush_after:?}: {stats:?}"
    );
    // A bound far past the test's wait, then a default one: saved by the default.
    send(&node, counter, Msg::AddWithin(1, Duration::from_secs(600)));
    send(&node, counter, Msg::Add(1));
    wait_saved(&node, counter, &store, WAIT);
    send(&node, counter, Msg::Crash);
    let again = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(6), store.clone()))
        .unwrap();
    assert_eq!(get(&node, again), 3, "every change saved");
    stop(node, store);
}

/// A lazy change waits for the store's `lazy_after` (at least the bound's first three
/// quarters: the save is drawn in its last quarter), far past `flush_after`; a default
/// change after it brings the save forward.
fn a_lazy_change_waits_for_the_lazy_bound(scratch: &Scratch) {
    let lazy = Duration::from_millis(400);
    let config = StoreConfig {
        flush_after: Duration::from_millis(10),
        lazy_after: lazy,
        ..StoreConfig::default()
    };
    let (node, store) = start_with(scratch, 1, config);
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(8), store.clone()))
        .unwrap();
    assert_eq!(get(&node, counter), 0, "loaded");
    send(&node, counter, Msg::AddLazily(1));
    wait_saved(&node, counter, &store, WAIT);
    let stats = store.stats();
    assert!(
        stats.loss_window_max >= lazy * 3 / 4 * 7 / 8,
        "saved after the lazy bound's first three quarters: {stats:?}"
    );
    send(&node, counter, Msg::AddLazily(1));
    send(&node, counter, Msg::Add(1));
    wait_saved(&node, counter, &store, WAIT);
    send(&node, counter, Msg::Crash);
    let again = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(8), store.clone()))
        .unwrap();
    assert_eq!(get(&node, again), 3, "every change saved");
    stop(node, store);
}

/// A message sent while the state loads is handled after it, in order.
fn messages_sent_during_the_load_wait_and_keep_their_order(scratch: &Scratch) {
    let (node, store) = start(scratch, 1, Duration::from_secs(60));
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(4), store.clone()))
        .unwrap();
    let (answer, committed) = flume::bounded(1);
    send(&node, counter, Msg::AddDurably(3, answer));
    assert_eq!(committed.recv_timeout(WAIT).unwrap(), Ok(3));
    stop(node, store);
    let (node, store) = start(scratch, 1, Duration::from_secs(60));
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
}

on_each_backend!(
    write_through_answers_once_durable_and_the_state_survives_a_node_restart,
    write_behind_saves_within_its_delay,
    a_supervisor_restarts_a_crashed_durable_process_from_its_stored_state,
    a_later_claim_supersedes_the_first_owner,
    messages_sent_during_the_load_wait_and_keep_their_order,
    a_change_is_saved_within_its_own_bound,
    a_lazy_change_waits_for_the_lazy_bound,
);

/// Without a store a durable behaviour runs as a plain process: it starts fresh at once,
/// and a write-through is reported done when its handler returns.
#[test]
fn a_volatile_durable_process_runs_without_a_store() {
    let node = hearth_engine::Node::start(hearth_engine::NodeConfig {
        shards: 1,
        pin: false,
        ..hearth_engine::NodeConfig::default()
    })
    .expect("node starts");
    let counter = node
        .handle()
        .spawn(0, DurableProcess::volatile(Counter::new(5)))
        .unwrap();
    let (answer, committed) = flume::bounded(1);
    send(&node, counter, Msg::AddDurably(9, answer));
    assert_eq!(committed.recv_timeout(WAIT).unwrap(), Ok(9));
    send(&node, counter, Msg::Add(1));
    assert_eq!(get(&node, counter), 10);
    node.shutdown();
}
