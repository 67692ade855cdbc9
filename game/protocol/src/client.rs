//! A blocking Rust client of the client protocol (`docs/protocol.md`): for tools, bots
//! and tests. It keeps the session token and the last seq seen, so a dropped connection
//! can be resumed with [`Client::resume`].
//!
//! ```no_run
//! use hearth_protocol::client::Client;
//! use hearth_protocol::{Echo, request::Body};
//! let mut client = Client::connect("127.0.0.1:7400".parse().unwrap())?;
//! client.login("alice", "")?;
//! let reply = client.request(Body::Echo(Echo { payload: b"hi".to_vec() }))?;
//! # Ok::<(), hearth_protocol::client::ClientError>(())
//! ```

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use prost::Message;

use crate as proto;
use crate::{ErrorCode, FRAME_HEAD_BYTES, FrameHead, MessageId};

/// How long the client waits for the server by default.
pub const CLIENT_TIMEOUT_DEFAULT: Duration = Duration::from_secs(10);
/// Pushes kept while waiting for a reply.
pub const PUSHES_KEPT_MAX: usize = 4096;

/// What went wrong.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The connection failed or timed out.
    #[error("connection: {0}")]
    Io(#[from] std::io::Error),
    /// The server closed the session, saying why.
    #[error("server said goodbye: {code:?}: {message}")]
    Bye {
        /// Why.
        code: ErrorCode,
        /// Details.
        message: String,
    },
    /// A request failed.
    #[error("request {request_id} failed: {code:?}: {message}")]
    Failed {
        /// Why.
        code: ErrorCode,
        /// The request.
        request_id: u64,
        /// Details.
        message: String,
    },
    /// The server sent something this client does not understand.
    #[error("protocol: {0}")]
    Protocol(String),
}

impl ClientError {
    /// The protocol error code, for `Bye` and `Failed`.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Self::Bye { code, .. } | Self::Failed { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// One frame from the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// Answer to `Hello`.
    Welcome(proto::Welcome),
    /// The session is open.
    LoginOk(proto::LoginOk),
    /// The answer to a request.
    Reply(proto::Reply),
    /// Something the client did not ask for.
    Push(proto::Push),
    /// A failed request or refused frame.
    Error(proto::Error),
    /// The server closes the connection.
    Bye(proto::Bye),
    /// Answer to `Ping`.
    Pong(proto::Pong),
}

/// A connection to a gate.
pub struct Client {
    stream: TcpStream,
    pushes: VecDeque<proto::Push>,
    last_seq: u64,
    token: Vec<u8>,
    player: u64,
    next_id: u64,
}

fn decode<M: Message + Default>(payload: &[u8]) -> Result<M, ClientError> {
    M::decode(payload).map_err(|error| ClientError::Protocol(error.to_string()))
}

fn code_of(code: i32) -> ErrorCode {
    ErrorCode::try_from(code).unwrap_or(ErrorCode::ErrorUnspecified)
}

impl Client {
    /// Connects (no frame is sent yet).
    ///
    /// # Errors
    /// [`ClientError::Io`] if the gate cannot be reached.
    pub fn connect(addr: SocketAddr) -> Result<Self, ClientError> {
        Self::from_stream(TcpStream::connect_timeout(&addr, CLIENT_TIMEOUT_DEFAULT)?)
    }

    /// A client over a stream connected already (with socket options of your choosing).
    ///
    /// # Errors
    /// [`ClientError::Io`] if the stream's options cannot be set.
    pub fn from_stream(stream: TcpStream) -> Result<Self, ClientError> {
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(CLIENT_TIMEOUT_DEFAULT))?;
        Ok(Self {
            stream,
            pushes: VecDeque::new(),
            last_seq: 0,
            token: Vec::new(),
            player: 0,
            next_id: 1,
        })
    }

    /// How long reads wait (`None`: forever).
    ///
    /// # Errors
    /// [`ClientError::Io`] for a zero duration.
    pub fn set_timeout(&mut self, timeout: Option<Duration>) -> Result<(), ClientError> {
        Ok(self.stream.set_read_timeout(timeout)?)
    }

    /// Sends one frame.
    ///
    /// # Errors
    /// [`ClientError::Io`].
    pub fn send(&mut self, id: MessageId, message: &impl Message) -> Result<(), ClientError> {
        let mut frame = Vec::with_capacity(message.encoded_len() + FRAME_HEAD_BYTES);
        proto::encode_into(&mut frame, id, message);
        self.send_raw(&frame)
    }

    /// Sends raw bytes (for tests of what a gate does with bad input).
    ///
    /// # Errors
    /// [`ClientError::Io`].
    pub fn send_raw(&mut self, bytes: &[u8]) -> Result<(), ClientError> {
        Ok(self.stream.write_all(bytes)?)
    }

    /// The next frame from the server.
    ///
    /// # Errors
    /// [`ClientError::Io`] on a closed connection or timeout, [`ClientError::Protocol`]
    /// on a frame this client cannot read.
    pub fn recv(&mut self) -> Result<Incoming, ClientError> {
        let mut head = [0; FRAME_HEAD_BYTES];
        self.stream.read_exact(&mut head)?;
        let FrameHead::Frame { id, payload } = proto::parse_head(head) else {
            return Err(ClientError::Protocol(format!("bad frame head {head:?}")));
        };
        let mut body = vec![0; payload];
        self.stream.read_exact(&mut body)?;
        let incoming = match MessageId::from_u16(id) {
            Some(MessageId::Welcome) => Incoming::Welcome(decode(&body)?),
            Some(MessageId::LoginOk) => Incoming::LoginOk(decode(&body)?),
            Some(MessageId::Reply) => Incoming::Reply(decode(&body)?),
            Some(MessageId::Push) => Incoming::Push(decode(&body)?),
            Some(MessageId::Error) => Incoming::Error(decode(&body)?),
            Some(MessageId::Bye) => Incoming::Bye(decode(&body)?),
            Some(MessageId::Pong) => Incoming::Pong(decode(&body)?),
            _ => return Err(ClientError::Protocol(format!("unexpected message id {id}"))),
        };
        self.note_seq(&incoming);
        Ok(incoming)
    }

    fn note_seq(&mut self, incoming: &Incoming) {
        let seq = match incoming {
            Incoming::Reply(reply) => reply.seq,
            Incoming::Push(push) => push.seq,
            _ => return,
        };
        self.last_seq = self.last_seq.max(seq);
    }

    /// Says hello; returns the gate's limits.
    ///
    /// # Errors
    /// [`ClientError::Bye`] if the gate does not speak this version.
    pub fn hello(&mut self) -> Result<proto::Welcome, ClientError> {
        let hello = proto::Hello {
            protocol_version: proto::PROTOCOL_VERSION,
            client: "hearth-rust".into(),
        };
        self.send(MessageId::Hello, &hello)?;
        match self.recv_control()? {
            Incoming::Welcome(welcome) => Ok(welcome),
            other => Err(ClientError::Protocol(format!(
                "expected Welcome, got {other:?}"
            ))),
        }
    }

    /// Logs in with a fresh session.
    ///
    /// # Errors
    /// [`ClientError::Bye`] with `AUTH_FAILED` and the like.
    pub fn login(&mut self, user: &str, password: &str) -> Result<proto::LoginOk, ClientError> {
        self.open(proto::Login {
            user: user.into(),
            password: password.into(),
            resume_token: Vec::new(),
            last_seq: 0,
        })
    }

    /// Resumes the session `previous` had (its token and last seq), on this connection.
    /// The frames `previous` missed arrive next, in seq order.
    ///
    /// # Errors
    /// [`ClientError::Bye`] with `SESSION_EXPIRED` past the grace period.
    pub fn resume(
        &mut self,
        user: &str,
        password: &str,
        previous: &Client,
    ) -> Result<proto::LoginOk, ClientError> {
        self.last_seq = previous.last_seq;
        let login = proto::Login {
            user: user.into(),
            password: password.into(),
            resume_token: previous.token.clone(),
            last_seq: previous.last_seq,
        };
        self.open(login)
    }

    fn open(&mut self, login: proto::Login) -> Result<proto::LoginOk, ClientError> {
        self.send(MessageId::Login, &login)?;
        match self.recv_control()? {
            Incoming::LoginOk(ok) => {
                self.token.clone_from(&ok.session_token);
                self.player = ok.player_id;
                Ok(ok)
            }
            other => Err(ClientError::Protocol(format!(
                "expected LoginOk, got {other:?}"
            ))),
        }
    }

    /// The next frame that is not a push (pushes are kept for [`Client::next_push`]); a
    /// `Bye` becomes [`ClientError::Bye`], an `Error` [`ClientError::Failed`].
    fn recv_control(&mut self) -> Result<Incoming, ClientError> {
        loop {
            match self.recv()? {
                Incoming::Push(push) => self.keep(push),
                Incoming::Bye(bye) => {
                    return Err(ClientError::Bye {
                        code: code_of(bye.reason),
                        message: bye.message,
                    });
                }
                Incoming::Error(error) => {
                    return Err(ClientError::Failed {
                        code: code_of(error.code),
                        request_id: error.request_id,
                        message: error.message,
                    });
                }
                other => return Ok(other),
            }
        }
    }

    fn keep(&mut self, push: proto::Push) {
        if self.pushes.len() == PUSHES_KEPT_MAX {
            self.pushes.pop_front();
        }
        self.pushes.push_back(push);
    }

    /// Sends a request without waiting; returns its id.
    ///
    /// # Errors
    /// [`ClientError::Io`].
    pub fn send_request(&mut self, body: proto::request::Body) -> Result<u64, ClientError> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(
            MessageId::Request,
            &proto::Request {
                id,
                body: Some(body),
            },
        )?;
        Ok(id)
    }

    /// Sends a request and waits for its answer.
    ///
    /// # Errors
    /// [`ClientError::Failed`] with the server's code (`TIMEOUT`, `INVALID`, …).
    pub fn request(&mut self, body: proto::request::Body) -> Result<proto::Reply, ClientError> {
        let id = self.send_request(body)?;
        loop {
            match self.recv_control()? {
                Incoming::Reply(reply) if reply.id == id => return Ok(reply),
                Incoming::Reply(_) | Incoming::Pong(_) => {}
                other => {
                    return Err(ClientError::Protocol(format!(
                        "expected Reply {id}, got {other:?}"
                    )));
                }
            }
        }
    }

    /// The next push (one kept earlier, or the next to arrive).
    ///
    /// # Errors
    /// [`ClientError::Io`] on timeout.
    pub fn next_push(&mut self) -> Result<proto::Push, ClientError> {
        if let Some(push) = self.pushes.pop_front() {
            return Ok(push);
        }
        loop {
            match self.recv()? {
                Incoming::Push(push) => return Ok(push),
                Incoming::Bye(bye) => {
                    return Err(ClientError::Bye {
                        code: code_of(bye.reason),
                        message: bye.message,
                    });
                }
                _ => {}
            }
        }
    }

    /// Ends the session at once.
    ///
    /// # Errors
    /// [`ClientError::Io`].
    pub fn logout(&mut self) -> Result<(), ClientError> {
        self.send(MessageId::Logout, &proto::Logout {})
    }

    /// The player id of the session.
    pub fn player_id(&self) -> u64 {
        self.player
    }

    /// The session token (to resume after a drop).
    pub fn session_token(&self) -> &[u8] {
        &self.token
    }

    /// The highest seq of a reply or push received.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// Closes the connection abruptly (as a dropped network would).
    pub fn drop_connection(&self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
    }
}
