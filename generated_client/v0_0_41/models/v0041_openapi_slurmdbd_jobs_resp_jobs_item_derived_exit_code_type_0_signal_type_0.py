from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0_signal_type_0_id_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0





T = TypeVar("T", bound="V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0")



@_attrs_define
class V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0:
    """ 
        Attributes:
            id (None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0): Signal sent to
                process (numeric)
            name (str | Unset): Signal sent to process
     """

    id: None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0 = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0_signal_type_0_id_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0 # noqa: PLC0415
        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0):
            id = self.id.to_dict()
        else:
            id = self.id

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
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0_signal_type_0_id_type_0 import V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_id(data: object) -> None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0.from_dict(data)



                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdJobsRespJobsItemDerivedExitCodeType0SignalType0IdType0, data)

        id = _parse_id(d.pop("id", UNSET))


        name = d.pop("name", UNSET)

        v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0_signal_type_0 = cls(
            id=id,
            name=name,
        )


        v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0_signal_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_jobs_resp_jobs_item_derived_exit_code_type_0_signal_type_0

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
