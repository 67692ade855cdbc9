"""A blocking Python client of Hearth's client protocol (``proto/hearth.proto``).

It mirrors the Rust client (``game/protocol/src/client.rs``): it keeps the session token and
the highest seq received, so a dropped connection can be resumed with
:meth:`Client.resume`, and it keeps the pushes that arrive while it waits for a
reply, for :meth:`Client.next_push`.

Example::

    from hearth_client import Client, hearth_pb2

    from hearth_client import read_secret, ticket

    secret = read_secret("../../hearth-data/login-secret")  # a default node's
    with Client.connect("127.0.0.1", 7400) as client:
        client.login("alice", ticket(secret, "alice"))
        reply = client.request(echo=hearth_pb2.Echo(payload=b"hi"))
        print(reply.echo.payload)
        moved = client.request(hearth_pb2.Move(x=10, y=-3))
        print(moved.moved.cell)

Frame (all integers little-endian)::

    offset 0, 4 bytes: length of what follows (id + payload), 2..=16380
    offset 4, 2 bytes: message id (see MessageId)
    offset 6         : protobuf payload of that message

Errors: a ``Bye`` from the server raises :class:`Bye`, an ``Error`` raises
:class:`RequestFailed`, a frame this client cannot read raises
:class:`ProtocolError`, and the server closing the connection raises
:class:`ConnectionClosed`; all derive from :class:`HearthError`. A timeout raises the
built-in :class:`TimeoutError`; other socket failures raise :class:`OSError`.
"""

from __future__ import annotations

import collections
import enum
import hashlib
import hmac
import os
import socket
import ssl
import struct
import time
from typing import Any

from google.protobuf.message import DecodeError, Message

from . import hearth_pb2

__all__ = [
    "CLIENT_PORT_DEFAULT",
    "CLIENT_TIMEOUT_DEFAULT",
    "FRAME_BYTES_MAX",
    "FRAME_HEAD_BYTES",
    "FRAME_LENGTH_MAX",
    "FRAME_LENGTH_MIN",
    "PROTOCOL_VERSION",
    "PUSHES_KEPT_MAX",
    "Bye",
    "Client",
    "ConnectionClosed",
    "HearthError",
    "MessageId",
    "ProtocolError",
    "RequestFailed",
    "error_code_name",
    "hearth_pb2",
    "read_secret",
    "ticket",
]

#: Seconds a ticket from :func:`ticket` lives by default (gates refuse over 3600).
TICKET_LIFETIME_DEFAULT_S = 300


def read_secret(path: str | os.PathLike[str]) -> bytes:
    """A login secret file's secret: its bytes without trailing newlines (as the gate
    reads it; a default node writes its development secret to
    ``<data-dir>/login-secret``)."""
    with open(path, "rb") as file:
        return file.read().rstrip(b"\r\n")


def ticket(
    secret: bytes,
    user: str,
    lifetime_s: int = TICKET_LIFETIME_DEFAULT_S,
    *,
    now: int | None = None,
    nonce: int | None = None,
) -> str:
    """A login ticket for `user` under `secret` (``docs/protocol.md``, "Login
    tickets"): ``v1.<expires>.<nonce>.<tag>``, the tag HMAC-SHA256 over the user, the
    expiry and the nonce. Each fresh login needs a new one (a gate refuses a ticket it
    has seen); a resume may reuse its session's.

    Args:
        secret: the gate's login secret (see :func:`read_secret`).
        user: the user name the ticket logs in.
        lifetime_s: seconds from `now` until it expires.
        now: Unix seconds (default: the clock).
        nonce: 64 bits (default: random).
    """
    expires = int(time.time() if now is None else now) + lifetime_s
    nonce = int.from_bytes(os.urandom(8), "big") if nonce is None else nonce
    name = user.encode()
    message = (
        b"hearth-ticket-v1"
        + struct.pack("<I", len(name))
        + name
        + struct.pack("<QQ", expires, nonce)
    )
    tag = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return f"v1.{expires}.{nonce:016x}.{tag}"


#: The protocol version this client speaks.
PROTOCOL_VERSION = 1
#: The port a ``hearth`` node listens on for clients by default.
CLIENT_PORT_DEFAULT = 7400
#: Largest frame the gate accepts or sends, length field included.
FRAME_BYTES_MAX = 16 * 1024
#: Bytes of the length and id fields.
FRAME_HEAD_BYTES = 6
#: Smallest value of the length field (the id alone).
FRAME_LENGTH_MIN = 2
#: Largest value of the length field (16380).
FRAME_LENGTH_MAX = FRAME_BYTES_MAX - 4
#: How long (seconds) the client waits for the server by default.
CLIENT_TIMEOUT_DEFAULT = 10.0
#: Pushes kept while waiting for a reply (the oldest are dropped past it).
PUSHES_KEPT_MAX = 4096

_HEAD = struct.Struct("<IH")
_RECV_BYTES = 64 * 1024


class MessageId(enum.IntEnum):
    """Message ids of the frame's id field."""

    HELLO = 1
    LOGIN = 2
    REQUEST = 3
    LOGOUT = 4
    PING = 5
    WELCOME = 101
    LOGIN_OK = 102
    REPLY = 103
    PUSH = 104
    ERROR = 105
    BYE = 106
    PONG = 107


_TYPE_OF_ID: dict[int, type[Message]] = {
    MessageId.HELLO: hearth_pb2.Hello,
    MessageId.LOGIN: hearth_pb2.Login,
    MessageId.REQUEST: hearth_pb2.Request,
    MessageId.LOGOUT: hearth_pb2.Logout,
    MessageId.PING: hearth_pb2.Ping,
    MessageId.WELCOME: hearth_pb2.Welcome,
    MessageId.LOGIN_OK: hearth_pb2.LoginOk,
    MessageId.REPLY: hearth_pb2.Reply,
    MessageId.PUSH: hearth_pb2.Push,
    MessageId.ERROR: hearth_pb2.Error,
    MessageId.BYE: hearth_pb2.Bye,
    MessageId.PONG: hearth_pb2.Pong,
}
_ID_OF_NAME: dict[str, MessageId] = {
    kind.DESCRIPTOR.full_name: MessageId(id_) for id_, kind in _TYPE_OF_ID.items()
}
_SERVER_IDS = frozenset(id_ for id_ in MessageId if id_ >= MessageId.WELCOME)

# The fields of `Request.body`, and the field that carries each message type.
_BODY_FIELDS = hearth_pb2.Request.DESCRIPTOR.oneofs_by_name["body"].fields
_BODY_NAMES = frozenset(field.name for field in _BODY_FIELDS)
_BODY_FIELD_OF_TYPE = {
    field.message_type.full_name: field.name
    for field in _BODY_FIELDS
    if field.message_type is not None
}


def error_code_name(code: int) -> str:
    """The name of an ``ErrorCode`` value (``"ERROR_INVALID"``), or its number."""
    try:
        return hearth_pb2.ErrorCode.Name(code)
    except ValueError:
        return str(code)


class HearthError(Exception):
    """Base class of this client's errors."""


class ProtocolError(HearthError):
    """The server sent something this client does not understand or did not expect."""


class ConnectionClosed(HearthError, ConnectionError):
    """The server closed the connection (end of stream)."""


class Bye(HearthError):
    """The server closed the session, saying why.

    Attributes:
        code: the ``ErrorCode`` value (``hearth_pb2.ERROR_AUTH_FAILED``, ...).
        message: the server's details.
    """

    def __init__(self, code: int, message: str = "") -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message

    @property
    def code_name(self) -> str:
        """The name of :attr:`code`."""
        return error_code_name(self.code)

    def __str__(self) -> str:
        return f"server said goodbye: {self.code_name}: {self.message}"


class RequestFailed(HearthError):
    """A request (or a frame) was refused with an ``Error``.

    Attributes:
        code: the ``ErrorCode`` value (``hearth_pb2.ERROR_INVALID``, ...).
        request_id: the id of the request, 0 when the error is not about one.
        message: the server's details.
    """

    def __init__(self, code: int, request_id: int, message: str = "") -> None:
        super().__init__(code, request_id, message)
        self.code = code
        self.request_id = request_id
        self.message = message

    @property
    def code_name(self) -> str:
        """The name of :attr:`code`."""
        return error_code_name(self.code)

    def __str__(self) -> str:
        return f"request {self.request_id} failed: {self.code_name}: {self.message}"


class Client:
    """A connection to a Hearth gate. Not thread-safe: use it from one thread.

    Create one with :meth:`connect` (or from a connected socket). Every method that
    waits for the server waits at most :attr:`timeout` seconds in total, then raises
    :class:`TimeoutError`; the connection stays usable after a timeout.
    """

    def __init__(
        self, sock: socket.socket, timeout: float | None = CLIENT_TIMEOUT_DEFAULT
    ) -> None:
        """Wraps a socket connected already; no frame is sent yet.

        Args:
            sock: a connected stream socket (TCP sockets get ``TCP_NODELAY``).
            timeout: seconds a call waits for the server; ``None`` waits forever.
        """
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self._timeout = timeout
        self._sock.settimeout(timeout)
        self._buffer = bytearray()
        self._pushes: collections.deque[hearth_pb2.Push] = collections.deque(
            maxlen=PUSHES_KEPT_MAX
        )
        self._last_seq = 0
        self._token = b""
        self._player = 0
        self._next_id = 1

    @classmethod
    def connect(
        cls,
        host: str = "127.0.0.1",
        port: int = CLIENT_PORT_DEFAULT,
        timeout: float | None = CLIENT_TIMEOUT_DEFAULT,
        *,
        tls: ssl.SSLContext | None = None,
        server_hostname: str | None = None,
    ) -> Client:
        """Connects to a gate (no frame is sent yet).

        Args:
            host: the gate's host name or address.
            port: the gate's client port (its TLS port with `tls`).
            timeout: seconds to connect, and then for each call to wait for the
                server; ``None`` waits forever.
            tls: connect over TLS with this context (e.g.
                ``ssl.create_default_context(cafile="ca.pem")``); the gate's certificate
                is checked against `server_hostname` (default `host`).

        Raises:
            OSError: the gate cannot be reached (``ssl.SSLError``: the TLS handshake
                failed, e.g. a certificate the context does not trust).
        """
        sock = socket.create_connection((host, port), timeout=timeout)
        if tls is not None:
            try:
                sock = tls.wrap_socket(sock, server_hostname=server_hostname or host)
            except BaseException:
                sock.close()
                raise
        return cls(sock, timeout)

    # -- context manager -------------------------------------------------------------

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- state -----------------------------------------------------------------------

    @property
    def timeout(self) -> float | None:
        """Seconds a call waits for the server (``None``: forever)."""
        return self._timeout

    @timeout.setter
    def timeout(self, timeout: float | None) -> None:
        if timeout is not None and timeout <= 0:
            raise ValueError("timeout must be above 0, or None")
        self._timeout = timeout
        self._sock.settimeout(timeout)

    @property
    def player_id(self) -> int:
        """The player id of the session (0 before login)."""
        return self._player

    @property
    def session_token(self) -> bytes:
        """The session token, to resume after a drop (empty before login)."""
        return self._token

    @property
    def last_seq(self) -> int:
        """The highest seq of a ``Reply`` or ``Push`` received."""
        return self._last_seq

    @property
    def next_request_id(self) -> int:
        """The id the next request will get."""
        return self._next_id

    @property
    def pushes_kept(self) -> int:
        """Pushes received while waiting for something else, not yet taken."""
        return len(self._pushes)

    # -- frames ----------------------------------------------------------------------

    def send(self, message: Message) -> None:
        """Sends one client message (``hearth_pb2.Hello``, ``Login``, ``Request``, ...).

        Raises:
            TypeError: the message is not one of the protocol's.
            ValueError: the frame would be over the size limit.
            OSError: the connection failed.
        """
        message_id = _ID_OF_NAME.get(message.DESCRIPTOR.full_name)
        if message_id is None:
            raise TypeError(f"{message.DESCRIPTOR.full_name} is not a protocol message")
        self.send_frame(message_id, message.SerializeToString())

    def send_frame(self, message_id: int, payload: bytes) -> None:
        """Sends a frame with any id and payload (e.g. to test what the gate refuses).

        Raises:
            ValueError: the id is not 16 bits or the frame is over the size limit.
            OSError: the connection failed.
        """
        if not 0 <= message_id <= 0xFFFF:
            raise ValueError(f"message id {message_id} is not a 16-bit number")
        length = len(payload) + 2
        if length > FRAME_LENGTH_MAX:
            raise ValueError(f"frame of {length} bytes is over {FRAME_LENGTH_MAX}")
        self.send_raw(_HEAD.pack(length, message_id) + payload)

    def send_raw(self, data: bytes) -> None:
        """Sends raw bytes, unchecked (for tests of what a gate does with bad input).

        Raises:
            OSError: the connection failed.
        """
        self._sock.settimeout(self._timeout)
        self._sock.sendall(data)

    def recv(self, timeout: float | None = None) -> tuple[str, Message]:
        """The next frame from the server, as ``(message name, message)``.

        The name is the protobuf message's: ``"Welcome"``, ``"LoginOk"``, ``"Reply"``,
        ``"Push"``, ``"Error"``, ``"Bye"`` or ``"Pong"``. Nothing is raised for
        ``Error`` or ``Bye`` here; :attr:`last_seq` follows ``Reply`` and ``Push``.

        Args:
            timeout: seconds to wait this time; ``None``: :attr:`timeout`.

        Raises:
            TimeoutError: nothing complete arrived in time (a partly received frame
                is kept for the next call).
            ConnectionClosed: the server closed the connection.
            ProtocolError: a frame this client cannot read. A bad length leaves the
                stream unreadable, so the connection is closed.
        """
        return self._recv(self._deadline(timeout))

    def _deadline(self, timeout: float | None) -> float | None:
        wait = self._timeout if timeout is None else timeout
        return None if wait is None else time.monotonic() + wait

    def _recv(self, deadline: float | None) -> tuple[str, Message]:
        self._fill(FRAME_HEAD_BYTES, deadline)
        length, message_id = _HEAD.unpack_from(self._buffer)
        if not FRAME_LENGTH_MIN <= length <= FRAME_LENGTH_MAX:
            head = bytes(self._buffer[:FRAME_HEAD_BYTES])
            self.close()
            raise ProtocolError(
                f"bad frame length {length} (must be {FRAME_LENGTH_MIN}.."
                f"{FRAME_LENGTH_MAX}), head {head.hex()}"
            )
        end = 4 + length
        self._fill(end, deadline)
        payload = bytes(self._buffer[FRAME_HEAD_BYTES:end])
        del self._buffer[:end]
        if message_id not in _SERVER_IDS:
            raise ProtocolError(f"unexpected message id {message_id}")
        message = _TYPE_OF_ID[message_id]()
        try:
            message.ParseFromString(payload)
        except DecodeError as error:
            raise ProtocolError(
                f"undecodable {message.DESCRIPTOR.name}: {error}"
            ) from error
        if isinstance(message, (hearth_pb2.Reply, hearth_pb2.Push)):
            self._last_seq = max(self._last_seq, message.seq)
        return message.DESCRIPTOR.name, message

    def _fill(self, size: int, deadline: float | None) -> None:
        """Reads until the buffer holds `size` bytes, or raises."""
        while len(self._buffer) < size:
            if deadline is None:
                self._sock.settimeout(None)
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("timed out waiting for the server")
                self._sock.settimeout(remaining)
            try:
                chunk = self._sock.recv(max(_RECV_BYTES, size - len(self._buffer)))
            except TimeoutError as error:
                raise TimeoutError("timed out waiting for the server") from error
            if not chunk:
                raise ConnectionClosed("the server closed the connection")
            self._buffer += chunk

    def _recv_control(self, deadline: float | None) -> tuple[str, Message]:
        """The next frame that is not a push, until `deadline`.

        Pushes are kept for :meth:`next_push`; a ``Bye`` raises :class:`Bye`, an
        ``Error`` :class:`RequestFailed`.
        """
        while True:
            name, message = self._recv(deadline)
            if isinstance(message, hearth_pb2.Push):
                self._pushes.append(message)
            elif isinstance(message, hearth_pb2.Bye):
                raise Bye(message.reason, message.message)
            elif isinstance(message, hearth_pb2.Error):
                raise RequestFailed(message.code, message.request_id, message.message)
            else:
                return name, message

    # -- session ---------------------------------------------------------------------

    def hello(self, client: str = "hearth-python") -> hearth_pb2.Welcome:
        """Says hello (optional before login); returns the gate's limits.

        Args:
            client: free text naming this client, for the server's logs.

        Raises:
            Bye: with ``ERROR_UNSUPPORTED_VERSION`` if the gate does not speak
                this version.
        """
        self.send(hearth_pb2.Hello(protocol_version=PROTOCOL_VERSION, client=client))
        name, message = self._recv_control(self._deadline(None))
        if not isinstance(message, hearth_pb2.Welcome):
            raise ProtocolError(f"expected Welcome, got {name}: {message}")
        return message

    def login(self, user: str, password: str = "") -> hearth_pb2.LoginOk:
        """Logs in with a fresh session.

        Raises:
            Bye: with ``ERROR_AUTH_FAILED`` and the like.
        """
        return self._open(hearth_pb2.Login(user=user, password=password))

    def resume(
        self,
        user: str,
        password: str = "",
        previous: Client | None = None,
        *,
        token: bytes | None = None,
        last_seq: int | None = None,
        next_request_id: int | None = None,
    ) -> hearth_pb2.LoginOk:
        """Resumes a session on this connection, after the previous one dropped.

        Give either the ``previous`` client (its token, last seq and request ids are
        taken over), or its ``token`` and ``last_seq``. The frames the previous
        connection missed (seq above its last seq) arrive next, in seq order, starting
        at ``LoginOk.resend_from``: resent pushes go to :meth:`next_push`, resent
        replies to :meth:`recv`. Request ids go on from the previous client's (or from
        ``next_request_id``), so that a resent reply is not taken for the answer to a
        new request.

        Raises:
            Bye: with ``ERROR_SESSION_EXPIRED`` past the grace period.
            ValueError: neither a previous client nor a token was given.
        """
        if previous is not None:
            token = previous.session_token if token is None else token
            last_seq = previous.last_seq if last_seq is None else last_seq
            if next_request_id is None:
                next_request_id = previous.next_request_id
        if not token:
            raise ValueError("resume needs the previous client or its session token")
        last_seq = last_seq or 0
        self._last_seq = max(self._last_seq, last_seq)
        if next_request_id is not None:
            self._next_id = max(self._next_id, next_request_id)
        login = hearth_pb2.Login(
            user=user, password=password, resume_token=token, last_seq=last_seq
        )
        return self._open(login)

    def _open(self, login: hearth_pb2.Login) -> hearth_pb2.LoginOk:
        self.send(login)
        name, message = self._recv_control(self._deadline(None))
        if not isinstance(message, hearth_pb2.LoginOk):
            raise ProtocolError(f"expected LoginOk, got {name}: {message}")
        self._token = message.session_token
        self._player = message.player_id
        return message

    def logout(self) -> None:
        """Ends the session at once (no grace period to resume it).

        The gate answers with ``Bye(ERROR_UNSPECIFIED, "logged out")`` and closes the
        connection; read it with :meth:`recv`, or just :meth:`close`.
        """
        self.send(hearth_pb2.Logout())

    def ping(self, nonce: int = 0) -> hearth_pb2.Pong:
        """Sends a keepalive and waits for its ``Pong``.

        Replies arriving meanwhile are dropped, pushes kept for :meth:`next_push`.

        Raises:
            Bye: the server closed the connection.
            RequestFailed: the ping was refused (``ERROR_RATE_LIMITED``).
        """
        self.send(hearth_pb2.Ping(nonce=nonce))
        deadline = self._deadline(None)
        while True:
            name, message = self._recv_control(deadline)
            if isinstance(message, hearth_pb2.Pong) and message.nonce == nonce:
                return message
            if not isinstance(message, (hearth_pb2.Pong, hearth_pb2.Reply)):
                raise ProtocolError(f"expected Pong {nonce}, got {name}: {message}")

    # -- requests --------------------------------------------------------------------

    def send_request(self, body: Message | None = None, /, **one_body: Any) -> int:
        """Sends a request without waiting; returns its id.

        Give the body as a message (``hearth_pb2.Echo(payload=b"hi")``), or as one
        keyword naming the ``Request.body`` field, with a message or a dict
        (``echo=hearth_pb2.Echo(payload=b"hi")``, ``move={"x": 1, "y": 2}``).

        Raises:
            TypeError: not exactly one valid body.
            OSError: the connection failed.
        """
        request = _request(self._next_id, body, one_body)
        self.send(request)
        self._next_id += 1
        return request.id

    def request(
        self, body: Message | None = None, /, **one_body: Any
    ) -> hearth_pb2.Reply:
        """Sends a request (as :meth:`send_request` takes it) and waits for its reply.

        Pushes arriving meanwhile are kept for :meth:`next_push`; other replies and
        pongs are dropped.

        Raises:
            RequestFailed: the server refused it (``ERROR_INVALID``, ``ERROR_TIMEOUT``,
                ``ERROR_RATE_LIMITED``, ...).
            Bye: the server closed the connection.
        """
        request_id = self.send_request(body, **one_body)
        deadline = self._deadline(None)
        while True:
            name, message = self._recv_control(deadline)
            if isinstance(message, hearth_pb2.Reply):
                if message.id == request_id:
                    return message
            elif not isinstance(message, hearth_pb2.Pong):
                raise ProtocolError(
                    f"expected Reply {request_id}, got {name}: {message}"
                )

    def inventory(self) -> hearth_pb2.InventoryState:
        """What the player holds and where it is: gold, experience, level, position
        and item stacks — stored state, the same after a logout or a node restart.

        Raises:
            RequestFailed: the server refused it.
            Bye: the server closed the connection.
        """
        return self.request(inventory=hearth_pb2.Inventory()).inventory

    def use_item(self, item: int, count: int = 1) -> hearth_pb2.InventoryState:
        """Uses (consumes) ``count`` of ``item`` (a potion, item 1, gives experience);
        returns the inventory once the use is stored.

        Raises:
            RequestFailed: ``ERROR_INVALID`` (not held, not usable) or
                ``ERROR_UNAVAILABLE`` (the store cannot save now: nothing was used).
            Bye: the server closed the connection.
        """
        reply = self.request(use_item=hearth_pb2.UseItem(item=item, count=count))
        return reply.inventory

    def leave_group(self, kind: int) -> None:
        """Leaves the player's group of ``kind`` (``hearth_pb2.GROUP_GUILD`` or
        ``GROUP_TEAM``) for good: a guild takes the player off its roster.

        Raises:
            RequestFailed: ``ERROR_INVALID`` (not in a group of that kind).
            Bye: the server closed the connection.
        """
        self.request(leave_group=hearth_pb2.LeaveGroup(kind=kind))

    def guild_info(self) -> hearth_pb2.GuildState:
        """The player's guild as stored: its members (player, rank, online) in the
        order they joined, and its bank.

        Raises:
            RequestFailed: ``ERROR_INVALID`` (not in a guild) or ``ERROR_TIMEOUT``.
            Bye: the server closed the connection.
        """
        return self.request(guild_info=hearth_pb2.GuildInfo()).guild

    def set_guild_rank(self, player: int, rank: int) -> None:
        """Sets another member's rank (``hearth_pb2.GUILD_RANK_*``; ``GUILD_RANK_NONE``
        removes the member). The leader sets any rank; an officer removes members.

        Raises:
            RequestFailed: ``ERROR_INVALID`` (not allowed, or not a member).
            Bye: the server closed the connection.
        """
        self.request(set_guild_rank=hearth_pb2.SetGuildRank(player=player, rank=rank))

    def guild_bank(
        self,
        *,
        withdraw: bool = False,
        items: dict[int, int] | None = None,
        gold: int = 0,
    ) -> hearth_pb2.InventoryState:
        """Deposits ``items`` (item id -> count) and ``gold`` into the guild bank, or
        withdraws them (officers and the leader). The inventory and the bank change in
        one stored transaction; returns the inventory once it is stored.

        Raises:
            RequestFailed: ``ERROR_INVALID`` (not allowed, the goods or the room are
                missing: nothing moved), ``ERROR_UNAVAILABLE`` (the store refused it:
                nothing moved) or ``ERROR_TIMEOUT`` (read :meth:`inventory`).
            Bye: the server closed the connection.
        """
        moved = hearth_pb2.GuildBank(withdraw=withdraw, items=_stacks(items), gold=gold)
        return self.request(guild_bank=moved).inventory

    def offer_trade(
        self,
        to_player: int,
        *,
        give: dict[int, int] | None = None,
        give_gold: int = 0,
        want: dict[int, int] | None = None,
        want_gold: int = 0,
        note: str = "",
    ) -> int:
        """Offers a trade to ``to_player``: this player gives ``give`` (item id ->
        count) and ``give_gold`` and gets ``want`` and ``want_gold``. Returns the offer
        id; the outcome comes as a ``trade_closed`` push (``TRADE_ACCEPTED`` once both
        inventories changed, in one stored transaction).

        Raises:
            RequestFailed: refused (you lack what you give, a bad stack, ...).
            Bye: the server closed the connection.
        """
        offer = hearth_pb2.TradeOffer(
            to_player=to_player,
            item=note,
            give=_stacks(give),
            give_gold=give_gold,
            want=_stacks(want),
            want_gold=want_gold,
        )
        return self.request(trade_offer=offer).trade_opened.offer_id

    def answer_trade(self, from_player: int, offer_id: int, accept: bool) -> None:
        """Answers a ``trade_offered`` push. An accept returns once the trade is made
        and stored.

        Raises:
            RequestFailed: ``ERROR_INVALID`` if it could not be made (the reason says
                why: nothing moved), ``ERROR_TIMEOUT`` if the offer expired or the
                answer took longer than the gate waits (then the ``trade_closed`` push
                says how it ended).
            Bye: the server closed the connection.
        """
        answer = hearth_pb2.TradeAnswer(
            from_player=from_player, offer_id=offer_id, accept=accept
        )
        self.request(trade_answer=answer)

    def next_push(self, timeout: float | None = None) -> hearth_pb2.Push:
        """The next push: one kept earlier, or the next to arrive.

        Other frames arriving meanwhile are dropped.

        Args:
            timeout: seconds to wait this time; ``None``: :attr:`timeout`.

        Raises:
            TimeoutError: no push in time.
            Bye: the server closed the connection.
        """
        if self._pushes:
            return self._pushes.popleft()
        deadline = self._deadline(timeout)
        while True:
            _, message = self._recv(deadline)
            if isinstance(message, hearth_pb2.Push):
                return message
            if isinstance(message, hearth_pb2.Bye):
                raise Bye(message.reason, message.message)

    # -- closing ---------------------------------------------------------------------

    def close(self) -> None:
        """Closes the connection (the session waits its grace period for a resume)."""
        self._sock.close()

    def drop_connection(self) -> None:
        """Closes the connection abruptly, as a dropped network would.

        The session state (:attr:`session_token`, :attr:`last_seq`) stays, for
        :meth:`resume` on a new client.
        """
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()


def _stacks(items: dict[int, int] | None) -> list[hearth_pb2.ItemStack]:
    return [
        hearth_pb2.ItemStack(item=item, count=count)
        for item, count in sorted((items or {}).items())
    ]


def _request(
    request_id: int, body: Message | None, one_body: dict[str, Any]
) -> hearth_pb2.Request:
    """A ``Request`` with `request_id` and one body, given either way."""
    if (body is None) == (len(one_body) == 0) or len(one_body) > 1:
        raise TypeError(
            "give one request body: a message, or one of "
            + ", ".join(f"{name}=..." for name in sorted(_BODY_NAMES))
        )
    if body is not None:
        if not isinstance(body, Message):
            raise TypeError(f"a request body must be a message, not {type(body)!r}")
        field = _BODY_FIELD_OF_TYPE.get(body.DESCRIPTOR.full_name)
        if field is None:
            raise TypeError(f"{body.DESCRIPTOR.full_name} is not a request body")
        value: Any = body
    else:
        ((field, value),) = one_body.items()
        if field not in _BODY_NAMES:
            raise TypeError(
                f"{field!r} is not a request body; one of {sorted(_BODY_NAMES)}"
            )
    request = hearth_pb2.Request(id=request_id, **{field: value})
    getattr(request, field).SetInParent()  # an empty body is still this body
    return request
