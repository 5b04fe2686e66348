"""What the cluster holds besides jobs, one model for every release: reservations, QOS, associations,
licenses, fair-share and the scheduler's statistics (``sdiag``).

Built by the adapters (``_adapters/_inventory``) from each API version's answer. Counts are ints and
None where Slurm says unset or unlimited; times are UTC-aware datetimes; durations of scheduler cycles
and RPCs are microseconds, as ``sdiag`` shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "AssociationInfo",
    "BackfillStats",
    "DiagInfo",
    "LicenseInfo",
    "QosInfo",
    "ReservationInfo",
    "RpcStat",
    "SchedulerStats",
    "ShareInfo",
]


@dataclass(frozen=True, kw_only=True)
class ReservationInfo:
    """One reservation (``scontrol show reservation``)."""

    name: str
    partition: str  # "" when the reservation names none
    nodes: str  # Slurm's host list, e.g. "node[01-04]"
    node_count: int | None
    core_count: int | None
    start_time: datetime | None
    end_time: datetime | None
    users: tuple[str, ...]  # as Slurm lists them; a leading "-" excludes
    accounts: tuple[str, ...]
    flags: tuple[str, ...]  # e.g. ("MAINT", "IGNORE_JOBS", "SPEC_NODES")
    licenses: str = ""  # e.g. "matlab:2"
    tres: str = ""  # e.g. "cpu=16"


@dataclass(frozen=True, kw_only=True)
class QosInfo:
    """One QOS with the limits every release reports alike (``sacctmgr show qos``); None: no limit."""

    name: str
    description: str
    priority: int | None
    flags: tuple[str, ...]
    max_wall_minutes: int | None  # MaxWall: per job
    max_jobs_per_user: int | None  # MaxJobsPerUser: running at once
    max_submit_jobs_per_user: int | None  # MaxSubmitJobsPerUser: running or pending
    max_jobs_per_account: int | None  # MaxJobsPerAccount
    max_submit_jobs_per_account: int | None  # MaxSubmitJobsPerAccount
    usage_factor: float | None


@dataclass(frozen=True, kw_only=True)
class AssociationInfo:
    """One association from slurmdbd (``sacctmgr show association``): who may run under which account."""

    cluster: str
    account: str
    user: str  # "" for the account's own association
    partition: str  # "" for every partition
    parent_account: str  # "" when the answer does not say (a user's association, root)
    qos: tuple[str, ...]  # the QOS it may use
    default_qos: str  # "" when not set
    is_default: bool  # the user's default account
    shares_raw: int | None


@dataclass(frozen=True, kw_only=True)
class LicenseInfo:
    """One license the controller counts (``scontrol show licenses``)."""

    name: str
    total: int
    used: int
    free: int
    reserved: int | None
    remote: bool  # from slurmdbd (``sacctmgr add resource``) rather than slurm.conf


@dataclass(frozen=True, kw_only=True)
class ShareInfo:
    """One row of ``sshare``: an account (``user`` "") or a user's association under ``account``."""

    cluster: str
    account: str
    user: str
    parent: str  # the parent account ("" for root)
    partition: str
    raw_shares: int | None  # None: not set (root)
    normalized_shares: float | None
    raw_usage: int | None
    normalized_usage: float | None
    effective_usage: float | None
    fairshare_factor: float | None  # 0.0 … 1.0; None: not computed


@dataclass(frozen=True, kw_only=True)
class RpcStat:
    """RPCs the controller served, of one message type or from one user."""

    name: str  # message type (REQUEST_JOB_INFO) or user name
    id: int | None  # message type number or uid
    count: int
    total_time_us: int | None
    average_time_us: int | None


@dataclass(frozen=True, kw_only=True)
class SchedulerStats:
    """The main scheduler's cycles since ``DiagInfo.since``."""

    cycles: int | None
    last_cycle_us: int | None
    max_cycle_us: int | None
    mean_cycle_us: int | None
    cycles_per_minute: int | None
    mean_depth: int | None
    queue_length: int | None


@dataclass(frozen=True, kw_only=True)
class BackfillStats:
    """The backfill scheduler's cycles since ``DiagInfo.since``."""

    active: bool
    cycles: int | None
    last_cycle_us: int | None
    max_cycle_us: int | None
    mean_cycle_us: int | None
    backfilled_jobs: int | None  # since the statistics were reset
    last_backfilled_jobs: int | None  # in the last cycle
    backfilled_het_jobs: int | None
    last_cycle_at: datetime | None
    mean_depth: int | None
    queue_length: int | None


@dataclass(frozen=True, kw_only=True)
class DiagInfo:
    """The controller's statistics (``sdiag``), counted since ``since`` (midnight, or the last reset)."""

    collected_at: datetime | None
    since: datetime | None
    server_threads: int | None
    agent_queue_size: int | None
    dbd_agent_queue_size: int | None
    jobs_submitted: int | None
    jobs_started: int | None
    jobs_completed: int | None
    jobs_canceled: int | None
    jobs_failed: int | None
    jobs_pending: int | None
    jobs_running: int | None
    scheduler: SchedulerStats
    backfill: BackfillStats
    rpcs_by_type: tuple[RpcStat, ...]
    rpcs_by_user: tuple[RpcStat, ...]
