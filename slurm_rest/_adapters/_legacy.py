"""API v0.0.38 (Slurm 22.05, 23.02): the one module that touches its generated models.

Legacy shapes: the script sits beside the job, not in it; the environment is a dict; job_state is
one string in which a flag can stand for the base state; exit_code is a raw wait status; plain
integers instead of ``{set, infinite, number}``; no ``/jobs/state`` (the watcher asks
``/jobs?update_time=`` instead: one request that returns only what changed). Job records are read from
the decoded JSON by ``_job_record``, as the modern adapter reads them (``V0038JobResponseProperties.from_dict``
cost 37 µs a record against 15: every ``get_job``, listing and watcher cycle reads them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generated_client.v0_0_38 import models as m
from generated_client.v0_0_38.types import Unset

from .._call import Call, Kind
from .._exceptions import SlurmMessage, SubmissionError, ValidationError
from .._jobspec import JobSpec
from .._models import JobInfo, parse_job_state, timestamp_to_datetime, unwrap_number
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
    submitted_job_id,
    tagged_comment,
    tres_count,
)
from ._inventory import LEGACY, Inventory
from ._job_record import controller_job, job_records
from ._steps import usage_records

__all__ = ["BEYOND_SPEC", "NO_REQUEUE", "LegacyAdapter"]

_INFINITE = 0xFFFFFFFF
#: The one job key v0.0.38 is sent beyond its spec (see ``submit``).
NO_REQUEUE = "no_requeue"
#: Job keys v0.0.38 is sent beyond its spec: sbatch option names 22.05's slurmrestd reads (its ``job_params``)
#: for values its spec has no key for (--no-requeue, -w, -x, --tmp).
BEYOND_SPEC = frozenset({NO_REQUEUE, "nodelist", "exclude_nodes", "temporary_disk_per_node"})
_UNSUPPORTED = ("tres_per_task", "tres_per_node", "tres_per_job")


def _v(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _minutes(value: Any) -> int | None:
    number = unwrap_number(value)
    return None if number is None or number < 0 else number  # -1: INFINITE


class LegacyAdapter(Inventory):
    version = "v0.0.38"
    _base = "/slurm/v0.0.38"
    _family = LEGACY  # reservations, QOS, ... (_inventory): no /shares

    def ping(self) -> Call:
        return Call("GET", f"{self._base}/ping")

    def auth_probe(self) -> Call:
        """A request whose refusal of a rejected token is unmistakable (``_classify.probe_for``): 22.05's
        controller endpoints, /ping included, answer one with the generic error -1, as for a controller outage;
        its slurmdb endpoints with 1007 (checked live)."""
        return self.qos()

    def submit(self, spec: JobSpec, *, tag: str, default_env: dict[str, str]) -> Call:
        used = [f for f in _UNSUPPORTED if getattr(spec, f)]
        if used:
            raise ValidationError(
                f"{', '.join(used)} need API v0.0.40 or newer (this server speaks v0.0.38); use gres= or gpus= instead"
            )
        if spec.overcommit:
            raise ValidationError(
                "overcommit needs API v0.0.40 or newer (this server speaks v0.0.38, whose slurmrestd disables the key)"
            )
        env = job_environment(spec, default_env)
        job: dict[str, Any] = {
            "environment": env,
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
            "gpus": str(spec.gpus) if spec.gpus else None,
            "gpus_per_node": spec.gpus_per_node,
            "distribution": spec.distribution,
            "gres": spec.gres,
            "constraints": spec.constraint,
            "array": spec.array,
            "dependency": spec.dependency_str,
            "standard_output": spec.stdout,
            "standard_error": spec.stderr,
            "requeue": spec.requeue or None,
            "nice": spec.nice,
            "signal": spec.signal,
            "kill_on_invalid_dependency": spec.kill_on_invalid_dependency,
            "memory_per_node": spec.mem_mb,
            "memory_per_cpu": spec.mem_per_cpu_mb,
            "mail_type": ",".join(spec.mail_type) if spec.mail_type else None,
            "mail_user": spec.mail_user,
            "reservation": spec.reservation,
            "nodelist": spec.nodelist,
            "exclude_nodes": spec.exclude,
            "licenses": spec.licenses,
            "time_minimum": spec.time_min_minutes,
            "open_mode": spec.open_mode,
            "wckey": spec.wckey,
            "minimum_cpus_per_node": spec.mincpus,
            "temporary_disk_per_node": spec.tmp_mb,
            "threads_per_core": spec.threads_per_core,
            "gpus_per_task": spec.gpus_per_task,
            "cpus_per_gpu": None if spec.cpus_per_gpu is None else str(spec.cpus_per_gpu),
            "memory_per_gpu": spec.mem_per_gpu_mb,
        }
        job.update({k: v for k, v in simple.items() if v is not None})
        if spec.time_limit_unlimited:
            job["time_limit"] = _INFINITE
        elif spec.time_limit_minutes is not None:
            job["time_limit"] = spec.time_limit_minutes
        if spec.nodes_min is not None:
            # The spec says [min, max], but 22.05 reads this key as sbatch's -N and silently ignores a list:
            # only "N" or "MIN-MAX" reach Slurm (checked live).
            low, high = spec.nodes_min, spec.nodes_max or spec.nodes_min
            job["nodes"] = str(low) if low == high else f"{low}-{high}"
        if spec.requeue is False:
            # 22.05 reads these keys as sbatch options: "requeue": false still requeues (a flag takes no
            # value); sbatch's --no-requeue, which its spec does not declare, is what works (checked live).
            job[NO_REQUEUE] = True
        if spec.exclusive:
            job["exclusive"] = "exclusive"  # sbatch's --exclusive[=user|mcs]; 22.05 refuses "true" (checked live)
        if spec.hold:
            job["hold"] = True
        if spec.no_kill:
            job["no_kill"] = "set"  # read as sbatch's -k[=set|off]: true is refused (checked live)
        # Read as sbatch's --begin/--deadline (parse_time): a number is a date to it, "uts<seconds>" exact.
        if spec.begin_time is not None:
            job["begin_time"] = f"uts{spec.begin_time}"
        if spec.deadline_time is not None:
            job["deadline"] = f"uts{spec.deadline_time}"
        if spec.extra:
            job.update(spec.extra)
        # Exactly what the generated V0038JobSubmission serializes to (checked by tests/test_adapters.py).
        body = {"script": spec.script, "job": job}
        return Call("POST", f"{self._base}/job/submit", json=body, kind=Kind.SUBMIT)

    def get_job(self, job_id: int | str) -> Call:
        return Call("GET", f"{self._base}/job/{job_ref(job_id)}")

    def list_jobs(self, *, since: int | None = None) -> Call:
        return Call("GET", f"{self._base}/jobs", params=[("update_time", str(since))] if since else [])

    def job_states(self, job_ids: Iterable[int]) -> None:
        return None  # no such endpoint: the watcher uses list_jobs(since=...)

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
            body["time_limit"] = changes["time_limit_minutes"]
        for key in ("hold", "name", "comment"):
            if key in changes:
                body[key] = changes[key]
        # The schema requires an environment (it is the submission's too); an update must not replace the
        # job's environment, so it is validated with a placeholder and left out of the request.
        checked = m.V0038JobProperties.from_dict({"environment": {}, **body}).to_dict()
        checked.pop("environment")
        return Call("POST", f"{self._base}/job/{job_ref(job_id)}", json=checked, kind=Kind.UPDATE)

    def nodes(self) -> Call:
        return Call("GET", f"{self._base}/nodes")

    def partitions(self) -> Call:
        return Call("GET", f"{self._base}/partitions")

    # -- responses --------------------------------------------------------------------------

    @parser("GET {base}/ping")
    def parse_ping(self, body: dict[str, Any]) -> PingInfo:
        resp = m.V0038Pings.from_dict(body)
        meta = body.get("meta", {}).get("Slurm", {}) if isinstance(body.get("meta"), dict) else {}
        pings = _v(resp.pings) or []
        return PingInfo(
            release=str(meta.get("release", "")),
            api_version=self.version,
            cluster="",
            controllers=tuple((str(_v(p.hostname) or ""), _v(p.ping) == "UP") for p in pings),
        )

    @parser("POST {base}/job/submit", SubmissionError)
    def parse_submit(self, body: dict[str, Any]) -> int | None:
        return submitted_job_id(body.get("job_id"))  # decoded JSON, as the modern adapter reads it (every submit)

    @parser("GET {base}/job/ID or {base}/jobs")
    def parse_jobs(self, body: dict[str, Any]) -> list[JobInfo]:
        return [controller_job(j) for j in job_records(body)]  # decoded JSON, as the modern adapter reads it

    @parser("GET {base}/jobs")
    def job_record(self, record: dict[str, Any]) -> JobInfo:
        return controller_job(record)

    @parser("GET {base}/jobs")
    def parse_states(self, body: dict[str, Any]) -> dict[int, tuple[str, ...]]:
        return {j.job_id: j.raw_state for j in self.parse_jobs(body)}

    def parse_cancel(self, body: dict[str, Any]) -> tuple[SlurmMessage, ...]:
        return ()  # errors come in errors[] (already classified); a finished job is not reported

    @parser("GET {base}/nodes")
    def parse_nodes(self, body: dict[str, Any]) -> list[NodeInfo]:
        # v0.0.38: "mixed" plus state_flags ["DRAIN"]; v0.0.40+ send ["MIXED", "DRAIN"]: use the latter's form.
        return [
            NodeInfo(
                name=str(_v(n.name) or ""),
                state=tuple(w.upper() for w in [*str(_v(n.state) or "").split("+"), *(_v(n.state_flags) or [])] if w),
                cpus=unwrap_number(_v(n.cpus)),
                real_memory_mb=unwrap_number(_v(n.real_memory)),
                partitions=tuple(_v(n.partitions) or ()),
                reason=str(_v(n.reason) or ""),
            )
            for n in (_v(m.V0038NodesResponse.from_dict(body).nodes) or [])
        ]

    @parser("GET {base}/partitions")
    def parse_partitions(self, body: dict[str, Any]) -> list[PartitionInfo]:
        out = []
        for p in _v(m.V0038PartitionsResponse.from_dict(body).partitions) or []:
            flags = [str(f).lower() for f in (_v(p.flags) or [])]
            out.append(
                PartitionInfo(
                    name=str(_v(p.name) or ""),
                    nodes=str(_v(p.nodes) or ""),
                    total_cpus=unwrap_number(_v(p.total_cpus)),
                    total_nodes=unwrap_number(_v(p.total_nodes)),
                    max_time_minutes=_minutes(_v(p.max_time_limit)),
                    default="default" in flags,
                    state=str(_v(p.state) or "UNKNOWN").upper(),
                )
            )
        return out

    # -- accounting (slurmdbd: jobs the controller has purged) -------------------------------

    def accounting_job(self, job_id: int | str) -> Call:
        return Call("GET", f"/slurmdb/{self.version}/job/{job_ref(job_id)}", kind=Kind.ACCOUNTING)

    @parser("GET /slurmdb/{version}/job/ID")
    def parse_accounting_jobs(self, body: dict[str, Any]) -> list[JobInfo]:
        """slurmdbd's records (``dbv0.0.38_job``): state under ``state.current``, times under ``time``,
        exit code as ``{status, return_code, signal}``; no output paths (unknown, left empty)."""
        return latest_records([self._accounted(j) for j in (_v(m.Dbv0038JobInfo.from_dict(body).jobs) or [])])

    @parser("GET /slurmdb/{version}/job/ID")
    def parse_accounting_usage(self, body: dict[str, Any]) -> list[tuple[Allocation, list[StepInfo]]]:
        """Each job's allocation and steps (``_steps``), read from the decoded JSON beside the checked models."""
        jobs = [self._accounted(j) for j in (_v(m.Dbv0038JobInfo.from_dict(body).jobs) or [])]
        return usage_records(jobs, body.get("jobs") or [], _raw_exit)

    def _accounted(self, j: m.Dbv0038Job) -> JobInfo:
        state, times, array, comment_, tres = _v(j.state), _v(j.time), _v(j.array), _v(j.comment), _v(j.tres)
        raw_state = str(_v(state.current) or "") if state is not None else ""
        base, flags, _unknown = parse_job_state(raw_state)
        rc, sig = accounted_exit((base, *_exit_of(_v(j.exit_code))), _batch_step(_v(j.steps)))
        comment, tag = split_tag(_v(comment_.job) if comment_ is not None else None)
        array_job_id = unwrap_number(_v(array.job_id)) if array is not None else None
        return job_info(
            resolve_paths=False,
            job_id=job_id_of(_v(j.job_id)),
            name=str(_v(j.name) or ""),
            user=str(_v(j.user) or ""),
            state=base,
            flags=flags,
            raw_state=(raw_state,) if raw_state else (),
            reason=str(_v(state.reason) or "") if state is not None else "",
            return_code=rc,
            signal=sig,
            submit_time=timestamp_to_datetime(_v(times.submission)) if times is not None else None,
            start_time=timestamp_to_datetime(_v(times.start)) if times is not None else None,
            end_time=timestamp_to_datetime(_v(times.end)) if times is not None else None,
            # 0 until the job's start details reach slurmdbd (they can come after its end record)
            time_limit_minutes=(unwrap_number(_v(times.limit)) or None) if times is not None else None,
            nodes=accounted_hosts(_v(j.nodes)),
            partition=str(_v(j.partition) or ""),
            node_count=unwrap_number(_v(j.allocation_nodes)) or None,
            cpus=tres_count(tres.to_dict().get("allocated"), "cpu") if tres is not None else None,
            working_dir=str(_v(j.working_directory) or ""),
            array_job_id=array_job_id or None,
            array_task_id=unwrap_number(_v(array.task_id)) if array is not None and array_job_id else None,
            array_task_string=str(_v(array.task) or "") if array is not None else "",
            comment=comment,
            comment_tag=tag,
            from_accounting=True,
        )


def _exit_of(code: Any) -> tuple[int | None, int | None]:
    """(return code, signal) of one ``dbv0.0.38`` exit code, a job's or a step's, as sent; which to believe is
    ``accounted_exit``'s rule (22.05 dumps every exit code as ``SUCCESS``/0: sacct shows 3:0 for an ``exit 3``
    job; a signalled step's as ``SIGNALED`` with ``signal.signal_id``)."""
    if code is None:
        return None, None
    signal = _v(code.signal)
    sig = unwrap_number(_v(signal.signal_id)) if signal is not None else None
    if str(_v(code.status) or "") == "SIGNALED" and sig:
        return None, sig
    return unwrap_number(_v(code.return_code)), None


def _raw_exit(code: Any) -> tuple[int | None, int | None]:
    """``_exit_of`` of a step's exit code as decoded JSON."""
    return _exit_of(m.Dbv0038JobExitCode.from_dict(code)) if isinstance(code, dict) else (None, None)


def _batch_step(steps: list[m.Dbv0038JobStep] | None) -> ExitRecord | None:
    """(state, return code, signal) of the batch step (``steps[].step.id`` "batch"), if the record has one."""
    for step in steps or ():
        ids = _v(step.step)
        if ids is not None and is_batch_step(_v(ids.id)):
            state, _flags, _unknown = parse_job_state(str(_v(step.state) or ""))
            return (state, *_exit_of(_v(step.exit_code)))
    return None
