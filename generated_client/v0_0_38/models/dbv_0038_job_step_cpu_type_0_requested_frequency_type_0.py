from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Dbv0038JobStepCPUType0RequestedFrequencyType0")



@_attrs_define
class Dbv0038JobStepCPUType0RequestedFrequencyType0:
    """ CPU frequency requested

        Attributes:
            max_ (int | Unset): Max CPU frequency
            min_ (int | Unset): Min CPU frequency
     """

    max_: int | Unset = UNSET
    min_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max", UNSET)

        min_ = d.pop("min", UNSET)

        dbv_0038_job_step_cpu_type_0_requested_frequency_type_0 = cls(
            max_=max_,
            min_=min_,
        )


        dbv_0038_job_step_cpu_type_0_requested_frequency_type_0.additional_properties = d
        return dbv_0038_job_step_cpu_type_0_requested_frequency_type_0

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
