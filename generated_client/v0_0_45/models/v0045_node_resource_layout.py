from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_node_gres_layout import V0045NodeGresLayout
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct





T = TypeVar("T", bound="V0045NodeResourceLayout")



@_attrs_define
class V0045NodeResourceLayout:
    """ 
        Attributes:
            node (str): Node name
            channel (None | Unset | V0045Uint32NoValStruct): IMEX channel (32 bit integer number with flags)
            core_bitmap (str | Unset): Abstract core bitmap
            cores_per_socket (int | Unset): Cores per socket
            gres (list[V0045NodeGresLayout] | Unset):
            mem_alloc (int | Unset): Allocated memory
            sockets_per_node (int | Unset): Sockets per node
     """

    node: str
    channel: None | Unset | V0045Uint32NoValStruct = UNSET
    core_bitmap: str | Unset = UNSET
    cores_per_socket: int | Unset = UNSET
    gres: list[V0045NodeGresLayout] | Unset = UNSET
    mem_alloc: int | Unset = UNSET
    sockets_per_node: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_node_gres_layout import V0045NodeGresLayout # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        node = self.node

        channel: dict[str, Any] | None | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, V0045Uint32NoValStruct):
            channel = self.channel.to_dict()
        else:
            channel = self.channel

        core_bitmap = self.core_bitmap

        cores_per_socket = self.cores_per_socket

        gres: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gres, Unset):
            gres = []
            for componentsschemasv0_0_45_node_gres_layout_list_item_data in self.gres:
                componentsschemasv0_0_45_node_gres_layout_list_item = componentsschemasv0_0_45_node_gres_layout_list_item_data.to_dict()
                gres.append(componentsschemasv0_0_45_node_gres_layout_list_item)



        mem_alloc = self.mem_alloc

        sockets_per_node = self.sockets_per_node


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "node": node,
        })
        if channel is not UNSET:
            field_dict["channel"] = channel
        if core_bitmap is not UNSET:
            field_dict["core_bitmap"] = core_bitmap
        if cores_per_socket is not UNSET:
            field_dict["cores_per_socket"] = cores_per_socket
        if gres is not UNSET:
            field_dict["gres"] = gres
        if mem_alloc is not UNSET:
            field_dict["mem_alloc"] = mem_alloc
        if sockets_per_node is not UNSET:
            field_dict["sockets_per_node"] = sockets_per_node

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_node_gres_layout import V0045NodeGresLayout # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        node = d.pop("node")

        def _parse_channel(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        channel = _parse_channel(d.pop("channel", UNSET))


        core_bitmap = d.pop("core_bitmap", UNSET)

        cores_per_socket = d.pop("cores_per_socket", UNSET)

        _gres = d.pop("gres", UNSET)
        gres: list[V0045NodeGresLayout] | Unset = UNSET
        if _gres is not UNSET:
            gres = []
            for componentsschemasv0_0_45_node_gres_layout_list_item_data in _gres:
                componentsschemasv0_0_45_node_gres_layout_list_item = V0045NodeGresLayout.from_dict(componentsschemasv0_0_45_node_gres_layout_list_item_data)



                gres.append(componentsschemasv0_0_45_node_gres_layout_list_item)


        mem_alloc = d.pop("mem_alloc", UNSET)

        sockets_per_node = d.pop("sockets_per_node", UNSET)

        v0045_node_resource_layout = cls(
            node=node,
            channel=channel,
            core_bitmap=core_bitmap,
            cores_per_socket=cores_per_socket,
            gres=gres,
            mem_alloc=mem_alloc,
            sockets_per_node=sockets_per_node,
        )


        v0045_node_resource_layout.additional_properties = d
        return v0045_node_resource_layout

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
