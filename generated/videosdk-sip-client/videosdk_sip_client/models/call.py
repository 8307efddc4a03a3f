from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="Call")


@_attrs_define(repr=False)
class Call:
    """A call. `callId`, `sipCallTo` and `sipCallFrom` are the names the vendor's pages
    answer; `id`, `to` and `from` are the names of the vendor's server SDK type, kept when
    a server sends them.

        Example:
            {'callId': 'call_123456789', 'status': 'answered'}

        Attributes:
            call_id (str): The call's id. Example: call_123456789.
            id (str | Unset): The call's id, under the SDK type's name. Example: call_123456789.
            type_ (str | Unset): `inbound` or `outbound` (other values are passed through). Example: outbound.
            status (str | Unset): The call's state. Known values: `initiated`, `ringing`, `missed`, `not-answered`,
                `failed`, `incoming`, `verified`, `rejected`, `abandoned`, `answered`, `ended`,
                `transfer-initiated`, `transfer-accepted`, `transferring`, `transfer-ringing`,
                `transferred`, `transfer-failed`, `switch-room-initiated`,
                `switch-room-completed`, `switch-room-failed`; other values are passed through.
                 Example: answered.
            room_id (str | Unset): The room the call is in. Example: room_123456.
            session_id (str | Unset): The room session the call belongs to. Example: session_987.
            sip_call_to (str | Unset): The number or SIP address called. Example: +14155550123.
            sip_call_from (str | Unset): The number or SIP address calling. Example: +14155559876.
            to (str | Unset): The number called, under the SDK type's name. Example: +14155550123.
            from_ (str | Unset): The number calling, under the SDK type's name. Example: +14155559876.
            gateway_id (str | Unset): The gateway the call went through. Example: gw_123456789.
            rule_id (str | Unset): The routing rule that routed the call. Example: rr_abc123.
            transport (str | Unset): The SIP transport used. Example: tls.
            provider (str | Unset): The SIP provider. Example: twilio.
            region (str | Unset): Where the call was handled. Example: us002.
            metadata (Metadata | Unset): Key-value pairs, such as a rule's or a call's metadata. Values are kept as the
                server sends them. Example: {'env': 'production'}.
            start (str | Unset): When the call started (ISO 8601). Example: 2025-08-21T11:45:00.000Z.
            end (None | str | Unset): When the call ended (ISO 8601), or `null` while it lasts. Example:
                2025-08-21T11:52:10.000Z.
            timelog (list[CallTimelogEntry] | Unset): The call's history, oldest first.
    """

    call_id: str
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    room_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    sip_call_to: str | Unset = UNSET
    sip_call_from: str | Unset = UNSET
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    gateway_id: str | Unset = UNSET
    rule_id: str | Unset = UNSET
    transport: str | Unset = UNSET
    provider: str | Unset = UNSET
    region: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    start: str | Unset = UNSET
    end: None | str | Unset = UNSET
    timelog: list[CallTimelogEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("callId", "call_id"),
                ("id", "id"),
                ("type", "type_"),
                ("status", "status"),
                ("roomId", "room_id"),
                ("sessionId", "session_id"),
                ("sipCallTo", "sip_call_to"),
                ("sipCallFrom", "sip_call_from"),
                ("to", "to"),
                ("from", "from_"),
                ("gatewayId", "gateway_id"),
                ("ruleId", "rule_id"),
                ("transport", "transport"),
                ("provider", "provider"),
                ("region", "region"),
                ("metadata", "metadata"),
                ("start", "start"),
                ("end", "end"),
                ("timelog", "timelog"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        id = self.id

        type_ = self.type_

        status = self.status

        room_id = self.room_id

        session_id = self.session_id

        sip_call_to = self.sip_call_to

        sip_call_from = self.sip_call_from

        to = self.to

        from_ = self.from_

        gateway_id = self.gateway_id

        rule_id = self.rule_id

        transport = self.transport

        provider = self.provider

        region = self.region

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        timelog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timelog, Unset):
            timelog = []
            for timelog_item_data in self.timelog:
                timelog_item = timelog_item_data.to_dict()
                timelog.append(timelog_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if sip_call_to is not UNSET:
            field_dict["sipCallTo"] = sip_call_to
        if sip_call_from is not UNSET:
            field_dict["sipCallFrom"] = sip_call_from
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if gateway_id is not UNSET:
            field_dict["gatewayId"] = gateway_id
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if transport is not UNSET:
            field_dict["transport"] = transport
        if provider is not UNSET:
            field_dict["provider"] = provider
        if region is not UNSET:
            field_dict["region"] = region
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if timelog is not UNSET:
            field_dict["timelog"] = timelog

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        room_id = d.pop("roomId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        sip_call_to = d.pop("sipCallTo", UNSET)

        sip_call_from = d.pop("sipCallFrom", UNSET)

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        gateway_id = d.pop("gatewayId", UNSET)

        rule_id = d.pop("ruleId", UNSET)

        transport = d.pop("transport", UNSET)

        provider = d.pop("provider", UNSET)

        region = d.pop("region", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        start = d.pop("start", UNSET)

        def _parse_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            failures: list[tuple[str, Exception]] = []
            return cast(None | str | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        _timelog = d.pop("timelog", UNSET)
        timelog: list[CallTimelogEntry] | Unset = UNSET
        if _timelog is not UNSET:
            timelog = []
            for timelog_item_data in _timelog:
                timelog_item = CallTimelogEntry.from_dict(timelog_item_data)

                timelog.append(timelog_item)

        call = cls(
            call_id=call_id,
            id=id,
            type_=type_,
            status=status,
            room_id=room_id,
            session_id=session_id,
            sip_call_to=sip_call_to,
            sip_call_from=sip_call_from,
            to=to,
            from_=from_,
            gateway_id=gateway_id,
            rule_id=rule_id,
            transport=transport,
            provider=provider,
            region=region,
            metadata=metadata,
            start=start,
            end=end,
            timelog=timelog,
        )

        call.additional_properties = d
        return call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class is defined, rather than inside each method: models that refer
# to each other still import in any order.
from ..models.call_timelog_entry import CallTimelogEntry  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
