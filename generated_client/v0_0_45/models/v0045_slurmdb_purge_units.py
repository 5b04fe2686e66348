from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0045SlurmdbPurgeUnits")



@_attrs_define
class V0045SlurmdbPurgeUnits:
    """ 
        Attributes:
            archive (bool | Unset): whether to archive purged records
            days (int | Unset): days
            hours (int | Unset): hours
            months (int | Unset): months
            set_ (bool | Unset): whether purge has been set
     """

    archive: bool | Unset = UNSET
    days: int | Unset = UNSET
    hours: int | Unset = UNSET
    months: int | Unset = UNSET
    set_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        archive = self.archive

        days = self.days

        hours = self.hours

        months = self.months

        set_ = self.set_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if archive is not UNSET:
            field_dict["archive"] = archive
        if days is not UNSET:
            field_dict["days"] = days
        if hours is not UNSET:
            field_dict["hours"] = hours
        if months is not UNSET:
            field_dict["months"] = months
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archive = d.pop("archive", UNSET)

        days = d.pop("days", UNSET)

        hours = d.pop("hours", UNSET)

        months = d.pop("months", UNSET)

        set_ = d.pop("set", UNSET)

        v0045_slurmdb_purge_units = cls(
            archive=archive,
            days=days,
            hours=hours,
            months=months,
            set_=set_,
        )


        v0045_slurmdb_purge_units.additional_properties = d
        return v0045_slurmdb_purge_units

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
