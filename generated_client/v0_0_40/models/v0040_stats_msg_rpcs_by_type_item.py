from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0040StatsMsgRpcsByTypeItem")



@_attrs_define
class V0040StatsMsgRpcsByTypeItem:
    """ RPC

        Attributes:
            average_time (int | Unset): Average time spent processing RPC in seconds
            count (int | Unset): Number of RPCs received
            message_type (str | Unset): Message type as string
            total_time (int | Unset): Total time spent processing RPC in seconds
            type_id (int | Unset): Message type as integer
     """

    average_time: int | Unset = UNSET
    count: int | Unset = UNSET
    message_type: str | Unset = UNSET
    total_time: int | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_time = self.average_time

        count = self.count

        message_type = self.message_type

        total_time = self.total_time

        type_id = self.type_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if average_time is not UNSET:
            field_dict["average_time"] = average_time
        if count is not UNSET:
            field_dict["count"] = count
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_time = d.pop("average_time", UNSET)

        count = d.pop("count", UNSET)

        message_type = d.pop("message_type", UNSET)

        total_time = d.pop("total_time", UNSET)

        type_id = d.pop("type_id", UNSET)

        v0040_stats_msg_rpcs_by_type_item = cls(
            average_time=average_time,
            count=count,
            message_type=message_type,
            total_time=total_time,
            type_id=type_id,
        )


        v0040_stats_msg_rpcs_by_type_item.additional_properties = d
        return v0040_stats_msg_rpcs_by_type_item

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
