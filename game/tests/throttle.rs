//! Per source address (issue 16, throttling): a storm of connections, or of failed
//! logins, from one address is refused past its burst, with a reason, while another
//! address still gets in.

mod support;

use std::net::{SocketAddr, TcpStream};

use hearth_protocol::ErrorCode;
use hearth_protocol::client::{Client, ClientError};
use support::{METRIC_WAIT, metric, scratch, start_observed};

/// A client connected from `source` (a loopback address of the test's choosing).
fn connect_from(source: [u8; 4], gate: SocketAddr) -> Client {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    let from = SocketAddr::from((source, 0));
    socket.bind(&from.into()).unwrap();
    socket.connect_timeout(&gate.into(), METRIC_WAIT).unwrap();
    Client::from_stream(TcpStream::from(socket)).unwrap()
}

#[test]
fn a_connection_storm_from_one_address_does_not_keep_another_out() {
    let dir = scratch("throttle");
    let config = dir.join("hearth.toml");
    std::fs::write(
        &config,
        "log = \"warn\"\nthrottle_loopback = true\naddress_connection_burst = 5\n\
         address_connections_per_s = 1\n",
    )
    .unwrap();
    let node = start_observed(&["--config", config.to_str().unwrap()]);
    let (gate, admin) = (node.clients(), node.admin.expect("an admin listener"));
    let mut kept = Vec::new();
    let mut refused = 0;
    for n in 0..20 {
        let mut client = connect_from([127, 0, 0, 1], gate);
        let user = format!("storm-{n}");
        match client.login(&user, &support::ticket(&user)) {
            Ok(_) => kept.push(client),
            Err(ClientError::Bye { code, message }) => {
                assert_eq!(code, ErrorCode::ErrorOverloaded);
                assert_eq!(message, "too many connections from your address");
                refused += 1;
            }
            Err(error) => panic!("storm-{n}: {error}"),
        }
    }
    // The burst of 5, and one more if a second went by during the storm.
    assert!(
        (5..=6).contains(&kept.len()),
        "{} kept, {refused} refused",
        kept.len()
    );
    let mut other = connect_from([127, 0, 0, 2], gate);
    other
        .login("from-elsewhere", &support::ticket("from-elsewhere"))
        .expect("another address gets in");
    let throttled = metric(admin, "hearth_client_throttled_total");
    assert_eq!(throttled, Some(f64::from(refused)));
    drop((kept, other));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failed_login_storm_from_one_address_does_not_keep_another_out() {
    let dir = scratch("failed-logins");
    let config = dir.join("hearth.toml");
    std::fs::write(
        &config,
        "log = \"warn\"\nthrottle_loopback = true\naddress_failed_login_burst = 3\n\
         address_failed_logins_per_s = 1\n",
    )
    .unwrap();
    let node = start_observed(&["--config", config.to_str().unwrap()]);
    let (gate, admin) = (node.clients(), node.admin.expect("an admin listener"));
    let forged = hearth_protocol::ticket::issue_fresh(b"not the secret", "mallory", 60);
    let mut codes = Vec::new();
    for _ in 0..10 {
        let mut client = connect_from([127, 0, 0, 1], gate);
        match client.login("mallory", &forged) {
            Err(ClientError::Bye { code, .. }) => codes.push(code),
            other => panic!("a forged ticket logged in: {other:?}"),
        }
    }
    let failed = codes
        .iter()
        .filter(|code| **code == ErrorCode::ErrorAuthFailed)
        .count();
    let limited = codes
        .iter()
        .filter(|code| **code == ErrorCode::ErrorRateLimited)
        .count();
    // The burst of 3, and one more for each second the storm took.
    assert!((3..=5).contains(&failed), "{codes:?}");
    assert_eq!(failed + limited, codes.len(), "{codes:?}");
    let mut honest = connect_from([127, 0, 0, 1], gate);
    assert_eq!(
        support::code_of(honest.login("alice", &support::ticket("alice"))),
        ErrorCode::ErrorRateLimited,
        "the address is over its limit: even a good ticket waits"
    );
    let mut other = connect_from([127, 0, 0, 2], gate);
    other
        .login("bob", &support::ticket("bob"))
        .expect("another address gets in");
    let series = "hearth_client_logins_refused_total{why=\"forged\"}";
    assert_eq!(metric(admin, series), Some(failed as f64));
    let series = "hearth_client_logins_refused_total{why=\"failed_login_limit\"}";
    assert_eq!(metric(admin, series), Some(limited as f64 + 1.0));
    drop(other);
    std::fs::remove_dir_all(&dir).unwrap();
}
