//! W3: 10,000 processes in a ring pass tokens 10,000,000 hops in total, with 1 token and
//! with 100 in flight; placed on one shard, in two halves over two shards, or round-robin
//! so that every hop crosses shards.

use std::time::{Duration, Instant};

use hearth_engine::{Addr, Ctx, NodeHandle, Placement, Process, SpawnOptions};

use crate::Line;

/// Where the ring's processes live.
#[derive(Clone, Copy, Debug)]
pub enum Layout {
    /// All on shard 0.
    OneShard,
    /// First half on shard 0, second half on shard 1: two hops per lap cross shards.
    Halves,
    /// Alternating shards: every hop crosses.
    RoundRobin,
}

/// How long the ring may take to link up before the run is given up.
const LINK_DEADLINE: Duration = Duration::from_secs(30);

enum NodeMsg {
    Next(Addr<NodeMsg>, Addr<CollectorMsg>),
    Token(u64),
}

/// What ring members tell the collector.
enum CollectorMsg {
    /// A member knows its successor.
    Linked,
    /// A token ran out of hops.
    Finished,
}

struct RingNode {
    next: Option<Addr<NodeMsg>>,
    collector: Option<Addr<CollectorMsg>>,
}

impl Process for RingNode {
    type Msg = NodeMsg;
    fn handle(&mut self, message: NodeMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            NodeMsg::Next(next, collector) => {
                (self.next, self.collector) = (Some(next), Some(collector));
                ctx.send(collector, CollectorMsg::Linked)
                    .expect("collector has room");
            }
            NodeMsg::Token(0) => {
                ctx.send(self.collector.expect("linked"), CollectorMsg::Finished)
                    .expect("collector has room");
            }
            NodeMsg::Token(left) => {
                ctx.send(self.next.expect("linked"), NodeMsg::Token(left - 1))
                    .expect("ring has room");
            }
        }
    }
}

/// Counts members linked (then says the ring is ready) and tokens finished (then says
/// when the last one did).
struct Collector {
    unlinked: usize,
    ready: flume::Sender<()>,
    waiting: u64,
    done: flume::Sender<Instant>,
}

impl Process for Collector {
    type Msg = CollectorMsg;
    fn handle(&mut self, message: CollectorMsg, _ctx: &mut Ctx<'_, Self>) {
        match message {
            CollectorMsg::Linked => {
                self.unlinked -= 1;
                if self.unlinked == 0 {
                    let _ = self.ready.send(());
                }
            }
            CollectorMsg::Finished => {
                self.waiting -= 1;
                if self.waiting == 0 {
                    let _ = self.done.send(Instant::now());
                }
            }
        }
    }
}

fn shard_of(layout: Layout, index: usize, size: usize) -> usize {
    match layout {
        Layout::OneShard => 0,
        Layout::Halves => usize::from(index >= size / 2),
        Layout::RoundRobin => index % 2,
    }
}

/// Spawns the ring; returns its members in ring order.
fn build(
    handle: &NodeHandle,
    layout: Layout,
    size: usize,
    collector: Addr<CollectorMsg>,
) -> Vec<Addr<NodeMsg>> {
    let mut members = Vec::with_capacity(size);
    for shard in 0..handle.shards() {
        let wanted: Vec<usize> = (0..size)
            .filter(|&index| shard_of(layout, index, size) == shard)
            .collect();
        let spawned = handle
            .run_on(shard, move |ctx| {
                let node = || RingNode {
                    next: None,
                    collector: None,
                };
                let options = SpawnOptions::on(Placement::Local);
                let addrs: Vec<_> = wanted
                    .iter()
                    .map(|_| ctx.spawn_opts(node(), options).expect("spawn").addr)
                    .collect();
                wanted.into_iter().zip(addrs).collect::<Vec<_>>()
            })
            .expect("shard reachable");
        members.extend(spawned);
    }
    members.sort_by_key(|(index, _)| *index);
    let members: Vec<_> = members.into_iter().map(|(_, addr)| addr).collect();
    for (index, &member) in members.iter().enumerate() {
        let next = members[(index + 1) % size];
        handle
            .send(member, NodeMsg::Next(next, collector))
            .expect("link ring");
    }
    members
}

/// Runs one W3 variant and returns its line.
pub fn run(
    handle: &NodeHandle,
    name: &str,
    layout: Layout,
    size: usize,
    hops: u64,
    tokens: u64,
) -> String {
    let (done, finished) = flume::bounded(1);
    let (ready, linked) = flume::bounded(1);
    let collector = Collector {
        unlinked: size,
        ready,
        waiting: tokens,
        done,
    };
    let collector = handle.spawn(0, collector).expect("collector");
    let members = build(handle, layout, size, collector);
    // Every member must know its successor before a token reaches it.
    linked
        .recv_timeout(LINK_DEADLINE)
        .expect("every ring member linked to its successor within the deadline");
    let per_token = hops / tokens;
    let started = Instant::now();
    for token in 0..tokens as usize {
        let at = members[token * size / tokens as usize];
        handle
            .send(at, NodeMsg::Token(per_token))
            .expect("inject token");
    }
    let ended = finished.recv().expect("collector reports");
    let elapsed = ended - started;
    let messages = per_token * tokens;
    Line::new("hearth", name)
        .field("processes", size)
        .field("tokens", tokens)
        .field("messages", messages)
        .float("msgs_per_s", messages as f64 / elapsed.as_secs_f64(), 0)
        .finish()
}
