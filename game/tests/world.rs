//! The world through a real node (in this process) and the Rust client: group chat,
//! group limits, and bad group requests.

use std::net::SocketAddr;
use std::time::Duration;

use hearth_game::client::{Client, ClientError};
use hearth_game::node::{GameNode, NodeOptions};
use hearth_game::proto::request::Body;
use hearth_game::proto::{self, ErrorCode, GroupKind, push};
use hearth_game::world::org::TEAM_MEMBERS_MAX;

fn node() -> GameNode {
    let mut options = NodeOptions::standalone();
    options.shards = 2;
    options.pin = false;
    options.gate.listen = SocketAddr::from(([127, 0, 0, 1], 0));
    GameNode::start(options).expect("node starts")
}

fn logged_in(node: &GameNode, user: &str) -> Client {
    let mut client = Client::connect(node.client_listen().unwrap()).unwrap();
    client.set_timeout(Some(Duration::from_secs(10))).unwrap();
    client.login(user, "").unwrap();
    client
}

fn join(client: &mut Client, kind: GroupKind, group: u64) -> Result<proto::Reply, ClientError> {
    client.request(Body::JoinGroup(proto::JoinGroup {
        kind: kind as i32,
        group,
    }))
}

fn say(client: &mut Client, kind: GroupKind, text: &str) -> Result<proto::Reply, ClientError> {
    client.request(Body::GroupSay(proto::GroupSay {
        kind: kind as i32,
        text: text.into(),
    }))
}

fn code(result: Result<proto::Reply, ClientError>) -> ErrorCode {
    match result {
        Err(ClientError::Failed { code, .. }) => code,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_group_line_reaches_every_member_once_and_only_members() {
    let node = node();
    let mut members: Vec<Client> = (0..5).map(|n| logged_in(&node, &format!("g{n}"))).collect();
    let mut outsider = logged_in(&node, "outsider");
    for member in &mut members {
        join(member, GroupKind::GroupGuild, 42).unwrap();
    }
    join(&mut outsider, GroupKind::GroupGuild, 43).unwrap();
    say(&mut members[0], GroupKind::GroupGuild, "hello guild").unwrap();
    say(&mut members[3], GroupKind::GroupGuild, "second").unwrap();
    let speaker = members[0].player_id();
    for member in &mut members {
        let mut lines = Vec::new();
        for _ in 0..2 {
            match member.next_push().unwrap().body {
                Some(push::Body::GroupLine(line)) => lines.push(line),
                other => panic!("expected a group line, got {other:?}"),
            }
        }
        assert_eq!(lines[0].text, "hello guild");
        assert_eq!(lines[0].from_player, speaker);
        assert_eq!(lines[0].group, 42);
        assert_eq!(lines[0].kind, GroupKind::GroupGuild as i32);
        assert_eq!(lines[1].text, "second", "lines arrive in the order said");
    }
    // The outsider's guild is another one: nothing arrived for it.
    outsider
        .set_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    assert!(outsider.next_push().is_err());
    node.shutdown(Duration::from_secs(1));
}

#[test]
fn teams_are_bounded_and_bad_group_requests_are_refused() {
    let node = node();
    let mut players: Vec<Client> = (0..=TEAM_MEMBERS_MAX)
        .map(|n| logged_in(&node, &format!("t{n}")))
        .collect();
    for player in players.iter_mut().take(TEAM_MEMBERS_MAX) {
        join(player, GroupKind::GroupTeam, 7).unwrap();
    }
    let last = players.last_mut().unwrap();
    assert_eq!(
        code(join(last, GroupKind::GroupTeam, 7)),
        ErrorCode::ErrorInvalid
    );
    // Saying to a team before joining one, an unknown kind, a group id out of range.
    assert_eq!(
        code(say(last, GroupKind::GroupTeam, "hi")),
        ErrorCode::ErrorInvalid
    );
    assert_eq!(
        code(say(last, GroupKind::GroupUnspecified, "hi")),
        ErrorCode::ErrorInvalid
    );
    assert_eq!(
        code(join(last, GroupKind::GroupGuild, 0)),
        ErrorCode::ErrorInvalid
    );
    assert_eq!(
        code(say(last, GroupKind::GroupGuild, &"x".repeat(300))),
        ErrorCode::ErrorInvalid
    );
    // A member who moves to another team no longer hears the first.
    join(&mut players[1], GroupKind::GroupTeam, 8).unwrap();
    say(&mut players[0], GroupKind::GroupTeam, "team 7 only").unwrap();
    assert!(matches!(
        players[0].next_push().unwrap().body,
        Some(push::Body::GroupLine(_))
    ));
    players[1]
        .set_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    assert!(players[1].next_push().is_err());
    node.shutdown(Duration::from_secs(1));
}
