//! The FSM contract against a player-like tree, a seeded model, and states with data.

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
            let exits: Vec<&String> = actions.iter().filter(|a| a.starts_with("exit")).collect();
            let enters: Vec<&String> = actions.iter().filter(|a| a.starts_with("enter")).collect();
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
