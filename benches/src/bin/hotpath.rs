//! Drives the engine's message hot path on a `LocalShard` (no executor, no io_uring), so
//! instruction-level profilers such as `valgrind --tool=callgrind` can follow it:
//!
//! ```text
//! valgrind --tool=callgrind target/release/hotpath ring 1000000
//! ```
//!
//! Workloads: `ring <hops>` (W3 with one token on one shard), `pingpong <round_trips>`,
//! `call <calls>`, `timers <timers>` (W4's schedule and cancel phases). Prints ns per operation (meaningless under valgrind; use its counts).

use std::time::Instant;

use hearth_benches::ns_per;
use hearth_engine::{Addr, Ctx, LocalShard, NodeConfig, Process, Reply, ReplyTo};

enum NodeMsg {
    Next(Addr<NodeMsg>),
    Token(u64),
}

struct RingNode {
    next: Option<Addr<NodeMsg>>,
}

impl Process for RingNode {
    type Msg = NodeMsg;
    fn handle(&mut self, message: NodeMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            NodeMsg::Next(next) => self.next = Some(next),
            NodeMsg::Token(0) => {}
            NodeMsg::Token(left) => ctx
                .send(self.next.expect("linked"), NodeMsg::Token(left - 1))
                .expect("room"),
        }
    }
}

fn ring(hops: u64) -> f64 {
    let mut shard = LocalShard::new(NodeConfig::default());
    let members: Vec<_> = (0..10_000)
        .map(|_| shard.spawn(RingNode { next: None }).expect("spawn"))
        .collect();
    for (index, &member) in members.iter().enumerate() {
        shard
            .send(member, NodeMsg::Next(members[(index + 1) % members.len()]))
            .expect("link");
    }
    shard.run_until_idle();
    let started = Instant::now();
    shard.send(members[0], NodeMsg::Token(hops)).expect("token");
    shard.run_until_idle();
    ns_per(started.elapsed(), hops)
}

struct Get(ReplyTo<u64>, u64);
struct Server;
impl Process for Server {
    type Msg = Get;
    fn handle(&mut self, Get(reply, value): Get, ctx: &mut Ctx<'_, Self>) {
        ctx.reply(reply, value + 1);
    }
}

enum ClientMsg {
    Start(Addr<Get>),
    Answer(Reply<u64>),
}
impl From<Reply<u64>> for ClientMsg {
    fn from(reply: Reply<u64>) -> Self {
        Self::Answer(reply)
    }
}
struct Client {
    left: u64,
    server: Option<Addr<Get>>,
}
impl Process for Client {
    type Msg = ClientMsg;
    fn handle(&mut self, message: ClientMsg, ctx: &mut Ctx<'_, Self>) {
        let value = match message {
            ClientMsg::Start(server) => {
                self.server = Some(server);
                0
            }
            ClientMsg::Answer(reply) => reply.value,
        };
        if self.left > 0 {
            self.left -= 1;
            let server = self.server.expect("started");
            ctx.call(server, |reply| Get(reply, value))
                .expect("server reachable");
        }
    }
}

fn call(calls: u64) -> f64 {
    let mut shard = LocalShard::new(NodeConfig::default());
    let server = shard.spawn(Server).expect("spawn");
    let client = shard
        .spawn(Client {
            left: calls,
            server: None,
        })
        .expect("spawn");
    let started = Instant::now();
    shard.send(client, ClientMsg::Start(server)).expect("start");
    shard.run_until_idle();
    ns_per(started.elapsed(), calls)
}

/// Schedules `count` timers from one process, then cancels every second one.
struct Timers {
    count: u64,
}

impl Process for Timers {
    type Msg = ();
    fn handle(&mut self, (): (), ctx: &mut Ctx<'_, Self>) {
        let mut rng = fastrand::Rng::with_seed(4);
        let mut timers = Vec::with_capacity(self.count as usize);
        let started = Instant::now();
        for _ in 0..self.count {
            let delay = std::time::Duration::from_micros(rng.u64(0..2_000_000));
            timers.push(ctx.start_timer(delay, 0).expect("below the limit"));
        }
        let scheduled = started.elapsed();
        let started = Instant::now();
        for timer in timers.iter().step_by(2) {
            ctx.cancel_timer(*timer);
        }
        let cancelled = started.elapsed();
        println!(
            "hotpath timers schedule_ns={:.1} cancel_ns={:.1}",
            ns_per(scheduled, self.count),
            ns_per(cancelled, self.count / 2)
        );
    }
}

fn timers(count: u64) -> f64 {
    let config = NodeConfig {
        timers_reserved: count as usize,
        ..NodeConfig::default()
    };
    let mut shard = LocalShard::new(config);
    let timers = shard.spawn(Timers { count }).expect("spawn");
    shard.send(timers, ()).expect("start");
    shard.run_until_idle();
    0.0
}

fn main() {
    let mut args = std::env::args().skip(1);
    let workload = args.next().unwrap_or_else(|| "ring".to_owned());
    let count: u64 = args
        .next()
        .and_then(|text| text.parse().ok())
        .unwrap_or(1_000_000);
    let ns = match workload.as_str() {
        "ring" => ring(count),
        "call" => call(count),
        "timers" => timers(count),
        other => {
            eprintln!("unknown workload `{other}`: ring | call");
            std::process::exit(2);
        }
    };
    println!("hotpath {workload} count={count} ns_per_op={ns:.1}");
}
