//! Login authentication.
//!
//! - [`Auth::Open`]: any user name is accepted (development and load tests; the default
//!   of a standalone node).
//! - [`Auth::Tickets`]: the password must be a ticket, the lowercase hex of
//!   HMAC-SHA256(secret, user name). An account service that shares the secret issues
//!   tickets; the gate checks them without a database round trip, in constant time.

use std::sync::Arc;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How the gate checks a login. (Equality compares the secrets: a reloaded config file
/// tells whether it changed.)
#[derive(Clone, Default, PartialEq, Eq)]
pub enum Auth {
    /// Every user name is accepted.
    #[default]
    Open,
    /// The password must be the user's ticket under this secret.
    Tickets(Arc<[u8]>),
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Open => f.write_str("Open"),
            Self::Tickets(_) => f.write_str("Tickets(<secret>)"),
        }
    }
}

fn mac(secret: &[u8], user: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(user.as_bytes());
    mac
}

/// The ticket of `user` under `secret`.
pub fn ticket(secret: &[u8], user: &str) -> String {
    let tag = mac(secret, user).finalize().into_bytes();
    tag.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok())
        .collect()
}

impl Auth {
    /// Whether `user` may log in with `password`.
    pub fn check(&self, user: &str, password: &str) -> bool {
        match self {
            Self::Open => true,
            Self::Tickets(secret) => {
                unhex(password).is_some_and(|tag| mac(secret, user).verify_slice(&tag).is_ok())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets_are_checked() {
        let auth = Auth::Tickets(Arc::from(&b"secret"[..]));
        let good = ticket(b"secret", "alice");
        assert!(auth.check("alice", &good));
        assert!(!auth.check("bob", &good), "another user's ticket");
        assert!(
            !auth.check("alice", &ticket(b"other", "alice")),
            "another secret"
        );
        assert!(!auth.check("alice", "zz"), "not hex");
        assert!(!auth.check("alice", &good[..good.len() - 1]), "odd length");
        assert!(Auth::Open.check("anyone", ""));
    }
}
