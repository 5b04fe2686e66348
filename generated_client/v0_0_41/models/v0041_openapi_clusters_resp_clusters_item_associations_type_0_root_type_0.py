from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiClustersRespClustersItemAssociationsType0RootType0")



@_attrs_define
class V0041OpenapiClustersRespClustersItemAssociationsType0RootType0:
    """ Root association information

        Attributes:
            user (str): User name
            account (str | Unset): Account
            cluster (str | Unset): Cluster
            id (int | Unset): Numeric association ID
            partition (str | Unset): Partition
     """

    user: str
    account: str | Unset = UNSET
    cluster: str | Unset = UNSET
    id: int | Unset = UNSET
    partition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        user = self.user

        account = self.account

        cluster = self.cluster

        id = self.id

        partition = self.partition


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "user": user,
        })
        if account is not UNSET:
            field_dict["account"] = account
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if id is not UNSET:
            field_dict["id"] = id
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = d.pop("user")

        account = d.pop("account", UNSET)

        cluster = d.pop("cluster", UNSET)

        id = d.pop("id", UNSET)

        partition = d.pop("partition", UNSET)

        v0041_openapi_clusters_resp_clusters_item_associations_type_0_root_type_0 = cls(
            user=user,
            account=account,
            cluster=cluster,
            id=id,
            partition=partition,
        )


        v0041_openapi_clusters_resp_clusters_item_associations_type_0_root_type_0.additional_properties = d
        return v0041_openapi_clusters_resp_clusters_item_associations_type_0_root_type_0

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
