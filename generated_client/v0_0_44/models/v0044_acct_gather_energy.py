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





T = TypeVar("T", bound="V0044AcctGatherEnergy")



@_attrs_define
class V0044AcctGatherEnergy:
    """ 
        Attributes:
            average_watts (int | Unset): Average power consumption, in watts
            base_consumed_energy (int | Unset): The energy consumed between when the node was powered on and the last time
                it was registered by slurmd, in joules
            consumed_energy (int | Unset): The energy consumed between the last time the node was registered by the slurmd
                daemon and the last node energy accounting sample, in joules
            current_watts (None | Unset | V0044Uint32NoValStruct): The instantaneous power consumption at the time of the
                last node energy accounting sample, in watts (32 bit integer number with flags)
            last_collected (int | Unset): Time when energy data was last retrieved (UNIX timestamp) (UNIX timestamp or time
                string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
            previous_consumed_energy (int | Unset): Previous value of consumed_energy
     """

    average_watts: int | Unset = UNSET
    base_consumed_energy: int | Unset = UNSET
    consumed_energy: int | Unset = UNSET
    current_watts: None | Unset | V0044Uint32NoValStruct = UNSET
    last_collected: int | Unset = UNSET
    previous_consumed_energy: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        average_watts = self.average_watts

        base_consumed_energy = self.base_consumed_energy

        consumed_energy = self.consumed_energy

        current_watts: dict[str, Any] | None | Unset
        if isinstance(self.current_watts, Unset):
            current_watts = UNSET
        elif isinstance(self.current_watts, V0044Uint32NoValStruct):
            current_watts = self.current_watts.to_dict()
        else:
            current_watts = self.current_watts

        last_collected = self.last_collected

        previous_consumed_energy = self.previous_consumed_energy


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if average_watts is not UNSET:
            field_dict["average_watts"] = average_watts
        if base_consumed_energy is not UNSET:
            field_dict["base_consumed_energy"] = base_consumed_energy
        if consumed_energy is not UNSET:
            field_dict["consumed_energy"] = consumed_energy
        if current_watts is not UNSET:
            field_dict["current_watts"] = current_watts
        if last_collected is not UNSET:
            field_dict["last_collected"] = last_collected
        if previous_consumed_energy is not UNSET:
            field_dict["previous_consumed_energy"] = previous_consumed_energy

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        average_watts = d.pop("average_watts", UNSET)

        base_consumed_energy = d.pop("base_consumed_energy", UNSET)

        consumed_energy = d.pop("consumed_energy", UNSET)

        def _parse_current_watts(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_watts_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return current_watts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        current_watts = _parse_current_watts(d.pop("current_watts", UNSET))


        last_collected = d.pop("last_collected", UNSET)

        previous_consumed_energy = d.pop("previous_consumed_energy", UNSET)

        v0044_acct_gather_energy = cls(
            average_watts=average_watts,
            base_consumed_energy=base_consumed_energy,
            consumed_energy=consumed_energy,
            current_watts=current_watts,
            last_collected=last_collected,
            previous_consumed_energy=previous_consumed_energy,
        )


        v0044_acct_gather_energy.additional_properties = d
        return v0044_acct_gather_energy

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
