"""Tokens a correct server refuses, sent to every operation: each must get the documented 401.

Leaving the token out (schemathesis's `ignored_auth`) misses servers that accept any token
whatever its signature, a `Bearer ` prefix, or an expired token. Each probe here is one
request with one bad token; a server that answers anything but 401 fails `bad_token_refusal`
for that operation, named with the kind of token. Item requests name an id no rule has, and
a create sends a body carrying the run's marks, so a server that wrongly accepts one changes
nothing that is not the run's (and cleanup finds what it made).
"""

from __future__ import annotations

import json
import secrets
import time
import warnings
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

import httpx
import jwt
from attrs import frozen

from videosdk_sip.contract.answers import json_or_none
from videosdk_sip.contract.context import RunContext
from videosdk_sip.contract.fence import NOT_OURS
from videosdk_sip.contract.redaction import REDACTED
from videosdk_sip.contract.results import AUTH_PROBES, FailureRecord, body_excerpt
from videosdk_sip.contract.scoping import Scope
from videosdk_sip.contract.target import Credentials
from videosdk_sip.mock.openapi import resolve
from videosdk_sip.spec import Document, load_document

__all__ = ["AUTH_CHECK", "BadToken", "bad_tokens", "run_auth_probes"]

AUTH_CHECK = "bad_token_refusal"
PHASE = "auth"
UNKNOWN_KEY = "videosdk-sip-contract-unknown-key"
NEEDS_SECRET = "not applicable (needs the secret to sign: set VIDEOSDK_API_KEY and VIDEOSDK_SECRET)"  # noqa: S105 (a message, not a secret)


@frozen
class BadToken:
    """One `Authorization` value a correct server refuses, and what is wrong with it."""

    kind: str
    header: str = ""


def _claims(api_key: str, *, issued: int, lifetime: int = 1800) -> dict[str, Any]:
    return {
        "apikey": api_key,
        "permissions": ["allow_join"],
        "version": 2,
        "roles": ["crawler"],
        "iat": issued,
        "exp": issued + lifetime,
    }


def bad_tokens(credentials: Credentials, good: str) -> tuple[list[BadToken], list[str]]:
    """The bad tokens for these credentials, and the kinds that cannot be made without the
    secret. `good` is a currently valid token of the same credentials."""
    now = int(time.time())
    header, _, rest = good.partition(".")
    payload = rest.partition(".")[0]
    tokens = [
        BadToken("a `Bearer ` prefix on a valid token", f"Bearer {good}"),
        BadToken(
            "`alg: none` and no signature",
            jwt.encode(_unverified_claims(good), None, algorithm="none"),
        ),
        BadToken(
            "a signature that is not the secret's",
            f"{header}.{payload}.{_other_signature(good)}",
        ),
    ]
    if credentials.api_key is None or credentials.secret is None:
        return tokens, ["an unknown API key", "an expired token", "another algorithm (HS512)"]
    api_key, secret = credentials.api_key, credentials.secret
    tokens += [
        BadToken("an unknown API key", jwt.encode(_claims(UNKNOWN_KEY, issued=now), secret)),
        BadToken(
            "an expired token",
            jwt.encode(_claims(api_key, issued=now - 7200, lifetime=3600), secret),
        ),
        BadToken("another algorithm (HS512)", _hs512(_claims(api_key, issued=now), secret)),
    ]
    return tokens, []


def _hs512(claims: dict[str, Any], secret: str) -> str:
    with warnings.catch_warnings():
        # PyJWT warns about secrets shorter than SHA-512 wants; the token is meant to fail.
        warnings.simplefilter("ignore")
        return jwt.encode(claims, secret, algorithm="HS512")


def _unverified_claims(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return claims


def _other_signature(token: str) -> str:
    forged = jwt.encode(_unverified_claims(token), secrets.token_urlsafe(32), algorithm="HS256")
    return forged.rsplit(".", 1)[1]


def _request_body(document: Document, operation: Mapping[str, Any]) -> Any:
    """The first example of the operation's JSON request body, or None."""
    body = operation.get("requestBody")
    if body is None:
        return None
    media = resolve(document, body).get("content", {}).get("application/json", {})
    for example in media.get("examples", {}).values():
        return resolve(document, example).get("value")
    schema = resolve(document, media.get("schema", {}))
    return schema.get("example")


def run_auth_probes(http: httpx.Client, ctx: RunContext) -> None:
    """Sends each bad token to each of the run's operations, requiring 401 every time."""
    good = ctx.tokens.get_token()
    tokens, unmade = bad_tokens(ctx.target.credentials, good)
    ctx.redactor.add(*(token.header for token in tokens))
    if unmade:
        ctx.results.not_applicable[f"{AUTH_CHECK} ({', '.join(unmade)})"] = NEEDS_SECRET
    document = load_document()
    scope = Scope(ctx)
    for label in ctx.operations.labels.values():
        method, path = label.split(" ", 1)
        operation = document["paths"][path][method.lower()]
        if not operation.get("security", document.get("security")):
            continue
        # Shaped as every other request of the run: marked, and kept to what it may touch.
        case = SimpleNamespace(body=_request_body(document, operation), path_parameters={})
        scope.shape_request(label, case)
        url_path = _fill_path(path)
        for token in tokens:
            if ctx.clock.expired() or ctx.results.interrupted or ctx.guard.silent:
                return
            _probe(http, ctx, scope, (label, case), url_path, token)


def _fill_path(path: str) -> str:
    """The path with each parameter set to an id no resource has."""
    while "{" in path:
        start = path.index("{")
        end = path.index("}", start)
        path = path[:start] + NOT_OURS + path[end + 1 :]
    return path


def _probe(
    http: httpx.Client,
    ctx: RunContext,
    scope: Scope,
    shaped: tuple[str, SimpleNamespace],
    path: str,
    token: BadToken,
) -> None:
    label, case = shaped
    body = case.body
    method = label.split(" ", 1)[0]
    ctx.pacer()
    content = None if body is None else json.dumps(body).encode()
    headers = {"Authorization": token.header}
    if content is not None:
        headers["Content-Type"] = "application/json"
    try:
        # `auth=None` would still add the client's own token: the header set here is the one sent.
        request = http.build_request(method, path, content=content, headers=headers)
        answer = http.send(request, auth=_NoAuth())
    except httpx.HTTPError as error:
        ctx.results.add_error(ctx.redactor.scrub(f"{label} ({PHASE}): {type(error).__name__}"))
        return
    ctx.progress.request()
    ctx.results.count_request(label, phase=AUTH_PROBES)
    ctx.results.count_status(label, answer.status_code)
    ctx.results.count_check(label, AUTH_CHECK)
    if answer.status_code == 401:
        return
    if 200 <= answer.status_code < 300:
        scope.learn_answer(label, case, answer.status_code, json_or_none(answer), PHASE)
    reproduction = f"curl -X {method} -H 'Authorization: {REDACTED}'"
    if content is not None:
        reproduction += f" -H 'Content-Type: application/json' -d '{content.decode()}'"
    reproduction += f" '{http.base_url}{path}'"
    ctx.record_failure(
        FailureRecord(
            operation=label,
            check=AUTH_CHECK,
            title=f"A token with {token.kind} got {answer.status_code}, not 401",
            expected=ctx.redactor.scrub(
                f"a request whose token has {token.kind} is refused with the documented 401\n"
                f"Answered {answer.status_code}: {body_excerpt(answer.content)}"
            ),
            reproduction=ctx.redactor.scrub(reproduction),
            phase=PHASE,
            status=answer.status_code,
        ),
        identity=(label, AUTH_CHECK, token.kind),
    )


class _NoAuth(httpx.Auth):
    """Sends the request exactly as built."""
