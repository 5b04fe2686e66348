from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_wckey_resp_wckeys_item_accounting_item import V0041OpenapiWckeyRespWckeysItemAccountingItem





T = TypeVar("T", bound="V0041OpenapiWckeyRespWckeysItem")



@_attrs_define
class V0041OpenapiWckeyRespWckeysItem:
    """ 
        Attributes:
            cluster (str): Cluster name
            name (str): WCKey name
            user (str): User name
            accounting (list[V0041OpenapiWckeyRespWckeysItemAccountingItem] | Unset): Accounting records containing related
                resource usage
            flags (list[str] | Unset): Flags associated with the WCKey
            id (int | Unset): Unique ID for this user-cluster-wckey combination
     """

    cluster: str
    name: str
    user: str
    accounting: list[V0041OpenapiWckeyRespWckeysItemAccountingItem] | Unset = UNSET
    flags: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_wckey_resp_wckeys_item_accounting_item import V0041OpenapiWckeyRespWckeysItemAccountingItem # noqa: PLC0415
        cluster = self.cluster

        name = self.name

        user = self.user

        accounting: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounting, Unset):
            accounting = []
            for accounting_item_data in self.accounting:
                accounting_item = accounting_item_data.to_dict()
                accounting.append(accounting_item)



        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        id = self.id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cluster": cluster,
            "name": name,
            "user": user,
        })
        if accounting is not UNSET:
            field_dict["accounting"] = accounting
        if flags is not UNSET:
            field_dict["flags"] = flags
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_wckey_resp_wckeys_item_accounting_item import V0041OpenapiWckeyRespWckeysItemAccountingItem # noqa: PLC0415
        d = dict(src_dict)
        cluster = d.pop("cluster")

        name = d.pop("name")

        user = d.pop("user")

        _accounting = d.pop("accounting", UNSET)
        accounting: list[V0041OpenapiWckeyRespWckeysItemAccountingItem] | Unset = UNSET
        if _accounting is not UNSET:
            accounting = []
            for accounting_item_data in _accounting:
                accounting_item = V0041OpenapiWckeyRespWckeysItemAccountingItem.from_dict(accounting_item_data)



                accounting.append(accounting_item)


        flags = cast(list[str], d.pop("flags", UNSET))


        id = d.pop("id", UNSET)

        v0041_openapi_wckey_resp_wckeys_item = cls(
            cluster=cluster,
            name=name,
            user=user,
            accounting=accounting,
            flags=flags,
            id=id,
        )


        v0041_openapi_wckey_resp_wckeys_item.additional_properties = d
        return v0041_openapi_wckey_resp_wckeys_item

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
