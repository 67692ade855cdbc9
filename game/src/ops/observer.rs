//! The observer: a page in the spirit of Erlang's observer (`GET /observer`, plain
//! HTML, CSS and JavaScript shipped in the binary, nothing to build) and the state it
//! polls every second (`GET /observer/state`, JSON).
//!
//! The state is what a scrape reads (shard statistics, the census by kind, the gates'
//! counters), as counters: the page computes rates and the request p99 from the
//! difference of two polls, so the node keeps no history for it.

use hearth_admin::Page;
use hearth_gate::metrics::{ERROR_CODES_MAX, LATENCY_BUCKETS_S, REQUEST_KINDS};
use serde_json::{Value, json};

use super::{NodeObserver, SCRAPE_SHARD_TIMEOUT};

/// Sessions the page lists (the longest online); the count covers all.
const PLAYERS_LISTED_MAX: usize = 200;

/// The page (checked at build time: it is in the binary).
const PAGE: &str = include_str!("observer.html");

/// The observer's page at `path`, if it has one.
pub(crate) fn page(observer: &NodeObserver, path: &str) -> Option<Page> {
    match path {
        "/observer" | "/observer/" => Some(Page {
            content_type: "text/html; charset=utf-8",
            body: PAGE.to_owned(),
        }),
        "/observer/state" => Some(Page {
            content_type: "application/json",
            body: state(observer).to_string(),
        }),
        _ => None,
    }
}

/// What the page shows, now.
fn state(observer: &NodeObserver) -> Value {
    let node = &observer.node;
    let stats = node.shard_stats(SCRAPE_SHARD_TIMEOUT);
    let census = node.census(SCRAPE_SHARD_TIMEOUT);
    let shards: Vec<Value> = stats
        .iter()
        .enumerate()
        .map(|(shard, stats)| {
            let (long_handlers, stalls) = node.watchdog_counts(shard);
            let answered = stats.is_some();
            let stats = stats.unwrap_or_default();
            json!({
                "shard": shard,
                "answered": answered,
                "processes": stats.processes,
                "runnable": stats.runnable,
                "delivered": stats.delivered,
                "spawns": stats.spawns,
                "exits": stats.exits,
                "panics": stats.panics,
                "long_handlers": long_handlers,
                "stalls": stalls,
            })
        })
        .collect();
    let kinds: Vec<Value> = census
        .iter()
        .enumerate()
        .filter_map(|(shard, kinds)| Some((shard, kinds.as_ref()?)))
        .flat_map(|(shard, kinds)| {
            kinds
                .iter()
                .filter(|kind| kind.processes > 0)
                .map(move |kind| {
                    json!({
                        "shard": shard,
                        "kind": kind.kind,
                        "processes": kind.processes,
                        "queued": kind.queued,
                        "mailbox_len_max": kind.mailbox_len_max,
                    })
                })
        })
        .collect();
    json!({
        "node": {
            "role": observer.role.name(),
            "version": env!("CARGO_PKG_VERSION"),
            "uptime_s": observer.started.elapsed().as_secs_f64(),
            "shards": stats.len(),
        },
        "shards": shards,
        "kinds": kinds,
        "clients": observer.gates.as_ref().map(clients),
        "cluster": observer.cluster.as_ref().map(|cluster| {
            cluster
                .members()
                .into_iter()
                .map(|member| json!({
                    "name": member.name,
                    "listen": member.listen.to_string(),
                    "up": member.up,
                }))
                .collect::<Vec<Value>>()
        }),
    })
}

/// The gates' counters: connections, logins, errors, and requests by kind with their
/// latency buckets.
fn clients(gates: &hearth_gate::GateControl) -> Value {
    let counts = gates.counts();
    let requests: Vec<Value> = (0..REQUEST_KINDS.len())
        .filter(|kind| counts.requests(*kind) > 0)
        .map(|kind| {
            let latency = counts.latency(kind);
            json!({
                "kind": REQUEST_KINDS[kind],
                "count": counts.requests(kind),
                "buckets": latency.buckets.to_vec(),
                "sum_s": latency.sum_s,
            })
        })
        .collect();
    let errors: u64 = (0..ERROR_CODES_MAX).map(|code| counts.errors(code)).sum();
    let players: Vec<Value> = counts
        .online
        .longest(PLAYERS_LISTED_MAX)
        .into_iter()
        .map(|session| {
            json!({
                "player": session.player.to_string(),
                "user": session.user,
                "shard": session.shard,
                "online_s": session.since.elapsed().as_secs_f64(),
            })
        })
        .collect();
    json!({
        "online": counts.online.count(),
        "players": players,
        "connections": gates.open_connections(),
        "logins": counts.logins(),
        "errors": errors,
        "bounds_s": LATENCY_BUCKETS_S.to_vec(),
        "requests": requests,
    })
}
