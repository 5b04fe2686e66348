from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_cluster_info import Dbv0038ClusterInfo





T = TypeVar("T", bound="Dbv0038ClustersProperties")



@_attrs_define
class Dbv0038ClustersProperties:
    """ 
        Attributes:
            clusters (Dbv0038ClusterInfo | None | Unset):
     """

    clusters: Dbv0038ClusterInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_cluster_info import Dbv0038ClusterInfo # noqa: PLC0415
        clusters: dict[str, Any] | None | Unset
        if isinstance(self.clusters, Unset):
            clusters = UNSET
        elif isinstance(self.clusters, Dbv0038ClusterInfo):
            clusters = self.clusters.to_dict()
        else:
            clusters = self.clusters


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_cluster_info import Dbv0038ClusterInfo # noqa: PLC0415
        d = dict(src_dict)
        def _parse_clusters(data: object) -> Dbv0038ClusterInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clusters_type_0 = Dbv0038ClusterInfo.from_dict(data)



                return clusters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038ClusterInfo | None | Unset, data)

        clusters = _parse_clusters(d.pop("clusters", UNSET))


        dbv_0038_clusters_properties = cls(
            clusters=clusters,
        )


        dbv_0038_clusters_properties.additional_properties = d
        return dbv_0038_clusters_properties

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
