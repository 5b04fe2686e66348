from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item import V0041OpenapiSharesRespSharesType0SharesItem





T = TypeVar("T", bound="V0041OpenapiSharesRespSharesType0")



@_attrs_define
class V0041OpenapiSharesRespSharesType0:
    """ fairshare info

        Attributes:
            shares (list[V0041OpenapiSharesRespSharesType0SharesItem] | Unset): Association shares
            total_shares (int | Unset): Total number of shares
     """

    shares: list[V0041OpenapiSharesRespSharesType0SharesItem] | Unset = UNSET
    total_shares: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item import V0041OpenapiSharesRespSharesType0SharesItem # noqa: PLC0415
        shares: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shares, Unset):
            shares = []
            for shares_item_data in self.shares:
                shares_item = shares_item_data.to_dict()
                shares.append(shares_item)



        total_shares = self.total_shares


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if shares is not UNSET:
            field_dict["shares"] = shares
        if total_shares is not UNSET:
            field_dict["total_shares"] = total_shares

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item import V0041OpenapiSharesRespSharesType0SharesItem # noqa: PLC0415
        d = dict(src_dict)
        _shares = d.pop("shares", UNSET)
        shares: list[V0041OpenapiSharesRespSharesType0SharesItem] | Unset = UNSET
        if _shares is not UNSET:
            shares = []
            for shares_item_data in _shares:
                shares_item = V0041OpenapiSharesRespSharesType0SharesItem.from_dict(shares_item_data)



                shares.append(shares_item)


        total_shares = d.pop("total_shares", UNSET)

        v0041_openapi_shares_resp_shares_type_0 = cls(
            shares=shares,
            total_shares=total_shares,
        )


        v0041_openapi_shares_resp_shares_type_0.additional_properties = d
        return v0041_openapi_shares_resp_shares_type_0

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
