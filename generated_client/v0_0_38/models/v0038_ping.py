from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0038Ping")



@_attrs_define
class V0038Ping:
    """ 
        Attributes:
            hostname (str | Unset): slurm controller hostname
            mode (str | Unset): slurm controller mode
            ping (str | Unset): slurm controller host up
            status (int | Unset): slurm controller status
     """

    hostname: str | Unset = UNSET
    mode: str | Unset = UNSET
    ping: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        mode = self.mode

        ping = self.ping

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if mode is not UNSET:
            field_dict["mode"] = mode
        if ping is not UNSET:
            field_dict["ping"] = ping
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname", UNSET)

        mode = d.pop("mode", UNSET)

        ping = d.pop("ping", UNSET)

        status = d.pop("status", UNSET)

        v0038_ping = cls(
            hostname=hostname,
            mode=mode,
            ping=ping,
            status=status,
        )


        v0038_ping.additional_properties = d
        return v0038_ping

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
