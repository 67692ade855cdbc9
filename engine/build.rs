//! Declares the `loom` cfg, under which the cross-shard ring is built against loom's model
//! checker (`src/ring.rs`), so that `#[cfg(loom)]` is an expected cfg, not a typo.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(loom)");
    println!("cargo::rerun-if-changed=build.rs");
}
