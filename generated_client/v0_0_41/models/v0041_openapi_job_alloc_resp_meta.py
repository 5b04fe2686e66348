from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_job_alloc_resp_meta_client import V0041OpenapiJobAllocRespMetaClient
  from ..models.v0041_openapi_job_alloc_resp_meta_plugin import V0041OpenapiJobAllocRespMetaPlugin
  from ..models.v0041_openapi_job_alloc_resp_meta_slurm import V0041OpenapiJobAllocRespMetaSlurm





T = TypeVar("T", bound="V0041OpenapiJobAllocRespMeta")



@_attrs_define
class V0041OpenapiJobAllocRespMeta:
    """ Slurm meta values

        Attributes:
            client (V0041OpenapiJobAllocRespMetaClient | Unset):
            command (list[str] | Unset): CLI command (if applicable)
            plugin (V0041OpenapiJobAllocRespMetaPlugin | Unset):
            slurm (V0041OpenapiJobAllocRespMetaSlurm | Unset):
     """

    client: V0041OpenapiJobAllocRespMetaClient | Unset = UNSET
    command: list[str] | Unset = UNSET
    plugin: V0041OpenapiJobAllocRespMetaPlugin | Unset = UNSET
    slurm: V0041OpenapiJobAllocRespMetaSlurm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_job_alloc_resp_meta_client import V0041OpenapiJobAllocRespMetaClient # noqa: PLC0415
        from ..models.v0041_openapi_job_alloc_resp_meta_plugin import V0041OpenapiJobAllocRespMetaPlugin # noqa: PLC0415
        from ..models.v0041_openapi_job_alloc_resp_meta_slurm import V0041OpenapiJobAllocRespMetaSlurm # noqa: PLC0415
        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command



        plugin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugin, Unset):
            plugin = self.plugin.to_dict()

        slurm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slurm, Unset):
            slurm = self.slurm.to_dict()


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
        from ..models.v0041_openapi_job_alloc_resp_meta_client import V0041OpenapiJobAllocRespMetaClient # noqa: PLC0415
        from ..models.v0041_openapi_job_alloc_resp_meta_plugin import V0041OpenapiJobAllocRespMetaPlugin # noqa: PLC0415
        from ..models.v0041_openapi_job_alloc_resp_meta_slurm import V0041OpenapiJobAllocRespMetaSlurm # noqa: PLC0415
        d = dict(src_dict)
        _client = d.pop("client", UNSET)
        client: V0041OpenapiJobAllocRespMetaClient | Unset
        if isinstance(_client,  Unset):
            client = UNSET
        else:
            client = V0041OpenapiJobAllocRespMetaClient.from_dict(_client)




        command = cast(list[str], d.pop("command", UNSET))


        _plugin = d.pop("plugin", UNSET)
        plugin: V0041OpenapiJobAllocRespMetaPlugin | Unset
        if isinstance(_plugin,  Unset):
            plugin = UNSET
        else:
            plugin = V0041OpenapiJobAllocRespMetaPlugin.from_dict(_plugin)




        _slurm = d.pop("slurm", UNSET)
        slurm: V0041OpenapiJobAllocRespMetaSlurm | Unset
        if isinstance(_slurm,  Unset):
            slurm = UNSET
        else:
            slurm = V0041OpenapiJobAllocRespMetaSlurm.from_dict(_slurm)




        v0041_openapi_job_alloc_resp_meta = cls(
            client=client,
            command=command,
            plugin=plugin,
            slurm=slurm,
        )


        v0041_openapi_job_alloc_resp_meta.additional_properties = d
        return v0041_openapi_job_alloc_resp_meta

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
