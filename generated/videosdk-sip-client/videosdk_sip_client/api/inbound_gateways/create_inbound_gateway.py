from typing import Any, Literal, cast, overload

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error import Error
from ...models.inbound_gateway_create import InboundGatewayCreate
from ...models.sip_gateway import SipGateway
from ...responses import build_response, expect_parsed
from ...types import ParsedResponse, Response


def _get_kwargs(
    *,
    body: InboundGatewayCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/sip/inbound-gateways",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SipGateway | None:
    if response.status_code == 200:
        response_200 = SipGateway.from_dict(response.json())

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
) -> Response[Error | SipGateway]:
    return build_response(client=client, response=response, parse=_parse_response, raise_on_error=raise_on_error)


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[SipGateway]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway] | ParsedResponse[SipGateway]:
    """Create an inbound gateway

     Creates a gateway that receives calls from your SIP provider for the given numbers.
    Its `id` is the `gatewayId` other operations and call records name. The name must be
    unique on the account.

    Args:
        body (InboundGatewayCreate): A new inbound gateway. Example: {'name': 'Twilio Inbound
            Gateway', 'numbers': ['+14155551234']}.
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
        Response[Error | SipGateway]
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
        return ParsedResponse.of(detailed, cast(SipGateway, expect_parsed(detailed)))
    return detailed


def sync(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
) -> SipGateway:
    """Create an inbound gateway

     Creates a gateway that receives calls from your SIP provider for the given numbers.
    Its `id` is the `gatewayId` other operations and call records name. The name must be
    unique on the account.

    Args:
        body (InboundGatewayCreate): A new inbound gateway. Example: {'name': 'Twilio Inbound
            Gateway', 'numbers': ['+14155551234']}.

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
        SipGateway
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return cast(SipGateway, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[SipGateway]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway] | ParsedResponse[SipGateway]:
    """Create an inbound gateway

     Creates a gateway that receives calls from your SIP provider for the given numbers.
    Its `id` is the `gatewayId` other operations and call records name. The name must be
    unique on the account.

    Args:
        body (InboundGatewayCreate): A new inbound gateway. Example: {'name': 'Twilio Inbound
            Gateway', 'numbers': ['+14155551234']}.
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
        Response[Error | SipGateway]
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
        return ParsedResponse.of(detailed, cast(SipGateway, expect_parsed(detailed)))
    return detailed


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InboundGatewayCreate,
) -> SipGateway:
    """Create an inbound gateway

     Creates a gateway that receives calls from your SIP provider for the given numbers.
    Its `id` is the `gatewayId` other operations and call records name. The name must be
    unique on the account.

    Args:
        body (InboundGatewayCreate): A new inbound gateway. Example: {'name': 'Twilio Inbound
            Gateway', 'numbers': ['+14155551234']}.

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
        SipGateway
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return cast(SipGateway, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))
