//! A world without a gate: a test [`PlayerPort`], connection processes that stand where
//! a gate's would (each attaches to its player's Person and forwards requests), and a
//! fan-out process that reports what it is asked to write. Everything each test process
//! sees goes to a channel the test thread reads with a deadline.

#![allow(dead_code, unreachable_pub)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_engine::{
    Addr, Ctx, ExitReason, Node, NodeConfig, NodeHandle, Outlet, Pid, Process, Reply, ReplyTo,
    RequestId,
};
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto, ErrorCode};
use hearth_world::person::{find_person, player_id, spawnable};
use hearth_world::wire::{Answer, Attached, PersonArgs, PersonMsg, ReplyRoute};
use hearth_world::{PlayerPort, Port, SessionEvent};
use prost::Message;

/// How long a test waits for any one event.
pub const EVENT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a request may take in these tests.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Grace period of the test sessions.
const GRACE: Duration = Duration::from_secs(5);

/// What a test connection process accepts.
pub enum ConnMsg {
    /// From the world, through the port.
    Session(SessionEvent),
    /// The answer to a forwarded request.
    Answer(RequestId, Answer),
    /// The test asks it to forward a request to its Person.
    Request(Body),
}

impl From<Reply<Answer>> for ConnMsg {
    fn from(reply: Reply<Answer>) -> Self {
        ConnMsg::Answer(reply.request, reply.value)
    }
}

/// What the test fan-out process accepts.
pub struct FanoutMsg {
    /// The frame to write.
    pub frame: Vec<u8>,
    /// The connection processes it is for.
    pub conns: Vec<[u8; 16]>,
}

/// The test port: session events go to [`TestConn`]s, broadcasts to a [`TestHub`].
pub struct TestPort;

impl TestPort {
    /// The port, as the world holds it.
    pub fn port() -> Port {
        Arc::new(TestPort)
    }
}

impl PlayerPort for TestPort {
    fn session(&self, out: &mut Outlet<'_>, conn: Pid, event: SessionEvent) -> bool {
        out.send(Addr::from_pid(conn), ConnMsg::Session(event))
            .is_ok()
    }

    fn fanout(&self, out: &mut Outlet<'_>, hub: Pid, frame: Vec<u8>, conns: Vec<[u8; 16]>) -> bool {
        out.send(Addr::from_pid(hub), FanoutMsg { frame, conns })
            .is_ok()
    }
}

/// What a test process saw.
#[derive(Debug)]
pub enum Seen {
    /// A session event from a Person.
    Session(SessionEvent),
    /// The answer to a request.
    Answer(Answer),
    /// A broadcast the hub was asked to write.
    Fanout {
        /// The frame.
        frame: Vec<u8>,
        /// For these connection processes.
        conns: Vec<[u8; 16]>,
    },
}

/// A connection process without a socket: it finds or spawns its player's Person on its
/// shard and attaches (through `hub`, if given), as a gate process does.
pub struct TestConn {
    user: String,
    resume_token: Vec<u8>,
    hub: Option<Pid>,
    port: Port,
    person: Option<Pid>,
    seen: flume::Sender<Seen>,
}

impl TestConn {
    /// A connection for `user`, presenting `resume_token` (empty: a fresh login).
    pub fn new(
        user: &str,
        resume_token: Vec<u8>,
        hub: Option<Pid>,
        seen: flume::Sender<Seen>,
    ) -> Self {
        Self {
            user: user.to_owned(),
            resume_token,
            hub,
            port: TestPort::port(),
            person: None,
            seen,
        }
    }

    fn person(&self, ctx: &mut Ctx<'_, Self>) -> Result<Pid, ExitReason> {
        let player = player_id(&self.user);
        if let Some(person) = find_person(ctx, player) {
            return Ok(person);
        }
        let args = PersonArgs {
            player,
            user: self.user.clone(),
            grace_ms: GRACE.as_millis() as u64,
            trade_timeout_ms: REQUEST_TIMEOUT.as_millis() as u64,
        };
        let person = spawnable(args, Arc::clone(&self.port), None, None);
        ctx.spawn(person)
            .map(|addr| addr.pid())
            .map_err(|error| ExitReason::custom(format!("{}: {error}", self.user)))
    }

    fn forward(&mut self, body: Body, ctx: &mut Ctx<'_, Self>) {
        let Some(person) = self.person else { return };
        let request = proto::Request {
            id: 1,
            body: Some(body),
        }
        .encode_to_vec();
        let now_ns = ctx.now_ns();
        let build = |reply: ReplyTo<Answer>| PersonMsg::Request {
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
            request,
        };
        let sent = ctx.notify(Addr::from_pid(person), build, REQUEST_TIMEOUT);
        assert!(sent.is_ok(), "{}: request not sent", self.user);
    }
}

impl Process for TestConn {
    type Msg = ConnMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        let person = self.person(ctx)?;
        self.person = Some(person);
        let attach = PersonMsg::Attach {
            conn: ctx.me().to_bytes(),
            resume_token: self.resume_token.clone(),
            last_seq: 0,
            hub: self.hub.map(Pid::to_bytes),
        };
        ctx.send(Addr::from_pid(person), attach)
            .map_err(|error| ExitReason::custom(format!("{}: {error}", self.user)))
    }

    fn handle(&mut self, message: ConnMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            ConnMsg::Session(event) => {
                let _ = self.seen.send(Seen::Session(event));
            }
            ConnMsg::Answer(_, answer) => {
                let _ = self.seen.send(Seen::Answer(answer));
            }
            ConnMsg::Request(body) => self.forward(body, ctx),
        }
    }
}

/// A fan-out process that reports what it is asked to write.
pub struct TestHub {
    seen: flume::Sender<Seen>,
}

impl TestHub {
    /// A hub reporting to `seen`.
    pub fn new(seen: flume::Sender<Seen>) -> Self {
        Self { seen }
    }
}

impl Process for TestHub {
    type Msg = FanoutMsg;

    fn handle(&mut self, FanoutMsg { frame, conns }: FanoutMsg, _: &mut Ctx<'_, Self>) {
        let _ = self.seen.send(Seen::Fanout { frame, conns });
    }
}

/// A node of `shards` shards running the world with `port`, and no gate.
pub fn world_node(shards: usize, port: &Port) -> Node {
    let mut config = NodeConfig {
        name: "world-test".into(),
        shards,
        pin: false,
        ..NodeConfig::default()
    };
    let store = hearth_world::StoreSlot::default();
    hearth_world::install(&mut config, Arc::clone(port), Arc::clone(&store), None);
    let node = Node::start(config).expect("the node starts");
    hearth_world::start(&node.handle(), Arc::clone(port), store).expect("the world starts");
    node
}

/// The next thing `seen` reports, failing the test with `what` it waited for after
/// [`EVENT_TIMEOUT`].
pub fn next(seen: &flume::Receiver<Seen>, what: &str) -> Seen {
    let deadline = Instant::now() + EVENT_TIMEOUT;
    seen.recv_deadline(deadline)
        .unwrap_or_else(|error| panic!("waiting {EVENT_TIMEOUT:?} for {what}: {error}"))
}

/// Waits for the session to open on `seen`; the session.
pub fn attached(seen: &flume::Receiver<Seen>, who: &str) -> Attached {
    match next(seen, &format!("{who}'s Attached")) {
        Seen::Session(SessionEvent::Attached(attached)) => attached,
        other => panic!("{who}: expected Attached, got {other:?}"),
    }
}

/// Has the connection `conn` send `body` and waits for the answer: the reply's body.
pub fn request(
    node: &NodeHandle,
    conn: Addr<ConnMsg>,
    seen: &flume::Receiver<Seen>,
    body: Body,
) -> Result<proto::reply::Body, (ErrorCode, String)> {
    node.send(conn, ConnMsg::Request(body))
        .unwrap_or_else(|_| panic!("the test connection takes requests"));
    match next(seen, "a request's answer") {
        Seen::Answer(Answer::Frame(frame)) => Ok(reply_body(&frame)),
        Seen::Answer(Answer::Error(code, message)) => {
            Err((ErrorCode::try_from(code).expect("a protocol code"), message))
        }
        other => panic!("expected an answer, got {other:?}"),
    }
}

/// The body of one complete `Reply` frame.
pub fn reply_body(frame: &[u8]) -> proto::reply::Body {
    let payload = frame_payload(frame, proto::MessageId::Reply);
    proto::Reply::decode(payload)
        .expect("a Reply")
        .body
        .expect("a reply body")
}

/// The one `Push` in a complete frame.
pub fn push_of(frame: &[u8]) -> proto::Push {
    proto::Push::decode(frame_payload(frame, proto::MessageId::Push)).expect("a Push")
}

fn frame_payload(frame: &[u8], id: proto::MessageId) -> &[u8] {
    let head: [u8; proto::FRAME_HEAD_BYTES] = frame[..proto::FRAME_HEAD_BYTES]
        .try_into()
        .expect("a frame head");
    let proto::FrameHead::Frame { id: got, payload } = proto::parse_head(head) else {
        panic!("a valid frame head");
    };
    assert_eq!(proto::MessageId::from_u16(got), Some(id), "the frame's id");
    assert_eq!(
        frame.len(),
        proto::FRAME_HEAD_BYTES + payload,
        "exactly one frame"
    );
    &frame[proto::FRAME_HEAD_BYTES..]
}
