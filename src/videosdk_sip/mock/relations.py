"""What ties records of one resource to another's, in one place: that a seed routing rule's
`gatewayId` names a live gateway (and takes that gateway's direction as its `type`); that
registering numbers provisions their gateways, all or nothing; that a detach or release takes
a number off its gateways (and a release off every rule); that a current routing rule binds
registered numbers only; and that a call is placed through a stored outbound routing rule.

Every change here that spans stores holds `Stores.lock` from its first check to its last write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from videosdk_sip.mock.problems import Problem, show
from videosdk_sip.mock.settings import Direction
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.gateways import NumberClash, StoredGateway, gateway_fields
from videosdk_sip.mock.stores.number_rules import InboundClash, StoredRule
from videosdk_sip.mock.stores.phone_numbers import StoredNumber
from videosdk_sip.mock.stores.routing_rules import RuleGateway

__all__ = ["Relations", "number_clash_problems"]

_LISTED = 10


class Relations:
    """Checks across stores, for the handlers."""

    def __init__(self, stores: Stores) -> None:
        self._stores = stores

    def gateway_for_rule(self, api_key: str, gateway_id: str) -> RuleGateway | Problem:
        """The live gateway of `api_key` a seed rule names, or the problem naming the field
        and the known gateways."""
        gateway = self._stores.gateways.get(api_key, gateway_id)
        if gateway is not None:
            return gateway
        known = ", ".join(self._stores.gateways.live_ids(api_key)[:_LISTED]) or "none"
        return Problem(
            "gatewayId",
            "exists",
            f"gatewayId: no gateway {show(gateway_id)} exists; known gateways: {known}",
        )

    def outbound_rule_for_call(self, api_key: str, rule_id: str) -> Mapping[str, Any] | Problem:
        """The `NumberRoutingRule` answer of `api_key`'s rule `rule_id` when it is an outbound
        rule (calls are placed through outbound rules only); else the problem naming
        `routingRuleId`."""
        rule = self._stores.number_rules.get(api_key, rule_id)
        if rule is None:
            return Problem(
                "routingRuleId",
                "exists",
                f"routingRuleId: no routing rule {show(rule_id)} exists",
            )
        if rule.kind != "outbound":
            return Problem(
                "routingRuleId",
                "outbound",
                f"routingRuleId: rule {show(rule_id)} is an {rule.kind} rule; "
                "calls are placed through outbound rules",
            )
        return rule.fields

    def number_rule_exists(self, api_key: str, rule_id: str) -> bool:
        """Whether `api_key` has the current routing rule `rule_id`."""
        return self._stores.number_rules.get(api_key, rule_id) is not None

    def provision(self, api_key: str, request: Mapping[str, Any]) -> list[Problem]:
        """Registers a valid `PhoneNumbersCreate`'s numbers with an inbound and an outbound
        gateway (one pair shared, or a pair per number). All or nothing: the problems, and
        nothing stored, when a number is already on a gateway of either direction."""
        numbers: list[str] = request["phoneNumbers"]
        with self._stores.lock:
            directions: tuple[Direction, ...] = ("INBOUND", "OUTBOUND")
            problems = [
                problem
                for direction in directions
                for problem in _clash_problems(
                    self._stores.gateways.clashes(api_key, direction, numbers), "phoneNumbers"
                )
            ]
            if problems:
                return problems
            groups = [numbers] if request.get("isShared", True) else [[each] for each in numbers]
            sides: tuple[tuple[Direction, Mapping[str, Any]], ...] = (
                ("INBOUND", request["inbound"]),
                ("OUTBOUND", request["outbound"]),
            )
            for group in groups:
                for direction, settings in sides:
                    fields = gateway_fields(
                        direction,
                        {
                            **settings,
                            "name": request["name"],
                            "numbers": group,
                            "mediaEncryption": request.get("mediaEncryption", "disable"),
                            "geoRegion": settings.get("sipRegion"),
                        },
                    )
                    created = self._stores.gateways.create(api_key, direction, fields, checked=True)
                    if isinstance(created, NumberClash):  # checked above, under the same lock
                        raise RuntimeError(f"provisioning clashed after its check: {created}")
            for number in numbers:
                self._stores.phone_numbers.register(api_key, number, request["name"])
            return []

    def number_detail(self, api_key: str, number: StoredNumber) -> bytes:
        """The `PhoneNumberDetail` answer: the number with the live gateways it is on."""
        held = self._stores.gateways.holding(api_key, number.e164)
        inbound, outbound = (_body_or_null(held.get(each)) for each in ("INBOUND", "OUTBOUND"))
        return (
            b'{"phoneNumber":'
            + number.body
            + b',"inbound":'
            + inbound
            + b',"outbound":'
            + outbound
            + b"}"
        )

    def detach(self, api_key: str, e164: str) -> dict[str, Any] | None:
        """Takes a registered number off its gateways (which stay, even empty); the
        `PhoneNumberDetached` answer, or None when `api_key` has no such number."""
        with self._stores.lock:
            number = self._stores.phone_numbers.get(api_key, e164)
            if number is None:
                return None
            left = self._stores.gateways.detach(api_key, e164)
            return {
                "message": "Detached successfully",
                "phoneNumber": dict(number.fields),
                "inbound": left.get("INBOUND"),
                "outbound": left.get("OUTBOUND"),
            }

    def release(self, api_key: str, number_id: str) -> StoredNumber | None:
        """Takes the number off its gateways and out of every current routing rule, and
        unregisters it; its released record (again for a released number), or None when
        `api_key` never had it."""
        with self._stores.lock:
            numbers = self._stores.phone_numbers
            number = numbers.by_id(api_key, number_id)
            if number is None:
                return numbers.released(api_key, number_id)
            self._stores.gateways.detach(api_key, number.e164)
            self._stores.number_rules.drop_number(api_key, number.e164)
            return numbers.release(api_key, number_id)

    def create_number_rule(
        self, api_key: str, request: Mapping[str, Any]
    ) -> StoredRule | list[Problem]:
        """Stores a current routing rule whose numbers are all registered, an inbound one
        only on numbers no other inbound rule routes; else the problems, nothing stored."""
        with self._stores.lock:
            problems = self._unregistered(api_key, request["phoneNumbers"])
            if problems:
                return problems
            created = self._stores.number_rules.create(api_key, request)
            return _inbound_problems(created) if isinstance(created, InboundClash) else created

    def update_number_rule(
        self, api_key: str, rule_id: str, changes: Mapping[str, Any]
    ) -> StoredRule | list[Problem] | None:
        """Applies a partial update whose new numbers are registered (and, on an inbound rule,
        routed by no other rule); None when there is no such rule; else the problems, nothing
        changed."""
        with self._stores.lock:
            if "phoneNumbers" in changes:
                if not self.number_rule_exists(api_key, rule_id):
                    return None
                problems = self._unregistered(api_key, changes["phoneNumbers"])
                if problems:
                    return problems
            updated = self._stores.number_rules.update(api_key, rule_id, changes)
            return _inbound_problems(updated) if isinstance(updated, InboundClash) else updated

    def _unregistered(self, api_key: str, numbers: list[str]) -> list[Problem]:
        return [
            Problem(
                f"phoneNumbers[{index}]",
                "registered",
                f"phoneNumbers[{index}]: {show(number)} is not a registered phone number of "
                "this account; register it with createPhoneNumbers first",
            )
            for index, number in self._stores.phone_numbers.unregistered(api_key, numbers)
        ]


def _body_or_null(gateway: StoredGateway | None) -> bytes:
    return gateway.body if gateway is not None else b"null"


def _inbound_problems(clash: InboundClash) -> list[Problem]:
    return [
        Problem(
            f"phoneNumbers[{index}]",
            "one-inbound-rule",
            f"phoneNumbers[{index}]: {show(number)} is already routed by inbound rule "
            f"{show(other)}",
        )
        for index, number, other in clash.clashes
    ]


def _clash_problems(clash: NumberClash | None, field: str) -> list[Problem]:
    return number_clash_problems(clash, field) if clash is not None else []


def number_clash_problems(clash: NumberClash, field: str) -> list[Problem]:
    """One problem per number already on another gateway of the same direction; `field`
    names the request's list of numbers."""
    direction = clash.direction.lower()
    return [
        Problem(
            f"{field}[{index}]",
            "one-gateway-per-direction",
            f"{field}[{index}]: {show(number)} is already on {direction} gateway {show(other)}",
        )
        for index, number, other in clash.clashes
    ]
