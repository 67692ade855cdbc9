//! The engine's side of distribution: what crosses nodes, and the hooks a distribution
//! layer (`hearth-net`) plugs into. The engine knows nothing of sockets or encodings; it
//! knows which message types may travel ([`WireTypes`]), hands them to a per-shard
//! [`Router`] as encoding closures, and takes what arrives through [`RemoteShard`].
//!
//! Rules (Erlang's):
//! - A message for another node goes to the shard's router; without a router, or for a
//!   type not registered with [`WireTypes::register`], `send` hands it back with
//!   [`crate::SendError::NoRoute`].
//! - A link or monitor towards a node that cannot be reached is answered at once with
//!   `noconnection`; when a connected node goes down, every link and monitor that spans
//!   to it fires with `noconnection`, and node monitors get [`crate::SystemMsg::NodeDown`].
//! - A [`ReplyTo`] crosses nodes as a [`WireReplyTo`] (plain data, deadline as time left);
//!   rebuilt on the far side, replying sends the answer back over the wire, where the
//!   caller's pending request completes exactly as for a local one.
//!
//! Invariants:
//! - Codes are the FNV-1a hash of a type's stable name; two registered types never share
//!   a code (registration refuses it), so a code names one type on every node that
//!   registered it, which both sides check at handshake.
//! - `RemoteShard` and `ShardHandle` are `!Send`: they reach one shard's core.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;

use hashbrown::HashMap;

use crate::exit::ExitReason;
use crate::pid::{MonitorRef, NodeId, Pid, RequestId};
use crate::shard::ReplyTo;
use crate::shard::{ExitKind, Shard, Signal};

/// A message type that can cross nodes: a stable name and an encoding.
///
/// `hearth-net` implements it for rkyv types with `hearth_net::wire_message!`.
pub trait WireMessage: Send + Sized + 'static {
    /// A stable, unique name (e.g. `"game.ChatLine"`); its hash is the wire code.
    const NAME: &'static str;
    /// Appends the encoded message to `out`.
    ///
    /// # Errors
    /// When the value cannot be encoded.
    fn encode(&self, out: &mut Vec<u8>) -> Result<(), WireError>;
    /// Decodes (and validates) a message from untrusted bytes.
    ///
    /// # Errors
    /// [`WireError::Malformed`] for bytes that are not a valid encoding.
    fn decode(bytes: &[u8]) -> Result<Self, WireError>;
}

/// What went wrong with bytes from or for the wire.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    /// Bytes that are not a valid encoding of what they claim to be.
    #[error("malformed: {0}")]
    Malformed(String),
    /// A type code this node does not know.
    #[error("unknown message type code {0:#010x}")]
    UnknownType(u32),
    /// A value too large for a frame.
    #[error("message too large: {0} bytes")]
    TooLarge(usize),
    /// A variant of a wire type that only ever travels within its node (e.g. a reply
    /// delivered locally); sending it to another node is a bug of the sender.
    #[error("{0} never crosses nodes")]
    LocalOnly(&'static str),
}

/// Why a router could not take something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteError {
    /// The node is not connected.
    NoRoute,
    /// The send queue towards the node is full (backpressure).
    Full,
}

/// A message on its way out: its type code and a closure that encodes it.
pub struct Outgoing<'a> {
    /// The type's wire code.
    pub code: u32,
    /// Appends the encoded message to the buffer it is given.
    pub encode: &'a mut dyn FnMut(&mut Vec<u8>) -> Result<(), WireError>,
}

/// A signal between processes on different nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemoteSignal {
    /// `from` links to the receiver.
    Link {
        /// The linking process.
        from: Pid,
    },
    /// `from` unlinks.
    Unlink {
        /// The unlinking process.
        from: Pid,
    },
    /// An exit signal.
    Exit {
        /// Who sends it.
        from: Pid,
        /// Why.
        reason: ExitReason,
        /// 0: a linked process died; 1: `exit/2`; 2: `kill`.
        kind: u8,
    },
    /// `from` monitors the receiver.
    Monitor {
        /// The watcher.
        from: Pid,
        /// The monitor.
        monitor: MonitorRef,
    },
    /// `from` drops a monitor.
    Demonitor {
        /// The watcher.
        from: Pid,
        /// The monitor.
        monitor: MonitorRef,
    },
    /// A monitored process ended.
    Down {
        /// The monitor.
        monitor: MonitorRef,
        /// The process that ended.
        pid: Pid,
        /// Why.
        reason: ExitReason,
    },
}

impl RemoteSignal {
    pub(crate) fn from_signal(signal: Signal) -> Self {
        match signal {
            Signal::Link { from } => Self::Link { from },
            Signal::Unlink { from } => Self::Unlink { from },
            Signal::Exit { from, reason, kind } => Self::Exit {
                from,
                reason,
                kind: kind as u8,
            },
            Signal::Monitor { from, monitor } => Self::Monitor { from, monitor },
            Signal::Demonitor { from, monitor } => Self::Demonitor { from, monitor },
            Signal::Down {
                monitor,
                pid,
                reason,
            } => Self::Down {
                monitor,
                pid,
                reason,
            },
        }
    }

    pub(crate) fn into_signal(self) -> Signal {
        match self {
            Self::Link { from } => Signal::Link { from },
            Self::Unlink { from } => Signal::Unlink { from },
            Self::Exit { from, reason, kind } => Signal::Exit {
                from,
                reason,
                kind: match kind {
                    0 => ExitKind::Linked,
                    2 => ExitKind::Kill,
                    _ => ExitKind::Sent,
                },
            },
            Self::Monitor { from, monitor } => Signal::Monitor { from, monitor },
            Self::Demonitor { from, monitor } => Signal::Demonitor { from, monitor },
            Self::Down {
                monitor,
                pid,
                reason,
            } => Signal::Down {
                monitor,
                pid,
                reason,
            },
        }
    }

    /// The process the signal concerns on the sending side (for routing answers).
    pub fn sender(&self) -> Pid {
        match self {
            Self::Link { from }
            | Self::Unlink { from }
            | Self::Exit { from, .. }
            | Self::Monitor { from, .. }
            | Self::Demonitor { from, .. } => *from,
            Self::Down { pid, .. } => *pid,
        }
    }
}

/// A request to start a process of a registered behaviour on another node.
#[derive(Clone, Debug)]
pub struct RemoteSpawn {
    /// The behaviour's registered name.
    pub behaviour: String,
    /// Its encoded arguments.
    pub args: Vec<u8>,
}

/// Why a remote spawn failed.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RemoteSpawnError {
    /// No behaviour of that name is registered on the node.
    #[error("no behaviour `{0}` on that node")]
    UnknownBehaviour(String),
    /// The arguments did not decode.
    #[error("bad arguments: {0}")]
    BadArguments(String),
    /// The node could not create the process.
    #[error("spawn refused: {0}")]
    Refused(String),
    /// The node is not connected.
    #[error("node not connected")]
    NoConnection,
}

/// What a distribution layer provides to one shard. Implemented by `hearth-net`.
pub trait Router {
    /// Queues a user message for a process on another node.
    ///
    /// # Errors
    /// [`RouteError::NoRoute`] if the node is not connected; [`RouteError::Full`] if its
    /// send queue is full.
    fn send(&mut self, to: Pid, message: Outgoing<'_>) -> Result<(), RouteError>;
    /// Queues the reply to a request made by `caller` on another node.
    ///
    /// # Errors
    /// As [`Router::send`].
    fn reply(
        &mut self,
        caller: Pid,
        request: RequestId,
        message: Outgoing<'_>,
    ) -> Result<(), RouteError>;
    /// Queues a signal. Signals are never refused for lack of room (they are bounded by
    /// the relations that produce them).
    ///
    /// # Errors
    /// [`RouteError::NoRoute`] if the node is not connected.
    fn signal(&mut self, to: Pid, signal: RemoteSignal) -> Result<(), RouteError>;
    /// Asks `node` to spawn; the answer arrives with [`RemoteShard::spawned`].
    ///
    /// # Errors
    /// [`RouteError::NoRoute`] if the node is not connected.
    fn spawn(
        &mut self,
        node: NodeId,
        caller: Pid,
        request: RequestId,
        spawn: RemoteSpawn,
    ) -> Result<(), RouteError>;
    /// Registers a cluster-wide name (see `hearth-net` for the conflict rule).
    ///
    /// # Errors
    /// [`crate::NameError::Taken`] if a live process holds it anywhere known.
    fn register_global(&mut self, name: &str, pid: Pid) -> Result<(), crate::NameError>;
    /// The process holding a cluster-wide name.
    fn whereis_global(&self, name: &str) -> Option<Pid>;
    /// A local process that registered cluster-wide names exited: release them.
    fn release_globals(&mut self, pid: Pid);
    /// Connected nodes.
    fn nodes(&self) -> Vec<NodeId>;
    /// Tells `node` that the local process `receiver` refuses its senders (`open`
    /// false) or takes their messages again (`open` true): see `flow.rs`. Best effort: a
    /// notice that cannot be queued is dropped (the node will be told again by the next
    /// message that arrives past the bound).
    fn window(&mut self, node: NodeId, receiver: Pid, open: bool);
    /// Whether everything queued has been written out (a stopping shard waits for this,
    /// up to its shutdown grace, so the exit signals of its processes reach their peers).
    fn is_flushed(&self) -> bool {
        true
    }
}

/// How one message type crosses nodes (monomorphised shims over [`WireMessage`]).
#[derive(Clone, Copy)]
pub struct Codec {
    code: u32,
    name: &'static str,
    encode: fn(&dyn Any, &mut Vec<u8>) -> Result<(), WireError>,
    deliver: fn(&mut RemoteShard<'_>, NodeId, Pid, &[u8]) -> Result<(), WireError>,
    deliver_reply: fn(&mut RemoteShard<'_>, Pid, RequestId, &[u8]) -> Result<(), WireError>,
}

impl Codec {
    /// Encodes `message`, which must be of the codec's type (found by its `TypeId`).
    pub(crate) fn encode<M: 'static>(
        &self,
        message: &M,
        out: &mut Vec<u8>,
    ) -> Result<(), WireError> {
        (self.encode)(message, out)
    }

    /// The wire code.
    pub fn code(&self) -> u32 {
        self.code
    }

    /// The stable name.
    pub fn name(&self) -> &'static str {
        self.name
    }
}

/// The message types this node can send and receive across nodes.
#[derive(Clone, Default)]
pub struct WireTypes {
    by_type: HashMap<TypeId, Codec>,
    by_code: HashMap<u32, TypeId>,
}

impl std::fmt::Debug for WireTypes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.by_type.values().map(|codec| codec.name))
            .finish()
    }
}

/// The wire code of a stable type name (FNV-1a, 32 bits).
pub fn wire_code(name: &str) -> u32 {
    let mut hash = 0x811c_9dc5u32;
    for byte in name.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash
}

impl WireTypes {
    /// Lets `M` cross nodes (messages of it, and replies carrying it).
    ///
    /// # Panics
    /// If another type already has `M`'s code (two names hashing alike, or one name used
    /// twice): a programmer error to fix by renaming.
    pub fn register<M: WireMessage>(&mut self) -> &mut Self {
        let code = wire_code(M::NAME);
        if let Some(existing) = self.by_code.get(&code) {
            assert!(
                *existing == TypeId::of::<M>(),
                "wire code {code:#x} of {} is taken",
                M::NAME
            );
            return self;
        }
        self.by_code.insert(code, TypeId::of::<M>());
        self.by_type.insert(
            TypeId::of::<M>(),
            Codec {
                code,
                name: M::NAME,
                encode: encode_shim::<M>,
                deliver: deliver_shim::<M>,
                deliver_reply: deliver_reply_shim::<M>,
            },
        );
        self
    }

    pub(crate) fn codec_of<M: 'static>(&self) -> Option<Codec> {
        self.by_type.get(&TypeId::of::<M>()).copied()
    }

    /// The codec for a code received from the wire.
    pub fn by_code(&self, code: u32) -> Option<Codec> {
        self.by_type.get(self.by_code.get(&code)?).copied()
    }

    /// `(code, name)` of every registered type, sorted by code (for the handshake).
    pub fn catalogue(&self) -> Vec<(u32, &'static str)> {
        let mut entries: Vec<_> = self
            .by_type
            .values()
            .map(|codec| (codec.code, codec.name))
            .collect();
        entries.sort_unstable();
        entries
    }
}

fn encode_shim<M: WireMessage>(message: &dyn Any, out: &mut Vec<u8>) -> Result<(), WireError> {
    let message = message
        .downcast_ref::<M>()
        .ok_or_else(|| WireError::Malformed(format!("not a {}", M::NAME)))?;
    message.encode(out)
}

fn deliver_shim<M: WireMessage>(
    shard: &mut RemoteShard<'_>,
    from: NodeId,
    to: Pid,
    bytes: &[u8],
) -> Result<(), WireError> {
    let message = M::decode(bytes)?;
    shard.deliver(from, to, message);
    Ok(())
}

fn deliver_reply_shim<M: WireMessage>(
    shard: &mut RemoteShard<'_>,
    caller: Pid,
    request: RequestId,
    bytes: &[u8],
) -> Result<(), WireError> {
    let value = M::decode(bytes)?;
    shard.shard.complete_reply(caller, request, value);
    Ok(())
}

/// A [`ReplyTo`] as plain data, to carry inside a message that crosses nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WireReplyTo {
    /// The caller's pid bytes.
    pub caller: [u8; 16],
    /// The request: shard, key, sequence.
    pub request: (u8, u32, u32),
    /// Nanoseconds the caller will still wait, when the request was sent.
    pub remaining_ns: u64,
}

impl<R> ReplyTo<R> {
    /// The wire form of this reply route, as of `now_ns` on the sending shard's clock.
    pub fn to_wire(&self, now_ns: u64) -> WireReplyTo {
        WireReplyTo {
            caller: self.caller.to_bytes(),
            request: (self.request.shard, self.request.key, self.request.seq),
            remaining_ns: self.deadline_ns.saturating_sub(now_ns),
        }
    }
}

impl<R: WireMessage> ReplyTo<R> {
    /// Rebuilds a reply route that arrived from another node: replying sends `R` back
    /// over the wire. `now_ns` is the receiving shard's clock.
    pub fn from_wire(wire: WireReplyTo, now_ns: u64) -> Self {
        let (shard, key, seq) = wire.request;
        Self {
            caller: Pid::from_bytes(wire.caller),
            request: RequestId { shard, key, seq },
            deadline_ns: now_ns.saturating_add(wire.remaining_ns),
            deliver: reply_over_wire::<R>,
        }
    }
}

fn reply_over_wire<R: WireMessage>(shard: &mut Shard, caller: Pid, request: RequestId, value: R) {
    if caller.node == shard.node() {
        shard.complete_reply(caller, request, value);
    } else if !shard.reply_remote(caller, request, &value) {
        shard.count_late_reply();
    }
}

/// A shard as the distribution layer sees it, for the length of one call.
pub struct RemoteShard<'a> {
    pub(crate) shard: &'a mut Shard,
}

impl RemoteShard<'_> {
    /// This shard's index.
    pub fn shard(&self) -> usize {
        usize::from(self.shard.id())
    }

    /// This node.
    pub fn node(&self) -> NodeId {
        self.shard.node()
    }

    /// Shards on this node.
    pub fn shards(&self) -> usize {
        self.shard.shard_count()
    }

    /// This node's name.
    pub fn node_name(&self) -> &str {
        &self.shard.shared().config.name
    }

    /// The shard clock (nanoseconds since the node started).
    pub fn now_ns(&self) -> u64 {
        self.shard.now_ns()
    }

    /// The node's wire types.
    pub fn wire(&self) -> Arc<WireTypes> {
        Arc::clone(&self.shard.shared().wire)
    }

    /// The shard as [`crate::ShardCtx`]: spawn, send, look up names.
    pub fn ctx(&mut self) -> crate::node::ShardCtx<'_> {
        crate::node::ShardCtx::new(self.shard)
    }

    /// Installs this shard's router.
    pub fn set_router(&mut self, router: Box<dyn Router>) {
        self.shard.set_router(router);
    }

    /// Delivers a message that arrived from node `from` to a process of this node (any
    /// shard); a full mailbox applies `flow.rs`'s contract (`from` may be told to stop).
    pub fn deliver<M: Send + 'static>(&mut self, from: NodeId, to: Pid, message: M) {
        self.shard.deliver_from_node(from, to, message);
    }

    /// Decodes and delivers a message from node `from` given by type code.
    ///
    /// # Errors
    /// [`WireError::UnknownType`] or the type's decoding error.
    pub fn deliver_encoded(
        &mut self,
        from: NodeId,
        to: Pid,
        code: u32,
        bytes: &[u8],
    ) -> Result<(), WireError> {
        let codec = self
            .shard
            .shared()
            .wire
            .by_code(code)
            .ok_or(WireError::UnknownType(code))?;
        (codec.deliver)(self, from, to, bytes)
    }

    /// Decodes a reply given by type code and completes the caller's request.
    ///
    /// # Errors
    /// [`WireError::UnknownType`] or the type's decoding error.
    pub fn deliver_reply_encoded(
        &mut self,
        caller: Pid,
        request: RequestId,
        code: u32,
        bytes: &[u8],
    ) -> Result<(), WireError> {
        let codec = self
            .shard
            .shared()
            .wire
            .by_code(code)
            .ok_or(WireError::UnknownType(code))?;
        (codec.deliver_reply)(self, caller, request, bytes)
    }

    /// Applies a signal that arrived from another node (to a process on any shard).
    pub fn signal(&mut self, to: Pid, signal: RemoteSignal) {
        self.shard.signal_from_node(to, signal);
    }

    /// Whether messages from other nodes that this shard passes on to other shards pile
    /// up (their rings are full): a reader should stop reading its link until they drain.
    pub fn congested(&self) -> bool {
        self.shard.congested()
    }

    /// Another node says its process `receiver` refuses this node's senders (`open`
    /// false) or takes them again (`open` true): every shard of this node hears it.
    pub fn window(&mut self, receiver: Pid, open: bool) {
        self.shard.heard_node_notice(receiver, open);
    }

    /// `node` is connected (on this shard's view): node subscribers are told.
    pub fn node_up(&mut self, node: NodeId) {
        self.shard.node_up(node);
    }

    /// `node` is gone: links and monitors to its processes fire `noconnection`.
    /// `silent`: it went silent (it may still run: a stall, a cut), rather than closing
    /// its connection ([`crate::Ctx::went_silent`]).
    pub fn node_down(&mut self, node: NodeId, silent: bool) {
        self.shard.node_down(node, silent);
    }

    /// Starts a process of a registered behaviour on this shard.
    ///
    /// # Errors
    /// See [`RemoteSpawnError`].
    pub fn spawn_behaviour(&mut self, spawn: &RemoteSpawn) -> Result<Pid, RemoteSpawnError> {
        let behaviours = Arc::clone(&self.shard.shared().config.behaviours);
        let start = behaviours
            .get(&spawn.behaviour)
            .ok_or_else(|| RemoteSpawnError::UnknownBehaviour(spawn.behaviour.clone()))?;
        let mut ctx = crate::node::ShardCtx::new(self.shard);
        start(&mut ctx, &spawn.args)
    }

    /// The answer to a remote spawn this shard asked for.
    pub fn spawned(
        &mut self,
        caller: Pid,
        request: RequestId,
        result: Result<Pid, RemoteSpawnError>,
    ) {
        self.shard.complete_reply(caller, request, result);
    }
}

/// Starts a process of a behaviour from encoded arguments.
pub type BehaviourFn = Arc<
    dyn Fn(&mut crate::node::ShardCtx<'_>, &[u8]) -> Result<Pid, RemoteSpawnError> + Send + Sync,
>;

/// Behaviours other nodes may spawn here by name.
#[derive(Clone, Default)]
pub struct Behaviours {
    by_name: HashMap<String, BehaviourFn>,
}

impl std::fmt::Debug for Behaviours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.by_name.keys()).finish()
    }
}

impl Behaviours {
    /// Registers a behaviour that decodes its arguments as `A` and spawns with `start`.
    pub fn register<A: WireMessage>(
        &mut self,
        name: &str,
        start: impl Fn(&mut crate::node::ShardCtx<'_>, A) -> Result<Pid, crate::SpawnError>
        + Send
        + Sync
        + 'static,
    ) -> &mut Self {
        let start = move |ctx: &mut crate::node::ShardCtx<'_>, bytes: &[u8]| {
            let args = A::decode(bytes)
                .map_err(|error| RemoteSpawnError::BadArguments(error.to_string()))?;
            start(ctx, args).map_err(|error| RemoteSpawnError::Refused(error.to_string()))
        };
        self.by_name.insert(name.to_owned(), Arc::new(start));
        self
    }

    fn get(&self, name: &str) -> Option<&BehaviourFn> {
        self.by_name.get(name)
    }
}

/// Something a node starts on each of its shards (the distribution layer is one).
pub trait ShardService: Send + Sync {
    /// Called once on each shard's thread when it starts, before its first turn: `shard`
    /// is the shard itself, for what must happen now (install a router, spawn a root);
    /// `handle` is for the service's tasks, which reach the shard later between turns.
    fn start(&self, shard: &mut RemoteShard<'_>, handle: ShardHandle);
}

/// A shard's handle for the async tasks of services running on it (`!Send`).
///
/// The shard runs handlers in turns; a task runs only between turns. So a task reaches
/// the shard with [`ShardHandle::with`], which is `async`: a handler (synchronous) cannot
/// wait for it, and so can never re-enter the shard it runs on — that rule holds by
/// construction, not by a check that fails at run time. (A handler that wants a task to
/// act spawns it with `Ctx::spawn_task`; the task then runs after the turn.)
#[derive(Clone)]
pub struct ShardHandle {
    pub(crate) shard: Rc<RefCell<Shard>>,
    pub(crate) id: u8,
}

impl ShardHandle {
    /// Runs `f` with the shard between turns, then rings the shard's loop so it handles
    /// whatever `f` delivered. Ready at the first poll unless the shard is in a turn (a
    /// future polled from inside a handler): then it yields and tries again after it.
    /// So a handler must not block on it (`block_on` inside a handler would wait for its
    /// own turn to end, forever); it spawns a task that awaits it instead.
    pub async fn with<T>(&self, f: impl FnOnce(&mut RemoteShard<'_>) -> T) -> T {
        let mut f = Some(f);
        let result = std::future::poll_fn(|cx| match self.shard.try_borrow_mut() {
            Ok(mut shard) => {
                let f = f.take().expect("a ready future is not polled again");
                std::task::Poll::Ready(f(&mut RemoteShard { shard: &mut shard }))
            }
            Err(_) => {
                cx.waker().wake_by_ref();
                std::task::Poll::Pending
            }
        })
        .await;
        self.shard.borrow().doorbell().ring_if_sleeping();
        result
    }

    /// Runs `task` concurrently on this shard.
    pub fn spawn(&self, task: impl Future<Output = ()> + 'static) {
        crate::executor::spawn_task(task);
    }

    /// This shard's index.
    pub fn shard(&self) -> usize {
        usize::from(self.id)
    }
}
