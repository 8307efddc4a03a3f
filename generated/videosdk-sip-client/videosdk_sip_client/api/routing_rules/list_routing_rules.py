from typing import Any, Literal, cast, overload

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error import Error
from ...models.routing_rule_page import RoutingRulePage
from ...responses import build_response, expect_parsed
from ...types import UNSET, ParsedResponse, Response, Unset


def _get_kwargs(
    *,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["gatewayId"] = gateway_id

    params["id"] = id

    params["search"] = search

    params["page"] = page

    params["perPage"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/sip/routing-rules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RoutingRulePage | None:
    if response.status_code == 200:
        response_200 = RoutingRulePage.from_dict(response.json())

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
) -> Response[Error | RoutingRulePage]:
    return build_response(client=client, response=response, parse=_parse_response, raise_on_error=raise_on_error)


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    raise_on_error: Literal[True],
) -> ParsedResponse[RoutingRulePage]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRulePage]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRulePage] | ParsedResponse[RoutingRulePage]:
    """List routing rules

     Lists the rules of the calling API key, one page at a time, newest last. Filters
    combine: a rule is listed when it matches all of them.

    Args:
        gateway_id (str | Unset):
        id (str | Unset):
        search (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
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
        Response[Error | RoutingRulePage]
    """

    kwargs = _get_kwargs(
        gateway_id=gateway_id,
        id=id,
        search=search,
        page=page,
        per_page=per_page,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    if raise_on_error is None:
        return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)
    detailed = _build_response(client=client, response=response, raise_on_error=raise_on_error)
    if raise_on_error:
        return ParsedResponse.of(detailed, cast(RoutingRulePage, expect_parsed(detailed)))
    return detailed


def sync(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> RoutingRulePage:
    """List routing rules

     Lists the rules of the calling API key, one page at a time, newest last. Filters
    combine: a rule is listed when it matches all of them.

    Args:
        gateway_id (str | Unset):
        id (str | Unset):
        search (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

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
        RoutingRulePage
    """

    kwargs = _get_kwargs(
        gateway_id=gateway_id,
        id=id,
        search=search,
        page=page,
        per_page=per_page,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return cast(RoutingRulePage, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    raise_on_error: Literal[True],
) -> ParsedResponse[RoutingRulePage]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRulePage]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    raise_on_error: bool | None = None,
) -> Response[Error | RoutingRulePage] | ParsedResponse[RoutingRulePage]:
    """List routing rules

     Lists the rules of the calling API key, one page at a time, newest last. Filters
    combine: a rule is listed when it matches all of them.

    Args:
        gateway_id (str | Unset):
        id (str | Unset):
        search (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
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
        Response[Error | RoutingRulePage]
    """

    kwargs = _get_kwargs(
        gateway_id=gateway_id,
        id=id,
        search=search,
        page=page,
        per_page=per_page,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    if raise_on_error is None:
        return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)
    detailed = _build_response(client=client, response=response, raise_on_error=raise_on_error)
    if raise_on_error:
        return ParsedResponse.of(detailed, cast(RoutingRulePage, expect_parsed(detailed)))
    return detailed


async def asyncio(
    *,
    client: AuthenticatedClient,
    gateway_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> RoutingRulePage:
    """List routing rules

     Lists the rules of the calling API key, one page at a time, newest last. Filters
    combine: a rule is listed when it matches all of them.

    Args:
        gateway_id (str | Unset):
        id (str | Unset):
        search (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

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
        RoutingRulePage
    """

    kwargs = _get_kwargs(
        gateway_id=gateway_id,
        id=id,
        search=search,
        page=page,
        per_page=per_page,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return cast(RoutingRulePage, expect_parsed(_build_response(client=client, response=response, raise_on_error=True)))
