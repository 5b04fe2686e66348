from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0038_meta_slurm_version import V0038MetaSlurmVersion





T = TypeVar("T", bound="V0038MetaSlurm")



@_attrs_define
class V0038MetaSlurm:
    """ Slurm information

        Attributes:
            release (str | Unset): version specifier
            version (V0038MetaSlurmVersion | Unset):
     """

    release: str | Unset = UNSET
    version: V0038MetaSlurmVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0038_meta_slurm_version import V0038MetaSlurmVersion # noqa: PLC0415
        release = self.release

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if release is not UNSET:
            field_dict["release"] = release
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0038_meta_slurm_version import V0038MetaSlurmVersion # noqa: PLC0415
        d = dict(src_dict)
        release = d.pop("release", UNSET)

        _version = d.pop("version", UNSET)
        version: V0038MetaSlurmVersion | Unset
        if isinstance(_version,  Unset):
            version = UNSET
        else:
            version = V0038MetaSlurmVersion.from_dict(_version)




        v0038_meta_slurm = cls(
            release=release,
            version=version,
        )


        v0038_meta_slurm.additional_properties = d
        return v0038_meta_slurm

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
