//! Starting AI entities through the world's `ai` supervisor (as a game would: each is
//! a supervised child, restarted if it crashes), a window of starts at a time so the
//! supervisor's mailbox never holds more than [`AI_START_WINDOW`].

use std::sync::Arc;

use hearth_engine::{
    Addr, Ctx, ExitReason, NodeHandle, Pid, Process, Reply, SpawnError, SupervisorMsg, SystemMsg,
};
use hearth_world::AI_SUPERVISOR_NAME;
use hearth_world::ai::AiSpec;

use super::{SETTLE_TIMEOUT, WorldLoadError};

/// AI starts in flight at the `ai` supervisor.
const AI_START_WINDOW: usize = 512;

/// Starts AI entities through the `ai` supervisor, a window at a time.
struct AiStarter {
    next: usize,
    total: usize,
    in_flight: usize,
    failed: usize,
    done: flume::Sender<(usize, usize)>,
}

/// The supervisor's answer to a start.
struct Started(Result<Pid, SpawnError>);

impl From<Reply<Result<Pid, SpawnError>>> for Started {
    fn from(reply: Reply<Result<Pid, SpawnError>>) -> Self {
        Self(reply.value)
    }
}

impl AiStarter {
    fn fill(&mut self, ctx: &mut Ctx<'_, Self>) {
        let Some(supervisor) = ctx.whereis(AI_SUPERVISOR_NAME) else {
            self.failed = self.total - self.next;
            self.next = self.total;
            return;
        };
        while self.in_flight < AI_START_WINDOW && self.next < self.total {
            let spec = AiSpec::seed(self.next as u64);
            let build = |reply| SupervisorMsg::StartChild {
                args: Arc::new(spec),
                reply: Some(reply),
            };
            self.next += 1;
            match ctx.notify(Addr::from_pid(supervisor), build, SETTLE_TIMEOUT) {
                Ok(_) => self.in_flight += 1,
                Err(_) => self.failed += 1,
            }
        }
        if self.in_flight == 0 {
            let _ = self.done.send((self.total - self.failed, self.failed));
            ctx.stop(ExitReason::Normal);
        }
    }
}

impl Process for AiStarter {
    type Msg = Started;

    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        self.fill(ctx);
        Ok(())
    }

    fn handle(&mut self, Started(result): Started, ctx: &mut Ctx<'_, Self>) {
        self.in_flight -= 1;
        self.failed += usize::from(result.is_err());
        self.fill(ctx);
    }

    fn handle_system(&mut self, message: SystemMsg, ctx: &mut Ctx<'_, Self>) {
        if let SystemMsg::Timeout { .. } = message {
            self.in_flight -= 1;
            self.failed += 1;
            self.fill(ctx);
        }
    }
}

/// Starts `count` seed AI entities through the node's `ai` supervisor; how many started.
///
/// # Errors
/// When the starter cannot run or the AI does not start in time.
pub fn start_ai(handle: &NodeHandle, count: usize) -> Result<usize, WorldLoadError> {
    if count == 0 {
        return Ok(0);
    }
    let (done, finished) = flume::bounded(1);
    let starter = AiStarter {
        next: 0,
        total: count,
        in_flight: 0,
        failed: 0,
        done,
    };
    handle
        .spawn(0, starter)
        .map_err(|error| WorldLoadError::Node(error.to_string()))?;
    let (started, failed) = finished
        .recv_timeout(SETTLE_TIMEOUT)
        .map_err(|_| WorldLoadError::Node("AI did not start in time".into()))?;
    if failed > 0 {
        tracing::warn!(failed, "AI entities that did not start");
    }
    Ok(started)
}
