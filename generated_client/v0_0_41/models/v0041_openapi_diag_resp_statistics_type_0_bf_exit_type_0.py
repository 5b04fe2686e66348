from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiDiagRespStatisticsType0BfExitType0")



@_attrs_define
class V0041OpenapiDiagRespStatisticsType0BfExitType0:
    """ Reasons for which the backfill scheduling cycle exited since last reset

        Attributes:
            bf_max_job_start (int | Unset): Reached number of jobs allowed to start
            bf_max_job_test (int | Unset): Reached number of jobs allowed to be tested
            bf_max_time (int | Unset): Reached maximum allowed scheduler time
            bf_node_space_size (int | Unset): Reached table size limit
            end_job_queue (int | Unset): Reached end of queue
            state_changed (int | Unset): System state changed
     """

    bf_max_job_start: int | Unset = UNSET
    bf_max_job_test: int | Unset = UNSET
    bf_max_time: int | Unset = UNSET
    bf_node_space_size: int | Unset = UNSET
    end_job_queue: int | Unset = UNSET
    state_changed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        bf_max_job_start = self.bf_max_job_start

        bf_max_job_test = self.bf_max_job_test

        bf_max_time = self.bf_max_time

        bf_node_space_size = self.bf_node_space_size

        end_job_queue = self.end_job_queue

        state_changed = self.state_changed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if bf_max_job_start is not UNSET:
            field_dict["bf_max_job_start"] = bf_max_job_start
        if bf_max_job_test is not UNSET:
            field_dict["bf_max_job_test"] = bf_max_job_test
        if bf_max_time is not UNSET:
            field_dict["bf_max_time"] = bf_max_time
        if bf_node_space_size is not UNSET:
            field_dict["bf_node_space_size"] = bf_node_space_size
        if end_job_queue is not UNSET:
            field_dict["end_job_queue"] = end_job_queue
        if state_changed is not UNSET:
            field_dict["state_changed"] = state_changed

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bf_max_job_start = d.pop("bf_max_job_start", UNSET)

        bf_max_job_test = d.pop("bf_max_job_test", UNSET)

        bf_max_time = d.pop("bf_max_time", UNSET)

        bf_node_space_size = d.pop("bf_node_space_size", UNSET)

        end_job_queue = d.pop("end_job_queue", UNSET)

        state_changed = d.pop("state_changed", UNSET)

        v0041_openapi_diag_resp_statistics_type_0_bf_exit_type_0 = cls(
            bf_max_job_start=bf_max_job_start,
            bf_max_job_test=bf_max_job_test,
            bf_max_time=bf_max_time,
            bf_node_space_size=bf_node_space_size,
            end_job_queue=end_job_queue,
            state_changed=state_changed,
        )


        v0041_openapi_diag_resp_statistics_type_0_bf_exit_type_0.additional_properties = d
        return v0041_openapi_diag_resp_statistics_type_0_bf_exit_type_0

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
