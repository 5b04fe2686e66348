from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItemSocketsItemCoresItem")



@_attrs_define
class V0041OpenapiJobInfoRespJobsItemJobResourcesType0NodesType0AllocationItemSocketsItemCoresItem:
    """ 
        Attributes:
            index (int): Core index
            status (list[str]): Core status
     """

    index: int
    status: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        index = self.index

        status = self.status




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        status = cast(list[str], d.pop("status"))


        v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0_allocation_item_sockets_item_cores_item = cls(
            index=index,
            status=status,
        )


        v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0_allocation_item_sockets_item_cores_item.additional_properties = d
        return v0041_openapi_job_info_resp_jobs_item_job_resources_type_0_nodes_type_0_allocation_item_sockets_item_cores_item

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
