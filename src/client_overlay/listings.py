"""A typed iterator over every list of the current API, sync and async.

Each walks every page lazily (see `paging`), asking for the largest page by default, and sends
its filters with every request. `iter_routing_rules` (in `paging`) walks the older,
gateway-bound rules.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from .api.calls import list_calls
from .api.inbound_gateways import list_inbound_gateways
from .api.number_routing_rules import list_number_routing_rules
from .api.outbound_gateways import list_outbound_gateways
from .api.phone_numbers import list_phone_numbers
from .api.webhooks import list_webhooks
from .client import AuthenticatedClient
from .models.call import Call
from .models.number_routing_rule import NumberRoutingRule
from .models.phone_number_detail import PhoneNumberDetail
from .models.rule_direction import RuleDirection
from .models.sip_gateway import SipGateway
from .models.webhook import Webhook
from .paging import DEFAULT_PER_PAGE, aiter_items, iter_items
from .types import UNSET, Unset

__all__ = [
    "aiter_calls",
    "aiter_inbound_gateways",
    "aiter_number_routing_rules",
    "aiter_outbound_gateways",
    "aiter_phone_numbers",
    "aiter_webhooks",
    "iter_calls",
    "iter_inbound_gateways",
    "iter_number_routing_rules",
    "iter_outbound_gateways",
    "iter_phone_numbers",
    "iter_webhooks",
]


def iter_inbound_gateways(
    client: AuthenticatedClient,
    *,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[SipGateway]:
    """Every inbound gateway matching the filters."""
    return iter_items(list_inbound_gateways.sync, client, per_page=per_page, id=id, search=search)


def aiter_inbound_gateways(
    client: AuthenticatedClient,
    *,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[SipGateway]:
    """`iter_inbound_gateways` for asyncio."""
    return aiter_items(
        list_inbound_gateways.asyncio, client, per_page=per_page, id=id, search=search
    )


def iter_outbound_gateways(
    client: AuthenticatedClient,
    *,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[SipGateway]:
    """Every outbound gateway matching the filters."""
    return iter_items(list_outbound_gateways.sync, client, per_page=per_page, id=id, search=search)


def aiter_outbound_gateways(
    client: AuthenticatedClient,
    *,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[SipGateway]:
    """`iter_outbound_gateways` for asyncio."""
    return aiter_items(
        list_outbound_gateways.asyncio, client, per_page=per_page, id=id, search=search
    )


def iter_phone_numbers(
    client: AuthenticatedClient,
    *,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[PhoneNumberDetail]:
    """Every registered number matching the filter, with its gateways."""
    return iter_items(list_phone_numbers.sync, client, per_page=per_page, search=search)


def aiter_phone_numbers(
    client: AuthenticatedClient,
    *,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[PhoneNumberDetail]:
    """`iter_phone_numbers` for asyncio."""
    return aiter_items(list_phone_numbers.asyncio, client, per_page=per_page, search=search)


def iter_number_routing_rules(
    client: AuthenticatedClient,
    *,
    search: str | Unset = UNSET,
    type_: RuleDirection | Unset = UNSET,
    rule_ids: str | Unset = UNSET,
    room_type: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[NumberRoutingRule]:
    """Every routing rule for phone numbers matching the filters."""
    return iter_items(
        list_number_routing_rules.sync,
        client,
        per_page=per_page,
        search=search,
        type_=type_,
        rule_ids=rule_ids,
        room_type=room_type,
    )


def aiter_number_routing_rules(
    client: AuthenticatedClient,
    *,
    search: str | Unset = UNSET,
    type_: RuleDirection | Unset = UNSET,
    rule_ids: str | Unset = UNSET,
    room_type: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[NumberRoutingRule]:
    """`iter_number_routing_rules` for asyncio."""
    return aiter_items(
        list_number_routing_rules.asyncio,
        client,
        per_page=per_page,
        search=search,
        type_=type_,
        rule_ids=rule_ids,
        room_type=room_type,
    )


def iter_calls(
    client: AuthenticatedClient,
    *,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    gateway_id: str | Unset = UNSET,
    rule_id: str | Unset = UNSET,
    type_: RuleDirection | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[Call]:
    """Every call matching the filters (`start_date`/`end_date` in milliseconds since 1970)."""
    return iter_items(
        list_calls.sync,
        client,
        per_page=per_page,
        room_id=room_id,
        session_id=session_id,
        id=id,
        gateway_id=gateway_id,
        rule_id=rule_id,
        type_=type_,
        search=search,
        start_date=start_date,
        end_date=end_date,
    )


def aiter_calls(
    client: AuthenticatedClient,
    *,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    gateway_id: str | Unset = UNSET,
    rule_id: str | Unset = UNSET,
    type_: RuleDirection | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[Call]:
    """`iter_calls` for asyncio."""
    return aiter_items(
        list_calls.asyncio,
        client,
        per_page=per_page,
        room_id=room_id,
        session_id=session_id,
        id=id,
        gateway_id=gateway_id,
        rule_id=rule_id,
        type_=type_,
        search=search,
        start_date=start_date,
        end_date=end_date,
    )


def iter_webhooks(
    client: AuthenticatedClient,
    *,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> Iterator[Webhook]:
    """Every webhook matching the filters."""
    return iter_items(list_webhooks.sync, client, per_page=per_page, id=id, search=search)


def aiter_webhooks(
    client: AuthenticatedClient,
    *,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    per_page: int | Unset = DEFAULT_PER_PAGE,
) -> AsyncIterator[Webhook]:
    """`iter_webhooks` for asyncio."""
    return aiter_items(list_webhooks.asyncio, client, per_page=per_page, id=id, search=search)
