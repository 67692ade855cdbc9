//! A group's audience: the members it reaches through fan-out processes (hubs) instead of
//! their Persons, planned by hub so a broadcast costs one message per hub.
//!
//! # Contract
//!
//! | event | what happens |
//! |---|---|
//! | a Person attaches a connection that has a hub | it tells each of its groups and its cell its [`Route`] (hub, connection); on detach, that it has none ([`Audience::set`]) |
//! | a group broadcasts | members with a route get the frame through their hub: one [`PlayerPort::fanout`] per hub; members without one (detached, or on a connection without a hub) get the event through their Person as before |
//! | a member leaves | [`Audience::remove`] |
//! | routes changed since the last broadcast | the plan is rebuilt on the next broadcast |
//!
//! Broadcast frames are `Push { seq: 0 }`: outside the session's sequence, not kept for a
//! resume (see `docs/protocol.md`). The frames of one group reach one connection in the
//! order the group sent them (one group, one hub, one mailbox).

use hashbrown::HashMap;
use hearth_engine::{Outlet, Pid};

use crate::port::PlayerPort;
use crate::wire::Route;

/// The members of a group who can be reached through a hub, planned by hub.
///
/// A group keeps one beside its member list: [`Audience::set`] as routes come and go,
/// [`Audience::remove`] when a member leaves, [`Audience::broadcast`] to send a frame to
/// every routed member (one message per hub). The plan is rebuilt on the first broadcast
/// after a change.
#[derive(Default)]
pub struct Audience {
    routes: HashMap<Pid, Route>,
    plan: Option<Vec<(Pid, Vec<[u8; 16]>)>>,
}

impl Audience {
    /// Sets or clears `person`'s route.
    pub fn set(&mut self, person: Pid, route: Option<Route>) {
        let changed = match route {
            Some(route) => self.routes.insert(person, route) != Some(route),
            None => self.routes.remove(&person).is_some(),
        };
        if changed {
            self.plan = None;
        }
    }

    /// Forgets `person`.
    pub fn remove(&mut self, person: Pid) {
        self.set(person, None);
    }

    /// Whether `person` is reached through a hub.
    pub fn is_routed(&self, person: Pid) -> bool {
        self.routes.contains_key(&person)
    }

    /// Members reached through a hub.
    pub fn len(&self) -> usize {
        self.routes.len()
    }

    /// Whether no member is reached through a hub.
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    fn plan(&mut self) -> &[(Pid, Vec<[u8; 16]>)] {
        self.plan.get_or_insert_with(|| {
            let mut by_hub: HashMap<[u8; 16], Vec<[u8; 16]>> = HashMap::new();
            for route in self.routes.values() {
                by_hub.entry(route.hub).or_default().push(route.conn);
            }
            by_hub
                .into_iter()
                .map(|(hub, conns)| (Pid::from_bytes(hub), conns))
                .collect()
        })
    }

    /// Sends `frame` to every routed member through `port`: one
    /// [`PlayerPort::fanout`] per hub, sent as the process `out` belongs to. Returns the
    /// hubs written to. A hub whose mailbox is full misses this frame (the group never
    /// blocks), like a member's Person would. The frame itself goes to the last hub;
    /// only the others get copies.
    pub fn broadcast(
        &mut self,
        frame: Vec<u8>,
        port: &dyn PlayerPort,
        out: &mut Outlet<'_>,
    ) -> usize {
        let plan = self.plan();
        let Some(((last, last_conns), others)) = plan.split_last() else {
            return 0;
        };
        for (hub, conns) in others {
            let _ = port.fanout(out, *hub, frame.clone(), conns.clone());
        }
        let _ = port.fanout(out, *last, frame, last_conns.clone());
        plan.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pid(shard: u8, slot: u32) -> Pid {
        let mut bytes = [0; 16];
        bytes[0] = 1;
        bytes[4] = shard;
        bytes[8..12].copy_from_slice(&slot.to_le_bytes());
        bytes[12] = 1;
        Pid::from_bytes(bytes)
    }

    fn route(hub: Pid, conn: Pid) -> Option<Route> {
        Some(Route {
            hub: hub.to_bytes(),
            conn: conn.to_bytes(),
        })
    }

    fn planned(audience: &mut Audience) -> Vec<(Pid, Vec<Pid>)> {
        let mut plan: Vec<(Pid, Vec<Pid>)> = audience
            .plan()
            .iter()
            .map(|(hub, conns)| {
                let mut conns: Vec<Pid> = conns.iter().map(|c| Pid::from_bytes(*c)).collect();
                conns.sort_by_key(|c| c.to_bytes());
                (*hub, conns)
            })
            .collect();
        plan.sort_by_key(|(hub, _)| hub.to_bytes());
        plan
    }

    #[test]
    fn members_are_planned_once_per_hub_and_changes_replan() {
        let (hub0, hub1) = (pid(0, 1), pid(1, 1));
        let (conn_a, conn_b, conn_c) = (pid(0, 10), pid(0, 11), pid(1, 12));
        let (a, b, c, d) = (pid(0, 20), pid(0, 21), pid(1, 22), pid(1, 23));
        let mut audience = Audience::default();
        audience.set(a, route(hub0, conn_a));
        audience.set(b, route(hub0, conn_b));
        audience.set(c, route(hub1, conn_c));
        audience.set(d, None);
        assert_eq!(
            planned(&mut audience),
            vec![(hub0, vec![conn_a, conn_b]), (hub1, vec![conn_c])]
        );
        assert!(audience.is_routed(a) && !audience.is_routed(d));

        // Bob reconnects through a connection on shard 1; Carol leaves: the plan follows.
        audience.set(b, route(hub1, conn_b));
        audience.remove(c);
        assert_eq!(
            planned(&mut audience),
            vec![(hub0, vec![conn_a]), (hub1, vec![conn_b])]
        );
        audience.set(a, None);
        assert_eq!(planned(&mut audience), vec![(hub1, vec![conn_b])]);
        assert_eq!(audience.len(), 1);
    }
}
