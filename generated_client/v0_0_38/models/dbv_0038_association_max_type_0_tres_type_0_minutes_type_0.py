from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_association_max_type_0_tres_type_0_minutes_type_0_per_type_0 import Dbv0038AssociationMaxType0TresType0MinutesType0PerType0
  from ..models.dbv_0038_tres_list_item import Dbv0038TresListItem





T = TypeVar("T", bound="Dbv0038AssociationMaxType0TresType0MinutesType0")



@_attrs_define
class Dbv0038AssociationMaxType0TresType0MinutesType0:
    """ Max TRES minutes settings

        Attributes:
            per (Dbv0038AssociationMaxType0TresType0MinutesType0PerType0 | None | Unset): Max TRES minutes per settings
            total (list[Dbv0038TresListItem] | Unset): TRES list of attributes
     """

    per: Dbv0038AssociationMaxType0TresType0MinutesType0PerType0 | None | Unset = UNSET
    total: list[Dbv0038TresListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_association_max_type_0_tres_type_0_minutes_type_0_per_type_0 import Dbv0038AssociationMaxType0TresType0MinutesType0PerType0 # noqa: PLC0415
        from ..models.dbv_0038_tres_list_item import Dbv0038TresListItem # noqa: PLC0415
        per: dict[str, Any] | None | Unset
        if isinstance(self.per, Unset):
            per = UNSET
        elif isinstance(self.per, Dbv0038AssociationMaxType0TresType0MinutesType0PerType0):
            per = self.per.to_dict()
        else:
            per = self.per

        total: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemasdbv0_0_38_tres_list_item_data in self.total:
                componentsschemasdbv0_0_38_tres_list_item = componentsschemasdbv0_0_38_tres_list_item_data.to_dict()
                total.append(componentsschemasdbv0_0_38_tres_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if per is not UNSET:
            field_dict["per"] = per
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_association_max_type_0_tres_type_0_minutes_type_0_per_type_0 import Dbv0038AssociationMaxType0TresType0MinutesType0PerType0 # noqa: PLC0415
        from ..models.dbv_0038_tres_list_item import Dbv0038TresListItem # noqa: PLC0415
        d = dict(src_dict)
        def _parse_per(data: object) -> Dbv0038AssociationMaxType0TresType0MinutesType0PerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_type_0 = Dbv0038AssociationMaxType0TresType0MinutesType0PerType0.from_dict(data)



                return per_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationMaxType0TresType0MinutesType0PerType0 | None | Unset, data)

        per = _parse_per(d.pop("per", UNSET))


        _total = d.pop("total", UNSET)
        total: list[Dbv0038TresListItem] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for componentsschemasdbv0_0_38_tres_list_item_data in _total:
                componentsschemasdbv0_0_38_tres_list_item = Dbv0038TresListItem.from_dict(componentsschemasdbv0_0_38_tres_list_item_data)



                total.append(componentsschemasdbv0_0_38_tres_list_item)


        dbv_0038_association_max_type_0_tres_type_0_minutes_type_0 = cls(
            per=per,
            total=total,
        )


        dbv_0038_association_max_type_0_tres_type_0_minutes_type_0.additional_properties = d
        return dbv_0038_association_max_type_0_tres_type_0_minutes_type_0

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
