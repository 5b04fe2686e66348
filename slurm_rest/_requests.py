"""Requests built from what a caller passed: the escape hatch's call, job ids, specs, updates, submit tags.
Bad input is a ValidationError here, before anything is sent."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from ._adapters._common import positive_job_id
from ._call import Call, Kind
from ._exceptions import ValidationError
from ._jobspec import JobSpec, parse_time_limit
from ._values import show

__all__ = ["Params", "as_spec", "job_number", "key_tag", "raw_call", "update_changes"]

_METHODS = {"GET": Kind.READ, "POST": Kind.UPDATE, "PUT": Kind.UPDATE, "PATCH": Kind.UPDATE, "DELETE": Kind.UPDATE}
Params = Mapping[str, Any] | Sequence[tuple[str, Any]]


def raw_call(method: str, path: str, params: Params | None, json: Any) -> Call:
    """The escape hatch's request: any path on the server; only a GET may be resent (see ``Kind``)."""
    kind = _METHODS.get(method.upper()) if isinstance(method, str) else None
    if kind is None:
        raise ValidationError(f"method: one of {', '.join(_METHODS)}, got {show(method)}")
    if not isinstance(path, str) or not path.startswith("/") or "//" in path or "/../" in f"{path}/":
        raise ValidationError(f"path: an absolute path on the server such as /slurm/v0.0.45/jobs/, got {show(path)}")
    pairs = params.items() if isinstance(params, Mapping) else (params or ())
    flat: list[tuple[str, str]] = []
    for name, value in pairs:
        values = value if isinstance(value, (list, tuple)) else [value]  # a list repeats the parameter
        flat += [(str(name), str(v)) for v in values]
    return Call(method.upper(), path, params=flat, json=json, kind=kind)


def job_number(job_id: int | str) -> int:
    """A plain job id (waits and watchers track whole jobs); ValidationError for anything else."""
    number = positive_job_id(job_id)
    if number is not None:
        return number
    raise ValidationError(f"not a job id: {show(job_id)} (expected a positive int or a numeric str)")


def as_spec(spec: JobSpec | None, fields: Mapping[str, Any]) -> JobSpec:
    if spec is not None and fields:
        raise ValidationError("pass a JobSpec or keyword fields, not both (use spec.with_changes(...))")
    return spec if spec is not None else JobSpec(**fields)


def update_changes(
    *, time_limit: str | int | None, hold: bool | None, name: str | None, comment: str | None
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if time_limit is not None:
        minutes = parse_time_limit(time_limit)
        if minutes is None:
            raise ValidationError("time_limit: an unlimited limit cannot be set by update; give minutes")
        changes["time_limit_minutes"] = minutes
    if hold is not None:
        changes["hold"] = hold
    if name is not None:
        changes["name"] = name
    if comment is not None:
        changes["comment"] = comment
    if not changes:
        raise ValidationError("update needs at least one of time_limit, hold, name, comment")
    return changes


def key_tag(once: str) -> str:
    """The submit tag for a caller's idempotency key: the tag's shape (32 hex digits), the key not readable."""
    return hashlib.sha256(once.encode()).hexdigest()[:32]
