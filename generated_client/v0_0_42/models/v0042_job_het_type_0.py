from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_uint_32_no_val_struct import V0042Uint32NoValStruct





T = TypeVar("T", bound="V0042JobHetType0")



@_attrs_define
class V0042JobHetType0:
    """ 
        Attributes:
            job_id (int | Unset): Heterogeneous job ID, if applicable
            job_offset (None | Unset | V0042Uint32NoValStruct): Unique sequence number applied to this component of the
                heterogeneous job
     """

    job_id: int | Unset = UNSET
    job_offset: None | Unset | V0042Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_uint_32_no_val_struct import V0042Uint32NoValStruct # noqa: PLC0415
        job_id = self.job_id

        job_offset: dict[str, Any] | None | Unset
        if isinstance(self.job_offset, Unset):
            job_offset = UNSET
        elif isinstance(self.job_offset, V0042Uint32NoValStruct):
            job_offset = self.job_offset.to_dict()
        else:
            job_offset = self.job_offset


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_offset is not UNSET:
            field_dict["job_offset"] = job_offset

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_uint_32_no_val_struct import V0042Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        def _parse_job_offset(data: object) -> None | Unset | V0042Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_offset_type_0 = V0042Uint32NoValStruct.from_dict(data)



                return job_offset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042Uint32NoValStruct, data)

        job_offset = _parse_job_offset(d.pop("job_offset", UNSET))


        v0042_job_het_type_0 = cls(
            job_id=job_id,
            job_offset=job_offset,
        )


        v0042_job_het_type_0.additional_properties = d
        return v0042_job_het_type_0

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
