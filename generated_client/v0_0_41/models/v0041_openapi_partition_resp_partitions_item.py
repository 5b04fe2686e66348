from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_partition_resp_partitions_item_accounts import V0041OpenapiPartitionRespPartitionsItemAccounts
  from ..models.v0041_openapi_partition_resp_partitions_item_cpus import V0041OpenapiPartitionRespPartitionsItemCpus
  from ..models.v0041_openapi_partition_resp_partitions_item_defaults import V0041OpenapiPartitionRespPartitionsItemDefaults
  from ..models.v0041_openapi_partition_resp_partitions_item_groups import V0041OpenapiPartitionRespPartitionsItemGroups
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums import V0041OpenapiPartitionRespPartitionsItemMaximums
  from ..models.v0041_openapi_partition_resp_partitions_item_minimums import V0041OpenapiPartitionRespPartitionsItemMinimums
  from ..models.v0041_openapi_partition_resp_partitions_item_nodes import V0041OpenapiPartitionRespPartitionsItemNodes
  from ..models.v0041_openapi_partition_resp_partitions_item_partition import V0041OpenapiPartitionRespPartitionsItemPartition
  from ..models.v0041_openapi_partition_resp_partitions_item_priority import V0041OpenapiPartitionRespPartitionsItemPriority
  from ..models.v0041_openapi_partition_resp_partitions_item_qos import V0041OpenapiPartitionRespPartitionsItemQos
  from ..models.v0041_openapi_partition_resp_partitions_item_suspend_time import V0041OpenapiPartitionRespPartitionsItemSuspendTime
  from ..models.v0041_openapi_partition_resp_partitions_item_timeouts import V0041OpenapiPartitionRespPartitionsItemTimeouts
  from ..models.v0041_openapi_partition_resp_partitions_item_tres import V0041OpenapiPartitionRespPartitionsItemTres





T = TypeVar("T", bound="V0041OpenapiPartitionRespPartitionsItem")



@_attrs_define
class V0041OpenapiPartitionRespPartitionsItem:
    """ 
        Attributes:
            accounts (V0041OpenapiPartitionRespPartitionsItemAccounts | Unset):
            alternate (str | Unset): Alternate
            cluster (str | Unset): Cluster name
            cpus (V0041OpenapiPartitionRespPartitionsItemCpus | Unset):
            defaults (V0041OpenapiPartitionRespPartitionsItemDefaults | Unset):
            grace_time (int | Unset): GraceTime
            groups (V0041OpenapiPartitionRespPartitionsItemGroups | Unset):
            maximums (V0041OpenapiPartitionRespPartitionsItemMaximums | Unset):
            minimums (V0041OpenapiPartitionRespPartitionsItemMinimums | Unset):
            name (str | Unset): PartitionName
            node_sets (str | Unset): NodeSets
            nodes (V0041OpenapiPartitionRespPartitionsItemNodes | Unset):
            partition (V0041OpenapiPartitionRespPartitionsItemPartition | Unset):
            priority (V0041OpenapiPartitionRespPartitionsItemPriority | Unset):
            qos (V0041OpenapiPartitionRespPartitionsItemQos | Unset):
            select_type (list[str] | Unset): Scheduler consumable resource selection type
            suspend_time (V0041OpenapiPartitionRespPartitionsItemSuspendTime | Unset): SuspendTime (GLOBAL if both set and
                infinite are false)
            timeouts (V0041OpenapiPartitionRespPartitionsItemTimeouts | Unset):
            tres (V0041OpenapiPartitionRespPartitionsItemTres | Unset):
     """

    accounts: V0041OpenapiPartitionRespPartitionsItemAccounts | Unset = UNSET
    alternate: str | Unset = UNSET
    cluster: str | Unset = UNSET
    cpus: V0041OpenapiPartitionRespPartitionsItemCpus | Unset = UNSET
    defaults: V0041OpenapiPartitionRespPartitionsItemDefaults | Unset = UNSET
    grace_time: int | Unset = UNSET
    groups: V0041OpenapiPartitionRespPartitionsItemGroups | Unset = UNSET
    maximums: V0041OpenapiPartitionRespPartitionsItemMaximums | Unset = UNSET
    minimums: V0041OpenapiPartitionRespPartitionsItemMinimums | Unset = UNSET
    name: str | Unset = UNSET
    node_sets: str | Unset = UNSET
    nodes: V0041OpenapiPartitionRespPartitionsItemNodes | Unset = UNSET
    partition: V0041OpenapiPartitionRespPartitionsItemPartition | Unset = UNSET
    priority: V0041OpenapiPartitionRespPartitionsItemPriority | Unset = UNSET
    qos: V0041OpenapiPartitionRespPartitionsItemQos | Unset = UNSET
    select_type: list[str] | Unset = UNSET
    suspend_time: V0041OpenapiPartitionRespPartitionsItemSuspendTime | Unset = UNSET
    timeouts: V0041OpenapiPartitionRespPartitionsItemTimeouts | Unset = UNSET
    tres: V0041OpenapiPartitionRespPartitionsItemTres | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_partition_resp_partitions_item_accounts import V0041OpenapiPartitionRespPartitionsItemAccounts # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_cpus import V0041OpenapiPartitionRespPartitionsItemCpus # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_defaults import V0041OpenapiPartitionRespPartitionsItemDefaults # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_groups import V0041OpenapiPartitionRespPartitionsItemGroups # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums import V0041OpenapiPartitionRespPartitionsItemMaximums # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_minimums import V0041OpenapiPartitionRespPartitionsItemMinimums # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_nodes import V0041OpenapiPartitionRespPartitionsItemNodes # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_partition import V0041OpenapiPartitionRespPartitionsItemPartition # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_priority import V0041OpenapiPartitionRespPartitionsItemPriority # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_qos import V0041OpenapiPartitionRespPartitionsItemQos # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_suspend_time import V0041OpenapiPartitionRespPartitionsItemSuspendTime # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts import V0041OpenapiPartitionRespPartitionsItemTimeouts # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_tres import V0041OpenapiPartitionRespPartitionsItemTres # noqa: PLC0415
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

        select_type: list[str] | Unset = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type



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
        if select_type is not UNSET:
            field_dict["select_type"] = select_type
        if suspend_time is not UNSET:
            field_dict["suspend_time"] = suspend_time
        if timeouts is not UNSET:
            field_dict["timeouts"] = timeouts
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_partition_resp_partitions_item_accounts import V0041OpenapiPartitionRespPartitionsItemAccounts # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_cpus import V0041OpenapiPartitionRespPartitionsItemCpus # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_defaults import V0041OpenapiPartitionRespPartitionsItemDefaults # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_groups import V0041OpenapiPartitionRespPartitionsItemGroups # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums import V0041OpenapiPartitionRespPartitionsItemMaximums # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_minimums import V0041OpenapiPartitionRespPartitionsItemMinimums # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_nodes import V0041OpenapiPartitionRespPartitionsItemNodes # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_partition import V0041OpenapiPartitionRespPartitionsItemPartition # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_priority import V0041OpenapiPartitionRespPartitionsItemPriority # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_qos import V0041OpenapiPartitionRespPartitionsItemQos # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_suspend_time import V0041OpenapiPartitionRespPartitionsItemSuspendTime # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts import V0041OpenapiPartitionRespPartitionsItemTimeouts # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_tres import V0041OpenapiPartitionRespPartitionsItemTres # noqa: PLC0415
        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: V0041OpenapiPartitionRespPartitionsItemAccounts | Unset
        if isinstance(_accounts,  Unset):
            accounts = UNSET
        else:
            accounts = V0041OpenapiPartitionRespPartitionsItemAccounts.from_dict(_accounts)




        alternate = d.pop("alternate", UNSET)

        cluster = d.pop("cluster", UNSET)

        _cpus = d.pop("cpus", UNSET)
        cpus: V0041OpenapiPartitionRespPartitionsItemCpus | Unset
        if isinstance(_cpus,  Unset):
            cpus = UNSET
        else:
            cpus = V0041OpenapiPartitionRespPartitionsItemCpus.from_dict(_cpus)




        _defaults = d.pop("defaults", UNSET)
        defaults: V0041OpenapiPartitionRespPartitionsItemDefaults | Unset
        if isinstance(_defaults,  Unset):
            defaults = UNSET
        else:
            defaults = V0041OpenapiPartitionRespPartitionsItemDefaults.from_dict(_defaults)




        grace_time = d.pop("grace_time", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: V0041OpenapiPartitionRespPartitionsItemGroups | Unset
        if isinstance(_groups,  Unset):
            groups = UNSET
        else:
            groups = V0041OpenapiPartitionRespPartitionsItemGroups.from_dict(_groups)




        _maximums = d.pop("maximums", UNSET)
        maximums: V0041OpenapiPartitionRespPartitionsItemMaximums | Unset
        if isinstance(_maximums,  Unset):
            maximums = UNSET
        else:
            maximums = V0041OpenapiPartitionRespPartitionsItemMaximums.from_dict(_maximums)




        _minimums = d.pop("minimums", UNSET)
        minimums: V0041OpenapiPartitionRespPartitionsItemMinimums | Unset
        if isinstance(_minimums,  Unset):
            minimums = UNSET
        else:
            minimums = V0041OpenapiPartitionRespPartitionsItemMinimums.from_dict(_minimums)




        name = d.pop("name", UNSET)

        node_sets = d.pop("node_sets", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: V0041OpenapiPartitionRespPartitionsItemNodes | Unset
        if isinstance(_nodes,  Unset):
            nodes = UNSET
        else:
            nodes = V0041OpenapiPartitionRespPartitionsItemNodes.from_dict(_nodes)




        _partition = d.pop("partition", UNSET)
        partition: V0041OpenapiPartitionRespPartitionsItemPartition | Unset
        if isinstance(_partition,  Unset):
            partition = UNSET
        else:
            partition = V0041OpenapiPartitionRespPartitionsItemPartition.from_dict(_partition)




        _priority = d.pop("priority", UNSET)
        priority: V0041OpenapiPartitionRespPartitionsItemPriority | Unset
        if isinstance(_priority,  Unset):
            priority = UNSET
        else:
            priority = V0041OpenapiPartitionRespPartitionsItemPriority.from_dict(_priority)




        _qos = d.pop("qos", UNSET)
        qos: V0041OpenapiPartitionRespPartitionsItemQos | Unset
        if isinstance(_qos,  Unset):
            qos = UNSET
        else:
            qos = V0041OpenapiPartitionRespPartitionsItemQos.from_dict(_qos)




        select_type = cast(list[str], d.pop("select_type", UNSET))


        _suspend_time = d.pop("suspend_time", UNSET)
        suspend_time: V0041OpenapiPartitionRespPartitionsItemSuspendTime | Unset
        if isinstance(_suspend_time,  Unset):
            suspend_time = UNSET
        else:
            suspend_time = V0041OpenapiPartitionRespPartitionsItemSuspendTime.from_dict(_suspend_time)




        _timeouts = d.pop("timeouts", UNSET)
        timeouts: V0041OpenapiPartitionRespPartitionsItemTimeouts | Unset
        if isinstance(_timeouts,  Unset):
            timeouts = UNSET
        else:
            timeouts = V0041OpenapiPartitionRespPartitionsItemTimeouts.from_dict(_timeouts)




        _tres = d.pop("tres", UNSET)
        tres: V0041OpenapiPartitionRespPartitionsItemTres | Unset
        if isinstance(_tres,  Unset):
            tres = UNSET
        else:
            tres = V0041OpenapiPartitionRespPartitionsItemTres.from_dict(_tres)




        v0041_openapi_partition_resp_partitions_item = cls(
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
            tres=tres,
        )


        v0041_openapi_partition_resp_partitions_item.additional_properties = d
        return v0041_openapi_partition_resp_partitions_item

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
