from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dbv_0038_job_exit_code import Dbv0038JobExitCode
  from ..models.dbv_0038_job_step_cpu_type_0 import Dbv0038JobStepCPUType0
  from ..models.dbv_0038_job_step_nodes_type_0 import Dbv0038JobStepNodesType0
  from ..models.dbv_0038_job_step_statistics_type_0 import Dbv0038JobStepStatisticsType0
  from ..models.dbv_0038_job_step_step_type_0 import Dbv0038JobStepStepType0
  from ..models.dbv_0038_job_step_tasks_type_0 import Dbv0038JobStepTasksType0
  from ..models.dbv_0038_job_step_time_type_0 import Dbv0038JobStepTimeType0
  from ..models.dbv_0038_job_step_tres_type_0 import Dbv0038JobStepTresType0





T = TypeVar("T", bound="Dbv0038JobStep")



@_attrs_define
class Dbv0038JobStep:
    """ 
        Attributes:
            cpu (Dbv0038JobStepCPUType0 | None | Unset): CPU properties
            exit_code (Dbv0038JobExitCode | None | Unset):
            kill_request_user (str | Unset): User who requested job killed
            nodes (Dbv0038JobStepNodesType0 | None | Unset): Node details
            pid (str | Unset): First process PID
            state (str | Unset): State of job step
            statistics (Dbv0038JobStepStatisticsType0 | None | Unset): Statistics of job step
            step (Dbv0038JobStepStepType0 | None | Unset): Step details
            task (str | Unset): Task distribution properties
            tasks (Dbv0038JobStepTasksType0 | None | Unset): Task properties
            time (Dbv0038JobStepTimeType0 | None | Unset): Time properties
            tres (Dbv0038JobStepTresType0 | None | Unset): TRES usage
     """

    cpu: Dbv0038JobStepCPUType0 | None | Unset = UNSET
    exit_code: Dbv0038JobExitCode | None | Unset = UNSET
    kill_request_user: str | Unset = UNSET
    nodes: Dbv0038JobStepNodesType0 | None | Unset = UNSET
    pid: str | Unset = UNSET
    state: str | Unset = UNSET
    statistics: Dbv0038JobStepStatisticsType0 | None | Unset = UNSET
    step: Dbv0038JobStepStepType0 | None | Unset = UNSET
    task: str | Unset = UNSET
    tasks: Dbv0038JobStepTasksType0 | None | Unset = UNSET
    time: Dbv0038JobStepTimeType0 | None | Unset = UNSET
    tres: Dbv0038JobStepTresType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dbv_0038_job_exit_code import Dbv0038JobExitCode # noqa: PLC0415
        from ..models.dbv_0038_job_step_cpu_type_0 import Dbv0038JobStepCPUType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_nodes_type_0 import Dbv0038JobStepNodesType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_statistics_type_0 import Dbv0038JobStepStatisticsType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_step_type_0 import Dbv0038JobStepStepType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_tasks_type_0 import Dbv0038JobStepTasksType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_time_type_0 import Dbv0038JobStepTimeType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_tres_type_0 import Dbv0038JobStepTresType0 # noqa: PLC0415
        cpu: dict[str, Any] | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        elif isinstance(self.cpu, Dbv0038JobStepCPUType0):
            cpu = self.cpu.to_dict()
        else:
            cpu = self.cpu

        exit_code: dict[str, Any] | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        elif isinstance(self.exit_code, Dbv0038JobExitCode):
            exit_code = self.exit_code.to_dict()
        else:
            exit_code = self.exit_code

        kill_request_user = self.kill_request_user

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, Dbv0038JobStepNodesType0):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes

        pid = self.pid

        state = self.state

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, Dbv0038JobStepStatisticsType0):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        step: dict[str, Any] | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        elif isinstance(self.step, Dbv0038JobStepStepType0):
            step = self.step.to_dict()
        else:
            step = self.step

        task = self.task

        tasks: dict[str, Any] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, Dbv0038JobStepTasksType0):
            tasks = self.tasks.to_dict()
        else:
            tasks = self.tasks

        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, Dbv0038JobStepTimeType0):
            time = self.time.to_dict()
        else:
            time = self.time

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, Dbv0038JobStepTresType0):
            tres = self.tres.to_dict()
        else:
            tres = self.tres


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cpu is not UNSET:
            field_dict["CPU"] = cpu
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if kill_request_user is not UNSET:
            field_dict["kill_request_user"] = kill_request_user
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if pid is not UNSET:
            field_dict["pid"] = pid
        if state is not UNSET:
            field_dict["state"] = state
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if step is not UNSET:
            field_dict["step"] = step
        if task is not UNSET:
            field_dict["task"] = task
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if time is not UNSET:
            field_dict["time"] = time
        if tres is not UNSET:
            field_dict["tres"] = tres

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbv_0038_job_exit_code import Dbv0038JobExitCode # noqa: PLC0415
        from ..models.dbv_0038_job_step_cpu_type_0 import Dbv0038JobStepCPUType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_nodes_type_0 import Dbv0038JobStepNodesType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_statistics_type_0 import Dbv0038JobStepStatisticsType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_step_type_0 import Dbv0038JobStepStepType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_tasks_type_0 import Dbv0038JobStepTasksType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_time_type_0 import Dbv0038JobStepTimeType0 # noqa: PLC0415
        from ..models.dbv_0038_job_step_tres_type_0 import Dbv0038JobStepTresType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_cpu(data: object) -> Dbv0038JobStepCPUType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_type_0 = Dbv0038JobStepCPUType0.from_dict(data)



                return cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepCPUType0 | None | Unset, data)

        cpu = _parse_cpu(d.pop("CPU", UNSET))


        def _parse_exit_code(data: object) -> Dbv0038JobExitCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exit_code_type_0 = Dbv0038JobExitCode.from_dict(data)



                return exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobExitCode | None | Unset, data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))


        kill_request_user = d.pop("kill_request_user", UNSET)

        def _parse_nodes(data: object) -> Dbv0038JobStepNodesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = Dbv0038JobStepNodesType0.from_dict(data)



                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepNodesType0 | None | Unset, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))


        pid = d.pop("pid", UNSET)

        state = d.pop("state", UNSET)

        def _parse_statistics(data: object) -> Dbv0038JobStepStatisticsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statistics_type_0 = Dbv0038JobStepStatisticsType0.from_dict(data)



                return statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepStatisticsType0 | None | Unset, data)

        statistics = _parse_statistics(d.pop("statistics", UNSET))


        def _parse_step(data: object) -> Dbv0038JobStepStepType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_type_0 = Dbv0038JobStepStepType0.from_dict(data)



                return step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepStepType0 | None | Unset, data)

        step = _parse_step(d.pop("step", UNSET))


        task = d.pop("task", UNSET)

        def _parse_tasks(data: object) -> Dbv0038JobStepTasksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_type_0 = Dbv0038JobStepTasksType0.from_dict(data)



                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepTasksType0 | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))


        def _parse_time(data: object) -> Dbv0038JobStepTimeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = Dbv0038JobStepTimeType0.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepTimeType0 | None | Unset, data)

        time = _parse_time(d.pop("time", UNSET))


        def _parse_tres(data: object) -> Dbv0038JobStepTresType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = Dbv0038JobStepTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dbv0038JobStepTresType0 | None | Unset, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        dbv_0038_job_step = cls(
            cpu=cpu,
            exit_code=exit_code,
            kill_request_user=kill_request_user,
            nodes=nodes,
            pid=pid,
            state=state,
            statistics=statistics,
            step=step,
            task=task,
            tasks=tasks,
            time=time,
            tres=tres,
        )


        dbv_0038_job_step.additional_properties = d
        return dbv_0038_job_step

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
