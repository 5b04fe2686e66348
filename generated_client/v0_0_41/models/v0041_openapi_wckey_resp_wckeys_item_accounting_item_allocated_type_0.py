from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiWckeyRespWckeysItemAccountingItemAllocatedType0")



@_attrs_define
class V0041OpenapiWckeyRespWckeysItemAccountingItemAllocatedType0:
    """ 
        Attributes:
            seconds (int | Unset): Number of cpu seconds allocated
     """

    seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        seconds = self.seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds", UNSET)

        v0041_openapi_wckey_resp_wckeys_item_accounting_item_allocated_type_0 = cls(
            seconds=seconds,
        )


        v0041_openapi_wckey_resp_wckeys_item_accounting_item_allocated_type_0.additional_properties = d
        return v0041_openapi_wckey_resp_wckeys_item_accounting_item_allocated_type_0

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
