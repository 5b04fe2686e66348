"""How many requests a client keeps in flight: fewer when slurmrestd answers slowly, more when it is quick.

A rate-limited controller (``SlurmctldParameters=rl_enable``) never answers with an error: libslurm in
slurmrestd is told to back off and sleeps 1, 2, 3 … s before each new try, so a request that keeps
losing the race to newer ones waits ever longer (24.11: 40 concurrent requests, the last answered after
136 s), past the client's read timeout, and a timed-out request still costs the user's bucket while
its retry joins the queue. slurmrestd's connection cap does the same to requests queued behind it.
Fewer requests in flight from one client lose fewer races, so the client paces itself as TCP does.
It starts with ``PACE_START`` requests at a time and adds one per quick answer (slow start: a burst of
20 at once into a slurmrestd capped at 8 connections left requests sleeping in its threads, holding the
places of everything after them, long after the client gave up on them). Then additive increase,
multiplicative decrease: an answer slower than ``SLOW_ANSWER`` seconds (a listing of every job
excepted: it is as slow as the controller is big), a read timeout or a gateway error halves the number
allowed (at most once per ``SLOW_ANSWER`` s, so one burst of slow answers counts once); each answer quicker than ``QUICK_ANSWER`` adds ``1/limit``, back up to
``max_connections`` (a request libslurm had to hold back once took a second at least, so it adds nothing).
A request still unanswered after ``SLOW_ANSWER`` s is as slow as one answered then, and it is counted then,
not when its answer comes (a lost race's answer came after 28.8 s, while requests went on being sent at
the old pace; counted once: its late answer does not halve again). Every halving is logged
(``slurm_rest.pace``) and counted (``client.stats.slowdowns``).

Free of I/O: both clients ask ``enter`` before sending (waiting ``PACE_POLL`` s while it says no, inside
``queue``, which counts the callers waiting: the connection pool keeps idle connections for them,
``upcoming``) and report each exchange to ``leave``. Thread-safe: a sync client is shared by threads.
"""

from __future__ import annotations

import bisect
import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._constants import PACE_START, QUICK_ANSWER, SLOW_ANSWER
from ._exceptions import TransportError, UnavailableError

if TYPE_CHECKING:
    from ._call import Call

__all__ = ["Pace"]

log = logging.getLogger("slurm_rest.pace")


class Pace:
    def __init__(self, ceiling: int) -> None:
        self._lock = threading.Lock()
        self.ceiling = ceiling
        self._limit = float(min(ceiling, PACE_START))
        self.in_flight = 0
        self.waiting = 0
        self.slowdowns = 0
        self._cut_at = float("-inf")
        self._timed: list[tuple[float, Call]] = []  # requests in flight that must answer quickly, oldest first

    @property
    def limit(self) -> int:
        return int(self._limit)

    def enter(self, call: Call) -> float | None:
        """The exchange's start time if it may go now, else None (ask again shortly)."""
        with self._lock:
            now = time.monotonic()  # under the lock: _timed stays in order
            stuck = self._stuck(now) if self._timed and now - self._timed[0][0] > SLOW_ANSWER else None
            limit = self._cut(now) if stuck is not None else None
            go = self.in_flight < int(self._limit)
            if go:
                self.in_flight += 1
                if not call.listing:
                    self._timed.append((now, call))
        if stuck is not None and limit is not None:
            _warn(stuck[1], "unanswered", now - stuck[0], limit)
        return now if go else None

    @property
    def upcoming(self) -> int:
        """Requests about to be sent: those waiting, no more than the limit lets go at once (what the connection
        pool keeps idle connections for, on top of its own few; more would only hold slurmrestd's places)."""
        return min(self.waiting, int(self._limit))

    @contextlib.contextmanager
    def queue(self) -> Iterator[None]:
        """Counts the caller in ``waiting`` while it asks again and again."""
        with self._lock:
            self.waiting += 1
        try:
            yield
        finally:
            with self._lock:
                self.waiting -= 1

    def leave(self, started: float, failure: BaseException | None, call: Call) -> None:
        now = time.monotonic()
        took = now - started
        slow = (took > SLOW_ANSWER and not call.listing) or _slow_failure(failure)
        with self._lock:
            self.in_flight -= 1
            if not call.listing:
                self._timed.remove((started, call))
            if not slow:
                if took < QUICK_ANSWER:  # slow start until the first slow answer, then additive
                    step = 1.0 if self.slowdowns == 0 else 1.0 / self._limit
                    self._limit = min(float(self.ceiling), self._limit + step)
                return
            # Counted already when a halving came after it was SLOW_ANSWER s in flight.
            limit = None if self._cut_at >= started + SLOW_ANSWER else self._cut(now)
        if limit is not None:
            _warn(call, f"{type(failure).__name__}" if failure is not None else "answered", took, limit)

    def _stuck(self, now: float) -> tuple[float, Call] | None:
        """The oldest request in flight past SLOW_ANSWER that no halving has counted yet (under the lock)."""
        i = bisect.bisect_right(self._timed, self._cut_at - SLOW_ANSWER, key=lambda e: e[0])
        return self._timed[i] if i < len(self._timed) and now - self._timed[i][0] > SLOW_ANSWER else None

    def _cut(self, now: float) -> int | None:
        """Halve the limit (under the lock), unless it was halved less than SLOW_ANSWER s ago or is 1: the new one."""
        if now - self._cut_at < SLOW_ANSWER or self._limit <= 1.0:
            return None
        self._cut_at = now
        self._limit = max(1.0, self._limit / 2)
        self.slowdowns += 1
        return int(self._limit)


def _warn(call: Call, why: str, took: float, limit: int) -> None:
    log.warning(
        "slurmrestd is slow (%s %s after %.1f s; a rate-limited controller or a connection cap?): "
        "at most %d requests at a time from now on",
        f"{call.method} {call.path}",
        why,
        took,
        limit,
    )


def _slow_failure(exc: BaseException | None) -> bool:
    """A sign of an overloaded server: it stopped answering in time, or a gateway gave up on it."""
    return (isinstance(exc, TransportError) and exc.pending) or isinstance(exc, UnavailableError)
