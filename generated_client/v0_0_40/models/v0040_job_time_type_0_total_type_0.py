from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0040JobTimeType0TotalType0")



@_attrs_define
class V0040JobTimeType0TotalType0:
    """ 
        Attributes:
            microseconds (int | Unset): Sum of System and User CPU time used by the job in microseconds
            seconds (int | Unset): Sum of System and User CPU time used by the job in seconds
     """

    microseconds: int | Unset = UNSET
    seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        microseconds = self.microseconds

        seconds = self.seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if microseconds is not UNSET:
            field_dict["microseconds"] = microseconds
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        microseconds = d.pop("microseconds", UNSET)

        seconds = d.pop("seconds", UNSET)

        v0040_job_time_type_0_total_type_0 = cls(
            microseconds=microseconds,
            seconds=seconds,
        )


        v0040_job_time_type_0_total_type_0.additional_properties = d
        return v0040_job_time_type_0_total_type_0

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
