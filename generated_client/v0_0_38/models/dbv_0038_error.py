from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Dbv0038Error")



@_attrs_define
class Dbv0038Error:
    """ 
        Attributes:
            description (str | Unset): Explaination of cause of error
            error (str | Unset): Error message
            error_number (int | Unset): Slurm internal error number
            source (str | Unset): Where error occured in the source
     """

    description: str | Unset = UNSET
    error: str | Unset = UNSET
    error_number: int | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        error = self.error

        error_number = self.error_number

        source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if description is not UNSET:
            field_dict["description"] = description
        if error is not UNSET:
            field_dict["error"] = error
        if error_number is not UNSET:
            field_dict["error_number"] = error_number
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        error = d.pop("error", UNSET)

        error_number = d.pop("error_number", UNSET)

        source = d.pop("source", UNSET)

        dbv_0038_error = cls(
            description=description,
            error=error,
            error_number=error_number,
            source=source,
        )


        dbv_0038_error.additional_properties = d
        return dbv_0038_error

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
