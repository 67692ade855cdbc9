//! Generates the client protocol types from `proto/hearth.proto` (the one source of truth,
//! shared with clients in other languages). protoc comes vendored, so a fresh machine
//! needs nothing installed.

fn main() {
    let protoc = protoc_bin_vendored::protoc_bin_path().expect("vendored protoc for this platform");
    prost_build::Config::new()
        .protoc_executable(protoc)
        .compile_protos(&["../../proto/hearth.proto"], &["../../proto"])
        .expect("hearth.proto compiles");
    println!("cargo:rerun-if-changed=../../proto/hearth.proto");
}
