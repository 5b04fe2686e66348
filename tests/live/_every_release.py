"""A slow scenario (a token's renewal, a time limit, a purge) run on every release at once, in threads, by a
module or session fixture: the suite waits for it once, not once per release, and each release's test then
reads its own result (or has what its scenario raised raised again)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from slurm_rest_testbed import RELEASES, Release, load_facts, status

from ..conftest import Testbed
from ..shards import in_shard

_T = TypeVar("_T")


def _up() -> list[Release]:
    return [r for r in RELEASES if in_shard(r) and status(r) == "up" and load_facts(r) is not None]


def on_every_release(
    fn: Callable[[Release], _T], releases: Iterable[Release] | None = None
) -> dict[str, _T | BaseException]:
    """``fn`` on every release of the shard that is up (or on ``releases``), all at once; per release its result or what
    it raised."""
    return in_background(fn, releases).result()


def in_background(
    fn: Callable[[Release], _T], releases: Iterable[Release] | None = None
) -> Future[dict[str, _T | BaseException]]:
    """:func:`on_every_release`, started now and read later (a head start for a scenario that takes minutes).
    Only the releases of this run's shard: another pytest may be stopping the others' daemons."""
    up = _up() if releases is None else [r for r in releases if in_shard(r)]
    pool = ThreadPoolExecutor(max(1, len(up)) + 1)
    futures = {r.name: pool.submit(fn, r) for r in up}

    def gather() -> dict[str, _T | BaseException]:
        out: dict[str, _T | BaseException] = {}
        for name, fut in futures.items():
            exc = fut.exception()
            out[name] = exc if exc is not None else fut.result()
        return out

    done = pool.submit(gather)
    pool.shutdown(wait=False)
    return done


def result_for(results: dict[str, _T | BaseException], release: Testbed | Release) -> _T:
    """This release's result, or what its scenario raised, raised again here."""
    result = results.get(release.name)
    if isinstance(result, BaseException):
        raise result
    assert result is not None, f"{release.name} was not up when the scenario started"
    return result
