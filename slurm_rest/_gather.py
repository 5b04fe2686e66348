"""Running one plan step's requests side by side, at most ``limit`` at a time.

The async form is the source the sync client is generated from (``scripts/unasync.py`` maps
``agather`` to ``gather``); both bound the fan-out by the connection pool, since an unbounded one
builds every request up front and queues it on the pool (1,000 new jobs: +13 MB RSS, and a pool
timeout once the queue outlasts read_timeout).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["agather", "gather"]

_T = TypeVar("_T")


async def agather(jobs: Sequence[Callable[[], Awaitable[_T]]], limit: int) -> list[_T]:
    if len(jobs) == 1:
        return [await jobs[0]()]
    slots = asyncio.Semaphore(limit)

    async def bounded(job: Callable[[], Awaitable[_T]]) -> _T:
        async with slots:
            return await job()

    return list(await asyncio.gather(*(bounded(j) for j in jobs)))


def gather(jobs: Sequence[Callable[[], _T]], limit: int) -> list[_T]:
    if len(jobs) <= 1:
        return [j() for j in jobs]
    with ThreadPoolExecutor(max_workers=min(limit, len(jobs)), thread_name_prefix="slurm-rest") as pool:
        return list(pool.map(lambda job: job(), jobs))
