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





T = TypeVar("T", bound="V0043QosLimitsType0MaxType0ActiveJobsType0")



@_attrs_define
class V0043QosLimitsType0MaxType0ActiveJobsType0:
    """ 
        Attributes:
            accruing (None | Unset | V0043Uint32NoValStruct): GrpJobsAccrue - Maximum number of pending jobs able to accrue
                age priority (32 bit integer number with flags)
            count (None | Unset | V0043Uint32NoValStruct): GrpJobs - Maximum number of running jobs (32 bit integer number
                with flags)
     """

    accruing: None | Unset | V0043Uint32NoValStruct = UNSET
    count: None | Unset | V0043Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        accruing: dict[str, Any] | None | Unset
        if isinstance(self.accruing, Unset):
            accruing = UNSET
        elif isinstance(self.accruing, V0043Uint32NoValStruct):
            accruing = self.accruing.to_dict()
        else:
            accruing = self.accruing

        count: dict[str, Any] | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, V0043Uint32NoValStruct):
            count = self.count.to_dict()
        else:
            count = self.count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accruing is not UNSET:
            field_dict["accruing"] = accruing
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accruing(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accruing_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return accruing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        accruing = _parse_accruing(d.pop("accruing", UNSET))


        def _parse_count(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                count_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        count = _parse_count(d.pop("count", UNSET))


        v0043_qos_limits_type_0_max_type_0_active_jobs_type_0 = cls(
            accruing=accruing,
            count=count,
        )


        v0043_qos_limits_type_0_max_type_0_active_jobs_type_0.additional_properties = d
        return v0043_qos_limits_type_0_max_type_0_active_jobs_type_0

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
