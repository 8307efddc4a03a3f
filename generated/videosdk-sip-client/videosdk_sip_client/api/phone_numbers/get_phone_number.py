from typing import Any, Literal, cast, overload
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import translate_transport_errors
from ...models.error import Error
from ...models.phone_number_detail import PhoneNumberDetail
from ...responses import build_response, expect_parsed
from ...types import ParsedResponse, Response


def _get_kwargs(
    e164: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/sip/phone-numbers/{e164}".format(
            e164=quote(str(e164), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PhoneNumberDetail | None:
    if response.status_code == 200:
        response_200 = PhoneNumberDetail.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | PhoneNumberDetail]:
    return build_response(client=client, response=response, parse=_parse_response, raise_on_error=raise_on_error)


@overload
def sync_detailed(
    e164: str,
    *,
    client: AuthenticatedClient,
    raise_on_error: Literal[True],
) -> ParsedResponse[PhoneNumberDetail]: ...


@overload
def sync_detailed(
    e164: str,
    *,
    client: AuthenticatedClient,
    raise_on_error: bool | None = None,
) -> Response[Error | PhoneNumberDetail]: ...


def sync_detailed(
    e164: str,
    *,
    client: AuthenticatedClient,
    raise_on_error: bool | None = None,
) -> Response[Error | PhoneNumberDetail] | ParsedResponse[PhoneNumberDetail]:
    """Fetch one phone number with its gateways

     Answers the number and the inbound and outbound gateways it is attached to (`null`
    where it has none). The path holds the E.164 number itself, with `+` sent as `%2B`.

    Args:
        e164 (str): A phone number in E.164 form, `+` then up to 15 digits. Example: +14150001111.
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
        Response[Error | PhoneNumberDetail]
    """

    kwargs = _get_kwargs(
        e164=e164,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    if raise_on_error is None:
        return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)
    detailed = _build_response(client=client, response=response, raise_on_error=raise_on_error)
    if raise_on_error:
        return ParsedResponse.of(detailed, cast(PhoneNumberDetail, expect_parsed(detailed)))
    return detailed


def sync(
    e164: str,
    *,
    client: AuthenticatedClient,
) -> PhoneNumberDetail:
    """Fetch one phone number with its gateways

     Answers the number and the inbound and outbound gateways it is attached to (`null`
    where it has none). The path holds the E.164 number itself, with `+` sent as `%2B`.

    Args:
        e164 (str): A phone number in E.164 form, `+` then up to 15 digits. Example: +14150001111.

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
        PhoneNumberDetail
    """

    kwargs = _get_kwargs(
        e164=e164,
    )

    with translate_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return cast(
        PhoneNumberDetail, expect_parsed(_build_response(client=client, response=response, raise_on_error=True))
    )


@overload
async def asyncio_detailed(
    e164: str,
    *,
    client: AuthenticatedClient,
    raise_on_error: Literal[True],
) -> ParsedResponse[PhoneNumberDetail]: ...


@overload
async def asyncio_detailed(
    e164: str,
    *,
    client: AuthenticatedClient,
    raise_on_error: bool | None = None,
) -> Response[Error | PhoneNumberDetail]: ...


async def asyncio_detailed(
    e164: str,
    *,
    client: AuthenticatedClient,
    raise_on_error: bool | None = None,
) -> Response[Error | PhoneNumberDetail] | ParsedResponse[PhoneNumberDetail]:
    """Fetch one phone number with its gateways

     Answers the number and the inbound and outbound gateways it is attached to (`null`
    where it has none). The path holds the E.164 number itself, with `+` sent as `%2B`.

    Args:
        e164 (str): A phone number in E.164 form, `+` then up to 15 digits. Example: +14150001111.
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
        Response[Error | PhoneNumberDetail]
    """

    kwargs = _get_kwargs(
        e164=e164,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    if raise_on_error is None:
        return _build_response(client=client, response=response, raise_on_error=client.raise_on_error)
    detailed = _build_response(client=client, response=response, raise_on_error=raise_on_error)
    if raise_on_error:
        return ParsedResponse.of(detailed, cast(PhoneNumberDetail, expect_parsed(detailed)))
    return detailed


async def asyncio(
    e164: str,
    *,
    client: AuthenticatedClient,
) -> PhoneNumberDetail:
    """Fetch one phone number with its gateways

     Answers the number and the inbound and outbound gateways it is attached to (`null`
    where it has none). The path holds the E.164 number itself, with `+` sent as `%2B`.

    Args:
        e164 (str): A phone number in E.164 form, `+` then up to 15 digits. Example: +14150001111.

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
        PhoneNumberDetail
    """

    kwargs = _get_kwargs(
        e164=e164,
    )

    with translate_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return cast(
        PhoneNumberDetail, expect_parsed(_build_response(client=client, response=response, raise_on_error=True))
    )
