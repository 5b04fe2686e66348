"""The live tests' shards: scripts/test runs one pytest per group of releases at once, each keeping its
releases' tests (``select``); a test that stops a daemon or limits slurmrestd then disturbs only its own
group's tests, which run in order as before, and one that reaches another group's release fails (``guard``,
and ``tests/conftest.py``'s ``require_testbed``)."""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from slurm_rest_testbed import RELEASES, Release

SHARD_VAR = "SLURM_REST_LIVE_RELEASES"  # comma-separated: the only releases this live run may reach
LIVE = Path(__file__).parent / "live"
UNNAMED = RELEASES[-1].name  # the shard of a test that names no release: it reaches none, or its shard's all
# What stops, restarts or reconfigures a release's daemons (module -> functions taking the release first).
DISRUPTIVE = {
    "_daemons": ("start", "stop", "restart", "reload"),
    "_limits": ("apply",),
    "_failover": ("apply",),
    "_reconfigure": ("reconfigure", "set_min_job_age"),
}


def shard() -> frozenset[str]:
    """The releases this live run may reach: all, or those ``SLURM_REST_LIVE_RELEASES`` names."""
    names = {r.name for r in RELEASES}
    wanted = frozenset(n.strip() for n in os.environ.get(SHARD_VAR, "").split(",") if n.strip())
    if unknown := wanted - names:
        raise pytest.UsageError(f"{SHARD_VAR} names unknown releases {sorted(unknown)}; known: {sorted(names)}")
    return wanted or frozenset(names)


def in_shard(rel: Release) -> bool:
    return rel.name in shard()


def _whole() -> bool:
    return shard() == {r.name for r in RELEASES}


def releases_of(item: pytest.Item) -> frozenset[str]:
    """The releases a test reaches: those its parameters name (a release's name or a Release, or one in a
    tuple), else those of its closest ``on_release`` mark, else (and for an offline test) ``UNNAMED``'s."""
    if LIVE not in item.path.parents:
        return frozenset({UNNAMED})
    names = {r.name for r in RELEASES}
    callspec = getattr(item, "callspec", None)
    params = list(callspec.params.values()) if callspec is not None else []
    params += [v for p in params if isinstance(p, tuple) for v in p]  # a case: (release, API version)
    named = {v.name if isinstance(v, Release) else v for v in params if isinstance(v, (Release, str))} & names
    if not named and (mark := item.get_closest_marker("on_release")) is not None:
        named = set(mark.args)
    return frozenset(named or {UNNAMED})


def select(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep only the tests of this run's shard: a test that would span two shards is an error, not a test
    left out of both."""
    if _whole():
        return
    mine = shard()
    kept, dropped = [], []
    for item in items:
        reached = releases_of(item)
        if reached <= mine:
            kept.append(item)
        elif reached & mine:
            raise pytest.UsageError(f"{item.nodeid} reaches {sorted(reached)}, across the shards of {SHARD_VAR}")
        else:
            dropped.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """In a shard, disturbing a release outside it fails, however the test reached it (``require_testbed``
    guards only what goes through it): another pytest runs that release's tests meanwhile."""
    if _whole():
        yield
        return

    def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(rel: Release, *args: Any, **kwargs: Any) -> Any:
            if not in_shard(rel):
                raise AssertionError(f"{fn.__module__}.{fn.__name__} on {rel.name}, outside this run's shard")
            return fn(rel, *args, **kwargs)

        return call

    with pytest.MonkeyPatch.context() as patch:
        for module, names in DISRUPTIVE.items():
            mod = importlib.import_module(f"slurm_rest_testbed.{module}")
            for name in names:
                patch.setattr(mod, name, guarded(getattr(mod, name)))
        yield
