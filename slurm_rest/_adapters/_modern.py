"""API v0.0.40 … v0.0.45 (Slurm 23.11 … 26.05): the one module that touches their generated models.

The versions of this family share their shapes — job_state is a list (base state first), numbers
come wrapped as ``{set, infinite, number}``, the environment is a ``["K=V"]`` list — and differ in
model class prefixes (V0040…, V0045…), which are looked up per version.

Requests are built through the generated models. Job records (``_job_record``, shared with v0.0.38),
job states and submit answers, read on every ``get_job``, listing, poll cycle and submit, are read
straight from the decoded JSON instead: a generated ``V004xJobInfo.from_dict`` builds all ~130 fields (a closure and often a
nested model each) to give the ~20 that ``JobInfo`` keeps, which cost more client time than the
request itself (bench/run.py: ``get_job`` took 1.17x a raw GET, now ~1.05x; parsing a 2,900-job
listing took 0.74 s, now 0.10 s).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from .._call import Call, Kind
from .._exceptions import SlurmMessage, SubmissionError
from .._job_options import MAIL_TYPES
from .._jobspec import JobSpec
from .._models import JobInfo, decode_exit_code, parse_job_state, timestamp_to_datetime, unwrap_number
from .._resources import NodeInfo, PartitionInfo, PingInfo
from .._steps import Allocation, StepInfo
from ._common import (
    ExitRecord,
    accounted_exit,
    accounted_hosts,
    is_batch_step,
    job_environment,
    job_id_of,
    job_info,
    job_ref,
    latest_records,
    parser,
    signal_param,
    split_tag,
    state_words,
    submitted_job_id,
    tagged_comment,
    tres_count,
)
from ._inventory import MODERN, Inventory
from ._job_record import controller_job, job_records
from ._steps import usage_records

__all__ = ["ModernAdapter"]


class ModernAdapter(Inventory):
    """Builds requests from facade models and reads responses into them, for one v0.0.4x version."""

    _family = MODERN  # reservations, QOS, ... (_inventory)

    def __init__(self, version: str) -> None:
        self.version = version
        pkg = "generated_client." + version.replace(".", "_")
        self._models: ModuleType = importlib.import_module(pkg + ".models")
        self._unset: type = importlib.import_module(pkg + ".types").Unset
        self._prefix = "V" + version[1:].replace(".", "")
        self._base = f"/slurm/{version}"

    # -- helpers ----------------------------------------------------------------------------

    def _model(self, suffix: str) -> Any:
        return getattr(self._models, self._prefix + suffix)

    def _get(self, obj: Any, *path: str) -> Any:
        """Walk attributes of a generated model, or keys of decoded JSON; Unset or None anywhere gives None."""
        for name in path:
            if type(obj) is dict:  # decoded JSON (a listing's every record): no Unset in it
                obj = obj.get(name)
            elif obj is None or isinstance(obj, self._unset):
                return None
            else:
                obj = getattr(obj, name, None)
        return None if isinstance(obj, self._unset) else obj

    def _num(self, obj: Any, *path: str) -> int | None:
        return unwrap_number(self._get(obj, *path))  # a generated model is read as its to_dict()

    @staticmethod
    def _no_val(number: int | None, *, infinite: bool = False) -> dict[str, Any]:
        return {"set": number is not None, "infinite": infinite, "number": number or 0}

    # -- requests ---------------------------------------------------------------------------

    def ping(self) -> Call:
        return Call("GET", f"{self._base}/ping/")

    def auth_probe(self) -> Call:
        """A request whose refusal of a rejected token is unmistakable (``_classify.probe_for``): /diag answers
        HTTP 511 with error 1007 (24.11, 26.05, checked live), where /ping answers 200 "not responding"."""
        return self.diag()

    def submit(self, spec: JobSpec, *, tag: str, default_env: dict[str, str]) -> Call:
        env = job_environment(spec, default_env)
        job: dict[str, Any] = {
            "script": spec.script,
            "environment": [f"{k}={v}" for k, v in env.items()],
            "current_working_directory": spec.working_dir or "/tmp",
            "comment": tagged_comment(spec.comment, tag),
        }
        simple = {
            "name": spec.name,
            "partition": spec.partition,
            "account": spec.account,
            "qos": spec.qos,
            "tasks": spec.task_count,
            "tasks_per_node": spec.ntasks_per_node,
            "cpus_per_task": spec.cpus_per_task,
            "tres_per_task": _tres_per_task(spec),
            "distribution": spec.distribution,
            "constraints": spec.constraint,
            "array": spec.array,
            "dependency": spec.dependency_str,
            "standard_output": spec.stdout,
            "standard_error": spec.stderr,
            "requeue": spec.requeue,
            "nice": spec.nice,
        }
        job.update({k: v for k, v in simple.items() if v is not None})
        tres_node = [
            t
            for t in (
                spec.tres_per_node or (f"gres/{spec.gres}" if spec.gres else None),
                f"gres/gpu:{spec.gpus_per_node}" if spec.gpus_per_node else None,
            )
            if t
        ]
        if tres_node:
            job["tres_per_node"] = ",".join(tres_node)
        tres_job = [t for t in (spec.tres_per_job, f"gres/gpu:{spec.gpus}" if spec.gpus else None) if t]
        if tres_job:
            job["tres_per_job"] = ",".join(tres_job)
        if spec.time_limit_unlimited:
            job["time_limit"] = self._no_val(None, infinite=True)
        elif spec.time_limit_minutes is not None:
            job["time_limit"] = self._no_val(spec.time_limit_minutes)
        if spec.nodes_min is not None:
            job["minimum_nodes"] = spec.nodes_min
            job["maximum_nodes"] = spec.nodes_max or spec.nodes_min
        if spec.mem_mb is not None:
            job["memory_per_node"] = self._no_val(spec.mem_mb)
        if spec.mem_per_cpu_mb is not None:
            job["memory_per_cpu"] = self._no_val(spec.mem_per_cpu_mb)
        if spec.exclusive:
            job["shared"] = ["none"]
        if spec.hold:
            job["hold"] = True
        if spec.kill_on_invalid_dependency is not None:
            job["flags"] = [
                "KILL_INVALID_DEPENDENCY" if spec.kill_on_invalid_dependency else "NO_KILL_INVALID_DEPENDENCY"
            ]
        if (sig := spec.signal_spec) is not None:
            job["kill_warning_signal"] = sig.name or str(sig.number)
            job["kill_warning_delay"] = self._no_val(sig.delay_seconds)
            if sig.batch_only:
                job["kill_warning_flags"] = ["BATCH_JOB"]
        job.update(self._sbatch_options(spec))
        if spec.extra:
            job.update(spec.extra)
        # The body is exactly what the generated JobSubmitReq serializes to (a contract checked for
        # every version by tests/test_adapters.py); building the model here would only cost time.
        body = {"job": job}
        return Call("POST", f"{self._base}/job/submit", json=body, kind=Kind.SUBMIT)

    def _sbatch_options(self, spec: JobSpec) -> dict[str, Any]:
        """Job keys of the options added with ``_job_options``, in this family's shapes (flag lists, node lists,
        ``{set, infinite, number}``)."""
        job: dict[str, Any] = {
            k: v
            for k, v in {
                "mail_user": spec.mail_user,
                "reservation": spec.reservation,
                "licenses": spec.licenses,
                "wckey": spec.wckey,
                "minimum_cpus_per_node": spec.mincpus,
                "temporary_disk_per_node": spec.tmp_mb,
                "threads_per_core": spec.threads_per_core,
                "deadline": spec.deadline_time,
            }.items()
            if v is not None
        }
        if spec.mail_type:
            job["mail_type"] = [MAIL_TYPES[t] for t in spec.mail_type]
        if spec.nodelist:  # one item: the server joins the list with ',', so a host list passes unchanged
            job["required_nodes"] = [spec.nodelist]
        if spec.exclude:
            job["excluded_nodes"] = [spec.exclude]
        if spec.time_min_minutes is not None:
            job["time_minimum"] = self._no_val(spec.time_min_minutes)
        if spec.open_mode:
            job["open_mode"] = [spec.open_mode.upper()]
        if spec.no_kill:
            job["kill_on_node_fail"] = False
        if spec.overcommit:
            job["overcommit"] = True
        if spec.begin_time is not None:
            job["begin_time"] = self._no_val(spec.begin_time)
        if spec.cpus_per_gpu is not None:
            job["cpus_per_tres"] = f"gres/gpu:{spec.cpus_per_gpu}"
        if spec.mem_per_gpu_mb is not None:
            job["memory_per_tres"] = f"gres/gpu:{spec.mem_per_gpu_mb}"
        if (bind := _implicit_tres_bind(_tres_per_task(spec))) is not None:
            job["tres_bind"] = bind
        return job

    def get_job(self, job_id: int | str) -> Call:
        return Call("GET", f"{self._base}/job/{job_ref(job_id)}")

    def list_jobs(self, *, since: int | None = None) -> Call:
        params = [("update_time", str(since))] if since else []
        return Call("GET", f"{self._base}/jobs/", params=params)

    def job_states(self, job_ids: Iterable[int]) -> Call:
        """One request, one JOB_STATE RPC, for any number of jobs (repeated job_id parameters); its answer
        parsed as it arrives (``parse_states``)."""
        return Call(
            "GET", f"{self._base}/jobs/state/", params=[("job_id", str(j)) for j in job_ids], parse=self.parse_states
        )

    def cancel(self, job_id: int | str, *, signal: str | None = None) -> Call:
        params = [("signal", signal_param(signal))] if signal is not None else []
        return Call(
            "DELETE",
            f"{self._base}/job/{job_ref(job_id)}",
            params=params,
            kind=Kind.CANCEL if signal is None else Kind.SIGNAL,
        )

    def update(self, job_id: int | str, changes: dict[str, Any]) -> Call:
        body: dict[str, Any] = {}
        if "time_limit_minutes" in changes:
            body["time_limit"] = self._no_val(changes["time_limit_minutes"])
        if "hold" in changes:
            body["hold"] = bool(changes["hold"])
        if "name" in changes:
            body["name"] = changes["name"]
        if "comment" in changes:
            body["comment"] = changes["comment"]
        return Call(
            "POST",
            f"{self._base}/job/{job_ref(job_id)}",
            json=self._model("JobDescMsg").from_dict(body).to_dict(),
            kind=Kind.UPDATE,
        )

    def nodes(self) -> Call:
        return Call("GET", f"{self._base}/nodes/")

    def partitions(self) -> Call:
        return Call("GET", f"{self._base}/partitions/")

    # -- responses --------------------------------------------------------------------------

    @parser("GET {base}/ping/")
    def parse_ping(self, body: dict[str, Any]) -> PingInfo:
        resp = self._model("OpenapiPingArrayResp").from_dict(body)
        pings = self._get(resp, "pings") or []
        return PingInfo(
            release=str(self._get(resp, "meta", "slurm", "release") or ""),
            api_version=self.version,
            cluster=str(self._get(resp, "meta", "slurm", "cluster") or ""),
            # v0.0.40/41 say pinged: "UP" and have no "responding"
            controllers=tuple(
                (
                    str(self._get(p, "hostname") or ""),
                    bool(self._get(p, "responding")) or self._get(p, "pinged") == "UP",
                )
                for p in pings
            ),
        )

    @parser("POST {base}/job/submit", SubmissionError)
    def parse_submit(self, body: dict[str, Any]) -> int | None:
        return submitted_job_id(body.get("job_id"))  # decoded JSON, not a generated model: see the module docstring

    @parser("GET {base}/job/ID or {base}/jobs/")
    def parse_jobs(self, body: dict[str, Any]) -> list[JobInfo]:
        return [controller_job(j) for j in job_records(body)]

    @parser("GET {base}/jobs/")
    def job_record(self, record: dict[str, Any]) -> JobInfo:
        return controller_job(record)

    @parser("GET {base}/jobs/state/")
    def parse_states(self, body: dict[str, Any]) -> dict[int, tuple[str, ...]]:
        out: dict[int, tuple[str, ...]] = {}
        for item in job_records(body):  # decoded JSON objects (checked): read directly, it is the hot path
            # An array's records come as "<record's job id>_<task id>"; the pending rest of an array is
            # one record listed once per task, all with that record's state.
            job_id = str(item.get("job_id") or "").partition("_")[0]
            if job_id.isdigit():
                out.setdefault(int(job_id), state_words(item.get("state")))
        return out

    @parser("DELETE {base}/job/ID")
    def parse_cancel(self, body: dict[str, Any]) -> tuple[SlurmMessage, ...]:
        """Per-job errors of a cancel: v0.0.42+ answer HTTP 200 and report them in ``status[]``."""
        model = getattr(self._models, self._prefix + "OpenapiKillJobResp", None)
        if model is None:  # v0.0.40/v0.0.41: errors[] only, already classified
            return ()
        out = []
        for item in self._get(model.from_dict(body), "status") or []:
            code = self._get(item, "error", "code")
            if code:
                out.append(
                    SlurmMessage(
                        error_number=int(code),
                        description=str(self._get(item, "error", "message") or ""),
                        source=f"status[job {self._get(item, 'step_id') or ''}]",
                    )
                )
        return tuple(out)

    @parser("GET {base}/nodes/")
    def parse_nodes(self, body: dict[str, Any]) -> list[NodeInfo]:
        resp = self._model("OpenapiNodesResp").from_dict(body)
        return [
            NodeInfo(
                name=str(self._get(n, "name") or ""),
                state=tuple(self._get(n, "state") or ()),
                cpus=self._num(n, "cpus"),
                real_memory_mb=self._num(n, "real_memory"),
                partitions=tuple(self._get(n, "partitions") or ()),
                reason=str(self._get(n, "reason") or ""),
            )
            for n in (self._get(resp, "nodes") or [])
        ]

    @parser("GET {base}/partitions/")
    def parse_partitions(self, body: dict[str, Any]) -> list[PartitionInfo]:
        resp = self._model("OpenapiPartitionResp").from_dict(body)
        out = []
        for p in self._get(resp, "partitions") or []:
            states = tuple(self._get(p, "partition", "state") or ())
            max_time = self._get(p, "maximums", "time")
            out.append(
                PartitionInfo(
                    name=str(self._get(p, "name") or ""),
                    nodes=str(self._get(p, "nodes", "configured") or ""),
                    total_cpus=self._num(p, "cpus", "total"),
                    total_nodes=self._num(p, "nodes", "total"),
                    max_time_minutes=unwrap_number(max_time.to_dict() if hasattr(max_time, "to_dict") else max_time),
                    default=self._default_partition(p, states),
                    state=",".join(s for s in states if s != "DEFAULT") or "UNKNOWN",
                )
            )
        return out

    def _default_partition(self, p: Any, states: tuple[str, ...]) -> bool | None:
        """v0.0.45 lists DEFAULT among the partition's flags; earlier versions do not say."""
        flags = self._get(p, "flags")
        if flags is not None:
            return "DEFAULT" in (str(f).upper() for f in flags)
        return True if "DEFAULT" in states else None

    # -- accounting (slurmdbd: jobs the controller has purged) -------------------------------

    def accounting_job(self, job_id: int | str) -> Call:
        return Call("GET", f"/slurmdb/{self.version}/job/{job_ref(job_id)}", kind=Kind.ACCOUNTING)

    @parser("GET /slurmdb/{version}/job/ID")
    def parse_accounting_jobs(self, body: dict[str, Any]) -> list[JobInfo]:
        """slurmdbd's records, read from decoded JSON like ``parse_jobs``; their shape differs from the
        controller's: ``state.current``/``state.reason``, ``time.{submission,start,end,limit}``,
        ``array.{job_id,task_id,task}``, ``comment.job``, ``stdout_expanded``, ``working_directory``."""
        return latest_records([self._accounted(j) for j in job_records(body)])

    @parser("GET /slurmdb/{version}/job/ID")
    def parse_accounting_usage(self, body: dict[str, Any]) -> list[tuple[Allocation, list[StepInfo]]]:
        """Each job's allocation and steps (``_steps``); a step's exit code is read like the job's."""
        records = job_records(body)
        return usage_records([self._accounted(j) for j in records], records, decode_exit_code)

    def _accounted(self, j: dict[str, Any]) -> JobInfo:
        raw_state = state_words(self._get(j, "state", "current"))
        base, flags, _unknown = parse_job_state(raw_state)
        rc, sig = accounted_exit((base, *decode_exit_code(self._get(j, "exit_code"))), self._batch_step(j))
        comment, tag = split_tag(self._get(j, "comment", "job"))
        array_job_id = self._num(j, "array", "job_id")
        return job_info(
            job_id=job_id_of(self._get(j, "job_id"), j),
            name=str(self._get(j, "name") or ""),
            user=str(self._get(j, "user") or ""),
            state=base,
            flags=flags,
            raw_state=raw_state,
            reason=str(self._get(j, "state", "reason") or ""),
            return_code=rc,
            signal=sig,
            submit_time=timestamp_to_datetime(self._num(j, "time", "submission")),
            start_time=timestamp_to_datetime(self._num(j, "time", "start")),
            end_time=timestamp_to_datetime(self._num(j, "time", "end")),
            # 0 until the job's start details reach slurmdbd, as in dbv0.0.38 (see _legacy)
            time_limit_minutes=self._num(j, "time", "limit") or None,
            nodes=accounted_hosts(self._get(j, "nodes")),
            node_count=self._num(j, "allocation_nodes") or None,
            cpus=tres_count(self._get(j, "tres", "allocated"), "cpu"),
            restart_count=self._num(j, "restart_cnt"),  # v0.0.42+
            partition=str(self._get(j, "partition") or ""),
            stdout_path=str(self._get(j, "stdout_expanded") or self._get(j, "stdout") or ""),
            stderr_path=str(self._get(j, "stderr_expanded") or self._get(j, "stderr") or ""),
            working_dir=str(self._get(j, "working_directory") or ""),
            array_job_id=array_job_id or None,
            array_task_id=self._num(j, "array", "task_id") if array_job_id else None,
            array_task_string=str(self._get(j, "array", "task") or ""),
            comment=comment,
            comment_tag=tag,
            from_accounting=True,
        )

    def _batch_step(self, j: dict[str, Any]) -> ExitRecord | None:
        """(state, return code, signal) of the record's batch step (``steps[].step.id`` "<job id>.batch"), if any."""
        for step in self._get(j, "steps") or ():
            if is_batch_step(self._get(step, "step", "id")):
                state, _flags, _unknown = parse_job_state(state_words(self._get(step, "state")))
                return (state, *decode_exit_code(self._get(step, "exit_code")))
        return None


def _tres_per_task(spec: JobSpec) -> str | None:
    """``tres_per_task`` as sbatch (24.11, 26.05) records it: ``-c N`` is also ``cpu=N`` there, which a step
    started inside the job inherits (SLURM_TRES_PER_TASK); checked against sbatch's job records."""
    parts = [t for t in (spec.tres_per_task or "").split(",") if t]
    if spec.gpus_per_task is not None:  # sbatch: gres/gpu=N (gres/gpu:TYPE=N) ahead of the rest, then cpu=N
        gpu_type, _, count = str(spec.gpus_per_task).rpartition(":")
        parts.insert(0, f"gres/gpu{':' + gpu_type if gpu_type else ''}={count}")
    if spec.cpus_per_task is not None and not any(t.startswith("cpu=") for t in parts):
        parts.insert(0, f"cpu={spec.cpus_per_task}")
    return ",".join(parts) or None


def _implicit_tres_bind(tres_per_task: str | None) -> str | None:
    """The binding sbatch (23.11+) implies for each GRES per task, ``gres/NAME:per_task:COUNT`` joined by '+'
    (checked live: ``--gpus-per-task=1`` is TresBind=gres/gpu:per_task:1). An explicit ``extra["tres_bind"]``
    replaces it, as sbatch's --tres-bind does."""
    binds = []
    for item in (tres_per_task or "").split(","):
        if item.startswith("gres/"):
            count = re.search(r"[:=](\d+)$", item)
            binds.append(f"gres/{re.split('[:=]', item[5:])[0]}:per_task:{count[1] if count else 1}")
    return "+".join(binds) or None
