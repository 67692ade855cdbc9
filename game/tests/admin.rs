//! The admin listener of a real node: metrics that follow what happens, health, and
//! reconfiguration by SIGHUP and `POST /admin/reload` (issue: operate it).

mod support;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use support::{fails, logged_in, scratch, start};

/// How long a metric may take to show what happened (a scrape reads live counters; the
/// wait covers a busy machine).
const METRIC_WAIT: Duration = Duration::from_secs(10);
const METRIC_POLL: Duration = Duration::from_millis(50);
const TOKEN: &str = "admin-token-not-secret";

/// One HTTP exchange: the status and the body.
fn http(addr: SocketAddr, method: &str, path: &str, token: Option<&str>) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("admin listener");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let auth = token.map_or(String::new(), |token| {
        format!("Authorization: Bearer {token}\r\n")
    });
    let request = format!("{method} {path} HTTP/1.1\r\nContent-Length: 0\r\n{auth}\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer[9..12].parse().expect("a status code");
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    (status, body.to_owned())
}

/// The value of `series` (name and labels, exactly as printed) on the metrics page.
fn metric(admin: SocketAddr, series: &str) -> Option<f64> {
    let (status, page) = http(admin, "GET", "/metrics", None);
    assert_eq!(status, 200, "{page}");
    page.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

/// Waits until `series` reads `value`.
fn wait_metric(admin: SocketAddr, series: &str, value: f64) {
    let started = Instant::now();
    loop {
        let now = metric(admin, series);
        if now == Some(value) {
            return;
        }
        assert!(
            started.elapsed() < METRIC_WAIT,
            "waited {METRIC_WAIT:?} for {series} to read {value}; it reads {now:?}"
        );
        std::thread::sleep(METRIC_POLL);
    }
}

#[test]
fn a_node_shows_its_metrics_and_health() {
    let node = start(&[
        "--client-listen",
        "127.0.0.1:0",
        "--admin-listen",
        "127.0.0.1:0",
    ]);
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
    let player = logged_in(node.clients(), "metrics-1");
    wait_metric(admin, "hearth_client_connections", 1.0);
    assert!(
        spawned(admin) > before,
        "a login spawns a gate process and a Person"
    );
    drop(player);
    wait_metric(admin, "hearth_client_connections", 0.0);
}

/// SIGHUP re-reads the config file and applies the log filter; a setting that needs a
/// restart is named and kept; a bad file changes nothing; the node never stops.
#[test]
fn sighup_and_reload_apply_what_can_change_and_refuse_a_bad_file() {
    let dir = scratch("reload");
    let config = dir.join("hearth.toml");
    let token = dir.join("admin-token");
    std::fs::write(&config, "log = \"warn\"\n").unwrap();
    std::fs::write(&token, TOKEN).unwrap();
    let node = start(&[
        "--client-listen",
        "127.0.0.1:0",
        "--admin-listen",
        "127.0.0.1:0",
        "--config",
        config.to_str().unwrap(),
        "--admin-token-file",
        token.to_str().unwrap(),
    ]);
    let admin = node.admin.expect("an admin listener");
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
