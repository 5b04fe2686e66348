from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="V0040JobRes")



@_attrs_define
class V0040JobRes:
    """ 
        Attributes:
            allocated_cores (int | Unset): Number of allocated cores
            allocated_cpus (int | Unset): Number of allocated CPUs
            allocated_hosts (int | Unset): Number of allocated hosts
            allocated_nodes (list[Any] | Unset): job node resources
            nodes (str | Unset): Node(s) allocated to the job
     """

    allocated_cores: int | Unset = UNSET
    allocated_cpus: int | Unset = UNSET
    allocated_hosts: int | Unset = UNSET
    allocated_nodes: list[Any] | Unset = UNSET
    nodes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        allocated_cores = self.allocated_cores

        allocated_cpus = self.allocated_cpus

        allocated_hosts = self.allocated_hosts

        allocated_nodes: list[Any] | Unset = UNSET
        if not isinstance(self.allocated_nodes, Unset):
            allocated_nodes = self.allocated_nodes



        nodes = self.nodes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if allocated_cores is not UNSET:
            field_dict["allocated_cores"] = allocated_cores
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
        d = dict(src_dict)
        allocated_cores = d.pop("allocated_cores", UNSET)

        allocated_cpus = d.pop("allocated_cpus", UNSET)

        allocated_hosts = d.pop("allocated_hosts", UNSET)

        allocated_nodes = cast(list[Any], d.pop("allocated_nodes", UNSET))


        nodes = d.pop("nodes", UNSET)

        v0040_job_res = cls(
            allocated_cores=allocated_cores,
            allocated_cpus=allocated_cpus,
            allocated_hosts=allocated_hosts,
            allocated_nodes=allocated_nodes,
            nodes=nodes,
        )


        v0040_job_res.additional_properties = d
        return v0040_job_res

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
