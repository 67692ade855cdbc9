//! Every limit of the distribution layer, named, with its reason.

use std::time::Duration;

/// Largest frame body a node sends or accepts: big enough for a burst of small messages
/// batched into one write, small enough that a hostile peer cannot make a node allocate
/// much before it is caught.
pub const FRAME_BYTES_MAX: usize = 4 * 1024 * 1024;
/// Largest handshake frame (a hello carries the type catalogue and member list).
pub const HANDSHAKE_BYTES_MAX: usize = 256 * 1024;
/// The frame format this build writes and accepts.
pub const FORMAT_VERSION: u8 = 1;
/// The handshake protocol version this build speaks. 2: window notices
/// (`WireControl::Window`) and the system-overflow exit reason. 3: a MAC trailer after
/// every frame that follows the handshake (`seal.rs`).
pub const PROTOCOL_VERSION: u16 = 3;
/// A handshake that has not completed in this time is abandoned (a peer that connects and
/// says nothing, or stalls halfway, holds nothing for long).
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(2);
/// Bytes queued for one peer on one shard before user messages are refused (backpressure:
/// `send` returns `Full`). Signals, replies and control records are always queued: their
/// number is bounded by the relations and requests that produce them.
pub const SEND_QUEUE_BYTES_MAX: usize = 8 * 1024 * 1024;
/// Bytes queued for one peer on one shard, signals, replies and control records
/// included, before the link is given up: a peer that reads nothing while they pile up is
/// not keeping up at all, and is treated like a lost node (its links and monitors fire
/// `noconnection`), rather than growing this node's memory.
pub const SEND_QUEUE_BYTES_HARD_MAX: usize = 8 * SEND_QUEUE_BYTES_MAX;
/// Inbound connections one shard takes through the handshake at once. Past it a new
/// connection is closed at once: a flood of connection attempts costs a socket each,
/// never a task and a buffer each. A legitimate peer refused this way reconnects with
/// its backoff.
pub const HANDSHAKES_IN_FLIGHT_MAX: usize = 32;
/// Established connections one node may hold open to one shard of this node: one per
/// shard of its own is all a node needs (each of its shards dials once), so a node that
/// opens more is refused — its extra connections cost a socket, never a reader.
pub const INBOUND_PER_NODE_MAX: usize = hearth_engine::SHARDS_MAX;
/// A writer cuts frames at this size so one frame never exceeds the receiver's maximum.
pub const WRITE_FRAME_BYTES: usize = 1024 * 1024;
/// Default interval between heartbeats on an idle connection.
pub const HEARTBEAT_DEFAULT: Duration = Duration::from_millis(250);
/// Default silence after which a connection (and so its node) is declared down: six
/// missed heartbeats, inside the 2 s the distribution issue asks for.
pub const DOWN_AFTER_DEFAULT: Duration = Duration::from_millis(1500);
/// First and last delay between reconnection attempts (doubling in between).
pub const RECONNECT_BACKOFF_MIN: Duration = Duration::from_millis(100);
/// See [`RECONNECT_BACKOFF_MIN`]. Short enough that a node back from a cut of several
/// seconds is connected again well inside the 10 s a gate waits for its players' node
/// (at 5 s, an 8-s cut ended their sessions); a dial to a node that stays away costs one
/// connect attempt per shard this often.
pub const RECONNECT_BACKOFF_MAX: Duration = Duration::from_secs(2);
/// Entries in a type catalogue a peer may send.
pub const CATALOGUE_ENTRIES_MAX: usize = 16 * 1024;
/// Members a peer may announce at once.
pub const MEMBERS_MAX: usize = 4096;
/// Longest node name or address string accepted.
pub const NAME_BYTES_MAX: usize = 255;
/// Kernel socket buffer size asked for (send and receive).
pub const SOCKET_BUFFER_BYTES: usize = 2 * 1024 * 1024;
/// How often a shard's control task looks for cluster events (node up/down, members).
pub const CONTROL_POLL: Duration = Duration::from_millis(5);
/// Control events queued per shard.
pub const CONTROL_QUEUE_LEN_MAX: usize = 64 * 1024;

const _: () = assert!(
    WRITE_FRAME_BYTES < FRAME_BYTES_MAX,
    "written frames are accepted"
);
const _: () = assert!(
    HANDSHAKE_BYTES_MAX <= FRAME_BYTES_MAX,
    "handshakes are frames"
);
