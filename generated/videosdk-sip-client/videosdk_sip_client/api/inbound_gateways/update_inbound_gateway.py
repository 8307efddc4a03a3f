from typing import Any, Literal, cast, overload
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error import Error
from ...models.inbound_gateway_update import InboundGatewayUpdate
from ...models.sip_gateway import SipGateway
from ...responses import build_response, expect_parsed
from ...types import ParsedResponse, Response


def _get_kwargs(
    gateway_id: str,
    *,
    body: InboundGatewayUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/sip/inbound-gateways/{gateway_id}".format(
            gateway_id=quote(str(gateway_id), safe=""),
        ),
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
) -> Response[Error | SipGateway]:
    return build_response(client=client, response=response, parse=_parse_response, raise_on_error=raise_on_error)


@overload
def sync_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
    raise_on_error: Literal[True],
) -> ParsedResponse[SipGateway]: ...


@overload
def sync_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway]: ...


def sync_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway] | ParsedResponse[SipGateway]:
    """Change an inbound gateway

     A partial update: the fields sent replace the stored ones, at least one must be sent.
    Caution: the vendor's server SDK says that `record`, `noiseCancellation` and
    `enableDtmf` fall back to `false`, and `geoRegion` is cleared, when an update leaves
    them out. Send their current values with every update to keep them.

    Args:
        gateway_id (str):
        body (InboundGatewayUpdate): The fields to change, at least one. See the operation's
            caution on the flags the
            server resets when they are left out.
             Example: {'name': 'Twilio Inbound Gateway (EU)'}.
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
        gateway_id=gateway_id,
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
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
) -> SipGateway:
    """Change an inbound gateway

     A partial update: the fields sent replace the stored ones, at least one must be sent.
    Caution: the vendor's server SDK says that `record`, `noiseCancellation` and
    `enableDtmf` fall back to `false`, and `geoRegion` is cleared, when an update leaves
    them out. Send their current values with every update to keep them.

    Args:
        gateway_id (str):
        body (InboundGatewayUpdate): The fields to change, at least one. See the operation's
            caution on the flags the
            server resets when they are left out.
             Example: {'name': 'Twilio Inbound Gateway (EU)'}.

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
        gateway_id=gateway_id,
        body=body,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return cast(SipGateway, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))


@overload
async def asyncio_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
    raise_on_error: Literal[True],
) -> ParsedResponse[SipGateway]: ...


@overload
async def asyncio_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway]: ...


async def asyncio_detailed(
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
    raise_on_error: bool | None = None,
) -> Response[Error | SipGateway] | ParsedResponse[SipGateway]:
    """Change an inbound gateway

     A partial update: the fields sent replace the stored ones, at least one must be sent.
    Caution: the vendor's server SDK says that `record`, `noiseCancellation` and
    `enableDtmf` fall back to `false`, and `geoRegion` is cleared, when an update leaves
    them out. Send their current values with every update to keep them.

    Args:
        gateway_id (str):
        body (InboundGatewayUpdate): The fields to change, at least one. See the operation's
            caution on the flags the
            server resets when they are left out.
             Example: {'name': 'Twilio Inbound Gateway (EU)'}.
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
        gateway_id=gateway_id,
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
    gateway_id: str,
    *,
    client: AuthenticatedClient,
    body: InboundGatewayUpdate,
) -> SipGateway:
    """Change an inbound gateway

     A partial update: the fields sent replace the stored ones, at least one must be sent.
    Caution: the vendor's server SDK says that `record`, `noiseCancellation` and
    `enableDtmf` fall back to `false`, and `geoRegion` is cleared, when an update leaves
    them out. Send their current values with every update to keep them.

    Args:
        gateway_id (str):
        body (InboundGatewayUpdate): The fields to change, at least one. See the operation's
            caution on the flags the
            server resets when they are left out.
             Example: {'name': 'Twilio Inbound Gateway (EU)'}.

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
        gateway_id=gateway_id,
        body=body,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return cast(SipGateway, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))
