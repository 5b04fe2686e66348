from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="V0041OpenapiDiagRespStatisticsType0PendingRpcsByHostlistItem")



@_attrs_define
class V0041OpenapiDiagRespStatisticsType0PendingRpcsByHostlistItem:
    """ Pending RPCs by hostlist

        Attributes:
            count (list[str]): Number of RPCs received
            message_type (str): Message type as string
            type_id (int): Message type as integer
     """

    count: list[str]
    message_type: str
    type_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count = self.count



        message_type = self.message_type

        type_id = self.type_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "message_type": message_type,
            "type_id": type_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = cast(list[str], d.pop("count"))


        message_type = d.pop("message_type")

        type_id = d.pop("type_id")

        v0041_openapi_diag_resp_statistics_type_0_pending_rpcs_by_hostlist_item = cls(
            count=count,
            message_type=message_type,
            type_id=type_id,
        )


        v0041_openapi_diag_resp_statistics_type_0_pending_rpcs_by_hostlist_item.additional_properties = d
        return v0041_openapi_diag_resp_statistics_type_0_pending_rpcs_by_hostlist_item

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
