from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_tres_resp_meta_type_0_slurm_type_0_version_type_0 import V0041OpenapiTresRespMetaType0SlurmType0VersionType0





T = TypeVar("T", bound="V0041OpenapiTresRespMetaType0SlurmType0")



@_attrs_define
class V0041OpenapiTresRespMetaType0SlurmType0:
    """ 
        Attributes:
            cluster (str | Unset): Slurm cluster name
            release (str | Unset): Slurm release string
            version (None | Unset | V0041OpenapiTresRespMetaType0SlurmType0VersionType0):
     """

    cluster: str | Unset = UNSET
    release: str | Unset = UNSET
    version: None | Unset | V0041OpenapiTresRespMetaType0SlurmType0VersionType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_tres_resp_meta_type_0_slurm_type_0_version_type_0 import V0041OpenapiTresRespMetaType0SlurmType0VersionType0 # noqa: PLC0415
        cluster = self.cluster

        release = self.release

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, V0041OpenapiTresRespMetaType0SlurmType0VersionType0):
            version = self.version.to_dict()
        else:
            version = self.version


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
        from ..models.v0041_openapi_tres_resp_meta_type_0_slurm_type_0_version_type_0 import V0041OpenapiTresRespMetaType0SlurmType0VersionType0 # noqa: PLC0415
        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)

        release = d.pop("release", UNSET)

        def _parse_version(data: object) -> None | Unset | V0041OpenapiTresRespMetaType0SlurmType0VersionType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_type_0 = V0041OpenapiTresRespMetaType0SlurmType0VersionType0.from_dict(data)



                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiTresRespMetaType0SlurmType0VersionType0, data)

        version = _parse_version(d.pop("version", UNSET))


        v0041_openapi_tres_resp_meta_type_0_slurm_type_0 = cls(
            cluster=cluster,
            release=release,
            version=version,
        )


        v0041_openapi_tres_resp_meta_type_0_slurm_type_0.additional_properties = d
        return v0041_openapi_tres_resp_meta_type_0_slurm_type_0

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
