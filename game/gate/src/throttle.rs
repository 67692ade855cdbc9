//! Connections per source address: a token bucket per address, so a storm of
//! connections from one address is refused without hurting the others. The same table,
//! a second instance, limits failed logins per address (`Gate::login` looks with
//! [`Throttle::allows`] and takes a token for each failure).
//!
//! - An address may open [`GateConfig::address_connection_burst`] connections at once
//!   and [`GateConfig::address_connections_per_s`] a second after that; past it a new
//!   connection gets `Bye(OVERLOADED, "too many connections from your address")`.
//! - Loopback is exempt unless `throttle_loopback` is set: load tools and gates on the
//!   machine itself connect from there by the thousand.
//! - The table is bounded ([`ADDRESSES_MAX`]). When full, addresses whose bucket has
//!   refilled (they owe nothing) are dropped; if none has, a new address is let in
//!   untracked. Spraying addresses (IPv6) therefore cannot grow the table, only get past
//!   the per-address limit, which the node's connection limit still bounds.
//! - One table per node behind a mutex, taken once per accepted connection.
//!
//! [`GateConfig::address_connection_burst`]: crate::GateConfig::address_connection_burst
//! [`GateConfig::address_connections_per_s`]: crate::GateConfig::address_connections_per_s

use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

use hashbrown::HashMap;

use crate::bucket::TokenBucket;

/// Addresses tracked at most (~40 bytes each: ~2.6 MB).
pub const ADDRESSES_MAX: usize = 65_536;

/// The per-address limits of a node's gates. The rate and burst change live (a config
/// reload, [`Throttle::set`]): every bucket takes them at its next use.
pub struct Throttle {
    per_s: AtomicU32,
    burst: AtomicU32,
    loopback: bool,
    /// The buckets' clock starts here.
    epoch: Instant,
    table: Mutex<HashMap<IpAddr, TokenBucket>>,
}

impl Throttle {
    /// A throttle letting each address open `burst` connections at once and `per_s` a
    /// second; loopback addresses too if `loopback`.
    pub fn new(per_s: u32, burst: u32, loopback: bool) -> Self {
        assert!(per_s > 0 && burst > 0, "limits checked positive");
        Self {
            per_s: AtomicU32::new(per_s),
            burst: AtomicU32::new(burst),
            loopback,
            epoch: Instant::now(),
            table: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a new rate and burst (both positive); whether they changed.
    pub fn set(&self, per_s: u32, burst: u32) -> bool {
        assert!(per_s > 0 && burst > 0, "limits checked positive");
        let old = (
            self.per_s.swap(per_s, Ordering::Relaxed),
            self.burst.swap(burst, Ordering::Relaxed),
        );
        old != (per_s, burst)
    }

    fn limits(&self) -> (u32, u32) {
        (
            self.per_s.load(Ordering::Relaxed),
            self.burst.load(Ordering::Relaxed),
        )
    }

    /// Whether a new connection from `address` may go on (taking a token if so).
    pub fn admit(&self, address: IpAddr, now: Instant) -> bool {
        if address.is_loopback() && !self.loopback {
            return true;
        }
        let (per_s, burst) = self.limits();
        let now = now.saturating_duration_since(self.epoch);
        let mut table = self
            .table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !table.contains_key(&address) && table.len() >= ADDRESSES_MAX {
            table.retain(|_, bucket| !bucket.is_full_by(now, per_s, burst));
            if table.len() >= ADDRESSES_MAX {
                return true;
            }
        }
        table
            .entry(address)
            .or_insert_with(|| TokenBucket::new(burst, now))
            .take(now, per_s, burst)
    }

    /// Whether `address` has a token left (nothing is taken: the failed-login limit looks
    /// before a login is checked and takes only when it fails).
    pub fn allows(&self, address: IpAddr, now: Instant) -> bool {
        if address.is_loopback() && !self.loopback {
            return true;
        }
        let (per_s, burst) = self.limits();
        let now = now.saturating_duration_since(self.epoch);
        self.table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&address)
            .is_none_or(|bucket| bucket.has_token(now, per_s, burst))
    }

    /// Addresses tracked now.
    pub fn tracked(&self) -> usize {
        self.table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn address(n: u32) -> IpAddr {
        IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + n))
    }

    #[test]
    fn one_address_gets_its_burst_then_its_rate_and_others_are_untouched() {
        let throttle = Throttle::new(2, 3, false);
        let now = Instant::now();
        let admitted = (0..10).filter(|_| throttle.admit(address(1), now)).count();
        assert_eq!(admitted, 3, "the burst");
        assert!(throttle.admit(address(2), now), "another address");
        assert!(!throttle.admit(address(1), now + Duration::from_millis(400)));
        assert!(
            throttle.admit(address(1), now + Duration::from_millis(600)),
            "2 a second"
        );
    }

    #[test]
    fn allows_looks_without_taking() {
        let throttle = Throttle::new(1, 2, false);
        let now = Instant::now();
        assert!(throttle.allows(address(1), now), "an unknown address");
        assert!(
            (0..5).all(|_| throttle.allows(address(1), now)),
            "looking takes nothing"
        );
        assert!(throttle.admit(address(1), now) && throttle.admit(address(1), now));
        assert!(!throttle.allows(address(1), now), "the burst is spent");
        assert!(
            throttle.allows(address(1), now + Duration::from_secs(1)),
            "refilled"
        );
    }

    #[test]
    fn a_new_burst_takes_effect_at_once() {
        let throttle = Throttle::new(1, 2, false);
        let now = Instant::now();
        assert_eq!(
            (0..10).filter(|_| throttle.admit(address(1), now)).count(),
            2
        );
        assert!(throttle.set(1, 5), "changed");
        assert!(!throttle.set(1, 5), "the same again");
        let later = now + Duration::from_secs(10);
        assert_eq!(
            (0..10)
                .filter(|_| throttle.admit(address(1), later))
                .count(),
            5
        );
    }

    #[test]
    fn loopback_is_exempt_unless_asked() {
        let now = Instant::now();
        let local = IpAddr::from(std::net::Ipv4Addr::LOCALHOST);
        let exempt = Throttle::new(1, 1, false);
        assert!((0..100).all(|_| exempt.admit(local, now)));
        let strict = Throttle::new(1, 1, true);
        assert_eq!((0..100).filter(|_| strict.admit(local, now)).count(), 1);
    }

    #[test]
    fn a_full_table_forgets_refilled_addresses_and_never_grows() {
        let throttle = Throttle::new(1, 2, false);
        let now = Instant::now();
        for n in 0..ADDRESSES_MAX as u32 {
            assert!(throttle.admit(address(n), now));
        }
        assert_eq!(throttle.tracked(), ADDRESSES_MAX);
        assert!(
            throttle.admit(address(u32::MAX >> 1), now),
            "untracked when nothing refilled"
        );
        assert_eq!(throttle.tracked(), ADDRESSES_MAX);
        let later = now + Duration::from_secs(2);
        assert!(throttle.admit(address(u32::MAX >> 1), later));
        assert_eq!(
            throttle.tracked(),
            1,
            "the refilled ones forgotten, the new one kept"
        );
    }
}
