//! Conformance: flow control (`engine/src/flow.rs`) — a full mailbox refuses its senders
//! wherever they are, never kills by default, opens again when it drains; the overflow
//! policies a receiver may declare; one flooding sender does not starve another.

mod common;

use std::time::{Duration, Instant};

use common::{ProbeHandle, WAIT};
use hearth_engine::{
    Addr, Ctx, ExitReason, Node, NodeConfig, Overflow, Placement, Process, SendError, SpawnOptions,
};

/// Handles each message slowly (holding its shard), and reports each one it handled.
struct Slow {
    seen: flume::Sender<u64>,
    pause: Duration,
}

impl Process for Slow {
    type Msg = u64;
    fn handle(&mut self, value: u64, _ctx: &mut Ctx<'_, Self>) {
        std::thread::sleep(self.pause);
        let _ = self.seen.send(value);
    }
}

fn node(shards: usize, ring_parcels: usize) -> Node {
    Node::start(NodeConfig {
        shards,
        pin: false,
        ring_parcels,
        shutdown_grace: Duration::from_millis(200),
        ..NodeConfig::default()
    })
    .expect("node starts")
}

/// A `Slow` receiver on shard 1 with a mailbox of `bound`; its handled values come out
/// of the returned channel.
fn spawn_slow(
    node: &hearth_engine::NodeHandle,
    bound: usize,
    overflow: Overflow,
    pause: Duration,
) -> (Addr<u64>, flume::Receiver<u64>) {
    let (seen, handled) = flume::unbounded();
    let options = SpawnOptions::on(Placement::Local)
        .mailbox_len_max(bound)
        .overflow(overflow);
    let addr = node
        .run_on(1, move |shard| {
            shard
                .spawn_opts(Slow { seen, pause }, options)
                .expect("spawn")
                .addr
        })
        .expect("shard 1 runs");
    (addr, handled)
}

#[test]
fn a_local_send_to_a_full_mailbox_hands_the_message_back() {
    let node = node(2, 4096);
    let probe = ProbeHandle::spawn(&node.handle(), 1);
    let (slow, _) = spawn_slow(&node.handle(), 8, Overflow::Refuse, Duration::ZERO);
    let refused = probe.run(move |ctx| {
        (0..20u64).find_map(|value| match ctx.send(slow, value) {
            Err(SendError::Full(back)) => Some(back),
            _ => None,
        })
    });
    assert_eq!(refused, Some(8), "the ninth message is handed back");
}

/// Floods `to` from the probe in batches (each a handler of its own, so the shard turns
/// and hears notices between them) until a send is refused; the values sent and the
/// first refused one.
fn flood_until_refused(probe: &ProbeHandle, to: Addr<u64>) -> (u64, u64) {
    let started = Instant::now();
    let mut next = 0;
    loop {
        assert!(
            started.elapsed() < WAIT,
            "waited {WAIT:?} for the flooded receiver's shard to refuse the sender ({next} sent)"
        );
        let from = next;
        let (sent, refused) = probe.run(move |ctx| {
            for value in from..from + 64 {
                if let Err(SendError::Full(back)) = ctx.send(to, value) {
                    return (value, Some(back));
                }
            }
            (from + 64, None)
        });
        next = sent;
        if let Some(refused) = refused {
            return (next, refused);
        }
    }
}

#[test]
fn a_flood_from_another_shard_is_refused_to_its_sender_and_the_receiver_lives() {
    let node = node(2, 4096);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let (slow, handled) = spawn_slow(
        &node.handle(),
        8,
        Overflow::Refuse,
        Duration::from_micros(200),
    );
    let monitor = probe.run(move |ctx| ctx.monitor(slow.pid()));
    let (sent, refused) = flood_until_refused(&probe, slow);
    assert_eq!(refused, sent, "the refused message is handed back");
    // The sender's shard is told by a message of the receiver's shard: wait for it.
    let started = Instant::now();
    let stats = loop {
        let stats = node.handle().stats().unwrap();
        if stats.refusals_told >= 1 {
            break stats;
        }
        assert!(
            started.elapsed() < WAIT,
            "waited {WAIT:?} for the sender's shard to be told of the refusal: {stats:?}"
        );
        std::thread::yield_now();
    };
    // Refused at the send: by the receiver's refusing mark, or — when the flood filled
    // the ring to the receiver's shard before the mark arrived — by the sender's full
    // share of its outbox. Either way the sender holds the message, nothing is dropped.
    assert!(
        stats.refused_at_send + stats.outbox_share_full >= 1,
        "{stats:?}"
    );
    assert_eq!(
        stats.overflowed, 0,
        "nothing dropped by a policy: {stats:?}"
    );
    // The receiver drains and the sender's shard hears it takes messages again.
    let started = Instant::now();
    let accepted = loop {
        assert!(
            started.elapsed() < WAIT,
            "waited {WAIT:?} for the receiver to take messages again"
        );
        let value = 1_000_000;
        if probe.run(move |ctx| ctx.send(slow, value).is_ok()) {
            break value;
        }
    };
    let deadline = Instant::now() + WAIT;
    loop {
        let value = handled
            .recv_deadline(deadline)
            .expect("the receiver handles the message sent after it reopened");
        if value == accepted {
            break;
        }
    }
    assert!(
        node.handle()
            .run_on(1, move |shard| shard.is_alive(slow.pid()))
            .unwrap()
    );
    assert!(
        probe.events.try_recv().is_err(),
        "no DOWN for monitor {monitor:?}: the flooded receiver lives"
    );
}

#[test]
fn a_flood_from_another_shard_ends_an_exit_policy_receiver_with_mailbox_overflow() {
    let node = node(2, 4096);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let (slow, _) = spawn_slow(
        &node.handle(),
        8,
        Overflow::Exit,
        Duration::from_micros(200),
    );
    let monitor = probe.run(move |ctx| {
        let monitor = ctx.monitor(slow.pid());
        for value in 0..200 {
            ctx.send(slow, value).unwrap();
        }
        monitor
    });
    assert_eq!(
        probe.next_down(),
        (monitor, slow.pid(), ExitReason::MailboxOverflow)
    );
}

#[test]
fn a_flood_from_another_shard_is_dropped_and_counted_under_drop_newest() {
    let node = node(2, 4096);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let (slow, handled) = spawn_slow(
        &node.handle(),
        8,
        Overflow::DropNewest,
        Duration::from_micros(200),
    );
    probe.run(move |ctx| {
        ctx.monitor(slow.pid());
        for value in 0..200 {
            ctx.send(slow, value).unwrap();
        }
        ctx.send(slow, u64::MAX).unwrap_or(());
    });
    let started = Instant::now();
    while node.handle().stats().unwrap().overflowed == 0 {
        assert!(
            started.elapsed() < WAIT,
            "waited {WAIT:?} for a drop to be counted"
        );
    }
    assert_eq!(
        node.handle().stats().unwrap().refusals_told,
        0,
        "nobody is told"
    );
    assert_eq!(
        handled.recv_timeout(WAIT),
        Ok(0),
        "the receiver lives and handles"
    );
}

#[test]
fn drop_oldest_keeps_the_latest_messages() {
    let node = node(2, 4096);
    let probe = ProbeHandle::spawn(&node.handle(), 1);
    let (latest, handled) = spawn_slow(&node.handle(), 4, Overflow::DropOldest, Duration::ZERO);
    // One handler sends all ten: the receiver (same shard) runs only after it.
    let refused =
        probe.run(move |ctx| (0..10u64).filter(|v| ctx.send(latest, *v).is_err()).count());
    assert_eq!(refused, 0, "DropOldest takes every send");
    let kept: Vec<u64> = (0..4)
        .map(|_| handled.recv_timeout(WAIT).unwrap())
        .collect();
    assert_eq!(kept, vec![6, 7, 8, 9]);
    assert_eq!(node.handle().stats().unwrap().overflowed, 6);
}

/// Holds shard 1 in a handler until released, so nothing drains its rings.
struct Blocker;

impl Process for Blocker {
    type Msg = (flume::Sender<()>, flume::Receiver<()>);
    fn handle(&mut self, (blocked, release): Self::Msg, _ctx: &mut Ctx<'_, Self>) {
        let _ = blocked.send(());
        let _ = release.recv_timeout(WAIT);
    }
}

/// Counts what it receives.
struct Counter(flume::Sender<u64>);

impl Process for Counter {
    type Msg = u64;
    fn handle(&mut self, value: u64, _ctx: &mut Ctx<'_, Self>) {
        let _ = self.0.send(value);
    }
}

#[test]
fn one_flooding_sender_does_not_starve_another_on_its_shard() {
    const RING: usize = 64;
    let node = node(2, RING);
    let handle = node.handle();
    let flooder = ProbeHandle::spawn(&handle, 0);
    let other = ProbeHandle::spawn(&handle, 0);
    let (counted, counts) = flume::unbounded();
    let counter = handle
        .run_on(1, move |shard| {
            let options = SpawnOptions::default().mailbox_len_max(1 << 20);
            shard.spawn_opts(Counter(counted), options).unwrap().addr
        })
        .unwrap();
    let blocker = handle.spawn(1, Blocker).unwrap();
    let (blocked, is_blocked) = flume::bounded(1);
    let (release, released) = flume::bounded(1);
    handle.send(blocker, (blocked, released)).unwrap();
    is_blocked.recv_timeout(WAIT).expect("shard 1 blocked");
    let share = hearth_engine::OUTBOX_PER_SENDER_MAX as u64;
    let flood = RING as u64 + share + 100;
    let sent_before_full = flooder.run(move |ctx| {
        (0..flood)
            .position(|value| ctx.send(counter, value).is_err())
            .map(|first_full| first_full as u64)
    });
    assert_eq!(
        sent_before_full,
        Some(RING as u64 + share),
        "the flooder fills the ring, then its share, then is refused"
    );
    let other_sent = other.run(move |ctx| ctx.send(counter, u64::MAX).is_ok());
    assert!(other_sent, "the second sender still has its own share");
    release.send(()).unwrap();
    let deadline = Instant::now() + WAIT;
    let mut got = 0;
    loop {
        let value = counts
            .recv_deadline(deadline)
            .expect("every accepted message arrives");
        if value == u64::MAX {
            break;
        }
        assert_eq!(value, got, "the flooder's messages arrive in order");
        got += 1;
    }
    assert_eq!(
        got,
        RING as u64 + share,
        "the second sender's message comes after the flood"
    );
    assert!(handle.stats().unwrap().outbox_share_full >= 1);
}

#[test]
fn a_process_whose_system_lane_overflows_ends_with_system_overflow() {
    let node = node(1, 4096);
    let target = ProbeHandle::spawn(&node.handle(), 0);
    let watcher = ProbeHandle::spawn(&node.handle(), 0);
    target.run(|ctx| ctx.trap_exit(true));
    let victim = target.pid();
    let monitor = watcher.run(move |ctx| {
        let monitor = ctx.monitor(victim);
        // One handler: the target (same shard) cannot run in between, so every trapped
        // exit signal waits in its system lane.
        for _ in 0..=hearth_engine::SYSTEM_LANE_LEN_MAX {
            ctx.exit(victim, ExitReason::custom("flood"));
        }
        monitor
    });
    assert_eq!(
        watcher.next_down(),
        (monitor, victim, ExitReason::SystemOverflow)
    );
    assert_eq!(node.handle().stats().unwrap().system_overflows, 1);
}
