"""What a user submits: ``JobSpec``, validated once at construction, and the ``Dependency`` builder.

Every check sbatch would make on the submitting host happens here, so a bad spec fails before any request is
sent, with a message naming the field and the value. The version adapters then only translate fields; the
derived values they need (minutes, megabytes, node bounds, parsed signal) are computed here, once.
"""

from __future__ import annotations

import copy
import difflib
import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from types import MappingProxyType
from typing import Any, Protocol

from slurm_rest._exceptions import ValidationError

__all__ = [
    "Dependency",
    "HasJobId",
    "JobRef",
    "JobSpec",
    "SignalSpec",
    "parse_memory_mb",
    "parse_signal",
    "parse_time_limit",
    "validate_array",
]


def _show(value: object, limit: int = 80) -> str:
    """``repr`` cut short, so a whole script never lands in an error message."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# ---------------------------------------------------------------------------------------------- time
_UNLIMITED_WORDS = frozenset({"UNLIMITED", "INFINITE"})
_UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
# sbatch --time forms, each with the unit of every number in it.
_TIME_FORMS = tuple((re.compile(rx), units) for rx, units in (
    (r"(\d+)", "m"),
    (r"(\d+):(\d+)", "ms"),
    (r"(\d+):(\d+):(\d+)", "hms"),
    (r"(\d+)-(\d+)", "dh"),
    (r"(\d+)-(\d+):(\d+)", "dhm"),
    (r"(\d+)-(\d+):(\d+):(\d+)", "dhms"),
))
_TIME_HELP = ('use minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes, '
              'days-hours:minutes:seconds, "UNLIMITED", an int (minutes) or a timedelta')


def _seconds_to_minutes(seconds: float, shown: object) -> int:
    if seconds <= 0:
        raise ValidationError(f'time_limit must be positive, got {_show(shown)} (use "UNLIMITED" for no limit)')
    return max(1, math.ceil(seconds / 60))


def parse_time_limit(value: str | int | timedelta) -> int | None:
    """Whole minutes (seconds rounded up, at least 1) for a Slurm time limit; None means unlimited.

    Zero and negative limits are refused instead of following Slurm's "0 means no limit": an explicit
    ``"UNLIMITED"`` says what is meant.
    """
    if isinstance(value, timedelta):
        return _seconds_to_minutes(value.total_seconds(), value)
    if _is_int(value):
        assert isinstance(value, int)
        return _seconds_to_minutes(value * 60, value)
    if not isinstance(value, str):
        raise ValidationError(f"time_limit must be a str, int or timedelta, got {_show(value)}")
    text = value.strip()
    if text.upper() in _UNLIMITED_WORDS:
        return None
    for pattern, units in _TIME_FORMS:
        match = pattern.fullmatch(text)
        if match:
            seconds = sum(int(num) * _UNIT_SECONDS[unit] for num, unit in zip(match.groups(), units))
            return _seconds_to_minutes(seconds, value)
    raise ValidationError(f"time_limit {_show(value)} is not a Slurm time: {_TIME_HELP}")


# -------------------------------------------------------------------------------------------- memory
_MEMORY = re.compile(r"(\d+)(?:([KMGT])B?)?", re.IGNORECASE)
_UNIT_KIB = {"K": 1, "M": 1024, "G": 1024 ** 2, "T": 1024 ** 3}


def parse_memory_mb(value: str | int, *, field_name: str = "mem") -> int:
    """Megabytes for a Slurm memory size: an int is MB; a str may end in K, M (default), G or T.

    Kilobytes round up, as Slurm's ``str_to_mbytes`` does.
    """
    if _is_int(value):
        assert isinstance(value, int)
        megabytes = value
    elif isinstance(value, str) and (match := _MEMORY.fullmatch(value.strip())):
        number, unit = match.groups()
        megabytes = math.ceil(int(number) * _UNIT_KIB[(unit or "M").upper()] / 1024)
    else:
        raise ValidationError(f"{field_name} must be megabytes (int) or a size like '512M', '4G', '1T', "
                              f"'2048K', got {_show(value)}")
    if megabytes < 0:
        raise ValidationError(f"{field_name} must not be negative, got {_show(value)}")
    return megabytes


# --------------------------------------------------------------------------------------------- array
_ARRAY = re.compile(r"(?P<items>[^%]+)(?:%(?P<limit>\d+))?")
_ARRAY_ITEM = re.compile(r"(\d+)(?:-(\d+)(?::(\d+))?)?")


def validate_array(value: str) -> str:
    """``value`` stripped, if it is an sbatch ``--array`` spec: ``N``, ``N-M``, ``N-M:S`` items, ``%limit``."""
    text = value.strip() if isinstance(value, str) else ""
    match = _ARRAY.fullmatch(text)
    if not match or (match["limit"] is not None and int(match["limit"]) < 1):
        raise ValidationError(f"array {_show(value)} is not an sbatch array spec like '0-9', '1,3,5-9:2' or "
                              f"'0-15%4' (indices >= 0, limit >= 1)")
    for item in match["items"].split(","):
        parts = _ARRAY_ITEM.fullmatch(item)
        if parts is None:
            raise ValidationError(f"array {_show(value)}: item {item!r} is not N, N-M or N-M:S")
        start, end, step = parts.groups()
        if end is not None and int(end) < int(start):
            raise ValidationError(f"array {_show(value)}: range {item!r} ends before it starts")
        if step is not None and int(step) < 1:
            raise ValidationError(f"array {_show(value)}: step in {item!r} must be >= 1")
    return text


# -------------------------------------------------------------------------------------------- signal
#: Signal names sbatch accepts (``sig_name2num``), with their Linux numbers.
_SIGNALS = {"HUP": 1, "INT": 2, "QUIT": 3, "ABRT": 6, "KILL": 9, "USR1": 10, "USR2": 12, "ALRM": 14, "TERM": 15,
            "CONT": 18, "STOP": 19, "TSTP": 20, "TTIN": 21, "TTOU": 22, "URG": 23, "XCPU": 24}
_SIGNAL_NAMES = {number: name for name, number in _SIGNALS.items()}
_SIGNAL = re.compile(r"(?:(?P<flags>[RB]{1,2}):)?(?P<sig>[A-Z0-9]+)(?:@(?P<delay>\d+))?", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class SignalSpec:
    """A parsed ``--signal``: send ``number`` ``delay_seconds`` before the time limit."""

    number: int
    name: str  #: "USR1" etc., or "" for a number without a name in sbatch's table
    delay_seconds: int = 60
    batch_only: bool = False  #: "B:" signal only the batch shell
    reservation_overlap: bool = False  #: "R:" allow overlapping a reservation with MaxStartDelay


def parse_signal(value: str) -> SignalSpec:
    """Parse sbatch's ``[{R|B}:]SIG[@seconds]`` (SIG a name such as USR1/SIGUSR1, or a number 1-64)."""
    match = _SIGNAL.fullmatch(value.strip()) if isinstance(value, str) else None
    flags = (match["flags"] or "").upper() if match else ""
    if match is None or len(set(flags)) != len(flags):
        raise ValidationError(f"signal {_show(value)} is not of the form [{{R|B}}:]SIG[@seconds], e.g. 'B:USR1@90'")
    sig = match["sig"].upper().removeprefix("SIG")
    number = int(sig) if sig.isdigit() else _SIGNALS.get(sig, 0)
    if not 1 <= number <= 64:
        raise ValidationError(f"signal {_show(value)}: unknown signal {match['sig']!r} "
                              f"(use a number 1-64 or one of {', '.join(_SIGNALS)})")
    delay = int(match["delay"]) if match["delay"] is not None else 60
    if delay > 0xFFFF:
        raise ValidationError(f"signal {_show(value)}: delay must be at most 65535 seconds")
    return SignalSpec(number=number, name=_SIGNAL_NAMES.get(number, ""), delay_seconds=delay,
                      batch_only="B" in flags, reservation_overlap="R" in flags)


# ----------------------------------------------------------------------------------------- dependency
class HasJobId(Protocol):
    """Anything that knows its Slurm job id (a submit result, a ``JobInfo``)."""

    @property
    def job_id(self) -> int: ...


JobRef = int | str | HasJobId
_JOB_ID = re.compile(r"[1-9]\d*(?:_\d+)?")  # a job, or one task of an array ("123_4")
_AFTER_JOB = re.compile(r"[1-9]\d*(?:_\d+)?(?:\+\d+)?")  # after: also "+minutes"
#: Dependency types Slurm accepts, with the pattern each job id must match.
_DEPENDENCY_TYPES = {
    "after": _AFTER_JOB, "afterany": _JOB_ID, "afterburstbuffer": _JOB_ID, "aftercorr": _JOB_ID,
    "afternotok": _JOB_ID, "afterok": _JOB_ID, "expand": _JOB_ID,
}
_ALL, _ANY = ",", "?"


def _job_id_text(job: object) -> str:
    ident = getattr(job, "job_id", job)
    if _is_int(ident) and isinstance(ident, int) and ident > 0:
        return str(ident)
    if isinstance(ident, str) and _JOB_ID.fullmatch(ident.strip()):
        return ident.strip()
    raise ValidationError(f"dependency: {_show(job)} is not a job (a positive int, a numeric str, or an object "
                          f"with an int job_id)")


@dataclass(frozen=True, kw_only=True)
class Dependency:
    """A Slurm ``--dependency`` expression. ``a & b``: all must hold (","); ``a | b``: any may (``?``).

    Slurm accepts one kind of separator per expression, so mixing ``&`` and ``|`` raises ValidationError.
    """

    terms: tuple[str, ...]
    any_of: bool = False

    def __post_init__(self) -> None:
        if not self.terms:
            raise ValidationError("dependency: needs at least one term")
        # One term has no separator: normalise so that equal expressions compare equal.
        object.__setattr__(self, "any_of", self.any_of and len(self.terms) > 1)

    def __str__(self) -> str:
        return (_ANY if self.any_of else _ALL).join(self.terms)

    @classmethod
    def _after(cls, kind: str, jobs: tuple[JobRef, ...]) -> Dependency:
        if not jobs:
            raise ValidationError(f"dependency: {kind}() needs at least one job")
        return cls(terms=(":".join((kind, *map(_job_id_text, jobs))),))

    @classmethod
    def afterok(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` completed successfully."""
        return cls._after("afterok", jobs)

    @classmethod
    def afterany(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` ended, however they ended."""
        return cls._after("afterany", jobs)

    @classmethod
    def afternotok(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` failed (non-zero exit, timeout, node failure ...)."""
        return cls._after("afternotok", jobs)

    @classmethod
    def aftercorr(cls, *jobs: JobRef) -> Dependency:
        """Start each array task after the same-index task of ``jobs`` succeeded."""
        return cls._after("aftercorr", jobs)

    @classmethod
    def after(cls, *jobs: JobRef) -> Dependency:
        """Start after all ``jobs`` started (or were cancelled)."""
        return cls._after("after", jobs)

    @classmethod
    def singleton(cls) -> Dependency:
        """Start after every earlier job with the same name and user ended."""
        return cls(terms=("singleton",))

    @classmethod
    def parse(cls, text: str) -> Dependency:
        """Validate a dependency string against Slurm's grammar (``type:job[:job...]`` joined by , or ?)."""
        stripped = text.strip() if isinstance(text, str) else ""
        if _ALL in stripped and _ANY in stripped:
            raise ValidationError(f"dependency {_show(text)} mixes ',' (all) and '?' (any); Slurm allows one")
        any_of = _ANY in stripped
        terms = []
        for term in stripped.split(_ANY if any_of else _ALL):
            kind, _, jobs = term.partition(":")
            kind = kind.strip().lower()
            if kind == "singleton" and not jobs:
                terms.append(kind)
                continue
            job_pattern = _DEPENDENCY_TYPES.get(kind)
            ids = jobs.split(":")
            if job_pattern is None or not all(job_pattern.fullmatch(i) for i in ids):
                raise ValidationError(f"dependency {_show(text)}: {term!r} is not 'singleton' or TYPE:JOB[:JOB...] "
                                      f"with TYPE one of {', '.join(_DEPENDENCY_TYPES)}")
            terms.append(":".join((kind, *ids)))
        return cls(terms=tuple(terms), any_of=any_of)

    def _combine(self, other: Dependency, *, any_of: bool) -> Dependency:
        if any(len(d.terms) > 1 and d.any_of != any_of for d in (self, other)):
            raise ValidationError(f"dependency: cannot combine {str(self)!r} and {str(other)!r} with "
                                  f"'{'|' if any_of else '&'}': Slurm forbids mixing ',' (all) and '?' (any)")
        return Dependency(terms=self.terms + other.terms, any_of=any_of)

    def __and__(self, other: object) -> Dependency:
        if not isinstance(other, Dependency):
            return NotImplemented
        return self._combine(other, any_of=False)

    def __or__(self, other: object) -> Dependency:
        if not isinstance(other, Dependency):
            return NotImplemented
        return self._combine(other, any_of=True)


def _dependency_text(value: object) -> str | None:
    """One Slurm string for any accepted dependency form; a sequence means all must hold."""
    if value is None:
        return None
    if isinstance(value, Dependency):
        return str(value)
    if isinstance(value, str):
        return str(Dependency.parse(value))
    if isinstance(value, Sequence):
        deps = [d for d in value if isinstance(d, Dependency)]
        if len(deps) == len(value):
            return str(functools.reduce(Dependency.__and__, deps)) if deps else None
    raise ValidationError(f"dependency must be a str, a Dependency or a sequence of them, got {_show(value)}")


# ------------------------------------------------------------------------------------------- job spec
_NODES = re.compile(r"(\d+)(?:-(\d+))?")
_GPUS = re.compile(r"(?:[A-Za-z0-9_.\-]+:)?[1-9]\d*")  # --gpus=[type:]count
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NICE_LIMIT = 2147483645  # NICE_OFFSET - 3 in Slurm

# Single-line text fields; the True ones are names or lists of names, where whitespace is always a mistake.
_TEXT_FIELDS = {
    "name": False, "partition": True, "account": True, "qos": True, "gres": True, "tres_per_task": True,
    "tres_per_node": True, "tres_per_job": True, "constraint": False, "working_dir": False, "stdout": False,
    "stderr": False, "comment": False,
}
_COUNT_FIELDS = ("ntasks", "ntasks_per_node", "cpus_per_task")
_BOOL_FIELDS = {"exclusive": False, "hold": False, "requeue": True, "kill_on_invalid_dependency": True}  # True: may be None

#: Raw job-description keys (any API version) managed by a JobSpec field, which ``extra`` may not set.
_MANAGED_KEYS = {
    "script": "script", "name": "name", "partition": "partition", "account": "account", "qos": "qos",
    "time_limit": "time_limit", "nodes": "nodes", "minimum_nodes": "nodes", "maximum_nodes": "nodes",
    "tasks": "ntasks", "tasks_per_node": "ntasks_per_node", "cpus_per_task": "cpus_per_task",
    "memory_per_node": "mem", "memory_per_cpu": "mem_per_cpu", "gpus": "gpus", "gres": "gres",
    "tres_per_task": "tres_per_task", "tres_per_node": "tres_per_node", "tres_per_job": "tres_per_job",
    "constraints": "constraint", "exclusive": "exclusive", "shared": "exclusive", "array": "array",
    "dependency": "dependency", "kill_on_invalid_dependency": "kill_on_invalid_dependency",
    "current_working_directory": "working_dir", "standard_output": "stdout", "standard_error": "stderr",
    "environment": "environment", "requeue": "requeue", "signal": "signal", "kill_warning_signal": "signal",
    "kill_warning_delay": "signal", "kill_warning_flags": "signal", "comment": "comment", "hold": "hold",
    "nice": "nice",
}


def _check_text(name: str, value: object, *, multiline: bool = False, no_spaces: bool = False) -> None:
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a str, got {_show(value)}")
    if "\x00" in value:
        raise ValidationError(f"{name} must not contain a NUL byte, got {_show(value)}")
    if not multiline and ("\n" in value or "\r" in value):
        raise ValidationError(f"{name} must be a single line, got {_show(value)}")
    if not value.strip():
        raise ValidationError(f"{name} must not be empty (leave it None to unset it), got {_show(value)}")
    if no_spaces and any(c.isspace() for c in value):
        raise ValidationError(f"{name} must not contain whitespace, got {_show(value)}")


def _frozen_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only snapshot sorted by key: later changes to the caller's dict cannot leak in."""
    return MappingProxyType(dict(sorted(copy.deepcopy(dict(value)).items())))


@dataclass(frozen=True, kw_only=True)
class JobSpec:
    """A batch job to submit, the same for every Slurm release; invalid input fails here, not on the server.

    Normalised at construction: ``dependency`` becomes a Slurm string, ``gpus`` a str, ``array`` stripped,
    ``environment`` and ``extra`` read-only key-sorted snapshots (``MappingProxyType``; left out of
    ``hash()`` so a spec stays hashable). Derived, read-only values for the adapters:

    - ``time_limit_minutes``: whole minutes (seconds rounded up, at least 1), None when unset *or* unlimited;
      ``time_limit_unlimited`` tells the two apart (True for "UNLIMITED"/"INFINITE").
    - ``nodes_min`` / ``nodes_max``: from ``nodes`` (2 -> 2/2, "2-4" -> 2/4).
    - ``mem_mb`` / ``mem_per_cpu_mb``: megabytes (``mem=0`` is Slurm's "all memory of the node").
    - ``signal_spec``: the parsed ``signal``.

    ``environment`` None means "the adapter's default"; ``extra`` passes raw job-description fields through
    unchanged, except keys a field here manages (the error names that field).
    """

    script: str
    name: str | None = None
    partition: str | None = None
    account: str | None = None
    qos: str | None = None
    time_limit: str | int | timedelta | None = None
    nodes: int | str | None = None
    ntasks: int | None = None
    ntasks_per_node: int | None = None
    cpus_per_task: int | None = None
    mem: str | int | None = None
    mem_per_cpu: str | int | None = None
    gpus: int | str | None = None
    gres: str | None = None
    tres_per_task: str | None = None
    tres_per_node: str | None = None
    tres_per_job: str | None = None
    constraint: str | None = None
    exclusive: bool = False
    array: str | None = None
    dependency: str | Dependency | Sequence[Dependency] | None = None
    kill_on_invalid_dependency: bool | None = None
    working_dir: str | None = None
    stdout: str | None = None
    stderr: str | None = None
    environment: Mapping[str, str] | None = field(default=None, hash=False)
    requeue: bool | None = None
    signal: str | None = None
    comment: str | None = None
    hold: bool = False
    nice: int | None = None
    extra: Mapping[str, Any] | None = field(default=None, hash=False)

    time_limit_minutes: int | None = field(init=False, default=None, repr=False, compare=False)
    time_limit_unlimited: bool = field(init=False, default=False, repr=False, compare=False)
    nodes_min: int | None = field(init=False, default=None, repr=False, compare=False)
    nodes_max: int | None = field(init=False, default=None, repr=False, compare=False)
    mem_mb: int | None = field(init=False, default=None, repr=False, compare=False)
    mem_per_cpu_mb: int | None = field(init=False, default=None, repr=False, compare=False)
    signal_spec: SignalSpec | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._check_scalars()
        derived: dict[str, object] = {}
        if self.time_limit is not None:
            minutes = parse_time_limit(self.time_limit)
            derived.update(time_limit_minutes=minutes, time_limit_unlimited=minutes is None)
        if self.nodes is not None:
            derived.update(zip(("nodes_min", "nodes_max"), _node_bounds(self.nodes)))
        if self.mem is not None and self.mem_per_cpu is not None:
            raise ValidationError(f"mem ({_show(self.mem)}) and mem_per_cpu ({_show(self.mem_per_cpu)}) "
                                  f"exclude each other in Slurm: set one")
        if self.mem is not None:
            derived["mem_mb"] = parse_memory_mb(self.mem, field_name="mem")
        if self.mem_per_cpu is not None:
            derived["mem_per_cpu_mb"] = mb = parse_memory_mb(self.mem_per_cpu, field_name="mem_per_cpu")
            if mb < 1:
                raise ValidationError(f"mem_per_cpu must be at least 1 MB, got {_show(self.mem_per_cpu)}")
        if self.signal is not None:
            derived["signal_spec"] = parse_signal(self.signal)
        normalized: dict[str, object] = {
            "gpus": _gpus_text(self.gpus),
            "array": None if self.array is None else validate_array(self.array),
            "dependency": _dependency_text(self.dependency),
            "environment": None if self.environment is None else _frozen_mapping(_checked_env(self.environment)),
            "extra": None if self.extra is None else _frozen_mapping(_checked_extra(self.extra)),
        }
        for key, value in {**derived, **normalized}.items():
            object.__setattr__(self, key, value)

    def _check_scalars(self) -> None:
        """Type, emptiness and range checks of the plain fields (one table each)."""
        _check_text("script", self.script, multiline=True)
        if not self.script.startswith("#!"):
            raise ValidationError(f"script must start with an interpreter line such as '#!/bin/bash' "
                                  f"(Slurm refuses scripts without '#!'), got {_show(self.script)}")
        for name, no_spaces in _TEXT_FIELDS.items():
            if getattr(self, name) is not None:
                _check_text(name, getattr(self, name), no_spaces=no_spaces)
        if self.working_dir is not None and not self.working_dir.startswith("/"):
            raise ValidationError(f"working_dir must be an absolute path, got {_show(self.working_dir)}")
        for name in _COUNT_FIELDS:
            value = getattr(self, name)
            if value is not None and not (_is_int(value) and value >= 1):
                raise ValidationError(f"{name} must be an int >= 1, got {_show(value)}")
        for name, optional in _BOOL_FIELDS.items():
            value = getattr(self, name)
            if not (isinstance(value, bool) or (optional and value is None)):
                raise ValidationError(f"{name} must be True or False{' or None' if optional else ''}, "
                                      f"got {_show(value)}")
        if self.nice is not None and not (_is_int(self.nice) and abs(self.nice) <= _NICE_LIMIT):
            raise ValidationError(f"nice must be an int within +-{_NICE_LIMIT}, got {_show(self.nice)}")

    @property
    def dependency_str(self) -> str | None:
        """``dependency`` as the Slurm string it was normalised to (typed for the adapters)."""
        return None if self.dependency is None else str(self.dependency)

    def with_changes(self, **changes: Any) -> JobSpec:
        """A copy with ``changes`` applied and validated again."""
        return replace(self, **changes)

    @classmethod
    def from_options(cls, script: str, options: Mapping[str, Any]) -> JobSpec:
        """Build a spec from sbatch long option names (``"job-name"``, ``"--time"``, ``"mem_per_cpu"`` ...).

        Field names of this class are accepted as well. None values are skipped. Unknown names raise
        ValidationError listing all of them, each with the closest known name when there is one.
        """
        kwargs: dict[str, Any] = {}
        source: dict[str, str] = {}
        unknown: list[str] = []
        for raw_name, value in options.items():
            key = str(raw_name).strip().lstrip("-").replace("-", "_").lower()
            if key not in _OPTIONS:
                unknown.append(str(raw_name))
                continue
            target, convert = _OPTIONS[key]
            if target in source:
                raise ValidationError(f"options {source[target]!r} and {raw_name!r} both set {target}")
            source[target] = str(raw_name)
            if value is not None:
                kwargs[target] = convert(str(raw_name), value)
        if unknown:
            raise ValidationError("unknown sbatch option(s): " + ", ".join(map(_suggest, unknown)))
        return cls(script=script, **kwargs)


def _node_bounds(value: object) -> tuple[int, int]:
    text = str(value).strip() if _is_int(value) or isinstance(value, str) else ""
    match = _NODES.fullmatch(text)
    low, high = (int(match[1]), int(match[2] or match[1])) if match else (0, 0)
    if low < 1 or high < low:
        raise ValidationError(f"nodes must be a count >= 1 or a range like '2-4', got {_show(value)}")
    return low, high


def _gpus_text(value: object) -> str | None:
    if value is None:
        return None
    if _is_int(value) and isinstance(value, int) and value >= 1:
        return str(value)
    if isinstance(value, str) and _GPUS.fullmatch(value.strip()):
        return value.strip()
    raise ValidationError(f"gpus must be a count >= 1 or '[type:]count' like 'a100:2', got {_show(value)}")


def _checked_env(env: object) -> Mapping[str, str]:
    if not isinstance(env, Mapping):
        raise ValidationError(f"environment must be a mapping of str to str, got {_show(env)}")
    for key, value in env.items():
        if not isinstance(key, str) or not _ENV_NAME.fullmatch(key):
            raise ValidationError(f"environment: {_show(key)} is not a variable name ([A-Za-z_][A-Za-z0-9_]*)")
        if not isinstance(value, str) or "\x00" in value:
            raise ValidationError(f"environment[{key!r}] must be a str without NUL bytes, got {_show(value)}")
    return env


def _checked_extra(extra: object) -> Mapping[str, Any]:
    if not isinstance(extra, Mapping):
        raise ValidationError(f"extra must be a mapping of job-description fields, got {_show(extra)}")
    for key in extra:
        if not isinstance(key, str) or not key.strip():
            raise ValidationError(f"extra: keys must be non-empty str, got {_show(key)}")
        owner = _MANAGED_KEYS.get(key) or (key if key in _SPEC_FIELDS else None)
        if owner is not None:
            raise ValidationError(f"extra[{key!r}] collides with a managed field: use JobSpec.{owner} instead")
    return extra


# -------------------------------------------------------------------------------------- from_options
_Convert = Callable[[str, Any], Any]
_TRUE_WORDS = {"": True, "yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


def _as_is(_name: str, value: Any) -> Any:
    return value


def _as_int(name: str, value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
        return int(value)
    if _is_int(value):
        return value
    raise ValidationError(f"option {name!r} needs an integer, got {_show(value)}")


def _as_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS:
        return _TRUE_WORDS[value.strip().lower()]
    raise ValidationError(f"option {name!r} needs a boolean (True/False, yes/no), got {_show(value)}")


def _as_not(name: str, value: Any) -> bool:
    return not _as_bool(name, value)


def _as_env(name: str, value: Any) -> Any:
    """``--export``: a mapping, "NONE", or "NAME=value[,NAME=value...]"; "ALL" has no meaning over REST."""
    if not isinstance(value, str):
        return value
    items = [i for i in value.split(",") if i.strip()]
    if any(i.strip().upper() == "ALL" for i in items):
        raise ValidationError(f"option {name!r}: ALL is not supported (there is no submitting shell to copy); "
                              f"pass the variables explicitly")
    items = [i for i in items if i.strip().upper() != "NONE"]
    if not all("=" in i for i in items):
        raise ValidationError(f"option {name!r} needs NAME=value pairs separated by ',', got {_show(value)}")
    return dict(i.split("=", 1) for i in items)


# sbatch long option (underscored) -> (JobSpec field, converter); JobSpec field names are added below.
_SBATCH_OPTIONS: dict[str, tuple[str, _Convert]] = {
    "job_name": ("name", _as_is), "time": ("time_limit", _as_is), "nodes": ("nodes", _as_is),
    "ntasks": ("ntasks", _as_int), "ntasks_per_node": ("ntasks_per_node", _as_int),
    "cpus_per_task": ("cpus_per_task", _as_int), "mem": ("mem", _as_is), "mem_per_cpu": ("mem_per_cpu", _as_is),
    "gpus": ("gpus", _as_is), "gres": ("gres", _as_is), "tres_per_task": ("tres_per_task", _as_is),
    "constraint": ("constraint", _as_is), "exclusive": ("exclusive", _as_bool), "array": ("array", _as_is),
    "dependency": ("dependency", _as_is), "kill_on_invalid_dep": ("kill_on_invalid_dependency", _as_bool),
    "chdir": ("working_dir", _as_is), "output": ("stdout", _as_is), "error": ("stderr", _as_is),
    "partition": ("partition", _as_is), "account": ("account", _as_is), "qos": ("qos", _as_is),
    "requeue": ("requeue", _as_bool), "no_requeue": ("requeue", _as_not), "signal": ("signal", _as_is),
    "comment": ("comment", _as_is), "hold": ("hold", _as_bool), "nice": ("nice", _as_int),
    "export": ("environment", _as_env),
}
_SPEC_FIELDS = frozenset(f for f in JobSpec.__dataclass_fields__ if JobSpec.__dataclass_fields__[f].init)
_FIELD_CONVERTERS = {target: convert for target, convert in _SBATCH_OPTIONS.values() if convert is not _as_not}
_OPTIONS: dict[str, tuple[str, _Convert]] = {
    **{f: (f, _FIELD_CONVERTERS.get(f, _as_is)) for f in _SPEC_FIELDS - {"script", "extra"}},
    **_SBATCH_OPTIONS,
}


def _suggest(name: str) -> str:
    known = sorted(k.replace("_", "-") for k in _OPTIONS)
    typed = name.strip().lstrip("-").replace("_", "-").lower()
    close = difflib.get_close_matches(typed, known, n=1)
    return f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
