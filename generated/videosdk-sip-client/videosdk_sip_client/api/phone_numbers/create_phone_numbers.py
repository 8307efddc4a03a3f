from typing import Any, Literal, cast, overload

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error import Error
from ...models.message_answer import MessageAnswer
from ...models.phone_numbers_create import PhoneNumbersCreate
from ...responses import build_response, expect_parsed
from ...types import ParsedResponse, Response


def _get_kwargs(
    *,
    body: PhoneNumbersCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/sip/phone-numbers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageAnswer | None:
    if response.status_code == 200:
        response_200 = MessageAnswer.from_dict(response.json())

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
) -> Response[Error | MessageAnswer]:
    return build_response(client=client, response=response, parse=_parse_response, raise_on_error=raise_on_error)


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[MessageAnswer]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | MessageAnswer]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | MessageAnswer] | ParsedResponse[MessageAnswer]:
    """Register phone numbers and provision their gateways

     Registers E.164 numbers and provisions an inbound and an outbound gateway for them:
    one pair shared by every number (`isShared: true`, the server SDK's default) or one
    pair per number. Numbers already known but detached are reused. All or nothing: a
    number already attached to a gateway of the same direction is a 400 and nothing is
    created; a concurrent attach of the same number is a 409 (send it again).

    Args:
        body (PhoneNumbersCreate): Numbers to register, and the gateways to provision for them.
            Example: {'name': 'My SIP Setup', 'phoneNumbers': ['+14155551234'], 'inbound':
            {'sipRegion': 'auto'}, 'outbound': {'address': 'sip.telnyx.com:5061', 'transport':
            'tls'}}.
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
        Response[Error | MessageAnswer]
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
        return ParsedResponse.of(detailed, cast(MessageAnswer, expect_parsed(detailed)))
    return detailed


def sync(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
) -> MessageAnswer:
    """Register phone numbers and provision their gateways

     Registers E.164 numbers and provisions an inbound and an outbound gateway for them:
    one pair shared by every number (`isShared: true`, the server SDK's default) or one
    pair per number. Numbers already known but detached are reused. All or nothing: a
    number already attached to a gateway of the same direction is a 400 and nothing is
    created; a concurrent attach of the same number is a 409 (send it again).

    Args:
        body (PhoneNumbersCreate): Numbers to register, and the gateways to provision for them.
            Example: {'name': 'My SIP Setup', 'phoneNumbers': ['+14155551234'], 'inbound':
            {'sipRegion': 'auto'}, 'outbound': {'address': 'sip.telnyx.com:5061', 'transport':
            'tls'}}.

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
        MessageAnswer
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return cast(MessageAnswer, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[MessageAnswer]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | MessageAnswer]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | MessageAnswer] | ParsedResponse[MessageAnswer]:
    """Register phone numbers and provision their gateways

     Registers E.164 numbers and provisions an inbound and an outbound gateway for them:
    one pair shared by every number (`isShared: true`, the server SDK's default) or one
    pair per number. Numbers already known but detached are reused. All or nothing: a
    number already attached to a gateway of the same direction is a 400 and nothing is
    created; a concurrent attach of the same number is a 409 (send it again).

    Args:
        body (PhoneNumbersCreate): Numbers to register, and the gateways to provision for them.
            Example: {'name': 'My SIP Setup', 'phoneNumbers': ['+14155551234'], 'inbound':
            {'sipRegion': 'auto'}, 'outbound': {'address': 'sip.telnyx.com:5061', 'transport':
            'tls'}}.
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
        Response[Error | MessageAnswer]
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
        return ParsedResponse.of(detailed, cast(MessageAnswer, expect_parsed(detailed)))
    return detailed


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PhoneNumbersCreate,
) -> MessageAnswer:
    """Register phone numbers and provision their gateways

     Registers E.164 numbers and provisions an inbound and an outbound gateway for them:
    one pair shared by every number (`isShared: true`, the server SDK's default) or one
    pair per number. Numbers already known but detached are reused. All or nothing: a
    number already attached to a gateway of the same direction is a 400 and nothing is
    created; a concurrent attach of the same number is a 409 (send it again).

    Args:
        body (PhoneNumbersCreate): Numbers to register, and the gateways to provision for them.
            Example: {'name': 'My SIP Setup', 'phoneNumbers': ['+14155551234'], 'inbound':
            {'sipRegion': 'auto'}, 'outbound': {'address': 'sip.telnyx.com:5061', 'transport':
            'tls'}}.

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
        MessageAnswer
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return cast(MessageAnswer, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))
