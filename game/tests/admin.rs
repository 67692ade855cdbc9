//! The admin listener of a real node: metrics that follow what happens, health, and
//! reconfiguration by SIGHUP and `POST /admin/reload` (issue: operate it).

mod support;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use std::path::{Path, PathBuf};

use support::{
    METRIC_WAIT, NodeProcess, TOKEN, fails, go, http, logged_in, metric, scratch, start,
    start_observed, wait_metric, wait_metric_until,
};

/// A node started with a config file in `dir` holding `text`, and the test's admin
/// token; its admin address and the config file's path.
fn start_configured(dir: &Path, text: &str) -> (NodeProcess, SocketAddr, PathBuf) {
    let config = dir.join("hearth.toml");
    let token = dir.join("admin-token");
    std::fs::write(&config, text).unwrap();
    std::fs::write(&token, TOKEN).unwrap();
    let node = start_observed(&[
        "--config",
        config.to_str().unwrap(),
        "--admin-token-file",
        token.to_str().unwrap(),
    ]);
    let admin = node.admin.expect("an admin listener");
    (node, admin, config)
}

#[test]
fn a_node_shows_its_metrics_and_health() {
    let node = start_observed(&[]);
    let admin = node.admin.expect("an admin listener");
    assert_eq!(
        http(admin, "GET", "/health", None),
        (200, "serving\n".into())
    );
    for shard in ["0", "1"] {
        let responded = format!("hearth_shard_responded{{shard=\"{shard}\"}}");
        assert_eq!(metric(admin, &responded), Some(1.0));
    }
    assert_eq!(
        metric(admin, "hearth_store_up{backend=\"embedded\"}"),
        Some(1.0)
    );
    wait_metric(admin, "hearth_client_connections", 0.0);
    let spawned = |admin| {
        (0..2)
            .map(|shard| metric(admin, &format!("hearth_spawns_total{{shard=\"{shard}\"}}")))
            .map(|count| count.expect("spawns of every shard"))
            .sum::<f64>()
    };
    let before = spawned(admin);
    let mut player = logged_in(node.clients(), "metrics-1");
    wait_metric(admin, "hearth_client_connections", 1.0);
    assert!(
        spawned(admin) > before,
        "a login spawns a gate process and a Person"
    );
    assert_eq!(metric(admin, "hearth_client_logins_total"), Some(1.0));
    let frames = metric(admin, "hearth_client_frames_in_total");
    assert_eq!(frames, Some(1.0), "the login");
    assert!(
        metric(admin, "hearth_client_bytes_out_total") > Some(0.0),
        "the login's answer"
    );
    let (_, page) = http(admin, "GET", "/metrics", None);
    // The Person's kind (wrapped by the store's durable process: its name holds it).
    let persons: f64 = page
        .lines()
        .filter(|line| {
            line.starts_with("hearth_kind_processes{") && line.contains("person::Person")
        })
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum();
    assert_eq!(persons, 1.0, "one Person, on one of the shards:\n{page}");
    assert_eq!(burst_of_echoes(&mut player, 3), (3, 0));
    let echo = "{kind=\"echo\"}";
    assert_eq!(
        metric(admin, &format!("hearth_client_requests_total{echo}")),
        Some(3.0)
    );
    let answered = format!("hearth_client_request_seconds_count{echo}");
    assert_eq!(metric(admin, &answered), Some(3.0));
    let within_5_s = "hearth_client_request_seconds_bucket{kind=\"echo\",le=\"5\"}";
    assert_eq!(metric(admin, within_5_s), Some(3.0));
    for shard in ["0", "1"] {
        let runs = format!("hearth_process_run_seconds_count{{shard=\"{shard}\"}}");
        assert!(
            metric(admin, &runs).is_some(),
            "shard {shard}'s run-time histogram"
        );
        let mailboxes = format!("hearth_mailbox_length_count{{shard=\"{shard}\"}}");
        let processes = format!("hearth_processes{{shard=\"{shard}\"}}");
        assert_eq!(
            metric(admin, &mailboxes),
            metric(admin, &processes),
            "a mailbox per process on shard {shard}"
        );
    }
    let (_, state) = http(admin, "GET", "/observer/state", None);
    assert!(
        state.contains("\"online\":1"),
        "one session online: {state}"
    );
    assert!(state.contains("\"user\":\"metrics-1\""), "{state}");
    drop(player);
    wait_metric(admin, "hearth_client_connections", 0.0);
    // The session leaves when its gate process ends, just after its connection.
    let started = Instant::now();
    loop {
        let (_, state) = http(admin, "GET", "/observer/state", None);
        if state.contains("\"online\":0") {
            break;
        }
        assert!(
            started.elapsed() < METRIC_WAIT,
            "the session left with its connection: {state}"
        );
        std::thread::yield_now();
    }
}

/// SIGHUP re-reads the config file and applies the log filter; a setting that needs a
/// restart is named and kept; a bad file changes nothing; the node never stops.
#[test]
fn sighup_and_reload_apply_what_can_change_and_refuse_a_bad_file() {
    let dir = scratch("reload");
    let (node, admin, config) = start_configured(&dir, "log = \"warn\"\n");
    let applied = "hearth_config_reloads_total{outcome=\"applied\"}";
    let refused = "hearth_config_reloads_total{outcome=\"refused\"}";

    std::fs::write(&config, "log = \"info\"\nstore_flush_ms = 250\n").unwrap();
    node.signal(libc::SIGHUP);
    wait_metric(admin, applied, 1.0);
    assert_eq!(
        http(admin, "GET", "/health", None).0,
        200,
        "alive after SIGHUP"
    );

    assert_eq!(http(admin, "POST", "/admin/reload", None).0, 401);
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    assert_eq!(
        said, "needs a restart (kept as it runs) store_flush_ms\n",
        "the log is info already"
    );

    std::fs::write(&config, "log = 5\n").unwrap();
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(status, 409, "{said}");
    assert!(
        said.starts_with("config refused, nothing changed: "),
        "{said}"
    );
    wait_metric(admin, refused, 1.0);

    node.signal(libc::SIGTERM);
    let (code, stderr) = node.wait(Duration::from_secs(15));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("SIGHUP: config reloaded"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}'),
        "no colour codes in a log that is not a terminal"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The default admin address gives way to a free port when taken (a second node on the
/// machine); an address asked for is not given up: the start fails, saying why.
#[test]
fn a_taken_admin_address_is_refused_unless_it_is_the_default() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let (code, stderr) = fails(&["--client-listen", "127.0.0.1:0", "--admin-listen", &address]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot listen for admin requests on"),
        "{stderr}"
    );

    let default = std::net::TcpListener::bind("127.0.0.1:7480");
    let node = start(&["--client-listen", "127.0.0.1:0"]);
    let admin = node.admin.expect("an admin listener");
    assert_ne!(
        admin.port(),
        7480,
        "7480 is held (by this test or another process)"
    );
    assert_eq!(http(admin, "GET", "/health", None).0, 200);
    drop(default);
    let (code, stderr) = fails(&[
        "--client-listen",
        "127.0.0.1:0",
        "--admin-listen",
        "nowhere",
    ]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("--admin-listen is an address"), "{stderr}");
}

/// Sends `count` echoes at once on `client`; how many were answered and how many
/// refused over the rate.
fn burst_of_echoes(client: &mut hearth_protocol::client::Client, count: usize) -> (usize, usize) {
    use hearth_protocol::client::Incoming;
    use hearth_protocol::{self as proto, request::Body};
    for _ in 0..count {
        let echo = Body::Echo(proto::Echo {
            payload: b"x".to_vec(),
        });
        client.send_request(echo).unwrap();
    }
    let (mut answered, mut limited) = (0, 0);
    while answered + limited < count {
        match client.recv().expect("an answer to every request") {
            Incoming::Reply(_) => answered += 1,
            Incoming::Error(error) => {
                assert_eq!(
                    error.code,
                    hearth_protocol::ErrorCode::ErrorRateLimited as i32
                );
                limited += 1;
            }
            _ => {}
        }
    }
    (answered, limited)
}

/// A reload lowers the request rate: a client already connected is held to it at once,
/// and /metrics shows it.
#[test]
fn a_reload_changes_the_rate_limit_of_open_connections() {
    let dir = scratch("reload-rate");
    let (node, admin, config) = start_configured(
        &dir,
        "log = \"warn\"\nrequests_per_s = 1000\nburst = 1000\n",
    );
    let mut player = logged_in(node.clients(), "rate-1");
    assert_eq!(burst_of_echoes(&mut player, 30), (30, 0));
    assert_eq!(metric(admin, "hearth_client_burst_limit"), Some(1000.0));

    std::fs::write(&config, "log = \"warn\"\nrequests_per_s = 1\nburst = 5\n").unwrap();
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    assert_eq!(said, "applied requests_per_s = 1\napplied burst = 5\n");
    assert_eq!(
        metric(admin, "hearth_client_requests_per_s_limit"),
        Some(1.0)
    );
    assert_eq!(metric(admin, "hearth_client_burst_limit"), Some(5.0));
    let (answered, limited) = burst_of_echoes(&mut player, 30);
    // The 5 of the burst, and at most one more if a second passed meanwhile.
    assert!(
        (5..=6).contains(&answered),
        "{answered} answered, {limited} refused"
    );
    let refused = "hearth_client_errors_total{code=\"rate_limited\"}";
    assert_eq!(metric(admin, refused), Some(limited as f64));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Pushes are counted whether they come from a Person (a whisper) or a shard's hub (a
/// group line, once per member).
#[test]
fn pushes_are_counted() {
    use hearth_protocol::request::Body;
    use hearth_protocol::{GroupKind, GroupSay, JoinGroup, Whisper};
    let node = start_observed(&[]);
    let admin = node.admin.expect("an admin listener");
    let mut alice = logged_in(node.clients(), "push-alice");
    let mut bob = logged_in(node.clients(), "push-bob");
    let whisper = Whisper {
        to_player: alice.player_id(),
        text: "hi".into(),
    };
    bob.request(Body::Whisper(whisper)).unwrap();
    alice.next_push().unwrap();
    for player in [&mut alice, &mut bob] {
        let join = JoinGroup {
            kind: GroupKind::GroupTeam as i32,
            group: 77,
        };
        player.request(Body::JoinGroup(join)).unwrap();
    }
    let say = GroupSay {
        kind: GroupKind::GroupTeam as i32,
        text: "team".into(),
    };
    bob.request(Body::GroupSay(say)).unwrap();
    for player in [&mut alice, &mut bob] {
        while player
            .next_push()
            .unwrap()
            .body
            .is_none_or(|body| !matches!(body, hearth_protocol::push::Body::GroupLine(_)))
        {}
    }
    let pushes = wait_metric_until(admin, "hearth_client_pushes_total", "count 3", |now| {
        now.is_some_and(|count| count >= 3.0)
    });
    assert!(pushes.is_some());
}

/// A reload lowers the per-address connection burst of a running node: an address that
/// had room for 100 is held to the new burst at its next connection.
#[test]
fn a_reload_changes_the_per_address_limits() {
    let dir = scratch("reload-throttle");
    let base = "log = \"warn\"\nthrottle_loopback = true\naddress_connections_per_s = 1\n";
    let (node, admin, config) =
        start_configured(&dir, &format!("{base}address_connection_burst = 100\n"));
    let players: Vec<_> = (0..3)
        .map(|n| logged_in(node.clients(), &format!("address-{n}")))
        .collect();
    std::fs::write(&config, format!("{base}address_connection_burst = 2\n")).unwrap();
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    assert_eq!(
        said,
        "applied address_connections_per_s = 1\napplied address_connection_burst = 2\n"
    );
    let mut admitted = 0;
    for n in 0..5 {
        let mut client = hearth_protocol::client::Client::connect(node.clients()).unwrap();
        let user = format!("after-{n}");
        match client.login(&user, &support::ticket(&user)) {
            Ok(_) => admitted += 1,
            Err(error) => assert_eq!(
                error.code(),
                Some(hearth_protocol::ErrorCode::ErrorOverloaded),
                "{error}"
            ),
        }
    }
    // The new burst of 2, and one more if a second passed meanwhile.
    assert!((2..=3).contains(&admitted), "{admitted} admitted");
    drop(players);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Players keep playing through reloads: 10 reloads (the log filter and the request
/// timeout each time) while 8 clients send 200 requests each; every request answered.
#[test]
fn reloads_under_load_lose_no_request() {
    const CLIENTS: usize = 8;
    const REQUESTS: usize = 200;
    const RELOADS: usize = 10;
    let dir = scratch("reload-load");
    let file = |n: usize| {
        let log = if n.is_multiple_of(2) { "warn" } else { "info" };
        let limits = "requests_per_s = 100000\nburst = 100000\n";
        format!(
            "log = \"{log}\"\nrequest_timeout_ms = {}\n{limits}",
            4000 + n
        )
    };
    let (node, admin, config) = start_configured(&dir, &file(0));
    let players: Vec<_> = (0..CLIENTS)
        .map(|n| logged_in(node.clients(), &format!("under-load-{n}")))
        .collect();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let load: Vec<_> = players
        .into_iter()
        .map(|mut player| {
            let done = std::sync::Arc::clone(&done);
            std::thread::spawn(move || {
                let mut failed = Vec::new();
                for _ in 0..REQUESTS {
                    done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let echo = hearth_protocol::request::Body::Echo(hearth_protocol::Echo {
                        payload: b"through a reload".to_vec(),
                    });
                    if let Err(error) = player.request(echo) {
                        failed.push(error.to_string());
                    }
                }
                failed
            })
        })
        .collect();
    for n in 1..=RELOADS {
        // Each reload once its share of the requests has gone out: all of them land
        // while the load runs.
        let due = n * CLIENTS * REQUESTS / (RELOADS + 1);
        let started = Instant::now();
        while done.load(std::sync::atomic::Ordering::Relaxed) < due {
            assert!(
                started.elapsed() < METRIC_WAIT,
                "the load stopped before {due} requests"
            );
            std::thread::yield_now();
        }
        std::fs::write(&config, file(n)).unwrap();
        let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
        assert_eq!(status, 200, "{said}");
        assert!(
            said.contains(&format!("applied request_timeout_ms = {}", 4000 + n)),
            "{said}"
        );
    }
    let failed: Vec<String> = load
        .into_iter()
        .flat_map(|client| client.join().unwrap())
        .collect();
    assert!(
        failed.is_empty(),
        "{} requests failed: {:?}",
        failed.len(),
        &failed[..failed.len().min(5)]
    );
    let applied = "hearth_config_reloads_total{outcome=\"applied\"}";
    assert_eq!(metric(admin, applied), Some(RELOADS as f64));
    assert_eq!(
        metric(admin, "hearth_client_request_timeout_seconds"),
        Some(4.01)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `log_format = "json"`: every log line is one JSON object, with the level and the
/// message's fields; a reload names the format as needing a restart.
#[test]
fn json_logs_are_one_object_per_line() {
    let dir = scratch("json-logs");
    let (node, admin, config) = start_configured(&dir, "log = \"info\"\nlog_format = \"json\"\n");
    std::fs::write(&config, "log = \"info\"\nlog_format = \"text\"\n").unwrap();
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(
        (status, said.as_str()),
        (200, "needs a restart (kept as it runs) log_format\n")
    );
    node.signal(libc::SIGTERM);
    let (code, stderr) = node.wait(Duration::from_secs(15));
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<&str> = stderr.lines().filter(|line| !line.is_empty()).collect();
    assert!(lines.len() >= 3, "start, ready, stop at least:\n{stderr}");
    for line in &lines {
        assert!(
            line.starts_with("{\"timestamp\":\"") && line.ends_with('}'),
            "not a JSON object: {line}"
        );
    }
    assert!(
        lines
            .iter()
            .any(|line| line.contains("\"level\":\"INFO\"")
                && line.contains("\"message\":\"stopped\"")),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A gate's metrics show the App node it joined, connected, then gone once it is killed.
#[test]
fn a_gate_shows_the_app_node_it_joined_and_its_loss() {
    let dir = scratch("cluster-metrics");
    let (app, gate) = support::app_and_gate(&dir, &[], &["--admin-listen", "127.0.0.1:0"]);
    let app_node = app.node.expect("app listens").to_string();
    let admin = gate.admin.expect("an admin listener");
    let series = format!("hearth_cluster_member_up{{name=\"app1\",listen=\"{app_node}\"}}");
    wait_metric(admin, &series, 1.0);
    // Heartbeats at least have crossed the links to app1, both ways.
    let logged = logged_in(gate.clients(), "link-traffic");
    for direction in ["out", "in"] {
        let frames =
            format!("hearth_cluster_link_frames_total{{peer=\"app1\",direction=\"{direction}\"}}");
        assert!(
            metric(admin, &frames).is_some_and(|count| count >= 1.0),
            "{frames}"
        );
    }
    // Heartbeats on the idle link measure its round trip.
    let rtt = "hearth_cluster_link_rtt_seconds{peer=\"app1\"}";
    let seconds = wait_metric_until(admin, rtt, "be measured", |now| now.is_some());
    assert!(
        seconds.is_some_and(|seconds| seconds > 0.0 && seconds < 1.0),
        "{seconds:?}"
    );
    // The App node's reporter tells the gate its role and its shards' load, which the
    // gate's observer shows.
    let started = Instant::now();
    let report = loop {
        let state = json(admin, "/observer/state");
        let member = state["cluster"]
            .as_array()
            .and_then(|members| members.iter().find(|member| member["name"] == "app1"))
            .cloned();
        if let Some(report) = member.map(|member| member["report"].clone())
            && !report.is_null()
        {
            break report;
        }
        assert!(
            started.elapsed() < METRIC_WAIT,
            "app1's report reached the gate: {state}"
        );
        std::thread::yield_now();
    };
    assert_eq!(report["role"], "app", "{report}");
    let shards = report["shards"].as_array().unwrap();
    assert!(!shards.is_empty(), "{report}");
    let processes: u64 = shards
        .iter()
        .map(|shard| shard["processes"].as_u64().unwrap())
        .sum();
    assert!(processes > 0, "the App node's world runs: {report}");
    drop(logged);
    drop(app);
    wait_metric(admin, &series, 0.0);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A reload reads the admin token file again: the old token is refused from the next
/// request, the new one accepted.
#[test]
fn a_reload_replaces_the_admin_token() {
    let dir = scratch("reload-token");
    let (node, admin, _config) = start_configured(&dir, "log = \"warn\"\n");
    std::fs::write(dir.join("admin-token"), "a-new-token").unwrap();
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(
        (status, said.as_str()),
        (200, "applied admin_token_file (its token)\n")
    );
    assert_eq!(http(admin, "POST", "/admin/reload", Some(TOKEN)).0, 401);
    let (status, said) = http(admin, "POST", "/admin/reload", Some("a-new-token"));
    assert_eq!((status, said.as_str()), (200, "nothing changed\n"));
    drop(node);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The JSON of `GET path` on the admin listener.
fn json(admin: SocketAddr, path: &str) -> serde_json::Value {
    let (status, body) = http(admin, "GET", path, None);
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap_or_else(|error| panic!("{path}: {error}: {body}"))
}

/// The value of the status field `key` of a process's JSON.
fn status_field<'a>(process: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    process["status"]
        .as_array()?
        .iter()
        .find(|field| field[0] == key)?[1]
        .as_str()
}

/// The observer's data: a player's Person and connection, one process by its pid, and
/// the supervision tree from the world's root supervisor down to the AI supervisor.
#[test]
fn the_observer_shows_a_player_a_process_and_the_supervision_tree() {
    let node = start_observed(&[]);
    let admin = node.admin.expect("an admin listener");
    let _player = logged_in(node.clients(), "inspected");

    let player = json(admin, "/observer/player/inspected");
    assert_eq!(player["user"], "inspected", "{player}");
    let person = &player["person"];
    assert!(
        person["kind"].as_str().unwrap().ends_with("Person>"),
        "{player}"
    );
    assert_eq!(status_field(person, "user"), Some("inspected"), "{person}");
    assert_eq!(
        status_field(person, "fsm"),
        Some("[InWorld, Idle]"),
        "{person}"
    );
    assert!(
        status_field(person, "session")
            .unwrap()
            .starts_with("attached to"),
        "{person}"
    );
    let gate = &player["gate"];
    assert!(
        status_field(gate, "phase").unwrap().starts_with("active"),
        "{gate}"
    );
    // The connection's gate process monitors the Person.
    let person_pid = player["person_pid"].as_str().unwrap();
    let watchers = person["monitored_by"]["items"].as_array().unwrap();
    assert!(watchers.contains(&gate["pid"]), "{player}");

    let bare = person_pid.trim_start_matches('<').trim_end_matches('>');
    let by_pid = json(admin, &format!("/observer/process/{bare}"));
    assert_eq!(by_pid["pid"], person_pid);
    let escaped = json(admin, &format!("/observer/process/%3C{bare}%3E"));
    assert_eq!(escaped["pid"], person_pid);
    let refused = json(admin, "/observer/process/not-a-pid");
    assert!(
        refused["error"].as_str().unwrap().contains("not a pid"),
        "{refused}"
    );
    let nobody = json(admin, "/observer/player/nobody-here");
    assert!(
        nobody["error"].as_str().unwrap().contains("not online"),
        "{nobody}"
    );

    let tree = json(admin, "/observer/tree");
    let processes = tree["processes"].as_array().unwrap();
    let named = |name: &str| processes.iter().find(|p| p["name"] == name);
    let ai = named("world.ai").unwrap_or_else(|| panic!("the AI supervisor: {tree}"));
    assert_eq!(ai["supervisor"], true);
    let battles = named("world.battles").unwrap_or_else(|| panic!("the battle host: {tree}"));
    assert_eq!(battles["children"][0]["id"], "supervisor", "{battles}");
    let root = &processes[0];
    assert_eq!(tree["roots"][0], root["pid"]);
    let children: Vec<&str> = root["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|child| child["id"].as_str().unwrap())
        .collect();
    assert!(children.contains(&"world.ai"), "{root}");
    let others = tree["others"].as_array().unwrap();
    assert!(
        others
            .iter()
            .any(|other| other["kind"].as_str().unwrap().ends_with("Gate")),
        "the connection's gate process is a root: {tree}"
    );

    let state = json(admin, "/observer/state");
    assert!(state["top"]["busiest"].is_array(), "{state}");
    // Each shard's sampled run times, from which the page charts a p99 per shard.
    let bounds = state["node"]["run_bounds_ns"].as_array().unwrap().len();
    for shard in state["shards"].as_array().unwrap() {
        assert_eq!(
            shard["run_buckets"].as_array().unwrap().len(),
            bounds + 1,
            "{shard}"
        );
    }
    let online = &state["clients"]["players"][0];
    assert_eq!(online["person"], person_pid, "{state}");
}

/// A reload widens what players see: a player two cells away is out of a radius-1 area
/// of interest, and once `aoi_radius = 2` applies, his next step reaches the other
/// player's screen. The metric shows the radius before and after.
#[test]
fn a_reload_of_the_aoi_radius_widens_what_players_see() {
    let dir = scratch("reload-aoi");
    let (node, admin, config) = start_configured(&dir, "");
    assert_eq!(metric(admin, "hearth_world_aoi_radius_cells"), Some(1.0));
    let mut alice = logged_in(node.clients(), "aoi-alice");
    let mut bob = logged_in(node.clients(), "aoi-bob");
    let b = bob.player_id();
    let alice_cell = go(&mut alice, 10, 10);
    assert_eq!(
        go(&mut bob, 2 * 256 + 10, 10),
        alice_cell + 2,
        "two cells apart"
    );

    std::fs::write(&config, "aoi_radius = 2\n").unwrap();
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    assert!(
        said.contains("aoi_radius = 2"),
        "the reload names the change: {said}"
    );
    assert_eq!(metric(admin, "hearth_world_aoi_radius_cells"), Some(2.0));
    go(&mut bob, 2 * 256 + 20, 10);
    loop {
        let push = alice
            .next_push()
            .expect("Bob's step within the client's read timeout");
        if let Some(hearth_protocol::push::Body::Aoi(aoi)) = push.body
            && aoi
                .seen
                .iter()
                .any(|seen| seen.player == b && (seen.x, seen.y) == (2 * 256 + 20, 10))
        {
            break;
        }
    }

    // A radius out of range is refused whole, with the tick change beside it.
    std::fs::write(&config, "aoi_radius = 9\naoi_tick_ms = 100\n").unwrap();
    let (status, said) = http(admin, "POST", "/admin/reload", Some(TOKEN));
    assert_eq!(status, 409, "{said}");
    assert!(said.contains("aoi_radius must be within 1..=3"), "{said}");
    assert_eq!(metric(admin, "hearth_world_aoi_radius_cells"), Some(2.0));
    assert_eq!(metric(admin, "hearth_world_aoi_tick_seconds"), Some(0.2));
}

/// The game rules' scripts are reloaded and rolled back by admin command; a broken
/// release is refused naming its script and line, and the running one stays.
#[test]
fn scripts_are_reloaded_and_rolled_back_by_admin_command() {
    let dir = scratch("scripts");
    let scripts = dir.join("scripts");
    std::fs::create_dir_all(&scripts).unwrap();
    let shipped = include_str!("../world/scripts/ai.lua");
    let ai = scripts.join("ai.lua");
    std::fs::write(&ai, shipped).unwrap();
    let config = format!("scripts = {:?}\n", scripts.to_str().unwrap());
    let (_node, admin, _config) = start_configured(&dir, &config);
    let reload = "/admin/scripts/reload";
    assert_eq!(
        http(admin, "POST", reload, None).0,
        401,
        "the token is needed"
    );

    std::fs::write(&ai, "local M = {}\nfunction M.light( return M\n").unwrap();
    let (status, said) = http(admin, "POST", reload, Some(TOKEN));
    assert_eq!(status, 409, "{said}");
    assert!(
        said.contains("release 1 keeps running") && said.contains("ai.lua:2:"),
        "{said}"
    );

    std::fs::write(&ai, shipped.replace("version = \"1\"", "version = \"2\"")).unwrap();
    let (status, said) = http(admin, "POST", reload, Some(TOKEN));
    assert_eq!(
        (status, said.as_str()),
        (200, "scripts release 2 installed (ai.lua)\n")
    );
    let (status, said) = http(admin, "POST", "/admin/scripts/rollback", Some(TOKEN));
    assert_eq!(
        (status, said.as_str()),
        (200, "scripts release 3: the previous scripts again\n")
    );
    let (status, _) = http(admin, "POST", "/admin/no-such-command", Some(TOKEN));
    assert_eq!(status, 404);
}

/// A scripts reload taken by one App node reaches the other: its agent checks and
/// installs the release, and so does a rollback.
#[test]
fn a_scripts_reload_reaches_every_app_node() {
    let dir = scratch("scripts-cluster");
    let cookie = support::cookie_file(&dir);
    let token = dir.join("admin-token");
    std::fs::write(&token, TOKEN).unwrap();
    let shipped = include_str!("../world/scripts/ai.lua");
    let folder = |name: &str| {
        let folder = dir.join(name);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("ai.lua"), shipped).unwrap();
        folder.to_str().unwrap().to_owned()
    };
    let (first, second) = (folder("rules1"), folder("rules2"));
    let admin_flags = [
        "--admin-listen",
        "127.0.0.1:0",
        "--admin-token-file",
        token.to_str().unwrap(),
    ];
    let mut app1_args = vec!["--role", "app", "--name", "app1", "--listen", "127.0.0.1:0"];
    app1_args.extend(["--cookie-file", &cookie, "--scripts", &first]);
    app1_args.extend(admin_flags);
    let app1 = start(&app1_args);
    let app1_node = app1.node.expect("app1 listens").to_string();
    let mut app2_args = vec!["--role", "app", "--name", "app2", "--listen", "127.0.0.1:0"];
    app2_args.extend([
        "--join",
        &app1_node,
        "--cookie-file",
        &cookie,
        "--scripts",
        &second,
    ]);
    app2_args.extend(admin_flags);
    let app2 = start(&app2_args);
    let (admin1, admin2) = (app1.admin.unwrap(), app2.admin.unwrap());
    assert_eq!(metric(admin2, "hearth_scripts_release"), Some(1.0));

    std::fs::write(
        std::path::Path::new(&first).join("ai.lua"),
        shipped.replace("version = \"1\"", "version = \"2\""),
    )
    .unwrap();
    // app2's agent is known to app1 once its cluster-wide name has travelled: wait for
    // app1 to hear app2's reporter (registered at the same start), then reload until the
    // answer names app2 (until the agent's name arrives too, a reload reaches no other
    // node and says so).
    let started = Instant::now();
    while json(admin1, "/observer/state")["cluster"][0]["report"].is_null() {
        assert!(
            started.elapsed() < METRIC_WAIT,
            "app1 never heard app2's reporter"
        );
        std::thread::yield_now();
    }
    loop {
        let (status, said) = http(admin1, "POST", "/admin/scripts/reload", Some(TOKEN));
        assert_eq!(status, 200, "{said}");
        if said.contains("sent to app2") {
            break;
        }
        assert!(said.contains("sent to no other node"), "{said}");
        assert!(
            started.elapsed() < METRIC_WAIT,
            "app2's agent never known: {said}"
        );
        std::thread::yield_now();
    }
    let release = |admin| metric(admin, "hearth_scripts_release").unwrap_or(0.0);
    let installed = "hearth_scripts_releases_total{outcome=\"installed\"}";
    wait_metric(admin2, installed, 1.0);
    assert_eq!(release(admin2), 2.0, "app2 installed app1's release");

    let (status, said) = http(admin1, "POST", "/admin/scripts/rollback", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    assert!(said.contains("sent to app2"), "{said}");
    wait_metric(admin2, installed, 2.0);
    assert_eq!(release(admin2), 3.0, "app2 rolled back too");
    drop((app1, app2));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A battle's rules in `battle.lua`: a skill does what the script says, and a reload
/// changes it for the battle already running, with no one moved.
#[test]
fn a_reload_changes_what_a_skill_does_in_a_running_battle() {
    let dir = scratch("scripts-battle");
    let scripts = dir.join("scripts");
    std::fs::create_dir_all(&scripts).unwrap();
    let shipped = include_str!("../world/scripts/battle.lua");
    let battle = scripts.join("battle.lua");
    std::fs::write(&battle, shipped.replace("{ 10, 20, 30 }", "{ 7, 20, 30 }")).unwrap();
    let config = format!("scripts = {:?}\n", scripts.to_str().unwrap());
    let (node, admin, _config) = start_configured(&dir, &config);
    let mut player = logged_in(node.clients(), "fighter");
    let join =
        hearth_protocol::request::Body::BattleJoin(hearth_protocol::BattleJoin { battle_id: 0 });
    let joined = player.request(join).expect("a battle");
    assert!(
        matches!(
            joined.body,
            Some(hearth_protocol::reply::Body::BattleJoined(_))
        ),
        "{joined:?}"
    );
    let hit = |player: &mut hearth_protocol::client::Client| {
        let act = hearth_protocol::request::Body::BattleAction(hearth_protocol::BattleAction {
            skill: 1,
        });
        match player.request(act).expect("an answer").body {
            Some(hearth_protocol::reply::Body::BattleHit(hit)) => hit.damage,
            other => panic!("expected a hit, got {other:?}"),
        }
    };
    assert_eq!(hit(&mut player), 7, "skill 1 does what battle.lua says");

    std::fs::write(&battle, shipped.replace("{ 10, 20, 30 }", "{ 3, 20, 30 }")).unwrap();
    let (status, said) = http(admin, "POST", "/admin/scripts/reload", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    assert_eq!(
        hit(&mut player),
        3,
        "the running battle follows the new release"
    );

    // Rules that fail at run time end the battle alone, with a clear refusal.
    let failing = shipped.replace(
        "function M.damage(s, skill, monster_hp)",
        "function M.damage(s, skill, monster_hp)\n  error(\"no skills today\")",
    );
    std::fs::write(&battle, failing).unwrap();
    let (status, said) = http(admin, "POST", "/admin/scripts/reload", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    let act =
        hearth_protocol::request::Body::BattleAction(hearth_protocol::BattleAction { skill: 1 });
    let refused = player.request(act).expect_err("the action is refused");
    assert!(
        refused.to_string().contains("the battle's rules failed"),
        "{refused}"
    );
    let echo = hearth_protocol::request::Body::Echo(hearth_protocol::Echo {
        payload: b"still here".to_vec(),
    });
    assert!(player.request(echo).is_ok(), "the player plays on");
}
