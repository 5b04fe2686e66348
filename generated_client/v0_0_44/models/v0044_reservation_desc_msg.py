from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_reservation_desc_msg_purge_completed_type_0 import V0044ReservationDescMsgPurgeCompletedType0
  from ..models.v0044_tres import V0044Tres
  from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct
  from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct





T = TypeVar("T", bound="V0044ReservationDescMsg")



@_attrs_define
class V0044ReservationDescMsg:
    """ 
        Attributes:
            accounts (list[str] | Unset):
            burst_buffer (str | Unset): BurstBuffer
            comment (str | Unset): Arbitrary string
            core_count (None | Unset | V0044Uint32NoValStruct): Number of cores to reserve (32 bit integer number with
                flags)
            duration (None | Unset | V0044Uint32NoValStruct): The length of a reservation in minutes (32 bit integer number
                with flags)
            end_time (None | Unset | V0044Uint64NoValStruct): EndTime (UNIX timestamp) (UNIX timestamp or time string
                recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number
                with flags)
            features (str | Unset): Requested node features. Multiple values may be "&" separated if all features are
                required (AND operation) or separated by "|" if any of the specified features are required (OR operation).
                Parenthesis are also supported for features to be ANDed together with counts of nodes having the specified
                features.
            flags (list[str] | Unset): Flags associated with this reservation. Note, to remove flags use "NO_" prefixed flag
                excluding NO_HOLD_JOBS_AFTER_END
            groups (list[str] | Unset):
            licenses (list[str] | Unset):
            max_start_delay (None | Unset | V0044Uint32NoValStruct): MaxStartDelay in seconds (32 bit integer number with
                flags)
            name (str | Unset): ReservationName
            node_count (None | Unset | V0044Uint32NoValStruct): NodeCnt (32 bit integer number with flags)
            node_list (list[str] | Unset):
            partition (str | Unset): Partition used to reserve nodes from. This will attempt to allocate all nodes in the
                specified partition unless you request fewer resources than are available with core_cnt, node_cnt or tres.
            purge_completed (None | Unset | V0044ReservationDescMsgPurgeCompletedType0):
            start_time (None | Unset | V0044Uint64NoValStruct): StartTime (UNIX timestamp) (UNIX timestamp or time string
                recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number
                with flags)
            tres (list[V0044Tres] | Unset):
            users (list[str] | Unset):
     """

    accounts: list[str] | Unset = UNSET
    burst_buffer: str | Unset = UNSET
    comment: str | Unset = UNSET
    core_count: None | Unset | V0044Uint32NoValStruct = UNSET
    duration: None | Unset | V0044Uint32NoValStruct = UNSET
    end_time: None | Unset | V0044Uint64NoValStruct = UNSET
    features: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    licenses: list[str] | Unset = UNSET
    max_start_delay: None | Unset | V0044Uint32NoValStruct = UNSET
    name: str | Unset = UNSET
    node_count: None | Unset | V0044Uint32NoValStruct = UNSET
    node_list: list[str] | Unset = UNSET
    partition: str | Unset = UNSET
    purge_completed: None | Unset | V0044ReservationDescMsgPurgeCompletedType0 = UNSET
    start_time: None | Unset | V0044Uint64NoValStruct = UNSET
    tres: list[V0044Tres] | Unset = UNSET
    users: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_reservation_desc_msg_purge_completed_type_0 import V0044ReservationDescMsgPurgeCompletedType0 # noqa: PLC0415
        from ..models.v0044_tres import V0044Tres # noqa: PLC0415
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct # noqa: PLC0415
        accounts: list[str] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts



        burst_buffer = self.burst_buffer

        comment = self.comment

        core_count: dict[str, Any] | None | Unset
        if isinstance(self.core_count, Unset):
            core_count = UNSET
        elif isinstance(self.core_count, V0044Uint32NoValStruct):
            core_count = self.core_count.to_dict()
        else:
            core_count = self.core_count

        duration: dict[str, Any] | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, V0044Uint32NoValStruct):
            duration = self.duration.to_dict()
        else:
            duration = self.duration

        end_time: dict[str, Any] | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, V0044Uint64NoValStruct):
            end_time = self.end_time.to_dict()
        else:
            end_time = self.end_time

        features = self.features

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups



        licenses: list[str] | Unset = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = self.licenses



        max_start_delay: dict[str, Any] | None | Unset
        if isinstance(self.max_start_delay, Unset):
            max_start_delay = UNSET
        elif isinstance(self.max_start_delay, V0044Uint32NoValStruct):
            max_start_delay = self.max_start_delay.to_dict()
        else:
            max_start_delay = self.max_start_delay

        name = self.name

        node_count: dict[str, Any] | None | Unset
        if isinstance(self.node_count, Unset):
            node_count = UNSET
        elif isinstance(self.node_count, V0044Uint32NoValStruct):
            node_count = self.node_count.to_dict()
        else:
            node_count = self.node_count

        node_list: list[str] | Unset = UNSET
        if not isinstance(self.node_list, Unset):
            node_list = self.node_list



        partition = self.partition

        purge_completed: dict[str, Any] | None | Unset
        if isinstance(self.purge_completed, Unset):
            purge_completed = UNSET
        elif isinstance(self.purge_completed, V0044ReservationDescMsgPurgeCompletedType0):
            purge_completed = self.purge_completed.to_dict()
        else:
            purge_completed = self.purge_completed

        start_time: dict[str, Any] | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, V0044Uint64NoValStruct):
            start_time = self.start_time.to_dict()
        else:
            start_time = self.start_time

        tres: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tres, Unset):
            tres = []
            for componentsschemasv0_0_44_tres_list_item_data in self.tres:
                componentsschemasv0_0_44_tres_list_item = componentsschemasv0_0_44_tres_list_item_data.to_dict()
                tres.append(componentsschemasv0_0_44_tres_list_item)



        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if comment is not UNSET:
            field_dict["comment"] = comment
        if core_count is not UNSET:
            field_dict["core_count"] = core_count
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if features is not UNSET:
            field_dict["features"] = features
        if flags is not UNSET:
            field_dict["flags"] = flags
        if groups is not UNSET:
            field_dict["groups"] = groups
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if max_start_delay is not UNSET:
            field_dict["max_start_delay"] = max_start_delay
        if name is not UNSET:
            field_dict["name"] = name
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if node_list is not UNSET:
            field_dict["node_list"] = node_list
        if partition is not UNSET:
            field_dict["partition"] = partition
        if purge_completed is not UNSET:
            field_dict["purge_completed"] = purge_completed
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if tres is not UNSET:
            field_dict["tres"] = tres
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_reservation_desc_msg_purge_completed_type_0 import V0044ReservationDescMsgPurgeCompletedType0 # noqa: PLC0415
        from ..models.v0044_tres import V0044Tres # noqa: PLC0415
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        accounts = cast(list[str], d.pop("accounts", UNSET))


        burst_buffer = d.pop("burst_buffer", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_core_count(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                core_count_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return core_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        core_count = _parse_core_count(d.pop("core_count", UNSET))


        def _parse_duration(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duration_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        duration = _parse_duration(d.pop("duration", UNSET))


        def _parse_end_time(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_time_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))


        features = d.pop("features", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        groups = cast(list[str], d.pop("groups", UNSET))


        licenses = cast(list[str], d.pop("licenses", UNSET))


        def _parse_max_start_delay(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_start_delay_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return max_start_delay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        max_start_delay = _parse_max_start_delay(d.pop("max_start_delay", UNSET))


        name = d.pop("name", UNSET)

        def _parse_node_count(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_count_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return node_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        node_count = _parse_node_count(d.pop("node_count", UNSET))


        node_list = cast(list[str], d.pop("node_list", UNSET))


        partition = d.pop("partition", UNSET)

        def _parse_purge_completed(data: object) -> None | Unset | V0044ReservationDescMsgPurgeCompletedType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purge_completed_type_0 = V0044ReservationDescMsgPurgeCompletedType0.from_dict(data)



                return purge_completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044ReservationDescMsgPurgeCompletedType0, data)

        purge_completed = _parse_purge_completed(d.pop("purge_completed", UNSET))


        def _parse_start_time(data: object) -> None | Unset | V0044Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_time_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint64NoValStruct, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))


        _tres = d.pop("tres", UNSET)
        tres: list[V0044Tres] | Unset = UNSET
        if _tres is not UNSET:
            tres = []
            for componentsschemasv0_0_44_tres_list_item_data in _tres:
                componentsschemasv0_0_44_tres_list_item = V0044Tres.from_dict(componentsschemasv0_0_44_tres_list_item_data)



                tres.append(componentsschemasv0_0_44_tres_list_item)


        users = cast(list[str], d.pop("users", UNSET))


        v0044_reservation_desc_msg = cls(
            accounts=accounts,
            burst_buffer=burst_buffer,
            comment=comment,
            core_count=core_count,
            duration=duration,
            end_time=end_time,
            features=features,
            flags=flags,
            groups=groups,
            licenses=licenses,
            max_start_delay=max_start_delay,
            name=name,
            node_count=node_count,
            node_list=node_list,
            partition=partition,
            purge_completed=purge_completed,
            start_time=start_time,
            tres=tres,
            users=users,
        )


        v0044_reservation_desc_msg.additional_properties = d
        return v0044_reservation_desc_msg

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
