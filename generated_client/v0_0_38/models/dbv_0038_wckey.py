from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_accounting import Dbv0038Accounting





T = TypeVar("T", bound="Dbv0038Wckey")



@_attrs_define
class Dbv0038Wckey:
    """ 
        Attributes:
            accounting (list[Dbv0038Accounting] | Unset): List of accounting records
            cluster (str | Unset): Cluster name
            flags (list[str] | Unset): List of properties of wckey
            id (int | Unset): wckey database unique id
            name (str | Unset): wckey name
            user (str | Unset): wckey user
     """

    accounting: list[Dbv0038Accounting] | Unset = UNSET
    cluster: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_accounting import Dbv0038Accounting # noqa: PLC0415
        accounting: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounting, Unset):
            accounting = []
            for accounting_item_data in self.accounting:
                accounting_item = accounting_item_data.to_dict()
                accounting.append(accounting_item)



        cluster = self.cluster

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        id = self.id

        name = self.name

        user = self.user


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accounting is not UNSET:
            field_dict["accounting"] = accounting
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if flags is not UNSET:
            field_dict["flags"] = flags
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_accounting import Dbv0038Accounting # noqa: PLC0415
        d = dict(src_dict)
        _accounting = d.pop("accounting", UNSET)
        accounting: list[Dbv0038Accounting] | Unset = UNSET
        if _accounting is not UNSET:
            accounting = []
            for accounting_item_data in _accounting:
                accounting_item = Dbv0038Accounting.from_dict(accounting_item_data)



                accounting.append(accounting_item)


        cluster = d.pop("cluster", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        user = d.pop("user", UNSET)

        dbv_0038_wckey = cls(
            accounting=accounting,
            cluster=cluster,
            flags=flags,
            id=id,
            name=name,
            user=user,
        )


        dbv_0038_wckey.additional_properties = d
        return dbv_0038_wckey

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
