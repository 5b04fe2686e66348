from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_partition_info_accounts import V0045PartitionInfoAccounts
  from ..models.v0045_partition_info_cpus import V0045PartitionInfoCpus
  from ..models.v0045_partition_info_defaults import V0045PartitionInfoDefaults
  from ..models.v0045_partition_info_groups import V0045PartitionInfoGroups
  from ..models.v0045_partition_info_maximums import V0045PartitionInfoMaximums
  from ..models.v0045_partition_info_minimums import V0045PartitionInfoMinimums
  from ..models.v0045_partition_info_nodes import V0045PartitionInfoNodes
  from ..models.v0045_partition_info_partition import V0045PartitionInfoPartition
  from ..models.v0045_partition_info_priority import V0045PartitionInfoPriority
  from ..models.v0045_partition_info_qos import V0045PartitionInfoQos
  from ..models.v0045_partition_info_timeouts import V0045PartitionInfoTimeouts
  from ..models.v0045_partition_info_tres import V0045PartitionInfoTres
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct





T = TypeVar("T", bound="V0045PartitionInfo")



@_attrs_define
class V0045PartitionInfo:
    """ 
        Attributes:
            accounts (V0045PartitionInfoAccounts | Unset):
            alternate (str | Unset): Alternate - Partition name of alternate partition to be used if the state of this
                partition is DRAIN or INACTIVE
            cluster (str | Unset): Cluster name (read-only)
            cpus (V0045PartitionInfoCpus | Unset):
            defaults (V0045PartitionInfoDefaults | Unset):
            flags (list[str] | Unset): Partition flag options
            grace_time (int | Unset): GraceTime - Grace time in seconds to be extended to a job which has been selected for
                preemption
            groups (V0045PartitionInfoGroups | Unset):
            maximums (V0045PartitionInfoMaximums | Unset):
            minimums (V0045PartitionInfoMinimums | Unset):
            name (str | Unset): PartitionName - Name by which the partition may be referenced
            node_sets (str | Unset): NodeSets - Comma-separated list of nodesets which are associated with this partition
            nodes (V0045PartitionInfoNodes | Unset):
            partition (V0045PartitionInfoPartition | Unset):
            preempt_mode (list[str] | Unset): PreemptMode - Mechanism used to preempt jobs for this partition when
                PreemptType=preempt/partition_prio is configured (the "CLUSTER_GLOBAL" flag will be ignored when updating a
                partition).
            priority (V0045PartitionInfoPriority | Unset):
            qos (V0045PartitionInfoQos | Unset):
            select_type (list[str] | Unset): Scheduler consumable resource selection type (read-only)
            suspend_time (V0045Uint32NoValStruct | Unset):
            timeouts (V0045PartitionInfoTimeouts | Unset):
            topology (str | Unset): Topology - Name of the topology, defined in topology.yaml, used by jobs in this
                partition
            tres (V0045PartitionInfoTres | Unset):
     """

    accounts: V0045PartitionInfoAccounts | Unset = UNSET
    alternate: str | Unset = UNSET
    cluster: str | Unset = UNSET
    cpus: V0045PartitionInfoCpus | Unset = UNSET
    defaults: V0045PartitionInfoDefaults | Unset = UNSET
    flags: list[str] | Unset = UNSET
    grace_time: int | Unset = UNSET
    groups: V0045PartitionInfoGroups | Unset = UNSET
    maximums: V0045PartitionInfoMaximums | Unset = UNSET
    minimums: V0045PartitionInfoMinimums | Unset = UNSET
    name: str | Unset = UNSET
    node_sets: str | Unset = UNSET
    nodes: V0045PartitionInfoNodes | Unset = UNSET
    partition: V0045PartitionInfoPartition | Unset = UNSET
    preempt_mode: list[str] | Unset = UNSET
    priority: V0045PartitionInfoPriority | Unset = UNSET
    qos: V0045PartitionInfoQos | Unset = UNSET
    select_type: list[str] | Unset = UNSET
    suspend_time: V0045Uint32NoValStruct | Unset = UNSET
    timeouts: V0045PartitionInfoTimeouts | Unset = UNSET
    topology: str | Unset = UNSET
    tres: V0045PartitionInfoTres | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_partition_info_accounts import V0045PartitionInfoAccounts # noqa: PLC0415
        from ..models.v0045_partition_info_cpus import V0045PartitionInfoCpus # noqa: PLC0415
        from ..models.v0045_partition_info_defaults import V0045PartitionInfoDefaults # noqa: PLC0415
        from ..models.v0045_partition_info_groups import V0045PartitionInfoGroups # noqa: PLC0415
        from ..models.v0045_partition_info_maximums import V0045PartitionInfoMaximums # noqa: PLC0415
        from ..models.v0045_partition_info_minimums import V0045PartitionInfoMinimums # noqa: PLC0415
        from ..models.v0045_partition_info_nodes import V0045PartitionInfoNodes # noqa: PLC0415
        from ..models.v0045_partition_info_partition import V0045PartitionInfoPartition # noqa: PLC0415
        from ..models.v0045_partition_info_priority import V0045PartitionInfoPriority # noqa: PLC0415
        from ..models.v0045_partition_info_qos import V0045PartitionInfoQos # noqa: PLC0415
        from ..models.v0045_partition_info_timeouts import V0045PartitionInfoTimeouts # noqa: PLC0415
        from ..models.v0045_partition_info_tres import V0045PartitionInfoTres # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts.to_dict()

        alternate = self.alternate

        cluster = self.cluster

        cpus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpus, Unset):
            cpus = self.cpus.to_dict()

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        grace_time = self.grace_time

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        maximums: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maximums, Unset):
            maximums = self.maximums.to_dict()

        minimums: dict[str, Any] | Unset = UNSET
        if not isinstance(self.minimums, Unset):
            minimums = self.minimums.to_dict()

        name = self.name

        node_sets = self.node_sets

        nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        partition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partition, Unset):
            partition = self.partition.to_dict()

        preempt_mode: list[str] | Unset = UNSET
        if not isinstance(self.preempt_mode, Unset):
            preempt_mode = self.preempt_mode



        priority: dict[str, Any] | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.to_dict()

        qos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos.to_dict()

        select_type: list[str] | Unset = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type



        suspend_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suspend_time, Unset):
            suspend_time = self.suspend_time.to_dict()

        timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeouts, Unset):
            timeouts = self.timeouts.to_dict()

        topology = self.topology

        tres: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()


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
        from ..models.v0045_partition_info_accounts import V0045PartitionInfoAccounts # noqa: PLC0415
        from ..models.v0045_partition_info_cpus import V0045PartitionInfoCpus # noqa: PLC0415
        from ..models.v0045_partition_info_defaults import V0045PartitionInfoDefaults # noqa: PLC0415
        from ..models.v0045_partition_info_groups import V0045PartitionInfoGroups # noqa: PLC0415
        from ..models.v0045_partition_info_maximums import V0045PartitionInfoMaximums # noqa: PLC0415
        from ..models.v0045_partition_info_minimums import V0045PartitionInfoMinimums # noqa: PLC0415
        from ..models.v0045_partition_info_nodes import V0045PartitionInfoNodes # noqa: PLC0415
        from ..models.v0045_partition_info_partition import V0045PartitionInfoPartition # noqa: PLC0415
        from ..models.v0045_partition_info_priority import V0045PartitionInfoPriority # noqa: PLC0415
        from ..models.v0045_partition_info_qos import V0045PartitionInfoQos # noqa: PLC0415
        from ..models.v0045_partition_info_timeouts import V0045PartitionInfoTimeouts # noqa: PLC0415
        from ..models.v0045_partition_info_tres import V0045PartitionInfoTres # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: V0045PartitionInfoAccounts | Unset
        if isinstance(_accounts,  Unset):
            accounts = UNSET
        else:
            accounts = V0045PartitionInfoAccounts.from_dict(_accounts)




        alternate = d.pop("alternate", UNSET)

        cluster = d.pop("cluster", UNSET)

        _cpus = d.pop("cpus", UNSET)
        cpus: V0045PartitionInfoCpus | Unset
        if isinstance(_cpus,  Unset):
            cpus = UNSET
        else:
            cpus = V0045PartitionInfoCpus.from_dict(_cpus)




        _defaults = d.pop("defaults", UNSET)
        defaults: V0045PartitionInfoDefaults | Unset
        if isinstance(_defaults,  Unset):
            defaults = UNSET
        else:
            defaults = V0045PartitionInfoDefaults.from_dict(_defaults)




        flags = cast(list[str], d.pop("flags", UNSET))


        grace_time = d.pop("grace_time", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: V0045PartitionInfoGroups | Unset
        if isinstance(_groups,  Unset):
            groups = UNSET
        else:
            groups = V0045PartitionInfoGroups.from_dict(_groups)




        _maximums = d.pop("maximums", UNSET)
        maximums: V0045PartitionInfoMaximums | Unset
        if isinstance(_maximums,  Unset):
            maximums = UNSET
        else:
            maximums = V0045PartitionInfoMaximums.from_dict(_maximums)




        _minimums = d.pop("minimums", UNSET)
        minimums: V0045PartitionInfoMinimums | Unset
        if isinstance(_minimums,  Unset):
            minimums = UNSET
        else:
            minimums = V0045PartitionInfoMinimums.from_dict(_minimums)




        name = d.pop("name", UNSET)

        node_sets = d.pop("node_sets", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: V0045PartitionInfoNodes | Unset
        if isinstance(_nodes,  Unset):
            nodes = UNSET
        else:
            nodes = V0045PartitionInfoNodes.from_dict(_nodes)




        _partition = d.pop("partition", UNSET)
        partition: V0045PartitionInfoPartition | Unset
        if isinstance(_partition,  Unset):
            partition = UNSET
        else:
            partition = V0045PartitionInfoPartition.from_dict(_partition)




        preempt_mode = cast(list[str], d.pop("preempt_mode", UNSET))


        _priority = d.pop("priority", UNSET)
        priority: V0045PartitionInfoPriority | Unset
        if isinstance(_priority,  Unset):
            priority = UNSET
        else:
            priority = V0045PartitionInfoPriority.from_dict(_priority)




        _qos = d.pop("qos", UNSET)
        qos: V0045PartitionInfoQos | Unset
        if isinstance(_qos,  Unset):
            qos = UNSET
        else:
            qos = V0045PartitionInfoQos.from_dict(_qos)




        select_type = cast(list[str], d.pop("select_type", UNSET))


        _suspend_time = d.pop("suspend_time", UNSET)
        suspend_time: V0045Uint32NoValStruct | Unset
        if isinstance(_suspend_time,  Unset):
            suspend_time = UNSET
        else:
            suspend_time = V0045Uint32NoValStruct.from_dict(_suspend_time)




        _timeouts = d.pop("timeouts", UNSET)
        timeouts: V0045PartitionInfoTimeouts | Unset
        if isinstance(_timeouts,  Unset):
            timeouts = UNSET
        else:
            timeouts = V0045PartitionInfoTimeouts.from_dict(_timeouts)




        topology = d.pop("topology", UNSET)

        _tres = d.pop("tres", UNSET)
        tres: V0045PartitionInfoTres | Unset
        if isinstance(_tres,  Unset):
            tres = UNSET
        else:
            tres = V0045PartitionInfoTres.from_dict(_tres)




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
