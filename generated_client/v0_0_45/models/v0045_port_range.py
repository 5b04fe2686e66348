from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0045PortRange")



@_attrs_define
class V0045PortRange:
    """ 
        Attributes:
            maximum (int | Unset): Maximum port number
            minimum (int | Unset): Minimum port number
            set_ (bool | Unset): True if minimum and maximum are set (or ignored on false)
     """

    maximum: int | Unset = UNSET
    minimum: int | Unset = UNSET
    set_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        maximum = self.maximum

        minimum = self.minimum

        set_ = self.set_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        maximum = d.pop("maximum", UNSET)

        minimum = d.pop("minimum", UNSET)

        set_ = d.pop("set", UNSET)

        v0045_port_range = cls(
            maximum=maximum,
            minimum=minimum,
            set_=set_,
        )


        v0045_port_range.additional_properties = d
        return v0045_port_range

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
