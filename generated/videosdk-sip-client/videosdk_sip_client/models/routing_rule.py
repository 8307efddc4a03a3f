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
    describe_failures,
    model_repr,
)

T = TypeVar("T", bound="RoutingRule")


@_attrs_define(repr=False)
class RoutingRule:
    """A stored routing rule.

    Example:
        {'id': 'rule_123456789', 'name': 'Support Line Rule', 'type': 'INBOUND', 'numbers': ['+14150001111'],
            'gatewayId': 'gateway_in_123456789', 'dispatch': {'agent': {'type': 'cloud', 'id': 'agent_789'}},
            'hidePhoneNumber': False, 'metadata': {}, 'tags': []}

    Attributes:
        id (str): The rule's id. Example: rule_123456789.
        name (str): The rule's name. Example: Support Line Rule.
        type_ (str): The direction of the rule's gateway: `INBOUND` or `OUTBOUND` (other values are
            passed through).
             Example: INBOUND.
        numbers (list[str]): The phone numbers this rule routes. Example: ['+14150001111'].
        gateway_id (str): The gateway this rule belongs to. Example: gateway_in_123456789.
        dispatch (AgentDispatch | RoomDispatch): Where calls go. With `room` it is a room dispatch; with only `agent`,
            an agent dispatch.
        hide_phone_number (bool | Unset): Whether the caller's number is hidden. Example: False.
        metadata (Metadata | Unset): Key-value pairs, such as a rule's or a call's metadata. Values are kept as the
            server sends them. Example: {'env': 'production'}.
        tags (list[str] | Unset): The rule's labels. Example: ['priority', 'support'].
    """

    id: str
    name: str
    type_: str
    numbers: list[str]
    gateway_id: str
    dispatch: AgentDispatch | RoomDispatch
    hide_phone_number: bool | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("id", "id"),
                ("name", "name"),
                ("type", "type_"),
                ("numbers", "numbers"),
                ("gatewayId", "gateway_id"),
                ("dispatch", "dispatch"),
                ("hidePhoneNumber", "hide_phone_number"),
                ("metadata", "metadata"),
                ("tags", "tags"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        numbers = self.numbers

        gateway_id = self.gateway_id

        dispatch: dict[str, Any]
        if isinstance(self.dispatch, RoomDispatch):
            dispatch = self.dispatch.to_dict()
        else:
            dispatch = self.dispatch.to_dict()

        hide_phone_number = self.hide_phone_number

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "numbers": numbers,
                "gatewayId": gateway_id,
                "dispatch": dispatch,
            }
        )
        if hide_phone_number is not UNSET:
            field_dict["hidePhoneNumber"] = hide_phone_number
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        numbers = cast(list[str], d.pop("numbers"))

        gateway_id = d.pop("gatewayId")

        def _parse_dispatch(data: object) -> AgentDispatch | RoomDispatch:
            failures: list[tuple[str, Exception]] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_dispatch_type_0 = RoomDispatch.from_dict(data)

                return componentsschemas_dispatch_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("RoomDispatch", exc))
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"expected dict[str, Any], got {type(data).__name__}")
                componentsschemas_dispatch_type_1 = AgentDispatch.from_dict(data)

                return componentsschemas_dispatch_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                failures.append(("AgentDispatch", exc))
            raise ValueError("dispatch: fits none of its shapes (" + describe_failures(failures) + ")")

        dispatch = _parse_dispatch(d.pop("dispatch"))

        hide_phone_number = d.pop("hidePhoneNumber", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        tags = cast(list[str], d.pop("tags", UNSET))

        routing_rule = cls(
            id=id,
            name=name,
            type_=type_,
            numbers=numbers,
            gateway_id=gateway_id,
            dispatch=dispatch,
            hide_phone_number=hide_phone_number,
            metadata=metadata,
            tags=tags,
        )

        routing_rule.additional_properties = d
        return routing_rule

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
from ..models.agent_dispatch import AgentDispatch  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.room_dispatch import RoomDispatch  # noqa: E402
