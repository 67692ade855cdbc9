//! `hearth-engine`: the runtime everything in Hearth stands on — one pinned executor per
//! core, each owning a shard of lightweight processes with its own mailbox arena, timing
//! wheel and io loop; Erlang's primitives (spawn, send, register, links, monitors,
//! supervisors) on top. Under construction: see the engine issue.
