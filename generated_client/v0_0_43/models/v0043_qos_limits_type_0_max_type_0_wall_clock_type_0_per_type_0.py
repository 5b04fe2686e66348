from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct





T = TypeVar("T", bound="V0043QosLimitsType0MaxType0WallClockType0PerType0")



@_attrs_define
class V0043QosLimitsType0MaxType0WallClockType0PerType0:
    """ 
        Attributes:
            job (None | Unset | V0043Uint32NoValStruct): MaxWallDurationPerJob - Maximum wall clock time in minutes each job
                can use (32 bit integer number with flags)
            qos (None | Unset | V0043Uint32NoValStruct): GrpWall - Maximum wall clock time in minutes able to be allocated
                by running jobs (32 bit integer number with flags)
     """

    job: None | Unset | V0043Uint32NoValStruct = UNSET
    qos: None | Unset | V0043Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, V0043Uint32NoValStruct):
            job = self.job.to_dict()
        else:
            job = self.job

        qos: dict[str, Any] | None | Unset
        if isinstance(self.qos, Unset):
            qos = UNSET
        elif isinstance(self.qos, V0043Uint32NoValStruct):
            qos = self.qos.to_dict()
        else:
            qos = self.qos


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if job is not UNSET:
            field_dict["job"] = job
        if qos is not UNSET:
            field_dict["qos"] = qos

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_job(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        job = _parse_job(d.pop("job", UNSET))


        def _parse_qos(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qos_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return qos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        qos = _parse_qos(d.pop("qos", UNSET))


        v0043_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0 = cls(
            job=job,
            qos=qos,
        )


        v0043_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0.additional_properties = d
        return v0043_qos_limits_type_0_max_type_0_wall_clock_type_0_per_type_0

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
