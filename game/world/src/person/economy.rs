//! Where items come from and go, besides trades: battle rewards (a won battle gives
//! experience and a trophy) and using items (a potion is consumed for experience). Both are
//! write-through: a reward is pushed, and a use answered, once stored.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a battle we are in is won | the reward the battle decided (its rules or script) is added and stored; `BattleEnded { victory, reward_xp, reward_items }` is pushed once stored (if the store is away, once it is back: the reward stays, unsaved, and is saved when it can) |
//! | `UseItem` | refused while a trade or another use is being stored; else the items are taken, the experience added and stored; answered `InventoryState` once stored, or — the store away — `UNAVAILABLE` with the use undone |
//! | a reward while a trade is being settled | waits for the trade's end (the record is lent to it), then as above |

use super::*;
use crate::event::Reward;
use hearth_durable::SaveError;
use record::{STACK_MAX, items};

/// A use waiting for its commit.
pub(super) struct PendingUse {
    tag: u64,
    id: u64,
    reply: ReplyTo<Answer>,
    item: u32,
    count: u32,
    xp: u64,
}

/// A reward waiting for its commit.
pub(super) struct PendingReward {
    tag: u64,
    battle: u64,
    xp: u64,
    trophies: u32,
}

impl Player {
    /// Whether a trade, a bank move or a use is being stored: gold and items must not
    /// change now.
    pub(super) fn economy_busy(&self) -> bool {
        self.lent_out() || self.using.is_some()
    }

    /// Whether the record is in a joint transaction (a trade or a bank move).
    pub(super) fn lent_out(&self) -> bool {
        self.settling.is_some() || self.banking.is_some()
    }

    /// A write-through of the record, `tag` reported to [`Player::committed`].
    fn commit_record(&mut self) -> u64 {
        self.next_tag += 1;
        self.commits.push(self.next_tag);
        self.next_tag
    }

    pub(super) fn use_item(
        &mut self,
        id: u64,
        request: &proto::UseItem,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let refused = if self.economy_busy() {
            Err("a trade or a use of yours is being stored: try again when it is done".into())
        } else if request.count == 0 || request.count > STACK_MAX {
            Err(format!("count is 1..={STACK_MAX}"))
        } else {
            self.record
                .use_item(request.item, request.count)
                .map_err(|error| error.to_string())
        };
        let xp = match refused {
            Ok(xp) => xp,
            Err(why) => return self.answer(id, Err(why), reply, ctx),
        };
        let tag = self.commit_record();
        self.using = Some(PendingUse {
            tag,
            id,
            reply,
            item: request.item,
            count: request.count,
            xp,
        });
    }

    /// A battle we were in was won: reward us (after the trade or bank move being
    /// settled, if any).
    pub(super) fn victory(&mut self, battle: u64, reward: Reward) {
        if self.lent_out() {
            self.victories_waiting.push((battle, reward));
            return;
        }
        let trophies = self.record.reward_victory(reward);
        let tag = self.commit_record();
        self.rewards.push(PendingReward {
            tag,
            battle,
            xp: reward.xp,
            trophies,
        });
    }

    /// Rewards that waited for a trade's end.
    pub(super) fn after_trade(&mut self) {
        for (battle, reward) in std::mem::take(&mut self.victories_waiting) {
            self.victory(battle, reward);
        }
    }

    /// A write-through of ours was stored (`Ok`) or not.
    pub(super) fn committed(
        &mut self,
        tag: u64,
        result: Result<(), SaveError>,
        ctx: &mut PersonCtx<'_>,
    ) {
        if let Some(used) = self.using.take_if(|used| used.tag == tag) {
            return self.use_stored(used, result, ctx);
        }
        if let Some(at) = self.rewards.iter().position(|reward| reward.tag == tag) {
            let reward = self.rewards.swap_remove(at);
            let trophies = proto::ItemStack {
                item: items::TROPHY,
                count: reward.trophies,
            };
            let items = (reward.trophies > 0)
                .then_some(trophies)
                .into_iter()
                .collect();
            let ended = proto::BattleEnded {
                battle_id: reward.battle,
                outcome: "victory".into(),
                reward_xp: reward.xp,
                reward_items: items,
            };
            self.push(proto::push::Body::BattleEnded(ended), ctx);
        }
    }

    fn use_stored(
        &mut self,
        used: PendingUse,
        result: Result<(), SaveError>,
        ctx: &mut PersonCtx<'_>,
    ) {
        match result {
            Ok(()) => {
                let state = proto::reply::Body::Inventory(self.inventory());
                self.answer(used.id, Ok(state), used.reply, ctx);
            }
            Err(error) => {
                // Not stored: undo it (the undo is saved like any change).
                self.record.unuse_item(used.item, used.count, used.xp);
                self.changed = true;
                if !ctx.is_late(&used.reply) {
                    let why = format!("nothing was used: {error}");
                    let code = ErrorCode::ErrorUnavailable as i32;
                    ctx.reply(used.reply, Answer::Error(code, why));
                }
            }
        }
    }
}
