from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_uint_32_no_val import V0040Uint32NoVal





T = TypeVar("T", bound="V0040StepCPUType0RequestedFrequencyType0")



@_attrs_define
class V0040StepCPUType0RequestedFrequencyType0:
    """ 
        Attributes:
            max_ (None | Unset | V0040Uint32NoVal): Maximum requested CPU frequency in kHz
            min_ (None | Unset | V0040Uint32NoVal): Minimum requested CPU frequency in kHz
     """

    max_: None | Unset | V0040Uint32NoVal = UNSET
    min_: None | Unset | V0040Uint32NoVal = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        max_: dict[str, Any] | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        elif isinstance(self.max_, V0040Uint32NoVal):
            max_ = self.max_.to_dict()
        else:
            max_ = self.max_

        min_: dict[str, Any] | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        elif isinstance(self.min_, V0040Uint32NoVal):
            min_ = self.min_.to_dict()
        else:
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
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        d = dict(src_dict)
        def _parse_max_(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_type_0 = V0040Uint32NoVal.from_dict(data)



                return max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        max_ = _parse_max_(d.pop("max", UNSET))


        def _parse_min_(data: object) -> None | Unset | V0040Uint32NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_type_0 = V0040Uint32NoVal.from_dict(data)



                return min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint32NoVal, data)

        min_ = _parse_min_(d.pop("min", UNSET))


        v0040_step_cpu_type_0_requested_frequency_type_0 = cls(
            max_=max_,
            min_=min_,
        )


        v0040_step_cpu_type_0_requested_frequency_type_0.additional_properties = d
        return v0040_step_cpu_type_0_requested_frequency_type_0

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
