"""Slurm job state → Flyte phase: one table, every base state and flag (DESIGN.md's draft)."""

from __future__ import annotations

from typing import Any

from flyteidl.core.execution_pb2 import TaskExecution

from slurm_rest import JobFlag, JobInfo, JobState

__all__ = ["BASE_PHASE", "FLAG_PHASE", "describe", "phase_of"]

Phase = Any  # TaskExecution.Phase (an int enum from flyteidl, untyped here)

# A flag that says "still in motion" or "held" decides the phase whatever the base state says.
FLAG_PHASE: dict[JobFlag, Phase] = {
    JobFlag.COMPLETING: TaskExecution.RUNNING,
    JobFlag.STAGE_OUT: TaskExecution.RUNNING,
    JobFlag.SIGNALING: TaskExecution.RUNNING,
    JobFlag.RESIZING: TaskExecution.RUNNING,
    JobFlag.STOPPED: TaskExecution.RUNNING,
    JobFlag.CONFIGURING: TaskExecution.INITIALIZING,
    JobFlag.POWER_UP_NODE: TaskExecution.INITIALIZING,
    JobFlag.REQUEUE_HOLD: TaskExecution.WAITING_FOR_RESOURCES,
    JobFlag.SPECIAL_EXIT: TaskExecution.WAITING_FOR_RESOURCES,
    JobFlag.RESV_DEL_HOLD: TaskExecution.WAITING_FOR_RESOURCES,
    JobFlag.LAUNCH_FAILED: TaskExecution.RETRYABLE_FAILED,
}
# Flags that change nothing about the phase (listed so the exhaustiveness test can tell).
NEUTRAL_FLAGS = frozenset({JobFlag.REQUEUED, JobFlag.REQUEUE_FED, JobFlag.REQUEUE_CRON, JobFlag.UPDATE_DB,
                           JobFlag.RECONFIG_FAIL, JobFlag.REVOKED, JobFlag.EXPEDITING, JobFlag.UNKNOWN})

BASE_PHASE: dict[JobState, Phase] = {
    JobState.PENDING: TaskExecution.QUEUED,
    JobState.RUNNING: TaskExecution.RUNNING,
    JobState.SUSPENDED: TaskExecution.RUNNING,
    JobState.COMPLETED: TaskExecution.SUCCEEDED,
    JobState.CANCELLED: TaskExecution.ABORTED,
    JobState.FAILED: TaskExecution.FAILED,
    JobState.TIMEOUT: TaskExecution.FAILED,
    JobState.DEADLINE: TaskExecution.FAILED,
    JobState.OUT_OF_MEMORY: TaskExecution.FAILED,
    JobState.NODE_FAIL: TaskExecution.RETRYABLE_FAILED,
    JobState.BOOT_FAIL: TaskExecution.RETRYABLE_FAILED,
    JobState.PREEMPTED: TaskExecution.RETRYABLE_FAILED,
    JobState.UNKNOWN: TaskExecution.RUNNING,  # a newer Slurm's state: keep going, never raise
}
# Pending reasons that will never resolve by waiting, and ones that mean "held".
FATAL_REASONS = frozenset({"DependencyNeverSatisfied", "BadConstraints", "PartitionConfig", "InvalidAccount",
                           "InvalidQOS", "AccountNotAllowed", "QOSJobLimit"})
HELD_REASONS = frozenset({"JobHeldUser", "JobHeldAdmin", "JobHoldMaxRequeue", "BeginTime"})


def phase_of(info: JobInfo) -> Phase:
    """The Flyte phase for a job record (pure; never raises)."""
    for flag, phase in FLAG_PHASE.items():  # table order is the precedence
        if flag in info.flags:
            return phase
    if info.state is JobState.CANCELLED and info.reason in FATAL_REASONS:
        return TaskExecution.FAILED  # cancelled by Slurm (kill_on_invalid_dependency), not by a user
    if info.state is JobState.PENDING:
        if info.reason in FATAL_REASONS:
            return TaskExecution.FAILED
        if info.reason in HELD_REASONS:
            return TaskExecution.WAITING_FOR_RESOURCES
    if info.state is JobState.COMPLETED and info.return_code not in (0, None):
        return TaskExecution.FAILED
    return BASE_PHASE.get(info.state, TaskExecution.RUNNING)


def describe(info: JobInfo) -> str:
    """One line for the phase message: state (+flags), reason, exit code or signal."""
    words = [info.state.value, *sorted(f.value for f in info.flags if f is not JobFlag.UNKNOWN)]
    unknown = [w for w in info.raw_state if w not in {s.value for s in JobState} | {f.value for f in JobFlag}]
    parts = [f"job {info.job_id} " + "+".join(words + unknown)]
    if info.reason:
        parts.append(f"reason {info.reason}")
    if info.signal:
        parts.append(f"signal {info.signal}")
    elif info.return_code is not None and info.state.terminal and not (
            info.state is JobState.CANCELLED and info.start_time is None):  # never ran: no exit code
        parts.append(f"exit code {info.return_code}")
    return ", ".join(parts)
