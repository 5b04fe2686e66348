from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_qos_limits_type_0 import Dbv0038QosLimitsType0
  from ..models.dbv_0038_qos_preempt_type_0 import Dbv0038QosPreemptType0





T = TypeVar("T", bound="Dbv0038Qos")



@_attrs_define
class Dbv0038Qos:
    """ QOS description

        Attributes:
            description (str | Unset): QOS description
            flags (list[str] | Unset): List of properties of QOS
            id (str | Unset): Database id
            limits (Dbv0038QosLimitsType0 | None | Unset): Assigned limits
            name (str | Unset): Assigned name of QOS
            preempt (Dbv0038QosPreemptType0 | None | Unset): Preemption settings
            priority (int | Unset): QOS priority
            usage_factor (float | Unset): Usage factor
            usage_threshold (float | Unset): Usage threshold
     """

    description: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    limits: Dbv0038QosLimitsType0 | None | Unset = UNSET
    name: str | Unset = UNSET
    preempt: Dbv0038QosPreemptType0 | None | Unset = UNSET
    priority: int | Unset = UNSET
    usage_factor: float | Unset = UNSET
    usage_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_qos_limits_type_0 import Dbv0038QosLimitsType0 # noqa: PLC0415
        from ..models.dbv_0038_qos_preempt_type_0 import Dbv0038QosPreemptType0 # noqa: PLC0415
        description = self.description

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        id = self.id

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, Dbv0038QosLimitsType0):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        name = self.name

        preempt: dict[str, Any] | None | Unset
        if isinstance(self.preempt, Unset):
            preempt = UNSET
        elif isinstance(self.preempt, Dbv0038QosPreemptType0):
            preempt = self.preempt.to_dict()
        else:
            preempt = self.preempt

        priority = self.priority

        usage_factor = self.usage_factor

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
        from ..models.dbv_0038_qos_limits_type_0 import Dbv0038QosLimitsType0 # noqa: PLC0415
        from ..models.dbv_0038_qos_preempt_type_0 import Dbv0038QosPreemptType0 # noqa: PLC0415
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        id = d.pop("id", UNSET)

        def _parse_limits(data: object) -> Dbv0038QosLimitsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_0 = Dbv0038QosLimitsType0.from_dict(data)



                return limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038QosLimitsType0 | None | Unset, data)

        limits = _parse_limits(d.pop("limits", UNSET))


        name = d.pop("name", UNSET)

        def _parse_preempt(data: object) -> Dbv0038QosPreemptType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preempt_type_0 = Dbv0038QosPreemptType0.from_dict(data)



                return preempt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038QosPreemptType0 | None | Unset, data)

        preempt = _parse_preempt(d.pop("preempt", UNSET))


        priority = d.pop("priority", UNSET)

        usage_factor = d.pop("usage_factor", UNSET)

        usage_threshold = d.pop("usage_threshold", UNSET)

        dbv_0038_qos = cls(
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


        dbv_0038_qos.additional_properties = d
        return dbv_0038_qos

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
