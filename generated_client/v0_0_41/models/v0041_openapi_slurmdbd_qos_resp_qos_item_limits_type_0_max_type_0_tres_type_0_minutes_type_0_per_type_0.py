from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_account_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0AccountItem
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_job_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0JobItem
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_qos_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0QosItem
  from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_user_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0UserItem





T = TypeVar("T", bound="V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0")



@_attrs_define
class V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0:
    """ 
        Attributes:
            account (list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0AccountItem] |
                Unset): MaxTRESRunMinsPerAccount
            job (list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0JobItem] | Unset):
                MaxTRESMinsPerJob
            qos (list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0QosItem] | Unset):
                GrpTRESRunMins
            user (list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0UserItem] | Unset):
                MaxTRESRunMinsPerUser
     """

    account: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0AccountItem] | Unset = UNSET
    job: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0JobItem] | Unset = UNSET
    qos: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0QosItem] | Unset = UNSET
    user: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0UserItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_account_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0AccountItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_job_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0JobItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_qos_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0QosItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_user_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0UserItem # noqa: PLC0415
        account: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = []
            for account_item_data in self.account:
                account_item = account_item_data.to_dict()
                account.append(account_item)



        job: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = []
            for job_item_data in self.job:
                job_item = job_item_data.to_dict()
                job.append(job_item)



        qos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.qos, Unset):
            qos = []
            for qos_item_data in self.qos:
                qos_item = qos_item_data.to_dict()
                qos.append(qos_item)



        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for user_item_data in self.user:
                user_item = user_item_data.to_dict()
                user.append(user_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account is not UNSET:
            field_dict["account"] = account
        if job is not UNSET:
            field_dict["job"] = job
        if qos is not UNSET:
            field_dict["qos"] = qos
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_account_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0AccountItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_job_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0JobItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_qos_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0QosItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0_user_item import V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0UserItem # noqa: PLC0415
        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0AccountItem] | Unset = UNSET
        if _account is not UNSET:
            account = []
            for account_item_data in _account:
                account_item = V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0AccountItem.from_dict(account_item_data)



                account.append(account_item)


        _job = d.pop("job", UNSET)
        job: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0JobItem] | Unset = UNSET
        if _job is not UNSET:
            job = []
            for job_item_data in _job:
                job_item = V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0JobItem.from_dict(job_item_data)



                job.append(job_item)


        _qos = d.pop("qos", UNSET)
        qos: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0QosItem] | Unset = UNSET
        if _qos is not UNSET:
            qos = []
            for qos_item_data in _qos:
                qos_item = V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0QosItem.from_dict(qos_item_data)



                qos.append(qos_item)


        _user = d.pop("user", UNSET)
        user: list[V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0UserItem] | Unset = UNSET
        if _user is not UNSET:
            user = []
            for user_item_data in _user:
                user_item = V0041OpenapiSlurmdbdQosRespQosItemLimitsType0MaxType0TresType0MinutesType0PerType0UserItem.from_dict(user_item_data)



                user.append(user_item)


        v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0 = cls(
            account=account,
            job=job,
            qos=qos,
            user=user,
        )


        v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_qos_resp_qos_item_limits_type_0_max_type_0_tres_type_0_minutes_type_0_per_type_0

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
