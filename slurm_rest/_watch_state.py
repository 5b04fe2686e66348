"""Batched job watching, free of I/O: which one request to make per cycle, and what it means.

One poll cycle asks about *all* tracked unfinished jobs in one request:

- v0.0.40+: ``GET /jobs/state/?job_id=1&job_id=2…`` (one JOB_STATE RPC in slurmctld). Only a job
  whose state words changed since the last cycle costs one extra ``GET /job/{id}`` to refresh
  its full record (reason, exit code, times), so a steady cycle is exactly one request.
- v0.0.38: ``GET /jobs?update_time=T`` returns the full record of every job changed since T. A job
  the controller purged (MinJobAge after it ended) is in no such listing, so after a gap of more
  than ``STALE_AFTER`` s since the last cycle the cycle lists every job instead, and a tracked
  job absent from that is re-read on its own (accounting's record, or ``missing``).

``/jobs/state`` carries no reason, so a pending job whose reason changes (Dependency →
DependencyNeverSatisfied, a hold placed later) would look unchanged: every ``PENDING_REFRESH``
seconds the full records of up to ``REFRESH_BATCH`` pending jobs are re-read, round-robin. That
bounds the extra cost whatever the cluster's size (listing every job would not).

Finished jobs are cached and never asked about again. The sync and async watchers wrap this.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ._adapters import Adapter, Call
from ._exceptions import JobNotFoundError
from ._models import JobInfo, JobState

__all__ = ["PENDING_REFRESH", "REFRESH_BATCH", "STALE_AFTER", "Backoff", "WatchState"]

PENDING_REFRESH = 10.0
REFRESH_BATCH = 8
# Longer than a wait's longest pause (Backoff.maximum), far shorter than Slurm's default MinJobAge (300 s).
STALE_AFTER = 30.0


@dataclass
class Backoff:
    """Poll interval for waits: starts at ``initial``, grows ×``factor`` per quiet cycle up to
    ``maximum``, and drops back to ``initial`` whenever a watched job changes state."""

    initial: float = 0.5
    factor: float = 1.5
    maximum: float = 10.0
    current: float = field(init=False)

    def __post_init__(self) -> None:
        self.current = self.initial

    def next(self, changed: bool) -> float:
        self.current = self.initial if changed else min(self.maximum, self.current * self.factor)
        return self.current


class WatchState:
    def __init__(self, adapter: Adapter) -> None:
        self.adapter = adapter
        self.infos: dict[int, JobInfo] = {}
        self.tracked: set[int] = set()
        self.missing: set[int] = set()  # neither the controller nor (yet) accounting knows them
        self._raw: dict[int, tuple[str, ...]] = {}
        self._since: int | None = None
        self._full_listing = False  # v0.0.38: this cycle lists every job, not just the changed ones
        self._asked_at = 0
        self.polled_at = 0.0  # monotonic time of the last completed cycle
        self.uses_states = adapter.job_states(()) is not None
        self._refreshed_at = time.monotonic()
        self._refresh_turn = 0  # round-robin position among pending jobs

    def track(self, job_ids: Iterable[int]) -> None:
        self.tracked.update(int(j) for j in job_ids)

    def untrack(self, job_ids: Iterable[int]) -> None:
        for j in job_ids:
            self.tracked.discard(int(j))
            self.infos.pop(int(j), None)
            self.missing.discard(int(j))
            self._raw.pop(int(j), None)

    def unfinished(self) -> list[int]:
        return sorted(j for j in self.tracked
                      if j not in self.missing and not (j in self.infos and self.infos[j].finished))

    def fresh(self, job_id: int, max_age: float) -> bool:
        """True when a cycle has answered for ``job_id`` (tracked) less than ``max_age`` s ago, or it is final."""
        if job_id in self.missing:
            return True
        info = self.infos.get(job_id)
        return info is not None and (info.finished or time.monotonic() - self.polled_at < max_age)

    def poll_call(self) -> Call | None:
        """The one request of this cycle, or None when every tracked job is finished."""
        pending = self.unfinished()
        if not pending:
            return None
        self._asked_at = int(time.time())
        if self.uses_states:
            call = self.adapter.job_states(pending)
            assert call is not None
            return call
        unknown = any(j not in self.infos for j in pending)
        self._full_listing = unknown or self._since is None or time.monotonic() - self.polled_at > STALE_AFTER
        return self.adapter.list_jobs(since=None if self._full_listing else self._since)

    def _pending_batch(self) -> list[int]:
        """Pending jobs whose full record is due for a re-read this cycle (see module docstring)."""
        now = time.monotonic()
        if now - self._refreshed_at < PENDING_REFRESH:
            return []
        pending = sorted(j for j, i in self.infos.items() if j in self.tracked and i.state is JobState.PENDING)
        if not pending:
            return []
        self._refreshed_at = now
        start = self._refresh_turn % len(pending)
        batch = (pending[start:] + pending[:start])[:REFRESH_BATCH]
        self._refresh_turn = start + len(batch)
        return batch

    def apply(self, body: dict[str, Any]) -> tuple[list[int], list[int]]:
        """Record a cycle's answer: (jobs whose full record must be fetched, jobs that changed)."""
        self.polled_at = time.monotonic()
        pending = self.unfinished()
        if self.uses_states:
            states = self.adapter.parse_states(body)
            changed = [j for j in pending if j not in self.infos or states.get(j) != self._raw.get(j)]
            return changed + [j for j in self._pending_batch() if j not in changed], []
        listed = self.adapter.parse_jobs(body)
        changed = [info.job_id for info in listed
                   if info.job_id in self.tracked and info.job_id in pending and self.record(info)]
        # Slurm's update_time has a one-second granularity: ask again from one second earlier.
        self._since = self._asked_at - 1
        # Re-read on its own: a job absent from a full listing (purged), and one whose record came from
        # accounting (the controller purged it, so no listing will show it again).
        absent = set(pending) - {i.job_id for i in listed} if self._full_listing else set()
        return [j for j in pending if j in absent or j not in self.infos or self.infos[j].from_accounting], changed

    def absorb(self, refreshed: Iterable[tuple[int, JobInfo | BaseException]]) -> list[int]:
        """Store the full records a cycle fetched; a job the controller no longer knows becomes
        ``missing``, any other failure is raised. Returns the jobs that changed."""
        changed = []
        for job_id, result in refreshed:
            if isinstance(result, JobNotFoundError):
                self.missing.add(job_id)
            elif isinstance(result, BaseException):
                raise result
            elif self.record(result):
                changed.append(job_id)
        return changed

    def record(self, info: JobInfo) -> bool:
        """Store a full record; True when its state words or its reason changed."""
        old = self.infos.get(info.job_id)
        changed = old is None or old.raw_state != info.raw_state or old.reason != info.reason
        self.infos[info.job_id] = info
        self._raw[info.job_id] = info.raw_state
        return changed
