//! A short in-process run of the seed's load (a few thousand bots, seconds): every bot
//! joins its groups and plays the whole mix without a single error or timeout. A
//! correctness check of the world under load; the figures belong to `hearth load`.

use hearth_load::bots::{WorldLoadSpec, run};

#[test]
fn a_short_seed_load_runs_without_errors() {
    let spec = WorldLoadSpec {
        players: 2_000,
        ai: 2_000,
        guild_size: 20,
        team_size: 5,
        warmup_s: 1,
        duration_s: 2,
        shards: 2,
        progress: false,
    };
    let report = run(&spec).expect("the run starts");
    assert_eq!(report.ready, 2_000, "every bot joined its guild and team");
    assert_eq!(report.errors, 0, "{}", report.line());
    assert_eq!(report.timeouts, 0, "{}", report.line());
    assert_eq!(
        report.skipped,
        0,
        "every action due was sent: {}",
        report.line()
    );
    assert_eq!(
        report.dropped,
        0,
        "no message lost at a full mailbox: {}",
        report.line()
    );
    assert_eq!(report.ai_started, 2_000);
    // Every kind of traffic flowed: replies, pushes (whispers and group lines), AI.
    assert!(report.replies > 0 && report.pushes > 0, "{}", report.line());
    assert!(report.ai_ticks > 0, "{}", report.line());
    assert!(!report.seconds_latency.is_empty());
}
