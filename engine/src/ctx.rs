//! `Ctx`: what a handler can do — Erlang's primitives for one running process.
//!
//! A `Ctx` exists only for the duration of one callback and borrows the shard, so it is
//! `!Send` and cannot escape: everything a process does happens on its own shard, and
//! everything that crosses shards or nodes is a message or a signal.

use std::future::Future;
use std::marker::PhantomData;
use std::time::Duration;

use crate::call::{Reply, ReplySink, ReplyTo, deliver_reply};
use crate::config::{CALL_RETRIES_MAX, CALL_TIMEOUT_DEFAULT, SpawnOptions};
use crate::core::ShardCore;
use crate::error::{CallError, NameError, SendError, SpawnError, TimerError};
use crate::exit::ExitReason;
use crate::kind::Name;
use crate::pid::{Addr, MonitorRef, NodeId, Pid, RequestId, TimerRef};
use crate::process::Process;
use crate::signal::{ExitKind, Signal};
use crate::spawn::Spawned;
use crate::table::FLAG_TRAP_EXIT;
use crate::timer::TimerCancel;

/// The running process's handle on its shard (see the module docs).
pub struct Ctx<'a, P: Process> {
    core: &'a mut ShardCore,
    me: Pid,
    stop: &'a mut Option<ExitReason>,
    process: PhantomData<fn(P)>,
}

impl<'a, P: Process> Ctx<'a, P> {
    pub(crate) fn new(core: &'a mut ShardCore, me: Pid, stop: &'a mut Option<ExitReason>) -> Self {
        Self {
            core,
            me,
            stop,
            process: PhantomData,
        }
    }

    // ----- identity and time ---------------------------------------------------------

    /// This process.
    pub fn me(&self) -> Pid {
        self.me
    }

    /// This process's typed address.
    pub fn addr(&self) -> Addr<P::Msg> {
        Addr::from_pid(self.me)
    }

    /// The shard this process runs on.
    pub fn shard(&self) -> usize {
        usize::from(self.core.id)
    }

    /// Shards on this node.
    pub fn shards(&self) -> usize {
        self.core.shared.shards.len()
    }

    /// This node.
    pub fn node(&self) -> NodeId {
        self.core.node
    }

    /// Time since the node started (the shard clock; never ahead of real time).
    pub fn now(&self) -> Duration {
        Duration::from_nanos(self.core.clock.now_ns())
    }

    /// The process that spawned and linked this one, if any.
    pub fn parent(&mut self) -> Option<Pid> {
        let slot = self.core.table.get(self.me).copied()?;
        self.core
            .kinds
            .arena(slot.kind)
            .relations_if_any(slot.cell)?
            .parent
    }

    // ----- messages ------------------------------------------------------------------

    /// Sends `message` to `to`, asynchronously.
    ///
    /// # Errors
    /// [`SendError::Full`] hands the message back when the receiver's mailbox (same
    /// shard) or the outbox towards its shard is full; [`SendError::NoRoute`] when its
    /// node is not connected. A message to a process that has died is dropped silently.
    pub fn send<M: Send + 'static>(&mut self, to: Addr<M>, message: M) -> Result<(), SendError<M>> {
        self.core.send(to.pid(), message)
    }

    /// A send-only view of this shard for code that cannot take a generic `Ctx` (a port
    /// trait object): it sends as this process.
    pub fn outlet(&mut self) -> crate::Outlet<'_> {
        crate::Outlet::new(self.core, self.me)
    }

    /// Sends to the process registered as `name` on this node.
    ///
    /// # Errors
    /// [`SendError::NoName`] if no process holds the name; otherwise as [`Ctx::send`].
    pub fn send_named<M: Send + 'static>(
        &mut self,
        name: &str,
        message: M,
    ) -> Result<(), SendError<M>> {
        match self.core.shared.names.whereis(name) {
            Some(pid) => self.core.send(pid, message),
            None => Err(SendError::NoName(message)),
        }
    }

    // ----- spawning ------------------------------------------------------------------

    /// Spawns `child` on this shard.
    ///
    /// # Errors
    /// [`SpawnError::ProcessLimit`] at the shard's process limit.
    pub fn spawn<C: Process>(&mut self, child: C) -> Result<Addr<C::Msg>, SpawnError> {
        let spawned = self
            .core
            .spawn_here(child, SpawnOptions::default(), Some(self.me))?;
        Ok(spawned.addr)
    }

    /// Spawns `child` on this shard, linked to this process (atomically).
    ///
    /// # Errors
    /// As [`Ctx::spawn`].
    pub fn spawn_link<C: Process>(&mut self, child: C) -> Result<Addr<C::Msg>, SpawnError> {
        let options = SpawnOptions::default().linked();
        Ok(self.core.spawn_here(child, options, Some(self.me))?.addr)
    }

    /// Spawns `child` on this shard, monitored by this process (atomically).
    ///
    /// # Errors
    /// As [`Ctx::spawn`].
    pub fn spawn_monitor<C: Process>(
        &mut self,
        child: C,
    ) -> Result<(Addr<C::Msg>, MonitorRef), SpawnError> {
        let options = SpawnOptions::default().monitored();
        let spawned = self.core.spawn_here(child, options, Some(self.me))?;
        Ok((spawned.addr, spawned.monitor.expect("monitor requested")))
    }

    /// Spawns with options: any placement (so the process type must be `Send`), link,
    /// monitor, mailbox bound and overflow policy.
    ///
    /// # Errors
    /// [`SpawnError::NoSuchShard`] for a bad placement; [`SpawnError::ProcessLimit`] at
    /// this shard's limit. At another shard's limit the process is created dead, with
    /// [`ExitReason::ProcessLimit`] reported to its link and monitor.
    pub fn spawn_opts<C: Process + Send>(
        &mut self,
        child: C,
        options: SpawnOptions,
    ) -> Result<Spawned<C::Msg>, SpawnError> {
        self.core.spawn_with(child, options, Some(self.me))
    }

    /// Runs async work (I/O) as a task on this shard; it reports back with messages.
    pub fn spawn_task(&mut self, task: impl Future<Output = ()> + 'static) {
        self.core.tasks.push(Box::pin(task));
    }

    // ----- links, monitors, exits ----------------------------------------------------

    /// Links this process and `pid` (both directions). Linking a process that does not
    /// exist sends this process an exit signal `noproc`.
    pub fn link(&mut self, pid: Pid) {
        if pid == self.me || !self.add_relation(|relations| relations.links.insert(pid)) {
            return;
        }
        self.core.signal(pid, Signal::Link { from: self.me });
    }

    /// Removes the link with `pid`; no exit signal from it arrives afterwards.
    pub fn unlink(&mut self, pid: Pid) {
        self.add_relation(|relations| relations.links.remove(&pid));
        self.core.signal(pid, Signal::Unlink { from: self.me });
    }

    /// Monitors `pid`: when it ends, a [`crate::SystemMsg::Down`] with this reference
    /// and the reason arrives (`noproc` at once if it does not exist).
    pub fn monitor(&mut self, pid: Pid) -> MonitorRef {
        let monitor = MonitorRef(self.core.make_ref());
        self.add_relation(|relations| relations.monitors_out.insert(monitor, pid).is_none());
        self.core.signal(
            pid,
            Signal::Monitor {
                from: self.me,
                monitor,
            },
        );
        monitor
    }

    /// Cancels a monitor; with `flush`, also removes its DOWN if already queued.
    /// Returns whether the monitor was still active.
    pub fn demonitor(&mut self, monitor: MonitorRef, flush: bool) -> bool {
        let mut target = None;
        self.add_relation(|relations| {
            target = relations.monitors_out.remove(&monitor);
            true
        });
        let slot = self.core.table.get(self.me).copied();
        if flush && let Some(slot) = slot {
            self.core
                .kinds
                .arena(slot.kind)
                .remove_down(slot.cell, monitor);
        }
        let Some(target) = target else { return false };
        self.core.signal(
            target,
            Signal::Demonitor {
                from: self.me,
                monitor,
            },
        );
        true
    }

    fn add_relation(&mut self, change: impl FnOnce(&mut crate::kind::Relations) -> bool) -> bool {
        let Some(slot) = self.core.table.get(self.me).copied() else {
            return false;
        };
        change(self.core.kinds.arena(slot.kind).relations(slot.cell))
    }

    /// Turns exit signals into [`crate::SystemMsg::Exit`] messages (or back).
    pub fn trap_exit(&mut self, trap: bool) {
        if let Some(slot) = self.core.table.get_mut(self.me) {
            if trap {
                slot.flags |= FLAG_TRAP_EXIT;
            } else {
                slot.flags &= !FLAG_TRAP_EXIT;
            }
        }
    }

    /// Sends `pid` an exit signal with `reason` (Erlang's `exit/2`).
    pub fn exit(&mut self, pid: Pid, reason: ExitReason) {
        let from = self.me;
        self.core.signal(
            pid,
            Signal::Exit {
                from,
                reason,
                kind: ExitKind::Sent,
            },
        );
    }

    /// Kills `pid` unconditionally; it ends with `killed`, whether trapping or not.
    pub fn kill(&mut self, pid: Pid) {
        let from = self.me;
        let reason = ExitReason::Killed;
        self.core.signal(
            pid,
            Signal::Exit {
                from,
                reason,
                kind: ExitKind::Kill,
            },
        );
    }

    /// Stops this process with `reason` when the current callback returns; `terminate`
    /// runs, then links and monitors are told.
    pub fn stop(&mut self, reason: ExitReason) {
        if self.stop.is_none() {
            *self.stop = Some(reason);
        }
    }

    // ----- names ---------------------------------------------------------------------

    /// Registers this process under `name` on this node.
    ///
    /// # Errors
    /// [`NameError::Taken`] if another process holds it; [`NameError::AlreadyNamed`] if
    /// this process already has a name.
    pub fn register(&mut self, name: &str) -> Result<(), NameError> {
        let slot = self
            .core
            .table
            .get(self.me)
            .copied()
            .ok_or(NameError::NoProc)?;
        let relations = self.core.kinds.arena(slot.kind).relations(slot.cell);
        if let Some(existing) = &relations.name {
            return Err(NameError::AlreadyNamed(existing.clone()));
        }
        let name: Name = name.into();
        self.core.shared.names.register(name.clone(), self.me)?;
        self.core.kinds.arena(slot.kind).relations(slot.cell).name = Some(name);
        Ok(())
    }

    /// Drops this process's name; returns it.
    pub fn unregister(&mut self) -> Option<Name> {
        let slot = self.core.table.get(self.me).copied()?;
        let name = self
            .core
            .kinds
            .arena(slot.kind)
            .relations_if_any(slot.cell)?
            .name
            .take()?;
        self.core.shared.names.unregister_if(&name, self.me);
        Some(name)
    }

    /// The process registered as `name` on this node.
    pub fn whereis(&self, name: &str) -> Option<Pid> {
        self.core.shared.names.whereis(name)
    }

    // ----- timers --------------------------------------------------------------------

    /// After `delay`, this process gets [`crate::SystemMsg::Timer`] with `tag`.
    ///
    /// # Errors
    /// [`TimerError::Full`] at the shard's timer limit.
    pub fn start_timer(&mut self, delay: Duration, tag: u64) -> Result<TimerRef, TimerError> {
        self.core.start_timer(self.me, delay, tag)
    }

    /// At `at` (time since the node started, as [`Ctx::now`] gives it), this process gets
    /// [`crate::SystemMsg::Timer`] with `tag`; a time already past fires at once. For
    /// deadlines computed ahead (a battle round ends at T), and it saves a clock read.
    ///
    /// # Errors
    /// [`TimerError::Full`] at the shard's timer limit.
    pub fn start_timer_at(&mut self, at: Duration, tag: u64) -> Result<TimerRef, TimerError> {
        self.core.start_timer_at(self.me, at, tag)
    }

    /// After `delay`, sends `message` to `to`. A message to this process itself does not
    /// count against its mailbox bound.
    ///
    /// # Errors
    /// [`TimerError::Full`] at the shard's timer limit.
    pub fn send_after<M: Send + 'static>(
        &mut self,
        delay: Duration,
        to: Addr<M>,
        message: M,
    ) -> Result<TimerRef, TimerError> {
        let me = self.me;
        self.core.after(
            delay,
            Box::new(move |core: &mut ShardCore| {
                if to.pid() == me {
                    core.deliver_unbounded(me, message);
                } else if core.send(to.pid(), message).is_err() {
                    core.stats.timer_sends_dropped += 1;
                }
            }),
        )
    }

    /// Cancels a timer started on any shard of this node.
    pub fn cancel_timer(&mut self, timer: TimerRef) -> TimerCancel {
        self.core.cancel_timer(timer)
    }

    // ----- requests ------------------------------------------------------------------

    /// A request with OTP's default 5 s timeout: see [`Ctx::notify`].
    ///
    /// # Errors
    /// As [`Ctx::notify`].
    pub fn call<S, R>(
        &mut self,
        server: Addr<S>,
        build: impl FnOnce(ReplyTo<R>) -> S,
    ) -> Result<RequestId, CallError>
    where
        S: Send + 'static,
        R: Send + 'static,
        P::Msg: From<Reply<R>>,
    {
        self.notify(server, build, CALL_TIMEOUT_DEFAULT)
    }

    /// The seed's `notify(sender, receiver, msg, timeout)`: sends the request `build`
    /// makes (it must carry the [`ReplyTo`]); exactly one of the reply or a
    /// [`crate::SystemMsg::Timeout`] naming the request comes back (see `call.rs`).
    ///
    /// # Errors
    /// [`CallError::Full`] / [`CallError::NoRoute`] if the request cannot be sent,
    /// [`CallError::TimerLimit`] at the shard's timer limit.
    pub fn notify<S, R>(
        &mut self,
        server: Addr<S>,
        build: impl FnOnce(ReplyTo<R>) -> S,
        timeout: Duration,
    ) -> Result<RequestId, CallError>
    where
        S: Send + 'static,
        R: Send + 'static,
        P::Msg: From<Reply<R>>,
    {
        let sink = ReplySink::of::<P::Msg, R>();
        let (request, deadline_ns) = self
            .core
            .open_call(self.me, timeout, sink)
            .ok_or(CallError::TimerLimit)?;
        let reply_to = ReplyTo {
            caller: self.me,
            request,
            deadline_ns,
            deliver: deliver_reply::<P::Msg, R>,
        };
        match self.core.send(server.pid(), build(reply_to)) {
            Ok(()) => Ok(request),
            Err(error) => {
                self.core.abandon_call(request);
                Err(match error {
                    SendError::NoRoute(_) => CallError::NoRoute,
                    _ => CallError::Full,
                })
            }
        }
    }

    /// [`Ctx::notify`] with the retry policy: on each expiry the request is built and
    /// sent again (same [`RequestId`]), up to `retries` times, then the timeout arrives.
    ///
    /// # Errors
    /// As [`Ctx::notify`], and [`CallError::TooManyRetries`] past [`CALL_RETRIES_MAX`].
    pub fn notify_retry<S, R>(
        &mut self,
        server: Addr<S>,
        mut build: impl FnMut(ReplyTo<R>) -> S + 'static,
        timeout: Duration,
        retries: u32,
    ) -> Result<RequestId, CallError>
    where
        S: Send + 'static,
        R: Send + 'static,
        P::Msg: From<Reply<R>>,
    {
        if retries > CALL_RETRIES_MAX {
            return Err(CallError::TooManyRetries);
        }
        let request = self.notify(server, &mut build, timeout)?;
        let caller = self.me;
        let resend = move |core: &mut ShardCore, request: RequestId, deadline_ns: u64| {
            let deliver = deliver_reply::<P::Msg, R>;
            let reply_to = ReplyTo {
                caller,
                request,
                deadline_ns,
                deliver,
            };
            core.send(server.pid(), build(reply_to)).is_ok()
        };
        self.core
            .set_retry(request, retries, timeout, Box::new(resend));
        Ok(request)
    }

    /// Answers a request. A reply after the caller's deadline is dropped at the caller.
    pub fn reply<R: Send + 'static>(&mut self, to: ReplyTo<R>, value: R) {
        (to.deliver)(self.core, to.caller, to.request, value);
    }

    /// Whether the caller of a request has stopped waiting (cancel-when-late: skip work
    /// whose answer would be dropped).
    pub fn is_late<R>(&self, request: &ReplyTo<R>) -> bool {
        self.core.clock.now_ns() > request.deadline_ns
    }

    /// The shard clock in nanoseconds (for [`ReplyTo::to_wire`] / `from_wire`).
    pub fn now_ns(&self) -> u64 {
        self.core.clock.now_ns()
    }

    // ----- distribution --------------------------------------------------------------

    /// Watches `node`: when it goes down, this process gets [`crate::SystemMsg::NodeDown`]
    /// (at once if it is not connected now).
    pub fn monitor_node(&mut self, node: NodeId) {
        let connected = self.nodes().contains(&node) || node == self.core.node;
        if connected {
            self.core
                .node_watchers
                .entry(node)
                .or_default()
                .push(self.me);
        } else {
            self.core
                .deliver_system(self.me, crate::SystemMsg::NodeDown { node });
        }
    }

    /// Subscribes this process to every node going up ([`crate::SystemMsg::NodeUp`]) or
    /// down ([`crate::SystemMsg::NodeDown`]) — Erlang's `net_kernel:monitor_nodes/1`.
    pub fn subscribe_nodes(&mut self) {
        if !self.core.all_node_watchers.contains(&self.me) {
            self.core.all_node_watchers.push(self.me);
        }
    }

    /// Nodes this shard is connected to.
    pub fn nodes(&self) -> Vec<NodeId> {
        self.core
            .router
            .as_ref()
            .map(|router| router.nodes())
            .unwrap_or_default()
    }

    /// Asks `node` to start a process of the behaviour registered there as `behaviour`
    /// with `args`. The answer, the pid or a [`crate::RemoteSpawnError`], arrives as
    /// [`crate::SystemMsg::Spawned`] naming the returned request; no answer within
    /// `timeout` gives [`crate::SystemMsg::Timeout`] instead.
    ///
    /// # Errors
    /// [`CallError::NoRoute`] if the node is not connected or `A` cannot cross nodes;
    /// [`CallError::TimerLimit`] at the shard's timer limit.
    pub fn spawn_remote<A: crate::WireMessage>(
        &mut self,
        node: NodeId,
        behaviour: &str,
        args: &A,
        timeout: Duration,
    ) -> Result<RequestId, CallError> {
        let mut encoded = Vec::new();
        args.encode(&mut encoded).map_err(|_| CallError::NoRoute)?;
        let sink = ReplySink::spawned();
        let (request, _) = self
            .core
            .open_call(self.me, timeout, sink)
            .ok_or(CallError::TimerLimit)?;
        let spawn = crate::RemoteSpawn {
            behaviour: behaviour.to_owned(),
            args: encoded,
        };
        let sent = match self.core.router.as_mut() {
            Some(router) => router.spawn(node, self.me, request, spawn).is_ok(),
            None => false,
        };
        if !sent {
            self.core.abandon_call(request);
            return Err(CallError::NoRoute);
        }
        Ok(request)
    }

    /// Registers this process under a cluster-wide `name` (see `hearth-net` for the
    /// conflict rule).
    ///
    /// # Errors
    /// [`NameError::Taken`] if a process anywhere in the cluster holds it;
    /// [`NameError::NoProc`] without distribution.
    pub fn register_global(&mut self, name: &str) -> Result<(), NameError> {
        let me = self.me;
        let router = self.core.router.as_mut().ok_or(NameError::NoProc)?;
        router.register_global(name, me)?;
        self.add_relation(|relations| {
            relations.global_names = true;
            true
        });
        Ok(())
    }

    /// The process registered as `name` anywhere in the cluster.
    pub fn whereis_global(&self, name: &str) -> Option<Pid> {
        self.core.router.as_ref()?.whereis_global(name)
    }
}
