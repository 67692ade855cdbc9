//! The login path: a `Login` payload as a client sends it, checked by the gate's ticket
//! check (`hearth_gate::auth::Tickets`, parse, tag, expiry, lifetime, replays). Two
//! halves of the input:
//! - raw: any bytes as the `Login` payload. A login the check lets in must hold a ticket
//!   that `hearth_protocol::ticket` parses and that the secret issued to its user.
//! - forged: a real ticket for a user, expiry and nonce drawn from the input, then one
//!   byte of it replaced by another (position and value from the input). No changed
//!   ticket ever logs in; the real one logs in once and is then refused as a replay (or
//!   is refused as expired, or as living too long, as its expiry says).

#![no_main]

use hearth_gate::auth::{Refusal, TICKET_LIFETIME_MAX_S, Tickets};
use hearth_protocol::Login;
use hearth_protocol::ticket::{Ticket, issue};
use libfuzzer_sys::fuzz_target;
use prost::Message;

const SECRET: &[u8] = b"fuzz-login-secret";
/// The gate's clock in these checks.
const NOW: u64 = 1_800_000_000;

fn raw(data: &[u8]) {
    let Ok(login) = Login::decode(data) else {
        return;
    };
    let tickets = Tickets::new(SECRET);
    let resume = !login.resume_token.is_empty();
    if tickets
        .check_at(&login.user, &login.password, resume, NOW)
        .is_ok()
    {
        let ticket = Ticket::parse(&login.password).expect("an accepted ticket parses");
        assert!(ticket.issued_to(SECRET, &login.user));
        assert!(ticket.expires_unix_s > NOW);
    }
}

fn forged(data: &[u8]) {
    if data.len() < 12 {
        return;
    }
    let expires = NOW + u64::from(u16::from_le_bytes([data[0], data[1]]));
    let nonce = u64::from_le_bytes(data[2..10].try_into().unwrap());
    let (at, value) = (usize::from(data[10]), data[11]);
    let user = String::from_utf8_lossy(&data[12..]);
    let ticket = issue(SECRET, &user, expires, nonce);
    let tickets = Tickets::new(SECRET);
    let mut bytes = ticket.clone().into_bytes();
    let at = at % bytes.len();
    if bytes[at] != value {
        bytes[at] = value;
        let changed = String::from_utf8_lossy(&bytes);
        assert!(
            tickets.check_at(&user, &changed, false, NOW).is_err(),
            "a changed ticket logged in: {changed}"
        );
    }
    let first = tickets.check_at(&user, &ticket, false, NOW);
    if expires == NOW {
        assert_eq!(first, Err(Refusal::Expired));
        return;
    }
    if expires - NOW > TICKET_LIFETIME_MAX_S {
        assert_eq!(first, Err(Refusal::TooLong));
        return;
    }
    assert_eq!(first, Ok(()), "the real ticket logs in");
    assert_eq!(
        tickets.check_at(&user, &ticket, false, NOW),
        Err(Refusal::Replayed)
    );
}

fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((mode, rest)) if mode % 2 == 0 => raw(rest),
        Some((_, rest)) => forged(rest),
        None => {}
    }
});
