from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0_active_item import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0ActiveItem
  from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0_minutes_item import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0MinutesItem





T = TypeVar("T", bound="V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0")



@_attrs_define
class V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0:
    """ 
        Attributes:
            active (list[V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0ActiveItem] | Unset):
                GrpTRESRunMins
            minutes (list[V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0MinutesItem] | Unset):
                GrpTRESMins
     """

    active: list[V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0ActiveItem] | Unset = UNSET
    minutes: list[V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0MinutesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0_active_item import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0ActiveItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0_minutes_item import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0MinutesItem # noqa: PLC0415
        active: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = []
            for active_item_data in self.active:
                active_item = active_item_data.to_dict()
                active.append(active_item)



        minutes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.minutes, Unset):
            minutes = []
            for minutes_item_data in self.minutes:
                minutes_item = minutes_item_data.to_dict()
                minutes.append(minutes_item)




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
        from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0_active_item import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0ActiveItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0_minutes_item import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0MinutesItem # noqa: PLC0415
        d = dict(src_dict)
        _active = d.pop("active", UNSET)
        active: list[V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0ActiveItem] | Unset = UNSET
        if _active is not UNSET:
            active = []
            for active_item_data in _active:
                active_item = V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0ActiveItem.from_dict(active_item_data)



                active.append(active_item)


        _minutes = d.pop("minutes", UNSET)
        minutes: list[V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0MinutesItem] | Unset = UNSET
        if _minutes is not UNSET:
            minutes = []
            for minutes_item_data in _minutes:
                minutes_item = V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0TresType0GroupType0MinutesItem.from_dict(minutes_item_data)



                minutes.append(minutes_item)


        v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0 = cls(
            active=active,
            minutes=minutes,
        )


        v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_tres_type_0_group_type_0

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
