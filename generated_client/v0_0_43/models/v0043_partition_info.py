from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_partition_info_accounts_type_0 import V0043PartitionInfoAccountsType0
  from ..models.v0043_partition_info_cpus_type_0 import V0043PartitionInfoCpusType0
  from ..models.v0043_partition_info_defaults_type_0 import V0043PartitionInfoDefaultsType0
  from ..models.v0043_partition_info_groups_type_0 import V0043PartitionInfoGroupsType0
  from ..models.v0043_partition_info_maximums_type_0 import V0043PartitionInfoMaximumsType0
  from ..models.v0043_partition_info_minimums_type_0 import V0043PartitionInfoMinimumsType0
  from ..models.v0043_partition_info_nodes_type_0 import V0043PartitionInfoNodesType0
  from ..models.v0043_partition_info_partition_type_0 import V0043PartitionInfoPartitionType0
  from ..models.v0043_partition_info_priority_type_0 import V0043PartitionInfoPriorityType0
  from ..models.v0043_partition_info_qos_type_0 import V0043PartitionInfoQosType0
  from ..models.v0043_partition_info_timeouts_type_0 import V0043PartitionInfoTimeoutsType0
  from ..models.v0043_partition_info_tres_type_0 import V0043PartitionInfoTresType0
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct





T = TypeVar("T", bound="V0043PartitionInfo")



@_attrs_define
class V0043PartitionInfo:
    """ 
        Attributes:
            accounts (None | Unset | V0043PartitionInfoAccountsType0):
            alternate (str | Unset): Alternate - Partition name of alternate partition to be used if the state of this
                partition is DRAIN or INACTIVE
            cluster (str | Unset): Cluster name
            cpus (None | Unset | V0043PartitionInfoCpusType0):
            defaults (None | Unset | V0043PartitionInfoDefaultsType0):
            grace_time (int | Unset): GraceTime - Grace time in seconds to be extended to a job which has been selected for
                preemption
            groups (None | Unset | V0043PartitionInfoGroupsType0):
            maximums (None | Unset | V0043PartitionInfoMaximumsType0):
            minimums (None | Unset | V0043PartitionInfoMinimumsType0):
            name (str | Unset): PartitionName - Name by which the partition may be referenced
            node_sets (str | Unset): NodeSets - Comma-separated list of nodesets which are associated with this partition
            nodes (None | Unset | V0043PartitionInfoNodesType0):
            partition (None | Unset | V0043PartitionInfoPartitionType0):
            priority (None | Unset | V0043PartitionInfoPriorityType0):
            qos (None | Unset | V0043PartitionInfoQosType0):
            select_type (list[str] | Unset): Scheduler consumable resource selection type
            suspend_time (None | Unset | V0043Uint32NoValStruct): SuspendTime - Nodes which remain idle or down for this
                number of seconds will be placed into power save mode (GLOBAL if both set and infinite are false) (32 bit
                integer number with flags)
            timeouts (None | Unset | V0043PartitionInfoTimeoutsType0):
            topology (str | Unset): Topology - Name of the topology, defined in topology.yaml, used by jobs in this
                partition
            tres (None | Unset | V0043PartitionInfoTresType0):
     """

    accounts: None | Unset | V0043PartitionInfoAccountsType0 = UNSET
    alternate: str | Unset = UNSET
    cluster: str | Unset = UNSET
    cpus: None | Unset | V0043PartitionInfoCpusType0 = UNSET
    defaults: None | Unset | V0043PartitionInfoDefaultsType0 = UNSET
    grace_time: int | Unset = UNSET
    groups: None | Unset | V0043PartitionInfoGroupsType0 = UNSET
    maximums: None | Unset | V0043PartitionInfoMaximumsType0 = UNSET
    minimums: None | Unset | V0043PartitionInfoMinimumsType0 = UNSET
    name: str | Unset = UNSET
    node_sets: str | Unset = UNSET
    nodes: None | Unset | V0043PartitionInfoNodesType0 = UNSET
    partition: None | Unset | V0043PartitionInfoPartitionType0 = UNSET
    priority: None | Unset | V0043PartitionInfoPriorityType0 = UNSET
    qos: None | Unset | V0043PartitionInfoQosType0 = UNSET
    select_type: list[str] | Unset = UNSET
    suspend_time: None | Unset | V0043Uint32NoValStruct = UNSET
    timeouts: None | Unset | V0043PartitionInfoTimeoutsType0 = UNSET
    topology: str | Unset = UNSET
    tres: None | Unset | V0043PartitionInfoTresType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_partition_info_accounts_type_0 import V0043PartitionInfoAccountsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_cpus_type_0 import V0043PartitionInfoCpusType0 # noqa: PLC0415
        from ..models.v0043_partition_info_defaults_type_0 import V0043PartitionInfoDefaultsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_groups_type_0 import V0043PartitionInfoGroupsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_maximums_type_0 import V0043PartitionInfoMaximumsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_minimums_type_0 import V0043PartitionInfoMinimumsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_nodes_type_0 import V0043PartitionInfoNodesType0 # noqa: PLC0415
        from ..models.v0043_partition_info_partition_type_0 import V0043PartitionInfoPartitionType0 # noqa: PLC0415
        from ..models.v0043_partition_info_priority_type_0 import V0043PartitionInfoPriorityType0 # noqa: PLC0415
        from ..models.v0043_partition_info_qos_type_0 import V0043PartitionInfoQosType0 # noqa: PLC0415
        from ..models.v0043_partition_info_timeouts_type_0 import V0043PartitionInfoTimeoutsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_tres_type_0 import V0043PartitionInfoTresType0 # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        accounts: dict[str, Any] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, V0043PartitionInfoAccountsType0):
            accounts = self.accounts.to_dict()
        else:
            accounts = self.accounts

        alternate = self.alternate

        cluster = self.cluster

        cpus: dict[str, Any] | None | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        elif isinstance(self.cpus, V0043PartitionInfoCpusType0):
            cpus = self.cpus.to_dict()
        else:
            cpus = self.cpus

        defaults: dict[str, Any] | None | Unset
        if isinstance(self.defaults, Unset):
            defaults = UNSET
        elif isinstance(self.defaults, V0043PartitionInfoDefaultsType0):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        grace_time = self.grace_time

        groups: dict[str, Any] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, V0043PartitionInfoGroupsType0):
            groups = self.groups.to_dict()
        else:
            groups = self.groups

        maximums: dict[str, Any] | None | Unset
        if isinstance(self.maximums, Unset):
            maximums = UNSET
        elif isinstance(self.maximums, V0043PartitionInfoMaximumsType0):
            maximums = self.maximums.to_dict()
        else:
            maximums = self.maximums

        minimums: dict[str, Any] | None | Unset
        if isinstance(self.minimums, Unset):
            minimums = UNSET
        elif isinstance(self.minimums, V0043PartitionInfoMinimumsType0):
            minimums = self.minimums.to_dict()
        else:
            minimums = self.minimums

        name = self.name

        node_sets = self.node_sets

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, V0043PartitionInfoNodesType0):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes

        partition: dict[str, Any] | None | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        elif isinstance(self.partition, V0043PartitionInfoPartitionType0):
            partition = self.partition.to_dict()
        else:
            partition = self.partition

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0043PartitionInfoPriorityType0):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        qos: dict[str, Any] | None | Unset
        if isinstance(self.qos, Unset):
            qos = UNSET
        elif isinstance(self.qos, V0043PartitionInfoQosType0):
            qos = self.qos.to_dict()
        else:
            qos = self.qos

        select_type: list[str] | Unset = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type



        suspend_time: dict[str, Any] | None | Unset
        if isinstance(self.suspend_time, Unset):
            suspend_time = UNSET
        elif isinstance(self.suspend_time, V0043Uint32NoValStruct):
            suspend_time = self.suspend_time.to_dict()
        else:
            suspend_time = self.suspend_time

        timeouts: dict[str, Any] | None | Unset
        if isinstance(self.timeouts, Unset):
            timeouts = UNSET
        elif isinstance(self.timeouts, V0043PartitionInfoTimeoutsType0):
            timeouts = self.timeouts.to_dict()
        else:
            timeouts = self.timeouts

        topology = self.topology

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0043PartitionInfoTresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if alternate is not UNSET:
            field_dict["alternate"] = alternate
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if grace_time is not UNSET:
            field_dict["grace_time"] = grace_time
        if groups is not UNSET:
            field_dict["groups"] = groups
        if maximums is not UNSET:
            field_dict["maximums"] = maximums
        if minimums is not UNSET:
            field_dict["minimums"] = minimums
        if name is not UNSET:
            field_dict["name"] = name
        if node_sets is not UNSET:
            field_dict["node_sets"] = node_sets
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if partition is not UNSET:
            field_dict["partition"] = partition
        if priority is not UNSET:
            field_dict["priority"] = priority
        if qos is not UNSET:
            field_dict["qos"] = qos
        if select_type is not UNSET:
            field_dict["select_type"] = select_type
        if suspend_time is not UNSET:
            field_dict["suspend_time"] = suspend_time
        if timeouts is not UNSET:
            field_dict["timeouts"] = timeouts
        if topology is not UNSET:
            field_dict["topology"] = topology
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_partition_info_accounts_type_0 import V0043PartitionInfoAccountsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_cpus_type_0 import V0043PartitionInfoCpusType0 # noqa: PLC0415
        from ..models.v0043_partition_info_defaults_type_0 import V0043PartitionInfoDefaultsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_groups_type_0 import V0043PartitionInfoGroupsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_maximums_type_0 import V0043PartitionInfoMaximumsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_minimums_type_0 import V0043PartitionInfoMinimumsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_nodes_type_0 import V0043PartitionInfoNodesType0 # noqa: PLC0415
        from ..models.v0043_partition_info_partition_type_0 import V0043PartitionInfoPartitionType0 # noqa: PLC0415
        from ..models.v0043_partition_info_priority_type_0 import V0043PartitionInfoPriorityType0 # noqa: PLC0415
        from ..models.v0043_partition_info_qos_type_0 import V0043PartitionInfoQosType0 # noqa: PLC0415
        from ..models.v0043_partition_info_timeouts_type_0 import V0043PartitionInfoTimeoutsType0 # noqa: PLC0415
        from ..models.v0043_partition_info_tres_type_0 import V0043PartitionInfoTresType0 # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accounts(data: object) -> None | Unset | V0043PartitionInfoAccountsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounts_type_0 = V0043PartitionInfoAccountsType0.from_dict(data)



                return accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoAccountsType0, data)

        accounts = _parse_accounts(d.pop("accounts", UNSET))


        alternate = d.pop("alternate", UNSET)

        cluster = d.pop("cluster", UNSET)

        def _parse_cpus(data: object) -> None | Unset | V0043PartitionInfoCpusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_type_0 = V0043PartitionInfoCpusType0.from_dict(data)



                return cpus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoCpusType0, data)

        cpus = _parse_cpus(d.pop("cpus", UNSET))


        def _parse_defaults(data: object) -> None | Unset | V0043PartitionInfoDefaultsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_0 = V0043PartitionInfoDefaultsType0.from_dict(data)



                return defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoDefaultsType0, data)

        defaults = _parse_defaults(d.pop("defaults", UNSET))


        grace_time = d.pop("grace_time", UNSET)

        def _parse_groups(data: object) -> None | Unset | V0043PartitionInfoGroupsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                groups_type_0 = V0043PartitionInfoGroupsType0.from_dict(data)



                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoGroupsType0, data)

        groups = _parse_groups(d.pop("groups", UNSET))


        def _parse_maximums(data: object) -> None | Unset | V0043PartitionInfoMaximumsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maximums_type_0 = V0043PartitionInfoMaximumsType0.from_dict(data)



                return maximums_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoMaximumsType0, data)

        maximums = _parse_maximums(d.pop("maximums", UNSET))


        def _parse_minimums(data: object) -> None | Unset | V0043PartitionInfoMinimumsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minimums_type_0 = V0043PartitionInfoMinimumsType0.from_dict(data)



                return minimums_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoMinimumsType0, data)

        minimums = _parse_minimums(d.pop("minimums", UNSET))


        name = d.pop("name", UNSET)

        node_sets = d.pop("node_sets", UNSET)

        def _parse_nodes(data: object) -> None | Unset | V0043PartitionInfoNodesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = V0043PartitionInfoNodesType0.from_dict(data)



                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoNodesType0, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))


        def _parse_partition(data: object) -> None | Unset | V0043PartitionInfoPartitionType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partition_type_0 = V0043PartitionInfoPartitionType0.from_dict(data)



                return partition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoPartitionType0, data)

        partition = _parse_partition(d.pop("partition", UNSET))


        def _parse_priority(data: object) -> None | Unset | V0043PartitionInfoPriorityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0043PartitionInfoPriorityType0.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoPriorityType0, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        def _parse_qos(data: object) -> None | Unset | V0043PartitionInfoQosType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qos_type_0 = V0043PartitionInfoQosType0.from_dict(data)



                return qos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoQosType0, data)

        qos = _parse_qos(d.pop("qos", UNSET))


        select_type = cast(list[str], d.pop("select_type", UNSET))


        def _parse_suspend_time(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspend_time_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return suspend_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        suspend_time = _parse_suspend_time(d.pop("suspend_time", UNSET))


        def _parse_timeouts(data: object) -> None | Unset | V0043PartitionInfoTimeoutsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timeouts_type_0 = V0043PartitionInfoTimeoutsType0.from_dict(data)



                return timeouts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoTimeoutsType0, data)

        timeouts = _parse_timeouts(d.pop("timeouts", UNSET))


        topology = d.pop("topology", UNSET)

        def _parse_tres(data: object) -> None | Unset | V0043PartitionInfoTresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0043PartitionInfoTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043PartitionInfoTresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        v0043_partition_info = cls(
            accounts=accounts,
            alternate=alternate,
            cluster=cluster,
            cpus=cpus,
            defaults=defaults,
            grace_time=grace_time,
            groups=groups,
            maximums=maximums,
            minimums=minimums,
            name=name,
            node_sets=node_sets,
            nodes=nodes,
            partition=partition,
            priority=priority,
            qos=qos,
            select_type=select_type,
            suspend_time=suspend_time,
            timeouts=timeouts,
            topology=topology,
            tres=tres,
        )


        v0043_partition_info.additional_properties = d
        return v0043_partition_info

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
