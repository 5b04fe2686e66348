from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="V0042StepNodesType0")



@_attrs_define
class V0042StepNodesType0:
    """ 
        Attributes:
            count (int | Unset): Number of nodes in the job step
            list_ (list[str] | Unset):
            range_ (str | Unset): Node(s) allocated to the job step
     """

    count: int | Unset = UNSET
    list_: list[str] | Unset = UNSET
    range_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        list_: list[str] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_



        range_ = self.range_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if count is not UNSET:
            field_dict["count"] = count
        if list_ is not UNSET:
            field_dict["list"] = list_
        if range_ is not UNSET:
            field_dict["range"] = range_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        list_ = cast(list[str], d.pop("list", UNSET))


        range_ = d.pop("range", UNSET)

        v0042_step_nodes_type_0 = cls(
            count=count,
            list_=list_,
            range_=range_,
        )


        v0042_step_nodes_type_0.additional_properties = d
        return v0042_step_nodes_type_0

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
