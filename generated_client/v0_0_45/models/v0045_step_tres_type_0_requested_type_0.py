from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_tres import V0045Tres





T = TypeVar("T", bound="V0045StepTresType0RequestedType0")



@_attrs_define
class V0045StepTresType0RequestedType0:
    """ 
        Attributes:
            average (list[V0045Tres] | Unset):
            max_ (list[V0045Tres] | Unset):
            min_ (list[V0045Tres] | Unset):
            total (list[V0045Tres] | Unset):
     """

    average: list[V0045Tres] | Unset = UNSET
    max_: list[V0045Tres] | Unset = UNSET
    min_: list[V0045Tres] | Unset = UNSET
    total: list[V0045Tres] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        average: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.average, Unset):
            average = []
            for componentsschemasv0_0_45_tres_list_item_data in self.average:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                average.append(componentsschemasv0_0_45_tres_list_item)



        max_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = []
            for componentsschemasv0_0_45_step_tres_req_max_item_data in self.max_:
                componentsschemasv0_0_45_step_tres_req_max_item = componentsschemasv0_0_45_step_tres_req_max_item_data.to_dict()
                max_.append(componentsschemasv0_0_45_step_tres_req_max_item)



        min_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = []
            for componentsschemasv0_0_45_step_tres_req_min_item_data in self.min_:
                componentsschemasv0_0_45_step_tres_req_min_item = componentsschemasv0_0_45_step_tres_req_min_item_data.to_dict()
                min_.append(componentsschemasv0_0_45_step_tres_req_min_item)



        total: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for componentsschemasv0_0_45_tres_list_item_data in self.total:
                componentsschemasv0_0_45_tres_list_item = componentsschemasv0_0_45_tres_list_item_data.to_dict()
                total.append(componentsschemasv0_0_45_tres_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if average is not UNSET:
            field_dict["average"] = average
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_tres import V0045Tres # noqa: PLC0415
        d = dict(src_dict)
        _average = d.pop("average", UNSET)
        average: list[V0045Tres] | Unset = UNSET
        if _average is not UNSET:
            average = []
            for componentsschemasv0_0_45_tres_list_item_data in _average:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                average.append(componentsschemasv0_0_45_tres_list_item)


        _max_ = d.pop("max", UNSET)
        max_: list[V0045Tres] | Unset = UNSET
        if _max_ is not UNSET:
            max_ = []
            for componentsschemasv0_0_45_step_tres_req_max_item_data in _max_:
                componentsschemasv0_0_45_step_tres_req_max_item = V0045Tres.from_dict(componentsschemasv0_0_45_step_tres_req_max_item_data)



                max_.append(componentsschemasv0_0_45_step_tres_req_max_item)


        _min_ = d.pop("min", UNSET)
        min_: list[V0045Tres] | Unset = UNSET
        if _min_ is not UNSET:
            min_ = []
            for componentsschemasv0_0_45_step_tres_req_min_item_data in _min_:
                componentsschemasv0_0_45_step_tres_req_min_item = V0045Tres.from_dict(componentsschemasv0_0_45_step_tres_req_min_item_data)



                min_.append(componentsschemasv0_0_45_step_tres_req_min_item)


        _total = d.pop("total", UNSET)
        total: list[V0045Tres] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for componentsschemasv0_0_45_tres_list_item_data in _total:
                componentsschemasv0_0_45_tres_list_item = V0045Tres.from_dict(componentsschemasv0_0_45_tres_list_item_data)



                total.append(componentsschemasv0_0_45_tres_list_item)


        v0045_step_tres_type_0_requested_type_0 = cls(
            average=average,
            max_=max_,
            min_=min_,
            total=total,
        )


        v0045_step_tres_type_0_requested_type_0.additional_properties = d
        return v0045_step_tres_type_0_requested_type_0

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
