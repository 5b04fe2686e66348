from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0_allocation_item import V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItem





T = TypeVar("T", bound="V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0")



@_attrs_define
class V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0:
    """ 
        Attributes:
            allocation (list[V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItem] | Unset): Allocated
                node resources
            count (int | Unset): Number of allocated nodes
            list_ (str | Unset): Node(s) allocated to the job
            select_type (list[str] | Unset): Node scheduling selection method
            whole (bool | Unset): Whether whole nodes were allocated
     """

    allocation: list[V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItem] | Unset = UNSET
    count: int | Unset = UNSET
    list_: str | Unset = UNSET
    select_type: list[str] | Unset = UNSET
    whole: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0_allocation_item import V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItem # noqa: PLC0415
        allocation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocation, Unset):
            allocation = []
            for allocation_item_data in self.allocation:
                allocation_item = allocation_item_data.to_dict()
                allocation.append(allocation_item)



        count = self.count

        list_ = self.list_

        select_type: list[str] | Unset = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type



        whole = self.whole


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if allocation is not UNSET:
            field_dict["allocation"] = allocation
        if count is not UNSET:
            field_dict["count"] = count
        if list_ is not UNSET:
            field_dict["list"] = list_
        if select_type is not UNSET:
            field_dict["select_type"] = select_type
        if whole is not UNSET:
            field_dict["whole"] = whole

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0_allocation_item import V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItem # noqa: PLC0415
        d = dict(src_dict)
        _allocation = d.pop("allocation", UNSET)
        allocation: list[V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItem] | Unset = UNSET
        if _allocation is not UNSET:
            allocation = []
            for allocation_item_data in _allocation:
                allocation_item = V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItem.from_dict(allocation_item_data)



                allocation.append(allocation_item)


        count = d.pop("count", UNSET)

        list_ = d.pop("list", UNSET)

        select_type = cast(list[str], d.pop("select_type", UNSET))


        whole = d.pop("whole", UNSET)

        v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0 = cls(
            allocation=allocation,
            count=count,
            list_=list_,
            select_type=select_type,
            whole=whole,
        )


        v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0.additional_properties = d
        return v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0

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
