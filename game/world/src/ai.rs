//! AI entities: processes that decide on timers, lightly several times a second and
//! heavily once a second (the seed's "heavy AI 1/s, light 5/s"), in the world or in a
//! battle.
//!
//! # Contract
//! - An entity ticks every `1 / light_per_s` seconds on its shard's wheel, from a random
//!   phase (so a million entities do not all tick in the same millisecond). One tick in
//!   `light_per_s / heavy_per_s` makes the heavy decision (real CPU work,
//!   [`crate::work::heavy_work`]), the others a light one; which one is random too, so
//!   entities started together spread their heavy decisions over the second.
//! - Ticks are scheduled at absolute times (`start_timer_at`): a late tick does not
//!   delay the next one, and how late each tick ran is recorded in the shard's
//!   [`AiStats`] (the soft-real-time figure of AI).
//! - It runs until stopped; under the `ai` supervisor a crash restarts it.

use std::cell::RefCell;
use std::time::Duration;

use std::sync::Arc;

use hearth_engine::{Ctx, ExitReason, Process, SystemMsg};
use hearth_scripts::{Catalog, ScriptError, Scripted};

pub use crate::lateness::Lateness;

/// Most light decisions per second.
pub const AI_LIGHT_PER_S_MAX: u32 = 100;

/// What an AI entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AiSpec {
    /// Its id.
    pub id: u64,
    /// Decisions per second (light ones, the heavy one included).
    pub light_per_s: u32,
    /// Heavy decisions per second (at most `light_per_s`).
    pub heavy_per_s: u32,
    /// The heavy decision's work (1..=[`crate::work::HEAVY_WORK_MAX`]).
    pub heavy_work: u32,
}

impl AiSpec {
    /// The seed's AI: 5 decisions a second, one of them heavy.
    pub fn seed(id: u64) -> Self {
        Self {
            id,
            light_per_s: 5,
            heavy_per_s: 1,
            heavy_work: 1,
        }
    }

    fn period(&self) -> Duration {
        Duration::from_secs(1) / self.light_per_s.clamp(1, AI_LIGHT_PER_S_MAX)
    }

    fn heavy_every(&self) -> u64 {
        u64::from((self.light_per_s / self.heavy_per_s.max(1)).max(1))
    }
}

/// What the AI entities of one shard did (see [`take_shard_stats`]).
pub struct AiStats {
    /// Decisions made.
    pub ticks: u64,
    /// Heavy decisions among them.
    pub heavy: u64,
    /// How late ticks ran, in nanoseconds.
    pub lateness_ns: Lateness,
}

impl AiStats {
    fn new() -> Self {
        Self {
            ticks: 0,
            heavy: 0,
            lateness_ns: Lateness::default(),
        }
    }
}

thread_local! {
    static STATS: RefCell<AiStats> = RefCell::new(AiStats::new());
}

/// Takes this shard's AI statistics, starting afresh (call it on the shard).
pub fn take_shard_stats() -> AiStats {
    STATS.with(|stats| std::mem::replace(&mut *stats.borrow_mut(), AiStats::new()))
}

/// An AI entity (see the module docs).
pub struct Ai {
    spec: AiSpec,
    due_ns: u64,
    ticks: u64,
    mind: u64,
    /// Its decisions' script (`None`: the Rust default).
    script: Option<Scripted>,
    /// Where its light decisions have walked it (steps east and north).
    position: (i64, i64),
    /// Which of its ticks are heavy: a random phase, so that entities started together
    /// do not all make their heavy decision in the same tick of the second (a burst of
    /// 4,000 scripted heavy decisions held a shard for ~150 ms each second).
    heavy_phase: u64,
}

impl Ai {
    /// An entity of `spec`; it starts ticking when spawned.
    pub fn new(spec: AiSpec) -> Self {
        Self {
            spec,
            due_ns: 0,
            ticks: 0,
            mind: spec.id | 1,
            script: None,
            position: (0, 0),
            heavy_phase: 0,
        }
    }

    /// An entity of `spec` deciding by the `ai` script of `scripts` ([`crate::rules`]).
    pub fn scripted(spec: AiSpec, scripts: Arc<Catalog>) -> Self {
        Self {
            script: Some(Scripted::new(scripts, crate::rules::AI_SCRIPT, spec.id)),
            ..Self::new(spec)
        }
    }

    /// One decision by the script: the heavy one's value, or the light one's step.
    fn decide_scripted(&mut self, heavy: bool) -> Result<(), ScriptError> {
        let Some(script) = &mut self.script else {
            return Ok(());
        };
        if heavy {
            let value: f64 = script.call("heavy", self.spec.heavy_work)?;
            self.mind ^= value as u64;
        } else {
            let direction: i64 = script.call("light", ())?;
            let (dx, dy) = STEPS[direction.rem_euclid(4) as usize];
            self.position = (self.position.0 + dx, self.position.1 + dy);
        }
        Ok(())
    }

    fn schedule(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        let at = Duration::from_nanos(self.due_ns);
        ctx.start_timer_at(at, 0)
            .map(drop)
            .map_err(|error| ExitReason::custom(format!("AI {}: {error}", self.spec.id)))
    }

    fn tick(&mut self, ctx: &mut Ctx<'_, Self>) {
        let late = ctx.now_ns().saturating_sub(self.due_ns);
        self.ticks += 1;
        let heavy = (self.ticks + self.heavy_phase).is_multiple_of(self.spec.heavy_every());
        if self.script.as_mut().is_some_and(Scripted::available) {
            if let Err(error) = self.decide_scripted(heavy) {
                ctx.stop(ExitReason::custom(format!("AI {}: {error}", self.spec.id)));
                return;
            }
        } else if heavy {
            let value = crate::work::heavy_work(self.spec.heavy_work).unwrap_or(0);
            self.mind ^= value;
        } else {
            self.mind = light_decision(self.mind);
            let (dx, dy) = STEPS[(self.mind % 4) as usize];
            self.position = (self.position.0 + dx, self.position.1 + dy);
        }
        STATS.with(|stats| {
            let mut stats = stats.borrow_mut();
            stats.ticks += 1;
            stats.heavy += u64::from(heavy);
            stats.lateness_ns.record(late);
        });
        self.due_ns += self.spec.period().as_nanos() as u64;
        if let Err(reason) = self.schedule(ctx) {
            ctx.stop(reason);
        }
    }
}

/// The steps a light decision may take: east, west, north, south.
const STEPS: [(i64, i64); 4] = [(1, 0), (-1, 0), (0, 1), (0, -1)];

/// A light decision: look around, pick a direction (a few dozen cycles).
fn light_decision(mind: u64) -> u64 {
    let mut x = mind;
    for _ in 0..4 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    std::hint::black_box(x)
}

impl Process for Ai {
    type Msg = ();

    fn status(&self, status: &mut hearth_engine::Status) {
        status.field("ai", self.spec.id);
        status.field("light_per_s", self.spec.light_per_s);
        status.field("heavy_per_s", self.spec.heavy_per_s);
        status.field("ticks", self.ticks);
        status.field("position", format_args!("{:?}", self.position));
        match &self.script {
            Some(script) => status.field(
                "decides_by",
                format_args!(
                    "ai.lua (release {}, version {:?})",
                    script.release(),
                    script.version()
                ),
            ),
            None => status.field("decides_by", "the Rust default"),
        };
    }

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        let period = self.spec.period().as_nanos() as u64;
        self.due_ns = ctx.now_ns() + fastrand::u64(0..period.max(1));
        self.heavy_phase = fastrand::u64(0..self.spec.heavy_every());
        self.schedule(ctx)
    }

    fn handle(&mut self, (): (), _: &mut Ctx<'_, Self>) {}

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { .. } => self.tick(ctx),
            SystemMsg::Exit { from, reason } if from.is_shard() || Some(from) == ctx.parent() => {
                ctx.stop(reason);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_ai_makes_one_heavy_decision_in_five() {
        let spec = AiSpec::seed(7);
        assert_eq!(spec.period(), Duration::from_millis(200));
        assert_eq!(spec.heavy_every(), 5);
        let odd = AiSpec {
            light_per_s: 0,
            heavy_per_s: 0,
            ..spec
        };
        assert_eq!(odd.period(), Duration::from_secs(1));
        assert_eq!(odd.heavy_every(), 1);
    }
}
