from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Dbv0038QosLimitsType0MaxType0AccruingType0PerType0")



@_attrs_define
class Dbv0038QosLimitsType0MaxType0AccruingType0PerType0:
    """ Max accuring priority per setting

        Attributes:
            account (int | Unset): Max accuring priority per account
            user (int | Unset): Max accuring priority per user
     """

    account: int | Unset = UNSET
    user: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account = self.account

        user = self.user


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account is not UNSET:
            field_dict["account"] = account
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        user = d.pop("user", UNSET)

        dbv_0038_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 = cls(
            account=account,
            user=user,
        )


        dbv_0038_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0.additional_properties = d
        return dbv_0038_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0

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
