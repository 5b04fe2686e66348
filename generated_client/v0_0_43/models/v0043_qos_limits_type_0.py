from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct
  from ..models.v0043_qos_limits_type_0_max_type_0 import V0043QosLimitsType0MaxType0
  from ..models.v0043_qos_limits_type_0_min_type_0 import V0043QosLimitsType0MinType0





T = TypeVar("T", bound="V0043QosLimitsType0")



@_attrs_define
class V0043QosLimitsType0:
    """ 
        Attributes:
            factor (None | Unset | V0043Float64NoValStruct): LimitFactor - A float that is factored into an association's
                [Grp|Max]TRES limits (64 bit floating point number with flags)
            grace_time (int | Unset): GraceTime - Preemption grace time in seconds to be extended to a job which has been
                selected for preemption
            max_ (None | Unset | V0043QosLimitsType0MaxType0):
            min_ (None | Unset | V0043QosLimitsType0MinType0):
     """

    factor: None | Unset | V0043Float64NoValStruct = UNSET
    grace_time: int | Unset = UNSET
    max_: None | Unset | V0043QosLimitsType0MaxType0 = UNSET
    min_: None | Unset | V0043QosLimitsType0MinType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct # noqa: PLC0415
        from ..models.v0043_qos_limits_type_0_max_type_0 import V0043QosLimitsType0MaxType0 # noqa: PLC0415
        from ..models.v0043_qos_limits_type_0_min_type_0 import V0043QosLimitsType0MinType0 # noqa: PLC0415
        factor: dict[str, Any] | None | Unset
        if isinstance(self.factor, Unset):
            factor = UNSET
        elif isinstance(self.factor, V0043Float64NoValStruct):
            factor = self.factor.to_dict()
        else:
            factor = self.factor

        grace_time = self.grace_time

        max_: dict[str, Any] | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        elif isinstance(self.max_, V0043QosLimitsType0MaxType0):
            max_ = self.max_.to_dict()
        else:
            max_ = self.max_

        min_: dict[str, Any] | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        elif isinstance(self.min_, V0043QosLimitsType0MinType0):
            min_ = self.min_.to_dict()
        else:
            min_ = self.min_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if factor is not UNSET:
            field_dict["factor"] = factor
        if grace_time is not UNSET:
            field_dict["grace_time"] = grace_time
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct # noqa: PLC0415
        from ..models.v0043_qos_limits_type_0_max_type_0 import V0043QosLimitsType0MaxType0 # noqa: PLC0415
        from ..models.v0043_qos_limits_type_0_min_type_0 import V0043QosLimitsType0MinType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_factor(data: object) -> None | Unset | V0043Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                factor_type_0 = V0043Float64NoValStruct.from_dict(data)



                return factor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Float64NoValStruct, data)

        factor = _parse_factor(d.pop("factor", UNSET))


        grace_time = d.pop("grace_time", UNSET)

        def _parse_max_(data: object) -> None | Unset | V0043QosLimitsType0MaxType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_type_0 = V0043QosLimitsType0MaxType0.from_dict(data)



                return max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043QosLimitsType0MaxType0, data)

        max_ = _parse_max_(d.pop("max", UNSET))


        def _parse_min_(data: object) -> None | Unset | V0043QosLimitsType0MinType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_type_0 = V0043QosLimitsType0MinType0.from_dict(data)



                return min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043QosLimitsType0MinType0, data)

        min_ = _parse_min_(d.pop("min", UNSET))


        v0043_qos_limits_type_0 = cls(
            factor=factor,
            grace_time=grace_time,
            max_=max_,
            min_=min_,
        )


        v0043_qos_limits_type_0.additional_properties = d
        return v0043_qos_limits_type_0

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
