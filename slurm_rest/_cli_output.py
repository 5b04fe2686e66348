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

from ._models import JobInfo
from ._resources import PingInfo

__all__ = ["Progress", "Redactor", "emit", "job_document", "job_line", "jobs_table", "ping_document", "ping_line"]

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
    rows = [header] + [(str(i.job_id), _state_text(i), "" if i.return_code is None else str(i.return_code), i.user,
                        i.partition, i.name, i.reason) for i in infos]
    widths = [max(len(r[c]) for r in rows) for c in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() for row in rows)


def ping_document(url: str, info: PingInfo) -> dict[str, Any]:
    return {"url": url, "ok": info.ok, "release": info.release, "api_version": info.api_version,
            "cluster": info.cluster,
            "controllers": [{"hostname": host, "responding": up} for host, up in info.controllers]}


def ping_line(url: str, info: PingInfo) -> str:
    controllers = ", ".join(f"{host} {'UP' if up else 'NOT RESPONDING'}" for host, up in info.controllers)
    cluster = f", cluster {info.cluster}" if info.cluster else ""
    return f"{url}: Slurm {info.release or '?'}, API {info.api_version}{cluster}; controllers: {controllers or 'none'}"


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
