from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_openapi_error import V0042OpenapiError
  from ..models.v0042_openapi_meta import V0042OpenapiMeta
  from ..models.v0042_openapi_warning import V0042OpenapiWarning
  from ..models.v0042_wckey import V0042Wckey





T = TypeVar("T", bound="V0042OpenapiWckeyResp")



@_attrs_define
class V0042OpenapiWckeyResp:
    """ 
        Attributes:
            wckeys (list[V0042Wckey]):
            errors (list[V0042OpenapiError] | Unset):
            meta (None | Unset | V0042OpenapiMeta): Slurm meta values
            warnings (list[V0042OpenapiWarning] | Unset):
     """

    wckeys: list[V0042Wckey]
    errors: list[V0042OpenapiError] | Unset = UNSET
    meta: None | Unset | V0042OpenapiMeta = UNSET
    warnings: list[V0042OpenapiWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_openapi_error import V0042OpenapiError # noqa: PLC0415
        from ..models.v0042_openapi_meta import V0042OpenapiMeta # noqa: PLC0415
        from ..models.v0042_openapi_warning import V0042OpenapiWarning # noqa: PLC0415
        from ..models.v0042_wckey import V0042Wckey # noqa: PLC0415
        wckeys = []
        for componentsschemasv0_0_42_wckey_list_item_data in self.wckeys:
            componentsschemasv0_0_42_wckey_list_item = componentsschemasv0_0_42_wckey_list_item_data.to_dict()
            wckeys.append(componentsschemasv0_0_42_wckey_list_item)



        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasv0_0_42_openapi_errors_item_data in self.errors:
                componentsschemasv0_0_42_openapi_errors_item = componentsschemasv0_0_42_openapi_errors_item_data.to_dict()
                errors.append(componentsschemasv0_0_42_openapi_errors_item)



        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, V0042OpenapiMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasv0_0_42_openapi_warnings_item_data in self.warnings:
                componentsschemasv0_0_42_openapi_warnings_item = componentsschemasv0_0_42_openapi_warnings_item_data.to_dict()
                warnings.append(componentsschemasv0_0_42_openapi_warnings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "wckeys": wckeys,
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
        from ..models.v0042_openapi_error import V0042OpenapiError # noqa: PLC0415
        from ..models.v0042_openapi_meta import V0042OpenapiMeta # noqa: PLC0415
        from ..models.v0042_openapi_warning import V0042OpenapiWarning # noqa: PLC0415
        from ..models.v0042_wckey import V0042Wckey # noqa: PLC0415
        d = dict(src_dict)
        wckeys = []
        _wckeys = d.pop("wckeys")
        for componentsschemasv0_0_42_wckey_list_item_data in (_wckeys):
            componentsschemasv0_0_42_wckey_list_item = V0042Wckey.from_dict(componentsschemasv0_0_42_wckey_list_item_data)



            wckeys.append(componentsschemasv0_0_42_wckey_list_item)


        _errors = d.pop("errors", UNSET)
        errors: list[V0042OpenapiError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for componentsschemasv0_0_42_openapi_errors_item_data in _errors:
                componentsschemasv0_0_42_openapi_errors_item = V0042OpenapiError.from_dict(componentsschemasv0_0_42_openapi_errors_item_data)



                errors.append(componentsschemasv0_0_42_openapi_errors_item)


        def _parse_meta(data: object) -> None | Unset | V0042OpenapiMeta:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = V0042OpenapiMeta.from_dict(data)



                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042OpenapiMeta, data)

        meta = _parse_meta(d.pop("meta", UNSET))


        _warnings = d.pop("warnings", UNSET)
        warnings: list[V0042OpenapiWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for componentsschemasv0_0_42_openapi_warnings_item_data in _warnings:
                componentsschemasv0_0_42_openapi_warnings_item = V0042OpenapiWarning.from_dict(componentsschemasv0_0_42_openapi_warnings_item_data)



                warnings.append(componentsschemasv0_0_42_openapi_warnings_item)


        v0042_openapi_wckey_resp = cls(
            wckeys=wckeys,
            errors=errors,
            meta=meta,
            warnings=warnings,
        )


        v0042_openapi_wckey_resp.additional_properties = d
        return v0042_openapi_wckey_resp

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
