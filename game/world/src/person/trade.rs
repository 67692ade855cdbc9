//! Trades: offers made and received, the seed's message with a timeout.

use super::*;

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
        let refuse = |why: String| Err(why);
        let body = if offer.item.is_empty() || offer.item.len() > TRADE_ITEM_BYTES_MAX {
            refuse(format!("items are 1..={TRADE_ITEM_BYTES_MAX} bytes"))
        } else if offer.to_player == self.args.player {
            refuse("you cannot trade with yourself".to_owned())
        } else {
            match find_person(ctx, offer.to_player) {
                None => refuse(format!("player {} is not online", offer.to_player)),
                Some(target) => self.send_offer(target, offer, ctx),
            }
        };
        let (body, open) = match body {
            Ok((body, open)) => (Ok(body), Some(open)),
            Err(why) => (Err(why), None),
        };
        self.answer(id, body, reply, ctx);
        open
    }

    pub(super) fn send_offer(
        &mut self,
        target: Pid,
        offer: &proto::TradeOffer,
        ctx: &mut PersonCtx<'_>,
    ) -> Result<(proto::reply::Body, OpenOffer), String> {
        let number = self.next_offer;
        let (from, item) = (self.args.player, offer.item.clone());
        let now_ns = ctx.now_ns();
        let build = |reply: ReplyTo<TradeVerdict>| PersonMsg::Offer {
            reply: ReplyRoute::from(reply.to_wire(now_ns)),
            from,
            offer: number,
            item,
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
        };
        let opened = proto::reply::Body::TradeOpened(proto::TradeOpened { offer_id: number });
        Ok((opened, open))
    }

    /// The verdict on our offer, or its expiry (`None`): both sides are told.
    pub(super) fn offer_closed(
        &mut self,
        open: &OpenOffer,
        verdict: Option<TradeVerdict>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let outcome = match verdict {
            Some(TradeVerdict { accepted: true }) => proto::TradeOutcome::TradeAccepted,
            Some(_) => proto::TradeOutcome::TradeDeclined,
            None => {
                let expired = GameEvent::TradeExpired {
                    from: self.args.player,
                    offer: open.offer,
                };
                let _ = ctx.send(Addr::from_pid(open.target), PersonMsg::Game(expired));
                proto::TradeOutcome::TradeExpired
            }
        };
        let closed = trade_closed(self.args.player, open.to, open.offer, outcome);
        self.push(closed, ctx);
    }

    /// Another player's offer: kept for our client's answer (bounded), pushed to it.
    pub(super) fn offer_in(
        &mut self,
        from: u64,
        offer: u64,
        item: String,
        reply: ReplyTo<TradeVerdict>,
        ctx: &mut PersonCtx<'_>,
    ) {
        if self.offers_in.len() >= TRADE_OFFERS_IN_MAX {
            ctx.reply(reply, TradeVerdict { accepted: false });
            return;
        }
        self.offers_in.push(OfferIn { from, offer, reply });
        let offered = proto::TradeOffered {
            from_player: from,
            offer_id: offer,
            item,
        };
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
        let open = self.offers_in.swap_remove(index);
        if ctx.is_late(&open.reply) {
            if !ctx.is_late(&reply) {
                let why = "the offer expired".to_owned();
                ctx.reply(reply, Answer::Error(ErrorCode::ErrorTimeout as i32, why));
            }
            return;
        }
        ctx.reply(
            open.reply,
            TradeVerdict {
                accepted: answer.accept,
            },
        );
        let outcome = if answer.accept {
            proto::TradeOutcome::TradeAccepted
        } else {
            proto::TradeOutcome::TradeDeclined
        };
        let closed = trade_closed(open.from, self.args.player, open.offer, outcome);
        self.answer(id, Ok(done()), reply, ctx);
        self.push(closed, ctx);
    }

    /// The offerer said our pending offer expired: drop it and tell our client.
    pub(super) fn offer_expired_here(&mut self, from: u64, offer: u64, ctx: &mut PersonCtx<'_>) {
        let before = self.offers_in.len();
        self.offers_in
            .retain(|open| !(open.from == from && open.offer == offer));
        if self.offers_in.len() != before {
            let closed = trade_closed(
                from,
                self.args.player,
                offer,
                proto::TradeOutcome::TradeExpired,
            );
            self.push(closed, ctx);
        }
    }
}

pub(super) fn trade_closed(
    from: u64,
    to: u64,
    offer: u64,
    outcome: proto::TradeOutcome,
) -> proto::push::Body {
    proto::push::Body::TradeClosed(proto::TradeClosed {
        from_player: from,
        to_player: to,
        offer_id: offer,
        outcome: outcome as i32,
    })
}
