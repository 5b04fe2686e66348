from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_assoc_max_type_0_jobs_type_0_per_type_0 import V0045AssocMaxType0JobsType0PerType0
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct





T = TypeVar("T", bound="V0045AssocMaxType0JobsType0")



@_attrs_define
class V0045AssocMaxType0JobsType0:
    """ 
        Attributes:
            accruing (None | Unset | V0045Uint32NoValStruct): MaxJobsAccrue - Maximum number of pending jobs able to accrue
                age priority at any given time in this association (32 bit integer number with flags)
            active (None | Unset | V0045Uint32NoValStruct): MaxJobs - Maximum number of running jobs per user in this
                association (32 bit integer number with flags)
            per (None | Unset | V0045AssocMaxType0JobsType0PerType0):
            total (None | Unset | V0045Uint32NoValStruct): MaxSubmitJobs - Maximum number of jobs in a pending or running
                state at any time in this association (32 bit integer number with flags)
     """

    accruing: None | Unset | V0045Uint32NoValStruct = UNSET
    active: None | Unset | V0045Uint32NoValStruct = UNSET
    per: None | Unset | V0045AssocMaxType0JobsType0PerType0 = UNSET
    total: None | Unset | V0045Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_assoc_max_type_0_jobs_type_0_per_type_0 import V0045AssocMaxType0JobsType0PerType0 # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        accruing: dict[str, Any] | None | Unset
        if isinstance(self.accruing, Unset):
            accruing = UNSET
        elif isinstance(self.accruing, V0045Uint32NoValStruct):
            accruing = self.accruing.to_dict()
        else:
            accruing = self.accruing

        active: dict[str, Any] | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, V0045Uint32NoValStruct):
            active = self.active.to_dict()
        else:
            active = self.active

        per: dict[str, Any] | None | Unset
        if isinstance(self.per, Unset):
            per = UNSET
        elif isinstance(self.per, V0045AssocMaxType0JobsType0PerType0):
            per = self.per.to_dict()
        else:
            per = self.per

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, V0045Uint32NoValStruct):
            total = self.total.to_dict()
        else:
            total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accruing is not UNSET:
            field_dict["accruing"] = accruing
        if active is not UNSET:
            field_dict["active"] = active
        if per is not UNSET:
            field_dict["per"] = per
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_assoc_max_type_0_jobs_type_0_per_type_0 import V0045AssocMaxType0JobsType0PerType0 # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accruing(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accruing_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return accruing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        accruing = _parse_accruing(d.pop("accruing", UNSET))


        def _parse_active(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        active = _parse_active(d.pop("active", UNSET))


        def _parse_per(data: object) -> None | Unset | V0045AssocMaxType0JobsType0PerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_type_0 = V0045AssocMaxType0JobsType0PerType0.from_dict(data)



                return per_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045AssocMaxType0JobsType0PerType0, data)

        per = _parse_per(d.pop("per", UNSET))


        def _parse_total(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        total = _parse_total(d.pop("total", UNSET))


        v0045_assoc_max_type_0_jobs_type_0 = cls(
            accruing=accruing,
            active=active,
            per=per,
            total=total,
        )


        v0045_assoc_max_type_0_jobs_type_0.additional_properties = d
        return v0045_assoc_max_type_0_jobs_type_0

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
