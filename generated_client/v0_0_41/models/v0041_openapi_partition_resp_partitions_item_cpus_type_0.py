from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiPartitionRespPartitionsItemCpusType0")



@_attrs_define
class V0041OpenapiPartitionRespPartitionsItemCpusType0:
    """ 
        Attributes:
            task_binding (int | Unset): CpuBind
            total (int | Unset): TotalCPUs
     """

    task_binding: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        task_binding = self.task_binding

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if task_binding is not UNSET:
            field_dict["task_binding"] = task_binding
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_binding = d.pop("task_binding", UNSET)

        total = d.pop("total", UNSET)

        v0041_openapi_partition_resp_partitions_item_cpus_type_0 = cls(
            task_binding=task_binding,
            total=total,
        )


        v0041_openapi_partition_resp_partitions_item_cpus_type_0.additional_properties = d
        return v0041_openapi_partition_resp_partitions_item_cpus_type_0

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
