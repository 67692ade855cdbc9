//! Login authentication.
//!
//! - [`Auth::Tickets`] (the default of a node): the password must be a login ticket
//!   (`hearth_protocol::ticket`: the user, an expiry and a nonce under HMAC-SHA256 of a
//!   secret the studio's account service shares). The gate refuses a ticket that is
//!   malformed, forged (another user's, another secret's, a changed field), expired, or
//!   valid for longer than [`TICKET_LIFETIME_MAX_S`]; and a ticket already used for a
//!   fresh login on this node (a replay). A *resume* (a login carrying a session token)
//!   may present a used ticket until it expires: the Person then checks the session token
//!   (constant-time), and a wrong one changes nothing.
//! - [`Auth::Custom`]: a [`Verifier`] of the embedder's (another signature scheme).
//! - [`Auth::Open`]: any user name is accepted. Only with `--open-login` (development and
//!   load tests), and the node warns at start.
//!
//! # Memory of used tickets
//! One table per node (every shard's gates share it), holding each used ticket until it
//! expires: at most [`USED_TICKETS_MAX`] entries. Tickets live at most
//! [`TICKET_LIFETIME_MAX_S`], so the table holds the fresh logins of the last hour at
//! worst. When it is full of unexpired tickets, a fresh login is refused with
//! [`Refusal::Busy`] (never let in unchecked): the client tries again later.
//!
//! Replays are refused per node: a cluster with several gate nodes shares the secret but
//! not this table, so one ticket could log in once at each gate node within its lifetime.
//! Short lifetimes (the tools issue 5-minute tickets) and TLS, which keeps tickets from
//! being read on the way, bound that.

use std::sync::{Arc, Mutex};

use hashbrown::HashMap;
use hearth_protocol::ticket::{Ticket, unix_now_s};

/// Longest a ticket may live (its expiry minus the gate's clock): a ticket valid for
/// longer is refused, which bounds how long the gate must remember used ones.
pub const TICKET_LIFETIME_MAX_S: u64 = 3600;
/// Used tickets remembered at most (~32 bytes each: 32 MiB when full).
pub const USED_TICKETS_MAX: usize = 1 << 20;

/// Why a login was refused. `message` is what the client's `Bye` says; `label` names
/// the cause in `/metrics`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The password is not a ticket.
    Malformed,
    /// The ticket was not issued to this user under this secret.
    Forged,
    /// Its expiry has passed.
    Expired,
    /// It lives longer than [`TICKET_LIFETIME_MAX_S`].
    TooLong,
    /// It was used for a fresh login already.
    Replayed,
    /// The table of used tickets is full: try again later.
    Busy,
    /// An embedder's verifier said no.
    Refused,
}

impl Refusal {
    /// Every refusal, in label order (for metrics).
    pub const ALL: [Self; 7] = [
        Self::Malformed,
        Self::Forged,
        Self::Expired,
        Self::TooLong,
        Self::Replayed,
        Self::Busy,
        Self::Refused,
    ];

    /// What the client is told.
    pub fn message(self) -> &'static str {
        match self {
            Self::Malformed => "the password is not a login ticket",
            Self::Forged => "wrong user or ticket",
            Self::Expired => "the ticket has expired",
            Self::TooLong => "the ticket lives longer than this gate accepts",
            Self::Replayed => "the ticket was used already",
            Self::Busy => "too many logins to check; try again",
            Self::Refused => "wrong user or password",
        }
    }

    /// Its name in `/metrics`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Malformed => "malformed",
            Self::Forged => "forged",
            Self::Expired => "expired",
            Self::TooLong => "too_long",
            Self::Replayed => "replayed",
            Self::Busy => "busy",
            Self::Refused => "refused",
        }
    }

    /// Its index in [`Refusal::ALL`].
    pub fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|refusal| *refusal == self)
            .unwrap_or(0)
    }
}

/// A login check of the embedder's. Runs in the gate process on its shard: it must be
/// quick and must not block (a scheme that needs I/O belongs in the account service,
/// which then issues tickets).
pub trait Verifier: Send + Sync {
    /// Whether `user` may log in with `password`; `resume` when the login carries a
    /// session token (the Person checks the token next).
    ///
    /// # Errors
    /// Why not.
    fn verify(&self, user: &str, password: &str, resume: bool) -> Result<(), Refusal>;
}

/// Ticket checks under one secret, with the node's memory of used tickets.
pub struct Tickets {
    secret: Arc<[u8]>,
    used: Mutex<HashMap<u128, u64>>,
}

impl Tickets {
    /// Checks under `secret`.
    pub fn new(secret: impl Into<Arc<[u8]>>) -> Self {
        Self {
            secret: secret.into(),
            used: Mutex::new(HashMap::new()),
        }
    }

    /// The check at Unix time `now_s` (see the module docs).
    ///
    /// # Errors
    /// The [`Refusal`].
    pub fn check_at(
        &self,
        user: &str,
        password: &str,
        resume: bool,
        now_s: u64,
    ) -> Result<(), Refusal> {
        let ticket = Ticket::parse(password).map_err(|_| Refusal::Malformed)?;
        if !ticket.issued_to(&self.secret, user) {
            return Err(Refusal::Forged);
        }
        if ticket.expires_unix_s <= now_s {
            return Err(Refusal::Expired);
        }
        if ticket.expires_unix_s - now_s > TICKET_LIFETIME_MAX_S {
            return Err(Refusal::TooLong);
        }
        self.note_use(&ticket, resume, now_s)
    }

    /// Remembers a fresh login's ticket until it expires; refuses one seen before.
    fn note_use(&self, ticket: &Ticket, resume: bool, now_s: u64) -> Result<(), Refusal> {
        let key = u128::from_le_bytes(ticket.tag[..16].try_into().expect("16 of 32 bytes"));
        let mut used = self
            .used
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if used.contains_key(&key) {
            return if resume {
                Ok(())
            } else {
                Err(Refusal::Replayed)
            };
        }
        if used.len() >= USED_TICKETS_MAX {
            used.retain(|_, expires| *expires > now_s);
            if used.len() >= USED_TICKETS_MAX {
                return Err(Refusal::Busy);
            }
        }
        used.insert(key, ticket.expires_unix_s);
        Ok(())
    }

    /// Used tickets remembered now.
    pub fn remembered(&self) -> usize {
        self.used
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }
}

impl Verifier for Tickets {
    fn verify(&self, user: &str, password: &str, resume: bool) -> Result<(), Refusal> {
        self.check_at(user, password, resume, unix_now_s())
    }
}

/// How the gate checks a login. (Equality tells a reload whether it changed: tickets by
/// their secret, a custom verifier by identity.)
#[derive(Clone, Default)]
pub enum Auth {
    /// Every user name is accepted (`--open-login`).
    Open,
    /// The password must be a ticket (the default; see the module docs).
    Tickets(Arc<Tickets>),
    /// The embedder's check.
    Custom(Arc<dyn Verifier>),
    /// No check configured yet: every login is refused. (A `GateConfig` built in code
    /// starts here until it is given a secret, a verifier, or `Open` on purpose.)
    #[default]
    Unset,
}

impl PartialEq for Auth {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Open, Self::Open) | (Self::Unset, Self::Unset) => true,
            (Self::Tickets(a), Self::Tickets(b)) => a.secret == b.secret,
            (Self::Custom(a), Self::Custom(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Auth {}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Open => "Open",
            Self::Tickets(_) => "Tickets(<secret>)",
            Self::Custom(_) => "Custom(<verifier>)",
            Self::Unset => "Unset",
        })
    }
}

impl Auth {
    /// Ticket checks under `secret`.
    pub fn tickets(secret: impl Into<Arc<[u8]>>) -> Self {
        Self::Tickets(Arc::new(Tickets::new(secret)))
    }

    /// Whether `user` may log in with `password` (`resume`: the login carries a session
    /// token).
    ///
    /// # Errors
    /// The [`Refusal`].
    pub fn check(&self, user: &str, password: &str, resume: bool) -> Result<(), Refusal> {
        match self {
            Self::Open => Ok(()),
            Self::Tickets(tickets) => tickets.verify(user, password, resume),
            Self::Custom(verifier) => verifier.verify(user, password, resume),
            Self::Unset => Err(Refusal::Refused),
        }
    }

    /// A word for logs and the ready line: `tickets`, `custom`, `open` or `unset`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Tickets(_) => "tickets",
            Self::Custom(_) => "custom",
            Self::Unset => "unset",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearth_protocol::ticket::issue;

    const NOW: u64 = 1_800_000_000;

    fn tickets() -> Tickets {
        Tickets::new(&b"secret"[..])
    }

    #[test]
    fn a_good_ticket_logs_in_once() {
        let tickets = tickets();
        let ticket = issue(b"secret", "alice", NOW + 60, 1);
        assert_eq!(tickets.check_at("alice", &ticket, false, NOW), Ok(()));
        assert_eq!(
            tickets.check_at("alice", &ticket, false, NOW + 1),
            Err(Refusal::Replayed)
        );
        assert_eq!(
            tickets.check_at("alice", &ticket, true, NOW + 1),
            Ok(()),
            "a resume may show it again (the Person checks the session token)"
        );
        assert_eq!(
            tickets.check_at("alice", &issue(b"secret", "alice", NOW + 60, 2), false, NOW),
            Ok(()),
            "another nonce is another ticket"
        );
    }

    #[test]
    fn bad_tickets_are_refused_with_their_cause() {
        let tickets = tickets();
        let cases = [
            (
                "bob",
                issue(b"secret", "alice", NOW + 60, 1),
                Refusal::Forged,
            ),
            (
                "alice",
                issue(b"other", "alice", NOW + 60, 1),
                Refusal::Forged,
            ),
            ("alice", issue(b"secret", "alice", NOW, 1), Refusal::Expired),
            (
                "alice",
                issue(b"secret", "alice", NOW - 1, 1),
                Refusal::Expired,
            ),
            (
                "alice",
                issue(b"secret", "alice", NOW + TICKET_LIFETIME_MAX_S + 1, 1),
                Refusal::TooLong,
            ),
            ("alice", "hunter2".into(), Refusal::Malformed),
            ("alice", String::new(), Refusal::Malformed),
        ];
        for (user, ticket, refusal) in cases {
            assert_eq!(
                tickets.check_at(user, &ticket, false, NOW),
                Err(refusal),
                "{ticket}"
            );
        }
        assert_eq!(
            tickets.remembered(),
            0,
            "refused tickets are not remembered"
        );
    }

    /// An embedder's scheme: a password that is the user name backwards.
    struct Backwards;

    impl Verifier for Backwards {
        fn verify(&self, user: &str, password: &str, _resume: bool) -> Result<(), Refusal> {
            let reversed: String = user.chars().rev().collect();
            if reversed == password {
                Ok(())
            } else {
                Err(Refusal::Refused)
            }
        }
    }

    #[test]
    fn a_custom_verifier_decides() {
        let auth = Auth::Custom(Arc::new(Backwards));
        assert_eq!(auth.check("alice", "ecila", false), Ok(()));
        assert_eq!(auth.check("alice", "alice", false), Err(Refusal::Refused));
        assert_eq!(auth, auth.clone(), "the same verifier");
        assert_ne!(auth, Auth::Custom(Arc::new(Backwards)), "another verifier");
    }

    #[test]
    fn open_unset_and_equality() {
        assert_eq!(Auth::Open.check("anyone", "", false), Ok(()));
        assert_eq!(
            Auth::Unset.check("anyone", "", false),
            Err(Refusal::Refused)
        );
        assert_eq!(Auth::tickets(&b"a"[..]), Auth::tickets(&b"a"[..]));
        assert_ne!(Auth::tickets(&b"a"[..]), Auth::tickets(&b"b"[..]));
        assert_ne!(Auth::tickets(&b"a"[..]), Auth::Open);
        for (index, refusal) in Refusal::ALL.iter().enumerate() {
            assert_eq!(refusal.index(), index);
        }
    }
}
