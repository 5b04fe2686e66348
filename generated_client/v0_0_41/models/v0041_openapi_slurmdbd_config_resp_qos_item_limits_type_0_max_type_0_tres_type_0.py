from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0
  from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0
  from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_total_item import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0TotalItem





T = TypeVar("T", bound="V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0")



@_attrs_define
class V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0:
    """ 
        Attributes:
            minutes (None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0):
            per (None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0):
            total (list[V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0TotalItem] | Unset): GrpTRES
     """

    minutes: None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0 = UNSET
    per: None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0 = UNSET
    total: list[V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0TotalItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_total_item import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0TotalItem # noqa: PLC0415
        minutes: dict[str, Any] | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        elif isinstance(self.minutes, V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0):
            minutes = self.minutes.to_dict()
        else:
            minutes = self.minutes

        per: dict[str, Any] | None | Unset
        if isinstance(self.per, Unset):
            per = UNSET
        elif isinstance(self.per, V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0):
            per = self.per.to_dict()
        else:
            per = self.per

        total: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.to_dict()
                total.append(total_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if per is not UNSET:
            field_dict["per"] = per
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0 import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_per_type_0 import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0_total_item import V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0TotalItem # noqa: PLC0415
        d = dict(src_dict)
        def _parse_minutes(data: object) -> None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minutes_type_0 = V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0.from_dict(data)



                return minutes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0MinutesType0, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))


        def _parse_per(data: object) -> None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_type_0 = V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0.from_dict(data)



                return per_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0PerType0, data)

        per = _parse_per(d.pop("per", UNSET))


        _total = d.pop("total", UNSET)
        total: list[V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0TotalItem] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for total_item_data in _total:
                total_item = V0041OpenapiSlurmdbdConfigRespQosItemLimitsType0MaxType0TresType0TotalItem.from_dict(total_item_data)



                total.append(total_item)


        v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0 = cls(
            minutes=minutes,
            per=per,
            total=total,
        )


        v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_config_resp_qos_item_limits_type_0_max_type_0_tres_type_0

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
