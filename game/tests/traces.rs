//! Request traces (issue 15, logs): one id follows a client request from the gate node to
//! the Person on an App node and back, in both nodes' logs.

mod support;

use std::time::Duration;

use hearth_protocol::Echo;
use hearth_protocol::request::Body;
use support::{app_and_gate, logged_in, scratch};

/// How long a stopping node may take.
const STOP_WAIT: Duration = Duration::from_secs(20);

#[test]
fn one_trace_id_follows_a_request_across_nodes() {
    let dir = scratch("traces");
    let config = dir.join("debug.toml");
    std::fs::write(
        &config,
        "log = \"warn,hearth_gate=debug,hearth_world=debug\"\n",
    )
    .unwrap();
    let debug = ["--config", config.to_str().unwrap()];
    let (app, gate) = app_and_gate(&dir, &debug, &debug);
    let mut player = logged_in(gate.clients(), "traced");
    player
        .request(Body::Echo(Echo {
            payload: b"follow me".to_vec(),
        }))
        .unwrap();
    drop(player);
    gate.signal(libc::SIGTERM);
    let (_, gate_log) = gate.wait(STOP_WAIT);
    app.signal(libc::SIGTERM);
    let (_, app_log) = app.wait(STOP_WAIT);
    let answered = gate_log
        .lines()
        .find(|line| line.contains("request answered") && line.contains("kind=\"echo\""))
        .unwrap_or_else(|| panic!("the gate logged no answered echo:\n{gate_log}"));
    let trace = answered
        .split_whitespace()
        .find_map(|field| field.strip_prefix("trace="))
        .expect("a trace id");
    assert!(trace.contains('#'), "{trace}");
    assert!(
        app_log
            .lines()
            .any(|line| line.contains(&format!("trace={trace}"))
                && line.contains("request from the gate")),
        "the app node logged no request with trace {trace}:\n{app_log}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
