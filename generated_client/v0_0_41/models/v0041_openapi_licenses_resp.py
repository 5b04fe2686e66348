from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_licenses_resp_errors_item import V0041OpenapiLicensesRespErrorsItem
  from ..models.v0041_openapi_licenses_resp_last_update_type_0 import V0041OpenapiLicensesRespLastUpdateType0
  from ..models.v0041_openapi_licenses_resp_licenses_item import V0041OpenapiLicensesRespLicensesItem
  from ..models.v0041_openapi_licenses_resp_meta_type_0 import V0041OpenapiLicensesRespMetaType0
  from ..models.v0041_openapi_licenses_resp_warnings_item import V0041OpenapiLicensesRespWarningsItem





T = TypeVar("T", bound="V0041OpenapiLicensesResp")



@_attrs_define
class V0041OpenapiLicensesResp:
    """ 
        Attributes:
            last_update (None | V0041OpenapiLicensesRespLastUpdateType0): Time of last licenses change (UNIX timestamp)
            licenses (list[V0041OpenapiLicensesRespLicensesItem]): List of licenses
            errors (list[V0041OpenapiLicensesRespErrorsItem] | Unset): Query errors
            meta (None | Unset | V0041OpenapiLicensesRespMetaType0): Slurm meta values
            warnings (list[V0041OpenapiLicensesRespWarningsItem] | Unset): Query warnings
     """

    last_update: None | V0041OpenapiLicensesRespLastUpdateType0
    licenses: list[V0041OpenapiLicensesRespLicensesItem]
    errors: list[V0041OpenapiLicensesRespErrorsItem] | Unset = UNSET
    meta: None | Unset | V0041OpenapiLicensesRespMetaType0 = UNSET
    warnings: list[V0041OpenapiLicensesRespWarningsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_licenses_resp_errors_item import V0041OpenapiLicensesRespErrorsItem # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_last_update_type_0 import V0041OpenapiLicensesRespLastUpdateType0 # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_licenses_item import V0041OpenapiLicensesRespLicensesItem # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_meta_type_0 import V0041OpenapiLicensesRespMetaType0 # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_warnings_item import V0041OpenapiLicensesRespWarningsItem # noqa: PLC0415
        last_update: dict[str, Any] | None
        if isinstance(self.last_update, V0041OpenapiLicensesRespLastUpdateType0):
            last_update = self.last_update.to_dict()
        else:
            last_update = self.last_update

        licenses = []
        for licenses_item_data in self.licenses:
            licenses_item = licenses_item_data.to_dict()
            licenses.append(licenses_item)



        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, V0041OpenapiLicensesRespMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "last_update": last_update,
            "licenses": licenses,
        })
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_licenses_resp_errors_item import V0041OpenapiLicensesRespErrorsItem # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_last_update_type_0 import V0041OpenapiLicensesRespLastUpdateType0 # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_licenses_item import V0041OpenapiLicensesRespLicensesItem # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_meta_type_0 import V0041OpenapiLicensesRespMetaType0 # noqa: PLC0415
        from ..models.v0041_openapi_licenses_resp_warnings_item import V0041OpenapiLicensesRespWarningsItem # noqa: PLC0415
        d = dict(src_dict)
        def _parse_last_update(data: object) -> None | V0041OpenapiLicensesRespLastUpdateType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_update_type_0 = V0041OpenapiLicensesRespLastUpdateType0.from_dict(data)



                return last_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0041OpenapiLicensesRespLastUpdateType0, data)

        last_update = _parse_last_update(d.pop("last_update"))


        licenses = []
        _licenses = d.pop("licenses")
        for licenses_item_data in (_licenses):
            licenses_item = V0041OpenapiLicensesRespLicensesItem.from_dict(licenses_item_data)



            licenses.append(licenses_item)


        _errors = d.pop("errors", UNSET)
        errors: list[V0041OpenapiLicensesRespErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = V0041OpenapiLicensesRespErrorsItem.from_dict(errors_item_data)



                errors.append(errors_item)


        def _parse_meta(data: object) -> None | Unset | V0041OpenapiLicensesRespMetaType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = V0041OpenapiLicensesRespMetaType0.from_dict(data)



                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiLicensesRespMetaType0, data)

        meta = _parse_meta(d.pop("meta", UNSET))


        _warnings = d.pop("warnings", UNSET)
        warnings: list[V0041OpenapiLicensesRespWarningsItem] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = V0041OpenapiLicensesRespWarningsItem.from_dict(warnings_item_data)



                warnings.append(warnings_item)


        v0041_openapi_licenses_resp = cls(
            last_update=last_update,
            licenses=licenses,
            errors=errors,
            meta=meta,
            warnings=warnings,
        )


        v0041_openapi_licenses_resp.additional_properties = d
        return v0041_openapi_licenses_resp

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
