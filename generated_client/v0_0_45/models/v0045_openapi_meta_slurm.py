from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_openapi_meta_slurm_version import V0045OpenapiMetaSlurmVersion





T = TypeVar("T", bound="V0045OpenapiMetaSlurm")



@_attrs_define
class V0045OpenapiMetaSlurm:
    """ 
        Attributes:
            cluster (str | Unset): Slurm cluster name
            release (str | Unset): Slurm release string
            version (V0045OpenapiMetaSlurmVersion | Unset):
     """

    cluster: str | Unset = UNSET
    release: str | Unset = UNSET
    version: V0045OpenapiMetaSlurmVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_openapi_meta_slurm_version import V0045OpenapiMetaSlurmVersion # noqa: PLC0415
        cluster = self.cluster

        release = self.release

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if release is not UNSET:
            field_dict["release"] = release
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_openapi_meta_slurm_version import V0045OpenapiMetaSlurmVersion # noqa: PLC0415
        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)

        release = d.pop("release", UNSET)

        _version = d.pop("version", UNSET)
        version: V0045OpenapiMetaSlurmVersion | Unset
        if isinstance(_version,  Unset):
            version = UNSET
        else:
            version = V0045OpenapiMetaSlurmVersion.from_dict(_version)




        v0045_openapi_meta_slurm = cls(
            cluster=cluster,
            release=release,
            version=version,
        )


        v0045_openapi_meta_slurm.additional_properties = d
        return v0045_openapi_meta_slurm

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
