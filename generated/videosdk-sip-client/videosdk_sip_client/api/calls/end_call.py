from typing import Any, Literal, cast, overload

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.call_answer import CallAnswer
from ...models.call_end import CallEnd
from ...models.error import Error
from ...responses import build_response, expect_parsed
from ...types import ParsedResponse, Response


def _get_kwargs(
    *,
    body: CallEnd,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/sip/call/end",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallAnswer | Error | None:
    if response.status_code == 200:
        response_200 = CallAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response, raise_on_error: bool
) -> Response[CallAnswer | Error]:
    return build_response(client=client, response=response, parse=_parse_response, raise_on_error=raise_on_error)


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
    raise_on_error: Literal[True],
) -> ParsedResponse[CallAnswer]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error] | ParsedResponse[CallAnswer]:
    """End an active call

     Hangs up the call. A call that is already over (`ended`, `abandoned`, `not-answered`,
    `rejected`, `failed`) answers 409 `CONFLICT` naming `callId`.

    Args:
        body (CallEnd): The call to end. Example: {'callId': 'call_123456789'}.
        raise_on_error (bool | None): True raises for every failure and answers a `ParsedResponse`
            whose `parsed` is the success model; False answers every response; None (the default)
            follows Client.raise_on_error.

    Raises:
        exceptions.ApiError: When errors raise (Client.raise_on_error is True by default), a subclass for any status
            outside 2xx (ValidationError, AuthenticationError, PermissionDeniedError, NotFoundError,
            ConflictError, RateLimitError, ServerError), or UnexpectedResponseError for a 2xx body
            that does not parse; `error.response` is the detailed response.
        exceptions.TimeoutError: If the request takes longer than Client.timeout (after retries).
        exceptions.ConnectionError: If the connection fails or drops (after retries).
        errors.UnexpectedStatus: If the server returns an undocumented 2xx status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[CallAnswer | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    if raise_on_error is None:
        return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)
    detailed = _build_response(client=client, response=response, raise_on_error=raise_on_error)
    if raise_on_error:
        return ParsedResponse.of(detailed, cast(CallAnswer, expect_parsed(detailed)))
    return detailed


def sync(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
) -> CallAnswer:
    """End an active call

     Hangs up the call. A call that is already over (`ended`, `abandoned`, `not-answered`,
    `rejected`, `failed`) answers 409 `CONFLICT` naming `callId`.

    Args:
        body (CallEnd): The call to end. Example: {'callId': 'call_123456789'}.

    Raises:
        exceptions.ApiError: A subclass for any status outside 2xx (ValidationError,
            AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError, RateLimitError,
            ServerError), or UnexpectedResponseError for a 2xx body that does not parse;
            `error.response` is the detailed response.
        exceptions.TimeoutError: If the request takes longer than Client.timeout (after retries).
        exceptions.ConnectionError: If the connection fails or drops (after retries).
        errors.UnexpectedStatus: If the server returns an undocumented 2xx status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        CallAnswer
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return cast(CallAnswer, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
    raise_on_error: Literal[True],
) -> ParsedResponse[CallAnswer]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error] | ParsedResponse[CallAnswer]:
    """End an active call

     Hangs up the call. A call that is already over (`ended`, `abandoned`, `not-answered`,
    `rejected`, `failed`) answers 409 `CONFLICT` naming `callId`.

    Args:
        body (CallEnd): The call to end. Example: {'callId': 'call_123456789'}.
        raise_on_error (bool | None): True raises for every failure and answers a `ParsedResponse`
            whose `parsed` is the success model; False answers every response; None (the default)
            follows Client.raise_on_error.

    Raises:
        exceptions.ApiError: When errors raise (Client.raise_on_error is True by default), a subclass for any status
            outside 2xx (ValidationError, AuthenticationError, PermissionDeniedError, NotFoundError,
            ConflictError, RateLimitError, ServerError), or UnexpectedResponseError for a 2xx body
            that does not parse; `error.response` is the detailed response.
        exceptions.TimeoutError: If the request takes longer than Client.timeout (after retries).
        exceptions.ConnectionError: If the connection fails or drops (after retries).
        errors.UnexpectedStatus: If the server returns an undocumented 2xx status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        Response[CallAnswer | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    if raise_on_error is None:
        return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)
    detailed = _build_response(client=client, response=response, raise_on_error=raise_on_error)
    if raise_on_error:
        return ParsedResponse.of(detailed, cast(CallAnswer, expect_parsed(detailed)))
    return detailed


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CallEnd,
) -> CallAnswer:
    """End an active call

     Hangs up the call. A call that is already over (`ended`, `abandoned`, `not-answered`,
    `rejected`, `failed`) answers 409 `CONFLICT` naming `callId`.

    Args:
        body (CallEnd): The call to end. Example: {'callId': 'call_123456789'}.

    Raises:
        exceptions.ApiError: A subclass for any status outside 2xx (ValidationError,
            AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError, RateLimitError,
            ServerError), or UnexpectedResponseError for a 2xx body that does not parse;
            `error.response` is the detailed response.
        exceptions.TimeoutError: If the request takes longer than Client.timeout (after retries).
        exceptions.ConnectionError: If the connection fails or drops (after retries).
        errors.UnexpectedStatus: If the server returns an undocumented 2xx status code and
            Client.raise_on_unexpected_status is True.

    Returns:
        CallAnswer
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return cast(CallAnswer, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))
