from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_assoc_rec_set import V0042AssocRecSet





T = TypeVar("T", bound="V0042UsersAddCond")



@_attrs_define
class V0042UsersAddCond:
    """ 
        Attributes:
            users (list[str]):
            accounts (list[str] | Unset):
            association (None | Unset | V0042AssocRecSet): Association limits and options
            clusters (list[str] | Unset):
            partitions (list[str] | Unset):
            wckeys (list[str] | Unset):
     """

    users: list[str]
    accounts: list[str] | Unset = UNSET
    association: None | Unset | V0042AssocRecSet = UNSET
    clusters: list[str] | Unset = UNSET
    partitions: list[str] | Unset = UNSET
    wckeys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_assoc_rec_set import V0042AssocRecSet # noqa: PLC0415
        users = self.users



        accounts: list[str] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts



        association: dict[str, Any] | None | Unset
        if isinstance(self.association, Unset):
            association = UNSET
        elif isinstance(self.association, V0042AssocRecSet):
            association = self.association.to_dict()
        else:
            association = self.association

        clusters: list[str] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = self.clusters



        partitions: list[str] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = self.partitions



        wckeys: list[str] | Unset = UNSET
        if not isinstance(self.wckeys, Unset):
            wckeys = self.wckeys




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "users": users,
        })
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if association is not UNSET:
            field_dict["association"] = association
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if partitions is not UNSET:
            field_dict["partitions"] = partitions
        if wckeys is not UNSET:
            field_dict["wckeys"] = wckeys

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_assoc_rec_set import V0042AssocRecSet # noqa: PLC0415
        d = dict(src_dict)
        users = cast(list[str], d.pop("users"))


        accounts = cast(list[str], d.pop("accounts", UNSET))


        def _parse_association(data: object) -> None | Unset | V0042AssocRecSet:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                association_type_0 = V0042AssocRecSet.from_dict(data)



                return association_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042AssocRecSet, data)

        association = _parse_association(d.pop("association", UNSET))


        clusters = cast(list[str], d.pop("clusters", UNSET))


        partitions = cast(list[str], d.pop("partitions", UNSET))


        wckeys = cast(list[str], d.pop("wckeys", UNSET))


        v0042_users_add_cond = cls(
            users=users,
            accounts=accounts,
            association=association,
            clusters=clusters,
            partitions=partitions,
            wckeys=wckeys,
        )


        v0042_users_add_cond.additional_properties = d
        return v0042_users_add_cond

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
