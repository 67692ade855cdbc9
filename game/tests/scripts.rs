//! The game's rules in scripts on a real node (`--scripts DIR`): battle rewards and the
//! heavy request follow a reload made while the seed's load runs, with no error and no
//! process restarted; a failing script ends its player's Person alone, naming its line;
//! a watched folder reloads by itself.

mod support;

use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use hearth_protocol::client::{Client, ClientError};
use hearth_protocol::{self as proto, request::Body};
use support::{
    METRIC_WAIT, NodeProcess, TOKEN, http, logged_in, metric, scratch, start_observed,
    wait_metric_until,
};

/// The shipped scripts.
const AI: &str = include_str!("../world/scripts/ai.lua");
const BATTLE: &str = include_str!("../world/scripts/battle.lua");
const PERSON: &str = include_str!("../world/scripts/person.lua");

/// The shipped reward line of `battle.lua`.
const REWARD: &str = "  return 100, 1\n";
/// The shipped valuation's start in `person.lua`.
const VALUATION: &str = "  local acc = 2654435769\n";

/// Clients of the seed's mix beside the test's players.
const LOAD_CLIENTS: usize = 30;
/// How long the load runs: past every step of the test (checked).
const LOAD_SECONDS: u64 = 20;

/// A folder holding the shipped scripts.
fn scripts_folder(dir: &Path) -> PathBuf {
    let folder = dir.join("scripts");
    std::fs::create_dir_all(&folder).unwrap();
    for (name, text) in [("ai", AI), ("battle", BATTLE), ("person", PERSON)] {
        std::fs::write(folder.join(format!("{name}.lua")), text).unwrap();
    }
    folder
}

/// A node running the scripts of `folder` (and `extra` flags), with the test's admin
/// token; its admin address.
fn node(dir: &Path, folder: &Path, extra: &[&str]) -> (NodeProcess, SocketAddr) {
    let token = dir.join("admin-token");
    std::fs::write(&token, TOKEN).unwrap();
    let mut args = vec!["--scripts", folder.to_str().unwrap()];
    args.extend(["--admin-token-file", token.to_str().unwrap()]);
    args.extend(extra);
    let node = start_observed(&args);
    let admin = node.admin.expect("an admin listener");
    (node, admin)
}

/// `hearth load` with the seed's mix against `node` for [`LOAD_SECONDS`], killed when
/// dropped.
struct Load {
    child: Child,
    /// Its report, read to the end on a thread of its own (the end: the load exited).
    report: std::sync::mpsc::Receiver<String>,
}

impl Load {
    fn start(node: &NodeProcess) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hearth"))
            .args(["load", "--target", &node.clients().to_string()])
            .args(["--clients", &LOAD_CLIENTS.to_string(), "--seed-mix"])
            .args(["--warmup-s", "0", "--duration-s", &LOAD_SECONDS.to_string()])
            .arg("--auth-secret-file")
            .arg(support::login_secret_file())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("hearth load starts");
        let mut stdout = child.stdout.take().expect("piped");
        let (done, report) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut out = String::new();
            let _ = stdout.read_to_string(&mut out);
            let _ = done.send(out);
        });
        Self { child, report }
    }

    /// Whether the load still runs.
    fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits for the load's end and returns its report.
    fn report(self) -> String {
        let wait = Duration::from_secs(LOAD_SECONDS) + METRIC_WAIT;
        self.report
            .recv_timeout(wait)
            .unwrap_or_else(|_| panic!("the load did not end within {wait:?}"))
    }
}

impl Drop for Load {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One field of a report line (`name=value`).
fn field<'a>(report: &'a str, name: &str) -> Option<&'a str> {
    report
        .split_whitespace()
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// Joins a new battle, wins it with skill 3, and returns the victory push.
fn win_a_battle(player: &mut Client) -> proto::BattleEnded {
    let join = Body::BattleJoin(proto::BattleJoin { battle_id: 0 });
    match player.request(join).expect("a battle").body {
        Some(proto::reply::Body::BattleJoined(_)) => {}
        other => panic!("expected BattleJoined, got {other:?}"),
    }
    loop {
        let act = Body::BattleAction(proto::BattleAction { skill: 3 });
        match player.request(act).expect("a hit").body {
            Some(proto::reply::Body::BattleHit(hit)) if hit.monsters_left == 0 => break,
            Some(proto::reply::Body::BattleHit(_)) => {}
            other => panic!("expected BattleHit, got {other:?}"),
        }
    }
    loop {
        let push = player.next_push().expect("the battle's end");
        if let Some(proto::push::Body::BattleEnded(ended)) = push.body {
            return ended;
        }
    }
}

fn heavy(player: &mut Client, work: u32) -> Result<u64, ClientError> {
    match player.request(Body::Heavy(proto::Heavy { work })) {
        Ok(reply) => match reply.body {
            Some(proto::reply::Body::Heavy(result)) => Ok(result.value),
            other => panic!("expected HeavyResult, got {other:?}"),
        },
        Err(error) => Err(error),
    }
}

fn trophies(ended: &proto::BattleEnded) -> u32 {
    ended.reward_items.iter().map(|stack| stack.count).sum()
}

fn reload(admin: SocketAddr) -> String {
    let (status, said) = http(admin, "POST", "/admin/scripts/reload", Some(TOKEN));
    assert_eq!(status, 200, "{said}");
    said
}

/// Every supervisor's restarts within its intensity period, from the observer's tree.
fn restarts(admin: SocketAddr) -> Vec<(String, String)> {
    let (status, page) = http(admin, "GET", "/observer/tree", None);
    assert_eq!(status, 200, "{page}");
    let tree: serde_json::Value = serde_json::from_str(&page).unwrap();
    let mut found = Vec::new();
    for process in tree["processes"].as_array().expect("processes") {
        for pair in process["status"].as_array().into_iter().flatten() {
            if pair[0] == "recent_restarts" {
                let name = process["name"].as_str().unwrap_or("?").to_owned();
                found.push((name, pair[1].to_string()));
            }
        }
    }
    found
}

/// The panics of every shard, summed.
fn panics(admin: SocketAddr) -> f64 {
    (0..2)
        .filter_map(|shard| metric(admin, &format!("hearth_panics_total{{shard=\"{shard}\"}}")))
        .sum()
}

/// Under the seed's load, a reload of `battle.lua` and `person.lua` changes what a
/// victory gives (in the `BattleEnded` push) and what the heavy request answers, for
/// the players already online; the load sees no error and no process is restarted.
#[test]
fn a_reload_under_the_seed_load_changes_what_players_get_with_no_error_and_no_restart() {
    let dir = scratch("scripts-under-load");
    let folder = scripts_folder(&dir);
    let (node, admin) = node(&dir, &folder, &[]);
    let mut load = Load::start(&node);
    wait_metric_until(
        admin,
        "hearth_client_connections",
        &format!("reach the load's {LOAD_CLIENTS} clients"),
        |now| now >= Some(LOAD_CLIENTS as f64),
    );
    let mut fighter = logged_in(node.clients(), "fighter");
    let before = win_a_battle(&mut fighter);
    assert_eq!((before.reward_xp, trophies(&before)), (100, 1));
    let valued = heavy(&mut fighter, 2).expect("a valuation");

    let battle = BATTLE.replace(REWARD, "  return 250 + players, 2\n");
    std::fs::write(folder.join("battle.lua"), battle).unwrap();
    let person = PERSON.replace(VALUATION, "  local acc = 7\n");
    std::fs::write(folder.join("person.lua"), person).unwrap();
    let said = reload(admin);
    assert!(said.starts_with("scripts release 2 installed"), "{said}");
    assert!(load.running(), "the reload came while the load ran");

    let after = win_a_battle(&mut fighter);
    assert_eq!(
        (after.reward_xp, trophies(&after)),
        (251, 2),
        "the reward battle.lua gives now, pushed to the player"
    );
    let revalued = heavy(&mut fighter, 2).expect("a valuation");
    assert_ne!(revalued, valued, "person.lua's new valuation");
    assert_eq!(heavy(&mut fighter, 2).unwrap(), revalued, "deterministic");

    let report = load.report();
    assert!(
        report.contains("hearth load"),
        "the load's report: {report}"
    );
    for (name, want) in [("errors", "0"), ("timeouts", "0"), ("failed", "0")] {
        assert_eq!(field(&report, name), Some(want), "{name}: {report}");
    }
    let requests: f64 = field(&report, "requests_per_s")
        .and_then(|rate| rate.parse().ok())
        .unwrap_or(0.0);
    assert!(requests > 0.0, "the load ran: {report}");
    assert_eq!(panics(admin), 0.0);
    let restarted: Vec<_> = restarts(admin)
        .into_iter()
        .filter(|(_, count)| count != "\"0\"" && count != "0")
        .collect();
    assert!(restarted.is_empty(), "restarts: {restarted:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A heavy request whose script fails ends that player's Person, with the script's line
/// in the answer and in the goodbye; another player plays on.
#[test]
fn a_failing_heavy_script_ends_its_player_alone_naming_the_line() {
    let dir = scratch("scripts-heavy-fails");
    let folder = scripts_folder(&dir);
    let failing = PERSON.replace(
        "function M.heavy(s, work)\n",
        "function M.heavy(s, work)\n  if work == 3 then error(\"no valuation today\") end\n",
    );
    let line = failing
        .lines()
        .position(|line| line.contains("no valuation today"))
        .unwrap()
        + 1;
    std::fs::write(folder.join("person.lua"), failing).unwrap();
    let (node, _admin) = node(&dir, &folder, &[]);
    let mut unlucky = logged_in(node.clients(), "unlucky");
    let mut other = logged_in(node.clients(), "other");
    let failed = heavy(&mut unlucky, 3).expect_err("the script fails");
    let cause = format!("person.lua:{line}: no valuation today");
    assert!(
        failed.to_string().contains(&cause),
        "{failed} names {cause}"
    );
    let echo = Body::Echo(proto::Echo {
        payload: b"after".to_vec(),
    });
    let ended = unlucky.request(echo.clone()).expect_err("its Person ended");
    assert!(
        matches!(ended, ClientError::Bye { .. }) && ended.to_string().contains(&cause),
        "the goodbye says why: {ended}"
    );
    assert!(heavy(&mut other, 1).is_ok(), "another player plays on");
    assert!(other.request(echo).is_ok());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// With `--scripts-watch`, a changed script is installed by itself; a broken one is
/// refused and the running release stays.
#[test]
fn a_watched_scripts_folder_reloads_when_a_script_changes() {
    let dir = scratch("scripts-watch");
    let folder = scripts_folder(&dir);
    let (node, admin) = node(&dir, &folder, &["--scripts-watch"]);
    let mut player = logged_in(node.clients(), "watcher");
    let shipped = heavy(&mut player, 1).unwrap();
    let constant = PERSON.replace(
        "function M.heavy(s, work)\n",
        "function M.heavy(s, work)\n  if work == 1 then return 42 end\n",
    );
    std::fs::write(folder.join("person.lua"), constant).unwrap();
    wait_metric_until(admin, "hearth_scripts_release", "reach 2", |now| {
        now == Some(2.0)
    });
    assert_ne!(shipped, 42);
    assert_eq!(heavy(&mut player, 1).unwrap(), 42, "the new release runs");

    std::fs::write(folder.join("person.lua"), "local M = {\n").unwrap();
    let refused = "hearth_scripts_releases_total{outcome=\"refused\"}";
    wait_metric_until(admin, refused, "count the broken file", |now| {
        now == Some(1.0)
    });
    assert_eq!(metric(admin, "hearth_scripts_release"), Some(2.0));
    assert_eq!(
        heavy(&mut player, 1).unwrap(),
        42,
        "release 2 keeps running"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
