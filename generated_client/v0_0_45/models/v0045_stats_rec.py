from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0045_rollup_stats import V0045RollupStats
  from ..models.v0045_stats_rpc import V0045StatsRpc
  from ..models.v0045_stats_user import V0045StatsUser





T = TypeVar("T", bound="V0045StatsRec")



@_attrs_define
class V0045StatsRec:
    """ 
        Attributes:
            rp_cs (list[V0045StatsRpc] | Unset):
            rollups (None | Unset | V0045RollupStats): Rollup statistics
            time_start (int | Unset): When data collection started (UNIX timestamp) (UNIX timestamp or time string
                recognized by Slurm (e.g., '[MM/DD[/YY]-]HH:MM[:SS]'))
            users (list[V0045StatsUser] | Unset):
     """

    rp_cs: list[V0045StatsRpc] | Unset = UNSET
    rollups: None | Unset | V0045RollupStats = UNSET
    time_start: int | Unset = UNSET
    users: list[V0045StatsUser] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0045_rollup_stats import V0045RollupStats # noqa: PLC0415
        from ..models.v0045_stats_rpc import V0045StatsRpc # noqa: PLC0415
        from ..models.v0045_stats_user import V0045StatsUser # noqa: PLC0415
        rp_cs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rp_cs, Unset):
            rp_cs = []
            for componentsschemasv0_0_45_stats_rpc_list_item_data in self.rp_cs:
                componentsschemasv0_0_45_stats_rpc_list_item = componentsschemasv0_0_45_stats_rpc_list_item_data.to_dict()
                rp_cs.append(componentsschemasv0_0_45_stats_rpc_list_item)



        rollups: dict[str, Any] | None | Unset
        if isinstance(self.rollups, Unset):
            rollups = UNSET
        elif isinstance(self.rollups, V0045RollupStats):
            rollups = self.rollups.to_dict()
        else:
            rollups = self.rollups

        time_start = self.time_start

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for componentsschemasv0_0_45_stats_user_list_item_data in self.users:
                componentsschemasv0_0_45_stats_user_list_item = componentsschemasv0_0_45_stats_user_list_item_data.to_dict()
                users.append(componentsschemasv0_0_45_stats_user_list_item)




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
        from ..models.v0045_rollup_stats import V0045RollupStats # noqa: PLC0415
        from ..models.v0045_stats_rpc import V0045StatsRpc # noqa: PLC0415
        from ..models.v0045_stats_user import V0045StatsUser # noqa: PLC0415
        d = dict(src_dict)
        _rp_cs = d.pop("RPCs", UNSET)
        rp_cs: list[V0045StatsRpc] | Unset = UNSET
        if _rp_cs is not UNSET:
            rp_cs = []
            for componentsschemasv0_0_45_stats_rpc_list_item_data in _rp_cs:
                componentsschemasv0_0_45_stats_rpc_list_item = V0045StatsRpc.from_dict(componentsschemasv0_0_45_stats_rpc_list_item_data)



                rp_cs.append(componentsschemasv0_0_45_stats_rpc_list_item)


        def _parse_rollups(data: object) -> None | Unset | V0045RollupStats:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollups_type_0 = V0045RollupStats.from_dict(data)



                return rollups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0045RollupStats, data)

        rollups = _parse_rollups(d.pop("rollups", UNSET))


        time_start = d.pop("time_start", UNSET)

        _users = d.pop("users", UNSET)
        users: list[V0045StatsUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for componentsschemasv0_0_45_stats_user_list_item_data in _users:
                componentsschemasv0_0_45_stats_user_list_item = V0045StatsUser.from_dict(componentsschemasv0_0_45_stats_user_list_item_data)



                users.append(componentsschemasv0_0_45_stats_user_list_item)


        v0045_stats_rec = cls(
            rp_cs=rp_cs,
            rollups=rollups,
            time_start=time_start,
            users=users,
        )


        v0045_stats_rec.additional_properties = d
        return v0045_stats_rec

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
