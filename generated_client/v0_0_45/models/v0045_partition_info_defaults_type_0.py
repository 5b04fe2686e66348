from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct
  from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct





T = TypeVar("T", bound="V0045PartitionInfoDefaultsType0")



@_attrs_define
class V0045PartitionInfoDefaultsType0:
    """ 
        Attributes:
            job (str | Unset): JobDefaults - Comma-separated list of job default values (this field is only used to set new
                defaults)
            memory_per_cpu (int | Unset): Raw value for DefMemPerCPU or DefMemPerNode
            partition_memory_per_cpu (None | Unset | V0045Uint64NoValStruct): DefMemPerCPU - Default real memory size
                available per allocated CPU in megabytes (64 bit integer number with flags)
            partition_memory_per_node (None | Unset | V0045Uint64NoValStruct): DefMemPerNode - Default real memory size
                available per allocated node in megabytes (64 bit integer number with flags)
            time (None | Unset | V0045Uint32NoValStruct): DefaultTime - Run time limit in minutes used for jobs that don't
                specify a value (32 bit integer number with flags)
     """

    job: str | Unset = UNSET
    memory_per_cpu: int | Unset = UNSET
    partition_memory_per_cpu: None | Unset | V0045Uint64NoValStruct = UNSET
    partition_memory_per_node: None | Unset | V0045Uint64NoValStruct = UNSET
    time: None | Unset | V0045Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        job = self.job

        memory_per_cpu = self.memory_per_cpu

        partition_memory_per_cpu: dict[str, Any] | None | Unset
        if isinstance(self.partition_memory_per_cpu, Unset):
            partition_memory_per_cpu = UNSET
        elif isinstance(self.partition_memory_per_cpu, V0045Uint64NoValStruct):
            partition_memory_per_cpu = self.partition_memory_per_cpu.to_dict()
        else:
            partition_memory_per_cpu = self.partition_memory_per_cpu

        partition_memory_per_node: dict[str, Any] | None | Unset
        if isinstance(self.partition_memory_per_node, Unset):
            partition_memory_per_node = UNSET
        elif isinstance(self.partition_memory_per_node, V0045Uint64NoValStruct):
            partition_memory_per_node = self.partition_memory_per_node.to_dict()
        else:
            partition_memory_per_node = self.partition_memory_per_node

        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, V0045Uint32NoValStruct):
            time = self.time.to_dict()
        else:
            time = self.time


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if job is not UNSET:
            field_dict["job"] = job
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if partition_memory_per_cpu is not UNSET:
            field_dict["partition_memory_per_cpu"] = partition_memory_per_cpu
        if partition_memory_per_node is not UNSET:
            field_dict["partition_memory_per_node"] = partition_memory_per_node
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_64_no_val_struct import V0045Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        job = d.pop("job", UNSET)

        memory_per_cpu = d.pop("memory_per_cpu", UNSET)

        def _parse_partition_memory_per_cpu(data: object) -> None | Unset | V0045Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partition_memory_per_cpu_type_0 = V0045Uint64NoValStruct.from_dict(data)



                return partition_memory_per_cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint64NoValStruct, data)

        partition_memory_per_cpu = _parse_partition_memory_per_cpu(d.pop("partition_memory_per_cpu", UNSET))


        def _parse_partition_memory_per_node(data: object) -> None | Unset | V0045Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partition_memory_per_node_type_0 = V0045Uint64NoValStruct.from_dict(data)



                return partition_memory_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint64NoValStruct, data)

        partition_memory_per_node = _parse_partition_memory_per_node(d.pop("partition_memory_per_node", UNSET))


        def _parse_time(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        time = _parse_time(d.pop("time", UNSET))


        v0045_partition_info_defaults_type_0 = cls(
            job=job,
            memory_per_cpu=memory_per_cpu,
            partition_memory_per_cpu=partition_memory_per_cpu,
            partition_memory_per_node=partition_memory_per_node,
            time=time,
        )


        v0045_partition_info_defaults_type_0.additional_properties = d
        return v0045_partition_info_defaults_type_0

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
