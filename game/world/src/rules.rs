//! The game rules a studio may script (`hearth-scripts`): which scripts the world runs,
//! what each must export, and the defaults shipped in the binary
//! (`game/world/scripts/`). A world started without scripts runs the Rust defaults, and
//! so does each part whose script a release leaves out.
//!
//! | script | exports | drives |
//! |---|---|---|
//! | `ai` | `init(seed)`, `light(state)` → direction 0..3, `heavy(state, work)` → value | every AI entity's decisions ([`crate::ai`]) |
//! | `battle` | `init(seed)`, `damage(state, skill, monster_hp)` → damage or nil (refused), `tick(state, alive, heavy)`, `reward(state, damage, players)` → xp, trophies | battles: what a skill does, the monsters' turns, and what a victory gives a player who dealt `damage` among `players` ([`crate::battle`]) |
//! | `person` | `init(seed)`, `heavy(state, work)` → value | the player's heavy request (`Heavy { work }` → `HeavyResult { value }`, [`crate::person`]) |
//!
//! Each may export `migrate(from_version, state)` (OTP's `code_change`).

use hearth_scripts::{LoadError, Source};

/// The AI script's name.
pub const AI_SCRIPT: &str = "ai";
/// The battle script's name.
pub const BATTLE_SCRIPT: &str = "battle";
/// The Person's script's name (its heavy request).
pub const PERSON_SCRIPT: &str = "person";

/// The scripts a release may hold, and what each must export.
pub const KNOWN: &[(&str, &[&str])] = &[
    (AI_SCRIPT, &["init", "light", "heavy"]),
    (BATTLE_SCRIPT, &["init", "damage", "tick", "reward"]),
    (PERSON_SCRIPT, &["init", "heavy"]),
];

/// The default scripts, as shipped (the same files as `game/world/scripts/`).
pub fn defaults() -> Vec<Source> {
    vec![
        Source {
            name: AI_SCRIPT.to_owned(),
            text: include_str!("../scripts/ai.lua").into(),
        },
        Source {
            name: BATTLE_SCRIPT.to_owned(),
            text: include_str!("../scripts/battle.lua").into(),
        },
        Source {
            name: PERSON_SCRIPT.to_owned(),
            text: include_str!("../scripts/person.lua").into(),
        },
    ]
}

/// Checks a release against [`KNOWN`] (every script is a known one, loads, and exports
/// its functions).
///
/// # Errors
/// The first script that fails, with its line and cause.
pub fn check(sources: &[Source]) -> Result<(), LoadError> {
    hearth_scripts::check(sources, KNOWN)
}
