from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_per_type_0_account_type_0_wall_clock_type_0 import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0





T = TypeVar("T", bound="V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0")



@_attrs_define
class V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0:
    """ 
        Attributes:
            wall_clock (None | Unset |
                V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0): GrpWall
     """

    wall_clock: None | Unset | V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_per_type_0_account_type_0_wall_clock_type_0 import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0 # noqa: PLC0415
        wall_clock: dict[str, Any] | None | Unset
        if isinstance(self.wall_clock, Unset):
            wall_clock = UNSET
        elif isinstance(self.wall_clock, V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0):
            wall_clock = self.wall_clock.to_dict()
        else:
            wall_clock = self.wall_clock


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if wall_clock is not UNSET:
            field_dict["wall_clock"] = wall_clock

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_per_type_0_account_type_0_wall_clock_type_0 import V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_wall_clock(data: object) -> None | Unset | V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wall_clock_type_0 = V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0.from_dict(data)



                return wall_clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdConfigRespAssociationsItemMaxType0PerType0AccountType0WallClockType0, data)

        wall_clock = _parse_wall_clock(d.pop("wall_clock", UNSET))


        v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_per_type_0_account_type_0 = cls(
            wall_clock=wall_clock,
        )


        v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_per_type_0_account_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_config_resp_associations_item_max_type_0_per_type_0_account_type_0

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
