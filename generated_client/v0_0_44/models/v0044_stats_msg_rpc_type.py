from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct





T = TypeVar("T", bound="V0044StatsMsgRpcType")



@_attrs_define
class V0044StatsMsgRpcType:
    """ 
        Attributes:
            average_time (None | V0044Uint64NoValStruct): Average time spent processing RPC in seconds (64 bit integer
                number with flags)
            count (int): Number of RPCs received
            cycle_last (int): Number of RPCs processed within the last RPC queue cycle
            cycle_max (int): Maximum number of RPCs processed within a RPC queue cycle since start
            dropped (int): Number of RPCs dropped
            message_type (str): Message type as string (Slurm RPC message type)
            queued (int): Number of RPCs queued
            total_time (int): Total time spent processing RPC in seconds
            type_id (int): Message type as integer
     """

    average_time: None | V0044Uint64NoValStruct
    count: int
    cycle_last: int
    cycle_max: int
    dropped: int
    message_type: str
    queued: int
    total_time: int
    type_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct # noqa: PLC0415
        average_time: dict[str, Any] | None
        if isinstance(self.average_time, V0044Uint64NoValStruct):
            average_time = self.average_time.to_dict()
        else:
            average_time = self.average_time

        count = self.count

        cycle_last = self.cycle_last

        cycle_max = self.cycle_max

        dropped = self.dropped

        message_type = self.message_type

        queued = self.queued

        total_time = self.total_time

        type_id = self.type_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_time": average_time,
            "count": count,
            "cycle_last": cycle_last,
            "cycle_max": cycle_max,
            "dropped": dropped,
            "message_type": message_type,
            "queued": queued,
            "total_time": total_time,
            "type_id": type_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_uint_64_no_val_struct import V0044Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_average_time(data: object) -> None | V0044Uint64NoValStruct:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                average_time_type_0 = V0044Uint64NoValStruct.from_dict(data)



                return average_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0044Uint64NoValStruct, data)

        average_time = _parse_average_time(d.pop("average_time"))


        count = d.pop("count")

        cycle_last = d.pop("cycle_last")

        cycle_max = d.pop("cycle_max")

        dropped = d.pop("dropped")

        message_type = d.pop("message_type")

        queued = d.pop("queued")

        total_time = d.pop("total_time")

        type_id = d.pop("type_id")

        v0044_stats_msg_rpc_type = cls(
            average_time=average_time,
            count=count,
            cycle_last=cycle_last,
            cycle_max=cycle_max,
            dropped=dropped,
            message_type=message_type,
            queued=queued,
            total_time=total_time,
            type_id=type_id,
        )


        v0044_stats_msg_rpc_type.additional_properties = d
        return v0044_stats_msg_rpc_type

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
