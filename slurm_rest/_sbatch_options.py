"""sbatch's option names for JobSpec: which field each sets and how its text converts (``from_options``,
``from_script``, the CLI). A separate table, so that the spec's own checks stay in ``_jobspec``."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._directives import Directive
from ._exceptions import ValidationError
from ._jobspec import _SPEC_FIELDS, JobSpec
from ._values import is_int, show

__all__ = ["directive_fields", "option_fields"]


_Convert = Callable[[str, Any], Any]
_TRUE_WORDS = {"": True, "yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


def _as_is(_name: str, value: Any) -> Any:
    return value


def _as_int(name: str, value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
        return int(value)
    if is_int(value):
        return value
    raise ValidationError(f"option {name!r} needs an integer, got {show(value)}")


def _as_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE_WORDS:
        return _TRUE_WORDS[value.strip().lower()]
    raise ValidationError(f"option {name!r} needs a boolean (True/False, yes/no), got {show(value)}")


def _as_not(name: str, value: Any) -> bool:
    return not _as_bool(name, value)


def _as_no_kill(name: str, value: Any) -> bool:
    """``-k``/``--no-kill[=set|off]``: sbatch's own words as well as the booleans."""
    word = value.strip().lower() if isinstance(value, str) else None
    return {"set": True, "off": False}[word] if word in ("set", "off") else _as_bool(name, value)


def _as_env(name: str, value: Any) -> Any:
    """``--export``: a mapping, "NONE", or "NAME=value[,NAME=value...]"; "ALL" has no meaning over REST."""
    if not isinstance(value, str):
        return value
    items = [i for i in value.split(",") if i.strip()]
    if any(i.strip().upper() == "ALL" for i in items):
        raise ValidationError(
            f"option {name!r}: ALL is not supported (there is no submitting shell to copy); "
            f"pass the variables explicitly"
        )
    items = [i for i in items if i.strip().upper() != "NONE"]
    if not all("=" in i for i in items):
        raise ValidationError(f"option {name!r} needs NAME=value pairs separated by ',', got {show(value)}")
    return dict(i.split("=", 1) for i in items)


# sbatch long option (underscored) -> (JobSpec field, converter); JobSpec field names are added below.
_SBATCH_OPTIONS: dict[str, tuple[str, _Convert]] = {
    "job_name": ("name", _as_is),
    "time": ("time_limit", _as_is),
    "nodes": ("nodes", _as_is),
    "ntasks": ("ntasks", _as_int),
    "ntasks_per_node": ("ntasks_per_node", _as_int),
    "cpus_per_task": ("cpus_per_task", _as_int),
    "mem": ("mem", _as_is),
    "mem_per_cpu": ("mem_per_cpu", _as_is),
    "gpus": ("gpus", _as_is),
    "gpus_per_node": ("gpus_per_node", _as_is),
    "distribution": ("distribution", _as_is),
    "gres": ("gres", _as_is),
    "tres_per_task": ("tres_per_task", _as_is),
    "constraint": ("constraint", _as_is),
    "exclusive": ("exclusive", _as_bool),
    "array": ("array", _as_is),
    "dependency": ("dependency", _as_is),
    "kill_on_invalid_dep": ("kill_on_invalid_dependency", _as_bool),
    "chdir": ("working_dir", _as_is),
    "output": ("stdout", _as_is),
    "error": ("stderr", _as_is),
    "partition": ("partition", _as_is),
    "account": ("account", _as_is),
    "qos": ("qos", _as_is),
    "requeue": ("requeue", _as_bool),
    "no_requeue": ("requeue", _as_not),
    "signal": ("signal", _as_is),
    "comment": ("comment", _as_is),
    "hold": ("hold", _as_bool),
    "nice": ("nice", _as_int),
    "export": ("environment", _as_env),
    "mail_type": ("mail_type", _as_is),
    "mail_user": ("mail_user", _as_is),
    "reservation": ("reservation", _as_is),
    "nodelist": ("nodelist", _as_is),
    "exclude": ("exclude", _as_is),
    "licenses": ("licenses", _as_is),
    "time_min": ("time_min", _as_is),
    "open_mode": ("open_mode", _as_is),
    "wckey": ("wckey", _as_is),
    "no_kill": ("no_kill", _as_no_kill),
    "overcommit": ("overcommit", _as_bool),
    "mincpus": ("mincpus", _as_int),
    "tmp": ("tmp", _as_is),
    "threads_per_core": ("threads_per_core", _as_int),
    "begin": ("begin", _as_is),
    "deadline": ("deadline", _as_is),
    "gpus_per_task": ("gpus_per_task", _as_is),
    "cpus_per_gpu": ("cpus_per_gpu", _as_int),
    "mem_per_gpu": ("mem_per_gpu", _as_is),
}
_FIELD_CONVERTERS = {target: convert for target, convert in _SBATCH_OPTIONS.values() if convert is not _as_not}
_OPTIONS: dict[str, tuple[str, _Convert]] = {
    **{f: (f, _FIELD_CONVERTERS.get(f, _as_is)) for f in _SPEC_FIELDS - {"script", "extra"}},
    **_SBATCH_OPTIONS,
}


def option_fields(options: Mapping[str, Any]) -> dict[str, Any]:
    """JobSpec field -> value for sbatch options or field names (see ``JobSpec.from_options``)."""
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
    return kwargs


# Directives that steer sbatch itself (its output, waiting, #PBS reading): nothing of the job.
_SBATCH_ONLY = frozenset({"parsable", "quiet", "verbose", "wait", "ignore-pbs"})
_BARE = {"nice": "100"}  # an optional value left out: sbatch's --nice lowers the priority by 100


def directive_fields(directives: Sequence[Directive]) -> dict[str, Any]:
    """JobSpec field -> value for a script's directives, a later one over an earlier one; each is checked
    alone, so an error names its line."""
    fields: dict[str, Any] = {}
    for d in directives:
        if d.name in _SBATCH_ONLY:
            continue
        key = d.name.replace("-", "_")
        if key not in _SBATCH_OPTIONS:
            raise ValidationError(
                f"{d.where()}: sbatch's --{d.name} is not supported by slurm-rest; remove it or "
                "give the job what it asks for another way"
            )
        if d.value == "":
            raise ValidationError(f"{d.where()}: --{d.name} has an empty value")
        target, convert = _SBATCH_OPTIONS[key]
        try:
            value = convert(f"--{d.name}", _BARE.get(d.name, True) if d.value is None else d.value)
            JobSpec(script="#!/bin/sh\n", **{target: value})
        except ValidationError as exc:
            raise ValidationError(f"{d.where()}: {exc}") from None
        fields[target] = value
    return fields


def _suggest(name: str) -> str:
    known = sorted(k.replace("_", "-") for k in _OPTIONS)
    typed = name.strip().lstrip("-").replace("_", "-").lower()
    close = difflib.get_close_matches(typed, known, n=1)
    return f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
