from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0040ControllerPing")



@_attrs_define
class V0040ControllerPing:
    """ 
        Attributes:
            hostname (str | Unset): Target for ping
            latency (int | Unset): Number of microseconds it took to successfully ping or timeout
            mode (str | Unset): The operating mode of the responding slurmctld
            pinged (str | Unset): Ping result
     """

    hostname: str | Unset = UNSET
    latency: int | Unset = UNSET
    mode: str | Unset = UNSET
    pinged: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        latency = self.latency

        mode = self.mode

        pinged = self.pinged


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if latency is not UNSET:
            field_dict["latency"] = latency
        if mode is not UNSET:
            field_dict["mode"] = mode
        if pinged is not UNSET:
            field_dict["pinged"] = pinged

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname", UNSET)

        latency = d.pop("latency", UNSET)

        mode = d.pop("mode", UNSET)

        pinged = d.pop("pinged", UNSET)

        v0040_controller_ping = cls(
            hostname=hostname,
            latency=latency,
            mode=mode,
            pinged=pinged,
        )


        v0040_controller_ping.additional_properties = d
        return v0040_controller_ping

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
