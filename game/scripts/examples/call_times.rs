//! How long scripted calls take, one by one, as a shard makes them: 6,000 entities of the
//! shipped-like AI script, each making 5 light decisions to 1 heavy one. Prints the
//! distribution (a long tail would be a pause in the VM: its GC, a registry sweep).
//!
//! `cargo run --release -p hearth-scripts --example call_times [-- SCRIPT.lua]`
//!
//! Its script is `game/world/scripts/ai.lua`, the one shipped, or the file named (an
//! `ai` script: `init`, `light`, `heavy`), to compare ways of writing it.

use std::sync::Arc;
use std::time::Instant;

use hearth_scripts::{Catalog, Scripted, Source};

const AI: &str = include_str!("../../world/scripts/ai.lua");

fn main() {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).expect("the script file reads"),
        None => AI.to_owned(),
    };
    let sources = vec![Source {
        name: "ai".into(),
        text: text.into(),
    }];
    let catalog = Arc::new(Catalog::new(sources, |_| Ok(())).expect("loads"));
    let mut entities: Vec<Scripted> = (0..6_000)
        .map(|id| Scripted::new(Arc::clone(&catalog), "ai", id))
        .collect();
    let mut light = Vec::new();
    let mut heavy = Vec::new();
    for round in 0..30 {
        for entity in &mut entities {
            let started = Instant::now();
            if round % 5 == 4 {
                let _: f64 = entity.call("heavy", 1).expect("heavy");
                heavy.push(started.elapsed().as_nanos() as u64);
            } else {
                let _: i64 = entity.call("light", ()).expect("light");
                light.push(started.elapsed().as_nanos() as u64);
            }
        }
    }
    for (name, mut times) in [("light", light), ("heavy", heavy)] {
        times.sort_unstable();
        let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
        println!(
            "{name}: calls={} p50_ns={} p99_ns={} p999_ns={} max_ns={}",
            times.len(),
            at(0.5),
            at(0.99),
            at(0.999),
            times.last().unwrap()
        );
    }
}
