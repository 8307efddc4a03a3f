"""The phone numbers (`/v2/sip/phone-numbers`): register with gateways, list, get by E.164,
detach, change a provisioned gateway, release."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import orjson

from videosdk_sip.mock.answers import Answer, error, invalid, not_found
from videosdk_sip.mock.problems import Problem, show
from videosdk_sip.mock.relations import Relations
from videosdk_sip.mock.resources.interface import Handler, Request
from videosdk_sip.mock.stores import Stores
from videosdk_sip.mock.stores.gateways import public_auth
from videosdk_sip.mock.stores.paging import page_envelope, page_slice
from videosdk_sip.mock.stores.phone_numbers import NUMBER_RELEASED

__all__ = ["PhoneNumbers"]

_PROVISIONED: Final = orjson.dumps({"message": "Phone Number with SIP Configured successfully"})
_GATEWAY_UPDATED: Final = orjson.dumps({"message": "Gateway updated successfully"})
_OUTBOUND_ONLY: Final = ("address", "transport", "auth")


class PhoneNumbers:
    """What each phone-number operation does, through the relations between numbers,
    gateways and rules."""

    def __init__(self, stores: Stores, relations: Relations) -> None:
        self._numbers = stores.phone_numbers
        self._gateways = stores.gateways
        self._relations = relations

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createPhoneNumbers": self.create,
            "listPhoneNumbers": self.list_page,
            "getPhoneNumber": self.get,
            "detachPhoneNumber": self.detach,
            "updatePhoneNumberGateway": self.update_gateway,
            "releasePhoneNumber": self.release,
        }

    def create(self, request: Request) -> Answer | bytes:
        problems = self._relations.provision(request.api_key, request.body)
        if problems:
            return error(400, "NUMBER_IN_USE", problems)
        return _PROVISIONED

    def list_page(self, request: Request) -> Answer | bytes:
        query = request.query
        numbers = self._numbers.matching(request.api_key, query.get("search"))
        page, per_page = query.get("page", 1), query.get("perPage", 10)
        # Only the page's numbers are looked up with their gateways; the others are counted.
        shown = [
            self._relations.number_detail(request.api_key, number)
            for number in page_slice(numbers, page, per_page)
        ]
        return page_envelope(shown, len(numbers), page, per_page)

    def get(self, request: Request) -> Answer | bytes:
        e164 = request.path_values["e164"]
        number = self._numbers.get(request.api_key, e164)
        if number is None:
            return not_found("e164", "registered phone number", e164)
        return self._relations.number_detail(request.api_key, number)

    def detach(self, request: Request) -> Answer | bytes:
        e164 = request.body["phoneNumber"]
        detached = self._relations.detach(request.api_key, e164)
        if detached is None:
            return not_found("phoneNumber", "registered phone number", e164)
        return orjson.dumps(detached)

    def update_gateway(self, request: Request) -> Answer | bytes:
        gateway_id = request.path_values["gatewayId"]
        gateway = self._gateways.get(request.api_key, gateway_id)
        if gateway is None:
            return not_found("gatewayId", "gateway", gateway_id)
        if gateway.direction == "INBOUND":
            problems = [
                Problem(
                    name,
                    "outbound-only",
                    f"{name}: applies to outbound gateways only; {show(gateway_id)} is inbound",
                )
                for name in _OUTBOUND_ONLY
                if name in request.body
            ]
            if problems:
                return invalid(*problems)
        self._gateways.update(request.api_key, gateway_id, _gateway_changes(request.body))
        return _GATEWAY_UPDATED

    def release(self, request: Request) -> Answer | bytes:
        number_id = request.path_values["phoneNumberId"]
        released = self._relations.release(request.api_key, number_id)
        if released is None:
            return not_found("phoneNumberId", "phone number", number_id)
        answer = {"message": NUMBER_RELEASED, "phoneNumberId": number_id, "e164": released.e164}
        return orjson.dumps(answer)


def _gateway_changes(request: Mapping[str, Any]) -> dict[str, Any]:
    changes = {name: value for name, value in request.items() if name != "sipRegion"}
    if "sipRegion" in request:
        changes["geoRegion"] = request["sipRegion"]
    if "auth" in changes:
        changes["auth"] = public_auth(changes["auth"])
    return changes
