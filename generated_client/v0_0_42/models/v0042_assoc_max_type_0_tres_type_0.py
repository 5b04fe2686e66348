from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_assoc_max_type_0_tres_type_0_group_type_0 import V0042AssocMaxType0TresType0GroupType0
  from ..models.v0042_assoc_max_type_0_tres_type_0_minutes_type_0 import V0042AssocMaxType0TresType0MinutesType0
  from ..models.v0042_assoc_max_type_0_tres_type_0_per_type_0 import V0042AssocMaxType0TresType0PerType0
  from ..models.v0042_tres import V0042Tres





T = TypeVar("T", bound="V0042AssocMaxType0TresType0")



@_attrs_define
class V0042AssocMaxType0TresType0:
    """ 
        Attributes:
            group (None | Unset | V0042AssocMaxType0TresType0GroupType0):
            minutes (None | Unset | V0042AssocMaxType0TresType0MinutesType0):
            per (None | Unset | V0042AssocMaxType0TresType0PerType0):
            total (list[V0042Tres] | Unset):
     """

    group: None | Unset | V0042AssocMaxType0TresType0GroupType0 = UNSET
    minutes: None | Unset | V0042AssocMaxType0TresType0MinutesType0 = UNSET
    per: None | Unset | V0042AssocMaxType0TresType0PerType0 = UNSET
    total: list[V0042Tres] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_assoc_max_type_0_tres_type_0_group_type_0 import V0042AssocMaxType0TresType0GroupType0 # noqa: PLC0415
        from ..models.v0042_assoc_max_type_0_tres_type_0_minutes_type_0 import V0042AssocMaxType0TresType0MinutesType0 # noqa: PLC0415
        from ..models.v0042_assoc_max_type_0_tres_type_0_per_type_0 import V0042AssocMaxType0TresType0PerType0 # noqa: PLC0415
        from ..models.v0042_tres import V0042Tres # noqa: PLC0415
        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, V0042AssocMaxType0TresType0GroupType0):
            group = self.group.to_dict()
        else:
            group = self.group

        minutes: dict[str, Any] | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        elif isinstance(self.minutes, V0042AssocMaxType0TresType0MinutesType0):
            minutes = self.minutes.to_dict()
        else:
            minutes = self.minutes

        per: dict[str, Any] | None | Unset
        if isinstance(self.per, Unset):
            per = UNSET
        elif isinstance(self.per, V0042AssocMaxType0TresType0PerType0):
            per = self.per.to_dict()
        else:
            per = self.per

        total: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemasv0_0_42_tres_list_item_data in self.total:
                componentsschemasv0_0_42_tres_list_item = componentsschemasv0_0_42_tres_list_item_data.to_dict()
                total.append(componentsschemasv0_0_42_tres_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if group is not UNSET:
            field_dict["group"] = group
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if per is not UNSET:
            field_dict["per"] = per
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_assoc_max_type_0_tres_type_0_group_type_0 import V0042AssocMaxType0TresType0GroupType0 # noqa: PLC0415
        from ..models.v0042_assoc_max_type_0_tres_type_0_minutes_type_0 import V0042AssocMaxType0TresType0MinutesType0 # noqa: PLC0415
        from ..models.v0042_assoc_max_type_0_tres_type_0_per_type_0 import V0042AssocMaxType0TresType0PerType0 # noqa: PLC0415
        from ..models.v0042_tres import V0042Tres # noqa: PLC0415
        d = dict(src_dict)
        def _parse_group(data: object) -> None | Unset | V0042AssocMaxType0TresType0GroupType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = V0042AssocMaxType0TresType0GroupType0.from_dict(data)



                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042AssocMaxType0TresType0GroupType0, data)

        group = _parse_group(d.pop("group", UNSET))


        def _parse_minutes(data: object) -> None | Unset | V0042AssocMaxType0TresType0MinutesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minutes_type_0 = V0042AssocMaxType0TresType0MinutesType0.from_dict(data)



                return minutes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042AssocMaxType0TresType0MinutesType0, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))


        def _parse_per(data: object) -> None | Unset | V0042AssocMaxType0TresType0PerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_type_0 = V0042AssocMaxType0TresType0PerType0.from_dict(data)



                return per_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042AssocMaxType0TresType0PerType0, data)

        per = _parse_per(d.pop("per", UNSET))


        _total = d.pop("total", UNSET)
        total: list[V0042Tres] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for componentsschemasv0_0_42_tres_list_item_data in _total:
                componentsschemasv0_0_42_tres_list_item = V0042Tres.from_dict(componentsschemasv0_0_42_tres_list_item_data)



                total.append(componentsschemasv0_0_42_tres_list_item)


        v0042_assoc_max_type_0_tres_type_0 = cls(
            group=group,
            minutes=minutes,
            per=per,
            total=total,
        )


        v0042_assoc_max_type_0_tres_type_0.additional_properties = d
        return v0042_assoc_max_type_0_tres_type_0

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
