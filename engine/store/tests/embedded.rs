//! The conformance suite against the embedded store, on a real file that is closed and
//! reopened.

use std::path::PathBuf;

use hearth_store::{Embedded, conformance};

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hearth-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn the_embedded_store_passes_the_conformance_suite() {
    let dir = fresh_dir("conformance");
    conformance::run_all(&mut || Embedded::open(&dir).expect("opening the embedded store"));
    std::fs::remove_dir_all(&dir).expect("removing the test's directory");
}

#[test]
fn a_second_open_of_one_file_is_refused_with_a_clear_error() {
    let dir = fresh_dir("locked");
    let _first = Embedded::open(&dir).expect("first open");
    let second = Embedded::open(&dir);
    let error = second
        .err()
        .expect("a second open of a file in use is refused");
    assert!(error.to_string().contains("hearth.redb"), "{error}");
    drop(_first);
    std::fs::remove_dir_all(&dir).expect("removing the test's directory");
}
