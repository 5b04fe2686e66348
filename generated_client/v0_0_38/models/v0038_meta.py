from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0038_meta_plugin_type_0 import V0038MetaPluginType0
  from ..models.v0038_meta_slurm_type_0 import V0038MetaSlurmType0





T = TypeVar("T", bound="V0038Meta")



@_attrs_define
class V0038Meta:
    """ 
        Attributes:
            slurm (None | Unset | V0038MetaSlurmType0): Slurm information
            plugin (None | Unset | V0038MetaPluginType0):
     """

    slurm: None | Unset | V0038MetaSlurmType0 = UNSET
    plugin: None | Unset | V0038MetaPluginType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0038_meta_plugin_type_0 import V0038MetaPluginType0 # noqa: PLC0415
        from ..models.v0038_meta_slurm_type_0 import V0038MetaSlurmType0 # noqa: PLC0415
        slurm: dict[str, Any] | None | Unset
        if isinstance(self.slurm, Unset):
            slurm = UNSET
        elif isinstance(self.slurm, V0038MetaSlurmType0):
            slurm = self.slurm.to_dict()
        else:
            slurm = self.slurm

        plugin: dict[str, Any] | None | Unset
        if isinstance(self.plugin, Unset):
            plugin = UNSET
        elif isinstance(self.plugin, V0038MetaPluginType0):
            plugin = self.plugin.to_dict()
        else:
            plugin = self.plugin


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if slurm is not UNSET:
            field_dict["Slurm"] = slurm
        if plugin is not UNSET:
            field_dict["plugin"] = plugin

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0038_meta_plugin_type_0 import V0038MetaPluginType0 # noqa: PLC0415
        from ..models.v0038_meta_slurm_type_0 import V0038MetaSlurmType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_slurm(data: object) -> None | Unset | V0038MetaSlurmType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slurm_type_0 = V0038MetaSlurmType0.from_dict(data)



                return slurm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0038MetaSlurmType0, data)

        slurm = _parse_slurm(d.pop("Slurm", UNSET))


        def _parse_plugin(data: object) -> None | Unset | V0038MetaPluginType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plugin_type_0 = V0038MetaPluginType0.from_dict(data)



                return plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0038MetaPluginType0, data)

        plugin = _parse_plugin(d.pop("plugin", UNSET))


        v0038_meta = cls(
            slurm=slurm,
            plugin=plugin,
        )


        v0038_meta.additional_properties = d
        return v0038_meta

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
