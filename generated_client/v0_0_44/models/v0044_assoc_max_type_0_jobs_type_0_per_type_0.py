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





T = TypeVar("T", bound="V0044AssocMaxType0JobsType0PerType0")



@_attrs_define
class V0044AssocMaxType0JobsType0PerType0:
    """ 
        Attributes:
            accruing (None | Unset | V0044Uint32NoValStruct): GrpJobsAccrue - Maximum number of pending jobs able to accrue
                age priority in this association and its children (32 bit integer number with flags)
            count (None | Unset | V0044Uint32NoValStruct): GrpJobs - Maximum number of running jobs in this association and
                its children (32 bit integer number with flags)
            submitted (None | Unset | V0044Uint32NoValStruct): GrpSubmitJobs - Maximum number of jobs in a pending or
                running state at any time in this association and its children (32 bit integer number with flags)
            wall_clock (None | Unset | V0044Uint32NoValStruct): MaxWallDurationPerJob - Maximum wall clock time in minutes
                each job can use in this association (32 bit integer number with flags)
     """

    accruing: None | Unset | V0044Uint32NoValStruct = UNSET
    count: None | Unset | V0044Uint32NoValStruct = UNSET
    submitted: None | Unset | V0044Uint32NoValStruct = UNSET
    wall_clock: None | Unset | V0044Uint32NoValStruct = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        accruing: dict[str, Any] | None | Unset
        if isinstance(self.accruing, Unset):
            accruing = UNSET
        elif isinstance(self.accruing, V0044Uint32NoValStruct):
            accruing = self.accruing.to_dict()
        else:
            accruing = self.accruing

        count: dict[str, Any] | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, V0044Uint32NoValStruct):
            count = self.count.to_dict()
        else:
            count = self.count

        submitted: dict[str, Any] | None | Unset
        if isinstance(self.submitted, Unset):
            submitted = UNSET
        elif isinstance(self.submitted, V0044Uint32NoValStruct):
            submitted = self.submitted.to_dict()
        else:
            submitted = self.submitted

        wall_clock: dict[str, Any] | None | Unset
        if isinstance(self.wall_clock, Unset):
            wall_clock = UNSET
        elif isinstance(self.wall_clock, V0044Uint32NoValStruct):
            wall_clock = self.wall_clock.to_dict()
        else:
            wall_clock = self.wall_clock


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accruing is not UNSET:
            field_dict["accruing"] = accruing
        if count is not UNSET:
            field_dict["count"] = count
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if wall_clock is not UNSET:
            field_dict["wall_clock"] = wall_clock

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_uint_32_no_val_struct import V0044Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accruing(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accruing_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return accruing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        accruing = _parse_accruing(d.pop("accruing", UNSET))


        def _parse_count(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                count_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        count = _parse_count(d.pop("count", UNSET))


        def _parse_submitted(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submitted_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return submitted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        submitted = _parse_submitted(d.pop("submitted", UNSET))


        def _parse_wall_clock(data: object) -> None | Unset | V0044Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wall_clock_type_0 = V0044Uint32NoValStruct.from_dict(data)



                return wall_clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0044Uint32NoValStruct, data)

        wall_clock = _parse_wall_clock(d.pop("wall_clock", UNSET))


        v0044_assoc_max_type_0_jobs_type_0_per_type_0 = cls(
            accruing=accruing,
            count=count,
            submitted=submitted,
            wall_clock=wall_clock,
        )


        v0044_assoc_max_type_0_jobs_type_0_per_type_0.additional_properties = d
        return v0044_assoc_max_type_0_jobs_type_0_per_type_0

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
