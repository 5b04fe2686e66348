from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiKillJobsRespStatusItemErrorType0")



@_attrs_define
class V0041OpenapiKillJobsRespStatusItemErrorType0:
    """ 
        Attributes:
            code (int | Unset): Numeric error encountered signaling job
            message (str | Unset): Error message why signaling job failed
            string (str | Unset): String error encountered signaling job
     """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    string: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        string = self.string


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if string is not UNSET:
            field_dict["string"] = string

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        string = d.pop("string", UNSET)

        v0041_openapi_kill_jobs_resp_status_item_error_type_0 = cls(
            code=code,
            message=message,
            string=string,
        )


        v0041_openapi_kill_jobs_resp_status_item_error_type_0.additional_properties = d
        return v0041_openapi_kill_jobs_resp_status_item_error_type_0

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
