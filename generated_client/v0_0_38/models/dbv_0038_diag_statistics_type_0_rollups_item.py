from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Dbv0038DiagStatisticsType0RollupsItem")



@_attrs_define
class Dbv0038DiagStatisticsType0RollupsItem:
    """ Rollup statistics

        Attributes:
            last_cycle (int | Unset): Timestamp of last cycle
            last_run (int | Unset): Timestamp of last rollup
            max_cycle (int | Unset): Max time of all cycles
            mean_cycles (int | Unset): Average time (s) of cycle
            total_time (int | Unset): Total time (s) spent doing rollup
            type_ (str | Unset): Type of rollup
     """

    last_cycle: int | Unset = UNSET
    last_run: int | Unset = UNSET
    max_cycle: int | Unset = UNSET
    mean_cycles: int | Unset = UNSET
    total_time: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        last_cycle = self.last_cycle

        last_run = self.last_run

        max_cycle = self.max_cycle

        mean_cycles = self.mean_cycles

        total_time = self.total_time

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if last_cycle is not UNSET:
            field_dict["last_cycle"] = last_cycle
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if max_cycle is not UNSET:
            field_dict["max_cycle"] = max_cycle
        if mean_cycles is not UNSET:
            field_dict["mean_cycles"] = mean_cycles
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_cycle = d.pop("last_cycle", UNSET)

        last_run = d.pop("last_run", UNSET)

        max_cycle = d.pop("max_cycle", UNSET)

        mean_cycles = d.pop("mean_cycles", UNSET)

        total_time = d.pop("total_time", UNSET)

        type_ = d.pop("type", UNSET)

        dbv_0038_diag_statistics_type_0_rollups_item = cls(
            last_cycle=last_cycle,
            last_run=last_run,
            max_cycle=max_cycle,
            mean_cycles=mean_cycles,
            total_time=total_time,
            type_=type_,
        )


        dbv_0038_diag_statistics_type_0_rollups_item.additional_properties = d
        return dbv_0038_diag_statistics_type_0_rollups_item

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
