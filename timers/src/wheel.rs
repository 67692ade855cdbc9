//! The hierarchical timing wheel.
//!
//! # Layout
//! [`LEVELS`] levels of [`SLOTS_PER_LEVEL`] slots. A slot of level `k` spans `64^k` ticks, so
//! level 0 resolves single ticks and each level is 64 times coarser than the one below.
//! A level has 128 slots, *two* rotations of 64: the current rotation and the next one.
//! That spare rotation is what lets the wheel move ("drain") a coarse slot into the finer
//! level one full coarse period *before* any of its timers can be due, a little at a time,
//! instead of all at once at the moment the slot comes due.
//!
//! # Placement rule
//! With `e` the wheel's elapsed tick and `q_k(t) = t >> (6 * k)`, a timer with deadline
//! `d > e` lives at the lowest level `k` with `q_k(d) - q_k(e) < 128`, in slot
//! `q_k(d) mod 128`. A deadline `d <= e` goes on the due list and fires at the next poll.
//! Deadlines beyond the horizon (`q_5(d) - q_5(e) >= 128`, about 4.35 years at 1 ms per
//! tick) park in the farthest top slot and are placed again when it drains, so they never
//! fire early however far away they are.
//!
//! # Events
//! Everything the wheel does happens at an *event*:
//! - *fire*: the level-0 slot of tick `t` comes due at `t`; its timers are handed out;
//! - *drain*: the level-`k` slot `q` (k ≥ 1) may be redistributed once `q_k(e) >= q - 1`,
//!   and must be before `q_k(e)` reaches `q`. The wheel drains it from `(q - 1) << (6 * k)`
//!   on, a whole slot period ahead of its first possible deadline `q << (6 * k)`.
//!
//! Fires due by `now` go first, as long as they are earlier than the first possible
//! deadline still held in a coarse slot; drains use the rest of the budget. So a big
//! coarse slot is drained in the background over its slot period and never delays the
//! timers that are due meanwhile.
//!
//! # Bounded work
//! [`Wheel::poll_expired`] moves or fires at most `work_max` timers per call and reports
//! [`Progress::BudgetExhausted`] if it had to stop early. The elapsed tick then stays at the
//! unfinished event, so nothing is skipped, nothing fires early, and the next call resumes
//! exactly there. [`Wheel::next_deadline`] includes drain events, so an owner that sleeps
//! until it wakes up in time to do the draining ahead of the deadlines.
//!
//! # Invariants
//! - Level-0 timers have deadlines in `(e, e + 128)`, except while a fire event is
//!   unfinished (then also `== e`).
//! - A level-`k` timer (k ≥ 1) sits in a slot `q` with `q_k(e) <= q < q_k(e) + 128`, and
//!   `q >= q_k(e) + 2` when it was placed.
//! - `e` never decreases and never passes the first possible deadline of a coarse slot
//!   that is not drained yet, nor a fire that is not done.

use crate::lists::{LIST_DUE, Lists, list_id};
use crate::nodes::{NODES_MAX, Nodes};
use crate::{Full, LEVEL_SHIFT_BITS, LEVELS, LIVE_TIMERS_MAX_DEFAULT, SLOTS_PER_LEVEL, Stale};

/// What a timer is known by: an arena index plus the generation it was given.
///
/// A handle is `Copy` and cheap; once its timer has fired or been cancelled the handle is
/// stale forever (the generation moved on), so it can never cancel some later timer that
/// happens to reuse the slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimerHandle {
    pub(crate) index: u32,
    pub(crate) generation: u32,
}

impl TimerHandle {
    /// Packs the handle into a `u64` (for carrying it inside another id).
    pub fn to_bits(self) -> u64 {
        (u64::from(self.generation) << 32) | u64::from(self.index)
    }

    /// Rebuilds a handle from [`TimerHandle::to_bits`]. A forged value is harmless: at
    /// worst it names no live timer.
    pub fn from_bits(bits: u64) -> Self {
        Self {
            index: bits as u32,
            generation: (bits >> 32) as u32,
        }
    }
}

/// At most `work_max / DRAIN_SHARE` timers are moved between levels per poll: a coarse
/// slot has a whole slot period to be drained, so its work is spread thin and a poll
/// stays short for the fires that share the shard's turn.
const DRAIN_SHARE: usize = 8;

/// The wheel's next work (see [`Wheel::pending`]).
struct Pending {
    fire: Option<(u64, u16)>,
    drain: Option<(u64, u16)>,
    coarse_start: u64,
}

/// Whether [`Wheel::poll_expired`] caught up with `now`.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Every timer due at or before `now` has been handed out.
    CaughtUp,
    /// The work budget ran out first; call again (the wheel resumes where it stopped).
    BudgetExhausted,
}

/// A hierarchical timing wheel holding payloads of type `T`.
///
/// Single-threaded, no I/O, no clock: the owner passes the current tick. Ticks are plain
/// `u64` counts (the engine uses milliseconds since its shard started).
pub struct Wheel<T> {
    nodes: Nodes<T>,
    lists: Lists,
    elapsed: u64,
    live_max: usize,
}

impl<T> std::fmt::Debug for Wheel<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wheel")
            .field("len", &self.len())
            .field("elapsed", &self.elapsed)
            .field("live_max", &self.live_max)
            .finish()
    }
}

impl<T> Wheel<T> {
    /// An empty wheel whose clock starts at tick `start`, with the default live limit
    /// [`LIVE_TIMERS_MAX_DEFAULT`].
    pub fn new(start: u64) -> Self {
        Self::with_live_max(start, LIVE_TIMERS_MAX_DEFAULT)
    }

    /// An empty wheel that refuses to hold more than `live_max` timers at once.
    ///
    /// # Panics
    /// If `live_max` is zero or above the arena's index space (about four billion).
    pub fn with_live_max(start: u64, live_max: usize) -> Self {
        assert!(live_max > 0, "a wheel must be able to hold a timer");
        assert!(
            live_max <= NODES_MAX,
            "live_max above the arena index space"
        );
        Self {
            nodes: Nodes::new(),
            lists: Lists::new(),
            elapsed: start,
            live_max,
        }
    }

    /// Number of live (scheduled, not yet fired or cancelled) timers.
    pub fn len(&self) -> usize {
        self.nodes.live()
    }

    /// Whether no timer is live.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The most timers this wheel holds at once.
    pub fn live_max(&self) -> usize {
        self.live_max
    }

    /// The tick up to which the wheel has processed time.
    pub fn elapsed(&self) -> u64 {
        self.elapsed
    }

    /// Creates node storage for `total` timers now (capped at `live_max`), so that inserts
    /// up to that many live timers touch no fresh memory: a shard can pay its page faults
    /// at start-up instead of in the middle of a burst.
    pub fn reserve(&mut self, total: usize) {
        self.nodes.reserve(total.min(self.live_max));
    }

    /// Bytes the wheel has reserved for timer nodes (its slot tables are a fixed ~3 KiB).
    pub fn bytes_reserved(&self) -> usize {
        self.nodes.bytes_reserved()
    }

    /// Schedules `payload` for `deadline`. A deadline at or before the elapsed tick fires
    /// at the next poll.
    ///
    /// # Errors
    /// [`Full`] with the payload handed back when `live_max` timers are already live.
    pub fn insert(&mut self, deadline: u64, payload: T) -> Result<TimerHandle, Full<T>> {
        if self.len() >= self.live_max {
            return Err(Full(payload));
        }
        let handle = self.nodes.alloc(deadline, payload);
        let list = self.list_for(deadline);
        self.lists.push(&mut self.nodes, list, handle.index);
        Ok(handle)
    }

    /// Like [`Wheel::insert`], but the payload is built knowing its own handle (so a
    /// timer can name itself when it fires).
    ///
    /// # Errors
    /// [`Full`] with `make` handed back (not called) at the live limit.
    pub fn insert_with<F: FnOnce(TimerHandle) -> T>(
        &mut self,
        deadline: u64,
        make: F,
    ) -> Result<TimerHandle, Full<F>> {
        if self.len() >= self.live_max {
            return Err(Full(make));
        }
        let expected = self.nodes.peek_next();
        let handle = self.nodes.alloc(deadline, make(expected));
        debug_assert_eq!(handle, expected, "peek_next must predict alloc");
        let list = self.list_for(deadline);
        self.lists.push(&mut self.nodes, list, handle.index);
        Ok(handle)
    }

    /// Cancels a live timer and hands its payload back; `None` if the handle is stale
    /// (the timer fired, was cancelled, or never existed here).
    pub fn cancel(&mut self, handle: TimerHandle) -> Option<T> {
        let index = self.nodes.resolve(handle)?;
        self.lists.unlink(&mut self.nodes, index);
        Some(self.nodes.release(index))
    }

    /// Moves a live timer to a new deadline, keeping its handle.
    ///
    /// # Errors
    /// [`Stale`] if the handle names no live timer.
    pub fn reschedule(&mut self, handle: TimerHandle, deadline: u64) -> Result<(), Stale> {
        let index = self.nodes.resolve(handle).ok_or(Stale)?;
        self.lists.unlink(&mut self.nodes, index);
        self.nodes.get_mut(index).deadline = deadline;
        let list = self.list_for(deadline);
        self.lists.push(&mut self.nodes, list, index);
        Ok(())
    }

    /// The deadline of a live timer.
    pub fn deadline(&self, handle: TimerHandle) -> Option<u64> {
        let index = self.nodes.resolve(handle)?;
        Some(self.nodes.get(index).deadline)
    }

    /// The payload of a live timer.
    pub fn get(&self, handle: TimerHandle) -> Option<&T> {
        let index = self.nodes.resolve(handle)?;
        Some(self.nodes.payload(index))
    }

    /// The earliest tick at which [`Wheel::poll_expired`] has work: a timer comes due, or
    /// a coarse slot must be drained ahead of its deadlines. Never later than the earliest
    /// live deadline, so an owner may sleep until then. `None` when the wheel is empty.
    pub fn next_deadline(&self) -> Option<u64> {
        let pending = self.pending();
        let fire = pending.fire.map(|(tick, _)| tick);
        let drain = pending.drain.map(|(tick, _)| tick);
        fire.into_iter().chain(drain).min()
    }

    /// Advances the wheel to `now`, appending the payload of every timer due at or before
    /// `now` to `expired`. Timers that were already overdue when inserted or rescheduled
    /// come first, in unspecified order; the rest follow in deadline order, equal deadlines
    /// in unspecified order.
    ///
    /// At most `work_max` timers are fired or moved between levels per call, of which at
    /// most an eighth are moves. If the budget runs out, returns
    /// [`Progress::BudgetExhausted`] and the next call resumes; no timer is ever handed
    /// out before its deadline.
    pub fn poll_expired(&mut self, now: u64, work_max: usize, expired: &mut Vec<T>) -> Progress {
        let mut work = 0;
        let mut drain_budget = work_max.div_ceil(DRAIN_SHARE);
        while let Some((tick, list)) = self.next_step(now) {
            let fire = is_fire_list(list);
            if work >= work_max || (!fire && drain_budget == 0) {
                return Progress::BudgetExhausted;
            }
            debug_assert!(
                tick >= self.elapsed || list == LIST_DUE,
                "step behind the clock"
            );
            self.elapsed = self.elapsed.max(tick);
            let budget = work_max - work;
            work += if fire {
                self.fire(list, budget, expired)
            } else {
                let moved = self.drain(list, budget.min(drain_budget));
                drain_budget -= moved;
                moved
            };
        }
        self.elapsed = self.elapsed.max(now);
        Progress::CaughtUp
    }

    /// What to do next, if anything is due by `now`: a fire, unless a coarse slot whose
    /// timers could be due as early must be drained first; otherwise a due drain. Fires
    /// go first so that draining a big coarse slot (work spread ahead of its deadlines)
    /// never delays timers that are due now.
    fn next_step(&self, now: u64) -> Option<(u64, u16)> {
        let pending = self.pending();
        let fire = pending
            .fire
            .filter(|&(tick, _)| tick <= now && tick < pending.coarse_start);
        fire.or_else(|| pending.drain.filter(|&(tick, _)| tick <= now))
    }

    /// The list a timer with `deadline` belongs on, given the current elapsed tick.
    fn list_for(&self, deadline: u64) -> u16 {
        let elapsed = self.elapsed;
        if deadline <= elapsed {
            return LIST_DUE;
        }
        for level in 0..LEVELS {
            let shift = LEVEL_SHIFT_BITS * level as u32;
            let slot_of_deadline = deadline >> shift;
            if slot_of_deadline - (elapsed >> shift) < SLOTS_PER_LEVEL as u64 {
                return list_id(level, slot_index(slot_of_deadline));
            }
        }
        // Beyond the horizon: park in the farthest top slot; it is re-placed when drained.
        let top = LEVELS - 1;
        let current = elapsed >> (LEVEL_SHIFT_BITS * top as u32);
        list_id(top, slot_index(current + SLOTS_PER_LEVEL as u64 - 1))
    }

    /// The earliest fire, the earliest drain, and the earliest tick at which a timer
    /// still in a coarse slot could be due.
    fn pending(&self) -> Pending {
        let fire = if self.lists.head(LIST_DUE) != crate::nodes::NIL {
            Some((self.elapsed, LIST_DUE))
        } else {
            self.earliest_slot(0)
        };
        let mut pending = Pending {
            fire,
            drain: None,
            coarse_start: u64::MAX,
        };
        for level in 1..LEVELS {
            let Some((slot, list)) = self.earliest_slot(level) else {
                continue;
            };
            let shift = LEVEL_SHIFT_BITS * level as u32;
            pending.coarse_start = pending.coarse_start.min(slot << shift);
            let tick = (slot.saturating_sub(1) << shift).max(self.elapsed);
            if pending.drain.is_none_or(|(earliest, _)| tick < earliest) {
                pending.drain = Some((tick, list));
            }
        }
        pending
    }

    /// The first occupied slot of `level` from the elapsed tick on: `(absolute slot, list)`.
    fn earliest_slot(&self, level: usize) -> Option<(u64, u16)> {
        let occupied = self.lists.occupied(level);
        if occupied == 0 {
            return None;
        }
        let current = self.elapsed >> (LEVEL_SHIFT_BITS * level as u32);
        let position = current as u32 % SLOTS_PER_LEVEL as u32;
        let offset = u64::from(occupied.rotate_right(position).trailing_zeros());
        let slot = current + offset;
        Some((slot, list_id(level, slot_index(slot))))
    }

    /// Hands out up to `budget` timers of a due list; returns how many.
    fn fire(&mut self, list: u16, budget: usize, expired: &mut Vec<T>) -> usize {
        let mut fired = 0;
        while fired < budget {
            let Some(index) = self.lists.pop(&mut self.nodes, list) else {
                break;
            };
            debug_assert!(
                self.nodes.get(index).deadline <= self.elapsed,
                "fired early"
            );
            expired.push(self.nodes.release(index));
            fired += 1;
        }
        fired
    }

    /// Re-places up to `budget` timers of a coarse slot; returns how many.
    fn drain(&mut self, list: u16, budget: usize) -> usize {
        let mut moved = 0;
        while moved < budget {
            let Some(index) = self.lists.pop(&mut self.nodes, list) else {
                break;
            };
            let target = self.list_for(self.nodes.get(index).deadline);
            debug_assert_ne!(target, list, "a drained timer went back to its own slot");
            self.lists.push(&mut self.nodes, target, index);
            moved += 1;
        }
        moved
    }
}

fn slot_index(slot: u64) -> usize {
    (slot % SLOTS_PER_LEVEL as u64) as usize
}

fn is_fire_list(list: u16) -> bool {
    list == LIST_DUE || (list as usize) < SLOTS_PER_LEVEL
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::HORIZON_TICKS;

    fn poll_all(wheel: &mut Wheel<u64>, now: u64) -> Vec<u64> {
        let mut expired = Vec::new();
        assert_eq!(
            wheel.poll_expired(now, usize::MAX, &mut expired),
            Progress::CaughtUp
        );
        expired
    }

    #[test]
    fn a_past_deadline_fires_at_the_next_poll() {
        let mut wheel = Wheel::new(1_000);
        wheel.insert(10, 1).unwrap();
        wheel.insert(1_000, 2).unwrap();
        assert_eq!(wheel.next_deadline(), Some(1_000));
        let mut fired = poll_all(&mut wheel, 1_000);
        fired.sort_unstable();
        assert_eq!(fired, [1, 2]);
    }

    #[test]
    fn deadlines_on_every_level_boundary_fire_exactly_on_time() {
        for start in [0, 1, 63, 64, 4_095, 262_143, 1 << 30] {
            for level in 0..LEVELS as u32 {
                let width = 1u64 << (6 * level);
                for deadline in [width - 1, width, width + 1, 128 * width, 128 * width - 1] {
                    let deadline = start + deadline.max(1);
                    let mut wheel = Wheel::new(start);
                    let handle = wheel.insert(deadline, deadline).unwrap();
                    assert!(
                        poll_all(&mut wheel, deadline - 1).is_empty(),
                        "early at {deadline}"
                    );
                    assert_eq!(wheel.deadline(handle), Some(deadline));
                    assert_eq!(
                        poll_all(&mut wheel, deadline),
                        [deadline],
                        "late at {deadline}"
                    );
                }
            }
        }
    }

    #[test]
    fn deadlines_beyond_the_horizon_never_fire_early() {
        let mut wheel = Wheel::new(5);
        let far = 5 + 3 * HORIZON_TICKS + 12_345;
        wheel.insert(far, far).unwrap();
        let mut now = 5;
        while now < far - 1 {
            now = wheel
                .next_deadline()
                .expect("still live")
                .min(far - 1)
                .max(now + 1);
            assert!(poll_all(&mut wheel, now).is_empty(), "fired early at {now}");
        }
        assert_eq!(poll_all(&mut wheel, far), [far]);
    }

    #[test]
    fn stale_handles_never_touch_a_later_timer() {
        let mut wheel = Wheel::new(0);
        let first = wheel.insert(10, 1).unwrap();
        assert_eq!(wheel.cancel(first), Some(1));
        let second = wheel.insert(20, 2).unwrap();
        assert_eq!(first.index, second.index, "the node is reused");
        assert_eq!(wheel.cancel(first), None);
        assert_eq!(wheel.reschedule(first, 5), Err(Stale));
        assert_eq!(poll_all(&mut wheel, 20), [2]);
        assert_eq!(wheel.cancel(second), None, "cancel after fire");
        assert_eq!(wheel.get(second), None);
    }

    #[test]
    fn the_live_limit_hands_the_payload_back() {
        let mut wheel = Wheel::with_live_max(0, 2);
        let first = wheel.insert(10, 1).unwrap();
        wheel.insert(10, 2).unwrap();
        assert_eq!(wheel.insert(10, 3), Err(Full(3)));
        wheel.cancel(first);
        assert!(wheel.insert(10, 3).is_ok());
    }

    #[test]
    fn an_exhausted_budget_resumes_where_it_stopped() {
        let mut wheel = Wheel::new(0);
        for payload in 0..10 {
            wheel.insert(5, payload).unwrap();
        }
        let mut expired = Vec::new();
        let mut calls = 0;
        while wheel.poll_expired(5, 3, &mut expired) == Progress::BudgetExhausted {
            calls += 1;
            assert!(expired.len() <= 3 * calls);
        }
        expired.sort_unstable();
        assert_eq!(expired, (0..10).collect::<Vec<_>>());
    }

    #[test]
    fn next_deadline_wakes_the_owner_in_time_to_drain() {
        let mut wheel = Wheel::new(0);
        wheel.insert(100_000, 7).unwrap();
        let mut wakes = 0;
        while let Some(next) = wheel.next_deadline() {
            assert!(next <= 100_000);
            let fired = poll_all(&mut wheel, next);
            wakes += 1;
            if !fired.is_empty() {
                assert_eq!((fired.as_slice(), next), (&[7][..], 100_000));
            }
        }
        assert!(wakes > 1, "a level-2 timer is drained before it fires");
    }

    #[test]
    fn insert_with_gives_the_payload_its_own_handle() {
        let mut wheel = Wheel::with_live_max(0, 2);
        let handle = wheel.insert_with(5, |own| own.to_bits()).unwrap();
        assert_eq!(wheel.get(handle), Some(&handle.to_bits()));
        wheel.cancel(handle);
        let reused = wheel.insert_with(5, |own| own.to_bits()).unwrap();
        assert_eq!(wheel.get(reused), Some(&reused.to_bits()));
        wheel.insert(1, 0).unwrap();
        assert!(wheel.insert_with(5, |own| own.to_bits()).is_err());
    }

    #[test]
    fn reschedule_into_the_past_fires_at_the_next_poll() {
        let mut wheel = Wheel::new(50);
        let handle = wheel.insert(10_000, 1).unwrap();
        wheel.reschedule(handle, 3).unwrap();
        assert_eq!(poll_all(&mut wheel, 50), [1]);
    }

    #[test]
    fn payloads_are_dropped_exactly_once() {
        let token = Rc::new(());
        let mut wheel = Wheel::new(0);
        let cancelled = wheel.insert(5, Rc::clone(&token)).unwrap();
        wheel.insert(6, Rc::clone(&token)).unwrap();
        wheel.insert(1 << 40, Rc::clone(&token)).unwrap();
        drop(wheel.cancel(cancelled));
        let mut expired = Vec::new();
        assert_eq!(wheel.poll_expired(6, 16, &mut expired), Progress::CaughtUp);
        drop(expired);
        assert_eq!(Rc::strong_count(&token), 2, "one timer still live");
        drop(wheel);
        assert_eq!(Rc::strong_count(&token), 1);
    }

    #[test]
    fn reserve_creates_nodes_handed_out_in_order() {
        let mut wheel = Wheel::with_live_max(0, 100);
        wheel.reserve(1_000);
        let first = wheel.insert(1, 0).unwrap();
        let second = wheel.insert(1, 0).unwrap();
        assert_eq!((first.index, second.index), (0, 1));
        assert!(wheel.bytes_reserved() > 0);
    }
}
