from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0045ControllerPing")



@_attrs_define
class V0045ControllerPing:
    """ 
        Attributes:
            primary (bool): Is responding slurmctld the primary controller (Is responding slurmctld the primary controller)
            responding (bool): If ping RPC responded with pong from controller
            hostname (str | Unset): Target for ping
            latency (int | Unset): Number of microseconds it took to successfully ping or timeout
            status (str | Unset): Ping status code
     """

    primary: bool
    responding: bool
    hostname: str | Unset = UNSET
    latency: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        primary = self.primary

        responding = self.responding

        hostname = self.hostname

        latency = self.latency

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "primary": primary,
            "responding": responding,
        })
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if latency is not UNSET:
            field_dict["latency"] = latency
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary = d.pop("primary")

        responding = d.pop("responding")

        hostname = d.pop("hostname", UNSET)

        latency = d.pop("latency", UNSET)

        status = d.pop("status", UNSET)

        v0045_controller_ping = cls(
            primary=primary,
            responding=responding,
            hostname=hostname,
            latency=latency,
            status=status,
        )


        v0045_controller_ping.additional_properties = d
        return v0045_controller_ping

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
