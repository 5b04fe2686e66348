from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_clusters_resp_meta_type_0_client_type_0 import V0041OpenapiClustersRespMetaType0ClientType0
  from ..models.v0041_openapi_clusters_resp_meta_type_0_plugin_type_0 import V0041OpenapiClustersRespMetaType0PluginType0
  from ..models.v0041_openapi_clusters_resp_meta_type_0_slurm_type_0 import V0041OpenapiClustersRespMetaType0SlurmType0





T = TypeVar("T", bound="V0041OpenapiClustersRespMetaType0")



@_attrs_define
class V0041OpenapiClustersRespMetaType0:
    """ Slurm meta values

        Attributes:
            client (None | Unset | V0041OpenapiClustersRespMetaType0ClientType0):
            command (list[str] | Unset): CLI command (if applicable)
            plugin (None | Unset | V0041OpenapiClustersRespMetaType0PluginType0):
            slurm (None | Unset | V0041OpenapiClustersRespMetaType0SlurmType0):
     """

    client: None | Unset | V0041OpenapiClustersRespMetaType0ClientType0 = UNSET
    command: list[str] | Unset = UNSET
    plugin: None | Unset | V0041OpenapiClustersRespMetaType0PluginType0 = UNSET
    slurm: None | Unset | V0041OpenapiClustersRespMetaType0SlurmType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_clusters_resp_meta_type_0_client_type_0 import V0041OpenapiClustersRespMetaType0ClientType0 # noqa: PLC0415
        from ..models.v0041_openapi_clusters_resp_meta_type_0_plugin_type_0 import V0041OpenapiClustersRespMetaType0PluginType0 # noqa: PLC0415
        from ..models.v0041_openapi_clusters_resp_meta_type_0_slurm_type_0 import V0041OpenapiClustersRespMetaType0SlurmType0 # noqa: PLC0415
        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, V0041OpenapiClustersRespMetaType0ClientType0):
            client = self.client.to_dict()
        else:
            client = self.client

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command



        plugin: dict[str, Any] | None | Unset
        if isinstance(self.plugin, Unset):
            plugin = UNSET
        elif isinstance(self.plugin, V0041OpenapiClustersRespMetaType0PluginType0):
            plugin = self.plugin.to_dict()
        else:
            plugin = self.plugin

        slurm: dict[str, Any] | None | Unset
        if isinstance(self.slurm, Unset):
            slurm = UNSET
        elif isinstance(self.slurm, V0041OpenapiClustersRespMetaType0SlurmType0):
            slurm = self.slurm.to_dict()
        else:
            slurm = self.slurm


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if client is not UNSET:
            field_dict["client"] = client
        if command is not UNSET:
            field_dict["command"] = command
        if plugin is not UNSET:
            field_dict["plugin"] = plugin
        if slurm is not UNSET:
            field_dict["slurm"] = slurm

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_clusters_resp_meta_type_0_client_type_0 import V0041OpenapiClustersRespMetaType0ClientType0 # noqa: PLC0415
        from ..models.v0041_openapi_clusters_resp_meta_type_0_plugin_type_0 import V0041OpenapiClustersRespMetaType0PluginType0 # noqa: PLC0415
        from ..models.v0041_openapi_clusters_resp_meta_type_0_slurm_type_0 import V0041OpenapiClustersRespMetaType0SlurmType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_client(data: object) -> None | Unset | V0041OpenapiClustersRespMetaType0ClientType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = V0041OpenapiClustersRespMetaType0ClientType0.from_dict(data)



                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiClustersRespMetaType0ClientType0, data)

        client = _parse_client(d.pop("client", UNSET))


        command = cast(list[str], d.pop("command", UNSET))


        def _parse_plugin(data: object) -> None | Unset | V0041OpenapiClustersRespMetaType0PluginType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plugin_type_0 = V0041OpenapiClustersRespMetaType0PluginType0.from_dict(data)



                return plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiClustersRespMetaType0PluginType0, data)

        plugin = _parse_plugin(d.pop("plugin", UNSET))


        def _parse_slurm(data: object) -> None | Unset | V0041OpenapiClustersRespMetaType0SlurmType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slurm_type_0 = V0041OpenapiClustersRespMetaType0SlurmType0.from_dict(data)



                return slurm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiClustersRespMetaType0SlurmType0, data)

        slurm = _parse_slurm(d.pop("slurm", UNSET))


        v0041_openapi_clusters_resp_meta_type_0 = cls(
            client=client,
            command=command,
            plugin=plugin,
            slurm=slurm,
        )


        v0041_openapi_clusters_resp_meta_type_0.additional_properties = d
        return v0041_openapi_clusters_resp_meta_type_0

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
