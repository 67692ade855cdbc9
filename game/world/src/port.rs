//! The world's port to its players' connections: how a Person, an org or a cell reaches
//! a player without knowing what serves the connection — the gate's connection
//! processes in a node, a load bot, a test.
//!
//! The room that serves connections implements [`PlayerPort`] (`hearth-gate`'s
//! `GatePort`); the node that assembles both hands one [`Port`] to the world
//! ([`crate::install`] for the Persons other nodes spawn here, [`crate::start`] for the
//! orgs and cells) and the connection side passes the same one to the Persons it spawns
//! itself. The world knows a connection only as two pids it was given in
//! [`crate::wire::PersonMsg::Attach`]: the connection process (`conn`) and, optionally,
//! the fan-out process that writes broadcasts for the connections of its shard (`hub`).
//!
//! # Contract
//!
//! | call | made by | when | the implementation |
//! |---|---|---|---|
//! | `session(conn, Attached(..))` | a Person | it took an attach (a login, or a resume with the right token) | hands `conn` the session: player, token, and the frames to resend |
//! | `session(conn, Refused { code, .. })` | a Person | a resume presented a token it does not know | tells `conn` to close with `code` (`ERROR_SESSION_EXPIRED`) |
//! | `session(conn, Kicked)` | a Person | another connection attached to the session | tells `conn` to close (`ERROR_REPLACED`) |
//! | `session(conn, Frames(..))` | a Person | a push: complete client frames, already numbered and kept for a resume | queues the frames on `conn` |
//! | `fanout(hub, frame, conns)` | an org or a cell | a broadcast to its members routed through `hub` | has `hub` write the one `frame` (`Push { seq: 0 }`) to each of `conns` |
//!
//! | return | meaning | what the world does |
//! |---|---|---|
//! | `true` | handed to the engine as the caller's message | nothing more |
//! | `false` | could not be sent (a full mailbox, a node not connected) | drops it, as a send to a process that has died: a Person still has the frame in its resend cache; a group's members behind that hub miss the broadcast (groups never block) |
//!
//! Races a user must know:
//! - Every call sends **as the calling process**, through its [`Outlet`]: the order of
//!   one world process's messages to one connection is the order of its calls, and
//!   holds with its other sends. Messages of different senders are not ordered: a
//!   broadcast and a Person's push may arrive either way round (`docs/protocol.md`).
//! - `conn` and `hub` may have ended by the time the message arrives (the connection
//!   closed, the node went): the message is dropped there. The Person learns of a
//!   closed connection from its monitor, not from the port.
//! - A call runs inside the caller's handler: it must not block, and it cannot call
//!   back into the world.

use std::sync::Arc;

use hearth_engine::{Outlet, Pid};
use hearth_protocol::ErrorCode;

use crate::wire::Attached;

/// The port the world holds (one per node, shared by its processes).
pub type Port = Arc<dyn PlayerPort>;

/// What the world tells a player's connection process (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionEvent {
    /// The Person took the attach: the session is open (or resumed).
    Attached(Attached),
    /// The Person refused the attach.
    Refused {
        /// The protocol error the client is told.
        code: ErrorCode,
        /// Why, for the client.
        message: String,
    },
    /// Another connection took the session over.
    Kicked,
    /// Complete client frames to send (pushes; resent frames go in `Attached`).
    Frames(Vec<u8>),
}

/// How the world reaches players' connections (see the module docs for the contract).
/// Object safe: the world holds it as a [`Port`].
pub trait PlayerPort: Send + Sync + 'static {
    /// Sends `event` to the connection process `conn`, as the process `out` sends for.
    /// `false` if it could not be sent.
    fn session(&self, out: &mut Outlet<'_>, conn: Pid, event: SessionEvent) -> bool;

    /// Has the fan-out process `hub` write `frame` (one complete client frame) to each
    /// of the connection processes `conns`, all served by `hub`. `false` if it could not
    /// be sent.
    fn fanout(&self, out: &mut Outlet<'_>, hub: Pid, frame: Vec<u8>, conns: Vec<[u8; 16]>) -> bool;
}
