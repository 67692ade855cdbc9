//! The conformance suite against a real PostgreSQL server. `scripts/with-postgres` starts
//! a throwaway one and sets `HEARTH_TEST_POSTGRES`; `.ci/run` runs the tests through it.
//! Without it these tests fail and say so: a durability test is never skipped silently.

use hearth_store::Postgres;
use hearth_store::conformance::{self, Scratch};

#[test]
fn postgres_passes_the_conformance_suite() {
    let scratch = Scratch::postgres("conformance");
    conformance::run_all(&mut || scratch.open());
}

#[test]
fn an_unreachable_server_is_a_clear_error() {
    let error = Postgres::connect("host=/nonexistent-hearth-socket user=nobody dbname=none")
        .err()
        .expect("no server there");
    assert!(
        error.to_string().contains("postgres, connecting"),
        "{error}"
    );
}
