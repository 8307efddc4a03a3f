from typing import Any, Literal, cast, overload

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error import Error
from ...models.routing_rule import RoutingRule
from ...models.routing_rule_create import RoutingRuleCreate
from ...responses import build_response, expect_parsed
from ...types import ParsedResponse, Response


def _get_kwargs(
    *,
    body: RoutingRuleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/sip/routing-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RoutingRule | None:
    if response.status_code == 200:
        response_200 = RoutingRule.from_dict(response.json())

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
) -> Response[Error | RoutingRule]:
    return build_response(client=client, response=response, parse=_parse_response, raise_on_error=raise_on_error)


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[RoutingRule]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRule]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRule] | ParsedResponse[RoutingRule]:
    """Create a routing rule

     Creates a rule on one gateway. The rule's `type` is not sent: it is the direction
    (`INBOUND` or `OUTBOUND`) of the gateway named by `gatewayId`. On an inbound gateway a
    phone number can belong to one rule only.

    Args:
        body (RoutingRuleCreate): A new routing rule. Example: {'gatewayId':
            'gateway_in_123456789', 'name': 'Support Line Rule', 'numbers': ['+14150001111'],
            'dispatch': {'agent': {'type': 'cloud', 'id': 'agent_789'}}}.
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
        Response[Error | RoutingRule]
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
        return ParsedResponse.of(detailed, cast(RoutingRule, expect_parsed(detailed)))
    return detailed


def sync(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
) -> RoutingRule:
    """Create a routing rule

     Creates a rule on one gateway. The rule's `type` is not sent: it is the direction
    (`INBOUND` or `OUTBOUND`) of the gateway named by `gatewayId`. On an inbound gateway a
    phone number can belong to one rule only.

    Args:
        body (RoutingRuleCreate): A new routing rule. Example: {'gatewayId':
            'gateway_in_123456789', 'name': 'Support Line Rule', 'numbers': ['+14150001111'],
            'dispatch': {'agent': {'type': 'cloud', 'id': 'agent_789'}}}.

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
        RoutingRule
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return cast(RoutingRule, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
    raise_on_error: Literal[True],
) -> ParsedResponse[RoutingRule]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRule]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRule] | ParsedResponse[RoutingRule]:
    """Create a routing rule

     Creates a rule on one gateway. The rule's `type` is not sent: it is the direction
    (`INBOUND` or `OUTBOUND`) of the gateway named by `gatewayId`. On an inbound gateway a
    phone number can belong to one rule only.

    Args:
        body (RoutingRuleCreate): A new routing rule. Example: {'gatewayId':
            'gateway_in_123456789', 'name': 'Support Line Rule', 'numbers': ['+14150001111'],
            'dispatch': {'agent': {'type': 'cloud', 'id': 'agent_789'}}}.
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
        Response[Error | RoutingRule]
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
        return ParsedResponse.of(detailed, cast(RoutingRule, expect_parsed(detailed)))
    return detailed


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RoutingRuleCreate,
) -> RoutingRule:
    """Create a routing rule

     Creates a rule on one gateway. The rule's `type` is not sent: it is the direction
    (`INBOUND` or `OUTBOUND`) of the gateway named by `gatewayId`. On an inbound gateway a
    phone number can belong to one rule only.

    Args:
        body (RoutingRuleCreate): A new routing rule. Example: {'gatewayId':
            'gateway_in_123456789', 'name': 'Support Line Rule', 'numbers': ['+14150001111'],
            'dispatch': {'agent': {'type': 'cloud', 'id': 'agent_789'}}}.

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
        RoutingRule
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return cast(RoutingRule, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))
