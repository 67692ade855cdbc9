//! What a player keeps between sessions and across crashes: the Person's stored state.
//!
//! Stored under the key (`person`, player id) as a versioned snapshot (see
//! `hearth_store::snapshot`). Schema history — every version ever written stays loadable:
//!
//! | version | what changed |
//! |---|---|
//! | 1 | gold, experience and level, position, items, guild and team |
//!
//! Items are stacks of an item id and a count; an inventory holds at most
//! [`INVENTORY_SLOTS_MAX`] stacks of at most [`STACK_MAX`] each. Gold is at most
//! [`GOLD_MAX`]. Every change that would break a bound is refused whole.

use rkyv::{Archive, Deserialize, Serialize};

use hearth_store::snapshot::{Snapshot, SnapshotError, archive, unarchive};

pub use crate::holdings::{GOLD_MAX, Holdings, RecordError, STACK_MAX, Stack};

/// The store kind of player records.
pub const PLAYER_KIND: &str = "person";
/// Most item stacks one inventory holds (a bag of 40 slots, as MMOs give early on).
pub const INVENTORY_SLOTS_MAX: usize = 40;

/// Item ids of the starting kit and of battle rewards.
pub mod items {
    /// A healing potion: consumed on use.
    pub const POTION: u32 = 1;
    /// A sword.
    pub const SWORD: u32 = 2;
    /// A battle trophy: the reward for a won battle.
    pub const TROPHY: u32 = 3;
}

/// Experience per level: level = 1 + xp / this.
pub const XP_PER_LEVEL: u64 = 1_000;
/// Highest level.
pub const LEVEL_MAX: u16 = 100;
/// Experience a won battle gives each of its players by the Rust default rules (with
/// a [`items::TROPHY`]); a battle's script may give otherwise
/// ([`crate::battle`]).
pub const XP_PER_VICTORY: u64 = 100;
/// Experience a used potion gives.
pub const XP_PER_POTION: u64 = 25;

/// Gold every new player starts with.
pub const STARTING_GOLD: u64 = 100;
/// Items every new player starts with.
pub const STARTING_ITEMS: [(u32, u32); 2] = [(items::POTION, 5), (items::SWORD, 1)];

/// A player's stored state (schema version 1).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct PlayerRecord {
    /// Gold, at most [`GOLD_MAX`].
    pub gold: u64,
    /// Experience points.
    pub xp: u64,
    /// Level, from 1.
    pub level: u16,
    /// Where the player was last.
    pub position: (i32, i32),
    /// The inventory: at most [`INVENTORY_SLOTS_MAX`] stacks, each of one item id.
    pub items: Vec<Stack>,
    /// The guild the player belongs to.
    pub guild: Option<u64>,
    /// The team the player belongs to.
    pub team: Option<u64>,
}

impl PlayerRecord {
    /// A new player's record: the starting kit at the world's centre.
    pub fn new_player() -> Self {
        Self {
            gold: STARTING_GOLD,
            xp: 0,
            level: 1,
            position: (0, 0),
            items: STARTING_ITEMS
                .iter()
                .map(|&(item, count)| Stack { item, count })
                .collect(),
            guild: None,
            team: None,
        }
    }
}

impl Holdings for PlayerRecord {
    const SLOTS_MAX: usize = INVENTORY_SLOTS_MAX;

    fn gold_mut(&mut self) -> &mut u64 {
        &mut self.gold
    }

    fn stacks(&self) -> &[Stack] {
        &self.items
    }

    fn stacks_mut(&mut self) -> &mut Vec<Stack> {
        &mut self.items
    }
}

impl PlayerRecord {
    /// Adds experience (the level follows it).
    pub fn gain_xp(&mut self, xp: u64) {
        self.xp = self.xp.saturating_add(xp);
        let level = 1 + self.xp / XP_PER_LEVEL;
        self.level = u16::try_from(level).unwrap_or(LEVEL_MAX).min(LEVEL_MAX);
    }

    /// A won battle's reward: the experience, and its trophies if there is room for
    /// them (all or none). Returns the trophies given.
    pub fn reward_victory(&mut self, reward: crate::event::Reward) -> u32 {
        self.gain_xp(reward.xp);
        if reward.trophies == 0 {
            return 0;
        }
        match self.give(items::TROPHY, reward.trophies) {
            Ok(_) => reward.trophies,
            Err(_) => 0,
        }
    }

    /// Uses `count` of `item` (consumed): a potion gives experience. Returns the
    /// experience gained.
    ///
    /// # Errors
    /// [`RecordError::NotUsable`], or not enough of it; nothing changes.
    pub fn use_item(&mut self, item: u32, count: u32) -> Result<u64, RecordError> {
        if item != items::POTION {
            return Err(RecordError::NotUsable(item));
        }
        self.take(item, count)?;
        let xp = XP_PER_POTION * u64::from(count);
        self.gain_xp(xp);
        Ok(xp)
    }

    /// Undoes [`PlayerRecord::use_item`] (the use could not be stored).
    pub fn unuse_item(&mut self, item: u32, count: u32, xp: u64) {
        let _ = self.give(item, count);
        self.xp = self.xp.saturating_sub(xp);
        self.gain_xp(0);
    }
}

impl Snapshot for PlayerRecord {
    const KIND: &'static str = PLAYER_KIND;
    const VERSION: u32 = 1;

    fn write(&self, out: &mut Vec<u8>) -> Result<(), SnapshotError> {
        archive(self, out)
    }

    fn read(version: u32, payload: &[u8]) -> Result<Self, SnapshotError> {
        match version {
            1 => unarchive(payload),
            version => Err(SnapshotError::UnknownVersion {
                kind: Self::KIND,
                version,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exchange_is_all_or_nothing() {
        let mut record = PlayerRecord::new_player();
        let before = record.clone();
        let sword = [Stack {
            item: items::SWORD,
            count: 1,
        }];
        let two_swords = [Stack {
            item: items::SWORD,
            count: 2,
        }];
        assert!(record.exchange(&two_swords, 0, &[], 50).is_err());
        assert_eq!(record, before, "a refused exchange changes nothing");
        record.exchange(&sword, 0, &[], 50).unwrap();
        assert_eq!(record.count(items::SWORD), 0);
        assert_eq!(record.gold, STARTING_GOLD + 50);
        assert!(
            record.items.iter().all(|stack| stack.count > 0),
            "empty stacks go"
        );
    }

    #[test]
    fn bounds_hold() {
        let mut record = PlayerRecord::new_player();
        let full = Err(RecordError::InventoryFull {
            slots: INVENTORY_SLOTS_MAX,
        });
        assert_eq!(record.give(7, STACK_MAX + 1), full);
        for item in 100..100 + INVENTORY_SLOTS_MAX as u32 - record.items.len() as u32 {
            record.give(item, 1).unwrap();
        }
        assert_eq!(record.give(9_999, 1), full);
        assert_eq!(record.earn(GOLD_MAX), Err(RecordError::TooMuchGold));
        assert_eq!(record.take(0, 1), Err(RecordError::BadItem));
    }

    #[test]
    fn potions_are_used_up_for_experience_and_levels_follow() {
        let mut record = PlayerRecord::new_player();
        assert_eq!(
            record.use_item(items::SWORD, 1),
            Err(RecordError::NotUsable(2))
        );
        assert!(
            record.use_item(items::POTION, 6).is_err(),
            "five in the kit"
        );
        let before = record.clone();
        let xp = record.use_item(items::POTION, 2).unwrap();
        assert_eq!((xp, record.xp, record.count(items::POTION)), (50, 50, 3));
        record.unuse_item(items::POTION, 2, xp);
        assert_eq!(record, before, "undone exactly");
        let victory = crate::event::Reward {
            xp: XP_PER_VICTORY,
            trophies: 1,
        };
        for _ in 0..10 {
            assert_eq!(record.reward_victory(victory), 1);
        }
        assert_eq!((record.level, record.count(items::TROPHY)), (2, 10));
        let lavish = crate::event::Reward {
            xp: 0,
            trophies: STACK_MAX,
        };
        assert_eq!(record.reward_victory(lavish), 0, "no room: none given");
        assert_eq!(record.count(items::TROPHY), 10);
    }

    #[test]
    fn a_record_round_trips_through_its_snapshot() {
        let mut record = PlayerRecord::new_player();
        record.position = (12, -40);
        record.guild = Some(3);
        let mut bytes = Vec::new();
        hearth_store::snapshot::encode(&record, &mut bytes).unwrap();
        let back: PlayerRecord = hearth_store::snapshot::decode(&bytes).unwrap();
        assert_eq!(back, record);
    }
}
