//! A supervision tree whose worker crashes and is restarted, printing what happened and
//! why. Run it with:
//!
//! ```text
//! cargo run -p hearth-engine --example supervision_tree
//! ```
//!
//! A `Counter` worker counts messages and crashes on the fourth; its supervisor restarts
//! it (one_for_one); a `Reporter` sibling lives on undisturbed. The supervisor's events
//! tell the story, each crash with its cause.

use std::time::Duration;

use hearth_engine::{
    ChildSpec, Ctx, ExitReason, Node, NodeConfig, Process, Strategy, Supervisor, SupervisorEvent,
    SupervisorSpec,
};

/// Counts the messages it gets; the fourth one finds a bug.
struct Counter {
    seen: u32,
}

impl Process for Counter {
    type Msg = u32;
    fn handle(&mut self, value: u32, ctx: &mut Ctx<'_, Self>) {
        self.seen += 1;
        println!(
            "  counter {} got {value} (message #{} of this incarnation)",
            ctx.me(),
            self.seen
        );
        assert!(self.seen < 4, "counter overflowed its budget");
    }
}

/// A sibling that keeps working while the counter crashes.
struct Reporter;

impl Process for Reporter {
    type Msg = ();
    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        ctx.register("counter-reporter")
            .map_err(|error| ExitReason::custom(error.to_string()))
    }
    fn handle(&mut self, (): (), _ctx: &mut Ctx<'_, Self>) {}
}

fn main() {
    let node = Node::start(NodeConfig {
        shards: 2,
        ..NodeConfig::default()
    })
    .expect("node starts");
    let handle = node.handle();
    let (events, story) = flume::unbounded();
    let children = vec![
        ChildSpec::new("counter", |starter| starter.spawn_link(Counter { seen: 0 })),
        ChildSpec::new("reporter", |starter| starter.spawn_link(Reporter)),
    ];
    let spec = SupervisorSpec::new(Strategy::OneForOne, children)
        .intensity(3, Duration::from_secs(5))
        .events(events);
    handle
        .spawn(0, Supervisor::new(spec))
        .expect("supervisor starts");

    let mut counter = None;
    let mut sent = 0;
    while sent < 10 {
        while let Ok(event) = story.recv_timeout(Duration::from_millis(100)) {
            narrate(&event);
            if let SupervisorEvent::Started { id, pid } = event
                && id == "counter"
            {
                counter = Some(hearth_engine::Addr::<u32>::from_pid(pid));
            }
        }
        if let Some(counter) = counter {
            sent += 1;
            let _ = handle.send(counter, sent);
        }
    }
    println!("shutting down: the supervisor stops its children in reverse order");
    node.shutdown();
    while let Ok(event) = story.try_recv() {
        narrate(&event);
    }
}

fn narrate(event: &SupervisorEvent) {
    match event {
        SupervisorEvent::Started { id, pid } => println!("supervisor: started {id} as {pid}"),
        SupervisorEvent::Exited { id, reason } => {
            println!("supervisor: {id} exited ({reason}); restarting it")
        }
        SupervisorEvent::Stopped { id, reason } => println!("supervisor: stopped {id} ({reason})"),
        SupervisorEvent::GaveUp => println!("supervisor: too many restarts; giving up"),
    }
}
