from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_job_time_type_0_system_type_0 import Dbv0038JobTimeType0SystemType0
  from ..models.dbv_0038_job_time_type_0_total_type_0 import Dbv0038JobTimeType0TotalType0
  from ..models.dbv_0038_job_time_type_0_user_type_0 import Dbv0038JobTimeType0UserType0





T = TypeVar("T", bound="Dbv0038JobTimeType0")



@_attrs_define
class Dbv0038JobTimeType0:
    """ Time properties

        Attributes:
            elapsed (int | Unset): Total time elapsed
            eligible (int | Unset): Total time eligible to run
            end (int | Unset): Timestamp of when job ended
            limit (int | Unset): Job wall clock time limit
            start (int | Unset): Timestamp of when job started
            submission (int | Unset): Timestamp of when job submitted
            suspended (int | Unset): Timestamp of when job last suspended
            system (Dbv0038JobTimeType0SystemType0 | None | Unset): System time values
            total (Dbv0038JobTimeType0TotalType0 | None | Unset): System time values
            user (Dbv0038JobTimeType0UserType0 | None | Unset): User land time values
     """

    elapsed: int | Unset = UNSET
    eligible: int | Unset = UNSET
    end: int | Unset = UNSET
    limit: int | Unset = UNSET
    start: int | Unset = UNSET
    submission: int | Unset = UNSET
    suspended: int | Unset = UNSET
    system: Dbv0038JobTimeType0SystemType0 | None | Unset = UNSET
    total: Dbv0038JobTimeType0TotalType0 | None | Unset = UNSET
    user: Dbv0038JobTimeType0UserType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_job_time_type_0_system_type_0 import Dbv0038JobTimeType0SystemType0 # noqa: PLC0415
        from ..models.dbv_0038_job_time_type_0_total_type_0 import Dbv0038JobTimeType0TotalType0 # noqa: PLC0415
        from ..models.dbv_0038_job_time_type_0_user_type_0 import Dbv0038JobTimeType0UserType0 # noqa: PLC0415
        elapsed = self.elapsed

        eligible = self.eligible

        end = self.end

        limit = self.limit

        start = self.start

        submission = self.submission

        suspended = self.suspended

        system: dict[str, Any] | None | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, Dbv0038JobTimeType0SystemType0):
            system = self.system.to_dict()
        else:
            system = self.system

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, Dbv0038JobTimeType0TotalType0):
            total = self.total.to_dict()
        else:
            total = self.total

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, Dbv0038JobTimeType0UserType0):
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
        from ..models.dbv_0038_job_time_type_0_system_type_0 import Dbv0038JobTimeType0SystemType0 # noqa: PLC0415
        from ..models.dbv_0038_job_time_type_0_total_type_0 import Dbv0038JobTimeType0TotalType0 # noqa: PLC0415
        from ..models.dbv_0038_job_time_type_0_user_type_0 import Dbv0038JobTimeType0UserType0 # noqa: PLC0415
        d = dict(src_dict)
        elapsed = d.pop("elapsed", UNSET)

        eligible = d.pop("eligible", UNSET)

        end = d.pop("end", UNSET)

        limit = d.pop("limit", UNSET)

        start = d.pop("start", UNSET)

        submission = d.pop("submission", UNSET)

        suspended = d.pop("suspended", UNSET)

        def _parse_system(data: object) -> Dbv0038JobTimeType0SystemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_type_0 = Dbv0038JobTimeType0SystemType0.from_dict(data)



                return system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobTimeType0SystemType0 | None | Unset, data)

        system = _parse_system(d.pop("system", UNSET))


        def _parse_total(data: object) -> Dbv0038JobTimeType0TotalType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = Dbv0038JobTimeType0TotalType0.from_dict(data)



                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobTimeType0TotalType0 | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))


        def _parse_user(data: object) -> Dbv0038JobTimeType0UserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = Dbv0038JobTimeType0UserType0.from_dict(data)



                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobTimeType0UserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))


        dbv_0038_job_time_type_0 = cls(
            elapsed=elapsed,
            eligible=eligible,
            end=end,
            limit=limit,
            start=start,
            submission=submission,
            suspended=suspended,
            system=system,
            total=total,
            user=user,
        )


        dbv_0038_job_time_type_0.additional_properties = d
        return dbv_0038_job_time_type_0

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
