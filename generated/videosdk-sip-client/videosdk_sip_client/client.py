"""The clients every endpoint function takes.

Both build their httpx clients themselves, sync and async, each with the retry policy's
transport around the network transport; `AuthenticatedClient` adds an `httpx.Auth` flow that
puts a fresh token (raw, with no prefix, unless `prefix` is set) on every request. Build one
with `create_client()`, which reads credentials from the environment.
"""

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .bounds import Bounds, default_async_transport, default_transport
from .retries import RetryPolicy
from .tokens import StaticTokenProvider, TokenAuth, TokenProvider

DEFAULT_BASE_URL = "https://api.videosdk.live"
DEFAULT_TIMEOUT = httpx.Timeout(30.0)

# Keys of httpx_args that this client sets itself: httpx_args go to both the sync and the
# async httpx client, so a transport there would break one of them.
_RESERVED_HTTPX_ARGS = {
    "transport": "pass transport= (and async_transport=) instead",
    "auth": "pass a token or a TokenProvider as token= instead",
}


@define
class Client:
    """A client for endpoints that need no authentication (every routing-rule call needs it:
    use `AuthenticatedClient` or `create_client()`).

    Keyword arguments:

        ``base_url``: where the API is; every request goes to a path under it.

        ``timeout``: per network operation (connect, one read, one write, pool); 30 seconds
        by default.

        ``bounds``: a `Bounds`: each attempt's deadline (30 s), the whole call's (off), the
        largest answer read (10 MiB).

        ``retry``: a `RetryPolicy` (the vendor SDKs' rules by default); None turns retries off.

        ``raise_on_error``: when True (the default) `sync_detailed`/`asyncio_detailed` raise a
        typed `ApiError` for any status outside 2xx instead of returning it. `sync`/`asyncio`
        always raise.

        ``transport`` / ``async_transport``: the httpx transports under the retries. By
        default `httpx.HTTPTransport` / `httpx.AsyncHTTPTransport` with ``verify_ssl``. A
        transport that is both (as `httpx.MockTransport` is) serves both when
        ``async_transport`` is not given.

        ``cookies``, ``headers``, ``verify_ssl``, ``follow_redirects``: as in httpx.

        ``httpx_args``: more keyword arguments for both `httpx.Client` and `httpx.AsyncClient`
        (not ``transport`` or ``auth``, which this client sets).

    Attributes:
        raise_on_unexpected_status: raise `errors.UnexpectedStatus` for a success status the
            contract does not list (a failure status raises its `ApiError` instead).
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    raise_on_error: bool = field(default=True, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _retry: RetryPolicy | None = field(factory=RetryPolicy, kw_only=True, alias="retry")
    _bounds: Bounds = field(factory=Bounds, kw_only=True, alias="bounds")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True, alias="async_transport")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        for key, advice in _RESERVED_HTTPX_ARGS.items():
            if key in self._httpx_args:
                raise ValueError(f"httpx_args[{key!r}]: set by this client; {advice}")

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def retry(self) -> RetryPolicy | None:
        return self._retry

    def _auth(self) -> httpx.Auth | None:
        return None

    @property
    def bounds(self) -> Bounds:
        return self._bounds

    def _sync_transport(self) -> httpx.BaseTransport:
        inner = self._bounds.sync_transport(self._transport or default_transport(self._verify_ssl))
        return self._bounds.outermost(inner if self._retry is None else self._retry.transport(inner))

    def _async_transport_chain(self) -> httpx.AsyncBaseTransport:
        inner: httpx.AsyncBaseTransport
        if self._async_transport is not None:
            inner = self._async_transport
        elif isinstance(self._transport, httpx.AsyncBaseTransport):
            inner = self._transport
        else:
            inner = default_async_transport(self._verify_ssl)
        inner = self._bounds.async_transport(inner)
        return self._bounds.async_outermost(inner if self._retry is None else self._retry.transport(inner))

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client as it is: it replaces this client's transport, retries, auth,
        headers, cookies and timeout."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, built on first use."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=self._sync_transport(),
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient as it is: it replaces this client's transport, retries,
        auth, headers, cookies and timeout."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                transport=self._async_transport_chain(),
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def close(self) -> None:
        """Close the sync httpx client, if one was built."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client, if one was built."""
        if self._async_client is not None:
            await self._async_client.aclose()


@define
class AuthenticatedClient(Client):
    """A client whose every request carries a token in `Authorization`.

    `token` is either a ready-made token (a string, sent as it is) or a `TokenProvider`, such
    as `CachedTokenProvider`, asked for a token on every request. The API takes the raw JWT:
    `prefix` is empty by default (set it only for a server that wants `Bearer`). Neither the
    token nor the provider's secret appears in this object's repr.
    """

    token: str | TokenProvider = field(repr=False)
    prefix: str = ""
    auth_header_name: str = "Authorization"

    def _auth(self) -> httpx.Auth:
        provider = StaticTokenProvider(self.token) if isinstance(self.token, str) else self.token
        return TokenAuth(provider, header_name=self.auth_header_name, prefix=self.prefix)
