from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_assoc_max_type_0_per_type_0_account_type_0 import V0042AssocMaxType0PerType0AccountType0





T = TypeVar("T", bound="V0042AssocMaxType0PerType0")



@_attrs_define
class V0042AssocMaxType0PerType0:
    """ 
        Attributes:
            account (None | Unset | V0042AssocMaxType0PerType0AccountType0):
     """

    account: None | Unset | V0042AssocMaxType0PerType0AccountType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_assoc_max_type_0_per_type_0_account_type_0 import V0042AssocMaxType0PerType0AccountType0 # noqa: PLC0415
        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, V0042AssocMaxType0PerType0AccountType0):
            account = self.account.to_dict()
        else:
            account = self.account


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_assoc_max_type_0_per_type_0_account_type_0 import V0042AssocMaxType0PerType0AccountType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_account(data: object) -> None | Unset | V0042AssocMaxType0PerType0AccountType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = V0042AssocMaxType0PerType0AccountType0.from_dict(data)



                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042AssocMaxType0PerType0AccountType0, data)

        account = _parse_account(d.pop("account", UNSET))


        v0042_assoc_max_type_0_per_type_0 = cls(
            account=account,
        )


        v0042_assoc_max_type_0_per_type_0.additional_properties = d
        return v0042_assoc_max_type_0_per_type_0

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
