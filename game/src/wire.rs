//! Messages between the game's processes that may cross nodes (rkyv, registered as wire
//! types). The client-facing protocol is protobuf (`proto.rs`); these are internal.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use hearth_engine::{Pid, Reply, RequestId, WireReplyTo, WireTypes};
use rkyv::{Archive, Deserialize, Serialize};

/// A reply route on the wire (see [`hearth_engine::WireReplyTo`]).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyRoute {
    caller: [u8; 16],
    shard: u8,
    key: u32,
    seq: u32,
    remaining_ns: u64,
}

impl From<WireReplyTo> for ReplyRoute {
    fn from(wire: WireReplyTo) -> Self {
        let (shard, key, seq) = wire.request;
        Self {
            caller: wire.caller,
            shard,
            key,
            seq,
            remaining_ns: wire.remaining_ns,
        }
    }
}

impl From<ReplyRoute> for WireReplyTo {
    fn from(route: ReplyRoute) -> Self {
        WireReplyTo {
            caller: route.caller,
            request: (route.shard, route.key, route.seq),
            remaining_ns: route.remaining_ns,
        }
    }
}

/// What a Person process accepts.
#[derive(Archive, Serialize, Deserialize, Debug)]
pub enum PersonMsg {
    /// A gate process attaches a client connection (login or resume).
    Attach {
        /// The gate process.
        gate: [u8; 16],
        /// The session token presented, empty for a fresh login.
        resume_token: Vec<u8>,
        /// The last seq the client saw (for resume).
        last_seq: u64,
        /// The hub of the gate's shard, for broadcasts (`None`: pushes through the Person).
        hub: Option<[u8; 16]>,
    },
    /// The gate process's connection is gone.
    Detach {
        /// The gate process.
        gate: [u8; 16],
    },
    /// The client logged out: the session ends now (no grace period).
    Logout {
        /// The gate process.
        gate: [u8; 16],
    },
    /// A client request (protobuf `Request` bytes), answered through `reply`.
    Request {
        /// Where the answer goes.
        reply: ReplyRoute,
        /// The encoded request.
        request: Vec<u8>,
    },
    /// Game traffic from other persons and orgs.
    Game(crate::world::GameEvent),
    /// A trade offer from another player's Person (the seed's `notify` with a timeout:
    /// the offerer gets a [`TradeVerdict`] or, past the trade timeout, a `Timeout`).
    Offer {
        /// Where the verdict goes.
        reply: ReplyRoute,
        /// The offering player.
        from: u64,
        /// The offer's id (per offering player).
        offer: u64,
        /// What is offered.
        item: String,
    },
    /// The verdict on this Person's offer (a reply, delivered locally).
    Verdict(u8, u32, u32, TradeVerdict),
    /// A battle's answer to this Person (a reply, delivered locally).
    Battle(u8, u32, u32, crate::world::battle::BattleAnswer),
}

impl From<Reply<crate::world::battle::BattleAnswer>> for PersonMsg {
    fn from(reply: Reply<crate::world::battle::BattleAnswer>) -> Self {
        let (shard, key, seq) = reply.request.parts();
        PersonMsg::Battle(shard, key, seq, reply.value)
    }
}

/// The answer to a trade offer.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct TradeVerdict {
    /// Whether the other player accepted.
    pub accepted: bool,
}

impl From<Reply<TradeVerdict>> for PersonMsg {
    fn from(reply: Reply<TradeVerdict>) -> Self {
        let (shard, key, seq) = reply.request.parts();
        PersonMsg::Verdict(shard, key, seq, reply.value)
    }
}

/// The answer to a client request.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A complete client frame (a `Reply`, seq included).
    Frame(Vec<u8>),
    /// The request failed with this protocol error code.
    Error(i32, String),
}

/// What a gate process accepts.
#[derive(Archive, Serialize, Deserialize, Debug)]
pub enum GateMsg {
    /// A frame from the client (from the connection's reader, same shard).
    Frame(u16, Vec<u8>),
    /// The connection is closed (from the reader or writer).
    Closed(String),
    /// The Person accepted the attach.
    Attached(Attached),
    /// The Person refused the attach.
    Refused(i32, String),
    /// Complete client frames to send (replies resent, pushes).
    Frames(Vec<u8>),
    /// Another connection took the session over.
    Kicked,
    /// The node is draining: say goodbye to the client (sent locally, never crosses nodes).
    Shutdown,
    /// The answer to a forwarded request (delivered locally, never sent).
    Answer(u8, u32, u32, Answer),
    /// The shard's hub found the outbox full: the client does not read (sent locally).
    Overflow,
}

impl From<Reply<Answer>> for GateMsg {
    fn from(reply: Reply<Answer>) -> Self {
        let (shard, key, seq) = reply.request.parts();
        GateMsg::Answer(shard, key, seq, reply.value)
    }
}

impl GateMsg {
    /// The request an `Answer` answers.
    pub fn answered(shard: u8, key: u32, seq: u32) -> RequestId {
        RequestId::from_parts(shard, key, seq)
    }
}

/// How a group reaches a connected player without its Person: the hub of the gate's
/// shard and the gate process (see [`crate::fanout`]).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Route {
    /// The hub process.
    pub hub: [u8; 16],
    /// The gate process.
    pub gate: [u8; 16],
}

/// What a gate shard's hub accepts.
#[derive(Archive, Serialize, Deserialize, Debug)]
pub enum HubMsg {
    /// One encoded client frame for each of `gates` (gate processes on the hub's shard).
    Fanout {
        /// A complete client frame (`Push { seq: 0 }`).
        frame: Vec<u8>,
        /// The gate processes it is for.
        gates: Vec<[u8; 16]>,
    },
}

/// A session opened or resumed by a Person.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Attached {
    /// The player.
    pub player: u64,
    /// The Person process.
    pub person: [u8; 16],
    /// The session token.
    pub token: Vec<u8>,
    /// Whether the session was resumed.
    pub resumed: bool,
    /// Frames the client missed (complete client frames).
    pub resend: Vec<u8>,
    /// The seq of the first frame resent.
    pub resend_from: u64,
}

/// Arguments of the `person` behaviour (remote spawn from a gate).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct PersonArgs {
    /// The player id.
    pub player: u64,
    /// The user name.
    pub user: String,
    /// How long a detached session waits for a resume, in milliseconds.
    pub grace_ms: u64,
    /// How long a trade offer waits for the other player, in milliseconds.
    pub trade_timeout_ms: u64,
}

hearth_net::wire_message!(PersonMsg, "hearth.game.PersonMsg");
hearth_net::wire_message!(Answer, "hearth.game.Answer");
hearth_net::wire_message!(GateMsg, "hearth.game.GateMsg");
hearth_net::wire_message!(HubMsg, "hearth.game.HubMsg");
hearth_net::wire_message!(PersonArgs, "hearth.game.PersonArgs");
hearth_net::wire_message!(TradeVerdict, "hearth.game.TradeVerdict");

/// Every game message type, registered to cross nodes.
pub fn wire_types() -> WireTypes {
    let mut wire = WireTypes::default();
    wire.register::<PersonMsg>()
        .register::<Answer>()
        .register::<GateMsg>()
        .register::<HubMsg>()
        .register::<PersonArgs>()
        .register::<TradeVerdict>()
        .register::<crate::world::battle::BattleAnswer>();
    crate::world::register_wire(&mut wire);
    wire
}

/// A pid from its wire bytes.
pub fn pid(bytes: [u8; 16]) -> Pid {
    Pid::from_bytes(bytes)
}
