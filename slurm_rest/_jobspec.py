"""What a user submits: ``JobSpec``, validated once at construction.

Every check sbatch would make on the submitting host happens here, so a bad spec fails before any request is
sent, with a message naming the field and the value. The version adapters then only translate fields; the
derived values they need (minutes, megabytes, node bounds, parsed signal) are computed here, once.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from slurm_rest._exceptions import ValidationError

from ._containers import Container
from ._dependency import Dependency, HasJobId, JobRef, dependency_text
from ._directives import read_directives
from ._job_options import node_count, parse_licenses, parse_mail_type, parse_node_list, parse_open_mode, parse_when
from ._values import SignalSpec, is_int, parse_memory_mb, parse_signal, parse_time_limit, show, validate_array

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


_NODES = re.compile(r"(\d+)(?:-(\d+))?")
_GPUS = re.compile(r"(?:[A-Za-z0-9_.\-]+:)?[1-9]\d*")  # --gpus=[type:]count
# --distribution: node[:socket[:core]] placement, optionally ",Pack"/",NoPack" (srun(1)); plane takes a size.
_DISTRIBUTION = re.compile(
    r"(\*|block|cyclic|arbitrary|plane=[1-9]\d*)(:(\*|block|cyclic|fcyclic)){0,2}(,(pack|nopack))?", re.IGNORECASE
)
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NICE_LIMIT = 2147483645  # NICE_OFFSET - 3 in Slurm

# Single-line text fields; the True ones are names or lists of names, where whitespace is always a mistake.
_TEXT_FIELDS = {
    "name": False,
    "partition": True,
    "account": True,
    "qos": True,
    "gres": True,
    "tres_per_task": True,
    "tres_per_node": True,
    "tres_per_job": True,
    "constraint": False,
    "working_dir": False,
    "stdout": False,
    "stderr": False,
    "comment": False,
    "mail_user": True,
    "reservation": True,
    "wckey": True,
}
_COUNT_FIELDS = ("ntasks", "ntasks_per_node", "cpus_per_task", "mincpus", "threads_per_core", "cpus_per_gpu")
_BOOL_FIELDS = {
    "exclusive": False,
    "hold": False,
    "requeue": True,
    "kill_on_invalid_dependency": True,  # True: may be None
    "no_kill": False,
    "overcommit": False,
}

#: Raw job-description keys (any API version) managed by a JobSpec field, which ``extra`` may not set.
_MANAGED_KEYS = {
    "script": "script",
    "name": "name",
    "partition": "partition",
    "account": "account",
    "qos": "qos",
    "time_limit": "time_limit",
    "nodes": "nodes",
    "minimum_nodes": "nodes",
    "maximum_nodes": "nodes",
    "tasks": "ntasks",
    "tasks_per_node": "ntasks_per_node",
    "cpus_per_task": "cpus_per_task",
    "memory_per_node": "mem",
    "memory_per_cpu": "mem_per_cpu",
    "gpus": "gpus",
    "gres": "gres",
    "tres_per_task": "tres_per_task",
    "tres_per_node": "tres_per_node",
    "tres_per_job": "tres_per_job",
    "gpus_per_node": "gpus_per_node",
    "distribution": "distribution",
    "constraints": "constraint",
    "exclusive": "exclusive",
    "shared": "exclusive",
    "array": "array",
    "dependency": "dependency",
    "kill_on_invalid_dependency": "kill_on_invalid_dependency",
    "current_working_directory": "working_dir",
    "standard_output": "stdout",
    "standard_error": "stderr",
    "environment": "environment",
    "requeue": "requeue",
    "signal": "signal",
    "kill_warning_signal": "signal",
    "kill_warning_delay": "signal",
    "kill_warning_flags": "signal",
    "comment": "comment",
    "hold": "hold",
    "nice": "nice",
    "mail_type": "mail_type",
    "mail_user": "mail_user",
    "reservation": "reservation",
    "required_nodes": "nodelist",
    "nodelist": "nodelist",
    "excluded_nodes": "exclude",
    "exclude_nodes": "exclude",
    "licenses": "licenses",
    "time_minimum": "time_min",
    "open_mode": "open_mode",
    "wckey": "wckey",
    "kill_on_node_fail": "no_kill",
    "no_kill": "no_kill",
    "overcommit": "overcommit",
    "minimum_cpus_per_node": "mincpus",
    "temporary_disk_per_node": "tmp",
    "threads_per_core": "threads_per_core",
    "begin_time": "begin",
    "deadline": "deadline",
    "gpus_per_task": "gpus_per_task",
    "cpus_per_gpu": "cpus_per_gpu",
    "cpus_per_tres": "cpus_per_gpu",
    "memory_per_gpu": "mem_per_gpu",
    "memory_per_tres": "mem_per_gpu",
}


def _check_text(name: str, value: object, *, multiline: bool = False, no_spaces: bool = False) -> None:
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a str, got {show(value)}")
    if "\x00" in value:
        raise ValidationError(f"{name} must not contain a NUL byte, got {show(value)}")
    if not multiline and ("\n" in value or "\r" in value):
        raise ValidationError(f"{name} must be a single line, got {show(value)}")
    if not value.strip():
        raise ValidationError(f"{name} must not be empty (leave it None to unset it), got {show(value)}")
    if no_spaces and any(c.isspace() for c in value):
        raise ValidationError(f"{name} must not contain whitespace, got {show(value)}")


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
    - ``time_min_minutes``, ``tmp_mb``, ``mem_per_gpu_mb``; ``begin_time`` / ``deadline_time``: UNIX seconds, converted when the
      spec is built, as sbatch converts them when it reads the option (``now+1hour`` counts from then).

    ``mail_type`` becomes a tuple of sbatch's words (NONE: None); ``nodelist``, ``exclude`` and ``open_mode``
    are stripped and checked.

    ``environment`` None means "the adapter's default"; ``extra`` passes raw job-description fields through
    unchanged, except keys a field here manages (the error names that field).

    ``container`` (an image name or a ``Container``) runs the script once per task inside that image, through
    the cluster's runtime (``ClientConfig.container_runtime``; see ``per_task_script``).
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
    gpus_per_node: int | str | None = None
    gres: str | None = None
    tres_per_task: str | None = None
    tres_per_node: str | None = None
    tres_per_job: str | None = None
    constraint: str | None = None
    exclusive: bool = False
    distribution: str | None = None
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
    mail_type: str | Sequence[str] | None = None
    mail_user: str | None = None
    reservation: str | None = None
    nodelist: str | None = None
    exclude: str | None = None
    licenses: str | None = None
    time_min: str | int | timedelta | None = None
    open_mode: str | None = None
    wckey: str | None = None
    no_kill: bool = False
    overcommit: bool = False
    mincpus: int | None = None
    tmp: str | int | None = None
    threads_per_core: int | None = None
    begin: str | datetime | None = None
    deadline: str | datetime | None = None
    gpus_per_task: int | str | None = None
    cpus_per_gpu: int | None = None
    mem_per_gpu: str | int | None = None
    extra: Mapping[str, Any] | None = field(default=None, hash=False)
    container: Container | str | None = None

    time_limit_minutes: int | None = field(init=False, default=None, repr=False, compare=False)
    time_limit_unlimited: bool = field(init=False, default=False, repr=False, compare=False)
    nodes_min: int | None = field(init=False, default=None, repr=False, compare=False)
    nodes_max: int | None = field(init=False, default=None, repr=False, compare=False)
    mem_mb: int | None = field(init=False, default=None, repr=False, compare=False)
    mem_per_cpu_mb: int | None = field(init=False, default=None, repr=False, compare=False)
    signal_spec: SignalSpec | None = field(init=False, default=None, repr=False, compare=False)
    time_min_minutes: int | None = field(init=False, default=None, repr=False, compare=False)
    tmp_mb: int | None = field(init=False, default=None, repr=False, compare=False)
    begin_time: int | None = field(init=False, default=None, repr=False, compare=False)
    deadline_time: int | None = field(init=False, default=None, repr=False, compare=False)
    mem_per_gpu_mb: int | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._check_scalars()
        derived: dict[str, object] = {}
        if self.time_limit is not None:
            minutes = parse_time_limit(self.time_limit)
            derived.update(time_limit_minutes=minutes, time_limit_unlimited=minutes is None)
        if self.nodes is not None:
            derived.update(zip(("nodes_min", "nodes_max"), _node_bounds(self.nodes), strict=False))
        if self.mem is not None and self.mem_per_cpu is not None:
            raise ValidationError(
                f"mem ({show(self.mem)}) and mem_per_cpu ({show(self.mem_per_cpu)}) "
                f"exclude each other in Slurm: set one"
            )
        if self.mem is not None:
            derived["mem_mb"] = parse_memory_mb(self.mem, field_name="mem")
        if self.mem_per_cpu is not None:
            derived["mem_per_cpu_mb"] = mb = parse_memory_mb(self.mem_per_cpu, field_name="mem_per_cpu")
            if mb < 1:
                raise ValidationError(f"mem_per_cpu must be at least 1 MB, got {show(self.mem_per_cpu)}")
        if self.signal is not None:
            derived["signal_spec"] = parse_signal(self.signal)
        derived.update(self._derived_options())
        normalized: dict[str, object] = {
            "gpus": _gpus_text("gpus", self.gpus),
            "gpus_per_node": _gpus_text("gpus_per_node", self.gpus_per_node),
            "gpus_per_task": _gpus_text("gpus_per_task", self.gpus_per_task),
            "array": None if self.array is None else validate_array(self.array),
            "dependency": dependency_text(self.dependency),
            "environment": None if self.environment is None else _frozen_mapping(_checked_env(self.environment)),
            "extra": None if self.extra is None else _frozen_mapping(_checked_extra(self.extra)),
            "mail_type": None if self.mail_type is None else parse_mail_type(self.mail_type),
            "nodelist": None if self.nodelist is None else parse_node_list("nodelist", self.nodelist),
            "exclude": None if self.exclude is None else parse_node_list("exclude", self.exclude),
            "open_mode": None if self.open_mode is None else parse_open_mode(self.open_mode),
            "container": _container(self.container),
        }
        for key, value in {**derived, **normalized}.items():
            object.__setattr__(self, key, value)

    def _check_scalars(self) -> None:
        """Type, emptiness and range checks of the plain fields (one table each)."""
        _check_text("script", self.script, multiline=True)
        if not self.script.startswith("#!"):
            raise ValidationError(
                f"script must start with an interpreter line such as '#!/bin/bash' "
                f"(Slurm refuses scripts without '#!'), got {show(self.script)}"
            )
        for name, no_spaces in _TEXT_FIELDS.items():
            if getattr(self, name) is not None:
                _check_text(name, getattr(self, name), no_spaces=no_spaces)
        if self.working_dir is not None and not self.working_dir.startswith("/"):
            raise ValidationError(f"working_dir must be an absolute path, got {show(self.working_dir)}")
        for name in _COUNT_FIELDS:
            value = getattr(self, name)
            if value is not None and not (is_int(value) and value >= 1):
                raise ValidationError(f"{name} must be an int >= 1, got {show(value)}")
        for name, optional in _BOOL_FIELDS.items():
            value = getattr(self, name)
            if not (isinstance(value, bool) or (optional and value is None)):
                raise ValidationError(
                    f"{name} must be True or False{' or None' if optional else ''}, got {show(value)}"
                )
        if self.distribution is not None and not (
            isinstance(self.distribution, str) and _DISTRIBUTION.fullmatch(self.distribution)
        ):
            raise ValidationError(
                f"distribution must be block, cyclic, arbitrary or plane=N, optionally with "
                f"':'-separated socket/core parts and ',Pack', got {show(self.distribution)}"
            )
        if self.nice is not None and not (is_int(self.nice) and abs(self.nice) <= _NICE_LIMIT):
            raise ValidationError(f"nice must be an int within +-{_NICE_LIMIT}, got {show(self.nice)}")

    def _derived_options(self) -> dict[str, object]:
        """Checks and derived values of the sbatch options added with ``_job_options`` (times, sizes, lists)."""
        derived: dict[str, object] = {}
        if self.licenses is not None:
            _check_text("licenses", self.licenses, no_spaces=True)
            parse_licenses(self.licenses)
        if self.time_min is not None:
            try:
                minutes = parse_time_limit(self.time_min)
            except ValidationError as exc:
                raise ValidationError(str(exc).replace("time_limit", "time_min")) from None
            if minutes is None:
                raise ValidationError(f"time_min must be a finite time, got {show(self.time_min)}")
            derived["time_min_minutes"] = minutes
        if self.tmp is not None:
            derived["tmp_mb"] = parse_memory_mb(self.tmp, field_name="tmp")
        if self.begin is not None:
            derived["begin_time"] = parse_when("begin", self.begin)
        if self.deadline is not None:
            derived["deadline_time"] = parse_when("deadline", self.deadline, relative=False)
        if self.mem_per_gpu is not None:
            derived["mem_per_gpu_mb"] = mb = parse_memory_mb(self.mem_per_gpu, field_name="mem_per_gpu")
            if mb < 1 or self.mem is not None or self.mem_per_cpu is not None:
                raise ValidationError(
                    f"mem_per_gpu must be at least 1 MB and excludes mem and mem_per_cpu (as in "
                    f"sbatch), got {show(self.mem_per_gpu)}"
                )
        if self.cpus_per_gpu is not None and self.cpus_per_task is not None:
            raise ValidationError(
                f"cpus_per_gpu ({self.cpus_per_gpu}) and cpus_per_task ({self.cpus_per_task}) "
                f"exclude each other in sbatch: set one"
            )
        if self.gpus_per_task is not None and "gres/gpu" in (self.tres_per_task or ""):
            raise ValidationError(
                f"gpus_per_task and a gres/gpu in tres_per_task ({show(self.tres_per_task)}) "
                f"exclude each other in sbatch: set one"
            )
        begin, deadline = derived.get("begin_time"), derived.get("deadline_time")
        if isinstance(begin, int) and isinstance(deadline, int) and deadline < begin:
            raise ValidationError(
                f"deadline ({show(self.deadline)}) is before begin ({show(self.begin)}): sbatch refuses that too"
            )
        return derived

    @property
    def task_count(self) -> int | None:
        """The tasks to ask for: ``ntasks``, else ``nodes`` x ``ntasks_per_node`` as sbatch computes it (without
        it, 24.11+ start a step with one task per node: the job's environment lacks SLURM_NTASKS); with
        ``threads_per_core`` and an exact node count (``nodes``, else ``nodelist``'s), sbatch asks for that many
        tasks per node (checked live: SLURM_NTASKS)."""
        if self.ntasks is not None:
            return self.ntasks
        if self.ntasks_per_node is not None and self.nodes_min is not None:
            return self.nodes_min * self.ntasks_per_node
        if self.threads_per_core is not None and self.ntasks_per_node is None:
            if self.nodes_min is not None and self.nodes_min == self.nodes_max:
                return self.nodes_min * self.threads_per_core
            if self.nodes is None and self.nodelist is not None:
                return node_count(self.nodelist) * self.threads_per_core
        return None

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
        from ._sbatch_options import option_fields

        return cls(script=script, **option_fields(options))

    @classmethod
    def from_script(
        cls, script: str, options: Mapping[str, Any] | None = None, *, header: str | None = None
    ) -> JobSpec:
        """Build a spec as ``sbatch script`` would: the script's ``#SBATCH`` header, then ``options`` (as for
        ``from_options``) over it, as sbatch's command line overrides the script.

        A directive this class cannot express, or sbatch would refuse, is a ValidationError naming its line,
        never dropped. Directives that only steer sbatch itself (``--parsable``, ``--quiet``, ``--verbose``,
        ``--wait``, ``--ignore-pbs``) set nothing; ``read_directives(script)`` lists them all. ``header``: read
        the directives from this text instead (a wrapper submitted in place of the script that carries them).
        """
        from ._sbatch_options import directive_fields, option_fields

        fields = directive_fields(read_directives(script if header is None else header))
        try:
            return cls(script=script, **{**fields, **option_fields(options or {})})
        except ValidationError as exc:
            if not fields:
                raise
            raise ValidationError(f"{exc} (with the script's #SBATCH lines applied)") from None


def _container(value: object) -> Container | None:
    if value is None or isinstance(value, Container):
        return value
    if isinstance(value, str):
        return Container(value)
    raise ValidationError(f"container must be an image name or a Container, got {show(value)}")


def _node_bounds(value: object) -> tuple[int, int]:
    text = str(value).strip() if is_int(value) or isinstance(value, str) else ""
    match = _NODES.fullmatch(text)
    low, high = (int(match[1]), int(match[2] or match[1])) if match else (0, 0)
    if low < 1 or high < low:
        raise ValidationError(f"nodes must be a count >= 1 or a range like '2-4', got {show(value)}")
    return low, high


def _gpus_text(name: str, value: object) -> str | None:
    if value is None:
        return None
    if is_int(value) and isinstance(value, int) and value >= 1:
        return str(value)
    if isinstance(value, str) and _GPUS.fullmatch(value.strip()):
        return value.strip()
    raise ValidationError(f"{name} must be a count >= 1 or '[type:]count' like 'a100:2', got {show(value)}")


def _checked_env(env: object) -> Mapping[str, str]:
    if not isinstance(env, Mapping):
        raise ValidationError(f"environment must be a mapping of str to str, got {show(env)}")
    for key, value in env.items():
        if not isinstance(key, str) or not _ENV_NAME.fullmatch(key):
            raise ValidationError(f"environment: {show(key)} is not a variable name ([A-Za-z_][A-Za-z0-9_]*)")
        if not isinstance(value, str) or "\x00" in value:
            raise ValidationError(f"environment[{key!r}] must be a str without NUL bytes, got {show(value)}")
    return env


def _checked_extra(extra: object) -> Mapping[str, Any]:
    if not isinstance(extra, Mapping):
        raise ValidationError(f"extra must be a mapping of job-description fields, got {show(extra)}")
    for key in extra:
        if not isinstance(key, str) or not key.strip():
            raise ValidationError(f"extra: keys must be non-empty str, got {show(key)}")
        owner = _MANAGED_KEYS.get(key) or (key if key in _SPEC_FIELDS else None)
        if owner is not None:
            raise ValidationError(f"extra[{key!r}] collides with a managed field: use JobSpec.{owner} instead")
    return extra


_SPEC_FIELDS = frozenset(f for f in JobSpec.__dataclass_fields__ if JobSpec.__dataclass_fields__[f].init)
