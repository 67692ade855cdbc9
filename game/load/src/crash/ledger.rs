//! The ledger: what every player and the guild bank hold, what a trade or a bank move
//! moves, and what must hold after a crash — every coin and item conserved (players and
//! bank together), every acknowledged trade and bank move kept, every one in doubt made
//! on both sides or on neither.

use std::collections::BTreeMap;

use hearth_protocol as proto;

/// What one player holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Holdings {
    /// Gold.
    pub gold: u64,
    /// Item id → count.
    pub items: BTreeMap<u32, u64>,
}

impl Holdings {
    /// As the server says (an `InventoryState`).
    pub fn of(state: &proto::InventoryState) -> Self {
        let mut items = BTreeMap::new();
        for stack in &state.items {
            *items.entry(stack.item).or_insert(0) += u64::from(stack.count);
        }
        Self {
            gold: state.gold,
            items,
        }
    }

    /// A guild's bank as the server says (a `GuildState`).
    pub fn of_bank(state: &proto::GuildState) -> Self {
        let mut items = BTreeMap::new();
        for stack in &state.bank_items {
            *items.entry(stack.item).or_insert(0) += u64::from(stack.count);
        }
        Self {
            gold: state.bank_gold,
            items,
        }
    }

    fn take(&mut self, items: &[(u32, u32)], gold: u64) -> bool {
        for &(item, count) in items {
            match self.items.get_mut(&item) {
                Some(held) if *held >= u64::from(count) => {
                    *held -= u64::from(count);
                    if *held == 0 {
                        self.items.remove(&item);
                    }
                }
                _ => return false,
            }
        }
        let Some(left) = self.gold.checked_sub(gold) else {
            return false;
        };
        self.gold = left;
        true
    }

    fn add(&mut self, items: &[(u32, u32)], gold: u64) {
        for &(item, count) in items {
            *self.items.entry(item).or_insert(0) += u64::from(count);
        }
        self.gold += gold;
    }
}

/// A trade, from the offerer's side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trade {
    /// Items the offerer gives.
    pub give: Vec<(u32, u32)>,
    /// Gold the offerer gives.
    pub give_gold: u64,
    /// Items it gets.
    pub want: Vec<(u32, u32)>,
    /// Gold it gets.
    pub want_gold: u64,
}

impl Trade {
    /// The offer's message.
    pub fn offer(&self, to_player: u64, note: &str) -> proto::TradeOffer {
        let stacks = |side: &[(u32, u32)]| {
            side.iter()
                .map(|&(item, count)| proto::ItemStack { item, count })
                .collect()
        };
        proto::TradeOffer {
            to_player,
            item: note.to_owned(),
            give: stacks(&self.give),
            give_gold: self.give_gold,
            want: stacks(&self.want),
            want_gold: self.want_gold,
        }
    }

    /// Both sides after the trade, if both can make it.
    pub fn apply(&self, offerer: &Holdings, taker: &Holdings) -> Option<(Holdings, Holdings)> {
        let (mut offerer, mut taker) = (offerer.clone(), taker.clone());
        if !offerer.take(&self.give, self.give_gold) || !taker.take(&self.want, self.want_gold) {
            return None;
        }
        offerer.add(&self.want, self.want_gold);
        taker.add(&self.give, self.give_gold);
        Some((offerer, taker))
    }

    /// A trade `offerer` and `taker` can both make: a little gold and an item or two
    /// each way (never nothing).
    pub fn pick(offerer: &Holdings, taker: &Holdings, rng: &mut fastrand::Rng) -> Self {
        let side = |holder: &Holdings, rng: &mut fastrand::Rng| {
            let gold = if holder.gold > 0 {
                rng.u64(0..=holder.gold.min(GOLD_PER_TRADE_MAX))
            } else {
                0
            };
            let mut items: Vec<(u32, u32)> = Vec::new();
            for (&item, &count) in &holder.items {
                if items.len() < STACKS_PER_TRADE_MAX && count > 0 && rng.bool() {
                    let most = count.min(u64::from(COUNT_PER_STACK_MAX)) as u32;
                    items.push((item, rng.u32(1..=most)));
                }
            }
            (items, gold)
        };
        let (give, give_gold) = side(offerer, rng);
        let (want, want_gold) = side(taker, rng);
        let mut trade = Self {
            give,
            give_gold,
            want,
            want_gold,
        };
        if trade == Self::default() {
            trade.give_gold = offerer.gold.min(1);
            trade.want_gold = u64::from(trade.give_gold == 0);
        }
        trade
    }
}

/// A move between a player's inventory and the guild bank.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BankMove {
    /// From the bank (`false`: a deposit).
    pub withdraw: bool,
    /// The items.
    pub items: Vec<(u32, u32)>,
    /// The gold.
    pub gold: u64,
}

impl BankMove {
    /// The request's message.
    pub fn message(&self) -> proto::GuildBank {
        proto::GuildBank {
            withdraw: self.withdraw,
            items: self
                .items
                .iter()
                .map(|&(item, count)| proto::ItemStack { item, count })
                .collect(),
            gold: self.gold,
        }
    }

    /// The player after the move, if it holds what a deposit takes.
    pub fn apply(&self, player: &Holdings) -> Option<Holdings> {
        let mut after = player.clone();
        if self.withdraw {
            after.add(&self.items, self.gold);
        } else if !after.take(&self.items, self.gold) {
            return None;
        }
        Some(after)
    }

    /// A move `player` can make on its side: a deposit of a little of what it holds, or
    /// a withdrawal of a little gold or a potion (the bank may lack them: then it is
    /// refused, and nothing moves). Never nothing.
    pub fn pick(player: &Holdings, rng: &mut fastrand::Rng) -> Self {
        if rng.bool() {
            let items = if rng.bool() { vec![(1, 1)] } else { Vec::new() };
            return Self {
                withdraw: true,
                items,
                gold: rng.u64(1..=GOLD_PER_TRADE_MAX),
            };
        }
        let mut moved = Self::default();
        if let Some((&item, &count)) = player.items.iter().find(|_| rng.bool()) {
            let most = count.min(u64::from(COUNT_PER_STACK_MAX)) as u32;
            moved.items.push((item, rng.u32(1..=most)));
        }
        moved.gold = rng.u64(0..=player.gold.min(GOLD_PER_TRADE_MAX));
        if moved.items.is_empty() && moved.gold == 0 {
            // A player with nothing deposits nothing: it withdraws a coin instead.
            moved.withdraw = player.gold == 0 && player.items.is_empty();
            moved.gold = 1;
        }
        moved
    }
}

/// The most gold one side of a picked trade moves.
const GOLD_PER_TRADE_MAX: u64 = 25;
/// The most item stacks one side of a picked trade moves.
const STACKS_PER_TRADE_MAX: usize = 2;
/// The most items of one stack a picked trade moves.
const COUNT_PER_STACK_MAX: u32 = 3;

/// Every coin and every item, counted over all players.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Gold.
    pub gold: u64,
    /// Item id → count.
    pub items: BTreeMap<u32, u64>,
}

impl Totals {
    /// The sum over `all`.
    pub fn of<'a>(all: impl IntoIterator<Item = &'a Holdings>) -> Self {
        let mut totals = Self::default();
        for holdings in all {
            totals.gold += holdings.gold;
            for (&item, &count) in &holdings.items {
                *totals.items.entry(item).or_insert(0) += count;
            }
        }
        totals
    }

    /// Items and coins counted together (for the report).
    pub fn units(&self) -> u64 {
        self.gold + self.items.values().sum::<u64>()
    }
}

/// How a trade ended, as the two clients saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    /// Acknowledged (`TradeClosed(ACCEPTED)` or the accept's `Done`).
    Committed,
    /// Refused, failed, declined or expired.
    NotCommitted,
    /// Neither side heard (its node died, or the gate stopped waiting).
    InDoubt,
}

/// What neither side heard the end of.
#[derive(Clone, Debug)]
pub enum Doubt {
    /// A trade (`true` if the first player of the pair offered it).
    Trade(Trade, bool),
    /// A bank move (`true` if the first player of the pair made it); the bank's side is
    /// checked by conservation.
    Bank(BankMove, bool),
}

impl Doubt {
    /// The pair if it was made.
    fn made(&self, (a, b): &(Holdings, Holdings)) -> Option<(Holdings, Holdings)> {
        match self {
            Self::Trade(trade, true) => trade.apply(a, b),
            Self::Trade(trade, false) => trade.apply(b, a).map(|(b, a)| (a, b)),
            Self::Bank(moved, true) => Some((moved.apply(a)?, b.clone())),
            Self::Bank(moved, false) => Some((a.clone(), moved.apply(b)?)),
        }
    }
}

/// What a pair of players must hold after a crash: `expected`, or — with a trade or bank
/// move in doubt — `expected` with it made.
#[derive(Clone, Debug)]
pub struct Expectation {
    /// Both players as the acknowledged trades and bank moves leave them.
    pub expected: (Holdings, Holdings),
    /// What is in doubt.
    pub in_doubt: Option<Doubt>,
}

/// How a pair checked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// As acknowledged, no trade in doubt.
    Exact,
    /// A trade in doubt, found made on both sides.
    DoubtMade,
    /// A trade in doubt, found made on neither side.
    DoubtNotMade,
    /// Anything else: what was wrong.
    Broken(String),
}

impl Expectation {
    /// Checks what the two players hold now.
    pub fn check(&self, now: &(Holdings, Holdings)) -> Check {
        if *now == self.expected {
            return if self.in_doubt.is_some() {
                Check::DoubtNotMade
            } else {
                Check::Exact
            };
        }
        let made = self
            .in_doubt
            .as_ref()
            .and_then(|doubt| doubt.made(&self.expected));
        match made {
            Some(made) if made == *now => Check::DoubtMade,
            _ => Check::Broken(format!(
                "expected {:?}{}, found {now:?}",
                self.expected,
                self.in_doubt
                    .as_ref()
                    .map_or(String::new(), |doubt| format!(" (or with {doubt:?} made)"))
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holding(gold: u64, items: &[(u32, u64)]) -> Holdings {
        Holdings {
            gold,
            items: items.iter().copied().collect(),
        }
    }

    #[test]
    fn a_trade_moves_goods_and_conserves_them_or_is_refused() {
        let (a, b) = (holding(100, &[(1, 5), (2, 1)]), holding(100, &[(1, 5)]));
        let trade = Trade {
            give: vec![(2, 1)],
            give_gold: 30,
            want: vec![(1, 2)],
            want_gold: 0,
        };
        let (a2, b2) = trade.apply(&a, &b).expect("both can");
        assert_eq!(a2, holding(70, &[(1, 7)]));
        assert_eq!(b2, holding(130, &[(1, 3), (2, 1)]));
        assert_eq!(Totals::of([&a, &b]), Totals::of([&a2, &b2]));
        let greedy = Trade {
            want: vec![(1, 50)],
            ..Trade::default()
        };
        assert_eq!(greedy.apply(&a, &b), None);
    }

    #[test]
    fn picked_trades_can_always_be_made() {
        let mut rng = fastrand::Rng::with_seed(7);
        let (mut a, mut b) = (holding(100, &[(1, 5), (2, 1)]), holding(100, &[(1, 5)]));
        let before = Totals::of([&a, &b]);
        for round in 0..1_000 {
            let trade = Trade::pick(&a, &b, &mut rng);
            assert_ne!(trade, Trade::default(), "round {round}: an empty trade");
            (a, b) = trade.apply(&a, &b).expect("a picked trade is possible");
            std::mem::swap(&mut a, &mut b);
        }
        assert_eq!(Totals::of([&a, &b]), before);
    }

    #[test]
    fn a_trade_in_doubt_is_made_on_both_sides_or_on_neither() {
        let (a, b) = (holding(10, &[]), holding(10, &[]));
        let trade = Trade {
            give_gold: 4,
            ..Trade::default()
        };
        let expectation = Expectation {
            expected: (a.clone(), b.clone()),
            in_doubt: Some(Doubt::Trade(trade.clone(), false)),
        };
        assert_eq!(
            expectation.check(&(a.clone(), b.clone())),
            Check::DoubtNotMade
        );
        // b offered: b gave 4 to a.
        let made = (holding(14, &[]), holding(6, &[]));
        assert_eq!(expectation.check(&made), Check::DoubtMade);
        // Made on one side only: a dupe.
        let dupe = (holding(14, &[]), holding(10, &[]));
        assert!(matches!(expectation.check(&dupe), Check::Broken(_)));
        let exact = Expectation {
            expected: (a.clone(), b.clone()),
            in_doubt: None,
        };
        assert!(matches!(exact.check(&made), Check::Broken(_)));
    }

    #[test]
    fn a_bank_move_in_doubt_is_made_or_not_and_picked_deposits_can_be_made() {
        let a = holding(10, &[(1, 2)]);
        let deposit = BankMove {
            withdraw: false,
            items: vec![(1, 2)],
            gold: 3,
        };
        let expectation = Expectation {
            expected: (a.clone(), a.clone()),
            in_doubt: Some(Doubt::Bank(deposit.clone(), false)),
        };
        assert_eq!(
            expectation.check(&(a.clone(), holding(7, &[]))),
            Check::DoubtMade
        );
        assert!(matches!(
            expectation.check(&(holding(7, &[]), a.clone())),
            Check::Broken(_)
        ));
        let mut rng = fastrand::Rng::with_seed(3);
        for _ in 0..1_000 {
            let moved = BankMove::pick(&a, &mut rng);
            assert!(moved.gold > 0 || !moved.items.is_empty(), "never nothing");
            assert!(moved.apply(&a).is_some(), "{moved:?} is possible");
        }
    }
}
