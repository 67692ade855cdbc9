//! AI entities deciding by the `ai` script: a reload changes how they walk with no
//! restart, and an endless loop in one entity's turn ends that entity alone, naming the
//! script's line; its supervisor starts it again.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_engine::{
    Ctx, ExitReason, Node, NodeConfig, NodeHandle, Pid, Process, SupervisorMsg, SystemMsg,
};
use hearth_scripts::{Catalog, Source};
use hearth_world::ai::AiSpec;
use hearth_world::{AI_SUPERVISOR_NAME, World, rules};
use support::TestPort;

/// How long a test waits for what it expects.
const WAIT: Duration = Duration::from_secs(10);

/// The shipped `ai` script with `light` replaced: every light decision walks east
/// (direction 0), and version 2 migrates version 1's state unchanged.
const EASTWARD: &str = r#"
local M = { version = "2" }
function M.init(seed) return { id = seed, mind = seed + 1 } end
function M.migrate(from, s) s.id = s.id or 0 return s end
function M.light(s) return 0 end
function M.heavy(s, work)
  local acc = s.mind
  for round = 1, 1024 * work do acc = (acc * 48271 + round) % 2147483647 end
  s.mind = acc + 1
  return acc
end
return M
"#;

/// Entity 2 loops for ever in its light decision (line 5); the others walk north.
const LOOPS_ON_TWO: &str = r#"
local M = { version = "3" }
function M.init(seed) return { id = seed } end
function M.light(s)
  while s.id == 2 do end
  return 2
end
function M.heavy(s, work) return 0 end
return M
"#;

fn source(text: &str) -> Vec<Source> {
    vec![Source {
        name: rules::AI_SCRIPT.to_owned(),
        text: text.into(),
    }]
}

/// A one-shard node running the world with `scripts`.
fn node(scripts: &Arc<Catalog>) -> Node {
    let port = TestPort::port();
    let mut config = NodeConfig {
        name: "scripted".into(),
        shards: 1,
        pin: false,
        ..NodeConfig::default()
    };
    let store = hearth_world::StoreSlot::default();
    let catalog = Some(Arc::clone(scripts));
    hearth_world::install(&mut config, Arc::clone(&port), Arc::clone(&store), catalog);
    let node = Node::start(config).expect("the node starts");
    let world = World {
        scripts: Some(Arc::clone(scripts)),
        ..World::default()
    };
    hearth_world::start_with(&node.handle(), port, store, world).expect("the world starts");
    node
}

/// Starts AI entities 1..=`count` under the `ai` supervisor, 100 decisions a second.
fn start_ais(node: &NodeHandle, count: u64) {
    for id in 1..=count {
        start_ai(node, id);
    }
}

/// Starts the AI entity `id` under the `ai` supervisor, 100 decisions a second.
fn start_ai(node: &NodeHandle, id: u64) {
    let spec = AiSpec {
        id,
        light_per_s: 100,
        heavy_per_s: 10,
        heavy_work: 1,
    };
    node.run_on(0, move |ctx| {
        let supervisor = ctx.whereis(AI_SUPERVISOR_NAME).expect("the ai supervisor");
        let start = SupervisorMsg::StartChild {
            args: Arc::new(spec),
            reply: None,
        };
        ctx.send(hearth_engine::Addr::from_pid(supervisor), start)
            .unwrap();
    })
    .unwrap();
}

/// The AI entities running now (the `ai` supervisor's children).
fn ais(node: &NodeHandle) -> Vec<Pid> {
    let supervisor = node
        .run_on(0, |ctx| ctx.whereis(AI_SUPERVISOR_NAME))
        .unwrap()
        .expect("the ai supervisor");
    let info = node.process_info(supervisor, WAIT).unwrap().unwrap();
    info.status
        .children()
        .iter()
        .filter_map(|child| child.pid)
        .collect()
}

/// The status field `key` of `pid`.
fn field(node: &NodeHandle, pid: Pid, key: &str) -> Option<String> {
    let info = node.process_info(pid, WAIT).ok()??;
    info.status
        .fields()
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, value)| value.clone())
}

/// `(ticks, position)` of an entity.
fn progress(node: &NodeHandle, pid: Pid) -> (u64, (i64, i64)) {
    let ticks = field(node, pid, "ticks").unwrap().parse().unwrap();
    let position = field(node, pid, "position").unwrap();
    let (x, y) = position
        .trim_matches(|c| c == '(' || c == ')')
        .split_once(", ")
        .unwrap();
    (ticks, (x.parse().unwrap(), y.parse().unwrap()))
}

/// Waits until `done` holds, failing with `what` after [`WAIT`].
fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !done() {
        assert!(Instant::now() < deadline, "waited {WAIT:?} for {what}");
        std::thread::yield_now();
    }
}

#[test]
fn a_reload_changes_how_every_entity_walks_without_a_restart() {
    let scripts = Arc::new(Catalog::new(rules::defaults(), rules::check).unwrap());
    let node = node(&scripts);
    let handle = node.handle();
    start_ais(&handle, 3);
    wait_until("three entities", || ais(&handle).len() == 3);
    let entities = ais(&handle);
    for &ai in &entities {
        wait_until("a decision by release 1", || {
            field(&handle, ai, "decides_by")
                .is_some_and(|by| by.contains("release 1, version \"1\""))
        });
    }

    assert_eq!(scripts.install(source(EASTWARD), rules::check), Ok(2));
    for &ai in &entities {
        wait_until("a decision by release 2", || {
            field(&handle, ai, "decides_by")
                .is_some_and(|by| by.contains("release 2, version \"2\""))
        });
        let (ticks, (x, y)) = progress(&handle, ai);
        wait_until("twenty more decisions", || {
            progress(&handle, ai).0 >= ticks + 20
        });
        let (_, (later_x, later_y)) = progress(&handle, ai);
        assert_eq!(later_y, y, "release 2 walks east only");
        assert!(later_x > x, "release 2 walks east: {x} then {later_x}");
    }
    assert_eq!(ais(&handle), entities, "no entity was restarted");
    node.shutdown();
}

/// Forwards the DOWN of the process it monitors.
struct Watcher {
    watched: Pid,
    down: flume::Sender<ExitReason>,
}

impl Process for Watcher {
    type Msg = ();
    fn init(&mut self, ctx: &mut Ctx<'_, Self>) -> Result<(), ExitReason> {
        ctx.monitor(self.watched);
        Ok(())
    }
    fn handle(&mut self, (): (), _: &mut Ctx<'_, Self>) {}
    fn handle_system(&mut self, message: SystemMsg, _: &mut Ctx<'_, Self>) {
        if let SystemMsg::Down { reason, .. } = message {
            let _ = self.down.send(reason);
        }
    }
}

#[test]
fn an_endless_loop_ends_its_entity_alone_and_its_supervisor_starts_it_again() {
    let scripts = Arc::new(Catalog::new(source(LOOPS_ON_TWO), rules::check).unwrap());
    // Entity 2 is started alone first, so its pid is known before it loops.
    let node = node(&scripts);
    let handle = node.handle();
    start_ais(&handle, 1);
    wait_until("entity 1", || ais(&handle).len() == 1);
    let first = ais(&handle)[0];
    wait_until("entity 1's decisions", || progress(&handle, first).0 > 0);

    start_ai(&handle, 2);
    let text = reason_of_a_death(&handle, first);
    assert!(
        text.contains("AI 2: script ai.lua:5: ran out of its"),
        "the reason names the entity, the script and its line: {text}"
    );
    // Entity 1 goes on deciding, on the same pid; entity 2 is started again.
    let (ticks, _) = progress(&handle, first);
    wait_until("entity 1's next decisions", || {
        progress(&handle, first).0 > ticks + 5
    });
    assert!(ais(&handle).contains(&first));
    wait_until("entity 2 started again", || ais(&handle).len() == 2);
    node.shutdown();
}

/// The exit reason of an incarnation of the entity that is not `spared`: each one
/// loops at its first decision, so one is watched after another until a watcher sees
/// one die (an incarnation that died before its watcher came gives `noproc`).
fn reason_of_a_death(handle: &NodeHandle, spared: Pid) -> String {
    let deadline = Instant::now() + WAIT;
    loop {
        assert!(
            Instant::now() < deadline,
            "no incarnation of entity 2 was seen dying"
        );
        let Some(other) = ais(handle).into_iter().find(|pid| *pid != spared) else {
            std::thread::yield_now();
            continue;
        };
        let (down, downs) = flume::bounded(1);
        handle
            .spawn(
                0,
                Watcher {
                    watched: other,
                    down,
                },
            )
            .unwrap();
        let reason = downs.recv_timeout(WAIT).expect("the watched entity ends");
        if reason != ExitReason::NoProc {
            return reason.to_string();
        }
    }
}
