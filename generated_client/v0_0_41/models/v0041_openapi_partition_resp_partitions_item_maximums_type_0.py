from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_cpus_per_node_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_cpus_per_socket_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_nodes_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_over_time_limit_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_oversubscribe_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_partition_memory_per_cpu_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_partition_memory_per_node_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_time_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0





T = TypeVar("T", bound="V0041OpenapiPartitionRespPartitionsItemMaximumsType0")



@_attrs_define
class V0041OpenapiPartitionRespPartitionsItemMaximumsType0:
    """ 
        Attributes:
            cpus_per_node (None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0):
                MaxCPUsPerNode
            cpus_per_socket (None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0):
                MaxCPUsPerSocket
            memory_per_cpu (int | Unset): MaxMemPerCPU or MaxMemPerNode
            nodes (None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0): MaxNodes
            over_time_limit (None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0):
                OverTimeLimit
            oversubscribe (None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0):
            partition_memory_per_cpu (None | Unset |
                V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0): MaxMemPerCPU
            partition_memory_per_node (None | Unset |
                V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0): MaxMemPerNode
            shares (int | Unset): OverSubscribe
            time (None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0): MaxTime
     """

    cpus_per_node: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0 = UNSET
    cpus_per_socket: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0 = UNSET
    memory_per_cpu: int | Unset = UNSET
    nodes: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0 = UNSET
    over_time_limit: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0 = UNSET
    oversubscribe: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0 = UNSET
    partition_memory_per_cpu: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0 = UNSET
    partition_memory_per_node: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0 = UNSET
    shares: int | Unset = UNSET
    time: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_cpus_per_node_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_cpus_per_socket_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_nodes_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_over_time_limit_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_oversubscribe_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_partition_memory_per_cpu_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_partition_memory_per_node_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_time_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0 # noqa: PLC0415
        cpus_per_node: dict[str, Any] | None | Unset
        if isinstance(self.cpus_per_node, Unset):
            cpus_per_node = UNSET
        elif isinstance(self.cpus_per_node, V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0):
            cpus_per_node = self.cpus_per_node.to_dict()
        else:
            cpus_per_node = self.cpus_per_node

        cpus_per_socket: dict[str, Any] | None | Unset
        if isinstance(self.cpus_per_socket, Unset):
            cpus_per_socket = UNSET
        elif isinstance(self.cpus_per_socket, V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0):
            cpus_per_socket = self.cpus_per_socket.to_dict()
        else:
            cpus_per_socket = self.cpus_per_socket

        memory_per_cpu = self.memory_per_cpu

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes

        over_time_limit: dict[str, Any] | None | Unset
        if isinstance(self.over_time_limit, Unset):
            over_time_limit = UNSET
        elif isinstance(self.over_time_limit, V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0):
            over_time_limit = self.over_time_limit.to_dict()
        else:
            over_time_limit = self.over_time_limit

        oversubscribe: dict[str, Any] | None | Unset
        if isinstance(self.oversubscribe, Unset):
            oversubscribe = UNSET
        elif isinstance(self.oversubscribe, V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0):
            oversubscribe = self.oversubscribe.to_dict()
        else:
            oversubscribe = self.oversubscribe

        partition_memory_per_cpu: dict[str, Any] | None | Unset
        if isinstance(self.partition_memory_per_cpu, Unset):
            partition_memory_per_cpu = UNSET
        elif isinstance(self.partition_memory_per_cpu, V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0):
            partition_memory_per_cpu = self.partition_memory_per_cpu.to_dict()
        else:
            partition_memory_per_cpu = self.partition_memory_per_cpu

        partition_memory_per_node: dict[str, Any] | None | Unset
        if isinstance(self.partition_memory_per_node, Unset):
            partition_memory_per_node = UNSET
        elif isinstance(self.partition_memory_per_node, V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0):
            partition_memory_per_node = self.partition_memory_per_node.to_dict()
        else:
            partition_memory_per_node = self.partition_memory_per_node

        shares = self.shares

        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0):
            time = self.time.to_dict()
        else:
            time = self.time


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
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_cpus_per_node_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_cpus_per_socket_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_nodes_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_over_time_limit_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_oversubscribe_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_partition_memory_per_cpu_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_partition_memory_per_node_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0_time_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_cpus_per_node(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_per_node_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0.from_dict(data)



                return cpus_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerNodeType0, data)

        cpus_per_node = _parse_cpus_per_node(d.pop("cpus_per_node", UNSET))


        def _parse_cpus_per_socket(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_per_socket_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0.from_dict(data)



                return cpus_per_socket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0CpusPerSocketType0, data)

        cpus_per_socket = _parse_cpus_per_socket(d.pop("cpus_per_socket", UNSET))


        memory_per_cpu = d.pop("memory_per_cpu", UNSET)

        def _parse_nodes(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0.from_dict(data)



                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0NodesType0, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))


        def _parse_over_time_limit(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                over_time_limit_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0.from_dict(data)



                return over_time_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OverTimeLimitType0, data)

        over_time_limit = _parse_over_time_limit(d.pop("over_time_limit", UNSET))


        def _parse_oversubscribe(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oversubscribe_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0.from_dict(data)



                return oversubscribe_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0OversubscribeType0, data)

        oversubscribe = _parse_oversubscribe(d.pop("oversubscribe", UNSET))


        def _parse_partition_memory_per_cpu(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partition_memory_per_cpu_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0.from_dict(data)



                return partition_memory_per_cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerCpuType0, data)

        partition_memory_per_cpu = _parse_partition_memory_per_cpu(d.pop("partition_memory_per_cpu", UNSET))


        def _parse_partition_memory_per_node(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partition_memory_per_node_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0.from_dict(data)



                return partition_memory_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0PartitionMemoryPerNodeType0, data)

        partition_memory_per_node = _parse_partition_memory_per_node(d.pop("partition_memory_per_node", UNSET))


        shares = d.pop("shares", UNSET)

        def _parse_time(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0TimeType0, data)

        time = _parse_time(d.pop("time", UNSET))


        v0041_openapi_partition_resp_partitions_item_maximums_type_0 = cls(
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


        v0041_openapi_partition_resp_partitions_item_maximums_type_0.additional_properties = d
        return v0041_openapi_partition_resp_partitions_item_maximums_type_0

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
