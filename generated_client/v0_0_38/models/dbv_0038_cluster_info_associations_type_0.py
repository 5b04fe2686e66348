from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo





T = TypeVar("T", bound="Dbv0038ClusterInfoAssociationsType0")



@_attrs_define
class Dbv0038ClusterInfoAssociationsType0:
    """ Information about associations

        Attributes:
            root (Dbv0038AssociationShortInfo | None | Unset):
     """

    root: Dbv0038AssociationShortInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo # noqa: PLC0415
        root: dict[str, Any] | None | Unset
        if isinstance(self.root, Unset):
            root = UNSET
        elif isinstance(self.root, Dbv0038AssociationShortInfo):
            root = self.root.to_dict()
        else:
            root = self.root


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if root is not UNSET:
            field_dict["root"] = root

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_association_short_info import Dbv0038AssociationShortInfo # noqa: PLC0415
        d = dict(src_dict)
        def _parse_root(data: object) -> Dbv0038AssociationShortInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                root_type_0 = Dbv0038AssociationShortInfo.from_dict(data)



                return root_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038AssociationShortInfo | None | Unset, data)

        root = _parse_root(d.pop("root", UNSET))


        dbv_0038_cluster_info_associations_type_0 = cls(
            root=root,
        )


        dbv_0038_cluster_info_associations_type_0.additional_properties = d
        return dbv_0038_cluster_info_associations_type_0

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
