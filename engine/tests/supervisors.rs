//! Conformance: supervisor strategies checked against reference restart logs, restart
//! types, intensity and escalation, and shutdown order with timeout then kill.

mod common;

use std::sync::Arc;
use std::time::Duration;

use hearth_engine::{
    ChildSpec, Ctx, ExitReason, NodeHandle, Pid, Process, Restart, Shutdown, Strategy, Supervisor,
    SupervisorEvent, SupervisorMsg, SupervisorSpec, SystemMsg,
};

/// A supervised child that can be told to crash; with `stubborn` it traps exits and
/// ignores `shutdown`, so only `kill` stops it.
struct Child {
    stubborn: bool,
}

impl Process for Child {
    type Msg = ExitReason;
    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        ctx.trap_exit(self.stubborn);
        Ok(())
    }
    fn handle(&mut self, reason: ExitReason, ctx: &mut Ctx<'_, Self>) {
        ctx.stop(reason);
    }
    fn handle_system(&mut self, _message: SystemMsg, _ctx: &mut Ctx<'_, Self>) {}
}

fn child(id: &str, restart: Restart) -> ChildSpec {
    ChildSpec::new(id, |starter| starter.spawn_link(Child { stubborn: false })).restart(restart)
}

/// One log line: what happened to which child, and why.
#[derive(Debug, PartialEq, Eq, Clone)]
enum Log {
    Started(String),
    Exited(String, ExitReason),
    Stopped(String, ExitReason),
    GaveUp,
}

struct Watched {
    events: flume::Receiver<SupervisorEvent>,
    pids: std::collections::HashMap<String, Pid>,
}

impl Watched {
    /// Reads `count` events into log lines, remembering the latest pid of each child.
    fn read(&mut self, count: usize) -> Vec<Log> {
        (0..count)
            .map(|_| {
                match self
                    .events
                    .recv_timeout(common::WAIT)
                    .expect("supervisor event")
                {
                    SupervisorEvent::Started { id, pid } => {
                        self.pids.insert(id.clone(), pid);
                        Log::Started(id)
                    }
                    SupervisorEvent::Exited { id, reason } => Log::Exited(id, reason),
                    SupervisorEvent::Stopped { id, reason } => Log::Stopped(id, reason),
                    SupervisorEvent::GaveUp => Log::GaveUp,
                }
            })
            .collect()
    }

    /// Asserts no supervisor event comes: a supervisor acts on an exit at once, so any
    /// event the last step caused is queued within [`common::QUIET`]. (The supervisor's
    /// events go to a channel, not to a process that could be sent a marker behind them.)
    fn quiet(&self) {
        if let Ok(event) = self.events.recv_timeout(common::QUIET) {
            panic!("unexpected supervisor event {event:?}");
        }
    }

    fn crash(&self, node: &NodeHandle, id: &str) {
        let pid = self.pids[id];
        node.send(
            hearth_engine::Addr::<ExitReason>::from_pid(pid),
            ExitReason::custom("crash"),
        )
        .unwrap();
    }
}

fn start(node: &NodeHandle, spec: SupervisorSpec) -> (hearth_engine::Addr<SupervisorMsg>, Watched) {
    let (events, receiver) = flume::unbounded();
    let children = spec.children.len();
    let supervisor = node.spawn(0, Supervisor::new(spec.events(events))).unwrap();
    let mut watched = Watched {
        events: receiver,
        pids: Default::default(),
    };
    // Wait for the static children's start events, exactly as many as there are.
    let started = watched.read(children);
    assert!(
        started.iter().all(|log| matches!(log, Log::Started(_))),
        "the static children start first: {started:?}"
    );
    (supervisor, watched)
}

fn crash() -> ExitReason {
    ExitReason::custom("crash")
}

fn abc(strategy: Strategy) -> SupervisorSpec {
    let children = ["a", "b", "c"]
        .iter()
        .map(|id| child(id, Restart::Permanent))
        .collect();
    SupervisorSpec::new(strategy, children).intensity(10, Duration::from_secs(5))
}

#[test]
fn one_for_one_restarts_only_the_child_that_exited() {
    let node = common::node(1);
    let (_, mut watched) = start(&node.handle(), abc(Strategy::OneForOne));
    watched.crash(&node.handle(), "b");
    assert_eq!(
        watched.read(2),
        [Log::Exited("b".into(), crash()), Log::Started("b".into())]
    );
    watched.quiet();
}

#[test]
fn one_for_all_stops_the_others_in_reverse_then_restarts_all_in_order() {
    let node = common::node(1);
    let (_, mut watched) = start(&node.handle(), abc(Strategy::OneForAll));
    watched.crash(&node.handle(), "b");
    let expected = [
        Log::Exited("b".into(), crash()),
        Log::Stopped("c".into(), ExitReason::Shutdown),
        Log::Stopped("a".into(), ExitReason::Shutdown),
        Log::Started("a".into()),
        Log::Started("b".into()),
        Log::Started("c".into()),
    ];
    assert_eq!(watched.read(6), expected);
    watched.quiet();
}

#[test]
fn rest_for_one_restarts_the_child_and_those_started_after_it() {
    let node = common::node(1);
    let (_, mut watched) = start(&node.handle(), abc(Strategy::RestForOne));
    watched.crash(&node.handle(), "b");
    let expected = [
        Log::Exited("b".into(), crash()),
        Log::Stopped("c".into(), ExitReason::Shutdown),
        Log::Started("b".into()),
        Log::Started("c".into()),
    ];
    assert_eq!(watched.read(4), expected);
    watched.quiet();
}

#[test]
fn transient_and_temporary_children_follow_their_restart_type() {
    let node = common::node(1);
    let children = vec![
        child("transient", Restart::Transient),
        child("temporary", Restart::Temporary),
    ];
    let spec =
        SupervisorSpec::new(Strategy::OneForOne, children).intensity(10, Duration::from_secs(5));
    let (_, mut watched) = start(&node.handle(), spec);
    let transient = hearth_engine::Addr::<ExitReason>::from_pid(watched.pids["transient"]);
    node.handle().send(transient, ExitReason::Normal).unwrap();
    assert_eq!(
        watched.read(1),
        [Log::Exited("transient".into(), ExitReason::Normal)]
    );
    watched.quiet();
    watched.crash(&node.handle(), "temporary");
    assert_eq!(watched.read(1), [Log::Exited("temporary".into(), crash())]);
    watched.quiet();
}

#[test]
fn simple_one_for_one_restarts_a_dynamic_child_with_its_arguments() {
    let node = common::node(1);
    let template = ChildSpec::new("worker", |_| {
        unreachable!("dynamic children use the template")
    });
    let spec = SupervisorSpec::dynamic(template, |starter, args| {
        let stubborn = *args.downcast_ref::<bool>().expect("bool args");
        starter.spawn_link(Child { stubborn })
    })
    .intensity(10, Duration::from_secs(5));
    let (supervisor, mut watched) = start(&node.handle(), spec);
    for _ in 0..3 {
        let message = SupervisorMsg::StartChild {
            args: Arc::new(false),
            reply: None,
        };
        node.handle().send(supervisor, message).unwrap();
    }
    assert_eq!(watched.read(3), vec![Log::Started("worker".into()); 3]);
    watched.crash(&node.handle(), "worker");
    assert_eq!(
        watched.read(2),
        [
            Log::Exited("worker".into(), crash()),
            Log::Started("worker".into())
        ]
    );
    watched.quiet();
}

#[test]
fn exceeding_the_intensity_stops_everything_and_escalates() {
    let node = common::node(1);
    let spec = abc(Strategy::OneForOne).intensity(1, Duration::from_secs(5));
    let (supervisor, mut watched) = start(&node.handle(), spec);
    let probe = common::ProbeHandle::spawn(&node.handle(), 0);
    let monitor = probe.run(move |ctx| ctx.monitor(supervisor.pid()));
    watched.crash(&node.handle(), "a");
    assert_eq!(
        watched.read(2),
        [Log::Exited("a".into(), crash()), Log::Started("a".into())]
    );
    watched.crash(&node.handle(), "a");
    let expected = [
        Log::Exited("a".into(), crash()),
        Log::GaveUp,
        Log::Stopped("c".into(), ExitReason::Shutdown),
        Log::Stopped("b".into(), ExitReason::Shutdown),
    ];
    assert_eq!(watched.read(4), expected);
    assert_eq!(
        probe.next_down(),
        (monitor, supervisor.pid(), ExitReason::RestartIntensity)
    );
}

#[test]
fn an_inner_supervisor_that_gives_up_is_restarted_by_its_parent() {
    let node = common::node(2);
    let (inner_events, inner_log) = flume::unbounded();
    let inner = ChildSpec::new("inner", move |starter| {
        let children = vec![child("leaf", Restart::Permanent)];
        let spec =
            SupervisorSpec::new(Strategy::OneForOne, children).intensity(0, Duration::from_secs(5));
        let spec = spec.events(inner_events.clone());
        starter.spawn_link_on(Supervisor::new(spec), hearth_engine::Placement::Shard(1))
    });
    let outer =
        SupervisorSpec::new(Strategy::OneForOne, vec![inner]).intensity(5, Duration::from_secs(5));
    let (_, mut outer_watched) = start(&node.handle(), outer);
    let mut inner_watched = Watched {
        events: inner_log,
        pids: Default::default(),
    };
    assert_eq!(inner_watched.read(1), [Log::Started("leaf".into())]);
    inner_watched.crash(&node.handle(), "leaf");
    assert_eq!(
        inner_watched.read(2),
        [Log::Exited("leaf".into(), crash()), Log::GaveUp]
    );
    let escalated = outer_watched.read(2);
    assert_eq!(
        escalated,
        [
            Log::Exited("inner".into(), ExitReason::RestartIntensity),
            Log::Started("inner".into())
        ]
    );
    // The restarted inner supervisor started a fresh leaf.
    assert_eq!(inner_watched.read(1), [Log::Started("leaf".into())]);
}

#[test]
fn shutdown_stops_children_in_reverse_order_and_kills_a_stubborn_one() {
    let node = common::node(1);
    let stubborn = ChildSpec::new("stubborn", |starter| {
        starter.spawn_link(Child { stubborn: true })
    })
    .shutdown(Shutdown::Timeout(Duration::from_millis(50)));
    let children = vec![
        child("first", Restart::Permanent),
        stubborn,
        child("last", Restart::Permanent),
    ];
    let (supervisor, mut watched) = start(
        &node.handle(),
        SupervisorSpec::new(Strategy::OneForOne, children),
    );
    let probe = common::ProbeHandle::spawn(&node.handle(), 0);
    probe.run(move |ctx| ctx.exit(supervisor.pid(), ExitReason::Shutdown));
    let expected = [
        Log::Stopped("last".into(), ExitReason::Shutdown),
        Log::Stopped("stubborn".into(), ExitReason::Killed),
        Log::Stopped("first".into(), ExitReason::Shutdown),
    ];
    assert_eq!(watched.read(3), expected);
}

#[test]
fn node_shutdown_stops_supervised_children_in_reverse_order() {
    let node = common::node(2);
    let (events, receiver) = flume::unbounded();
    let children = ["one", "two", "three"]
        .iter()
        .map(|id| child(id, Restart::Permanent))
        .collect();
    let spec = SupervisorSpec::new(Strategy::OneForOne, children).events(events);
    node.handle().spawn(1, Supervisor::new(spec)).unwrap();
    let mut watched = Watched {
        events: receiver,
        pids: Default::default(),
    };
    assert_eq!(watched.read(3).len(), 3, "the three children started");
    node.shutdown();
    let expected = [
        Log::Stopped("three".into(), ExitReason::Shutdown),
        Log::Stopped("two".into(), ExitReason::Shutdown),
        Log::Stopped("one".into(), ExitReason::Shutdown),
    ];
    assert_eq!(watched.read(3), expected);
}
