from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0038License")



@_attrs_define
class V0038License:
    """ 
        Attributes:
            free (int | Unset): number of licenses available
            license_name (str | Unset): name of license
            remote (bool | Unset): license is remote
            reserved (int | Unset): number of licenses reserved
            total (int | Unset): total number of licenses
            used (int | Unset): number of licenses in use
     """

    free: int | Unset = UNSET
    license_name: str | Unset = UNSET
    remote: bool | Unset = UNSET
    reserved: int | Unset = UNSET
    total: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        free = self.free

        license_name = self.license_name

        remote = self.remote

        reserved = self.reserved

        total = self.total

        used = self.used


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if free is not UNSET:
            field_dict["Free"] = free
        if license_name is not UNSET:
            field_dict["LicenseName"] = license_name
        if remote is not UNSET:
            field_dict["Remote"] = remote
        if reserved is not UNSET:
            field_dict["Reserved"] = reserved
        if total is not UNSET:
            field_dict["Total"] = total
        if used is not UNSET:
            field_dict["Used"] = used

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        free = d.pop("Free", UNSET)

        license_name = d.pop("LicenseName", UNSET)

        remote = d.pop("Remote", UNSET)

        reserved = d.pop("Reserved", UNSET)

        total = d.pop("Total", UNSET)

        used = d.pop("Used", UNSET)

        v0038_license = cls(
            free=free,
            license_name=license_name,
            remote=remote,
            reserved=reserved,
            total=total,
            used=used,
        )


        v0038_license.additional_properties = d
        return v0038_license

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
