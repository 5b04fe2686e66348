from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_job_res_nodes_type_0 import V0045JobResNodesType0
  from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct





T = TypeVar("T", bound="V0045JobRes")



@_attrs_define
class V0045JobRes:
    """ 
        Attributes:
            cpus (int): Number of allocated CPUs
            select_type (list[str]): Scheduler consumable resource selection type
            threads_per_core (None | V0045Uint16NoValStruct): Number of processor threads per CPU core (16 bit integer
                number with flags)
            nodes (None | Unset | V0045JobResNodesType0):
     """

    cpus: int
    select_type: list[str]
    threads_per_core: None | V0045Uint16NoValStruct
    nodes: None | Unset | V0045JobResNodesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_job_res_nodes_type_0 import V0045JobResNodesType0 # noqa: PLC0415
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        cpus = self.cpus

        select_type = self.select_type



        threads_per_core: dict[str, Any] | None
        if isinstance(self.threads_per_core, V0045Uint16NoValStruct):
            threads_per_core = self.threads_per_core.to_dict()
        else:
            threads_per_core = self.threads_per_core

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, V0045JobResNodesType0):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cpus": cpus,
            "select_type": select_type,
            "threads_per_core": threads_per_core,
        })
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_job_res_nodes_type_0 import V0045JobResNodesType0 # noqa: PLC0415
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        cpus = d.pop("cpus")

        select_type = cast(list[str], d.pop("select_type"))


        def _parse_threads_per_core(data: object) -> None | V0045Uint16NoValStruct:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                threads_per_core_type_0 = V0045Uint16NoValStruct.from_dict(data)



                return threads_per_core_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0045Uint16NoValStruct, data)

        threads_per_core = _parse_threads_per_core(d.pop("threads_per_core"))


        def _parse_nodes(data: object) -> None | Unset | V0045JobResNodesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = V0045JobResNodesType0.from_dict(data)



                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045JobResNodesType0, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))


        v0045_job_res = cls(
            cpus=cpus,
            select_type=select_type,
            threads_per_core=threads_per_core,
            nodes=nodes,
        )


        v0045_job_res.additional_properties = d
        return v0045_job_res

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
