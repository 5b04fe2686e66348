from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="V0041OpenapiSlurmdbdJobsRespJobsItemStateType0")



@_attrs_define
class V0041OpenapiSlurmdbdJobsRespJobsItemStateType0:
    """ 
        Attributes:
            current (list[str] | Unset): Current state
            reason (str | Unset): Reason for previous Pending or Failed state
     """

    current: list[str] | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        current: list[str] | Unset = UNSET
        if not isinstance(self.current, Unset):
            current = self.current



        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if current is not UNSET:
            field_dict["current"] = current
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current = cast(list[str], d.pop("current", UNSET))


        reason = d.pop("reason", UNSET)

        v0041_openapi_slurmdbd_jobs_resp_jobs_item_state_type_0 = cls(
            current=current,
            reason=reason,
        )


        v0041_openapi_slurmdbd_jobs_resp_jobs_item_state_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_jobs_resp_jobs_item_state_type_0

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
