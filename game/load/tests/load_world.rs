//! A short in-process run of the seed's load (a few thousand bots, seconds): every bot
//! joins its groups and plays the whole mix without a single error or timeout — without
//! a store, and with each real store saving every player as it plays. A correctness
//! check of the world under load; the figures belong to `hearth load`.

use std::time::Duration;

use hearth_load::bots::{LoadStore, WorldLoadReport, WorldLoadSpec, run};
use hearth_store::conformance::Scratch;

fn short_run(store: LoadStore) -> WorldLoadReport {
    let spec = WorldLoadSpec {
        observer: None,
        scripts: None,
        reload_scripts: false,
        players: 2_000,
        ai: 2_000,
        battles: 100,
        guild_size: 20,
        team_size: 5,
        warmup_s: 1,
        duration_s: 2,
        shards: 2,
        progress: false,
        store,
        store_flush: Duration::from_millis(100),
        // Positions saved within 200 ms, not the default 5 s: the 2-s run must see them
        // saved while the players move.
        store_lazy: Duration::from_millis(200),
    };
    let report = run(&spec).expect("the run starts");
    assert_eq!(report.ready, 2_000, "every bot joined its guild and team");
    assert!(report.strikes > 0, "the fighters fight: {}", report.line());
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
    report
}

#[test]
fn a_short_seed_load_runs_without_errors() {
    let report = short_run(LoadStore::None);
    assert!(report.store.is_none());
}

/// The players move all the time: their records are saved write-behind while they play.
fn saved_while_playing(report: &WorldLoadReport) {
    let store = report.store.expect("a store ran");
    assert!(store.commits > 0 && store.txns > 0, "{}", report.line());
    assert!(store.bytes > 0, "{}", report.line());
}

#[test]
fn a_short_seed_load_runs_without_errors_on_the_embedded_store() {
    let scratch = Scratch::embedded("load-world");
    let Scratch::Embedded(dir) = &scratch else {
        unreachable!("an embedded scratch")
    };
    saved_while_playing(&short_run(LoadStore::Embedded(dir.clone())));
}

#[test]
fn a_short_seed_load_runs_without_errors_on_postgres() {
    let scratch = Scratch::postgres("load_world");
    let Scratch::Postgres { config, .. } = &scratch else {
        unreachable!("a postgres scratch")
    };
    saved_while_playing(&short_run(LoadStore::Postgres(config.clone())));
}
