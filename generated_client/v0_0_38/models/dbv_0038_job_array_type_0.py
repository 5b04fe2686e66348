from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_job_array_type_0_limits_type_0 import Dbv0038JobArrayType0LimitsType0





T = TypeVar("T", bound="Dbv0038JobArrayType0")



@_attrs_define
class Dbv0038JobArrayType0:
    """ Array properties (optional)

        Attributes:
            job_id (int | Unset): Job id of array
            limits (Dbv0038JobArrayType0LimitsType0 | None | Unset): Limits on array settings
            task (str | Unset): Array task
            task_id (int | Unset): Array task id
     """

    job_id: int | Unset = UNSET
    limits: Dbv0038JobArrayType0LimitsType0 | None | Unset = UNSET
    task: str | Unset = UNSET
    task_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_job_array_type_0_limits_type_0 import Dbv0038JobArrayType0LimitsType0 # noqa: PLC0415
        job_id = self.job_id

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, Dbv0038JobArrayType0LimitsType0):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        task = self.task

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
        from ..models.dbv_0038_job_array_type_0_limits_type_0 import Dbv0038JobArrayType0LimitsType0 # noqa: PLC0415
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        def _parse_limits(data: object) -> Dbv0038JobArrayType0LimitsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_0 = Dbv0038JobArrayType0LimitsType0.from_dict(data)



                return limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobArrayType0LimitsType0 | None | Unset, data)

        limits = _parse_limits(d.pop("limits", UNSET))


        task = d.pop("task", UNSET)

        task_id = d.pop("task_id", UNSET)

        dbv_0038_job_array_type_0 = cls(
            job_id=job_id,
            limits=limits,
            task=task,
            task_id=task_id,
        )


        dbv_0038_job_array_type_0.additional_properties = d
        return dbv_0038_job_array_type_0

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
