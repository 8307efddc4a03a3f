"""The hooks installed around a schemathesis run: the run's tokens on every request, each
request kept to what the run may touch, and the check that answers survive the client's model."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import schemathesis
from schemathesis.checks import CHECKS, CheckContext
from schemathesis.core.failures import Failure, Severity
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER, HookContext
from schemathesis.specs.openapi.schemas import OpenApiSchema
from schemathesis.wfc.escalation import EscalatingAuthProvider

from videosdk_sip.contract.context import RecordingTokens
from videosdk_sip.contract.engine_config import CLIENT_CHECK
from videosdk_sip.contract.guard import AnswerGuard
from videosdk_sip.contract.models import ResponseModels, roundtrip_problem
from videosdk_sip.contract.scoping import Scope

__all__ = ["ClientModelFailure", "client_check", "install_auth", "marking_and_fencing"]

OWNER = "key-a"
PEER = "key-b"


class ClientModelFailure(Failure):
    """An answer that the generated client's model does not parse, or does not keep whole."""

    code = "ST999"
    kind_title = "Answer does not survive the client's model"


class _SuiteTokens:
    """Puts a current token, raw, in `Authorization` (the tokens cache and refresh themselves)."""

    def __init__(self, tokens: RecordingTokens) -> None:
        self._tokens = tokens

    def get(self, case: Case[Any], context: Any) -> str:
        return self._tokens.get_token()

    def set(self, case: Case[Any], data: str, context: Any) -> None:
        case.headers["Authorization"] = data


def install_auth(
    schema: OpenApiSchema, tokens: RecordingTokens, peer_tokens: RecordingTokens | None
) -> None:
    """Every request goes as the run's identity; a peer identity only probes its rules.

    With a peer, the provider is the one schemathesis builds for a multi-user `[auth.wfc]`
    document with `peers` (its only way to get two identities), pinned to the run's own:
    `object_level_authorization` then replays each successful read of a rule as the peer.
    """
    if peer_tokens is None:
        schema.auth.providers.append(_SuiteTokens(tokens))
        return
    schema.auth.providers.append(
        EscalatingAuthProvider(
            [_SuiteTokens(tokens), _SuiteTokens(peer_tokens)],
            [OWNER, PEER],
            peers=(OWNER, PEER),
            pinned=OWNER,
        )
    )


@contextmanager
def marking_and_fencing(scope: Scope, guard: AnswerGuard | None) -> Iterator[None]:
    """Right before each request, in every phase, keeps it to what the run may touch (see
    `scoping`); over the network it also gets the guard's time and size limits (`guard`).

    `before_call` is a process-wide hook, so it is registered for this run only. Schemathesis
    re-validates a case that the hook changed, so its positive/negative label stays true.
    """

    def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
        label = case.operation.label
        if guard is not None:
            kwargs.update(guard.requests_arguments(label))
        scope.shape_request(label, case)

    GLOBAL_HOOK_DISPATCHER.register_hook_with_name(before_call, "before_call")
    try:
        yield
    finally:
        GLOBAL_HOOK_DISPATCHER.unregister(before_call)


@contextmanager
def client_check(models: ResponseModels) -> Iterator[None]:
    """Registers the check that every documented answer survives the client's model."""

    def client_model_roundtrip(
        ctx: CheckContext, response: Response, case: Case[Any]
    ) -> bool | None:
        # As for the built-in checks: True means "does not apply here", None means "passed".
        model = models.model_for(case.operation.label, response.status_code)
        if model is None:
            return True  # an undocumented status: status_code_conformance reports it
        try:
            payload = response.json()
        except ValueError:
            return True  # not JSON: content_type_conformance reports it
        problem = roundtrip_problem(model, payload)
        if problem is not None:
            raise ClientModelFailure(
                operation=case.operation.label,
                title=f"Answer {response.status_code} does not survive the client's "
                f"{model.__name__} model",
                message=problem,
                severity=Severity.HIGH,
            )
        return None

    schemathesis.check(client_model_roundtrip)
    try:
        yield
    finally:
        CHECKS.unregister(CLIENT_CHECK)
