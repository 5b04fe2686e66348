from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_diag_resp_statistics_type_0_rpcs_by_user_item_average_time_type_0 import V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0





T = TypeVar("T", bound="V0041OpenapiDiagRespStatisticsType0RpcsByUserItem")



@_attrs_define
class V0041OpenapiDiagRespStatisticsType0RpcsByUserItem:
    """ RPCs by user

        Attributes:
            average_time (None | V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0): Average time spent
                processing RPC in seconds
            count (int): Number of RPCs received
            total_time (int): Total time spent processing RPC in seconds
            user (str): User name
            user_id (int): User ID (numeric)
     """

    average_time: None | V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0
    count: int
    total_time: int
    user: str
    user_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_diag_resp_statistics_type_0_rpcs_by_user_item_average_time_type_0 import V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0 # noqa: PLC0415
        average_time: dict[str, Any] | None
        if isinstance(self.average_time, V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0):
            average_time = self.average_time.to_dict()
        else:
            average_time = self.average_time

        count = self.count

        total_time = self.total_time

        user = self.user

        user_id = self.user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_time": average_time,
            "count": count,
            "total_time": total_time,
            "user": user,
            "user_id": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_diag_resp_statistics_type_0_rpcs_by_user_item_average_time_type_0 import V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_average_time(data: object) -> None | V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                average_time_type_0 = V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0.from_dict(data)



                return average_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0041OpenapiDiagRespStatisticsType0RpcsByUserItemAverageTimeType0, data)

        average_time = _parse_average_time(d.pop("average_time"))


        count = d.pop("count")

        total_time = d.pop("total_time")

        user = d.pop("user")

        user_id = d.pop("user_id")

        v0041_openapi_diag_resp_statistics_type_0_rpcs_by_user_item = cls(
            average_time=average_time,
            count=count,
            total_time=total_time,
            user=user,
            user_id=user_id,
        )


        v0041_openapi_diag_resp_statistics_type_0_rpcs_by_user_item.additional_properties = d
        return v0041_openapi_diag_resp_statistics_type_0_rpcs_by_user_item

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
