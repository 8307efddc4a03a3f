from typing import Any, Literal, cast, overload

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.call_answer import CallAnswer
from ...models.call_create import CallCreate
from ...models.error import Error
from ...responses import build_response, expect_parsed
from ...types import ParsedResponse, Response


def _get_kwargs(
    *,
    body: CallCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/sip/call",
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
    body: CallCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[CallAnswer]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CallCreate,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CallCreate,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error] | ParsedResponse[CallAnswer]:
    """Place an outbound call

     Calls `sipCallTo` from `sipCallFrom`, one of the numbers of the outbound routing rule
    `routingRuleId`. The room comes from the rule unless `destinationRoomId` names one.
    When the call goes out through a rule, `recordAudio`, `dtmf`, `hidePhoneNumber`,
    `headers`, `includeHeaders` and `mediaEncryption` come from the rule and its gateway
    (the vendor's server SDK says so); the values sent here are then ignored.
    A `routingRuleId` naming no rule of the account answers 404; an inbound rule, or a
    `sipCallFrom` that is not one of the rule's numbers, 400.

    Args:
        body (CallCreate): An outbound call through an outbound routing rule. `sipCallFrom` must
            be one of the
            rule's numbers.
             Example: {'sipCallTo': '+14155550123', 'sipCallFrom': '+14155559876', 'routingRuleId':
            'rr_abc123'}.
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
    body: CallCreate,
) -> CallAnswer:
    """Place an outbound call

     Calls `sipCallTo` from `sipCallFrom`, one of the numbers of the outbound routing rule
    `routingRuleId`. The room comes from the rule unless `destinationRoomId` names one.
    When the call goes out through a rule, `recordAudio`, `dtmf`, `hidePhoneNumber`,
    `headers`, `includeHeaders` and `mediaEncryption` come from the rule and its gateway
    (the vendor's server SDK says so); the values sent here are then ignored.
    A `routingRuleId` naming no rule of the account answers 404; an inbound rule, or a
    `sipCallFrom` that is not one of the rule's numbers, 400.

    Args:
        body (CallCreate): An outbound call through an outbound routing rule. `sipCallFrom` must
            be one of the
            rule's numbers.
             Example: {'sipCallTo': '+14155550123', 'sipCallFrom': '+14155559876', 'routingRuleId':
            'rr_abc123'}.

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
    body: CallCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[CallAnswer]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CallCreate,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CallCreate,
    raise_on_error: bool | None = None,
) -> Response[CallAnswer | Error] | ParsedResponse[CallAnswer]:
    """Place an outbound call

     Calls `sipCallTo` from `sipCallFrom`, one of the numbers of the outbound routing rule
    `routingRuleId`. The room comes from the rule unless `destinationRoomId` names one.
    When the call goes out through a rule, `recordAudio`, `dtmf`, `hidePhoneNumber`,
    `headers`, `includeHeaders` and `mediaEncryption` come from the rule and its gateway
    (the vendor's server SDK says so); the values sent here are then ignored.
    A `routingRuleId` naming no rule of the account answers 404; an inbound rule, or a
    `sipCallFrom` that is not one of the rule's numbers, 400.

    Args:
        body (CallCreate): An outbound call through an outbound routing rule. `sipCallFrom` must
            be one of the
            rule's numbers.
             Example: {'sipCallTo': '+14155550123', 'sipCallFrom': '+14155559876', 'routingRuleId':
            'rr_abc123'}.
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
    body: CallCreate,
) -> CallAnswer:
    """Place an outbound call

     Calls `sipCallTo` from `sipCallFrom`, one of the numbers of the outbound routing rule
    `routingRuleId`. The room comes from the rule unless `destinationRoomId` names one.
    When the call goes out through a rule, `recordAudio`, `dtmf`, `hidePhoneNumber`,
    `headers`, `includeHeaders` and `mediaEncryption` come from the rule and its gateway
    (the vendor's server SDK says so); the values sent here are then ignored.
    A `routingRuleId` naming no rule of the account answers 404; an inbound rule, or a
    `sipCallFrom` that is not one of the rule's numbers, 400.

    Args:
        body (CallCreate): An outbound call through an outbound routing rule. `sipCallFrom` must
            be one of the
            rule's numbers.
             Example: {'sipCallTo': '+14155550123', 'sipCallFrom': '+14155559876', 'routingRuleId':
            'rr_abc123'}.

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
