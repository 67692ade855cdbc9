//! `workloads`: Hearth's load benchmarks, one baseline-format line per workload.
//!
//! ```text
//! cargo run --release -p hearth-benches --bin workloads -- [--quick] [wheel ...]
//! ```
//! With no workload named, every workload runs. `--quick` shrinks each to a size that
//! finishes in seconds (used by CI); figures from quick runs are not comparable.

use hearth_benches::{machine_header, wheel};

const SEED: u64 = 0x4865_6172_7468; // "Hearth"

struct Options {
    quick: bool,
    workloads: Vec<String>,
}

const WORKLOADS: &[&str] = &["wheel"];

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
