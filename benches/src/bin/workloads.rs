//! `workloads`: Hearth's load benchmarks, one baseline-format line per workload.
//!
//! ```text
//! cargo run --release -p hearth-benches --bin workloads -- [--quick] [wheel ...]
//! ```
//! With no workload named, every workload runs. `--quick` shrinks each to a size that
//! finishes in seconds (used by CI); figures from quick runs are not comparable.

use hearth_benches::w3_ring::Layout;
use hearth_benches::{
    machine_header, start_node, w1_spawn, w2_pingpong, w3_ring, w4_timers, w5_call, w6_remote,
    wheel,
};

const SEED: u64 = 0x4865_6172_7468; // "Hearth"

struct Options {
    quick: bool,
    workloads: Vec<String>,
}

const WORKLOADS: &[&str] = &["wheel", "W1", "W2", "W3", "W4", "W5", "W6"];

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        quick: false,
        workloads: Vec::new(),
    };
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--quick" => options.quick = true,
            "-h" | "--help" => return Err(usage()),
            name if WORKLOADS.contains(&name) => options.workloads.push(name.to_owned()),
            other => return Err(format!("unknown workload or flag `{other}`\n{}", usage())),
        }
    }
    if options.workloads.is_empty() {
        options.workloads = WORKLOADS.iter().map(|&name| name.to_owned()).collect();
    }
    Ok(options)
}

fn usage() -> String {
    format!("usage: workloads [--quick] [{}]", WORKLOADS.join(" | "))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, shards, seed] = args.as_slice()
        && flag == "--w6-peer"
    {
        let shards = shards.parse().expect("--w6-peer <shards> <seed>");
        w6_remote::run_peer(shards, seed.parse().expect("--w6-peer <shards> <seed>"));
        return;
    }
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    println!("{}", machine_header());
    for workload in &options.workloads {
        match workload.as_str() {
            "wheel" => run_wheel(options.quick),
            "W1" => run_w1(options.quick),
            "W2" => run_w2(options.quick),
            "W3" => run_w3(options.quick),
            "W4" => run_w4(options.quick),
            "W5" => run_w5(options.quick),
            "W6" => run_w6(options.quick),
            other => unreachable!("workload `{other}` passed validation"),
        }
    }
}

fn run_wheel(quick: bool) {
    let n = if quick { 100_000 } else { 1_000_000 };
    let figures = wheel::measure_wheel(n, SEED);
    let [uniform, coarse, jump] = figures.advance_scenarios_ms;
    println!("{}", figures.line());
    println!(
        "# wheel advance_max_ms by scenario: uniform={uniform:.3} coarse_slot={coarse:.3} jump={jump:.3}"
    );
    println!("{}", wheel::measure_btreemap(n, SEED));
}

/// Shards for the engine workloads: the machine's cores, as a node would run.
fn shards() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .max(2)
}

fn run_w1(quick: bool) {
    let node = start_node(shards(), 0);
    let processes = if quick { 100_000 } else { 1_000_000 };
    println!("{}", w1_spawn::run(&node.handle(), processes));
    node.shutdown();
}

fn run_w2(quick: bool) {
    let node = start_node(shards(), 0);
    let round_trips = if quick { 100_000 } else { 1_000_000 };
    println!("{}", w2_pingpong::run(&node.handle(), round_trips));
    node.shutdown();
}

fn run_w3(quick: bool) {
    let hops = if quick { 1_000_000 } else { 10_000_000 };
    let variants = [
        ("W3-ring-1token", Layout::OneShard, 1),
        ("W3-ring-100tokens", Layout::Halves, 100),
        ("W3-ring-100tokens-xshard", Layout::RoundRobin, 100),
    ];
    for (name, layout, tokens) in variants {
        let node = start_node(shards(), 0);
        println!(
            "{}",
            w3_ring::run(&node.handle(), name, layout, 10_000, hops, tokens)
        );
        node.shutdown();
    }
}

fn run_w4(quick: bool) {
    let timers = if quick { 100_000 } else { 1_000_000 };
    // The shard creates its timer nodes at start-up, as a server sized for this load
    // would (NodeConfig::timers_reserved), so scheduling pays no page faults.
    let node = start_node(shards(), timers);
    let line = w4_timers::run(&node.handle(), timers);
    node.shutdown();
    match line {
        Ok(line) => println!("{line}"),
        Err(error) => {
            eprintln!("workloads: {error}");
            std::process::exit(1);
        }
    }
}

fn run_w5(quick: bool) {
    let node = start_node(shards(), 0);
    let calls = if quick { 100_000 } else { 1_000_000 };
    println!("{}", w5_call::run(&node.handle(), calls));
    node.shutdown();
}

fn run_w6(quick: bool) {
    let (round_trips, messages) = if quick {
        (10_000, 100_000)
    } else {
        (100_000, 1_000_000)
    };
    println!("{}", w6_remote::run(1, round_trips, messages));
    println!("{}", w6_remote::run(2, round_trips, messages));
}
