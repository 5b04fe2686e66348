from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct
  from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct





T = TypeVar("T", bound="V0045SlurmConfMeta")



@_attrs_define
class V0045SlurmConfMeta:
    """ 
        Attributes:
            boot_time (int | Unset): Time slurmctld last booted (UNIX timestamp or time string recognized by Slurm (e.g.,
                '[MM/DD[/YY]-]HH:MM[:SS]'))
            cluster_id (None | Unset | V0045Uint16NoValStruct): Unique ID for this cluster from the DBD (16 bit integer
                number with flags)
            hash_value (int | Unset): Hash value of the slurm.conf file
            last_update (int | Unset): Last update time of the build parameters (UNIX timestamp or time string recognized by
                Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
            next_job_id (None | Unset | V0045Uint32NoValStruct): Next slurm generated job_id to assign (32 bit integer
                number with flags)
            slurm_conf (str | Unset): Pathname of slurm config file
            slurm_version (str | Unset): Version of slurmctld
     """

    boot_time: int | Unset = UNSET
    cluster_id: None | Unset | V0045Uint16NoValStruct = UNSET
    hash_value: int | Unset = UNSET
    last_update: int | Unset = UNSET
    next_job_id: None | Unset | V0045Uint32NoValStruct = UNSET
    slurm_conf: str | Unset = UNSET
    slurm_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        boot_time = self.boot_time

        cluster_id: dict[str, Any] | None | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        elif isinstance(self.cluster_id, V0045Uint16NoValStruct):
            cluster_id = self.cluster_id.to_dict()
        else:
            cluster_id = self.cluster_id

        hash_value = self.hash_value

        last_update = self.last_update

        next_job_id: dict[str, Any] | None | Unset
        if isinstance(self.next_job_id, Unset):
            next_job_id = UNSET
        elif isinstance(self.next_job_id, V0045Uint32NoValStruct):
            next_job_id = self.next_job_id.to_dict()
        else:
            next_job_id = self.next_job_id

        slurm_conf = self.slurm_conf

        slurm_version = self.slurm_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if boot_time is not UNSET:
            field_dict["BOOT_TIME"] = boot_time
        if cluster_id is not UNSET:
            field_dict["ClusterId"] = cluster_id
        if hash_value is not UNSET:
            field_dict["HashValue"] = hash_value
        if last_update is not UNSET:
            field_dict["LastUpdate"] = last_update
        if next_job_id is not UNSET:
            field_dict["NEXT_JOB_ID"] = next_job_id
        if slurm_conf is not UNSET:
            field_dict["SLURM_CONF"] = slurm_conf
        if slurm_version is not UNSET:
            field_dict["SLURM_VERSION"] = slurm_version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_uint_16_no_val_struct import V0045Uint16NoValStruct # noqa: PLC0415
        from ..models.v0045_uint_32_no_val_struct import V0045Uint32NoValStruct # noqa: PLC0415
        d = dict(src_dict)
        boot_time = d.pop("BOOT_TIME", UNSET)

        def _parse_cluster_id(data: object) -> None | Unset | V0045Uint16NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cluster_id_type_0 = V0045Uint16NoValStruct.from_dict(data)



                return cluster_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint16NoValStruct, data)

        cluster_id = _parse_cluster_id(d.pop("ClusterId", UNSET))


        hash_value = d.pop("HashValue", UNSET)

        last_update = d.pop("LastUpdate", UNSET)

        def _parse_next_job_id(data: object) -> None | Unset | V0045Uint32NoValStruct:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_job_id_type_0 = V0045Uint32NoValStruct.from_dict(data)



                return next_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045Uint32NoValStruct, data)

        next_job_id = _parse_next_job_id(d.pop("NEXT_JOB_ID", UNSET))


        slurm_conf = d.pop("SLURM_CONF", UNSET)

        slurm_version = d.pop("SLURM_VERSION", UNSET)

        v0045_slurm_conf_meta = cls(
            boot_time=boot_time,
            cluster_id=cluster_id,
            hash_value=hash_value,
            last_update=last_update,
            next_job_id=next_job_id,
            slurm_conf=slurm_conf,
            slurm_version=slurm_version,
        )


        v0045_slurm_conf_meta.additional_properties = d
        return v0045_slurm_conf_meta

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
