from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0042ReservationCoreSpec")



@_attrs_define
class V0042ReservationCoreSpec:
    """ 
        Attributes:
            core (str | Unset): IDs of reserved cores
            node (str | Unset): Name of reserved node
     """

    core: str | Unset = UNSET
    node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        core = self.core

        node = self.node


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if core is not UNSET:
            field_dict["core"] = core
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        core = d.pop("core", UNSET)

        node = d.pop("node", UNSET)

        v0042_reservation_core_spec = cls(
            core=core,
            node=node,
        )


        v0042_reservation_core_spec.additional_properties = d
        return v0042_reservation_core_spec

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
