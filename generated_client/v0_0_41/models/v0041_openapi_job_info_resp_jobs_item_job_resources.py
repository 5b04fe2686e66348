from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_nodes import V0041OpenapiJobInfoRespJobsItemJobResourcesNodes
  from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_threads_per_core import V0041OpenapiJobInfoRespJobsItemJobResourcesThreadsPerCore





T = TypeVar("T", bound="V0041OpenapiJobInfoRespJobsItemJobResources")



@_attrs_define
class V0041OpenapiJobInfoRespJobsItemJobResources:
    """ Resources used by the job

        Attributes:
            cpus (int): Number of allocated CPUs
            select_type (list[str]): Scheduler consumable resource selection type
            threads_per_core (V0041OpenapiJobInfoRespJobsItemJobResourcesThreadsPerCore): Number of processor threads per
                CPU core
            nodes (V0041OpenapiJobInfoRespJobsItemJobResourcesNodes | Unset):
     """

    cpus: int
    select_type: list[str]
    threads_per_core: V0041OpenapiJobInfoRespJobsItemJobResourcesThreadsPerCore
    nodes: V0041OpenapiJobInfoRespJobsItemJobResourcesNodes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_nodes import V0041OpenapiJobInfoRespJobsItemJobResourcesNodes # noqa: PLC0415
        from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_threads_per_core import V0041OpenapiJobInfoRespJobsItemJobResourcesThreadsPerCore # noqa: PLC0415
        cpus = self.cpus

        select_type = self.select_type



        threads_per_core = self.threads_per_core.to_dict()

        nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cpus": cpus,
            "select_type": select_type,
            "threads_per_core": threads_per_core,
        })
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_nodes import V0041OpenapiJobInfoRespJobsItemJobResourcesNodes # noqa: PLC0415
        from ..models.v0041_openapi_job_info_resp_jobs_item_job_resources_threads_per_core import V0041OpenapiJobInfoRespJobsItemJobResourcesThreadsPerCore # noqa: PLC0415
        d = dict(src_dict)
        cpus = d.pop("cpus")

        select_type = cast(list[str], d.pop("select_type"))


        threads_per_core = V0041OpenapiJobInfoRespJobsItemJobResourcesThreadsPerCore.from_dict(d.pop("threads_per_core"))




        _nodes = d.pop("nodes", UNSET)
        nodes: V0041OpenapiJobInfoRespJobsItemJobResourcesNodes | Unset
        if isinstance(_nodes,  Unset):
            nodes = UNSET
        else:
            nodes = V0041OpenapiJobInfoRespJobsItemJobResourcesNodes.from_dict(_nodes)




        v0041_openapi_job_info_resp_jobs_item_job_resources = cls(
            cpus=cpus,
            select_type=select_type,
            threads_per_core=threads_per_core,
            nodes=nodes,
        )


        v0041_openapi_job_info_resp_jobs_item_job_resources.additional_properties = d
        return v0041_openapi_job_info_resp_jobs_item_job_resources

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
