//! `Ctx`: what a handler can do — Erlang's primitives for one running process.
//!
//! A `Ctx` exists only for the duration of one callback and borrows the shard, so it is
//! `!Send` and cannot escape: everything a process does happens on its own shard, and
//! everything that crosses shards or nodes is a message or a signal.

use std::future::Future;
use std::marker::PhantomData;
use std::time::Duration;

use crate::config::{CALL_RETRIES_MAX, CALL_TIMEOUT_DEFAULT, SpawnOptions};
use crate::error::{CallError, NameError, SendError, SpawnError, TimerError};
use crate::exit::ExitReason;
use crate::pid::Name;
use crate::pid::{Addr, MonitorRef, NodeId, Pid, RequestId, TimerRef};
use crate::process::Process;
use crate::shard::{
    AsAnswer, AsMessage, ExitKind, Landing, Reply, ReplySink, ReplyTo, Shard, Signal, Spawned,
    deliver_reply,
};
use crate::timer::TimerCancel;

/// The running process's handle on its shard (see the module docs).
pub struct Ctx<'a, P: Process> {
    shard: &'a mut Shard,
    me: Pid,
    stop: &'a mut Option<ExitReason>,
    process: PhantomData<fn(P)>,
}

impl<'a, P: Process> Ctx<'a, P> {
    pub(crate) fn new(shard: &'a mut Shard, me: Pid, stop: &'a mut Option<ExitReason>) -> Self {
        Self {
            shard,
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
        usize::from(self.shard.id())
    }

    /// Shards on this node.
    pub fn shards(&self) -> usize {
        self.shard.shard_count()
    }

    /// This node.
    pub fn node(&self) -> NodeId {
        self.shard.node()
    }

    /// Time since the node started (the shard clock; never ahead of real time).
    pub fn now(&self) -> Duration {
        Duration::from_nanos(self.shard.now_ns())
    }

    /// The process that spawned and linked this one, if any.
    pub fn parent(&mut self) -> Option<Pid> {
        self.shard.parent_of(self.me)
    }

    // ----- messages ------------------------------------------------------------------

    /// Sends `message` to `to`, asynchronously.
    ///
    /// # Errors
    /// [`SendError::Full`] hands the message back when the receiver refuses it: its
    /// mailbox (same shard) is full, its shard or node told this one it is full, or this
    /// process used its share of the outbox towards the receiver's shard (see
    /// `flow.rs`); [`SendError::NoRoute`] when its node is not connected. A message to a
    /// process that has died is dropped silently.
    pub fn send<M: Send + 'static>(&mut self, to: Addr<M>, message: M) -> Result<(), SendError<M>> {
        self.shard.send(self.me, to.pid(), message)
    }

    /// A send-only view of this shard for code that cannot take a generic `Ctx` (a port
    /// trait object): it sends as this process.
    pub fn outlet(&mut self) -> crate::Outlet<'_> {
        crate::Outlet::new(self.shard, self.me)
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
        match self.shard.whereis(name) {
            Some(pid) => self.shard.send(self.me, pid, message),
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
            .shard
            .spawn_here(child, SpawnOptions::default(), Some(self.me))?;
        Ok(spawned.addr)
    }

    /// Spawns `child` on this shard, linked to this process (atomically).
    ///
    /// # Errors
    /// As [`Ctx::spawn`].
    pub fn spawn_link<C: Process>(&mut self, child: C) -> Result<Addr<C::Msg>, SpawnError> {
        let options = SpawnOptions::default().linked();
        Ok(self.shard.spawn_here(child, options, Some(self.me))?.addr)
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
        let spawned = self.shard.spawn_here(child, options, Some(self.me))?;
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
        self.shard.spawn_with(child, options, Some(self.me))
    }

    /// Runs async work (I/O) as a task on this shard; it reports back with messages.
    pub fn spawn_task(&mut self, task: impl Future<Output = ()> + 'static) {
        self.shard.push_task(Box::pin(task));
    }

    // ----- links, monitors, exits ----------------------------------------------------

    /// Links this process and `pid` (both directions). Linking a process that does not
    /// exist sends this process an exit signal `noproc`.
    pub fn link(&mut self, pid: Pid) {
        self.shard.link(self.me, pid);
    }

    /// Removes the link with `pid`; no exit signal from it arrives afterwards.
    pub fn unlink(&mut self, pid: Pid) {
        self.shard.unlink(self.me, pid);
    }

    /// Monitors `pid`: when it ends, a [`crate::SystemMsg::Down`] with this reference
    /// and the reason arrives (`noproc` at once if it does not exist).
    pub fn monitor(&mut self, pid: Pid) -> MonitorRef {
        self.shard.monitor(self.me, pid)
    }

    /// Cancels a monitor; with `flush`, also removes its DOWN if already queued.
    /// Returns whether the monitor was still active.
    pub fn demonitor(&mut self, monitor: MonitorRef, flush: bool) -> bool {
        self.shard.demonitor(self.me, monitor, flush)
    }

    /// Turns exit signals into [`crate::SystemMsg::Exit`] messages (or back).
    pub fn trap_exit(&mut self, trap: bool) {
        self.shard.trap_exit(self.me, trap);
    }

    /// Sends `pid` an exit signal with `reason` (Erlang's `exit/2`).
    pub fn exit(&mut self, pid: Pid, reason: ExitReason) {
        self.shard.signal(pid, Signal::exit_sent(self.me, reason));
    }

    /// Kills `pid` unconditionally; it ends with `killed`, whether trapping or not.
    pub fn kill(&mut self, pid: Pid) {
        let from = self.me;
        let reason = ExitReason::Killed;
        self.shard.signal(
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

    /// Whether [`Ctx::stop`] was called in this callback (the process ends when it
    /// returns): a behaviour replaying queued messages stops replaying.
    pub fn stopping(&self) -> bool {
        self.stop.is_some()
    }

    // ----- names ---------------------------------------------------------------------

    /// Registers this process under `name` on this node (see `registry.rs` for how other
    /// shards learn of it, and the conflict rule).
    ///
    /// # Errors
    /// [`NameError::Taken`] if another process holds it; [`NameError::AlreadyNamed`] if
    /// this process already has a name.
    pub fn register(&mut self, name: &str) -> Result<(), NameError> {
        self.shard.register(self.me, name)
    }

    /// Drops this process's name; returns it.
    pub fn unregister(&mut self) -> Option<Name> {
        self.shard.unregister(self.me)
    }

    /// The process registered as `name` on this node.
    pub fn whereis(&self, name: &str) -> Option<Pid> {
        self.shard.whereis(name)
    }

    // ----- timers --------------------------------------------------------------------

    /// After `delay`, this process gets [`crate::SystemMsg::Timer`] with `tag`.
    ///
    /// # Errors
    /// [`TimerError::Full`] at the shard's timer limit.
    pub fn start_timer(&mut self, delay: Duration, tag: u64) -> Result<TimerRef, TimerError> {
        self.shard.start_timer(self.me, delay, tag)
    }

    /// At `at` (time since the node started, as [`Ctx::now`] gives it), this process gets
    /// [`crate::SystemMsg::Timer`] with `tag`; a time already past fires at once. For
    /// deadlines computed ahead (a battle round ends at T), and it saves a clock read.
    ///
    /// # Errors
    /// [`TimerError::Full`] at the shard's timer limit.
    pub fn start_timer_at(&mut self, at: Duration, tag: u64) -> Result<TimerRef, TimerError> {
        self.shard.start_timer_at(self.me, at, tag)
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
        self.shard.send_after(self.me, delay, to, message)
    }

    /// Cancels a timer started on any shard of this node.
    pub fn cancel_timer(&mut self, timer: TimerRef) -> TimerCancel {
        self.shard.cancel_timer(timer)
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
        self.request::<AsMessage<P::Msg>, S, R>(server, build, timeout)
    }

    /// [`Ctx::notify`] for a process whose message type cannot carry the answer (a
    /// behaviour that wraps another's messages): the reply arrives as
    /// [`crate::SystemMsg::Answer`] (its value boxed, downcast to `R`), or a
    /// [`crate::SystemMsg::Timeout`] naming the request.
    ///
    /// # Errors
    /// As [`Ctx::notify`].
    pub fn ask<S, R>(
        &mut self,
        server: Addr<S>,
        build: impl FnOnce(ReplyTo<R>) -> S,
        timeout: Duration,
    ) -> Result<RequestId, CallError>
    where
        S: Send + 'static,
        R: Send + 'static,
    {
        self.request::<AsAnswer, S, R>(server, build, timeout)
    }

    fn request<L, S, R>(
        &mut self,
        server: Addr<S>,
        build: impl FnOnce(ReplyTo<R>) -> S,
        timeout: Duration,
    ) -> Result<RequestId, CallError>
    where
        L: Landing<R>,
        S: Send + 'static,
        R: Send + 'static,
    {
        let sink = ReplySink::of::<L, R>();
        let (request, deadline_ns) = self
            .shard
            .open_call(self.me, timeout, sink)
            .ok_or(CallError::TimerLimit)?;
        let reply_to = ReplyTo {
            caller: self.me,
            request,
            deadline_ns,
            deliver: deliver_reply::<L, R>,
        };
        match self.shard.send(self.me, server.pid(), build(reply_to)) {
            Ok(()) => Ok(request),
            Err(error) => {
                self.shard.abandon_call(request);
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
        let resend = move |shard: &mut Shard, request: RequestId, deadline_ns: u64| {
            let deliver = deliver_reply::<AsMessage<P::Msg>, R>;
            let reply_to = ReplyTo {
                caller,
                request,
                deadline_ns,
                deliver,
            };
            shard.send(caller, server.pid(), build(reply_to)).is_ok()
        };
        self.shard
            .set_retry(request, retries, timeout, Box::new(resend));
        Ok(request)
    }

    /// Answers a request. A reply after the caller's deadline is dropped at the caller.
    pub fn reply<R: Send + 'static>(&mut self, to: ReplyTo<R>, value: R) {
        (to.deliver)(self.shard, to.caller, to.request, value);
    }

    /// Whether the caller of a request has stopped waiting (cancel-when-late: skip work
    /// whose answer would be dropped).
    pub fn is_late<R>(&self, request: &ReplyTo<R>) -> bool {
        self.shard.now_ns() > request.deadline_ns
    }

    /// The shard clock in nanoseconds (for [`ReplyTo::to_wire`] / `from_wire`).
    pub fn now_ns(&self) -> u64 {
        self.shard.now_ns()
    }

    // ----- distribution --------------------------------------------------------------

    /// Watches `node`: when it goes down, this process gets [`crate::SystemMsg::NodeDown`]
    /// (at once if it is not connected now).
    pub fn monitor_node(&mut self, node: NodeId) {
        self.shard.monitor_node(self.me, node);
    }

    /// Subscribes this process to every node going up ([`crate::SystemMsg::NodeUp`]) or
    /// down ([`crate::SystemMsg::NodeDown`]) — Erlang's `net_kernel:monitor_nodes/1`.
    pub fn subscribe_nodes(&mut self) {
        self.shard.subscribe_nodes(self.me);
    }

    /// Whether `node` is down because it went silent (no frame within the cluster's
    /// down-detection time), not because its connection closed or broke: a silent node
    /// may still run (a stall, a network cut) and come back with its processes, while a
    /// closed connection usually means its OS process ended. `false` once it is up
    /// again, and for a node never down.
    pub fn went_silent(&self, node: NodeId) -> bool {
        self.shard.went_silent(node)
    }

    /// Nodes this shard is connected to.
    pub fn nodes(&self) -> Vec<NodeId> {
        self.shard.nodes()
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
            .shard
            .open_call(self.me, timeout, sink)
            .ok_or(CallError::TimerLimit)?;
        let spawn = crate::RemoteSpawn {
            behaviour: behaviour.to_owned(),
            args: encoded,
        };
        let me = self.me;
        let sent = match self.shard.router_mut() {
            Some(router) => router.spawn(node, me, request, spawn).is_ok(),
            None => false,
        };
        if !sent {
            self.shard.abandon_call(request);
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
        let router = self.shard.router_mut().ok_or(NameError::NoProc)?;
        router.register_global(name, me)?;
        self.shard.mark_global_names(me);
        Ok(())
    }

    /// The process registered as `name` anywhere in the cluster.
    pub fn whereis_global(&self, name: &str) -> Option<Pid> {
        self.shard.router()?.whereis_global(name)
    }
}
