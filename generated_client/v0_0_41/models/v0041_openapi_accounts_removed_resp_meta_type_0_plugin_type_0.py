from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiAccountsRemovedRespMetaType0PluginType0")



@_attrs_define
class V0041OpenapiAccountsRemovedRespMetaType0PluginType0:
    """ 
        Attributes:
            accounting_storage (str | Unset): Slurm accounting plugin
            data_parser (str | Unset): Slurm data_parser plugin
            name (str | Unset): Slurm plugin name (if applicable)
            type_ (str | Unset): Slurm plugin type (if applicable)
     """

    accounting_storage: str | Unset = UNSET
    data_parser: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        accounting_storage = self.accounting_storage

        data_parser = self.data_parser

        name = self.name

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accounting_storage is not UNSET:
            field_dict["accounting_storage"] = accounting_storage
        if data_parser is not UNSET:
            field_dict["data_parser"] = data_parser
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accounting_storage = d.pop("accounting_storage", UNSET)

        data_parser = d.pop("data_parser", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        v0041_openapi_accounts_removed_resp_meta_type_0_plugin_type_0 = cls(
            accounting_storage=accounting_storage,
            data_parser=data_parser,
            name=name,
            type_=type_,
        )


        v0041_openapi_accounts_removed_resp_meta_type_0_plugin_type_0.additional_properties = d
        return v0041_openapi_accounts_removed_resp_meta_type_0_plugin_type_0

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
