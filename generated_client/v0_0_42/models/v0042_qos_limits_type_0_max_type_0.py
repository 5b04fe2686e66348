from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_qos_limits_type_0_max_type_0_accruing_type_0 import V0042QosLimitsType0MaxType0AccruingType0
  from ..models.v0042_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0042QosLimitsType0MaxType0ActiveJobsType0
  from ..models.v0042_qos_limits_type_0_max_type_0_jobs_type_0 import V0042QosLimitsType0MaxType0JobsType0
  from ..models.v0042_qos_limits_type_0_max_type_0_tres_type_0 import V0042QosLimitsType0MaxType0TresType0
  from ..models.v0042_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0042QosLimitsType0MaxType0WallClockType0





T = TypeVar("T", bound="V0042QosLimitsType0MaxType0")



@_attrs_define
class V0042QosLimitsType0MaxType0:
    """ 
        Attributes:
            accruing (None | Unset | V0042QosLimitsType0MaxType0AccruingType0):
            active_jobs (None | Unset | V0042QosLimitsType0MaxType0ActiveJobsType0):
            jobs (None | Unset | V0042QosLimitsType0MaxType0JobsType0):
            tres (None | Unset | V0042QosLimitsType0MaxType0TresType0):
            wall_clock (None | Unset | V0042QosLimitsType0MaxType0WallClockType0):
     """

    accruing: None | Unset | V0042QosLimitsType0MaxType0AccruingType0 = UNSET
    active_jobs: None | Unset | V0042QosLimitsType0MaxType0ActiveJobsType0 = UNSET
    jobs: None | Unset | V0042QosLimitsType0MaxType0JobsType0 = UNSET
    tres: None | Unset | V0042QosLimitsType0MaxType0TresType0 = UNSET
    wall_clock: None | Unset | V0042QosLimitsType0MaxType0WallClockType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_qos_limits_type_0_max_type_0_accruing_type_0 import V0042QosLimitsType0MaxType0AccruingType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0042QosLimitsType0MaxType0ActiveJobsType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_jobs_type_0 import V0042QosLimitsType0MaxType0JobsType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_tres_type_0 import V0042QosLimitsType0MaxType0TresType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0042QosLimitsType0MaxType0WallClockType0 # noqa: PLC0415
        accruing: dict[str, Any] | None | Unset
        if isinstance(self.accruing, Unset):
            accruing = UNSET
        elif isinstance(self.accruing, V0042QosLimitsType0MaxType0AccruingType0):
            accruing = self.accruing.to_dict()
        else:
            accruing = self.accruing

        active_jobs: dict[str, Any] | None | Unset
        if isinstance(self.active_jobs, Unset):
            active_jobs = UNSET
        elif isinstance(self.active_jobs, V0042QosLimitsType0MaxType0ActiveJobsType0):
            active_jobs = self.active_jobs.to_dict()
        else:
            active_jobs = self.active_jobs

        jobs: dict[str, Any] | None | Unset
        if isinstance(self.jobs, Unset):
            jobs = UNSET
        elif isinstance(self.jobs, V0042QosLimitsType0MaxType0JobsType0):
            jobs = self.jobs.to_dict()
        else:
            jobs = self.jobs

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0042QosLimitsType0MaxType0TresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres

        wall_clock: dict[str, Any] | None | Unset
        if isinstance(self.wall_clock, Unset):
            wall_clock = UNSET
        elif isinstance(self.wall_clock, V0042QosLimitsType0MaxType0WallClockType0):
            wall_clock = self.wall_clock.to_dict()
        else:
            wall_clock = self.wall_clock


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if accruing is not UNSET:
            field_dict["accruing"] = accruing
        if active_jobs is not UNSET:
            field_dict["active_jobs"] = active_jobs
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if tres is not UNSET:
            field_dict["tres"] = tres
        if wall_clock is not UNSET:
            field_dict["wall_clock"] = wall_clock

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0042_qos_limits_type_0_max_type_0_accruing_type_0 import V0042QosLimitsType0MaxType0AccruingType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_active_jobs_type_0 import V0042QosLimitsType0MaxType0ActiveJobsType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_jobs_type_0 import V0042QosLimitsType0MaxType0JobsType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_tres_type_0 import V0042QosLimitsType0MaxType0TresType0 # noqa: PLC0415
        from ..models.v0042_qos_limits_type_0_max_type_0_wall_clock_type_0 import V0042QosLimitsType0MaxType0WallClockType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_accruing(data: object) -> None | Unset | V0042QosLimitsType0MaxType0AccruingType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accruing_type_0 = V0042QosLimitsType0MaxType0AccruingType0.from_dict(data)



                return accruing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042QosLimitsType0MaxType0AccruingType0, data)

        accruing = _parse_accruing(d.pop("accruing", UNSET))


        def _parse_active_jobs(data: object) -> None | Unset | V0042QosLimitsType0MaxType0ActiveJobsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_jobs_type_0 = V0042QosLimitsType0MaxType0ActiveJobsType0.from_dict(data)



                return active_jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042QosLimitsType0MaxType0ActiveJobsType0, data)

        active_jobs = _parse_active_jobs(d.pop("active_jobs", UNSET))


        def _parse_jobs(data: object) -> None | Unset | V0042QosLimitsType0MaxType0JobsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                jobs_type_0 = V0042QosLimitsType0MaxType0JobsType0.from_dict(data)



                return jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042QosLimitsType0MaxType0JobsType0, data)

        jobs = _parse_jobs(d.pop("jobs", UNSET))


        def _parse_tres(data: object) -> None | Unset | V0042QosLimitsType0MaxType0TresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0042QosLimitsType0MaxType0TresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042QosLimitsType0MaxType0TresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        def _parse_wall_clock(data: object) -> None | Unset | V0042QosLimitsType0MaxType0WallClockType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wall_clock_type_0 = V0042QosLimitsType0MaxType0WallClockType0.from_dict(data)



                return wall_clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042QosLimitsType0MaxType0WallClockType0, data)

        wall_clock = _parse_wall_clock(d.pop("wall_clock", UNSET))


        v0042_qos_limits_type_0_max_type_0 = cls(
            accruing=accruing,
            active_jobs=active_jobs,
            jobs=jobs,
            tres=tres,
            wall_clock=wall_clock,
        )


        v0042_qos_limits_type_0_max_type_0.additional_properties = d
        return v0042_qos_limits_type_0_max_type_0

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
