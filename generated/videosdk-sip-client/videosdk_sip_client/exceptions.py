"""Typed errors: one class per kind of failure, each carrying what the server said.

    ApiError                         a call that did not succeed
    ├── ValidationError              400, 422: the request broke a rule
    │   ├── ContentTooLargeError     413: the request body is too large
    │   └── UnsupportedMediaTypeError  415: the body is not JSON
    ├── AuthenticationError          401
    ├── PaymentRequiredError         402
    ├── PermissionDeniedError        403
    ├── NotFoundError                404
    ├── ConflictError                409
    ├── RateLimitError               429
    ├── ServerError                  5xx
    ├── UnexpectedResponseError      a 2xx that does not parse, or an undocumented status
    ├── ResponseTooLargeError        an answer over `max_response_bytes`
    ├── ApiTimeoutError              a deadline or a network timeout passed (also
    │                                httpx.TimeoutException)
    └── ApiConnectionError           the connection failed or dropped (also
                                     httpx.TransportError)
    UsageError                       bad arguments or settings; nothing was sent (also
    └── InvalidTokenError            ValueError); a token that cannot travel as a header

Every error answer (any status outside 2xx) becomes the `ApiError` subclass for its status
(another 4xx is a plain `ApiError`), carrying `status`, `message`, `code`, `request_id`,
`headers`, the parsed JSON `body` (None when the body is not JSON), the raw `text`, and
`response`, the same detailed response that `sync_detailed` returns. A body that is not JSON
(an HTML page from a proxy, an empty body) never breaks this: the error is still typed by
status and keeps the raw text.

`TimeoutError` and `ConnectionError`, the old names of `ApiTimeoutError` and
`ApiConnectionError`, still work for one release, with a DeprecationWarning: they shadowed
Python's built-ins.
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Mapping
from contextlib import AbstractContextManager, suppress
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from types import TracebackType
from typing import Any

import httpx

from .models.error import Error
from .types import Response

__all__ = [
    "REQUEST_ID_HEADERS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "ConflictError",
    "ContentTooLargeError",
    "InvalidTokenError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "UnexpectedResponseError",
    "UnsupportedMediaTypeError",
    "UsageError",
    "ValidationError",
    "error_for_response",
    "parse_retry_after",
    "translate_transport_errors",
]

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
    "cf-ray",
)
"""Where a request id is looked for, in order; the body's `requestId` comes last."""

_MESSAGE_KEYS = ("message", "error", "msg", "detail")
_CODE_KEYS = ("code", "errorCode", "error_code")


class ApiError(Exception):
    """A call that did not succeed. `status` is None for transport failures."""

    status: int | None
    message: str
    code: str | None
    request_id: str | None
    headers: httpx.Headers
    body: Any
    text: str
    response: Response[Any] | None
    method: str | None
    url: str | None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | httpx.Headers | None = None,
        body: Any = None,
        text: str = "",
        response: Response[Any] | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.request_id = request_id
        self.headers = httpx.Headers(headers or {})
        self.body = body
        self.text = text
        self.response = response
        self.method = method
        self.url = url

    @property
    def error(self) -> Error | None:
        """The body as the documented `Error` model, when it is one."""
        parsed = self.response.parsed if self.response is not None else None
        return parsed if isinstance(parsed, Error) else None

    def __str__(self) -> str:
        text = self.message
        if self.code:
            text = f"{self.code}: {text}"
        if self.status is not None:
            text = f"{self.status} {text}"
        if self.request_id:
            text = f"{text} (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class UsageError(ValueError):
    """Arguments or settings that cannot work, found before anything was sent. The message
    names the argument or variable and the rule it broke, never a secret or a token."""


class InvalidTokenError(UsageError):
    """A token that could not travel as a raw header value (a line break, a space, a
    `Bearer ` prefix); refused before any transport sees it."""


class ValidationError(ApiError):
    """400 (also 422): the request broke a rule; `code`, `body` say which."""


class ContentTooLargeError(ValidationError):
    """413: the request body is over the server's limit."""


class UnsupportedMediaTypeError(ValidationError):
    """415: the server wants a JSON body."""


class AuthenticationError(ApiError):
    """401: the token is missing, malformed, prefixed, expired or signed with another secret."""


class PaymentRequiredError(ApiError):
    """402: the account may not do this until its plan or balance allows it."""


class PermissionDeniedError(ApiError):
    """403: the token is valid but may not do this."""


class NotFoundError(ApiError):
    """404: no such rule for this API key."""


class ConflictError(ApiError):
    """409: a number is already routed on the gateway, or the rule changed meanwhile."""


class RateLimitError(ApiError):
    """429: too many requests. `retry_after` is the server's wait in seconds, when it said."""

    retry_after: float | None

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server failed (or a proxy in front of it did)."""


class UnexpectedResponseError(ApiError):
    """A success status whose body does not parse, or a status the contract does not list."""


class ResponseTooLargeError(ApiError):
    """The answer was longer than the client's `max_response_bytes`; `limit` is that cap.
    Refused from its `Content-Length`, or as soon as the body passed the cap."""

    limit: int

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.limit = limit


class ApiTimeoutError(ApiError, httpx.TimeoutException):
    """No complete answer in time: a connect, read, write or pool timeout, the attempt's
    deadline, or the call's."""


class ApiConnectionError(ApiError, httpx.TransportError):
    """The connection failed or was dropped before a complete answer arrived."""


_DEPRECATED_NAMES: dict[str, type[ApiError]] = {
    "TimeoutError": ApiTimeoutError,
    "ConnectionError": ApiConnectionError,
}


def deprecated_name(name: str, module: str) -> type[ApiError]:
    """The class behind an old error name, with a DeprecationWarning (for `__getattr__`)."""
    if name not in _DEPRECATED_NAMES:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    new = _DEPRECATED_NAMES[name]
    warnings.warn(
        f"{module}.{name} is deprecated (it shadows the built-in); use {new.__name__}",
        DeprecationWarning,
        stacklevel=3,
    )
    return new


def __getattr__(name: str) -> type[ApiError]:
    return deprecated_name(name, __name__)


_BY_STATUS: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: ContentTooLargeError,
    415: UnsupportedMediaTypeError,
    422: ValidationError,
    429: RateLimitError,
}


def _error_class(status: int) -> type[ApiError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 500 <= status <= 599:
        return ServerError
    if 200 <= status <= 299:
        return UnexpectedResponseError
    return ApiError


def _json_body(content: bytes) -> Any:
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


def _first_text(body: Any, keys: tuple[str, ...]) -> str | None:
    if not isinstance(body, dict):
        return None
    for key in keys:
        value = body.get(key)
        if isinstance(value, dict):
            value = value.get("message")
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def _request_id(headers: httpx.Headers, body: Any) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return _first_text(body, ("requestId", "request_id"))


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """`Retry-After` in seconds: a number of seconds or an HTTP date; None when absent or bad."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown Status"


def error_for_response(
    response: Response[Any], *, request: httpx.Request | None = None, reason: str | None = None
) -> ApiError:
    """The typed error for a detailed response that is not a success."""
    status = int(response.status_code)
    headers = httpx.Headers(response.headers)
    body = _json_body(response.content)
    text = response.content.decode("utf-8", errors="replace")
    message = _first_text(body, _MESSAGE_KEYS)
    if message is None:
        if not response.content.strip():
            shape = "an empty body"
        elif body is None:
            media = headers.get("content-type", "unknown type").split(";")[0].strip()
            shape = f"a non-JSON body ({len(response.content)} bytes of {media})"
        else:
            shape = "a JSON body with no message"
        message = f"HTTP {status} {_reason(status)}, with {shape}"
    if reason:
        message = f"{reason}: {message}"
    kwargs: dict[str, Any] = {
        "status": status,
        "code": _first_text(body, _CODE_KEYS),
        "request_id": _request_id(headers, body),
        "headers": headers,
        "body": body,
        "text": text,
        "response": response,
        "method": request.method if request is not None else None,
        "url": str(request.url) if request is not None else None,
    }
    error_class = _error_class(status)
    if error_class is RateLimitError:
        return RateLimitError(
            message, retry_after=parse_retry_after(headers.get("retry-after")), **kwargs
        )
    return error_class(message, **kwargs)


def _transport_error(exc: httpx.TransportError) -> ApiError:
    method = url = None
    with suppress(RuntimeError):  # httpx raises it when the error carries no request
        method, url = exc.request.method, str(exc.request.url)
    where = f"{method} {url}" if method else "request"
    # A LocalProtocolError quotes the offending header value, which may be the token.
    detail = "" if isinstance(exc, httpx.LocalProtocolError) else str(exc)
    detail = detail or "the request could not be sent as HTTP"
    error: ApiError
    if isinstance(exc, httpx.TimeoutException):
        error = ApiTimeoutError(
            f"{where} timed out ({type(exc).__name__}: {detail})", method=method, url=url
        )
    else:
        error = ApiConnectionError(
            f"{where} failed ({type(exc).__name__}: {detail})", method=method, url=url
        )
    if method is not None:
        # httpx.RequestError keeps its request here; its `request` property reads it.
        error._request = exc.request
    return error


class _TranslateTransportErrors:
    """The context manager behind `translate_transport_errors`: a plain class, stateless and
    shared, since every call enters one and a generator-based one costs more than it does."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if isinstance(exc, httpx.TransportError) and not isinstance(exc, ApiError):
            if isinstance(exc, httpx.LocalProtocolError):
                raise _transport_error(exc) from None
            raise _transport_error(exc) from exc


_TRANSLATE_TRANSPORT_ERRORS = _TranslateTransportErrors()


def translate_transport_errors() -> AbstractContextManager[None]:
    """Raise httpx's transport failures as `ApiTimeoutError` / `ApiConnectionError`."""
    return _TRANSLATE_TRANSPORT_ERRORS
