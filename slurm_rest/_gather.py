"""Running one plan step's requests side by side, at most ``limit`` at a time.

The async form is the source the sync client is generated from (``scripts/unasync.py`` maps
``agather`` to ``gather``); both bound the fan-out by the connection pool, since an unbounded one
builds every request up front and queues it on the pool (1,000 new jobs: +13 MB RSS, and a pool
timeout once the queue outlasts read_timeout).

A ``Narrow`` plan (a watcher's cycle run ahead, which nobody waits for yet) runs fewer at once, so that
its answers are handled one by one between the callers a connector replica serves, until ``widen()``;
the async client runs it in the ``background``, and pauses after each answer (``Narrow.pause``) so that its
CPU, and slurmrestd's and slurmctld's, is spread over the time the state has left; the sync one runs it
``inline`` (in the thread that asked, which a pause would hold up).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from . import _constants

__all__ = ["Narrow", "agather", "background", "gather", "inline"]

_T = TypeVar("_T")


class Narrow:
    """``width`` requests of a plan at once until ``widen()`` (a caller has come to wait for the plan): then
    the client's whole limit, the running step's waiting requests included. ``pauses``: seconds the pauses
    after a step's answers may take in all (async). Thread-safe."""

    def __init__(self, width: int, pauses: float = 0.0) -> None:
        self.width, self.pauses = width, pauses
        self.widened = False
        self._guard = threading.Lock()
        self._extra: list[tuple[Callable[[], None], int]] = []  # the running steps' slots, and how many more

    def slots(self, limit: int) -> int:
        """How many of a step's requests may start at once now (at most ``limit``)."""
        return limit if self.widened else min(self.width, limit)

    def pause(self, requests: int) -> float:
        """Seconds to pause after each answer of a step of ``requests`` (none once widened): ``AHEAD_GAP``, or
        less where the step's pauses would outlast ``pauses``."""
        return 0.0 if self.widened else min(_constants.AHEAD_GAP, self.pauses / requests)

    def hold(self, release: Callable[[], None], extra: int) -> None:
        """A step runs with ``extra`` fewer slots than its limit: ``widen()`` adds them with ``release``."""
        with self._guard:
            if not self.widened:
                self._extra.append((release, extra))
                return
        for _ in range(extra):
            release()

    def widen(self) -> None:
        with self._guard:
            self.widened, extra, self._extra = True, self._extra, []
        for release, count in extra:
            for _ in range(count):
                release()


_S = TypeVar("_S", asyncio.Semaphore, threading.Semaphore)


def _slots(semaphore: Callable[[int], _S], limit: int, narrow: Narrow | None) -> _S:
    """A step's semaphore: ``limit`` slots, or as few as ``narrow`` allows now and the rest when it widens."""
    width = limit if narrow is None else narrow.slots(limit)
    slots = semaphore(width)
    if narrow is not None and width < limit:
        narrow.hold(slots.release, limit - width)
    return slots


_RUNNING: set[asyncio.Task[bool]] = set()  # referenced until they end (the loop keeps weak references only)


def background(work: Coroutine[Any, Any, bool]) -> None:
    """Run ``work`` on the running loop without waiting for it."""
    task = asyncio.get_running_loop().create_task(work)
    _RUNNING.add(task)
    task.add_done_callback(_RUNNING.discard)


def inline(ran: bool) -> None:
    """The sync client's ``background``: the work, its argument, has already run in the caller's thread."""


async def agather(jobs: Sequence[Callable[[], Awaitable[_T]]], limit: int, narrow: Narrow | None = None) -> list[_T]:
    if len(jobs) == 1:
        return [await jobs[0]()]
    slots = _slots(asyncio.Semaphore, limit, narrow)

    async def bounded(job: Callable[[], Awaitable[_T]]) -> _T:
        async with slots:
            result = await job()
            pause = 0.0 if narrow is None else narrow.pause(len(jobs))
            if pause:
                await asyncio.sleep(pause)
            return result

    return list(await asyncio.gather(*(bounded(j) for j in jobs)))


def gather(jobs: Sequence[Callable[[], _T]], limit: int, narrow: Narrow | None = None) -> list[_T]:
    if len(jobs) <= 1:
        return [j() for j in jobs]
    slots = _slots(threading.Semaphore, limit, narrow)

    def bounded(job: Callable[[], _T]) -> _T:
        with slots:
            return job()

    with ThreadPoolExecutor(max_workers=min(limit, len(jobs)), thread_name_prefix="slurm-rest") as pool:
        return list(pool.map(bounded, jobs))
