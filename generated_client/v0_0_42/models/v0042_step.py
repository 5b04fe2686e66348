from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.v0042_process_exit_code_verbose import V0042ProcessExitCodeVerbose
  from ..models.v0042_step_cpu_type_0 import V0042StepCPUType0
  from ..models.v0042_step_nodes_type_0 import V0042StepNodesType0
  from ..models.v0042_step_statistics_type_0 import V0042StepStatisticsType0
  from ..models.v0042_step_step_type_0 import V0042StepStepType0
  from ..models.v0042_step_task_type_0 import V0042StepTaskType0
  from ..models.v0042_step_tasks_type_0 import V0042StepTasksType0
  from ..models.v0042_step_time_type_0 import V0042StepTimeType0
  from ..models.v0042_step_tres_type_0 import V0042StepTresType0





T = TypeVar("T", bound="V0042Step")



@_attrs_define
class V0042Step:
    """ 
        Attributes:
            cpu (None | Unset | V0042StepCPUType0):
            exit_code (None | Unset | V0042ProcessExitCodeVerbose): Exit code
            kill_request_user (str | Unset): User ID that requested termination of the step
            nodes (None | Unset | V0042StepNodesType0):
            pid (str | Unset): Deprecated; Process ID
            state (list[str] | Unset):
            statistics (None | Unset | V0042StepStatisticsType0):
            step (None | Unset | V0042StepStepType0):
            task (None | Unset | V0042StepTaskType0):
            tasks (None | Unset | V0042StepTasksType0):
            time (None | Unset | V0042StepTimeType0):
            tres (None | Unset | V0042StepTresType0):
     """

    cpu: None | Unset | V0042StepCPUType0 = UNSET
    exit_code: None | Unset | V0042ProcessExitCodeVerbose = UNSET
    kill_request_user: str | Unset = UNSET
    nodes: None | Unset | V0042StepNodesType0 = UNSET
    pid: str | Unset = UNSET
    state: list[str] | Unset = UNSET
    statistics: None | Unset | V0042StepStatisticsType0 = UNSET
    step: None | Unset | V0042StepStepType0 = UNSET
    task: None | Unset | V0042StepTaskType0 = UNSET
    tasks: None | Unset | V0042StepTasksType0 = UNSET
    time: None | Unset | V0042StepTimeType0 = UNSET
    tres: None | Unset | V0042StepTresType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.v0042_process_exit_code_verbose import V0042ProcessExitCodeVerbose # noqa: PLC0415
        from ..models.v0042_step_cpu_type_0 import V0042StepCPUType0 # noqa: PLC0415
        from ..models.v0042_step_nodes_type_0 import V0042StepNodesType0 # noqa: PLC0415
        from ..models.v0042_step_statistics_type_0 import V0042StepStatisticsType0 # noqa: PLC0415
        from ..models.v0042_step_step_type_0 import V0042StepStepType0 # noqa: PLC0415
        from ..models.v0042_step_task_type_0 import V0042StepTaskType0 # noqa: PLC0415
        from ..models.v0042_step_tasks_type_0 import V0042StepTasksType0 # noqa: PLC0415
        from ..models.v0042_step_time_type_0 import V0042StepTimeType0 # noqa: PLC0415
        from ..models.v0042_step_tres_type_0 import V0042StepTresType0 # noqa: PLC0415
        cpu: dict[str, Any] | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        elif isinstance(self.cpu, V0042StepCPUType0):
            cpu = self.cpu.to_dict()
        else:
            cpu = self.cpu

        exit_code: dict[str, Any] | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        elif isinstance(self.exit_code, V0042ProcessExitCodeVerbose):
            exit_code = self.exit_code.to_dict()
        else:
            exit_code = self.exit_code

        kill_request_user = self.kill_request_user

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, V0042StepNodesType0):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes

        pid = self.pid

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state



        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, V0042StepStatisticsType0):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        step: dict[str, Any] | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        elif isinstance(self.step, V0042StepStepType0):
            step = self.step.to_dict()
        else:
            step = self.step

        task: dict[str, Any] | None | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif isinstance(self.task, V0042StepTaskType0):
            task = self.task.to_dict()
        else:
            task = self.task

        tasks: dict[str, Any] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, V0042StepTasksType0):
            tasks = self.tasks.to_dict()
        else:
            tasks = self.tasks

        time: dict[str, Any] | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, V0042StepTimeType0):
            time = self.time.to_dict()
        else:
            time = self.time

        tres: dict[str, Any] | None | Unset
        if isinstance(self.tres, Unset):
            tres = UNSET
        elif isinstance(self.tres, V0042StepTresType0):
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
        from ..models.v0042_process_exit_code_verbose import V0042ProcessExitCodeVerbose # noqa: PLC0415
        from ..models.v0042_step_cpu_type_0 import V0042StepCPUType0 # noqa: PLC0415
        from ..models.v0042_step_nodes_type_0 import V0042StepNodesType0 # noqa: PLC0415
        from ..models.v0042_step_statistics_type_0 import V0042StepStatisticsType0 # noqa: PLC0415
        from ..models.v0042_step_step_type_0 import V0042StepStepType0 # noqa: PLC0415
        from ..models.v0042_step_task_type_0 import V0042StepTaskType0 # noqa: PLC0415
        from ..models.v0042_step_tasks_type_0 import V0042StepTasksType0 # noqa: PLC0415
        from ..models.v0042_step_time_type_0 import V0042StepTimeType0 # noqa: PLC0415
        from ..models.v0042_step_tres_type_0 import V0042StepTresType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_cpu(data: object) -> None | Unset | V0042StepCPUType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_type_0 = V0042StepCPUType0.from_dict(data)



                return cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepCPUType0, data)

        cpu = _parse_cpu(d.pop("CPU", UNSET))


        def _parse_exit_code(data: object) -> None | Unset | V0042ProcessExitCodeVerbose:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exit_code_type_0 = V0042ProcessExitCodeVerbose.from_dict(data)



                return exit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042ProcessExitCodeVerbose, data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))


        kill_request_user = d.pop("kill_request_user", UNSET)

        def _parse_nodes(data: object) -> None | Unset | V0042StepNodesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = V0042StepNodesType0.from_dict(data)



                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepNodesType0, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))


        pid = d.pop("pid", UNSET)

        state = cast(list[str], d.pop("state", UNSET))


        def _parse_statistics(data: object) -> None | Unset | V0042StepStatisticsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statistics_type_0 = V0042StepStatisticsType0.from_dict(data)



                return statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepStatisticsType0, data)

        statistics = _parse_statistics(d.pop("statistics", UNSET))


        def _parse_step(data: object) -> None | Unset | V0042StepStepType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_type_0 = V0042StepStepType0.from_dict(data)



                return step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepStepType0, data)

        step = _parse_step(d.pop("step", UNSET))


        def _parse_task(data: object) -> None | Unset | V0042StepTaskType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_type_0 = V0042StepTaskType0.from_dict(data)



                return task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepTaskType0, data)

        task = _parse_task(d.pop("task", UNSET))


        def _parse_tasks(data: object) -> None | Unset | V0042StepTasksType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_type_0 = V0042StepTasksType0.from_dict(data)



                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepTasksType0, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))


        def _parse_time(data: object) -> None | Unset | V0042StepTimeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_type_0 = V0042StepTimeType0.from_dict(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepTimeType0, data)

        time = _parse_time(d.pop("time", UNSET))


        def _parse_tres(data: object) -> None | Unset | V0042StepTresType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tres_type_0 = V0042StepTresType0.from_dict(data)



                return tres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | V0042StepTresType0, data)

        tres = _parse_tres(d.pop("tres", UNSET))


        v0042_step = cls(
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


        v0042_step.additional_properties = d
        return v0042_step

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
