from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_uint_64_no_val import V0040Uint64NoVal





T = TypeVar("T", bound="V0040JobRequiredType0")



@_attrs_define
class V0040JobRequiredType0:
    """ 
        Attributes:
            cp_us (int | Unset): Minimum number of CPUs required
            memory_per_cpu (None | Unset | V0040Uint64NoVal): Minimum memory in megabytes per allocated CPU
            memory_per_node (None | Unset | V0040Uint64NoVal): Minimum memory in megabytes per allocated node
     """

    cp_us: int | Unset = UNSET
    memory_per_cpu: None | Unset | V0040Uint64NoVal = UNSET
    memory_per_node: None | Unset | V0040Uint64NoVal = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_uint_64_no_val import V0040Uint64NoVal # noqa: PLC0415
        cp_us = self.cp_us

        memory_per_cpu: dict[str, Any] | None | Unset
        if isinstance(self.memory_per_cpu, Unset):
            memory_per_cpu = UNSET
        elif isinstance(self.memory_per_cpu, V0040Uint64NoVal):
            memory_per_cpu = self.memory_per_cpu.to_dict()
        else:
            memory_per_cpu = self.memory_per_cpu

        memory_per_node: dict[str, Any] | None | Unset
        if isinstance(self.memory_per_node, Unset):
            memory_per_node = UNSET
        elif isinstance(self.memory_per_node, V0040Uint64NoVal):
            memory_per_node = self.memory_per_node.to_dict()
        else:
            memory_per_node = self.memory_per_node


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cp_us is not UNSET:
            field_dict["CPUs"] = cp_us
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if memory_per_node is not UNSET:
            field_dict["memory_per_node"] = memory_per_node

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0040_uint_64_no_val import V0040Uint64NoVal # noqa: PLC0415
        d = dict(src_dict)
        cp_us = d.pop("CPUs", UNSET)

        def _parse_memory_per_cpu(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_per_cpu_type_0 = V0040Uint64NoVal.from_dict(data)



                return memory_per_cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        memory_per_cpu = _parse_memory_per_cpu(d.pop("memory_per_cpu", UNSET))


        def _parse_memory_per_node(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_per_node_type_0 = V0040Uint64NoVal.from_dict(data)



                return memory_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        memory_per_node = _parse_memory_per_node(d.pop("memory_per_node", UNSET))


        v0040_job_required_type_0 = cls(
            cp_us=cp_us,
            memory_per_cpu=memory_per_cpu,
            memory_per_node=memory_per_node,
        )


        v0040_job_required_type_0.additional_properties = d
        return v0040_job_required_type_0

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
