from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0





T = TypeVar("T", bound="V0041OpenapiAccountsAddCondRespAssociationConditionType0")



@_attrs_define
class V0041OpenapiAccountsAddCondRespAssociationConditionType0:
    """ CSV list of accounts, association limits and options, CSV list of clusters

        Attributes:
            accounts (list[str]): CSV accounts list
            association (None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0):
                Association limits and options
            clusters (list[str] | Unset): CSV clusters list
     """

    accounts: list[str]
    association: None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0 = UNSET
    clusters: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0 # noqa: PLC0415
        accounts = self.accounts



        association: dict[str, Any] | None | Unset
        if isinstance(self.association, Unset):
            association = UNSET
        elif isinstance(self.association, V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0):
            association = self.association.to_dict()
        else:
            association = self.association

        clusters: list[str] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = self.clusters




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accounts": accounts,
        })
        if association is not UNSET:
            field_dict["association"] = association
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_accounts_add_cond_resp_association_condition_type_0_association_type_0 import V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0 # noqa: PLC0415
        d = dict(src_dict)
        accounts = cast(list[str], d.pop("accounts"))


        def _parse_association(data: object) -> None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                association_type_0 = V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0.from_dict(data)



                return association_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAccountsAddCondRespAssociationConditionType0AssociationType0, data)

        association = _parse_association(d.pop("association", UNSET))


        clusters = cast(list[str], d.pop("clusters", UNSET))


        v0041_openapi_accounts_add_cond_resp_association_condition_type_0 = cls(
            accounts=accounts,
            association=association,
            clusters=clusters,
        )


        v0041_openapi_accounts_add_cond_resp_association_condition_type_0.additional_properties = d
        return v0041_openapi_accounts_add_cond_resp_association_condition_type_0

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
