//! The game rules a studio may script (`hearth-scripts`): which scripts the world runs,
//! what each must export, and the defaults shipped in the binary
//! (`game/world/scripts/`). A world started without scripts runs the Rust defaults.
//!
//! | script | exports | drives |
//! |---|---|---|
//! | `ai` | `init(seed)`, `light(state)` → direction 0..3, `heavy(state, work)` → value; optional `migrate(from_version, state)` | every AI entity's decisions ([`crate::ai`]) |

use hearth_scripts::{LoadError, Source};

/// The AI script's name.
pub const AI_SCRIPT: &str = "ai";

/// What each script must export.
pub const REQUIRED: &[(&str, &[&str])] = &[(AI_SCRIPT, &["init", "light", "heavy"])];

/// The default scripts, as shipped (the same files as `game/world/scripts/`).
pub fn defaults() -> Vec<Source> {
    vec![Source {
        name: AI_SCRIPT.to_owned(),
        text: include_str!("../scripts/ai.lua").into(),
    }]
}

/// Checks a release against [`REQUIRED`] (every script loads; each exports its
/// functions).
///
/// # Errors
/// The first script that fails, with its line and cause.
pub fn check(sources: &[Source]) -> Result<(), LoadError> {
    hearth_scripts::check(sources, REQUIRED)
}
