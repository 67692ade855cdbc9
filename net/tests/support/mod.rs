//! What the multi-node tests and the test node binary share: one message type for every
//! test process, and the processes the remote node runs.

#![allow(dead_code, unreachable_pub)]

use hearth_engine::{Addr, Behaviours, Ctx, ExitReason, Pid, Process, WireTypes};
use rkyv::{Archive, Deserialize, Serialize};

/// Every test process takes this.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum TestMsg {
    /// Answer with `Pong { value }` to `from`.
    Ping { from: [u8; 16], value: u64 },
    /// The answer to a ping.
    Pong { value: u64 },
    /// Stop with a custom reason.
    Exit { reason: String },
    /// Send `count` numbered pongs to `to`, in order.
    Burst { to: [u8; 16], count: u64 },
}
hearth_net::wire_message!(TestMsg, "hearth.test.TestMsg");

/// Arguments of the `worker` behaviour.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct WorkerArgs {
    pub tag: u64,
}
hearth_net::wire_message!(WorkerArgs, "hearth.test.WorkerArgs");

/// Echoes pings, stops on request.
pub struct Echo {
    pub global: Option<String>,
}

impl Process for Echo {
    type Msg = TestMsg;
    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        if let Some(name) = &self.global {
            ctx.register_global(name)
                .map_err(|error| ExitReason::custom(error.to_string()))?;
        }
        Ok(())
    }
    fn handle(&mut self, message: TestMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            TestMsg::Ping { from, value } => {
                let _ = ctx.send(
                    Addr::<TestMsg>::from_pid(Pid::from_bytes(from)),
                    TestMsg::Pong { value },
                );
            }
            TestMsg::Exit { reason } => ctx.stop(ExitReason::custom(reason)),
            TestMsg::Burst { to, count } => {
                let to = Addr::<TestMsg>::from_pid(Pid::from_bytes(to));
                for value in 0..count {
                    let _ = ctx.send(to, TestMsg::Pong { value });
                }
            }
            TestMsg::Pong { .. } => {}
        }
    }
}

pub fn wire_types() -> WireTypes {
    let mut wire = WireTypes::default();
    wire.register::<TestMsg>().register::<WorkerArgs>();
    wire
}

pub fn behaviours() -> Behaviours {
    let mut behaviours = Behaviours::default();
    behaviours.register("worker", |ctx, _args: WorkerArgs| {
        let options = hearth_engine::SpawnOptions::default();
        Ok(ctx.spawn_opts(Echo { global: None }, options)?.addr.pid())
    });
    behaviours
}

/// What a probe saw.
#[derive(Debug)]
pub enum Seen {
    Message(TestMsg),
    System(hearth_engine::SystemMsg),
}

type Command = Box<dyn FnOnce(&mut Ctx<'_, Probe>) + Send>;

/// A test's hands inside a node: runs commands, reports everything it receives.
pub struct Probe {
    pub seen: flume::Sender<Seen>,
    pub commands: flume::Receiver<Command>,
}

impl Process for Probe {
    type Msg = TestMsg;
    fn handle(&mut self, message: TestMsg, ctx: &mut Ctx<'_, Self>) {
        if matches!(
            message,
            TestMsg::Ping {
                value: u64::MAX,
                ..
            }
        ) {
            while let Ok(command) = self.commands.try_recv() {
                command(ctx);
            }
            return;
        }
        let _ = self.seen.send(Seen::Message(message));
    }
    fn handle_system(&mut self, message: hearth_engine::SystemMsg, _ctx: &mut Ctx<'_, Self>) {
        let _ = self.seen.send(Seen::System(message));
    }
}

/// A probe and the test's ends of its channels.
pub struct ProbeHandle {
    pub addr: Addr<TestMsg>,
    pub seen: flume::Receiver<Seen>,
    commands: flume::Sender<Command>,
    node: hearth_engine::NodeHandle,
}

pub const WAIT: std::time::Duration = std::time::Duration::from_secs(5);

impl ProbeHandle {
    pub fn spawn(node: &hearth_engine::NodeHandle, shard: usize) -> Self {
        let (seen_tx, seen) = flume::unbounded();
        let (commands, commands_rx) = flume::unbounded();
        let addr = node
            .spawn(
                shard,
                Probe {
                    seen: seen_tx,
                    commands: commands_rx,
                },
            )
            .expect("probe");
        Self {
            addr,
            seen,
            commands,
            node: node.clone(),
        }
    }

    /// Runs `command` inside the probe and returns its result.
    pub fn run<T: Send + 'static>(
        &self,
        command: impl FnOnce(&mut Ctx<'_, Probe>) -> T + Send + 'static,
    ) -> T {
        let (sender, result) = flume::bounded(1);
        self.commands
            .send(Box::new(move |ctx| {
                let _ = sender.send(command(ctx));
            }))
            .expect("probe alive");
        let poke = TestMsg::Ping {
            from: [0; 16],
            value: u64::MAX,
        };
        self.node.send(self.addr, poke).expect("probe reachable");
        result.recv_timeout(WAIT).expect("probe ran the command")
    }

    pub fn next(&self) -> Seen {
        self.seen
            .recv_timeout(WAIT)
            .expect("an event within the wait")
    }

    /// The next event within `timeout`, if one comes.
    pub fn next_within(&self, timeout: std::time::Duration) -> Option<Seen> {
        self.seen.recv_timeout(timeout).ok()
    }

    /// The next event that matches, skipping others (node up events and the like).
    pub fn next_matching(&self, wanted: impl Fn(&Seen) -> bool) -> Seen {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let seen = self
                .seen
                .recv_timeout(left)
                .expect("the expected event within the wait");
            if wanted(&seen) {
                return seen;
            }
        }
    }
}

/// Waits until `condition` holds, polling.
pub fn eventually(what: &str, condition: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !condition() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
