from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_assocs_resp_associations_item import V0041OpenapiAssocsRespAssociationsItem
  from ..models.v0041_openapi_assocs_resp_errors_item import V0041OpenapiAssocsRespErrorsItem
  from ..models.v0041_openapi_assocs_resp_meta_type_0 import V0041OpenapiAssocsRespMetaType0
  from ..models.v0041_openapi_assocs_resp_warnings_item import V0041OpenapiAssocsRespWarningsItem





T = TypeVar("T", bound="V0041OpenapiAssocsResp")



@_attrs_define
class V0041OpenapiAssocsResp:
    """ 
        Attributes:
            associations (list[V0041OpenapiAssocsRespAssociationsItem]): associations
            errors (list[V0041OpenapiAssocsRespErrorsItem] | Unset): Query errors
            meta (None | Unset | V0041OpenapiAssocsRespMetaType0): Slurm meta values
            warnings (list[V0041OpenapiAssocsRespWarningsItem] | Unset): Query warnings
     """

    associations: list[V0041OpenapiAssocsRespAssociationsItem]
    errors: list[V0041OpenapiAssocsRespErrorsItem] | Unset = UNSET
    meta: None | Unset | V0041OpenapiAssocsRespMetaType0 = UNSET
    warnings: list[V0041OpenapiAssocsRespWarningsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_assocs_resp_associations_item import V0041OpenapiAssocsRespAssociationsItem # noqa: PLC0415
        from ..models.v0041_openapi_assocs_resp_errors_item import V0041OpenapiAssocsRespErrorsItem # noqa: PLC0415
        from ..models.v0041_openapi_assocs_resp_meta_type_0 import V0041OpenapiAssocsRespMetaType0 # noqa: PLC0415
        from ..models.v0041_openapi_assocs_resp_warnings_item import V0041OpenapiAssocsRespWarningsItem # noqa: PLC0415
        associations = []
        for associations_item_data in self.associations:
            associations_item = associations_item_data.to_dict()
            associations.append(associations_item)



        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, V0041OpenapiAssocsRespMetaType0):
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
            "associations": associations,
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
        from ..models.v0041_openapi_assocs_resp_associations_item import V0041OpenapiAssocsRespAssociationsItem # noqa: PLC0415
        from ..models.v0041_openapi_assocs_resp_errors_item import V0041OpenapiAssocsRespErrorsItem # noqa: PLC0415
        from ..models.v0041_openapi_assocs_resp_meta_type_0 import V0041OpenapiAssocsRespMetaType0 # noqa: PLC0415
        from ..models.v0041_openapi_assocs_resp_warnings_item import V0041OpenapiAssocsRespWarningsItem # noqa: PLC0415
        d = dict(src_dict)
        associations = []
        _associations = d.pop("associations")
        for associations_item_data in (_associations):
            associations_item = V0041OpenapiAssocsRespAssociationsItem.from_dict(associations_item_data)



            associations.append(associations_item)


        _errors = d.pop("errors", UNSET)
        errors: list[V0041OpenapiAssocsRespErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = V0041OpenapiAssocsRespErrorsItem.from_dict(errors_item_data)



                errors.append(errors_item)


        def _parse_meta(data: object) -> None | Unset | V0041OpenapiAssocsRespMetaType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = V0041OpenapiAssocsRespMetaType0.from_dict(data)



                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiAssocsRespMetaType0, data)

        meta = _parse_meta(d.pop("meta", UNSET))


        _warnings = d.pop("warnings", UNSET)
        warnings: list[V0041OpenapiAssocsRespWarningsItem] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = V0041OpenapiAssocsRespWarningsItem.from_dict(warnings_item_data)



                warnings.append(warnings_item)


        v0041_openapi_assocs_resp = cls(
            associations=associations,
            errors=errors,
            meta=meta,
            warnings=warnings,
        )


        v0041_openapi_assocs_resp.additional_properties = d
        return v0041_openapi_assocs_resp

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
