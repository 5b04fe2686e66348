from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0_resume_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0
  from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0_suspend_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0





T = TypeVar("T", bound="V0041OpenapiPartitionRespPartitionsItemTimeoutsType0")



@_attrs_define
class V0041OpenapiPartitionRespPartitionsItemTimeoutsType0:
    """ 
        Attributes:
            resume (None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0): ResumeTimeout (GLOBAL
                if both set and infinite are false)
            suspend (None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0): SuspendTimeout
                (GLOBAL if both set and infinite are false)
     """

    resume: None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0 = UNSET
    suspend: None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0_resume_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0_suspend_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0 # noqa: PLC0415
        resume: dict[str, Any] | None | Unset
        if isinstance(self.resume, Unset):
            resume = UNSET
        elif isinstance(self.resume, V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0):
            resume = self.resume.to_dict()
        else:
            resume = self.resume

        suspend: dict[str, Any] | None | Unset
        if isinstance(self.suspend, Unset):
            suspend = UNSET
        elif isinstance(self.suspend, V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0):
            suspend = self.suspend.to_dict()
        else:
            suspend = self.suspend


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if resume is not UNSET:
            field_dict["resume"] = resume
        if suspend is not UNSET:
            field_dict["suspend"] = suspend

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0_resume_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0_suspend_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_resume(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resume_type_0 = V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0.from_dict(data)



                return resume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0ResumeType0, data)

        resume = _parse_resume(d.pop("resume", UNSET))


        def _parse_suspend(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspend_type_0 = V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0.from_dict(data)



                return suspend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0SuspendType0, data)

        suspend = _parse_suspend(d.pop("suspend", UNSET))


        v0041_openapi_partition_resp_partitions_item_timeouts_type_0 = cls(
            resume=resume,
            suspend=suspend,
        )


        v0041_openapi_partition_resp_partitions_item_timeouts_type_0.additional_properties = d
        return v0041_openapi_partition_resp_partitions_item_timeouts_type_0

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
