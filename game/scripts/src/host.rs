//! The Luau side: one VM per script on each shard, the module each runs, and one state
//! table per scripted process.
//!
//! # Contract
//!
//! | call ([`Scripted::call`]) | what happens |
//! |---|---|
//! | the catalog has a newer release than this shard's VM | the VM loads it first (once per shard and script); the module it replaces keeps no process |
//! | the process has no state yet | `init(seed)` makes it |
//! | its state was made under an older release whose script declares another `version` | `migrate(old_version, state)` turns it into the new one's (OTP's `code_change`), if the new script has one; otherwise the state is kept as it is |
//! | the function runs | with its own budget of [`STEPS_PER_CALL`] steps (calls and loop turns, the pattern matcher included) |
//! | it errors, runs out of steps or of memory | the call returns [`ScriptError`] naming script, line and cause; the caller ends its process with it (R2, R4). The VM and the other processes' states are untouched |
//!
//! Sandbox: Luau with `table`, `string`, `math` and `bit32` only, the globals read-only
//! (`sandbox(true)`), no `loadstring`, `require`, `getfenv`, `setfenv`, `print` or
//! `collectgarbage`; `random(n)` is the process's own deterministic generator (seeded from
//! its id), the only source of chance. A script sees its state and the arguments it is
//! given: no files, no sockets, no clock.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use hashbrown::HashMap;
use mlua::{
    FromLuaMulti, Function, IntoLuaMulti, Lua, LuaOptions, RegistryKey, StdLib, Table, Value,
    VmState,
};

use crate::catalog::{Catalog, Release};

/// Steps (function calls and loop turns) one call may take: the heavy decision takes
/// about 1,100; an endless loop is stopped after ~3 ms here.
pub const STEPS_PER_CALL: u32 = 200_000;
/// Memory one script's VM may hold on one shard (its module and all its processes'
/// states): past it, the call that asked fails and its process ends.
pub const VM_MEMORY_MAX: usize = 64 * 1024 * 1024;
/// Stack levels looked at for the running script's line when its budget runs out.
const STACK_LEVELS_SEARCHED: usize = 4;
/// Calls between two sweeps of the registry slots that ended processes left behind.
const CALLS_PER_SWEEP: u32 = 4096;

/// Why a script call failed: the exit reason of the process that made it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScriptError {
    /// The script failed: `script.lua:LINE: cause`.
    #[error("script {0}")]
    Failed(String),
    /// The release has no script of this name, or the script no such function.
    #[error("script {0}")]
    Missing(String),
}

/// The error of a budget run out, raised by the interrupt.
#[derive(Debug)]
struct OutOfSteps(String);

impl std::fmt::Display for OutOfSteps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: ran out of its {STEPS_PER_CALL} steps (an endless loop?)",
            self.0
        )
    }
}

impl std::error::Error for OutOfSteps {}

/// The random source of the process whose call runs (`None` between calls), shared
/// with the VM's `random`.
type Chance = Rc<Cell<Option<u64>>>;

/// One script's VM on one shard, with the module of the release it loaded.
struct Vm {
    lua: Lua,
    steps_left: Rc<Cell<u32>>,
    chance: Chance,
    release: u64,
    module: Option<Table>,
    /// The module's functions looked up so far (a handful), cleared with the module.
    functions: Vec<(String, Function)>,
    version: String,
    calls: u32,
}

impl Vm {
    fn new() -> mlua::Result<Self> {
        let chance: Chance = Rc::new(Cell::new(None));
        let lua = sandboxed(Rc::clone(&chance))?;
        let steps_left = Rc::new(Cell::new(STEPS_PER_CALL));
        let left = Rc::clone(&steps_left);
        lua.set_interrupt(move |lua| {
            let now = left.get();
            if now == 0 {
                return Err(mlua::Error::external(OutOfSteps(position(lua))));
            }
            left.set(now - 1);
            Ok(VmState::Continue)
        });
        lua.set_memory_limit(VM_MEMORY_MAX)?;
        Ok(Self {
            lua,
            steps_left,
            chance,
            release: 0,
            module: None,
            functions: Vec::new(),
            version: String::new(),
            calls: 0,
        })
    }

    /// Loads `script` of `release` if this VM runs an older one.
    fn follow(&mut self, release: &Release, script: &str) -> Result<(), ScriptError> {
        if self.release == release.version {
            return Ok(());
        }
        let source = release.source(script).ok_or_else(|| {
            ScriptError::Missing(format!(
                "{script}.lua is not in release {}",
                release.version
            ))
        })?;
        self.steps_left.set(STEPS_PER_CALL);
        let module = load_module(&self.lua, script, &source.text).map_err(ScriptError::Failed)?;
        self.version = module_version(&module);
        self.module = Some(module);
        self.functions.clear();
        self.release = release.version;
        Ok(())
    }

    fn function(&mut self, script: &str, name: &str) -> Result<Function, ScriptError> {
        if let Some((_, function)) = self.functions.iter().find(|(known, _)| known == name) {
            return Ok(function.clone());
        }
        let function = self.lookup(script, name)?;
        self.functions.push((name.to_owned(), function.clone()));
        Ok(function)
    }

    fn lookup(&self, script: &str, name: &str) -> Result<Function, ScriptError> {
        let module = self
            .module
            .as_ref()
            .ok_or_else(|| ScriptError::Missing(format!("{script}.lua")))?;
        module
            .get::<Option<Function>>(name)
            .ok()
            .flatten()
            .ok_or_else(|| ScriptError::Missing(format!("{script}.lua has no function {name}")))
    }

    /// Calls `function` with a fresh budget and the process's random source.
    fn call<R: FromLuaMulti>(
        &mut self,
        function: &Function,
        args: impl IntoLuaMulti,
        chance: &mut u64,
    ) -> Result<R, ScriptError> {
        self.steps_left.set(STEPS_PER_CALL);
        self.chance.set(Some(*chance));
        let result = function.call::<R>(args);
        if let Some(after) = self.chance.take() {
            *chance = after;
        }
        self.calls += 1;
        if self.calls.is_multiple_of(CALLS_PER_SWEEP) {
            self.lua.expire_registry_values();
        }
        result.map_err(|error| {
            if is_memory(&error) {
                // What the failed call allocated is garbage now: free it before the next
                // call meets the limit.
                let _ = self.lua.gc_collect();
            }
            ScriptError::Failed(reason(&error))
        })
    }
}

/// Where the running script is: `script.lua:LINE` of the innermost Lua frame.
fn position(lua: &Lua) -> String {
    (0..STACK_LEVELS_SEARCHED)
        .filter_map(|level| {
            lua.inspect_stack(level, |debug| {
                let source = debug.source().short_src?.into_owned();
                let line = debug.current_line()?;
                (source != "[C]").then(|| format!("{source}:{line}"))
            })
            .flatten()
        })
        .next()
        .unwrap_or_else(|| "?".to_owned())
}

/// A VM with the sandbox of the module docs.
fn sandboxed(chance: Chance) -> mlua::Result<Lua> {
    let lua = Lua::new_with(
        StdLib::TABLE | StdLib::STRING | StdLib::MATH | StdLib::BIT,
        LuaOptions::new(),
    )?;
    let globals = lua.globals();
    for name in [
        "loadstring",
        "require",
        "getfenv",
        "setfenv",
        "print",
        "collectgarbage",
        "gcinfo",
    ] {
        globals.raw_set(name, Value::Nil)?;
    }
    let random = lua.create_function(move |_, bound: i64| {
        let now = chance
            .get()
            .ok_or_else(|| mlua::Error::runtime("random: called outside a process's turn"))?;
        if bound < 1 {
            return Err(mlua::Error::runtime("random(n): n must be at least 1"));
        }
        // xorshift64*: deterministic per process, never zero.
        let mut x = now.max(1);
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        chance.set(Some(x));
        let drawn = x.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound.unsigned_abs();
        Ok(drawn as i64 + 1)
    })?;
    globals.raw_set("random", random)?;
    lua.sandbox(true)?;
    Ok(lua)
}

/// Runs `text` as the module `script`: it must return a table.
fn load_module(lua: &Lua, script: &str, text: &str) -> Result<Table, String> {
    let chunk = lua.load(text).set_name(format!("={script}.lua"));
    match chunk.eval::<Value>() {
        Ok(Value::Table(module)) => Ok(module),
        Ok(other) => Err(format!(
            "{script}.lua returns a {}, not its module table",
            other.type_name()
        )),
        Err(error) => Err(reason(&error)),
    }
}

/// The module's declared `version` (any printable value), or empty.
fn module_version(module: &Table) -> String {
    match module.get::<Value>("version") {
        Ok(Value::String(text)) => text.to_string_lossy(),
        Ok(Value::Integer(n)) => n.to_string(),
        Ok(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The first line of a Lua error (the traceback follows it), or the budget's own words.
fn reason(error: &mlua::Error) -> String {
    let mut cause = error;
    loop {
        match cause {
            mlua::Error::CallbackError { cause: inner, .. } => cause = inner,
            mlua::Error::WithContext { cause: inner, .. } => cause = inner,
            mlua::Error::ExternalError(external) => {
                if let Some(steps) = external.downcast_ref::<OutOfSteps>() {
                    return steps.to_string();
                }
                return external.to_string();
            }
            mlua::Error::MemoryError(_) => {
                return format!("ran out of memory (a VM holds at most {VM_MEMORY_MAX} bytes)");
            }
            mlua::Error::SyntaxError { message, .. } => return first_line(message),
            mlua::Error::RuntimeError(message) => return first_line(message),
            other => return first_line(&other.to_string()),
        }
    }
}

/// Whether `error` (or its cause) is Lua running out of memory.
fn is_memory(error: &mlua::Error) -> bool {
    match error {
        mlua::Error::MemoryError(_) => true,
        mlua::Error::CallbackError { cause, .. } | mlua::Error::WithContext { cause, .. } => {
            is_memory(cause)
        }
        _ => false,
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_owned()
}

/// Every script VM of this shard, by catalog (one node's) and script.
#[derive(Default)]
struct Host {
    vms: HashMap<(usize, &'static str), Vm>,
    /// Processes whose state moved to a newer release (migrated or kept), so far, by
    /// script.
    switched: HashMap<&'static str, u64>,
}

/// What the scripts of this shard hold and have done (call it on the shard).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ShardScripts {
    /// The shard's script VMs (all nodes' in this process).
    pub vms: usize,
    /// Bytes they hold: modules and every process's state.
    pub bytes: usize,
    /// Processes that switched to a newer release so far.
    pub switched: u64,
}

/// This shard's scripts (see [`ShardScripts`]).
pub fn shard_scripts() -> ShardScripts {
    shard_scripts_where(|_| true)
}

/// This shard's VMs of `script` (every node's in this process), and its processes.
pub fn shard_scripts_of(script: &str) -> ShardScripts {
    shard_scripts_where(|name| name == script)
}

fn shard_scripts_where(wanted: impl Fn(&str) -> bool) -> ShardScripts {
    HOST.with(|host| {
        let host = host.borrow();
        let vms = host.vms.iter().filter(|((_, script), _)| wanted(script));
        let (mut count, mut bytes) = (0, 0);
        for (_, vm) in vms {
            count += 1;
            bytes += vm.lua.used_memory();
        }
        let switched = host.switched.iter().filter(|(script, _)| wanted(script));
        ShardScripts {
            vms: count,
            bytes,
            switched: switched.map(|(_, switched)| switched).sum(),
        }
    })
}

thread_local! {
    static HOST: RefCell<Host> = RefCell::new(Host::default());
}

/// Checks a release before it is installed: every script is one of `known` (a name and
/// the functions it must export), loads in a fresh sandbox, returns its module table,
/// and exports its functions. A known script may be left out.
///
/// # Errors
/// The first script that fails, with its line and cause; a script of another name.
pub fn check(
    sources: &[crate::catalog::Source],
    known: &[(&str, &[&str])],
) -> Result<(), crate::catalog::LoadError> {
    use crate::catalog::LoadError;
    for source in sources {
        if !known.iter().any(|(script, _)| *script == source.name) {
            let names: Vec<String> = known
                .iter()
                .map(|(script, _)| format!("{script}.lua"))
                .collect();
            return Err(LoadError::Script(format!(
                "{}.lua is no script of this game (it runs {})",
                source.name,
                names.join(", ")
            )));
        }
    }
    for source in sources {
        let vm = Vm::new().map_err(|error| LoadError::Script(error.to_string()))?;
        vm.steps_left.set(STEPS_PER_CALL);
        let module = load_module(&vm.lua, &source.name, &source.text).map_err(LoadError::Script)?;
        let wanted = known
            .iter()
            .find(|(script, _)| *script == source.name)
            .map_or(&[][..], |(_, functions)| *functions);
        for function in wanted {
            if !matches!(module.get::<Value>(*function), Ok(Value::Function(_))) {
                return Err(LoadError::Script(format!(
                    "{}.lua does not export the function {function}",
                    source.name
                )));
            }
        }
    }
    Ok(())
}

/// A scripted process's side: which script, its state table, and its random source.
/// `Send`: the state lives in its shard's VM, reached by a registry key; a process never
/// leaves its shard.
pub struct Scripted {
    catalog: Arc<Catalog>,
    script: &'static str,
    chance: u64,
    seed: i64,
    /// The state, the release it was made or migrated under, and its script's version.
    state: Option<(RegistryKey, u64, String)>,
    /// The last release looked at, and whether it has this script.
    seen: (u64, bool),
}

impl Scripted {
    /// A process running `script` of `catalog`; `seed` feeds its `init` and its random
    /// source.
    pub fn new(catalog: Arc<Catalog>, script: &'static str, seed: u64) -> Self {
        Self {
            catalog,
            script,
            chance: seed ^ 0x9e37_79b9_7f4a_7c15,
            seed: seed as i64,
            state: None,
            seen: (0, false),
        }
    }

    /// Whether the current release has this process's script (one atomic load while
    /// the release stays the same). A world part whose script a release leaves out runs
    /// its Rust default.
    pub fn available(&mut self) -> bool {
        let version = self.catalog.version();
        if self.seen.0 != version {
            let has = self.catalog.current().source(self.script).is_some();
            self.seen = (version, has);
        }
        self.seen.1
    }

    /// The release the process's state is under (0 before its first call).
    pub fn release(&self) -> u64 {
        self.state.as_ref().map_or(0, |(_, release, _)| *release)
    }

    /// The script version its state is under (empty before its first call, or if the
    /// script declares none).
    pub fn version(&self) -> &str {
        self.state.as_ref().map_or("", |(_, _, version)| version)
    }

    /// Calls `function(state, args...)` of the current release (see the module docs).
    ///
    /// # Errors
    /// [`ScriptError`]: the process should end with it.
    pub fn call<R: FromLuaMulti>(
        &mut self,
        function: &str,
        args: impl IntoLuaMulti,
    ) -> Result<R, ScriptError> {
        let key = (Arc::as_ptr(&self.catalog) as usize, self.script);
        HOST.with(|host| {
            let mut host = host.borrow_mut();
            let vm = match host.vms.entry(key) {
                hashbrown::hash_map::Entry::Occupied(vm) => vm.into_mut(),
                hashbrown::hash_map::Entry::Vacant(slot) => {
                    slot.insert(Vm::new().map_err(|error| ScriptError::Failed(error.to_string()))?)
                }
            };
            // One atomic load on the common path; the catalog's lock only when a newer
            // release is out.
            if vm.release != self.catalog.version() {
                vm.follow(&self.catalog.current(), self.script)?;
            }
            let before = self.release();
            self.bring_state(vm)?;
            if before != 0 && before != self.release() {
                *host.switched.entry(self.script).or_default() += 1;
            }
            let vm = host.vms.get_mut(&key).expect("made above");
            let function = vm.function(self.script, function)?;
            let (state_key, _, _) = self.state.as_ref().expect("state made above");
            let state: Table = vm
                .lua
                .registry_value(state_key)
                .map_err(|error| ScriptError::Failed(reason(&error)))?;
            let args = args
                .into_lua_multi(&vm.lua)
                .map_err(|error| ScriptError::Failed(reason(&error)))?;
            let mut all = mlua::MultiValue::new();
            all.push_back(Value::Table(state));
            all.extend(args);
            vm.call(&function, all, &mut self.chance)
        })
    }

    /// Makes the state (`init`) or brings it to the VM's release (`migrate`).
    fn bring_state(&mut self, vm: &mut Vm) -> Result<(), ScriptError> {
        match &self.state {
            Some((_, release, _)) if *release == vm.release => Ok(()),
            Some((key, _, version)) => {
                let state: Table = vm
                    .lua
                    .registry_value(key)
                    .map_err(|error| ScriptError::Failed(reason(&error)))?;
                let migrated = if *version != vm.version && has(vm, "migrate") {
                    let migrate = vm.function(self.script, "migrate")?;
                    vm.call::<Table>(&migrate, (version.clone(), state), &mut self.chance)?
                } else {
                    state
                };
                let key = vm
                    .lua
                    .create_registry_value(migrated)
                    .map_err(|error| ScriptError::Failed(reason(&error)))?;
                self.state = Some((key, vm.release, vm.version.clone()));
                Ok(())
            }
            None => {
                let init = vm.function(self.script, "init")?;
                let state: Table = vm.call(&init, self.seed, &mut self.chance)?;
                let key = vm
                    .lua
                    .create_registry_value(state)
                    .map_err(|error| ScriptError::Failed(reason(&error)))?;
                self.state = Some((key, vm.release, vm.version.clone()));
                Ok(())
            }
        }
    }
}

fn has(vm: &Vm, function: &str) -> bool {
    vm.module
        .as_ref()
        .is_some_and(|module| matches!(module.get::<Value>(function), Ok(Value::Function(_))))
}
