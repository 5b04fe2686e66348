from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_rollup_stats_hourly_type_0_duration_type_0 import V0042RollupStatsHourlyType0DurationType0





T = TypeVar("T", bound="V0042RollupStatsHourlyType0")



@_attrs_define
class V0042RollupStatsHourlyType0:
    """ 
        Attributes:
            count (int | Unset): Number of hourly rollups since last_run
            duration (None | Unset | V0042RollupStatsHourlyType0DurationType0):
            last_run (int | Unset): Last time hourly rollup ran (UNIX timestamp)
     """

    count: int | Unset = UNSET
    duration: None | Unset | V0042RollupStatsHourlyType0DurationType0 = UNSET
    last_run: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_rollup_stats_hourly_type_0_duration_type_0 import V0042RollupStatsHourlyType0DurationType0 # noqa: PLC0415
        count = self.count

        duration: dict[str, Any] | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, V0042RollupStatsHourlyType0DurationType0):
            duration = self.duration.to_dict()
        else:
            duration = self.duration

        last_run = self.last_run


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if count is not UNSET:
            field_dict["count"] = count
        if duration is not UNSET:
            field_dict["duration"] = duration
        if last_run is not UNSET:
            field_dict["last_run"] = last_run

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_rollup_stats_hourly_type_0_duration_type_0 import V0042RollupStatsHourlyType0DurationType0 # noqa: PLC0415
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        def _parse_duration(data: object) -> None | Unset | V0042RollupStatsHourlyType0DurationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duration_type_0 = V0042RollupStatsHourlyType0DurationType0.from_dict(data)



                return duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042RollupStatsHourlyType0DurationType0, data)

        duration = _parse_duration(d.pop("duration", UNSET))


        last_run = d.pop("last_run", UNSET)

        v0042_rollup_stats_hourly_type_0 = cls(
            count=count,
            duration=duration,
            last_run=last_run,
        )


        v0042_rollup_stats_hourly_type_0.additional_properties = d
        return v0042_rollup_stats_hourly_type_0

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
