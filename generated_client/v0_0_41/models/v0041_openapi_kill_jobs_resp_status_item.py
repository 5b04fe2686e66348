from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_kill_jobs_resp_status_item_error import V0041OpenapiKillJobsRespStatusItemError
  from ..models.v0041_openapi_kill_jobs_resp_status_item_federation import V0041OpenapiKillJobsRespStatusItemFederation
  from ..models.v0041_openapi_kill_jobs_resp_status_item_job_id import V0041OpenapiKillJobsRespStatusItemJobId





T = TypeVar("T", bound="V0041OpenapiKillJobsRespStatusItem")



@_attrs_define
class V0041OpenapiKillJobsRespStatusItem:
    """ List of jobs signal responses

        Attributes:
            job_id (V0041OpenapiKillJobsRespStatusItemJobId): Job ID that signaling failed
            step_id (str): Job or Step ID that signaling failed
            error (V0041OpenapiKillJobsRespStatusItemError | Unset):
            federation (V0041OpenapiKillJobsRespStatusItemFederation | Unset):
     """

    job_id: V0041OpenapiKillJobsRespStatusItemJobId
    step_id: str
    error: V0041OpenapiKillJobsRespStatusItemError | Unset = UNSET
    federation: V0041OpenapiKillJobsRespStatusItemFederation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_kill_jobs_resp_status_item_error import V0041OpenapiKillJobsRespStatusItemError # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_federation import V0041OpenapiKillJobsRespStatusItemFederation # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_job_id import V0041OpenapiKillJobsRespStatusItemJobId # noqa: PLC0415
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
        from ..models.v0041_openapi_kill_jobs_resp_status_item_error import V0041OpenapiKillJobsRespStatusItemError # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_federation import V0041OpenapiKillJobsRespStatusItemFederation # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_job_id import V0041OpenapiKillJobsRespStatusItemJobId # noqa: PLC0415
        d = dict(src_dict)
        job_id = V0041OpenapiKillJobsRespStatusItemJobId.from_dict(d.pop("job_id"))




        step_id = d.pop("step_id")

        _error = d.pop("error", UNSET)
        error: V0041OpenapiKillJobsRespStatusItemError | Unset
        if isinstance(_error,  Unset):
            error = UNSET
        else:
            error = V0041OpenapiKillJobsRespStatusItemError.from_dict(_error)




        _federation = d.pop("federation", UNSET)
        federation: V0041OpenapiKillJobsRespStatusItemFederation | Unset
        if isinstance(_federation,  Unset):
            federation = UNSET
        else:
            federation = V0041OpenapiKillJobsRespStatusItemFederation.from_dict(_federation)




        v0041_openapi_kill_jobs_resp_status_item = cls(
            job_id=job_id,
            step_id=step_id,
            error=error,
            federation=federation,
        )


        v0041_openapi_kill_jobs_resp_status_item.additional_properties = d
        return v0041_openapi_kill_jobs_resp_status_item

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
