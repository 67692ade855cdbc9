//! The panic storm: 100,000 random panics among 1,000,000 processes on 2 shards. Every
//! panicking process ends with its own panic as the DOWN reason; every other process
//! survives (zero collateral deaths).

mod common;

use hashbrown::HashMap;

use hearth_engine::{Addr, Ctx, ExitReason, Pid, Placement, Process, SpawnOptions, SystemMsg};

const PROCESSES: usize = 1_000_000;
const PANICS: usize = 100_000;

enum TargetMsg {
    Crash,
    Check(Addr<StormMsg>),
}

struct Target {
    index: u32,
}

impl Process for Target {
    type Msg = TargetMsg;
    fn handle(&mut self, message: TargetMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            TargetMsg::Crash => panic!("storm {}", self.index),
            TargetMsg::Check(storm) => ctx
                .send(storm, StormMsg::Alive(self.index))
                .expect("storm has room"),
        }
    }
}

enum StormMsg {
    Start(u64, flume::Sender<Result<(), String>>),
    Alive(u32),
}

/// Spawns its share of targets, monitors them, crashes a random subset, checks the rest.
#[derive(Default)]
struct Storm {
    index_of: HashMap<Pid, u32>,
    crashed: Vec<bool>,
    downs: usize,
    alive: usize,
    expected: (usize, usize),
    done: Option<flume::Sender<Result<(), String>>>,
}

impl Storm {
    fn fail(&mut self, why: String) {
        if let Some(done) = self.done.take() {
            let _ = done.send(Err(why));
        }
    }

    fn maybe_done(&mut self) {
        if (self.downs, self.alive) == self.expected
            && let Some(done) = self.done.take()
        {
            let _ = done.send(Ok(()));
        }
    }
}

impl Process for Storm {
    type Msg = StormMsg;

    fn handle(&mut self, message: StormMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            StormMsg::Start(seed, done) => {
                self.done = Some(done);
                let share = PROCESSES / ctx.shards();
                let mut targets = Vec::with_capacity(share);
                for index in 0..share as u32 {
                    let (addr, _) = ctx
                        .spawn_monitor(Target { index })
                        .expect("below the process limit");
                    self.index_of.insert(addr.pid(), index);
                    targets.push(addr);
                }
                let mut rng = fastrand::Rng::with_seed(seed);
                self.crashed = vec![false; share];
                let mut crashes = 0;
                while crashes < PANICS / ctx.shards() {
                    let index = rng.usize(0..share);
                    if !std::mem::replace(&mut self.crashed[index], true) {
                        crashes += 1;
                    }
                }
                self.expected = (crashes, share - crashes);
                let me = ctx.addr();
                for (index, target) in targets.into_iter().enumerate() {
                    let message = if self.crashed[index] {
                        TargetMsg::Crash
                    } else {
                        TargetMsg::Check(me)
                    };
                    ctx.send(target, message).expect("target has room");
                }
            }
            StormMsg::Alive(index) => {
                if self.crashed[index as usize] {
                    return self.fail(format!("target {index} survived its panic"));
                }
                self.alive += 1;
                self.maybe_done();
            }
        }
    }

    fn handle_system(&mut self, message: SystemMsg, _ctx: &mut Ctx<'_, Self>) {
        let SystemMsg::Down { pid, reason, .. } = message else {
            return;
        };
        let index = self.index_of[&pid];
        let ExitReason::Panic(info) = &reason else {
            return self.fail(format!("target {index} died of {reason}: collateral"));
        };
        if !self.crashed[index as usize] || info.message != format!("storm {index}") {
            return self.fail(format!(
                "target {index} died of the wrong panic: {}",
                info.message
            ));
        }
        self.downs += 1;
        self.maybe_done();
    }
}

#[test]
fn a_panic_storm_kills_exactly_the_panicking_processes() {
    let node = common::node(2);
    let (done, results) = flume::unbounded();
    for shard in 0..2 {
        let options = SpawnOptions::on(Placement::Local).mailbox_len_max(PROCESSES);
        let storm = node
            .handle()
            .run_on(shard, move |ctx| {
                ctx.spawn_opts(Storm::default(), options).unwrap().addr
            })
            .unwrap();
        node.handle()
            .send(storm, StormMsg::Start(shard as u64 + 1, done.clone()))
            .unwrap();
    }
    for _ in 0..2 {
        let result = results
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("storm reports");
        assert_eq!(result, Ok(()));
    }
    let stats = node.handle().stats().unwrap();
    assert_eq!(stats.panics, PANICS as u64);
    assert_eq!(
        stats.processes,
        (PROCESSES - PANICS + 2) as u64,
        "survivors plus the two storms"
    );
}
