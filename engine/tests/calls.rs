//! Conformance: `notify`/`call` — exactly one of a reply or a timeout per request; late
//! replies dropped; the retry policy; no deadlock in call cycles.

mod common;

use std::time::{Duration, Instant};

use common::{Event, ProbeHandle, node};
use hearth_engine::{Addr, Ctx, Process, ReplyTo, SystemMsg};

/// How a server treats requests: answer after a delay, or ignore the first attempts.
enum ServerMsg {
    After(ReplyTo<u64>, Duration, u64),
    IgnoreFirst(ReplyTo<u64>, u64),
    Late(ReplyTo<u64>),
}

#[derive(Default)]
struct Server {
    seen: u64,
}

impl Process for Server {
    type Msg = ServerMsg;
    fn handle(&mut self, message: ServerMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            ServerMsg::After(reply, delay, value) if delay.is_zero() => ctx.reply(reply, value),
            ServerMsg::After(reply, delay, value) => {
                ctx.send_after(
                    delay,
                    ctx.addr(),
                    ServerMsg::After(reply, Duration::ZERO, value),
                )
                .unwrap();
            }
            ServerMsg::IgnoreFirst(reply, attempts_ignored) => {
                self.seen += 1;
                if self.seen > attempts_ignored {
                    ctx.reply(reply, self.seen);
                }
            }
            ServerMsg::Late(reply) => {
                let late = ctx.is_late(&reply);
                ctx.reply(reply, u64::from(late));
            }
        }
    }
}

#[test]
fn a_reply_in_time_arrives_and_no_timeout_follows() {
    let node = node(2);
    let server = node.handle().spawn(1, Server::default()).unwrap();
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let request = probe
        .run(move |ctx| {
            ctx.notify(
                server,
                |reply| ServerMsg::After(reply, Duration::ZERO, 42),
                Duration::from_millis(200),
            )
        })
        .unwrap();
    match probe.next() {
        Event::Reply(reply) => assert_eq!((reply.request, reply.value), (request, 42)),
        other => panic!("expected the reply, got {other:?}"),
    }
    // No timeout follows, up to past the request's deadline.
    probe.quiet_for(Duration::from_millis(250));
}

#[test]
fn no_reply_in_time_gives_one_timeout_and_the_late_reply_is_dropped() {
    let node = node(2);
    let server = node.handle().spawn(1, Server::default()).unwrap();
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let started = Instant::now();
    let request = probe
        .run(move |ctx| {
            ctx.notify(
                server,
                |reply| ServerMsg::After(reply, Duration::from_millis(150), 1),
                Duration::from_millis(50),
            )
        })
        .unwrap();
    match probe.next() {
        Event::System(SystemMsg::Timeout { request: timed_out }) => assert_eq!(timed_out, request),
        other => panic!("expected the timeout, got {other:?}"),
    }
    assert!(
        started.elapsed() >= Duration::from_millis(50),
        "timed out early"
    );
    // The server answers at 150 ms: wait for that reply to be counted as late, then
    // check it did not reach the probe.
    let deadline = Instant::now() + common::WAIT;
    while node.handle().stats().unwrap().late_replies == 0 {
        assert!(
            Instant::now() < deadline,
            "waited for the late reply to be counted"
        );
    }
    probe.quiet_for(Duration::ZERO);
    let late = node.handle().stats().unwrap().late_replies;
    assert_eq!(late, 1, "the late reply was counted and dropped");
}

#[test]
fn a_reply_racing_its_timeout_yields_exactly_one_outcome() {
    let node = node(2);
    let server = node.handle().spawn(1, Server::default()).unwrap();
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let mut rng = fastrand::Rng::with_seed(11);
    let requests = 200;
    for _ in 0..requests {
        let delay = Duration::from_micros(rng.u64(0..4_000));
        probe
            .run(move |ctx| {
                ctx.notify(
                    server,
                    |reply| ServerMsg::After(reply, delay, 7),
                    Duration::from_millis(2),
                )
            })
            .unwrap();
    }
    let mut outcomes = std::collections::HashMap::new();
    for _ in 0..requests {
        let request = match probe.next() {
            Event::Reply(reply) => reply.request,
            Event::System(SystemMsg::Timeout { request }) => request,
            other => panic!("unexpected {other:?}"),
        };
        *outcomes.entry(request).or_insert(0) += 1;
    }
    // A second outcome would come within the longest server delay (4 ms) of the first.
    probe.quiet_for(Duration::from_millis(50));
    assert_eq!(outcomes.len(), requests);
    assert!(
        outcomes.values().all(|&count| count == 1),
        "a request ended twice"
    );
}

#[test]
fn the_retry_policy_resends_until_answered() {
    let node = node(1);
    let server = node.handle().spawn(0, Server::default()).unwrap();
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let request = probe
        .run(move |ctx| {
            ctx.notify_retry(
                server,
                |reply| ServerMsg::IgnoreFirst(reply, 2),
                Duration::from_millis(20),
                3,
            )
        })
        .unwrap();
    match probe.next() {
        Event::Reply(reply) => assert_eq!(
            (reply.request, reply.value),
            (request, 3),
            "answered on the third attempt"
        ),
        other => panic!("expected the reply, got {other:?}"),
    }
    assert_eq!(node.handle().stats().unwrap().call_retries, 2);
}

#[test]
fn the_retry_policy_gives_up_with_one_timeout() {
    let node = node(1);
    let server = node.handle().spawn(0, Server::default()).unwrap();
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let started = Instant::now();
    let request = probe
        .run(move |ctx| {
            ctx.notify_retry(
                server,
                |reply| ServerMsg::IgnoreFirst(reply, 100),
                Duration::from_millis(20),
                2,
            )
        })
        .unwrap();
    match probe.next() {
        Event::System(SystemMsg::Timeout { request: timed_out }) => assert_eq!(timed_out, request),
        other => panic!("expected the timeout, got {other:?}"),
    }
    assert!(
        started.elapsed() >= Duration::from_millis(60),
        "three attempts of 20 ms"
    );
    probe.quiet();
}

#[test]
fn a_server_can_see_that_a_request_is_late() {
    let node = node(1);
    let server = node.handle().spawn(0, Server::default()).unwrap();
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    probe
        .run(move |ctx| ctx.notify(server, ServerMsg::Late, Duration::from_secs(5)))
        .unwrap();
    assert!(matches!(probe.next(), Event::Reply(reply) if reply.value == 0));
}

/// Two processes that call each other while answering: the exchange cannot deadlock
/// because a request never blocks its caller.
enum PeerMsg {
    Start(Addr<PeerMsg>, flume::Sender<u64>),
    Ask(ReplyTo<u64>, u64),
    Answer(hearth_engine::Reply<u64>),
}

impl From<hearth_engine::Reply<u64>> for PeerMsg {
    fn from(reply: hearth_engine::Reply<u64>) -> Self {
        Self::Answer(reply)
    }
}

struct Peer {
    other: Option<Addr<PeerMsg>>,
    done: Option<flume::Sender<u64>>,
}

impl Process for Peer {
    type Msg = PeerMsg;
    fn handle(&mut self, message: PeerMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            PeerMsg::Start(other, done) => {
                (self.other, self.done) = (Some(other), Some(done));
                ctx.call(other, |reply| PeerMsg::Ask(reply, 3)).unwrap();
            }
            PeerMsg::Ask(reply, 0) => ctx.reply(reply, 0),
            PeerMsg::Ask(reply, depth) => {
                // Answer, and ask back: a cycle A -> B -> A.
                ctx.reply(reply, depth);
                ctx.call(self.other.unwrap_or_else(|| ctx.addr()), |reply| {
                    PeerMsg::Ask(reply, depth - 1)
                })
                .unwrap();
            }
            PeerMsg::Answer(reply) => {
                if let Some(done) = &self.done {
                    let _ = done.send(reply.value);
                }
            }
        }
    }
}

#[test]
fn calls_in_a_cycle_do_not_deadlock() {
    let node = node(2);
    let first = node
        .handle()
        .spawn(
            0,
            Peer {
                other: None,
                done: None,
            },
        )
        .unwrap();
    let second = node
        .handle()
        .spawn(
            1,
            Peer {
                other: Some(first),
                done: None,
            },
        )
        .unwrap();
    let (done, answers) = flume::unbounded();
    node.handle()
        .send(first, PeerMsg::Start(second, done))
        .unwrap();
    assert_eq!(answers.recv_timeout(common::WAIT).unwrap(), 3);
}

#[test]
fn an_ask_is_answered_as_a_system_message_on_either_shard() {
    let node = node(2);
    for server_shard in [0, 1] {
        let server = node
            .handle()
            .spawn(server_shard, Server::default())
            .unwrap();
        let probe = ProbeHandle::spawn(&node.handle(), 0);
        let request = probe
            .run(move |ctx| {
                ctx.ask(
                    server,
                    |reply| ServerMsg::After(reply, Duration::ZERO, 7),
                    Duration::from_millis(200),
                )
            })
            .unwrap();
        match probe.next() {
            Event::System(SystemMsg::Answer {
                request: answered,
                value,
            }) => {
                assert_eq!(answered, request);
                let value = value.downcast::<u64>().expect("the reply type");
                assert_eq!(*value, 7, "server on shard {server_shard}");
            }
            other => panic!("expected the answer, got {other:?}"),
        }
        probe.quiet_for(Duration::from_millis(250));
    }
}

#[test]
fn an_unanswered_ask_times_out_once() {
    let node = node(2);
    let server = node.handle().spawn(1, Server::default()).unwrap();
    let probe = ProbeHandle::spawn(&node.handle(), 0);
    let request = probe
        .run(move |ctx| {
            ctx.ask(
                server,
                |reply| ServerMsg::After(reply, Duration::from_millis(300), 1),
                Duration::from_millis(50),
            )
        })
        .unwrap();
    match probe.next() {
        Event::System(SystemMsg::Timeout { request: timed_out }) => assert_eq!(timed_out, request),
        other => panic!("expected the timeout, got {other:?}"),
    }
    // The late answer is dropped: nothing more comes for this request.
    probe.quiet_for(Duration::from_millis(400));
}
