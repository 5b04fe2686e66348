from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0038_node_allocation_sockets_type_0 import V0038NodeAllocationSocketsType0





T = TypeVar("T", bound="V0038NodeAllocation")



@_attrs_define
class V0038NodeAllocation:
    """ 
        Attributes:
            cpus (int | Unset): number of assigned job CPUs
            memory (int | Unset): amount of assigned job memory
            nodename (str | Unset): node name
            sockets (None | Unset | V0038NodeAllocationSocketsType0): assignment status of each socket by numeric socket id
     """

    cpus: int | Unset = UNSET
    memory: int | Unset = UNSET
    nodename: str | Unset = UNSET
    sockets: None | Unset | V0038NodeAllocationSocketsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0038_node_allocation_sockets_type_0 import V0038NodeAllocationSocketsType0 # noqa: PLC0415
        cpus = self.cpus

        memory = self.memory

        nodename = self.nodename

        sockets: dict[str, Any] | None | Unset
        if isinstance(self.sockets, Unset):
            sockets = UNSET
        elif isinstance(self.sockets, V0038NodeAllocationSocketsType0):
            sockets = self.sockets.to_dict()
        else:
            sockets = self.sockets


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if memory is not UNSET:
            field_dict["memory"] = memory
        if nodename is not UNSET:
            field_dict["nodename"] = nodename
        if sockets is not UNSET:
            field_dict["sockets"] = sockets

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0038_node_allocation_sockets_type_0 import V0038NodeAllocationSocketsType0 # noqa: PLC0415
        d = dict(src_dict)
        cpus = d.pop("cpus", UNSET)

        memory = d.pop("memory", UNSET)

        nodename = d.pop("nodename", UNSET)

        def _parse_sockets(data: object) -> None | Unset | V0038NodeAllocationSocketsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sockets_type_0 = V0038NodeAllocationSocketsType0.from_dict(data)



                return sockets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0038NodeAllocationSocketsType0, data)

        sockets = _parse_sockets(d.pop("sockets", UNSET))


        v0038_node_allocation = cls(
            cpus=cpus,
            memory=memory,
            nodename=nodename,
            sockets=sockets,
        )


        v0038_node_allocation.additional_properties = d
        return v0038_node_allocation

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
