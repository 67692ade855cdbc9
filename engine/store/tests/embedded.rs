//! The conformance suite against the embedded store, on a real file that is closed and
//! reopened.

use hearth_store::Embedded;
use hearth_store::conformance::{self, Scratch};

#[test]
fn the_embedded_store_passes_the_conformance_suite() {
    let scratch = Scratch::embedded("store-conformance");
    conformance::run_all(&mut || scratch.open());
}

#[test]
fn a_second_open_of_one_file_is_refused_with_a_clear_error() {
    let scratch = Scratch::embedded("store-locked");
    let _first = scratch.open();
    let Scratch::Embedded(dir) = &scratch else {
        unreachable!("an embedded scratch")
    };
    let error = Embedded::open(dir)
        .err()
        .expect("a second open of a file in use is refused");
    assert!(error.to_string().contains("hearth.redb"), "{error}");
}
