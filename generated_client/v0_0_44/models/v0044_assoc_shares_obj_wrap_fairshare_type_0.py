from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_float_64_no_val_struct import V0044Float64NoValStruct





T = TypeVar("T", bound="V0044AssocSharesObjWrapFairshareType0")



@_attrs_define
class V0044AssocSharesObjWrapFairshareType0:
    """ 
        Attributes:
            factor (None | Unset | V0044Float64NoValStruct): Fairshare factor (64 bit floating point number with flags)
            level (None | Unset | V0044Float64NoValStruct): Fairshare factor at this level; stored on an assoc as a long
                double, but that is not needed for display in sshare (64 bit floating point number with flags)
     """

    factor: None | Unset | V0044Float64NoValStruct = UNSET
    level: None | Unset | V0044Float64NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_float_64_no_val_struct import V0044Float64NoValStruct # noqa: PLC0415
        factor: dict[str, Any] | None | Unset
        if isinstance(self.factor, Unset):
            factor = UNSET
        elif isinstance(self.factor, V0044Float64NoValStruct):
            factor = self.factor.to_dict()
        else:
            factor = self.factor

        level: dict[str, Any] | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, V0044Float64NoValStruct):
            level = self.level.to_dict()
        else:
            level = self.level


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if factor is not UNSET:
            field_dict["factor"] = factor
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_float_64_no_val_struct import V0044Float64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_factor(data: object) -> None | Unset | V0044Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                factor_type_0 = V0044Float64NoValStruct.from_dict(data)



                return factor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Float64NoValStruct, data)

        factor = _parse_factor(d.pop("factor", UNSET))


        def _parse_level(data: object) -> None | Unset | V0044Float64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                level_type_0 = V0044Float64NoValStruct.from_dict(data)



                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Float64NoValStruct, data)

        level = _parse_level(d.pop("level", UNSET))


        v0044_assoc_shares_obj_wrap_fairshare_type_0 = cls(
            factor=factor,
            level=level,
        )


        v0044_assoc_shares_obj_wrap_fairshare_type_0.additional_properties = d
        return v0044_assoc_shares_obj_wrap_fairshare_type_0

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
