from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_error import Dbv0038Error
  from ..models.v0038_meta import V0038Meta





T = TypeVar("T", bound="Dbv0038ResponseClusterAdd")



@_attrs_define
class Dbv0038ResponseClusterAdd:
    """ 
        Attributes:
            errors (list[Dbv0038Error] | Unset): Slurm errors
            meta (None | Unset | V0038Meta):
     """

    errors: list[Dbv0038Error] | Unset = UNSET
    meta: None | Unset | V0038Meta = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_error import Dbv0038Error # noqa: PLC0415
        from ..models.v0038_meta import V0038Meta # noqa: PLC0415
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)



        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, V0038Meta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_error import Dbv0038Error # noqa: PLC0415
        from ..models.v0038_meta import V0038Meta # noqa: PLC0415
        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[Dbv0038Error] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = Dbv0038Error.from_dict(errors_item_data)



                errors.append(errors_item)


        def _parse_meta(data: object) -> None | Unset | V0038Meta:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = V0038Meta.from_dict(data)



                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0038Meta, data)

        meta = _parse_meta(d.pop("meta", UNSET))


        dbv_0038_response_cluster_add = cls(
            errors=errors,
            meta=meta,
        )


        dbv_0038_response_cluster_add.additional_properties = d
        return dbv_0038_response_cluster_add

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
