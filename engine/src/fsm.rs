//! FSM trees: the third layer of the seed's Node → Process → FSM.
//!
//! A process keeps an [`Fsm`] beside its data and passes each message to
//! [`Fsm::dispatch`]. The states form a tree ([`Machine::parent`]); the *active path* runs
//! from a root down to the active leaf. An event goes to the leaf first and bubbles up
//! while a state answers [`Outcome::Unhandled`], like UML statecharts and the seed's
//! hierarchical FSMs.
//!
//! States are values that may carry data (a trade in progress, the battle a player is
//! in): the data lives exactly while its state is active. Each state has a [`Machine::Key`]
//! — its place in the tree, without data — by which the tree is walked and transitions are
//! planned. A handler gets its state `&mut` (it may change the data); an exit action gets
//! it by value (the data ends there). Machines whose states carry no data use one `Copy`
//! type for both (`key` is `*state`, `ancestor` is the key itself).
//!
//! # Contract
//!
//! | event | what the `Fsm` does |
//! |---|---|
//! | [`Fsm::start`] | enters the path root → `initial` top-down (ancestors built by [`Machine::ancestor`], then `initial_child`ren), arming state timeouts |
//! | [`Fsm::dispatch`] | offers the event to the leaf, then each parent, until one answers `Handled` or `Goto` |
//! | `Goto(target)` | exits bottom-up to the lowest common ancestor (by key), then enters top-down to `target` (ancestors built by `ancestor`) and its `initial_child`ren |
//! | `Goto` to an active state (itself or an ancestor, by key) | external transition: that state is exited and entered again with the target's value (its timeout restarts) |
//! | entering a state with a [`Machine::state_timeout`] | arms a timer on the process's shard wheel, tagged for [`Fsm::on_timer`] |
//! | exiting it | cancels that timer; a firing already queued is recognised as stale and ignored |
//! | [`Fsm::on_timer`] with a live state timer | calls [`Machine::timed_out`] for that state (which may answer a target) |
//! | the shard's timer limit is reached | the state is entered without its timeout; [`Fsm::timeouts_lost`] counts it |
//! | [`Fsm::stop`] | exits every active state bottom-up (exit actions run, timeouts cancelled) |
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
    /// The states (every node of the tree, composite or leaf), with their data.
    type State: Debug;
    /// A state's place in the tree, without its data.
    type Key: Copy + Eq + Debug;
    /// What is dispatched.
    type Event;

    /// The key of `state`.
    fn key(state: &Self::State) -> Self::Key;

    /// The parent of the state with `key`, `None` for a root.
    fn parent(key: Self::Key) -> Option<Self::Key>;

    /// The value a state with `key` takes when a transition enters it on the way to a
    /// descendant (composite states usually carry no data; one that does starts it here).
    fn ancestor(key: Self::Key) -> Self::State;

    /// The child a composite state enters when it is the target of a transition;
    /// `None` for a leaf (the default).
    fn initial_child(state: &Self::State) -> Option<Self::State> {
        let _ = state;
        None
    }

    /// Handles `event` in `state` (the leaf first, then each parent while unhandled).
    fn handle(
        &mut self,
        state: &mut Self::State,
        event: Self::Event,
        cx: &mut C,
    ) -> Outcome<Self::State, Self::Event>;

    /// Entry action of `state`.
    fn enter(&mut self, state: &mut Self::State, cx: &mut C) {
        let _ = (state, cx);
    }

    /// Exit action of `state`; its data ends here.
    fn exit(&mut self, state: Self::State, cx: &mut C) {
        let _ = (state, cx);
    }

    /// How long `state` may stay active before [`Machine::timed_out`]; `None` (the
    /// default): no limit.
    fn state_timeout(&self, state: &Self::State) -> Option<Duration> {
        let _ = state;
        None
    }

    /// `state`'s timeout expired while it was active: `Some(target)` transitions.
    fn timed_out(&mut self, state: &mut Self::State, cx: &mut C) -> Option<Self::State> {
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

/// A state timeout waiting to fire: the state at `depth` on the active path.
#[derive(Clone, Copy)]
struct Armed<T> {
    depth: usize,
    timer: T,
    generation: u64,
}

/// The keys root → `leaf`.
fn keys_to<M: Machine<C> + ?Sized, C: ?Sized>(leaf: M::Key) -> Vec<M::Key> {
    let mut keys = Vec::with_capacity(FSM_DEPTH_MAX);
    let mut key = Some(leaf);
    while let Some(current) = key {
        assert!(
            keys.len() < FSM_DEPTH_MAX,
            "state tree deeper than FSM_DEPTH_MAX at {leaf:?}"
        );
        keys.push(current);
        key = M::parent(current);
    }
    keys.reverse();
    keys
}

/// The running state of one [`Machine`]: the active states (root first, with their data)
/// and the armed state timeouts.
pub struct Fsm<S, T> {
    /// The active path, root first; never empty.
    path: Vec<S>,
    armed: Vec<Armed<T>>,
    generation: u64,
    transitions: u64,
    timeouts_lost: u64,
}

impl<S: Debug, T: Copy> Fsm<S, T> {
    /// Enters `initial` (every state from its root down, then its initial children).
    pub fn start<M, C>(machine: &mut M, initial: S, cx: &mut C) -> Self
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        let mut fsm = Self {
            path: Vec::with_capacity(FSM_DEPTH_MAX),
            armed: Vec::new(),
            generation: 0,
            transitions: 0,
            timeouts_lost: 0,
        };
        let keys = keys_to::<M, C>(M::key(&initial));
        for &key in &keys[..keys.len() - 1] {
            fsm.enter_one(machine, M::ancestor(key), cx);
        }
        fsm.enter_one(machine, initial, cx);
        fsm.enter_initial_children(machine, cx);
        fsm
    }

    /// The active leaf.
    pub fn leaf(&self) -> &S {
        self.path.last().expect("the active path is never empty")
    }

    /// The active states, root first (for debugging, logs, and reading their data).
    pub fn active(&self) -> &[S] {
        &self.path
    }

    /// The keys of the active states, root first (for debugging and logs).
    pub fn path<M: Machine<C, State = S> + ?Sized, C: ?Sized>(&self) -> Vec<M::Key> {
        self.path.iter().map(M::key).collect()
    }

    /// The active state with `key`, if any (to read its data outside a handler).
    pub fn state<M: Machine<C, State = S> + ?Sized, C: ?Sized>(&self, key: M::Key) -> Option<&S> {
        self.path.iter().find(|state| M::key(state) == key)
    }

    /// The active state with `key`, mutably, if any.
    pub fn state_mut<M: Machine<C, State = S> + ?Sized, C: ?Sized>(
        &mut self,
        key: M::Key,
    ) -> Option<&mut S> {
        self.path.iter_mut().find(|state| M::key(state) == key)
    }

    /// Whether the state with `key` is active (the leaf or one of its ancestors).
    pub fn is_in<M: Machine<C, State = S> + ?Sized, C: ?Sized>(&self, key: M::Key) -> bool {
        self.state::<M, C>(key).is_some()
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
        for depth in (0..self.path.len()).rev() {
            match machine.handle(&mut self.path[depth], event, cx) {
                Outcome::Handled => return Dispatch::Handled,
                Outcome::Goto(target) => {
                    self.goto(machine, target, cx);
                    return Dispatch::Handled;
                }
                Outcome::Unhandled(back) => event = back,
            }
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
        let depth = self.armed.swap_remove(index).depth;
        debug_assert!(depth < self.path.len(), "a live timer's state is active");
        if let Some(target) = machine.timed_out(&mut self.path[depth], cx) {
            self.goto(machine, target, cx);
        }
        true
    }

    /// Ends the machine: exits every active state, the leaf first (their exit actions
    /// run, their timeouts are cancelled). For a process that stops while in some state.
    pub fn stop<M, C>(mut self, machine: &mut M, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        while !self.path.is_empty() {
            self.exit_one(machine, cx);
        }
    }

    /// Transitions to `target` (see the module's contract).
    pub fn goto<M, C>(&mut self, machine: &mut M, target: S, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        let to = keys_to::<M, C>(M::key(&target));
        let common = self
            .path
            .iter()
            .zip(&to)
            .take_while(|(active, key)| M::key(active) == **key)
            .count();
        // External transitions: a target on the active path is left and entered again.
        let keep = common.min(to.len() - 1);
        while self.path.len() > keep {
            self.exit_one(machine, cx);
        }
        for &key in &to[keep..to.len() - 1] {
            self.enter_one(machine, M::ancestor(key), cx);
        }
        self.enter_one(machine, target, cx);
        self.transitions += 1;
        self.enter_initial_children(machine, cx);
    }

    fn enter_initial_children<M, C>(&mut self, machine: &mut M, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        while let Some(child) = M::initial_child(self.leaf()) {
            debug_assert_eq!(
                M::parent(M::key(&child)),
                Some(M::key(self.leaf())),
                "initial child of {:?}",
                self.leaf()
            );
            self.enter_one(machine, child, cx);
        }
    }

    /// Enters `state` below the active path and makes it the leaf.
    fn enter_one<M, C>(&mut self, machine: &mut M, mut state: S, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        assert!(
            self.path.len() < FSM_DEPTH_MAX,
            "state tree deeper than FSM_DEPTH_MAX at {state:?}"
        );
        machine.enter(&mut state, cx);
        let timeout = machine.state_timeout(&state);
        let depth = self.path.len();
        self.path.push(state);
        let Some(after) = timeout else {
            return;
        };
        self.generation = (self.generation + 1) & !STATE_TIMER_TAG;
        let generation = self.generation;
        match cx.arm(after, STATE_TIMER_TAG | generation) {
            Some(timer) => self.armed.push(Armed {
                depth,
                timer,
                generation,
            }),
            None => self.timeouts_lost += 1,
        }
    }

    /// Exits the leaf (cancelling its timeout); its parent becomes the leaf.
    fn exit_one<M, C>(&mut self, machine: &mut M, cx: &mut C)
    where
        M: Machine<C, State = S> + ?Sized,
        C: StateTimers<Timer = T> + ?Sized,
    {
        let state = self.path.pop().expect("exit below the root");
        let depth = self.path.len();
        if let Some(index) = self.armed.iter().position(|armed| armed.depth == depth) {
            cx.disarm(self.armed.swap_remove(index).timer);
        }
        machine.exit(state, cx);
    }
}

impl<S: Debug, T> Debug for Fsm<S, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fsm")
            .field("active", &self.path)
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
        type Key = St;
        type Event = Ev;

        fn key(state: &St) -> St {
            *state
        }

        fn ancestor(key: St) -> St {
            key
        }

        fn parent(state: St) -> Option<St> {
            match state {
                St::Online | St::Offline => None,
                St::Idle | St::Moving | St::Busy => Some(St::Online),
                St::Trading | St::Fighting => Some(St::Busy),
            }
        }

        fn initial_child(state: &St) -> Option<St> {
            match state {
                St::Online => Some(St::Idle),
                St::Busy => Some(St::Trading),
                _ => None,
            }
        }

        fn handle(&mut self, state: &mut St, event: Ev, _: &mut Clock) -> Outcome<St, Ev> {
            let state = *state;
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

        fn enter(&mut self, state: &mut St, _: &mut Clock) {
            self.actions.push(format!("enter {state:?}"));
        }

        fn exit(&mut self, state: St, _: &mut Clock) {
            self.actions.push(format!("exit {state:?}"));
        }

        fn state_timeout(&self, state: &St) -> Option<Duration> {
            match state {
                St::Moving => Some(Duration::from_millis(100)),
                St::Trading => Some(Duration::from_millis(50)),
                _ => None,
            }
        }

        fn timed_out(&mut self, state: &mut St, _: &mut Clock) -> Option<St> {
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
        assert_eq!(*fsm.leaf(), St::Idle);
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
        assert_eq!(*fsm.leaf(), St::Fighting);
        // Nobody handles Nobody: it comes back, and nothing changed.
        assert_eq!(
            fsm.dispatch(&mut log, Ev::Nobody, &mut clock),
            Dispatch::Unhandled(Ev::Nobody)
        );
        assert_eq!(*fsm.leaf(), St::Fighting);
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
        assert_eq!(*fsm.leaf(), St::Fighting);
        // Tags of the process's own timers are not the machine's.
        assert!(!fsm.on_timer(&mut log, 7, &mut clock));
    }

    #[test]
    fn a_full_timer_wheel_is_counted_not_hidden() {
        let (mut log, mut clock, mut fsm) = started();
        clock.full = true;
        fsm.dispatch(&mut log, Ev::Move, &mut clock);
        assert_eq!(*fsm.leaf(), St::Moving);
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
                    .filter(|state| log.state_timeout(state).is_some())
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
                    .map(|armed| (after[armed.depth] as u8, STATE_TIMER_TAG | armed.generation))
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

    /// A machine whose states carry data: a session with a trade that counts its bids.
    mod with_data {
        use super::super::*;
        use super::Clock;

        #[derive(Debug, PartialEq, Eq)]
        enum Session {
            Online,
            Idle,
            Trading { offer: u64, bids: u32 },
        }

        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        enum Key {
            Online,
            Idle,
            Trading,
        }

        enum Ev {
            Offer(u64),
            Bid,
            Close,
        }

        #[derive(Default)]
        struct Desk {
            closed: Vec<(u64, u32)>,
        }

        impl Machine<Clock> for Desk {
            type State = Session;
            type Key = Key;
            type Event = Ev;

            fn key(state: &Session) -> Key {
                match state {
                    Session::Online => Key::Online,
                    Session::Idle => Key::Idle,
                    Session::Trading { .. } => Key::Trading,
                }
            }

            fn parent(key: Key) -> Option<Key> {
                (key != Key::Online).then_some(Key::Online)
            }

            fn ancestor(key: Key) -> Session {
                assert_eq!(key, Key::Online, "only Online is ever entered from below");
                Session::Online
            }

            fn initial_child(state: &Session) -> Option<Session> {
                matches!(state, Session::Online).then_some(Session::Idle)
            }

            fn handle(
                &mut self,
                state: &mut Session,
                event: Ev,
                _: &mut Clock,
            ) -> Outcome<Session, Ev> {
                match (state, event) {
                    (Session::Online, Ev::Offer(offer)) => {
                        Outcome::Goto(Session::Trading { offer, bids: 0 })
                    }
                    (Session::Trading { bids, .. }, Ev::Bid) => {
                        *bids += 1;
                        Outcome::Handled
                    }
                    (Session::Trading { .. }, Ev::Close) => Outcome::Goto(Session::Idle),
                    (_, event) => Outcome::Unhandled(event),
                }
            }

            fn exit(&mut self, state: Session, _: &mut Clock) {
                if let Session::Trading { offer, bids } = state {
                    self.closed.push((offer, bids));
                }
            }
        }

        #[test]
        fn a_state_keeps_its_data_while_active_and_hands_it_to_its_exit() {
            let (mut desk, mut clock) = (Desk::default(), Clock::default());
            let mut fsm = Fsm::start(&mut desk, Session::Online, &mut clock);
            assert_eq!(fsm.path::<Desk, Clock>(), [Key::Online, Key::Idle]);
            fsm.dispatch(&mut desk, Ev::Offer(7), &mut clock);
            fsm.dispatch(&mut desk, Ev::Bid, &mut clock);
            fsm.dispatch(&mut desk, Ev::Bid, &mut clock);
            assert_eq!(
                fsm.state::<Desk, Clock>(Key::Trading),
                Some(&Session::Trading { offer: 7, bids: 2 })
            );
            // A new offer while trading: an external transition — the old trade's data
            // goes to its exit, the new one starts afresh.
            fsm.dispatch(&mut desk, Ev::Offer(8), &mut clock);
            fsm.dispatch(&mut desk, Ev::Bid, &mut clock);
            fsm.dispatch(&mut desk, Ev::Close, &mut clock);
            assert_eq!(desk.closed, [(7, 2), (8, 1)]);
            assert_eq!(*fsm.leaf(), Session::Idle);
            assert!(fsm.state::<Desk, Clock>(Key::Trading).is_none());
            // Stopping in a state hands its data to its exit too.
            fsm.dispatch(&mut desk, Ev::Offer(9), &mut clock);
            fsm.stop(&mut desk, &mut clock);
            assert_eq!(desk.closed, [(7, 2), (8, 1), (9, 0)]);
        }
    }
}
