from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item_value_type_0 import V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0





T = TypeVar("T", bound="V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem")



@_attrs_define
class V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem:
    """ 
        Attributes:
            name (str | Unset): TRES name
            value (None | Unset | V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0): TRES
                value
     """

    name: str | Unset = UNSET
    value: None | Unset | V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item_value_type_0 import V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0 # noqa: PLC0415
        name = self.name

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0):
            value = self.value.to_dict()
        else:
            value = self.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item_value_type_0 import V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0 # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_value(data: object) -> None | Unset | V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0.from_dict(data)



                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItemValueType0, data)

        value = _parse_value(d.pop("value", UNSET))


        v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item = cls(
            name=name,
            value=value,
        )


        v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item.additional_properties = d
        return v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item

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
