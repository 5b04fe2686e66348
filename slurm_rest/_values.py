"""Parsing sbatch-style values: time limits, memory sizes, array ranges, signals.

Shared by ``JobSpec`` (construction-time validation) and ``Dependency``; each parser names the
field and the bad value in its error.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeGuard

from ._exceptions import ValidationError

__all__ = ["SignalSpec", "is_int", "parse_memory_mb", "parse_signal", "parse_time_limit", "show", "validate_array"]


def show(value: object, limit: int = 80) -> str:
    """``repr`` cut short, so a whole script never lands in an error message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# ---------------------------------------------------------------------------------------------- time
_UNLIMITED_WORDS = frozenset({"UNLIMITED", "INFINITE"})
_UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
# sbatch --time forms, each with the unit of every number in it.
_TIME_FORMS = tuple(
    (re.compile(rx), units)
    for rx, units in (
        (r"(\d+)", "m"),
        (r"(\d+):(\d+)", "ms"),
        (r"(\d+):(\d+):(\d+)", "hms"),
        (r"(\d+)-(\d+)", "dh"),
        (r"(\d+)-(\d+):(\d+)", "dhm"),
        (r"(\d+)-(\d+):(\d+):(\d+)", "dhms"),
    )
)
_TIME_HELP = (
    "use minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes, "
    'days-hours:minutes:seconds, "UNLIMITED", an int (minutes) or a timedelta'
)


def _seconds_to_minutes(seconds: float, shown: object) -> int:
    if seconds <= 0:
        raise ValidationError(f'time_limit must be positive, got {show(shown)} (use "UNLIMITED" for no limit)')
    return max(1, math.ceil(seconds / 60))


def parse_time_limit(value: str | int | timedelta) -> int | None:
    """Whole minutes (seconds rounded up, at least 1) for a Slurm time limit; None means unlimited.

    Zero and negative limits are refused instead of following Slurm's "0 means no limit": an explicit
    ``"UNLIMITED"`` says what is meant.
    """
    if isinstance(value, timedelta):
        return _seconds_to_minutes(value.total_seconds(), value)
    if is_int(value):
        assert isinstance(value, int)
        return _seconds_to_minutes(value * 60, value)
    if not isinstance(value, str):
        raise ValidationError(f"time_limit must be a str, int or timedelta, got {show(value)}")
    text = value.strip()
    if text.upper() in _UNLIMITED_WORDS:
        return None
    for pattern, units in _TIME_FORMS:
        match = pattern.fullmatch(text)
        if match:
            seconds = sum(int(num) * _UNIT_SECONDS[unit] for num, unit in zip(match.groups(), units, strict=False))
            return _seconds_to_minutes(seconds, value)
    raise ValidationError(f"time_limit {show(value)} is not a Slurm time: {_TIME_HELP}")


# -------------------------------------------------------------------------------------------- memory
_MEMORY = re.compile(r"(\d+)(?:([KMGT])B?)?", re.IGNORECASE)
_UNIT_KIB = {"K": 1, "M": 1024, "G": 1024**2, "T": 1024**3}


def parse_memory_mb(value: str | int, *, field_name: str = "mem") -> int:
    """Megabytes for a Slurm memory size: an int is MB; a str may end in K, M (default), G or T.

    Kilobytes round up, as Slurm's ``str_to_mbytes`` does.
    """
    if is_int(value):
        assert isinstance(value, int)
        megabytes = value
    elif isinstance(value, str) and (match := _MEMORY.fullmatch(value.strip())):
        number, unit = match.groups()
        megabytes = math.ceil(int(number) * _UNIT_KIB[(unit or "M").upper()] / 1024)
    else:
        raise ValidationError(
            f"{field_name} must be megabytes (int) or a size like '512M', '4G', '1T', '2048K', got {show(value)}"
        )
    if megabytes < 0:
        raise ValidationError(f"{field_name} must not be negative, got {show(value)}")
    return megabytes


# --------------------------------------------------------------------------------------------- array
_ARRAY = re.compile(r"(?P<items>[^%]+)(?:%(?P<limit>\d+))?")
_ARRAY_ITEM = re.compile(r"(\d+)(?:-(\d+)(?::(\d+))?)?")


def validate_array(value: str) -> str:
    """``value`` stripped, if it is an sbatch ``--array`` spec: ``N``, ``N-M``, ``N-M:S`` items, ``%limit``."""
    text = value.strip() if isinstance(value, str) else ""
    match = _ARRAY.fullmatch(text)
    if not match or (match["limit"] is not None and int(match["limit"]) < 1):
        raise ValidationError(
            f"array {show(value)} is not an sbatch array spec like '0-9', '1,3,5-9:2' or "
            f"'0-15%4' (indices >= 0, limit >= 1)"
        )
    for item in match["items"].split(","):
        parts = _ARRAY_ITEM.fullmatch(item)
        if parts is None:
            raise ValidationError(f"array {show(value)}: item {item!r} is not N, N-M or N-M:S")
        start, end, step = parts.groups()
        if end is not None and int(end) < int(start):
            raise ValidationError(f"array {show(value)}: range {item!r} ends before it starts")
        if step is not None and int(step) < 1:
            raise ValidationError(f"array {show(value)}: step in {item!r} must be >= 1")
    return text


# -------------------------------------------------------------------------------------------- signal
#: Signal names sbatch accepts (``sig_name2num``), with their Linux numbers.
_SIGNALS = {
    "HUP": 1,
    "INT": 2,
    "QUIT": 3,
    "ABRT": 6,
    "KILL": 9,
    "USR1": 10,
    "USR2": 12,
    "ALRM": 14,
    "TERM": 15,
    "CONT": 18,
    "STOP": 19,
    "TSTP": 20,
    "TTIN": 21,
    "TTOU": 22,
    "URG": 23,
    "XCPU": 24,
}
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
        raise ValidationError(f"signal {show(value)} is not of the form [{{R|B}}:]SIG[@seconds], e.g. 'B:USR1@90'")
    sig = match["sig"].upper().removeprefix("SIG")
    number = int(sig) if sig.isdigit() else _SIGNALS.get(sig, 0)
    if not 1 <= number <= 64:
        raise ValidationError(
            f"signal {show(value)}: unknown signal {match['sig']!r} (use a number 1-64 or one of {', '.join(_SIGNALS)})"
        )
    delay = int(match["delay"]) if match["delay"] is not None else 60
    if delay > 0xFFFF:
        raise ValidationError(f"signal {show(value)}: delay must be at most 65535 seconds")
    return SignalSpec(
        number=number,
        name=_SIGNAL_NAMES.get(number, ""),
        delay_seconds=delay,
        batch_only="B" in flags,
        reservation_overlap="R" in flags,
    )


# ----------------------------------------------------------------------------------------- dependency
