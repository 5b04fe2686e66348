from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0044QosLimitsType0MaxType0AccruingType0PerType0





T = TypeVar("T", bound="V0044QosLimitsType0MaxType0AccruingType0")



@_attrs_define
class V0044QosLimitsType0MaxType0AccruingType0:
    """ 
        Attributes:
            per (None | Unset | V0044QosLimitsType0MaxType0AccruingType0PerType0):
     """

    per: None | Unset | V0044QosLimitsType0MaxType0AccruingType0PerType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0044QosLimitsType0MaxType0AccruingType0PerType0 # noqa: PLC0415
        per: dict[str, Any] | None | Unset
        if isinstance(self.per, Unset):
            per = UNSET
        elif isinstance(self.per, V0044QosLimitsType0MaxType0AccruingType0PerType0):
            per = self.per.to_dict()
        else:
            per = self.per


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if per is not UNSET:
            field_dict["per"] = per

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_qos_limits_type_0_max_type_0_accruing_type_0_per_type_0 import V0044QosLimitsType0MaxType0AccruingType0PerType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_per(data: object) -> None | Unset | V0044QosLimitsType0MaxType0AccruingType0PerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_type_0 = V0044QosLimitsType0MaxType0AccruingType0PerType0.from_dict(data)



                return per_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044QosLimitsType0MaxType0AccruingType0PerType0, data)

        per = _parse_per(d.pop("per", UNSET))


        v0044_qos_limits_type_0_max_type_0_accruing_type_0 = cls(
            per=per,
        )


        v0044_qos_limits_type_0_max_type_0_accruing_type_0.additional_properties = d
        return v0044_qos_limits_type_0_max_type_0_accruing_type_0

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
