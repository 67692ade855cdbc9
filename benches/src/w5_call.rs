//! W5: a million sequential request/replies to a server process, each with a 5 s timeout.

use std::time::{Duration, Instant};

use hearth_engine::{Addr, Ctx, NodeHandle, Process, Reply, ReplyTo, SystemMsg};

use crate::{Line, ns_per};

struct Get(ReplyTo<u64>, u64);

struct Server;

impl Process for Server {
    type Msg = Get;
    fn handle(&mut self, Get(reply, value): Get, ctx: &mut Ctx<'_, Self>) {
        ctx.reply(reply, value + 1);
    }
}

enum ClientMsg {
    Start(Addr<Get>, flume::Sender<Duration>),
    Answer(Reply<u64>),
}

impl From<Reply<u64>> for ClientMsg {
    fn from(reply: Reply<u64>) -> Self {
        Self::Answer(reply)
    }
}

struct Client {
    left: u64,
    server: Option<Addr<Get>>,
    started: Instant,
    done: Option<flume::Sender<Duration>>,
}

impl Client {
    fn call(&mut self, ctx: &mut Ctx<'_, Self>, value: u64) {
        let server = self.server.expect("started");
        ctx.call(server, |reply| Get(reply, value))
            .expect("server reachable");
    }
}

impl Process for Client {
    type Msg = ClientMsg;
    fn handle(&mut self, message: ClientMsg, ctx: &mut Ctx<'_, Self>) {
        match message {
            ClientMsg::Start(server, done) => {
                (self.server, self.done, self.started) = (Some(server), Some(done), Instant::now());
                self.call(ctx, 0);
            }
            ClientMsg::Answer(reply) => {
                self.left -= 1;
                if self.left == 0 {
                    let _ = self
                        .done
                        .take()
                        .expect("started")
                        .send(self.started.elapsed());
                } else {
                    self.call(ctx, reply.value);
                }
            }
        }
    }

    fn handle_system(&mut self, message: SystemMsg, _ctx: &mut Ctx<'_, Self>) {
        panic!("W5 client got {message:?}: a call timed out");
    }
}

/// Runs W5 and returns its line.
pub fn run(handle: &NodeHandle, calls: u64) -> String {
    let server = handle.spawn(0, Server).expect("spawn server");
    let client = Client {
        left: calls,
        server: None,
        started: Instant::now(),
        done: None,
    };
    let client = handle.spawn(0, client).expect("spawn client");
    let (done, finished) = flume::bounded(1);
    handle
        .send(client, ClientMsg::Start(server, done))
        .expect("start");
    let elapsed = finished.recv().expect("client reports");
    Line::new("hearth", "W5-call")
        .field("calls", calls)
        .float("ns_per_call", ns_per(elapsed, calls), 1)
        .finish()
}
