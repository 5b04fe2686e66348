"""Slurm job state → Flyte phase: one table, every base state and flag (DESIGN.md's draft).

The table names phases neutrally (``Phase``, the names both ``flyteidl`` and ``flyteidl2`` give
``TaskExecution.Phase``); each connector turns a name into its own SDK's enum value, so the flytekit
and the Flyte 2 connector share this one table and import no Flyte package here.
"""

from __future__ import annotations

from enum import Enum

from slurm_rest import JobFlag, JobInfo, JobState

__all__ = ["BASE_PHASE", "FLAG_PHASE", "NEUTRAL_FLAGS", "TERMINAL", "Phase", "describe", "phase_name"]


class Phase(str, Enum):
    """A task phase by the name both Flyte IDLs use for it."""

    QUEUED = "QUEUED"
    WAITING_FOR_RESOURCES = "WAITING_FOR_RESOURCES"
    INITIALIZING = "INITIALIZING"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    ABORTED = "ABORTED"
    RETRYABLE_FAILED = "RETRYABLE_FAILED"


TERMINAL = frozenset({Phase.SUCCEEDED, Phase.FAILED, Phase.ABORTED, Phase.RETRYABLE_FAILED})

# A flag that says "still in motion" or "held" decides the phase whatever the base state says.
FLAG_PHASE: dict[JobFlag, Phase] = {
    JobFlag.COMPLETING: Phase.RUNNING,
    JobFlag.STAGE_OUT: Phase.RUNNING,
    JobFlag.SIGNALING: Phase.RUNNING,
    JobFlag.RESIZING: Phase.RUNNING,
    JobFlag.STOPPED: Phase.RUNNING,
    JobFlag.CONFIGURING: Phase.INITIALIZING,
    JobFlag.POWER_UP_NODE: Phase.INITIALIZING,
    JobFlag.REQUEUE_HOLD: Phase.WAITING_FOR_RESOURCES,
    JobFlag.SPECIAL_EXIT: Phase.WAITING_FOR_RESOURCES,
    JobFlag.RESV_DEL_HOLD: Phase.WAITING_FOR_RESOURCES,
    JobFlag.LAUNCH_FAILED: Phase.RETRYABLE_FAILED,
}
# Flags that change nothing about the phase (listed so the exhaustiveness test can tell).
NEUTRAL_FLAGS = frozenset(
    {
        JobFlag.REQUEUED,
        JobFlag.REQUEUE_FED,
        JobFlag.REQUEUE_CRON,
        JobFlag.UPDATE_DB,
        JobFlag.RECONFIG_FAIL,
        JobFlag.REVOKED,
        JobFlag.EXPEDITING,
        JobFlag.UNKNOWN,
    }
)

BASE_PHASE: dict[JobState, Phase] = {
    JobState.PENDING: Phase.QUEUED,
    JobState.RUNNING: Phase.RUNNING,
    JobState.SUSPENDED: Phase.RUNNING,
    JobState.COMPLETED: Phase.SUCCEEDED,
    JobState.CANCELLED: Phase.ABORTED,
    JobState.FAILED: Phase.FAILED,
    JobState.TIMEOUT: Phase.FAILED,
    JobState.DEADLINE: Phase.FAILED,
    JobState.OUT_OF_MEMORY: Phase.FAILED,
    JobState.NODE_FAIL: Phase.RETRYABLE_FAILED,
    JobState.BOOT_FAIL: Phase.RETRYABLE_FAILED,
    JobState.PREEMPTED: Phase.RETRYABLE_FAILED,
    JobState.UNKNOWN: Phase.RUNNING,  # a newer Slurm's state: keep going, never raise
}
# Pending reasons that will never resolve by waiting, and ones that mean "held".
FATAL_REASONS = frozenset(
    {
        "DependencyNeverSatisfied",
        "BadConstraints",
        "PartitionConfig",
        "InvalidAccount",
        "InvalidQOS",
        "AccountNotAllowed",
        "QOSJobLimit",
    }
)
HELD_REASONS = frozenset({"JobHeldUser", "JobHeldAdmin", "JobHoldMaxRequeue", "BeginTime"})
# Every state word this package knows: a word outside it (a newer Slurm's) is shown as Slurm wrote it.
_KNOWN_WORDS = frozenset({s.value for s in JobState} | {f.value for f in JobFlag})


def phase_name(info: JobInfo) -> Phase:
    """The phase for a job record (pure; never raises)."""
    for flag, phase in FLAG_PHASE.items():  # table order is the precedence
        if flag in info.flags:
            return phase
    if info.state is JobState.CANCELLED and info.reason in FATAL_REASONS:
        return Phase.FAILED  # cancelled by Slurm (kill_on_invalid_dependency), not by a user
    if info.state is JobState.PENDING:
        if info.reason in FATAL_REASONS:
            return Phase.FAILED
        if info.reason in HELD_REASONS:
            return Phase.WAITING_FOR_RESOURCES
    if info.state is JobState.COMPLETED and info.return_code not in (0, None):
        return Phase.FAILED
    return BASE_PHASE.get(info.state, Phase.RUNNING)


def describe(info: JobInfo) -> str:
    """One line for the phase message: state (+flags), reason, exit code or signal."""
    words = [info.state.value, *sorted(f.value for f in info.flags if f is not JobFlag.UNKNOWN)]
    unknown = [w for w in info.raw_state if w not in _KNOWN_WORDS]
    parts = [f"job {info.job_id} " + "+".join(words + unknown)]
    if info.reason:
        parts.append(f"reason {info.reason}")
    if info.signal:
        parts.append(f"signal {info.signal}")
    elif (
        info.return_code is not None
        and info.state.terminal
        and not (info.state is JobState.CANCELLED and info.start_time is None)
    ):  # never ran: no exit code
        parts.append(f"exit code {info.return_code}")
    return ", ".join(parts)
