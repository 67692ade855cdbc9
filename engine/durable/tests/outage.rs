//! A stopped store never stops play: with PostgreSQL stopped under a running counter,
//! write-throughs are refused (`Unavailable`) within bounded time while the process goes
//! on answering; when the server comes back, the unsaved changes catch up, and a restart
//! finds them. Its own test binary, since it stops the one server every PostgreSQL test
//! shares (cargo runs test binaries one at a time).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{Counter, Msg, WAIT, get, send, start, stop, unsaved, wait_saved};
use hearth_durable::{DurableProcess, STORE_GIVE_UP_AFTER, SaveError};
use hearth_store::conformance::Scratch;

/// Runs one of the server commands `scripts/with-postgres` exports.
fn server(command: &str) {
    let line = std::env::var(command).unwrap_or_else(|_| {
        panic!("{command} is not set: run the tests through scripts/with-postgres")
    });
    let status = Command::new("sh")
        .arg("-c")
        .arg(&line)
        .status()
        .expect("running sh");
    assert!(status.success(), "{command} ({line}) failed: {status}");
}

#[test]
fn a_stopped_postgres_refuses_write_throughs_play_goes_on_and_saves_catch_up() {
    let scratch = Scratch::postgres("outage");
    let flush_after = Duration::from_millis(20);
    let (node, store) = start(&scratch, 1, flush_after);
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
        .unwrap();
    let (answer, committed) = flume::bounded(1);
    send(&node, counter, Msg::AddDurably(1, answer));
    assert_eq!(committed.recv_timeout(WAIT).unwrap(), Ok(1));

    server("HEARTH_TEST_POSTGRES_STOP");
    let asked = Instant::now();
    let (answer, committed) = flume::bounded(1);
    send(&node, counter, Msg::AddDurably(10, answer));
    let refused = committed
        .recv_timeout(STORE_GIVE_UP_AFTER + WAIT)
        .expect("a write-through is answered while the store is down");
    assert!(
        matches!(refused, Err(SaveError::Unavailable(_))),
        "{refused:?}"
    );
    let waited = asked.elapsed();
    for _ in 0..100 {
        send(&node, counter, Msg::Add(1));
    }
    assert_eq!(
        get(&node, counter),
        111,
        "play goes on while the store is down"
    );
    assert!(unsaved(&node, counter), "the changes wait to be saved");
    assert!(store.stats().down, "the store is reported down");

    server("HEARTH_TEST_POSTGRES_START");
    // The unsaved changes reach the restarted server.
    wait_saved(&node, counter, &store, WAIT * 3);
    stop(node, store);
    let (node, store) = start(&scratch, 1, flush_after);
    let counter = node
        .handle()
        .spawn(0, DurableProcess::new(Counter::new(1), store.clone()))
        .unwrap();
    assert_eq!(
        get(&node, counter),
        111,
        "everything caught up (refused after {waited:?})"
    );
    stop(node, store);
}
