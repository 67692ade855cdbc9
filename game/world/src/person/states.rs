//! The Person's FSM tree: its states (with the data each holds while active) and which
//! state handles which event.

use super::*;

/// The states of a Person (its FSM tree):
/// ```text
/// InWorld ─┬─ Idle
///          ├─ Moving   (back to Idle after MOVING_SETTLE without a move)
///          ├─ Trading  (an offer of ours is open: no moving, no second offer)
///          └─ InBattle (actions go to the battle; it ends, crashes, or we leave → Idle)
/// ```
/// Requests every state takes are handled by `InWorld`; `Move` and `TradeOffer` by the
/// leaves; the verdict on our offer (or its timeout) by `Trading`. The open offer lives in
/// `Trading` and the battle in `InBattle`: their data exists exactly while the player is
/// in that state, and leaving `InBattle` (for any reason) leaves the battle.
#[derive(Debug)]
pub enum PersonState {
    /// Logged in, in the world.
    InWorld,
    /// Standing.
    Idle,
    /// Moving: moves keep it here.
    Moving,
    /// Waiting for the other player to answer our trade offer.
    Trading(OpenOffer),
    /// In a battle instance.
    InBattle(InBattle),
}

/// A [`PersonState`] without its data: its place in the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonKey {
    /// [`PersonState::InWorld`].
    InWorld,
    /// [`PersonState::Idle`].
    Idle,
    /// [`PersonState::Moving`].
    Moving,
    /// [`PersonState::Trading`].
    Trading,
    /// [`PersonState::InBattle`].
    InBattle,
}

impl<'a> Machine<PersonCtx<'a>> for Player {
    type State = PersonState;
    type Key = PersonKey;
    type Event = PersonEvent;

    fn key(state: &PersonState) -> PersonKey {
        match state {
            PersonState::InWorld => PersonKey::InWorld,
            PersonState::Idle => PersonKey::Idle,
            PersonState::Moving => PersonKey::Moving,
            PersonState::Trading(_) => PersonKey::Trading,
            PersonState::InBattle(_) => PersonKey::InBattle,
        }
    }

    fn parent(key: PersonKey) -> Option<PersonKey> {
        (key != PersonKey::InWorld).then_some(PersonKey::InWorld)
    }

    fn ancestor(key: PersonKey) -> PersonState {
        debug_assert_eq!(key, PersonKey::InWorld, "the only composite state");
        PersonState::InWorld
    }

    fn initial_child(state: &PersonState) -> Option<PersonState> {
        matches!(state, PersonState::InWorld).then_some(PersonState::Idle)
    }

    fn handle(
        &mut self,
        state: &mut PersonState,
        event: PersonEvent,
        ctx: &mut PersonCtx<'a>,
    ) -> Outcome<PersonState, PersonEvent> {
        match (state, event) {
            (PersonState::Idle | PersonState::Moving, PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::Move(_))) =>
            {
                let moved = self.record.position;
                self.request(request, reply, ctx);
                if self.record.position == moved {
                    Outcome::Handled
                } else {
                    Outcome::Goto(PersonState::Moving)
                }
            }
            (PersonState::Idle | PersonState::Moving, PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::TradeOffer(_))) =>
            {
                let Some(proto::request::Body::TradeOffer(offer)) = &request.body else {
                    unreachable!("matched above");
                };
                match self.trade_offer(request.id, offer, reply, ctx) {
                    Some(open) => Outcome::Goto(PersonState::Trading(open)),
                    None => Outcome::Handled,
                }
            }
            (PersonState::Idle | PersonState::Moving, PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::BattleJoin(_))) =>
            {
                if let Some(proto::request::Body::BattleJoin(join)) = &request.body {
                    self.battle_join(request.id, join, reply, ctx);
                }
                Outcome::Handled
            }
            (PersonState::InBattle(battle), PersonEvent::Request(request, reply))
                if matches!(
                    request.body,
                    Some(
                        proto::request::Body::BattleAction(_)
                            | proto::request::Body::BattleLeave(_)
                    )
                ) =>
            {
                if let Some(proto::request::Body::BattleAction(action)) = &request.body {
                    self.battle_action(battle.pid, request.id, action.skill, reply, ctx);
                    return Outcome::Handled;
                }
                self.answer(request.id, Ok(done()), reply, ctx);
                // Leaving the state leaves the battle (the exit action).
                Outcome::Goto(PersonState::Idle)
            }
            (
                PersonState::InBattle(current),
                PersonEvent::Game(GameEvent::BattleEnded {
                    battle,
                    outcome,
                    reward,
                }),
            ) => {
                let ours = current.battle == battle;
                current.over |= ours;
                if ours && outcome == VICTORY {
                    // Pushed with the reward once it is stored (see `economy.rs`).
                    self.victory(battle, reward);
                } else {
                    self.battle_ended(battle, outcome, ctx);
                }
                if ours {
                    Outcome::Goto(PersonState::Idle)
                } else {
                    Outcome::Handled
                }
            }
            (PersonState::InBattle(current), PersonEvent::BattleDown(pid, reason)) => {
                if current.pid != pid {
                    return Outcome::Handled;
                }
                current.over = true;
                self.battle_ended(current.battle, format!("crashed: {reason}"), ctx);
                Outcome::Goto(PersonState::Idle)
            }
            (PersonState::InWorld, PersonEvent::Battle(request, answer)) => {
                match self.battle_answer(request, answer, ctx) {
                    Some(joined) => Outcome::Goto(PersonState::InBattle(joined)),
                    None => Outcome::Handled,
                }
            }
            (PersonState::Trading(_), PersonEvent::Request(request, reply))
                if matches!(request.body, Some(proto::request::Body::Move(_))) =>
            {
                let why = "you cannot move while an offer of yours is open".to_owned();
                self.answer(request.id, Err(why), reply, ctx);
                Outcome::Handled
            }
            (PersonState::Trading(open), PersonEvent::Verdict(request, verdict))
                if open.request == request =>
            {
                self.offer_closed(open, Some(verdict), ctx);
                Outcome::Goto(PersonState::Idle)
            }
            (PersonState::Trading(open), PersonEvent::OfferExpired(request))
                if open.request == request =>
            {
                self.offer_closed(open, None, ctx);
                Outcome::Goto(PersonState::Idle)
            }
            (PersonState::Trading(_), PersonEvent::Verdict(..) | PersonEvent::OfferExpired(_)) => {
                Outcome::Handled
            }
            (PersonState::InWorld, PersonEvent::Request(request, reply)) => {
                self.request(request, reply, ctx);
                Outcome::Handled
            }
            (
                PersonState::InWorld,
                PersonEvent::Offer {
                    reply,
                    from,
                    offer,
                    item,
                    goods,
                },
            ) => {
                let incoming = OfferIn {
                    from,
                    offer,
                    reply,
                    goods,
                };
                self.offer_in(incoming, item, ctx);
                Outcome::Handled
            }
            (PersonState::InWorld, PersonEvent::Game(event)) => {
                self.game(event, ctx);
                Outcome::Handled
            }
            (_, event) => Outcome::Unhandled(event),
        }
    }

    fn exit(&mut self, state: PersonState, ctx: &mut PersonCtx<'a>) {
        if let PersonState::InBattle(battle) = state {
            self.leave_battle(battle, ctx);
        }
    }

    fn state_timeout(&self, state: &PersonState) -> Option<std::time::Duration> {
        matches!(state, PersonState::Moving).then_some(MOVING_SETTLE)
    }

    fn timed_out(&mut self, _: &mut PersonState, _: &mut PersonCtx<'a>) -> Option<PersonState> {
        Some(PersonState::Idle)
    }
}
