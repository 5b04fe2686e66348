from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_partition_info_accounts_type_0 import V0045PartitionInfoAccountsType0
  from ..models.v0045_partition_info_cpus_type_0 import V0045PartitionInfoCpusType0
  from ..models.v0045_partition_info_defaults_type_0 import V0045PartitionInfoDefaultsType0
  from ..models.v0045_partition_info_groups_type_0 import V0045PartitionInfoGroupsType0
  from ..models.v0045_partition_info_maximums_type_0 import V0045PartitionInfoMaximumsType0
  from ..models.v0045_partition_info_minimums_type_0 import V0045PartitionInfoMinimumsType0
  from ..models.v0045_partition_info_nodes_type_0 import V0045PartitionInfoNodesType0
  from ..models.v0045_partition_info_partition_type_0 import V0045PartitionInfoPartitionType0
  from ..models.v0045_partition_info_priority_type_0 import V0045PartitionInfoPriorityType0
  from ..models.v0045_partition_info_qos_type_0 import V0045PartitionInfoQosType0
  from ..models.v0045_partition_info_timeouts_type_0 import V0045PartitionInfoTimeoutsType0
  from ..models.v0045_partition_info_tres_type_0 import V0045PartitionInfoTresType0
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct





T = TypeVar("T", bound="V0045PartitionInfo")



@_attrs_define
class V0045PartitionInfo:
    """ 
        Attributes:
            accounts (None | Unset | V0045PartitionInfoAccountsType0):
            alternate (str | Unset): Alternate - Partition name of alternate partition to be used if the state of this
                partition is DRAIN or INACTIVE
            cluster (str | Unset): Cluster name (read-only)
            cpus (None | Unset | V0045PartitionInfoCpusType0):
            defaults (None | Unset | V0045PartitionInfoDefaultsType0):
            flags (list[str] | Unset): Partition flag options
            grace_time (int | Unset): GraceTime - Grace time in seconds to be extended to a job which has been selected for
                preemption
            groups (None | Unset | V0045PartitionInfoGroupsType0):
            maximums (None | Unset | V0045PartitionInfoMaximumsType0):
            minimums (None | Unset | V0045PartitionInfoMinimumsType0):
            name (str | Unset): PartitionName - Name by which the partition may be referenced
            node_sets (str | Unset): NodeSets - Comma-separated list of nodesets which are associated with this partition
            nodes (None | Unset | V0045PartitionInfoNodesType0):
            partition (None | Unset | V0045PartitionInfoPartitionType0):
            preempt_mode (list[str] | Unset): PreemptMode - Mechanism used to preempt jobs for this partition when
                PreemptType=preempt/partition_prio is configured (the "CLUSTER_GLOBAL" flag will be ignored when updating a
                partition).
            priority (None | Unset | V0045PartitionInfoPriorityType0):
            qos (None | Unset | V0045PartitionInfoQosType0):
            select_type (list[str] | Unset): Scheduler consumable resource selection type (read-only)
            suspend_time (None | Unset | V0045Uint32NoValStruct): SuspendTime - Nodes which remain idle or down for this
                number of seconds will be placed into power save mode (read-only; GLOBAL if both set and infinite are false).
                (32 bit integer number with flags)
            timeouts (None | Unset | V0045PartitionInfoTimeoutsType0):
            topology (str | Unset): Topology - Name of the topology, defined in topology.yaml, used by jobs in this
                partition
            tres (None | Unset | V0045PartitionInfoTresType0):
     """

    accounts: None | Unset | V0045PartitionInfoAccountsType0 = UNSET
    alternate: str | Unset = UNSET
    cluster: str | Unset = UNSET
    cpus: None | Unset | V0045PartitionInfoCpusType0 = UNSET
    defaults: None | Unset | V0045PartitionInfoDefaultsType0 = UNSET
    flags: list[str] | Unset = UNSET
    grace_time: int | Unset = UNSET
    groups: None | Unset | V0045PartitionInfoGroupsType0 = UNSET
    maximums: None | Unset | V0045PartitionInfoMaximumsType0 = UNSET
    minimums: None | Unset | V0045PartitionInfoMinimumsType0 = UNSET
    name: str | Unset = UNSET
    node_sets: str | Unset = UNSET
    nodes: None | Unset | V0045PartitionInfoNodesType0 = UNSET
    partition: None | Unset | V0045PartitionInfoPartitionType0 = UNSET
    preempt_mode: list[str] | Unset = UNSET
    priority: None | Unset | V0045PartitionInfoPriorityType0 = UNSET
    qos: None | Unset | V0045PartitionInfoQosType0 = UNSET
    select_type: list[str] | Unset = UNSET
    suspend_time: None | Unset | V0045Uint32NoValStruct = UNSET
    timeouts: None | Unset | V0045PartitionInfoTimeoutsType0 = UNSET
    topology: str | Unset = UNSET
    tres: None | Unset | V0045PartitionInfoTresType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_partition_info_accounts_type_0 import V0045PartitionInfoAccountsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_cpus_type_0 import V0045PartitionInfoCpusType0 # noqa: PLC0415
        from ..models.v0045_partition_info_defaults_type_0 import V0045PartitionInfoDefaultsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_groups_type_0 import V0045PartitionInfoGroupsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_maximums_type_0 import V0045PartitionInfoMaximumsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_minimums_type_0 import V0045PartitionInfoMinimumsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_nodes_type_0 import V0045PartitionInfoNodesType0 # noqa: PLC0415
        from ..models.v0045_partition_info_partition_type_0 import V0045PartitionInfoPartitionType0 # noqa: PLC0415
        from ..models.v0045_partition_info_priority_type_0 import V0045PartitionInfoPriorityType0 # noqa: PLC0415
        from ..models.v0045_partition_info_qos_type_0 import V0045PartitionInfoQosType0 # noqa: PLC0415
        from ..models.v0045_partition_info_timeouts_type_0 import V0045PartitionInfoTimeoutsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_tres_type_0 import V0045PartitionInfoTresType0 # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        accounts: dict[str, Any] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, V0045PartitionInfoAccountsType0):
            accounts = self.accounts.to_dict()
        else:
            accounts = self.accounts

        alternate = self.alternate

        cluster = self.cluster

        cpus: dict[str, Any] | None | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        elif isinstance(self.cpus, V0045PartitionInfoCpusType0):
            cpus = self.cpus.to_dict()
        else:
            cpus = self.cpus

        defaults: dict[str, Any] | None | Unset
        if isinstance(self.defaults, Unset):
            defaults = UNSET
        elif isinstance(self.defaults, V0045PartitionInfoDefaultsType0):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        grace_time = self.grace_time

        groups: dict[str, Any] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, V0045PartitionInfoGroupsType0):
            groups = self.groups.to_dict()
        else:
            groups = self.groups

        maximums: dict[str, Any] | None | Unset
        if isinstance(self.maximums, Unset):
            maximums = UNSET
        elif isinstance(self.maximums, V0045PartitionInfoMaximumsType0):
            maximums = self.maximums.to_dict()
        else:
            maximums = self.maximums

        minimums: dict[str, Any] | None | Unset
        if isinstance(self.minimums, Unset):
            minimums = UNSET
        elif isinstance(self.minimums, V0045PartitionInfoMinimumsType0):
            minimums = self.minimums.to_dict()
        else:
            minimums = self.minimums

        name = self.name

        node_sets = self.node_sets

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, V0045PartitionInfoNodesType0):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes

        partition: dict[str, Any] | None | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        elif isinstance(self.partition, V0045PartitionInfoPartitionType0):
            partition = self.partition.to_dict()
        else:
            partition = self.partition

        preempt_mode: list[str] | Unset = UNSET
        if not isinstance(self.preempt_mode, Unset):
            preempt_mode = self.preempt_mode



        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0045PartitionInfoPriorityType0):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        qos: dict[str, Any] | None | Unset
        if isinstance(self.qos, Unset):
            qos = UNSET
        elif isinstance(self.qos, V0045PartitionInfoQosType0):
            qos = self.qos.to_dict()
        else:
            qos = self.qos

        select_type: list[str] | Unset = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type



        suspend_time: dict[str, Any] | None | Unset
        if isinstance(self.suspend_time, Unset):
            suspend_time = UNSET
        elif isinstance(self.suspend_time, V0045Uint32NoValStruct):
            suspend_time = self.suspend_time.to_dict()
        else:
            suspend_time = self.suspend_time

        timeouts: dict[str, Any] | None | Unset
        if isinstance(self.timeouts, Unset):
            timeouts = UNSET
        elif isinstance(self.timeouts, V0045PartitionInfoTimeoutsType0):
            timeouts = self.timeouts.to_dict()
        else:
            timeouts = self.timeouts

        topology = self.topology

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0045PartitionInfoTresType0):
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
        if flags is not UNSET:
            field_dict["flags"] = flags
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
        if preempt_mode is not UNSET:
            field_dict["preempt_mode"] = preempt_mode
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
        from ..models.v0045_partition_info_accounts_type_0 import V0045PartitionInfoAccountsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_cpus_type_0 import V0045PartitionInfoCpusType0 # noqa: PLC0415
        from ..models.v0045_partition_info_defaults_type_0 import V0045PartitionInfoDefaultsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_groups_type_0 import V0045PartitionInfoGroupsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_maximums_type_0 import V0045PartitionInfoMaximumsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_minimums_type_0 import V0045PartitionInfoMinimumsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_nodes_type_0 import V0045PartitionInfoNodesType0 # noqa: PLC0415
        from ..models.v0045_partition_info_partition_type_0 import V0045PartitionInfoPartitionType0 # noqa: PLC0415
        from ..models.v0045_partition_info_priority_type_0 import V0045PartitionInfoPriorityType0 # noqa: PLC0415
        from ..models.v0045_partition_info_qos_type_0 import V0045PartitionInfoQosType0 # noqa: PLC0415
        from ..models.v0045_partition_info_timeouts_type_0 import V0045PartitionInfoTimeoutsType0 # noqa: PLC0415
        from ..models.v0045_partition_info_tres_type_0 import V0045PartitionInfoTresType0 # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accounts(data: object) -> None | Unset | V0045PartitionInfoAccountsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounts_type_0 = V0045PartitionInfoAccountsType0.from_dict(data)



                return accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoAccountsType0, data)

        accounts = _parse_accounts(d.pop("accounts", UNSET))


        alternate = d.pop("alternate", UNSET)

        cluster = d.pop("cluster", UNSET)

        def _parse_cpus(data: object) -> None | Unset | V0045PartitionInfoCpusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_type_0 = V0045PartitionInfoCpusType0.from_dict(data)



                return cpus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoCpusType0, data)

        cpus = _parse_cpus(d.pop("cpus", UNSET))


        def _parse_defaults(data: object) -> None | Unset | V0045PartitionInfoDefaultsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_0 = V0045PartitionInfoDefaultsType0.from_dict(data)



                return defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoDefaultsType0, data)

        defaults = _parse_defaults(d.pop("defaults", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        grace_time = d.pop("grace_time", UNSET)

        def _parse_groups(data: object) -> None | Unset | V0045PartitionInfoGroupsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                groups_type_0 = V0045PartitionInfoGroupsType0.from_dict(data)



                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoGroupsType0, data)

        groups = _parse_groups(d.pop("groups", UNSET))


        def _parse_maximums(data: object) -> None | Unset | V0045PartitionInfoMaximumsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maximums_type_0 = V0045PartitionInfoMaximumsType0.from_dict(data)



                return maximums_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoMaximumsType0, data)

        maximums = _parse_maximums(d.pop("maximums", UNSET))


        def _parse_minimums(data: object) -> None | Unset | V0045PartitionInfoMinimumsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minimums_type_0 = V0045PartitionInfoMinimumsType0.from_dict(data)



                return minimums_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoMinimumsType0, data)

        minimums = _parse_minimums(d.pop("minimums", UNSET))


        name = d.pop("name", UNSET)

        node_sets = d.pop("node_sets", UNSET)

        def _parse_nodes(data: object) -> None | Unset | V0045PartitionInfoNodesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = V0045PartitionInfoNodesType0.from_dict(data)



                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoNodesType0, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))


        def _parse_partition(data: object) -> None | Unset | V0045PartitionInfoPartitionType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partition_type_0 = V0045PartitionInfoPartitionType0.from_dict(data)



                return partition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoPartitionType0, data)

        partition = _parse_partition(d.pop("partition", UNSET))


        preempt_mode = cast(list[str], d.pop("preempt_mode", UNSET))


        def _parse_priority(data: object) -> None | Unset | V0045PartitionInfoPriorityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0045PartitionInfoPriorityType0.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoPriorityType0, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        def _parse_qos(data: object) -> None | Unset | V0045PartitionInfoQosType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qos_type_0 = V0045PartitionInfoQosType0.from_dict(data)



                return qos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoQosType0, data)

        qos = _parse_qos(d.pop("qos", UNSET))


        select_type = cast(list[str], d.pop("select_type", UNSET))


        def _parse_suspend_time(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspend_time_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return suspend_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        suspend_time = _parse_suspend_time(d.pop("suspend_time", UNSET))


        def _parse_timeouts(data: object) -> None | Unset | V0045PartitionInfoTimeoutsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timeouts_type_0 = V0045PartitionInfoTimeoutsType0.from_dict(data)



                return timeouts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoTimeoutsType0, data)

        timeouts = _parse_timeouts(d.pop("timeouts", UNSET))


        topology = d.pop("topology", UNSET)

        def _parse_tres(data: object) -> None | Unset | V0045PartitionInfoTresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0045PartitionInfoTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045PartitionInfoTresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        v0045_partition_info = cls(
            accounts=accounts,
            alternate=alternate,
            cluster=cluster,
            cpus=cpus,
            defaults=defaults,
            flags=flags,
            grace_time=grace_time,
            groups=groups,
            maximums=maximums,
            minimums=minimums,
            name=name,
            node_sets=node_sets,
            nodes=nodes,
            partition=partition,
            preempt_mode=preempt_mode,
            priority=priority,
            qos=qos,
            select_type=select_type,
            suspend_time=suspend_time,
            timeouts=timeouts,
            topology=topology,
            tres=tres,
        )


        v0045_partition_info.additional_properties = d
        return v0045_partition_info

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
