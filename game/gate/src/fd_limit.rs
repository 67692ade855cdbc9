//! File descriptors for connections: every client socket is one, and the default soft
//! limit (1024 on most systems) would cap a node — or a load driver — far below what it
//! can serve. A process raises its limit towards what it needs at start, as far as the
//! hard limit (or its privilege) allows, and lowers its ambitions to what it got.

/// File descriptors kept for everything but client sockets (the engine's io_uring rings
/// and eventfds, node-to-node links, files, the standard streams).
pub const FD_MARGIN: u64 = 1024;
/// The smallest part of a low limit kept for everything but client sockets (a quarter):
/// a node needs a few dozen, so a limit of 1,024 still leaves 768 for clients.
pub const FD_MARGIN_SHARE: u64 = 4;
/// Fewest clients a node with a gate starts with: below it the open-files limit is a
/// mistake to report at start, not a node that refuses every player.
pub const CLIENTS_MIN: u64 = 64;

/// The client sockets a process can hold within an open-files `limit`: all but
/// [`FD_MARGIN`], or all but a quarter of a limit too low for that.
pub fn clients_within(limit: u64) -> u64 {
    limit.saturating_sub(FD_MARGIN.min(limit / FD_MARGIN_SHARE))
}

/// Raises the open-files limit towards `wanted` (as far as the hard limit allows, or
/// beyond it with the privilege to); returns the limit now in force.
pub fn raise(wanted: u64) -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `limit` is a valid out-pointer for getrlimit.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &raw mut limit) } != 0 {
        return 0;
    }
    if limit.rlim_cur >= wanted {
        return limit.rlim_cur;
    }
    let raised = libc::rlimit {
        rlim_cur: wanted,
        rlim_max: limit.rlim_max.max(wanted),
    };
    // SAFETY: `raised` is a valid rlimit; failure leaves the limit unchanged.
    if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raw const raised) } == 0 {
        return wanted;
    }
    let within = libc::rlimit {
        rlim_cur: limit.rlim_max,
        rlim_max: limit.rlim_max,
    };
    // SAFETY: as above.
    if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raw const within) } == 0 {
        return limit.rlim_max;
    }
    limit.rlim_cur
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_low_limit_still_leaves_room_for_clients() {
        assert_eq!(clients_within(1_024), 768, "the common default soft limit");
        assert_eq!(clients_within(20_000), 20_000 - FD_MARGIN);
        assert!(clients_within(200) >= 100);
        assert!(clients_within(40) < CLIENTS_MIN, "too low to start a gate");
    }
}
