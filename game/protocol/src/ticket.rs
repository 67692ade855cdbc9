//! Login tickets: what a client puts in `Login.password` when the gate checks logins
//! (the default). An account service that shares the gate's secret issues them; the gate
//! checks them without a database round trip.
//!
//! # Format (text, ASCII)
//!
//! `v1.<expires>.<nonce>.<tag>`
//!
//! | field | form | meaning |
//! |---|---|---|
//! | `v1` | literal | the ticket format version |
//! | `expires` | decimal, 1–20 digits | Unix time in seconds after which the ticket is refused |
//! | `nonce` | 16 lowercase hex digits | 64 random bits: no two tickets are the same, and each logs in once |
//! | `tag` | 64 lowercase hex digits | HMAC-SHA256(secret, message) |
//!
//! where `message` = `"hearth-ticket-v1"` ‖ the user name's length in bytes (u32
//! little-endian) ‖ the user name (UTF-8) ‖ `expires` (u64 little-endian) ‖ `nonce` (u64
//! little-endian). The user is bound by the tag, not written in the ticket: the login
//! names it. Checking is constant-time in the tag.
//!
//! This module parses, issues and verifies; the gate adds the clock (expiry, the longest
//! lifetime it accepts) and the memory of used nonces (replays).

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The version prefix of tickets this module issues and reads.
pub const TICKET_VERSION: &str = "v1";
/// What the tag's message starts with (domain separation from other HMACs of the secret).
const TAG_LABEL: &[u8] = b"hearth-ticket-v1";
/// Bytes of the tag.
pub const TAG_BYTES: usize = 32;
/// Longest ticket text: `v1.` + 20 digits + `.` + 16 + `.` + 64.
pub const TICKET_TEXT_BYTES_MAX: usize = 3 + 20 + 1 + 16 + 1 + 2 * TAG_BYTES;

/// A ticket's fields, parsed but not yet verified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket {
    /// Unix seconds after which it is refused.
    pub expires_unix_s: u64,
    /// Its random nonce.
    pub nonce: u64,
    /// Its tag.
    pub tag: [u8; TAG_BYTES],
}

/// Text that is not a ticket.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TicketError {
    /// Not `v1.<expires>.<nonce>.<tag>` with the field forms above.
    #[error("not a v1 login ticket (v1.<expires>.<nonce>.<tag>)")]
    Malformed,
}

fn tag_mac(secret: &[u8], user: &str, expires_unix_s: u64, nonce: u64) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    let user_len = u32::try_from(user.len()).unwrap_or(u32::MAX);
    mac.update(TAG_LABEL);
    mac.update(&user_len.to_le_bytes());
    mac.update(user.as_bytes());
    mac.update(&expires_unix_s.to_le_bytes());
    mac.update(&nonce.to_le_bytes());
    mac
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn lowercase_hex(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N || !lowercase_hex(text) {
        return None;
    }
    let mut out = [0; N];
    for (at, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * at..2 * at + 2], 16).ok()?;
    }
    Some(out)
}

/// The ticket of `user` under `secret`, valid until `expires_unix_s`, with `nonce`.
pub fn issue(secret: &[u8], user: &str, expires_unix_s: u64, nonce: u64) -> String {
    let tag = tag_mac(secret, user, expires_unix_s, nonce)
        .finalize()
        .into_bytes();
    format!(
        "{TICKET_VERSION}.{expires_unix_s}.{nonce:016x}.{}",
        hex(&tag)
    )
}

/// Seconds since the Unix epoch by the system clock (0 before it).
pub fn unix_now_s() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

/// A fresh ticket of `user` under `secret` that lives `lifetime_s` seconds from now, with
/// a random nonce (from the operating system; a clock-seeded one if that fails).
pub fn issue_fresh(secret: &[u8], user: &str, lifetime_s: u64) -> String {
    let mut nonce = [0; 8];
    if getrandom::fill(&mut nonce).is_err() {
        nonce = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| since.as_nanos() as u64)
            .to_le_bytes();
    }
    let expires = unix_now_s().saturating_add(lifetime_s);
    issue(secret, user, expires, u64::from_le_bytes(nonce))
}

impl Ticket {
    /// Parses a ticket's text (nothing is verified yet).
    ///
    /// # Errors
    /// [`TicketError::Malformed`] for anything but the format above.
    pub fn parse(text: &str) -> Result<Self, TicketError> {
        if text.len() > TICKET_TEXT_BYTES_MAX {
            return Err(TicketError::Malformed);
        }
        let mut fields = text.split('.');
        let (Some(version), Some(expires), Some(nonce), Some(tag), None) = (
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
        ) else {
            return Err(TicketError::Malformed);
        };
        let digits = !expires.is_empty() && expires.bytes().all(|b| b.is_ascii_digit());
        if version != TICKET_VERSION || !digits {
            return Err(TicketError::Malformed);
        }
        let expires_unix_s = expires.parse().map_err(|_| TicketError::Malformed)?;
        let nonce = unhex::<8>(nonce).ok_or(TicketError::Malformed)?;
        let tag = unhex::<TAG_BYTES>(tag).ok_or(TicketError::Malformed)?;
        Ok(Self {
            expires_unix_s,
            nonce: u64::from_be_bytes(nonce),
            tag,
        })
    }

    /// Whether `secret` issued this ticket to `user` (constant-time in the tag).
    pub fn issued_to(&self, secret: &[u8], user: &str) -> bool {
        tag_mac(secret, user, self.expires_unix_s, self.nonce)
            .verify_slice(&self.tag)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The known-answer ticket of `docs/protocol.md`: every client's issuer must print it.
    pub(crate) const KNOWN_ANSWER: &str = "v1.1900000000.0123456789abcdef.\
        4864f2629f7c0bd3505c5054fae54277c110dea200738c9422447eba784779ff";

    #[test]
    fn the_known_answer_of_the_protocol_document() {
        let text = issue(b"secret", "alice", 1_900_000_000, 0x0123_4567_89ab_cdef);
        assert_eq!(text, KNOWN_ANSWER);
    }

    #[test]
    fn an_issued_ticket_parses_and_verifies() {
        let text = issue(b"secret", "alice", 1_900_000_000, 0x0123_4567_89ab_cdef);
        assert!(
            text.starts_with("v1.1900000000.0123456789abcdef."),
            "{text}"
        );
        assert!(text.len() <= TICKET_TEXT_BYTES_MAX);
        let ticket = Ticket::parse(&text).unwrap();
        assert_eq!(ticket.expires_unix_s, 1_900_000_000);
        assert_eq!(ticket.nonce, 0x0123_4567_89ab_cdef);
        assert!(ticket.issued_to(b"secret", "alice"));
        assert!(!ticket.issued_to(b"secret", "bob"), "another user");
        assert!(!ticket.issued_to(b"other", "alice"), "another secret");
    }

    #[test]
    fn changed_fields_do_not_verify() {
        let text = issue(b"secret", "alice", 1_900_000_000, 7);
        let later = text.replacen("1900000000", "1900000001", 1);
        assert!(!Ticket::parse(&later).unwrap().issued_to(b"secret", "alice"));
        let other_nonce = text.replacen("0000000000000007", "0000000000000008", 1);
        assert!(
            !Ticket::parse(&other_nonce)
                .unwrap()
                .issued_to(b"secret", "alice")
        );
    }

    #[test]
    fn malformed_texts_are_refused() {
        let good = issue(b"s", "u", 5, 1);
        let tag = good.rsplit('.').next().unwrap();
        for bad in [
            String::new(),
            "v1".into(),
            format!("v2.5.0000000000000001.{tag}"),
            format!("v1..0000000000000001.{tag}"),
            format!("v1.+5.0000000000000001.{tag}"),
            format!("v1.5.000000000000001.{tag}"),
            format!("v1.5.000000000000000G.{tag}"),
            format!("v1.5.0000000000000001.{}", &tag[1..]),
            format!("v1.5.0000000000000001.{}", tag.to_uppercase()),
            format!("v1.5.0000000000000001.{tag}.x"),
            format!("v1.99999999999999999999.0000000000000001.{tag}"),
            "é".repeat(100),
        ] {
            assert_eq!(Ticket::parse(&bad), Err(TicketError::Malformed), "{bad:?}");
        }
    }
}
