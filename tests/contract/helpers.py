"""Running the contract command in tests, and deliberately broken variants of the mock."""

from __future__ import annotations

import argparse
import io
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import jwt
from attrs import frozen
from videosdk_sip_client.tokens import mint_token

from videosdk_sip.contract.command import add_arguments, perform
from videosdk_sip.contract.context import Outcome
from videosdk_sip.contract.embedded import AppFactory, example_numbers
from videosdk_sip.contract.fence import NOT_OURS
from videosdk_sip.contract.results import FailureRecord
from videosdk_sip.mock.app import create_app
from videosdk_sip.mock.settings import MockSettings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

RULES = "/v2/sip/routing-rules"
API_KEY = "contract-test-key"
SECRET = "contract-test-secret-0123456789-abcdefghij"
GATEWAY = "gateway_out_987654321"

SMALL = ("--max-examples", "10", "--stateful-examples", "5", "--client-examples", "2")
"""A run small enough for a drift test, big enough to reach every operation and check."""


@frozen
class Run:
    code: int
    out: str
    err: str
    outcome: Outcome | None = None
    elapsed: float = 0.0

    @property
    def result(self) -> Outcome:
        assert self.outcome is not None, self.err
        return self.outcome

    def failures(self, check: str, operation: str | None = None) -> list[FailureRecord]:
        """The run's failures of `check` (on `operation`, when given)."""
        return [
            record
            for record in self.result.results.failures
            if record.check == check and (operation is None or record.operation == operation)
        ]

    def failure_headers(self) -> list[str]:
        """`OPERATION | check` of every failure of the run."""
        return [f"{record.operation} | {record.check}" for record in self.result.results.failures]

    def names(self, operation: str, check: str) -> bool:
        return bool(self.failures(check, operation))

    def drift_record(self, check: str, operation: str, said: str) -> FailureRecord:
        """The failure a drifted server must cause: the run failed, and `check` on
        `operation` says `said` and gives a curl reproduction."""
        assert self.code == 1, self.out
        found = self.failures(check, operation)
        assert found, "\n".join(self.failure_headers())
        record = found[0]
        assert said in record.title + record.expected, record
        assert record.reproduction.startswith("curl"), record
        return record


def contract_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="videosdk-sip contract")
    add_arguments(parser)
    return parser.parse_args(argv)


def run_contract(
    *argv: str, environ: Mapping[str, str] | None = None, app_factory: AppFactory | None = None
) -> Run:
    """Runs the command in this process, isolated from the caller's VIDEOSDK_* variables."""
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    completed = perform(
        contract_args(*argv),
        environ=dict(environ or {}),
        stdout=out,
        stderr=err,
        app_factory=app_factory,
    )
    return Run(
        completed.exit_status,
        out.getvalue(),
        err.getvalue(),
        completed.outcome,
        time.monotonic() - started,
    )


# Broken variants of the mock -----------------------------------------------------------------

Rewrite = Callable[[Scope, int, bytes], tuple[int, bytes]]


def rewriting(app: ASGIApp, rewrite: Rewrite) -> ASGIApp:
    """`app` with every answer passed through `rewrite(scope, status, body)` before it goes out."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            status, body = rewrite(scope, start["status"], b"".join(chunks))
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, capture)

    return wrapped


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def drops_required_field(settings: MockSettings) -> ASGIApp:
    """Answers rules without `gatewayId`, a field the contract requires."""

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        data = _json(body)
        rules = data.get("data") if isinstance(data, dict) and "pageInfo" in data else [data]
        for rule in rules or []:
            if isinstance(rule, dict) and "numbers" in rule:
                rule.pop("gatewayId", None)
        return status, json.dumps(data).encode() if data is not None else body

    return rewriting(create_app(settings), rewrite)


def answers_undocumented_status(settings: MockSettings) -> ASGIApp:
    """Answers a successful create with 201, a status the contract does not list."""

    def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
        if scope["method"] == "POST" and scope["path"] == RULES and status == 200:
            return 201, body
        return status, body

    return rewriting(create_app(settings), rewrite)


def fails_on_large_pages(settings: MockSettings) -> ASGIApp:
    """A 500 for any listing that asks for more than 50 rules a page."""
    app = create_app(settings)

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        query = dict(
            item.split("=", 1)
            for item in scope.get("query_string", b"").decode().split("&")
            if "=" in item
        )
        per_page = query.get("perPage", "")
        listing = scope.get("path") == RULES and scope.get("method") == "GET"
        if listing and per_page.isdigit() and int(per_page) > 50:
            body = b'{"message": "internal error", "code": "INTERNAL_ERROR"}'
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    return wrapped


def keeps_deleted_rules(settings: MockSettings) -> ASGIApp:
    """Answers a delete as done (200, the documented body) but keeps the rule."""
    app = create_app(settings)

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope.get("method") != "DELETE" or not path.startswith(RULES + "/"):
            await app(scope, receive, send)
            return
        rule_id = path.rsplit("/", 1)[1]

        def rewrite(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
            if status != 200:
                return status, body
            return 200, json.dumps({"message": "Routing rule deleted.", "ruleId": rule_id}).encode()

        # A fetch stands in for the delete: the same 401/404 answers, and nothing removed.
        await rewriting(app, rewrite)({**scope, "method": "GET"}, receive, send)

    return wrapped


def ignores_auth(settings: MockSettings) -> ASGIApp:
    """Treats a missing or bad token as a good one."""
    app = create_app(settings)
    api_key, secret = next(iter(settings.credentials.items()))

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
            headers.append((b"authorization", mint_token(api_key, secret).encode()))
            scope = {**scope, "headers": headers}
        await app(scope, receive, send)

    return wrapped


def shares_rules_between_keys(settings: MockSettings) -> ASGIApp:
    """Lets any other API key fetch the first key's rules one by one (lists stay per key)."""
    app = create_app(settings)
    owner, secret = next(iter(settings.credentials.items()))

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        single_read = scope["type"] == "http" and scope["method"] == "GET"
        if single_read and scope["path"].startswith(RULES + "/"):
            headers = dict(scope["headers"])
            api_key = _token_api_key(headers.get(b"authorization", b"").decode())
            if api_key is not None and api_key != owner:
                headers[b"authorization"] = mint_token(owner, secret).encode()
                scope = {**scope, "headers": list(headers.items())}
        await app(scope, receive, send)

    return wrapped


def shares_inbound_numbers(settings: MockSettings) -> ASGIApp:
    """Creates a rule whose number another rule already routes on an inbound gateway.

    A create the mock refuses with 409 is sent again with fresh numbers, and answered as the
    rule stored, carrying the numbers asked for: the duplicate looks accepted, and it exists
    (under its id) for cleanup to delete.
    """
    app = create_app(settings)
    fresh = iter(range(1_000_000, 10_000_000))

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != RULES:
            await app(scope, receive, send)
            return
        asked = await _read_body(receive)
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await app(scope, _replaying(asked), hold)
        if held[0]["status"] != 409:
            for message in held:
                await send(message)
            return
        rule = json.loads(asked)
        wanted = rule["numbers"]
        rule["numbers"] = [f"+1415{next(fresh)}" for _ in wanted]

        def restore(scope: Scope, status: int, body: bytes) -> tuple[int, bytes]:
            answer = _json(body)
            if status == 200 and isinstance(answer, dict):
                answer["numbers"] = wanted
                return status, json.dumps(answer).encode()
            return status, body

        await rewriting(app, restore)(scope, _replaying(json.dumps(rule).encode()), send)

    return wrapped


def _token_api_key(token: str) -> str | None:
    """The `apikey` claim of a JWT, unverified; None for anything else."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return None
    api_key = claims.get("apikey")
    return api_key if isinstance(api_key, str) else None


async def _read_body(receive: Receive) -> bytes:
    """The whole request body, however many messages it came in."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _replaying(body: bytes) -> Receive:
    """A `receive` that hands the app `body` again, in one message."""

    async def replay() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


class RecordingCreates:
    """The mock, keeping the body of every create it accepted (answered 200)."""

    def __init__(self, settings: MockSettings) -> None:
        self.mock = create_app(settings)
        self.app: ASGIApp = self.mock
        self.stores = self.mock.stores
        self.accepted: list[Any] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != RULES:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                self.accepted.append(json.loads(body))
            await send(message)

        await self.app(scope, _replaying(body), watch)


# The mock as a separate process --------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def mock_process(api_key: str = API_KEY, secret: str = SECRET) -> Iterator[str]:
    """`videosdk-sip mock` in a process of its own, like a remote server whose account has
    the numbers the examples show registered; yields its URL."""
    port = free_port()
    env = {**os.environ, "VIDEOSDK_API_KEY": api_key, "VIDEOSDK_SECRET": secret}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "videosdk_sip.cli",
            "mock",
            "--port",
            str(port),
            "--numbers",
            ",".join(example_numbers()),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the mock process did not start")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def list_rules(url: str, *, api_key: str = API_KEY, secret: str = SECRET) -> list[dict[str, Any]]:
    """Every rule the API key has, over all pages."""
    rules: list[dict[str, Any]] = []
    page = 1
    while True:
        answer = httpx.get(
            f"{url}{RULES}",
            params={"perPage": 100, "page": page},
            headers={"Authorization": mint_token(api_key, secret)},
        )
        answer.raise_for_status()
        body = answer.json()
        rules += body["data"]
        if page >= body["pageInfo"]["lastPage"]:
            return rules
        page += 1


def create_rule(url: str, *, name: str) -> dict[str, Any]:
    """Creates a rule the way another user of the account would; answers it as stored."""
    answer = httpx.post(
        f"{url}{RULES}",
        json={
            "gatewayId": GATEWAY,
            "name": name,
            "numbers": ["+14150009999"],
            "dispatch": {"agent": {"type": "cloud", "id": "agent_1"}},
        },
        headers={"Authorization": mint_token(API_KEY, SECRET)},
    )
    answer.raise_for_status()
    rule: dict[str, Any] = answer.json()
    return rule


def remote_environ(url: str, **extra: str) -> dict[str, str]:
    return {
        "VIDEOSDK_BASE_URL": url,
        "VIDEOSDK_API_KEY": API_KEY,
        "VIDEOSDK_SECRET": SECRET,
        "VIDEOSDK_GATEWAY_ID": GATEWAY,
        **extra,
    }


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """Serves `app` on a free loopback port in a background thread; yields its base URL."""
    import threading

    import uvicorn

    config = uvicorn.Config(
        app, host="127.0.0.1", port=free_port(), log_config=None, lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class WithForeignRules:
    """The mock holding rules someone else created, noting every change aimed at them."""

    def __init__(self, settings: MockSettings, count: int = 10) -> None:
        from videosdk_sip.contract.transport import InProcessTransport

        self.app: ASGIApp = create_app(settings)
        self.touched: list[str] = []
        self.fenced = 0
        transport = InProcessTransport(self.app)
        with httpx.Client(transport=transport, base_url="http://testserver") as http:
            self.foreign = [
                http.post(
                    RULES,
                    json={
                        "gatewayId": GATEWAY,
                        "name": f"someone else's rule {index}",
                        "numbers": ["+14150009999"],
                        "dispatch": {"agent": {"type": "cloud", "id": "agent_1"}},
                    },
                    headers={
                        "Authorization": mint_token(*next(iter(settings.credentials.items())))
                    },
                ).json()["id"]
                for index in range(count)
            ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Only the seed rules' own paths reach them: the same id elsewhere (a gateway's path,
        # say) names nothing of theirs.
        on_rules = scope["type"] == "http" and scope["path"].startswith(RULES + "/")
        if on_rules and scope["method"] in ("PUT", "DELETE", "PATCH"):
            rule_id = scope["path"].rsplit("/", 1)[-1]
            if rule_id in self.foreign:
                self.touched.append(f"{scope['method']} {rule_id}")
            elif rule_id == NOT_OURS:
                self.fenced += 1
        await self.app(scope, receive, send)
