"""Steps and allocation of a slurmdbd job record, for both API families.

``dbv0.0.38`` and ``v0.0.40``+ write a step alike — ``step.{id,name}``, ``state``, ``nodes.{range,list}``,
``tasks.count``, ``time.{elapsed,start,end,user,system}``, ``tres.allocated[]`` and the usage statistics
under ``tres.requested.{max,min,total}[]`` (TRESUsageIn: ``mem`` in bytes, with ``node`` and ``task`` where
it was seen) — and differ only where the helpers here already read both forms: wrapped numbers
(``unwrap_number``), a state string or list (``state_words``), a step id ``0`` or ``"123.0"`` and the exit
code, which each family's adapter decodes (``ExitOf``). Read from decoded JSON, like the job records.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._hostlist import expand_hostlist
from .._models import JobInfo, parse_job_state, timestamp_to_datetime, unwrap_number
from .._steps import Allocation, StepInfo
from ._common import accounted_exit, accounted_hosts, latest_records, state_words, tres_count, tres_entry

__all__ = ["ExitOf", "allocation", "step_infos", "usage_records"]

#: A family's reading of one exit code record: (return code, signal) as sent, before ``accounted_exit``.
ExitOf = Callable[[Any], tuple[int | None, int | None]]
_MB = 1024 * 1024


def _at(obj: Any, *path: str) -> Any:
    for name in path:
        obj = obj.get(name) if isinstance(obj, Mapping) else None
    return obj


def _seconds(value: Any) -> float | None:
    """``{seconds, microseconds}`` as seconds (slurmdbd may send more than 10^6 microseconds)."""
    seconds, micro = unwrap_number(_at(value, "seconds")), unwrap_number(_at(value, "microseconds"))
    return None if seconds is None else seconds + (micro or 0) / 1e6


def _step_id(value: Any) -> str:
    """Slurm's name of a step: "batch", "extern", "0" … from ``0``, ``"batch"`` or ``"123.batch"``."""
    return str(value if value is not None else "").rpartition(".")[2]


def _step(job_id: int, raw: Mapping[str, Any], exit_of: ExitOf) -> StepInfo:
    words = state_words(raw.get("state"))
    state, _flags, _unknown = parse_job_state(words)
    rc, sig = accounted_exit((state, *exit_of(raw.get("exit_code"))), None)
    hosts = accounted_hosts(_at(raw, "nodes", "range"))
    usage = _at(raw, "tres", "requested")
    peak, low = tres_entry(_at(usage, "max"), "mem"), tres_entry(_at(usage, "min"), "mem")
    # Usage reaches slurmdbd when a step ends: a running step's zeros are not measurements, and neither are
    # those of a cluster that gathers nothing (jobacct_gather/none: no CPU time, no TRES usage at all).
    user, system = _seconds(_at(raw, "time", "user")), _seconds(_at(raw, "time", "system"))
    measured = state.terminal and bool(user or system or _at(usage, "max"))
    return StepInfo(
        job_id=job_id,
        step_id=_step_id(_at(raw, "step", "id")),
        name=str(_at(raw, "step", "name") or ""),
        state=state,
        raw_state=words,
        return_code=rc,
        signal=sig,
        hosts=hosts,
        nodes=expand_hostlist(hosts),
        tasks=unwrap_number(_at(raw, "tasks", "count")),
        cpus=tres_count(_at(raw, "tres", "allocated"), "cpu"),
        elapsed_seconds=unwrap_number(_at(raw, "time", "elapsed")),
        cpu_seconds=(user or 0.0) + (system or 0.0) if measured and (user, system) != (None, None) else None,
        user_cpu_seconds=user if measured else None,
        system_cpu_seconds=system if measured else None,
        max_rss_bytes=tres_count(_at(usage, "max"), "mem") if measured else None,
        max_rss_node=str(_at(peak, "node") or "") if measured else "",
        max_rss_task=unwrap_number(_at(peak, "task")) if measured and peak is not None else None,
        min_rss_bytes=tres_count(_at(usage, "min"), "mem") if measured else None,
        min_rss_node=str(_at(low, "node") or "") if measured else "",
        total_rss_bytes=tres_count(_at(usage, "total"), "mem") if measured else None,
        start_time=timestamp_to_datetime(_at(raw, "time", "start")),
        end_time=timestamp_to_datetime(_at(raw, "time", "end")),
    )


def step_infos(job_id: int, record: Mapping[str, Any], exit_of: ExitOf) -> list[StepInfo]:
    """Every step of one job record, in the order slurmdbd lists them."""
    return [_step(job_id, s, exit_of) for s in record.get("steps") or () if isinstance(s, Mapping)]


def allocation(job: JobInfo, record: Mapping[str, Any]) -> Allocation:
    """What the job was given. Memory per node: ``--mem`` where the record says (``required.memory_per_node``,
    v0.0.40+), else the allocated memory over the allocated nodes (``--mem-per-cpu`` * CPUs per node)."""
    given = _at(record, "tres", "allocated")
    nodes = tres_count(given, "node") or unwrap_number(record.get("allocation_nodes")) or None
    memory_mb = tres_count(given, "mem")
    per_node_mb = unwrap_number(_at(record, "required", "memory_per_node")) or (
        memory_mb // nodes if memory_mb is not None and nodes else None
    )
    return Allocation(
        job=job,
        cpus=tres_count(given, "cpu"),
        node_count=nodes,
        memory_bytes=None if memory_mb is None else memory_mb * _MB,
        memory_per_node_bytes=None if per_node_mb is None else per_node_mb * _MB,
        elapsed_seconds=unwrap_number(_at(record, "time", "elapsed")),
    )


def usage_records(
    jobs: Sequence[JobInfo], records: Sequence[Mapping[str, Any]], exit_of: ExitOf
) -> list[tuple[Allocation, list[StepInfo]]]:
    """Allocation and steps of each job record (``jobs[i]`` read from ``records[i]``), the newest record of each
    job id only (``latest_records``: slurmdbd keeps every job a reused id named)."""
    kept = {id(j) for j in latest_records(list(jobs))}
    return [
        (allocation(job, raw), step_infos(job.job_id, raw, exit_of))
        for job, raw in zip(jobs, records, strict=True)
        if id(job) in kept
    ]
