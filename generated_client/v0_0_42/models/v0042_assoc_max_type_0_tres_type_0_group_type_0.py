from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_tres import V0042Tres





T = TypeVar("T", bound="V0042AssocMaxType0TresType0GroupType0")



@_attrs_define
class V0042AssocMaxType0TresType0GroupType0:
    """ 
        Attributes:
            active (list[V0042Tres] | Unset):
            minutes (list[V0042Tres] | Unset):
     """

    active: list[V0042Tres] | Unset = UNSET
    minutes: list[V0042Tres] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_tres import V0042Tres # noqa: PLC0415
        active: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = []
            for componentsschemasv0_0_42_tres_list_item_data in self.active:
                componentsschemasv0_0_42_tres_list_item = componentsschemasv0_0_42_tres_list_item_data.to_dict()
                active.append(componentsschemasv0_0_42_tres_list_item)



        minutes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.minutes, Unset):
            minutes = []
            for componentsschemasv0_0_42_tres_list_item_data in self.minutes:
                componentsschemasv0_0_42_tres_list_item = componentsschemasv0_0_42_tres_list_item_data.to_dict()
                minutes.append(componentsschemasv0_0_42_tres_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_tres import V0042Tres # noqa: PLC0415
        d = dict(src_dict)
        _active = d.pop("active", UNSET)
        active: list[V0042Tres] | Unset = UNSET
        if _active is not UNSET:
            active = []
            for componentsschemasv0_0_42_tres_list_item_data in _active:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(componentsschemasv0_0_42_tres_list_item_data)



                active.append(componentsschemasv0_0_42_tres_list_item)


        _minutes = d.pop("minutes", UNSET)
        minutes: list[V0042Tres] | Unset = UNSET
        if _minutes is not UNSET:
            minutes = []
            for componentsschemasv0_0_42_tres_list_item_data in _minutes:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(componentsschemasv0_0_42_tres_list_item_data)



                minutes.append(componentsschemasv0_0_42_tres_list_item)


        v0042_assoc_max_type_0_tres_type_0_group_type_0 = cls(
            active=active,
            minutes=minutes,
        )


        v0042_assoc_max_type_0_tres_type_0_group_type_0.additional_properties = d
        return v0042_assoc_max_type_0_tres_type_0_group_type_0

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
