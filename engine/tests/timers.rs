//! Conformance: `start_timer`, `send_after`, `cancel_timer` (also across shards); timers
//! never fire early.

mod common;

use std::time::{Duration, Instant};

use common::{Event, ProbeHandle, ProbeMsg, node};
use hearth_engine::{SystemMsg, TimerCancel};

#[test]
fn start_timer_fires_with_its_tag_never_early() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    for delay_ms in [0, 1, 7, 30, 70] {
        let started = Instant::now();
        let timer = probe
            .run(move |ctx| ctx.start_timer(Duration::from_millis(delay_ms), delay_ms))
            .unwrap();
        match probe.next() {
            Event::System(SystemMsg::Timer { timer: fired, tag }) => {
                assert_eq!((fired, tag), (timer, delay_ms))
            }
            other => panic!("expected the timer, got {other:?}"),
        }
        assert!(
            started.elapsed() >= Duration::from_millis(delay_ms),
            "fired early"
        );
    }
}

#[test]
fn send_after_delivers_to_another_process_on_another_shard() {
    let node = node(2);
    let sender = ProbeHandle::spawn(&node.handle(), 0);
    let receiver = ProbeHandle::spawn(&node.handle(), 1);
    let to = receiver.addr;
    let started = Instant::now();
    sender
        .run(move |ctx| ctx.send_after(Duration::from_millis(20), to, ProbeMsg::Data(5)))
        .unwrap();
    assert!(matches!(receiver.next(), Event::Data(5)));
    assert!(started.elapsed() >= Duration::from_millis(20));
}

#[test]
fn cancelled_timers_never_fire_locally_or_across_shards() {
    let node = node(2);
    let owner = ProbeHandle::spawn(&node.handle(), 0);
    let other = ProbeHandle::spawn(&node.handle(), 1);
    let timer = owner
        .run(|ctx| ctx.start_timer(Duration::from_millis(40), 1))
        .unwrap();
    assert_eq!(
        owner.run(move |ctx| ctx.cancel_timer(timer)),
        TimerCancel::Cancelled
    );
    assert_eq!(
        owner.run(move |ctx| ctx.cancel_timer(timer)),
        TimerCancel::AlreadyGone
    );
    let remote = owner
        .run(|ctx| ctx.start_timer(Duration::from_millis(40), 2))
        .unwrap();
    assert_eq!(
        other.run(move |ctx| ctx.cancel_timer(remote)),
        TimerCancel::Sent
    );
    // The cancelled 40 ms timer must not fire: an 80 ms marker comes first.
    owner.quiet_for(Duration::from_millis(80));
    let fired = owner.run(|ctx| ctx.start_timer(Duration::ZERO, 3)).unwrap();
    assert!(matches!(
        owner.next(),
        Event::System(SystemMsg::Timer { tag: 3, .. })
    ));
    assert_eq!(
        owner.run(move |ctx| ctx.cancel_timer(fired)),
        TimerCancel::AlreadyGone,
        "cancel after fire"
    );
}
