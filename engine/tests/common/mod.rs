//! Test helpers: a node per test, and `Probe`, a process driven by closures that reports
//! everything it receives, so a test can act as a process and observe signals.

#![allow(dead_code, unreachable_pub)]

use std::time::Duration;

use hearth_engine::{
    Addr, Ctx, ExitReason, Node, NodeConfig, NodeHandle, Pid, Process, Reply, SystemMsg,
};

/// How long a test waits for an expected event before failing.
pub const WAIT: Duration = Duration::from_secs(5);
/// How long a test gives an event that must *not* come (a timeout that was cancelled, a
/// duplicate): the probe's own timer fires after it, and must be the next event.
pub const QUIET: Duration = Duration::from_millis(150);
/// Timer tag of that marker (the probes' own timers use small tags).
pub const QUIET_MARKER: u64 = u64::MAX >> 1;

pub fn node(shards: usize) -> Node {
    Node::start(NodeConfig {
        shards,
        pin: false,
        // Probes trap exits and ignore shutdown; do not wait long for them.
        shutdown_grace: Duration::from_millis(200),
        ..NodeConfig::default()
    })
    .expect("node starts")
}

/// What a probe saw.
#[derive(Debug)]
pub enum Event {
    Data(u64),
    Reply(Reply<u64>),
    System(SystemMsg),
    Terminated(ExitReason),
}

pub type Command = Box<dyn FnOnce(&mut Probe, &mut Ctx<'_, Probe>) + Send>;

pub enum ProbeMsg {
    Run(Command),
    Data(u64),
    Reply(Reply<u64>),
}

impl From<Reply<u64>> for ProbeMsg {
    fn from(reply: Reply<u64>) -> Self {
        Self::Reply(reply)
    }
}

pub struct Probe {
    pub events: flume::Sender<Event>,
}

impl Process for Probe {
    type Msg = ProbeMsg;
    fn handle(&mut self, message: ProbeMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            ProbeMsg::Run(command) => command(self, ctx),
            ProbeMsg::Data(value) => {
                let _ = self.events.send(Event::Data(value));
            }
            ProbeMsg::Reply(reply) => {
                let _ = self.events.send(Event::Reply(reply));
            }
        }
    }
    fn handle_system(&mut self, message: SystemMsg, _ctx: &mut Ctx<'_, Self>) {
        let _ = self.events.send(Event::System(message));
    }
    fn terminate(&mut self, reason: &ExitReason, _ctx: &mut Ctx<'_, Self>) {
        let _ = self.events.send(Event::Terminated(reason.clone()));
    }
}

/// A probe on a shard, with the receiving end of its events.
pub struct ProbeHandle {
    pub addr: Addr<ProbeMsg>,
    pub events: flume::Receiver<Event>,
    pub node: NodeHandle,
}

impl ProbeHandle {
    pub fn spawn(node: &NodeHandle, shard: usize) -> Self {
        let (events, receiver) = flume::unbounded();
        let addr = node.spawn(shard, Probe { events }).expect("spawn probe");
        Self {
            addr,
            events: receiver,
            node: node.clone(),
        }
    }

    pub fn pid(&self) -> Pid {
        self.addr.pid()
    }

    /// Runs `command` inside the probe and returns its result.
    pub fn run<T: Send + 'static>(
        &self,
        command: impl FnOnce(&mut Ctx<'_, Probe>) -> T + Send + 'static,
    ) -> T {
        let (sender, result) = flume::bounded(1);
        let command: Command = Box::new(move |_, ctx| {
            let _ = sender.send(command(ctx));
        });
        self.node
            .send(self.addr, ProbeMsg::Run(command))
            .expect("probe reachable");
        result.recv_timeout(WAIT).expect("probe ran the command")
    }

    /// The next event, or a failure after [`WAIT`].
    pub fn next(&self) -> Event {
        self.events
            .recv_timeout(WAIT)
            .expect("an event within the wait")
    }

    /// Asserts nothing arrives for [`QUIET`]: a marker timer started now on the probe's
    /// own shard must be the next event (an event, not a sleep: on a busy machine the
    /// marker is as late as anything it races on that shard). Use it where what must not
    /// come would come from the probe's own shard (a timer, a call's timeout); an event
    /// from another shard is not ordered with the marker.
    pub fn quiet(&self) {
        self.quiet_for(QUIET);
    }

    /// [`ProbeHandle::quiet`] for `span`.
    pub fn quiet_for(&self, span: Duration) {
        match self.events.try_recv() {
            Ok(event) => panic!("unexpected event {event:?}"),
            // The probe ended (its sender went with it): nothing can come any more.
            Err(flume::TryRecvError::Disconnected) => return,
            Err(flume::TryRecvError::Empty) => {}
        }
        self.run(move |ctx| ctx.start_timer(span, QUIET_MARKER).expect("marker timer"));
        match self.next() {
            Event::System(SystemMsg::Timer {
                tag: QUIET_MARKER, ..
            }) => {}
            event => panic!("unexpected event before the quiet marker: {event:?}"),
        }
    }

    /// The next event, which must be an exit signal turned message.
    pub fn next_exit(&self) -> (Pid, ExitReason) {
        match self.next() {
            Event::System(SystemMsg::Exit { from, reason }) => (from, reason),
            other => panic!("expected an EXIT, got {other:?}"),
        }
    }

    /// The next event, which must be a DOWN.
    pub fn next_down(&self) -> (hearth_engine::MonitorRef, Pid, ExitReason) {
        match self.next() {
            Event::System(SystemMsg::Down {
                monitor,
                pid,
                reason,
            }) => (monitor, pid, reason),
            other => panic!("expected a DOWN, got {other:?}"),
        }
    }
}

/// A process that does what its messages say: stop, panic, or forward.
pub struct Worker;

pub enum WorkerMsg {
    Stop(ExitReason),
    Panic(String),
    Echo(Addr<ProbeMsg>, u64),
}

impl Process for Worker {
    type Msg = WorkerMsg;
    fn handle(&mut self, message: WorkerMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            WorkerMsg::Stop(reason) => ctx.stop(reason),
            WorkerMsg::Panic(text) => panic!("{text}"),
            WorkerMsg::Echo(to, value) => {
                let _ = ctx.send(to, ProbeMsg::Data(value));
            }
        }
    }
}
