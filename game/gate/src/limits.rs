//! The gate settings a running node may change (a config reload), shared by every
//! connection of every shard.
//!
//! Each value stands alone and is read with a relaxed load where it is used (a request,
//! a login, a Person's spawn): a reload takes effect at the next use, on every
//! connection, including those already open — a request already waiting keeps the
//! timeout it started with. Values are checked before they get here (all positive).

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::Duration;

use crate::config::GateConfig;

/// The live gate limits.
#[derive(Debug)]
pub struct LiveLimits {
    requests_per_s: AtomicU32,
    burst: AtomicU32,
    login_timeout_ms: AtomicU64,
    request_timeout_ms: AtomicU64,
    session_grace_ms: AtomicU64,
    trade_timeout_ms: AtomicU64,
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

impl LiveLimits {
    /// The limits of `config`.
    pub(crate) fn new(config: &GateConfig) -> Self {
        Self {
            requests_per_s: AtomicU32::new(config.requests_per_s),
            burst: AtomicU32::new(config.burst),
            login_timeout_ms: AtomicU64::new(millis(config.login_timeout)),
            request_timeout_ms: AtomicU64::new(millis(config.request_timeout)),
            session_grace_ms: AtomicU64::new(millis(config.session_grace)),
            trade_timeout_ms: AtomicU64::new(millis(config.trade_timeout)),
        }
    }

    /// Takes `config`'s limits; returns those that changed, as `name = value`.
    ///
    /// # Panics
    /// On a zero rate or burst: the config was not checked (a programmer error).
    pub fn apply(&self, config: &GateConfig) -> Vec<String> {
        assert!(config.requests_per_s > 0, "requests_per_s checked positive");
        assert!(config.burst > 0, "burst checked positive");
        let mut changed = Vec::new();
        let mut set = |name: &str, cell: &AtomicU64, value: u64| {
            if cell.swap(value, Ordering::Relaxed) != value {
                changed.push(format!("{name} = {value}"));
            }
        };
        set(
            "login_timeout_ms",
            &self.login_timeout_ms,
            millis(config.login_timeout),
        );
        set(
            "request_timeout_ms",
            &self.request_timeout_ms,
            millis(config.request_timeout),
        );
        set(
            "session_grace_ms",
            &self.session_grace_ms,
            millis(config.session_grace),
        );
        set(
            "trade_timeout_ms",
            &self.trade_timeout_ms,
            millis(config.trade_timeout),
        );
        for (name, cell, value) in [
            (
                "requests_per_s",
                &self.requests_per_s,
                config.requests_per_s,
            ),
            ("burst", &self.burst, config.burst),
        ] {
            if cell.swap(value, Ordering::Relaxed) != value {
                changed.push(format!("{name} = {value}"));
            }
        }
        changed
    }

    /// Requests per second a client may send.
    pub fn requests_per_s(&self) -> u32 {
        self.requests_per_s.load(Ordering::Relaxed)
    }

    /// Requests a client may send at once.
    pub fn burst(&self) -> u32 {
        self.burst.load(Ordering::Relaxed)
    }

    /// Time a connection has to log in.
    pub fn login_timeout(&self) -> Duration {
        Duration::from_millis(self.login_timeout_ms.load(Ordering::Relaxed))
    }

    /// Time a Person has to answer a request.
    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.request_timeout_ms.load(Ordering::Relaxed))
    }

    /// How long a Person keeps a dropped session (for Persons spawned from now on).
    pub fn session_grace(&self) -> Duration {
        Duration::from_millis(self.session_grace_ms.load(Ordering::Relaxed))
    }

    /// How long a trade offer waits (for Persons spawned from now on).
    pub fn trade_timeout(&self) -> Duration {
        Duration::from_millis(self.trade_timeout_ms.load(Ordering::Relaxed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_names_what_changed_and_takes_it() {
        let mut config = GateConfig::new("127.0.0.1:0".parse().unwrap());
        let limits = LiveLimits::new(&config);
        assert!(limits.apply(&config).is_empty(), "nothing changed");
        config.requests_per_s = 7;
        config.request_timeout = Duration::from_millis(250);
        let changed = limits.apply(&config);
        assert_eq!(changed, ["request_timeout_ms = 250", "requests_per_s = 7"]);
        assert_eq!(limits.requests_per_s(), 7);
        assert_eq!(limits.request_timeout(), Duration::from_millis(250));
        assert_eq!(limits.burst(), config.burst);
    }
}
