//! Conformance: bounded mailboxes — a local send hands the message back; a message
//! arriving from another shard applies the receiver's overflow policy.

mod common;

use std::time::Duration;

use common::{ProbeHandle, node};
use hearth_engine::{Addr, Ctx, ExitReason, Overflow, Placement, Process, SendError, SpawnOptions};

/// Never handles its mailbox quickly: each message blocks the shard for a moment, so a
/// burst fills the mailbox.
struct Slow;

impl Process for Slow {
    type Msg = u64;
    fn handle(&mut self, _: u64, _ctx: &mut Ctx<'_, Self>) {
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn spawn_slow(node: &hearth_engine::NodeHandle, overflow: Overflow) -> Addr<u64> {
    let options = SpawnOptions::on(Placement::Local)
        .mailbox_len_max(8)
        .overflow(overflow);
    node.run_on(1, move |shard| {
        shard.spawn_opts(Slow, options).unwrap().addr
    })
    .unwrap()
}

#[test]
fn a_local_send_to_a_full_mailbox_hands_the_message_back() {
    let node = node(2);
    let probe = ProbeHandle::spawn(&node.handle(), 1);
    let slow = spawn_slow(&node.handle(), Overflow::Exit);
    let refused = probe.run(move |ctx| {
        (0..20u64).find_map(|value| match ctx.send(slow, value) {
            Err(SendError::Full(back)) => Some(back),
            _ => None,
        })
    });
    assert_eq!(refused, Some(8), "the ninth message is handed back");
}

#[test]
fn a_flood_from_another_shard_ends_an_exit_policy_receiver_with_mailbox_overflow() {
    let node = node(2);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let slow = spawn_slow(&node.handle(), Overflow::Exit);
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
fn a_flood_from_another_shard_is_dropped_and_counted_under_the_drop_policy() {
    let node = node(2);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let slow = spawn_slow(&node.handle(), Overflow::Drop);
    probe.run(move |ctx| {
        ctx.monitor(slow.pid());
        for value in 0..200 {
            ctx.send(slow, value).unwrap();
        }
    });
    probe.quiet();
    assert!(node.handle().stats().unwrap().overflowed > 0);
}
