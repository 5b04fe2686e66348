from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_kill_jobs_resp_status_item_error_type_0 import V0041OpenapiKillJobsRespStatusItemErrorType0
  from ..models.v0041_openapi_kill_jobs_resp_status_item_federation_type_0 import V0041OpenapiKillJobsRespStatusItemFederationType0
  from ..models.v0041_openapi_kill_jobs_resp_status_item_job_id_type_0 import V0041OpenapiKillJobsRespStatusItemJobIdType0





T = TypeVar("T", bound="V0041OpenapiKillJobsRespStatusItem")



@_attrs_define
class V0041OpenapiKillJobsRespStatusItem:
    """ List of jobs signal responses

        Attributes:
            job_id (None | V0041OpenapiKillJobsRespStatusItemJobIdType0): Job ID that signaling failed
            step_id (str): Job or Step ID that signaling failed
            error (None | Unset | V0041OpenapiKillJobsRespStatusItemErrorType0):
            federation (None | Unset | V0041OpenapiKillJobsRespStatusItemFederationType0):
     """

    job_id: None | V0041OpenapiKillJobsRespStatusItemJobIdType0
    step_id: str
    error: None | Unset | V0041OpenapiKillJobsRespStatusItemErrorType0 = UNSET
    federation: None | Unset | V0041OpenapiKillJobsRespStatusItemFederationType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_kill_jobs_resp_status_item_error_type_0 import V0041OpenapiKillJobsRespStatusItemErrorType0 # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_federation_type_0 import V0041OpenapiKillJobsRespStatusItemFederationType0 # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_job_id_type_0 import V0041OpenapiKillJobsRespStatusItemJobIdType0 # noqa: PLC0415
        job_id: dict[str, Any] | None
        if isinstance(self.job_id, V0041OpenapiKillJobsRespStatusItemJobIdType0):
            job_id = self.job_id.to_dict()
        else:
            job_id = self.job_id

        step_id = self.step_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, V0041OpenapiKillJobsRespStatusItemErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        federation: dict[str, Any] | None | Unset
        if isinstance(self.federation, Unset):
            federation = UNSET
        elif isinstance(self.federation, V0041OpenapiKillJobsRespStatusItemFederationType0):
            federation = self.federation.to_dict()
        else:
            federation = self.federation


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
        from ..models.v0041_openapi_kill_jobs_resp_status_item_error_type_0 import V0041OpenapiKillJobsRespStatusItemErrorType0 # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_federation_type_0 import V0041OpenapiKillJobsRespStatusItemFederationType0 # noqa: PLC0415
        from ..models.v0041_openapi_kill_jobs_resp_status_item_job_id_type_0 import V0041OpenapiKillJobsRespStatusItemJobIdType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_job_id(data: object) -> None | V0041OpenapiKillJobsRespStatusItemJobIdType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_id_type_0 = V0041OpenapiKillJobsRespStatusItemJobIdType0.from_dict(data)



                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0041OpenapiKillJobsRespStatusItemJobIdType0, data)

        job_id = _parse_job_id(d.pop("job_id"))


        step_id = d.pop("step_id")

        def _parse_error(data: object) -> None | Unset | V0041OpenapiKillJobsRespStatusItemErrorType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = V0041OpenapiKillJobsRespStatusItemErrorType0.from_dict(data)



                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiKillJobsRespStatusItemErrorType0, data)

        error = _parse_error(d.pop("error", UNSET))


        def _parse_federation(data: object) -> None | Unset | V0041OpenapiKillJobsRespStatusItemFederationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                federation_type_0 = V0041OpenapiKillJobsRespStatusItemFederationType0.from_dict(data)



                return federation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiKillJobsRespStatusItemFederationType0, data)

        federation = _parse_federation(d.pop("federation", UNSET))


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
