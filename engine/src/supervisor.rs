//! Supervisors: processes that start, watch and restart other processes, in a hierarchy,
//! so lower layers keep a degraded but acceptable service while upper ones restart (the
//! seed's hierarchy of tasks).
//!
//! # Contract (OTP's `supervisor`)
//!
//! | event | what the supervisor does |
//! |---|---|
//! | start | traps exits; starts the children in order (each linked to it); a start error ends the supervisor with that error after stopping those already started |
//! | a child exits | `permanent`: restarted; `transient`: restarted unless `normal`/`shutdown`; `temporary`: never |
//! | restart, `one_for_one` | that child alone |
//! | restart, `one_for_all` | all other children are stopped (reverse order), then all restarted (in order) |
//! | restart, `rest_for_one` | the children started after it are stopped (reverse order), then it and they restarted (in order) |
//! | restart, `simple_one_for_one` | that child alone, with the arguments it was started with |
//! | more than `intensity` restarts within `period` (default 1 in 5 s) | all children stopped; the supervisor exits with [`ExitReason::RestartIntensity`], escalating to its own supervisor |
//! | an exit signal from its parent or the node | all children stopped in reverse start order, then it exits with that reason |
//!
//! Stopping a child: `shutdown` exit signal, then wait up to its shutdown time for it to
//! exit; past that, `kill`. [`Shutdown::Brutal`] kills at once. Children stop one at a
//! time, so a child may rely on those started before it until it has stopped.
//!
//! Children may live on any shard of the node ([`Starter::spawn_link_on`]).

use std::any::Any;
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use crate::config::{CHILD_SHUTDOWN_DEFAULT, Placement, SpawnOptions};
use crate::ctx::Ctx;
use crate::error::SpawnError;
use crate::exit::ExitReason;
use crate::pid::{Pid, TimerRef};
use crate::process::{Process, SystemMsg};
use crate::shard::ReplyTo;

/// OTP's default restart intensity: at most 1 restart ...
pub const RESTART_INTENSITY_DEFAULT: u32 = 1;
/// ... within 5 seconds.
pub const RESTART_PERIOD_DEFAULT: Duration = Duration::from_secs(5);
/// Children one supervisor may hold (a bound on its tables and on the work of a restart).
pub const CHILDREN_MAX: usize = 1 << 20;

/// Which children restart when one exits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// Only the child that exited.
    OneForOne,
    /// Every child.
    OneForAll,
    /// The child that exited and those started after it.
    RestForOne,
    /// Dynamic children of one template, started on request; only the one that exited.
    SimpleOneForOne,
}

/// When a child is restarted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restart {
    /// Always.
    Permanent,
    /// Only after an abnormal exit (not `normal` or `shutdown`).
    Transient,
    /// Never.
    Temporary,
}

/// How a child is stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shutdown {
    /// `shutdown` exit signal, then `kill` after this long.
    Timeout(Duration),
    /// `kill` at once.
    Brutal,
}

/// Starts one child, linked to the supervisor; returns its pid.
pub type StartFn = Arc<dyn Fn(&mut Starter<'_, '_>) -> Result<Pid, SpawnError> + Send + Sync>;
/// Starts one dynamic child from its arguments.
pub type DynamicStartFn = Arc<
    dyn Fn(&mut Starter<'_, '_>, &(dyn Any + Send + Sync)) -> Result<Pid, SpawnError> + Send + Sync,
>;

/// One child of a static supervisor.
#[derive(Clone)]
pub struct ChildSpec {
    /// A name for logs and events.
    pub id: String,
    /// How to start it.
    pub start: StartFn,
    /// When to restart it.
    pub restart: Restart,
    /// How to stop it.
    pub shutdown: Shutdown,
}

impl ChildSpec {
    /// A permanent child stopped with the default timeout.
    pub fn new(
        id: impl Into<String>,
        start: impl Fn(&mut Starter<'_, '_>) -> Result<Pid, SpawnError> + Send + Sync + 'static,
    ) -> Self {
        Self {
            id: id.into(),
            start: Arc::new(start),
            restart: Restart::Permanent,
            shutdown: Shutdown::Timeout(CHILD_SHUTDOWN_DEFAULT),
        }
    }

    /// With a restart type.
    pub fn restart(mut self, restart: Restart) -> Self {
        self.restart = restart;
        self
    }

    /// With a shutdown policy.
    pub fn shutdown(mut self, shutdown: Shutdown) -> Self {
        self.shutdown = shutdown;
        self
    }
}

/// What a supervisor reports to an optional observer (tests, tooling).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SupervisorEvent {
    /// A child started.
    Started {
        /// The child's id.
        id: String,
        /// Its new pid.
        pid: Pid,
    },
    /// A child exited on its own.
    Exited {
        /// The child's id.
        id: String,
        /// Why.
        reason: ExitReason,
    },
    /// A child was stopped by the supervisor.
    Stopped {
        /// The child's id.
        id: String,
        /// How it ended (`shutdown`, or `killed` after the timeout).
        reason: ExitReason,
    },
    /// Restart intensity exceeded: the supervisor gives up.
    GaveUp,
}

/// A supervisor's configuration.
#[derive(Clone)]
pub struct SupervisorSpec {
    /// Restart strategy.
    pub strategy: Strategy,
    /// Most restarts ...
    pub intensity: u32,
    /// ... within this period.
    pub period: Duration,
    /// Static children, in start order (empty for `SimpleOneForOne`).
    pub children: Vec<ChildSpec>,
    /// The template of `SimpleOneForOne` children.
    pub template: Option<(ChildSpec, DynamicStartFn)>,
    /// Where events go, if anywhere.
    pub events: Option<flume::Sender<SupervisorEvent>>,
    /// A node-local name the supervisor registers when it starts (OTP's
    /// `start_link({local, Name}, ...)`); a name taken already fails its start.
    pub name: Option<String>,
}

impl SupervisorSpec {
    /// A static supervisor with OTP's default intensity.
    pub fn new(strategy: Strategy, children: Vec<ChildSpec>) -> Self {
        Self {
            strategy,
            intensity: RESTART_INTENSITY_DEFAULT,
            period: RESTART_PERIOD_DEFAULT,
            children,
            template: None,
            events: None,
            name: None,
        }
    }

    /// A `SimpleOneForOne` supervisor of children made by `start` from their arguments;
    /// `template` gives their id prefix, restart type and shutdown.
    pub fn dynamic(
        template: ChildSpec,
        start: impl Fn(&mut Starter<'_, '_>, &(dyn Any + Send + Sync)) -> Result<Pid, SpawnError>
        + Send
        + Sync
        + 'static,
    ) -> Self {
        Self {
            template: Some((template, Arc::new(start))),
            ..Self::new(Strategy::SimpleOneForOne, Vec::new())
        }
    }

    /// With a restart intensity.
    pub fn intensity(mut self, restarts: u32, period: Duration) -> Self {
        (self.intensity, self.period) = (restarts, period);
        self
    }

    /// Registered under `name` while it runs.
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// With an event observer.
    pub fn events(mut self, events: flume::Sender<SupervisorEvent>) -> Self {
        self.events = Some(events);
        self
    }
}

/// Lets a start function spawn its child linked to the supervisor.
pub struct Starter<'c, 'a> {
    ctx: &'c mut Ctx<'a, Supervisor>,
}

impl Starter<'_, '_> {
    /// Spawns `child` on the supervisor's shard, linked to it.
    ///
    /// # Errors
    /// As [`Ctx::spawn_link`].
    pub fn spawn_link<C: Process>(&mut self, child: C) -> Result<Pid, SpawnError> {
        Ok(self.ctx.spawn_link(child)?.pid())
    }

    /// Spawns `child` with `options` (always linked to the supervisor): a mailbox bound,
    /// a placement.
    ///
    /// # Errors
    /// As [`Ctx::spawn_opts`].
    pub fn spawn_link_opts<C: Process + Send>(
        &mut self,
        child: C,
        options: SpawnOptions,
    ) -> Result<Pid, SpawnError> {
        Ok(self.ctx.spawn_opts(child, options.linked())?.addr.pid())
    }

    /// Spawns `child` on any shard, linked to the supervisor.
    ///
    /// # Errors
    /// As [`Ctx::spawn_opts`].
    pub fn spawn_link_on<C: Process + Send>(
        &mut self,
        child: C,
        placement: Placement,
    ) -> Result<Pid, SpawnError> {
        let options = SpawnOptions::on(placement).linked();
        Ok(self.ctx.spawn_opts(child, options)?.addr.pid())
    }
}

/// Requests a supervisor answers.
pub enum SupervisorMsg {
    /// Start a dynamic child (`SimpleOneForOne`) with these arguments.
    StartChild {
        /// The child's arguments, kept for its restarts.
        args: Arc<dyn Any + Send + Sync>,
        /// Where the result goes.
        reply: Option<ReplyTo<Result<Pid, SpawnError>>>,
    },
    /// List the children: id and pid (`None` while not running).
    WhichChildren(ReplyTo<Vec<(String, Option<Pid>)>>),
}

struct Child {
    spec: ChildSpec,
    args: Option<Arc<dyn Any + Send + Sync>>,
    pid: Option<Pid>,
}

/// What to do once the children being stopped are gone.
enum After {
    Restart(Vec<usize>),
    Exit(ExitReason),
}

struct Stopping {
    queue: VecDeque<usize>,
    current: Option<(usize, Option<TimerRef>)>,
    after: After,
}

/// A supervisor process (see the module docs).
pub struct Supervisor {
    spec: SupervisorSpec,
    children: Vec<Child>,
    restarts: VecDeque<Duration>,
    stopping: Option<Stopping>,
    /// Exits that arrived while stopping, handled afterwards.
    deferred: VecDeque<(Pid, ExitReason)>,
}

impl Supervisor {
    /// A supervisor for `spec`.
    pub fn new(spec: SupervisorSpec) -> Self {
        let children = spec
            .children
            .iter()
            .map(|spec| Child {
                spec: spec.clone(),
                args: None,
                pid: None,
            })
            .collect();
        Self {
            spec,
            children,
            restarts: VecDeque::new(),
            stopping: None,
            deferred: VecDeque::new(),
        }
    }

    fn emit(&self, event: SupervisorEvent) {
        if let Some(events) = &self.spec.events {
            let _ = events.send(event);
        }
    }

    fn start_child(&mut self, index: usize, ctx: &mut Ctx<'_, Self>) -> Result<Pid, SpawnError> {
        let child = &self.children[index];
        let (start, args) = (child.spec.start.clone(), child.args.clone());
        let dynamic = self.spec.template.as_ref().map(|(_, start)| start.clone());
        let mut starter = Starter { ctx };
        let pid = match (dynamic, args) {
            (Some(dynamic), Some(args)) => dynamic(&mut starter, &*args)?,
            _ => start(&mut starter)?,
        };
        self.children[index].pid = Some(pid);
        self.emit(SupervisorEvent::Started {
            id: self.children[index].spec.id.clone(),
            pid,
        });
        Ok(pid)
    }

    fn child_of(&self, pid: Pid) -> Option<usize> {
        self.children
            .iter()
            .position(|child| child.pid == Some(pid))
    }

    /// A child exited on its own.
    fn child_exited(&mut self, index: usize, reason: ExitReason, ctx: &mut Ctx<'_, Self>) {
        self.children[index].pid = None;
        let spec = &self.children[index].spec;
        tracing::info!(supervisor = %ctx.me(), child = %spec.id, %reason, "child exited");
        self.emit(SupervisorEvent::Exited {
            id: spec.id.clone(),
            reason: reason.clone(),
        });
        let restart = match spec.restart {
            Restart::Permanent => true,
            Restart::Transient => reason.restarts_transient(),
            Restart::Temporary => false,
        };
        if !restart {
            if self.spec.strategy == Strategy::SimpleOneForOne {
                self.children.remove(index);
            }
            return;
        }
        if !self.note_restart(ctx) {
            self.emit(SupervisorEvent::GaveUp);
            tracing::warn!(supervisor = %ctx.me(), "restart intensity exceeded; giving up");
            self.stop_all(After::Exit(ExitReason::RestartIntensity), ctx);
            return;
        }
        let affected: Vec<usize> = match self.spec.strategy {
            Strategy::OneForOne | Strategy::SimpleOneForOne => vec![index],
            Strategy::OneForAll => (0..self.children.len()).collect(),
            Strategy::RestForOne => (index..self.children.len()).collect(),
        };
        self.stop_then(affected.clone(), After::Restart(affected), ctx);
    }

    /// Records a restart; `false` if that exceeds the intensity.
    fn note_restart(&mut self, ctx: &mut Ctx<'_, Self>) -> bool {
        let now = ctx.now();
        while self
            .restarts
            .front()
            .is_some_and(|&at| now.saturating_sub(at) > self.spec.period)
        {
            self.restarts.pop_front();
        }
        self.restarts.push_back(now);
        self.restarts.len() <= self.spec.intensity as usize
    }

    fn stop_all(&mut self, after: After, ctx: &mut Ctx<'_, Self>) {
        let all = (0..self.children.len()).collect();
        self.stop_then(all, after, ctx);
    }

    /// Stops the running children among `indices` in reverse order, then does `after`.
    fn stop_then(&mut self, indices: Vec<usize>, after: After, ctx: &mut Ctx<'_, Self>) {
        let queue = indices
            .into_iter()
            .rev()
            .filter(|&index| self.children[index].pid.is_some())
            .collect();
        self.stopping = Some(Stopping {
            queue,
            current: None,
            after,
        });
        self.stop_next(ctx);
    }

    /// Sends the next stop, or finishes the stopping phase.
    fn stop_next(&mut self, ctx: &mut Ctx<'_, Self>) {
        let Some(stopping) = self.stopping.as_mut() else {
            return;
        };
        while let Some(index) = stopping.queue.pop_front() {
            let Some(pid) = self.children[index].pid else {
                continue;
            };
            let timer = match self.children[index].spec.shutdown {
                Shutdown::Brutal => {
                    ctx.kill(pid);
                    None
                }
                Shutdown::Timeout(timeout) => {
                    ctx.exit(pid, ExitReason::Shutdown);
                    ctx.start_timer(timeout, index as u64).ok()
                }
            };
            stopping.current = Some((index, timer));
            return;
        }
        let after = self.stopping.take().map(|stopping| stopping.after);
        match after {
            Some(After::Restart(indices)) => self.restart_all(indices, ctx),
            Some(After::Exit(reason)) => ctx.stop(reason),
            None => {}
        }
        self.handle_deferred(ctx);
    }

    fn restart_all(&mut self, indices: Vec<usize>, ctx: &mut Ctx<'_, Self>) {
        for index in indices {
            if index >= self.children.len() || self.children[index].pid.is_some() {
                continue;
            }
            if let Err(error) = self.start_child(index, ctx) {
                // A failed restart counts as another exit of that child: it is retried
                // within the restart intensity, which bounds this recursion.
                let reason = ExitReason::custom(format!("restart failed: {error}"));
                self.child_exited(index, reason, ctx);
                return;
            }
        }
    }

    fn handle_deferred(&mut self, ctx: &mut Ctx<'_, Self>) {
        while self.stopping.is_none() {
            let Some((pid, reason)) = self.deferred.pop_front() else {
                return;
            };
            self.on_exit(pid, reason, ctx);
        }
    }

    /// An exit signal while running normally.
    fn on_exit(&mut self, from: Pid, reason: ExitReason, ctx: &mut Ctx<'_, Self>) {
        match self.child_of(from) {
            Some(index) => self.child_exited(index, reason, ctx),
            None => self.stop_all(After::Exit(reason), ctx),
        }
    }

    /// An exit signal while stopping children.
    fn on_exit_while_stopping(&mut self, from: Pid, reason: ExitReason, ctx: &mut Ctx<'_, Self>) {
        let Some(stopping) = self.stopping.as_mut() else {
            return;
        };
        let current = stopping
            .current
            .filter(|&(index, _)| self.children[index].pid == Some(from));
        if let Some((index, timer)) = current {
            if let Some(timer) = timer {
                ctx.cancel_timer(timer);
            }
            stopping.current = None;
            self.children[index].pid = None;
            self.emit(SupervisorEvent::Stopped {
                id: self.children[index].spec.id.clone(),
                reason,
            });
            if self.spec.strategy == Strategy::SimpleOneForOne {
                self.children.remove(index);
                self.shift_after_remove(index);
            }
            self.stop_next(ctx);
        } else if self.child_of(from).is_none() {
            // The parent or the node wants us gone: finish stopping, then stop everything.
            let everyone = (0..self.children.len()).rev().collect();
            if let Some(stopping) = self.stopping.as_mut() {
                stopping.after = After::Exit(reason);
                stopping.queue = everyone;
            }
        } else {
            self.deferred.push_back((from, reason));
        }
    }

    /// Keeps stopping indices valid after a dynamic child was removed.
    fn shift_after_remove(&mut self, removed: usize) {
        let Some(stopping) = self.stopping.as_mut() else {
            return;
        };
        stopping.queue.retain(|&index| index != removed);
        for index in stopping.queue.iter_mut() {
            if *index > removed {
                *index -= 1;
            }
        }
    }

    fn shutdown_timer(&mut self, index: usize, ctx: &mut Ctx<'_, Self>) {
        let Some(stopping) = self.stopping.as_mut() else {
            return;
        };
        if let Some((current, Some(_))) = stopping.current
            && current == index
            && let Some(pid) = self.children[index].pid
        {
            tracing::warn!(child = %self.children[index].spec.id, "child ignored shutdown; killing it");
            stopping.current = Some((index, None));
            ctx.kill(pid);
        }
    }

    fn start_dynamic(
        &mut self,
        args: Arc<dyn Any + Send + Sync>,
        ctx: &mut Ctx<'_, Self>,
    ) -> Result<Pid, SpawnError> {
        let Some((template, _)) = &self.spec.template else {
            return Err(SpawnError::ProcessLimit);
        };
        if self.children.len() >= CHILDREN_MAX {
            return Err(SpawnError::ProcessLimit);
        }
        self.children.push(Child {
            spec: template.clone(),
            args: Some(args),
            pid: None,
        });
        let index = self.children.len() - 1;
        self.start_child(index, ctx).inspect_err(|_| {
            self.children.pop();
        })
    }
}

impl Process for Supervisor {
    type Msg = SupervisorMsg;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        if let Some(name) = &self.spec.name {
            ctx.register(name)
                .map_err(|error| ExitReason::custom(format!("supervisor {name}: {error}")))?;
        }
        ctx.trap_exit(true);
        for index in 0..self.children.len() {
            if let Err(error) = self.start_child(index, ctx) {
                for started in (0..index).rev() {
                    if let Some(pid) = self.children[started].pid {
                        ctx.kill(pid);
                    }
                }
                let id = &self.children[index].spec.id;
                return Err(ExitReason::custom(format!(
                    "failed to start child {id}: {error}"
                )));
            }
        }
        Ok(())
    }

    fn handle(&mut self, message: SupervisorMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SupervisorMsg::StartChild { args, reply } => {
                let result = self.start_dynamic(args, ctx);
                if let Some(reply) = reply {
                    ctx.reply(reply, result);
                }
            }
            SupervisorMsg::WhichChildren(reply) => {
                let children = self
                    .children
                    .iter()
                    .map(|child| (child.spec.id.clone(), child.pid))
                    .collect();
                ctx.reply(reply, children);
            }
        }
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            SystemMsg::Exit { from, reason } if self.stopping.is_some() => {
                self.on_exit_while_stopping(from, reason, ctx);
            }
            SystemMsg::Exit { from, reason } => self.on_exit(from, reason, ctx),
            SystemMsg::Timer { tag, .. } => self.shutdown_timer(tag as usize, ctx),
            _ => {}
        }
    }

    fn status(&self, status: &mut crate::Status) {
        status.supervisor();
        status.field("strategy", format_args!("{:?}", self.spec.strategy));
        status.field(
            "intensity",
            format_args!("{} in {:?}", self.spec.intensity, self.spec.period),
        );
        status.field("recent_restarts", self.restarts.len());
        if self.stopping.is_some() {
            status.field("stopping", "children");
        }
        for child in &self.children {
            status.child(&child.spec.id, child.pid);
        }
    }

    fn terminate(&mut self, reason: &ExitReason, ctx: &mut Ctx<'_, Self>) {
        // Children still running when the supervisor ends (it was stopped from outside
        // its own shutdown path) are killed so none outlives its supervisor.
        for child in self.children.iter().rev() {
            if let Some(pid) = child.pid {
                ctx.kill(pid);
            }
        }
        tracing::debug!(supervisor = %ctx.me(), %reason, "supervisor stopped");
    }
}
