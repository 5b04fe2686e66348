from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0_rollups_type_0 import V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0
  from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0_users_item import V0041OpenapiSlurmdbdStatsRespStatisticsType0UsersItem
  from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0rp_cs_item import V0041OpenapiSlurmdbdStatsRespStatisticsType0RPCsItem





T = TypeVar("T", bound="V0041OpenapiSlurmdbdStatsRespStatisticsType0")



@_attrs_define
class V0041OpenapiSlurmdbdStatsRespStatisticsType0:
    """ statistics

        Attributes:
            rp_cs (list[V0041OpenapiSlurmdbdStatsRespStatisticsType0RPCsItem] | Unset): List of RPCs sent to the slurmdbd
            rollups (None | Unset | V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0): Rollup statistics
            time_start (int | Unset): When data collection started (UNIX timestamp)
            users (list[V0041OpenapiSlurmdbdStatsRespStatisticsType0UsersItem] | Unset): List of users that issued RPCs
     """

    rp_cs: list[V0041OpenapiSlurmdbdStatsRespStatisticsType0RPCsItem] | Unset = UNSET
    rollups: None | Unset | V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0 = UNSET
    time_start: int | Unset = UNSET
    users: list[V0041OpenapiSlurmdbdStatsRespStatisticsType0UsersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0_rollups_type_0 import V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0_users_item import V0041OpenapiSlurmdbdStatsRespStatisticsType0UsersItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0rp_cs_item import V0041OpenapiSlurmdbdStatsRespStatisticsType0RPCsItem # noqa: PLC0415
        rp_cs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rp_cs, Unset):
            rp_cs = []
            for rp_cs_item_data in self.rp_cs:
                rp_cs_item = rp_cs_item_data.to_dict()
                rp_cs.append(rp_cs_item)



        rollups: dict[str, Any] | None | Unset
        if isinstance(self.rollups, Unset):
            rollups = UNSET
        elif isinstance(self.rollups, V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0):
            rollups = self.rollups.to_dict()
        else:
            rollups = self.rollups

        time_start = self.time_start

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if rp_cs is not UNSET:
            field_dict["RPCs"] = rp_cs
        if rollups is not UNSET:
            field_dict["rollups"] = rollups
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0_rollups_type_0 import V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0 # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0_users_item import V0041OpenapiSlurmdbdStatsRespStatisticsType0UsersItem # noqa: PLC0415
        from ..models.v0041_openapi_slurmdbd_stats_resp_statistics_type_0rp_cs_item import V0041OpenapiSlurmdbdStatsRespStatisticsType0RPCsItem # noqa: PLC0415
        d = dict(src_dict)
        _rp_cs = d.pop("RPCs", UNSET)
        rp_cs: list[V0041OpenapiSlurmdbdStatsRespStatisticsType0RPCsItem] | Unset = UNSET
        if _rp_cs is not UNSET:
            rp_cs = []
            for rp_cs_item_data in _rp_cs:
                rp_cs_item = V0041OpenapiSlurmdbdStatsRespStatisticsType0RPCsItem.from_dict(rp_cs_item_data)



                rp_cs.append(rp_cs_item)


        def _parse_rollups(data: object) -> None | Unset | V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollups_type_0 = V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0.from_dict(data)



                return rollups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0041OpenapiSlurmdbdStatsRespStatisticsType0RollupsType0, data)

        rollups = _parse_rollups(d.pop("rollups", UNSET))


        time_start = d.pop("time_start", UNSET)

        _users = d.pop("users", UNSET)
        users: list[V0041OpenapiSlurmdbdStatsRespStatisticsType0UsersItem] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = V0041OpenapiSlurmdbdStatsRespStatisticsType0UsersItem.from_dict(users_item_data)



                users.append(users_item)


        v0041_openapi_slurmdbd_stats_resp_statistics_type_0 = cls(
            rp_cs=rp_cs,
            rollups=rollups,
            time_start=time_start,
            users=users,
        )


        v0041_openapi_slurmdbd_stats_resp_statistics_type_0.additional_properties = d
        return v0041_openapi_slurmdbd_stats_resp_statistics_type_0

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
