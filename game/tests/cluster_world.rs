//! One world over two App nodes and a Gate node (three engine nodes in this process,
//! talking over loopback TCP): players whose Persons run on different App nodes see each
//! other across a cell border whose two cells run on different nodes, follow each other
//! through a handover, share one guild and fight in one battle. Every keyed process
//! exists once in the cluster.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use hearth_engine::{NodeId, Pid};
use hearth_game::node::{GameNode, NodeOptions, Role, StoreChoice};
use hearth_net::Cookie;
use hearth_protocol::client::{Client, ClientError};
use hearth_protocol::request::Body;
use hearth_protocol::{self as proto, GroupKind, push};
use hearth_world::cell::{CELL_HOST_NAME, cell_band, cell_name};
use hearth_world::org::{GroupKind as OrgKind, ORG_DIRECTORY_NAME, OrgKey, org_name};
use hearth_world::person::{cell_of, person_name};
use hearth_world::service_name;

mod support;
use support::go;

/// How long the cluster may take to connect and share its names.
const SETTLE: Duration = Duration::from_secs(10);

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

fn options(role: Role, name: &str, join: Vec<SocketAddr>) -> NodeOptions {
    let mut options = NodeOptions::standalone();
    // These tests are about play, not storage: players start fresh.
    options.store = StoreChoice::None;
    options.role = role;
    options.name = name.to_owned();
    options.shards = 1;
    options.pin = false;
    options.cookie = Some(Cookie::new("cluster-world-test"));
    options.join = join;
    options.gate.listen = loopback();
    options.gate.auth = hearth_gate::Auth::tickets(support::LOGIN_SECRET.as_bytes());
    if role == Role::App {
        options.listen = Some(loopback());
    }
    options
}

/// Where `name` resolves, as seen from `node`'s shard 0.
fn whereis(node: &GameNode, name: &str) -> Option<Pid> {
    let name = name.to_owned();
    node.node_handle()
        .run_on(0, move |ctx| ctx.whereis_global(&name))
        .unwrap()
}

/// Waits until `ready` holds, or fails with `what`.
fn settle(what: &str, ready: impl Fn() -> bool) {
    let started = Instant::now();
    while !ready() {
        assert!(started.elapsed() < SETTLE, "{what} within {SETTLE:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn logged_in(gate: &GameNode, user: &str) -> Client {
    let mut client = Client::connect(gate.client_listen().unwrap()).unwrap();
    client.set_timeout(Some(Duration::from_secs(10))).unwrap();
    support::log_in(&mut client, user).unwrap();
    client
}

/// Reads pushes until one satisfies `wanted`.
fn push_until(client: &mut Client, wanted: impl Fn(&push::Body) -> bool) -> push::Body {
    loop {
        let body = client.next_push().expect("a push in time").body;
        if let Some(body) = body.filter(&wanted) {
            return body;
        }
    }
}

fn sees(player: u64, at: (i32, i32)) -> impl Fn(&push::Body) -> bool {
    move |body| {
        matches!(body, push::Body::Aoi(aoi)
            if aoi.seen.iter().any(|s| s.player == player && (s.x, s.y) == at))
    }
}

fn battle_joined(reply: proto::Reply) -> proto::BattleJoined {
    match reply.body {
        Some(proto::reply::Body::BattleJoined(joined)) => joined,
        other => panic!("expected BattleJoined, got {other:?}"),
    }
}

/// Two App nodes and a Gate, connected, every world service known everywhere.
struct Cluster {
    app1: GameNode,
    app2: GameNode,
    gate: GameNode,
    apps: [NodeId; 2],
}

impl Cluster {
    fn start() -> Self {
        Self::start_storing(|_| StoreChoice::None)
    }

    /// A cluster whose App nodes store as `store` says (by node name).
    fn start_storing(store: impl Fn(&str) -> StoreChoice) -> Self {
        let app = |name: &str, join: Vec<SocketAddr>| {
            let mut options = options(Role::App, name, join);
            options.store = store(name);
            GameNode::start(options).unwrap()
        };
        let app1 = app("app1", Vec::new());
        let seed = app1.node_listen().unwrap();
        let app2 = app("app2", vec![seed]);
        let gate = GameNode::start(options(Role::Gate, "gate", vec![seed])).unwrap();
        let apps = [app1.node_handle().node_id(), app2.node_handle().node_id()];
        settle("the gate sees both app nodes", || {
            gate.cluster().unwrap().up().len() == 2
        });
        for service in [CELL_HOST_NAME, ORG_DIRECTORY_NAME] {
            for app in &apps {
                let name = service_name(service, *app);
                settle(&format!("{name} is known everywhere"), || {
                    [&app1, &app2, &gate]
                        .iter()
                        .all(|node| whereis(node, &name).is_some())
                });
            }
        }
        Self {
            app1,
            app2,
            gate,
            apps,
        }
    }

    /// Logs in until one player's Person runs on each App node: (on app1, on app2).
    fn players(&self) -> (Client, Client) {
        let mut placed: [Option<Client>; 2] = [None, None];
        for n in 0..32 {
            if placed.iter().all(Option::is_some) {
                break;
            }
            let client = logged_in(&self.gate, &format!("player{n}"));
            let person = whereis(&self.gate, &person_name(client.player_id())).expect("a Person");
            let slot = self
                .apps
                .iter()
                .position(|app| *app == person.node())
                .unwrap();
            placed[slot].get_or_insert(client);
        }
        let [Some(first), Some(second)] = placed else {
            panic!("the gate placed Persons on both app nodes");
        };
        (first, second)
    }

    /// The App node that is the home of `cell`.
    fn home(&self, cell: u32) -> NodeId {
        let mut sorted = self.apps;
        sorted.sort_unstable();
        sorted[cell_band(cell) as usize % sorted.len()]
    }
}

fn join_guild(client: &mut Client, group: u64) {
    client
        .request(Body::JoinGroup(proto::JoinGroup {
            kind: GroupKind::GroupGuild as i32,
            group,
        }))
        .unwrap();
}

fn guild_name(id: u64) -> String {
    org_name(OrgKey {
        kind: OrgKind::Guild,
        id,
    })
}

fn say_to_guild(client: &mut Client, text: &str) -> Result<proto::Reply, ClientError> {
    client.request(Body::GroupSay(proto::GroupSay {
        kind: GroupKind::GroupGuild as i32,
        text: text.into(),
    }))
}

#[test]
fn players_on_two_app_nodes_share_one_world() {
    let cluster = Cluster::start();
    let (app1, app2, apps) = (&cluster.app1, &cluster.app2, cluster.apps);
    let (mut alice, mut bob) = cluster.players();
    let (a, b) = (alice.player_id(), bob.player_id());

    // y = 10 and y = -10 lie in neighbouring rows of cells in different bands, so their
    // cells have different home nodes. Each player stands in the cell whose home is the
    // *other* player's node: neither cell starts where its first visitor's Person runs.
    let home = |cell: u32| cluster.home(cell);
    let (alice_y, bob_y) = if home(cell_of(10, 10)) == apps[1] {
        (10, -10)
    } else {
        (-10, 10)
    };
    let alice_cell = go(&mut alice, 10, alice_y);
    let bob_cell = go(&mut bob, 10, bob_y);
    push_until(&mut alice, sees(b, (10, bob_y)));
    push_until(&mut bob, sees(a, (10, alice_y)));
    for (cell, expected) in [(alice_cell, apps[1]), (bob_cell, apps[0])] {
        let pid = whereis(app1, &cell_name(cell)).expect("the cell runs");
        assert_eq!(
            whereis(app2, &cell_name(cell)),
            Some(pid),
            "one cell {cell}"
        );
        assert_eq!(home(cell), expected);
        assert_eq!(
            pid.node(),
            expected,
            "cell {cell} runs on its band's home node"
        );
    }

    // Bob crosses into Alice's cell (a handover to a cell on the other node).
    assert_eq!(go(&mut bob, 20, alice_y), alice_cell);
    push_until(&mut alice, sees(b, (20, alice_y)));

    // One guild for both.
    join_guild(&mut alice, 77);
    join_guild(&mut bob, 77);
    let org = whereis(app1, &guild_name(77)).expect("the guild runs");
    assert_eq!(whereis(app2, &guild_name(77)), Some(org), "one guild");
    say_to_guild(&mut alice, "across nodes").unwrap();
    let line = push_until(&mut bob, |body| matches!(body, push::Body::GroupLine(_)));
    let push::Body::GroupLine(line) = line else {
        unreachable!()
    };
    assert_eq!((line.from_player, line.text.as_str()), (a, "across nodes"));

    // Alice opens a battle on her node; Bob, on the other, joins it and fights.
    let joined = battle_joined(
        alice
            .request(Body::BattleJoin(proto::BattleJoin { battle_id: 0 }))
            .unwrap(),
    );
    let bob_joined = battle_joined(
        bob.request(Body::BattleJoin(proto::BattleJoin {
            battle_id: joined.battle_id,
        }))
        .unwrap(),
    );
    assert_eq!(bob_joined.battle_id, joined.battle_id, "the same battle");
    let hit = bob
        .request(Body::BattleAction(proto::BattleAction { skill: 1 }))
        .unwrap();
    assert!(
        matches!(hit.body, Some(proto::reply::Body::BattleHit(_))),
        "{hit:?}"
    );

    let Cluster {
        app1, app2, gate, ..
    } = cluster;
    gate.shutdown(Duration::from_secs(1));
    app2.shutdown(Duration::from_secs(1));
    app1.shutdown(Duration::from_secs(1));
}

fn gold(client: &mut Client) -> u64 {
    match client
        .request(Body::Inventory(proto::Inventory {}))
        .unwrap()
        .body
    {
        Some(proto::reply::Body::Inventory(state)) => state.gold,
        other => panic!("expected an inventory, got {other:?}"),
    }
}

/// Two App nodes with an embedded store each cannot trade atomically: a trade between
/// their players is refused, and nothing moves (a cluster shares one PostgreSQL).
#[test]
fn a_trade_between_nodes_storing_in_different_databases_is_refused() {
    let base = std::env::temp_dir().join(format!("hearth-cluster-dbs-{}", std::process::id()));
    let cluster = Cluster::start_storing(|name| StoreChoice::Embedded(base.join(name)));
    let (mut alice, mut bob) = cluster.players();
    let (alice_gold, bob_gold) = (gold(&mut alice), gold(&mut bob));
    let offer = proto::TradeOffer {
        to_player: bob.player_id(),
        give_gold: 10,
        ..proto::TradeOffer::default()
    };
    let Some(proto::reply::Body::TradeOpened(opened)) =
        alice.request(Body::TradeOffer(offer)).unwrap().body
    else {
        panic!("expected TradeOpened");
    };
    push_until(&mut bob, |body| matches!(body, push::Body::TradeOffered(_)));
    let accept = proto::TradeAnswer {
        from_player: alice.player_id(),
        offer_id: opened.offer_id,
        accept: true,
    };
    let answered = bob.request(Body::TradeAnswer(accept));
    assert!(
        matches!(&answered, Err(ClientError::Failed { code, .. }) if *code == proto::ErrorCode::ErrorInvalid),
        "{answered:?}"
    );
    let closed = push_until(&mut alice, |body| {
        matches!(body, push::Body::TradeClosed(_))
    });
    let push::Body::TradeClosed(closed) = closed else {
        unreachable!("matched above");
    };
    assert_eq!(closed.outcome, proto::TradeOutcome::TradeFailed as i32);
    assert!(
        closed.reason.contains("another database"),
        "{}",
        closed.reason
    );
    assert_eq!((gold(&mut alice), gold(&mut bob)), (alice_gold, bob_gold));
    drop(cluster);
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn when_an_app_node_is_lost_the_other_keeps_the_world_going() {
    let cluster = Cluster::start();
    let [on_app1, on_app2] = cluster.apps;
    let (mut alice, mut bob) = cluster.players();
    // Alice (app1) stands in a cell whose home is app2, in a guild that runs on app2.
    let y = if cluster.home(cell_of(10, 10)) == on_app2 {
        10
    } else {
        -10
    };
    let cell = go(&mut alice, 10, y);
    let guild = (1..64)
        .find(|&id| {
            join_guild(&mut alice, id);
            whereis(&cluster.app1, &guild_name(id)).map(Pid::node) == Some(on_app2)
        })
        .expect("a guild id whose home is app2");
    join_guild(&mut bob, guild);
    let ran_on = whereis(&cluster.app1, &cell_name(cell)).expect("the cell runs");
    assert_eq!(ran_on.node(), on_app2);

    // app2 goes: Bob's session ends (his Person lived there); Alice plays on.
    let Cluster {
        app1, app2, gate, ..
    } = cluster;
    app2.shutdown(Duration::from_secs(1));
    // An in-process node's links are not closed when its shards stop: the gate sees app2
    // fall silent, and waits for it (hearth_gate's away window) before Bob's goodbye.
    let away = hearth_gate::process::AWAY_WINDOW_MAX;
    bob.set_timeout(Some(away + Duration::from_secs(10)))
        .unwrap();
    let told = loop {
        match bob.next_push() {
            Ok(_) => {}
            Err(error) => break error,
        }
    };
    assert_eq!(
        told.code(),
        Some(proto::ErrorCode::ErrorInternal),
        "bob is told his session ended: {told:?}"
    );
    settle("app2's names are gone", || {
        whereis(&app1, &cell_name(cell)) != Some(ran_on)
    });
    // Her next move starts the cell again, on app1 (the only App node left) ...
    assert_eq!(go(&mut alice, 20, y), cell);
    settle("the cell runs on app1", || {
        whereis(&app1, &cell_name(cell)).is_some_and(|pid| pid.node() == on_app1)
    });
    // ... and her Person rejoined the guild, which started again on app1: she is heard.
    settle("the guild runs on app1", || {
        whereis(&app1, &guild_name(guild)).is_some_and(|pid| pid.node() == on_app1)
    });
    say_to_guild(&mut alice, "still here").unwrap();
    let line = push_until(&mut alice, |body| matches!(body, push::Body::GroupLine(_)));
    assert!(matches!(line, push::Body::GroupLine(line) if line.text == "still here"));
    gate.shutdown(Duration::from_secs(1));
    app1.shutdown(Duration::from_secs(1));
}
