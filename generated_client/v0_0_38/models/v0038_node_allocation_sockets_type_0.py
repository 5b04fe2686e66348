from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0038_node_allocation_sockets_type_0_cores import V0038NodeAllocationSocketsType0Cores





T = TypeVar("T", bound="V0038NodeAllocationSocketsType0")



@_attrs_define
class V0038NodeAllocationSocketsType0:
    """ assignment status of each socket by numeric socket id

        Attributes:
            cores (V0038NodeAllocationSocketsType0Cores | Unset): assignment status of each core by core id in each socket
     """

    cores: V0038NodeAllocationSocketsType0Cores | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0038_node_allocation_sockets_type_0_cores import V0038NodeAllocationSocketsType0Cores # noqa: PLC0415
        cores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cores, Unset):
            cores = self.cores.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cores is not UNSET:
            field_dict["cores"] = cores

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0038_node_allocation_sockets_type_0_cores import V0038NodeAllocationSocketsType0Cores # noqa: PLC0415
        d = dict(src_dict)
        _cores = d.pop("cores", UNSET)
        cores: V0038NodeAllocationSocketsType0Cores | Unset
        if isinstance(_cores,  Unset):
            cores = UNSET
        else:
            cores = V0038NodeAllocationSocketsType0Cores.from_dict(_cores)




        v0038_node_allocation_sockets_type_0 = cls(
            cores=cores,
        )


        v0038_node_allocation_sockets_type_0.additional_properties = d
        return v0038_node_allocation_sockets_type_0

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
