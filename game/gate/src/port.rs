//! [`GatePort`]: the gate's side of the world's [`PlayerPort`]. The world's session
//! events become [`GateMsg`]s for the connection's gate process, its broadcasts
//! [`HubMsg::Fanout`]s for the hub of the gate's shard. Same messages, same wire names
//! as when the world sent them itself, so nodes of different builds still agree.
//!
//! | the world calls | the gate process / hub gets |
//! |---|---|
//! | `session(conn, Attached(a))` | [`GateMsg::Attached`]`(a)` |
//! | `session(conn, Refused { code, message })` | [`GateMsg::Refused`]`(code as i32, message)` |
//! | `session(conn, Kicked)` | [`GateMsg::Kicked`] |
//! | `session(conn, Frames(f))` | [`GateMsg::Frames`]`(f)` |
//! | `fanout(hub, frame, conns)` | [`HubMsg::Fanout`]` { frame, gates: conns }` |

use std::sync::Arc;

use hearth_engine::{Addr, Outlet, Pid};
use hearth_world::{PlayerPort, Port, SessionEvent};

use crate::wire::{GateMsg, HubMsg};

/// The gate's implementation of the world's port (see the module docs). Stateless: one
/// per node is enough, and any number are alike.
#[derive(Clone, Copy, Debug, Default)]
pub struct GatePort;

impl GatePort {
    /// A [`Port`] for the world.
    pub fn port() -> Port {
        Arc::new(GatePort)
    }
}

impl PlayerPort for GatePort {
    fn session(&self, out: &mut Outlet<'_>, conn: Pid, event: SessionEvent) -> bool {
        let message = match event {
            SessionEvent::Attached(attached) => GateMsg::Attached(attached),
            SessionEvent::Refused { code, message } => GateMsg::Refused(code as i32, message),
            SessionEvent::Kicked => GateMsg::Kicked,
            SessionEvent::Frames(frames) => GateMsg::Frames(frames),
        };
        out.send(Addr::from_pid(conn), message).is_ok()
    }

    fn fanout(&self, out: &mut Outlet<'_>, hub: Pid, frame: Vec<u8>, conns: Vec<[u8; 16]>) -> bool {
        let fanout = HubMsg::Fanout {
            frame,
            gates: conns,
        };
        out.send(Addr::from_pid(hub), fanout).is_ok()
    }
}
