//! Bad input at a gate, each case against a real `hearth` process: a clear error frame
//! where possible, then a disconnect — and a well-behaved client on the same node never
//! notices.

mod support;

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use hearth_protocol::client::{Client, ClientError, Incoming};
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto, Echo, ErrorCode, MessageId};
use support::{NodeProcess, UntilBye, code_of, logged_in, scratch, start, wait_offline};

/// How long past its grace a session may take to end (the node is otherwise idle).
const OFFLINE_TIMEOUT: Duration = Duration::from_secs(5);

/// A tight rate limit and login deadline.
const STRICT: &str = "requests_per_s = 20\nburst = 10\nlogin_timeout_ms = 400\n";

/// A node with the settings of `config` (TOML).
fn strict_node(test: &str, config_text: &str) -> (NodeProcess, std::path::PathBuf) {
    let dir = scratch(test);
    let config = dir.join("node.toml");
    std::fs::write(&config, config_text).unwrap();
    let node = start(&[
        "--client-listen",
        "127.0.0.1:0",
        "--config",
        config.to_str().unwrap(),
    ]);
    (node, dir)
}

fn raw_frame(id: u16, payload: &[u8]) -> Vec<u8> {
    let mut frame = Vec::new();
    frame.extend_from_slice(&(payload.len() as u32 + 2).to_le_bytes());
    frame.extend_from_slice(&id.to_le_bytes());
    frame.extend_from_slice(payload);
    frame
}

/// The server's goodbye code, then the connection must end.
fn bye_then_closed(client: &mut Client) -> ErrorCode {
    let code = code_of(client.recv_until_bye());
    assert!(
        client.recv().is_err(),
        "the connection closes after the goodbye"
    );
    code
}

fn still_served(gate: SocketAddr, healthy: &mut Client) {
    let reply = healthy
        .request(Body::Echo(Echo {
            payload: b"fine".to_vec(),
        }))
        .unwrap();
    assert!(
        reply.body.is_some(),
        "a well-behaved client is not affected"
    );
    let mut newcomer = Client::connect(gate).unwrap();
    newcomer
        .login("newcomer", &support::ticket("newcomer"))
        .unwrap();
}

#[test]
fn malformed_frames_get_a_reason_and_a_disconnect() {
    let (node, dir) = strict_node("frames", STRICT);
    let mut healthy = logged_in(node.clients(), "healthy");

    let mut oversized = Client::connect(node.clients()).unwrap();
    oversized.send_raw(&[0, 0, 16, 0, 3, 0]).unwrap();
    assert_eq!(bye_then_closed(&mut oversized), ErrorCode::ErrorBadFrame);

    let mut tiny = Client::connect(node.clients()).unwrap();
    tiny.send_raw(&[1, 0, 0, 0, 3, 0]).unwrap();
    assert_eq!(bye_then_closed(&mut tiny), ErrorCode::ErrorBadFrame);

    // A length of 0 or 1 alone is refused at once: the gate does not wait for the id's
    // two bytes, which this client never sends.
    for length in [0u8, 1] {
        let mut short = Client::connect(node.clients()).unwrap();
        short.send_raw(&[length, 0, 0, 0]).unwrap();
        assert_eq!(bye_then_closed(&mut short), ErrorCode::ErrorBadFrame);
    }

    let mut undecodable = Client::connect(node.clients()).unwrap();
    undecodable
        .send_raw(&raw_frame(MessageId::Login as u16, &[0xff; 12]))
        .unwrap();
    assert_eq!(bye_then_closed(&mut undecodable), ErrorCode::ErrorBadFrame);

    let mut unknown = Client::connect(node.clients()).unwrap();
    unknown.send_raw(&raw_frame(999, b"")).unwrap();
    assert_eq!(
        bye_then_closed(&mut unknown),
        ErrorCode::ErrorUnknownMessage
    );

    let mut seeded = fastrand::Rng::with_seed(7);
    let mut garbage = Client::connect(node.clients()).unwrap();
    let noise: Vec<u8> = (0..4096).map(|_| seeded.u8(..)).collect();
    garbage.send_raw(&noise).unwrap();
    assert!(matches!(
        bye_then_closed(&mut garbage),
        ErrorCode::ErrorBadFrame | ErrorCode::ErrorUnknownMessage
    ));

    // Half a frame, then silence and a hang-up: nothing to answer, nothing breaks.
    let mut truncated = TcpStream::connect(node.clients()).unwrap();
    truncated
        .write_all(&raw_frame(MessageId::Login as u16, &[0; 64])[..20])
        .unwrap();
    drop(truncated);

    let mut wrong_version = Client::connect(node.clients()).unwrap();
    wrong_version
        .send(
            MessageId::Hello,
            &proto::Hello {
                protocol_version: 99,
                client: "future".into(),
            },
        )
        .unwrap();
    assert_eq!(
        bye_then_closed(&mut wrong_version),
        ErrorCode::ErrorUnsupportedVersion
    );

    let mut nameless = Client::connect(node.clients()).unwrap();
    assert_eq!(code_of(nameless.login("", "")), ErrorCode::ErrorAuthFailed);

    still_served(node.clients(), &mut healthy);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn floods_silence_and_early_requests_are_contained() {
    let (node, dir) = strict_node("flood", STRICT);
    let mut healthy = logged_in(node.clients(), "healthy");

    // A request before login is refused; the connection stays usable.
    let mut early = Client::connect(node.clients()).unwrap();
    assert_eq!(
        code_of(early.request(Body::Echo(Echo::default()))),
        ErrorCode::ErrorNotLoggedIn
    );
    early.login("early", &support::ticket("early")).unwrap();

    // A flood: past the burst (the login took a token), requests are refused with
    // RATE_LIMITED, each by its id.
    let mut flood = logged_in(node.clients(), "flood");
    let sent = 200;
    for _ in 0..sent {
        flood.send_request(Body::Echo(Echo::default())).unwrap();
    }
    let (mut replies, mut limited) = (0, 0);
    while replies + limited < sent {
        match flood.recv().unwrap() {
            Incoming::Reply(_) => replies += 1,
            Incoming::Error(error) if error.code == ErrorCode::ErrorRateLimited as i32 => {
                assert_ne!(error.request_id, 0, "the refusal names the request");
                limited += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(
        replies >= 5 && limited >= sent / 2,
        "replies {replies}, rate-limited {limited}"
    );

    // The rate limit applies before login too: a hello flood is refused.
    let mut hellos = Client::connect(node.clients()).unwrap();
    let hello = proto::Hello {
        protocol_version: proto::PROTOCOL_VERSION,
        client: "flood".into(),
    };
    for _ in 0..50 {
        hellos.send(MessageId::Hello, &hello).unwrap();
    }
    let limited = (0..50)
        .filter(|_| matches!(hellos.recv(), Ok(Incoming::Error(_))))
        .count();
    assert!(limited >= 30, "{limited} hellos refused");

    // A client that connects and says nothing is told so and dropped.
    let started = Instant::now();
    let mut silent = Client::connect(node.clients()).unwrap();
    assert_eq!(bye_then_closed(&mut silent), ErrorCode::ErrorIdle);
    assert!(started.elapsed() >= Duration::from_millis(400));

    still_served(node.clients(), &mut healthy);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A burst larger than the gate process's mailbox (512), in one write, is taken at the
/// gate's pace: every frame is answered — its reply, or RATE_LIMITED past the token
/// bucket — and the connection stays (it used to get Bye(OVERLOADED) and no answer).
#[test]
fn a_burst_past_the_gate_mailbox_is_answered_frame_by_frame() {
    let (node, dir) = strict_node("burst", STRICT);
    let mut burst = logged_in(node.clients(), "burst");
    let sent: u64 = 520;
    let mut frames = Vec::new();
    for id in 1..=sent {
        let request = proto::Request {
            id,
            body: Some(Body::Echo(Echo::default())),
        };
        proto::encode_into(&mut frames, MessageId::Request, &request);
    }
    burst.send_raw(&frames).unwrap();
    let (mut replies, mut limited) = (0, 0);
    while replies + limited < sent {
        match burst.recv().unwrap() {
            Incoming::Reply(_) => replies += 1,
            Incoming::Error(error) if error.code == ErrorCode::ErrorRateLimited as i32 => {
                limited += 1;
            }
            other => panic!("after {replies} replies and {limited} refusals: {other:?}"),
        }
    }
    assert!(replies >= 1, "the bucket's burst is answered: {replies}");
    let reply = burst.request(Body::Echo(Echo::default()));
    assert!(
        matches!(reply, Ok(_) | Err(ClientError::Failed { .. })),
        "the connection stays: {reply:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_client_that_does_not_read_is_disconnected_with_a_reason() {
    let (node, dir) = strict_node("slow", "requests_per_s = 1000000\nburst = 1000000\n");
    let node_rss = || {
        let status = std::fs::read_to_string(format!("/proc/{}/status", node.child.id())).unwrap();
        let line = status
            .lines()
            .find(|line| line.starts_with("VmRSS:"))
            .unwrap()
            .to_owned();
        line.split_whitespace()
            .nth(1)
            .unwrap()
            .parse::<u64>()
            .unwrap()
            * 1024
    };
    let mut healthy = logged_in(node.clients(), "healthy");
    let before = node_rss();

    // A small receive window, then requests whose replies are never read.
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    socket.connect(&node.clients().into()).unwrap();
    let mut slow = Client::from_stream(socket.into()).unwrap();
    slow.login("slow", &support::ticket("slow")).unwrap();
    let echo = Body::Echo(Echo {
        payload: vec![7; 1024],
    });
    let mut request = Vec::new();
    proto::encode_into(
        &mut request,
        MessageId::Request,
        &proto::Request {
            id: 1,
            body: Some(echo),
        },
    );
    let batch: Vec<u8> = request
        .iter()
        .copied()
        .cycle()
        .take(request.len() * 32)
        .collect();
    let started = Instant::now();
    // 16 MiB of replies asked for, in paced batches (a flood would be cut off as such):
    // far more than the socket buffers and the outbox hold.
    for _ in 0..512 {
        if slow.send_raw(&batch).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let grown = node_rss().saturating_sub(before);
    assert!(
        grown < 16 << 20,
        "the node did not buffer the replies ({grown} bytes grown)"
    );

    // Reading now: whatever got through, then the reason.
    let mut stream_code = None;
    let mut frames = 0;
    while started.elapsed() < Duration::from_secs(20) {
        match slow.recv() {
            Ok(Incoming::Bye(bye)) => {
                stream_code = Some(bye.reason);
                break;
            }
            Ok(_) => frames += 1,
            Err(error) => {
                eprintln!("after {frames} frames: {error}");
                break;
            }
        }
    }
    assert_eq!(stream_code, Some(ErrorCode::ErrorSlowReader as i32));
    // What was queued for it before the goodbye: the outbox and the writer's hands (each
    // at most OUTBOX_BYTES_MAX), the node's socket buffer (twice what the gate sets) and
    // this client's small receive buffer. Not the megabytes of an autotuned buffer.
    let queued_most = 2 * hearth_gate::outbox::OUTBOX_BYTES_MAX
        + 2 * hearth_gate::CLIENT_SEND_BUFFER_BYTES
        + 64 * 1024;
    let received = frames * 1024; // each reply carries a 1 KiB payload
    assert!(
        received <= queued_most,
        "{frames} replies ({received} payload bytes) before the goodbye: more than {queued_most}"
    );
    still_served(node.clients(), &mut healthy);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_closed_connection_is_seen_by_its_person_and_logout_ends_the_session() {
    let grace = Duration::from_millis(300);
    let config = format!("{STRICT}session_grace_ms = {}\n", grace.as_millis());
    let (node, dir) = strict_node("closed", &config);
    let mut watcher = logged_in(node.clients(), "watcher");
    let ghost = logged_in(node.clients(), "ghost");
    ghost.drop_connection();
    // The Person saw the disconnect: after its grace period the session is gone.
    let waited = wait_offline(&mut watcher, ghost.player_id(), grace + OFFLINE_TIMEOUT);
    assert!(
        waited >= grace,
        "the session waited out its grace ({waited:?})"
    );
    let mut late = Client::connect(node.clients()).unwrap();
    assert_eq!(
        code_of(late.resume("ghost", &support::ticket("ghost"), &ghost)),
        ErrorCode::ErrorSessionExpired
    );

    // Logout ends the session at once, without a grace period.
    let mut leaver = logged_in(node.clients(), "leaver");
    leaver.logout().unwrap();
    assert_eq!(bye_then_closed(&mut leaver), ErrorCode::ErrorUnspecified);
    let started = Instant::now();
    loop {
        let mut again = Client::connect(node.clients()).unwrap();
        match again.resume("leaver", &support::ticket("leaver"), &leaver) {
            Err(error) if error.code() == Some(ErrorCode::ErrorSessionExpired) => break,
            other => assert!(
                started.elapsed() < Duration::from_millis(250),
                "still resumable: {other:?}"
            ),
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
