//! W1: spawn a million idle processes (each waiting for a message), measure the time
//! until all exist, resident bytes per process, the time to stop them all; then again
//! in the same OS process (`warm_*`). Every shard spawns its share in parallel, in chunks
//! so the shard stays responsive.

use std::time::{Duration, Instant};

use hearth_engine::{Addr, Ctx, ExitReason, NodeHandle, Process};

use crate::{Line, rss_bytes};

/// Processes spawned (or stopped) per handler call.
const CHUNK: usize = 16 * 1024;

enum DriverMsg {
    Spawn(u64, flume::Sender<Duration>),
    Stop(flume::Sender<Duration>),
    Continue,
}

struct Driver {
    idle: Vec<Addr<Stop>>,
    to_spawn: u64,
    stopping: bool,
    started: Instant,
    done: Option<flume::Sender<Duration>>,
}

/// The only message an idle process gets.
struct Stop;

struct Idle;

impl Process for Idle {
    type Msg = Stop;
    fn handle(&mut self, _: Stop, ctx: &mut Ctx<'_, Self>) {
        ctx.stop(ExitReason::Normal);
    }
}

impl Driver {
    fn spawn_chunk(&mut self, ctx: &mut Ctx<'_, Self>) {
        let count = self.to_spawn.min(CHUNK as u64);
        for _ in 0..count {
            self.idle
                .push(ctx.spawn(Idle).expect("below the process limit"));
        }
        self.to_spawn -= count;
        self.continue_or_report(ctx, self.to_spawn > 0);
    }

    fn stop_chunk(&mut self, ctx: &mut Ctx<'_, Self>) {
        let from = self.idle.len().saturating_sub(CHUNK);
        for addr in self.idle.drain(from..) {
            ctx.send(addr, Stop).expect("one message per idle process");
        }
        // The next step (more stops, or the report) waits behind every stopped process
        // in the run queue, so when the report runs they have all handled Stop and died.
        self.stopping = !self.idle.is_empty();
        ctx.send(ctx.addr(), DriverMsg::Continue)
            .expect("own mailbox has room");
    }

    fn continue_or_report(&mut self, ctx: &mut Ctx<'_, Self>, more: bool) {
        if more {
            ctx.send(ctx.addr(), DriverMsg::Continue)
                .expect("own mailbox has room");
        } else if let Some(done) = self.done.take() {
            let _ = done.send(self.started.elapsed());
        }
    }
}

impl Process for Driver {
    type Msg = DriverMsg;
    fn handle(&mut self, message: DriverMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            DriverMsg::Spawn(count, done) => {
                (self.to_spawn, self.done, self.started) = (count, Some(done), Instant::now());
                self.idle.reserve_exact(count as usize);
                self.spawn_chunk(ctx);
            }
            DriverMsg::Stop(done) => {
                (self.stopping, self.done, self.started) = (true, Some(done), Instant::now());
                self.stop_chunk(ctx);
            }
            DriverMsg::Continue if self.to_spawn > 0 => self.spawn_chunk(ctx),
            DriverMsg::Continue if self.stopping => self.stop_chunk(ctx),
            DriverMsg::Continue => self.continue_or_report(ctx, false),
        }
    }
}

/// Sends `make(done)` to every driver and waits for all; the wall time of the slowest.
fn round(
    handle: &NodeHandle,
    drivers: &[Addr<DriverMsg>],
    make: impl Fn(flume::Sender<Duration>) -> DriverMsg,
) -> f64 {
    let (done, finished) = flume::unbounded();
    let started = Instant::now();
    for &driver in drivers {
        handle
            .send(driver, make(done.clone()))
            .expect("driver reachable");
    }
    for _ in drivers {
        finished.recv().expect("driver reports");
    }
    started.elapsed().as_secs_f64()
}

/// Runs W1 and returns its line.
pub fn run(handle: &NodeHandle, processes: u64) -> String {
    let shards = handle.shards() as u64;
    let drivers: Vec<_> = (0..handle.shards())
        .map(|shard| {
            let driver = Driver {
                idle: Vec::new(),
                to_spawn: 0,
                stopping: false,
                started: Instant::now(),
                done: None,
            };
            handle.spawn(shard, driver).expect("spawn driver")
        })
        .collect();
    let share = processes / shards;
    let rss_before = rss_bytes();
    let spawn_s = round(handle, &drivers, |done| DriverMsg::Spawn(share, done));
    let bytes_per_process = rss_bytes().saturating_sub(rss_before) as f64 / processes as f64;
    let stop_s = round(handle, &drivers, DriverMsg::Stop);
    let warm_spawn_s = round(handle, &drivers, |done| DriverMsg::Spawn(share, done));
    let warm_stop_s = round(handle, &drivers, DriverMsg::Stop);
    Line::new("hearth", "W1-spawn")
        .field("processes", share * shards)
        .float("spawn_s", spawn_s, 3)
        .float("bytes_per_process", bytes_per_process, 0)
        .float("stop_s", stop_s, 3)
        .float("warm_spawn_s", warm_spawn_s, 3)
        .float("warm_stop_s", warm_stop_s, 3)
        .field("shards", shards)
        .finish()
}
