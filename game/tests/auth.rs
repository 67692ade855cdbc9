//! Logins end to end (issue 16, clients): tickets by default, and every way a ticket is
//! refused; the development secret a default node writes and `hearth ticket` signs
//! with; open logins only when asked for, with a warning.

mod support;

use std::process::Command;
use std::time::Duration;

use hearth_protocol::client::{Client, ClientError};
use hearth_protocol::request::Body;
use hearth_protocol::ticket::{issue, unix_now_s};
use hearth_protocol::{self as proto, ErrorCode};
use support::{DEFAULT_LOGIN, LOGIN_SECRET, code_of, start_observed, ticket};

/// How long a stopping node may take.
const STOP_WAIT: Duration = Duration::from_secs(20);

/// The refusal a login with `password` as `user` gets: its code and message.
fn refusal(gate: std::net::SocketAddr, user: &str, password: &str) -> (ErrorCode, String) {
    let mut client = Client::connect(gate).unwrap();
    match client.login(user, password) {
        Err(ClientError::Bye { code, message }) => (code, message),
        other => panic!("{user} with {password:?} was not refused: {other:?}"),
    }
}

fn echo(client: &mut Client) -> Result<(), ClientError> {
    let echo = proto::Echo {
        payload: b"still here".to_vec(),
    };
    client.request(Body::Echo(echo)).map(|_| ())
}

#[test]
fn bad_tickets_are_refused_with_their_cause_and_a_replay_kicks_nobody() {
    let node = start_observed(&[]);
    let gate = node.clients();
    let secret = LOGIN_SECRET.as_bytes();
    let now = unix_now_s();
    let cases = [
        ("", "the password is not a login ticket"),
        ("hunter2", "the password is not a login ticket"),
        (
            &issue(b"another secret", "alice", now + 60, 1)[..],
            "wrong user or ticket",
        ),
        (
            &issue(secret, "bob", now + 60, 2)[..],
            "wrong user or ticket",
        ),
        (
            &issue(secret, "alice", now - 1, 3)[..],
            "the ticket has expired",
        ),
        (
            &issue(secret, "alice", now + 7200, 4)[..],
            "the ticket lives longer than this gate accepts",
        ),
    ];
    for (password, message) in cases {
        let (code, said) = refusal(gate, "alice", password);
        assert_eq!(code, ErrorCode::ErrorAuthFailed, "{password:?}");
        assert_eq!(said, message, "{password:?}");
    }
    let once = ticket("alice");
    let mut alice = Client::connect(gate).unwrap();
    alice.login("alice", &once).expect("a good ticket logs in");
    let (code, said) = refusal(gate, "alice", &once);
    assert_eq!(
        (code, said.as_str()),
        (ErrorCode::ErrorAuthFailed, "the ticket was used already")
    );
    echo(&mut alice).expect("the replay did not take alice's session");
    // A resume may show the used ticket again: the session token is what it proves.
    let mut back = Client::connect(gate).unwrap();
    let ok = back.resume("alice", &once, &alice).expect("a resume");
    assert!(ok.resumed);
    let mut forger = Client::connect(gate).unwrap();
    let mut stranger = Client::connect(gate).unwrap();
    stranger.login("eve", &ticket("eve")).unwrap();
    assert_eq!(
        code_of(forger.resume("alice", &once, &stranger)),
        ErrorCode::ErrorSessionExpired,
        "a used ticket with another session's token resumes nothing"
    );
    echo(&mut back).expect("alice's session is whole");
}

#[test]
fn a_default_node_writes_a_development_secret_that_hearth_ticket_signs_with() {
    let node = start_observed(&[DEFAULT_LOGIN]);
    let secret_file = node.data_dir().unwrap().join("login-secret");
    let text = std::fs::read_to_string(&secret_file).expect("the development secret");
    assert_eq!(text.trim_end().len(), 64, "{text:?}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&secret_file)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "only its owner reads it: {mode:o}");
    let (code, _) = refusal(node.clients(), "carol", "");
    assert_eq!(code, ErrorCode::ErrorAuthFailed, "no ticket, no login");
    let output = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["ticket", "carol", "--secret-file"])
        .arg(&secret_file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let printed = String::from_utf8(output.stdout).unwrap();
    let mut carol = Client::connect(node.clients()).unwrap();
    carol
        .login("carol", printed.trim_end())
        .expect("`hearth ticket` logs carol in");
    let refused = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["ticket", "carol", "--lifetime-s", "7200", "--secret-file"])
        .arg(&secret_file)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    node.signal(libc::SIGTERM);
    let (_, stderr) = node.wait(STOP_WAIT);
    assert!(
        stderr.contains("development secret"),
        "the node says where its secret is:\n{stderr}"
    );
}

#[test]
fn open_logins_need_the_flag_and_are_warned_about() {
    let node = start_observed(&["--open-login"]);
    let mut anyone = Client::connect(node.clients()).unwrap();
    anyone.login("anyone", "").expect("an open login");
    node.signal(libc::SIGTERM);
    let (_, stderr) = node.wait(STOP_WAIT);
    assert!(stderr.contains("anyone can be anyone"), "{stderr}");
    let (code, stderr) = support::fails(&[
        "--open-login",
        "--auth-secret-file",
        support::login_secret_file().to_str().unwrap(),
    ]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("exclude each other"), "{stderr}");
}
