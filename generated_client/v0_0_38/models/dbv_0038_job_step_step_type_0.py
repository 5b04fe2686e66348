from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_job_step_step_type_0_het_type_0 import Dbv0038JobStepStepType0HetType0





T = TypeVar("T", bound="Dbv0038JobStepStepType0")



@_attrs_define
class Dbv0038JobStepStepType0:
    """ Step details

        Attributes:
            het (Dbv0038JobStepStepType0HetType0 | None | Unset): Heterogeneous job details
            id (str | Unset): Step id
            job_id (int | Unset): Parent job id
            name (str | Unset): Step name
     """

    het: Dbv0038JobStepStepType0HetType0 | None | Unset = UNSET
    id: str | Unset = UNSET
    job_id: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_job_step_step_type_0_het_type_0 import Dbv0038JobStepStepType0HetType0 # noqa: PLC0415
        het: dict[str, Any] | None | Unset
        if isinstance(self.het, Unset):
            het = UNSET
        elif isinstance(self.het, Dbv0038JobStepStepType0HetType0):
            het = self.het.to_dict()
        else:
            het = self.het

        id = self.id

        job_id = self.job_id

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if het is not UNSET:
            field_dict["het"] = het
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_job_step_step_type_0_het_type_0 import Dbv0038JobStepStepType0HetType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_het(data: object) -> Dbv0038JobStepStepType0HetType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                het_type_0 = Dbv0038JobStepStepType0HetType0.from_dict(data)



                return het_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepStepType0HetType0 | None | Unset, data)

        het = _parse_het(d.pop("het", UNSET))


        id = d.pop("id", UNSET)

        job_id = d.pop("job_id", UNSET)

        name = d.pop("name", UNSET)

        dbv_0038_job_step_step_type_0 = cls(
            het=het,
            id=id,
            job_id=job_id,
            name=name,
        )


        dbv_0038_job_step_step_type_0.additional_properties = d
        return dbv_0038_job_step_step_type_0

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
