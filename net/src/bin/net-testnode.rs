//! A node for the multi-process distribution tests: it joins the cluster given on the
//! command line, runs an `Echo` process registered globally as `echo@<name>`, accepts
//! remote spawns of `worker`, prints `ready` and runs until killed or stdin closes.
//!
//! `net-testnode <name> <listen> <cookie> [seed ...]`

#[path = "../../tests/support/mod.rs"]
mod support;

use std::io::BufRead;
use std::sync::Arc;

use hearth_engine::{Node, NodeConfig};
use hearth_net::{Cookie, DistConfig, Distribution};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [name, listen, cookie, seeds @ ..] = args.as_slice() else {
        eprintln!("usage: net-testnode <name> <listen> <cookie> [seed ...]");
        std::process::exit(2);
    };
    let seeds = seeds.iter().map(|seed| seed.parse().expect("seed address"));
    let dist =
        DistConfig::new(listen.parse().expect("listen address"), Cookie::new(cookie)).seeds(seeds);
    let mut config = NodeConfig {
        name: name.clone(),
        shards: 2,
        pin: false,
        wire: Arc::new(support::wire_types()),
        behaviours: Arc::new(support::behaviours()),
        ..NodeConfig::default()
    };
    let distribution = match Distribution::new(dist) {
        Ok(distribution) => distribution,
        Err(error) => {
            eprintln!("net-testnode: {error}");
            std::process::exit(1);
        }
    };
    let cluster = distribution.install(&mut config);
    let node = Node::start(config).expect("node starts");
    let echo = support::Echo {
        global: Some(format!("echo@{name}")),
    };
    node.handle().spawn(1, echo).expect("echo starts");
    println!("ready {} {}", node.handle().node_id().0, cluster.listen());
    // Run until the test closes our stdin (or kills us).
    for _ in std::io::stdin().lock().lines() {}
    node.shutdown();
}
