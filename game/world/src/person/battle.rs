//! Battles: joining (retried), acting (cancelled when late), leaving, crashes.

use super::*;

impl Player {
    pub(super) fn battle_join(
        &mut self,
        id: u64,
        join: &proto::BattleJoin,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let create = join.battle_id == 0;
        let battle = if create {
            fastrand::u64(1..u64::MAX)
        } else {
            join.battle_id
        };
        let (player, person, now_ns) = (self.args.player, ctx.me(), ctx.now_ns());
        // A retry rebuilds the join with the first send's clock: only the deadline the
        // battle sees is longer, and a join's deadline is not checked.
        let join = move |reply: ReplyTo<BattleAnswer>| BattleMsg::Join {
            player,
            person,
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
        };
        // Retried when its timer expires: the join is idempotent (the id is chosen here).
        let running = (!create)
            .then(|| whereis_name(&battle_name(battle), ctx))
            .flatten();
        let sent = match (running, ctx.whereis(BATTLE_HOST_NAME)) {
            (Some(battle), _) => ctx.notify_retry(
                Addr::from_pid(battle),
                join,
                BATTLE_JOIN_TIMEOUT,
                BATTLE_JOIN_RETRIES,
            ),
            (None, Some(host)) => ctx.notify_retry(
                Addr::from_pid(host),
                move |reply| HostMsg::<Battle>::deliver(battle, create, join(reply)),
                BATTLE_JOIN_TIMEOUT,
                BATTLE_JOIN_RETRIES,
            ),
            (None, None) => {
                let why = "battles do not run on this node".into();
                return self.answer(id, Err(why), reply, ctx);
            }
        };
        self.battle_call(id, sent.map_err(|error| error.to_string()), reply, ctx);
    }

    /// An action in the battle `battle` (the one the `InBattle` state holds).
    pub(super) fn battle_action(
        &mut self,
        battle: Pid,
        id: u64,
        skill: u32,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let (person, now_ns) = (ctx.me(), ctx.now_ns());
        let build = |reply: ReplyTo<BattleAnswer>| BattleMsg::Action {
            person,
            skill,
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
        };
        let sent = ctx.notify(Addr::from_pid(battle), build, BATTLE_ACTION_TIMEOUT);
        self.battle_call(id, sent.map_err(|error| error.to_string()), reply, ctx);
    }

    pub(super) fn battle_call(
        &mut self,
        id: u64,
        sent: Result<RequestId, String>,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        match sent {
            Ok(request) if self.battle_calls.len() < BATTLE_CALLS_MAX => {
                self.battle_calls.push(BattleCall { request, id, reply });
            }
            Ok(_) => self.answer(
                id,
                Err("too many battle requests in flight".into()),
                reply,
                ctx,
            ),
            Err(why) => self.answer(
                id,
                Err(format!("the battle is unreachable: {why}")),
                reply,
                ctx,
            ),
        }
    }

    pub(super) fn take_battle_call(&mut self, request: RequestId) -> Option<BattleCall> {
        let index = self
            .battle_calls
            .iter()
            .position(|call| call.request == request)?;
        Some(self.battle_calls.swap_remove(index))
    }

    /// A battle's answer: the battle it put us in, if it did (the data of the
    /// `InBattle` state; entering it leaves any battle we were in).
    pub(super) fn battle_answer(
        &mut self,
        request: RequestId,
        answer: BattleAnswer,
        ctx: &mut PersonCtx<'_>,
    ) -> Option<InBattle> {
        let call = self.take_battle_call(request)?;
        let (body, joined) = match answer {
            BattleAnswer::Joined {
                battle,
                pid,
                monsters,
            } => {
                let pid = Pid::from_bytes(pid);
                let monitor = ctx.monitor(pid);
                let in_battle = InBattle {
                    battle,
                    pid,
                    monitor,
                    over: false,
                };
                let joined = proto::BattleJoined {
                    battle_id: battle,
                    monsters,
                };
                (
                    Ok(proto::reply::Body::BattleJoined(joined)),
                    Some(in_battle),
                )
            }
            BattleAnswer::Hit {
                damage,
                monster_hp,
                monsters_left,
            } => {
                let hit = proto::BattleHit {
                    damage,
                    monster_hp,
                    monsters_left,
                };
                (Ok(proto::reply::Body::BattleHit(hit)), None)
            }
            BattleAnswer::Refused(why) => (Err(why), None),
        };
        self.answer(call.id, body, call.reply, ctx);
        joined
    }

    /// A battle call not answered in time: a late action was cancelled by the battle.
    pub(super) fn battle_timeout(&mut self, request: RequestId, ctx: &mut PersonCtx<'_>) -> bool {
        let Some(call) = self.take_battle_call(request) else {
            return false;
        };
        if !ctx.is_late(&call.reply) {
            let why = "the battle did not take it in time (a late action is cancelled)".to_owned();
            ctx.reply(
                call.reply,
                Answer::Error(ErrorCode::ErrorTimeout as i32, why),
            );
        }
        true
    }

    /// The `InBattle` state is left: stop watching the battle, and leave it unless it is
    /// over.
    pub(super) fn leave_battle(&mut self, battle: InBattle, ctx: &mut PersonCtx<'_>) {
        ctx.demonitor(battle.monitor, true);
        if !battle.over {
            let _ = ctx.send(
                Addr::from_pid(battle.pid),
                BattleMsg::Leave { person: ctx.me() },
            );
        }
    }

    /// Tells the client that `battle` ended.
    pub(super) fn battle_ended(&mut self, battle: u64, outcome: String, ctx: &mut PersonCtx<'_>) {
        let ended = proto::BattleEnded {
            battle_id: battle,
            outcome,
            ..proto::BattleEnded::default()
        };
        self.push(proto::push::Body::BattleEnded(ended), ctx);
    }
}
