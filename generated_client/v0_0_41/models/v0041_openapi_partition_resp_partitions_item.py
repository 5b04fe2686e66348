from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_partition_resp_partitions_item_accounts_type_0 import V0041OpenapiPartitionRespPartitionsItemAccountsType0
  from ..models.v0041_openapi_partition_resp_partitions_item_cpus_type_0 import V0041OpenapiPartitionRespPartitionsItemCpusType0
  from ..models.v0041_openapi_partition_resp_partitions_item_defaults_type_0 import V0041OpenapiPartitionRespPartitionsItemDefaultsType0
  from ..models.v0041_openapi_partition_resp_partitions_item_groups_type_0 import V0041OpenapiPartitionRespPartitionsItemGroupsType0
  from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0
  from ..models.v0041_openapi_partition_resp_partitions_item_minimums_type_0 import V0041OpenapiPartitionRespPartitionsItemMinimumsType0
  from ..models.v0041_openapi_partition_resp_partitions_item_nodes_type_0 import V0041OpenapiPartitionRespPartitionsItemNodesType0
  from ..models.v0041_openapi_partition_resp_partitions_item_partition_type_0 import V0041OpenapiPartitionRespPartitionsItemPartitionType0
  from ..models.v0041_openapi_partition_resp_partitions_item_priority_type_0 import V0041OpenapiPartitionRespPartitionsItemPriorityType0
  from ..models.v0041_openapi_partition_resp_partitions_item_qos_type_0 import V0041OpenapiPartitionRespPartitionsItemQosType0
  from ..models.v0041_openapi_partition_resp_partitions_item_suspend_time_type_0 import V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0
  from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0
  from ..models.v0041_openapi_partition_resp_partitions_item_tres_type_0 import V0041OpenapiPartitionRespPartitionsItemTresType0





T = TypeVar("T", bound="V0041OpenapiPartitionRespPartitionsItem")



@_attrs_define
class V0041OpenapiPartitionRespPartitionsItem:
    """ 
        Attributes:
            accounts (None | Unset | V0041OpenapiPartitionRespPartitionsItemAccountsType0):
            alternate (str | Unset): Alternate
            cluster (str | Unset): Cluster name
            cpus (None | Unset | V0041OpenapiPartitionRespPartitionsItemCpusType0):
            defaults (None | Unset | V0041OpenapiPartitionRespPartitionsItemDefaultsType0):
            grace_time (int | Unset): GraceTime
            groups (None | Unset | V0041OpenapiPartitionRespPartitionsItemGroupsType0):
            maximums (None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0):
            minimums (None | Unset | V0041OpenapiPartitionRespPartitionsItemMinimumsType0):
            name (str | Unset): PartitionName
            node_sets (str | Unset): NodeSets
            nodes (None | Unset | V0041OpenapiPartitionRespPartitionsItemNodesType0):
            partition (None | Unset | V0041OpenapiPartitionRespPartitionsItemPartitionType0):
            priority (None | Unset | V0041OpenapiPartitionRespPartitionsItemPriorityType0):
            qos (None | Unset | V0041OpenapiPartitionRespPartitionsItemQosType0):
            select_type (list[str] | Unset): Scheduler consumable resource selection type
            suspend_time (None | Unset | V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0): SuspendTime (GLOBAL if
                both set and infinite are false)
            timeouts (None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0):
            tres (None | Unset | V0041OpenapiPartitionRespPartitionsItemTresType0):
     """

    accounts: None | Unset | V0041OpenapiPartitionRespPartitionsItemAccountsType0 = UNSET
    alternate: str | Unset = UNSET
    cluster: str | Unset = UNSET
    cpus: None | Unset | V0041OpenapiPartitionRespPartitionsItemCpusType0 = UNSET
    defaults: None | Unset | V0041OpenapiPartitionRespPartitionsItemDefaultsType0 = UNSET
    grace_time: int | Unset = UNSET
    groups: None | Unset | V0041OpenapiPartitionRespPartitionsItemGroupsType0 = UNSET
    maximums: None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0 = UNSET
    minimums: None | Unset | V0041OpenapiPartitionRespPartitionsItemMinimumsType0 = UNSET
    name: str | Unset = UNSET
    node_sets: str | Unset = UNSET
    nodes: None | Unset | V0041OpenapiPartitionRespPartitionsItemNodesType0 = UNSET
    partition: None | Unset | V0041OpenapiPartitionRespPartitionsItemPartitionType0 = UNSET
    priority: None | Unset | V0041OpenapiPartitionRespPartitionsItemPriorityType0 = UNSET
    qos: None | Unset | V0041OpenapiPartitionRespPartitionsItemQosType0 = UNSET
    select_type: list[str] | Unset = UNSET
    suspend_time: None | Unset | V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0 = UNSET
    timeouts: None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0 = UNSET
    tres: None | Unset | V0041OpenapiPartitionRespPartitionsItemTresType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_partition_resp_partitions_item_accounts_type_0 import V0041OpenapiPartitionRespPartitionsItemAccountsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_cpus_type_0 import V0041OpenapiPartitionRespPartitionsItemCpusType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_defaults_type_0 import V0041OpenapiPartitionRespPartitionsItemDefaultsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_groups_type_0 import V0041OpenapiPartitionRespPartitionsItemGroupsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_minimums_type_0 import V0041OpenapiPartitionRespPartitionsItemMinimumsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_nodes_type_0 import V0041OpenapiPartitionRespPartitionsItemNodesType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_partition_type_0 import V0041OpenapiPartitionRespPartitionsItemPartitionType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_priority_type_0 import V0041OpenapiPartitionRespPartitionsItemPriorityType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_qos_type_0 import V0041OpenapiPartitionRespPartitionsItemQosType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_suspend_time_type_0 import V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_tres_type_0 import V0041OpenapiPartitionRespPartitionsItemTresType0 # noqa: PLC0415
        accounts: dict[str, Any] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, V0041OpenapiPartitionRespPartitionsItemAccountsType0):
            accounts = self.accounts.to_dict()
        else:
            accounts = self.accounts

        alternate = self.alternate

        cluster = self.cluster

        cpus: dict[str, Any] | None | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        elif isinstance(self.cpus, V0041OpenapiPartitionRespPartitionsItemCpusType0):
            cpus = self.cpus.to_dict()
        else:
            cpus = self.cpus

        defaults: dict[str, Any] | None | Unset
        if isinstance(self.defaults, Unset):
            defaults = UNSET
        elif isinstance(self.defaults, V0041OpenapiPartitionRespPartitionsItemDefaultsType0):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        grace_time = self.grace_time

        groups: dict[str, Any] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, V0041OpenapiPartitionRespPartitionsItemGroupsType0):
            groups = self.groups.to_dict()
        else:
            groups = self.groups

        maximums: dict[str, Any] | None | Unset
        if isinstance(self.maximums, Unset):
            maximums = UNSET
        elif isinstance(self.maximums, V0041OpenapiPartitionRespPartitionsItemMaximumsType0):
            maximums = self.maximums.to_dict()
        else:
            maximums = self.maximums

        minimums: dict[str, Any] | None | Unset
        if isinstance(self.minimums, Unset):
            minimums = UNSET
        elif isinstance(self.minimums, V0041OpenapiPartitionRespPartitionsItemMinimumsType0):
            minimums = self.minimums.to_dict()
        else:
            minimums = self.minimums

        name = self.name

        node_sets = self.node_sets

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, V0041OpenapiPartitionRespPartitionsItemNodesType0):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes

        partition: dict[str, Any] | None | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        elif isinstance(self.partition, V0041OpenapiPartitionRespPartitionsItemPartitionType0):
            partition = self.partition.to_dict()
        else:
            partition = self.partition

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, V0041OpenapiPartitionRespPartitionsItemPriorityType0):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        qos: dict[str, Any] | None | Unset
        if isinstance(self.qos, Unset):
            qos = UNSET
        elif isinstance(self.qos, V0041OpenapiPartitionRespPartitionsItemQosType0):
            qos = self.qos.to_dict()
        else:
            qos = self.qos

        select_type: list[str] | Unset = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type



        suspend_time: dict[str, Any] | None | Unset
        if isinstance(self.suspend_time, Unset):
            suspend_time = UNSET
        elif isinstance(self.suspend_time, V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0):
            suspend_time = self.suspend_time.to_dict()
        else:
            suspend_time = self.suspend_time

        timeouts: dict[str, Any] | None | Unset
        if isinstance(self.timeouts, Unset):
            timeouts = UNSET
        elif isinstance(self.timeouts, V0041OpenapiPartitionRespPartitionsItemTimeoutsType0):
            timeouts = self.timeouts.to_dict()
        else:
            timeouts = self.timeouts

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0041OpenapiPartitionRespPartitionsItemTresType0):
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
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_partition_resp_partitions_item_accounts_type_0 import V0041OpenapiPartitionRespPartitionsItemAccountsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_cpus_type_0 import V0041OpenapiPartitionRespPartitionsItemCpusType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_defaults_type_0 import V0041OpenapiPartitionRespPartitionsItemDefaultsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_groups_type_0 import V0041OpenapiPartitionRespPartitionsItemGroupsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_maximums_type_0 import V0041OpenapiPartitionRespPartitionsItemMaximumsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_minimums_type_0 import V0041OpenapiPartitionRespPartitionsItemMinimumsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_nodes_type_0 import V0041OpenapiPartitionRespPartitionsItemNodesType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_partition_type_0 import V0041OpenapiPartitionRespPartitionsItemPartitionType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_priority_type_0 import V0041OpenapiPartitionRespPartitionsItemPriorityType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_qos_type_0 import V0041OpenapiPartitionRespPartitionsItemQosType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_suspend_time_type_0 import V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_timeouts_type_0 import V0041OpenapiPartitionRespPartitionsItemTimeoutsType0 # noqa: PLC0415
        from ..models.v0041_openapi_partition_resp_partitions_item_tres_type_0 import V0041OpenapiPartitionRespPartitionsItemTresType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accounts(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemAccountsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounts_type_0 = V0041OpenapiPartitionRespPartitionsItemAccountsType0.from_dict(data)



                return accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemAccountsType0, data)

        accounts = _parse_accounts(d.pop("accounts", UNSET))


        alternate = d.pop("alternate", UNSET)

        cluster = d.pop("cluster", UNSET)

        def _parse_cpus(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemCpusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_type_0 = V0041OpenapiPartitionRespPartitionsItemCpusType0.from_dict(data)



                return cpus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemCpusType0, data)

        cpus = _parse_cpus(d.pop("cpus", UNSET))


        def _parse_defaults(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemDefaultsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_0 = V0041OpenapiPartitionRespPartitionsItemDefaultsType0.from_dict(data)



                return defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemDefaultsType0, data)

        defaults = _parse_defaults(d.pop("defaults", UNSET))


        grace_time = d.pop("grace_time", UNSET)

        def _parse_groups(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemGroupsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                groups_type_0 = V0041OpenapiPartitionRespPartitionsItemGroupsType0.from_dict(data)



                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemGroupsType0, data)

        groups = _parse_groups(d.pop("groups", UNSET))


        def _parse_maximums(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maximums_type_0 = V0041OpenapiPartitionRespPartitionsItemMaximumsType0.from_dict(data)



                return maximums_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMaximumsType0, data)

        maximums = _parse_maximums(d.pop("maximums", UNSET))


        def _parse_minimums(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemMinimumsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minimums_type_0 = V0041OpenapiPartitionRespPartitionsItemMinimumsType0.from_dict(data)



                return minimums_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemMinimumsType0, data)

        minimums = _parse_minimums(d.pop("minimums", UNSET))


        name = d.pop("name", UNSET)

        node_sets = d.pop("node_sets", UNSET)

        def _parse_nodes(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemNodesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = V0041OpenapiPartitionRespPartitionsItemNodesType0.from_dict(data)



                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemNodesType0, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))


        def _parse_partition(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemPartitionType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partition_type_0 = V0041OpenapiPartitionRespPartitionsItemPartitionType0.from_dict(data)



                return partition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemPartitionType0, data)

        partition = _parse_partition(d.pop("partition", UNSET))


        def _parse_priority(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemPriorityType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = V0041OpenapiPartitionRespPartitionsItemPriorityType0.from_dict(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemPriorityType0, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        def _parse_qos(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemQosType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qos_type_0 = V0041OpenapiPartitionRespPartitionsItemQosType0.from_dict(data)



                return qos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemQosType0, data)

        qos = _parse_qos(d.pop("qos", UNSET))


        select_type = cast(list[str], d.pop("select_type", UNSET))


        def _parse_suspend_time(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspend_time_type_0 = V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0.from_dict(data)



                return suspend_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemSuspendTimeType0, data)

        suspend_time = _parse_suspend_time(d.pop("suspend_time", UNSET))


        def _parse_timeouts(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timeouts_type_0 = V0041OpenapiPartitionRespPartitionsItemTimeoutsType0.from_dict(data)



                return timeouts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemTimeoutsType0, data)

        timeouts = _parse_timeouts(d.pop("timeouts", UNSET))


        def _parse_tres(data: object) -> None | Unset | V0041OpenapiPartitionRespPartitionsItemTresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0041OpenapiPartitionRespPartitionsItemTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiPartitionRespPartitionsItemTresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


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
