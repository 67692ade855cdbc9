//! A member's side of its guild: asking about it, setting ranks, and moving goods to and
//! from the guild bank.
//!
//! # Contract
//!
//! | request | what happens |
//! |---|---|
//! | `GuildInfo`, `SetGuildRank` | sent to the guild's org with a timeout ([`GUILD_ANSWER_TIMEOUT`]); its answer answers the client (`TIMEOUT` past it); at most [`GUILD_ASKS_MAX`] in flight |
//! | `GuildBank` | refused while a trade, bank move or use is being stored; else the record is lent as the move leaves it (`hearth_durable` joint transaction) and the loan sent to the guild, which commits its bank and the record together |
//! | the guild answers `Banked` | the loan is settled with it: on commit the move is applied to the record and `InventoryState` answers the client |
//! | the guild refuses | nothing moved: `INVALID` with its reason |
//! | no answer | the store's loan timeout settles it from the store itself (the guild's node may have died mid-commit); the client's answer says what the store holds |
//! | `LeaveGroup` | the player leaves its group of that kind (a guild takes it off its roster) and forgets it |

use super::*;
use crate::org::guild::{BankMove, Rank};
use crate::org::{GUILD_ANSWER_TIMEOUT, GuildAnswer};
use hearth_durable::{Loan, LoanOutcome, Settled};

/// A bank move whose joint transaction is open.
pub(super) struct Banking {
    tag: u64,
    org: Pid,
    moved: BankMove,
    /// The client's request, answered when the move has ended.
    answer: (u64, ReplyTo<Answer>),
    /// The guild's answer, once the loan went out.
    asked: Option<RequestId>,
    /// Why the guild refused the move.
    refused: Option<String>,
}

/// A `GuildInfo` or `SetGuildRank` waiting for the guild's answer.
pub(super) struct GuildAsk {
    request: RequestId,
    id: u64,
    reply: ReplyTo<Answer>,
}

fn rank_of_proto(rank: i32) -> Result<Option<Rank>, String> {
    match proto::GuildRank::try_from(rank) {
        Ok(proto::GuildRank::None) => Ok(None),
        Ok(proto::GuildRank::Member) => Ok(Some(Rank::Member)),
        Ok(proto::GuildRank::Officer) => Ok(Some(Rank::Officer)),
        Ok(proto::GuildRank::Leader) => Ok(Some(Rank::Leader)),
        Err(_) => Err(format!("unknown guild rank {rank}")),
    }
}

fn rank_to_proto(rank: Rank) -> i32 {
    let rank = match rank {
        Rank::Member => proto::GuildRank::Member,
        Rank::Officer => proto::GuildRank::Officer,
        Rank::Leader => proto::GuildRank::Leader,
    };
    rank as i32
}

impl Player {
    /// The player's guild and its org, if it is in one.
    fn guild_org(&self) -> Result<(u64, Pid), String> {
        let slot = self.groups[GroupKind::Guild.index()]
            .as_ref()
            .ok_or("not in a guild (JoinGroup first)")?;
        let (org, _) = slot
            .org
            .ok_or("the guild is not reachable now (joining it again)")?;
        Ok((slot.key.id, org))
    }

    /// Sends `build`'s message to the guild; the answer answers request `id`.
    fn ask_guild(
        &mut self,
        id: u64,
        reply: ReplyTo<Answer>,
        build: impl FnOnce(ReplyRoute) -> OrgMsg,
        ctx: &mut PersonCtx<'_>,
    ) {
        let sent = self.guild_org().and_then(|(_, org)| {
            if self.guild_asks.len() >= GUILD_ASKS_MAX {
                return Err(format!("at most {GUILD_ASKS_MAX} guild requests at a time"));
            }
            let now_ns = ctx.now_ns();
            let message = |to: ReplyTo<GuildAnswer>| build(ReplyRoute::from(to.to_wire(now_ns)));
            ctx.notify(Addr::from_pid(org), message, GUILD_ANSWER_TIMEOUT)
                .map_err(|error| format!("the guild is unreachable: {error}"))
        });
        match sent {
            Ok(request) => self.guild_asks.push(GuildAsk { request, id, reply }),
            Err(why) => self.answer(id, Err(why), reply, ctx),
        }
    }

    pub(super) fn guild_info(&mut self, id: u64, reply: ReplyTo<Answer>, ctx: &mut PersonCtx<'_>) {
        let player = self.args.player;
        self.ask_guild(id, reply, |reply| OrgMsg::Info { reply, player }, ctx);
    }

    pub(super) fn set_guild_rank(
        &mut self,
        id: u64,
        set: &proto::SetGuildRank,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let rank = match rank_of_proto(set.rank) {
            Ok(rank) => rank,
            Err(why) => return self.answer(id, Err(why), reply, ctx),
        };
        let (by, player) = (self.args.player, set.player);
        let build = |reply| OrgMsg::SetRank {
            reply,
            by,
            player,
            rank,
        };
        self.ask_guild(id, reply, build, ctx);
    }

    /// The guild answered a `GuildInfo`, a `SetGuildRank` or our bank move.
    pub(super) fn guild_answer(
        &mut self,
        request: RequestId,
        answer: GuildAnswer,
        ctx: &mut PersonCtx<'_>,
    ) {
        if let Some(banking) = self
            .banking
            .as_mut()
            .filter(|banking| banking.asked == Some(request))
        {
            let outcome = match answer {
                GuildAnswer::Banked(settlement) => settlement.into(),
                GuildAnswer::Refused(why) => {
                    banking.refused = Some(why);
                    LoanOutcome::NotCommitted
                }
                GuildAnswer::Info { .. } | GuildAnswer::Done => LoanOutcome::Unknown,
            };
            let tag = banking.tag;
            self.joint = Some(trade::JointAsk::Settle { tag, outcome });
            return;
        }
        let Some(at) = self.guild_asks.iter().position(|a| a.request == request) else {
            return;
        };
        let GuildAsk { id, reply, .. } = self.guild_asks.swap_remove(at);
        let body = match answer {
            GuildAnswer::Info { members, bank } => Ok(self.guild_state(members, bank)),
            GuildAnswer::Done => Ok(done()),
            GuildAnswer::Refused(why) => Err(why),
            GuildAnswer::Banked(_) => Err("a bank answer to another request".to_owned()),
        };
        self.answer(id, body, reply, ctx);
    }

    fn guild_state(
        &self,
        members: Vec<(u64, Rank, bool)>,
        bank: crate::org::guild::Bank,
    ) -> proto::reply::Body {
        let guild = self.record.guild.unwrap_or_default();
        proto::reply::Body::Guild(proto::GuildState {
            guild,
            members: members
                .into_iter()
                .map(|(player, rank, online)| proto::GuildMember {
                    player,
                    rank: rank_to_proto(rank),
                    online,
                })
                .collect(),
            bank_gold: bank.gold,
            bank_items: trade::stacks_out(&bank.items),
        })
    }

    /// A call to the guild expired: a `GuildInfo` or `SetGuildRank` is answered
    /// `TIMEOUT` (a bank move waits for its loan's own timeout). Whether it was ours.
    pub(super) fn guild_timeout(&mut self, request: RequestId, ctx: &mut PersonCtx<'_>) -> bool {
        if self
            .banking
            .as_ref()
            .is_some_and(|banking| banking.asked == Some(request))
        {
            return true;
        }
        let Some(at) = self.guild_asks.iter().position(|a| a.request == request) else {
            return false;
        };
        let GuildAsk { reply, .. } = self.guild_asks.swap_remove(at);
        if !ctx.is_late(&reply) {
            let why = format!("the guild did not answer within {GUILD_ANSWER_TIMEOUT:?}");
            ctx.reply(reply, Answer::Error(ErrorCode::ErrorTimeout as i32, why));
        }
        true
    }

    /// `GuildBank`: lends the record as the move leaves it (or says why not).
    pub(super) fn guild_bank(
        &mut self,
        id: u64,
        request: &proto::GuildBank,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        match self.bank_move(request) {
            Ok((org, moved, record)) => {
                let tag = self.next_joint_tag();
                self.banking = Some(Banking {
                    tag,
                    org,
                    moved,
                    answer: (id, reply),
                    asked: None,
                    refused: None,
                });
                self.joint = Some(trade::JointAsk::Lend { tag, record });
            }
            Err(why) => self.answer(id, Err(why), reply, ctx),
        }
    }

    /// The guild's org, the move and the record as it leaves it, checked.
    fn bank_move(
        &self,
        request: &proto::GuildBank,
    ) -> Result<(Pid, BankMove, PlayerRecord), String> {
        let (_, org) = self.guild_org()?;
        if self.economy_busy() {
            return Err(
                "a trade or a use of yours is being stored: try again when it is done".into(),
            );
        }
        let moved = BankMove {
            withdraw: request.withdraw,
            items: trade::stacks_in(&request.items, "items")?,
            gold: request.gold,
        };
        if moved.items.is_empty() && moved.gold == 0 {
            return Err("nothing to move".into());
        }
        let mut record = self.record.clone();
        moved
            .member_side(&mut record)
            .map_err(|error| format!("you cannot: {error}"))?;
        Ok((org, moved, record))
    }

    /// Our loan for a bank move is ready: send it to the guild. Whether `tag` was a bank
    /// move's.
    pub(super) fn bank_lent(&mut self, tag: u64, loan: Loan, ctx: &mut PersonCtx<'_>) -> bool {
        let Some(banking) = self.banking.as_mut().filter(|banking| banking.tag == tag) else {
            return false;
        };
        let (player, moved, now_ns) = (self.args.player, banking.moved.clone(), ctx.now_ns());
        let loan = LentRecord::from_loan(loan);
        let build = |to: ReplyTo<GuildAnswer>| OrgMsg::Bank {
            reply: ReplyRoute::from(to.to_wire(now_ns)),
            player,
            moved,
            loan,
        };
        match ctx.notify(Addr::from_pid(banking.org), build, GUILD_ANSWER_TIMEOUT) {
            Ok(request) => banking.asked = Some(request),
            Err(error) => {
                banking.refused = Some(format!("the guild is unreachable: {error}"));
                let outcome = LoanOutcome::NotCommitted;
                self.joint = Some(trade::JointAsk::Settle { tag, outcome });
            }
        }
        true
    }

    /// The bank move `tag` ended: apply it if committed, answer the client. Whether
    /// `tag` was a bank move's.
    pub(super) fn bank_ended(
        &mut self,
        tag: u64,
        outcome: Settled,
        ctx: &mut PersonCtx<'_>,
    ) -> bool {
        let Some(banking) = self.banking.take_if(|banking| banking.tag == tag) else {
            return false;
        };
        self.after_trade();
        let (id, reply) = banking.answer;
        let committed = match outcome {
            Settled::Committed { .. } => {
                if let Err(error) = banking.moved.member_side(&mut self.record) {
                    // The store holds the move but memory cannot: restart from the store.
                    ctx.stop(ExitReason::custom(format!("bank move: {error}")));
                    return true;
                }
                self.changed = true;
                true
            }
            Settled::Reloaded { committed } => committed,
            Settled::NotCommitted(why) => {
                let (code, why) = match banking.refused {
                    Some(refused) => (ErrorCode::ErrorInvalid, refused),
                    None => (ErrorCode::ErrorUnavailable, why),
                };
                if !ctx.is_late(&reply) {
                    let why = format!("nothing moved: {why}");
                    ctx.reply(reply, Answer::Error(code as i32, why));
                }
                return true;
            }
        };
        let body = if committed {
            Ok(proto::reply::Body::Inventory(self.inventory()))
        } else {
            Err("nothing moved (read from the store after no answer)".to_owned())
        };
        self.answer(id, body, reply, ctx);
        true
    }

    /// `LeaveGroup`: leaves the group of that kind for good.
    pub(super) fn leave_group_request(
        &mut self,
        leave: &proto::LeaveGroup,
        ctx: &mut PersonCtx<'_>,
    ) -> Result<proto::reply::Body, String> {
        let kind = GroupKind::from_proto(leave.kind).ok_or("unknown group kind")?;
        if self.groups[kind.index()].is_none() {
            return Err(format!("not in a {kind:?}").to_lowercase());
        }
        self.leave_group(kind, true, ctx);
        self.remember_group(kind, None);
        Ok(done())
    }
}
