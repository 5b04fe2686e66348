from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Dbv0038JobWckeyType0")



@_attrs_define
class Dbv0038JobWckeyType0:
    """ Job assigned wckey details

        Attributes:
            flags (list[str] | Unset): wckey flags
            wckey (str | Unset): Job assigned wckey
     """

    flags: list[str] | Unset = UNSET
    wckey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        wckey = self.wckey


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if flags is not UNSET:
            field_dict["flags"] = flags
        if wckey is not UNSET:
            field_dict["wckey"] = wckey

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flags = cast(list[str], d.pop("flags", UNSET))


        wckey = d.pop("wckey", UNSET)

        dbv_0038_job_wckey_type_0 = cls(
            flags=flags,
            wckey=wckey,
        )


        dbv_0038_job_wckey_type_0.additional_properties = d
        return dbv_0038_job_wckey_type_0

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
