from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="V0041OpenapiAccountsRemovedRespErrorsItem")



@_attrs_define
class V0041OpenapiAccountsRemovedRespErrorsItem:
    """ 
        Attributes:
            description (str | Unset): Long form error description
            error (str | Unset): Short form error description
            error_number (int | Unset): Slurm numeric error identifier
            source (str | Unset): Source of error or where error was first detected
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

        v0041_openapi_accounts_removed_resp_errors_item = cls(
            description=description,
            error=error,
            error_number=error_number,
            source=source,
        )


        v0041_openapi_accounts_removed_resp_errors_item.additional_properties = d
        return v0041_openapi_accounts_removed_resp_errors_item

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
