from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem
  from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_run_seconds_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0RunSecondsItem
  from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_usage_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0UsageItem





T = TypeVar("T", bound="V0041OpenapiSharesRespSharesType0SharesItemTresType0")



@_attrs_define
class V0041OpenapiSharesRespSharesType0SharesItemTresType0:
    """ 
        Attributes:
            group_minutes (list[V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem] | Unset): TRES-minute
                limit
            run_seconds (list[V0041OpenapiSharesRespSharesType0SharesItemTresType0RunSecondsItem] | Unset): Currently
                running tres-secs = grp_used_tres_run_secs
            usage (list[V0041OpenapiSharesRespSharesType0SharesItemTresType0UsageItem] | Unset): Measure of each TRES usage
     """

    group_minutes: list[V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem] | Unset = UNSET
    run_seconds: list[V0041OpenapiSharesRespSharesType0SharesItemTresType0RunSecondsItem] | Unset = UNSET
    usage: list[V0041OpenapiSharesRespSharesType0SharesItemTresType0UsageItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem # noqa: PLC0415
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_run_seconds_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0RunSecondsItem # noqa: PLC0415
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_usage_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0UsageItem # noqa: PLC0415
        group_minutes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_minutes, Unset):
            group_minutes = []
            for group_minutes_item_data in self.group_minutes:
                group_minutes_item = group_minutes_item_data.to_dict()
                group_minutes.append(group_minutes_item)



        run_seconds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.run_seconds, Unset):
            run_seconds = []
            for run_seconds_item_data in self.run_seconds:
                run_seconds_item = run_seconds_item_data.to_dict()
                run_seconds.append(run_seconds_item)



        usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = []
            for usage_item_data in self.usage:
                usage_item = usage_item_data.to_dict()
                usage.append(usage_item)




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
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_group_minutes_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem # noqa: PLC0415
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_run_seconds_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0RunSecondsItem # noqa: PLC0415
        from ..models.v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0_usage_item import V0041OpenapiSharesRespSharesType0SharesItemTresType0UsageItem # noqa: PLC0415
        d = dict(src_dict)
        _group_minutes = d.pop("group_minutes", UNSET)
        group_minutes: list[V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem] | Unset = UNSET
        if _group_minutes is not UNSET:
            group_minutes = []
            for group_minutes_item_data in _group_minutes:
                group_minutes_item = V0041OpenapiSharesRespSharesType0SharesItemTresType0GroupMinutesItem.from_dict(group_minutes_item_data)



                group_minutes.append(group_minutes_item)


        _run_seconds = d.pop("run_seconds", UNSET)
        run_seconds: list[V0041OpenapiSharesRespSharesType0SharesItemTresType0RunSecondsItem] | Unset = UNSET
        if _run_seconds is not UNSET:
            run_seconds = []
            for run_seconds_item_data in _run_seconds:
                run_seconds_item = V0041OpenapiSharesRespSharesType0SharesItemTresType0RunSecondsItem.from_dict(run_seconds_item_data)



                run_seconds.append(run_seconds_item)


        _usage = d.pop("usage", UNSET)
        usage: list[V0041OpenapiSharesRespSharesType0SharesItemTresType0UsageItem] | Unset = UNSET
        if _usage is not UNSET:
            usage = []
            for usage_item_data in _usage:
                usage_item = V0041OpenapiSharesRespSharesType0SharesItemTresType0UsageItem.from_dict(usage_item_data)



                usage.append(usage_item)


        v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0 = cls(
            group_minutes=group_minutes,
            run_seconds=run_seconds,
            usage=usage,
        )


        v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0.additional_properties = d
        return v0041_openapi_shares_resp_shares_type_0_shares_item_tres_type_0

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
