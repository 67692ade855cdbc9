//! `--find-max`: the most players the in-process load holds. Ramps up ×1.5 a run from a
//! start while every run holds, then bisects between the most held and the fewest
//! failed down to `FIND_MAX_RESOLUTION` (5 %) of the most held, in at most
//! `FIND_MAX_STEPS` (20) runs.
//!
//! A run *holds* when every bot played, nothing failed, timed out or was dropped,
//! and its p99 is within [`P99_TARGET`] ([`crate::bots::WorldLoadReport::held`]).

use crate::P99_TARGET;
use crate::bots::{self, WorldLoadError, WorldLoadReport, WorldLoadSpec};

/// Growth of the players at each `--find-max` step until one fails.
const FIND_MAX_GROWTH: f64 = 1.5;
/// `--find-max` then bisects between the most held and the fewest failed until they are
/// this close (a fraction of the most held).
const FIND_MAX_RESOLUTION: f64 = 0.05;
/// Most runs of `--find-max`.
const FIND_MAX_STEPS: usize = 20;

/// Where `--find-max` stands: the most players held and the fewest that failed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Search {
    held: Option<usize>,
    failed: Option<usize>,
}

impl Search {
    /// The players of the next run (`start` first), `None` once the search is done: ×1.5
    /// while every run holds, then halving the gap down to [`FIND_MAX_RESOLUTION`].
    fn next(&self, start: usize) -> Option<usize> {
        match (self.held, self.failed) {
            (None, None) => Some(start),
            (Some(held), None) => Some(((held as f64 * FIND_MAX_GROWTH) as usize).max(held + 1)),
            (None, Some(_)) => None,
            (Some(held), Some(failed)) => {
                let gap = failed.saturating_sub(held);
                (gap > 1 && gap as f64 > held as f64 * FIND_MAX_RESOLUTION)
                    .then_some(held + gap / 2)
            }
        }
    }

    fn record(&mut self, players: usize, held: bool) {
        if held {
            self.held = Some(self.held.map_or(players, |most| most.max(players)));
        } else {
            self.failed = Some(self.failed.map_or(players, |fewest| fewest.min(players)));
        }
    }
}
/// Runs the in-process load from `start` players up to the most it holds (see the module
/// docs), each run as `spec_of(players)` asks; `on_run` sees each run's report as it
/// ends. The report of the most players held, or `None` if the start already fails.
///
/// # Errors
/// A run that cannot start (bad spec, a node that does not start).
pub fn find_max(
    start: usize,
    spec_of: impl Fn(usize) -> WorldLoadSpec,
    mut on_run: impl FnMut(&WorldLoadReport),
) -> Result<Option<WorldLoadReport>, WorldLoadError> {
    let mut search = Search::default();
    let mut best: Option<WorldLoadReport> = None;
    for _ in 0..FIND_MAX_STEPS {
        let Some(players) = search.next(start) else {
            break;
        };
        let report = bots::run(&spec_of(players))?;
        on_run(&report);
        let held = report.held(P99_TARGET);
        search.record(players, held);
        if held && best.as_ref().is_none_or(|best| best.spec.players < players) {
            best = Some(report);
        }
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against a model node that holds up to `capacity` players, from random starts
    /// within ×10 of it: the search ends with the most held within the resolution below
    /// the capacity, never above it, within the run limit.
    #[test]
    fn find_max_ends_within_its_resolution_of_the_capacity() {
        for seed in 0..2000_u64 {
            fastrand::seed(seed);
            let capacity = fastrand::usize(10..2_000_000);
            let start = fastrand::usize((capacity / 10).max(1)..=capacity);
            let mut search = Search::default();
            let mut runs = 0;
            while let Some(players) = search.next(start) {
                runs += 1;
                assert!(runs <= FIND_MAX_STEPS, "seed {seed}: too many runs");
                search.record(players, players <= capacity);
            }
            let held = search.held.expect("the start holds");
            assert!(held <= capacity, "seed {seed}");
            let floor = capacity as f64 / (1.0 + FIND_MAX_RESOLUTION);
            assert!(held as f64 >= floor, "seed {seed}: {held} of {capacity}");
        }
        // A start that already fails ends at once.
        let mut search = Search::default();
        search.record(100, false);
        assert_eq!(search.next(100), None);
    }
}
