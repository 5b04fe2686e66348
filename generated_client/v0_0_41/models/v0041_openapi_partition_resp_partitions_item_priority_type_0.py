from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiPartitionRespPartitionsItemPriorityType0")



@_attrs_define
class V0041OpenapiPartitionRespPartitionsItemPriorityType0:
    """ 
        Attributes:
            job_factor (int | Unset): PriorityJobFactor
            tier (int | Unset): PriorityTier
     """

    job_factor: int | Unset = UNSET
    tier: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        job_factor = self.job_factor

        tier = self.tier


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if job_factor is not UNSET:
            field_dict["job_factor"] = job_factor
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_factor = d.pop("job_factor", UNSET)

        tier = d.pop("tier", UNSET)

        v0041_openapi_partition_resp_partitions_item_priority_type_0 = cls(
            job_factor=job_factor,
            tier=tier,
        )


        v0041_openapi_partition_resp_partitions_item_priority_type_0.additional_properties = d
        return v0041_openapi_partition_resp_partitions_item_priority_type_0

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
