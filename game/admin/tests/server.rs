//! The admin listener over real sockets: routes, access rules, bad requests, and a
//! client that stalls.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use hearth_admin::{
    AdminConfig, AdminError, AdminServer, CLIENT_TIMEOUT, Exposition, Kind, Operator, ReloadError,
    Reloaded,
};

/// An operator whose answers the test sets: counts its reloads, refuses one on demand.
#[derive(Default)]
struct Fixture {
    draining: AtomicBool,
    refuse_reload: AtomicBool,
    reloads: AtomicU64,
}

impl Operator for Fixture {
    fn metrics(&self, page: &mut Exposition) {
        let reloads = self.reloads.load(Ordering::Relaxed) as f64;
        page.single(
            "test_reloads_total",
            Kind::Counter,
            "Reloads asked.",
            reloads,
        );
    }

    fn serving(&self) -> bool {
        !self.draining.load(Ordering::Relaxed)
    }

    fn reload(&self) -> Result<Reloaded, ReloadError> {
        self.reloads.fetch_add(1, Ordering::Relaxed);
        if self.refuse_reload.load(Ordering::Relaxed) {
            return Err(ReloadError::Refused("line 3: not a number".into()));
        }
        Ok(Reloaded {
            applied: vec!["log = \"debug\"".into()],
            need_restart: vec!["shards".into()],
        })
    }
}

const TOKEN: &str = "s3cret-token";

fn start(token: Option<&str>) -> (AdminServer, Arc<Fixture>) {
    let fixture = Arc::new(Fixture::default());
    let config = AdminConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        token: token.map(Arc::from),
    };
    let operator: Arc<dyn Operator> = Arc::clone(&fixture) as Arc<dyn Operator>;
    (AdminServer::start(config, operator).unwrap(), fixture)
}

/// Sends `request` raw and reads the whole answer (the server closes after it).
fn exchange(addr: SocketAddr, request: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(CLIENT_TIMEOUT * 3)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

fn get(addr: SocketAddr, path: &str, token: Option<&str>) -> String {
    let auth = token.map_or(String::new(), |token| {
        format!("Authorization: Bearer {token}\r\n")
    });
    exchange(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: x\r\n{auth}\r\n"),
    )
}

fn post(addr: SocketAddr, path: &str, token: Option<&str>) -> String {
    let auth = token.map_or(String::new(), |token| {
        format!("Authorization: Bearer {token}\r\n")
    });
    exchange(
        addr,
        &format!("POST {path} HTTP/1.1\r\nContent-Length: 0\r\n{auth}\r\n"),
    )
}

#[test]
fn health_and_metrics_are_open_on_loopback() {
    let (server, fixture) = start(None);
    let addr = server.local_addr();
    let health = get(addr, "/health", None);
    assert!(health.starts_with("HTTP/1.1 200 OK\r\n"), "{health}");
    assert!(health.ends_with("\r\n\r\nserving\n"), "{health}");
    let metrics = get(addr, "/metrics", None);
    assert!(
        metrics.contains("Content-Type: text/plain; version=0.0.4"),
        "{metrics}"
    );
    assert!(
        metrics.contains("\r\n\r\n# HELP test_reloads_total Reloads asked.\n"),
        "{metrics}"
    );
    assert!(metrics.ends_with("test_reloads_total 0\n"), "{metrics}");
    fixture.draining.store(true, Ordering::Relaxed);
    let draining = get(addr, "/health", None);
    assert!(draining.starts_with("HTTP/1.1 503 "), "{draining}");
}

#[test]
fn reload_needs_the_token_and_says_what_it_did() {
    let (server, fixture) = start(Some(TOKEN));
    let addr = server.local_addr();
    let refused = post(addr, "/admin/reload", None);
    assert!(refused.starts_with("HTTP/1.1 401 "), "{refused}");
    let wrong = post(addr, "/admin/reload", Some("s3cret-tokeN"));
    assert!(wrong.starts_with("HTTP/1.1 401 "), "{wrong}");
    assert_eq!(
        fixture.reloads.load(Ordering::Relaxed),
        0,
        "no reload without the token"
    );
    let done = post(addr, "/admin/reload", Some(TOKEN));
    assert!(done.starts_with("HTTP/1.1 200 OK\r\n"), "{done}");
    assert!(done.contains("applied log = \"debug\"\n"), "{done}");
    assert!(
        done.contains("needs a restart (kept as it runs) shards\n"),
        "{done}"
    );
    fixture.refuse_reload.store(true, Ordering::Relaxed);
    let bad = post(addr, "/admin/reload", Some(TOKEN));
    assert!(bad.starts_with("HTTP/1.1 409 "), "{bad}");
    assert!(
        bad.contains("nothing changed: line 3: not a number"),
        "{bad}"
    );
    assert!(get(addr, "/metrics", None).ends_with("test_reloads_total 2\n"));
}

#[test]
fn without_a_token_admin_requests_are_forbidden() {
    let (server, fixture) = start(None);
    let answer = post(server.local_addr(), "/admin/reload", Some("anything"));
    assert!(answer.starts_with("HTTP/1.1 403 "), "{answer}");
    assert!(answer.contains("--admin-token-file"), "{answer}");
    assert_eq!(fixture.reloads.load(Ordering::Relaxed), 0);
}

#[test]
fn off_loopback_the_token_is_required_at_start() {
    let config = AdminConfig {
        listen: "0.0.0.0:0".parse().unwrap(),
        token: None,
    };
    let operator: Arc<dyn Operator> = Arc::new(Fixture::default());
    let refused = AdminServer::start(config, operator);
    assert!(
        matches!(refused, Err(AdminError::OpenToTheNetwork(_))),
        "{:?}",
        refused.err()
    );
}

#[test]
fn off_loopback_a_reload_cannot_drop_the_token() {
    let config = AdminConfig {
        listen: "0.0.0.0:0".parse().unwrap(),
        token: Some(Arc::from(TOKEN)),
    };
    let operator: Arc<dyn Operator> = Arc::new(Fixture::default());
    let server = AdminServer::start(config, operator).unwrap();
    let dropped = server.token().replace(None);
    assert!(
        matches!(dropped, Err(AdminError::OpenToTheNetwork(None))),
        "{dropped:?}"
    );
    let addr = SocketAddr::from(([127, 0, 0, 1], server.local_addr().port()));
    assert!(
        get(addr, "/metrics", None).starts_with("HTTP/1.1 401 "),
        "still needed"
    );
    server.token().replace(Some(Arc::from("other"))).unwrap();
    assert!(get(addr, "/metrics", Some("other")).starts_with("HTTP/1.1 200 "));
}

#[test]
fn bad_requests_get_their_status() {
    let (server, _) = start(None);
    let addr = server.local_addr();
    let cases = [
        ("GET /nothing HTTP/1.1\r\n\r\n", "404 "),
        ("DELETE /metrics HTTP/1.1\r\n\r\n", "405 "),
        ("GET /metrics SPDY/3\r\n\r\n", "400 "),
        (
            "POST /admin/reload HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n",
            "413 ",
        ),
    ];
    for (request, status) in cases {
        let answer = exchange(addr, request);
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "{request:?}: {answer}"
        );
    }
    let huge = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(20_000));
    let mut stream = TcpStream::connect(addr).unwrap();
    let _ = stream.write_all(huge.as_bytes());
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 431 "), "{answer}");
}

/// A client that connects and sends nothing holds the listener for at most
/// `CLIENT_TIMEOUT`; the next one is answered after it.
#[test]
fn a_silent_client_is_dropped_and_the_next_is_served() {
    let (server, _) = start(None);
    let addr = server.local_addr();
    let silent = TcpStream::connect(addr).unwrap();
    let started = std::time::Instant::now();
    let health = get(addr, "/health", None);
    assert!(health.starts_with("HTTP/1.1 200 OK"), "{health}");
    assert!(
        started.elapsed() < CLIENT_TIMEOUT * 3,
        "served after {:?}",
        started.elapsed()
    );
    drop(silent);
}
