from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiJobSubmitResponseResultType0")



@_attrs_define
class V0041OpenapiJobSubmitResponseResultType0:
    """ Job submission

        Attributes:
            error (str | Unset): Error message
            error_code (int | Unset): Error code
            job_id (int | Unset): New job ID
            job_submit_user_msg (str | Unset): Message to user from job_submit plugin
            step_id (str | Unset): New job step ID
     """

    error: str | Unset = UNSET
    error_code: int | Unset = UNSET
    job_id: int | Unset = UNSET
    job_submit_user_msg: str | Unset = UNSET
    step_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_code = self.error_code

        job_id = self.job_id

        job_submit_user_msg = self.job_submit_user_msg

        step_id = self.step_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_submit_user_msg is not UNSET:
            field_dict["job_submit_user_msg"] = job_submit_user_msg
        if step_id is not UNSET:
            field_dict["step_id"] = step_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        error_code = d.pop("error_code", UNSET)

        job_id = d.pop("job_id", UNSET)

        job_submit_user_msg = d.pop("job_submit_user_msg", UNSET)

        step_id = d.pop("step_id", UNSET)

        v0041_openapi_job_submit_response_result_type_0 = cls(
            error=error,
            error_code=error_code,
            job_id=job_id,
            job_submit_user_msg=job_submit_user_msg,
            step_id=step_id,
        )


        v0041_openapi_job_submit_response_result_type_0.additional_properties = d
        return v0041_openapi_job_submit_response_result_type_0

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
