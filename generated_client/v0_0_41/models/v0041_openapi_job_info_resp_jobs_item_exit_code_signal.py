from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_job_info_resp_jobs_item_exit_code_signal_id import V0041OpenapiJobInfoRespJobsItemExitCodeSignalId





T = TypeVar("T", bound="V0041OpenapiJobInfoRespJobsItemExitCodeSignal")



@_attrs_define
class V0041OpenapiJobInfoRespJobsItemExitCodeSignal:
    """ 
        Attributes:
            id (V0041OpenapiJobInfoRespJobsItemExitCodeSignalId | Unset): Signal sent to process (numeric)
            name (str | Unset): Signal sent to process
     """

    id: V0041OpenapiJobInfoRespJobsItemExitCodeSignalId | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_job_info_resp_jobs_item_exit_code_signal_id import V0041OpenapiJobInfoRespJobsItemExitCodeSignalId # noqa: PLC0415
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_job_info_resp_jobs_item_exit_code_signal_id import V0041OpenapiJobInfoRespJobsItemExitCodeSignalId # noqa: PLC0415
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: V0041OpenapiJobInfoRespJobsItemExitCodeSignalId | Unset
        if isinstance(_id,  Unset):
            id = UNSET
        else:
            id = V0041OpenapiJobInfoRespJobsItemExitCodeSignalId.from_dict(_id)




        name = d.pop("name", UNSET)

        v0041_openapi_job_info_resp_jobs_item_exit_code_signal = cls(
            id=id,
            name=name,
        )


        v0041_openapi_job_info_resp_jobs_item_exit_code_signal.additional_properties = d
        return v0041_openapi_job_info_resp_jobs_item_exit_code_signal

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
