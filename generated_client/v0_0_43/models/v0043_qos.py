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
  from ..models.v0043_qos_limits_type_0 import V0043QosLimitsType0
  from ..models.v0043_qos_preempt_type_0 import V0043QosPreemptType0
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct





T = TypeVar("T", bound="V0043Qos")



@_attrs_define
class V0043Qos:
    """ 
        Attributes:
            description (str | Unset): Arbitrary description
            flags (list[str] | Unset): Flags, to avoid modifying current values specify NOT_SET
            id (int | Unset): Unique ID
            limits (None | Unset | V0043QosLimitsType0):
            name (str | Unset): Name
            preempt (None | Unset | V0043QosPreemptType0):
            priority (None | Unset | V0043Uint32NoValStruct): Priority - QOS priority factor (32 bit integer number with
                flags)
            usage_factor (None | Unset | V0043Float64NoValStruct): UsageFactor - A float that is factored into a job's TRES
                usage (64 bit floating point number with flags)
            usage_threshold (None | Unset | V0043Float64NoValStruct): UsageThreshold - A float representing the lowest
                fairshare of an association allowed to run a job (64 bit floating point number with flags)
     """

    description: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    limits: None | Unset | V0043QosLimitsType0 = UNSET
    name: str | Unset = UNSET
    preempt: None | Unset | V0043QosPreemptType0 = UNSET
    priority: None | Unset | V0043Uint32NoValStruct = UNSET
    usage_factor: None | Unset | V0043Float64NoValStruct = UNSET
    usage_threshold: None | Unset | V0043Float64NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct # noqa: PLC0415
        from ..models.v0043_qos_limits_type_0 import V0043QosLimitsType0 # noqa: PLC0415
        from ..models.v0043_qos_preempt_type_0 import V0043QosPreemptType0 # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        description = self.description

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        id = self.id

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, V0043QosLimitsType0):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        name = self.name

        preempt: dict[str, Any] | None | Unset
        if isinstance(self.preempt, Unset):
            preempt = UNSET
        elif isinstance(self.preempt, V0043QosPreemptType0):
            preempt = self.preempt.to_dict()
        else:
            preempt = self.preempt

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0043Uint32NoValStruct):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        usage_factor: dict[str, Any] | None | Unset
        if isinstance(self.usage_factor, Unset):
            usage_factor = UNSET
        elif isinstance(self.usage_factor, V0043Float64NoValStruct):
            usage_factor = self.usage_factor.to_dict()
        else:
            usage_factor = self.usage_factor

        usage_threshold: dict[str, Any] | None | Unset
        if isinstance(self.usage_threshold, Unset):
            usage_threshold = UNSET
        elif isinstance(self.usage_threshold, V0043Float64NoValStruct):
            usage_threshold = self.usage_threshold.to_dict()
        else:
            usage_threshold = self.usage_threshold


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if description is not UNSET:
            field_dict["description"] = description
        if flags is not UNSET:
            field_dict["flags"] = flags
        if id is not UNSET:
            field_dict["id"] = id
        if limits is not UNSET:
            field_dict["limits"] = limits
        if name is not UNSET:
            field_dict["name"] = name
        if preempt is not UNSET:
            field_dict["preempt"] = preempt
        if priority is not UNSET:
            field_dict["priority"] = priority
        if usage_factor is not UNSET:
            field_dict["usage_factor"] = usage_factor
        if usage_threshold is not UNSET:
            field_dict["usage_threshold"] = usage_threshold

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_float_64_no_val_struct import V0043Float64NoValStruct # noqa: PLC0415
        from ..models.v0043_qos_limits_type_0 import V0043QosLimitsType0 # noqa: PLC0415
        from ..models.v0043_qos_preempt_type_0 import V0043QosPreemptType0 # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        id = d.pop("id", UNSET)

        def _parse_limits(data: object) -> None | Unset | V0043QosLimitsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_0 = V0043QosLimitsType0.from_dict(data)



                return limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043QosLimitsType0, data)

        limits = _parse_limits(d.pop("limits", UNSET))


        name = d.pop("name", UNSET)

        def _parse_preempt(data: object) -> None | Unset | V0043QosPreemptType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preempt_type_0 = V0043QosPreemptType0.from_dict(data)



                return preempt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043QosPreemptType0, data)

        preempt = _parse_preempt(d.pop("preempt", UNSET))


        def _parse_priority(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        def _parse_usage_factor(data: object) -> None | Unset | V0043Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_factor_type_0 = V0043Float64NoValStruct.from_dict(data)



                return usage_factor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Float64NoValStruct, data)

        usage_factor = _parse_usage_factor(d.pop("usage_factor", UNSET))


        def _parse_usage_threshold(data: object) -> None | Unset | V0043Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_threshold_type_0 = V0043Float64NoValStruct.from_dict(data)



                return usage_threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Float64NoValStruct, data)

        usage_threshold = _parse_usage_threshold(d.pop("usage_threshold", UNSET))


        v0043_qos = cls(
            description=description,
            flags=flags,
            id=id,
            limits=limits,
            name=name,
            preempt=preempt,
            priority=priority,
            usage_factor=usage_factor,
            usage_threshold=usage_threshold,
        )


        v0043_qos.additional_properties = d
        return v0043_qos

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
