//! Two players trading with each other, one trade at a time — and now and then moving
//! goods to or from their guild's bank — until told to stop or until a connection breaks
//! (its node was killed).

use std::sync::atomic::{AtomicBool, Ordering};

use hearth_protocol::client::{Client, ClientError};
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto, ErrorCode, push};

use super::ledger::{BankMove, Doubt, Expectation, Holdings, Seen, Trade};

/// A logged-in player of the harness.
pub struct Player {
    /// Its user name.
    pub user: String,
    /// Its id.
    pub id: u64,
    /// Its connection, while it has one.
    pub client: Option<Client>,
    /// What it holds (as the server said at login, then as acknowledged trades leave it).
    pub holdings: Holdings,
}

/// What a pair did.
#[derive(Debug, Default)]
pub struct PairLog {
    /// Trades both sides acknowledged.
    pub committed: u64,
    /// Bank moves acknowledged.
    pub banked: u64,
    /// Trades refused or failed.
    pub not_committed: u64,
    /// The two sides saw opposite outcomes (a bug): what they saw.
    pub contradictions: Vec<String>,
    /// Trades whose taker heard the end only after the gate stopped waiting (the
    /// offerer's node died mid-trade and the taker's Person asked the store): made.
    pub late_made: u64,
    /// The same, not made.
    pub late_not_made: u64,
    /// Why trades were not made (the reason's first words → how often).
    pub why_not: std::collections::BTreeMap<String, u64>,
}

/// One pair trades at most this often: each player then sends 10 requests a second at
/// most (an offer and an answer per trade, turn about), a fifth of the gate's default
/// rate, like a busy trader.
const TRADE_EVERY: std::time::Duration = std::time::Duration::from_millis(100);

/// One turn in this many is a bank move instead of a trade.
const BANK_MOVE_ONE_IN: u32 = 4;

/// Words of a reason kept to group them.
const REASON_CHARS: usize = 60;

impl PairLog {
    fn not_made(&mut self, why: &str) {
        self.not_committed += 1;
        let key: String = why.chars().take(REASON_CHARS).collect();
        *self.why_not.entry(key).or_insert(0) += 1;
    }
}

/// Trades between `a` and `b` (alternating who offers) until `stop` is set or a
/// connection fails. Returns the log and what the pair must hold after a crash.
pub fn trade(
    a: &mut Player,
    b: &mut Player,
    stop: &AtomicBool,
    rng: &mut fastrand::Rng,
) -> (PairLog, Expectation) {
    let mut log = PairLog::default();
    let mut a_offers = true;
    let mut in_doubt = None;
    let mut due = std::time::Instant::now();
    while !stop.load(Ordering::Relaxed) {
        // Paced: a trade every TRADE_EVERY at most, within the gate's request rate.
        std::thread::sleep(due.saturating_duration_since(std::time::Instant::now()));
        due += TRADE_EVERY;
        let (offerer, taker) = if a_offers {
            (&mut *a, &mut *b)
        } else {
            (&mut *b, &mut *a)
        };
        if rng.u32(0..BANK_MOVE_ONE_IN) == 0 {
            let moved = BankMove::pick(&offerer.holdings, rng);
            match bank_once(offerer, &moved, &mut log) {
                Seen::Committed => {
                    offerer.holdings = moved
                        .apply(&offerer.holdings)
                        .expect("a picked move is possible");
                    log.banked += 1;
                }
                Seen::NotCommitted => {}
                Seen::InDoubt => {
                    in_doubt = Some(Doubt::Bank(moved, a_offers));
                    break;
                }
            }
            if offerer.client.is_none() {
                break;
            }
            a_offers = !a_offers;
            continue;
        }
        let deal = Trade::pick(&offerer.holdings, &taker.holdings, rng);
        match once(offerer, taker, &deal, &mut log) {
            Ok(Seen::Committed) => {
                let (o, t) = deal
                    .apply(&offerer.holdings, &taker.holdings)
                    .expect("a picked trade is possible");
                (offerer.holdings, taker.holdings) = (o, t);
                log.committed += 1;
            }
            Ok(Seen::NotCommitted) => {}
            Ok(Seen::InDoubt) => {
                in_doubt = Some(Doubt::Trade(deal, a_offers));
                break;
            }
            Err(contradiction) => {
                log.contradictions.push(contradiction);
                break;
            }
        }
        if offerer.client.is_none() || taker.client.is_none() {
            break;
        }
        a_offers = !a_offers;
    }
    let expectation = Expectation {
        expected: (a.holdings.clone(), b.holdings.clone()),
        in_doubt,
    };
    (log, expectation)
}

/// One trade: the offer, the accept, and what each side heard. A broken connection is
/// dropped from its player.
fn once(
    offerer: &mut Player,
    taker: &mut Player,
    deal: &Trade,
    log: &mut PairLog,
) -> Result<Seen, String> {
    let (Some(a), Some(b)) = (offerer.client.as_mut(), taker.client.as_mut()) else {
        log.not_made("no connection");
        return Ok(Seen::NotCommitted);
    };
    let offer = deal.offer(taker.id, "crash test");
    let offer_id = match a.request(Body::TradeOffer(offer)) {
        Ok(proto::Reply {
            body: Some(proto::reply::Body::TradeOpened(opened)),
            ..
        }) => opened.offer_id,
        Ok(other) => return Err(format!("an offer answered {other:?}")),
        Err(error) => {
            // Refused, or the connection broke before anyone could accept: not made.
            log.not_made(&match &error {
                ClientError::Failed { code, message, .. } => format!("offer: {code:?}: {message}"),
                other => format!("offer: {other}"),
            });
            drop_if_broken(&mut offerer.client, &error);
            return Ok(Seen::NotCommitted);
        }
    };
    if let Err(error) = offered(b, offerer.id, offer_id) {
        log.not_made(&format!("not offered: {error}"));
        drop_if_broken(&mut taker.client, &error);
        // Never accepted: the offer expires.
        return Ok(Seen::NotCommitted);
    }
    let accept = proto::TradeAnswer {
        from_player: offerer.id,
        offer_id,
        accept: true,
    };
    let mut why = String::new();
    let taker_saw = match b.request(Body::TradeAnswer(accept)) {
        Ok(_) => Some(true),
        Err(ClientError::Failed { code, message, .. }) if code != ErrorCode::ErrorTimeout => {
            why = format!("accept: {code:?}: {message}");
            Some(false)
        }
        // The gate stopped waiting: the outcome comes in the TradeClosed push.
        Err(ClientError::Failed { .. }) => {
            closed(b, offerer.id, offer_id).ok().map(|(made, reason)| {
                why = format!("closed after a timeout: {reason}");
                if made {
                    log.late_made += 1;
                } else {
                    log.late_not_made += 1;
                }
                made
            })
        }
        Err(error) => {
            drop_if_broken(&mut taker.client, &error);
            None
        }
    };
    let offerer_saw = match closed(a, offerer.id, offer_id) {
        Ok((made, reason)) => {
            if !made && why.is_empty() {
                why = format!("closed: {reason}");
            }
            Some(made)
        }
        Err(error) => {
            drop_if_broken(&mut offerer.client, &error);
            None
        }
    };
    match (offerer_saw, taker_saw) {
        (Some(x), Some(y)) if x != y => Err(format!(
            "offer {offer_id} of player {}: the offerer saw made={x}, the taker made={y}",
            offerer.id
        )),
        (Some(true), _) | (_, Some(true)) => Ok(Seen::Committed),
        (Some(false), _) | (_, Some(false)) => {
            log.not_made(&why);
            Ok(Seen::NotCommitted)
        }
        (None, None) => Ok(Seen::InDoubt),
    }
}

/// One bank move of `player`'s and what it heard: stored (the inventory), refused
/// (nothing moved), or nothing (its connection broke, or the gate stopped waiting).
fn bank_once(player: &mut Player, moved: &BankMove, log: &mut PairLog) -> Seen {
    let Some(client) = player.client.as_mut() else {
        log.not_made("no connection");
        return Seen::NotCommitted;
    };
    match client.request(Body::GuildBank(moved.message())) {
        Ok(_) => Seen::Committed,
        Err(ClientError::Failed {
            code: ErrorCode::ErrorTimeout,
            ..
        }) => Seen::InDoubt,
        Err(ClientError::Failed { code, message, .. }) => {
            log.not_made(&format!("bank: {code:?}: {message}"));
            Seen::NotCommitted
        }
        Err(error) => {
            drop_if_broken(&mut player.client, &error);
            Seen::InDoubt
        }
    }
}

/// Waits for the offer's `TradeOffered` push.
fn offered(client: &mut Client, from: u64, offer_id: u64) -> Result<(), ClientError> {
    loop {
        if let Some(push::Body::TradeOffered(offered)) = client.next_push()?.body
            && offered.from_player == from
            && offered.offer_id == offer_id
        {
            return Ok(());
        }
    }
}

/// Waits for the offer's `TradeClosed` push: whether the trade was made, and why not.
fn closed(client: &mut Client, from: u64, offer_id: u64) -> Result<(bool, String), ClientError> {
    loop {
        if let Some(push::Body::TradeClosed(closed)) = client.next_push()?.body
            && closed.from_player == from
            && closed.offer_id == offer_id
        {
            let made = closed.outcome == proto::TradeOutcome::TradeAccepted as i32;
            let outcome = proto::TradeOutcome::try_from(closed.outcome).map_or_else(
                |_| closed.outcome.to_string(),
                |o| o.as_str_name().to_owned(),
            );
            return Ok((made, format!("{outcome} {}", closed.reason)));
        }
    }
}

/// A connection that failed (not a request the server refused) is of no more use.
fn drop_if_broken(client: &mut Option<Client>, error: &ClientError) {
    if !matches!(error, ClientError::Failed { .. }) {
        *client = None;
    }
}
