//! What a guild keeps between sessions and across crashes: its roster (members and their
//! ranks) and its bank.
//!
//! Stored under the key (`guild`, guild id) as a versioned snapshot (see
//! `hearth_store::snapshot`). Schema history — every version ever written stays loadable:
//!
//! | version | what changed |
//! |---|---|
//! | 1 | members with ranks; bank gold and items |
//!
//! # Rules
//!
//! | change | who may | what happens |
//! |---|---|---|
//! | join | anyone, while the roster has fewer than [`GUILD_MEMBERS_MAX`] members | the first member is the leader, later ones members |
//! | leave | the member | a leader's place goes to the first officer, else the first member |
//! | set a rank | the leader: any rank of another member; an officer: removal ([`None`]) of a member | handing over [`Rank::Leader`] makes the old leader an officer; `None` removes from the roster |
//! | deposit | any member | items and gold go from the member's inventory to the bank |
//! | withdraw | officers and the leader | the other way |
//!
//! A deposit or a withdrawal changes the player's record and the guild's in one store
//! transaction (the player lends its record, the guild commits both): an item or a coin
//! is in the inventory or in the bank, never in both, never in neither.

// rkyv's derive generates undocumented types; every item written here is documented.
#![allow(missing_docs)]

use rkyv::{Archive, Deserialize, Serialize};

use hearth_store::snapshot::{Snapshot, SnapshotError, archive, unarchive};

use crate::holdings::{Holdings, RecordError, Stack};

use super::GUILD_MEMBERS_MAX;

/// The store kind of guild records.
pub const GUILD_KIND: &str = "guild";
/// Most item stacks a guild bank holds (a bank tab is larger than a bag).
pub const BANK_SLOTS_MAX: usize = 100;

/// A member's rank (ordered: a leader outranks an officer outranks a member).
#[derive(Archive, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// A member: deposits.
    Member,
    /// An officer: also withdraws and removes members.
    Officer,
    /// The leader (one per guild): sets every rank.
    Leader,
}

/// One member of the roster.
#[derive(Archive, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Member {
    /// The player.
    pub player: u64,
    /// Its rank.
    pub rank: Rank,
}

/// A guild's bank.
#[derive(Archive, Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Bank {
    /// Gold.
    pub gold: u64,
    /// Items: at most [`BANK_SLOTS_MAX`] stacks.
    pub items: Vec<Stack>,
}

impl Holdings for Bank {
    const SLOTS_MAX: usize = BANK_SLOTS_MAX;

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

/// A guild's stored state (schema version 1).
#[derive(Archive, Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct GuildRecord {
    /// The roster, in the order members joined: at most [`GUILD_MEMBERS_MAX`].
    pub members: Vec<Member>,
    /// The bank.
    pub bank: Bank,
}

/// Items and gold moved between a member's inventory and the bank.
#[derive(Archive, Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct BankMove {
    /// From the bank to the member (`false`: a deposit).
    pub withdraw: bool,
    /// The items.
    pub items: Vec<Stack>,
    /// The gold.
    pub gold: u64,
}

impl BankMove {
    /// Applies the move to the member's holdings.
    ///
    /// # Errors
    /// What the holdings lack or have no room for; nothing changes.
    pub fn member_side<H: Holdings>(&self, holdings: &mut H) -> Result<(), RecordError> {
        if self.withdraw {
            holdings.exchange(&[], 0, &self.items, self.gold)
        } else {
            holdings.exchange(&self.items, self.gold, &[], 0)
        }
    }

    /// Applies the move to the bank.
    ///
    /// # Errors
    /// What the bank lacks or has no room for; nothing changes.
    pub fn bank_side(&self, bank: &mut Bank) -> Result<(), RecordError> {
        if self.withdraw {
            bank.exchange(&self.items, self.gold, &[], 0)
        } else {
            bank.exchange(&[], 0, &self.items, self.gold)
        }
    }
}

/// Why a guild refused a change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuildError {
    /// The player is not on the roster.
    #[error("player {0} is not a member of the guild")]
    NotMember(u64),
    /// The roster is full.
    #[error("the guild is full ({GUILD_MEMBERS_MAX} members)")]
    Full,
    /// The rank of the one asking does not allow it.
    #[error("not allowed: {0}")]
    NotAllowed(&'static str),
    /// The bank or the member's inventory refused it.
    #[error("the bank: {0}")]
    Bank(RecordError),
}

impl GuildRecord {
    /// The rank of `player`, if a member.
    pub fn rank_of(&self, player: u64) -> Option<Rank> {
        self.members
            .iter()
            .find(|member| member.player == player)
            .map(|member| member.rank)
    }

    /// Puts `player` on the roster (the first is the leader); `Ok(true)` if it was not
    /// on it.
    ///
    /// # Errors
    /// [`GuildError::Full`].
    pub fn admit(&mut self, player: u64) -> Result<bool, GuildError> {
        if self.rank_of(player).is_some() {
            return Ok(false);
        }
        if self.members.len() >= GUILD_MEMBERS_MAX {
            return Err(GuildError::Full);
        }
        let rank = if self.members.is_empty() {
            Rank::Leader
        } else {
            Rank::Member
        };
        self.members.push(Member { player, rank });
        Ok(true)
    }

    /// Takes `player` off the roster (a leader's place goes to the first officer, else
    /// the first member); whether it was on it.
    pub fn remove(&mut self, player: u64) -> bool {
        let Some(at) = self.members.iter().position(|m| m.player == player) else {
            return false;
        };
        let gone = self.members.remove(at);
        if gone.rank == Rank::Leader {
            let heir = self
                .members
                .iter()
                .position(|m| m.rank == Rank::Officer)
                .or_else(|| (!self.members.is_empty()).then_some(0));
            if let Some(heir) = heir {
                self.members[heir].rank = Rank::Leader;
            }
        }
        true
    }

    /// `by` sets the rank of `player` (`None`: off the roster), by the rules above.
    ///
    /// # Errors
    /// [`GuildError::NotMember`] or [`GuildError::NotAllowed`]; nothing changes.
    pub fn set_rank(&mut self, by: u64, player: u64, rank: Option<Rank>) -> Result<(), GuildError> {
        let mine = self.rank_of(by).ok_or(GuildError::NotMember(by))?;
        let theirs = self.rank_of(player).ok_or(GuildError::NotMember(player))?;
        if by == player {
            return Err(GuildError::NotAllowed(
                "not your own rank (LeaveGroup leaves)",
            ));
        }
        match (mine, theirs, rank) {
            (Rank::Leader, _, None) | (Rank::Officer, Rank::Member, None) => {
                self.remove(player);
            }
            (Rank::Leader, _, Some(Rank::Leader)) => {
                self.put_rank(by, Rank::Officer);
                self.put_rank(player, Rank::Leader);
            }
            (Rank::Leader, _, Some(rank)) => self.put_rank(player, rank),
            (Rank::Officer, _, None) => {
                return Err(GuildError::NotAllowed("an officer removes members only"));
            }
            _ => return Err(GuildError::NotAllowed("only the leader sets ranks")),
        }
        Ok(())
    }

    fn put_rank(&mut self, player: u64, rank: Rank) {
        if let Some(member) = self.members.iter_mut().find(|m| m.player == player) {
            member.rank = rank;
        }
    }

    /// The bank after `player` makes `moved`.
    ///
    /// # Errors
    /// Not a member, a withdrawal below officer, or what the bank lacks or has no room
    /// for.
    pub fn bank_after(&self, player: u64, moved: &BankMove) -> Result<Bank, GuildError> {
        let rank = self.rank_of(player).ok_or(GuildError::NotMember(player))?;
        if moved.withdraw && rank < Rank::Officer {
            return Err(GuildError::NotAllowed("officers and the leader withdraw"));
        }
        let mut bank = self.bank.clone();
        moved.bank_side(&mut bank).map_err(GuildError::Bank)?;
        Ok(bank)
    }
}

impl Snapshot for GuildRecord {
    const KIND: &'static str = GUILD_KIND;
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

    fn roster(players: &[u64]) -> GuildRecord {
        let mut guild = GuildRecord::default();
        for &player in players {
            assert!(guild.admit(player).unwrap());
        }
        guild
    }

    #[test]
    fn the_first_member_leads_and_a_leader_leaving_hands_over() {
        let mut guild = roster(&[1, 2, 3]);
        assert_eq!(guild.rank_of(1), Some(Rank::Leader));
        assert_eq!(guild.rank_of(2), Some(Rank::Member));
        assert_eq!(guild.admit(2), Ok(false), "a member joins once");
        guild.set_rank(1, 3, Some(Rank::Officer)).unwrap();
        assert!(guild.remove(1));
        assert_eq!(guild.rank_of(3), Some(Rank::Leader), "the first officer");
        assert!(guild.remove(3));
        assert_eq!(
            guild.rank_of(2),
            Some(Rank::Leader),
            "else the first member"
        );
        assert!(!guild.remove(3));
    }

    #[test]
    fn ranks_follow_the_rules() {
        let mut guild = roster(&[1, 2, 3, 4]);
        let before = guild.clone();
        assert!(matches!(
            guild.set_rank(2, 3, Some(Rank::Officer)),
            Err(GuildError::NotAllowed(_))
        ));
        assert!(matches!(
            guild.set_rank(9, 3, None),
            Err(GuildError::NotMember(9))
        ));
        assert_eq!(guild, before, "a refused change changes nothing");
        guild.set_rank(1, 2, Some(Rank::Officer)).unwrap();
        guild.set_rank(2, 4, None).unwrap();
        assert_eq!(guild.rank_of(4), None, "an officer removes a member");
        assert!(guild.set_rank(2, 1, None).is_err(), "not the leader");
        guild.set_rank(1, 3, Some(Rank::Leader)).unwrap();
        assert_eq!(
            (guild.rank_of(1), guild.rank_of(3)),
            (Some(Rank::Officer), Some(Rank::Leader))
        );
        assert!(guild.set_rank(3, 3, None).is_err(), "not oneself");
    }

    #[test]
    fn the_roster_is_bounded() {
        let mut guild = GuildRecord::default();
        for player in 0..GUILD_MEMBERS_MAX as u64 {
            guild.admit(player).unwrap();
        }
        assert_eq!(guild.admit(u64::MAX), Err(GuildError::Full));
    }

    #[test]
    fn a_bank_move_is_the_same_goods_on_both_sides() {
        let mut guild = roster(&[1, 2]);
        let mut member = Bank {
            gold: 50,
            items: vec![Stack { item: 7, count: 3 }],
        };
        let deposit = BankMove {
            withdraw: false,
            items: vec![Stack { item: 7, count: 2 }],
            gold: 20,
        };
        guild.bank = guild.bank_after(2, &deposit).unwrap();
        deposit.member_side(&mut member).unwrap();
        assert_eq!((guild.bank.gold, guild.bank.count(7)), (20, 2));
        assert_eq!((member.gold, member.count(7)), (30, 1));
        let withdraw = BankMove {
            withdraw: true,
            ..deposit
        };
        assert!(matches!(
            guild.bank_after(2, &withdraw),
            Err(GuildError::NotAllowed(_))
        ));
        guild.bank = guild.bank_after(1, &withdraw).unwrap();
        assert_eq!(guild.bank, Bank::default(), "back out whole");
        assert!(matches!(
            guild.bank_after(1, &withdraw),
            Err(GuildError::Bank(RecordError::NotEnoughItems { .. }))
        ));
    }

    #[test]
    fn a_record_round_trips_through_its_snapshot() {
        let mut guild = roster(&[5, 6]);
        guild.bank.gold = 9;
        let mut bytes = Vec::new();
        hearth_store::snapshot::encode(&guild, &mut bytes).unwrap();
        let back: GuildRecord = hearth_store::snapshot::decode(&bytes).unwrap();
        assert_eq!(back, guild);
    }
}
