from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_job_array_type_0_limits_type_0 import V0044JobArrayType0LimitsType0
  from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct





T = TypeVar("T", bound="V0044JobArrayType0")



@_attrs_define
class V0044JobArrayType0:
    """ 
        Attributes:
            job_id (int | Unset): Job ID of job array, or 0 if N/A
            limits (None | Unset | V0044JobArrayType0LimitsType0):
            task (str | Unset): String expression of task IDs in this record
            task_id (None | Unset | V0044Uint32NoValStruct): Task ID of this task in job array (32 bit integer number with
                flags)
     """

    job_id: int | Unset = UNSET
    limits: None | Unset | V0044JobArrayType0LimitsType0 = UNSET
    task: str | Unset = UNSET
    task_id: None | Unset | V0044Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_job_array_type_0_limits_type_0 import V0044JobArrayType0LimitsType0 # noqa: PLC0415
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        job_id = self.job_id

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, V0044JobArrayType0LimitsType0):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        task = self.task

        task_id: dict[str, Any] | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        elif isinstance(self.task_id, V0044Uint32NoValStruct):
            task_id = self.task_id.to_dict()
        else:
            task_id = self.task_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if limits is not UNSET:
            field_dict["limits"] = limits
        if task is not UNSET:
            field_dict["task"] = task
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_job_array_type_0_limits_type_0 import V0044JobArrayType0LimitsType0 # noqa: PLC0415
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        def _parse_limits(data: object) -> None | Unset | V0044JobArrayType0LimitsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_0 = V0044JobArrayType0LimitsType0.from_dict(data)



                return limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044JobArrayType0LimitsType0, data)

        limits = _parse_limits(d.pop("limits", UNSET))


        task = d.pop("task", UNSET)

        def _parse_task_id(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_id_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))


        v0044_job_array_type_0 = cls(
            job_id=job_id,
            limits=limits,
            task=task,
            task_id=task_id,
        )


        v0044_job_array_type_0.additional_properties = d
        return v0044_job_array_type_0

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
