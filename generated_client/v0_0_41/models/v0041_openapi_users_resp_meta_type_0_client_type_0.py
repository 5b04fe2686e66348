from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiUsersRespMetaType0ClientType0")



@_attrs_define
class V0041OpenapiUsersRespMetaType0ClientType0:
    """ 
        Attributes:
            group (str | Unset): Client group (if known)
            source (str | Unset): Client source description
            user (str | Unset): Client user (if known)
     """

    group: str | Unset = UNSET
    source: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        group = self.group

        source = self.source

        user = self.user


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if group is not UNSET:
            field_dict["group"] = group
        if source is not UNSET:
            field_dict["source"] = source
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group", UNSET)

        source = d.pop("source", UNSET)

        user = d.pop("user", UNSET)

        v0041_openapi_users_resp_meta_type_0_client_type_0 = cls(
            group=group,
            source=source,
            user=user,
        )


        v0041_openapi_users_resp_meta_type_0_client_type_0.additional_properties = d
        return v0041_openapi_users_resp_meta_type_0_client_type_0

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
