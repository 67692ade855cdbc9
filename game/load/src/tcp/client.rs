//! One shard's clients: connecting them at the shard's share of the connect rate, their
//! reader and writer tasks, the send schedule, and the figures each reply adds.
//!
//! Invariants: a client's connection, in-flight list and place in the mix are its shard's
//! own (`Rc`, same thread); only [`super::Counters`] and the final histogram merge cross
//! threads.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use futures_lite::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use hdrhistogram::Histogram;
use hearth_engine::ShardHandle;
use hearth_engine::io::{Preallocated, TcpStream};
use hearth_gate::outbox::Outbox;
use hearth_protocol::{self as proto, ErrorCode, FRAME_HEAD_BYTES, FrameHead, MessageId};
use hearth_timers::Wheel;
use prost::Message;

use super::{ERROR_CODES, JOIN_SETTLE, LATENCY_MAX_NS, Run, STOPPING, TICK, histogram};
use crate::mix::Mix;
use crate::schedule::Schedule;

/// Seconds a load client's login ticket lives (it logs in at once).
const LOGIN_TICKET_LIFETIME_S: u64 = 300;

/// Timers fired per wheel poll (the rest go next tick).
const SENDS_PER_TICK_MAX: usize = 65_536;
/// Receive buffer per client connection.
const READ_BUFFER_BYTES: usize = 1024;
/// Requests a client may have unanswered; past it the client skips a send (and counts it).
const IN_FLIGHT_MAX: usize = 256;

/// One client's sending side, seen by its shard's sender.
struct Conn {
    outbox: Outbox,
    /// Requests sent and not answered: (id, the time it was due, ns since the start).
    in_flight: RefCell<VecDeque<(u64, u64)>>,
    /// When its requests are due (µs since the start), fixed when it logs in.
    schedule: Cell<Schedule>,
    next_id: Cell<u64>,
    request: RefCell<Vec<u8>>,
    mix: RefCell<Option<Mix>>,
}

/// A shard's slice of the clients.
pub(super) struct ShardLoad {
    run: Arc<Run>,
    conns: RefCell<Vec<Rc<Conn>>>,
    schedule: RefCell<Wheel<u32>>,
    histogram: RefCell<Histogram<u64>>,
}

impl ShardLoad {
    pub(super) fn new(run: Arc<Run>) -> Self {
        Self {
            run,
            conns: RefCell::new(Vec::new()),
            schedule: RefCell::new(Wheel::new(0)),
            histogram: RefCell::new(histogram()),
        }
    }
}

/// Opens this shard's clients at the shard's share of the connect rate.
pub(super) async fn connect_all(
    handle: ShardHandle,
    load: Rc<ShardLoad>,
    shard: usize,
    shards: usize,
) {
    let per_shard_rate = (f64::from(load.run.spec.connect_per_s) / shards as f64).max(1.0);
    let pause = Duration::from_secs_f64(1.0 / per_shard_rate);
    let mut next = Instant::now();
    for client in (shard..load.run.spec.clients).step_by(shards) {
        if load.run.phase.load(Ordering::Relaxed) == STOPPING {
            return;
        }
        handle.spawn(client_task(Rc::clone(&load), client));
        next += pause;
        let wait = next.saturating_duration_since(Instant::now());
        if wait >= TICK {
            hearth_engine::io::sleep(wait).await;
        }
    }
}

async fn client_task(load: Rc<ShardLoad>, client: usize) {
    let counters = &load.run.counters;
    let Ok(stream) = TcpStream::connect(load.run.target(client)).await else {
        counters.connect_failed.fetch_add(1, Ordering::Relaxed);
        return;
    };
    let _ = stream.set_nodelay(true);
    let stream = stream.buffered_with(Preallocated::new(READ_BUFFER_BYTES));
    let (mut read, mut write) = futures_lite::io::split(stream);
    let user = format!("{}{client}", load.run.spec.user_prefix);
    let password = load
        .run
        .spec
        .login_secret
        .as_ref()
        .map_or_else(String::new, |secret| {
            hearth_protocol::ticket::issue_fresh(secret, &user, LOGIN_TICKET_LIFETIME_S)
        });
    let mut login = Vec::new();
    proto::encode_into(
        &mut login,
        MessageId::Login,
        &proto::Login {
            user,
            password,
            ..Default::default()
        },
    );
    if write.write_all(&login).await.is_err() || !logged_in(&mut read).await {
        counters.login_failed.fetch_add(1, Ordering::Relaxed);
        return;
    }
    counters.connected.fetch_add(1, Ordering::Relaxed);
    let conn = Rc::new(Conn {
        outbox: Outbox::default(),
        in_flight: RefCell::new(VecDeque::new()),
        schedule: Cell::new(Schedule::new(0, load.run.period_us())),
        next_id: Cell::new(1),
        request: RefCell::new(Vec::new()),
        mix: RefCell::new(None),
    });
    if load.run.spec.seed_mix {
        join_groups(&load, &conn, client);
    }
    schedule(&load, Rc::clone(&conn));
    let writing = async {
        let mut spare = Vec::new();
        loop {
            conn.outbox.ready().await;
            let bytes = conn.outbox.take(spare);
            if write.write_all(&bytes).await.is_err() {
                return;
            }
            spare = bytes;
            spare.clear();
        }
    };
    futures_lite::future::or(writing, read_replies(&load, &conn, &mut read)).await;
    counters.disconnected.fetch_add(1, Ordering::Relaxed);
}

/// Gives a `--seed-mix` client its place in the mix and sends its guild and team joins
/// (answers to them are not measured).
fn join_groups(load: &ShardLoad, conn: &Conn, client: usize) {
    let spec = &load.run.spec;
    let mix = Mix::new(client, spec.clients, spec.user_prefix.as_str().into());
    for body in mix.joins(spec.guild_size, spec.team_size) {
        let id = conn.next_id.get();
        conn.next_id.set(id + 1);
        let mut frame = Vec::new();
        let request = proto::Request {
            id,
            body: Some(body),
        };
        proto::encode_into(&mut frame, MessageId::Request, &request);
        let _ = conn.outbox.push(&frame);
    }
    *conn.mix.borrow_mut() = Some(mix);
}

/// Reads frames until `LoginOk` (true) or anything that ends the login (false).
async fn logged_in<R: AsyncRead + Unpin>(read: &mut R) -> bool {
    let mut payload = Vec::new();
    while let Some(id) = read_frame(read, &mut payload).await {
        match MessageId::from_u16(id) {
            Some(MessageId::LoginOk) => return true,
            Some(MessageId::Bye | MessageId::Error) => return false,
            _ => {}
        }
    }
    false
}

/// Reads one frame into `payload`; its id, or `None` when the connection ends.
async fn read_frame<R: AsyncRead + Unpin>(read: &mut R, payload: &mut Vec<u8>) -> Option<u16> {
    let mut head = [0; FRAME_HEAD_BYTES];
    read.read_exact(&mut head).await.ok()?;
    let FrameHead::Frame {
        id,
        payload: length,
    } = proto::parse_head(head)
    else {
        return None;
    };
    payload.resize(length, 0);
    read.read_exact(payload).await.ok()?;
    Some(id)
}

/// Puts a new client on its shard's send schedule: its first request is due at a random
/// phase within one period (after the joins settle, with the seed's mix), every next one
/// a period after the one before.
fn schedule(load: &ShardLoad, conn: Rc<Conn>) {
    let mut now_us = load.run.now_ns() / 1000;
    if load.run.spec.seed_mix {
        now_us += JOIN_SETTLE.as_micros() as u64;
    }
    let period_us = load.run.period_us();
    let first = now_us + fastrand::u64(0..period_us);
    conn.schedule.set(Schedule::new(first, period_us));
    let index = {
        let mut conns = load.conns.borrow_mut();
        conns.push(conn);
        (conns.len() - 1) as u32
    };
    let _ = load.schedule.borrow_mut().insert(first, index);
}

/// Every tick: sends the requests of each client whose time has come, and puts it back on
/// the schedule for its next due time.
pub(super) async fn send_loop(load: Rc<ShardLoad>) {
    let mut due = Vec::new();
    loop {
        // Tick on the run's millisecond grid, so a request is due at a tick ([`tick_of`]).
        let now_us = load.run.now_ns() / 1000;
        let tick_us = TICK.as_micros() as u64;
        hearth_engine::io::sleep(Duration::from_micros(tick_us - now_us % tick_us)).await;
        if load.run.phase.load(Ordering::Relaxed) == STOPPING {
            return report(&load);
        }
        let now_us = load.run.now_ns() / 1000;
        due.clear();
        let _ = load
            .schedule
            .borrow_mut()
            .poll_expired(now_us, SENDS_PER_TICK_MAX, &mut due);
        for &index in &due {
            let conn = Rc::clone(&load.conns.borrow()[index as usize]);
            let next_us = send_due(&load, &conn, now_us);
            let _ = load.schedule.borrow_mut().insert(next_us, index);
        }
    }
}

/// Sends every request of `conn` due by `now_us`, each stamped with the time it was due
/// (a late tick sends the ones it owes at once, as wrk2 does: the schedule does not slip
/// with the driver or the server); the next due time.
fn send_due(load: &ShardLoad, conn: &Conn, now_us: u64) -> u64 {
    let mut schedule = conn.schedule.get();
    assert!(
        schedule.next_due() <= now_us,
        "the wheel fires a client only once its request is due"
    );
    for due_us in schedule.take_due(now_us) {
        send_request(load, conn, tick_of(due_us) * 1000);
    }
    conn.schedule.set(schedule);
    schedule.next_due()
}

/// When a request due at `due_us` is meant to leave: the sender's first tick at or after
/// it. Measuring from there keeps the tick's rounding (half a tick on average) out of
/// the figures; the sender's lateness past the tick stays in.
fn tick_of(due_us: u64) -> u64 {
    let tick_us = TICK.as_micros() as u64;
    due_us.div_ceil(tick_us) * tick_us
}

/// Sends one request due at `due_ns`, or counts it skipped (while measuring) when the
/// client has [`IN_FLIGHT_MAX`] unanswered or its outbox is full.
fn send_request(load: &ShardLoad, conn: &Conn, due_ns: u64) {
    let counters = &load.run.counters;
    let skip = || {
        if load.run.measuring() {
            counters.skipped.fetch_add(1, Ordering::Relaxed);
        }
    };
    if conn.in_flight.borrow().len() >= IN_FLIGHT_MAX {
        return skip();
    }
    let id = conn.next_id.get();
    conn.next_id.set(id + 1);
    let mut frame = conn.request.borrow_mut();
    frame.clear();
    let body = match conn.mix.borrow_mut().as_mut() {
        Some(mix) => mix.next_body(),
        None => proto::request::Body::Echo(proto::Echo {
            payload: vec![0x5a; load.run.spec.payload],
        }),
    };
    let request = proto::Request {
        id,
        body: Some(body),
    };
    proto::encode_into(&mut frame, MessageId::Request, &request);
    if conn.outbox.push(&frame).is_err() {
        return skip();
    }
    conn.in_flight.borrow_mut().push_back((id, due_ns));
    if load.run.measuring() {
        counters.sent.fetch_add(1, Ordering::Relaxed);
    }
}

async fn read_replies<R: AsyncRead + Unpin>(load: &ShardLoad, conn: &Conn, read: &mut R) {
    let mut payload = Vec::new();
    while let Some(id) = read_frame(read, &mut payload).await {
        let answered = match MessageId::from_u16(id) {
            Some(MessageId::Reply) => proto::Reply::decode(payload.as_slice())
                .ok()
                .map(|reply| (reply.id, None)),
            Some(MessageId::Error) => proto::Error::decode(payload.as_slice())
                .ok()
                .map(|error| (error.request_id, Some(error.code))),
            Some(MessageId::Bye) => return,
            Some(MessageId::Push) => {
                if load.run.measuring() {
                    load.run.counters.pushes.fetch_add(1, Ordering::Relaxed);
                }
                None
            }
            _ => None,
        };
        if let Some((request, error)) = answered {
            answer(load, conn, request, error);
        }
    }
}

fn answer(load: &ShardLoad, conn: &Conn, request: u64, error: Option<i32>) {
    let due_ns = {
        let mut in_flight = conn.in_flight.borrow_mut();
        let Some(at) = in_flight.iter().position(|&(id, _)| id == request) else {
            return;
        };
        in_flight.remove(at).map(|(_, due_ns)| due_ns)
    };
    if !load.run.measuring() {
        return;
    }
    let counters = &load.run.counters;
    match error.map(ErrorCode::try_from) {
        None => {
            counters.replies.fetch_add(1, Ordering::Relaxed);
            if let Some(due_ns) = due_ns {
                // From when the request was due, not when it left: a late send is latency.
                let latency = load
                    .run
                    .now_ns()
                    .saturating_sub(due_ns)
                    .clamp(1_000, LATENCY_MAX_NS);
                let _ = load.histogram.borrow_mut().record(latency);
            }
        }
        Some(Ok(ErrorCode::ErrorTimeout)) => {
            counters.timeouts.fetch_add(1, Ordering::Relaxed);
        }
        Some(Ok(ErrorCode::ErrorRateLimited)) => {
            counters.rate_limited.fetch_add(1, Ordering::Relaxed);
        }
        Some(_) => {
            counters.errors.fetch_add(1, Ordering::Relaxed);
            let code = error.map_or(0, |code| {
                usize::try_from(code).map_or(ERROR_CODES, |code| code.min(ERROR_CODES))
            });
            counters.error_codes[code].fetch_add(1, Ordering::Relaxed);
        }
    }
}

fn report(load: &ShardLoad) {
    let mut total = load
        .run
        .latency
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let _ = total.add(&*load.histogram.borrow());
    load.run.reported.fetch_add(1, Ordering::Release);
}
