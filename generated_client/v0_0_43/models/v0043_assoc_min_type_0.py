from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct





T = TypeVar("T", bound="V0043AssocMinType0")



@_attrs_define
class V0043AssocMinType0:
    """ 
        Attributes:
            priority_threshold (None | Unset | V0043Uint32NoValStruct): MinPrioThreshold - Minimum priority required to
                reserve resources when scheduling (32 bit integer number with flags)
     """

    priority_threshold: None | Unset | V0043Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        priority_threshold: dict[str, Any] | None | Unset
        if isinstance(self.priority_threshold, Unset):
            priority_threshold = UNSET
        elif isinstance(self.priority_threshold, V0043Uint32NoValStruct):
            priority_threshold = self.priority_threshold.to_dict()
        else:
            priority_threshold = self.priority_threshold


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if priority_threshold is not UNSET:
            field_dict["priority_threshold"] = priority_threshold

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_priority_threshold(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_threshold_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return priority_threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        priority_threshold = _parse_priority_threshold(d.pop("priority_threshold", UNSET))


        v0043_assoc_min_type_0 = cls(
            priority_threshold=priority_threshold,
        )


        v0043_assoc_min_type_0.additional_properties = d
        return v0043_assoc_min_type_0

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
