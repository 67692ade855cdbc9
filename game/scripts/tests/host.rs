//! The scripting host against real Luau VMs: state per process, the step budget, errors
//! with script and line, reload and migration, rollback, memory, the sandbox.

use std::sync::Arc;

use hearth_scripts::{Catalog, LoadError, ScriptError, Scripted, Source, check};

fn source(name: &str, text: &str) -> Source {
    Source {
        name: name.to_owned(),
        text: text.into(),
    }
}

/// What the tests' releases must have: an `npc` script with `init` and `act`.
fn checked(sources: &[Source]) -> Result<(), LoadError> {
    check(sources, &[("npc", &["init", "act"])])
}

const V1: &str = r#"
local M = { version = "1" }
function M.init(seed) return { id = seed, hp = 10 } end
function M.act(s, hit)
  s.hp = s.hp - hit
  return s.hp
end
return M
"#;

/// Version 2 renames `hp` to `health` and declares how to move a version-1 state.
const V2: &str = r#"
local M = { version = "2" }
function M.init(seed) return { id = seed, health = 10 } end
function M.migrate(from, s)
  if from == "1" then return { id = s.id, health = s.hp } end
  return s
end
function M.act(s, hit)
  s.health = s.health - 2 * hit
  return s.health
end
return M
"#;

fn catalog(text: &str) -> Arc<Catalog> {
    Arc::new(Catalog::new(vec![source("npc", text)], checked).expect("the release is checked"))
}

#[test]
fn each_process_keeps_its_own_state() {
    let catalog = catalog(V1);
    let mut a = Scripted::new(Arc::clone(&catalog), "npc", 1);
    let mut b = Scripted::new(Arc::clone(&catalog), "npc", 2);
    assert_eq!(a.call::<i64>("act", 3), Ok(7));
    assert_eq!(a.call::<i64>("act", 3), Ok(4));
    assert_eq!(b.call::<i64>("act", 1), Ok(9));
    assert_eq!((a.release(), a.version()), (1, "1"));
}

#[test]
fn a_reload_switches_each_process_at_its_next_call_and_migrates_its_state() {
    let catalog = catalog(V1);
    let mut early = Scripted::new(Arc::clone(&catalog), "npc", 1);
    assert_eq!(
        early.call::<i64>("act", 3),
        Ok(7),
        "hp 10 - 3 under version 1"
    );

    // A broken release is refused with its line; version 1 keeps running.
    let broken = source("npc", "local M = {}\nfunction M.init( return M\n");
    let refused = catalog.install(vec![broken], checked).unwrap_err();
    assert!(refused.to_string().starts_with("npc.lua:2:"), "{refused}");
    let missing = source("npc", "return { init = function() return {} end }");
    let refused = catalog.install(vec![missing], checked).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "npc.lua does not export the function act"
    );
    assert_eq!(early.call::<i64>("act", 1), Ok(6));

    assert_eq!(catalog.install(vec![source("npc", V2)], checked), Ok(2));
    // The state made under version 1 is migrated (hp becomes health) at the next call,
    // which runs the new code: 6 - 2 × 1.
    assert_eq!(early.call::<i64>("act", 1), Ok(4));
    assert_eq!((early.release(), early.version()), (2, "2"));
    let mut late = Scripted::new(Arc::clone(&catalog), "npc", 2);
    assert_eq!(
        late.call::<i64>("act", 1),
        Ok(8),
        "a new process starts under version 2"
    );

    // Rollback: version 1's code again, under release 3; a state of version 2 has no
    // migration back (version 1 declares none), so it is kept, and version 1's `act`
    // finds no `hp` in it.
    assert_eq!(catalog.rollback(), Ok(3));
    let mut fresh = Scripted::new(Arc::clone(&catalog), "npc", 3);
    assert_eq!(fresh.call::<i64>("act", 1), Ok(9));
    let error = early.call::<i64>("act", 1).unwrap_err();
    assert!(
        error.to_string().starts_with("script npc.lua:5:"),
        "names the script and line: {error}"
    );
}

#[test]
fn an_endless_loop_ends_its_call_alone_naming_its_line() {
    let looping = r#"
local M = { version = "1" }
function M.init(seed) return { n = 0 } end
function M.act(s, hit)
  if hit == 13 then
    while true do s.n = s.n + 1 end
  end
  return hit
end
return M
"#;
    let catalog = catalog(looping);
    let mut stuck = Scripted::new(Arc::clone(&catalog), "npc", 1);
    let mut fine = Scripted::new(Arc::clone(&catalog), "npc", 2);
    let error = stuck.call::<i64>("act", 13).unwrap_err();
    assert!(
        matches!(&error, ScriptError::Failed(reason) if reason.starts_with("npc.lua:6: ran out of its")),
        "{error}"
    );
    assert_eq!(
        fine.call::<i64>("act", 1),
        Ok(1),
        "the VM still serves others"
    );
}

#[test]
fn errors_name_the_script_and_line_and_memory_is_bounded() {
    let failing = r#"
local M = { version = "1" }
function M.init(seed) return {} end
function M.act(s, what)
  if what == 1 then return s.missing.field end
  if what == 2 then
    local t = {}
    for i = 1, 1e9 do t[i] = string.rep("x", 1024) .. i end
  end
  return 0
end
return M
"#;
    let catalog = catalog(failing);
    let mut process = Scripted::new(Arc::clone(&catalog), "npc", 1);
    let error = process.call::<i64>("act", 1).unwrap_err().to_string();
    assert!(
        error.starts_with("script npc.lua:5: attempt to index nil"),
        "{error}"
    );
    let error = process.call::<i64>("act", 2).unwrap_err().to_string();
    assert!(
        error.contains("ran out of memory") || error.contains("ran out of its"),
        "a runaway allocation is stopped: {error}"
    );
    let mut other = Scripted::new(Arc::clone(&catalog), "npc", 2);
    assert_eq!(other.call::<i64>("act", 0), Ok(0));
}

#[test]
fn a_script_sees_no_files_no_loader_and_its_own_random_source() {
    let probing = r#"
local M = { version = "1" }
function M.init(seed) return {} end
function M.act(s, what)
  if what == 1 then return (io == nil and os == nil and loadstring == nil and require == nil) and 1 or 0 end
  if what == 2 then math.floor = nil return 0 end
  return random(1000000)
end
return M
"#;
    let catalog = catalog(probing);
    let mut a = Scripted::new(Arc::clone(&catalog), "npc", 42);
    assert_eq!(
        a.call::<i64>("act", 1),
        Ok(1),
        "no io, os, loadstring, require"
    );
    let error = a.call::<i64>("act", 2).unwrap_err().to_string();
    assert!(
        error.contains("readonly"),
        "the libraries are read-only: {error}"
    );
    // The same seed draws the same numbers; another seed others.
    let draws = |seed| {
        let mut process = Scripted::new(Arc::clone(&catalog), "npc", seed);
        (0..5)
            .map(|_| process.call::<i64>("act", 0).unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(draws(7), draws(7));
    assert_ne!(draws(7), draws(8));
}

#[test]
fn a_release_may_leave_a_script_out_but_holds_no_unknown_one() {
    let known: &[(&str, &[&str])] = &[("npc", &["init", "act"]), ("other", &["init"])];
    assert_eq!(check(&[source("npc", V1)], known), Ok(()));
    let refused = check(&[source("npc2", V1)], known).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "npc2.lua is no script of this game (it runs npc.lua, other.lua)"
    );
    // A process whose script the current release leaves out is told so.
    let catalog = catalog(V1);
    let mut process = Scripted::new(Arc::clone(&catalog), "npc", 1);
    assert!(process.available());
    let other = source("other", "return { init = function() return {} end }");
    catalog
        .install(vec![other], |sources| check(sources, known))
        .unwrap();
    assert!(!process.available(), "npc.lua is not in release 2");
}
