from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_job_res_core import V0044JobResCore





T = TypeVar("T", bound="V0044JobResSocket")



@_attrs_define
class V0044JobResSocket:
    """ 
        Attributes:
            cores (list[V0044JobResCore]):
            index (int): Core index
     """

    cores: list[V0044JobResCore]
    index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_job_res_core import V0044JobResCore # noqa: PLC0415
        cores = []
        for componentsschemasv0_0_44_job_res_core_array_item_data in self.cores:
            componentsschemasv0_0_44_job_res_core_array_item = componentsschemasv0_0_44_job_res_core_array_item_data.to_dict()
            cores.append(componentsschemasv0_0_44_job_res_core_array_item)



        index = self.index


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cores": cores,
            "index": index,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_job_res_core import V0044JobResCore # noqa: PLC0415
        d = dict(src_dict)
        cores = []
        _cores = d.pop("cores")
        for componentsschemasv0_0_44_job_res_core_array_item_data in (_cores):
            componentsschemasv0_0_44_job_res_core_array_item = V0044JobResCore.from_dict(componentsschemasv0_0_44_job_res_core_array_item_data)



            cores.append(componentsschemasv0_0_44_job_res_core_array_item)


        index = d.pop("index")

        v0044_job_res_socket = cls(
            cores=cores,
            index=index,
        )


        v0044_job_res_socket.additional_properties = d
        return v0044_job_res_socket

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
