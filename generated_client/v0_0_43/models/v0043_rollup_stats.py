from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_rollup_stats_daily_type_0 import V0043RollupStatsDailyType0
  from ..models.v0043_rollup_stats_hourly_type_0 import V0043RollupStatsHourlyType0
  from ..models.v0043_rollup_stats_monthly_type_0 import V0043RollupStatsMonthlyType0





T = TypeVar("T", bound="V0043RollupStats")



@_attrs_define
class V0043RollupStats:
    """ 
        Attributes:
            daily (None | Unset | V0043RollupStatsDailyType0):
            hourly (None | Unset | V0043RollupStatsHourlyType0):
            monthly (None | Unset | V0043RollupStatsMonthlyType0):
     """

    daily: None | Unset | V0043RollupStatsDailyType0 = UNSET
    hourly: None | Unset | V0043RollupStatsHourlyType0 = UNSET
    monthly: None | Unset | V0043RollupStatsMonthlyType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_rollup_stats_daily_type_0 import V0043RollupStatsDailyType0 # noqa: PLC0415
        from ..models.v0043_rollup_stats_hourly_type_0 import V0043RollupStatsHourlyType0 # noqa: PLC0415
        from ..models.v0043_rollup_stats_monthly_type_0 import V0043RollupStatsMonthlyType0 # noqa: PLC0415
        daily: dict[str, Any] | None | Unset
        if isinstance(self.daily, Unset):
            daily = UNSET
        elif isinstance(self.daily, V0043RollupStatsDailyType0):
            daily = self.daily.to_dict()
        else:
            daily = self.daily

        hourly: dict[str, Any] | None | Unset
        if isinstance(self.hourly, Unset):
            hourly = UNSET
        elif isinstance(self.hourly, V0043RollupStatsHourlyType0):
            hourly = self.hourly.to_dict()
        else:
            hourly = self.hourly

        monthly: dict[str, Any] | None | Unset
        if isinstance(self.monthly, Unset):
            monthly = UNSET
        elif isinstance(self.monthly, V0043RollupStatsMonthlyType0):
            monthly = self.monthly.to_dict()
        else:
            monthly = self.monthly


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if daily is not UNSET:
            field_dict["daily"] = daily
        if hourly is not UNSET:
            field_dict["hourly"] = hourly
        if monthly is not UNSET:
            field_dict["monthly"] = monthly

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_rollup_stats_daily_type_0 import V0043RollupStatsDailyType0 # noqa: PLC0415
        from ..models.v0043_rollup_stats_hourly_type_0 import V0043RollupStatsHourlyType0 # noqa: PLC0415
        from ..models.v0043_rollup_stats_monthly_type_0 import V0043RollupStatsMonthlyType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_daily(data: object) -> None | Unset | V0043RollupStatsDailyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_type_0 = V0043RollupStatsDailyType0.from_dict(data)



                return daily_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043RollupStatsDailyType0, data)

        daily = _parse_daily(d.pop("daily", UNSET))


        def _parse_hourly(data: object) -> None | Unset | V0043RollupStatsHourlyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hourly_type_0 = V0043RollupStatsHourlyType0.from_dict(data)



                return hourly_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043RollupStatsHourlyType0, data)

        hourly = _parse_hourly(d.pop("hourly", UNSET))


        def _parse_monthly(data: object) -> None | Unset | V0043RollupStatsMonthlyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monthly_type_0 = V0043RollupStatsMonthlyType0.from_dict(data)



                return monthly_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043RollupStatsMonthlyType0, data)

        monthly = _parse_monthly(d.pop("monthly", UNSET))


        v0043_rollup_stats = cls(
            daily=daily,
            hourly=hourly,
            monthly=monthly,
        )


        v0043_rollup_stats.additional_properties = d
        return v0043_rollup_stats

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
