//! Trades: offers made and received (the seed's message with a timeout), and the exchange
//! of items and gold they make — on both players' records or on neither.
//!
//! # Contract
//!
//! | step | offerer (A) | other player (B) |
//! |---|---|---|
//! | `TradeOffer` | checks the goods (bounds, that A holds what it gives and has room for what it gets); sends the offer with a timeout; state `Trading` | `TradeOffered` pushed, kept (at most [`TRADE_OFFERS_IN_MAX`]) |
//! | B declines | `TradeClosed(DECLINED)` | `Done`, `TradeClosed(DECLINED)` |
//! | B accepts | — | checks it holds what it gives and has room; lends its record as the trade leaves it (`hearth_durable` joint transaction); the answer waits |
//! | A gets the loan | commits both records in **one** store transaction, each at the version its owner last saw | — |
//! | committed | applies its side, `TradeClosed(ACCEPTED)`, tells B the new version | applies its side, `Done`, `TradeClosed(ACCEPTED)` |
//! | not committed (a side lacks the goods, a version moved, the store refused) | `TradeClosed(FAILED, reason)`, tells B | `Error`, `TradeClosed(FAILED)` |
//! | the offer expires first | `TradeClosed(EXPIRED)`, tells B | `TradeClosed(EXPIRED)`; a loan of B's for it is settled as not committed |
//!
//! While a trade's transaction is open a player makes no other trade (its gold and items
//! change only when the transaction has ended), and its own saves wait. If A's node dies
//! mid-commit, B hears nothing and, after the store's loan timeout, reads the outcome from
//! the store itself; if the store fails mid-commit, A does the same. Either way an item or
//! a coin is on exactly one side: the store holds both records or neither.

use super::*;
use crate::event::TradeSettlement;
use crate::wire::{Goods, LentRecord};
use hearth_durable::{Loan, LoanOutcome, Settled};
use record::{Holdings, STACK_MAX, Stack};

/// A trade whose joint transaction is open.
pub(super) struct Settling {
    tag: u64,
    offer: u64,
    goods: Goods,
    role: Role,
}

enum Role {
    /// We offered: we commit both records, then tell the other player.
    Committer { to: u64, target: Pid },
    /// We accepted: our record is lent; the verdict goes out when the loan is ready, the
    /// client's answer when the trade has ended.
    Lender {
        from: u64,
        verdict: Option<ReplyTo<TradeVerdict>>,
        answer: (u64, ReplyTo<Answer>),
    },
}

/// What a handler asks of the Person's joint transaction (done by `persist`, which has
/// the durable context).
pub(super) enum JointAsk {
    Lend {
        tag: u64,
        record: PlayerRecord,
    },
    Transact {
        tag: u64,
        record: PlayerRecord,
        loan: Loan,
    },
    Settle {
        tag: u64,
        outcome: LoanOutcome,
    },
}

impl JointAsk {
    pub(super) fn tag(&self) -> u64 {
        match self {
            Self::Lend { tag, .. } | Self::Transact { tag, .. } | Self::Settle { tag, .. } => *tag,
        }
    }
}

/// The stacks a request names (`name` in the error), checked: at most
/// [`TRADE_STACKS_MAX`], each a valid stack.
pub(super) fn stacks_in(side: &[proto::ItemStack], name: &str) -> Result<Vec<Stack>, String> {
    if side.len() > TRADE_STACKS_MAX {
        return Err(format!("{name}: at most {TRADE_STACKS_MAX} stacks"));
    }
    side.iter()
        .map(|stack| {
            if stack.item == 0 || stack.count == 0 || stack.count > STACK_MAX {
                Err(format!(
                    "{name}: items have an id of at least 1 and a count of 1..={STACK_MAX}"
                ))
            } else {
                Ok(Stack {
                    item: stack.item,
                    count: stack.count,
                })
            }
        })
        .collect()
}

/// The goods of an offer, checked.
fn goods_of(offer: &proto::TradeOffer) -> Result<Goods, String> {
    let stacks = stacks_in;
    Ok(Goods {
        give: stacks(&offer.give, "give")?,
        give_gold: offer.give_gold,
        want: stacks(&offer.want, "want")?,
        want_gold: offer.want_gold,
    })
}

pub(super) fn stacks_out(stacks: &[Stack]) -> Vec<proto::ItemStack> {
    stacks
        .iter()
        .map(|stack| proto::ItemStack {
            item: stack.item,
            count: stack.count,
        })
        .collect()
}

/// The offerer's record after the trade.
fn offerer_after(record: &PlayerRecord, goods: &Goods) -> Result<PlayerRecord, String> {
    let mut after = record.clone();
    after
        .exchange(&goods.give, goods.give_gold, &goods.want, goods.want_gold)
        .map_err(|error| format!("the offerer cannot trade: {error}"))?;
    Ok(after)
}

/// The other player's record after the trade.
fn taker_after(record: &PlayerRecord, goods: &Goods) -> Result<PlayerRecord, String> {
    let mut after = record.clone();
    after
        .exchange(&goods.want, goods.want_gold, &goods.give, goods.give_gold)
        .map_err(|error| format!("the other player cannot trade: {error}"))?;
    Ok(after)
}

impl Player {
    /// Opens a trade offer (in `Idle` or `Moving`): the offer, if it is open (the data
    /// of the `Trading` state).
    pub(super) fn trade_offer(
        &mut self,
        id: u64,
        offer: &proto::TradeOffer,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) -> Option<OpenOffer> {
        let body =
            self.check_offer(offer)
                .and_then(|goods| match find_person(ctx, offer.to_player) {
                    None => Err(format!("player {} is not online", offer.to_player)),
                    Some(target) => self.send_offer(target, offer, goods, ctx),
                });
        let (body, open) = match body {
            Ok((body, open)) => (Ok(body), Some(open)),
            Err(why) => (Err(why), None),
        };
        self.answer(id, body, reply, ctx);
        open
    }

    fn check_offer(&self, offer: &proto::TradeOffer) -> Result<Goods, String> {
        if offer.item.len() > TRADE_ITEM_BYTES_MAX {
            return Err(format!("the note is over {TRADE_ITEM_BYTES_MAX} bytes"));
        }
        if offer.to_player == self.args.player {
            return Err("you cannot trade with yourself".to_owned());
        }
        if self.economy_busy() {
            return Err(
                "a trade or a use of yours is being stored: offer again when it is done".into(),
            );
        }
        let goods = goods_of(offer)?;
        offerer_after(&self.record, &goods).map_err(|why| why.replace("the offerer", "you"))?;
        Ok(goods)
    }

    fn send_offer(
        &mut self,
        target: Pid,
        offer: &proto::TradeOffer,
        goods: Goods,
        ctx: &mut PersonCtx<'_>,
    ) -> Result<(proto::reply::Body, OpenOffer), String> {
        let number = self.next_offer;
        let (from, item) = (self.args.player, offer.item.clone());
        let now_ns = ctx.now_ns();
        let sent = goods.clone();
        let build = |reply: ReplyTo<TradeVerdict>| PersonMsg::Offer {
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
            from,
            offer: number,
            item,
            goods: sent,
        };
        let timeout = std::time::Duration::from_millis(self.args.trade_timeout_ms);
        let request = ctx
            .notify(Addr::from_pid(target), build, timeout)
            .map_err(|error| format!("player {} unreachable: {error}", offer.to_player))?;
        self.next_offer += 1;
        let open = OpenOffer {
            request,
            offer: number,
            to: offer.to_player,
            target,
            goods,
        };
        let opened = proto::reply::Body::TradeOpened(proto::TradeOpened { offer_id: number });
        Ok((opened, open))
    }

    /// The verdict on our offer, or its expiry (`None`). An acceptance starts the joint
    /// transaction; everything else ends the offer, and both sides are told.
    pub(super) fn offer_closed(
        &mut self,
        open: &OpenOffer,
        verdict: Option<TradeVerdict>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let (outcome, reason) = match verdict {
            Some(TradeVerdict::Accepted(lent)) => return self.commit_trade(open, lent, ctx),
            Some(TradeVerdict::Declined) => (proto::TradeOutcome::TradeDeclined, String::new()),
            Some(TradeVerdict::Failed(why)) => (proto::TradeOutcome::TradeFailed, why),
            None => {
                let expired = GameEvent::TradeExpired {
                    from: self.args.player,
                    offer: open.offer,
                };
                let _ = ctx.send(Addr::from_pid(open.target), PersonMsg::Game(expired));
                (proto::TradeOutcome::TradeExpired, String::new())
            }
        };
        let closed = trade_closed(self.args.player, open.to, open.offer, outcome, reason);
        self.push(closed, ctx);
    }

    /// The other player lent its record: commit both (or tell it why not).
    fn commit_trade(&mut self, open: &OpenOffer, lent: LentRecord, ctx: &mut PersonCtx<'_>) {
        let after = if self.economy_busy() {
            Err("another trade or a use of the offerer's is being stored".to_owned())
        } else {
            offerer_after(&self.record, &open.goods)
        };
        let record = match after {
            Ok(record) => record,
            Err(why) => {
                let settled = TradeSettlement::NotCommitted;
                self.tell_settled(open.target, open.offer, settled, ctx);
                let outcome = proto::TradeOutcome::TradeFailed;
                let closed = trade_closed(self.args.player, open.to, open.offer, outcome, why);
                return self.push(closed, ctx);
            }
        };
        let tag = self.next_joint_tag();
        self.settling = Some(Settling {
            tag,
            offer: open.offer,
            goods: open.goods.clone(),
            role: Role::Committer {
                to: open.to,
                target: open.target,
            },
        });
        let loan = lent.into_loan();
        self.joint = Some(JointAsk::Transact { tag, record, loan });
    }

    fn tell_settled(
        &self,
        target: Pid,
        offer: u64,
        outcome: TradeSettlement,
        ctx: &mut PersonCtx<'_>,
    ) {
        let settled = GameEvent::TradeSettled {
            from: self.args.player,
            offer,
            outcome,
        };
        let _ = ctx.send(Addr::from_pid(target), PersonMsg::Game(settled));
    }

    pub(super) fn next_joint_tag(&mut self) -> u64 {
        self.next_tag += 1;
        self.next_tag
    }

    /// Another player's offer: kept for our client's answer (bounded), pushed to it.
    pub(super) fn offer_in(&mut self, incoming: OfferIn, item: String, ctx: &mut PersonCtx<'_>) {
        if self.offers_in.len() >= TRADE_OFFERS_IN_MAX {
            ctx.reply(incoming.reply, TradeVerdict::Declined);
            return;
        }
        let offered = proto::TradeOffered {
            from_player: incoming.from,
            offer_id: incoming.offer,
            item,
            give: stacks_out(&incoming.goods.give),
            give_gold: incoming.goods.give_gold,
            want: stacks_out(&incoming.goods.want),
            want_gold: incoming.goods.want_gold,
        };
        self.offers_in.push(incoming);
        self.push(proto::push::Body::TradeOffered(offered), ctx);
    }

    pub(super) fn trade_answer(
        &mut self,
        id: u64,
        answer: &proto::TradeAnswer,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let found = self
            .offers_in
            .iter()
            .position(|open| open.from == answer.from_player && open.offer == answer.offer_id);
        let Some(index) = found else {
            let why = format!(
                "no open offer {} from player {}",
                answer.offer_id, answer.from_player
            );
            return self.answer(id, Err(why), reply, ctx);
        };
        if answer.accept && self.economy_busy() {
            let why = "a trade or a use of yours is being stored: answer again when it is done";
            return self.answer(id, Err(why.to_owned()), reply, ctx);
        }
        let open = self.offers_in.swap_remove(index);
        if ctx.is_late(&open.reply) {
            if !ctx.is_late(&reply) {
                let why = "the offer expired".to_owned();
                ctx.reply(reply, Answer::Error(ErrorCode::ErrorTimeout as i32, why));
            }
            return;
        }
        if answer.accept {
            return self.accept(id, open, reply, ctx);
        }
        ctx.reply(open.reply, TradeVerdict::Declined);
        let outcome = proto::TradeOutcome::TradeDeclined;
        let closed = trade_closed(
            open.from,
            self.args.player,
            open.offer,
            outcome,
            String::new(),
        );
        self.answer(id, Ok(done()), reply, ctx);
        self.push(closed, ctx);
    }

    /// Our client accepted: lend our record as the trade leaves it (or say why we
    /// cannot). The client's answer waits for the trade's end.
    fn accept(&mut self, id: u64, open: OfferIn, reply: ReplyTo<Answer>, ctx: &mut PersonCtx<'_>) {
        let record = match taker_after(&self.record, &open.goods) {
            Ok(record) => record,
            Err(why) => {
                ctx.reply(open.reply, TradeVerdict::Failed(why.clone()));
                let outcome = proto::TradeOutcome::TradeFailed;
                let closed = trade_closed(
                    open.from,
                    self.args.player,
                    open.offer,
                    outcome,
                    why.clone(),
                );
                self.answer(id, Err(why.replace("the other player", "you")), reply, ctx);
                return self.push(closed, ctx);
            }
        };
        let tag = self.next_joint_tag();
        self.settling = Some(Settling {
            tag,
            offer: open.offer,
            goods: open.goods,
            role: Role::Lender {
                from: open.from,
                verdict: Some(open.reply),
                answer: (id, reply),
            },
        });
        self.joint = Some(JointAsk::Lend { tag, record });
    }

    /// Our loan is ready: the verdict carries it to the offerer.
    pub(super) fn lent(&mut self, tag: u64, loan: Loan, ctx: &mut PersonCtx<'_>) {
        let Some(Settling {
            tag: open,
            role: Role::Lender { verdict, .. },
            ..
        }) = self.settling.as_mut()
        else {
            return;
        };
        if *open != tag {
            return;
        }
        if let Some(verdict) = verdict.take() {
            ctx.reply(verdict, TradeVerdict::Accepted(LentRecord::from_loan(loan)));
        }
    }

    /// The offerer's word on a trade we lent our record to.
    pub(super) fn trade_settled(&mut self, from: u64, offer: u64, outcome: TradeSettlement) {
        if let Some(Settling {
            tag,
            offer: open,
            role: Role::Lender { from: by, .. },
            ..
        }) = &self.settling
            && *open == offer
            && *by == from
        {
            let tag = *tag;
            self.joint = Some(JointAsk::Settle {
                tag,
                outcome: outcome.into(),
            });
        }
    }

    /// The joint transaction `tag` (a trade's or a bank move's) ended.
    pub(super) fn joint_ended(&mut self, tag: u64, outcome: Settled, ctx: &mut PersonCtx<'_>) {
        if !self.bank_ended(tag, outcome.clone(), ctx) {
            self.trade_ended(tag, outcome, ctx);
        }
    }

    /// The joint transaction `tag` ended: apply our side if it committed, tell everyone.
    fn trade_ended(&mut self, tag: u64, outcome: Settled, ctx: &mut PersonCtx<'_>) {
        let Some(settling) = self.settling.take_if(|settling| settling.tag == tag) else {
            return;
        };
        self.after_trade();
        let committed = match &outcome {
            Settled::Committed { .. } => {
                if let Err(why) = self.apply_side(&settling) {
                    // The store holds the trade but memory cannot: restart from the store.
                    ctx.stop(ExitReason::custom(why));
                    return;
                }
                true
            }
            Settled::NotCommitted(_) => false,
            Settled::Reloaded { committed } => *committed,
        };
        let reason = match &outcome {
            Settled::NotCommitted(why) => why.clone(),
            _ => String::new(),
        };
        let result = if committed {
            proto::TradeOutcome::TradeAccepted
        } else {
            proto::TradeOutcome::TradeFailed
        };
        match settling.role {
            Role::Committer { to, target } => {
                let told = match outcome {
                    Settled::Committed { versions } => versions
                        .first()
                        .map_or(TradeSettlement::Unknown, |&(_, version)| {
                            TradeSettlement::Committed { version }
                        }),
                    Settled::NotCommitted(_) => TradeSettlement::NotCommitted,
                    Settled::Reloaded { committed: true } => TradeSettlement::Unknown,
                    Settled::Reloaded { committed: false } => TradeSettlement::NotCommitted,
                };
                self.tell_settled(target, settling.offer, told, ctx);
                let closed = trade_closed(self.args.player, to, settling.offer, result, reason);
                self.push(closed, ctx);
            }
            Role::Lender { from, answer, .. } => {
                let (id, reply) = answer;
                let body = if committed {
                    Ok(done())
                } else {
                    Err(format!("the trade was not made: {reason}"))
                };
                self.answer(id, body, reply, ctx);
                let closed = trade_closed(from, self.args.player, settling.offer, result, reason);
                self.push(closed, ctx);
            }
        }
    }

    /// Applies our side of a committed trade to the record in memory.
    fn apply_side(&mut self, settling: &Settling) -> Result<(), String> {
        let goods = &settling.goods;
        let applied = match settling.role {
            Role::Committer { .. } => offerer_after(&self.record, goods),
            Role::Lender { .. } => taker_after(&self.record, goods),
        }?;
        self.record = applied;
        self.changed = true;
        Ok(())
    }

    /// The offerer said our pending offer expired: drop it and tell our client. A loan
    /// of ours for it is settled: an expired offer is never committed.
    pub(super) fn offer_expired_here(&mut self, from: u64, offer: u64, ctx: &mut PersonCtx<'_>) {
        self.trade_settled(from, offer, TradeSettlement::NotCommitted);
        let before = self.offers_in.len();
        self.offers_in
            .retain(|open| !(open.from == from && open.offer == offer));
        if self.offers_in.len() != before {
            let outcome = proto::TradeOutcome::TradeExpired;
            let closed = trade_closed(from, self.args.player, offer, outcome, String::new());
            self.push(closed, ctx);
        }
    }
}

pub(super) fn trade_closed(
    from: u64,
    to: u64,
    offer: u64,
    outcome: proto::TradeOutcome,
    reason: String,
) -> proto::push::Body {
    proto::push::Body::TradeClosed(proto::TradeClosed {
        from_player: from,
        to_player: to,
        offer_id: offer,
        outcome: outcome as i32,
        reason,
    })
}
