from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0044_job_res_node import V0044JobResNode





T = TypeVar("T", bound="V0044JobResNodesType0")



@_attrs_define
class V0044JobResNodesType0:
    """ 
        Attributes:
            allocation (list[V0044JobResNode] | Unset): Job resources for a node
            count (int | Unset): Number of allocated nodes
            list_ (str | Unset): Node(s) allocated to the job
            select_type (list[str] | Unset): Node scheduling selection method
            whole (bool | Unset): Whether whole nodes were allocated
     """

    allocation: list[V0044JobResNode] | Unset = UNSET
    count: int | Unset = UNSET
    list_: str | Unset = UNSET
    select_type: list[str] | Unset = UNSET
    whole: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0044_job_res_node import V0044JobResNode # noqa: PLC0415
        allocation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocation, Unset):
            allocation = []
            for componentsschemasv0_0_44_job_res_nodes_item_data in self.allocation:
                componentsschemasv0_0_44_job_res_nodes_item = componentsschemasv0_0_44_job_res_nodes_item_data.to_dict()
                allocation.append(componentsschemasv0_0_44_job_res_nodes_item)



        count = self.count

        list_ = self.list_

        select_type: list[str] | Unset = UNSET
        if not isinstance(self.select_type, Unset):
            select_type = self.select_type



        whole = self.whole


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if allocation is not UNSET:
            field_dict["allocation"] = allocation
        if count is not UNSET:
            field_dict["count"] = count
        if list_ is not UNSET:
            field_dict["list"] = list_
        if select_type is not UNSET:
            field_dict["select_type"] = select_type
        if whole is not UNSET:
            field_dict["whole"] = whole

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0044_job_res_node import V0044JobResNode # noqa: PLC0415
        d = dict(src_dict)
        _allocation = d.pop("allocation", UNSET)
        allocation: list[V0044JobResNode] | Unset = UNSET
        if _allocation is not UNSET:
            allocation = []
            for componentsschemasv0_0_44_job_res_nodes_item_data in _allocation:
                componentsschemasv0_0_44_job_res_nodes_item = V0044JobResNode.from_dict(componentsschemasv0_0_44_job_res_nodes_item_data)



                allocation.append(componentsschemasv0_0_44_job_res_nodes_item)


        count = d.pop("count", UNSET)

        list_ = d.pop("list", UNSET)

        select_type = cast(list[str], d.pop("select_type", UNSET))


        whole = d.pop("whole", UNSET)

        v0044_job_res_nodes_type_0 = cls(
            allocation=allocation,
            count=count,
            list_=list_,
            select_type=select_type,
            whole=whole,
        )


        v0044_job_res_nodes_type_0.additional_properties = d
        return v0044_job_res_nodes_type_0

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
