from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_cluster_rec_associations_type_0 import V0045ClusterRecAssociationsType0
  from ..models.v0045_cluster_rec_controller_type_0 import V0045ClusterRecControllerType0
  from ..models.v0045_tres import V0045Tres





T = TypeVar("T", bound="V0045ClusterRec")



@_attrs_define
class V0045ClusterRec:
    """ 
        Attributes:
            associations (None | Unset | V0045ClusterRecAssociationsType0):
            controller (None | Unset | V0045ClusterRecControllerType0):
            flags (list[str] | Unset): Flags
            name (str | Unset): ClusterName
            nodes (str | Unset): Node names
            rpc_version (int | Unset): RPC version used in the cluster
            tres (list[V0045Tres] | Unset):
     """

    associations: None | Unset | V0045ClusterRecAssociationsType0 = UNSET
    controller: None | Unset | V0045ClusterRecControllerType0 = UNSET
    flags: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    nodes: str | Unset = UNSET
    rpc_version: int | Unset = UNSET
    tres: list[V0045Tres] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_cluster_rec_associations_type_0 import V0045ClusterRecAssociationsType0 # noqa: PLC0415
        from ..models.v0045_cluster_rec_controller_type_0 import V0045ClusterRecControllerType0 # noqa: PLC0415
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        associations: dict[str, Any] | None | Unset
        if isinstance(self.associations, Unset):
            associations = UNSET
        elif isinstance(self.associations, V0045ClusterRecAssociationsType0):
            associations = self.associations.to_dict()
        else:
            associations = self.associations

        controller: dict[str, Any] | None | Unset
        if isinstance(self.controller, Unset):
            controller = UNSET
        elif isinstance(self.controller, V0045ClusterRecControllerType0):
            controller = self.controller.to_dict()
        else:
            controller = self.controller

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        name = self.name

        nodes = self.nodes

        rpc_version = self.rpc_version

        tres: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tres, Unset):
            tres = []
            for componentsschemasv0_0_45_tres_list_item_data in self.tres:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                tres.append(componentsschemasv0_0_45_tres_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if associations is not UNSET:
            field_dict["associations"] = associations
        if controller is not UNSET:
            field_dict["controller"] = controller
        if flags is not UNSET:
            field_dict["flags"] = flags
        if name is not UNSET:
            field_dict["name"] = name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if rpc_version is not UNSET:
            field_dict["rpc_version"] = rpc_version
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_cluster_rec_associations_type_0 import V0045ClusterRecAssociationsType0 # noqa: PLC0415
        from ..models.v0045_cluster_rec_controller_type_0 import V0045ClusterRecControllerType0 # noqa: PLC0415
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        d = dict(src_dict)
        def _parse_associations(data: object) -> None | Unset | V0045ClusterRecAssociationsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                associations_type_0 = V0045ClusterRecAssociationsType0.from_dict(data)



                return associations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045ClusterRecAssociationsType0, data)

        associations = _parse_associations(d.pop("associations", UNSET))


        def _parse_controller(data: object) -> None | Unset | V0045ClusterRecControllerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                controller_type_0 = V0045ClusterRecControllerType0.from_dict(data)



                return controller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045ClusterRecControllerType0, data)

        controller = _parse_controller(d.pop("controller", UNSET))


        flags = cast(list[str], d.pop("flags", UNSET))


        name = d.pop("name", UNSET)

        nodes = d.pop("nodes", UNSET)

        rpc_version = d.pop("rpc_version", UNSET)

        _tres = d.pop("tres", UNSET)
        tres: list[V0045Tres] | Unset = UNSET
        if _tres is not UNSET:
            tres = []
            for componentsschemasv0_0_45_tres_list_item_data in _tres:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                tres.append(componentsschemasv0_0_45_tres_list_item)


        v0045_cluster_rec = cls(
            associations=associations,
            controller=controller,
            flags=flags,
            name=name,
            nodes=nodes,
            rpc_version=rpc_version,
            tres=tres,
        )


        v0045_cluster_rec.additional_properties = d
        return v0045_cluster_rec

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
