"""The job model shared by every Slurm release: states, flags, exit codes and ``JobInfo``.

Each API version reports a job differently: v0.0.38 sends one state word in which a flag can hide the base
state and a raw wait status as the exit code; v0.0.40+ sends a list of words (base first) and a verbose exit
object, with numbers wrapped as ``{set, infinite, number}``. The helpers here turn every shape into one, so
nothing above the version adapters branches on the release. Parsing what Slurm sends never raises: a newer
Slurm adds states and flags, and a watcher must keep going (unknown words are kept, not dropped).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum

from slurm_rest._exceptions import ValidationError
from slurm_rest._hostlist import expand_hostlist

__all__ = [
    "FLAG_IMPLIED_STATE",
    "HELD_REASONS",
    "JobFlag",
    "JobInfo",
    "JobState",
    "decode_exit_code",
    "expand_output_path",
    "parse_job_state",
    "timestamp_to_datetime",
    "unwrap_number",
]


def _word(text: object) -> str:
    """Canonical spelling of one state word (enum members of generated clients count by value)."""
    if text is None:
        return ""
    if isinstance(text, Enum):
        text = text.value
    return str(text).strip().upper()


class JobState(str, Enum):
    """A job's base state (``JOB_STATE_BASE`` in slurm.h); UNKNOWN stands for anything a newer Slurm adds."""

    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUSPENDED = "SUSPENDED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    TIMEOUT = "TIMEOUT"
    NODE_FAIL = "NODE_FAIL"
    PREEMPTED = "PREEMPTED"
    BOOT_FAIL = "BOOT_FAIL"
    DEADLINE = "DEADLINE"
    OUT_OF_MEMORY = "OUT_OF_MEMORY"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return self.value

    @property
    def terminal(self) -> bool:
        """True when the job will not run again (a requeue starts over as PENDING)."""
        return self in _TERMINAL_STATES

    @classmethod
    def parse(cls, text: object) -> JobState:
        """The state named by ``text`` (case and blanks ignored); UNKNOWN for anything else. Never raises."""
        return _STATE_BY_NAME.get(_word(text), cls.UNKNOWN)


class JobFlag(str, Enum):
    """A job state flag (``JOB_STATE_FLAGS`` in slurm.h); UNKNOWN stands for anything a newer Slurm adds."""

    LAUNCH_FAILED = "LAUNCH_FAILED"
    UPDATE_DB = "UPDATE_DB"
    REQUEUED = "REQUEUED"
    REQUEUE_HOLD = "REQUEUE_HOLD"
    SPECIAL_EXIT = "SPECIAL_EXIT"
    RESV_DEL_HOLD = "RESV_DEL_HOLD"
    REQUEUE_FED = "REQUEUE_FED"
    REQUEUE_CRON = "REQUEUE_CRON"
    POWER_UP_NODE = "POWER_UP_NODE"
    CONFIGURING = "CONFIGURING"
    COMPLETING = "COMPLETING"
    STOPPED = "STOPPED"
    RECONFIG_FAIL = "RECONFIG_FAIL"
    RESIZING = "RESIZING"
    REVOKED = "REVOKED"
    SIGNALING = "SIGNALING"
    STAGE_OUT = "STAGE_OUT"
    EXPEDITING = "EXPEDITING"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: object) -> JobFlag:
        """The flag named by ``text`` (case and blanks ignored); UNKNOWN for anything else. Never raises."""
        return _FLAG_BY_NAME.get(_word(text), cls.UNKNOWN)


_TERMINAL_STATES = frozenset(
    {
        JobState.COMPLETED,
        JobState.CANCELLED,
        JobState.FAILED,
        JobState.TIMEOUT,
        JobState.NODE_FAIL,
        JobState.PREEMPTED,
        JobState.BOOT_FAIL,
        JobState.DEADLINE,
        JobState.OUT_OF_MEMORY,
    }
)
# UNKNOWN is never *recognised* as a word: it would hide the inference below and the raw text.
_STATE_BY_NAME = {m.value: m for m in JobState if m is not JobState.UNKNOWN}
_FLAG_BY_NAME = {m.value: m for m in JobFlag if m is not JobFlag.UNKNOWN}

#: The base state a flag implies when Slurm sends the flag *instead of* the base state. v0.0.38 reports
#: ``job_state_string()``, which returns the first set flag's name (COMPLETING, CONFIGURING, REQUEUED ...)
#: in place of the base state, so a flag-only value must be read as:
#:
#: - RUNNING: COMPLETING, STAGE_OUT, SIGNALING, CONFIGURING, RESIZING, STOPPED, POWER_UP_NODE, UPDATE_DB --
#:   the job still holds nodes or is being started/finished; it is live, not done.
#: - PENDING: REQUEUED, REQUEUE_HOLD, REQUEUE_FED, REQUEUE_CRON, SPECIAL_EXIT, RESV_DEL_HOLD, EXPEDITING --
#:   the job is back in (or waiting in) the queue.
#: - FAILED: LAUNCH_FAILED, RECONFIG_FAIL.
#: - CANCELLED: REVOKED (a federation sibling that was revoked will not run here).
FLAG_IMPLIED_STATE: Mapping[JobFlag, JobState] = {
    **dict.fromkeys(
        (
            JobFlag.COMPLETING,
            JobFlag.STAGE_OUT,
            JobFlag.SIGNALING,
            JobFlag.CONFIGURING,
            JobFlag.RESIZING,
            JobFlag.STOPPED,
            JobFlag.POWER_UP_NODE,
            JobFlag.UPDATE_DB,
        ),
        JobState.RUNNING,
    ),
    **dict.fromkeys(
        (
            JobFlag.REQUEUED,
            JobFlag.REQUEUE_HOLD,
            JobFlag.REQUEUE_FED,
            JobFlag.REQUEUE_CRON,
            JobFlag.SPECIAL_EXIT,
            JobFlag.RESV_DEL_HOLD,
            JobFlag.EXPEDITING,
        ),
        JobState.PENDING,
    ),
    **dict.fromkeys((JobFlag.LAUNCH_FAILED, JobFlag.RECONFIG_FAIL), JobState.FAILED),
    JobFlag.REVOKED: JobState.CANCELLED,
}


def _raw_words(value: object) -> list[str]:
    """The words of a state value as sent, stripped; a single string may also be comma-separated."""
    if value is None:
        return []
    if isinstance(value, Enum):
        value = value.value
    items: Sequence[object] = (
        value.split(",") if isinstance(value, str) else (value if isinstance(value, Sequence) else [value])
    )
    return [w for w in (str(i.value if isinstance(i, Enum) else i).strip() for i in items) if w]


def parse_job_state(value: str | Sequence[str] | None) -> tuple[JobState, frozenset[JobFlag], tuple[str, ...]]:
    """Split a ``job_state`` of any API version into (base state, flags, unknown words as sent).

    The first word that names a base state is the base, whatever its position; other known words are flags.
    Without a base word, the first flag with an entry in ``FLAG_IMPLIED_STATE`` decides it (the v0.0.38 case);
    otherwise (or for empty input) the base is UNKNOWN. Never raises.
    """
    if type(value) is tuple and (known := _PARSED.get(value)) is not None:  # a cluster's jobs share a few
        return known
    base: JobState | None = None
    flags: list[JobFlag] = []
    unknown: list[str] = []
    for raw in _raw_words(value):
        word = raw.upper()
        if word in _STATE_BY_NAME:
            if base is None:  # a second base word (never sent by Slurm) is ignored; raw_state keeps it
                base = _STATE_BY_NAME[word]
        elif word in _FLAG_BY_NAME:
            flags.append(_FLAG_BY_NAME[word])
        else:
            unknown.append(raw)
    if base is None:
        base = next((FLAG_IMPLIED_STATE[f] for f in flags if f in FLAG_IMPLIED_STATE), JobState.UNKNOWN)
    parsed = base, frozenset(flags), tuple(unknown)
    if type(value) is tuple and len(_PARSED) < _PARSED_KEPT and all(type(w) is str for w in value):
        _PARSED[value] = parsed
    return parsed


_PARSED: dict[tuple[str, ...], tuple[JobState, frozenset[JobFlag], tuple[str, ...]]] = {}
_PARSED_KEPT = 256  # distinct state tuples remembered (what arrives is a handful; junk must not grow it)


# NO_VAL / INFINITE of uint32 and uint64: what older versions send as a plain int for "unset" / "unlimited".
_SENTINELS = frozenset({0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFE, 0xFFFFFFFFFFFFFFFF})


def _plain(value: object) -> object:
    """A generated attrs model as its ``to_dict()``; anything else unchanged."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def unwrap_number(value: object) -> int | None:
    """An int from a plain int or a v0.0.40+ ``{set, infinite, number}``; None for unset, infinite or junk.

    Plain ints equal to Slurm's 32/64-bit NO_VAL or INFINITE also give None, so "unset" reads the same from
    every version (callers that must tell "unlimited" from "unset" look at ``infinite`` themselves).
    """
    if type(value) is int:  # the common case first: a listing reads several per job
        return None if value in _SENTINELS else value
    if type(value) is not dict:
        value = _plain(value)
    if type(value) is dict or isinstance(value, Mapping):
        if value.get("infinite") or value.get("set", True) is False:
            return None
        value = value.get("number")
        if type(value) is int:
            return None if value in _SENTINELS else value
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return None if value in _SENTINELS else value
    return None


def _decode_wait_status(raw: int) -> tuple[int | None, int | None]:
    """Mirror Slurm's own v0.0.40+ decoding: exited -> (code, None); signalled -> (None, signal)."""
    if raw < 0 or raw in _SENTINELS:
        return None, None
    sig = raw & 0x7F
    if sig == 0:
        return (raw >> 8) & 0xFF, None
    if sig == 0x7F:  # WIFSTOPPED: not an end state
        return None, None
    return None, sig


def decode_exit_code(raw: object) -> tuple[int | None, int | None]:
    """(return code, signal) from any version's ``exit_code``; the same job gives the same pair everywhere.

    v0.0.38 sends the raw wait status (exit 3 -> 768, killed by signal 9 -> 9); v0.0.40+ sends
    ``{status, return_code: {set, infinite, number}, signal: {id, name}}`` and leaves return_code unset for a
    signalled process, so a signalled job is ``(None, sig)`` from both. A zero signal is None.
    """
    if type(raw) is not dict:  # decoded JSON (every record of a listing) is a dict: no model to unwrap
        raw = _plain(raw)
        if isinstance(raw, bool) or raw is None:
            return None, None
        if isinstance(raw, int):
            return _decode_wait_status(raw)
        if not isinstance(raw, Mapping):
            return None, None
    signal = raw.get("signal")
    if type(signal) is not dict:
        signal = _plain(signal)
    sig = unwrap_number(signal.get("id") if isinstance(signal, Mapping) else signal)
    return unwrap_number(raw.get("return_code")), sig or None


def timestamp_to_datetime(value: object) -> datetime | None:
    """A UTC-aware datetime from a UNIX time (plain or wrapped); Slurm's 0 and sentinels mean unset -> None."""
    seconds = unwrap_number(value)
    if seconds is None or seconds <= 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


#: ``state_reason`` values that mean someone holds the job (``scontrol hold`` / release needed).
HELD_REASONS = frozenset({"JobHeldUser", "JobHeldAdmin", "JobHoldMaxRequeue"})
# Flags under which a pending job waits for a release rather than for resources.
_HOLD_FLAGS = frozenset({JobFlag.REQUEUE_HOLD, JobFlag.SPECIAL_EXIT, JobFlag.RESV_DEL_HOLD})
# Flags under which a terminal base state is not final yet: nodes are still being cleaned up / staged out.
_FINISHING_FLAGS = frozenset({JobFlag.COMPLETING, JobFlag.STAGE_OUT})


@dataclass(frozen=True, kw_only=True, slots=True)
class JobInfo:
    """One job as every release reports it; built by the version adapters from their own shapes.

    ``raw_state`` keeps the state words as sent so that an UNKNOWN state can still be shown to people.
    Times are UTC-aware (Slurm's 0 for unset becomes None: use ``timestamp_to_datetime``).
    """

    job_id: int
    name: str = ""
    user: str = ""
    state: JobState
    flags: frozenset[JobFlag] = frozenset()
    raw_state: tuple[str, ...] = ()
    reason: str = ""
    #: the outcome of a job that ran and ended, from either source alike: None while it runs or waits, for a
    #: job that never ran (cancelled or failed while pending), and for a 0 unless it COMPLETED
    return_code: int | None = None
    signal: int | None = None
    submit_time: datetime | None = None
    start_time: datetime | None = None  #: None until it runs (never the scheduler's estimate), and if it never did
    end_time: datetime | None = None  #: None until it ends (never start + time limit)
    time_limit_minutes: int | None = None
    nodes: str = ""  #: Slurm's host list, "n[1-2]" (``node_names`` expands it)
    node_count: int | None = None
    cpus: int | None = None  #: allocated (requested while pending)
    tasks: int | None = None
    #: times the job was requeued (node failure, preemption, scontrol requeue); None where not reported
    restart_count: int | None = None
    partition: str = ""
    stdout_path: str = ""
    stderr_path: str = ""
    working_dir: str = ""
    array_job_id: int | None = None
    array_task_id: int | None = None
    array_task_string: str = ""
    comment: str = ""
    #: the tag slurm_rest appended to the comment at submit (see _adapters._common); not the user's
    comment_tag: str | None = field(default=None, repr=False)
    #: True when the controller had purged the job (older than MinJobAge) and this record is slurmdbd's
    from_accounting: bool = False
    #: True when only the state is current: a watcher noted it from a batched state listing, which carries
    #: no more (the other fields are the last full record's, if any); a finished job's record is always full
    partial: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.job_id, bool) or not isinstance(self.job_id, int) or self.job_id < 0:
            raise ValidationError(f"JobInfo.job_id must be a non-negative int, got {self.job_id!r}")
        object.__setattr__(self, "flags", frozenset(self.flags))
        object.__setattr__(self, "raw_state", tuple(self.raw_state))
        # Slurm says "None" when there is no reason; an empty string is easier to test for.
        object.__setattr__(self, "reason", "" if self.reason.strip() == "None" else self.reason)
        for name in ("submit_time", "start_time", "end_time"):
            when = getattr(self, name)
            if when is not None and when.tzinfo is None:
                raise ValidationError(f"JobInfo.{name} must be timezone-aware, got naive {when!r}")

    @property
    def finished(self) -> bool:
        """True once the state is terminal and Slurm is done cleaning up (no COMPLETING/STAGE_OUT)."""
        return self.state.terminal and not (self.flags & _FINISHING_FLAGS)

    @property
    def succeeded(self) -> bool:
        """True for COMPLETED with a zero (or unreported) return code."""
        return self.state is JobState.COMPLETED and self.return_code in (0, None)

    @property
    def node_names(self) -> tuple[str, ...]:
        """``nodes`` expanded, in Slurm's order: the first is where the batch script runs (``()`` for a list
        that cannot be read: a record is still worth having without it)."""
        try:
            return expand_hostlist(self.nodes)
        except ValidationError:
            return ()

    @property
    def held(self) -> bool:
        """True when the job waits for a release (held reason, or a hold flag), not for resources."""
        return self.reason in HELD_REASONS or bool(self.flags & _HOLD_FLAGS)

    def expand_path(self, pattern: str) -> str:
        """``pattern`` (e.g. ``stdout_path``) with sbatch's ``%`` patterns filled from this job."""
        return expand_output_path(
            pattern,
            job_id=self.job_id,
            user=self.user,
            node=next(iter(self.node_names), ""),
            array_job_id=self.array_job_id,
            array_task_id=self.array_task_id,
            name=self.name,
        )


_NO_ARRAY_TASK = 0xFFFFFFFE  # NO_VAL: what slurmstepd prints for %a outside an array
_MAX_WIDTH = 10  # slurmstepd caps %<width> at 10
_PATTERN = re.compile(r"%%|%(\d*)([AaJjNux])")


def expand_output_path(
    pattern: str,
    *,
    job_id: int,
    user: str = "",
    node: str = "",
    array_job_id: int | None = None,
    array_task_id: int | None = None,
    name: str = "",
    step: str | None = None,
) -> str:
    """Expand sbatch filename patterns the way slurmstepd does for a batch script's output files.

    ``%j`` job id, ``%J`` job id (plus ``.step`` when ``step`` is given), ``%A`` array master id (the job id
    outside an array), ``%a`` array task id (4294967294 outside an array, as Slurm writes), ``%u`` user,
    ``%x`` job name, ``%N`` node, ``%%`` a literal ``%``. A width such as ``%5j`` zero-pads numbers.
    Other ``%`` sequences stay as written; a backslash anywhere turns expansion off (Slurm drops the
    backslashes). This lets callers find a job's log files without asking the cluster.
    """
    if "\\" in pattern:
        return pattern.replace("\\", "")
    in_array = array_task_id is not None
    numbers = {
        "j": job_id,
        "A": array_job_id if in_array and array_job_id is not None else job_id,
        "a": array_task_id if array_task_id is not None else _NO_ARRAY_TASK,
    }
    texts = {"u": user, "x": name, "N": node}

    def substitute(match: re.Match[str]) -> str:
        width_text, code = match.groups()
        if code is None:
            return "%"
        width = min(int(width_text or 0), _MAX_WIDTH)
        if code == "J":
            return f"{job_id:0{width}d}" + (f".{step}" if step is not None else "")
        if code in numbers:
            return f"{numbers[code]:0{width}d}"
        return texts[code]

    return _PATTERN.sub(substitute, pattern)
