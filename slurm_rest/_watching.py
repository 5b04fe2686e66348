"""Batched job watching, free of I/O: the requests a cycle needs (a plan the clients run), and what
their answers mean.

One poll cycle asks about *all* tracked unfinished jobs, ``STATE_CHUNK`` at a time:

- v0.0.40+: ``GET /jobs/state/?job_id=1&job_id=2…``, one JOB_STATE RPC in slurmctld per request;
  the requests of one cycle go out side by side (``chunk`` ids each: halved, and the cycle asked again,
  when a proxy before slurmrestd refuses so long a request line). A job is new or changed when its state words are;
  its full record (``GET /job/{id}``: FED_INFO + JOB_INFO_SINGLE) is read only when the caller
  needs more than the words: it *finished* (exit code, times), it went *back to PENDING*
  (requeued: the reason), or its words name no known state; a job first seen PENDING is read for
  its reason too, but at most ``FIRST_READS`` such jobs per cycle. Any other job (first seen, or
  changed to RUNNING, COMPLETING …) is noted from its words alone (``JobInfo.partial``). So first
  sight of N jobs costs ⌈N/STATE_CHUNK⌉ requests plus at most FIRST_READS reads, and a steady
  cycle exactly ⌈N/STATE_CHUNK⌉ requests. Full records are read one
  by one (side by side, bounded by the pool); when a cycle needs more than ``LIST_ABOVE`` of them
  after an earlier cycle (a map's tasks ending together), one listing (``update_time``: one JOB_INFO
  RPC instead of two per record) serves those it holds. slurmctld answers such a listing with "no
  change" or with *every* job it holds (``_slurm_rpc_dump_jobs``), so its cost grows with the
  controller: it is read record by record, keeping the watched jobs' records alone, and made only while
  the controller held at most ``LIST_SHARE`` jobs per record due at the last listing; a listing that
  fails is never tried again by this watcher, whose records are then read one by one.
- v0.0.38: ``GET /jobs?update_time=T`` returns every job (nothing if none changed since T). A job
  the controller purged (MinJobAge after it ended) is in no such listing, so after a gap of more
  than ``STALE_AFTER`` s since the last cycle the cycle lists every job instead, and a tracked
  job absent from that is re-read on its own (accounting's record, or ``missing``).

``/jobs/state`` carries no reason, so a pending job whose reason changes (Dependency →
DependencyNeverSatisfied, a hold placed later) would look unchanged: every ``PENDING_REFRESH``
seconds the full records of up to ``REFRESH_BATCH`` pending jobs are re-read, round-robin. That
bounds the extra cost whatever the cluster's size (listing every job would not).

Full records are read concurrently in one plan step, and those the controller has purged from
accounting in the next. Finished jobs are cached and never asked about again. The sync and async
watchers run ``WatchState.cycle()``; waits pace their cycles with ``Backoff`` and ``wait_step``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from . import _constants
from ._adapters import Adapter
from ._answers import body_of, one_job
from ._call import Call, Records
from ._exceptions import APIError, JobNotFoundError, SlurmRestError, WaitTimeout
from ._models import JobInfo, JobState, parse_job_state
from ._plans import Plan, read_records

__all__ = ["Backoff", "WatchState", "deadline", "remaining", "wait_step", "watched"]


@dataclass
class Backoff:
    """Poll interval for waits: starts at ``initial``, grows by ``factor`` per quiet cycle up to
    ``maximum``, and drops back to ``initial`` whenever a watched job changes state."""

    initial: float = 0.5
    factor: float = 1.5
    maximum: float = 10.0
    current: float = field(init=False)

    def __post_init__(self) -> None:
        self.current = self.initial

    def next(self, changed: bool) -> float:
        """The pause before the next cycle: back to ``initial`` after a change, else one step longer."""
        self.current = self.initial if changed else min(self.maximum, self.current * self.factor)
        return self.current


class WatchState:
    """What a watcher knows of its tracked jobs. Thread-safe: the sync watcher's callers track and
    untrack jobs from any thread while a cycle runs."""

    def __init__(self, adapter: Adapter) -> None:
        self.adapter = adapter
        self.infos: dict[int, JobInfo] = {}
        self.tracked: set[int] = set()
        self.missing: set[int] = set()  # neither the controller nor (yet) accounting knows them
        self._done: set[int] = set()  # jobs whose record is final (kept by record(), for unfinished())
        # When the last answered cycle asked, less one second (update_time's granularity): v0.0.38 lists
        # the jobs changed since then every cycle, v0.0.4x when many records are due at once (_read).
        self._since: int | None = None
        self._full_listing = False  # v0.0.38: this cycle lists every job, not just the changed ones
        self._asked_at = 0
        self.polled_at = 0.0  # monotonic time of the last completed cycle
        # How long the last cycle run ahead took, from its first request (None before one: see due()), and how
        # many unfinished jobs it asked about
        self.ahead_seconds: float | None = None
        self.ahead_jobs = 1
        self.uses_states = adapter.job_states(()) is not None
        self._refreshed_at = time.monotonic()
        self._refresh_turn = 0  # round-robin position among pending jobs
        self._guard = threading.RLock()
        self._asked: list[int] = []  # the unfinished jobs the current cycle asks about
        self._listed = 0.0  # jobs the last listing held (0: none read yet; inf: one failed, list no more)
        self._unreasoned: dict[int, None] = {}  # first seen pending, not yet read in full (ordered)
        self.chunk = _constants.STATE_CHUNK  # ids per state request: halved for a proxy that refuses long URLs

    def track(self, job_ids: Iterable[int]) -> None:
        with self._guard:
            self.tracked.update(int(j) for j in job_ids)

    def untrack(self, job_ids: Iterable[int]) -> None:
        with self._guard:
            for j in job_ids:
                self.tracked.discard(int(j))
                self.infos.pop(int(j), None)
                self.missing.discard(int(j))
                self._done.discard(int(j))

    def unfinished(self) -> list[int]:
        with self._guard:
            return sorted(self.tracked - self.missing - self._done)

    def fresh(self, job_id: int, max_age: float) -> bool:
        """True when a cycle has answered for ``job_id`` (tracked) less than ``max_age`` s ago, or it is final."""
        if job_id in self.missing:
            return True
        info = self.infos.get(job_id)
        return info is not None and (info.finished or time.monotonic() - self.polled_at < max_age)

    def due(self, max_age: float) -> bool:
        """True when the state is still fresh for ``max_age`` but will not be for as long as a cycle run ahead
        takes (``REFRESH_AHEAD`` times the last one, scaled up by how many more jobs there are to ask about now,
        at most half of ``max_age``; half of it until one has been timed, since one sending a request at a time
        takes longer than a cycle waited for): a cycle started now answers before it expires, so callers never
        wait for one (unfinished jobs only; none before the first cycle). Unscaled, a replica that had timed its
        cycle over 1,000 tasks (0.3 s) and then met 10,000 ran its first cycle ahead too late, and ~400 calls
        waited for it."""
        if not self.polled_at:
            return False
        # Unfinished jobs counted, not listed: this runs on every get(). ``missing`` and ``_done`` can hold ids
        # no longer tracked, which only makes the count smaller (no cycle ahead, as before).
        unfinished = len(self.tracked) - len(self.missing) - len(self._done)
        timed = self.ahead_seconds
        if timed is None:
            lead = max_age / 2
        else:
            lead = min(max_age / 2, _constants.REFRESH_AHEAD * timed * max(1.0, unfinished / self.ahead_jobs))
        return time.monotonic() - self.polled_at > max_age - lead and unfinished > 0

    def cycle(self, ahead: bool = False) -> Plan[list[int]]:
        """One poll cycle: the state requests, then the full records they call for (see the module
        docstring). Returns the jobs that changed; one run ``ahead`` is timed (``due``)."""
        started = time.monotonic()
        calls = self.poll_calls()
        if not calls:
            return []
        since = self._since  # the previous answered cycle's; apply() moves it to this one
        answers = yield calls
        while self.uses_states and self.chunk > 1 and any(map(_url_too_long, answers)):
            # A proxy before slurmrestd allows a shorter request line than slurmrestd does (nginx's default
            # 8 KiB holds ~500 ids): asked again in halves, and from now on in requests that size.
            self.chunk //= 2
            answers = yield self.poll_calls()
        refresh, changed = self.apply([body_of(a) for a in answers])
        quiet = self._quiet_reads(refresh) if self.uses_states else []
        if refresh or quiet:
            records = yield from self._read(refresh, quiet, since)
            changed = list(dict.fromkeys(changed + self.absorb((j, records[j]) for j in refresh + quiet)))
        self.polled_at = time.monotonic()  # answered now: waiters that queued behind this cycle are fresh
        if ahead:
            self.ahead_seconds, self.ahead_jobs = self.polled_at - started, max(1, len(self._asked))
        return changed

    def _read(
        self, changed: list[int], quiet: list[int], since: int | None
    ) -> Plan[dict[int, list[JobInfo] | JobNotFoundError]]:
        """Full records: of many jobs that changed since the last answered cycle (a map's tasks ending
        together) from one listing ``since`` (see the module docstring), which keeps theirs alone; the rest,
        and the ``quiet`` reads of jobs that did not change, one by one, side by side."""
        records: dict[int, list[JobInfo] | JobNotFoundError] = {}
        many = len(changed) > _constants.LIST_ABOVE and self._listed <= _constants.LIST_SHARE * len(changed)
        if self.uses_states and many and since is not None:
            (listing,) = yield (self._listing(since, set(changed)),)
            if isinstance(listing, SlurmRestError):  # too slow for the read timeout, say: one by one from now on
                self._listed = math.inf
            elif listing:  # {}: HTTP 304, nothing changed
                for info in self.adapter.parse_jobs(listing):
                    records[info.job_id] = [info]
        rest = [j for j in changed + quiet if j not in records]
        if rest:
            records |= yield from read_records(self.adapter, rest)
        return records

    def poll_calls(self) -> tuple[Call, ...]:
        """The requests of this cycle (none when every tracked job is finished)."""
        pending = self._asked = self.unfinished()
        if not pending:
            return ()
        self._asked_at = int(time.time())
        if self.uses_states:
            chunk = self.chunk
            calls = (self.adapter.job_states(pending[i : i + chunk]) for i in range(0, len(pending), chunk))
            return tuple(c for c in calls if c is not None)
        unknown = any(j not in self.infos for j in pending)
        self._full_listing = (
            unknown or self._since is None or time.monotonic() - self.polled_at > _constants.STALE_AFTER
        )
        return (self._listing(None if self._full_listing else self._since, set(pending)),)

    def _listing(self, since: int | None, wanted: set[int]) -> Call:
        """The jobs changed since ``since`` (every job with None), read record by record, keeping the records
        of ``wanted`` jobs alone: what a cycle holds is bounded by the jobs watched, not the cluster's."""

        def fresh() -> None:
            self._listed = 0

        def each(record: dict[str, Any]) -> dict[str, Any] | None:
            self._listed += 1
            job_id = record.get("job_id")
            if type(job_id) is not int:  # not a plain id: read as the parser reads it (refused if malformed)
                job_id = self.adapter.job_record(record).job_id
            return record if job_id in wanted else None

        return replace(self.adapter.list_jobs(since=since), records=Records("jobs", each, fresh))

    def _pending_batch(self) -> list[int]:
        """Pending jobs whose full record is due for a re-read this cycle (see module docstring)."""
        now = time.monotonic()
        if now - self._refreshed_at < _constants.PENDING_REFRESH:
            return []
        pending = sorted(j for j, i in self.infos.items() if j in self.tracked and i.state is JobState.PENDING)
        if not pending:
            return []
        self._refreshed_at = now
        start = self._refresh_turn % len(pending)
        batch = (pending[start:] + pending[:start])[: _constants.REFRESH_BATCH]
        self._refresh_turn = start + len(batch)
        return batch

    def apply(self, bodies: list[dict[Any, Any]]) -> tuple[list[int], list[int]]:
        """Record a cycle's answers, state answers as parsed on arrival: (jobs whose full record must be read,
        jobs that changed)."""
        with self._guard:
            self.polled_at = time.monotonic()
            # The jobs this cycle asked about (unfinished then, and still tracked): one tracked since is
            # not in the answer, and is no news.
            pending = [j for j in self._asked if j in self.tracked]
            self._since = self._asked_at - 1
            if self.uses_states:
                return self._apply_states(pending, bodies)
            listed = [info for body in bodies for info in self.adapter.parse_jobs(body)]
            changed = [
                info.job_id
                for info in listed
                if info.job_id in self.tracked and info.job_id in pending and self.record(info)
            ]
            # Re-read on its own: a job absent from a full listing (purged), and one whose record came from
            # accounting (the controller purged it, so no listing will show it again).
            absent = set(pending) - {i.job_id for i in listed} if self._full_listing else set()
            return [j for j in pending if j in absent or j not in self.infos or self.infos[j].from_accounting], changed

    def _apply_states(self, pending: list[int], parsed: list[dict[int, Any]]) -> tuple[list[int], list[int]]:
        """``parsed``: each state answer as ``parse_states`` made it when it arrived (``Call.parse``)."""
        states: dict[int, tuple[str, ...]] = {}
        for answer in parsed:
            states.update(answer)
        refresh: list[int] = []
        changed: list[int] = []
        for j in pending:
            words, old = states.get(j), self.infos.get(j)
            if words is not None and old is not None and words == old.raw_state:
                continue
            if words is None or _needs_record(words, old):  # absent: purged (accounting) or not yet listed
                refresh.append(j)
            else:
                self._note(j, words, old)
                changed.append(j)
        return refresh, changed

    def _quiet_reads(self, refresh: list[int]) -> list[int]:
        """Full records of jobs whose state did not change: pending jobs never read in full lack their reason
        (held? waiting on a dependency?), up to FIRST_READS of them per cycle, oldest first, so a burst of new
        jobs is learned over a few cycles; and the periodic refresh of pending jobs' reasons."""
        with self._guard:
            # Oldest first, and no further than needed: with 10,000 new jobs, looking at all of them each
            # cycle cost 10 ms of it. A job no longer unread is dropped when it is reached.
            first: list[int] = []
            stale: list[int] = []
            for j in self._unreasoned:
                if len(first) == _constants.FIRST_READS:
                    break
                if j not in self.tracked or not self._unread_pending(j):
                    stale.append(j)
                elif j not in refresh:
                    first.append(j)
            for j in stale:
                del self._unreasoned[j]
            return first + [j for j in self._pending_batch() if j not in refresh and j not in first]

    def _unread_pending(self, job_id: int) -> bool:
        info = self.infos.get(job_id)
        return info is not None and info.partial and info.state is JobState.PENDING

    def _note(self, job_id: int, words: tuple[str, ...], old: JobInfo | None) -> None:
        """Record a job's new state words alone (``partial``): the rest is the last full record's, if any."""
        state, flags, _unknown = parse_job_state(words)
        if old is None:
            self.infos[job_id] = JobInfo(job_id=job_id, state=state, flags=flags, raw_state=words, partial=True)
        else:
            reason = old.reason if state is JobState.PENDING else ""
            self.infos[job_id] = replace(old, state=state, flags=flags, raw_state=words, reason=reason, partial=True)
        if old is None and state is JobState.PENDING:
            self._unreasoned[job_id] = None

    def absorb(self, refreshed: Iterable[tuple[int, list[JobInfo] | JobNotFoundError]]) -> list[int]:
        """Store the full records a cycle fetched (a job's records; an array's first is its own); a job
        neither the controller nor accounting knows becomes ``missing``. Returns the jobs that changed."""
        changed = []
        with self._guard:
            for job_id, result in refreshed:
                if isinstance(result, JobNotFoundError):
                    self.missing.add(job_id)
                elif self.record(one_job(result, job_id)):
                    changed.append(job_id)
        return changed

    def record(self, info: JobInfo) -> bool:
        """Store a full record; True when its state words or its reason changed."""
        with self._guard:
            old = self.infos.get(info.job_id)
            changed = old is None or old.raw_state != info.raw_state or old.reason != info.reason
            self.infos[info.job_id] = info
            (self._done.add if info.finished else self._done.discard)(info.job_id)
            return changed


def _url_too_long(answer: object) -> bool:
    """A proxy's refusal of the request line (414) or of its head (431), not slurmrestd's answer."""
    return isinstance(answer, APIError) and answer.status_code in (414, 431)


def _needs_record(words: tuple[str, ...], old: JobInfo | None) -> bool:
    """Whether new state words call for the full record: the job finished (exit code, end time), it went
    back to PENDING (requeued; the reason says why and until when), or the words name no state known here."""
    state, flags, _unknown = parse_job_state(words)
    if state is JobState.UNKNOWN or JobInfo(job_id=0, state=state, flags=flags).finished:
        return True
    return state is JobState.PENDING and old is not None and old.state is not JobState.PENDING


def watched(state: WatchState, job_id: int) -> JobInfo:
    if job_id in state.missing:
        raise JobNotFoundError(
            f"job {job_id} is unknown to the controller (never existed, or purged after MinJobAge)", path=str(job_id)
        )
    return state.infos[job_id]


def deadline(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


def remaining(deadline: float | None) -> float | None:
    """Seconds left until ``deadline`` (0 once past it: a wait then makes one check, then times out)."""
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def wait_step(
    state: WatchState,
    ids: list[int],
    changed: list[int],
    *,
    backoff: Backoff,
    deadline: float | None,
    timeout: float | None,
    on_update: Callable[[JobInfo], None] | None,
) -> dict[int, JobInfo] | float:
    """After one cycle of a wait: the final records of ``ids``, or how long to pause before the next
    cycle; raises WaitTimeout when that pause would end past ``deadline``."""
    if on_update:
        for j in changed:
            on_update(state.infos[j])
    if not state.unfinished():
        return {j: watched(state, j) for j in ids}
    pause = backoff.next(bool(changed))
    if deadline is not None and time.monotonic() + pause > deadline:
        pending = {j: state.infos.get(j) for j in state.unfinished()}
        raise WaitTimeout(
            f"{len(pending)} job(s) unfinished after {timeout}s: {sorted(pending)}", pending=dict(pending)
        )
    return pause
