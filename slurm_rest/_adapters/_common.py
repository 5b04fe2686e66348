"""What every adapter shares: the request description, errors[] and the submit tag."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .._exceptions import SlurmError
from .._models import JobInfo

__all__ = ["TAG_PREFIX", "Call", "errors_of", "resolve_output_paths", "split_tag", "tagged_comment"]

TAG_PREFIX = "slurm-rest-tag="
_TAG = re.compile(r"(?:^|\s)" + re.escape(TAG_PREFIX) + r"([0-9a-f]{32})$")


@dataclass(frozen=True)
class Call:
    """One HTTP request, described without doing it (the clients do the I/O)."""

    method: str
    path: str
    params: Sequence[tuple[str, str]] = ()
    json: Any = None
    idempotent: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict)


def errors_of(body: object) -> tuple[SlurmError, ...]:
    """Slurm's ``errors[]`` as typed entries; tolerant of any shape."""
    raw = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(raw, list):
        return ()
    out = []
    for e in raw:
        if isinstance(e, dict):
            # 22.05 spells it "error_code" in a submit answer, "error_number" elsewhere.
            num = next((e[k] for k in ("error_number", "error_code", "errno") if isinstance(e.get(k), int)), None)
            out.append(SlurmError(error_number=num,
                                  description=str(e.get("description", "")), source=str(e.get("source", "")),
                                  error=str(e.get("error", ""))))
        else:
            out.append(SlurmError(error_number=None, description=str(e)))
    return tuple(out)


def tagged_comment(comment: str | None, tag: str) -> str:
    """The user's comment with our submit tag appended, to find a job whose submit answer was lost."""
    return f"{comment} {TAG_PREFIX}{tag}" if comment else f"{TAG_PREFIX}{tag}"


def split_tag(comment: str | None) -> tuple[str, str | None]:
    """(user's comment, tag or None)."""
    if not comment:
        return "", None
    m = _TAG.search(comment)
    return (comment[: m.start()].rstrip(), m.group(1)) if m else (comment, None)


def resolve_output_paths(info: JobInfo) -> JobInfo:
    """Absolute, expanded stdout/stderr paths, the same for every release.

    Slurm reports the pattern as given (26.05: ``slurm-%j.out``), nothing when unset (22.05), or
    already expanded (24.11); unset means sbatch's default in the working directory, and stderr
    defaults to stdout.
    """
    default = "slurm-%A_%a.out" if info.array_job_id else "slurm-%j.out"
    stdout = _absolute(info.expand_path(info.stdout_path or default), info.working_dir)
    stderr = _absolute(info.expand_path(info.stderr_path), info.working_dir) if info.stderr_path else stdout
    return replace(info, stdout_path=stdout, stderr_path=stderr)


def _absolute(path: str, cwd: str) -> str:
    return path if path.startswith("/") or not cwd else posixpath.join(cwd, path)
