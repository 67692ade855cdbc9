//! `Priority::High` processes run before the `Normal` ones of their shard, round-robin
//! among themselves; `Normal` processes run once no `High` one is runnable.

use std::cell::RefCell;
use std::rc::Rc;

use hearth_engine::{Addr, Ctx, LocalShard, NodeConfig, Priority, Process, SpawnOptions};

/// Logs its name for every message it handles; a message `n > 0` also sends `n - 1` to
/// itself (so it stays runnable for `n` more messages).
struct Logger {
    name: char,
    log: Rc<RefCell<Vec<char>>>,
}

impl Process for Logger {
    type Msg = u32;
    fn handle(&mut self, left: u32, ctx: &mut Ctx<'_, Self>) {
        self.log.borrow_mut().push(self.name);
        if left > 0 {
            ctx.send(Addr::from_pid(ctx.me()), left - 1).unwrap();
        }
    }
}

fn logger(name: char, log: &Rc<RefCell<Vec<char>>>) -> Logger {
    Logger {
        name,
        log: Rc::clone(log),
    }
}

fn high() -> SpawnOptions {
    SpawnOptions::default().priority(Priority::High)
}

#[test]
fn high_processes_run_first_even_when_scheduled_last() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut shard = LocalShard::new(NodeConfig::default());
    let normals: Vec<_> = ['a', 'b', 'c']
        .into_iter()
        .map(|name| shard.spawn(logger(name, &log)).unwrap())
        .collect();
    let hub = shard.spawn_opts(logger('H', &log), high()).unwrap();
    let other = shard.spawn_opts(logger('G', &log), high()).unwrap();
    for &normal in &normals {
        shard.send(normal, 0).unwrap();
    }
    shard.send(hub, 0).unwrap();
    shard.send(other, 0).unwrap();
    shard.run_until_idle();
    assert_eq!(*log.borrow(), vec!['H', 'G', 'a', 'b', 'c']);
}

#[test]
fn a_busy_high_process_holds_normal_ones_back_until_it_is_idle() {
    // Longer than a run budget: the high process is requeued several times.
    const CHAIN: u32 = 4 * hearth_engine::MESSAGES_PER_RUN as u32;
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut shard = LocalShard::new(NodeConfig::default());
    let normal = shard.spawn(logger('n', &log)).unwrap();
    let hub = shard.spawn_opts(logger('H', &log), high()).unwrap();
    shard.send(normal, 0).unwrap();
    shard.send(hub, CHAIN).unwrap();
    shard.run_until_idle();
    let log = log.borrow();
    assert_eq!(log.len(), CHAIN as usize + 2);
    assert_eq!(
        log.last(),
        Some(&'n'),
        "the normal process ran last: {log:?}"
    );
    assert!(log[..log.len() - 1].iter().all(|&name| name == 'H'));
}

#[test]
fn priority_defaults_to_normal() {
    assert_eq!(SpawnOptions::default().priority, Priority::Normal);
}
