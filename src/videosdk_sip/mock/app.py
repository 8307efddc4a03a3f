"""The mock server as a plain ASGI 3 application, driven by openapi.yaml.

Routes, parameter rules and body schemas come from the document, read once by `create_app`;
the code here holds only what the document cannot say: what each operation does to the
stored rules. Every answer is JSON in the document's `Error` shape unless it is a success,
and every answer carries `X-Request-Id`.

A request goes through these steps, stopping at the first that answers:
route (404, 405) -> faults (--faults) -> token (401, 403) -> `Prefer: code=NNN` -> query
parameters (400) -> body: size (413), presence (400), media type (415), JSON (400), depth
(413), schema (400) -> the operation itself (400 unknown gateway, 404, 409).

`Prefer: code=NNN` answers the document's example for that status, but only once the token
has passed: a request without a valid token gets its 401 or 403 whatever it prefers, so the
test control never lets a request past authentication. With a valid token, `code=401` and
`code=403` answer the documented examples like any other documented status.

State lives in one process: run the mock with a single uvicorn worker.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, NoReturn
from urllib.parse import unquote_to_bytes

import orjson

from videosdk_sip.mock.auth import AuthFailure, TokenVerifier
from videosdk_sip.mock.docs import DOCS_ASSET_PATHS, docs_routes
from videosdk_sip.mock.faults import Fault, FaultInjector
from videosdk_sip.mock.openapi import Api, Operation, read_api
from videosdk_sip.mock.problems import Problem, problems_for, show
from videosdk_sip.mock.settings import MockSettings
from videosdk_sip.mock.store import DELETED_MESSAGE, NumberInUse, RuleStore
from videosdk_sip.spec import load_document, served_document

__all__ = ["ASGIApp", "MockApp", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

logger = logging.getLogger("videosdk_sip.mock")

JSON = b"application/json"
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_DOCS_PATHS = ("/docs", "/docs/", "/openapi.yaml", "/openapi.json", "/", *DOCS_ASSET_PATHS)


class ErrorAnswer(Exception):
    """An error answer: status, `Error.code`, and the problems (or a bare message)."""

    def __init__(
        self,
        status: int,
        code: str,
        problems: list[Problem] | None = None,
        message: str | None = None,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.problems = problems or []
        self.message = message
        self.headers = headers or []

    def body(self) -> bytes:
        answer: dict[str, Any]
        if self.problems:
            first = self.problems[0]
            message = first.message
            if len(self.problems) > 1:
                more = len(self.problems) - 1
                message += f" (and {more} more problem{'s' if more > 1 else ''}, see errors)"
            answer = {
                "message": message,
                "code": self.code,
                "field": first.field,
                "rule": first.rule,
                "errors": [problem.as_json() for problem in self.problems],
            }
        else:
            answer = {"message": self.message or self.code, "code": self.code}
        return orjson.dumps(answer)


def _invalid(*problems: Problem, code: str = "VALIDATION_ERROR") -> ErrorAnswer:
    return ErrorAnswer(400, code, list(problems))


class _Dropped(Exception):
    """The connection is to be closed without an answer (a `--faults` drop)."""


Answer = tuple[int, bytes]
Handler = Callable[[str, Mapping[str, str], Mapping[str, Any], Any], Answer]
"""What an operation does: `(api key, path values, query values, body) -> (status, body)`."""


class MockApp:
    """The ASGI application. Build it with `create_app`."""

    def __init__(self, settings: MockSettings) -> None:
        self.settings = settings
        document = load_document(settings.spec_path)
        self.api: Api = read_api(served_document(document))
        self.store = RuleStore(settings.gateways)
        self.verifier = TokenVerifier(settings.credentials, settings.token_cache_size)
        self.faults = FaultInjector(settings.faults) if settings.faults is not None else None
        self._handlers: dict[str, Handler] = {
            "createRoutingRule": self._create,
            "listRoutingRules": self._list,
            "getRoutingRule": self._get,
            "updateRoutingRule": self._update,
            "deleteRoutingRule": self._delete,
        }
        # Path values the router already guarantees (a non-empty segment) need no check.
        self._path_checked = {
            operation.operation_id
            for operation in self.api.operations()
            if operation.path_parameters is not None
            and not _segment_suffices(operation.path_parameters.schema)
        }
        documented = {operation.operation_id for operation in self.api.operations()}
        if documented != set(self._handlers):
            missing = sorted(documented - set(self._handlers))
            extra = sorted(set(self._handlers) - documented)
            raise ValueError(
                f"{settings.spec_path}: the mock implements {sorted(self._handlers)}; "
                f"no handler for {missing}, not in the document: {extra}"
            )
        self._preferred = {
            (operation.operation_id, status): _example_answer(response)
            for operation in self.api.operations()
            for status, response in operation.responses.items()
            if status >= 300
        }
        title = str(document.get("info", {}).get("title", "API"))
        self._static: dict[str, tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]] = {
            **docs_routes(title),
            "/openapi.yaml": (200, b"application/yaml", settings.spec_path.read_bytes(), []),
            "/openapi.json": (200, JSON, orjson.dumps(document), []),
        }
        self._limit_digits = len(str(settings.max_body_bytes))
        self._ids = itertools.count(1)
        self._id_prefix = secrets.token_hex(3)

    # ASGI entry point ------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._not_http(scope, receive, send)
            return
        content_type = JSON
        headers: list[tuple[bytes, bytes]] = []
        try:
            status, body = await self._handle(scope, receive, send)
        except ErrorAnswer as error:
            status, body, headers = error.status, error.body(), error.headers
        except _StaticAnswer as answer:
            status, content_type, body, headers = answer.args
        except _Dropped:
            return
        except Exception:
            logger.exception("the mock failed on %s %s", scope.get("method"), scope.get("path"))
            status = 500
            body = ErrorAnswer(500, "INTERNAL_ERROR", message=_INTERNAL_MESSAGE).body()
        request_id = f"req_{self._id_prefix}{next(self._ids):08x}".encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", str(len(body)).encode()),
                    (b"x-request-id", request_id),
                    *headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _not_http(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        elif scope["type"] == "websocket":
            await receive()
            await send({"type": "websocket.close", "code": 1003})

    # The request pipeline ----------------------------------------------------------------

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> Answer:
        path: str = scope["path"]
        method: str = scope["method"]
        matched = self.api.match(path)
        if matched is None:
            self._static_or_404(path, method)
        item, path_values = matched
        operation = item.operations.get(method)
        if operation is None:
            raise ErrorAnswer(
                405,
                "METHOD_NOT_ALLOWED",
                [
                    Problem(
                        "method",
                        "allowed",
                        f"method: {method[:20]} is not allowed on {item.template}; "
                        f"use {item.allow}",
                    )
                ],
                headers=[(b"allow", item.allow.encode())],
            )

        authorization = content_type = content_length = prefer = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value
            elif name == b"content-type":
                content_type = value
            elif name == b"content-length":
                content_length = value
            elif name == b"prefer":
                prefer = value

        if self.faults is not None:
            await self._fault(send)

        api_key = ""
        if operation.secured:
            try:
                api_key = self.verifier.verify(authorization)
            except AuthFailure as failure:
                code = "AUTHENTICATION_FAILED" if failure.status == 401 else "PERMISSION_DENIED"
                raise ErrorAnswer(
                    failure.status,
                    code,
                    [Problem("Authorization", failure.rule, failure.message)],
                ) from None
        if prefer is not None:
            self._apply_preference(operation, prefer)

        query = self._query(operation, scope["query_string"])
        if operation.operation_id in self._path_checked:
            self._check_path(operation, path_values)
        body = None
        if operation.body is not None:
            if content_length is not None and len(content_length) >= self._limit_digits:
                _check_declared_length(content_length, self.settings.max_body_bytes)
            message = await receive()
            raw = message.get("body", b"")
            if message.get("more_body", False) or len(raw) > self.settings.max_body_bytes:
                raw = await _read_rest(receive, raw, message, self.settings.max_body_bytes)
            body = self._body(operation, raw, content_type)
        return self._handlers[operation.operation_id](api_key, path_values, query, body)

    def _static_or_404(self, path: str, method: str) -> NoReturn:
        if path in _DOCS_PATHS:
            if method not in ("GET", "HEAD"):
                raise ErrorAnswer(
                    405,
                    "METHOD_NOT_ALLOWED",
                    [
                        Problem(
                            "method", "allowed", f"method: {method[:20]} is not allowed; use GET"
                        )
                    ],
                    headers=[(b"allow", b"GET, HEAD")],
                )
            if path in ("/", "/docs/"):
                raise _StaticAnswer(
                    307, b"text/plain; charset=utf-8", b"", [(b"location", b"/docs")]
                )
            raise _StaticAnswer(*self._static[path])
        raise ErrorAnswer(
            404,
            "NOT_FOUND",
            [
                Problem(
                    "path",
                    "exists",
                    f"path: {show(path)} is not part of this API; the reference is at /docs",
                )
            ],
        )

    async def _fault(self, send: Send) -> None:
        assert self.faults is not None
        delay, fault = self.faults.draw()
        if delay > 0:
            await asyncio.sleep(delay)
        if fault is Fault.RATE_LIMITED:
            seconds = self.faults.settings.retry_after
            raise ErrorAnswer(
                429,
                "RATE_LIMITED",
                message=f"rate limit reached; retry after {seconds} second"
                f"{'' if seconds == 1 else 's'} (a fault injected by --faults)",
                headers=[(b"retry-after", str(seconds).encode())],
            )
        if fault is Fault.UNAVAILABLE:
            raise ErrorAnswer(
                503,
                "SERVICE_UNAVAILABLE",
                message="service unavailable; try again shortly (a fault injected by --faults)",
            )
        if fault is Fault.DROP:
            # Announce a body, then close without sending it: the client sees the
            # connection drop mid-answer, as with a server that died.
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [(b"content-type", JSON), (b"content-length", b"1024")],
                }
            )
            raise _Dropped

    def _apply_preference(self, operation: Operation, prefer: bytes) -> None:
        """Answers the documented example for `Prefer: code=NNN` (RFC 7240: a preference the
        server cannot honour, such as an undocumented status or a success, is ignored)."""
        wanted = _preferred_code(prefer)
        if wanted is None:
            return
        canned = self._preferred.get((operation.operation_id, wanted))
        if canned is None:
            return
        body, headers = canned
        raise _StaticAnswer(
            wanted, JSON, body, [*headers, (b"preference-applied", f"code={wanted}".encode())]
        )

    def _query(self, operation: Operation, query_string: bytes) -> dict[str, Any]:
        parameters = operation.query_parameters
        if parameters is None or (not query_string and not _any_required(parameters)):
            return {}
        kinds = {parameter.name: parameter.kind for parameter in parameters.parameters}
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for raw_name, raw_value in _query_pairs(query_string):
            try:
                name = raw_name.decode("utf-8")
            except UnicodeDecodeError:
                continue  # not a name the document defines
            kind = kinds.get(name)
            if kind is None:
                continue
            if name in values:
                problems.append(Problem(name, "repeated", f"{name}: given more than once"))
                continue
            try:
                text = raw_value.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(Problem(name, "utf-8", f"{name}: not valid UTF-8 once decoded"))
                continue
            converted = _convert(text, kind)
            if converted is _NOT_CONVERTED:
                words = {"integer": "an integer", "number": "a number", "boolean": "true or false"}
                problems.append(
                    Problem(name, "type", f"{name}: must be {words[kind]}, not {show(text)}")
                )
                continue
            values[name] = converted
        problems.extend(problems_for(parameters.validator, parameters.schema, values, "query"))
        if problems:
            raise _invalid(*problems)
        return values

    def _check_path(self, operation: Operation, values: Mapping[str, str]) -> None:
        parameters = operation.path_parameters
        assert parameters is not None
        converted = {}
        for parameter in parameters.parameters:
            value = _convert(values.get(parameter.name, ""), parameter.kind)
            converted[parameter.name] = value if value is not _NOT_CONVERTED else None
        problems = problems_for(parameters.validator, parameters.schema, converted, "path")
        if problems:
            if 400 in operation.statuses:
                raise _invalid(*problems)
            raise _not_found(str(values.get(parameters.parameters[0].name, "")))

    def _body(self, operation: Operation, raw: bytes, content_type: bytes | None) -> Any:
        spec = operation.body
        assert spec is not None
        if not raw:
            if not spec.required:
                return None
            raise _invalid(Problem("body", "required", "body: required, but empty"))
        if content_type != JSON:
            _check_media_type(content_type)
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            raise _unreadable(raw, str(error), self.settings.max_depth) from None
        if _too_deep(raw, value, self.settings.max_depth):
            raise _too_large(
                f"body: nested more than {self.settings.max_depth} levels deep", rule="maxDepth"
            )
        if spec.validator.is_valid(value):
            return value
        problems = problems_for(spec.validator, spec.schema, value)
        if problems:
            code = (
                "NO_EDITABLE_FIELDS"
                if problems[0].rule == "minProperties" and problems[0].field == "body"
                else "VALIDATION_ERROR"
            )
            raise _invalid(*problems, code=code)
        return value

    # What each operation does ------------------------------------------------------------

    def _create(self, api_key: str, path: Mapping[str, str], query: Any, body: Any) -> Answer:
        gateway_id = body["gatewayId"]
        if gateway_id not in self.store.gateways:
            known = ", ".join(list(self.store.gateways)[:10])
            raise _invalid(
                Problem(
                    "gatewayId",
                    "exists",
                    f"gatewayId: no gateway {show(gateway_id)} exists; known gateways: {known}",
                )
            )
        try:
            answer = self.store.create(api_key, body)
        except NumberInUse as clash:
            raise _number_in_use(clash) from None
        return 200, answer

    def _list(self, api_key: str, path: Mapping[str, str], query: Any, body: Any) -> Answer:
        page = self.store.page(
            api_key,
            gateway_id=query.get("gatewayId"),
            rule_id=query.get("id"),
            search=query.get("search"),
            page=query.get("page", 1),
            per_page=query.get("perPage", 10),
        )
        return 200, page.body

    def _get(self, api_key: str, path: Mapping[str, str], query: Any, body: Any) -> Answer:
        rule_id = path["ruleId"]
        answer = self.store.get(api_key, rule_id)
        if answer is None:
            raise _not_found(rule_id)
        return 200, answer

    def _update(self, api_key: str, path: Mapping[str, str], query: Any, body: Any) -> Answer:
        rule_id = path["ruleId"]
        try:
            answer = self.store.update(api_key, rule_id, body)
        except NumberInUse as clash:
            raise _number_in_use(clash) from None
        if answer is None:
            raise _not_found(rule_id)
        return 200, answer

    def _delete(self, api_key: str, path: Mapping[str, str], query: Any, body: Any) -> Answer:
        rule_id = path["ruleId"]
        if not self.store.delete(api_key, rule_id):
            raise _not_found(rule_id)
        return 200, orjson.dumps({"message": DELETED_MESSAGE, "ruleId": rule_id})


def create_app(settings: MockSettings | None = None) -> MockApp:
    """A new mock server (an ASGI 3 application) with its own empty store."""
    return MockApp(settings if settings is not None else MockSettings())


# Helpers ---------------------------------------------------------------------------------

_INTERNAL_MESSAGE = "internal error; quote the request id when reporting it"
_NOT_CONVERTED: Any = object()


class _StaticAnswer(Exception):
    """A non-JSON or canned answer: `(status, content type, body, extra headers)`."""


def _segment_suffices(schema: Mapping[str, Any]) -> bool:
    """Whether any non-empty path segment satisfies every parameter in `schema`."""
    trivial = {"type", "minLength", "description", "example"}
    for parameter in schema.get("properties", {}).values():
        if set(parameter) - trivial or parameter.get("type", "string") != "string":
            return False
        if parameter.get("minLength", 0) > 1:
            return False
    return True


def _any_required(parameters: Any) -> bool:
    return any(parameter.required for parameter in parameters.parameters)


def _convert(text: str, kind: str) -> Any:
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            return _NOT_CONVERTED
        try:
            return int(text)
        except ValueError:  # more digits than Python converts
            return _NOT_CONVERTED
    if kind == "number":
        return float(text) if _NUMBER.fullmatch(text) else _NOT_CONVERTED
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, _NOT_CONVERTED)
    return text


def _query_pairs(query_string: bytes) -> list[tuple[bytes, bytes]]:
    """`a=1&b=%FF` -> `[(b"a", b"1"), (b"b", b"\xff")]`: bytes, so that a value that is not
    UTF-8 once decoded can be reported rather than guessed at."""
    pairs = []
    for part in query_string.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append(
            (
                unquote_to_bytes(name.replace(b"+", b" ")),
                unquote_to_bytes(value.replace(b"+", b" ")),
            )
        )
    return pairs


def _preferred_code(prefer: bytes) -> int | None:
    for part in prefer.replace(b";", b",").split(b","):
        name, _, value = part.partition(b"=")
        if name.strip().lower() == b"code":
            value = value.strip().strip(b'"')
            if value.isdigit() and len(value) == 3:
                return int(value)
    return None


def _example_answer(response: Mapping[str, Any]) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """The body and headers of the first documented example of an error answer."""
    media = response.get("content", {}).get("application/json", {})
    examples = media.get("examples") or {}
    body: Any = media.get("example")
    if body is None and examples:
        body = next(iter(examples.values())).get("value")
    if body is None:
        body = {"message": str(response.get("description", "")).strip(), "code": "MOCKED"}
    headers: list[tuple[bytes, bytes]] = []
    for name, header in response.get("headers", {}).items():
        if name.lower() == "x-request-id":
            continue
        example = header.get("example", header.get("schema", {}).get("example"))
        if header.get("required") or example is not None:
            headers.append(
                (name.lower().encode(), str(example if example is not None else 0).encode())
            )
    return orjson.dumps(body), headers


def _check_declared_length(content_length: bytes, limit: int) -> None:
    if content_length.isdigit() and int(content_length) > limit:
        raise _too_large(
            f"body: {int(content_length)} bytes is more than the {limit} bytes accepted"
        )


async def _read_rest(
    receive: Receive,
    first: bytes,
    message: Message,
    limit: int,
) -> bytes:
    """The whole body, of which `first` came in `message`; 413 as soon as it is too large."""
    if len(first) > limit:
        raise _too_large(f"body: more than the {limit} bytes accepted")
    chunks = [first]
    size = len(first)
    while message.get("more_body", False):
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Dropped
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(f"body: more than the {limit} bytes accepted")
        chunks.append(chunk)
    return b"".join(chunks)


def _unsupported_media_type(message: str, rule: str = "application/json") -> ErrorAnswer:
    return ErrorAnswer(415, "UNSUPPORTED_MEDIA_TYPE", [Problem("Content-Type", rule, message)])


def _check_media_type(content_type: bytes | None) -> None:
    if content_type is None:
        raise _unsupported_media_type("Content-Type: missing; send application/json")
    text = content_type.decode("latin-1")
    media, *parameters = (part.strip() for part in text.split(";"))
    if media.lower() != "application/json":
        raise _unsupported_media_type(
            f"Content-Type: {show(media)} is not accepted; send application/json"
        )
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in (
            "utf-8",
            "utf8",
        ):
            raise _unsupported_media_type(
                f"Content-Type: charset {show(value.strip())} is not accepted; "
                "JSON is sent as UTF-8",
                rule="charset",
            )


def _too_large(message: str, rule: str = "maxBytes") -> ErrorAnswer:
    return ErrorAnswer(413, "PAYLOAD_TOO_LARGE", [Problem("body", rule, message)])


def _unreadable(raw: bytes, detail: str, max_depth: int) -> ErrorAnswer:
    if "depth limit" in detail or "recursion" in detail:
        return _too_large(f"body: nested more than {max_depth} levels deep", rule="maxDepth")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _invalid(
            Problem("body", "utf-8", f"body: not valid UTF-8 (byte {error.start}); send UTF-8 JSON")
        )
    return _invalid(Problem("body", "json", f"body: not valid JSON: {detail}"))


def _too_deep(raw: bytes, value: Any, limit: int) -> bool:
    # Each level of nesting needs its own bracket: few brackets, no need to look closer.
    if raw.count(b"{") + raw.count(b"[") <= limit:
        return False
    if not isinstance(value, dict | list):
        return False
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _not_found(rule_id: str) -> ErrorAnswer:
    return ErrorAnswer(
        404,
        "NOT_FOUND",
        [Problem("ruleId", "exists", f"ruleId: no routing rule {show(rule_id)} exists")],
    )


def _number_in_use(clash: NumberInUse) -> ErrorAnswer:
    return ErrorAnswer(
        409,
        "NUMBER_IN_USE",
        [
            Problem(
                f"numbers[{index}]",
                "unique-on-inbound-gateway",
                f"numbers[{index}]: {show(number)} is already routed by rule {show(other)} "
                f"on inbound gateway {show(clash.gateway_id)}",
            )
            for index, number, other in clash.clashes
        ],
    )
