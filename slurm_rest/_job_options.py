"""sbatch option values that ``JobSpec`` turns into what every API version can take: mail types, node lists,
licenses, open modes and the times of ``--begin`` / ``--deadline``.

Times are converted here, on the client, as sbatch converts them on its host (``parse_time``): an absolute
UNIX time is what the v0.0.40+ APIs take, and v0.0.38 reads ``uts<seconds>`` exactly (it refuses a plain
number, checked live). Forms without a zone are the local time of the machine building the spec.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta

from ._exceptions import ValidationError
from ._hostlist import expand_hostlist
from ._values import show

__all__ = [
    "MAIL_TYPES",
    "node_count",
    "parse_licenses",
    "parse_mail_type",
    "parse_node_list",
    "parse_open_mode",
    "parse_when",
]

#: sbatch's --mail-type words -> the v0.0.40+ flag; ALL is sbatch's own set (``parse_mail_type``).
MAIL_TYPES = {
    "BEGIN": "BEGIN",
    "END": "END",
    "FAIL": "FAIL",
    "REQUEUE": "REQUEUE",
    "INVALID_DEPEND": "INVALID_DEPENDENCY",
    "STAGE_OUT": "STAGE_OUT",
    "TIME_LIMIT": "TIME=100%",
    "TIME_LIMIT_90": "TIME=90%",
    "TIME_LIMIT_80": "TIME=80%",
    "TIME_LIMIT_50": "TIME=50%",
    "ARRAY_TASKS": "ARRAY_TASKS",
}
_MAIL_ALL = ("BEGIN", "END", "FAIL", "REQUEUE", "STAGE_OUT", "INVALID_DEPEND")
_OPEN_MODES = {"a": "append", "append": "append", "t": "truncate", "truncate": "truncate"}
_LICENSE = re.compile(r"[^\s,|:]+(?::[1-9]\d*)?")


def parse_mail_type(value: object) -> tuple[str, ...] | None:
    """sbatch's ``--mail-type`` words, upper-cased, ALL expanded, in table order; None for NONE (which wins over
    any other word, as in sbatch). Unlike sbatch, an unknown word is refused instead of being skipped."""
    words = value.split(",") if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else None
    if not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValidationError(f"mail_type must be a comma-separated str or a list of mail types, got {show(value)}")
    upper = [w.strip().upper() for w in words]
    unknown = [w for w in upper if w not in MAIL_TYPES and w not in ("ALL", "NONE")]
    if unknown:
        raise ValidationError(
            f"mail_type: unknown type(s) {', '.join(map(repr, unknown))} in {show(value)}; use "
            f"NONE, ALL or {', '.join(MAIL_TYPES)}"
        )
    if "NONE" in upper:
        return None
    chosen = {t for w in upper for t in (_MAIL_ALL if w == "ALL" else (w,))}
    return tuple(t for t in MAIL_TYPES if t in chosen)


def parse_node_list(name: str, value: object) -> str:
    """A host list such as ``n[1-4],gpu7`` (stripped). sbatch reads a value with a '/' as a file on its own
    host, which a REST client cannot do for it: refused."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{name} must be a non-empty host list such as 'n[1-4],gpu7', got {show(value)}")
    text = value.strip()
    if "/" in text:
        raise ValidationError(
            f"{name} {show(value)}: a file of node names is read by sbatch on its own host; give the host list itself"
        )
    try:
        expand_hostlist(text)
    except ValidationError as exc:
        raise ValidationError(f"{name}: {exc}") from None
    return text


def node_count(hostlist: str) -> int:
    """How many distinct nodes a host list names (sbatch's ``hostlist_uniq`` count)."""
    return len(expand_hostlist(hostlist))


def parse_licenses(value: str) -> str:
    """``name[:count]`` items joined by ',' (all) or '|' (any), as ``-L`` takes them."""
    items = re.split(r"[,|]", value.strip())
    if not all(_LICENSE.fullmatch(i) for i in items):
        raise ValidationError(
            f"licenses {show(value)} is not a list of name[:count] like 'matlab:2,ansys' "
            f"(count >= 1; items joined by ',' or '|')"
        )
    return value.strip()


def parse_open_mode(value: object) -> str:
    """``append`` or ``truncate`` (any case, or sbatch's one-letter ``a`` / ``t``)."""
    mode = _OPEN_MODES.get(value.strip().lower()) if isinstance(value, str) else None
    if mode is None:
        raise ValidationError(f"open_mode must be 'append' or 'truncate', got {show(value)}")
    return mode


# --------------------------------------------------------------------------------------- --begin, --deadline
_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_NOW = re.compile(r"now(?:\s*\+\s*(\d+)\s*(?:(second|minute|hour|day|week)s?)?)?", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:T(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_FORMS = "a datetime, YYYY-MM-DD[THH:MM[:SS]] or HH:MM[:SS] (today, or tomorrow once that time has passed)"


def parse_when(name: str, value: object, *, relative: bool = True) -> int:
    """UNIX time for sbatch's ``--begin`` / ``--deadline`` forms: a ``datetime`` (naive: local time),
    ``YYYY-MM-DD[THH:MM[:SS]]``, ``HH:MM[:SS]`` (today, or tomorrow if that minute has passed, as sbatch
    decides), and with ``relative`` also ``now`` and ``now+N[seconds|minutes|hours|days|weeks]`` (seconds by
    default), counted from this call."""
    forms = f"{_FORMS}, now or now+N[seconds|minutes|hours|days|weeks]" if relative else _FORMS
    if isinstance(value, datetime):
        return int(value.timestamp())
    text = value.strip() if isinstance(value, str) else None
    try:
        if text is not None and (match := _NOW.fullmatch(text)) and relative:
            count, unit = match.groups()
            return int(time.time()) + int(count or 0) * _UNITS[(unit or "second").lower()]
        if text is not None and (match := _DATE.fullmatch(text)):
            year, month, day, hour, minute, second = (int(g or 0) for g in match.groups())
            return int(datetime(year, month, day, hour, minute, second).timestamp())
        if text is not None and (match := _CLOCK.fullmatch(text)):
            hour, minute, second = (int(g or 0) for g in match.groups())
            now = datetime.now()
            when = now.date() if (hour, minute) > (now.hour, now.minute) else _tomorrow(now)
            return int(datetime(when.year, when.month, when.day, hour, minute, second).timestamp())
    except ValueError as exc:  # a day or hour out of range
        raise ValidationError(f"{name} {show(value)} is not a valid time: {exc}") from None
    raise ValidationError(f"{name} must be {forms}; got {show(value)}")


def _tomorrow(now: datetime) -> date:
    """The local date 24 hours from now, as sbatch computes "tomorrow" (``localtime(now + 86400)``)."""
    return datetime.fromtimestamp(now.timestamp() + timedelta(days=1).total_seconds()).date()
