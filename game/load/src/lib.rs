//! `hearth-load`: Hearth's load tools (not published). They drive a game node from the
//! outside, through the rooms' public APIs only:
//!
//! - [`bots`]: bots as processes inside a node of their own, standing where gate
//!   processes would (they take the gate's messages, and a hub of theirs counts their
//!   broadcasts): the engine and the game logic, without sockets;
//! - [`tcp`]: clients over TCP against any gate: the node as players see it;
//! - [`mix`]: the seed's per-player request mix, shared by both;
//! - [`schedule`]: a client's fixed request schedule (both modes send from one, and
//!   measure from its due times: free of coordinated omission, as wrk2 measures);
//! - [`crash`]: the crash harness — trades across two App nodes, SIGKILL, the ledger;
//! - [`recovery`]: how long a node takes to bring back N stored players;
//! - [`find_max`]: the most players the in-process load holds;
//! - [`report`]: the latency distribution (`.hgrm`) and plot (SVG) files.
//!
//! The `hearth load` command (in `hearth-game`) parses the flags and calls these.

pub mod bots;
pub mod crash;
pub mod find_max;
pub mod mix;
pub mod recovery;
pub mod report;
pub mod schedule;
pub mod tcp;

/// The p99 the seed's load must stay within for a run to hold (the seed's bar: a reply
/// within 50 ms of when its request was due).
pub const P99_TARGET: std::time::Duration = std::time::Duration::from_millis(50);
