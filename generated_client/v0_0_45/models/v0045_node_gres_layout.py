from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0045NodeGresLayout")



@_attrs_define
class V0045NodeGresLayout:
    """ 
        Attributes:
            name (str): GRES name
            count (int | Unset): Count
            index (str | Unset): Index
            type_ (str | Unset): GRES type (optional)
     """

    name: str
    count: int | Unset = UNSET
    index: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        count = self.count

        index = self.index

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
        })
        if count is not UNSET:
            field_dict["count"] = count
        if index is not UNSET:
            field_dict["index"] = index
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        count = d.pop("count", UNSET)

        index = d.pop("index", UNSET)

        type_ = d.pop("type", UNSET)

        v0045_node_gres_layout = cls(
            name=name,
            count=count,
            index=index,
            type_=type_,
        )


        v0045_node_gres_layout.additional_properties = d
        return v0045_node_gres_layout

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
