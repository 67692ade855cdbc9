//! The world runs without the gate: a node with only the world and a test
//! [`PlayerPort`](hearth_world::PlayerPort) — no sockets, no gate processes, no hubs of
//! the gate's. Persons attach test connections, a guild's line reaches a routed member
//! through the test fan-out process and an unrouted one through its Person, and the
//! other session events (kicked, refused) come through the port too.

mod support;

use hearth_engine::Pid;
use hearth_protocol::ErrorCode;
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto, GroupKind, push};
use hearth_world::SessionEvent;
use support::{Seen, TestConn, TestHub, TestPort, attached, next, push_of, request, world_node};

fn group_line(push: &proto::Push) -> &proto::GroupLine {
    match &push.body {
        Some(push::Body::GroupLine(line)) => line,
        other => panic!("expected a group line, got {other:?}"),
    }
}

#[test]
fn persons_orgs_and_broadcasts_reach_players_through_the_port() {
    let port = TestPort::port();
    let node = world_node(2, &port);
    let handle = node.handle();
    let (hub_seen, hub_rx) = flume::unbounded();
    let hub = handle.spawn(0, TestHub::new(hub_seen)).unwrap().pid();

    // Alice's connection has a fan-out process; Bob's has none (pushes through his Person).
    let (alice_seen, alice_rx) = flume::unbounded();
    let alice = handle
        .spawn(0, TestConn::new("alice", Vec::new(), Some(hub), alice_seen))
        .unwrap();
    let session = attached(&alice_rx, "alice");
    assert!(!session.resumed && !session.token.is_empty());
    let (bob_seen, bob_rx) = flume::unbounded();
    let bob = handle
        .spawn(1, TestConn::new("bob", Vec::new(), None, bob_seen))
        .unwrap();
    attached(&bob_rx, "bob");

    // Both join guild 42 (the world starts its org on demand); Alice says a line.
    let join = || {
        Body::JoinGroup(proto::JoinGroup {
            kind: GroupKind::GroupGuild as i32,
            group: 42,
        })
    };
    for (conn, seen) in [(alice, &alice_rx), (bob, &bob_rx)] {
        let joined = request(&handle, conn, seen, join());
        assert!(
            matches!(joined, Ok(proto::reply::Body::Done(_))),
            "{joined:?}"
        );
    }
    let say = Body::GroupSay(proto::GroupSay {
        kind: GroupKind::GroupGuild as i32,
        text: "through the port".into(),
    });
    request(&handle, alice, &alice_rx, say).expect("the line is said");

    // Alice is routed: the org encoded the line once, for her connection, at the hub.
    let Seen::Fanout { frame, conns } = next(&hub_rx, "the guild's broadcast at the hub") else {
        panic!("expected a fan-out");
    };
    assert_eq!(
        conns,
        vec![Pid::from(alice).to_bytes()],
        "only the routed member"
    );
    let broadcast = push_of(&frame);
    assert_eq!(
        broadcast.seq, 0,
        "a broadcast is outside the session's sequence"
    );
    assert_eq!(group_line(&broadcast).text, "through the port");

    // Bob is not: his Person turned the line into a numbered push for his connection.
    let Seen::Session(SessionEvent::Frames(frames)) = next(&bob_rx, "bob's pushed line") else {
        panic!("expected frames");
    };
    let pushed = push_of(&frames);
    assert!(pushed.seq > 0, "kept for a resume");
    assert_eq!(group_line(&pushed).text, "through the port");

    // A second connection of Alice's takes her session over: the first is kicked.
    let (again_seen, again_rx) = flume::unbounded();
    handle
        .spawn(0, TestConn::new("alice", Vec::new(), None, again_seen))
        .unwrap();
    attached(&again_rx, "alice's second connection");
    assert!(matches!(
        next(&alice_rx, "alice's first connection kicked"),
        Seen::Session(SessionEvent::Kicked)
    ));

    // A resume with a token the Person does not know is refused.
    let (stale_seen, stale_rx) = flume::unbounded();
    handle
        .spawn(
            1,
            TestConn::new("alice", b"stale".to_vec(), None, stale_seen),
        )
        .unwrap();
    match next(&stale_rx, "the stale resume's refusal") {
        Seen::Session(SessionEvent::Refused { code, .. }) => {
            assert_eq!(code, ErrorCode::ErrorSessionExpired);
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    node.shutdown();
}
