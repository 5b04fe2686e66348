from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0038_node_allocation import V0038NodeAllocation





T = TypeVar("T", bound="V0038JobResources")



@_attrs_define
class V0038JobResources:
    """ 
        Attributes:
            allocated_cpus (int | Unset): number of assigned job cpus
            allocated_hosts (int | Unset): number of assigned job hosts
            allocated_nodes (list[V0038NodeAllocation] | Unset): array of allocated nodes
            nodes (str | Unset): list of assigned job nodes
     """

    allocated_cpus: int | Unset = UNSET
    allocated_hosts: int | Unset = UNSET
    allocated_nodes: list[V0038NodeAllocation] | Unset = UNSET
    nodes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0038_node_allocation import V0038NodeAllocation # noqa: PLC0415
        allocated_cpus = self.allocated_cpus

        allocated_hosts = self.allocated_hosts

        allocated_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocated_nodes, Unset):
            allocated_nodes = []
            for allocated_nodes_item_data in self.allocated_nodes:
                allocated_nodes_item = allocated_nodes_item_data.to_dict()
                allocated_nodes.append(allocated_nodes_item)



        nodes = self.nodes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if allocated_cpus is not UNSET:
            field_dict["allocated_cpus"] = allocated_cpus
        if allocated_hosts is not UNSET:
            field_dict["allocated_hosts"] = allocated_hosts
        if allocated_nodes is not UNSET:
            field_dict["allocated_nodes"] = allocated_nodes
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0038_node_allocation import V0038NodeAllocation # noqa: PLC0415
        d = dict(src_dict)
        allocated_cpus = d.pop("allocated_cpus", UNSET)

        allocated_hosts = d.pop("allocated_hosts", UNSET)

        _allocated_nodes = d.pop("allocated_nodes", UNSET)
        allocated_nodes: list[V0038NodeAllocation] | Unset = UNSET
        if _allocated_nodes is not UNSET:
            allocated_nodes = []
            for allocated_nodes_item_data in _allocated_nodes:
                allocated_nodes_item = V0038NodeAllocation.from_dict(allocated_nodes_item_data)



                allocated_nodes.append(allocated_nodes_item)


        nodes = d.pop("nodes", UNSET)

        v0038_job_resources = cls(
            allocated_cpus=allocated_cpus,
            allocated_hosts=allocated_hosts,
            allocated_nodes=allocated_nodes,
            nodes=nodes,
        )


        v0038_job_resources.additional_properties = d
        return v0038_job_resources

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
