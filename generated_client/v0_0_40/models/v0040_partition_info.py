from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_partition_info_accounts import V0040PartitionInfoAccounts
  from ..models.v0040_partition_info_cpus import V0040PartitionInfoCpus
  from ..models.v0040_partition_info_defaults import V0040PartitionInfoDefaults
  from ..models.v0040_partition_info_groups import V0040PartitionInfoGroups
  from ..models.v0040_partition_info_maximums import V0040PartitionInfoMaximums
  from ..models.v0040_partition_info_minimums import V0040PartitionInfoMinimums
  from ..models.v0040_partition_info_nodes import V0040PartitionInfoNodes
  from ..models.v0040_partition_info_partition import V0040PartitionInfoPartition
  from ..models.v0040_partition_info_priority import V0040PartitionInfoPriority
  from ..models.v0040_partition_info_qos import V0040PartitionInfoQos
  from ..models.v0040_partition_info_timeouts import V0040PartitionInfoTimeouts
  from ..models.v0040_partition_info_tres import V0040PartitionInfoTres
  from ..models.v0040_uint_32_no_val import V0040Uint32NoVal





T = TypeVar("T", bound="V0040PartitionInfo")



@_attrs_define
class V0040PartitionInfo:
    """ 
        Attributes:
            accounts (V0040PartitionInfoAccounts | Unset):
            alternate (str | Unset): Alternate
            cluster (str | Unset): Cluster name
            cpus (V0040PartitionInfoCpus | Unset):
            defaults (V0040PartitionInfoDefaults | Unset):
            grace_time (int | Unset): GraceTime
            groups (V0040PartitionInfoGroups | Unset):
            maximums (V0040PartitionInfoMaximums | Unset):
            minimums (V0040PartitionInfoMinimums | Unset):
            name (str | Unset): PartitionName
            node_sets (str | Unset): NodeSets
            nodes (V0040PartitionInfoNodes | Unset):
            partition (V0040PartitionInfoPartition | Unset):
            priority (V0040PartitionInfoPriority | Unset):
            qos (V0040PartitionInfoQos | Unset):
            suspend_time (V0040Uint32NoVal | Unset): Integer number with flags
            timeouts (V0040PartitionInfoTimeouts | Unset):
            tres (V0040PartitionInfoTres | Unset):
     """

    accounts: V0040PartitionInfoAccounts | Unset = UNSET
    alternate: str | Unset = UNSET
    cluster: str | Unset = UNSET
    cpus: V0040PartitionInfoCpus | Unset = UNSET
    defaults: V0040PartitionInfoDefaults | Unset = UNSET
    grace_time: int | Unset = UNSET
    groups: V0040PartitionInfoGroups | Unset = UNSET
    maximums: V0040PartitionInfoMaximums | Unset = UNSET
    minimums: V0040PartitionInfoMinimums | Unset = UNSET
    name: str | Unset = UNSET
    node_sets: str | Unset = UNSET
    nodes: V0040PartitionInfoNodes | Unset = UNSET
    partition: V0040PartitionInfoPartition | Unset = UNSET
    priority: V0040PartitionInfoPriority | Unset = UNSET
    qos: V0040PartitionInfoQos | Unset = UNSET
    suspend_time: V0040Uint32NoVal | Unset = UNSET
    timeouts: V0040PartitionInfoTimeouts | Unset = UNSET
    tres: V0040PartitionInfoTres | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_partition_info_accounts import V0040PartitionInfoAccounts # noqa: PLC0415
        from ..models.v0040_partition_info_cpus import V0040PartitionInfoCpus # noqa: PLC0415
        from ..models.v0040_partition_info_defaults import V0040PartitionInfoDefaults # noqa: PLC0415
        from ..models.v0040_partition_info_groups import V0040PartitionInfoGroups # noqa: PLC0415
        from ..models.v0040_partition_info_maximums import V0040PartitionInfoMaximums # noqa: PLC0415
        from ..models.v0040_partition_info_minimums import V0040PartitionInfoMinimums # noqa: PLC0415
        from ..models.v0040_partition_info_nodes import V0040PartitionInfoNodes # noqa: PLC0415
        from ..models.v0040_partition_info_partition import V0040PartitionInfoPartition # noqa: PLC0415
        from ..models.v0040_partition_info_priority import V0040PartitionInfoPriority # noqa: PLC0415
        from ..models.v0040_partition_info_qos import V0040PartitionInfoQos # noqa: PLC0415
        from ..models.v0040_partition_info_timeouts import V0040PartitionInfoTimeouts # noqa: PLC0415
        from ..models.v0040_partition_info_tres import V0040PartitionInfoTres # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
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

        priority: dict[str, Any] | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.to_dict()

        qos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = self.qos.to_dict()

        suspend_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suspend_time, Unset):
            suspend_time = self.suspend_time.to_dict()

        timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeouts, Unset):
            timeouts = self.timeouts.to_dict()

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
        if suspend_time is not UNSET:
            field_dict["suspend_time"] = suspend_time
        if timeouts is not UNSET:
            field_dict["timeouts"] = timeouts
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0040_partition_info_accounts import V0040PartitionInfoAccounts # noqa: PLC0415
        from ..models.v0040_partition_info_cpus import V0040PartitionInfoCpus # noqa: PLC0415
        from ..models.v0040_partition_info_defaults import V0040PartitionInfoDefaults # noqa: PLC0415
        from ..models.v0040_partition_info_groups import V0040PartitionInfoGroups # noqa: PLC0415
        from ..models.v0040_partition_info_maximums import V0040PartitionInfoMaximums # noqa: PLC0415
        from ..models.v0040_partition_info_minimums import V0040PartitionInfoMinimums # noqa: PLC0415
        from ..models.v0040_partition_info_nodes import V0040PartitionInfoNodes # noqa: PLC0415
        from ..models.v0040_partition_info_partition import V0040PartitionInfoPartition # noqa: PLC0415
        from ..models.v0040_partition_info_priority import V0040PartitionInfoPriority # noqa: PLC0415
        from ..models.v0040_partition_info_qos import V0040PartitionInfoQos # noqa: PLC0415
        from ..models.v0040_partition_info_timeouts import V0040PartitionInfoTimeouts # noqa: PLC0415
        from ..models.v0040_partition_info_tres import V0040PartitionInfoTres # noqa: PLC0415
        from ..models.v0040_uint_32_no_val import V0040Uint32NoVal # noqa: PLC0415
        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: V0040PartitionInfoAccounts | Unset
        if isinstance(_accounts,  Unset):
            accounts = UNSET
        else:
            accounts = V0040PartitionInfoAccounts.from_dict(_accounts)




        alternate = d.pop("alternate", UNSET)

        cluster = d.pop("cluster", UNSET)

        _cpus = d.pop("cpus", UNSET)
        cpus: V0040PartitionInfoCpus | Unset
        if isinstance(_cpus,  Unset):
            cpus = UNSET
        else:
            cpus = V0040PartitionInfoCpus.from_dict(_cpus)




        _defaults = d.pop("defaults", UNSET)
        defaults: V0040PartitionInfoDefaults | Unset
        if isinstance(_defaults,  Unset):
            defaults = UNSET
        else:
            defaults = V0040PartitionInfoDefaults.from_dict(_defaults)




        grace_time = d.pop("grace_time", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: V0040PartitionInfoGroups | Unset
        if isinstance(_groups,  Unset):
            groups = UNSET
        else:
            groups = V0040PartitionInfoGroups.from_dict(_groups)




        _maximums = d.pop("maximums", UNSET)
        maximums: V0040PartitionInfoMaximums | Unset
        if isinstance(_maximums,  Unset):
            maximums = UNSET
        else:
            maximums = V0040PartitionInfoMaximums.from_dict(_maximums)




        _minimums = d.pop("minimums", UNSET)
        minimums: V0040PartitionInfoMinimums | Unset
        if isinstance(_minimums,  Unset):
            minimums = UNSET
        else:
            minimums = V0040PartitionInfoMinimums.from_dict(_minimums)




        name = d.pop("name", UNSET)

        node_sets = d.pop("node_sets", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: V0040PartitionInfoNodes | Unset
        if isinstance(_nodes,  Unset):
            nodes = UNSET
        else:
            nodes = V0040PartitionInfoNodes.from_dict(_nodes)




        _partition = d.pop("partition", UNSET)
        partition: V0040PartitionInfoPartition | Unset
        if isinstance(_partition,  Unset):
            partition = UNSET
        else:
            partition = V0040PartitionInfoPartition.from_dict(_partition)




        _priority = d.pop("priority", UNSET)
        priority: V0040PartitionInfoPriority | Unset
        if isinstance(_priority,  Unset):
            priority = UNSET
        else:
            priority = V0040PartitionInfoPriority.from_dict(_priority)




        _qos = d.pop("qos", UNSET)
        qos: V0040PartitionInfoQos | Unset
        if isinstance(_qos,  Unset):
            qos = UNSET
        else:
            qos = V0040PartitionInfoQos.from_dict(_qos)




        _suspend_time = d.pop("suspend_time", UNSET)
        suspend_time: V0040Uint32NoVal | Unset
        if isinstance(_suspend_time,  Unset):
            suspend_time = UNSET
        else:
            suspend_time = V0040Uint32NoVal.from_dict(_suspend_time)




        _timeouts = d.pop("timeouts", UNSET)
        timeouts: V0040PartitionInfoTimeouts | Unset
        if isinstance(_timeouts,  Unset):
            timeouts = UNSET
        else:
            timeouts = V0040PartitionInfoTimeouts.from_dict(_timeouts)




        _tres = d.pop("tres", UNSET)
        tres: V0040PartitionInfoTres | Unset
        if isinstance(_tres,  Unset):
            tres = UNSET
        else:
            tres = V0040PartitionInfoTres.from_dict(_tres)




        v0040_partition_info = cls(
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
            suspend_time=suspend_time,
            timeouts=timeouts,
            tres=tres,
        )


        v0040_partition_info.additional_properties = d
        return v0040_partition_info

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
