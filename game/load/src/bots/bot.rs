//! One bot: a process standing where a gate process would (it takes [`GateMsg`]s), with
//! its player's Person on its own shard, and the shard's hub that writes the bots'
//! broadcasts into a counting [`Sink`].

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use hearth_engine::{
    Addr, Ctx, ExitReason, Pid, Process, RequestId, ShardCtx, SpawnError, SystemMsg,
};
use hearth_gate::GateMsg;
use hearth_gate::hub::{HubHandle, Sink};
use hearth_gate::outbox::SlowReader;
use hearth_protocol::{self as proto, request::Body};
use hearth_world::person::{player_id, spawnable};
use hearth_world::wire::{Answer, PersonArgs, PersonMsg, ReplyRoute};
use prost::Message;

use super::{BOT_IN_FLIGHT_MAX, BOT_REQUEST_TIMEOUT, RECORD, STOPPING, ShardSlot, Shared};
use crate::mix::{Mix, period_ns};
use crate::schedule::Schedule;

/// Bots' users are `bot<n>`.
const BOT_PREFIX: &str = "bot";

thread_local! {
    /// The shard's broadcast hub and the sink its bots share (set before they spawn).
    static HUB: RefCell<Option<(HubHandle, Rc<dyn Sink>)>> = const { RefCell::new(None) };
}

/// Where a shard's bots receive broadcast frames: it counts them, as a socket write
/// would take them.
struct BotSink {
    shared: Arc<Shared>,
    shard: usize,
}

impl Sink for BotSink {
    fn deliver(&self, frame: &[u8]) -> Result<(), SlowReader> {
        if self.shared.measuring() {
            let pushes = frames_in(frame);
            self.shared
                .slot(self.shard)
                .pushes
                .fetch_add(pushes, Ordering::Relaxed);
        }
        Ok(())
    }

    fn flush(&self) {}
}

/// Starts the shard's hub for its bots.
pub(super) fn start_hub(ctx: &mut ShardCtx<'_>, shared: Arc<Shared>) -> Result<(), SpawnError> {
    let hub = HubHandle::start(None, |hub| {
        ctx.spawn_root_opts(hub, HubHandle::options())
            .map(|addr| addr.pid())
    })?;
    let sink: Rc<dyn Sink> = Rc::new(BotSink {
        shard: ctx.shard(),
        shared,
    });
    HUB.with(|slot| *slot.borrow_mut() = Some((hub, sink)));
    Ok(())
}

/// Where a bot stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Stage {
    /// Waiting for its Person to attach it.
    Attaching,
    /// Waiting for the answers to its two joins.
    Joining(u8),
    /// Sending the seed's mix.
    Playing,
}

/// A fighter's place in its battles (see [`Fighting`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fighting {
    /// Not in a battle: its next action opens one.
    Out,
    /// In a battle: its next action strikes.
    In,
}

/// One player's bot (see the module docs).
pub(super) struct Bot {
    n: usize,
    shared: Arc<Shared>,
    /// A fighter (`--battles`) instead of a player of the seed's mix.
    fighter: Option<Fighting>,
    person: Option<Pid>,
    stage: Stage,
    next_id: u64,
    /// When the actions of the mix are due (the engine's clock, ns), fixed when the bot
    /// starts playing.
    schedule: Schedule,
    mix: Mix,
    /// Requests sent and not answered: (request, the time it was due).
    in_flight: VecDeque<(RequestId, u64)>,
}

impl Bot {
    pub(super) fn new(n: usize, shared: Arc<Shared>) -> Self {
        let mix = Mix::new(n, shared.spec.players, BOT_PREFIX.into());
        let fighter = (n >= shared.spec.players).then_some(Fighting::Out);
        Self {
            n,
            fighter,
            shared,
            person: None,
            stage: Stage::Attaching,
            next_id: 1,
            schedule: Schedule::new(0, period_ns()),
            mix,
            in_flight: VecDeque::new(),
        }
    }

    fn slot(&self, ctx: &Ctx<'_, Self>) -> &ShardSlot {
        self.shared.slot(ctx.shard())
    }

    /// Sends `body`, due at `due_ns`, to the Person as a gate forwards a request; past
    /// [`BOT_IN_FLIGHT_MAX`] unanswered it is skipped (counted while measuring).
    fn send(&mut self, body: Body, due_ns: u64, ctx: &mut Ctx<'_, Self>) {
        let Some(person) = self.person else { return };
        if self.in_flight.len() >= BOT_IN_FLIGHT_MAX {
            if self.shared.measuring() {
                self.slot(ctx).skipped.fetch_add(1, Ordering::Relaxed);
            }
            return;
        }
        let request = proto::Request {
            id: self.next_id,
            body: Some(body),
        };
        self.next_id += 1;
        let now_ns = ctx.now_ns();
        let build = |reply: hearth_engine::ReplyTo<Answer>| PersonMsg::Request {
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
            request: request.encode_to_vec(),
        };
        match ctx.notify(Addr::from_pid(person), build, BOT_REQUEST_TIMEOUT) {
            Ok(id) => self.in_flight.push_back((id, due_ns)),
            Err(_) => {
                self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    fn attached(&mut self, ctx: &mut Ctx<'_, Self>) {
        if self.fighter.is_some() {
            return self.start_playing(ctx);
        }
        self.stage = Stage::Joining(2);
        let spec = &self.shared.spec;
        for join in self.mix.joins(spec.guild_size, spec.team_size) {
            // Joins are not measured: due when sent.
            let now_ns = ctx.now_ns();
            self.send(join, now_ns, ctx);
        }
    }

    fn answered(&mut self, request: RequestId, answer: &Answer, ctx: &mut Ctx<'_, Self>) {
        let Some(index) = self.in_flight.iter().position(|(id, _)| *id == request) else {
            return;
        };
        let (_, due_ns) = self.in_flight.remove(index).expect("found");
        let failed = matches!(answer, Answer::Error(..));
        if let Some(fighting) = self.fighter {
            let (after, struck) = fighting_after(fighting, answer);
            self.fighter = Some(after);
            if struck && self.shared.measuring() {
                self.slot(ctx).strikes.fetch_add(1, Ordering::Relaxed);
            }
        }
        match self.stage {
            Stage::Joining(left) => {
                if failed {
                    self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
                }
                if left <= 1 {
                    self.start_playing(ctx);
                } else {
                    self.stage = Stage::Joining(left - 1);
                }
            }
            Stage::Playing => self.record(due_ns, failed, ctx),
            Stage::Attaching => {}
        }
    }

    /// Counts an answer to a request that was due at `due_ns`; its latency runs from
    /// then, not from when it left: a late send is latency.
    fn record(&mut self, due_ns: u64, failed: bool, ctx: &mut Ctx<'_, Self>) {
        if !self.shared.measuring() {
            return;
        }
        let slot = self.slot(ctx);
        if failed {
            slot.errors.fetch_add(1, Ordering::Relaxed);
            return;
        }
        slot.replies.fetch_add(1, Ordering::Relaxed);
        let latency = ctx.now_ns().saturating_sub(due_ns);
        let second = self.shared.second.load(Ordering::Relaxed) as usize;
        RECORD.with(|record| record.borrow_mut().record(second, latency));
    }

    fn timed_out(&mut self, ctx: &mut Ctx<'_, Self>) {
        match self.stage {
            // A join that timed out counts as an error; the bot plays without that group.
            Stage::Joining(left) => {
                self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
                if left <= 1 {
                    self.start_playing(ctx);
                } else {
                    self.stage = Stage::Joining(left - 1);
                }
            }
            Stage::Playing if self.shared.measuring() => {
                self.slot(ctx).timeouts.fetch_add(1, Ordering::Relaxed);
            }
            _ => {}
        }
    }

    fn start_playing(&mut self, ctx: &mut Ctx<'_, Self>) {
        self.stage = Stage::Playing;
        let period = match self.fighter {
            Some(_) => FIGHTER_PERIOD_NS,
            None => {
                self.slot(ctx).ready.fetch_add(1, Ordering::Relaxed);
                period_ns()
            }
        };
        self.schedule = Schedule::new(ctx.now_ns() + fastrand::u64(0..period), period);
        self.arm(ctx);
    }

    /// Arms the timer of the next action due.
    fn arm(&mut self, ctx: &mut Ctx<'_, Self>) {
        let due = Duration::from_nanos(self.schedule.next_due());
        if ctx.start_timer_at(due, 0).is_err() {
            ctx.stop(ExitReason::custom("bot: no timer left"));
        }
    }

    /// Sends every action of the seed's mix due by now, each stamped with the time it
    /// was due (a timer that fired late sends the ones it owes at once, as wrk2 does: the
    /// schedule does not slip with the node), and waits for the next.
    fn act(&mut self, ctx: &mut Ctx<'_, Self>) {
        // The engine's timers never fire early; should the clock read a hair before the
        // due time anyway, nothing is sent and the timer is armed again for it.
        for due_ns in self.schedule.take_due(ctx.now_ns()) {
            let body = match self.fighter {
                // A fighter acts once its last action is answered (it must know whether
                // it is still in a battle): one it owes meanwhile is not sent.
                Some(_) if !self.in_flight.is_empty() => continue,
                Some(Fighting::Out) => Body::BattleJoin(proto::BattleJoin { battle_id: 0 }),
                Some(Fighting::In) => Body::BattleAction(proto::BattleAction {
                    skill: FIGHTER_SKILL,
                }),
                None => self.mix.next_body(),
            };
            self.send(body, timer_tick_of(due_ns), ctx);
        }
        self.arm(ctx);
    }
}

/// How often a fighter acts: a strike a second (a battle of 3 monsters of 100 hit
/// points falls to 12 strikes of skill 3, in about 12 s, while its monsters tick).
const FIGHTER_PERIOD_NS: u64 = 1_000_000_000;
/// The skill a fighter strikes with.
const FIGHTER_SKILL: u32 = 3;

/// Where a fighter stands after `answer` (in a battle once it joined one, out once its
/// last monster fell or its battle is gone), and whether it was a strike that hit.
fn fighting_after(now: Fighting, answer: &Answer) -> (Fighting, bool) {
    let body = match answer {
        Answer::Frame(frame) => frame
            .get(proto::FRAME_HEAD_BYTES..)
            .and_then(|payload| proto::Reply::decode(payload).ok())
            .and_then(|reply| reply.body),
        // An action refused as invalid: the battle is gone (crashed, or won by the
        // strike of a reply that timed out). Anything else (a timeout) leaves it as it is.
        Answer::Error(code, _) if *code == proto::ErrorCode::ErrorInvalid as i32 => {
            return (Fighting::Out, false);
        }
        Answer::Error(..) => return (now, false),
    };
    match body {
        Some(proto::reply::Body::BattleJoined(_)) => (Fighting::In, false),
        Some(proto::reply::Body::BattleHit(hit)) if hit.monsters_left == 0 => (Fighting::Out, true),
        Some(proto::reply::Body::BattleHit(_)) => (now, true),
        _ => (now, false),
    }
}

/// The engine's timer resolution: its wheels tick in milliseconds and round a deadline
/// up to the next tick (`engine/src/timer.rs`).
const ENGINE_TIMER_TICK_NS: u64 = 1_000_000;

/// When an action due at `due_ns` is meant to leave: the first engine tick at or after
/// it, the earliest its timer can fire. Measuring from there keeps the timer's rounding
/// (half a millisecond on average) out of the figures; any lateness past it stays in.
fn timer_tick_of(due_ns: u64) -> u64 {
    due_ns.div_ceil(ENGINE_TIMER_TICK_NS) * ENGINE_TIMER_TICK_NS
}

fn bot_user(n: usize) -> String {
    Mix::user(BOT_PREFIX, n)
}

/// Complete client frames in `bytes` (each starts with its length).
fn frames_in(bytes: &[u8]) -> u64 {
    let mut count = 0;
    let mut at = 0;
    while let Some(head) = bytes.get(at..at + 4) {
        let length = u32::from_le_bytes(head.try_into().expect("4 bytes")) as usize;
        at += 4 + length;
        count += 1;
    }
    count
}

impl Process for Bot {
    type Msg = GateMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        let user = bot_user(self.n);
        let args = PersonArgs {
            player: player_id(&user),
            user,
            grace_ms: BOT_REQUEST_TIMEOUT.as_millis() as u64,
            trade_timeout_ms: BOT_REQUEST_TIMEOUT.as_millis() as u64,
        };
        let person = ctx
            .spawn(spawnable(
                args,
                Arc::clone(&self.shared.port),
                self.shared.store.get().cloned(),
                self.shared.spec.scripts.as_ref(),
            ))
            .map_err(|error| ExitReason::custom(format!("bot {}: {error}", self.n)))?;
        self.person = Some(person.pid());
        let me = ctx.me();
        let hub = HUB.with(|slot| {
            let slot = slot.borrow();
            let (hub, sink) = slot.as_ref()?;
            hub.sinks.insert(me, Rc::clone(sink));
            Some(hub.pid.to_bytes())
        });
        let attach = PersonMsg::Attach {
            conn: me.to_bytes(),
            resume_token: Vec::new(),
            last_seq: 0,
            hub,
        };
        ctx.send(person, attach)
            .map_err(|error| ExitReason::custom(format!("bot {}: {error}", self.n)))
    }

    fn handle(&mut self, message: GateMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            GateMsg::Attached(_) if self.stage == Stage::Attaching => self.attached(ctx),
            GateMsg::Answer(shard, key, seq, answer) => {
                self.answered(GateMsg::answered(shard, key, seq), &answer, ctx);
            }
            GateMsg::Frames(frames) if self.shared.measuring() => {
                let pushes = frames_in(&frames);
                self.slot(ctx).pushes.fetch_add(pushes, Ordering::Relaxed);
            }
            GateMsg::Refused(..) | GateMsg::Kicked => {
                self.slot(ctx).errors.fetch_add(1, Ordering::Relaxed);
            }
            _ => {}
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Timer { .. } if self.shared.phase.load(Ordering::Relaxed) != STOPPING => {
                self.act(ctx);
            }
            SystemMsg::Timeout { request } => {
                if let Some(index) = self.in_flight.iter().position(|(id, _)| *id == request) {
                    self.in_flight.remove(index);
                    self.timed_out(ctx);
                }
            }
            SystemMsg::Exit { from, reason } if from.is_shard() => ctx.stop(reason),
            _ => {}
        }
    }

    fn terminate(&mut self, _reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        let me = ctx.me();
        HUB.with(|slot| {
            if let Some((hub, _)) = slot.borrow().as_ref() {
                hub.sinks.remove(me);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_counted_by_their_length_prefix() {
        let mut bytes = Vec::new();
        for payload in [&b"ab"[..], b"", b"xyz"] {
            bytes.extend_from_slice(&(payload.len() as u32).to_le_bytes());
            bytes.extend_from_slice(payload);
        }
        assert_eq!(frames_in(&bytes), 3);
        assert_eq!(frames_in(&[]), 0);
    }
}
