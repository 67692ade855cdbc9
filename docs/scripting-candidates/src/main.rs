//! Scripting host candidates measured the way Hearth would use them: one VM per shard,
//! a state table per process in the registry, a handler call per decision, a step
//! budget per call.
use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

use mlua::{Function, Lua, LuaOptions, RegistryKey, StdLib, Table, VmState};

const SCRIPT: &str = r#"
local M = {}
function M.init(id)
  return { id = id, x = 0, y = 0, mind = id * 2654435761 % 4294967296, ticks = 0 }
end
-- light decision: a few steps of a generator, pick a direction
function M.light(s)
  local m = s.mind
  for _ = 1, 4 do m = (m * 1103515245 + 12345) % 2147483648 end
  s.mind = m
  s.ticks = s.ticks + 1
  local d = m % 4
  if d == 0 then s.x = s.x + 1 elseif d == 1 then s.x = s.x - 1 elseif d == 2 then s.y = s.y + 1 else s.y = s.y - 1 end
  return d
end
-- heavy decision: 1024 rounds of mixing (the Rust default's heavy_work(1))
function M.heavy(s)
  local acc = s.mind
  for round = 1, 1024 do
    acc = (acc * 1103515245 + round) % 2147483648
  end
  s.mind = acc
  return acc
end
return M
"#;

fn vm() -> Lua {
    let lua = Lua::new_with(StdLib::TABLE | StdLib::STRING | StdLib::MATH, LuaOptions::new()).unwrap();
    #[cfg(feature = "luau")]
    lua.sandbox(true).unwrap();
    lua
}

fn budget(lua: &Lua, left: Rc<Cell<i64>>, on: bool) {
    if !on {
        return;
    }
    #[cfg(feature = "luau")]
    lua.set_interrupt(move |_| {
        let n = left.get() - 1;
        left.set(n);
        if n < 0 { Err(mlua::Error::runtime("budget")) } else { Ok(VmState::Continue) }
    });
    #[cfg(not(feature = "luau"))]
    lua.set_global_hook(mlua::HookTriggers::new().every_nth_instruction(1000), move |_, _| {
        let n = left.get() - 1000;
        left.set(n);
        if n < 0 { Err(mlua::Error::runtime("budget")) } else { Ok(VmState::Continue) }
    }).unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let budgeted = args.iter().any(|a| a == "--budget");
    let processes: usize = 10_000;
    // Memory: a bare VM, the module, then 10,000 state tables in the registry.
    let lua = vm();
    let bare = lua.used_memory();
    let module: Table = lua.load(SCRIPT).set_name("=ai.lua").eval().unwrap();
    let with_module = lua.used_memory();
    let init: Function = module.get("init").unwrap();
    let light: Function = module.get("light").unwrap();
    let heavy: Function = module.get("heavy").unwrap();
    let keys: Vec<RegistryKey> = (0..processes)
        .map(|id| {
            let state: Table = init.call(id as i64).unwrap();
            lua.create_registry_value(state).unwrap()
        })
        .collect();
    lua.gc_collect().unwrap();
    let with_states = lua.used_memory();
    let left = Rc::new(Cell::new(i64::MAX));
    budget(&lua, Rc::clone(&left), budgeted);
    // Calls: light over every process, 50 rounds; heavy over every process, 5 rounds.
    let t = Instant::now();
    let mut calls = 0u64;
    for _ in 0..50 {
        for key in &keys {
            left.set(100_000);
            let state: Table = lua.registry_value(key).unwrap();
            let _: i64 = light.call(state).unwrap();
            calls += 1;
        }
    }
    let light_ns = t.elapsed().as_nanos() as f64 / calls as f64;
    let t = Instant::now();
    let mut calls = 0u64;
    for _ in 0..5 {
        for key in &keys {
            left.set(100_000);
            let state: Table = lua.registry_value(key).unwrap();
            let _: f64 = heavy.call(state).unwrap();
            calls += 1;
        }
    }
    let heavy_ns = t.elapsed().as_nanos() as f64 / calls as f64;
    // An endless loop stops within its budget.
    let endless: Function = lua.load("return function() while true do end end").set_name("=loop.lua").eval().unwrap();
    left.set(1_000_000);
    let t = Instant::now();
    let stopped = budgeted && endless.call::<()>(()).is_err();
    let endless_ms = t.elapsed().as_secs_f64() * 1e3;
    // Rust reference: the same light and heavy work in Rust.
    let t = Instant::now();
    let mut m: u64 = 7;
    for _ in 0..(50 * processes) { for _ in 0..4 { m = (m.wrapping_mul(1103515245) + 12345) % 2147483648; } std::hint::black_box(m); }
    let rust_light_ns = t.elapsed().as_nanos() as f64 / (50 * processes) as f64;
    println!(
        "engine={} budget={} vm_bytes={} module_bytes={} state_bytes_per_process={:.0} light_ns={:.0} heavy_ns={:.0} rust_light_ns={:.1} endless_stopped={} endless_ms={:.1}",
        if cfg!(feature = "luau") { "luau" } else { "lua54" },
        budgeted,
        bare,
        with_module - bare,
        (with_states - with_module) as f64 / processes as f64,
        light_ns,
        heavy_ns,
        rust_light_ns,
        stopped,
        endless_ms,
    );
}
