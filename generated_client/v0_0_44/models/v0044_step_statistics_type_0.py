from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_step_statistics_type_0_energy_type_0 import V0044StepStatisticsType0EnergyType0
  from ..models.v0044_step_statistics_type_0cpu_type_0 import V0044StepStatisticsType0CPUType0





T = TypeVar("T", bound="V0044StepStatisticsType0")



@_attrs_define
class V0044StepStatisticsType0:
    """ 
        Attributes:
            cpu (None | Unset | V0044StepStatisticsType0CPUType0):
            energy (None | Unset | V0044StepStatisticsType0EnergyType0):
     """

    cpu: None | Unset | V0044StepStatisticsType0CPUType0 = UNSET
    energy: None | Unset | V0044StepStatisticsType0EnergyType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_step_statistics_type_0_energy_type_0 import V0044StepStatisticsType0EnergyType0 # noqa: PLC0415
        from ..models.v0044_step_statistics_type_0cpu_type_0 import V0044StepStatisticsType0CPUType0 # noqa: PLC0415
        cpu: dict[str, Any] | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        elif isinstance(self.cpu, V0044StepStatisticsType0CPUType0):
            cpu = self.cpu.to_dict()
        else:
            cpu = self.cpu

        energy: dict[str, Any] | None | Unset
        if isinstance(self.energy, Unset):
            energy = UNSET
        elif isinstance(self.energy, V0044StepStatisticsType0EnergyType0):
            energy = self.energy.to_dict()
        else:
            energy = self.energy


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cpu is not UNSET:
            field_dict["CPU"] = cpu
        if energy is not UNSET:
            field_dict["energy"] = energy

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_step_statistics_type_0_energy_type_0 import V0044StepStatisticsType0EnergyType0 # noqa: PLC0415
        from ..models.v0044_step_statistics_type_0cpu_type_0 import V0044StepStatisticsType0CPUType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_cpu(data: object) -> None | Unset | V0044StepStatisticsType0CPUType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_type_0 = V0044StepStatisticsType0CPUType0.from_dict(data)



                return cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044StepStatisticsType0CPUType0, data)

        cpu = _parse_cpu(d.pop("CPU", UNSET))


        def _parse_energy(data: object) -> None | Unset | V0044StepStatisticsType0EnergyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                energy_type_0 = V0044StepStatisticsType0EnergyType0.from_dict(data)



                return energy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044StepStatisticsType0EnergyType0, data)

        energy = _parse_energy(d.pop("energy", UNSET))


        v0044_step_statistics_type_0 = cls(
            cpu=cpu,
            energy=energy,
        )


        v0044_step_statistics_type_0.additional_properties = d
        return v0044_step_statistics_type_0

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
