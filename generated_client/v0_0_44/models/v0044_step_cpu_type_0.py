from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_step_cpu_type_0_requested_frequency_type_0 import V0044StepCPUType0RequestedFrequencyType0





T = TypeVar("T", bound="V0044StepCPUType0")



@_attrs_define
class V0044StepCPUType0:
    """ 
        Attributes:
            governor (str | Unset): Requested CPU frequency governor in kHz
            requested_frequency (None | Unset | V0044StepCPUType0RequestedFrequencyType0):
     """

    governor: str | Unset = UNSET
    requested_frequency: None | Unset | V0044StepCPUType0RequestedFrequencyType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_step_cpu_type_0_requested_frequency_type_0 import V0044StepCPUType0RequestedFrequencyType0 # noqa: PLC0415
        governor = self.governor

        requested_frequency: dict[str, Any] | None | Unset
        if isinstance(self.requested_frequency, Unset):
            requested_frequency = UNSET
        elif isinstance(self.requested_frequency, V0044StepCPUType0RequestedFrequencyType0):
            requested_frequency = self.requested_frequency.to_dict()
        else:
            requested_frequency = self.requested_frequency


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if governor is not UNSET:
            field_dict["governor"] = governor
        if requested_frequency is not UNSET:
            field_dict["requested_frequency"] = requested_frequency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_step_cpu_type_0_requested_frequency_type_0 import V0044StepCPUType0RequestedFrequencyType0 # noqa: PLC0415
        d = dict(src_dict)
        governor = d.pop("governor", UNSET)

        def _parse_requested_frequency(data: object) -> None | Unset | V0044StepCPUType0RequestedFrequencyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                requested_frequency_type_0 = V0044StepCPUType0RequestedFrequencyType0.from_dict(data)



                return requested_frequency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044StepCPUType0RequestedFrequencyType0, data)

        requested_frequency = _parse_requested_frequency(d.pop("requested_frequency", UNSET))


        v0044_step_cpu_type_0 = cls(
            governor=governor,
            requested_frequency=requested_frequency,
        )


        v0044_step_cpu_type_0.additional_properties = d
        return v0044_step_cpu_type_0

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
