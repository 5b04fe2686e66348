"""Work that takes minutes, started now in a thread of its own and read later (a head start)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

_T = TypeVar("_T")


def in_thread(fn: Callable[[], _T]) -> Future[_T]:
    """``fn()`` in a new thread; its result (or what it raised) from the Future."""
    pool = ThreadPoolExecutor(1, thread_name_prefix=getattr(fn, "__name__", "background"))
    done = pool.submit(fn)
    pool.shutdown(wait=False)
    return done
