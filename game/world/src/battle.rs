//! Battle instances: processes spawned on demand, supervised, with a declared tick rate
//! and a lifecycle (init, join, leave, tick, terminate), that end and clean up by
//! themselves.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a Person joins battle `id` | straight to the battle, found by its cluster-wide name on whatever App node it runs; a new battle (`create`) through the Person's own node's battle [`crate::host::Host`], which starts it under the `battles` supervisor (`notify_retry` both ways: a join whose timer expires is sent again, idempotently) |
//! | the battle takes a player | it monitors the Person and answers it directly with [`BattleAnswer::Joined`] |
//! | every `1 / tick_hz` | monsters decide (light AI each tick, a heavy decision once a second) |
//! | a player acts | the action was sent with [`BATTLE_ACTION_TIMEOUT`]; an action that arrives late is **cancelled** (dropped unperformed; the player gets `ERROR_TIMEOUT`) |
//! | the last monster falls | every player gets [`GameEvent::BattleEnded`] (victory) with its [`Reward`]: by the Rust default [`XP_PER_VICTORY`] and a trophy each, or what the script's `reward(state, damage, players)` says for a player who dealt `damage` (a reward past [`REWARD_XP_MAX`] or [`REWARD_TROPHIES_MAX`] is the script's fault: the battle ends with it); the battle stops `normal` |
//! | no player for [`BATTLE_EMPTY_END`] | it stops `normal` (abandoned) |
//! | it crashes | `battles` children are `temporary`: it is not restarted; its players see `DOWN` with the reason, are told, and play on |

// rkyv's derive generates undocumented types for enum variants with named fields;
// every item written here is documented.
#![allow(missing_docs)]

use std::sync::Arc;
use std::time::Duration;

use hashbrown::HashMap;
use hearth_engine::{Addr, Ctx, ExitReason, MonitorRef, Pid, Process, ReplyTo, Restart, SystemMsg};
use hearth_net::codec::PidBytes;
use rkyv::{Archive, Deserialize, Serialize};

use crate::GameEvent;
use crate::event::Reward;
use crate::host::Hosted;
pub use crate::person::record::XP_PER_VICTORY;
use crate::port::Port;
use crate::tuning::Tuning;
use crate::wire::{PersonMsg, ReplyRoute};
use hearth_scripts::{ScriptError, Scripted};

/// The registered name of a node's battle host.
pub const BATTLE_HOST_NAME: &str = "world.battles";
/// The outcome of a battle whose last monster fell (its players are rewarded).
pub const VICTORY: &str = "victory";
/// Players one battle takes.
pub const BATTLE_PLAYERS_MAX: usize = 40;
/// Monsters a battle starts with.
pub const BATTLE_MONSTERS: usize = 3;
/// A monster's hit points.
pub const MONSTER_HP: u32 = 100;
/// Most experience a script's reward may give one player for one battle.
pub const REWARD_XP_MAX: u64 = 100_000;
/// Most trophies a script's reward may give one player for one battle (a stack's
/// worth is 99; a battle hands out a handful).
pub const REWARD_TROPHIES_MAX: u32 = 10;
/// Damage of a skill (skills are 1..=3).
const SKILL_DAMAGE: [u32; 3] = [10, 20, 30];
/// An empty battle ends after this long.
pub const BATTLE_EMPTY_END: Duration = Duration::from_secs(30);
/// How long an action may take to reach its battle before it is cancelled.
pub const BATTLE_ACTION_TIMEOUT: Duration = Duration::from_millis(200);
/// How long a join waits before it is sent again ...
pub const BATTLE_JOIN_TIMEOUT: Duration = Duration::from_millis(500);
/// ... and how many times.
pub const BATTLE_JOIN_RETRIES: u32 = 2;
/// How often a battle's monsters make their heavy decision, whatever the tick rate.
const HEAVY_EVERY_NS: u64 = 1_000_000_000;
/// Timer tag of the battle's tick.
const TICK: u64 = 1;
/// Timer tag of the empty-battle end.
const EMPTY: u64 = 2;

/// The cluster-wide name a battle registers.
pub fn battle_name(id: u64) -> String {
    format!("battle:{id:016x}")
}

pub use crate::wire::BattleAnswer;

/// What a battle accepts (it crosses nodes: players join battles on other App nodes).
#[derive(Archive, Serialize, Deserialize, Debug)]
pub enum BattleMsg {
    /// A Person joins (from the Person or forwarded by the host; answered directly).
    Join {
        /// The player.
        player: u64,
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
        /// Where the answer goes.
        reply: ReplyRoute,
    },
    /// A Person leaves.
    Leave {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
    },
    /// A player acts.
    Action {
        /// Its Person.
        #[rkyv(with = PidBytes)]
        person: Pid,
        /// The skill (1..=3).
        skill: u32,
        /// Where the answer goes (late: cancelled).
        reply: ReplyRoute,
    },
}

hearth_net::wire_message!(BattleMsg, "hearth.game.BattleMsg");

/// The reply route of a battle message, on the receiving shard's clock.
fn reply_to<P: Process>(route: ReplyRoute, ctx: &Ctx<'_, P>) -> ReplyTo<BattleAnswer> {
    ReplyTo::from_wire(route.into(), ctx.now_ns())
}

/// A player in a battle.
struct Fighter {
    monitor: MonitorRef,
    /// Damage it dealt so far (its reward may depend on it).
    damage: u64,
}

/// A battle instance (see the module docs).
pub struct Battle {
    id: u64,
    players: HashMap<Pid, Fighter>,
    monsters: Vec<u32>,
    ticks: u64,
    next_tick_ns: u64,
    mind: u64,
    empty_timer: Option<hearth_engine::TimerRef>,
    /// Actions dropped because they arrived after their deadline.
    cancelled: u64,
    tuning: Arc<Tuning>,
    /// When the last heavy decision was made (shard clock): one a second.
    heavy_at_ns: u64,
    /// Its rules' script (`None`, or a release without `battle.lua`: the Rust default).
    script: Option<Scripted>,
}

impl Battle {
    /// The battle `id`, with its monsters; it ticks at `tuning`'s rate.
    pub fn new(id: u64, tuning: Arc<Tuning>) -> Self {
        Self {
            id,
            players: HashMap::new(),
            monsters: vec![MONSTER_HP; BATTLE_MONSTERS],
            ticks: 0,
            next_tick_ns: 0,
            mind: id | 1,
            empty_timer: None,
            cancelled: 0,
            tuning,
            heavy_at_ns: 0,
            script: None,
        }
    }

    fn monsters_left(&self) -> u32 {
        self.monsters.iter().filter(|hp| **hp > 0).count() as u32
    }

    fn join(
        &mut self,
        player: u64,
        person: Pid,
        reply: ReplyTo<BattleAnswer>,
        ctx: &mut Ctx<'_, Self>,
    ) {
        if !self.players.contains_key(&person) {
            if self.players.len() >= BATTLE_PLAYERS_MAX {
                let full = format!("battle full ({BATTLE_PLAYERS_MAX} players)");
                ctx.reply(reply, BattleAnswer::Refused(full));
                return;
            }
            let monitor = ctx.monitor(person);
            let fighter = Fighter { monitor, damage: 0 };
            self.players.insert(person, fighter);
            tracing::trace!(battle = self.id, player, "joined");
            if let Some(timer) = self.empty_timer.take() {
                ctx.cancel_timer(timer);
            }
        }
        let joined = BattleAnswer::Joined {
            battle: self.id,
            pid: ctx.me().to_bytes(),
            monsters: self.monsters_left(),
        };
        ctx.reply(reply, joined);
    }

    fn leave(&mut self, person: Pid, ctx: &mut Ctx<'_, Self>) {
        if let Some(fighter) = self.players.remove(&person) {
            ctx.demonitor(fighter.monitor, true);
        }
        if self.players.is_empty() && self.empty_timer.is_none() {
            self.empty_timer = ctx.start_timer(BATTLE_EMPTY_END, EMPTY).ok();
        }
    }

    fn action(
        &mut self,
        person: Pid,
        skill: u32,
        reply: ReplyTo<BattleAnswer>,
        ctx: &mut Ctx<'_, Self>,
    ) {
        if ctx.is_late(&reply) {
            self.cancelled += 1; // cancel-when-late: the action is not performed
            return;
        }
        if !self.players.contains_key(&person) {
            ctx.reply(reply, BattleAnswer::Refused("not in this battle".into()));
            return;
        }
        let Some(standing) = self.monsters.iter().position(|hp| *hp > 0) else {
            ctx.reply(reply, BattleAnswer::Refused("no monster left".into()));
            return;
        };
        let damage = match self.damage(skill, self.monsters[standing]) {
            Ok(Some(damage)) => damage,
            Ok(None) => {
                ctx.reply(reply, BattleAnswer::Refused("skills are 1..=3".into()));
                return;
            }
            Err(error) => {
                ctx.reply(
                    reply,
                    BattleAnswer::Refused("the battle's rules failed".into()),
                );
                ctx.stop(ExitReason::custom(format!("battle {}: {error}", self.id)));
                return;
            }
        };
        let target = &mut self.monsters[standing];
        let dealt = damage.min(*target);
        *target -= dealt;
        if let Some(fighter) = self.players.get_mut(&person) {
            fighter.damage += u64::from(dealt);
        }
        let hit = BattleAnswer::Hit {
            damage,
            monster_hp: *target,
            monsters_left: self.monsters_left(),
        };
        ctx.reply(reply, hit);
        if self.monsters_left() == 0 {
            self.end(VICTORY, ctx);
        }
    }

    /// Tells every player the battle ended (with its reward, on a victory), then stops.
    fn end(&mut self, outcome: &str, ctx: &mut Ctx<'_, Self>) {
        let mut told = Vec::with_capacity(self.players.len());
        for (&person, fighter) in &self.players {
            told.push((person, fighter.damage));
        }
        for (person, damage) in told {
            let reward = if outcome == VICTORY {
                match self.reward(damage) {
                    Ok(reward) => reward,
                    Err(error) => {
                        ctx.stop(ExitReason::custom(format!("battle {}: {error}", self.id)));
                        return;
                    }
                }
            } else {
                Reward::default()
            };
            let ended = GameEvent::BattleEnded {
                battle: self.id,
                outcome: outcome.to_owned(),
                reward,
            };
            let _ = ctx.send(Addr::from_pid(person), PersonMsg::Game(ended));
        }
        ctx.stop(ExitReason::Normal);
    }

    /// What a victory gives a player who dealt `damage`: by the script, or the Rust
    /// default.
    fn reward(&mut self, damage: u64) -> Result<Reward, ScriptError> {
        let players = self.players.len() as u64;
        let Some(script) = self.scripted() else {
            return Ok(Reward {
                xp: XP_PER_VICTORY,
                trophies: 1,
            });
        };
        let (xp, trophies) = script.call::<(f64, f64)>("reward", (damage, players))?;
        let whole = |value: f64, max: u64, what: &str| {
            if value.fract() == 0.0 && (0.0..=max as f64).contains(&value) {
                Ok(value as u64)
            } else {
                Err(ScriptError::Failed(format!(
                    "battle.lua: reward gave {value} {what}, not a whole number within 0..={max}"
                )))
            }
        };
        Ok(Reward {
            xp: whole(xp, REWARD_XP_MAX, "xp")?,
            trophies: whole(trophies, u64::from(REWARD_TROPHIES_MAX), "trophies")? as u32,
        })
    }

    /// The battle's script, if the current release has one.
    fn scripted(&mut self) -> Option<&mut Scripted> {
        let script = self.script.as_mut()?;
        script.available().then_some(script)
    }

    /// What `skill` does to a monster with `monster_hp` left: by the script, or the Rust
    /// default (`None`: no such skill).
    fn damage(&mut self, skill: u32, monster_hp: u32) -> Result<Option<u32>, ScriptError> {
        if let Some(script) = self.scripted() {
            return script.call::<Option<u32>>("damage", (skill, monster_hp));
        }
        Ok(skill
            .checked_sub(1)
            .and_then(|index| SKILL_DAMAGE.get(index as usize))
            .copied())
    }

    /// One tick: the monsters decide (light each tick, heavy once a second).
    fn tick(&mut self, ctx: &mut Ctx<'_, Self>) {
        self.ticks += 1;
        let alive = self.monsters_left() as u64;
        let heavy = self.next_tick_ns >= self.heavy_at_ns + HEAVY_EVERY_NS && alive > 0;
        if heavy {
            self.heavy_at_ns = self.next_tick_ns;
        }
        if let Some(script) = self.scripted() {
            if let Err(error) = script.call::<i64>("tick", (alive, heavy)) {
                ctx.stop(ExitReason::custom(format!("battle {}: {error}", self.id)));
                return;
            }
        } else {
            for _ in 0..alive {
                self.mind ^= self.mind << 13;
                self.mind ^= self.mind >> 7;
                self.mind ^= self.mind << 17;
            }
            if heavy {
                self.mind ^= crate::work::heavy_work(1).unwrap_or(0);
            }
        }
        let hz = u64::from(self.tuning.battle_tick_hz().max(1));
        self.next_tick_ns += 1_000_000_000 / hz;
        if ctx
            .start_timer_at(Duration::from_nanos(self.next_tick_ns), TICK)
            .is_err()
        {
            ctx.stop(ExitReason::custom("battle: no timer left"));
        }
    }
}

impl Process for Battle {
    type Msg = BattleMsg;

    fn status(&self, status: &mut hearth_engine::Status) {
        status.field("battle", self.id);
        status.field("players", self.players.len());
        let alive = self.monsters.iter().filter(|hp| **hp > 0).count();
        status.field(
            "monsters_alive",
            format_args!("{alive} of {}", self.monsters.len()),
        );
        status.field("ticks", self.ticks);
        status.field("late_actions_dropped", self.cancelled);
    }

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        crate::host::register_hosted(&battle_name(self.id), ctx)?;
        self.next_tick_ns = ctx.now_ns();
        self.heavy_at_ns = self.next_tick_ns;
        self.empty_timer = ctx.start_timer(BATTLE_EMPTY_END, EMPTY).ok();
        self.tick(ctx);
        Ok(())
    }

    fn handle(&mut self, message: BattleMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            BattleMsg::Join {
                player,
                person,
                reply,
            } => self.join(player, person, reply_to(reply, ctx), ctx),
            BattleMsg::Leave { person } => self.leave(person, ctx),
            BattleMsg::Action {
                person,
                skill,
                reply,
            } => self.action(person, skill, reply_to(reply, ctx), ctx),
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { tag: TICK, .. } => self.tick(ctx),
            SystemMsg::Timer { tag: EMPTY, timer } if self.empty_timer == Some(timer) => {
                self.end("abandoned", ctx);
            }
            SystemMsg::Down { pid, .. } => self.leave(pid, ctx),
            SystemMsg::Exit { from, reason } if from.is_shard() || Some(from) == ctx.parent() => {
                ctx.stop(reason);
            }
            _ => {}
        }
    }

    fn terminate(&mut self, reason: &ExitReason, _: &mut Ctx<'_, Self>) {
        tracing::debug!(battle = self.id, %reason, ticks = self.ticks, cancelled = self.cancelled, "battle over");
    }
}

impl Hosted for Battle {
    type Key = u64;
    const HOST_NAME: &'static str = BATTLE_HOST_NAME;
    const RESTART: Restart = Restart::Temporary;

    /// Battles reach their players through their Persons only: the port is not needed.
    fn new(key: u64, _: Port, world: &crate::World) -> Self {
        let mut battle = Self::new(key, Arc::clone(&world.tuning));
        battle.script = world
            .scripts
            .as_ref()
            .map(|scripts| Scripted::new(Arc::clone(scripts), crate::rules::BATTLE_SCRIPT, key));
        battle
    }

    fn name(key: u64) -> String {
        battle_name(key)
    }

    fn refuse<P: Process>(message: BattleMsg, why: &str, ctx: &mut Ctx<'_, P>) {
        match message {
            BattleMsg::Join { reply, .. } | BattleMsg::Action { reply, .. } => {
                let refused = BattleAnswer::Refused(format!("battle: {why}"));
                ctx.reply(reply_to(reply, ctx), refused);
            }
            BattleMsg::Leave { .. } => {}
        }
    }
}
