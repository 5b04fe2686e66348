from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_users_resp_users_item_associations_item import V0041OpenapiUsersRespUsersItemAssociationsItem
  from ..models.v0041_openapi_users_resp_users_item_coordinators_item import V0041OpenapiUsersRespUsersItemCoordinatorsItem
  from ..models.v0041_openapi_users_resp_users_item_default_type_0 import V0041OpenapiUsersRespUsersItemDefaultType0
  from ..models.v0041_openapi_users_resp_users_item_wckeys_item import V0041OpenapiUsersRespUsersItemWckeysItem





T = TypeVar("T", bound="V0041OpenapiUsersRespUsersItem")



@_attrs_define
class V0041OpenapiUsersRespUsersItem:
    """ 
        Attributes:
            name (str): User name
            administrator_level (list[str] | Unset): AdminLevel granted to the user
            associations (list[V0041OpenapiUsersRespUsersItemAssociationsItem] | Unset): Associations created for this user
            coordinators (list[V0041OpenapiUsersRespUsersItemCoordinatorsItem] | Unset): Accounts this user is a coordinator
                for
            default (None | Unset | V0041OpenapiUsersRespUsersItemDefaultType0):
            flags (list[str] | Unset): Flags associated with user
            old_name (str | Unset): Previous user name
            wckeys (list[V0041OpenapiUsersRespUsersItemWckeysItem] | Unset): List of available WCKeys
     """

    name: str
    administrator_level: list[str] | Unset = UNSET
    associations: list[V0041OpenapiUsersRespUsersItemAssociationsItem] | Unset = UNSET
    coordinators: list[V0041OpenapiUsersRespUsersItemCoordinatorsItem] | Unset = UNSET
    default: None | Unset | V0041OpenapiUsersRespUsersItemDefaultType0 = UNSET
    flags: list[str] | Unset = UNSET
    old_name: str | Unset = UNSET
    wckeys: list[V0041OpenapiUsersRespUsersItemWckeysItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_users_resp_users_item_associations_item import V0041OpenapiUsersRespUsersItemAssociationsItem # noqa: PLC0415
        from ..models.v0041_openapi_users_resp_users_item_coordinators_item import V0041OpenapiUsersRespUsersItemCoordinatorsItem # noqa: PLC0415
        from ..models.v0041_openapi_users_resp_users_item_default_type_0 import V0041OpenapiUsersRespUsersItemDefaultType0 # noqa: PLC0415
        from ..models.v0041_openapi_users_resp_users_item_wckeys_item import V0041OpenapiUsersRespUsersItemWckeysItem # noqa: PLC0415
        name = self.name

        administrator_level: list[str] | Unset = UNSET
        if not isinstance(self.administrator_level, Unset):
            administrator_level = self.administrator_level



        associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for associations_item_data in self.associations:
                associations_item = associations_item_data.to_dict()
                associations.append(associations_item)



        coordinators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coordinators, Unset):
            coordinators = []
            for coordinators_item_data in self.coordinators:
                coordinators_item = coordinators_item_data.to_dict()
                coordinators.append(coordinators_item)



        default: dict[str, Any] | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, V0041OpenapiUsersRespUsersItemDefaultType0):
            default = self.default.to_dict()
        else:
            default = self.default

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        old_name = self.old_name

        wckeys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wckeys, Unset):
            wckeys = []
            for wckeys_item_data in self.wckeys:
                wckeys_item = wckeys_item_data.to_dict()
                wckeys.append(wckeys_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
        })
        if administrator_level is not UNSET:
            field_dict["administrator_level"] = administrator_level
        if associations is not UNSET:
            field_dict["associations"] = associations
        if coordinators is not UNSET:
            field_dict["coordinators"] = coordinators
        if default is not UNSET:
            field_dict["default"] = default
        if flags is not UNSET:
            field_dict["flags"] = flags
        if old_name is not UNSET:
            field_dict["old_name"] = old_name
        if wckeys is not UNSET:
            field_dict["wckeys"] = wckeys

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_users_resp_users_item_associations_item import V0041OpenapiUsersRespUsersItemAssociationsItem # noqa: PLC0415
        from ..models.v0041_openapi_users_resp_users_item_coordinators_item import V0041OpenapiUsersRespUsersItemCoordinatorsItem # noqa: PLC0415
        from ..models.v0041_openapi_users_resp_users_item_default_type_0 import V0041OpenapiUsersRespUsersItemDefaultType0 # noqa: PLC0415
        from ..models.v0041_openapi_users_resp_users_item_wckeys_item import V0041OpenapiUsersRespUsersItemWckeysItem # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        administrator_level = cast(list[str], d.pop("administrator_level", UNSET))


        _associations = d.pop("associations", UNSET)
        associations: list[V0041OpenapiUsersRespUsersItemAssociationsItem] | Unset = UNSET
        if _associations is not UNSET:
            associations = []
            for associations_item_data in _associations:
                associations_item = V0041OpenapiUsersRespUsersItemAssociationsItem.from_dict(associations_item_data)



                associations.append(associations_item)


        _coordinators = d.pop("coordinators", UNSET)
        coordinators: list[V0041OpenapiUsersRespUsersItemCoordinatorsItem] | Unset = UNSET
        if _coordinators is not UNSET:
            coordinators = []
            for coordinators_item_data in _coordinators:
                coordinators_item = V0041OpenapiUsersRespUsersItemCoordinatorsItem.from_dict(coordinators_item_data)



                coordinators.append(coordinators_item)


        def _parse_default(data: object) -> None | Unset | V0041OpenapiUsersRespUsersItemDefaultType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_type_0 = V0041OpenapiUsersRespUsersItemDefaultType0.from_dict(data)



                return default_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiUsersRespUsersItemDefaultType0, data)

        default = _parse_default(d.pop("default", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        old_name = d.pop("old_name", UNSET)

        _wckeys = d.pop("wckeys", UNSET)
        wckeys: list[V0041OpenapiUsersRespUsersItemWckeysItem] | Unset = UNSET
        if _wckeys is not UNSET:
            wckeys = []
            for wckeys_item_data in _wckeys:
                wckeys_item = V0041OpenapiUsersRespUsersItemWckeysItem.from_dict(wckeys_item_data)



                wckeys.append(wckeys_item)


        v0041_openapi_users_resp_users_item = cls(
            name=name,
            administrator_level=administrator_level,
            associations=associations,
            coordinators=coordinators,
            default=default,
            flags=flags,
            old_name=old_name,
            wckeys=wckeys,
        )


        v0041_openapi_users_resp_users_item.additional_properties = d
        return v0041_openapi_users_resp_users_item

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
