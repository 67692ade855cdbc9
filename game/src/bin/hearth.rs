//! `hearth`: one binary for every node of a cluster, and its load generator.
//! `hearth` alone runs a complete single node; `hearth --help` lists the flags.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Parser;
use hearth_admin::AdminServer;
use hearth_game::cli::{AuthFrom, COOKIE_ENV, Cli, Command, NodeFlags};
use hearth_game::load::{self, LoadFlags};
use hearth_game::logging;
use hearth_game::node::{DRAIN_TIMEOUT_DEFAULT, GameNode, NodeOptions};
use hearth_game::ops::{self, NodeOperator};
use hearth_game::reload::{Reloader, Running};
use hearth_gate::fd_limit::{self, FD_MARGIN};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// The node's allocator. Every message, frame and timer entry is a small allocation
/// freed on another turn, often on another core; glibc's malloc spent ~8 % of a loaded
/// node's CPU in `malloc`/`free` and returned memory with `madvise`, whose TLB
/// shootdowns interrupt the other cores.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit code of a second Ctrl-C (the shell's code for SIGINT).
const EXIT_INTERRUPTED: u8 = 130;
/// Exit code for unusable settings (as clap uses for bad flags).
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Load(flags)) => load_main(&flags),
        Some(Command::Crash(flags)) => crash_main(&flags),
        Some(Command::Ticket(flags)) => match flags.ticket() {
            Ok(ticket) => {
                println!("{ticket}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("hearth: {error}");
                ExitCode::from(EXIT_USAGE)
            }
        },
        None => node_main(&cli.node),
    }
}

fn init_logging(filter: &str) -> Result<(), String> {
    logging::init(filter, logging::LogFormat::Text)
        .map(|_| ())
        .map_err(|error| error.to_string())
}

fn node_main(flags: &NodeFlags) -> ExitCode {
    let log_filter = flags.log_filter();
    let log_format = flags.log_format();
    let log = match logging::init(&log_filter, log_format) {
        Ok(log) => log,
        Err(error) => {
            eprintln!("hearth: {error}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let env_cookie = std::env::var(COOKIE_ENV).ok();
    let mut options = match flags.options(env_cookie.clone()) {
        Ok(options) => options,
        Err(error) => {
            eprintln!("hearth: {error}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let configured = options.clone();
    if let Err(code) = fit_open_files(&mut options) {
        return code;
    }
    let mut signals = match Signals::new([SIGINT, SIGTERM, SIGHUP]) {
        Ok(signals) => signals,
        Err(error) => {
            eprintln!("hearth: cannot handle signals: {error}");
            return ExitCode::FAILURE;
        }
    };
    tracing::info!("starting: {}", options.describe());
    say_login(&options);
    let node = match GameNode::start(options.clone()) {
        Ok(node) => node,
        Err(error) => {
            eprintln!("hearth: {error}");
            return ExitCode::FAILURE;
        }
    };
    let reloader = Arc::new(Reloader::new(
        flags.clone(),
        env_cookie,
        log,
        Running {
            gates: node.gate_control(),
            tuning: node.tuning(),
            scripts: node.scripts(),
            scripts_cluster: node.scripts_cluster(),
            script_counts: node.script_counts(),
        },
        configured,
        log_filter,
    ));
    let serving = Arc::new(AtomicBool::new(true));
    let admin = match start_admin(&node, &options, &reloader, &serving) {
        Ok(admin) => admin,
        Err(error) => {
            eprintln!("hearth: {error}");
            node.shutdown(DRAIN_TIMEOUT_DEFAULT);
            return ExitCode::FAILURE;
        }
    };
    if let Some(admin) = &admin {
        reloader.admin_started(admin.token());
    }
    let _watch = options
        .scripts_watch
        .then(|| reloader.watch_scripts(Arc::clone(&serving)));
    announce(&node, admin.as_ref().map(AdminServer::local_addr));
    let signal = wait_for_stop(&mut signals, &reloader);
    serving.store(false, Ordering::Release);
    tracing::info!(
        ?signal,
        "stopping: draining clients (Ctrl-C again to stop at once)"
    );
    std::thread::spawn(move || {
        if signals.forever().any(|signal| signal != SIGHUP) {
            std::process::exit(EXIT_INTERRUPTED.into());
        }
    });
    node.shutdown(DRAIN_TIMEOUT_DEFAULT);
    drop(admin);
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// Says how logins are checked: a warning for open logins and for the development
/// secret (a production node names its secret file).
fn say_login(options: &NodeOptions) {
    match &options.auth_from {
        AuthFrom::Open => tracing::warn!(
            "--open-login: any user name logs in without a ticket, so anyone can be anyone; \
             for development only"
        ),
        AuthFrom::DevSecret { path, written } => tracing::warn!(
            secret = %path.display(),
            written,
            "logins need tickets signed with the development secret in this file \
             (`hearth ticket USER` prints one); give production nodes --auth-secret-file"
        ),
        AuthFrom::SecretFile(path) => {
            tracing::info!(secret = %path.display(), "logins need tickets");
        }
        AuthFrom::NoGate => {}
        AuthFrom::Code => {
            tracing::info!(login = options.gate.auth.name(), "login check set in code")
        }
    }
}

/// Limits the clients to what the open-files limit leaves room for (raising the limit
/// first); refuses to start a gate with room for too few.
fn fit_open_files(options: &mut NodeOptions) -> Result<(), ExitCode> {
    let wanted = options.gate.connections_max as u64 + FD_MARGIN;
    let limit = fd_limit::raise(wanted);
    if limit >= wanted {
        return Ok(());
    }
    let clients = fd_limit::clients_within(limit);
    if options.role.has_gate() && clients < fd_limit::CLIENTS_MIN {
        eprintln!(
            "hearth: the open-files limit ({limit}) leaves room for {clients} clients; \
             raise it with `ulimit -n` (at least {})",
            fd_limit::CLIENTS_MIN * fd_limit::FD_MARGIN_SHARE
        );
        return Err(ExitCode::FAILURE);
    }
    options.gate.connections_max = usize::try_from(clients).unwrap_or(usize::MAX);
    tracing::warn!(
        clients = options.gate.connections_max,
        limit,
        "clients limited by the open-files limit; raise it with `ulimit -n`"
    );
    Ok(())
}

/// The admin listener over `node`, reloading through `reloader`.
fn start_admin(
    node: &GameNode,
    options: &NodeOptions,
    reloader: &Arc<Reloader>,
    serving: &Arc<AtomicBool>,
) -> Result<Option<AdminServer>, hearth_admin::AdminError> {
    let operator = NodeOperator::new(node.observer(), Arc::clone(serving), Arc::clone(reloader));
    ops::start_admin(&options.admin, Arc::new(operator))
}

/// Waits for SIGINT or SIGTERM; a SIGHUP meanwhile reloads the config file.
fn wait_for_stop(signals: &mut Signals, reloader: &Reloader) -> Option<i32> {
    for signal in signals.forever() {
        if signal != SIGHUP {
            return Some(signal);
        }
        match reloader.reload() {
            Ok(reloaded) => tracing::info!(?reloaded, "SIGHUP: config reloaded"),
            Err(error) => tracing::warn!(%error, "SIGHUP: config not reloaded"),
        }
    }
    None
}

/// Says where the node listens, on stdout (one line, for scripts) and in the log.
fn announce(node: &GameNode, admin: Option<SocketAddr>) {
    let show =
        |addr: Option<SocketAddr>| addr.map_or_else(|| "-".to_owned(), |addr| addr.to_string());
    println!(
        "hearth ready clients={} node={} admin={} tls={} ws={}",
        show(node.client_listen()),
        show(node.node_listen()),
        show(admin),
        show(node.tls_listen()),
        show(node.ws_listen())
    );
    tracing::info!(
        clients = %show(node.client_listen()),
        node = %show(node.node_listen()),
        admin = %show(admin),
        "running; Ctrl-C stops, SIGHUP reloads the config file"
    );
}

fn load_main(flags: &LoadFlags) -> ExitCode {
    if let Err(error) = init_logging("warn") {
        eprintln!("hearth: {error}");
        return ExitCode::from(EXIT_USAGE);
    }
    if flags.in_process {
        return match load::run_in_process(flags) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("hearth load: {error}");
                ExitCode::from(EXIT_USAGE)
            }
        };
    }
    match load::run_tcp(flags) {
        Ok(report) => {
            println!("{}", report.line());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("hearth load: {error}");
            ExitCode::FAILURE
        }
    }
}

fn crash_main(flags: &hearth_game::crash::CrashFlags) -> ExitCode {
    if let Err(error) = init_logging("warn") {
        eprintln!("hearth: {error}");
        return ExitCode::from(EXIT_USAGE);
    }
    if let Some(players) = flags.recovery {
        return match hearth_game::crash::run_recovery(flags, players) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("hearth crash --recovery: {error}");
                ExitCode::FAILURE
            }
        };
    }
    match hearth_game::crash::run(flags) {
        Ok(report) if report.violations.is_empty() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("hearth crash: {error}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
