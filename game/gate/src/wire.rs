//! The gate's own messages: what a connection's gate process and a shard's hub accept.
//! They may cross nodes (a Person on an App node answers its player's gate process;
//! rkyv, registered by [`register_wire`]); the world sends them only through
//! [`crate::GatePort`], never by name.
//!
//! Wire names (`hearth.game.*`) never change and variants keep their order: nodes of
//! different builds share a cluster.

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use hearth_engine::{Reply, RequestId, WireTypes};
use hearth_world::wire::{Answer, Attached};
use rkyv::{Archive, Deserialize, Serialize};

/// What a gate process accepts.
#[derive(Archive, Serialize, Deserialize, Debug)]
pub enum GateMsg {
    /// A frame from the client (from the connection's reader, same shard).
    Frame(u16, Vec<u8>),
    /// The connection is closed (from the reader or writer).
    Closed(String),
    /// The Person accepted the attach.
    Attached(Attached),
    /// The Person refused the attach (a protocol error code and why).
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

hearth_net::wire_message!(GateMsg, "hearth.game.GateMsg");
hearth_net::wire_message!(HubMsg, "hearth.game.HubMsg");

/// Registers the gate's messages to cross nodes (a node of any role registers them: a
/// Person on an App node sends them to gate processes elsewhere).
pub fn register_wire(wire: &mut WireTypes) {
    wire.register::<GateMsg>().register::<HubMsg>();
}
