from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiLicensesRespLicensesItem")



@_attrs_define
class V0041OpenapiLicensesRespLicensesItem:
    """ 
        Attributes:
            free (int | Unset): Number of licenses currently available
            last_consumed (int | Unset): Last known number of licenses that were consumed in the license manager (Remote
                Only)
            last_deficit (int | Unset): Number of "missing licenses" from the cluster's perspective
            last_update (int | Unset): When the license information was last updated (UNIX Timestamp)
            license_name (str | Unset): Name of the license
            remote (bool | Unset): Indicates whether licenses are served by the database
            reserved (int | Unset): Number of licenses reserved
            total (int | Unset): Total number of licenses present
            used (int | Unset): Number of licenses in use
     """

    free: int | Unset = UNSET
    last_consumed: int | Unset = UNSET
    last_deficit: int | Unset = UNSET
    last_update: int | Unset = UNSET
    license_name: str | Unset = UNSET
    remote: bool | Unset = UNSET
    reserved: int | Unset = UNSET
    total: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        free = self.free

        last_consumed = self.last_consumed

        last_deficit = self.last_deficit

        last_update = self.last_update

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
        if last_consumed is not UNSET:
            field_dict["LastConsumed"] = last_consumed
        if last_deficit is not UNSET:
            field_dict["LastDeficit"] = last_deficit
        if last_update is not UNSET:
            field_dict["LastUpdate"] = last_update
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

        last_consumed = d.pop("LastConsumed", UNSET)

        last_deficit = d.pop("LastDeficit", UNSET)

        last_update = d.pop("LastUpdate", UNSET)

        license_name = d.pop("LicenseName", UNSET)

        remote = d.pop("Remote", UNSET)

        reserved = d.pop("Reserved", UNSET)

        total = d.pop("Total", UNSET)

        used = d.pop("Used", UNSET)

        v0041_openapi_licenses_resp_licenses_item = cls(
            free=free,
            last_consumed=last_consumed,
            last_deficit=last_deficit,
            last_update=last_update,
            license_name=license_name,
            remote=remote,
            reserved=reserved,
            total=total,
            used=used,
        )


        v0041_openapi_licenses_resp_licenses_item.additional_properties = d
        return v0041_openapi_licenses_resp_licenses_item

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
