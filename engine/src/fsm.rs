//! FSM trees: the third layer of the seed's Node → Process → FSM.
//!
//! A process keeps an [`Fsm`] beside its data and passes each message to
//! [`Fsm::dispatch`]. The states form a tree ([`Machine::parent`]); the *active path* runs
//! from a root down to the active leaf. An event goes to the leaf first and bubbles up
//! while a state answers [`Outcome::Unhandled`], like UML statecharts and the seed's
//! hierarchical FSMs.
//!
//! # Contract
//!
//! | event | what the `Fsm` does |
//! |---|---|
//! | [`Fsm::start`] | enters the path root → `initial` top-down (then `initial_child`ren), arming state timeouts |
//! | [`Fsm::dispatch`] | offers the event to the leaf, then each parent, until one answers `Handled` or `Goto` |
//! | `Goto(target)` | exits bottom-up to the lowest common ancestor, then enters top-down to `target` and its `initial_child`ren |
//! | `Goto` to an active state (itself or an ancestor) | external transition: that state is exited and entered again (its timeout restarts) |
//! | entering a state with a [`Machine::state_timeout`] | arms a timer on the process's shard wheel, tagged for [`Fsm::on_timer`] |
//! | exiting it | cancels that timer; a firing already queued is recognised as stale and ignored |
//! | [`Fsm::on_timer`] with a live state timer | calls [`Machine::timed_out`] for that state (which may answer `Goto`) |
//! | the shard's timer limit is reached | the state is entered without its timeout; [`Fsm::timeouts_lost`] counts it |
//!
//! Enter and exit actions cannot transition (they return nothing): a state that must
//! move on at once does so from its parent's handler or with a zero timeout. Trees are at
//! most [`FSM_DEPTH_MAX`] deep; a deeper tree is a bug in its definition and panics
//! (which ends only the process that holds it).
//!
//! The machine gets a context `C` (usually the process's [`crate::Ctx`]) in every
//! callback; `C` arms the timers through [`StateTimers`], so machines are tested without
//! a node by passing a fake clock.

use std::fmt::{self, Debug};
use std::time::Duration;

use crate::ctx::Ctx;
use crate::pid::TimerRef;
use crate::process::Process;
use crate::timer::TimerCancel;

/// Deepest state tree (root to leaf, counting both).
pub const FSM_DEPTH_MAX: usize = 16;
/// The bit that marks a `start_timer` tag as a state timer (see [`is_state_timer`]).
pub const STATE_TIMER_TAG: u64 = 1 << 63;

/// What a state answers to an event.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome<S, E> {
    /// Done; stay in the active states.
    Handled,
    /// Not for this state: offer it to the parent (the event comes back).
    Unhandled(E),
    /// Done; transition to this state.
    Goto(S),
}

/// A hierarchical state machine: its tree, its actions and its handlers.
pub trait Machine<C: ?Sized> {
    /// The states (every node of the tree, composite or leaf).
    type State: Copy + Eq + Debug;
    /// What is dispatched.
    type Event;

    /// The parent of `state`, `None` for a root.
    fn parent(state: Self::State) -> Option<Self::State>;

    /// The child a composite state enters when it is the target of a transition;
    /// `None` for a leaf (the default).
    fn initial_child(state: Self::State) -> Option<Self::State> {
        let _ = state;
        None
    }

    /// Handles `event` in `state` (the leaf first, then each parent while unhandled).
    fn handle(
        &mut self,
        state: Self::State,
        event: Self::Event,
        cx: &mut C,
    ) -> Outcome<Self::State, Self::Event>;

    /// Entry action of `state`.
    fn enter(&mut self, state: Self::State, cx: &mut C) {
        let _ = (state, cx);
    }

    /// Exit action of `state`.
    fn exit(&mut self, state: Self::State, cx: &mut C) {
        let _ = (state, cx);
    }

    /// How long `state` may stay active before [`Machine::timed_out`]; `None` (the
    /// default): no limit.
    fn state_timeout(&self, state: Self::State) -> Option<Duration> {
        let _ = state;
        None
    }

    /// `state`'s timeout expired while it was active: `Some(target)` transitions.
    fn timed_out(&mut self, state: Self::State, cx: &mut C) -> Option<Self::State> {
        let _ = (state, cx);
        None
    }
}

/// What arms state timeouts: the process's [`Ctx`], or a fake clock in tests.
pub trait StateTimers {
    /// A live timer.
    type Timer: Copy;
    /// Fires [`Fsm::on_timer`] with `tag` after `after`; `None` if no timer is left.
    fn arm(&mut self, after: Duration, tag: u64) -> Option<Self::Timer>;
    /// Cancels a timer armed by [`StateTimers::arm`].
    fn disarm(&mut self, timer: Self::Timer);
}

impl<P: Process> StateTimers for Ctx<'_, P> {
    type Timer = TimerRef;

    fn arm(&mut self, after: Duration, tag: u64) -> Option<TimerRef> {
        self.start_timer(after, tag).ok()
    }

    fn disarm(&mut self, timer: TimerRef) {
        let _: TimerCancel = self.cancel_timer(timer);
    }
}

/// Whether a [`crate::SystemMsg::Timer`] tag belongs to an [`Fsm`] (pass it to
/// [`Fsm::on_timer`]); the process's own timer tags must keep the top bit clear.
pub fn is_state_timer(tag: u64) -> bool {
    tag & STATE_TIMER_TAG != 0
}

/// What [`Fsm::dispatch`] did with an event.
#[derive(Debug, PartialEq, Eq)]
pub enum Dispatch<E> {
    /// A state handled it (maybe transitioning).
    Handled,
    /// No active state handled it: here it is back.
    Unhandled(E),
}

/// A state timeout waiting to fire.
#[derive(Clone, Copy)]
struct Armed<S, T> {
    state: S,
    timer: T,
    generation: u64,
}

/// A path of states, root first, without allocating.
#[derive(Clone, Copy)]
struct Path<S> {
    states: [Option<S>; FSM_DEPTH_MAX],
    len: usize,
}

impl<S: Copy + Eq + Debug> Path<S> {
    /// Root → `leaf`.
    fn to<M: Machine<C, State = S> + ?Sized, C: ?Sized>(leaf: S) -> Self {
        let mut up = [None; FSM_DEPTH_MAX];
        let mut len = 0;
        let mut state = Some(leaf);
        while let Some(current) = state {
            assert!(
                len < FSM_DEPTH_MAX,
                "state tree deeper than FSM_DEPTH_MAX at {leaf:?}"
            );
            up[len] = Some(current);
            len += 1;
            state = M::parent(current);
        }
        up[..len].reverse();
        Self { states: up, len }
    }

    fn get(&self, index: usize) -> S {
        self.states[index].expect("within the path")
    }

    fn iter(&self) -> impl DoubleEndedIterator<Item = S> + ExactSizeIterator + '_ {
        self.states[..self.len]
            .iter()
            .map(|state| state.expect("within the path"))
    }

    /// How many states from the root the two paths share.
    fn common(&self, other: &Self) -> usize {
        self.iter()
            .zip(other.iter())
            .take_while(|(mine, theirs)| mine == theirs)
            .count()
    }
}

/// The running state of one [`Machine`]: the active leaf and the armed state timeouts.
pub struct Fsm<S, T> {
    leaf: S,
    armed: Vec<Armed<S, T>>,
    generation: u64,
    transitions: u64,
    timeouts_lost: u64,
}

impl<S: Copy + Eq + Debug, T: Copy> Fsm<S, T> {
    /// Enters `initial` (every state from its root down, then its initial children).
    pub fn start<M, C>(machine: &mut M, initial: S, cx: &mut C) -> Self
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        let mut fsm = Self {
            leaf: initial,
            armed: Vec::new(),
            generation: 0,
            transitions: 0,
            timeouts_lost: 0,
        };
        let path = Path::to::<M, C>(initial);
        for state in path.iter() {
            fsm.enter_one(machine, state, cx);
        }
        fsm.enter_initial_children(machine, cx);
        fsm
    }

    /// The active leaf.
    pub fn leaf(&self) -> S {
        self.leaf
    }

    /// The active states, root first (for debugging and logs).
    pub fn path<M: Machine<C, State = S> + ?Sized, C: ?Sized>(&self) -> Vec<S> {
        Path::to::<M, C>(self.leaf).iter().collect()
    }

    /// Whether `state` is active (the leaf or one of its ancestors).
    pub fn is_in<M: Machine<C, State = S> + ?Sized, C: ?Sized>(&self, state: S) -> bool {
        Path::to::<M, C>(self.leaf)
            .iter()
            .any(|active| active == state)
    }

    /// Transitions taken so far.
    pub fn transitions(&self) -> u64 {
        self.transitions
    }

    /// State timeouts not armed because the shard had no timer left.
    pub fn timeouts_lost(&self) -> u64 {
        self.timeouts_lost
    }

    /// Offers `event` to the active leaf, then to each parent, until one handles it.
    pub fn dispatch<M, C>(
        &mut self,
        machine: &mut M,
        event: M::Event,
        cx: &mut C,
    ) -> Dispatch<M::Event>
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        let mut event = event;
        let mut state = Some(self.leaf);
        while let Some(current) = state {
            match machine.handle(current, event, cx) {
                Outcome::Handled => return Dispatch::Handled,
                Outcome::Goto(target) => {
                    self.goto(machine, target, cx);
                    return Dispatch::Handled;
                }
                Outcome::Unhandled(back) => event = back,
            }
            state = M::parent(current);
        }
        Dispatch::Unhandled(event)
    }

    /// Handles a [`crate::SystemMsg::Timer`] tag: `true` if it was this machine's (live
    /// or stale), `false` if it is not a state timer at all.
    pub fn on_timer<M, C>(&mut self, machine: &mut M, tag: u64, cx: &mut C) -> bool
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        if !is_state_timer(tag) {
            return false;
        }
        let generation = tag & !STATE_TIMER_TAG;
        let Some(index) = self
            .armed
            .iter()
            .position(|armed| armed.generation == generation)
        else {
            return true; // stale: its state was exited before the firing was handled
        };
        let state = self.armed.swap_remove(index).state;
        if let Some(target) = machine.timed_out(state, cx) {
            self.goto(machine, target, cx);
        }
        true
    }

    /// Transitions to `target` (see the module's contract).
    pub fn goto<M, C>(&mut self, machine: &mut M, target: S, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        let from = Path::to::<M, C>(self.leaf);
        let to = Path::to::<M, C>(target);
        // External transitions: a target on the active path is left and entered again.
        let keep = from.common(&to).min(to.len - 1);
        for state in from.iter().skip(keep).rev() {
            self.exit_one(machine, state, cx);
        }
        for index in keep..to.len {
            self.enter_one(machine, to.get(index), cx);
        }
        self.leaf = target;
        self.transitions += 1;
        self.enter_initial_children(machine, cx);
    }

    fn enter_initial_children<M, C>(&mut self, machine: &mut M, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        while let Some(child) = M::initial_child(self.leaf) {
            debug_assert_eq!(
                M::parent(child),
                Some(self.leaf),
                "initial child of {:?}",
                self.leaf
            );
            self.enter_one(machine, child, cx);
            self.leaf = child;
        }
    }

    fn enter_one<M, C>(&mut self, machine: &mut M, state: S, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        machine.enter(state, cx);
        let Some(after) = machine.state_timeout(state) else {
            return;
        };
        self.generation = (self.generation + 1) & !STATE_TIMER_TAG;
        let generation = self.generation;
        match cx.arm(after, STATE_TIMER_TAG | generation) {
            Some(timer) => self.armed.push(Armed {
                state,
                timer,
                generation,
            }),
            None => self.timeouts_lost += 1,
        }
    }

    fn exit_one<M, C>(&mut self, machine: &mut M, state: S, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        if let Some(index) = self.armed.iter().position(|armed| armed.state == state) {
            cx.disarm(self.armed.swap_remove(index).timer);
        }
        machine.exit(state, cx);
    }
}

impl<S: Debug, T> Debug for Fsm<S, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fsm")
            .field("leaf", &self.leaf)
            .field("armed", &self.armed.len())
            .field("transitions", &self.transitions)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A player-like tree:
    /// ```text
    /// Online ─┬─ Idle
    ///         ├─ Moving        (times out after 100 ms → Idle)
    ///         └─ Busy ─┬─ Trading (times out after 50 ms → Idle)
    ///                  └─ Fighting
    /// Offline
    /// ```
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    enum St {
        Online,
        Idle,
        Moving,
        Busy,
        Trading,
        Fighting,
        Offline,
    }

    #[derive(Debug, PartialEq, Eq)]
    enum Ev {
        Move,
        Stop,
        Trade,
        Fight,
        Ping,
        Logout,
        Nobody,
    }

    #[derive(Default)]
    struct Log {
        actions: Vec<String>,
        handled_by: Vec<St>,
    }

    #[derive(Default)]
    struct Clock {
        next: u64,
        armed: Vec<(u64, Duration, u64)>,
        disarmed: Vec<u64>,
        full: bool,
    }

    impl StateTimers for Clock {
        type Timer = u64;
        fn arm(&mut self, after: Duration, tag: u64) -> Option<u64> {
            if self.full {
                return None;
            }
            self.next += 1;
            self.armed.push((self.next, after, tag));
            Some(self.next)
        }
        fn disarm(&mut self, timer: u64) {
            self.disarmed.push(timer);
        }
    }

    impl Machine<Clock> for Log {
        type State = St;
        type Event = Ev;

        fn parent(state: St) -> Option<St> {
            match state {
                St::Online | St::Offline => None,
                St::Idle | St::Moving | St::Busy => Some(St::Online),
                St::Trading | St::Fighting => Some(St::Busy),
            }
        }

        fn initial_child(state: St) -> Option<St> {
            match state {
                St::Online => Some(St::Idle),
                St::Busy => Some(St::Trading),
                _ => None,
            }
        }

        fn handle(&mut self, state: St, event: Ev, _: &mut Clock) -> Outcome<St, Ev> {
            let outcome = match (state, event) {
                (St::Idle | St::Moving, Ev::Move) => Outcome::Goto(St::Moving),
                (St::Moving, Ev::Stop) => Outcome::Goto(St::Idle),
                (St::Online, Ev::Trade) => Outcome::Goto(St::Busy),
                (St::Busy, Ev::Fight) => Outcome::Goto(St::Fighting),
                (St::Online, Ev::Ping) | (St::Trading, Ev::Ping) => Outcome::Handled,
                (St::Online, Ev::Logout) => Outcome::Goto(St::Offline),
                (St::Offline, Ev::Move) => Outcome::Goto(St::Online),
                (_, event) => return Outcome::Unhandled(event),
            };
            self.handled_by.push(state);
            outcome
        }

        fn enter(&mut self, state: St, _: &mut Clock) {
            self.actions.push(format!("enter {state:?}"));
        }

        fn exit(&mut self, state: St, _: &mut Clock) {
            self.actions.push(format!("exit {state:?}"));
        }

        fn state_timeout(&self, state: St) -> Option<Duration> {
            match state {
                St::Moving => Some(Duration::from_millis(100)),
                St::Trading => Some(Duration::from_millis(50)),
                _ => None,
            }
        }

        fn timed_out(&mut self, state: St, _: &mut Clock) -> Option<St> {
            self.actions.push(format!("timeout {state:?}"));
            Some(St::Idle)
        }
    }

    fn started() -> (Log, Clock, Fsm<St, u64>) {
        let mut log = Log::default();
        let mut clock = Clock::default();
        let fsm = Fsm::start(&mut log, St::Online, &mut clock);
        (log, clock, fsm)
    }

    fn take(log: &mut Log) -> Vec<String> {
        std::mem::take(&mut log.actions)
    }

    #[test]
    fn start_enters_top_down_into_initial_children() {
        let (mut log, clock, fsm) = started();
        assert_eq!(take(&mut log), ["enter Online", "enter Idle"]);
        assert_eq!(fsm.leaf(), St::Idle);
        assert_eq!(fsm.path::<Log, Clock>(), [St::Online, St::Idle]);
        assert!(clock.armed.is_empty());
    }

    #[test]
    fn events_bubble_from_the_leaf_to_its_parents() {
        let (mut log, mut clock, mut fsm) = started();
        // Idle does not handle Ping: Online does.
        assert_eq!(
            fsm.dispatch(&mut log, Ev::Ping, &mut clock),
            Dispatch::Handled
        );
        assert_eq!(log.handled_by, [St::Online]);
        // Trading handles Ping itself; Fight bubbles from Trading to Busy.
        fsm.dispatch(&mut log, Ev::Trade, &mut clock);
        fsm.dispatch(&mut log, Ev::Ping, &mut clock);
        fsm.dispatch(&mut log, Ev::Fight, &mut clock);
        assert_eq!(
            log.handled_by,
            [St::Online, St::Online, St::Trading, St::Busy]
        );
        assert_eq!(fsm.leaf(), St::Fighting);
        // Nobody handles Nobody: it comes back, and nothing changed.
        assert_eq!(
            fsm.dispatch(&mut log, Ev::Nobody, &mut clock),
            Dispatch::Unhandled(Ev::Nobody)
        );
        assert_eq!(fsm.leaf(), St::Fighting);
    }

    #[test]
    fn transitions_exit_bottom_up_and_enter_top_down_through_the_common_ancestor() {
        let (mut log, mut clock, mut fsm) = started();
        take(&mut log);
        fsm.dispatch(&mut log, Ev::Trade, &mut clock);
        assert_eq!(take(&mut log), ["exit Idle", "enter Busy", "enter Trading"]);
        fsm.dispatch(&mut log, Ev::Fight, &mut clock);
        assert_eq!(take(&mut log), ["exit Trading", "enter Fighting"]);
        fsm.dispatch(&mut log, Ev::Logout, &mut clock);
        assert_eq!(
            take(&mut log),
            ["exit Fighting", "exit Busy", "exit Online", "enter Offline"]
        );
        assert!(fsm.is_in::<Log, Clock>(St::Offline));
        assert!(!fsm.is_in::<Log, Clock>(St::Online));
        fsm.dispatch(&mut log, Ev::Move, &mut clock);
        assert_eq!(
            take(&mut log),
            ["exit Offline", "enter Online", "enter Idle"]
        );
        assert_eq!(fsm.transitions(), 4);
    }

    #[test]
    fn a_transition_to_an_active_state_exits_and_enters_it_again() {
        let (mut log, mut clock, mut fsm) = started();
        fsm.dispatch(&mut log, Ev::Move, &mut clock);
        take(&mut log);
        fsm.dispatch(&mut log, Ev::Move, &mut clock); // Moving → Moving
        assert_eq!(take(&mut log), ["exit Moving", "enter Moving"]);
        // Its timeout restarted: the first was cancelled, a second armed.
        assert_eq!(clock.armed.len(), 2);
        assert_eq!(clock.disarmed, [clock.armed[0].0]);
    }

    #[test]
    fn state_timeouts_fire_only_while_their_state_is_active() {
        let (mut log, mut clock, mut fsm) = started();
        fsm.dispatch(&mut log, Ev::Move, &mut clock);
        let (_, after, tag) = clock.armed[0];
        assert_eq!(after, Duration::from_millis(100));
        assert!(is_state_timer(tag));
        take(&mut log);
        assert!(fsm.on_timer(&mut log, tag, &mut clock));
        assert_eq!(
            take(&mut log),
            ["timeout Moving", "exit Moving", "enter Idle"]
        );
        // The same firing again is stale: nothing happens.
        assert!(fsm.on_timer(&mut log, tag, &mut clock));
        assert!(take(&mut log).is_empty());

        // A state left before its timer fires: the timer is cancelled, and a firing
        // that was already queued is ignored.
        fsm.dispatch(&mut log, Ev::Trade, &mut clock);
        let (trading_timer, _, trading_tag) = clock.armed[1];
        fsm.dispatch(&mut log, Ev::Fight, &mut clock);
        assert!(clock.disarmed.contains(&trading_timer));
        take(&mut log);
        assert!(fsm.on_timer(&mut log, trading_tag, &mut clock));
        assert!(take(&mut log).is_empty());
        assert_eq!(fsm.leaf(), St::Fighting);
        // Tags of the process's own timers are not the machine's.
        assert!(!fsm.on_timer(&mut log, 7, &mut clock));
    }

    #[test]
    fn a_full_timer_wheel_is_counted_not_hidden() {
        let (mut log, mut clock, mut fsm) = started();
        clock.full = true;
        fsm.dispatch(&mut log, Ev::Move, &mut clock);
        assert_eq!(fsm.leaf(), St::Moving);
        assert_eq!(fsm.timeouts_lost(), 1);
    }

    /// Random events and timer firings (live and stale) against a model of the active
    /// path and the armed timeouts; the seed is in every failure message.
    #[test]
    fn random_sequences_match_the_model() {
        const SEQUENCES: u64 = 2_000;
        const STEPS: usize = 40;
        const EVENTS: [fn() -> Ev; 6] = [
            || Ev::Move,
            || Ev::Stop,
            || Ev::Trade,
            || Ev::Fight,
            || Ev::Ping,
            || Ev::Logout,
        ];
        for seed in 0..SEQUENCES {
            let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            let mut next = move || {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                rng
            };
            let (mut log, mut clock, mut fsm) = started();
            let mut model: Vec<(St, u64)> = Vec::new();
            for step in 0..STEPS {
                let at = format!("seed {seed} step {step}");
                let before = fsm.path::<Log, Clock>();
                let arms_before = clock.armed.len();
                take(&mut log);
                match next() % 8 {
                    pick @ 0..=5 => {
                        fsm.dispatch(&mut log, EVENTS[pick as usize](), &mut clock);
                    }
                    6 if !model.is_empty() => {
                        let (_, tag) = model.remove((next() % model.len() as u64) as usize);
                        assert!(fsm.on_timer(&mut log, tag, &mut clock), "{at}");
                    }
                    _ if !clock.armed.is_empty() => {
                        // Any tag ever armed: live ones fire, stale ones do nothing.
                        let (_, _, tag) = clock.armed[(next() % clock.armed.len() as u64) as usize];
                        if let Some(index) = model.iter().position(|(_, live)| *live == tag) {
                            model.remove(index);
                        }
                        assert!(fsm.on_timer(&mut log, tag, &mut clock), "{at}");
                    }
                    _ => {}
                }
                let after = fsm.path::<Log, Clock>();
                let actions = take(&mut log);
                let exits: Vec<&String> =
                    actions.iter().filter(|a| a.starts_with("exit")).collect();
                let enters: Vec<&String> =
                    actions.iter().filter(|a| a.starts_with("enter")).collect();
                // Exits are the old path's tail bottom-up; enters the new one's top-down.
                let kept = before.len() - exits.len();
                assert_eq!(before[..kept], after[..kept], "{at}");
                assert_eq!(kept + enters.len(), after.len(), "{at}");
                for (exit, state) in exits.iter().zip(before[kept..].iter().rev()) {
                    assert_eq!(**exit, format!("exit {state:?}"), "{at}");
                }
                for (enter, state) in enters.iter().zip(after[kept..].iter()) {
                    assert_eq!(**enter, format!("enter {state:?}"), "{at}");
                }
                // The model's timeouts: exited states lose theirs, entered ones arm anew.
                model.retain(|(state, _)| !before[kept..].contains(state));
                let timed: Vec<St> = after[kept..]
                    .iter()
                    .copied()
                    .filter(|state| log.state_timeout(*state).is_some())
                    .collect();
                let fresh = &clock.armed[arms_before..];
                assert_eq!(fresh.len(), timed.len(), "{at}");
                model.extend(
                    timed
                        .iter()
                        .zip(fresh)
                        .map(|(state, (_, _, tag))| (*state, *tag)),
                );
                let mut live: Vec<(u8, u64)> = fsm
                    .armed
                    .iter()
                    .map(|armed| (armed.state as u8, STATE_TIMER_TAG | armed.generation))
                    .collect();
                let mut expected: Vec<(u8, u64)> = model
                    .iter()
                    .map(|(state, tag)| (*state as u8, *tag))
                    .collect();
                live.sort_unstable();
                expected.sort_unstable();
                assert_eq!(live, expected, "{at}");
                assert!(model.iter().all(|(state, _)| after.contains(state)), "{at}");
            }
        }
    }
}
