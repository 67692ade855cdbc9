//! `hearth-game`: the only crate that knows what a player, a guild or a battle is — gate
//! processes, Person and Org processes on FSM trees, map cells and AI, and the `hearth`
//! node binary. Not built yet: see the gate and world issues.
