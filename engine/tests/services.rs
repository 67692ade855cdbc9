//! Conformance: a service's tasks reach their shard only between turns. `ShardHandle::with`
//! is async, so a handler cannot re-enter its own shard: a `with` future polled from
//! inside a handler is not ready (the shard is in its turn), and the same future spawned
//! as a task completes after the turn.

mod common;

use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

use hearth_engine::{
    Ctx, Node, NodeConfig, Process, RemoteShard, Services, ShardHandle, ShardService,
};

thread_local! {
    /// The handle the test service got on this shard's thread.
    static HANDLE: RefCell<Option<ShardHandle>> = const { RefCell::new(None) };
}

/// Keeps the shard's handle where the shard's processes can find it (a misuse the API
/// must survive: a process holding its shard's handle).
struct Stash;

impl ShardService for Stash {
    fn start(&self, here: &mut RemoteShard<'_>, handle: ShardHandle) {
        assert_eq!(handle.shard(), here.shard());
        HANDLE.with(|slot| *slot.borrow_mut() = Some(handle));
    }
}

/// Tries to reach its own shard through the stashed handle from inside its handler.
struct Reentrant;

impl Process for Reentrant {
    type Msg = flume::Sender<(bool, u64)>;
    fn handle(&mut self, report: Self::Msg, ctx: &mut Ctx<'_, Self>) {
        let handle = HANDLE.with(|slot| slot.borrow().clone()).expect("stashed");
        let mut visit = Box::pin(async move { handle.with(|shard| shard.now_ns()).await });
        let ready_inside =
            futures_lite::future::block_on(futures_lite::future::poll_once(&mut visit));
        ctx.spawn_task(async move {
            let now_ns = visit.await;
            let _ = report.send((ready_inside.is_some(), now_ns));
        });
    }
}

#[test]
fn a_handler_cannot_reenter_its_shard_and_its_task_gets_there_after_the_turn() {
    let node = Node::start(NodeConfig {
        shards: 1,
        pin: false,
        shutdown_grace: Duration::from_millis(200),
        services: Services(vec![Arc::new(Stash)]),
        ..NodeConfig::default()
    })
    .expect("node starts");
    let process = node.handle().spawn(0, Reentrant).unwrap();
    let (report, reported) = flume::bounded(1);
    node.handle().send(process, report).unwrap();
    let (ready_inside, now_ns) = reported
        .recv_timeout(common::WAIT)
        .expect("the task reached the shard after the turn");
    assert!(
        !ready_inside,
        "inside a handler the shard is busy: not ready"
    );
    assert!(now_ns > 0, "the task ran with the shard");
}
