//! The crash harness: players trade items and gold between two App nodes that store in
//! one database, and move goods to and from their guild's bank (the guild runs on one of
//! the two nodes, so half the moves cross nodes); a random node — either App node or the Gate — is killed with SIGKILL at
//! a random moment, started again, every player logs in again, and the ledger is
//! checked. (A killed Gate takes every connection with it while the Persons, on the App
//! nodes, finish their trades: those trades' ends are heard by nobody.)
//!
//! # What it checks, after every kill
//! - **conservation**: every coin and item, counted over all players and the guild bank,
//!   is there — not one more (a dupe), not one less (vanished);
//! - **acknowledged trades and bank moves kept**: a player holds exactly what its
//!   acknowledged trades and bank moves left it;
//! - **atomic doubt**: a trade or bank move nobody heard the end of (its node died) is
//!   made on both sides or on neither (for a bank move, the bank's side is conservation);
//! - **one story**: the two sides of a trade never heard opposite outcomes.
//!
//! Beside the traders, every round starts players of the seed's mix ([`mix`]): the kill
//! comes while the nodes also serve logins, joins and the ordinary game load.
//!
//! The schedule is seeded: a failing run is replayed with its `--seed`.

pub mod cluster;
pub mod ledger;
pub mod mix;
pub mod pair;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use hearth_protocol::client::{Client, ClientError};
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto};
use hearth_world::org::GROUP_ID_MAX;
use hearth_world::person::player_id;

use cluster::Cluster;
use ledger::{Check, Expectation, Holdings, Totals};
use pair::{PairLog, Player};
use proto::GroupKind;

/// How long a client waits for any one answer or push: past the store's loan timeout
/// and the gate's request timeout, so a trade in doubt on a live node is heard.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(15);
/// How long logging everyone in again may take after a restart.
const RELOGIN_WITHIN: Duration = Duration::from_secs(60);
/// Pause between login attempts of one player while the cluster settles.
const RELOGIN_PACE: Duration = Duration::from_millis(50);
/// How long the guild bank may take to show a bank move whose end was in doubt (its
/// commit may still be landing in the guild's memory when the ledger is read).
const BANK_SETTLES_WITHIN: Duration = Duration::from_secs(5);
/// Pause between reads of the bank while it settles.
const BANK_READ_PACE: Duration = Duration::from_millis(50);

/// Why the harness could not run (not a failed check: those are in the report).
#[derive(Debug, thiserror::Error)]
pub enum CrashError {
    /// The cluster's processes.
    #[error("cluster: {0}")]
    Cluster(String),
    /// A player could not log in or read its inventory.
    #[error("player {user}: {why}")]
    Player {
        /// The user.
        user: String,
        /// Why.
        why: String,
    },
    /// Bad settings.
    #[error("{0}")]
    Invalid(String),
}

/// A run of the harness.
#[derive(Clone, Debug)]
pub struct CrashSpec {
    /// The `hearth` binary the cluster runs.
    pub exe: PathBuf,
    /// Where logs go (kept after a failed run).
    pub dir: PathBuf,
    /// The App nodes' store (a PostgreSQL database: both nodes must share it).
    pub store: String,
    /// Players (an even number: they trade in pairs).
    pub players: usize,
    /// Kills.
    pub kills: usize,
    /// Shards per node.
    pub shards: usize,
    /// The schedule's seed.
    pub seed: u64,
    /// Trading lasts a random time in this range before each kill.
    pub trade_for: (Duration, Duration),
    /// Players of the seed's mix beside the traders (see [`mix`]; 0: none).
    pub mix_clients: usize,
    /// Print each kill's line on stderr.
    pub progress: bool,
}

/// What a run saw.
#[derive(Debug, Default)]
pub struct CrashReport {
    /// Kills done.
    pub kills: usize,
    /// Trades acknowledged.
    pub committed: u64,
    /// Bank moves acknowledged.
    pub banked: u64,
    /// Trades refused or failed.
    pub not_committed: u64,
    /// Trades in doubt at a kill, found made on both sides.
    pub doubt_made: u64,
    /// Trades in doubt at a kill, found made on neither.
    pub doubt_not_made: u64,
    /// Trades whose offerer's node died mid-trade, settled by the other player's Person
    /// from the store (its client heard after the gate's timeout): made.
    pub settled_from_store_made: u64,
    /// The same, not made.
    pub settled_from_store_not_made: u64,
    /// Coins and items over all players and the bank, at the start.
    pub units: u64,
    /// Every broken invariant, described.
    pub violations: Vec<String>,
    /// From each restart to every player logged in with its inventory read.
    pub recoveries: Vec<Duration>,
    /// Why trades were not made (a reason's first words → how often).
    pub why_not: std::collections::BTreeMap<String, u64>,
}

impl CrashReport {
    /// One line, `key=value` fields.
    pub fn line(&self, spec: &CrashSpec) -> String {
        let mut recoveries = self.recoveries.clone();
        recoveries.sort();
        let at = |q: f64| {
            recoveries
                .get(((recoveries.len() as f64 - 1.0) * q).round() as usize)
                .map_or(0.0, |d| d.as_secs_f64() * 1e3)
        };
        format!(
            "hearth crash seed={} kills={} players={} mix_clients={} trades_committed={} bank_moves_committed={} not_committed={} settled_from_store_made={} settled_from_store_not_made={} in_doubt_made={} in_doubt_not_made={} units={} violations={} recovery_p50_ms={:.0} recovery_max_ms={:.0} ok={}",
            spec.seed,
            self.kills,
            spec.players,
            spec.mix_clients,
            self.committed,
            self.banked,
            self.not_committed,
            self.settled_from_store_made,
            self.settled_from_store_not_made,
            self.doubt_made,
            self.doubt_not_made,
            self.units,
            self.violations.len(),
            at(0.5),
            at(1.0),
            self.violations.is_empty()
        )
    }
}

/// Runs the harness (see the module docs).
///
/// # Errors
/// A cluster that does not start, or players that cannot log in: the run could not
/// check anything. Broken invariants are not errors: they are in the report.
pub fn run(spec: &CrashSpec) -> Result<CrashReport, CrashError> {
    if spec.players < 2 || !spec.players.is_multiple_of(2) {
        return Err(CrashError::Invalid(
            "--players is an even number, at least 2".into(),
        ));
    }
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let mut cluster = Cluster::start(&spec.exe, &spec.dir, &spec.store, spec.shards)?;
    let (mut players, guild) = new_players(spec);
    let mut report = CrashReport::default();
    log_in_all(&cluster, &mut players, guild)?;
    let bank = read_bank(&mut players)?;
    let start = Totals::of(players.iter().map(|player| &player.holdings).chain([&bank]));
    report.units = start.units();
    for kill in 0..spec.kills {
        let round = Round::new(spec, &players, &mut rng);
        let background = mix::Mix::start(
            &spec.exe,
            &spec.dir,
            cluster.clients(),
            spec.mix_clients,
            kill,
        )?;
        let expectations = round.play(&mut cluster, &mut players, &mut report);
        drop(background);
        let restarted = Instant::now();
        cluster.restart(round.victim)?;
        log_in_all(&cluster, &mut players, guild)?;
        report.recoveries.push(restarted.elapsed());
        report.kills += 1;
        check(&mut players, &expectations, &start, kill, &mut report)?;
        if spec.progress {
            eprintln!("{}", report.line(spec));
            for (why, count) in &report.why_not {
                eprintln!("  not made {count}×: {why}");
            }
        }
    }
    Ok(report)
}

/// `players` new players (names never used before), half with even ids and half with
/// odd: a Gate places a player on App node `id % 2`, so an even and an odd player trade
/// across nodes. And their guild: a new one.
fn new_players(spec: &CrashSpec) -> (Vec<Player>, u64) {
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_millis());
    let (mut evens, mut odds) = (Vec::new(), Vec::new());
    let half = spec.players / 2;
    for n in 0.. {
        if evens.len() == half && odds.len() == half {
            break;
        }
        let user = format!("crash-{}-{run}-{n}", spec.seed);
        let id = player_id(&user);
        let side = if id.is_multiple_of(2) {
            &mut evens
        } else {
            &mut odds
        };
        if side.len() < half {
            side.push(Player {
                user,
                id,
                client: None,
                holdings: Holdings::default(),
            });
        }
    }
    evens.append(&mut odds);
    let guild = player_id(&format!("crash-guild-{}-{run}", spec.seed)) % GROUP_ID_MAX + 1;
    (evens, guild)
}

/// Logs every player out (its Person stops), then in again, into `guild`, and reads what
/// it holds. The first player (the guild's leader) makes every other an officer, so that
/// everyone may withdraw (ranks saved write-behind may be lost in a kill).
fn log_in_all(cluster: &Cluster, players: &mut [Player], guild: u64) -> Result<(), CrashError> {
    for player in players.iter_mut() {
        if let Some(mut client) = player.client.take() {
            let _ = client.logout();
        }
    }
    let deadline = Instant::now() + RELOGIN_WITHIN;
    for player in players.iter_mut() {
        let (client, holdings) = log_in(cluster, &player.user, guild, deadline)?;
        player.client = Some(client);
        player.holdings = holdings;
    }
    let others: Vec<u64> = players.iter().skip(1).map(|player| player.id).collect();
    if let Some(client) = players.first_mut().and_then(|lead| lead.client.as_mut()) {
        for player in others {
            let promote = proto::SetGuildRank {
                player,
                rank: proto::GuildRank::Officer as i32,
            };
            if let Err(error) = client.request(Body::SetGuildRank(promote)) {
                tracing::debug!(player, %error, "not promoted: it deposits only");
            }
        }
    }
    Ok(())
}

/// The guild bank, as the first player's guild says.
fn read_bank(players: &mut [Player]) -> Result<Holdings, CrashError> {
    let lead = &mut players[0];
    let reply = lead
        .client
        .as_mut()
        .expect("logged in")
        .request(Body::GuildInfo(proto::GuildInfo {}));
    match reply {
        Ok(proto::Reply {
            body: Some(proto::reply::Body::Guild(state)),
            ..
        }) => Ok(Holdings::of_bank(&state)),
        other => Err(CrashError::Player {
            user: lead.user.clone(),
            why: format!("the guild bank could not be read: {other:?}"),
        }),
    }
}

/// One player's login and inventory, tried until `deadline` while the cluster settles.
fn log_in(
    cluster: &Cluster,
    user: &str,
    guild: u64,
    deadline: Instant,
) -> Result<(Client, Holdings), CrashError> {
    loop {
        let attempt = (|| {
            let mut client = Client::connect(cluster.clients())?;
            client.set_timeout(Some(CLIENT_TIMEOUT))?;
            let ticket = cluster
                .ticket(user)
                .map_err(|error| ClientError::Protocol(error.to_string()))?;
            client.login(user, &ticket)?;
            let join = proto::JoinGroup {
                kind: GroupKind::GroupGuild as i32,
                group: guild,
            };
            client.request(Body::JoinGroup(join))?;
            let reply = client.request(Body::Inventory(proto::Inventory {}))?;
            match reply.body {
                Some(proto::reply::Body::Inventory(state)) => Ok((client, Holdings::of(&state))),
                other => Err(ClientError::Protocol(format!(
                    "an inventory request answered {other:?}"
                ))),
            }
        })();
        match attempt {
            Ok(done) => return Ok(done),
            Err(error) if Instant::now() < deadline => {
                tracing::debug!(user, %error, "login failed; trying again");
                std::thread::sleep(RELOGIN_PACE);
            }
            Err(error) => {
                return Err(CrashError::Player {
                    user: user.to_owned(),
                    why: format!("no login within {RELOGIN_WITHIN:?}: {error}"),
                });
            }
        }
    }
}

/// One round: pairs trade for a while, then a node is killed.
struct Round {
    /// (first player, second player, the pair's seed).
    pairs: Vec<(usize, usize, u64)>,
    trade_for: Duration,
    victim: usize,
}

impl Round {
    fn new(spec: &CrashSpec, players: &[Player], rng: &mut fastrand::Rng) -> Self {
        let half = players.len() / 2;
        let mut evens: Vec<usize> = (0..half).collect();
        let mut odds: Vec<usize> = (half..players.len()).collect();
        rng.shuffle(&mut evens);
        rng.shuffle(&mut odds);
        let pairs = evens
            .into_iter()
            .zip(odds)
            .map(|(a, b)| (a, b, rng.u64(..)))
            .collect();
        let (least, most) = spec.trade_for;
        let trade_for = Duration::from_millis(
            rng.u64(least.as_millis() as u64..=most.as_millis().max(least.as_millis()) as u64),
        );
        Self {
            pairs,
            trade_for,
            victim: rng.usize(0..=cluster::GATE),
        }
    }

    /// Plays the round: what each pair must hold after it.
    fn play(
        &self,
        cluster: &mut Cluster,
        players: &mut [Player],
        report: &mut CrashReport,
    ) -> Vec<(usize, usize, Expectation)> {
        let stop = AtomicBool::new(false);
        let mut slots: Vec<Option<Player>> = players
            .iter_mut()
            .map(|player| Some(std::mem::replace(player, vacant())))
            .collect();
        let mut results = Vec::new();
        std::thread::scope(|scope| {
            let stop = &stop;
            let threads: Vec<_> = self
                .pairs
                .iter()
                .map(|&(i, j, seed)| {
                    let (mut a, mut b) = (slots[i].take().unwrap(), slots[j].take().unwrap());
                    scope.spawn(move || {
                        let mut rng = fastrand::Rng::with_seed(seed);
                        let (log, expectation) = pair::trade(&mut a, &mut b, stop, &mut rng);
                        (i, j, a, b, log, expectation)
                    })
                })
                .collect();
            // The random moment of the kill (the harness's schedule, not a wait for an
            // event): trades are in flight at every stage when it comes.
            std::thread::sleep(self.trade_for);
            cluster.kill(self.victim);
            stop.store(true, Ordering::Relaxed);
            for thread in threads {
                let (i, j, a, b, log, expectation) = thread.join().expect("a pair thread");
                tally(report, &log);
                slots[i] = Some(a);
                slots[j] = Some(b);
                results.push((i, j, expectation));
            }
        });
        for (player, slot) in players.iter_mut().zip(slots) {
            *player = slot.expect("every player came back");
        }
        results
    }
}

/// A player slot while its player is out trading.
fn vacant() -> Player {
    Player {
        user: String::new(),
        id: 0,
        client: None,
        holdings: Holdings::default(),
    }
}

fn tally(report: &mut CrashReport, log: &PairLog) {
    report.committed += log.committed;
    report.banked += log.banked;
    report.settled_from_store_made += log.late_made;
    report.settled_from_store_not_made += log.late_not_made;
    report.not_committed += log.not_committed;
    report.violations.extend(log.contradictions.iter().cloned());
    for (why, count) in &log.why_not {
        *report.why_not.entry(why.clone()).or_insert(0) += count;
    }
}

/// Checks the ledger after kill `kill`: conservation, then every pair.
///
/// # Errors
/// The bank could not be read.
fn check(
    players: &mut [Player],
    expectations: &[(usize, usize, Expectation)],
    start: &Totals,
    kill: usize,
    report: &mut CrashReport,
) -> Result<(), CrashError> {
    let deadline = Instant::now() + BANK_SETTLES_WITHIN;
    let now = loop {
        let bank = read_bank(players)?;
        let now = Totals::of(players.iter().map(|player| &player.holdings).chain([&bank]));
        if now == *start || Instant::now() >= deadline {
            break now;
        }
        // A bank move's commit may still be reaching the guild's memory.
        std::thread::sleep(BANK_READ_PACE);
    };
    if now != *start {
        report.violations.push(format!(
            "after kill {kill}: not conserved: {start:?} at the start, {now:?} now"
        ));
    }
    for (i, j, expectation) in expectations {
        let held = (players[*i].holdings.clone(), players[*j].holdings.clone());
        match expectation.check(&held) {
            Check::Exact => {}
            Check::DoubtMade => report.doubt_made += 1,
            Check::DoubtNotMade => report.doubt_not_made += 1,
            Check::Broken(why) => report.violations.push(format!(
                "after kill {kill}: players {} and {}: {why}",
                players[*i].user, players[*j].user
            )),
        }
    }
    Ok(())
}
