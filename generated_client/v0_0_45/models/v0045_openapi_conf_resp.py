from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_openapi_error import V0045OpenapiError
  from ..models.v0045_openapi_meta import V0045OpenapiMeta
  from ..models.v0045_openapi_warning import V0045OpenapiWarning
  from ..models.v0045_slurm_conf import V0045SlurmConf
  from ..models.v0045_slurm_conf_meta import V0045SlurmConfMeta





T = TypeVar("T", bound="V0045OpenapiConfResp")



@_attrs_define
class V0045OpenapiConfResp:
    """ 
        Attributes:
            errors (list[V0045OpenapiError] | Unset):
            meta (None | Unset | V0045OpenapiMeta): Slurm meta values
            slurm_conf (None | Unset | V0045SlurmConf): Configuration from slurm.conf
            slurm_conf_meta (None | Unset | V0045SlurmConfMeta): Meta data related to slurm.conf
            warnings (list[V0045OpenapiWarning] | Unset):
     """

    errors: list[V0045OpenapiError] | Unset = UNSET
    meta: None | Unset | V0045OpenapiMeta = UNSET
    slurm_conf: None | Unset | V0045SlurmConf = UNSET
    slurm_conf_meta: None | Unset | V0045SlurmConfMeta = UNSET
    warnings: list[V0045OpenapiWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_openapi_error import V0045OpenapiError # noqa: PLC0415
        from ..models.v0045_openapi_meta import V0045OpenapiMeta # noqa: PLC0415
        from ..models.v0045_openapi_warning import V0045OpenapiWarning # noqa: PLC0415
        from ..models.v0045_slurm_conf import V0045SlurmConf # noqa: PLC0415
        from ..models.v0045_slurm_conf_meta import V0045SlurmConfMeta # noqa: PLC0415
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasv0_0_45_openapi_errors_item_data in self.errors:
                componentsschemasv0_0_45_openapi_errors_item = componentsschemasv0_0_45_openapi_errors_item_data.to_dict()
                errors.append(componentsschemasv0_0_45_openapi_errors_item)



        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, V0045OpenapiMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        slurm_conf: dict[str, Any] | None | Unset
        if isinstance(self.slurm_conf, Unset):
            slurm_conf = UNSET
        elif isinstance(self.slurm_conf, V0045SlurmConf):
            slurm_conf = self.slurm_conf.to_dict()
        else:
            slurm_conf = self.slurm_conf

        slurm_conf_meta: dict[str, Any] | None | Unset
        if isinstance(self.slurm_conf_meta, Unset):
            slurm_conf_meta = UNSET
        elif isinstance(self.slurm_conf_meta, V0045SlurmConfMeta):
            slurm_conf_meta = self.slurm_conf_meta.to_dict()
        else:
            slurm_conf_meta = self.slurm_conf_meta

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasv0_0_45_openapi_warnings_item_data in self.warnings:
                componentsschemasv0_0_45_openapi_warnings_item = componentsschemasv0_0_45_openapi_warnings_item_data.to_dict()
                warnings.append(componentsschemasv0_0_45_openapi_warnings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta
        if slurm_conf is not UNSET:
            field_dict["slurm_conf"] = slurm_conf
        if slurm_conf_meta is not UNSET:
            field_dict["slurm_conf_meta"] = slurm_conf_meta
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_openapi_error import V0045OpenapiError # noqa: PLC0415
        from ..models.v0045_openapi_meta import V0045OpenapiMeta # noqa: PLC0415
        from ..models.v0045_openapi_warning import V0045OpenapiWarning # noqa: PLC0415
        from ..models.v0045_slurm_conf import V0045SlurmConf # noqa: PLC0415
        from ..models.v0045_slurm_conf_meta import V0045SlurmConfMeta # noqa: PLC0415
        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[V0045OpenapiError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for componentsschemasv0_0_45_openapi_errors_item_data in _errors:
                componentsschemasv0_0_45_openapi_errors_item = V0045OpenapiError.from_dict(componentsschemasv0_0_45_openapi_errors_item_data)



                errors.append(componentsschemasv0_0_45_openapi_errors_item)


        def _parse_meta(data: object) -> None | Unset | V0045OpenapiMeta:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = V0045OpenapiMeta.from_dict(data)



                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045OpenapiMeta, data)

        meta = _parse_meta(d.pop("meta", UNSET))


        def _parse_slurm_conf(data: object) -> None | Unset | V0045SlurmConf:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slurm_conf_type_0 = V0045SlurmConf.from_dict(data)



                return slurm_conf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmConf, data)

        slurm_conf = _parse_slurm_conf(d.pop("slurm_conf", UNSET))


        def _parse_slurm_conf_meta(data: object) -> None | Unset | V0045SlurmConfMeta:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slurm_conf_meta_type_0 = V0045SlurmConfMeta.from_dict(data)



                return slurm_conf_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045SlurmConfMeta, data)

        slurm_conf_meta = _parse_slurm_conf_meta(d.pop("slurm_conf_meta", UNSET))


        _warnings = d.pop("warnings", UNSET)
        warnings: list[V0045OpenapiWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for componentsschemasv0_0_45_openapi_warnings_item_data in _warnings:
                componentsschemasv0_0_45_openapi_warnings_item = V0045OpenapiWarning.from_dict(componentsschemasv0_0_45_openapi_warnings_item_data)



                warnings.append(componentsschemasv0_0_45_openapi_warnings_item)


        v0045_openapi_conf_resp = cls(
            errors=errors,
            meta=meta,
            slurm_conf=slurm_conf,
            slurm_conf_meta=slurm_conf_meta,
            warnings=warnings,
        )


        v0045_openapi_conf_resp.additional_properties = d
        return v0045_openapi_conf_resp

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
