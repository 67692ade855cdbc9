//! The observer: a page in the spirit of Erlang's observer (`GET /observer`, plain
//! HTML, CSS and JavaScript shipped in the binary, nothing to build) and the state it
//! polls every second (`GET /observer/state`, JSON).
//!
//! The state is what a scrape reads (shard statistics, the census by kind, the gates'
//! counters), as counters: the page computes rates and the request p99 from the
//! difference of two polls, so the node keeps no history for it.

use hearth_admin::Page;
use hearth_engine::{Pid, ProcessInfo, ProcessLoad, ShardTop};
use hearth_gate::metrics::{ERROR_CODES_MAX, LATENCY_BUCKETS_S, REQUEST_KINDS};
use serde_json::{Value, json};

use super::{NodeObserver, SCRAPE_SHARD_TIMEOUT};

/// Sessions the page lists (the longest online); the count covers all.
const PLAYERS_LISTED_MAX: usize = 200;
/// Processes the page lists node-wide as the busiest, and as the longest mailboxes.
const TOP_LISTED: usize = 10;
/// Processes the supervision tree shows at most (a dynamic supervisor's children count
/// beyond what its status lists; past this, the tree is cut and says so).
const TREE_NODES_MAX: usize = 1024;
/// Levels of the supervision tree followed below the roots.
const TREE_DEPTH_MAX: usize = 16;

/// The page (checked at build time: it is in the binary).
const PAGE: &str = include_str!("observer.html");

/// The observer's page at `path`, if it has one.
pub(crate) fn page(observer: &NodeObserver, path: &str) -> Option<Page> {
    match path {
        "/observer" | "/observer/" => Some(Page {
            content_type: "text/html; charset=utf-8",
            body: PAGE.to_owned(),
        }),
        "/observer/state" => Some(json_page(state(observer))),
        "/observer/tree" => Some(json_page(tree(observer))),
        _ => {
            if let Some(pid) = path.strip_prefix("/observer/process/") {
                return Some(json_page(process(observer, pid)));
            }
            let user = path.strip_prefix("/observer/player/")?;
            Some(json_page(player(observer, &percent_decoded(user))))
        }
    }
}

fn json_page(value: Value) -> Page {
    Page {
        content_type: "application/json",
        body: value.to_string(),
    }
}

/// `GET /observer/process/<pid>`: one process of this node, or `{"error": …}`.
fn process(observer: &NodeObserver, pid: &str) -> Value {
    let pid: Pid = match percent_decoded(pid).parse() {
        Ok(pid) => pid,
        Err(error) => return json!({ "error": error.to_string() }),
    };
    match observer.node.process_info(pid, SCRAPE_SHARD_TIMEOUT) {
        Ok(Some(info)) => process_json(&info),
        Ok(None) if pid.node() != observer.node.node_id() => json!({
            "error": format!("{pid} lives on another node: open that node's observer"),
        }),
        Ok(None) => json!({ "error": format!("no process {pid} (it ended, or never was)") }),
        Err(error) => json!({ "error": error.to_string() }),
    }
}

/// `GET /observer/player/<user>`: the user's session here, its connection's process and
/// its Person (when the Person runs on this node).
fn player(observer: &NodeObserver, user: &str) -> Value {
    let Some(gates) = &observer.gates else {
        return json!({ "error": "this node has no gate: players log in elsewhere" });
    };
    let Some(session) = gates.counts().online.find(user) else {
        return json!({ "error": format!("{user:?} is not online through this node") });
    };
    let infos = observer
        .node
        .processes_info(&[session.gate, session.person], SCRAPE_SHARD_TIMEOUT);
    let here = |info: &Option<ProcessInfo>| info.as_ref().map(process_json);
    json!({
        "user": session.user,
        "player": session.player.to_string(),
        "online_s": session.since.elapsed().as_secs_f64(),
        "gate": here(&infos[0]),
        "person_pid": session.person.to_string(),
        "person": here(&infos[1]),
        "person_here": session.person.node() == observer.node.node_id(),
    })
}

/// A process's details as JSON (pids as their text).
fn process_json(info: &ProcessInfo) -> Value {
    let pids = |listed: &hearth_engine::Listed<Pid>| {
        json!({
            "items": listed.items.iter().map(Pid::to_string).collect::<Vec<_>>(),
            "total": listed.total,
        })
    };
    json!({
        "pid": info.pid.to_string(),
        "kind": info.kind,
        "name": info.name,
        "parent": info.parent.map(|pid| pid.to_string()),
        "exiting": info.exiting,
        "trap_exit": info.trap_exit,
        "high_priority": info.high_priority,
        "mailbox_len": info.mailbox_len,
        "mailbox_len_max": info.mailbox_len_max,
        "links": pids(&info.links),
        "monitors": pids(&info.monitors),
        "monitored_by": pids(&info.monitored_by),
        "supervisor": info.status.is_supervisor(),
        "status": info.status.fields().iter()
            .map(|(key, value)| json!([key, value]))
            .collect::<Vec<_>>(),
        "children": info.status.children().iter()
            .map(|child| json!({ "id": child.id, "pid": child.pid.map(|pid| pid.to_string()) }))
            .collect::<Vec<_>>(),
        "children_total": info.status.children_total(),
    })
}

/// `GET /observer/tree`: the supervision tree from the root supervisors down, one level
/// at a time (each level asks every shard once), at most [`TREE_NODES_MAX`] processes;
/// and the roots that supervise nothing, by kind.
fn tree(observer: &NodeObserver) -> Value {
    let node = &observer.node;
    let roots = node.supervision_roots(SCRAPE_SHARD_TIMEOUT);
    let mut others: Vec<(&str, usize)> = Vec::new();
    let mut level: Vec<Pid> = Vec::new();
    for shard in roots.iter().flatten() {
        level.extend(&shard.supervisors);
        for (kind, count) in &shard.others {
            match others.iter_mut().find(|(seen, _)| seen == kind) {
                Some((_, total)) => *total += count,
                None => others.push((kind, *count)),
            }
        }
    }
    let top: Vec<String> = level.iter().map(Pid::to_string).collect();
    let mut found: Vec<Value> = Vec::new();
    let mut cut = false;
    for _ in 0..TREE_DEPTH_MAX {
        if level.is_empty() {
            break;
        }
        let room = TREE_NODES_MAX.saturating_sub(found.len());
        if level.len() > room {
            level.truncate(room);
            cut = true;
        }
        let infos = node.processes_info(&level, SCRAPE_SHARD_TIMEOUT);
        let mut next = Vec::new();
        for (pid, info) in level.iter().zip(infos) {
            match info {
                Some(info) => {
                    if info.status.is_supervisor() {
                        next.extend(info.status.children().iter().filter_map(|child| child.pid));
                    }
                    found.push(process_json(&info));
                }
                None => found.push(json!({ "pid": pid.to_string(), "gone": true })),
            }
        }
        level = next;
    }
    json!({
        "roots": top,
        "processes": found,
        "cut": cut || !level.is_empty(),
        "others": others.iter()
            .map(|(kind, count)| json!({ "kind": kind, "count": count }))
            .collect::<Vec<_>>(),
    })
}

/// The node's busiest processes and longest mailboxes, over all shards: the busiest by
/// their share of their shard's sampled run time.
fn top(observer: &NodeObserver) -> Value {
    let shards = observer
        .node
        .top_processes(TOP_LISTED, SCRAPE_SHARD_TIMEOUT);
    let mut busiest: Vec<(f64, &ProcessLoad)> = Vec::new();
    let mut longest: Vec<&ProcessLoad> = Vec::new();
    for shard in shards.iter().flatten() {
        let ShardTop {
            busiest: hot,
            longest_mailboxes,
            window_ns,
            ..
        } = shard;
        let share = |load: &ProcessLoad| load.sampled_ns as f64 / (*window_ns).max(1) as f64;
        busiest.extend(hot.iter().map(|load| (share(load), load)));
        longest.extend(longest_mailboxes);
    }
    busiest.sort_by(|a, b| b.0.total_cmp(&a.0));
    busiest.truncate(TOP_LISTED);
    longest.sort_by_key(|load| std::cmp::Reverse(load.mailbox_len));
    longest.truncate(TOP_LISTED);
    let load_json = |load: &ProcessLoad, share: Option<f64>| {
        json!({
            "pid": load.pid.to_string(),
            "kind": load.kind,
            "mailbox_len": load.mailbox_len,
            "share": share,
            "sampled_messages": load.sampled_messages,
        })
    };
    json!({
        "busiest": busiest.iter().map(|(share, load)| load_json(load, Some(*share))).collect::<Vec<_>>(),
        "longest_mailboxes": longest.iter().map(|load| load_json(load, None)).collect::<Vec<_>>(),
    })
}

/// `text` with its `%XX` escapes decoded (a URL path segment); a malformed escape is
/// kept as it is.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let escape = (bytes[at] == b'%')
            .then(|| text.get(at + 1..at + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escape {
            Some(byte) => {
                out.push(byte);
                at += 3;
            }
            None => {
                out.push(bytes[at]);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the page shows, now.
fn state(observer: &NodeObserver) -> Value {
    let node = &observer.node;
    let stats = node.shard_stats_and_run_times(SCRAPE_SHARD_TIMEOUT);
    let census = node.census(SCRAPE_SHARD_TIMEOUT);
    let shards: Vec<Value> = stats
        .iter()
        .enumerate()
        .map(|(shard, stats)| {
            let (long_handlers, stalls) = node.watchdog_counts(shard);
            let answered = stats.is_some();
            let (stats, run_times) = stats.unwrap_or_default();
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
                "run_buckets": run_times.buckets.to_vec(),
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
            "run_bounds_ns": hearth_engine::RUN_TIME_BUCKETS_NS.to_vec(),
        },
        "shards": shards,
        "kinds": kinds,
        "top": top(observer),
        "clients": observer.gates.as_ref().map(clients),
        "cluster": observer.cluster.as_ref().map(|cluster| {
            cluster
                .members()
                .into_iter()
                .map(|member| {
                    let report = observer.peers.as_ref().and_then(|peers| peers.of(&member.name));
                    json!({
                        "name": member.name,
                        "listen": member.listen.to_string(),
                        "up": member.up,
                        "report": report.map(|(report, age)| json!({
                            "role": report.role,
                            "age_s": age.as_secs_f64(),
                            "shards": report.shards.iter()
                                .map(|shard| json!({
                                    "processes": shard.processes,
                                    "delivered": shard.delivered,
                                }))
                                .collect::<Vec<Value>>(),
                        })),
                    })
                })
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
                "person": session.person.to_string(),
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

#[cfg(test)]
mod tests {
    use super::percent_decoded;

    #[test]
    fn a_path_segment_is_percent_decoded() {
        assert_eq!(percent_decoded("a%20b%3C"), "a b<");
        assert_eq!(percent_decoded("%E2%9C%93"), "✓");
        assert_eq!(percent_decoded("50%"), "50%");
        assert_eq!(percent_decoded("%zz"), "%zz");
    }
}
