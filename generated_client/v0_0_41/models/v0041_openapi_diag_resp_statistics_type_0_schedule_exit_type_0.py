from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiDiagRespStatisticsType0ScheduleExitType0")



@_attrs_define
class V0041OpenapiDiagRespStatisticsType0ScheduleExitType0:
    """ Reasons for which the scheduling cycle exited since last reset

        Attributes:
            default_queue_depth (int | Unset): Reached number of jobs allowed to be tested
            end_job_queue (int | Unset): Reached end of queue
            licenses (int | Unset): Blocked on licenses
            max_job_start (int | Unset): Reached number of jobs allowed to start
            max_rpc_cnt (int | Unset): Reached RPC limit
            max_sched_time (int | Unset): Reached maximum allowed scheduler time
     """

    default_queue_depth: int | Unset = UNSET
    end_job_queue: int | Unset = UNSET
    licenses: int | Unset = UNSET
    max_job_start: int | Unset = UNSET
    max_rpc_cnt: int | Unset = UNSET
    max_sched_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        default_queue_depth = self.default_queue_depth

        end_job_queue = self.end_job_queue

        licenses = self.licenses

        max_job_start = self.max_job_start

        max_rpc_cnt = self.max_rpc_cnt

        max_sched_time = self.max_sched_time


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if default_queue_depth is not UNSET:
            field_dict["default_queue_depth"] = default_queue_depth
        if end_job_queue is not UNSET:
            field_dict["end_job_queue"] = end_job_queue
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if max_job_start is not UNSET:
            field_dict["max_job_start"] = max_job_start
        if max_rpc_cnt is not UNSET:
            field_dict["max_rpc_cnt"] = max_rpc_cnt
        if max_sched_time is not UNSET:
            field_dict["max_sched_time"] = max_sched_time

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_queue_depth = d.pop("default_queue_depth", UNSET)

        end_job_queue = d.pop("end_job_queue", UNSET)

        licenses = d.pop("licenses", UNSET)

        max_job_start = d.pop("max_job_start", UNSET)

        max_rpc_cnt = d.pop("max_rpc_cnt", UNSET)

        max_sched_time = d.pop("max_sched_time", UNSET)

        v0041_openapi_diag_resp_statistics_type_0_schedule_exit_type_0 = cls(
            default_queue_depth=default_queue_depth,
            end_job_queue=end_job_queue,
            licenses=licenses,
            max_job_start=max_job_start,
            max_rpc_cnt=max_rpc_cnt,
            max_sched_time=max_sched_time,
        )


        v0041_openapi_diag_resp_statistics_type_0_schedule_exit_type_0.additional_properties = d
        return v0041_openapi_diag_resp_statistics_type_0_schedule_exit_type_0

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
