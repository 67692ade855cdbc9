//! Game rules in scripts, reloaded while the world runs: the other half of the seed's R5
//! (code replaced without stopping) and its server-side multi-language support.
//!
//! - [`catalog`]: the releases of a node's scripts, checked whole before install, with
//!   `rollback`.
//! - [`host`]: one Luau VM per script per shard, a state table per scripted process,
//!   a step budget per call, and `migrate` (OTP's `code_change`) across releases.
//!
//! Which scripts a game runs and what each must export is the game's to say (the world's
//! `rules` module); this crate knows none of them.
//!
//! # Why Luau
//! Measured on this machine (2 cores) with mlua 0.12.2, one VM per shard, 10,000 state
//! tables, the seed AI's light decision (a few generator steps) and heavy one (1,024
//! rounds), each call with a step budget (`docs/scripting-candidates`):
//!
//! | | Luau | Lua 5.4 | wasmtime |
//! |---|---|---|---|
//! | light call, budgeted | 282–292 ns | 373–432 ns | not built: 83 crates, Cranelift |
//! | heavy call, budgeted | 23.6–28.8 µs | 24.6–31.1 µs | |
//! | budget's cost on the heavy call | +5–25 % | +100 % (a count hook traces every instruction) | fuel |
//! | state per process | 334 B | 274 B | a linear memory (64 KiB pages) |
//! | one VM (3 libraries, sandboxed) | 383 KB | 16 KB | |
//! | cold build, 2 cores | 55 s | 16 s | minutes |
//! | budget covers the pattern matcher | yes | no (C functions are one instruction) | yes |
//! | read-only sandbox, unseeded hashes | yes | by hand; hash seeded per VM | yes |
//!
//! A VM per script per shard makes the VM's size negligible (a few MB per node) and the
//! state per process what counts. Luau is faster where scripts spend their time once the
//! budget is on, its budget has no hole, and its sandbox is built in.
//!
//! Luau's native code generation is on (mlua's `luau-jit`): the shipped AI's heavy
//! decision went from 23–42 µs to 18.6–18.9 µs a call (`examples/call_times.rs`), and
//! the in-process load with scripted AI and battles from 10,000 players held to 12,000
//! (1 run of 2). It costs a longer cold build: 120 s against 55 s on two cores.

pub mod catalog;
pub mod host;

pub use catalog::{Catalog, LoadError, Release, Source, read_dir};
pub use host::{
    STEPS_PER_CALL, ScriptError, Scripted, ShardScripts, VM_MEMORY_MAX, check, shard_scripts,
    shard_scripts_of,
};
