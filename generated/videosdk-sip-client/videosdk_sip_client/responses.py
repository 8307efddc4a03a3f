"""How every endpoint function turns an httpx response into a result or a typed error.

The generated endpoint modules call `build_response`. It parses the body the way the
generated code does, but a body that does not parse (an HTML error page, an empty body, a
JSON shape the contract does not describe) never escapes as a JSONDecodeError or KeyError:
the detailed response then has `parsed=None`, and the raw bytes stay in `content`.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from .errors import UnexpectedStatus
from .exceptions import UnexpectedResponseError, error_for_response
from .types import Response

__all__ = ["build_response", "is_success"]

T = TypeVar("T")

# What a generated `from_dict` raises on a body that is not the documented shape.
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def is_success(status: int) -> bool:
    return 200 <= status <= 299


_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def _status(code: int) -> HTTPStatus | int:
    return _STATUSES.get(code, code)


def build_response(
    *,
    client: Any,
    response: httpx.Response,
    parse: Callable[..., T | None],
    raise_on_error: bool,
) -> Response[T]:
    """The detailed response; with `raise_on_error`, a typed `ApiError` instead of a failure.

    Failures are every status outside 2xx, and a 2xx whose body does not parse into the
    documented model.
    """
    success = is_success(response.status_code)
    parsed: T | None = None
    parse_failure: Exception | None = None
    try:
        parsed = parse(client=client, response=response)
    except UnexpectedStatus:
        if success or not raise_on_error:
            raise
    except _PARSE_ERRORS as exc:
        parse_failure = exc
    detailed: Response[T] = Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
    if not raise_on_error:
        return detailed
    if not success:
        raise error_for_response(detailed, request=response.request)
    if parsed is None:
        reason = "the body does not match the documented answer"
        if parse_failure is None:
            reason = f"status {response.status_code} is not a documented answer"
        error = error_for_response(detailed, request=response.request, reason=reason)
        raise error from parse_failure
    return detailed


def expect_parsed(response: Response[T]) -> T:
    """`response.parsed`, known to be set once `build_response` raised on every failure."""
    if response.parsed is None:  # pragma: no cover - build_response raised already
        raise UnexpectedResponseError("no parsed body", status=int(response.status_code))
    return response.parsed
