from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="V0040WckeyTagStruct")



@_attrs_define
class V0040WckeyTagStruct:
    """ 
        Attributes:
            flags (list[str]):
            wckey (str): WCKey name
     """

    flags: list[str]
    wckey: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        flags = self.flags



        wckey = self.wckey


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "flags": flags,
            "wckey": wckey,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flags = cast(list[str], d.pop("flags"))


        wckey = d.pop("wckey")

        v0040_wckey_tag_struct = cls(
            flags=flags,
            wckey=wckey,
        )


        v0040_wckey_tag_struct.additional_properties = d
        return v0040_wckey_tag_struct

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
