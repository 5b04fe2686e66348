from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="V0043KillJobsMsg")



@_attrs_define
class V0043KillJobsMsg:
    """ 
        Attributes:
            account (str | Unset): Filter jobs to a specific account
            flags (list[str] | Unset): Filter jobs according to flags
            job_name (str | Unset): Filter jobs to a specific name
            job_state (list[str] | Unset): Filter jobs to a specific state
            jobs (list[str] | Unset):
            nodes (list[str] | Unset):
            partition (str | Unset): Filter jobs to a specific partition
            qos (str | Unset): Filter jobs to a specific QOS
            reservation (str | Unset): Filter jobs to a specific reservation
            signal (str | Unset): Signal to send to jobs
            user_id (str | Unset): Filter jobs to a specific numeric user id
            user_name (str | Unset): Filter jobs to a specific user name
            wckey (str | Unset): Filter jobs to a specific wckey
     """

    account: str | Unset = UNSET
    flags: list[str] | Unset = UNSET
    job_name: str | Unset = UNSET
    job_state: list[str] | Unset = UNSET
    jobs: list[str] | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    partition: str | Unset = UNSET
    qos: str | Unset = UNSET
    reservation: str | Unset = UNSET
    signal: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    wckey: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account = self.account

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags



        job_name = self.job_name

        job_state: list[str] | Unset = UNSET
        if not isinstance(self.job_state, Unset):
            job_state = self.job_state



        jobs: list[str] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs



        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes



        partition = self.partition

        qos = self.qos

        reservation = self.reservation

        signal = self.signal

        user_id = self.user_id

        user_name = self.user_name

        wckey = self.wckey


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if account is not UNSET:
            field_dict["account"] = account
        if flags is not UNSET:
            field_dict["flags"] = flags
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if job_state is not UNSET:
            field_dict["job_state"] = job_state
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if partition is not UNSET:
            field_dict["partition"] = partition
        if qos is not UNSET:
            field_dict["qos"] = qos
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if signal is not UNSET:
            field_dict["signal"] = signal
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if wckey is not UNSET:
            field_dict["wckey"] = wckey

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        flags = cast(list[str], d.pop("flags", UNSET))


        job_name = d.pop("job_name", UNSET)

        job_state = cast(list[str], d.pop("job_state", UNSET))


        jobs = cast(list[str], d.pop("jobs", UNSET))


        nodes = cast(list[str], d.pop("nodes", UNSET))


        partition = d.pop("partition", UNSET)

        qos = d.pop("qos", UNSET)

        reservation = d.pop("reservation", UNSET)

        signal = d.pop("signal", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        wckey = d.pop("wckey", UNSET)

        v0043_kill_jobs_msg = cls(
            account=account,
            flags=flags,
            job_name=job_name,
            job_state=job_state,
            jobs=jobs,
            nodes=nodes,
            partition=partition,
            qos=qos,
            reservation=reservation,
            signal=signal,
            user_id=user_id,
            user_name=user_name,
            wckey=wckey,
        )


        v0043_kill_jobs_msg.additional_properties = d
        return v0043_kill_jobs_msg

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
