from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_job_res_node_cpus_type_0 import V0045JobResNodeCpusType0
  from ..models.v0045_job_res_node_memory_type_0 import V0045JobResNodeMemoryType0
  from ..models.v0045_job_res_socket import V0045JobResSocket





T = TypeVar("T", bound="V0045JobResNode")



@_attrs_define
class V0045JobResNode:
    """ 
        Attributes:
            index (int): Node index
            name (str): Node name
            sockets (list[V0045JobResSocket]):
            cpus (None | Unset | V0045JobResNodeCpusType0):
            memory (None | Unset | V0045JobResNodeMemoryType0):
     """

    index: int
    name: str
    sockets: list[V0045JobResSocket]
    cpus: None | Unset | V0045JobResNodeCpusType0 = UNSET
    memory: None | Unset | V0045JobResNodeMemoryType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_job_res_node_cpus_type_0 import V0045JobResNodeCpusType0 # noqa: PLC0415
        from ..models.v0045_job_res_node_memory_type_0 import V0045JobResNodeMemoryType0 # noqa: PLC0415
        from ..models.v0045_job_res_socket import V0045JobResSocket # noqa: PLC0415
        index = self.index

        name = self.name

        sockets = []
        for componentsschemasv0_0_45_job_res_socket_array_item_data in self.sockets:
            componentsschemasv0_0_45_job_res_socket_array_item = componentsschemasv0_0_45_job_res_socket_array_item_data.to_dict()
            sockets.append(componentsschemasv0_0_45_job_res_socket_array_item)



        cpus: dict[str, Any] | None | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        elif isinstance(self.cpus, V0045JobResNodeCpusType0):
            cpus = self.cpus.to_dict()
        else:
            cpus = self.cpus

        memory: dict[str, Any] | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        elif isinstance(self.memory, V0045JobResNodeMemoryType0):
            memory = self.memory.to_dict()
        else:
            memory = self.memory


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "name": name,
            "sockets": sockets,
        })
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_job_res_node_cpus_type_0 import V0045JobResNodeCpusType0 # noqa: PLC0415
        from ..models.v0045_job_res_node_memory_type_0 import V0045JobResNodeMemoryType0 # noqa: PLC0415
        from ..models.v0045_job_res_socket import V0045JobResSocket # noqa: PLC0415
        d = dict(src_dict)
        index = d.pop("index")

        name = d.pop("name")

        sockets = []
        _sockets = d.pop("sockets")
        for componentsschemasv0_0_45_job_res_socket_array_item_data in (_sockets):
            componentsschemasv0_0_45_job_res_socket_array_item = V0045JobResSocket.from_dict(componentsschemasv0_0_45_job_res_socket_array_item_data)



            sockets.append(componentsschemasv0_0_45_job_res_socket_array_item)


        def _parse_cpus(data: object) -> None | Unset | V0045JobResNodeCpusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpus_type_0 = V0045JobResNodeCpusType0.from_dict(data)



                return cpus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045JobResNodeCpusType0, data)

        cpus = _parse_cpus(d.pop("cpus", UNSET))


        def _parse_memory(data: object) -> None | Unset | V0045JobResNodeMemoryType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_type_0 = V0045JobResNodeMemoryType0.from_dict(data)



                return memory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045JobResNodeMemoryType0, data)

        memory = _parse_memory(d.pop("memory", UNSET))


        v0045_job_res_node = cls(
            index=index,
            name=name,
            sockets=sockets,
            cpus=cpus,
            memory=memory,
        )


        v0045_job_res_node.additional_properties = d
        return v0045_job_res_node

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
