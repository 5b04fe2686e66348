from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_stats_rpc_time_type_0 import V0044StatsRpcTimeType0





T = TypeVar("T", bound="V0044StatsRpc")



@_attrs_define
class V0044StatsRpc:
    """ 
        Attributes:
            count (int | Unset): Number of RPCs processed
            rpc (str | Unset): RPC type
            time (None | Unset | V0044StatsRpcTimeType0):
     """

    count: int | Unset = UNSET
    rpc: str | Unset = UNSET
    time: None | Unset | V0044StatsRpcTimeType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_stats_rpc_time_type_0 import V0044StatsRpcTimeType0 # noqa: PLC0415
        count = self.count

        rpc = self.rpc

        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, V0044StatsRpcTimeType0):
            time = self.time.to_dict()
        else:
            time = self.time


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if count is not UNSET:
            field_dict["count"] = count
        if rpc is not UNSET:
            field_dict["rpc"] = rpc
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_stats_rpc_time_type_0 import V0044StatsRpcTimeType0 # noqa: PLC0415
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        rpc = d.pop("rpc", UNSET)

        def _parse_time(data: object) -> None | Unset | V0044StatsRpcTimeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = V0044StatsRpcTimeType0.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044StatsRpcTimeType0, data)

        time = _parse_time(d.pop("time", UNSET))


        v0044_stats_rpc = cls(
            count=count,
            rpc=rpc,
            time=time,
        )


        v0044_stats_rpc.additional_properties = d
        return v0044_stats_rpc

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
