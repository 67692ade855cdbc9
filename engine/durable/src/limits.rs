//! Every limit and default of durable processes, with its reason.

use std::time::Duration;

/// Default delay between a state's first unsaved change and its save (write-behind): the
/// bound on what a crash of the node loses, less the commit's own time. Changes within it
/// cost one save, so a player moving ten times a second is saved ten times a second at
/// most.
pub const FLUSH_AFTER_DEFAULT: Duration = Duration::from_millis(100);
/// Shortest write-behind delay a kind may ask for: below it a save per change is cheaper
/// to write as write-through.
pub const FLUSH_AFTER_MIN: Duration = Duration::from_millis(1);
/// Default bound of lazy changes ([`crate::DurableCtx::changed_lazily`]): state that
/// changes many times a second and costs little to lose — a position is the example: a
/// crash puts the player back a few seconds' walk, while saving it as often as progress
/// would make positions most of the store's work.
pub const LAZY_AFTER_DEFAULT: Duration = Duration::from_secs(5);
/// A lazy change is saved at a random point of the last this-much (a fraction) of its
/// bound: players who log in together would otherwise save together every `lazy_after`,
/// in bursts of every player at once; a fresh draw per save spreads them over the period.
pub const LAZY_SPREAD: f64 = 0.25;
/// Transactions one writer sends in one batch: a commit of this many small states takes a
/// few ms, so a write-through behind them waits no longer than that.
pub const BATCH_TXNS_MAX: usize = 4096;
/// Transactions one writer holds while a batch is being committed (its bounded buffer).
/// Past it a request is answered `Unavailable` at once: play goes on, the state stays
/// dirty and is saved when the store catches up.
pub const WRITER_PENDING_MAX: usize = 64 * 1024;
/// A batch in flight longer than this means the store is slow or stopped: write-through
/// requests are then refused at once (`Unavailable`) instead of queueing behind it, while
/// write-behind saves still queue up to [`WRITER_PENDING_MAX`].
pub const STORE_SLOW_AFTER: Duration = Duration::from_secs(1);
/// How long a durable process waits for its writer's answer before it gives up on being
/// the owner and stops (a writer always answers within this unless its shard is stuck).
pub const ANSWER_DEADLINE: Duration = Duration::from_secs(60);
/// How soon a write-behind save that failed (store unavailable) is tried again.
pub const RETRY_SAVE_AFTER: Duration = Duration::from_millis(500);
/// Messages a durable process keeps while its state loads; past it the process stops
/// (`stash overflow`): something sends to it far faster than any store loads a state.
pub const STASH_MAX: usize = 4096;
/// Batches waiting for the store thread, per shard: one being committed and one
/// gathering is enough to keep the store busy; more only adds latency.
pub const BATCHES_QUEUED_PER_SHARD: usize = 2;
/// The store thread's first wait after a failed commit; it doubles up to
/// [`STORE_RETRY_MAX`] while the store stays down.
pub const STORE_RETRY_FIRST: Duration = Duration::from_millis(10);
/// The store thread's longest wait between tries of a failing commit.
pub const STORE_RETRY_MAX: Duration = Duration::from_secs(1);
/// How long the store thread tries one failing batch before it answers `Unavailable` for
/// all of it and takes the next: a write-through waits at most about this long for a
/// stopped store. (A commit whose fate is unknown — the connection broke during it — is
/// safe to report as not made: the process's next save then finds the version moved,
/// and it restarts from what was stored.)
pub const STORE_GIVE_UP_AFTER: Duration = Duration::from_secs(2);
/// How long the store thread keeps trying to hand a shard its answers when the shard's
/// injection queue is full, before it drops them (the requests then time out at
/// [`ANSWER_DEADLINE`] and their processes restart from storage).
pub const DELIVERY_RETRY_FOR: Duration = Duration::from_secs(5);

const _: () = assert!(
    STORE_GIVE_UP_AFTER.as_nanos() < ANSWER_DEADLINE.as_nanos(),
    "a process hears the store give up before it gives up on the store"
);

/// How long a process that lent its key to another's joint transaction (see
/// [`crate::DurableCtx::lend`]) waits to hear the outcome before it asks the store itself
/// (it loads its key again: see the joint contract). The committer normally answers
/// within a commit (ms); the store gives up on a commit after [`STORE_GIVE_UP_AFTER`], so
/// this waits past that before it calls the outcome in doubt.
pub const LOAN_TIMEOUT: Duration = Duration::from_secs(5);

const _: () = assert!(
    STORE_GIVE_UP_AFTER.as_nanos() < LOAN_TIMEOUT.as_nanos(),
    "a lender waits longer than the store tries a commit"
);
