from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0043_step_time_type_0_system_type_0 import V0043StepTimeType0SystemType0
  from ..models.v0043_step_time_type_0_total_type_0 import V0043StepTimeType0TotalType0
  from ..models.v0043_step_time_type_0_user_type_0 import V0043StepTimeType0UserType0
  from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct
  from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct





T = TypeVar("T", bound="V0043StepTimeType0")



@_attrs_define
class V0043StepTimeType0:
    """ 
        Attributes:
            elapsed (int | Unset): Elapsed time in seconds
            end (None | Unset | V0043Uint64NoValStruct): End time (UNIX timestamp) (UNIX timestamp or time string recognized
                by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer number with flags)
            limit (None | Unset | V0043Uint32NoValStruct): Maximum run time in minutes (32 bit integer number with flags)
            start (None | Unset | V0043Uint64NoValStruct): Time execution began (UNIX timestamp) (UNIX timestamp or time
                string recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'); may also be infinite or unset) (64 bit integer
                number with flags)
            suspended (int | Unset): Total time in suspended state in seconds
            system (None | Unset | V0043StepTimeType0SystemType0):
            total (None | Unset | V0043StepTimeType0TotalType0):
            user (None | Unset | V0043StepTimeType0UserType0):
     """

    elapsed: int | Unset = UNSET
    end: None | Unset | V0043Uint64NoValStruct = UNSET
    limit: None | Unset | V0043Uint32NoValStruct = UNSET
    start: None | Unset | V0043Uint64NoValStruct = UNSET
    suspended: int | Unset = UNSET
    system: None | Unset | V0043StepTimeType0SystemType0 = UNSET
    total: None | Unset | V0043StepTimeType0TotalType0 = UNSET
    user: None | Unset | V0043StepTimeType0UserType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0043_step_time_type_0_system_type_0 import V0043StepTimeType0SystemType0 # noqa: PLC0415
        from ..models.v0043_step_time_type_0_total_type_0 import V0043StepTimeType0TotalType0 # noqa: PLC0415
        from ..models.v0043_step_time_type_0_user_type_0 import V0043StepTimeType0UserType0 # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct # noqa: PLC0415
        elapsed = self.elapsed

        end: dict[str, Any] | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, V0043Uint64NoValStruct):
            end = self.end.to_dict()
        else:
            end = self.end

        limit: dict[str, Any] | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        elif isinstance(self.limit, V0043Uint32NoValStruct):
            limit = self.limit.to_dict()
        else:
            limit = self.limit

        start: dict[str, Any] | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, V0043Uint64NoValStruct):
            start = self.start.to_dict()
        else:
            start = self.start

        suspended = self.suspended

        system: dict[str, Any] | None | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, V0043StepTimeType0SystemType0):
            system = self.system.to_dict()
        else:
            system = self.system

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, V0043StepTimeType0TotalType0):
            total = self.total.to_dict()
        else:
            total = self.total

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, V0043StepTimeType0UserType0):
            user = self.user.to_dict()
        else:
            user = self.user


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if end is not UNSET:
            field_dict["end"] = end
        if limit is not UNSET:
            field_dict["limit"] = limit
        if start is not UNSET:
            field_dict["start"] = start
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if system is not UNSET:
            field_dict["system"] = system
        if total is not UNSET:
            field_dict["total"] = total
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0043_step_time_type_0_system_type_0 import V0043StepTimeType0SystemType0 # noqa: PLC0415
        from ..models.v0043_step_time_type_0_total_type_0 import V0043StepTimeType0TotalType0 # noqa: PLC0415
        from ..models.v0043_step_time_type_0_user_type_0 import V0043StepTimeType0UserType0 # noqa: PLC0415
        from ..models.v0043_uint_32_no_val_struct import V0043Uint32NoValStruct # noqa: PLC0415
        from ..models.v0043_uint_64_no_val_struct import V0043Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        elapsed = d.pop("elapsed", UNSET)

        def _parse_end(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        end = _parse_end(d.pop("end", UNSET))


        def _parse_limit(data: object) -> None | Unset | V0043Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limit_type_0 = V0043Uint32NoValStruct.from_dict(data)



                return limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint32NoValStruct, data)

        limit = _parse_limit(d.pop("limit", UNSET))


        def _parse_start(data: object) -> None | Unset | V0043Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_type_0 = V0043Uint64NoValStruct.from_dict(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043Uint64NoValStruct, data)

        start = _parse_start(d.pop("start", UNSET))


        suspended = d.pop("suspended", UNSET)

        def _parse_system(data: object) -> None | Unset | V0043StepTimeType0SystemType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_type_0 = V0043StepTimeType0SystemType0.from_dict(data)



                return system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043StepTimeType0SystemType0, data)

        system = _parse_system(d.pop("system", UNSET))


        def _parse_total(data: object) -> None | Unset | V0043StepTimeType0TotalType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = V0043StepTimeType0TotalType0.from_dict(data)



                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043StepTimeType0TotalType0, data)

        total = _parse_total(d.pop("total", UNSET))


        def _parse_user(data: object) -> None | Unset | V0043StepTimeType0UserType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = V0043StepTimeType0UserType0.from_dict(data)



                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0043StepTimeType0UserType0, data)

        user = _parse_user(d.pop("user", UNSET))


        v0043_step_time_type_0 = cls(
            elapsed=elapsed,
            end=end,
            limit=limit,
            start=start,
            suspended=suspended,
            system=system,
            total=total,
            user=user,
        )


        v0043_step_time_type_0.additional_properties = d
        return v0043_step_time_type_0

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
