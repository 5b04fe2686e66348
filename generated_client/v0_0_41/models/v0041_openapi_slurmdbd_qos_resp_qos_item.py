from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0 import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_preempt_type_0 import V0041OpenapiSlurmdbdQosRespQosItemPreemptType0
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_priority_type_0 import V0041OpenapiSlurmdbdQosRespQosItemPriorityType0
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_usage_factor_type_0 import V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_usage_threshold_type_0 import V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0





T = TypeVar("T", bound="V0041OpenapiSlurmdbdQosRespQosItem")



@_attrs_define
class V0041OpenapiSlurmdbdQosRespQosItem:
    """ 
        Attributes:
            description (str | Unset): Arbitrary description
            flags (list[str] | Unset): Flags, to avoid modifying current values specify NOT_SET
            id (int | Unset): Unique ID
            limits (None | Unset | V0041OpenapiSlurmdbdQosRespQosItemLimitsType0):
            name (str | Unset): Name
            preempt (None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPreemptType0):
            priority (None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPriorityType0): Priority
            usage_factor (None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0): UsageFactor
            usage_threshold (None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0): UsageThreshold
     """

    description: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    limits: None | Unset | V0041OpenapiSlurmdbdQosRespQosItemLimitsType0 = UNSET
    name: str | Unset = UNSET
    preempt: None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPreemptType0 = UNSET
    priority: None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPriorityType0 = UNSET
    usage_factor: None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0 = UNSET
    usage_threshold: None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0 import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_preempt_type_0 import V0041OpenapiSlurmdbdQosRespQosItemPreemptType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_priority_type_0 import V0041OpenapiSlurmdbdQosRespQosItemPriorityType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_usage_factor_type_0 import V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_usage_threshold_type_0 import V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0 # noqa: PLC0415
        description = self.description

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        id = self.id

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, V0041OpenapiSlurmdbdQosRespQosItemLimitsType0):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        name = self.name

        preempt: dict[str, Any] | None | Unset
        if isinstance(self.preempt, Unset):
            preempt = UNSET
        elif isinstance(self.preempt, V0041OpenapiSlurmdbdQosRespQosItemPreemptType0):
            preempt = self.preempt.to_dict()
        else:
            preempt = self.preempt

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0041OpenapiSlurmdbdQosRespQosItemPriorityType0):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        usage_factor: dict[str, Any] | None | Unset
        if isinstance(self.usage_factor, Unset):
            usage_factor = UNSET
        elif isinstance(self.usage_factor, V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0):
            usage_factor = self.usage_factor.to_dict()
        else:
            usage_factor = self.usage_factor

        usage_threshold: dict[str, Any] | None | Unset
        if isinstance(self.usage_threshold, Unset):
            usage_threshold = UNSET
        elif isinstance(self.usage_threshold, V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0):
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
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0 import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_preempt_type_0 import V0041OpenapiSlurmdbdQosRespQosItemPreemptType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_priority_type_0 import V0041OpenapiSlurmdbdQosRespQosItemPriorityType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_usage_factor_type_0 import V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_usage_threshold_type_0 import V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0 # noqa: PLC0415
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        id = d.pop("id", UNSET)

        def _parse_limits(data: object) -> None | Unset | V0041OpenapiSlurmdbdQosRespQosItemLimitsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_0 = V0041OpenapiSlurmdbdQosRespQosItemLimitsType0.from_dict(data)



                return limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdQosRespQosItemLimitsType0, data)

        limits = _parse_limits(d.pop("limits", UNSET))


        name = d.pop("name", UNSET)

        def _parse_preempt(data: object) -> None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPreemptType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preempt_type_0 = V0041OpenapiSlurmdbdQosRespQosItemPreemptType0.from_dict(data)



                return preempt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPreemptType0, data)

        preempt = _parse_preempt(d.pop("preempt", UNSET))


        def _parse_priority(data: object) -> None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPriorityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0041OpenapiSlurmdbdQosRespQosItemPriorityType0.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdQosRespQosItemPriorityType0, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        def _parse_usage_factor(data: object) -> None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_factor_type_0 = V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0.from_dict(data)



                return usage_factor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageFactorType0, data)

        usage_factor = _parse_usage_factor(d.pop("usage_factor", UNSET))


        def _parse_usage_threshold(data: object) -> None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_threshold_type_0 = V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0.from_dict(data)



                return usage_threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdQosRespQosItemUsageThresholdType0, data)

        usage_threshold = _parse_usage_threshold(d.pop("usage_threshold", UNSET))


        v0041_openapi_slurmdbd_qos_resp_qos_item = cls(
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


        v0041_openapi_slurmdbd_qos_resp_qos_item.additional_properties = d
        return v0041_openapi_slurmdbd_qos_resp_qos_item

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
