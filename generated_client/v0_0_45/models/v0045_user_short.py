from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="V0045UserShort")



@_attrs_define
class V0045UserShort:
    """ 
        Attributes:
            adminlevel (list[str] | Unset): AdminLevel granted to the user
            defaultaccount (str | Unset): Default account
            defaultqos (int | Unset): Default QOS
            defaultwckey (str | Unset): Default WCKey
     """

    adminlevel: list[str] | Unset = UNSET
    defaultaccount: str | Unset = UNSET
    defaultqos: int | Unset = UNSET
    defaultwckey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        adminlevel: list[str] | Unset = UNSET
        if not isinstance(self.adminlevel, Unset):
            adminlevel = self.adminlevel



        defaultaccount = self.defaultaccount

        defaultqos = self.defaultqos

        defaultwckey = self.defaultwckey


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if adminlevel is not UNSET:
            field_dict["adminlevel"] = adminlevel
        if defaultaccount is not UNSET:
            field_dict["defaultaccount"] = defaultaccount
        if defaultqos is not UNSET:
            field_dict["defaultqos"] = defaultqos
        if defaultwckey is not UNSET:
            field_dict["defaultwckey"] = defaultwckey

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adminlevel = cast(list[str], d.pop("adminlevel", UNSET))


        defaultaccount = d.pop("defaultaccount", UNSET)

        defaultqos = d.pop("defaultqos", UNSET)

        defaultwckey = d.pop("defaultwckey", UNSET)

        v0045_user_short = cls(
            adminlevel=adminlevel,
            defaultaccount=defaultaccount,
            defaultqos=defaultqos,
            defaultwckey=defaultwckey,
        )


        v0045_user_short.additional_properties = d
        return v0045_user_short

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
