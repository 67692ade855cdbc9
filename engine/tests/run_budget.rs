//! A process spawned with a larger run budget handles that many messages per run before
//! the next process gets the core; others keep the default share.

use std::cell::RefCell;
use std::rc::Rc;

use hearth_engine::{Ctx, LocalShard, MESSAGES_PER_RUN, NodeConfig, Process, SpawnOptions};

/// Logs its name for every message it handles.
struct Logger {
    name: char,
    log: Rc<RefCell<Vec<char>>>,
}

impl Process for Logger {
    type Msg = ();
    fn handle(&mut self, (): (), _ctx: &mut Ctx<'_, Self>) {
        self.log.borrow_mut().push(self.name);
    }
}

/// Lengths of the runs of equal names in `log`.
fn runs(log: &[char]) -> Vec<(char, usize)> {
    let mut runs: Vec<(char, usize)> = Vec::new();
    for &name in log {
        match runs.last_mut() {
            Some((last, len)) if *last == name => *len += 1,
            _ => runs.push((name, 1)),
        }
    }
    runs
}

#[test]
fn a_hub_with_a_larger_budget_drains_its_mailbox_in_fewer_runs() {
    const MESSAGES: usize = 300;
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut shard = LocalShard::new(NodeConfig::default());
    let logger = |name| Logger {
        name,
        log: Rc::clone(&log),
    };
    let hub = shard
        .spawn_opts(logger('h'), SpawnOptions::default().messages_per_run(256))
        .unwrap();
    let plain = shard.spawn(logger('p')).unwrap();
    for _ in 0..MESSAGES {
        shard.send(hub, ()).unwrap();
        shard.send(plain, ()).unwrap();
    }
    shard.run_until_idle();
    let runs = runs(&log.borrow());
    // The hub: 256 then the remaining 44; the plain process: its default share first
    // (its later runs follow each other once the hub is idle, so they merge in the log).
    let hub_runs: Vec<usize> = runs.iter().filter(|r| r.0 == 'h').map(|r| r.1).collect();
    let plain_runs: Vec<usize> = runs.iter().filter(|r| r.0 == 'p').map(|r| r.1).collect();
    assert_eq!(hub_runs, vec![256, MESSAGES - 256]);
    assert_eq!(plain_runs.iter().sum::<usize>(), MESSAGES);
    assert_eq!(plain_runs[0], MESSAGES_PER_RUN);
}

#[test]
fn run_budgets_are_clamped() {
    let options = SpawnOptions::default().messages_per_run(0);
    assert_eq!(options.messages_per_run, Some(1));
    let options = SpawnOptions::default().messages_per_run(usize::MAX);
    assert_eq!(
        options.messages_per_run,
        Some(hearth_engine::MESSAGES_PER_RUN_MAX)
    );
}
