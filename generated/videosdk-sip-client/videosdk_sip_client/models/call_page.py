from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="CallPage")


@_attrs_define(repr=False)
class CallPage:
    """One page of calls.

    Example:
        {'pageInfo': {'currentPage': 1, 'perPage': 10, 'lastPage': 1, 'total': 0}, 'data': []}

    Attributes:
        page_info (PageInfo): Where this page stands among all pages of the listing. Example: {'currentPage': 1,
            'perPage': 10, 'lastPage': 1, 'total': 1}.
        data (list[Call]): The calls on this page.
    """

    page_info: PageInfo
    data: list[Call]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("pageInfo", "page_info"),
                ("data", "data"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        page_info = self.page_info.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageInfo": page_info,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_info = PageInfo.from_dict(d.pop("pageInfo"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Call.from_dict(data_item_data)

            data.append(data_item)

        call_page = cls(
            page_info=page_info,
            data=data,
        )

        call_page.additional_properties = d
        return call_page

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
from ..models.call import Call  # noqa: E402
from ..models.page_info import PageInfo  # noqa: E402
