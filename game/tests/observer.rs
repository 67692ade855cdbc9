//! The observer page in a real browser: Debian's Chromium, headless, loads
//! `/observer` from a node with players online and runs its script; the test reads the
//! page it drew. Needs `chromium` on the PATH, so it is `#[ignore]`d for a plain
//! `cargo test`; `.ci/run` installs Chromium and runs it with `--ignored`, and keeps a
//! screenshot in `target/ci-artifacts/observer.png`.

mod support;

use std::process::Command;

use hearth_protocol::request::Body;
use support::{logged_in, start};

/// How much virtual time the page's script gets: the first poll and two more, a second
/// apart (rates and the p99 need two).
const VIRTUAL_TIME: &str = "--virtual-time-budget=3500";

fn chromium(args: &[&str]) -> String {
    let output = Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", VIRTUAL_TIME])
        .args(args)
        .output()
        .expect("chromium on the PATH (apt-get install chromium)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
#[ignore = "needs chromium: run with --ignored (CI does)"]
fn the_observer_page_shows_the_players_and_their_processes() {
    let node = start(&[
        "--client-listen",
        "127.0.0.1:0",
        "--admin-listen",
        "127.0.0.1:0",
    ]);
    let admin = node.admin.expect("an admin listener");
    let mut players: Vec<_> = ["observed-1", "observed-2"]
        .iter()
        .map(|user| logged_in(node.clients(), user))
        .collect();
    for player in &mut players {
        for _ in 0..5 {
            let echo = Body::Echo(hearth_protocol::Echo {
                payload: b"seen".to_vec(),
            });
            player.request(echo).expect("an echo");
        }
    }
    let url = format!("http://{admin}/observer");
    let page = chromium(&["--dump-dom", &url]);
    assert!(page.contains("players online: 2"), "the summary:\n{page}");
    assert!(
        page.contains("person::Person"),
        "the Persons' kind:\n{page}"
    );
    assert!(
        page.contains("<div id=\"error\"></div>"),
        "the page read the node:\n{page}"
    );
    let clients = page
        .split("id=\"clients\"")
        .nth(1)
        .expect("the clients table");
    assert!(
        clients.contains("<tbody><tr><td>2</td><td>2</td><td>10</td><td>0</td></tr>"),
        "2 connections, 2 logins, 10 requests, 0 errors:\n{clients}"
    );
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/ci-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let screenshot = artifacts.join("observer.png");
    let shot = format!("--screenshot={}", screenshot.display());
    chromium(&["--window-size=1200,900", &shot, &url]);
    let bytes = std::fs::metadata(&screenshot)
        .map(|meta| meta.len())
        .unwrap_or(0);
    assert!(bytes > 10_000, "a screenshot of the page ({bytes} bytes)");
    drop(players);
}
