//! Conformance: links, exit signals, trap_exit, kill, monitors and DOWN (Erlang's rules).

mod common;

use common::{Event, ProbeHandle, Worker, WorkerMsg, node};
use hearth_engine::{ExitReason, SystemMsg};

#[test]
fn an_abnormal_exit_propagates_over_a_link_and_reaches_a_trapping_process_as_a_message() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let worker = probe.run(|ctx| {
        ctx.trap_exit(true);
        ctx.spawn_link(Worker).unwrap()
    });
    node.handle()
        .send(worker, WorkerMsg::Stop(ExitReason::custom("boom")))
        .unwrap();
    assert_eq!(
        probe.next_exit(),
        (worker.pid(), ExitReason::custom("boom"))
    );
}

#[test]
fn a_linked_process_that_does_not_trap_dies_with_the_same_reason() {
    let node = node(2);
    let watcher = ProbeHandle::spawn(&node.handle(), 0);
    let middle = ProbeHandle::spawn(&node.handle(), 1);
    let leaf = middle.run(|ctx| ctx.spawn_link(Worker).unwrap());
    let middle_pid = middle.pid();
    // The monitor and the stop travel the same ring from the watcher, in that order.
    let monitor = watcher.run(move |ctx| {
        let monitor = ctx.monitor(middle_pid);
        ctx.send(leaf, WorkerMsg::Stop(ExitReason::custom("leaf failed")))
            .unwrap();
        monitor
    });
    assert_eq!(
        watcher.next_down(),
        (monitor, middle_pid, ExitReason::custom("leaf failed"))
    );
    middle.quiet();
}

#[test]
fn a_normal_exit_is_ignored_by_links_unless_trapping() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let worker = probe.run(|ctx| ctx.spawn_link(Worker).unwrap());
    let monitor = probe.run(move |ctx| ctx.monitor(worker.pid()));
    node.handle()
        .send(worker, WorkerMsg::Stop(ExitReason::Normal))
        .unwrap();
    let (down, _, reason) = probe.next_down();
    assert_eq!((down, reason), (monitor, ExitReason::Normal));
    // The probe survived: it still runs commands.
    assert!(probe.run(|ctx| ctx.me()) == probe.pid());

    let trapping = ProbeHandle::spawn(&node.handle(), 0);
    let worker = trapping.run(|ctx| {
        ctx.trap_exit(true);
        ctx.spawn_link(Worker).unwrap()
    });
    node.handle()
        .send(worker, WorkerMsg::Stop(ExitReason::Normal))
        .unwrap();
    assert_eq!(trapping.next_exit(), (worker.pid(), ExitReason::Normal));
}

#[test]
fn kill_cannot_be_trapped_and_links_see_killed() {
    let node = node(1);
    let observer = ProbeHandle::spawn(&node.handle(), 0);
    let victim = ProbeHandle::spawn(&node.handle(), 0);
    victim.run(|ctx| ctx.trap_exit(true));
    let victim_pid = victim.pid();
    observer.run(move |ctx| {
        ctx.trap_exit(true);
        ctx.link(victim_pid);
    });
    observer.run(move |ctx| ctx.kill(victim_pid));
    assert_eq!(observer.next_exit(), (victim_pid, ExitReason::Killed));
    // A killed process does not run terminate.
    victim.quiet();
}

#[test]
fn exit_with_kill_as_a_link_reason_is_trappable() {
    let node = node(1);
    let first = ProbeHandle::spawn(&node.handle(), 0);
    let second = ProbeHandle::spawn(&node.handle(), 0);
    let second_pid = second.pid();
    second.run(|ctx| ctx.trap_exit(true));
    first.run(move |ctx| ctx.link(second_pid));
    let first_pid = first.pid();
    first.run(move |ctx| ctx.kill(first_pid));
    // `second` traps, and the propagated reason is `killed`, not an untrappable kill.
    assert_eq!(second.next_exit(), (first_pid, ExitReason::Killed));
}

#[test]
fn exit2_with_normal_is_ignored_but_exit2_with_a_reason_kills() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let worker = probe.run(|ctx| ctx.spawn(Worker).unwrap());
    let monitor = probe.run(move |ctx| {
        let monitor = ctx.monitor(worker.pid());
        ctx.exit(worker.pid(), ExitReason::Normal);
        monitor
    });
    probe.quiet();
    probe.run(move |ctx| ctx.exit(worker.pid(), ExitReason::Shutdown));
    assert_eq!(
        probe.next_down(),
        (monitor, worker.pid(), ExitReason::Shutdown)
    );
}

#[test]
fn monitors_report_the_reason_and_a_dead_target_gives_noproc_at_once() {
    let node = node(2);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let worker = node.handle().spawn(1, Worker).unwrap();
    let monitor = probe.run(move |ctx| {
        let monitor = ctx.monitor(worker.pid());
        ctx.send(worker, WorkerMsg::Panic("bad state".into()))
            .unwrap();
        monitor
    });
    let (down, pid, reason) = probe.next_down();
    assert_eq!((down, pid), (monitor, worker.pid()));
    let ExitReason::Panic(info) = reason else {
        panic!("expected a panic reason, got {reason}")
    };
    assert_eq!(info.message, "bad state");
    assert!(
        info.location
            .as_deref()
            .is_some_and(|at| at.contains("common/mod.rs")),
        "{info:?}"
    );

    let late = probe.run(move |ctx| ctx.monitor(worker.pid()));
    assert_eq!(probe.next_down(), (late, worker.pid(), ExitReason::NoProc));
}

#[test]
fn linking_a_dead_process_sends_noproc() {
    let node = node(2);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let worker = node.handle().spawn(1, Worker).unwrap();
    probe.run(move |ctx| {
        ctx.monitor(worker.pid());
        ctx.send(worker, WorkerMsg::Stop(ExitReason::Normal))
            .unwrap();
    });
    probe.next_down();
    probe.run(move |ctx| {
        ctx.trap_exit(true);
        ctx.link(worker.pid());
    });
    assert_eq!(probe.next_exit(), (worker.pid(), ExitReason::NoProc));
}

/// Monitors a worker, stops it, then keeps its own run busy with fillers so the DOWN is
/// queued behind the last filler, which demonitors with flush before the DOWN is handled.
struct Flusher {
    events: flume::Sender<bool>,
    monitor: Option<hearth_engine::MonitorRef>,
}

enum FlusherMsg {
    Start,
    Filler(usize),
}

impl hearth_engine::Process for Flusher {
    type Msg = FlusherMsg;
    fn handle(&mut self, message: FlusherMsg, ctx: &mut hearth_engine::Ctx<'_, Self>) {
        match message {
            FlusherMsg::Start => {
                let worker = ctx.spawn(Worker).unwrap();
                self.monitor = Some(ctx.monitor(worker.pid()));
                ctx.send(worker, WorkerMsg::Stop(ExitReason::custom("gone")))
                    .unwrap();
                // This run handles Start and MESSAGES_PER_RUN - 1 fillers; the last
                // filler runs after the worker died and its DOWN was queued.
                for index in 0..hearth_engine::MESSAGES_PER_RUN {
                    ctx.send(ctx.addr(), FlusherMsg::Filler(index)).unwrap();
                }
            }
            FlusherMsg::Filler(index) if index + 1 == hearth_engine::MESSAGES_PER_RUN => {
                let active = ctx.demonitor(self.monitor.unwrap(), true);
                let _ = self.events.send(active);
            }
            FlusherMsg::Filler(_) => {}
        }
    }
    fn handle_system(&mut self, _message: SystemMsg, _ctx: &mut hearth_engine::Ctx<'_, Self>) {
        let _ = self.events.send(true);
    }
}

#[test]
fn demonitor_with_flush_removes_a_queued_down() {
    let node = node(1);
    let (events, seen) = flume::unbounded();
    let flusher = node
        .handle()
        .spawn(
            0,
            Flusher {
                events,
                monitor: None,
            },
        )
        .unwrap();
    node.handle().send(flusher, FlusherMsg::Start).unwrap();
    let active = seen.recv_timeout(common::WAIT).unwrap();
    assert!(
        !active,
        "the monitor had fired (its DOWN was queued) before the demonitor"
    );
    assert!(
        seen.recv_timeout(common::QUIET).is_err(),
        "the queued DOWN was flushed"
    );
}

#[test]
fn unlink_means_no_exit_signal_afterwards() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let worker = probe.run(|ctx| {
        ctx.trap_exit(true);
        let worker = ctx.spawn_link(Worker).unwrap();
        ctx.unlink(worker.pid());
        worker
    });
    node.handle()
        .send(worker, WorkerMsg::Stop(ExitReason::custom("after unlink")))
        .unwrap();
    probe.quiet();
}

#[test]
fn a_panic_kills_only_its_process_and_runs_terminate() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let victim = ProbeHandle::spawn(&node.handle(), 0);
    let monitor = probe.run({
        let pid = victim.pid();
        move |ctx| ctx.monitor(pid)
    });
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        victim.run(|_| -> () { panic!("handler bug") })
    }));
    assert!(
        result.is_err(),
        "the command never answered: its process died"
    );
    let Event::Terminated(ExitReason::Panic(info)) = victim.next() else {
        panic!("terminate with panic")
    };
    assert_eq!(info.message, "handler bug");
    let (down, _, reason) = probe.next_down();
    assert_eq!(down, monitor);
    assert!(matches!(reason, ExitReason::Panic(_)));
    assert_eq!(
        probe.run(|ctx| ctx.shard()),
        0,
        "the shard and the other probe live on"
    );
}

#[test]
fn spawn_link_on_another_shard_is_atomic() {
    struct FailsInInit;
    impl hearth_engine::Process for FailsInInit {
        type Msg = ();
        fn init(&mut self, _ctx: &mut hearth_engine::Ctx<'_, Self>) -> Result<(), ExitReason> {
            Err(ExitReason::custom("cannot start"))
        }
        fn handle(&mut self, (): (), _ctx: &mut hearth_engine::Ctx<'_, Self>) {}
    }
    let node = node(2);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let spawned = probe.run(|ctx| {
        ctx.trap_exit(true);
        let options = hearth_engine::SpawnOptions::on(hearth_engine::Placement::Shard(1))
            .linked()
            .monitored();
        ctx.spawn_opts(FailsInInit, options).unwrap()
    });
    assert_eq!(spawned.addr.pid().shard(), 1);
    let mut saw_exit = false;
    let mut saw_down = false;
    for _ in 0..2 {
        match probe.next() {
            Event::System(SystemMsg::Exit { from, reason }) => {
                assert_eq!(
                    (from, reason),
                    (spawned.addr.pid(), ExitReason::custom("cannot start"))
                );
                saw_exit = true;
            }
            Event::System(SystemMsg::Down {
                monitor, reason, ..
            }) => {
                assert_eq!(
                    (Some(monitor), reason),
                    (spawned.monitor, ExitReason::custom("cannot start"))
                );
                saw_down = true;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(saw_exit && saw_down);
}
