from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_job_desc_msg import V0045JobDescMsg





T = TypeVar("T", bound="V0045JobAllocReq")



@_attrs_define
class V0045JobAllocReq:
    """ 
        Attributes:
            hetjob (list[V0045JobDescMsg] | Unset):
            job (None | Unset | V0045JobDescMsg): Job description
     """

    hetjob: list[V0045JobDescMsg] | Unset = UNSET
    job: None | Unset | V0045JobDescMsg = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_job_desc_msg import V0045JobDescMsg # noqa: PLC0415
        hetjob: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hetjob, Unset):
            hetjob = []
            for componentsschemasv0_0_45_job_desc_msg_list_item_data in self.hetjob:
                componentsschemasv0_0_45_job_desc_msg_list_item = componentsschemasv0_0_45_job_desc_msg_list_item_data.to_dict()
                hetjob.append(componentsschemasv0_0_45_job_desc_msg_list_item)



        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, V0045JobDescMsg):
            job = self.job.to_dict()
        else:
            job = self.job


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if hetjob is not UNSET:
            field_dict["hetjob"] = hetjob
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0045_job_desc_msg import V0045JobDescMsg # noqa: PLC0415
        d = dict(src_dict)
        _hetjob = d.pop("hetjob", UNSET)
        hetjob: list[V0045JobDescMsg] | Unset = UNSET
        if _hetjob is not UNSET:
            hetjob = []
            for componentsschemasv0_0_45_job_desc_msg_list_item_data in _hetjob:
                componentsschemasv0_0_45_job_desc_msg_list_item = V0045JobDescMsg.from_dict(componentsschemasv0_0_45_job_desc_msg_list_item_data)



                hetjob.append(componentsschemasv0_0_45_job_desc_msg_list_item)


        def _parse_job(data: object) -> None | Unset | V0045JobDescMsg:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = V0045JobDescMsg.from_dict(data)



                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045JobDescMsg, data)

        job = _parse_job(d.pop("job", UNSET))


        v0045_job_alloc_req = cls(
            hetjob=hetjob,
            job=job,
        )


        v0045_job_alloc_req.additional_properties = d
        return v0045_job_alloc_req

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
