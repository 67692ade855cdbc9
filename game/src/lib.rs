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
//! | this shell | `hearth-game` | all of them |
//!
//! - [`cli`]: the node's flags and the TOML config file;
//! - [`node`]: a node of any role ([`node::GameNode`]);
//! - [`load`]: `hearth load`'s flags, driving `hearth-load`;
//! - [`crash`]: `hearth crash`'s flags, driving the crash harness in `hearth-load`.

pub mod cli;
pub mod crash;
pub mod load;
pub mod node;
