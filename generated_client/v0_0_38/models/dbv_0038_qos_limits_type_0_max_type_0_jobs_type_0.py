from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0





T = TypeVar("T", bound="Dbv0038QosLimitsType0MaxType0JobsType0")



@_attrs_define
class Dbv0038QosLimitsType0MaxType0JobsType0:
    """ Limits on jobs settings

        Attributes:
            active_jobs (Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0 | None | Unset): Limits on active jobs
                settings
     """

    active_jobs: Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0 # noqa: PLC0415
        active_jobs: dict[str, Any] | None | Unset
        if isinstance(self.active_jobs, Unset):
            active_jobs = UNSET
        elif isinstance(self.active_jobs, Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0):
            active_jobs = self.active_jobs.to_dict()
        else:
            active_jobs = self.active_jobs


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if active_jobs is not UNSET:
            field_dict["active_jobs"] = active_jobs

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0_active_jobs_type_0 import Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_active_jobs(data: object) -> Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_jobs_type_0 = Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0.from_dict(data)



                return active_jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038QosLimitsType0MaxType0JobsType0ActiveJobsType0 | None | Unset, data)

        active_jobs = _parse_active_jobs(d.pop("active_jobs", UNSET))


        dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0 = cls(
            active_jobs=active_jobs,
        )


        dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0.additional_properties = d
        return dbv_0038_qos_limits_type_0_max_type_0_jobs_type_0

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
