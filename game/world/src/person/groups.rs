//! Guilds and teams: joining through the org directory, saying, rejoining.

use super::*;

impl Player {
    pub(super) fn join_group(
        &mut self,
        id: u64,
        join: &proto::JoinGroup,
        reply: ReplyTo<Answer>,
        ctx: &mut PersonCtx<'_>,
    ) {
        let Some(kind) = GroupKind::from_proto(join.kind) else {
            return self.answer(id, Err("unknown group kind".into()), reply, ctx);
        };
        if !(1..=GROUP_ID_MAX).contains(&join.group) {
            let why = format!("group ids are 1..={GROUP_ID_MAX}");
            return self.answer(id, Err(why), reply, ctx);
        }
        let key = OrgKey {
            kind,
            id: join.group,
        };
        if let Some(slot) = &self.groups[kind.index()]
            && slot.key == key
            && slot.org.is_some()
        {
            return self.answer(id, Ok(done()), reply, ctx);
        }
        self.leave_group(kind, true, ctx);
        let deadline = ctx
            .start_timer(JOIN_TIMEOUT, JOIN_EXPIRED + kind.index() as u64)
            .ok();
        self.groups[kind.index()] = Some(GroupSlot {
            key,
            org: None,
            deadline,
            waiting: Some((id, reply)),
            retries: 0,
        });
        self.ask_directory(key, ctx);
    }

    /// Joins the org of `key` wherever it runs, or asks its home directory to start it
    /// (the answer is a `Joined` or `JoinRefused` event).
    pub(super) fn ask_directory(&mut self, key: OrgKey, ctx: &mut PersonCtx<'_>) {
        let (player, person) = (self.args.player, ctx.me());
        if let Some(org) = whereis_name(&org_name(key), ctx) {
            let _ = ctx.send(Addr::from_pid(org), OrgMsg::Join { player, person });
            return;
        }
        let join = DirectoryMsg::Join(OrgJoin {
            key,
            player,
            person,
        });
        let sent =
            home_directory(key, ctx).map(|directory| ctx.send(Addr::from_pid(directory), join));
        if !matches!(sent, Some(Ok(()))) {
            self.join_refused(key, "no node runs groups".into(), ctx);
        }
    }

    /// Leaves the group of `kind`: for good (`quit`: a guild takes the player off its
    /// roster), or only going offline (the Person ends).
    pub(super) fn leave_group(&mut self, kind: GroupKind, quit: bool, ctx: &mut PersonCtx<'_>) {
        let Some(slot) = self.groups[kind.index()].take() else {
            return;
        };
        if let Some(timer) = slot.deadline {
            ctx.cancel_timer(timer);
        }
        if let Some((org, monitor)) = slot.org {
            ctx.demonitor(monitor, true);
            let person = ctx.me();
            let gone = if quit {
                OrgMsg::Leave { person }
            } else {
                OrgMsg::Offline { person }
            };
            let _ = ctx.send(Addr::from_pid(org), gone);
        }
        if let Some((id, reply)) = slot.waiting {
            self.answer(id, Err("superseded by another join".into()), reply, ctx);
        }
    }

    pub(super) fn joined(&mut self, key: OrgKey, org: Pid, ctx: &mut PersonCtx<'_>) {
        let Some(slot) = self.groups[key.kind.index()]
            .as_mut()
            .filter(|slot| slot.key == key)
        else {
            // Joined a group the player has left since: leave it.
            let _ = ctx.send(Addr::from_pid(org), OrgMsg::Leave { person: ctx.me() });
            return;
        };
        if let Some((_, monitor)) = slot.org.take() {
            ctx.demonitor(monitor, true);
        }
        if let Some(timer) = slot.deadline.take() {
            ctx.cancel_timer(timer);
        }
        slot.org = Some((org, ctx.monitor(org)));
        slot.retries = 0;
        self.remember_group(key.kind, Some(key.id));
        if let Some(route) = self.route() {
            let route = OrgMsg::Route {
                person: ctx.me(),
                route: Some(route),
            };
            let _ = ctx.send(Addr::from_pid(org), route);
        }
        if let Some((id, reply)) = self.groups[key.kind.index()]
            .as_mut()
            .and_then(|slot| slot.waiting.take())
        {
            self.answer(id, Ok(done()), reply, ctx);
        }
    }

    pub(super) fn join_refused(&mut self, key: OrgKey, reason: String, ctx: &mut PersonCtx<'_>) {
        let index = key.kind.index();
        let Some(slot) = self.groups[index].as_mut().filter(|slot| slot.key == key) else {
            return;
        };
        if slot.waiting.is_none() && slot.retries < REJOIN_ATTEMPTS_MAX {
            // A rejoin: the refusal may pass (the group restarting elsewhere); the
            // deadline's expiry asks again.
            slot.retries += 1;
            if let Some(timer) = slot.deadline.take() {
                ctx.cancel_timer(timer);
            }
            slot.deadline = ctx
                .start_timer(JOIN_TIMEOUT, JOIN_EXPIRED + index as u64)
                .ok();
            tracing::debug!(group = key.id, %reason, "rejoin refused; trying again");
            return;
        }
        self.remember_group(key.kind, None);
        match self.groups[index].take().and_then(|slot| slot.waiting) {
            Some((id, reply)) => self.answer(id, Err(reason), reply, ctx),
            None => {
                let why = format!("the group could not be joined again: {reason}");
                self.group_left(key, why, ctx);
            }
        }
    }

    /// The org took us off its roster: we are out of the group, and the client is told.
    pub(super) fn removed(&mut self, key: OrgKey, reason: String, ctx: &mut PersonCtx<'_>) {
        let index = key.kind.index();
        let Some(slot) = self.groups[index].take_if(|slot| slot.key == key) else {
            return;
        };
        if let Some(timer) = slot.deadline {
            ctx.cancel_timer(timer);
        }
        if let Some((_, monitor)) = slot.org {
            ctx.demonitor(monitor, true);
        }
        self.remember_group(key.kind, None);
        self.group_left(key, reason, ctx);
    }

    /// Tells the client it is out of its group of `key.kind` without having asked.
    fn group_left(&mut self, key: OrgKey, reason: String, ctx: &mut PersonCtx<'_>) {
        let left = proto::GroupLeft {
            kind: key.kind.to_proto(),
            group: key.id,
            reason,
        };
        self.push(proto::push::Body::GroupLeft(left), ctx);
    }

    /// Stores the player's group of `kind` (a membership outlives sessions: the next
    /// login joins it again, see [`Player::rejoin_stored_groups`]).
    pub(super) fn remember_group(&mut self, kind: GroupKind, group: Option<u64>) {
        let stored = match kind {
            GroupKind::Guild => &mut self.record.guild,
            GroupKind::Team => &mut self.record.team,
        };
        if *stored != group {
            *stored = group;
            self.changed = true;
        }
    }

    /// Joins the groups the stored record names (at the start of a Person).
    pub(super) fn rejoin_stored_groups(&mut self, ctx: &mut PersonCtx<'_>) {
        let stored = [
            (GroupKind::Guild, self.record.guild),
            (GroupKind::Team, self.record.team),
        ];
        for (kind, group) in stored {
            let Some(id) = group else { continue };
            let key = OrgKey { kind, id };
            let deadline = ctx
                .start_timer(JOIN_TIMEOUT, JOIN_EXPIRED + kind.index() as u64)
                .ok();
            self.groups[kind.index()] = Some(GroupSlot {
                key,
                org: None,
                deadline,
                waiting: None,
                retries: 0,
            });
            self.ask_directory(key, ctx);
        }
    }

    /// A join was not answered in time (the directory or the org lost it under load, or
    /// a dead org's name still pointed at it). A rejoin asks again, up to
    /// [`REJOIN_ATTEMPTS_MAX`] times; a `JoinGroup` fails with `ERROR_TIMEOUT`, and the
    /// player is in no group of that kind.
    pub(super) fn join_expired(&mut self, index: usize, timer: TimerRef, ctx: &mut PersonCtx<'_>) {
        if let Some(slot) = self.groups[index]
            .as_mut()
            .filter(|slot| slot.deadline == Some(timer))
            && slot.waiting.is_none()
            && slot.retries < REJOIN_ATTEMPTS_MAX
        {
            slot.retries += 1;
            let key = slot.key;
            slot.deadline = ctx
                .start_timer(JOIN_TIMEOUT, JOIN_EXPIRED + index as u64)
                .ok();
            return self.ask_directory(key, ctx);
        }
        let Some(slot) = self.groups[index].take_if(|slot| slot.deadline == Some(timer)) else {
            return;
        };
        if slot.waiting.is_none() {
            let why = format!("the group did not answer {REJOIN_ATTEMPTS_MAX} rejoins");
            return self.group_left(slot.key, why, ctx);
        }
        if let Some((_, reply)) = slot.waiting
            && !ctx.is_late(&reply)
        {
            let why = format!("the group did not answer within {JOIN_TIMEOUT:?}");
            ctx.reply(reply, Answer::Error(ErrorCode::ErrorTimeout as i32, why));
        }
    }

    /// An org this player is in ended: join again (its supervisor restarts it).
    pub(super) fn org_down(&mut self, org: Pid, ctx: &mut PersonCtx<'_>) {
        let Some(slot) = self
            .groups
            .iter_mut()
            .flatten()
            .find(|slot| slot.org.is_some_and(|(pid, _)| pid == org))
        else {
            return;
        };
        slot.org = None;
        slot.retries = 0;
        let key = slot.key;
        slot.deadline = ctx
            .start_timer(JOIN_TIMEOUT, JOIN_EXPIRED + key.kind.index() as u64)
            .ok();
        self.ask_directory(key, ctx);
    }

    pub(super) fn group_say(
        &mut self,
        say: proto::GroupSay,
        ctx: &mut PersonCtx<'_>,
    ) -> Result<proto::reply::Body, String> {
        let kind = GroupKind::from_proto(say.kind).ok_or("unknown group kind")?;
        if say.text.len() > GROUP_LINE_BYTES_MAX {
            return Err(format!("group line over {GROUP_LINE_BYTES_MAX} bytes"));
        }
        let Some((org, _)) = self.groups[kind.index()].as_ref().and_then(|slot| slot.org) else {
            return Err(format!("not in a {kind:?} (JoinGroup first)").to_lowercase());
        };
        let said = OrgMsg::Say {
            from: self.args.player,
            text: say.text.into(),
        };
        ctx.send(Addr::from_pid(org), said)
            .map_err(|error| format!("the group is unreachable: {error}"))?;
        Ok(done())
    }
}
