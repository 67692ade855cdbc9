//! `hearth-game`: the product shell — the `hearth` binary's command line and config, a
//! game node of any role assembled from the rooms below it, and the `hearth load`
//! command. The game itself lives in those rooms:
//!
//! | room | crate | depends on |
//! |---|---|---|
//! | client protocol | `hearth-protocol` | — |
//! | the world | `hearth-world` | engine, net, protocol, store, durable |
//! | client connections | `hearth-gate` | engine, net, protocol, world |
//! | load tools | `hearth-load` | engine, timers, protocol, world, gate |
//! | admin listener | `hearth-admin` | — |
//! | this shell | `hearth-game` | all of them |
//!
//! - [`cli`]: the node's flags and the TOML config file;
//! - [`node`]: a node of any role ([`node::GameNode`]);
//! - [`load`]: `hearth load`'s flags, driving `hearth-load`;
//! - [`crash`]: `hearth crash`'s flags, driving the crash harness in `hearth-load`;
//! - [`ops`]: what the admin listener (`hearth-admin`) shows of a node, and its start;
//! - [`reload`]: re-reading the config file of a running node;
//! - [`logging`]: the node's log, whose filter a reload changes.

pub mod cli;
pub mod crash;
pub mod load;
pub mod logging;
pub mod node;
pub mod ops;
pub mod reload;
