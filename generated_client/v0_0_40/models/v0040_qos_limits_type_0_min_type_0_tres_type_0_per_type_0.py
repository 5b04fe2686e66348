from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_tres import V0040Tres





T = TypeVar("T", bound="V0040QosLimitsType0MinType0TresType0PerType0")



@_attrs_define
class V0040QosLimitsType0MinType0TresType0PerType0:
    """ 
        Attributes:
            job (list[V0040Tres] | Unset):
     """

    job: list[V0040Tres] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_tres import V0040Tres # noqa: PLC0415
        job: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = []
            for componentsschemasv0_0_40_tres_list_item_data in self.job:
                componentsschemasv0_0_40_tres_list_item = componentsschemasv0_0_40_tres_list_item_data.to_dict()
                job.append(componentsschemasv0_0_40_tres_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0040_tres import V0040Tres # noqa: PLC0415
        d = dict(src_dict)
        _job = d.pop("job", UNSET)
        job: list[V0040Tres] | Unset = UNSET
        if _job is not UNSET:
            job = []
            for componentsschemasv0_0_40_tres_list_item_data in _job:
                componentsschemasv0_0_40_tres_list_item = V0040Tres.from_dict(componentsschemasv0_0_40_tres_list_item_data)



                job.append(componentsschemasv0_0_40_tres_list_item)


        v0040_qos_limits_type_0_min_type_0_tres_type_0_per_type_0 = cls(
            job=job,
        )


        v0040_qos_limits_type_0_min_type_0_tres_type_0_per_type_0.additional_properties = d
        return v0040_qos_limits_type_0_min_type_0_tres_type_0_per_type_0

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
