//! The observer page in a real browser: Debian's Chromium, headless, loads
//! `/observer` from a node with players online and a small load running, and runs its
//! script; the test reads the page it drew. Needs `chromium` on the PATH, so it is `#[ignore]`d for a plain
//! `cargo test`; `.ci/run` installs Chromium and runs it with `--ignored`, and keeps a
//! screenshot in `target/ci-artifacts/observer.png`.

mod support;

use std::process::Command;

use hearth_protocol::request::Body;
use support::{logged_in, start_observed, wait_metric};

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
    let node = start_observed(&[]);
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
    // A small load beside the two players: 20 clients, 13 requests a second each.
    let load = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args([
            "load",
            "--target",
            &node.clients().to_string(),
            "--clients",
            "20",
        ])
        .args(["--warmup-s", "0", "--duration-s", "30"])
        .arg("--auth-secret-file")
        .arg(support::login_secret_file())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("hearth load starts");
    let load = Load(load);
    wait_metric(admin, "hearth_client_connections", 22.0);
    let page = chromium(&["--dump-dom", &url]);
    let shards = page
        .split("id=\"shards\"")
        .nth(1)
        .expect("the shards table");
    // Rates need two polls; under virtual time the polls come within real milliseconds,
    // so a rate may be 0 or large: the page computed one for every shard.
    let rates: Vec<f64> = shards
        .split("</table>")
        .next()
        .unwrap_or("")
        .split("<tr>")
        .filter_map(|row| {
            row.split("<td>")
                .nth(5)?
                .split("</td>")
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert_eq!(rates.len(), 2, "a rate for each shard:\n{shards}");
    assert!(page.contains("players online: 22"), "the summary:\n{page}");
    assert!(
        page.contains("Players online: 22"),
        "the players' table title:\n{page}"
    );
    assert!(
        page.contains("<td class=\"name\"><a class=\"pid\">observed-1</a></td>"),
        "a player by its user name:\n{page}"
    );
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
        clients.contains("<tbody><tr><td>22</td><td>22</td>"),
        "22 connections, 22 logins:\n{clients}"
    );
    let requests: u64 = clients
        .split("<td>")
        .nth(3)
        .and_then(|cell| cell.split("</td>").next()?.parse().ok())
        .expect("the requests cell");
    assert!(
        requests > 10,
        "the players' 10 echoes and the load's requests: {requests}"
    );
    // The page opened on a player shows its Person, and the supervision tree.
    let page = chromium(&["--dump-dom", &format!("{url}#player=observed-1")]);
    let panel = page
        .split("id=\"player\"")
        .nth(1)
        .and_then(|rest| rest.split("<h2>").next())
        .expect("the player panel");
    for shown in [
        "observed-1 (player",
        "Person",
        "<dd>[InWorld, Idle]</dd>",
        "attached to",
    ] {
        assert!(
            panel.contains(shown),
            "{shown:?} in the player panel:\n{panel}"
        );
    }
    let tree = page
        .split("id=\"tree\"")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .expect("the tree");
    for shown in [
        "Supervisor",
        "world.orgs",
        "world.ai",
        "Host&lt;Battle&gt;",
        "Not supervised",
    ] {
        assert!(tree.contains(shown), "{shown:?} in the tree:\n{tree}");
    }
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/ci-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let screenshot = artifacts.join("observer.png");
    let shot = format!("--screenshot={}", screenshot.display());
    chromium(&[
        "--window-size=1200,1800",
        &shot,
        &format!("{url}#player=observed-1"),
    ]);
    let bytes = std::fs::metadata(&screenshot)
        .map(|meta| meta.len())
        .unwrap_or(0);
    assert!(bytes > 10_000, "a screenshot of the page ({bytes} bytes)");
    drop((players, load));
}

/// A `hearth load` process, killed when the test ends.
struct Load(std::process::Child);

impl Drop for Load {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
