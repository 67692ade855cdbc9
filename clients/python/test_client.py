"""Tests of the Python client against a real ``hearth`` node.

The node binary's path comes from the environment variable ``HEARTH_BIN`` (the Rust
test ``game/tests/python_client.rs`` sets it). Each test starts its own standalone
node on a free port and kills it afterwards::

    HEARTH_BIN=../../target/ci/hearth python -m unittest -v test_client

The framing tests at the end need no node.
"""

from __future__ import annotations

import os
import socket
import ssl
import struct
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

from hearth_client import (
    FRAME_LENGTH_MAX,
    Bye,
    Client,
    ConnectionClosed,
    HearthError,
    ProtocolError,
    RequestFailed,
    hearth_pb2,
    ticket,
)

#: How long a node may take to print its ready line.
START_TIMEOUT_S = 20.0
#: How long a test waits for anything from the node.
CLIENT_TIMEOUT_S = 10.0


class Node:
    """A ``hearth`` process with 2 unpinned shards and a client port.

    Kill it with :meth:`stop`.
    """

    def __init__(
        self,
        config: str | None = None,
        role_args: list[str] | None = None,
        extra_args: list[str] | None = None,
    ) -> None:
        """Starts the node: a standalone one, or with `role_args` instead of
        ``--client-listen 127.0.0.1:0`` (e.g. ``--role app --listen ...``), and
        `extra_args`."""
        binary = os.environ.get("HEARTH_BIN")
        if not binary:
            raise RuntimeError(
                "set HEARTH_BIN to the path of the hearth binary "
                "(cargo build -p hearth-game --bin hearth; see README.md)"
            )
        self._dir = tempfile.TemporaryDirectory(prefix="hearth-python-")
        scratch = Path(self._dir.name)
        args = [binary, "--shards", "2", "--no-pin", "--log", "warn"]
        # Logins need tickets under this secret (see :meth:`ticket`).
        self.secret = b"python-test-login-secret-not-secret"
        (scratch / "login-secret").write_bytes(self.secret + b"\n")
        args += ["--auth-secret-file", str(scratch / "login-secret")]
        # Each node stores its players in its own directory (the embedded default).
        args += ["--data-dir", str(scratch / "data")]
        args += role_args or ["--client-listen", "127.0.0.1:0"]
        args += extra_args or []
        if config is not None:
            path = scratch / "node.toml"
            path.write_text(config)
            args += ["--config", str(path)]
        # Output goes to files: a pipe nobody reads could fill and stall the node.
        self._stdout = open(scratch / "stdout", "w+b")
        self._stderr = open(scratch / "stderr", "w+b")
        env = {
            key: value for key, value in os.environ.items() if key != "HEARTH_COOKIE"
        }
        self.process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=self._stdout,
            stderr=self._stderr,
            env=env,
        )
        self.ready = self._wait_ready()
        if self.ready["clients"] != "-":
            host, port = self.ready["clients"].rsplit(":", 1)
            self.host, self.port = host, int(port)

    def _wait_ready(self) -> dict[str, str]:
        """Waits for ``hearth ready clients=HOST:PORT node=ADDR``; its fields
        (``-`` for a role the node does not have)."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            self._stdout.seek(0)
            output = self._stdout.read().decode(errors="replace")
            if "\n" in output:
                line = output.split("\n", 1)[0]
                if not line.startswith("hearth ready"):
                    self.stop()
                    raise AssertionError(
                        f"unexpected first line {line!r}\n{self.stderr()}"
                    )
                return dict(pair.split("=", 1) for pair in line.split()[2:])
            if self.process.poll() is not None:
                code = self.process.returncode
                self.stop()
                raise AssertionError(f"hearth exited with {code}:\n{self.stderr()}")
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError(
                    f"hearth not ready in {START_TIMEOUT_S} s\n{self.stderr()}"
                )
            time.sleep(0.01)

    def stderr(self) -> str:
        """What the node wrote to stderr so far."""
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")

    def client(self) -> Client:
        """A new connection to the node's gate."""
        return Client.connect(self.host, self.port, timeout=CLIENT_TIMEOUT_S)

    def ticket(self, user: str) -> str:
        """A fresh login ticket for `user` on this node."""
        return ticket(self.secret, user)

    def logged_in(self, user: str) -> Client:
        """A new connection logged in as `user`."""
        client = self.client()
        ok = client.login(user, self.ticket(user))
        assert ok.player_id != 0 and ok.session_token, ok
        return client

    def stop(self) -> None:
        """Kills the node and removes its scratch directory."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self._stdout.close()
        self._stderr.close()
        self._dir.cleanup()


class NodeTestCase(unittest.TestCase):
    """Starts a node before each test and kills it after, closing the test's clients."""

    #: Config file contents for the node, if any.
    config: str | None = None

    def setUp(self) -> None:
        self.node = Node(self.config)
        self.addCleanup(self.node.stop)

    def client(self) -> Client:
        client = self.node.client()
        self.addCleanup(client.close)
        return client

    def logged_in(self, user: str) -> Client:
        client = self.node.logged_in(user)
        self.addCleanup(client.close)
        return client


class TicketTest(unittest.TestCase):
    """Tickets as the protocol document specifies them."""

    def test_the_known_answer_of_the_protocol_document(self) -> None:
        made = ticket(b"secret", "alice", 0, now=1_900_000_000, nonce=0x0123456789ABCDEF)
        self.assertEqual(
            made,
            "v1.1900000000.0123456789abcdef."
            "4864f2629f7c0bd3505c5054fae54277c110dea200738c9422447eba784779ff",
        )


class StandaloneNodeTest(NodeTestCase):
    """One standalone node: requests, pushes, pipelining, resume, refusals."""

    def test_a_login_without_a_good_ticket_is_refused(self) -> None:
        for password in ["", ticket(b"not the secret", "alice")]:
            client = self.client()
            with self.assertRaises(Bye) as caught:
                client.login("alice", password)
            self.assertEqual(caught.exception.code, hearth_pb2.ERROR_AUTH_FAILED)
        used = self.node.ticket("alice")
        self.client().login("alice", used)
        with self.assertRaises(Bye) as caught:
            self.client().login("alice", used)
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_AUTH_FAILED)
        self.assertIn("used already", caught.exception.message)

    def test_hello_then_login(self) -> None:
        client = self.client()
        welcome = client.hello()
        self.assertEqual(welcome.protocol_version, 1)
        self.assertEqual(welcome.frame_bytes_max, 16 * 1024)
        self.assertGreater(welcome.requests_per_s, 0)
        self.assertEqual(client.ping(42).nonce, 42)

        ok = client.login("alice", self.node.ticket("alice"))
        self.assertFalse(ok.resumed)
        self.assertNotEqual(ok.player_id, 0)
        self.assertGreater(len(ok.session_token), 0)
        self.assertEqual(client.player_id, ok.player_id)
        self.assertEqual(client.session_token, ok.session_token)
        self.assertEqual(client.last_seq, 0)

    def test_echo_round_trip(self) -> None:
        alice = self.logged_in("alice")
        reply = alice.request(echo=hearth_pb2.Echo(payload=b"hello"))
        self.assertEqual(reply.WhichOneof("body"), "echo")
        self.assertEqual(reply.echo.payload, b"hello")
        self.assertEqual(reply.id, 1)
        self.assertGreater(reply.seq, 0)
        self.assertEqual(alice.last_seq, reply.seq)
        # The body as a positional message, and a binary payload.
        payload = bytes(range(256))
        again = alice.request(hearth_pb2.Echo(payload=payload))
        self.assertEqual(again.echo.payload, payload)
        self.assertEqual(again.id, 2)
        self.assertGreater(again.seq, reply.seq)

    def test_move(self) -> None:
        alice = self.logged_in("alice")
        reply = alice.request(move={"x": 300, "y": -5})
        self.assertEqual(reply.WhichOneof("body"), "moved")
        self.assertEqual((reply.moved.x, reply.moved.y), (300, -5))
        elsewhere = alice.request(hearth_pb2.Move(x=-300, y=5))
        self.assertEqual((elsewhere.moved.x, elsewhere.moved.y), (-300, 5))
        self.assertNotEqual(reply.moved.cell, elsewhere.moved.cell)

    def test_inventory_starts_with_the_kit_and_follows_moves(self) -> None:
        client = self.logged_in("inventory")
        state = client.inventory()
        self.assertEqual((state.gold, state.level), (100, 1))
        self.assertTrue(state.items, "a new player gets the starting kit")
        client.request(move={"x": 7, "y": -3})
        moved = client.inventory()
        self.assertEqual((moved.x, moved.y), (7, -3))

    def test_a_trade_moves_items_and_gold_on_both_sides(self) -> None:
        carol = self.logged_in("py-carol")
        dave = self.logged_in("py-dave")
        potion, sword = 1, 2

        def holding(client: Client) -> tuple[int, dict[int, int]]:
            state = client.inventory()
            return state.gold, {stack.item: stack.count for stack in state.items}

        (gold_c, items_c), (gold_d, items_d) = holding(carol), holding(dave)
        offer = carol.offer_trade(
            dave.player_id, give={sword: 1}, give_gold=30, want={potion: 2}
        )
        offered = dave.next_push()
        self.assertEqual(offered.WhichOneof("body"), "trade_offered")
        self.assertEqual(offered.trade_offered.give_gold, 30)
        self.assertEqual(
            [(s.item, s.count) for s in offered.trade_offered.want], [(potion, 2)]
        )
        dave.answer_trade(carol.player_id, offer, accept=True)
        for side in (carol, dave):
            closed = side.next_push()
            self.assertEqual(closed.WhichOneof("body"), "trade_closed")
            self.assertEqual(closed.trade_closed.outcome, hearth_pb2.TRADE_ACCEPTED)
        (gold_c2, items_c2), (gold_d2, items_d2) = holding(carol), holding(dave)
        self.assertEqual((gold_c2, gold_d2), (gold_c - 30, gold_d + 30))
        self.assertEqual(items_c2.get(sword, 0), items_c.get(sword, 0) - 1)
        self.assertEqual(items_d2.get(potion, 0), items_d.get(potion, 0) - 2)
        # Carol drinks one of the potions she got: it is used up for experience.
        after_use = carol.use_item(potion)
        self.assertEqual(after_use.xp, 25)
        items_c2[potion] -= 1
        with self.assertRaises(RequestFailed) as caught:
            carol.use_item(sword)
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_INVALID)
        # An offer of gold one does not hold is refused, and nothing moves.
        with self.assertRaises(RequestFailed) as caught:
            carol.offer_trade(dave.player_id, give_gold=10_000)
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_INVALID)
        self.assertEqual(holding(carol), (gold_c2, items_c2))

    def test_a_guild_keeps_ranks_and_a_bank(self) -> None:
        lead = self.logged_in("py-guild-lead")
        member = self.logged_in("py-guild-member")
        sword = 2
        for client in (lead, member):
            client.request(join_group={"kind": hearth_pb2.GROUP_GUILD, "group": 31})
        guild = lead.guild_info()
        self.assertEqual(
            [(m.player, m.rank) for m in guild.members],
            [
                (lead.player_id, hearth_pb2.GUILD_RANK_LEADER),
                (member.player_id, hearth_pb2.GUILD_RANK_MEMBER),
            ],
        )
        after = member.guild_bank(items={sword: 1}, gold=40)
        self.assertEqual(after.gold, 60)
        with self.assertRaises(RequestFailed) as caught:
            member.guild_bank(withdraw=True, gold=1)
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_INVALID)
        lead.set_guild_rank(member.player_id, hearth_pb2.GUILD_RANK_OFFICER)
        self.assertEqual(member.guild_bank(withdraw=True, gold=15).gold, 75)
        bank = lead.guild_info()
        self.assertEqual(
            (bank.bank_gold, [(s.item, s.count) for s in bank.bank_items]),
            (25, [(sword, 1)]),
        )
        lead.leave_group(hearth_pb2.GROUP_GUILD)
        self.assertEqual(
            [(m.player, m.rank) for m in member.guild_info().members],
            [(member.player_id, hearth_pb2.GUILD_RANK_LEADER)],
        )

    def test_heavy(self) -> None:
        alice = self.logged_in("alice")
        two = alice.request(heavy=hearth_pb2.Heavy(work=2))
        self.assertEqual(two.WhichOneof("body"), "heavy")
        self.assertEqual(alice.request(heavy={"work": 2}).heavy.value, two.heavy.value)
        self.assertNotEqual(
            alice.request(heavy={"work": 1}).heavy.value, two.heavy.value
        )

    def test_invalid_requests_are_refused(self) -> None:
        alice = self.logged_in("alice")
        with self.assertRaises(RequestFailed) as caught:
            alice.request(move={"x": 2**31 - 1, "y": 0})
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_INVALID)
        self.assertEqual(caught.exception.code_name, "ERROR_INVALID")
        self.assertEqual(caught.exception.request_id, 1)
        with self.assertRaises(RequestFailed) as caught:
            alice.request(heavy={"work": 0})
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_INVALID)
        self.assertEqual(caught.exception.request_id, 2)
        # The session goes on.
        self.assertEqual(alice.request(echo={"payload": b"still here"}).id, 3)
        with self.assertRaises(TypeError):
            alice.send_request(hearth_pb2.Echo(), move={"x": 1})

    def test_whisper_arrives_as_a_push(self) -> None:
        alice = self.logged_in("alice")
        bob = self.logged_in("bob")
        self.assertNotEqual(alice.player_id, bob.player_id)
        reply = bob.request(whisper={"to_player": alice.player_id, "text": "psst"})
        self.assertEqual(reply.WhichOneof("body"), "done")

        push = alice.next_push()
        self.assertEqual(push.WhichOneof("body"), "whisper")
        self.assertEqual(push.whisper.from_player, bob.player_id)
        self.assertEqual(push.whisper.text, "psst")
        self.assertEqual(alice.last_seq, push.seq)

        with self.assertRaises(RequestFailed) as caught:
            bob.request(whisper={"to_player": 12345, "text": "hello?"})
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_INVALID)

    def test_pushes_are_kept_while_waiting_for_a_reply(self) -> None:
        alice = self.logged_in("alice")
        bob = self.logged_in("bob")
        bob.request(whisper={"to_player": alice.player_id, "text": "one"})
        bob.request(whisper={"to_player": alice.player_id, "text": "two"})
        reply = alice.request(echo={"payload": b"x"})
        self.assertEqual(alice.pushes_kept, 2)
        first, second = alice.next_push(), alice.next_push()
        self.assertEqual((first.whisper.text, second.whisper.text), ("one", "two"))
        self.assertLess(first.seq, second.seq)
        self.assertLess(second.seq, reply.seq)
        with self.assertRaises(TimeoutError):
            alice.next_push(timeout=0.2)

    def test_pipelined_requests_are_answered_in_order(self) -> None:
        alice = self.logged_in("alice")
        ids = [alice.send_request(echo={"payload": bytes([n])}) for n in range(20)]
        self.assertEqual(ids, list(range(1, 21)))
        last_seq = 0
        for n, request_id in enumerate(ids):
            name, reply = alice.recv()
            self.assertEqual(name, "Reply")
            assert isinstance(reply, hearth_pb2.Reply)
            self.assertEqual(reply.id, request_id, "answers in request order")
            self.assertEqual(reply.echo.payload, bytes([n]))
            self.assertGreater(reply.seq, last_seq)
            last_seq = reply.seq
        self.assertEqual(alice.last_seq, last_seq)

    def test_a_dropped_session_resumes_with_what_it_missed(self) -> None:
        alice = self.logged_in("alice")
        alice.request(echo={"payload": b"one"})
        seen = alice.last_seq
        self.assertGreater(seen, 0)
        alice.drop_connection()

        # While alice is away, bob whispers: the push waits in her session's cache.
        bob = self.logged_in("bob")
        bob.request(whisper={"to_player": alice.player_id, "text": "are you there?"})

        back = self.client()
        ok = back.resume("alice", self.node.ticket("alice"), alice)
        self.assertTrue(ok.resumed)
        self.assertEqual(ok.player_id, alice.player_id)
        self.assertEqual(ok.session_token, alice.session_token)
        self.assertEqual(
            ok.resend_from, seen + 1, "resent from the first seq she missed"
        )
        push = back.next_push()
        self.assertEqual(push.seq, ok.resend_from)
        self.assertEqual(push.whisper.from_player, bob.player_id)
        self.assertEqual(push.whisper.text, "are you there?")
        self.assertEqual(back.last_seq, push.seq)
        # Request ids go on from the dropped client's; seqs go on from the session's.
        reply = back.request(echo={"payload": b"two"})
        self.assertEqual(reply.id, 2)
        self.assertEqual(reply.seq, push.seq + 1)

    def test_an_unknown_message_id_gets_bye(self) -> None:
        client = self.client()
        client.send_frame(999, b"")
        with self.assertRaises(Bye) as caught:
            client.ping(1)
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_UNKNOWN_MESSAGE)
        self.assertIn("999", caught.exception.message)
        with self.assertRaises(ConnectionClosed):
            client.recv()

    def test_a_request_before_login_is_refused(self) -> None:
        client = self.client()
        with self.assertRaises(RequestFailed) as caught:
            client.request(echo={"payload": b"too early"})
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_NOT_LOGGED_IN)

    def test_logout_says_bye(self) -> None:
        alice = self.logged_in("alice")
        alice.logout()
        name, bye = alice.recv()
        self.assertEqual(name, "Bye")
        assert isinstance(bye, hearth_pb2.Bye)
        self.assertEqual(bye.reason, hearth_pb2.ERROR_UNSPECIFIED)


class ShortGraceNodeTest(NodeTestCase):
    """A node whose sessions wait only 300 ms for a resume."""

    config = "session_grace_ms = 300\n"

    def test_a_session_expires_after_its_grace_period(self) -> None:
        alice = self.logged_in("alice")
        alice.request(echo={"payload": b"one"})
        alice.drop_connection()
        time.sleep(1.5)
        late = self.client()
        with self.assertRaises(HearthError) as caught:
            late.resume("alice", self.node.ticket("alice"), alice)
        self.assertEqual(
            getattr(caught.exception, "code", None), hearth_pb2.ERROR_SESSION_EXPIRED
        )


class TlsTest(unittest.TestCase):
    """A node with a TLS port beside its plain one; the client checks its certificate."""

    def setUp(self) -> None:
        scratch = tempfile.TemporaryDirectory(prefix="hearth-python-tls-")
        self.addCleanup(scratch.cleanup)
        self.cert = Path(scratch.name) / "cert.pem"
        key = Path(scratch.name) / "key.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec"]
            + ["-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"]
            + ["-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"]
            + ["-keyout", str(key), "-out", str(self.cert)],
            check=True,
            capture_output=True,
        )
        tls_args = ["--tls-listen", "127.0.0.1:0", "--tls-cert", str(self.cert)]
        self.node = Node(extra_args=tls_args + ["--tls-key", str(key)])
        self.addCleanup(self.node.stop)
        host, port = self.node.ready["tls"].rsplit(":", 1)
        self.tls_host, self.tls_port = host, int(port)

    def connect(self, context: ssl.SSLContext) -> Client:
        client = Client.connect(
            self.tls_host, self.tls_port, timeout=CLIENT_TIMEOUT_S, tls=context
        )
        self.addCleanup(client.close)
        return client

    def test_a_client_logs_in_and_plays_over_tls(self) -> None:
        client = self.connect(ssl.create_default_context(cafile=str(self.cert)))
        ok = client.login("alice", self.node.ticket("alice"))
        self.assertNotEqual(ok.player_id, 0)
        reply = client.request(echo={"payload": b"over tls"})
        self.assertEqual(reply.echo.payload, b"over tls")
        # The plain port still serves, beside it.
        plain = self.node.logged_in("bob")
        self.addCleanup(plain.close)
        plain.request(whisper={"to_player": ok.player_id, "text": "hi through tls"})
        self.assertEqual(client.next_push().whisper.text, "hi through tls")

    def test_a_certificate_the_client_does_not_trust_is_refused(self) -> None:
        with self.assertRaises(ssl.SSLCertVerificationError):
            self.connect(ssl.create_default_context())

    def test_plain_bytes_on_the_tls_port_get_nothing(self) -> None:
        client = Client.connect(self.tls_host, self.tls_port, timeout=CLIENT_TIMEOUT_S)
        self.addCleanup(client.close)
        with self.assertRaises((HearthError, OSError)):
            client.login("carol", self.node.ticket("carol"))


class ConformanceTest(unittest.TestCase):
    """Every scenario of clients/conformance/scenarios.json, each on a fresh node."""

    def test_every_scenario(self) -> None:
        import conformance

        for scenario in conformance.scenarios():
            with self.subTest(scenario["name"]):
                node = Node(config=scenario.get("config"))
                try:
                    run = conformance.Run(node)
                    try:
                        run.play(scenario)
                    finally:
                        for client in run.clients.values():
                            client.close()
                finally:
                    node.stop()


class GateAndAppTest(unittest.TestCase):
    """A gate node and an app node as separate processes; Persons live on the app."""

    def setUp(self) -> None:
        scratch = tempfile.TemporaryDirectory(prefix="hearth-python-cluster-")
        self.addCleanup(scratch.cleanup)
        cookie = Path(scratch.name) / "cookie"
        cookie.write_text("python-test-cookie-not-secret\n")
        cookie.chmod(0o600)
        common = ["--cookie-file", str(cookie)]
        self.app = Node(role_args=["--role", "app", "--listen", "127.0.0.1:0"] + common)
        self.addCleanup(self.app.stop)
        gate_args = ["--role", "gate", "--client-listen", "127.0.0.1:0"]
        gate_args += ["--join", self.app.ready["node"]] + common
        self.gate = Node(role_args=gate_args)
        self.addCleanup(self.gate.stop)

    def test_requests_and_pushes_cross_the_nodes(self) -> None:
        alice = self.gate.logged_in("alice")
        self.addCleanup(alice.close)
        bob = self.gate.logged_in("bob")
        self.addCleanup(bob.close)
        self.assertEqual(alice.request(echo={"payload": b"via app"}).echo.payload, b"via app")
        bob.request(whisper={"to_player": alice.player_id, "text": "across nodes"})
        push = alice.next_push()
        self.assertEqual(push.whisper.from_player, bob.player_id)
        self.assertEqual(push.whisper.text, "across nodes")

    def test_a_dead_app_node_is_told_to_its_clients(self) -> None:
        alice = self.gate.logged_in("alice")
        self.addCleanup(alice.close)
        alice.request(echo={"payload": b"one"})
        self.app.process.kill()
        started = time.monotonic()
        with self.assertRaises(Bye) as caught:
            alice.next_push()
        self.assertEqual(caught.exception.code, hearth_pb2.ERROR_INTERNAL)
        self.assertLess(time.monotonic() - started, 5.0, "seen within failure detection")


class FramingTest(unittest.TestCase):
    """The client's framing, over a socket pair (no node)."""

    def setUp(self) -> None:
        mine, self.server = socket.socketpair()
        self.addCleanup(self.server.close)
        self.client = Client(mine, timeout=2.0)
        self.addCleanup(self.client.close)

    def frame(self, message_id: int, payload: bytes) -> bytes:
        return struct.pack("<IH", len(payload) + 2, message_id) + payload

    def test_frames_are_little_endian_length_then_id(self) -> None:
        self.client.send_request(echo={"payload": b"hi"})
        data = self.server.recv(1024)
        length, message_id = struct.unpack_from("<IH", data)
        self.assertEqual((length, message_id), (len(data) - 4, 3))
        request = hearth_pb2.Request.FromString(data[6:])
        self.assertEqual((request.id, request.echo.payload), (1, b"hi"))

    def test_the_documented_example_frame(self) -> None:
        # docs/protocol.md: Ping{nonce: 1} is these 8 bytes.
        self.client.send(hearth_pb2.Ping(nonce=1))
        self.assertEqual(self.server.recv(1024), bytes([4, 0, 0, 0, 5, 0, 0x08, 0x01]))

    def test_a_frame_split_anywhere_is_read_whole(self) -> None:
        reply = hearth_pb2.Reply(id=7, seq=9, echo={"payload": b"abc"})
        push = hearth_pb2.Push(seq=10, whisper={"from_player": 1, "text": "x"})
        data = self.frame(103, reply.SerializeToString()) + self.frame(
            104, push.SerializeToString()
        )
        self.server.sendall(data[:3])
        with self.assertRaises(TimeoutError):
            self.client.recv(timeout=0.05)
        self.server.sendall(data[3:])
        self.assertEqual(self.client.recv(), ("Reply", reply))
        self.assertEqual(self.client.recv(), ("Push", push))
        self.assertEqual(self.client.last_seq, 10)

    def test_an_oversized_frame_is_refused(self) -> None:
        self.server.sendall(struct.pack("<IH", FRAME_LENGTH_MAX + 1, 103))
        with self.assertRaises(ProtocolError):
            self.client.recv()

    def test_the_largest_frame_is_read(self) -> None:
        payload = hearth_pb2.Reply(id=1, echo={"payload": b""}).SerializeToString()
        # Pad with an unknown field (number 100, length-delimited) up to the limit.
        tag = b"\xa2\x06"
        room = FRAME_LENGTH_MAX - 2 - len(payload) - len(tag) - 2
        padding = tag + bytes([0x80 | (room & 0x7F), room >> 7]) + bytes(room)
        data = self.frame(103, payload + padding)
        self.assertEqual(len(data), FRAME_LENGTH_MAX + 4)
        self.server.sendall(data)
        name, reply = self.client.recv()
        assert isinstance(reply, hearth_pb2.Reply)
        self.assertEqual((name, reply.id), ("Reply", 1))

    def test_a_frame_below_the_id_is_refused(self) -> None:
        self.server.sendall(struct.pack("<IH", 1, 103))
        with self.assertRaises(ProtocolError):
            self.client.recv()

    def test_an_unknown_server_message_is_refused(self) -> None:
        self.server.sendall(self.frame(3, b""))
        with self.assertRaises(ProtocolError):
            self.client.recv()

    def test_a_closed_connection_is_reported(self) -> None:
        self.server.close()
        with self.assertRaises(ConnectionClosed):
            self.client.recv()

    def test_a_sent_frame_over_the_limit_is_refused(self) -> None:
        with self.assertRaises(ValueError):
            self.client.send_frame(3, bytes(FRAME_LENGTH_MAX - 1))


if __name__ == "__main__":
    unittest.main()
