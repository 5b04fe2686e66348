from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_assoc_short import V0043AssocShort
  from ..models.v0043_coord import V0043Coord
  from ..models.v0043_user_default_type_0 import V0043UserDefaultType0
  from ..models.v0043_wckey import V0043Wckey





T = TypeVar("T", bound="V0043User")



@_attrs_define
class V0043User:
    """ 
        Attributes:
            name (str): User name
            administrator_level (list[str] | Unset): AdminLevel granted to the user
            associations (list[V0043AssocShort] | Unset):
            coordinators (list[V0043Coord] | Unset):
            default (None | Unset | V0043UserDefaultType0):
            flags (list[str] | Unset): Flags associated with this user
            old_name (str | Unset): Previous user name
            wckeys (list[V0043Wckey] | Unset):
     """

    name: str
    administrator_level: list[str] | Unset = UNSET
    associations: list[V0043AssocShort] | Unset = UNSET
    coordinators: list[V0043Coord] | Unset = UNSET
    default: None | Unset | V0043UserDefaultType0 = UNSET
    flags: list[str] | Unset = UNSET
    old_name: str | Unset = UNSET
    wckeys: list[V0043Wckey] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_assoc_short import V0043AssocShort # noqa: PLC0415
        from ..models.v0043_coord import V0043Coord # noqa: PLC0415
        from ..models.v0043_user_default_type_0 import V0043UserDefaultType0 # noqa: PLC0415
        from ..models.v0043_wckey import V0043Wckey # noqa: PLC0415
        name = self.name

        administrator_level: list[str] | Unset = UNSET
        if not isinstance(self.administrator_level, Unset):
            administrator_level = self.administrator_level



        associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for componentsschemasv0_0_43_assoc_short_list_item_data in self.associations:
                componentsschemasv0_0_43_assoc_short_list_item = componentsschemasv0_0_43_assoc_short_list_item_data.to_dict()
                associations.append(componentsschemasv0_0_43_assoc_short_list_item)



        coordinators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coordinators, Unset):
            coordinators = []
            for componentsschemasv0_0_43_coord_list_item_data in self.coordinators:
                componentsschemasv0_0_43_coord_list_item = componentsschemasv0_0_43_coord_list_item_data.to_dict()
                coordinators.append(componentsschemasv0_0_43_coord_list_item)



        default: dict[str, Any] | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, V0043UserDefaultType0):
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
            for componentsschemasv0_0_43_wckey_list_item_data in self.wckeys:
                componentsschemasv0_0_43_wckey_list_item = componentsschemasv0_0_43_wckey_list_item_data.to_dict()
                wckeys.append(componentsschemasv0_0_43_wckey_list_item)




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
        from ..models.v0043_assoc_short import V0043AssocShort # noqa: PLC0415
        from ..models.v0043_coord import V0043Coord # noqa: PLC0415
        from ..models.v0043_user_default_type_0 import V0043UserDefaultType0 # noqa: PLC0415
        from ..models.v0043_wckey import V0043Wckey # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        administrator_level = cast(list[str], d.pop("administrator_level", UNSET))


        _associations = d.pop("associations", UNSET)
        associations: list[V0043AssocShort] | Unset = UNSET
        if _associations is not UNSET:
            associations = []
            for componentsschemasv0_0_43_assoc_short_list_item_data in _associations:
                componentsschemasv0_0_43_assoc_short_list_item = V0043AssocShort.from_dict(componentsschemasv0_0_43_assoc_short_list_item_data)



                associations.append(componentsschemasv0_0_43_assoc_short_list_item)


        _coordinators = d.pop("coordinators", UNSET)
        coordinators: list[V0043Coord] | Unset = UNSET
        if _coordinators is not UNSET:
            coordinators = []
            for componentsschemasv0_0_43_coord_list_item_data in _coordinators:
                componentsschemasv0_0_43_coord_list_item = V0043Coord.from_dict(componentsschemasv0_0_43_coord_list_item_data)



                coordinators.append(componentsschemasv0_0_43_coord_list_item)


        def _parse_default(data: object) -> None | Unset | V0043UserDefaultType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_type_0 = V0043UserDefaultType0.from_dict(data)



                return default_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043UserDefaultType0, data)

        default = _parse_default(d.pop("default", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        old_name = d.pop("old_name", UNSET)

        _wckeys = d.pop("wckeys", UNSET)
        wckeys: list[V0043Wckey] | Unset = UNSET
        if _wckeys is not UNSET:
            wckeys = []
            for componentsschemasv0_0_43_wckey_list_item_data in _wckeys:
                componentsschemasv0_0_43_wckey_list_item = V0043Wckey.from_dict(componentsschemasv0_0_43_wckey_list_item_data)



                wckeys.append(componentsschemasv0_0_43_wckey_list_item)


        v0043_user = cls(
            name=name,
            administrator_level=administrator_level,
            associations=associations,
            coordinators=coordinators,
            default=default,
            flags=flags,
            old_name=old_name,
            wckeys=wckeys,
        )


        v0043_user.additional_properties = d
        return v0043_user

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
