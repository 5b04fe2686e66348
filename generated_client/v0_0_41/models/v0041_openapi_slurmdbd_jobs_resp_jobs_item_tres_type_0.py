from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0_allocated_item import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0AllocatedItem
  from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0_requested_item import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0RequestedItem





T = TypeVar("T", bound="V0041OpenapiSlurmdbdJobsRespJobsItemTresType0")



@_attrs_define
class V0041OpenapiSlurmdbdJobsRespJobsItemTresType0:
    """ 
        Attributes:
            allocated (list[V0041OpenapiSlurmdbdJobsRespJobsItemTresType0AllocatedItem] | Unset): Trackable resources
                allocated to the job
            requested (list[V0041OpenapiSlurmdbdJobsRespJobsItemTresType0RequestedItem] | Unset): Trackable resources
                requested by job
     """

    allocated: list[V0041OpenapiSlurmdbdJobsRespJobsItemTresType0AllocatedItem] | Unset = UNSET
    requested: list[V0041OpenapiSlurmdbdJobsRespJobsItemTresType0RequestedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0_allocated_item import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0AllocatedItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0_requested_item import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0RequestedItem # noqa: PLC0415
        allocated: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocated, Unset):
            allocated = []
            for allocated_item_data in self.allocated:
                allocated_item = allocated_item_data.to_dict()
                allocated.append(allocated_item)



        requested: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requested, Unset):
            requested = []
            for requested_item_data in self.requested:
                requested_item = requested_item_data.to_dict()
                requested.append(requested_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if requested is not UNSET:
            field_dict["requested"] = requested

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0_allocated_item import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0AllocatedItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0_requested_item import V0041OpenapiSlurmdbdJobsRespJobsItemTresType0RequestedItem # noqa: PLC0415
        d = dict(src_dict)
        _allocated = d.pop("allocated", UNSET)
        allocated: list[V0041OpenapiSlurmdbdJobsRespJobsItemTresType0AllocatedItem] | Unset = UNSET
        if _allocated is not UNSET:
            allocated = []
            for allocated_item_data in _allocated:
                allocated_item = V0041OpenapiSlurmdbdJobsRespJobsItemTresType0AllocatedItem.from_dict(allocated_item_data)



                allocated.append(allocated_item)


        _requested = d.pop("requested", UNSET)
        requested: list[V0041OpenapiSlurmdbdJobsRespJobsItemTresType0RequestedItem] | Unset = UNSET
        if _requested is not UNSET:
            requested = []
            for requested_item_data in _requested:
                requested_item = V0041OpenapiSlurmdbdJobsRespJobsItemTresType0RequestedItem.from_dict(requested_item_data)



                requested.append(requested_item)


        v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0 = cls(
            allocated=allocated,
            requested=requested,
        )


        v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_jobs_resp_jobs_item_tres_type_0

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
