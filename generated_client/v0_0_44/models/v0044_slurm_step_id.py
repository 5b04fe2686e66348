from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct





T = TypeVar("T", bound="V0044SlurmStepId")



@_attrs_define
class V0044SlurmStepId:
    """ 
        Attributes:
            job_id (None | Unset | V0044Uint32NoValStruct): Job ID (32 bit integer number with flags)
            sluid (str | Unset): SLUID (Slurm Lexicographically-sortable Unique ID)
            step_het_component (None | Unset | V0044Uint32NoValStruct): HetJob component (32 bit integer number with flags)
            step_id (str | Unset): Job step ID
     """

    job_id: None | Unset | V0044Uint32NoValStruct = UNSET
    sluid: str | Unset = UNSET
    step_het_component: None | Unset | V0044Uint32NoValStruct = UNSET
    step_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        job_id: dict[str, Any] | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        elif isinstance(self.job_id, V0044Uint32NoValStruct):
            job_id = self.job_id.to_dict()
        else:
            job_id = self.job_id

        sluid = self.sluid

        step_het_component: dict[str, Any] | None | Unset
        if isinstance(self.step_het_component, Unset):
            step_het_component = UNSET
        elif isinstance(self.step_het_component, V0044Uint32NoValStruct):
            step_het_component = self.step_het_component.to_dict()
        else:
            step_het_component = self.step_het_component

        step_id = self.step_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if sluid is not UNSET:
            field_dict["sluid"] = sluid
        if step_het_component is not UNSET:
            field_dict["step_het_component"] = step_het_component
        if step_id is not UNSET:
            field_dict["step_id"] = step_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_job_id(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_id_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))


        sluid = d.pop("sluid", UNSET)

        def _parse_step_het_component(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_het_component_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return step_het_component_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        step_het_component = _parse_step_het_component(d.pop("step_het_component", UNSET))


        step_id = d.pop("step_id", UNSET)

        v0044_slurm_step_id = cls(
            job_id=job_id,
            sluid=sluid,
            step_het_component=step_het_component,
            step_id=step_id,
        )


        v0044_slurm_step_id.additional_properties = d
        return v0044_slurm_step_id

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
