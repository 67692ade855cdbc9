//! Conformance: registered names — one per process, one process per name, freed at exit;
//! found from every shard once the owner's notice arrived; a conflict between shards
//! resolves to the lower shard.

mod common;

use common::{Event, ProbeHandle, ProbeMsg, Worker, WorkerMsg, node};
use hearth_engine::{ExitReason, NameError, SendError};

#[test]
fn a_name_finds_its_process_from_any_shard() {
    let node = node(2);
    let owner = ProbeHandle::spawn(&node.handle(), 0);
    let other = ProbeHandle::spawn(&node.handle(), 1);
    owner.run(|ctx| ctx.register("owner")).unwrap();
    // Another shard learns of the name when the owner's notice reaches it (registry.rs):
    // microseconds, but not at once.
    let deadline = std::time::Instant::now() + common::WAIT;
    while other.run(|ctx| ctx.whereis("owner")).is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "waited for shard 1 to learn shard 0's name"
        );
    }
    assert_eq!(other.run(|ctx| ctx.whereis("owner")), Some(owner.pid()));
    other
        .run(|ctx| ctx.send_named("owner", ProbeMsg::Data(7)))
        .unwrap();
    assert!(matches!(owner.next(), Event::Data(7)));
}

#[test]
fn a_taken_name_and_a_second_name_are_refused() {
    let node = node(1);
    let first = ProbeHandle::spawn(&node.handle(), 0);
    let second = ProbeHandle::spawn(&node.handle(), 0);
    first.run(|ctx| ctx.register("guild:7")).unwrap();
    assert_eq!(
        second.run(|ctx| ctx.register("guild:7")),
        Err(NameError::Taken(first.pid()))
    );
    let again = first.run(|ctx| ctx.register("another"));
    assert!(matches!(again, Err(NameError::AlreadyNamed(name)) if &*name == "guild:7"));
}

#[test]
fn a_name_is_freed_when_its_process_exits_or_unregisters() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let worker = node.handle().spawn(0, Worker).unwrap();
    probe.run(|ctx| ctx.register("temporary")).unwrap();
    assert_eq!(
        probe.run(|ctx| ctx.unregister()).as_deref(),
        Some("temporary")
    );
    assert_eq!(probe.run(|ctx| ctx.whereis("temporary")), None);

    let named = ProbeHandle::spawn(&node.handle(), 0);
    named.run(|ctx| ctx.register("short-lived")).unwrap();
    let named_pid = named.pid();
    // The name goes before the DOWN is sent: once the DOWN is here, it is free.
    let monitor = probe.run(move |ctx| {
        let monitor = ctx.monitor(named_pid);
        ctx.exit(named_pid, ExitReason::Shutdown);
        monitor
    });
    assert_eq!(
        probe.next_down(),
        (monitor, named_pid, ExitReason::Shutdown)
    );
    assert_eq!(
        probe.run(|ctx| ctx.whereis("short-lived")),
        None,
        "name freed at exit"
    );
    probe.run(|ctx| ctx.register("short-lived")).unwrap();
    node.handle()
        .send(worker, WorkerMsg::Stop(ExitReason::Normal))
        .unwrap();
}

#[test]
fn sending_to_an_unknown_name_hands_the_message_back() {
    let node = node(1);
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let result = probe.run(|ctx| ctx.send_named("nobody", ProbeMsg::Data(1)));
    assert!(matches!(result, Err(SendError::NoName(ProbeMsg::Data(1)))));
}

#[test]
fn two_shards_registering_one_name_at_once_end_with_the_lower_shards_process() {
    let node = node(2);
    let low = ProbeHandle::spawn(&node.handle(), 0);
    let high = ProbeHandle::spawn(&node.handle(), 1);
    high.run(|ctx| ctx.trap_exit(true));
    let (low_pid, high_pid) = (low.pid(), high.pid());
    // Hold shard 1 inside `high`'s handler while shard 0 registers: shard 1 cannot hear
    // of it, so `high` registers on a view without it — a real conflict.
    let (holding, held) = flume::bounded(1);
    let (go, wait) = flume::bounded::<()>(1);
    let (registered, outcome) = flume::bounded(1);
    let command = move |_: &mut common::Probe, ctx: &mut hearth_engine::Ctx<'_, common::Probe>| {
        holding.send(()).unwrap();
        wait.recv_timeout(common::WAIT)
            .expect("released by the test");
        registered.send(ctx.register("contested")).unwrap();
    };
    node.handle()
        .send(high.addr, ProbeMsg::Run(Box::new(command)))
        .unwrap();
    held.recv_timeout(common::WAIT).expect("shard 1 held");
    assert_eq!(low.run(|ctx| ctx.register("contested")), Ok(()));
    go.send(()).unwrap();
    assert_eq!(
        outcome.recv_timeout(common::WAIT).unwrap(),
        Ok(()),
        "shard 1 had not heard of shard 0's name"
    );
    // Shard 1's process loses: it is told with an exit signal naming the conflict.
    match high.next() {
        Event::System(hearth_engine::SystemMsg::Exit { from, reason }) => {
            assert_eq!(from, high_pid);
            assert_eq!(reason, ExitReason::custom("name conflict: contested"));
        }
        other => panic!("expected the conflict's exit signal, got {other:?}"),
    }
    assert_eq!(high.run(|ctx| ctx.whereis("contested")), Some(low_pid));
    assert_eq!(low.run(|ctx| ctx.whereis("contested")), Some(low_pid));
    // The loser holds no name any more: it may take another.
    assert_eq!(high.run(|ctx| ctx.register("other")), Ok(()));
}
