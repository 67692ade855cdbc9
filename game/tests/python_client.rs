//! Runs the Python client's test suite (`clients/python/test_client.py`) against the
//! `hearth` binary this build made.
//!
//! It needs `python3` (3.10 or later) with `venv` and access to PyPI the first time: the
//! protobuf runtime of `clients/python/requirements.txt` is installed into a venv under
//! `target/python-venv`, made once and reused, unless the system Python has it already.
//! A missing Python fails this test with a message saying what to install; it is not
//! skipped, since the Python client is part of what Hearth ships.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The venv the protobuf runtime is installed into, under the target directory.
const VENV_DIR: &str = "python-venv";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("game/ is inside the workspace")
        .to_path_buf()
}

fn client_dir() -> PathBuf {
    repo_root().join("clients").join("python")
}

/// Runs `program args`, panicking with a clear message when it cannot start.
fn run(program: &Path, args: &[&str], dir: &Path) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "cannot run {}: {error}; the Python client's tests need python3 \
                 (3.10+) with venv and pip (Debian: apt install python3 python3-venv)",
                program.display()
            )
        })
}

fn has_protobuf(python: &Path) -> bool {
    run(python, &["-c", "import google.protobuf"], &client_dir())
        .status
        .success()
}

fn expect_success(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A Python that can import the client's dependencies: the system one, or a venv.
fn python_with_protobuf() -> PathBuf {
    let system = PathBuf::from("python3");
    if has_protobuf(&system) {
        return system;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target"));
    let venv = target.join(VENV_DIR);
    let python = venv.join("bin").join("python");
    if python.exists() && has_protobuf(&python) {
        return python;
    }
    let venv_arg = venv.to_str().expect("a UTF-8 target path");
    let made = run(&system, &["-m", "venv", venv_arg], &client_dir());
    expect_success("python3 -m venv", &made);
    let installed = run(
        &python,
        &["-m", "pip", "install", "--quiet", "-r", "requirements.txt"],
        &client_dir(),
    );
    expect_success("pip install -r clients/python/requirements.txt", &installed);
    python
}

#[test]
fn the_python_client_passes_its_tests_against_a_real_node() {
    let python = python_with_protobuf();
    let output = Command::new(&python)
        .args(["-m", "unittest", "-v", "test_client"])
        .current_dir(client_dir())
        .env("HEARTH_BIN", env!("CARGO_BIN_EXE_hearth"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run the Python tests");
    expect_success("python -m unittest test_client", &output);
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(
        report.contains("OK") && !report.contains("skipped"),
        "every Python test ran:\n{report}"
    );
}
