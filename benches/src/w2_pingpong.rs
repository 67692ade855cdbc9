//! W2: two processes on one shard exchange a million round trips after 10k warm-up.

use std::time::{Duration, Instant};

use hearth_engine::{Addr, Ctx, NodeHandle, Process};

use crate::{Line, ns_per};

const WARMUP: u64 = 10_000;

enum PingMsg {
    Start(Addr<PongMsg>, flume::Sender<Duration>),
    Pong,
}

struct PongMsg(Addr<PingMsg>);

struct Ping {
    left: u64,
    warmup: u64,
    started: Option<Instant>,
    pong: Option<Addr<PongMsg>>,
    done: Option<flume::Sender<Duration>>,
}

struct Pong;

impl Process for Pong {
    type Msg = PongMsg;
    fn handle(&mut self, PongMsg(from): PongMsg, ctx: &mut Ctx<'_, Self>) {
        ctx.send(from, PingMsg::Pong)
            .expect("ping mailbox has room");
    }
}

impl Process for Ping {
    type Msg = PingMsg;
    fn handle(&mut self, message: PingMsg, ctx: &mut Ctx<'_, Self>) {
        if let PingMsg::Start(pong, done) = message {
            self.pong = Some(pong);
            self.done = Some(done);
        }
        if self.warmup > 0 {
            self.warmup -= 1;
            if self.warmup == 0 {
                self.started = Some(Instant::now());
            }
        } else if self.left == 0 {
            let elapsed = self
                .started
                .map_or(Duration::ZERO, |started| started.elapsed());
            let _ = self.done.take().expect("started").send(elapsed);
            return;
        } else {
            self.left -= 1;
        }
        let me = ctx.addr();
        ctx.send(self.pong.expect("started"), PongMsg(me))
            .expect("pong mailbox has room");
    }
}

/// Runs W2 and returns its line.
pub fn run(handle: &NodeHandle, round_trips: u64) -> String {
    let ping = Ping {
        left: round_trips,
        warmup: WARMUP,
        started: None,
        pong: None,
        done: None,
    };
    let ping = handle.spawn(0, ping).expect("spawn ping");
    let pong = handle.spawn(0, Pong).expect("spawn pong");
    let (done, finished) = flume::bounded(1);
    handle
        .send(ping, PingMsg::Start(pong, done))
        .expect("start");
    let elapsed = finished.recv().expect("ping reports");
    Line::new("hearth", "W2-pingpong")
        .field("round_trips", round_trips)
        .float("ns_per_rt", ns_per(elapsed, round_trips), 1)
        .finish()
}
