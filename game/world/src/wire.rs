//! The messages a player's connection side exchanges with its Person, and the routes
//! groups reach players by. They may cross nodes (rkyv, registered by [`register`]); the
//! client-facing protocol is protobuf (`hearth-protocol`), these are internal.
//!
//! Wire names (`hearth.game.*`) never change and variants keep their order: nodes of
//! different builds share a cluster. Field names are not on the wire (rkyv is
//! positional), types and order are.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use hearth_engine::{Reply, WireReplyTo, WireTypes};
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

impl ReplyRoute {
    /// The trace id of the request this route answers (see [`Trace`]).
    pub fn trace(&self) -> Trace {
        Trace {
            caller: self.caller,
            request: (self.shard, self.key, self.seq),
        }
    }
}

/// The id that follows one client request through the logs, gate → Person → reply, on
/// every node: the gate process and the id of its forwarded call, printed
/// `<gate pid>#<shard>.<key>.<seq>`. Both ends derive it from what the request carries
/// anyway (the reply route), so it costs no bytes on the wire, and nothing unless a log
/// line or span that shows it is enabled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trace {
    caller: [u8; 16],
    request: (u8, u32, u32),
}

impl Trace {
    /// The trace of call `request` (its parts) made by `caller`.
    pub fn new(caller: hearth_engine::Pid, request: (u8, u32, u32)) -> Self {
        Self {
            caller: caller.to_bytes(),
            request,
        }
    }
}

impl std::fmt::Display for Trace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (shard, key, seq) = self.request;
        let caller = hearth_engine::Pid::from_bytes(self.caller);
        write!(f, "{caller}#{shard}.{key}.{seq}")
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
    /// A connection process attaches a client connection (login or resume). The Person
    /// answers it through its [`crate::PlayerPort`] and monitors it.
    Attach {
        /// The connection process.
        conn: [u8; 16],
        /// The session token presented, empty for a fresh login.
        resume_token: Vec<u8>,
        /// The last seq the client saw (for resume).
        last_seq: u64,
        /// The fan-out process that writes broadcasts for the connection (`None`:
        /// pushes through the Person).
        hub: Option<[u8; 16]>,
    },
    /// The connection process's connection is gone.
    Detach {
        /// The connection process.
        conn: [u8; 16],
    },
    /// The client logged out: the session ends now (no grace period).
    Logout {
        /// The connection process.
        conn: [u8; 16],
    },
    /// A client request (protobuf `Request` bytes), answered through `reply`.
    Request {
        /// Where the answer goes.
        reply: ReplyRoute,
        /// The encoded request.
        request: Vec<u8>,
    },
    /// Game traffic from other persons and orgs.
    Game(crate::GameEvent),
    /// A trade offer from another player's Person (the seed's `notify` with a timeout:
    /// the offerer gets a [`TradeVerdict`] or, past the trade timeout, a `Timeout`).
    Offer {
        /// Where the verdict goes.
        reply: ReplyRoute,
        /// The offering player.
        from: u64,
        /// The offer's id (per offering player).
        offer: u64,
        /// The offerer's note.
        item: String,
        /// What changes hands.
        goods: Goods,
    },
    /// The verdict on this Person's offer (a reply, delivered locally).
    Verdict(u8, u32, u32, TradeVerdict),
    /// A battle's answer to this Person (a reply, delivered locally).
    Battle(u8, u32, u32, BattleAnswer),
    /// The guild's answer to this Person (a reply, delivered locally).
    Guild(u8, u32, u32, crate::org::GuildAnswer),
}

impl From<Reply<crate::org::GuildAnswer>> for PersonMsg {
    fn from(reply: Reply<crate::org::GuildAnswer>) -> Self {
        let (shard, key, seq) = reply.request.parts();
        PersonMsg::Guild(shard, key, seq, reply.value)
    }
}

impl From<Reply<BattleAnswer>> for PersonMsg {
    fn from(reply: Reply<BattleAnswer>) -> Self {
        let (shard, key, seq) = reply.request.parts();
        PersonMsg::Battle(shard, key, seq, reply.value)
    }
}

/// What a trade moves: the offerer gives `give` and `give_gold` and gets `want` and
/// `want_gold`.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
pub struct Goods {
    /// Items from the offerer.
    pub give: Vec<crate::person::record::Stack>,
    /// Gold from the offerer.
    pub give_gold: u64,
    /// Items to the offerer.
    pub want: Vec<crate::person::record::Stack>,
    /// Gold to the offerer.
    pub want_gold: u64,
}

/// The answer to a trade offer.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum TradeVerdict {
    /// The other player declined.
    Declined,
    /// It accepted but cannot make the trade (it lacks the goods, or room): why.
    Failed(String),
    /// It accepted and lent its record to the offerer's transaction, which commits both
    /// records together (see `hearth_durable`'s joint transactions).
    Accepted(LentRecord),
}

/// A player's record lent to a trade's joint transaction (a `hearth_durable::Loan` of
/// the player kind, as it crosses nodes).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct LentRecord {
    /// The player.
    pub player: u64,
    /// The record's version the lender saw.
    pub version: u64,
    /// The record as the trade leaves it (a snapshot).
    pub snapshot: Vec<u8>,
    /// The lender's database (`hearth_durable::Loan::store`).
    pub store: u64,
}

impl LentRecord {
    /// The loan it carries.
    pub fn into_loan(self) -> hearth_durable::Loan {
        hearth_durable::Loan {
            key: hearth_store::Key::new(crate::person::record::PLAYER_KIND, self.player),
            version: self.version,
            snapshot: self.snapshot,
            store: self.store,
        }
    }

    /// A player's loan, to send.
    pub fn from_loan(loan: hearth_durable::Loan) -> Self {
        Self {
            player: loan.key.id,
            version: loan.version,
            snapshot: loan.snapshot,
            store: loan.store,
        }
    }
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

/// Arguments of the `person` behaviour (a remote spawn from a connection side on
/// another node).
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

/// How a group reaches a connected player without its Person: the fan-out process that
/// serves the player's connection and the connection process (see [`crate::audience`]).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Route {
    /// The fan-out process.
    pub hub: [u8; 16],
    /// The connection process.
    pub conn: [u8; 16],
}

hearth_net::wire_message!(PersonMsg, "hearth.game.PersonMsg");
hearth_net::wire_message!(Answer, "hearth.game.Answer");
hearth_net::wire_message!(PersonArgs, "hearth.game.PersonArgs");
hearth_net::wire_message!(TradeVerdict, "hearth.game.TradeVerdict");

/// Registers the messages of this file to cross nodes (see [`crate::register_wire`] for
/// all of the world's).
pub fn register(wire: &mut WireTypes) {
    wire.register::<PersonMsg>()
        .register::<Answer>()
        .register::<PersonArgs>()
        .register::<TradeVerdict>();
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::cell::{Cell, CellMsg};
    use crate::host::{Delivery, HostMsg};
    use crate::org::{DirectoryMsg, GroupKind, OrgJoin, OrgKey, OrgMsg};
    use hearth_engine::{Pid, WireError, WireMessage};

    fn pid(n: u8) -> Pid {
        let mut bytes = [0; 16];
        bytes[0] = 7;
        bytes[8] = n;
        Pid::from_bytes(bytes)
    }

    fn round_trip<M: WireMessage>(message: &M) -> M {
        let mut bytes = Vec::new();
        message.encode(&mut bytes).expect("encodes");
        // Record payloads arrive 16-byte aligned.
        let mut aligned = rkyv::util::AlignedVec::<16>::new();
        aligned.extend_from_slice(&bytes);
        M::decode(&aligned).expect("decodes")
    }

    #[test]
    fn world_messages_cross_nodes_intact() {
        let relay = CellMsg::Relay {
            seen: Arc::from(vec![(1, -2, 3), (4, 5, -6)]),
            gone: Arc::from(vec![9]),
        };
        let CellMsg::Relay { seen, gone } = round_trip(&relay) else {
            panic!("a relay");
        };
        assert_eq!((&*seen, &*gone), (&[(1, -2, 3), (4, 5, -6)][..], &[9][..]));

        let enter = CellMsg::Enter {
            player: 5,
            person: pid(3),
            x: -1,
            y: 2,
        };
        let HostMsg::Deliver(Delivery {
            key: 42,
            create: true,
            message: CellMsg::Enter { person, x: -1, .. },
        }) = round_trip(&HostMsg::<Cell>::deliver(42, true, enter))
        else {
            panic!("a delivery of an enter");
        };
        assert_eq!(person, pid(3), "pids keep every byte");

        let say = OrgMsg::Say {
            from: 8,
            text: Arc::from("hello"),
        };
        assert!(matches!(round_trip(&say), OrgMsg::Say { from: 8, text } if &*text == "hello"));
        let key = OrgKey {
            kind: GroupKind::Team,
            id: 11,
        };
        let join = DirectoryMsg::Join(OrgJoin {
            key,
            player: 1,
            person: pid(9),
        });
        assert!(
            matches!(round_trip(&join), DirectoryMsg::Join(OrgJoin { key: k, .. }) if k == key)
        );
    }

    #[test]
    fn local_only_variants_refuse_to_cross_and_bad_bytes_are_refused() {
        let started = DirectoryMsg::Started {
            key: OrgKey {
                kind: GroupKind::Guild,
                id: 1,
            },
            org: pid(1),
        };
        let mut out = Vec::new();
        assert!(matches!(
            started.encode(&mut out),
            Err(WireError::LocalOnly(_))
        ));
        let mut garbage = rkyv::util::AlignedVec::<16>::new();
        garbage.extend_from_slice(&[0xff; 40]);
        assert!(matches!(
            CellMsg::decode(&garbage),
            Err(WireError::Malformed(_))
        ));
        assert!(matches!(
            DirectoryMsg::decode(&garbage),
            Err(WireError::Malformed(_))
        ));
    }
}

/// A battle's answer to a Person (a reply of [`crate::battle::BattleMsg::Join`] or [`crate::battle::BattleMsg::Action`]).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum BattleAnswer {
    /// The player is in the battle.
    Joined {
        /// The battle.
        battle: u64,
        /// Its process.
        pid: [u8; 16],
        /// Monsters left.
        monsters: u32,
    },
    /// The action hit.
    Hit {
        /// Damage dealt.
        damage: u32,
        /// Hit points left to the monster hit.
        monster_hp: u32,
        /// Monsters left.
        monsters_left: u32,
    },
    /// Refused, saying why.
    Refused(String),
}

hearth_net::wire_message!(BattleAnswer, "hearth.game.BattleAnswer");
