from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0SignalType0IdType0")



@_attrs_define
class V0041OpenapiSlurmdbdJobsRespJobsItemExitCodeType0SignalType0IdType0:
    """ Signal sent to process (numeric)

        Attributes:
            infinite (bool | Unset): True if number has been set to infinite; "set" and "number" will be ignored
            number (int | Unset): If "set" is True the number will be set with value; otherwise ignore number contents
            set_ (bool | Unset): True if number has been set; False if number is unset
     """

    infinite: bool | Unset = UNSET
    number: int | Unset = UNSET
    set_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        infinite = self.infinite

        number = self.number

        set_ = self.set_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if infinite is not UNSET:
            field_dict["infinite"] = infinite
        if number is not UNSET:
            field_dict["number"] = number
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        infinite = d.pop("infinite", UNSET)

        number = d.pop("number", UNSET)

        set_ = d.pop("set", UNSET)

        v0041_openapi_slurmdbd_jobs_resp_jobs_item_exit_code_type_0_signal_type_0_id_type_0 = cls(
            infinite=infinite,
            number=number,
            set_=set_,
        )


        v0041_openapi_slurmdbd_jobs_resp_jobs_item_exit_code_type_0_signal_type_0_id_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_jobs_resp_jobs_item_exit_code_type_0_signal_type_0_id_type_0

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
