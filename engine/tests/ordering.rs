//! Conformance: between one sender and one receiver, messages and signals arrive in the
//! order sent — on one shard and across shards, also when a ring fills up.

mod common;

use common::{Event, ProbeHandle, ProbeMsg, node};
use hearth_engine::{Addr, Ctx, ExitReason, Placement, Process, SpawnOptions, SystemMsg};

/// Sends `count` numbered messages to `to`, then exits with `reason`.
struct Burst {
    to: Addr<ProbeMsg>,
    count: u64,
}

impl Process for Burst {
    type Msg = ();
    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        ctx.link(self.to.pid());
        for value in 0..self.count {
            ctx.send(self.to, ProbeMsg::Data(value))
                .expect("receiver has room");
        }
        Err(ExitReason::custom("burst done"))
    }
    fn handle(&mut self, (): (), _ctx: &mut Ctx<'_, Self>) {}
}

fn burst_arrives_in_order(sender_shard: usize, count: u64) {
    let node = node(2);
    let (events, received) = flume::unbounded();
    let options = SpawnOptions::on(Placement::Shard(1)).mailbox_len_max(count as usize + 16);
    let receiver = node
        .handle()
        .run_on(1, move |shard| {
            shard
                .spawn_opts(common::Probe { events }, options)
                .unwrap()
                .addr
        })
        .unwrap();
    let probe = ProbeHandle {
        addr: receiver,
        events: received,
        node: node.handle(),
    };
    probe.run(|ctx| ctx.trap_exit(true));
    let sender = node
        .handle()
        .run_on(sender_shard, move |shard| {
            let options = SpawnOptions::on(Placement::Local);
            shard
                .spawn_opts(
                    Burst {
                        to: receiver,
                        count,
                    },
                    options,
                )
                .unwrap()
                .addr
        })
        .unwrap();
    for expected in 0..count {
        let event = probe.events.recv_timeout(common::WAIT);
        let Ok(event) = event else {
            panic!("message {expected} never arrived: {event:?}")
        };
        match event {
            Event::Data(value) => assert_eq!(value, expected, "message overtaken"),
            other => panic!("expected message {expected}, got {other:?}"),
        }
    }
    match probe.next() {
        Event::System(SystemMsg::Exit { from, reason }) => {
            assert_eq!(
                (from, reason),
                (sender.pid(), ExitReason::custom("burst done"))
            );
        }
        other => panic!("expected the exit signal last, got {other:?}"),
    }
}

#[test]
fn messages_then_exit_arrive_in_order_on_one_shard() {
    burst_arrives_in_order(1, 1_000);
}

#[test]
fn messages_then_exit_arrive_in_order_across_shards_through_a_full_ring() {
    // More than one ring holds — the sender's whole share of the outbox behind it too
    // (less the link signal, which goes first): the outbox must keep the order.
    let count = hearth_engine::RING_PARCELS_DEFAULT + hearth_engine::OUTBOX_PER_SENDER_MAX - 1;
    burst_arrives_in_order(0, count as u64);
}
