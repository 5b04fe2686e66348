from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0044StepStatisticsType0CPUType0")



@_attrs_define
class V0044StepStatisticsType0CPUType0:
    """ 
        Attributes:
            actual_frequency (int | Unset): Average weighted CPU frequency of all tasks in kHz
     """

    actual_frequency: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual_frequency = self.actual_frequency


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if actual_frequency is not UNSET:
            field_dict["actual_frequency"] = actual_frequency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actual_frequency = d.pop("actual_frequency", UNSET)

        v0044_step_statistics_type_0cpu_type_0 = cls(
            actual_frequency=actual_frequency,
        )


        v0044_step_statistics_type_0cpu_type_0.additional_properties = d
        return v0044_step_statistics_type_0cpu_type_0

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
