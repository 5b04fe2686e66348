from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0040_uint_64_no_val import V0040Uint64NoVal





T = TypeVar("T", bound="V0040StepStatisticsType0EnergyType0")



@_attrs_define
class V0040StepStatisticsType0EnergyType0:
    """ 
        Attributes:
            consumed (None | Unset | V0040Uint64NoVal): Total energy consumed by all tasks in a job in joules
     """

    consumed: None | Unset | V0040Uint64NoVal = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0040_uint_64_no_val import V0040Uint64NoVal # noqa: PLC0415
        consumed: dict[str, Any] | None | Unset
        if isinstance(self.consumed, Unset):
            consumed = UNSET
        elif isinstance(self.consumed, V0040Uint64NoVal):
            consumed = self.consumed.to_dict()
        else:
            consumed = self.consumed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if consumed is not UNSET:
            field_dict["consumed"] = consumed

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0040_uint_64_no_val import V0040Uint64NoVal # noqa: PLC0415
        d = dict(src_dict)
        def _parse_consumed(data: object) -> None | Unset | V0040Uint64NoVal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consumed_type_0 = V0040Uint64NoVal.from_dict(data)



                return consumed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0040Uint64NoVal, data)

        consumed = _parse_consumed(d.pop("consumed", UNSET))


        v0040_step_statistics_type_0_energy_type_0 = cls(
            consumed=consumed,
        )


        v0040_step_statistics_type_0_energy_type_0.additional_properties = d
        return v0040_step_statistics_type_0_energy_type_0

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
