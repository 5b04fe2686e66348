from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_partition_info_maximums_oversubscribe import V0043PartitionInfoMaximumsOversubscribe
  from ..models.v0043_uint_16_no_val_struct import V0043Uint16NoValStruct
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct
  from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct





T = TypeVar("T", bound="V0043PartitionInfoMaximums")



@_attrs_define
class V0043PartitionInfoMaximums:
    """ 
        Attributes:
            cpus_per_node (V0043Uint32NoValStruct | Unset):
            cpus_per_socket (V0043Uint32NoValStruct | Unset):
            memory_per_cpu (int | Unset): Raw value for MaxMemPerCPU or MaxMemPerNode
            nodes (V0043Uint32NoValStruct | Unset):
            over_time_limit (V0043Uint16NoValStruct | Unset):
            oversubscribe (V0043PartitionInfoMaximumsOversubscribe | Unset):
            partition_memory_per_cpu (V0043Uint64NoValStruct | Unset):
            partition_memory_per_node (V0043Uint64NoValStruct | Unset):
            shares (int | Unset): OverSubscribe - Controls the ability of the partition to execute more than one job at a
                time on each resource
            time (V0043Uint32NoValStruct | Unset):
     """

    cpus_per_node: V0043Uint32NoValStruct | Unset = UNSET
    cpus_per_socket: V0043Uint32NoValStruct | Unset = UNSET
    memory_per_cpu: int | Unset = UNSET
    nodes: V0043Uint32NoValStruct | Unset = UNSET
    over_time_limit: V0043Uint16NoValStruct | Unset = UNSET
    oversubscribe: V0043PartitionInfoMaximumsOversubscribe | Unset = UNSET
    partition_memory_per_cpu: V0043Uint64NoValStruct | Unset = UNSET
    partition_memory_per_node: V0043Uint64NoValStruct | Unset = UNSET
    shares: int | Unset = UNSET
    time: V0043Uint32NoValStruct | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_partition_info_maximums_oversubscribe import V0043PartitionInfoMaximumsOversubscribe # noqa: PLC0415
        from ..models.v0043_uint_16_no_val_struct import V0043Uint16NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct # noqa: PLC0415
        cpus_per_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpus_per_node, Unset):
            cpus_per_node = self.cpus_per_node.to_dict()

        cpus_per_socket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpus_per_socket, Unset):
            cpus_per_socket = self.cpus_per_socket.to_dict()

        memory_per_cpu = self.memory_per_cpu

        nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        over_time_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.over_time_limit, Unset):
            over_time_limit = self.over_time_limit.to_dict()

        oversubscribe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oversubscribe, Unset):
            oversubscribe = self.oversubscribe.to_dict()

        partition_memory_per_cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partition_memory_per_cpu, Unset):
            partition_memory_per_cpu = self.partition_memory_per_cpu.to_dict()

        partition_memory_per_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partition_memory_per_node, Unset):
            partition_memory_per_node = self.partition_memory_per_node.to_dict()

        shares = self.shares

        time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cpus_per_node is not UNSET:
            field_dict["cpus_per_node"] = cpus_per_node
        if cpus_per_socket is not UNSET:
            field_dict["cpus_per_socket"] = cpus_per_socket
        if memory_per_cpu is not UNSET:
            field_dict["memory_per_cpu"] = memory_per_cpu
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if over_time_limit is not UNSET:
            field_dict["over_time_limit"] = over_time_limit
        if oversubscribe is not UNSET:
            field_dict["oversubscribe"] = oversubscribe
        if partition_memory_per_cpu is not UNSET:
            field_dict["partition_memory_per_cpu"] = partition_memory_per_cpu
        if partition_memory_per_node is not UNSET:
            field_dict["partition_memory_per_node"] = partition_memory_per_node
        if shares is not UNSET:
            field_dict["shares"] = shares
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_partition_info_maximums_oversubscribe import V0043PartitionInfoMaximumsOversubscribe # noqa: PLC0415
        from ..models.v0043_uint_16_no_val_struct import V0043Uint16NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        _cpus_per_node = d.pop("cpus_per_node", UNSET)
        cpus_per_node: V0043Uint32NoValStruct | Unset
        if isinstance(_cpus_per_node,  Unset):
            cpus_per_node = UNSET
        else:
            cpus_per_node = V0043Uint32NoValStruct.from_dict(_cpus_per_node)




        _cpus_per_socket = d.pop("cpus_per_socket", UNSET)
        cpus_per_socket: V0043Uint32NoValStruct | Unset
        if isinstance(_cpus_per_socket,  Unset):
            cpus_per_socket = UNSET
        else:
            cpus_per_socket = V0043Uint32NoValStruct.from_dict(_cpus_per_socket)




        memory_per_cpu = d.pop("memory_per_cpu", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: V0043Uint32NoValStruct | Unset
        if isinstance(_nodes,  Unset):
            nodes = UNSET
        else:
            nodes = V0043Uint32NoValStruct.from_dict(_nodes)




        _over_time_limit = d.pop("over_time_limit", UNSET)
        over_time_limit: V0043Uint16NoValStruct | Unset
        if isinstance(_over_time_limit,  Unset):
            over_time_limit = UNSET
        else:
            over_time_limit = V0043Uint16NoValStruct.from_dict(_over_time_limit)




        _oversubscribe = d.pop("oversubscribe", UNSET)
        oversubscribe: V0043PartitionInfoMaximumsOversubscribe | Unset
        if isinstance(_oversubscribe,  Unset):
            oversubscribe = UNSET
        else:
            oversubscribe = V0043PartitionInfoMaximumsOversubscribe.from_dict(_oversubscribe)




        _partition_memory_per_cpu = d.pop("partition_memory_per_cpu", UNSET)
        partition_memory_per_cpu: V0043Uint64NoValStruct | Unset
        if isinstance(_partition_memory_per_cpu,  Unset):
            partition_memory_per_cpu = UNSET
        else:
            partition_memory_per_cpu = V0043Uint64NoValStruct.from_dict(_partition_memory_per_cpu)




        _partition_memory_per_node = d.pop("partition_memory_per_node", UNSET)
        partition_memory_per_node: V0043Uint64NoValStruct | Unset
        if isinstance(_partition_memory_per_node,  Unset):
            partition_memory_per_node = UNSET
        else:
            partition_memory_per_node = V0043Uint64NoValStruct.from_dict(_partition_memory_per_node)




        shares = d.pop("shares", UNSET)

        _time = d.pop("time", UNSET)
        time: V0043Uint32NoValStruct | Unset
        if isinstance(_time,  Unset):
            time = UNSET
        else:
            time = V0043Uint32NoValStruct.from_dict(_time)




        v0043_partition_info_maximums = cls(
            cpus_per_node=cpus_per_node,
            cpus_per_socket=cpus_per_socket,
            memory_per_cpu=memory_per_cpu,
            nodes=nodes,
            over_time_limit=over_time_limit,
            oversubscribe=oversubscribe,
            partition_memory_per_cpu=partition_memory_per_cpu,
            partition_memory_per_node=partition_memory_per_node,
            shares=shares,
            time=time,
        )


        v0043_partition_info_maximums.additional_properties = d
        return v0043_partition_info_maximums

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
