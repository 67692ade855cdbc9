//! Keyed world processes started on demand: a second process of a key ends `normal` at
//! once, so its supervisor never restarts it in a loop.

mod support;

use std::time::Duration;

use hearth_engine::{
    ChildSpec, ExitReason, Node, NodeConfig, Restart, Strategy, Supervisor, SupervisorEvent,
    SupervisorSpec,
};
use hearth_world::cell::{Cell, cell_name};
use support::TestPort;

#[test]
fn a_second_cell_of_the_same_id_ends_normally_and_is_not_restarted_in_a_loop() {
    // Two transient children for cell 7, as when a restart races a start: the second
    // finds the name taken. It must end `normal` (not be restarted until the
    // supervisor's intensity gives up and takes the first cell down with it).
    let node = Node::start(NodeConfig {
        shards: 1,
        pin: false,
        ..NodeConfig::default()
    })
    .unwrap();
    let (events, seen) = flume::unbounded();
    let cell = |id: &str| {
        ChildSpec::new(id, |starter| {
            starter.spawn_link(Cell::new(
                7,
                TestPort::port(),
                hearth_world::Tuning::shared_default(),
            ))
        })
        .restart(Restart::Transient)
    };
    let spec = SupervisorSpec::new(Strategy::OneForOne, vec![cell("first"), cell("second")])
        .intensity(3, Duration::from_secs(10))
        .events(events);
    node.handle().spawn(0, Supervisor::new(spec)).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_millis(500);
    while let Ok(event) = seen.recv_deadline(deadline) {
        match event {
            SupervisorEvent::Exited { id, reason } => {
                assert_eq!((id.as_str(), reason), ("second", ExitReason::Normal));
            }
            SupervisorEvent::GaveUp => panic!("the duplicate was restarted in a loop"),
            _ => {}
        }
    }
    let running = node
        .handle()
        .run_on(0, |ctx| ctx.whereis(&cell_name(7)))
        .unwrap();
    assert!(running.is_some(), "the first cell runs");
    node.shutdown();
}
