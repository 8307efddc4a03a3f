from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="PageInfo")


@_attrs_define(repr=False)
class PageInfo:
    """Where this page stands among all pages of the listing.

    Example:
        {'currentPage': 1, 'perPage': 10, 'lastPage': 1, 'total': 1}

    Attributes:
        current_page (int): The number of this page, counting from 1. Example: 1.
        per_page (int): How many items a page holds. Example: 10.
        last_page (int): The number of the last page (1 when there are no items). Example: 1.
        total (int): How many items match the filters, over all pages. Example: 1.
    """

    current_page: int
    per_page: int
    last_page: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                ("currentPage", "current_page"),
                ("perPage", "per_page"),
                ("lastPage", "last_page"),
                ("total", "total"),
            ),
            self.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        last_page = self.last_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPage": current_page,
                "perPage": per_page,
                "lastPage": last_page,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_page = d.pop("currentPage")

        per_page = d.pop("perPage")

        last_page = d.pop("lastPage")

        total = d.pop("total")

        page_info = cls(
            current_page=current_page,
            per_page=per_page,
            last_page=last_page,
            total=total,
        )

        page_info.additional_properties = d
        return page_info

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
