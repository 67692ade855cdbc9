//! The world's live settings: how often cells send area-of-interest news, how far a
//! player sees, and how fast battles tick. One [`Tuning`] per node, shared by its hosts,
//! cells and battles; a reload changes it while the world runs.
//!
//! # Contract
//!
//! | setting | read by | a change takes effect |
//! |---|---|---|
//! | `aoi_tick` | each cell, when it starts its next tick | from each cell's next tick (within one old tick) |
//! | `aoi_radius` | each cell, at every tick | from each cell's next tick: it relays its news to the cells within the new radius, so a player sees a (2r+1)×(2r+1) square of cells |
//! | `battle_tick_hz` | each battle, when it schedules its next tick | from each battle's next tick (the heavy decision stays once a second) |
//!
//! Values are checked whole before any is applied ([`TuningValues::check`]); a refused
//! set changes nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// How often a cell sends its area-of-interest news, by default.
pub const AOI_TICK_DEFAULT: Duration = Duration::from_millis(200);
/// The shortest AOI tick: every cell with news wakes this often, and a client gets one
/// push per tick at most.
pub const AOI_TICK_MIN: Duration = Duration::from_millis(20);
/// The longest AOI tick: past it, players see others jump.
pub const AOI_TICK_MAX: Duration = Duration::from_secs(5);
/// How many cells around its own a player sees, by default (3×3 cells).
pub const AOI_RADIUS_DEFAULT: u32 = 1;
/// The largest radius: a cell relays each tick's news to (2r+1)²−1 cells, 48 at 3.
pub const AOI_RADIUS_MAX: u32 = 3;
/// Battle ticks per second, by default.
pub const BATTLE_TICK_HZ_DEFAULT: u32 = 10;
/// The fastest battle tick: a battle's light decisions cost a timer and a run per tick.
pub const BATTLE_TICK_HZ_MAX: u32 = 60;

/// One set of the settings (what a config file gives).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TuningValues {
    /// How often a cell sends its AOI news.
    pub aoi_tick: Duration,
    /// How many cells around its own a player sees.
    pub aoi_radius: u32,
    /// Battle ticks per second.
    pub battle_tick_hz: u32,
}

impl Default for TuningValues {
    fn default() -> Self {
        Self {
            aoi_tick: AOI_TICK_DEFAULT,
            aoi_radius: AOI_RADIUS_DEFAULT,
            battle_tick_hz: BATTLE_TICK_HZ_DEFAULT,
        }
    }
}

impl TuningValues {
    /// Checks every value against its limits.
    ///
    /// # Errors
    /// The first value out of range, saying its range.
    pub fn check(&self) -> Result<(), String> {
        if !(AOI_TICK_MIN..=AOI_TICK_MAX).contains(&self.aoi_tick) {
            return Err(format!(
                "aoi_tick_ms must be within {}..={}",
                AOI_TICK_MIN.as_millis(),
                AOI_TICK_MAX.as_millis()
            ));
        }
        if !(1..=AOI_RADIUS_MAX).contains(&self.aoi_radius) {
            return Err(format!("aoi_radius must be within 1..={AOI_RADIUS_MAX}"));
        }
        if !(1..=BATTLE_TICK_HZ_MAX).contains(&self.battle_tick_hz) {
            return Err(format!(
                "battle_tick_hz must be within 1..={BATTLE_TICK_HZ_MAX}"
            ));
        }
        Ok(())
    }
}

/// The node's live settings (see the module docs). Reads are one relaxed load.
#[derive(Debug)]
pub struct Tuning {
    aoi_tick_ms: AtomicU32,
    aoi_radius: AtomicU32,
    battle_tick_hz: AtomicU32,
}

impl Default for Tuning {
    fn default() -> Self {
        Self::new(TuningValues::default())
    }
}

impl Tuning {
    /// Settings starting at `values` (which should have passed [`TuningValues::check`]).
    pub fn new(values: TuningValues) -> Self {
        let tuning = Self {
            aoi_tick_ms: AtomicU32::new(0),
            aoi_radius: AtomicU32::new(0),
            battle_tick_hz: AtomicU32::new(0),
        };
        tuning.store(values);
        tuning
    }

    /// Shared defaults, for a world started without settings.
    pub fn shared_default() -> Arc<Self> {
        Arc::new(Self::default())
    }

    fn store(&self, values: TuningValues) {
        let tick_ms = u32::try_from(values.aoi_tick.as_millis()).unwrap_or(u32::MAX);
        self.aoi_tick_ms.store(tick_ms, Ordering::Relaxed);
        self.aoi_radius.store(values.aoi_radius, Ordering::Relaxed);
        self.battle_tick_hz
            .store(values.battle_tick_hz, Ordering::Relaxed);
    }

    /// Applies `values` if they pass [`TuningValues::check`]; the names of the settings
    /// that changed, with their new values.
    ///
    /// # Errors
    /// The check's error; nothing changed.
    pub fn apply(&self, values: TuningValues) -> Result<Vec<String>, String> {
        values.check()?;
        let now = self.values();
        let mut changed = Vec::new();
        if now.aoi_tick != values.aoi_tick {
            changed.push(format!("aoi_tick_ms = {}", values.aoi_tick.as_millis()));
        }
        if now.aoi_radius != values.aoi_radius {
            changed.push(format!("aoi_radius = {}", values.aoi_radius));
        }
        if now.battle_tick_hz != values.battle_tick_hz {
            changed.push(format!("battle_tick_hz = {}", values.battle_tick_hz));
        }
        self.store(values);
        Ok(changed)
    }

    /// The settings now.
    pub fn values(&self) -> TuningValues {
        TuningValues {
            aoi_tick: self.aoi_tick(),
            aoi_radius: self.aoi_radius(),
            battle_tick_hz: self.battle_tick_hz(),
        }
    }

    /// How often a cell sends its AOI news.
    pub fn aoi_tick(&self) -> Duration {
        Duration::from_millis(u64::from(self.aoi_tick_ms.load(Ordering::Relaxed)))
    }

    /// How many cells around its own a player sees.
    pub fn aoi_radius(&self) -> u32 {
        self.aoi_radius.load(Ordering::Relaxed)
    }

    /// Battle ticks per second.
    pub fn battle_tick_hz(&self) -> u32 {
        self.battle_tick_hz.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_out_of_range_is_refused_whole_and_a_good_one_names_its_changes() {
        let tuning = Tuning::default();
        let bad = TuningValues {
            aoi_radius: 2,
            battle_tick_hz: BATTLE_TICK_HZ_MAX + 1,
            ..TuningValues::default()
        };
        assert!(tuning.apply(bad).unwrap_err().contains("battle_tick_hz"));
        assert_eq!(tuning.values(), TuningValues::default());
        for bad in [
            TuningValues {
                aoi_tick: Duration::from_millis(5),
                ..TuningValues::default()
            },
            TuningValues {
                aoi_radius: 0,
                ..TuningValues::default()
            },
            TuningValues {
                aoi_radius: AOI_RADIUS_MAX + 1,
                ..TuningValues::default()
            },
            TuningValues {
                battle_tick_hz: 0,
                ..TuningValues::default()
            },
        ] {
            assert!(tuning.apply(bad).is_err(), "{bad:?}");
        }
        let good = TuningValues {
            aoi_tick: Duration::from_millis(100),
            aoi_radius: 2,
            battle_tick_hz: BATTLE_TICK_HZ_DEFAULT,
        };
        assert_eq!(
            tuning.apply(good).unwrap(),
            ["aoi_tick_ms = 100", "aoi_radius = 2"]
        );
        assert_eq!(tuning.values(), good);
        assert!(tuning.apply(good).unwrap().is_empty());
    }
}
