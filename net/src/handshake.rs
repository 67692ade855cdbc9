//! The handshake: versioned, mutual authentication by HMAC-SHA256 challenge/response over
//! a shared cookie that never crosses the wire, and the check of the message type
//! catalogues.
//!
//! | step | from | message | checked by the receiver |
//! |---|---|---|---|
//! | 1 | connecting side `C` | `Hello`: magic, version, node id, name, listen address, challenge `cc`, catalogue | magic, version, sizes, not itself |
//! | 2 | accepting side `S` | `HelloAck`: the same about `S`, challenge `cs`, proof `HMAC(cookie, "hearth-s" ‖ cc ‖ cs ‖ ids)` | the proof: `S` knows the cookie |
//! | 3 | `C` | `Proof`: `HMAC(cookie, "hearth-c" ‖ cs ‖ cc ‖ ids)` — or 32 zero bytes when `S`'s proof failed (`C` then closes: `S` logs the mismatch instead of a connection that ended) | the proof: `C` knows the cookie |
//! | 4 | `S` | `Verdict`: welcome, or refused with the reason | — |
//!
//! Challenges are 32 fresh random bytes per connection, so a recorded handshake cannot
//! be replayed. Both sides then derive the link's frame MAC keys from the cookie and both
//! challenges ([`LinkKeys`], `seal.rs`): every frame after the verdict carries a MAC. Catalogues conflict when one code names two different types; such a peer
//! is refused. A type only one side knows is allowed, and sends of it to that peer are
//! refused at the sender (`NoRoute`). Every step has a deadline
//! ([`crate::limits::HANDSHAKE_TIMEOUT`] for the whole handshake, set by the caller).

use std::net::SocketAddr;

use futures_lite::io::{AsyncRead, AsyncWrite};
use hashbrown::HashMap;
use hearth_engine::NodeId;
use hmac::{Hmac, Mac};
use rkyv::util::AlignedVec;
use rkyv::{Archive, Deserialize, Serialize};
use sha2::Sha256;

use crate::codec::{decode, encode};
use crate::frame::FrameKind;
use crate::frameio::{FrameIoError, read_frame, write_frame};
use crate::limits::{CATALOGUE_ENTRIES_MAX, HANDSHAKE_BYTES_MAX, NAME_BYTES_MAX, PROTOCOL_VERSION};
use crate::seal::LinkKey;

const MAGIC: [u8; 4] = *b"HRTH";
const CHALLENGE_BYTES: usize = 32;

/// The shared secret of a cluster. Never printed, never sent. (Equality compares the
/// secrets: a reloaded config file tells whether it changed.)
#[derive(Clone, PartialEq, Eq)]
pub struct Cookie(std::sync::Arc<[u8]>);

impl Cookie {
    /// A cookie from its secret bytes.
    pub fn new(secret: impl AsRef<[u8]>) -> Self {
        Self(secret.as_ref().into())
    }

    fn proof(
        &self,
        label: &[u8],
        first: &[u8; CHALLENGE_BYTES],
        second: &[u8; CHALLENGE_BYTES],
        ids: (u32, u32),
    ) -> Hmac<Sha256> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(label);
        mac.update(first);
        mac.update(second);
        mac.update(&ids.0.to_le_bytes());
        mac.update(&ids.1.to_le_bytes());
        mac
    }
}

impl std::fmt::Debug for Cookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cookie(<secret>)")
    }
}

/// Who this node is, as the handshake tells it.
#[derive(Clone, Debug)]
pub struct Identity {
    /// This node's id (incarnation).
    pub node: NodeId,
    /// Its name.
    pub name: String,
    /// Its node-to-node listen address.
    pub listen: SocketAddr,
    /// Its message type catalogue `(code, name)`.
    pub catalogue: Vec<(u32, &'static str)>,
}

/// The keys of an established link's frame MACs (see `seal.rs`), one per direction.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct LinkKeys {
    /// What this side sends is sealed with this key.
    pub send: LinkKey,
    /// What this side receives is checked with this key.
    pub receive: LinkKey,
}

impl std::fmt::Debug for LinkKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKeys(<secret>)")
    }
}

/// The peer, once the handshake succeeded.
#[derive(Clone, Debug)]
pub struct Peer {
    /// Its node id.
    pub node: NodeId,
    /// Its name.
    pub name: String,
    /// Its listen address.
    pub listen: SocketAddr,
    /// Codes of the message types it knows.
    pub codes: hashbrown::HashSet<u32>,
    /// The link's frame MAC keys, from this handshake.
    pub keys: LinkKeys,
}

/// Why a handshake failed.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum HandshakeError {
    /// The connection failed or sent an invalid frame.
    #[error(transparent)]
    Frame(#[from] FrameIoError),
    /// A handshake message that does not decode or breaks a limit.
    #[error("malformed handshake: {0}")]
    Malformed(String),
    /// Not a Hearth node (wrong magic).
    #[error("peer is not a Hearth node")]
    BadMagic,
    /// Another protocol version.
    #[error("protocol version {theirs}, this node speaks {ours}")]
    Version {
        /// Ours.
        ours: u16,
        /// Theirs.
        theirs: u16,
    },
    /// The peer could not prove it knows the cookie (or we could not).
    #[error("cookie mismatch")]
    CookieMismatch,
    /// One type code names different types on the two nodes.
    #[error("type code {code:#x} is `{ours}` here and `{theirs}` there")]
    Catalogue {
        /// The code.
        code: u32,
        /// Our type name.
        ours: String,
        /// Theirs.
        theirs: String,
    },
    /// The peer is this node itself, or shares its node id.
    #[error("peer has this node's id")]
    SameNode,
    /// The peer refused us, saying why.
    #[error("refused by peer: {0}")]
    Refused(String),
    /// The handshake did not finish in time.
    #[error("handshake timed out")]
    Timeout,
}

#[derive(Archive, Serialize, Deserialize, Debug)]
struct Hello {
    magic: [u8; 4],
    version: u16,
    node: u32,
    name: String,
    listen: String,
    challenge: [u8; CHALLENGE_BYTES],
    catalogue: Vec<(u32, String)>,
}

#[derive(Archive, Serialize, Deserialize, Debug)]
struct HelloAck {
    hello: Hello,
    proof: [u8; 32],
}

#[derive(Archive, Serialize, Deserialize, Debug)]
struct Proof {
    proof: [u8; 32],
}

#[derive(Archive, Serialize, Deserialize, Debug)]
enum Verdict {
    Welcome,
    Refused(String),
}

fn challenge() -> [u8; CHALLENGE_BYTES] {
    let mut bytes = [0; CHALLENGE_BYTES];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    bytes
}

fn hello(identity: &Identity, challenge: [u8; CHALLENGE_BYTES]) -> Hello {
    Hello {
        magic: MAGIC,
        version: PROTOCOL_VERSION,
        node: identity.node.0,
        name: identity.name.clone(),
        listen: identity.listen.to_string(),
        challenge,
        catalogue: identity
            .catalogue
            .iter()
            .map(|&(code, name)| (code, name.to_owned()))
            .collect(),
    }
}

async fn send<S: AsyncWrite + Unpin, T>(stream: &mut S, message: &T) -> Result<(), HandshakeError>
where
    T: for<'a> Serialize<
        rkyv::api::high::HighSerializer<
            AlignedVec,
            rkyv::ser::allocator::ArenaHandle<'a>,
            rkyv::rancor::Error,
        >,
    >,
{
    let mut body = Vec::new();
    encode(message, &mut body).map_err(|error| HandshakeError::Malformed(error.to_string()))?;
    write_frame(stream, FrameKind::Handshake, &body).await?;
    Ok(())
}

async fn receive<S: AsyncRead + Unpin, T>(
    stream: &mut S,
    buffer: &mut AlignedVec,
) -> Result<T, HandshakeError>
where
    T: Archive,
    T::Archived: for<'a> rkyv::bytecheck::CheckBytes<rkyv::api::high::HighValidator<'a, rkyv::rancor::Error>>
        + Deserialize<T, rkyv::rancor::Strategy<rkyv::de::Pool, rkyv::rancor::Error>>,
{
    let kind = read_frame(stream, buffer, HANDSHAKE_BYTES_MAX).await?;
    if kind != FrameKind::Handshake {
        return Err(HandshakeError::Malformed(format!(
            "{kind:?} frame during the handshake"
        )));
    }
    decode(buffer).map_err(|error| HandshakeError::Malformed(error.to_string()))
}

/// Checks a peer's hello; returns what we learn of the peer.
fn check_hello(hello: Hello, identity: &Identity) -> Result<Peer, HandshakeError> {
    if hello.magic != MAGIC {
        return Err(HandshakeError::BadMagic);
    }
    if hello.version != PROTOCOL_VERSION {
        return Err(HandshakeError::Version {
            ours: PROTOCOL_VERSION,
            theirs: hello.version,
        });
    }
    if hello.name.len() > NAME_BYTES_MAX || hello.listen.len() > NAME_BYTES_MAX {
        return Err(HandshakeError::Malformed("name or address too long".into()));
    }
    if hello.catalogue.len() > CATALOGUE_ENTRIES_MAX {
        return Err(HandshakeError::Malformed("catalogue too long".into()));
    }
    if hello.node == identity.node.0 {
        return Err(HandshakeError::SameNode);
    }
    let listen = hello
        .listen
        .parse()
        .map_err(|_| HandshakeError::Malformed(format!("bad listen address `{}`", hello.listen)))?;
    check_catalogue(&hello.catalogue, identity)?;
    Ok(Peer {
        node: NodeId(hello.node),
        name: hello.name,
        listen,
        codes: hello.catalogue.iter().map(|(code, _)| *code).collect(),
        keys: LinkKeys::default(),
    })
}

/// The link keys of a handshake between connecting side `c` (challenge `cc`) and
/// accepting side `s` (challenge `cs`), as `c` (`connecting`) or `s` sees them.
fn link_keys(
    cookie: &Cookie,
    cc: &[u8; CHALLENGE_BYTES],
    cs: &[u8; CHALLENGE_BYTES],
    ids: (u32, u32),
    connecting: bool,
) -> LinkKeys {
    let key = |label: &[u8]| -> LinkKey {
        cookie
            .proof(label, cc, cs, ids)
            .finalize()
            .into_bytes()
            .into()
    };
    let (c2s, s2c) = (key(b"hearth-link-c2s"), key(b"hearth-link-s2c"));
    if connecting {
        LinkKeys {
            send: c2s,
            receive: s2c,
        }
    } else {
        LinkKeys {
            send: s2c,
            receive: c2s,
        }
    }
}

fn check_catalogue(theirs: &[(u32, String)], identity: &Identity) -> Result<(), HandshakeError> {
    let ours: HashMap<u32, &str> = identity.catalogue.iter().copied().collect();
    for (code, name) in theirs {
        if let Some(&our_name) = ours.get(code)
            && our_name != name
        {
            return Err(HandshakeError::Catalogue {
                code: *code,
                ours: our_name.to_owned(),
                theirs: name.clone(),
            });
        }
    }
    Ok(())
}

/// Runs the connecting side of the handshake.
///
/// # Errors
/// See [`HandshakeError`].
pub async fn connect<S: AsyncRead + AsyncWrite + Unpin>(
    stream: &mut S,
    identity: &Identity,
    cookie: &Cookie,
) -> Result<Peer, HandshakeError> {
    let mut buffer = AlignedVec::new();
    let ours = challenge();
    send(stream, &hello(identity, ours)).await?;
    let ack: HelloAck = receive(stream, &mut buffer).await?;
    let theirs = ack.hello.challenge;
    let peer = check_hello(ack.hello, identity)?;
    let ids = (identity.node.0, peer.node.0);
    if cookie
        .proof(b"hearth-s", &ours, &theirs, ids)
        .verify_slice(&ack.proof)
        .is_err()
    {
        // Say so: the other node then logs a cookie mismatch, not a connection that
        // ended. A proof of zeros tells it nothing about our cookie.
        let _ = send(stream, &Proof { proof: [0; 32] }).await;
        return Err(HandshakeError::CookieMismatch);
    }
    let proof = cookie
        .proof(b"hearth-c", &theirs, &ours, ids)
        .finalize()
        .into_bytes()
        .into();
    send(stream, &Proof { proof }).await?;
    match receive::<_, Verdict>(stream, &mut buffer).await? {
        Verdict::Welcome => Ok(Peer {
            keys: link_keys(cookie, &ours, &theirs, ids, true),
            ..peer
        }),
        Verdict::Refused(why) => Err(HandshakeError::Refused(why)),
    }
}

/// Runs the accepting side of the handshake.
///
/// # Errors
/// See [`HandshakeError`]. The peer is told why it was refused where possible.
pub async fn accept<S: AsyncRead + AsyncWrite + Unpin>(
    stream: &mut S,
    identity: &Identity,
    cookie: &Cookie,
) -> Result<Peer, HandshakeError> {
    let mut buffer = AlignedVec::new();
    let hello_in: Hello = receive(stream, &mut buffer).await?;
    let theirs = hello_in.challenge;
    let peer = match check_hello(hello_in, identity) {
        Ok(peer) => peer,
        Err(error) => {
            let _ = send(stream, &Verdict::Refused(error.to_string())).await;
            return Err(error);
        }
    };
    let ours = challenge();
    let ids = (peer.node.0, identity.node.0);
    let proof = cookie
        .proof(b"hearth-s", &theirs, &ours, ids)
        .finalize()
        .into_bytes()
        .into();
    send(
        stream,
        &HelloAck {
            hello: hello(identity, ours),
            proof,
        },
    )
    .await?;
    let answer: Proof = receive(stream, &mut buffer).await?;
    if cookie
        .proof(b"hearth-c", &ours, &theirs, ids)
        .verify_slice(&answer.proof)
        .is_err()
    {
        let _ = send(stream, &Verdict::Refused("cookie mismatch".into())).await;
        return Err(HandshakeError::CookieMismatch);
    }
    send(stream, &Verdict::Welcome).await?;
    Ok(Peer {
        keys: link_keys(cookie, &theirs, &ours, ids, false),
        ..peer
    })
}
