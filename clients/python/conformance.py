"""The protocol conformance runner for the Python client: plays the scenarios of
``clients/conformance/scenarios.json`` (forms in ``clients/conformance/README.md``)
against a real node. ``test_client.ConformanceTest`` runs every scenario on a fresh node.

Messages are compared in protobuf's JSON form (``json_format.MessageToDict``: lowerCamelCase
names, 64-bit integers as strings, enums by name, bytes in base64, default values left
out); an expectation holds when every field it names is there with that value.
"""

from __future__ import annotations

import base64
import json
import signal
import time
from pathlib import Path
from typing import Any, Callable

from google.protobuf import json_format

from hearth_client import Client, hearth_pb2, ticket

#: The scenarios, beside this client's folder.
SCENARIOS = Path(__file__).resolve().parent.parent / "conformance" / "scenarios.json"
#: Seconds any single expectation waits.
WAIT_S = 10.0


def scenarios() -> list[dict[str, Any]]:
    """Every scenario of the file."""
    document = json.loads(SCENARIOS.read_text())
    assert document["format"] == 1, "a scenario format this runner does not know"
    return document["scenarios"]


def as_dict(message: Any) -> dict[str, Any]:
    """A message in protobuf's JSON form."""
    return json_format.MessageToDict(message)


def matches(expected: Any, actual: Any) -> bool:
    """Whether `actual` holds every field of `expected` with its value (a list: each
    expected element matches some element of the actual list)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            key in actual and matches(value, actual[key])
            for key, value in expected.items()
        )
    if isinstance(expected, list):
        return isinstance(actual, list) and all(
            any(matches(e, a) for a in actual) for e in expected
        )
    return str(expected) == str(actual) if isinstance(actual, str) else expected == actual


class Failure(AssertionError):
    """A step did not go as the scenario says."""


class Run:
    """One scenario against one node.

    Args:
        node: has ``host``, ``port``, ``secret``, ``process`` (the ``hearth`` child).
    """

    def __init__(self, node: Any) -> None:
        self.node = node
        self.clients: dict[str, Client] = {}
        self.users: dict[str, str] = {}
        self.tickets: dict[str, str] = {}
        self.pushes: dict[str, list[dict[str, Any]]] = {}
        self.values: dict[str, str] = {}

    def play(self, scenario: dict[str, Any]) -> None:
        """Plays every step; raises :class:`Failure` naming the first that fails."""
        for number, step in enumerate(scenario["steps"], 1):
            try:
                self.step(step)
            except Failure as failure:
                raise Failure(f"step {number} {json.dumps(step)}: {failure}") from None

    # -- values ---------------------------------------------------------------------

    def resolve(self, value: Any) -> Any:
        """`value` with ``$name`` strings replaced (a player id, a saved value), and
        ``<field>_bytes: n`` fields replaced by ``<field>`` holding n bytes."""
        if isinstance(value, dict):
            out = {}
            for key, item in value.items():
                if key.endswith("_bytes") and isinstance(item, int):
                    out[key[: -len("_bytes")]] = base64.b64encode(b"a" * item).decode()
                else:
                    out[key] = self.resolve(item)
            return out
        if isinstance(value, list):
            return [self.resolve(item) for item in value]
        if isinstance(value, str) and value.startswith("$"):
            name = value[1:]
            if name in self.values:
                return self.values[name]
            return str(self.clients[name].player_id)
        return value

    def ticket_for(self, kind: str, user: str) -> str:
        """The password a `login` step's ``ticket`` names."""
        secret = self.node.secret
        if kind == "good":
            return ticket(secret, user)
        if kind == "none":
            return ""
        if kind == "forged":
            return ticket(b"not the node's secret", user)
        if kind == "other_user":
            return ticket(secret, user + "-other")
        if kind == "expired":
            return ticket(secret, user, -10)
        if kind == "too_long":
            return ticket(secret, user, 7200)
        if kind.startswith("same_as:"):
            return self.tickets[kind.split(":", 1)[1]]
        raise Failure(f"unknown ticket kind {kind}")

    # -- steps ----------------------------------------------------------------------

    def step(self, step: dict[str, Any]) -> None:
        action: Callable[[dict[str, Any]], None] = getattr(self, "do_" + step["do"])
        action(step)

    def client(self, step: dict[str, Any]) -> Client:
        return self.clients[step["as"]]

    def do_connect(self, step: dict[str, Any]) -> None:
        self.clients[step["as"]] = Client.connect(self.node.host, self.node.port, timeout=WAIT_S)
        self.pushes[step["as"]] = []

    def do_hello(self, step: dict[str, Any]) -> None:
        hello = hearth_pb2.Hello(protocol_version=step.get("version", 1), client="conformance")
        self.client(step).send(hello)
        self.expect(step, self.next_answer(step))

    def do_login(self, step: dict[str, Any]) -> None:
        user = step.get("user", step["as"])
        password = self.ticket_for(step["ticket"], user)
        self.users[step["as"]], self.tickets[step["as"]] = user, password
        self.client(step).send(hearth_pb2.Login(user=user, password=password))
        answer = self.next_answer(step)
        if "loginOk" in answer:
            self.client(step)._token = base64.b64decode(answer["loginOk"]["sessionToken"])
            self.client(step)._player = int(answer["loginOk"]["playerId"])
        self.expect(step, answer)

    def do_ping(self, step: dict[str, Any]) -> None:
        self.client(step).send(hearth_pb2.Ping(nonce=step["nonce"]))
        self.expect(step, self.next_answer(step))

    def do_request(self, step: dict[str, Any]) -> None:
        body = self.resolve(step["body"])
        client = self.client(step)
        request = json_format.ParseDict({"id": str(client.next_request_id), **body}, hearth_pb2.Request())
        client.send_request(getattr(request, request.WhichOneof("body")))
        answer = self.next_answer(step)
        self.expect(step, answer)
        for name, path in step.get("save", {}).items():
            value: Any = answer
            for key in path.split("."):
                value = value[key]
            self.values[name] = str(value)

    def do_burst(self, step: dict[str, Any]) -> None:
        client = self.client(step)
        body = self.resolve(step["body"])
        for _ in range(step["count"]):
            request = json_format.ParseDict({"id": str(client.next_request_id), **body}, hearth_pb2.Request())
            client.send_request(getattr(request, request.WhichOneof("body")))
        codes = [self.next_answer(step) for _ in range(step["count"])]
        wanted = step["expect"]["someError"]
        if not any(answer.get("error", {}).get("code") == wanted for answer in codes):
            raise Failure(f"no {wanted} among {codes}")

    def do_push(self, step: dict[str, Any]) -> None:
        expected = self.resolve(step["expect"]["push"])
        kept = self.pushes[step["as"]]
        deadline = time.monotonic() + WAIT_S
        while True:
            for index, push in enumerate(kept):
                if matches(expected, push):
                    del kept[index]
                    return
            if time.monotonic() > deadline:
                raise Failure(f"no push like {expected}; got {kept}")
            self.read_one(step["as"], deadline)

    def do_drop(self, step: dict[str, Any]) -> None:
        self.client(step).drop_connection()

    def do_resume(self, step: dict[str, Any]) -> None:
        self.resume_as(step, step["as"], self.users[step["as"]])

    def do_resume_with(self, step: dict[str, Any]) -> None:
        self.resume_as(step, step["of"], step["user"])

    def resume_as(self, step: dict[str, Any], previous_name: str, user: str) -> None:
        previous = self.clients[previous_name]
        client = Client.connect(self.node.host, self.node.port, timeout=WAIT_S)
        self.clients[step["as"]] = client
        self.pushes.setdefault(step["as"], [])
        login = hearth_pb2.Login(
            user=user,
            password=ticket(self.node.secret, user),
            resume_token=previous.session_token,
            last_seq=previous.last_seq,
        )
        client.send(login)
        self.expect(step, self.next_answer(step))

    def do_logout(self, step: dict[str, Any]) -> None:
        self.client(step).logout()
        self.expect(step, self.next_answer(step))

    def do_stop_node(self, step: dict[str, Any]) -> None:
        self.node.process.send_signal(signal.SIGTERM)

    def do_wait_bye(self, step: dict[str, Any]) -> None:
        self.expect(step, self.next_answer(step))

    # -- reading --------------------------------------------------------------------

    def read_one(self, name: str, deadline: float) -> dict[str, Any] | None:
        """Reads one frame of client `name`: a push is kept (None), else its answer
        in JSON form under its kind (``{"reply": ...}``, ``{"bye": ...}``, ...)."""
        try:
            kind, message = self.clients[name].recv(max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            raise Failure("nothing from the gate in time") from None
        as_json = as_dict(message)
        if kind == "Push":
            self.pushes[name].append(as_json)
            return None
        key = kind[0].lower() + kind[1:]
        return {key: as_json}

    def next_answer(self, step: dict[str, Any]) -> dict[str, Any]:
        """The next frame of the step's client that is not a push (pushes are kept)."""
        deadline = time.monotonic() + WAIT_S
        while True:
            answer = self.read_one(step["as"], deadline)
            if answer is not None:
                return answer

    def expect(self, step: dict[str, Any], answer: dict[str, Any]) -> None:
        """Checks `answer` against the step's ``expect``."""
        expected = self.resolve(step.get("expect", {}))
        for kind in ("bye", "error"):
            if kind in expected:
                field = "reason" if kind == "bye" else "code"
                # JSON leaves out a field at its default: code 0 is ERROR_UNSPECIFIED.
                code = answer[kind].get(field, "ERROR_UNSPECIFIED") if kind in answer else None
                if code != expected[kind]:
                    raise Failure(f"expected {kind} {expected[kind]}, got {answer}")
                return
        if not matches(expected, answer):
            raise Failure(f"expected {expected}, got {answer}")
