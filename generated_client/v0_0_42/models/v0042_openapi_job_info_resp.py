from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_job_info import V0042JobInfo
  from ..models.v0042_openapi_error import V0042OpenapiError
  from ..models.v0042_openapi_meta import V0042OpenapiMeta
  from ..models.v0042_openapi_warning import V0042OpenapiWarning
  from ..models.v0042_uint_64_no_val_struct import V0042Uint64NoValStruct





T = TypeVar("T", bound="V0042OpenapiJobInfoResp")



@_attrs_define
class V0042OpenapiJobInfoResp:
    """ 
        Attributes:
            jobs (list[V0042JobInfo]):
            last_backfill (None | V0042Uint64NoValStruct): Time of last backfill scheduler run (UNIX timestamp)
            last_update (None | V0042Uint64NoValStruct): Time of last job change (UNIX timestamp)
            errors (list[V0042OpenapiError] | Unset):
            meta (None | Unset | V0042OpenapiMeta): Slurm meta values
            warnings (list[V0042OpenapiWarning] | Unset):
     """

    jobs: list[V0042JobInfo]
    last_backfill: None | V0042Uint64NoValStruct
    last_update: None | V0042Uint64NoValStruct
    errors: list[V0042OpenapiError] | Unset = UNSET
    meta: None | Unset | V0042OpenapiMeta = UNSET
    warnings: list[V0042OpenapiWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_job_info import V0042JobInfo # noqa: PLC0415
        from ..models.v0042_openapi_error import V0042OpenapiError # noqa: PLC0415
        from ..models.v0042_openapi_meta import V0042OpenapiMeta # noqa: PLC0415
        from ..models.v0042_openapi_warning import V0042OpenapiWarning # noqa: PLC0415
        from ..models.v0042_uint_64_no_val_struct import V0042Uint64NoValStruct # noqa: PLC0415
        jobs = []
        for componentsschemasv0_0_42_job_info_msg_item_data in self.jobs:
            componentsschemasv0_0_42_job_info_msg_item = componentsschemasv0_0_42_job_info_msg_item_data.to_dict()
            jobs.append(componentsschemasv0_0_42_job_info_msg_item)



        last_backfill: dict[str, Any] | None
        if isinstance(self.last_backfill, V0042Uint64NoValStruct):
            last_backfill = self.last_backfill.to_dict()
        else:
            last_backfill = self.last_backfill

        last_update: dict[str, Any] | None
        if isinstance(self.last_update, V0042Uint64NoValStruct):
            last_update = self.last_update.to_dict()
        else:
            last_update = self.last_update

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
            "jobs": jobs,
            "last_backfill": last_backfill,
            "last_update": last_update,
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
        from ..models.v0042_job_info import V0042JobInfo # noqa: PLC0415
        from ..models.v0042_openapi_error import V0042OpenapiError # noqa: PLC0415
        from ..models.v0042_openapi_meta import V0042OpenapiMeta # noqa: PLC0415
        from ..models.v0042_openapi_warning import V0042OpenapiWarning # noqa: PLC0415
        from ..models.v0042_uint_64_no_val_struct import V0042Uint64NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for componentsschemasv0_0_42_job_info_msg_item_data in (_jobs):
            componentsschemasv0_0_42_job_info_msg_item = V0042JobInfo.from_dict(componentsschemasv0_0_42_job_info_msg_item_data)



            jobs.append(componentsschemasv0_0_42_job_info_msg_item)


        def _parse_last_backfill(data: object) -> None | V0042Uint64NoValStruct:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_backfill_type_0 = V0042Uint64NoValStruct.from_dict(data)



                return last_backfill_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0042Uint64NoValStruct, data)

        last_backfill = _parse_last_backfill(d.pop("last_backfill"))


        def _parse_last_update(data: object) -> None | V0042Uint64NoValStruct:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_update_type_0 = V0042Uint64NoValStruct.from_dict(data)



                return last_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0042Uint64NoValStruct, data)

        last_update = _parse_last_update(d.pop("last_update"))


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


        v0042_openapi_job_info_resp = cls(
            jobs=jobs,
            last_backfill=last_backfill,
            last_update=last_update,
            errors=errors,
            meta=meta,
            warnings=warnings,
        )


        v0042_openapi_job_info_resp.additional_properties = d
        return v0042_openapi_job_info_resp

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
