//! The run-time histogram (`RunTimes`): one process run in
//! `RUN_TIME_SAMPLE_EVERY` is timed, in the bucket its length falls in.

use std::time::Duration;

use hearth_engine::{
    Ctx, LocalShard, NodeConfig, Process, RUN_TIME_BUCKETS_NS, RUN_TIME_SAMPLE_EVERY,
};

/// Holds its shard for the given time on each message (one message per run here).
struct Busy;

impl Process for Busy {
    type Msg = Duration;
    fn handle(&mut self, hold: Duration, _ctx: &mut Ctx<'_, Self>) {
        let started = std::time::Instant::now();
        while started.elapsed() < hold {
            std::hint::spin_loop();
        }
    }
}

#[test]
fn one_run_in_the_sample_period_is_timed_in_its_bucket() {
    let mut shard = LocalShard::new(NodeConfig::default());
    let busy = shard.spawn(Busy).unwrap();
    let runs = RUN_TIME_SAMPLE_EVERY * 4;
    // 2 ms a run: past the 1 ms bound, within 10 ms even on a busy machine (a run
    // preempted for longer would land in a later bucket: the count is checked whole).
    for _ in 0..runs {
        shard.send(busy, Duration::from_millis(2)).unwrap();
        shard.run_until_idle();
    }
    let times = shard.run_times();
    let sampled: u64 = times.buckets.iter().sum();
    assert_eq!(sampled, 4, "one run in {RUN_TIME_SAMPLE_EVERY} of {runs}");
    let under_1_ms: u64 = times.buckets[..=3].iter().sum();
    assert_eq!(under_1_ms, 0, "no 2 ms run under 1 ms: {:?}", times.buckets);
    assert_eq!(RUN_TIME_BUCKETS_NS[3], 1_000_000);
    // The shard clock lags real time by design (a slow bias of ~200 ppm, see clock.rs).
    assert!(times.sum_ns >= 4 * 1_990_000, "{}", times.sum_ns);
}
