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

/// The keys root → a leaf, without allocating (transitions are frequent: a Person moves
/// several times a second).
#[derive(Clone, Copy)]
struct KeyPath<K> {
    keys: [Option<K>; FSM_DEPTH_MAX],
    len: usize,
}

impl<K: Copy + Eq + Debug> KeyPath<K> {
    /// Root → `leaf`.
    fn to<M: Machine<C, Key = K> + ?Sized, C: ?Sized>(leaf: K) -> Self {
        let mut up = [None; FSM_DEPTH_MAX];
        let mut len = 0;
        let mut key = Some(leaf);
        while let Some(current) = key {
            assert!(
                len < FSM_DEPTH_MAX,
                "state tree deeper than FSM_DEPTH_MAX at {leaf:?}"
            );
            up[len] = Some(current);
            len += 1;
            key = M::parent(current);
        }
        up[..len].reverse();
        Self { keys: up, len }
    }

    fn get(&self, index: usize) -> K {
        self.keys[index].expect("within the path")
    }
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
        let keys = KeyPath::to::<M, C>(M::key(&initial));
        for index in 0..keys.len - 1 {
            fsm.enter_one(machine, M::ancestor(keys.get(index)), cx);
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
        let to = KeyPath::to::<M, C>(M::key(&target));
        let common = self
            .path
            .iter()
            .enumerate()
            .take_while(|(index, active)| *index < to.len && M::key(active) == to.get(*index))
            .count();
        // External transitions: a target on the active path is left and entered again.
        let keep = common.min(to.len - 1);
        while self.path.len() > keep {
            self.exit_one(machine, cx);
        }
        for index in keep..to.len - 1 {
            self.enter_one(machine, M::ancestor(to.get(index)), cx);
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
mod tests;
