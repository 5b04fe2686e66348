from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_nodes_resp_errors_item import V0041OpenapiNodesRespErrorsItem
  from ..models.v0041_openapi_nodes_resp_last_update_type_0 import V0041OpenapiNodesRespLastUpdateType0
  from ..models.v0041_openapi_nodes_resp_meta_type_0 import V0041OpenapiNodesRespMetaType0
  from ..models.v0041_openapi_nodes_resp_nodes_item import V0041OpenapiNodesRespNodesItem
  from ..models.v0041_openapi_nodes_resp_warnings_item import V0041OpenapiNodesRespWarningsItem





T = TypeVar("T", bound="V0041OpenapiNodesResp")



@_attrs_define
class V0041OpenapiNodesResp:
    """ 
        Attributes:
            last_update (None | V0041OpenapiNodesRespLastUpdateType0): Time of last node change (UNIX timestamp)
            nodes (list[V0041OpenapiNodesRespNodesItem]): List of nodes
            errors (list[V0041OpenapiNodesRespErrorsItem] | Unset): Query errors
            meta (None | Unset | V0041OpenapiNodesRespMetaType0): Slurm meta values
            warnings (list[V0041OpenapiNodesRespWarningsItem] | Unset): Query warnings
     """

    last_update: None | V0041OpenapiNodesRespLastUpdateType0
    nodes: list[V0041OpenapiNodesRespNodesItem]
    errors: list[V0041OpenapiNodesRespErrorsItem] | Unset = UNSET
    meta: None | Unset | V0041OpenapiNodesRespMetaType0 = UNSET
    warnings: list[V0041OpenapiNodesRespWarningsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_nodes_resp_errors_item import V0041OpenapiNodesRespErrorsItem # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_last_update_type_0 import V0041OpenapiNodesRespLastUpdateType0 # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_meta_type_0 import V0041OpenapiNodesRespMetaType0 # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_nodes_item import V0041OpenapiNodesRespNodesItem # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_warnings_item import V0041OpenapiNodesRespWarningsItem # noqa: PLC0415
        last_update: dict[str, Any] | None
        if isinstance(self.last_update, V0041OpenapiNodesRespLastUpdateType0):
            last_update = self.last_update.to_dict()
        else:
            last_update = self.last_update

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)



        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, V0041OpenapiNodesRespMetaType0):
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
            "nodes": nodes,
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
        from ..models.v0041_openapi_nodes_resp_errors_item import V0041OpenapiNodesRespErrorsItem # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_last_update_type_0 import V0041OpenapiNodesRespLastUpdateType0 # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_meta_type_0 import V0041OpenapiNodesRespMetaType0 # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_nodes_item import V0041OpenapiNodesRespNodesItem # noqa: PLC0415
        from ..models.v0041_openapi_nodes_resp_warnings_item import V0041OpenapiNodesRespWarningsItem # noqa: PLC0415
        d = dict(src_dict)
        def _parse_last_update(data: object) -> None | V0041OpenapiNodesRespLastUpdateType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_update_type_0 = V0041OpenapiNodesRespLastUpdateType0.from_dict(data)



                return last_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V0041OpenapiNodesRespLastUpdateType0, data)

        last_update = _parse_last_update(d.pop("last_update"))


        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in (_nodes):
            nodes_item = V0041OpenapiNodesRespNodesItem.from_dict(nodes_item_data)



            nodes.append(nodes_item)


        _errors = d.pop("errors", UNSET)
        errors: list[V0041OpenapiNodesRespErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = V0041OpenapiNodesRespErrorsItem.from_dict(errors_item_data)



                errors.append(errors_item)


        def _parse_meta(data: object) -> None | Unset | V0041OpenapiNodesRespMetaType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = V0041OpenapiNodesRespMetaType0.from_dict(data)



                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiNodesRespMetaType0, data)

        meta = _parse_meta(d.pop("meta", UNSET))


        _warnings = d.pop("warnings", UNSET)
        warnings: list[V0041OpenapiNodesRespWarningsItem] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = V0041OpenapiNodesRespWarningsItem.from_dict(warnings_item_data)



                warnings.append(warnings_item)


        v0041_openapi_nodes_resp = cls(
            last_update=last_update,
            nodes=nodes,
            errors=errors,
            meta=meta,
            warnings=warnings,
        )


        v0041_openapi_nodes_resp.additional_properties = d
        return v0041_openapi_nodes_resp

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
