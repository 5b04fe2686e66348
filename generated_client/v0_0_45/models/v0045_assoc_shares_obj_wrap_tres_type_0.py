from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_shares_float_128_tres import V0045SharesFloat128Tres
  from ..models.v0045_shares_uint_64_tres import V0045SharesUint64Tres





T = TypeVar("T", bound="V0045AssocSharesObjWrapTresType0")



@_attrs_define
class V0045AssocSharesObjWrapTresType0:
    """ 
        Attributes:
            group_minutes (list[V0045SharesUint64Tres] | Unset):
            run_seconds (list[V0045SharesUint64Tres] | Unset):
            usage (list[V0045SharesFloat128Tres] | Unset):
     """

    group_minutes: list[V0045SharesUint64Tres] | Unset = UNSET
    run_seconds: list[V0045SharesUint64Tres] | Unset = UNSET
    usage: list[V0045SharesFloat128Tres] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_shares_float_128_tres import V0045SharesFloat128Tres # noqa: PLC0415
        from ..models.v0045_shares_uint_64_tres import V0045SharesUint64Tres # noqa: PLC0415
        group_minutes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_minutes, Unset):
            group_minutes = []
            for componentsschemasv0_0_45_shares_uint64_tres_list_item_data in self.group_minutes:
                componentsschemasv0_0_45_shares_uint64_tres_list_item = componentsschemasv0_0_45_shares_uint64_tres_list_item_data.to_dict()
                group_minutes.append(componentsschemasv0_0_45_shares_uint64_tres_list_item)



        run_seconds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.run_seconds, Unset):
            run_seconds = []
            for componentsschemasv0_0_45_shares_uint64_tres_list_item_data in self.run_seconds:
                componentsschemasv0_0_45_shares_uint64_tres_list_item = componentsschemasv0_0_45_shares_uint64_tres_list_item_data.to_dict()
                run_seconds.append(componentsschemasv0_0_45_shares_uint64_tres_list_item)



        usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = []
            for componentsschemasv0_0_45_shares_float128_tres_list_item_data in self.usage:
                componentsschemasv0_0_45_shares_float128_tres_list_item = componentsschemasv0_0_45_shares_float128_tres_list_item_data.to_dict()
                usage.append(componentsschemasv0_0_45_shares_float128_tres_list_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if group_minutes is not UNSET:
            field_dict["group_minutes"] = group_minutes
        if run_seconds is not UNSET:
            field_dict["run_seconds"] = run_seconds
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_shares_float_128_tres import V0045SharesFloat128Tres # noqa: PLC0415
        from ..models.v0045_shares_uint_64_tres import V0045SharesUint64Tres # noqa: PLC0415
        d = dict(src_dict)
        _group_minutes = d.pop("group_minutes", UNSET)
        group_minutes: list[V0045SharesUint64Tres] | Unset = UNSET
        if _group_minutes is not UNSET:
            group_minutes = []
            for componentsschemasv0_0_45_shares_uint64_tres_list_item_data in _group_minutes:
                componentsschemasv0_0_45_shares_uint64_tres_list_item = V0045SharesUint64Tres.from_dict(componentsschemasv0_0_45_shares_uint64_tres_list_item_data)



                group_minutes.append(componentsschemasv0_0_45_shares_uint64_tres_list_item)


        _run_seconds = d.pop("run_seconds", UNSET)
        run_seconds: list[V0045SharesUint64Tres] | Unset = UNSET
        if _run_seconds is not UNSET:
            run_seconds = []
            for componentsschemasv0_0_45_shares_uint64_tres_list_item_data in _run_seconds:
                componentsschemasv0_0_45_shares_uint64_tres_list_item = V0045SharesUint64Tres.from_dict(componentsschemasv0_0_45_shares_uint64_tres_list_item_data)



                run_seconds.append(componentsschemasv0_0_45_shares_uint64_tres_list_item)


        _usage = d.pop("usage", UNSET)
        usage: list[V0045SharesFloat128Tres] | Unset = UNSET
        if _usage is not UNSET:
            usage = []
            for componentsschemasv0_0_45_shares_float128_tres_list_item_data in _usage:
                componentsschemasv0_0_45_shares_float128_tres_list_item = V0045SharesFloat128Tres.from_dict(componentsschemasv0_0_45_shares_float128_tres_list_item_data)



                usage.append(componentsschemasv0_0_45_shares_float128_tres_list_item)


        v0045_assoc_shares_obj_wrap_tres_type_0 = cls(
            group_minutes=group_minutes,
            run_seconds=run_seconds,
            usage=usage,
        )


        v0045_assoc_shares_obj_wrap_tres_type_0.additional_properties = d
        return v0045_assoc_shares_obj_wrap_tres_type_0

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
