"""What ``slurm-rest`` prints: JSON documents on stdout, short lines for people, progress on a TTY."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import Enum
from typing import Any, TextIO

from ._inventory_models import AssociationInfo, DiagInfo, LicenseInfo, QosInfo, ReservationInfo, RpcStat, ShareInfo
from ._models import JobInfo
from ._resources import PingInfo
from ._steps import JobUsage, StepInfo

__all__ = [
    "Progress",
    "Redactor",
    "associations_table",
    "diag_text",
    "document",
    "emit",
    "job_document",
    "job_line",
    "jobs_table",
    "licenses_table",
    "ping_document",
    "ping_line",
    "qos_table",
    "reservations_table",
    "shares_table",
    "steps_document",
    "steps_table",
    "usage_document",
    "usage_text",
]

_HIDDEN_FIELDS = frozenset({"comment_tag"})  # slurm-rest's own submit tag, not the user's


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def job_document(info: JobInfo) -> dict[str, Any]:
    """Every ``JobInfo`` field as JSON, plus ``exit_code`` (the return code), ``finished``, ``succeeded``."""
    doc = {f.name: _plain(getattr(info, f.name)) for f in dataclasses.fields(info) if f.name not in _HIDDEN_FIELDS}
    doc.update(exit_code=info.return_code, finished=info.finished, succeeded=info.succeeded)
    return doc


def _state_text(info: JobInfo) -> str:
    state = info.state.value if info.state.value != "UNKNOWN" or not info.raw_state else "+".join(info.raw_state)
    flags = sorted(f.value for f in info.flags)
    return "+".join([state, *flags])


def _job_label(info: JobInfo) -> str:
    """``job 123``; an array task as Slurm writes it, ``job 120_3 (123)``; unstarted tasks ``job 120_[4-9%2]``."""
    if info.array_job_id is None:
        return f"job {info.job_id}"
    task = info.array_task_id if info.array_task_id is not None else f"[{info.array_task_string}]"
    own = "" if info.job_id == info.array_job_id else f" ({info.job_id})"
    return f"job {info.array_job_id}_{task}{own}"


def job_line(info: JobInfo) -> str:
    parts = [_job_label(info), _state_text(info)]
    if info.return_code is not None and info.state.terminal:
        parts.append(f"exit code {info.return_code}")
    if info.signal:
        parts.append(f"signal {info.signal}")
    if info.reason:
        parts.append(f"reason {info.reason}")
    if info.nodes:
        parts.append(f"on {info.nodes}")
    if info.name:
        parts.append(f"name {info.name}")
    return ", ".join(parts)


def jobs_table(infos: Sequence[JobInfo]) -> str:
    header = ("JOBID", "STATE", "EXIT", "USER", "PARTITION", "NAME", "REASON")
    rows = [header] + [
        (
            str(i.job_id),
            _state_text(i),
            "" if i.return_code is None else str(i.return_code),
            i.user,
            i.partition,
            i.name,
            i.reason,
        )
        for i in infos
    ]
    widths = [max(len(r[c]) for r in rows) for c in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() for row in rows)


def ping_document(url: str, info: PingInfo) -> dict[str, Any]:
    return {
        "url": url,
        "ok": info.ok,
        "release": info.release,
        "api_version": info.api_version,
        "cluster": info.cluster,
        "controllers": [{"hostname": host, "responding": up} for host, up in info.controllers],
    }


def ping_line(url: str, info: PingInfo) -> str:
    controllers = ", ".join(f"{host} {'UP' if up else 'NOT RESPONDING'}" for host, up in info.controllers)
    cluster = f", cluster {info.cluster}" if info.cluster else ""
    return f"{url}: Slurm {info.release or '?'}, API {info.api_version}{cluster}; controllers: {controllers or 'none'}"


# -- cluster inventory (reservations, qos, accounts, licenses, shares, diag) ------------------------------


def document(value: Any) -> Any:
    """A model (a frozen dataclass, nested ones too) or a list of them as JSON: every field, times in ISO 8601."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: document(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [document(v) for v in value]
    return _plain(value)


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    cells = [list(header)] + [
        [
            ""
            if c is None
            else c.strftime("%Y-%m-%dT%H:%M:%SZ")
            if isinstance(c, datetime)
            else ",".join(c)
            if isinstance(c, tuple)
            else f"{c:.6g}"
            if isinstance(c, float)
            else str(c)
            for c in row
        ]
        for row in rows
    ]
    widths = [max(len(r[c]) for r in cells) for c in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells)


def reservations_table(items: Sequence[ReservationInfo]) -> str:
    return _table(
        ("NAME", "START (UTC)", "END (UTC)", "NODES", "PARTITION", "USERS", "ACCOUNTS", "FLAGS"),
        [(r.name, r.start_time, r.end_time, r.nodes, r.partition, r.users, r.accounts, r.flags) for r in items],
    )


def qos_table(items: Sequence[QosInfo]) -> str:
    """Blank limits are unlimited, as sacctmgr shows them."""
    return _table(
        ("NAME", "PRIORITY", "MAXWALL(MIN)", "MAXJOBSPU", "MAXSUBMITPU", "MAXJOBSPA", "MAXSUBMITPA", "FLAGS"),
        [
            (
                q.name,
                q.priority,
                q.max_wall_minutes,
                q.max_jobs_per_user,
                q.max_submit_jobs_per_user,
                q.max_jobs_per_account,
                q.max_submit_jobs_per_account,
                q.flags,
            )
            for q in items
        ],
    )


def associations_table(items: Sequence[AssociationInfo]) -> str:
    return _table(
        ("CLUSTER", "ACCOUNT", "USER", "PARTITION", "DEFAULT", "QOS", "DEFAULTQOS"),
        [
            (a.cluster, a.account, a.user, a.partition, "yes" if a.is_default else "", a.qos, a.default_qos)
            for a in items
        ],
    )


def licenses_table(items: Sequence[LicenseInfo]) -> str:
    return _table(
        ("NAME", "TOTAL", "USED", "FREE", "RESERVED", "REMOTE"),
        [(lic.name, lic.total, lic.used, lic.free, lic.reserved, "yes" if lic.remote else "") for lic in items],
    )


def shares_table(items: Sequence[ShareInfo]) -> str:
    return _table(
        ("ACCOUNT", "USER", "RAWSHARES", "NORMSHARES", "RAWUSAGE", "EFFECTVUSAGE", "FAIRSHARE"),
        [
            (s.account, s.user, s.raw_shares, s.normalized_shares, s.raw_usage, s.effective_usage, s.fairshare_factor)
            for s in items
        ],
    )


def _rpcs(title: str, stats: Sequence[RpcStat]) -> list[str]:
    ranked = sorted(stats, key=lambda r: r.count, reverse=True)
    return [
        f"{title}:",
        *(
            f"  {r.name:<40} count {r.count:>8}  average {r.average_time_us or 0:>8} us  "
            f"total {r.total_time_us or 0} us"
            for r in ranked
        ),
    ]


def diag_text(info: DiagInfo) -> str:
    """What sdiag shows first: jobs, the main scheduler, backfill, then RPCs by type and by user (busiest first)."""

    def n(value: object) -> str:
        return "-" if value is None else str(value)

    s, b = info.scheduler, info.backfill
    since = info.since.strftime("%Y-%m-%dT%H:%M:%SZ") if info.since else "-"
    last_bf = b.last_cycle_at.strftime("%Y-%m-%dT%H:%M:%SZ") if b.last_cycle_at else "-"
    return "\n".join(
        [
            f"statistics since {since}; server threads {n(info.server_threads)}, agent queue {n(info.agent_queue_size)}, "
            f"DBD agent queue {n(info.dbd_agent_queue_size)}",
            f"jobs: submitted {n(info.jobs_submitted)}, started {n(info.jobs_started)}, completed {n(info.jobs_completed)}, "
            f"canceled {n(info.jobs_canceled)}, failed {n(info.jobs_failed)}; now pending {n(info.jobs_pending)}, "
            f"running {n(info.jobs_running)}",
            f"main scheduler: {n(s.cycles)} cycles, last {n(s.last_cycle_us)} us, max {n(s.max_cycle_us)} us, "
            f"mean {n(s.mean_cycle_us)} us, {n(s.cycles_per_minute)}/min, mean depth {n(s.mean_depth)}, "
            f"queue {n(s.queue_length)}",
            f"backfill: {n(b.cycles)} cycles{' (running now)' if b.active else ''}, last {n(b.last_cycle_us)} us at "
            f"{last_bf}, max {n(b.max_cycle_us)} us, mean {n(b.mean_cycle_us)} us; jobs backfilled {n(b.backfilled_jobs)} "
            f"({n(b.last_backfilled_jobs)} in the last cycle, {n(b.backfilled_het_jobs)} heterogeneous), "
            f"mean depth {n(b.mean_depth)}, queue {n(b.queue_length)}",
            *_rpcs("RPCs by message type", info.rpcs_by_type),
            *_rpcs("RPCs by user", info.rpcs_by_user),
        ]
    )


# -- steps and usage ------------------------------------------------------------------------------------------


def _mib(size: int | None) -> str:
    return "" if size is None else f"{size / 2**20:.1f}M"


def _cpu(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds:.2f}s"


def _percent(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio * 100:.2f}%"


def _step_document(step: StepInfo) -> dict[str, Any]:
    return {"id": step.id, **document(step)}


def steps_document(steps: Sequence[StepInfo]) -> list[dict[str, Any]]:
    """Every ``StepInfo`` field, plus ``id`` ("123.0")."""
    return [_step_document(s) for s in steps]


def steps_table(steps: Sequence[StepInfo]) -> str:
    """One row a step, like ``sacct -j``: blank usage while a step runs (or where none is gathered)."""
    return _table(
        ("STEP", "NAME", "STATE", "EXIT", "NODES", "TASKS", "CPUS", "ELAPSED", "CPUTIME", "MAXRSS", "MAXRSSNODE"),
        [
            (
                s.id,
                s.name,
                "+".join(s.raw_state) or s.state.value,
                f"signal {s.signal}" if s.signal else s.return_code,
                s.hosts,
                s.tasks,
                s.cpus,
                None if s.elapsed_seconds is None else f"{s.elapsed_seconds}s",
                _cpu(s.cpu_seconds),
                _mib(s.max_rss_bytes),
                s.max_rss_node,
            )
            for s in steps
        ],
    )


def usage_document(usage: JobUsage) -> dict[str, Any]:
    """Every ``JobUsage`` field; ``peak_memory_by_node`` as an object, steps as ``steps_document``."""
    doc: dict[str, Any] = document(usage)
    doc.update(peak_memory_by_node=dict(usage.peak_memory_by_node), steps=steps_document(usage.steps))
    return doc


def usage_text(u: JobUsage) -> str:
    """What seff prints, plus the memory of each node."""
    exit_ = f"signal {u.signal}" if u.signal else f"exit code {'?' if u.return_code is None else u.return_code}"
    core_walltime = None if u.elapsed_seconds is None or u.cpus is None else u.elapsed_seconds * u.cpus
    per_node = ", ".join(f"{node} {_mib(rss)}" for node, rss in u.peak_memory_by_node) or "not measured"
    lines = [
        f"Job ID: {u.job_id}",
        f"State: {u.state.value} ({exit_})"
        if u.complete
        else f"State: {u.state.value} (still running: figures cover ended steps only)",
        f"Nodes: {u.node_count if u.node_count is not None else '?'} ({','.join(u.nodes) or '-'})",
        f"CPUs: {u.cpus if u.cpus is not None else '?'}",
        f"CPU Utilized: {_cpu(u.cpu_seconds) or '-'}",
        f"CPU Efficiency: {_percent(u.cpu_efficiency)} of {core_walltime if core_walltime is not None else '?'}s "
        f"core-walltime",
        f"Job Wall-clock time: {u.elapsed_seconds if u.elapsed_seconds is not None else '?'}s",
        f"Peak memory per node: {per_node}",
        f"Memory Efficiency: {_percent(u.memory_efficiency)} of {_mib(u.memory_per_node_bytes) or '?'}/node "
        f"(fullest node)",
        f"seff's Memory Efficiency: {_percent(u.seff_memory_efficiency)}: {_mib(u.memory_used_bytes) or '-'} "
        f"of {_mib(u.memory_bytes) or '?'} (all tasks' peaks of the largest step, all nodes)",
    ]
    return "\n".join(lines)


def emit(document: Any, stream: TextIO | None = None) -> None:
    print(json.dumps(document, indent=2, sort_keys=False), file=stream or sys.stdout, flush=True)


class Progress:
    """``on_update`` for waits: one timestamped line per state change, on a terminal only."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    @classmethod
    def for_stream(cls, stream: TextIO) -> Progress | None:
        try:
            return cls(stream) if stream.isatty() else None
        except (AttributeError, ValueError):  # a replaced or closed stream
            return None

    def __call__(self, info: JobInfo) -> None:
        print(f"{time.strftime('%H:%M:%S')} {job_line(info)}", file=self._stream, flush=True)


_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*")


class Redactor:
    """Removes known secrets, and anything shaped like a JWT, from text shown to people."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return _JWT.sub("***", text)
