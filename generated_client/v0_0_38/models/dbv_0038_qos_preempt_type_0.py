from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Dbv0038QosPreemptType0")



@_attrs_define
class Dbv0038QosPreemptType0:
    """ Preemption settings

        Attributes:
            exempt_time (int | Unset): Grace period (s) before jobs can preempted
            list_ (list[str] | Unset): List of preemptable QOS
            mode (list[str] | Unset): List of preemption modes
     """

    exempt_time: int | Unset = UNSET
    list_: list[str] | Unset = UNSET
    mode: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        exempt_time = self.exempt_time

        list_: list[str] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_



        mode: list[str] | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if exempt_time is not UNSET:
            field_dict["exempt_time"] = exempt_time
        if list_ is not UNSET:
            field_dict["list"] = list_
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exempt_time = d.pop("exempt_time", UNSET)

        list_ = cast(list[str], d.pop("list", UNSET))


        mode = cast(list[str], d.pop("mode", UNSET))


        dbv_0038_qos_preempt_type_0 = cls(
            exempt_time=exempt_time,
            list_=list_,
            mode=mode,
        )


        dbv_0038_qos_preempt_type_0.additional_properties = d
        return dbv_0038_qos_preempt_type_0

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
