"""Log in to a Hearth node, send an echo and a move, and print what comes back.

Start a node first (it listens for clients on port 7400)::

    cargo run --release -p hearth-game --bin hearth

then, from this folder::

    python example.py alice
    python example.py bob --whisper-to PLAYER_ID   # alice sees the whisper

Logins need a ticket. The node started above wrote a development secret to
``hearth-data/login-secret`` (at the repository root, where it ran); this example signs
its ticket with that file (``--secret-file`` for another, ``--ticket`` for one printed by
``hearth ticket USER``; neither for a node started with ``--open-login``).

Run ``python example.py --help`` for the options.
"""

from __future__ import annotations

import argparse
import sys
import time

from pathlib import Path

from hearth_client import (
    CLIENT_PORT_DEFAULT,
    Client,
    HearthError,
    hearth_pb2,
    read_secret,
    ticket,
)

#: Where a default node started at the repository root keeps its development secret.
DEV_SECRET = Path(__file__).resolve().parent.parent.parent / "hearth-data" / "login-secret"


def password(args: argparse.Namespace) -> str:
    """The login's password: the ticket given, or one signed with the secret file, or
    nothing (an ``--open-login`` node)."""
    if args.ticket:
        return args.ticket
    path = Path(args.secret_file) if args.secret_file else DEV_SECRET
    if path.exists():
        return ticket(read_secret(path), args.user)
    if args.secret_file:
        raise SystemExit(f"no secret file at {path}")
    return ""


def main(argv: list[str] | None = None) -> int:
    """Runs the example; the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("user", help="the user to log in as")
    parser.add_argument("--ticket", help="a login ticket (`hearth ticket USER` prints one)")
    parser.add_argument(
        "--secret-file",
        help=f"the node's login secret, to sign a ticket with (default {DEV_SECRET})",
    )
    parser.add_argument("--host", default="127.0.0.1", help="the gate's address")
    parser.add_argument("--port", type=int, default=CLIENT_PORT_DEFAULT)
    parser.add_argument(
        "--whisper-to", type=int, metavar="PLAYER_ID", help="whisper to this player"
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=3.0,
        metavar="SECONDS",
        help="how long to wait for pushes at the end (default 3)",
    )
    args = parser.parse_args(argv)

    try:
        with Client.connect(args.host, args.port) as client:
            welcome = client.hello("hearth-python-example")
            print(
                f"connected: protocol {welcome.protocol_version}, "
                f"{welcome.requests_per_s} requests/s allowed"
            )
            ok = client.login(args.user, password(args))
            print(f"logged in as {args.user}: player {ok.player_id}")

            reply = client.request(echo=hearth_pb2.Echo(payload=b"hello, hearth"))
            print(f"echo (seq {reply.seq}): {reply.echo.payload.decode()}")

            reply = client.request(move=hearth_pb2.Move(x=120, y=-40))
            moved = reply.moved
            print(
                f"moved (seq {reply.seq}) to ({moved.x}, {moved.y}), cell {moved.cell}"
            )

            if args.whisper_to is not None:
                whisper = hearth_pb2.Whisper(
                    to_player=args.whisper_to, text=f"hi from {args.user}"
                )
                client.request(whisper=whisper)
                print(f"whispered to player {args.whisper_to}")

            print(f"waiting {args.wait:g} s for pushes (whispers to {ok.player_id})")
            deadline = time.monotonic() + args.wait
            while (remaining := deadline - time.monotonic()) > 0:
                try:
                    push = client.next_push(timeout=remaining)
                except TimeoutError:
                    break
                if push.WhichOneof("body") == "whisper":
                    line = push.whisper
                    print(
                        f"push (seq {push.seq}): player {line.from_player}: {line.text}"
                    )
                else:
                    print(f"push (seq {push.seq}): {push}")
            client.logout()
    except ConnectionRefusedError:
        print(
            f"cannot connect to {args.host}:{args.port}: is a hearth node running?",
            file=sys.stderr,
        )
        return 1
    except (HearthError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
