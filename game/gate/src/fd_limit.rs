//! File descriptors for connections: every client socket is one, and the default soft
//! limit (1024 on most systems) would cap a node — or a load driver — far below what it
//! can serve. A process raises its limit towards what it needs at start, as far as the
//! hard limit (or its privilege) allows, and lowers its ambitions to what it got.

/// File descriptors kept for everything but client sockets (the engine's io_uring rings
/// and eventfds, node-to-node links, files, the standard streams).
pub const FD_MARGIN: u64 = 1024;

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
