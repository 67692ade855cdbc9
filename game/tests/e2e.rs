//! End-to-end: `hearth` node processes driven over TCP by the Rust client — a standalone
//! node, a gate node and an app node as separate processes, session resume, shutdown,
//! and the command line's refusals.

mod support;

use std::time::{Duration, Instant};

use hearth_protocol::client::{Client, Incoming};
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto, Echo, ErrorCode, Heavy, Move, Whisper, push, reply};
use support::{
    UntilBye, app_and_gate, code_of, cookie_file, fails, fails_with_open_files, logged_in, scratch,
    start, start_in, start_with_open_files, wait_offline,
};

/// The session grace period of the resume test.
const GRACE: Duration = Duration::from_millis(1500);
/// How long past its grace a session may take to end (the node is otherwise idle).
const OFFLINE_TIMEOUT: Duration = Duration::from_secs(5);

fn echo(bytes: &[u8]) -> Body {
    Body::Echo(Echo {
        payload: bytes.to_vec(),
    })
}

#[test]
fn a_standalone_node_answers_in_order_and_pushes() {
    let node = start(&["--client-listen", "127.0.0.1:0"]);
    let mut alice = Client::connect(node.clients()).unwrap();
    let welcome = alice.hello().unwrap();
    assert_eq!(welcome.protocol_version, proto::PROTOCOL_VERSION);
    let ok = alice.login("alice", &support::ticket("alice")).unwrap();
    assert!(!ok.resumed && !ok.session_token.is_empty());

    let reply = alice.request(echo(b"hello")).unwrap();
    assert_eq!(
        reply.body,
        Some(reply::Body::Echo(Echo {
            payload: b"hello".to_vec()
        }))
    );
    let moved = alice.request(Body::Move(Move { x: 300, y: -5 })).unwrap();
    assert!(matches!(
        moved.body,
        Some(reply::Body::Moved(proto::Moved { x: 300, y: -5, .. }))
    ));
    assert!(matches!(
        alice.request(Body::Heavy(Heavy { work: 3 })).unwrap().body,
        Some(reply::Body::Heavy(_))
    ));
    assert_eq!(
        code_of(alice.request(Body::Move(Move { x: i32::MAX, y: 0 }))),
        ErrorCode::ErrorInvalid
    );

    // Requests sent back to back are answered in the order sent, seqs rising.
    let ids: Vec<u64> = (0..50)
        .map(|n| alice.send_request(echo(&[n])).unwrap())
        .collect();
    let mut last_seq = 0;
    for &id in &ids {
        let Incoming::Reply(reply) = alice.recv().unwrap() else {
            panic!("a reply")
        };
        assert_eq!(reply.id, id, "answers in request order");
        assert!(reply.seq > last_seq);
        last_seq = reply.seq;
    }

    let mut bob = Client::connect(node.clients()).unwrap();
    bob.login("bob", &support::ticket("bob")).unwrap();
    let whisper = Whisper {
        to_player: alice.player_id(),
        text: "psst".into(),
    };
    assert!(matches!(
        bob.request(Body::Whisper(whisper)).unwrap().body,
        Some(reply::Body::Done(_))
    ));
    let push = alice.next_push().unwrap();
    assert_eq!(
        push.body,
        Some(push::Body::Whisper(proto::WhisperLine {
            from_player: bob.player_id(),
            text: "psst".into()
        }))
    );
    let nobody = Whisper {
        to_player: 12345,
        text: "hello?".into(),
    };
    assert_eq!(
        code_of(bob.request(Body::Whisper(nobody))),
        ErrorCode::ErrorInvalid
    );
}

#[test]
fn a_dropped_session_resumes_with_what_it_missed_then_expires() {
    let dir = scratch("resume");
    let config = dir.join("node.toml");
    std::fs::write(
        &config,
        format!("session_grace_ms = {}\n", GRACE.as_millis()),
    )
    .unwrap();
    let node = start(&[
        "--client-listen",
        "127.0.0.1:0",
        "--config",
        config.to_str().unwrap(),
    ]);
    let mut alice = logged_in(node.clients(), "alice");
    alice.request(echo(b"one")).unwrap();
    alice.drop_connection();

    // While alice is away, bob whispers: the push waits in her session's cache.
    let mut bob = logged_in(node.clients(), "bob");
    let whisper = Whisper {
        to_player: alice.player_id(),
        text: "are you there?".into(),
    };
    bob.request(Body::Whisper(whisper)).unwrap();

    let mut back = Client::connect(node.clients()).unwrap();
    let ok = back
        .resume("alice", &support::ticket("alice"), &alice)
        .unwrap();
    assert!(ok.resumed);
    assert_eq!(
        ok.resend_from,
        alice.last_seq() + 1,
        "resent from the first seq she missed"
    );
    let push = back.next_push().unwrap();
    assert!(
        matches!(push.body, Some(push::Body::Whisper(_))),
        "the missed push is resent"
    );
    assert_eq!(push.seq, ok.resend_from);

    // A second login as alice takes the session over; the first connection is told why.
    let again = logged_in(node.clients(), "alice");
    assert_eq!(code_of(back.recv_until_bye()), ErrorCode::ErrorReplaced);

    // Past the grace period the session is gone: not before.
    again.drop_connection();
    let waited = wait_offline(&mut bob, again.player_id(), GRACE + OFFLINE_TIMEOUT);
    assert!(
        waited >= GRACE,
        "the session waited out its grace ({waited:?})"
    );
    let mut late = Client::connect(node.clients()).unwrap();
    assert_eq!(
        code_of(late.resume("alice", &support::ticket("alice"), &again)),
        ErrorCode::ErrorSessionExpired
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gate_and_app_run_as_separate_processes() {
    let dir = scratch("cluster");
    let (app, gate) = app_and_gate(&dir, &[], &["--name", "gate1"]);
    assert!(
        gate.node.is_some(),
        "a gate joins with an address of its own"
    );

    let mut alice = logged_in(gate.clients(), "alice");
    let mut bob = logged_in(gate.clients(), "bob");
    assert_eq!(
        alice.request(echo(b"via app")).unwrap().body,
        Some(reply::Body::Echo(Echo {
            payload: b"via app".to_vec()
        }))
    );
    let whisper = Whisper {
        to_player: alice.player_id(),
        text: "across nodes".into(),
    };
    bob.request(Body::Whisper(whisper)).unwrap();
    assert!(matches!(
        alice.next_push().unwrap().body,
        Some(push::Body::Whisper(_))
    ));

    // The Persons live on the app node: when it dies, their clients are told.
    drop(app);
    let started = Instant::now();
    let code = code_of(alice.recv_until_bye());
    assert_eq!(code, ErrorCode::ErrorInternal);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the loss is seen within the failure-detection time"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sigterm_tells_clients_and_exits_cleanly() {
    let node = start(&["--client-listen", "127.0.0.1:0"]);
    let mut alice = logged_in(node.clients(), "alice");
    node.signal(libc::SIGTERM);
    assert_eq!(
        code_of(alice.recv_until_bye()),
        ErrorCode::ErrorShuttingDown
    );
    let (code, stderr) = node.wait(Duration::from_secs(15));
    assert_eq!(code, Some(0), "{stderr}");
}

fn inventory(client: &mut Client) -> proto::InventoryState {
    match client
        .request(Body::Inventory(proto::Inventory {}))
        .unwrap()
        .body
    {
        Some(reply::Body::Inventory(state)) => state,
        other => panic!("expected an inventory, got {other:?}"),
    }
}

/// The default node stores its players (the embedded store): a new player gets the
/// starting kit, and what it did is there after the node stops and starts again.
#[test]
fn a_player_is_found_as_it_was_after_a_node_restart() {
    let dir = scratch("restart");
    let data = dir.join("data");
    let node = start_in(&["--client-listen", "127.0.0.1:0"], &data);
    let mut alice = logged_in(node.clients(), "alice");
    let fresh = inventory(&mut alice);
    assert_eq!((fresh.gold, fresh.level, fresh.x, fresh.y), (100, 1, 0, 0));
    assert!(
        !fresh.items.is_empty(),
        "a new player gets the starting kit"
    );
    alice.request(Body::Move(Move { x: 120, y: -64 })).unwrap();
    let join = proto::JoinGroup {
        kind: proto::GroupKind::GroupGuild as i32,
        group: 7,
    };
    alice.request(Body::JoinGroup(join)).unwrap();
    assert_eq!(inventory(&mut alice).guild, 7);
    // A graceful stop: the Person saves its last changes as it stops.
    node.signal(libc::SIGTERM);
    assert_eq!(
        code_of(alice.recv_until_bye()),
        ErrorCode::ErrorShuttingDown
    );
    let (code, stderr) = node.wait(Duration::from_secs(15));
    assert_eq!(code, Some(0), "{stderr}");

    let node = start_in(&["--client-listen", "127.0.0.1:0"], &data);
    let mut alice = logged_in(node.clients(), "alice");
    let after = inventory(&mut alice);
    assert_eq!((after.x, after.y), (120, -64), "the position was stored");
    assert_eq!(after.guild, 7, "the membership was stored");
    // The stored membership is joined again at login: the guild hears alice without a
    // new JoinGroup (the rejoin runs beside the login, so wait for it).
    let deadline = Instant::now() + OFFLINE_TIMEOUT;
    loop {
        let say = proto::GroupSay {
            kind: proto::GroupKind::GroupGuild as i32,
            text: "back".into(),
        };
        match alice.request(Body::GroupSay(say)) {
            Ok(_) => break,
            Err(error) => assert!(
                Instant::now() < deadline,
                "waiting for alice to be back in guild 7: {error}"
            ),
        }
        // Polling pace, below the connection's request rate.
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(after.items, fresh.items);
    drop(node);
    std::fs::remove_dir_all(&dir).unwrap();
}

fn guild_request(client: &mut Client, body: Body) -> proto::Reply {
    client.request(body).unwrap()
}

/// The player's guild once its stored membership has been joined again (the rejoin
/// runs beside the login).
fn guild_after_login(client: &mut Client) -> proto::GuildState {
    let deadline = Instant::now() + OFFLINE_TIMEOUT;
    loop {
        match client.request(Body::GuildInfo(proto::GuildInfo {})) {
            Ok(proto::Reply {
                body: Some(reply::Body::Guild(state)),
                ..
            }) => return state,
            Ok(other) => panic!("expected a guild, got {other:?}"),
            Err(error) => assert!(
                Instant::now() < deadline,
                "waiting for the guild to take its member back: {error}"
            ),
        }
        // Polling pace, below the connection's request rate.
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A guild is stored: its roster, ranks and bank are there after the node is killed
/// (SIGKILL) and started again. Every bank move answered before the kill is in the bank,
/// and the members' inventories agree with it (a bank move commits both sides at once).
#[test]
fn a_guild_is_found_as_it_was_after_a_crash() {
    use proto::GuildRank::{Leader, Officer};
    let dir = scratch("guild-crash");
    let data = dir.join("data");
    let node = start_in(&["--client-listen", "127.0.0.1:0"], &data);
    let mut lead = logged_in(node.clients(), "guild-lead");
    let mut officer = logged_in(node.clients(), "guild-officer");
    for client in [&mut lead, &mut officer] {
        let join = proto::JoinGroup {
            kind: proto::GroupKind::GroupGuild as i32,
            group: 9,
        };
        guild_request(client, Body::JoinGroup(join));
    }
    let promote = proto::SetGuildRank {
        player: officer.player_id(),
        rank: Officer as i32,
    };
    guild_request(&mut lead, Body::SetGuildRank(promote));
    let sword = inventory(&mut lead).items[1];
    let deposit = proto::GuildBank {
        withdraw: false,
        items: vec![sword],
        gold: 50,
    };
    guild_request(&mut lead, Body::GuildBank(deposit));
    let withdraw = proto::GuildBank {
        withdraw: true,
        items: vec![],
        gold: 20,
    };
    guild_request(&mut officer, Body::GuildBank(withdraw));
    node.signal(libc::SIGKILL);
    let (code, _) = node.wait(Duration::from_secs(15));
    assert_eq!(code, None, "killed");

    let node = start_in(&["--client-listen", "127.0.0.1:0"], &data);
    let mut lead = logged_in(node.clients(), "guild-lead");
    let mut officer = logged_in(node.clients(), "guild-officer");
    let guild = guild_after_login(&mut officer);
    let ranks: Vec<_> = guild.members.iter().map(|m| (m.player, m.rank)).collect();
    assert_eq!(
        ranks,
        [
            (lead.player_id(), Leader as i32),
            (officer.player_id(), Officer as i32)
        ]
    );
    assert_eq!((guild.bank_gold, guild.bank_items), (30, vec![sword]));
    let (lead_now, officer_now) = (inventory(&mut lead), inventory(&mut officer));
    assert_eq!((lead_now.gold, officer_now.gold), (50, 120));
    assert!(!lead_now.items.contains(&sword), "the sword is in the bank");
    drop(node);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A node stopped with players online starts again at once on the same client port. Its
/// old connections still hold the port while they close (FIN-WAIT-2 until a client closes
/// its side, TIME-WAIT after); nobody listens there, so the port is free (issue: every
/// deploy with players online was refused "already in use" for about a minute).
#[test]
fn a_node_restarts_on_its_port_while_its_old_connections_close() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|probe| probe.local_addr())
        .unwrap()
        .port();
    let address = format!("127.0.0.1:{port}");
    let dir = scratch("restart-port");
    let data = dir.join("data");
    let node = start_in(&["--client-listen", &address], &data);
    let mut players: Vec<Client> = (0..3)
        .map(|n| logged_in(node.clients(), &format!("port-{n}")))
        .collect();
    node.signal(libc::SIGTERM);
    // The players hear the goodbye and keep their sockets open: the node's side of each
    // connection outlives the node.
    for player in &mut players {
        assert_eq!(
            code_of(player.recv_until_bye()),
            ErrorCode::ErrorShuttingDown
        );
    }
    let (code, stderr) = node.wait(Duration::from_secs(15));
    assert_eq!(code, Some(0), "{stderr}");
    let node = start_in(&["--client-listen", &address], &data);
    assert_eq!(node.clients().port(), port);
    let mut back = logged_in(node.clients(), "port-0");
    back.request(echo(b"back")).unwrap();
    // A second node on the port is still refused: someone listens there now.
    let (code, stderr) = fails(&["--client-listen", &address]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("already in use"), "{stderr}");
    drop((players, node));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A low open-files limit lowers how many clients a node takes, it does not make it
/// refuse everyone: at 1,024 (a common default hard limit) players log in; a limit too
/// low for any client stops the node at start, saying what to raise.
#[test]
fn a_low_open_files_limit_still_serves_players_or_is_refused_at_start() {
    let node = start_with_open_files(&["--client-listen", "127.0.0.1:0"], 1_024);
    let mut player = logged_in(node.clients(), "few-files");
    player.request(echo(b"served")).unwrap();
    drop((player, node));
    let (code, stderr) = fails_with_open_files(&["--client-listen", "127.0.0.1:0"], 40);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("ulimit -n"), "{stderr}");
}

/// A node whose cookie the cluster refuses does not run alone: it stops at start saying
/// so (issue: it kept running, and the node it tried logged only "unexpected end of
/// file").
#[test]
fn a_node_with_the_wrong_cookie_stops_at_start_saying_why() {
    let dir = scratch("wrong-cookie");
    let cookie = cookie_file(&dir);
    let app = start(&[
        "--role",
        "app",
        "--listen",
        "127.0.0.1:0",
        "--cookie-file",
        &cookie,
    ]);
    let app_node = app.node.expect("app listens").to_string();
    for role in ["gate", "app"] {
        let (code, stderr) = fails(&[
            "--role",
            role,
            "--listen",
            "127.0.0.1:0",
            "--client-listen",
            "127.0.0.1:0",
            "--join",
            &app_node,
            "--cookie",
            "not-the-cluster-cookie",
        ]);
        assert_eq!(code, Some(1), "{role}: {stderr}");
        assert!(stderr.contains("cookie mismatch"), "{role}: {stderr}");
    }
    drop(app);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_flags_and_busy_ports_are_refused_clearly() {
    let (code, stderr) = fails(&["--role", "emperor"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("emperor"), "{stderr}");
    let (code, stderr) = fails(&["--role", "gate", "--client-listen", "127.0.0.1:0"]);
    assert_ne!(code, Some(0));
    assert!(
        stderr.contains("--listen"),
        "a gate needs a cluster: {stderr}"
    );
    let (code, stderr) = fails(&["--listen", "127.0.0.1:0", "--client-listen", "127.0.0.1:0"]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("cookie"), "{stderr}");
    let (code, stderr) = fails(&["--log", "[[["]);
    assert_eq!(code, Some(2), "{stderr}");

    let node = start(&["--client-listen", "127.0.0.1:0"]);
    let busy = node.clients().to_string();
    let (code, stderr) = fails(&["--client-listen", &busy]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("already in use"), "{stderr}");
}
