"""A release in "limits" mode: slurmctld's per-user RPC rate limit and slurmrestd's connection cap.

Sites turn on ``SlurmctldParameters=rl_enable`` (Slurm 23.02+): each user gets a bucket of RPCs that
refills at a steady rate. An RPC over it is answered "back off", and libslurm (inside slurmrestd) sleeps
and sends it again, without end: measured on 24.11 with a bucket of 2 refilled by 1 every 2 s, 40
concurrent ``GET /jobs/state`` all answered 200, the last after 136 s. A client sees slow answers, never
an error. slurmrestd's ``--max-connections`` (24.11+; 22.05's has none) defers accepting past the cap:
a connection beyond it waits in the kernel's backlog, its request unread, until one closes, so an
idle keep-alive connection holds a place.

The mode is kept in the release's state directory, so an ``up`` (which rewrites slurm.conf) keeps it until
it is switched off; switching restarts slurmctld and slurmrestd (jobs keep running).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from ._releases import Release

__all__ = ["Limits", "apply", "current", "limited", "rest_args", "slurm_conf_lines"]


@dataclass(frozen=True)
class Limits:
    """``bucket``: a user's burst of RPCs; ``refill`` RPCs come back every ``period`` seconds, but never more
    than ``bucket`` (so at most ``bucket`` RPCs per period, whatever ``refill``; 24.11: bucket 10, refill 50
    passed 10 a second); ``max_connections``: slurmrestd's cap (0: its default, about 124)."""

    bucket: int = 20
    refill: int = 20
    period: int = 1
    max_connections: int = 8

    def __post_init__(self) -> None:
        if min(self.bucket, self.refill, self.period) < 1 or self.max_connections < 0:
            raise ValueError(f"limits must be positive: {self}")


def _path(rel: Release) -> Path:
    return rel.state / "limits.json"


def current(rel: Release) -> Limits | None:
    try:
        return Limits(**json.loads(_path(rel).read_text()))
    except FileNotFoundError:
        return None


def slurm_conf_lines(rel: Release) -> str:
    lim = current(rel)
    if lim is None:
        return ""
    return (
        f"# Limits mode (slurm_rest_testbed limits): a per-user RPC rate limit.\nSlurmctldParameters=rl_enable,"
        f"rl_bucket_size={lim.bucket},rl_refill_rate={lim.refill},rl_refill_period={lim.period},rl_log_freq=0\n"
    )


def rest_args(rel: Release) -> tuple[str, ...]:
    lim = current(rel)
    return ("--max-connections", str(lim.max_connections)) if lim and lim.max_connections else ()


def apply(rel: Release, limits: Limits | None) -> None:
    """Switch the mode on (``limits``) or off (None): rewrite slurm.conf, restart slurmctld and slurmrestd."""
    from . import _build, _daemons, _facts  # they import this module

    if limits is not None and not rel.has_limits:
        raise SystemExit(f"[{rel.name}] has no rl_enable and no slurmrestd --max-connections (Slurm 23.02+/24.11+)")
    if limits is None:
        _path(rel).unlink(missing_ok=True)
    else:
        _path(rel).write_text(json.dumps(asdict(limits)))
    _build.configure(rel)
    _daemons.restart(rel, "slurmctld", "slurmrestd")
    _facts.wait_ready(rel)


@contextlib.contextmanager
def limited(rel: Release, limits: Limits) -> Iterator[Limits]:
    """The mode for the duration of a block; off again afterwards, whatever happened inside."""
    apply(rel, limits)
    try:
        yield limits
    finally:
        apply(rel, None)
