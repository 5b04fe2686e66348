from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_kill_jobs_resp_job_error import V0040KillJobsRespJobError
  from ..models.v0040_kill_jobs_resp_job_federation import V0040KillJobsRespJobFederation
  from ..models.v0040_uint_32_no_val import V0040Uint32NoVal





T = TypeVar("T", bound="V0040KillJobsRespJob")



@_attrs_define
class V0040KillJobsRespJob:
    """ 
        Attributes:
            job_id (V0040Uint32NoVal): Integer number with flags
            step_id (str): Job or Step ID that signaling failed
            error (V0040KillJobsRespJobError | Unset):
            federation (V0040KillJobsRespJobFederation | Unset):
     """

    job_id: V0040Uint32NoVal
    step_id: str
    error: V0040KillJobsRespJobError | Unset = UNSET
    federation: V0040KillJobsRespJobFederation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_kill_jobs_resp_job_error import V0040KillJobsRespJobError # noqa: PLC0415
        from ..models.v0040_kill_jobs_resp_job_federation import V0040KillJobsRespJobFederation # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        job_id = self.job_id.to_dict()

        step_id = self.step_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        federation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.federation, Unset):
            federation = self.federation.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "job_id": job_id,
            "step_id": step_id,
        })
        if error is not UNSET:
            field_dict["error"] = error
        if federation is not UNSET:
            field_dict["federation"] = federation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0040_kill_jobs_resp_job_error import V0040KillJobsRespJobError # noqa: PLC0415
        from ..models.v0040_kill_jobs_resp_job_federation import V0040KillJobsRespJobFederation # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        d = dict(src_dict)
        job_id = V0040Uint32NoVal.from_dict(d.pop("job_id"))




        step_id = d.pop("step_id")

        _error = d.pop("error", UNSET)
        error: V0040KillJobsRespJobError | Unset
        if isinstance(_error,  Unset):
            error = UNSET
        else:
            error = V0040KillJobsRespJobError.from_dict(_error)




        _federation = d.pop("federation", UNSET)
        federation: V0040KillJobsRespJobFederation | Unset
        if isinstance(_federation,  Unset):
            federation = UNSET
        else:
            federation = V0040KillJobsRespJobFederation.from_dict(_federation)




        v0040_kill_jobs_resp_job = cls(
            job_id=job_id,
            step_id=step_id,
            error=error,
            federation=federation,
        )


        v0040_kill_jobs_resp_job.additional_properties = d
        return v0040_kill_jobs_resp_job

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
