//! `hearth`: one binary for every node of a cluster, and its load generator.
//! `hearth` alone runs a complete single node; `hearth --help` lists the flags.

use std::process::ExitCode;

use clap::Parser;
use hearth_game::cli::{COOKIE_ENV, Cli, Command, NodeFlags};
use hearth_game::load::{self, LoadFlags};
use hearth_game::node::{DRAIN_TIMEOUT_DEFAULT, GameNode};
use hearth_gate::fd_limit::{self, FD_MARGIN};
use signal_hook::consts::{SIGINT, SIGTERM};
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
        None => node_main(&cli.node),
    }
}

fn init_logging(filter: &str) -> Result<(), String> {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .map_err(|error| format!("--log {filter:?}: {error}"))?;
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    Ok(())
}

fn node_main(flags: &NodeFlags) -> ExitCode {
    if let Err(error) = init_logging(&flags.log_filter()) {
        eprintln!("hearth: {error}");
        return ExitCode::from(EXIT_USAGE);
    }
    let mut options = match flags.options(std::env::var(COOKIE_ENV).ok()) {
        Ok(options) => options,
        Err(error) => {
            eprintln!("hearth: {error}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let wanted = options.gate.connections_max as u64 + FD_MARGIN;
    let limit = fd_limit::raise(wanted);
    if limit < wanted {
        let clients = fd_limit::clients_within(limit);
        if options.role.has_gate() && clients < fd_limit::CLIENTS_MIN {
            eprintln!(
                "hearth: the open-files limit ({limit}) leaves room for {clients} clients; \
                 raise it with `ulimit -n` (at least {})",
                fd_limit::CLIENTS_MIN * fd_limit::FD_MARGIN_SHARE
            );
            return ExitCode::FAILURE;
        }
        options.gate.connections_max = usize::try_from(clients).unwrap_or(usize::MAX);
        tracing::warn!(
            clients = options.gate.connections_max,
            limit,
            "clients limited by the open-files limit; raise it with `ulimit -n`"
        );
    }
    let mut signals = match Signals::new([SIGINT, SIGTERM]) {
        Ok(signals) => signals,
        Err(error) => {
            eprintln!("hearth: cannot handle signals: {error}");
            return ExitCode::FAILURE;
        }
    };
    tracing::info!("starting: {}", options.describe());
    let node = match GameNode::start(options) {
        Ok(node) => node,
        Err(error) => {
            eprintln!("hearth: {error}");
            return ExitCode::FAILURE;
        }
    };
    announce(&node);
    let signal = signals.forever().next();
    tracing::info!(
        ?signal,
        "stopping: draining clients (Ctrl-C again to stop at once)"
    );
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            std::process::exit(EXIT_INTERRUPTED.into());
        }
    });
    node.shutdown(DRAIN_TIMEOUT_DEFAULT);
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// Says where the node listens, on stdout (one line, for scripts) and in the log.
fn announce(node: &GameNode) {
    let show = |addr: Option<std::net::SocketAddr>| {
        addr.map_or_else(|| "-".to_owned(), |addr| addr.to_string())
    };
    println!(
        "hearth ready clients={} node={}",
        show(node.client_listen()),
        show(node.node_listen())
    );
    tracing::info!(clients = %show(node.client_listen()), node = %show(node.node_listen()), "running; Ctrl-C stops");
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
