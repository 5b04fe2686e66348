from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_job_time_type_0_system_type_0 import V0042JobTimeType0SystemType0
  from ..models.v0042_job_time_type_0_total_type_0 import V0042JobTimeType0TotalType0
  from ..models.v0042_job_time_type_0_user_type_0 import V0042JobTimeType0UserType0
  from ..models.v0042_uint_32_no_val_struct import V0042Uint32NoValStruct
  from ..models.v0042_uint_64_no_val_struct import V0042Uint64NoValStruct





T = TypeVar("T", bound="V0042JobTimeType0")



@_attrs_define
class V0042JobTimeType0:
    """ 
        Attributes:
            elapsed (int | Unset): Elapsed time in seconds
            eligible (int | Unset): Time when the job became eligible to run (UNIX timestamp)
            end (int | Unset): End time (UNIX timestamp)
            limit (None | Unset | V0042Uint32NoValStruct): Maximum run time in minutes
            planned (None | Unset | V0042Uint64NoValStruct): Time required to start job after becoming eligible to run in
                seconds
            start (int | Unset): Time execution began (UNIX timestamp)
            submission (int | Unset): Time when the job was submitted (UNIX timestamp)
            suspended (int | Unset): Total time in suspended state in seconds
            system (None | Unset | V0042JobTimeType0SystemType0):
            total (None | Unset | V0042JobTimeType0TotalType0):
            user (None | Unset | V0042JobTimeType0UserType0):
     """

    elapsed: int | Unset = UNSET
    eligible: int | Unset = UNSET
    end: int | Unset = UNSET
    limit: None | Unset | V0042Uint32NoValStruct = UNSET
    planned: None | Unset | V0042Uint64NoValStruct = UNSET
    start: int | Unset = UNSET
    submission: int | Unset = UNSET
    suspended: int | Unset = UNSET
    system: None | Unset | V0042JobTimeType0SystemType0 = UNSET
    total: None | Unset | V0042JobTimeType0TotalType0 = UNSET
    user: None | Unset | V0042JobTimeType0UserType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_job_time_type_0_system_type_0 import V0042JobTimeType0SystemType0 # noqa: PLC0415
        from ..models.v0042_job_time_type_0_total_type_0 import V0042JobTimeType0TotalType0 # noqa: PLC0415
        from ..models.v0042_job_time_type_0_user_type_0 import V0042JobTimeType0UserType0 # noqa: PLC0415
        from ..models.v0042_uint_32_no_val_struct import V0042Uint32NoValStruct # noqa: PLC0415
        from ..models.v0042_uint_64_no_val_struct import V0042Uint64NoValStruct # noqa: PLC0415
        elapsed = self.elapsed

        eligible = self.eligible

        end = self.end

        limit: dict[str, Any] | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        elif isinstance(self.limit, V0042Uint32NoValStruct):
            limit = self.limit.to_dict()
        else:
            limit = self.limit

        planned: dict[str, Any] | None | Unset
        if isinstance(self.planned, Unset):
            planned = UNSET
        elif isinstance(self.planned, V0042Uint64NoValStruct):
            planned = self.planned.to_dict()
        else:
            planned = self.planned

        start = self.start

        submission = self.submission

        suspended = self.suspended

        system: dict[str, Any] | None | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, V0042JobTimeType0SystemType0):
            system = self.system.to_dict()
        else:
            system = self.system

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, V0042JobTimeType0TotalType0):
            total = self.total.to_dict()
        else:
            total = self.total

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, V0042JobTimeType0UserType0):
            user = self.user.to_dict()
        else:
            user = self.user


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if eligible is not UNSET:
            field_dict["eligible"] = eligible
        if end is not UNSET:
            field_dict["end"] = end
        if limit is not UNSET:
            field_dict["limit"] = limit
        if planned is not UNSET:
            field_dict["planned"] = planned
        if start is not UNSET:
            field_dict["start"] = start
        if submission is not UNSET:
            field_dict["submission"] = submission
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
        from ..models.v0042_job_time_type_0_system_type_0 import V0042JobTimeType0SystemType0 # noqa: PLC0415
        from ..models.v0042_job_time_type_0_total_type_0 import V0042JobTimeType0TotalType0 # noqa: PLC0415
        from ..models.v0042_job_time_type_0_user_type_0 import V0042JobTimeType0UserType0 # noqa: PLC0415
        from ..models.v0042_uint_32_no_val_struct import V0042Uint32NoValStruct # noqa: PLC0415
        from ..models.v0042_uint_64_no_val_struct import V0042Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        elapsed = d.pop("elapsed", UNSET)

        eligible = d.pop("eligible", UNSET)

        end = d.pop("end", UNSET)

        def _parse_limit(data: object) -> None | Unset | V0042Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limit_type_0 = V0042Uint32NoValStruct.from_dict(data)



                return limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042Uint32NoValStruct, data)

        limit = _parse_limit(d.pop("limit", UNSET))


        def _parse_planned(data: object) -> None | Unset | V0042Uint64NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                planned_type_0 = V0042Uint64NoValStruct.from_dict(data)



                return planned_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042Uint64NoValStruct, data)

        planned = _parse_planned(d.pop("planned", UNSET))


        start = d.pop("start", UNSET)

        submission = d.pop("submission", UNSET)

        suspended = d.pop("suspended", UNSET)

        def _parse_system(data: object) -> None | Unset | V0042JobTimeType0SystemType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_type_0 = V0042JobTimeType0SystemType0.from_dict(data)



                return system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042JobTimeType0SystemType0, data)

        system = _parse_system(d.pop("system", UNSET))


        def _parse_total(data: object) -> None | Unset | V0042JobTimeType0TotalType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = V0042JobTimeType0TotalType0.from_dict(data)



                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042JobTimeType0TotalType0, data)

        total = _parse_total(d.pop("total", UNSET))


        def _parse_user(data: object) -> None | Unset | V0042JobTimeType0UserType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = V0042JobTimeType0UserType0.from_dict(data)



                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042JobTimeType0UserType0, data)

        user = _parse_user(d.pop("user", UNSET))


        v0042_job_time_type_0 = cls(
            elapsed=elapsed,
            eligible=eligible,
            end=end,
            limit=limit,
            planned=planned,
            start=start,
            submission=submission,
            suspended=suspended,
            system=system,
            total=total,
            user=user,
        )


        v0042_job_time_type_0.additional_properties = d
        return v0042_job_time_type_0

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
