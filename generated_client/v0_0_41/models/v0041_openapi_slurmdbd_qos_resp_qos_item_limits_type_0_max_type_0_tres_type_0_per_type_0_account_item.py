from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0PerType0AccountItem")



@_attrs_define
class V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0PerType0AccountItem:
    """ 
        Attributes:
            type_ (str): TRES type (CPU, MEM, etc)
            count (int | Unset): TRES count (0 if listed generically)
            id (int | Unset): ID used in database
            name (str | Unset): TRES name (if applicable)
     """

    type_: str
    count: int | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        count = self.count

        id = self.id

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
        })
        if count is not UNSET:
            field_dict["count"] = count
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        count = d.pop("count", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_per_type_0_account_item = cls(
            type_=type_,
            count=count,
            id=id,
            name=name,
        )


        v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_per_type_0_account_item.additional_properties = d
        return v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_per_type_0_account_item

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
