//! Gold and stacks of items, held by someone — a player's inventory, a guild's bank — and
//! the changes to them, each all or nothing.
//!
//! # Invariants (every change keeps them, or is refused whole and changes nothing)
//! - at most [`Holdings::SLOTS_MAX`] stacks, one per item id, each of 1..=[`STACK_MAX`];
//! - gold at most [`GOLD_MAX`].

use rkyv::{Archive, Deserialize, Serialize};

/// Most items in one stack.
pub const STACK_MAX: u32 = 999;
/// Most gold one holder keeps: far above any economy's needs, far below overflow of sums.
pub const GOLD_MAX: u64 = 1_000_000_000_000;

/// A stack of items of one kind.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stack {
    /// The item id.
    pub item: u32,
    /// How many, 1..=[`STACK_MAX`].
    pub count: u32,
}

/// Why a change to holdings was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// Not enough of an item.
    #[error("not enough of item {item}: have {have}, need {need}")]
    NotEnoughItems {
        /// The item.
        item: u32,
        /// How many are held.
        have: u32,
        /// How many were needed.
        need: u32,
    },
    /// Not enough gold.
    #[error("not enough gold: have {have}, need {need}")]
    NotEnoughGold {
        /// Gold held.
        have: u64,
        /// Gold needed.
        need: u64,
    },
    /// No room: the stacks or a stack would overflow.
    #[error("no room for the items (at most {slots} stacks of at most {STACK_MAX})")]
    InventoryFull {
        /// Most stacks the holder keeps.
        slots: usize,
    },
    /// Gold would pass [`GOLD_MAX`].
    #[error("gold over the limit of {GOLD_MAX}")]
    TooMuchGold,
    /// An item id of 0 or a count of 0.
    #[error("items have ids and counts of at least 1")]
    BadItem,
    /// The item cannot be used.
    #[error("item {0} cannot be used")]
    NotUsable(u32),
}

/// Something that holds gold and stacks of items (see the module's invariants).
pub trait Holdings: Clone {
    /// Most stacks it keeps.
    const SLOTS_MAX: usize;

    /// Its gold.
    fn gold_mut(&mut self) -> &mut u64;

    /// Its stacks.
    fn stacks(&self) -> &[Stack];

    /// Its stacks, to change.
    fn stacks_mut(&mut self) -> &mut Vec<Stack>;

    /// How many of `item` it holds.
    fn count(&self, item: u32) -> u32 {
        self.stacks()
            .iter()
            .find(|stack| stack.item == item)
            .map_or(0, |stack| stack.count)
    }

    /// Takes `count` of `item`.
    ///
    /// # Errors
    /// [`RecordError::NotEnoughItems`] or [`RecordError::BadItem`]; nothing changes.
    fn take(&mut self, item: u32, count: u32) -> Result<(), RecordError> {
        if item == 0 || count == 0 {
            return Err(RecordError::BadItem);
        }
        let have = self.count(item);
        if have < count {
            return Err(RecordError::NotEnoughItems {
                item,
                have,
                need: count,
            });
        }
        let stacks = self.stacks_mut();
        if let Some(at) = stacks.iter().position(|stack| stack.item == item) {
            stacks[at].count -= count;
            if stacks[at].count == 0 {
                stacks.remove(at);
            }
        }
        Ok(())
    }

    /// Adds `count` of `item`.
    ///
    /// # Errors
    /// [`RecordError::InventoryFull`] or [`RecordError::BadItem`]; nothing changes.
    fn give(&mut self, item: u32, count: u32) -> Result<(), RecordError> {
        if item == 0 || count == 0 {
            return Err(RecordError::BadItem);
        }
        let stacks = self.stacks_mut();
        let slots = stacks.len();
        match stacks.iter_mut().find(|stack| stack.item == item) {
            Some(stack) if stack.count + count <= STACK_MAX => stack.count += count,
            None if slots < Self::SLOTS_MAX && count <= STACK_MAX => {
                stacks.push(Stack { item, count });
            }
            _ => {
                return Err(RecordError::InventoryFull {
                    slots: Self::SLOTS_MAX,
                });
            }
        }
        Ok(())
    }

    /// Takes `amount` gold.
    ///
    /// # Errors
    /// [`RecordError::NotEnoughGold`]; nothing changes.
    fn pay(&mut self, amount: u64) -> Result<(), RecordError> {
        let gold = self.gold_mut();
        if *gold < amount {
            return Err(RecordError::NotEnoughGold {
                have: *gold,
                need: amount,
            });
        }
        *gold -= amount;
        Ok(())
    }

    /// Adds `amount` gold.
    ///
    /// # Errors
    /// [`RecordError::TooMuchGold`]; nothing changes.
    fn earn(&mut self, amount: u64) -> Result<(), RecordError> {
        let gold = self.gold_mut();
        match gold.checked_add(amount) {
            Some(sum) if sum <= GOLD_MAX => {
                *gold = sum;
                Ok(())
            }
            _ => Err(RecordError::TooMuchGold),
        }
    }

    /// Gives away `out` items and `gold_out`, receives `in_` items and `gold_in` — all or
    /// nothing (one side of a trade, a deposit, a withdrawal).
    ///
    /// # Errors
    /// The first bound it would break; nothing changes.
    fn exchange(
        &mut self,
        out: &[Stack],
        gold_out: u64,
        in_: &[Stack],
        gold_in: u64,
    ) -> Result<(), RecordError> {
        let mut after = self.clone();
        for stack in out {
            after.take(stack.item, stack.count)?;
        }
        after.pay(gold_out)?;
        for stack in in_ {
            after.give(stack.item, stack.count)?;
        }
        after.earn(gold_in)?;
        *self = after;
        Ok(())
    }
}
