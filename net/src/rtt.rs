//! Round-trip time of a link, from its heartbeats.
//!
//! # Heartbeat body (after the handshake; `frame.rs` kind 3)
//! Three u64, little-endian:
//!
//! | offset | field |
//! |---|---|
//! | 0 | `sent`: the sender's clock when it wrote this heartbeat (ns) |
//! | 8 | `echo`: the `sent` of the last heartbeat it received from the peer, 0 if none |
//! | 16 | `held`: how long it held that one before writing this (ns) |
//!
//! A side that gets its own `sent` back as `echo` measures `now − echo − held`: the time
//! on the wire both ways, without comparing two machines' clocks. Heartbeats go out only
//! on an idle link (every 250 ms by default), so the figure is the idle round trip; a
//! busy link keeps its last one. An empty heartbeat body (a peer that sends none) is
//! accepted and measures nothing.

use std::cell::Cell;
use std::time::Instant;

/// Bytes of a heartbeat body.
pub const HEARTBEAT_BODY_BYTES: usize = 24;

/// One connection's heartbeat timing (its reader and writer run in one task).
pub(crate) struct LinkClock {
    epoch: Instant,
    /// The peer's last `sent`, and when it arrived (our clock).
    heard: Cell<Option<(u64, u64)>>,
}

impl LinkClock {
    pub(crate) fn new() -> Self {
        Self {
            epoch: Instant::now(),
            heard: Cell::new(None),
        }
    }

    fn now_ns(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    /// The body of a heartbeat written now.
    pub(crate) fn heartbeat(&self) -> [u8; HEARTBEAT_BODY_BYTES] {
        let now = self.now_ns().max(1);
        let (echo, held) = self
            .heard
            .get()
            .map_or((0, 0), |(sent, at)| (sent, now.saturating_sub(at)));
        let mut body = [0; HEARTBEAT_BODY_BYTES];
        body[0..8].copy_from_slice(&now.to_le_bytes());
        body[8..16].copy_from_slice(&echo.to_le_bytes());
        body[16..24].copy_from_slice(&held.to_le_bytes());
        body
    }

    /// Takes a heartbeat's body; the round trip it measures, in ns, if any.
    pub(crate) fn heard(&self, body: &[u8]) -> Option<u64> {
        let field = |at: usize| Some(u64::from_le_bytes(body.get(at..at + 8)?.try_into().ok()?));
        let (sent, echo, held) = (field(0)?, field(8)?, field(16)?);
        let now = self.now_ns();
        self.heard.set(Some((sent, now)));
        (echo != 0).then(|| now.saturating_sub(echo).saturating_sub(held))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heartbeat_echoed_back_measures_the_round_trip() {
        let (ours, theirs) = (LinkClock::new(), LinkClock::new());
        let first = ours.heartbeat();
        assert_eq!(theirs.heard(&first), None, "nothing of theirs echoed yet");
        let answer = theirs.heartbeat();
        let rtt = ours.heard(&answer).expect("our heartbeat came back");
        assert!(rtt < 1_000_000_000, "{rtt} ns");
        assert_eq!(ours.heard(&[]), None, "an empty body measures nothing");
        assert_eq!(ours.heard(&[1; 7]), None, "a short one neither");
    }
}
