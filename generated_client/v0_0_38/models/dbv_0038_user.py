from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo
  from ..models.dbv_0038_coordinator_info import Dbv0038CoordinatorInfo
  from ..models.dbv_0038_user_default_type_0 import Dbv0038UserDefaultType0





T = TypeVar("T", bound="Dbv0038User")



@_attrs_define
class Dbv0038User:
    """ User description

        Attributes:
            administrator_level (str | Unset): Description of administrator level
            associations (list[Dbv0038AssociationShortInfo] | Unset): Assigned associations
            coordinators (list[Dbv0038CoordinatorInfo] | Unset): List of assigned coordinators
            default (Dbv0038UserDefaultType0 | None | Unset): Default settings
            flags (list[str] | Unset): List of properties of user
            name (str | Unset): User name
     """

    administrator_level: str | Unset = UNSET
    associations: list[Dbv0038AssociationShortInfo] | Unset = UNSET
    coordinators: list[Dbv0038CoordinatorInfo] | Unset = UNSET
    default: Dbv0038UserDefaultType0 | None | Unset = UNSET
    flags: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo # noqa: PLC0415
        from ..models.dbv_0038_coordinator_info import Dbv0038CoordinatorInfo # noqa: PLC0415
        from ..models.dbv_0038_user_default_type_0 import Dbv0038UserDefaultType0 # noqa: PLC0415
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
        elif isinstance(self.default, Dbv0038UserDefaultType0):
            default = self.default.to_dict()
        else:
            default = self.default

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
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
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo # noqa: PLC0415
        from ..models.dbv_0038_coordinator_info import Dbv0038CoordinatorInfo # noqa: PLC0415
        from ..models.dbv_0038_user_default_type_0 import Dbv0038UserDefaultType0 # noqa: PLC0415
        d = dict(src_dict)
        administrator_level = d.pop("administrator_level", UNSET)

        _associations = d.pop("associations", UNSET)
        associations: list[Dbv0038AssociationShortInfo] | Unset = UNSET
        if _associations is not UNSET:
            associations = []
            for associations_item_data in _associations:
                associations_item = Dbv0038AssociationShortInfo.from_dict(associations_item_data)



                associations.append(associations_item)


        _coordinators = d.pop("coordinators", UNSET)
        coordinators: list[Dbv0038CoordinatorInfo] | Unset = UNSET
        if _coordinators is not UNSET:
            coordinators = []
            for coordinators_item_data in _coordinators:
                coordinators_item = Dbv0038CoordinatorInfo.from_dict(coordinators_item_data)



                coordinators.append(coordinators_item)


        def _parse_default(data: object) -> Dbv0038UserDefaultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_type_0 = Dbv0038UserDefaultType0.from_dict(data)



                return default_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038UserDefaultType0 | None | Unset, data)

        default = _parse_default(d.pop("default", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        name = d.pop("name", UNSET)

        dbv_0038_user = cls(
            administrator_level=administrator_level,
            associations=associations,
            coordinators=coordinators,
            default=default,
            flags=flags,
            name=name,
        )


        dbv_0038_user.additional_properties = d
        return dbv_0038_user

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
