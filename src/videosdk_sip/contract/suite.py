"""One contract run: schemathesis over every phase and check, the client check, then cleanup.

The schemathesis part goes through its Python engine (`schemathesis.engine.from_schema`),
the same one its CLI drives, so every phase runs (examples, coverage, fuzzing, stateful) and
each event reaches this module directly: the report, the JUnit file and the progress display
are built from the events, and the suite's own extensions (auth, body marking, create
tracking, the client check) are plain Python for the length of the run.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

import httpx
from attrs import frozen

from videosdk_sip.contract.cleanup import RULES_PATH, CleanupReport, clean_up
from videosdk_sip.contract.fence import Lookup, RuleFence
from videosdk_sip.contract.marking import RuleMarker, new_run_prefix
from videosdk_sip.contract.models import ResponseModels
from videosdk_sip.contract.options import SuiteOptions
from videosdk_sip.contract.pacing import Pacer
from videosdk_sip.contract.redaction import Redactor
from videosdk_sip.contract.results import Results
from videosdk_sip.contract.target import Credentials, Target
from videosdk_sip.contract.tracking import CreatedRules

if TYPE_CHECKING:
    from videosdk_sip_client import AuthenticatedClient
    from videosdk_sip_client.tokens import TokenProvider

__all__ = [
    "CREATE",
    "CREATE_CALL",
    "DELETE",
    "GET",
    "UPDATE",
    "Endpoint",
    "Outcome",
    "Progress",
    "run_suite",
]

CREATE = "POST /v2/sip/routing-rules"
CREATE_CALL = "POST /v2/sip/call"
CALL_ACTIONS = frozenset(
    {"POST /v2/sip/call/transfer", "POST /v2/sip/call/end", "POST /v2/sip/call/switch-room"}
)
CALL_OPERATIONS = CALL_ACTIONS | {CREATE_CALL, "GET /v2/sip/call/{callId}"}
"""The call operations that answer 2xx only for a call the run placed."""
NO_CALL_ROUTE = (
    "not applicable (no outbound rule to place calls through: only the embedded mock has "
    "one; a call is placed, transferred, ended or moved only against it)"
)
GET = "GET /v2/sip/routing-rules/{ruleId}"
UPDATE = "PUT /v2/sip/routing-rules/{ruleId}"
DELETE = "DELETE /v2/sip/routing-rules/{ruleId}"

TOKEN_LIFETIME = timedelta(minutes=30)


@frozen
class Endpoint:
    """Where requests go: a base URL, and the ASGI app when it runs in this process."""

    base_url: str
    app: Any = None
    call_route: tuple[str, str] | None = None
    """An outbound rule's id and one of its numbers that calls may be placed through (the
    embedded mock has one); without it a call's create names a rule the server lacks."""


class Progress(Protocol):
    """What the run reports while it goes."""

    def phase(self, name: str) -> None: ...

    def operation(self, label: str | None) -> None: ...

    def request(self) -> None: ...

    def failure(self) -> None: ...


@frozen
class Outcome:
    """Everything a run produced."""

    results: Results
    cleanup: CleanupReport | None
    seed: int
    prefix: str
    elapsed: float

    @property
    def failed(self) -> bool:
        return self.results.failed or self.cleanup is None or not self.cleanup.ok


def run_suite(
    endpoint: Endpoint,
    target: Target,
    options: SuiteOptions,
    *,
    redactor: Redactor,
    progress: Progress,
) -> Outcome:
    """Runs every phase against `endpoint`, then the client check, then always cleans up."""
    from videosdk_sip.contract.client_phase import run_client_phase
    from videosdk_sip.contract.engine import execute_engine, load_schema
    from videosdk_sip.spec import SERVED_TAGS, load_document, served_document

    started = time.monotonic()
    seed = options.seed if options.seed is not None else random.SystemRandom().getrandbits(32)
    deadline = started + options.max_time if options.max_time is not None else None
    redactor.add(target.credentials.secret, target.credentials.token)
    tokens = _token_provider(target.credentials, redactor)
    peer_tokens: RecordingTokens | None = None
    if target.peer is not None:
        redactor.add(target.peer.secret, target.peer.token)
        peer_tokens = _token_provider(target.peer, redactor)
    marker = RuleMarker(
        prefix=new_run_prefix(), gateway_id=target.gateway_id, call_route=endpoint.call_route
    )
    created = CreatedRules()
    results = Results()
    pacer = Pacer(options.rate_limit)
    models = ResponseModels.from_document(
        served_document(load_document(), options.tags or SERVED_TAGS)
    )
    client = _client(endpoint, tokens, options)
    fence = RuleFence(created, marker, _lookup(client.get_httpx_client(), pacer))
    cleanup: CleanupReport | None = None
    try:
        schema = load_schema(endpoint, options, seed=seed, peers=peer_tokens is not None)
        execute_engine(
            schema,
            tokens=tokens,
            peer_tokens=peer_tokens,
            marker=marker,
            created=created,
            fence=fence,
            models=models,
            results=results,
            redactor=redactor,
            progress=progress,
        )
        if not results.interrupted and options.client_examples > 0:
            progress.phase("client")
            run_client_phase(
                schema,
                client,
                examples=options.client_examples,
                seed=seed,
                marker=marker,
                created=created,
                models=models,
                results=results,
                redactor=redactor,
                pace=pacer,
                deadline=deadline,
                progress=progress,
                inbound_gateway_id=target.inbound_gateway_id,
            )
        if not results.interrupted and results.stopped_early is None:
            operations = models.operations()
            if endpoint.call_route is None:
                # Without an outbound rule to call through, a call is never placed, so its
                # actions can only answer 404: they are sent, and said to be untested.
                operations = [name for name in operations if name not in CALL_OPERATIONS]
                if len(operations) < len(models.operations()):
                    results.not_applicable["calls"] = NO_CALL_ROUTE
            results.require_success(operations)
    except KeyboardInterrupt:
        results.interrupted = True
    finally:
        progress.phase("cleanup")
        try:
            cleanup = clean_up(
                client.get_httpx_client(), created, marker, pace=_counted(pacer, progress)
            )
        finally:
            client.close()
    return Outcome(
        results=results,
        cleanup=cleanup,
        seed=seed,
        prefix=marker.prefix,
        elapsed=time.monotonic() - started,
    )


def _lookup(http: httpx.Client, pace: Callable[[], None]) -> Lookup:
    """GET of one rule for the fence; `rule_id` comes already encoded for a path."""

    def lookup(rule_id: str) -> tuple[int, Any] | None:
        pace()
        try:
            answer = http.get(f"{RULES_PATH}/{rule_id}")
        except httpx.HTTPError:
            return None
        try:
            body = answer.json()
        except ValueError:
            body = None
        return answer.status_code, body

    return lookup


def _counted(pace: Pacer, progress: Progress) -> Callable[[], None]:
    def paced_and_counted() -> None:
        pace()
        progress.request()

    return paced_and_counted


class RecordingTokens:
    """Hands out the provider's tokens, telling the redactor about each one first.

    `handed_out` counts the tokens asked for: one per request sent with them.
    """

    def __init__(self, provider: TokenProvider, redactor: Redactor) -> None:
        self._provider = provider
        self._redactor = redactor
        self._lock = threading.Lock()
        self.handed_out = 0

    def get_token(self) -> str:
        token = self._provider.get_token()
        self._redactor.add(token)
        with self._lock:
            self.handed_out += 1
        return token

    def __repr__(self) -> str:
        return "RecordingTokens(<hidden>)"


def _token_provider(credentials: Credentials, redactor: Redactor) -> RecordingTokens:
    from videosdk_sip_client.tokens import CachedTokenProvider, StaticTokenProvider

    provider: TokenProvider
    if credentials.token is not None:
        provider = StaticTokenProvider(credentials.token)
    else:
        assert credentials.api_key is not None
        assert credentials.secret is not None
        provider = CachedTokenProvider(
            credentials.api_key, credentials.secret, lifetime=TOKEN_LIFETIME
        )
    return RecordingTokens(provider, redactor)


def _client(
    endpoint: Endpoint, tokens: RecordingTokens, options: SuiteOptions
) -> AuthenticatedClient:
    """The generated client, as a user would build it, minus retries: every answer counts."""
    from videosdk_sip_client import AuthenticatedClient

    from videosdk_sip.contract.transport import InProcessTransport

    transport = InProcessTransport(endpoint.app) if endpoint.app is not None else None
    return AuthenticatedClient(
        endpoint.base_url,
        tokens,
        timeout=httpx.Timeout(options.request_timeout),
        retry=None,
        raise_on_error=False,
        transport=transport,
    )
