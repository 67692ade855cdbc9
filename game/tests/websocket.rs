//! The WebSocket port (issue 17): the protocol's frames, one per binary message, for
//! browser clients; what is not one whole frame per binary message ends the connection.

mod support;

use std::net::TcpStream;
use std::time::Duration;

use hearth_protocol::reply::Body as ReplyBody;
use hearth_protocol::{self as proto, MessageId};
use prost::Message as _;
use support::{start, ticket};
use tungstenite::{Message, WebSocket};

/// How long a test waits for a message.
const WAIT: Duration = Duration::from_secs(10);

fn node() -> support::NodeProcess {
    start(&[
        "--client-listen",
        "127.0.0.1:0",
        "--ws-listen",
        "127.0.0.1:0",
        "--admin-listen",
        "off",
    ])
}

fn connect(node: &support::NodeProcess) -> WebSocket<TcpStream> {
    let addr = node.ws.expect("a WebSocket port");
    let stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let (ws, _) = tungstenite::client(format!("ws://{addr}/"), stream).expect("the upgrade");
    ws
}

fn send(ws: &mut WebSocket<TcpStream>, id: MessageId, message: &impl prost::Message) {
    let mut frame = Vec::new();
    proto::encode_into(&mut frame, id, message);
    ws.send(Message::binary(frame)).unwrap();
}

/// The next frame: its id and payload (each message must be exactly one frame).
fn next(ws: &mut WebSocket<TcpStream>) -> (u16, Vec<u8>) {
    loop {
        match ws.read().expect("a message") {
            Message::Binary(bytes) => {
                let length = u32::from_le_bytes(bytes[..4].try_into().unwrap()) as usize;
                assert_eq!(length + 4, bytes.len(), "one whole frame per message");
                let id = u16::from_le_bytes(bytes[4..6].try_into().unwrap());
                return (id, bytes[6..].to_vec());
            }
            Message::Ping(_) | Message::Pong(_) => {}
            other => panic!("expected a binary message, got {other:?}"),
        }
    }
}

#[test]
fn a_browser_client_logs_in_and_plays_over_websocket() {
    let node = node();
    let mut ws = connect(&node);
    send(
        &mut ws,
        MessageId::Hello,
        &proto::Hello {
            protocol_version: 1,
            client: "ws-test".into(),
        },
    );
    assert_eq!(next(&mut ws).0, MessageId::Welcome as u16);
    let login = proto::Login {
        user: "alice".into(),
        password: ticket("alice"),
        ..Default::default()
    };
    send(&mut ws, MessageId::Login, &login);
    let (id, payload) = next(&mut ws);
    if id == MessageId::Bye as u16 {
        panic!(
            "login refused: {:?}",
            proto::Bye::decode(payload.as_slice())
        );
    }
    assert_eq!(id, MessageId::LoginOk as u16);
    let ok = proto::LoginOk::decode(payload.as_slice()).unwrap();
    // Two requests written back to back arrive as two messages, answered as two.
    for n in 1..=2u64 {
        let echo = proto::Echo {
            payload: format!("ws {n}").into_bytes(),
        };
        let request = proto::Request {
            id: n,
            body: Some(proto::request::Body::Echo(echo)),
        };
        send(&mut ws, MessageId::Request, &request);
    }
    for n in 1..=2u64 {
        let (id, payload) = next(&mut ws);
        assert_eq!(id, MessageId::Reply as u16);
        let reply = proto::Reply::decode(payload.as_slice()).unwrap();
        assert_eq!(reply.id, n);
        assert!(
            matches!(reply.body, Some(ReplyBody::Echo(echo)) if echo.payload == format!("ws {n}").into_bytes())
        );
    }
    // A whisper from a TCP client arrives as a push over WebSocket.
    let mut bob = support::logged_in(node.clients(), "bob");
    bob.request(proto::request::Body::Whisper(proto::Whisper {
        to_player: ok.player_id,
        text: "hi".into(),
    }))
    .unwrap();
    let (id, payload) = next(&mut ws);
    assert_eq!(id, MessageId::Push as u16);
    let push = proto::Push::decode(payload.as_slice()).unwrap();
    assert!(matches!(push.body, Some(proto::push::Body::Whisper(line)) if line.text == "hi"));
}

#[test]
fn what_is_not_one_frame_per_binary_message_ends_the_connection() {
    let node = node();
    let mut ping = Vec::new();
    proto::encode_into(&mut ping, MessageId::Ping, &proto::Ping { nonce: 1 });
    let cases = [
        ("a text message", Message::text("hello")),
        (
            "two frames in one message",
            Message::binary([ping.clone(), ping.clone()].concat()),
        ),
        ("half a frame", Message::binary(ping[..5].to_vec())),
    ];
    for (what, message) in cases {
        let mut ws = connect(&node);
        ws.send(message).unwrap();
        let ended = loop {
            match ws.read() {
                Ok(Message::Close(_)) | Err(_) => break true,
                Ok(Message::Binary(_)) => panic!("{what}: answered"),
                Ok(_) => {}
            }
        };
        assert!(ended, "{what}");
    }
    // A good ping still gets its pong on a fresh connection.
    let mut ws = connect(&node);
    ws.send(Message::binary(ping)).unwrap();
    assert_eq!(next(&mut ws).0, MessageId::Pong as u16);
}
