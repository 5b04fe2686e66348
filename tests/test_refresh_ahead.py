"""A watcher's get() never makes its callers wait for a cycle they did not need: when the state is still
fresh for ``max_age`` but will not be for as long as a cycle takes, the caller that notices runs the next
cycle, and every other caller meanwhile is answered from the state that cycle replaces. At 10,000 tracked
jobs a cycle took 0.2-0.6 s, and before this every get() that arrived while it ran waited for it (the
capacity bench's p99 of 250-480 ms)."""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from slurm_rest import APIError, AsyncSlurmClient, SlurmClient, _constants, _gather, _watching

from .fake_slurmrestd import FakeSlurmrestd

URL = "http://slurmrestd.test"
MAX_AGE = 1.0


@dataclass
class Clock:
    """The watch state's clock, moved by hand (a cycle then takes no time: ``ahead_seconds`` is set)."""

    now: float = 1000.0

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return 1.8e9 + self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(_watching, "time", c)
    return c


def watching(
    fake: FakeSlurmrestd, sync: bool, steps: Callable[[Callable[[], Any], Any], None], job: int, url: str = ""
) -> None:
    """Run ``steps(get, watcher)`` on a sync or an async client's watcher, ``get()`` asking for ``job``; the
    client reaches the fake through its transport, or at ``url`` (``http_server``)."""
    reach: dict[str, Any] = {"url": url} if url else {"url": URL, "transport": fake.transport()}
    if sync:
        with SlurmClient(user="alice", token="t", **reach) as c:
            w = c.watcher()
            steps(lambda: w.get(job, max_age=MAX_AGE), w)
        return

    async def go() -> None:
        async with AsyncSlurmClient(user="alice", token="t", **reach) as c:
            w = await c.watcher()
            loop = asyncio.get_running_loop()
            # steps() is plain code: each get() runs to its end on this loop, from a worker thread

            async def get() -> Any:
                info = await w.get(job, max_age=MAX_AGE)
                await settled(w)  # a cycle the get started ahead runs in the background: the steps see it end
                return info

            await loop.run_in_executor(None, steps, lambda: asyncio.run_coroutine_threadsafe(get(), loop).result(), w)

    asyncio.run(go())


async def settled(w: Any) -> None:
    """Until the async watcher's cycle run ahead (if any) has ended."""
    for _ in range(1000):
        if w._ahead is None:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the cycle run ahead did not end")


@pytest.mark.parametrize("sync", [pytest.param(True, id="sync"), pytest.param(False, id="async")])
def test_a_get_whose_state_expires_within_a_cycle_runs_the_next_one_ahead(clock: Clock, sync: bool) -> None:
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="RUNNING").job_id

    def steps(get: Callable[[], Any], w: Any) -> None:
        get()  # first sight: the get waits for a cycle
        assert fake.count("states") == 1
        # No cycle run ahead has been timed (one waited for sends its requests side by side, so says nothing
        # of how long one sending them one at a time takes): the lead is half of max_age.
        assert w.state.ahead_seconds is None
        clock.now += MAX_AGE / 2 - 0.01
        get()
        assert fake.count("states") == 1
        clock.now += 0.02
        get()
        assert fake.count("states") == 2 and w.state.ahead_seconds == 0.0  # timed (the clock stood still)

        w.state.ahead_seconds = 0.2  # the lead: REFRESH_AHEAD * 0.2 s
        lead = _constants.REFRESH_AHEAD * 0.2
        clock.now += MAX_AGE - lead - 0.01
        get()
        assert fake.count("states") == 2  # fresh for longer than a cycle takes: nothing sent
        clock.now += 0.02
        get()
        assert fake.count("states") == 3  # fresh, but not for a cycle's time: the next one ran now
        assert w.state.polled_at == clock.now

        w.state.ahead_seconds = 100.0  # a cycle slower than max_age: the lead stops at half of it
        clock.now += MAX_AGE / 2 - 0.01
        get()
        assert fake.count("states") == 3
        clock.now += 0.02
        get()
        assert fake.count("states") == 4

        fake.finish(job, exit_code=0)
        clock.now += MAX_AGE  # stale: the get waits for a cycle, which sees the end
        assert get().finished and fake.count("states") == 5
        clock.now += MAX_AGE - 0.01
        get()  # nothing unfinished is tracked: no cycle ahead
        assert fake.count("states") == 5

    watching(fake, sync, steps, job)


class InFlight(dict[str, float]):
    """``FakeSlurmrestd.delays`` that counts the state requests in flight at once (``peak``): each is held
    ``hold`` s, or, once ``gated``, until ``release`` is set."""

    def __init__(self, hold: float = 0.1) -> None:
        super().__init__()
        self.hold, self.now, self.peak = hold, 0, 0
        self.gated, self.release = threading.Event(), threading.Event()
        self._lock = threading.Lock()

    def get(self, kind: str, default: float = 0.0) -> float:  # type: ignore[override]
        if kind != "states":
            return 0.0
        with self._lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        try:
            if self.gated.is_set():
                assert self.release.wait(10)
            else:
                threading.Event().wait(self.hold)  # a real pause: the ``pauses`` fixture records time.sleep
        finally:
            with self._lock:
                self.now -= 1
        return 0.0

    def reach(self, count: int) -> bool:
        """Until ``count`` state requests are in flight at once (at most 10 s)."""
        waiting = threading.Event()
        for _ in range(1000):
            if self.now == count:
                return True
            waiting.wait(0.01)
        return False


def test_callers_are_answered_from_the_old_state_while_a_cycle_ahead_runs(clock: Clock) -> None:
    """Threads share a sync watcher: one runs the cycle ahead (held at slurmrestd here), another asks meanwhile
    and is answered at once, without a request; the cycle then answers and the state moves on."""
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="RUNNING").job_id
    fake.delays = flight = InFlight()
    with SlurmClient(url=URL, user="alice", token="t", transport=fake.transport()) as c:
        w = c.watcher()
        w.get(job, max_age=MAX_AGE)
        w.state.ahead_seconds = 0.2
        clock.now += MAX_AGE - 0.1  # within the lead
        flight.gated.set()
        ahead = threading.Thread(target=w.get, args=(job,), kwargs={"max_age": MAX_AGE})
        ahead.start()
        assert flight.reach(1)  # the cycle's state request, held at slurmrestd
        before = w.state.polled_at
        info = w.get(job, max_age=MAX_AGE)  # answered now, from the state the held cycle will replace
        assert info.job_id == job and w.state.polled_at == before and ahead.is_alive()
        clock.now += 0.05
        flight.release.set()
        ahead.join(10)
        assert not ahead.is_alive() and w.state.polled_at == clock.now and fake.count("states") == 2


def four_chunks(monkeypatch: pytest.MonkeyPatch) -> tuple[FakeSlurmrestd, InFlight, list[int]]:
    """Four running jobs, one per state request (a cycle then sends four)."""
    monkeypatch.setattr(_constants, "STATE_CHUNK", 1)
    fake = FakeSlurmrestd("24.11")
    jobs = [fake.add_job(state="RUNNING").job_id for _ in range(4)]
    fake.delays = flight = InFlight()
    return fake, flight, jobs


@pytest.mark.parametrize("sync", [pytest.param(True, id="sync"), pytest.param(False, id="async")])
def test_a_cycle_run_ahead_sends_one_request_at_a_time(
    clock: Clock, monkeypatch: pytest.MonkeyPatch, sync: bool
) -> None:
    """A cycle somebody waits for sends its requests side by side; one run ahead, REFRESH_FANOUT at a time, so
    that a connector replica handles its answers one by one between the calls it serves."""
    fake, flight, jobs = four_chunks(monkeypatch)
    peaks = []

    def steps(get: Callable[[], Any], w: Any) -> None:
        w.track(jobs)
        get()  # first sight: the cycle is waited for
        peaks.append(flight.peak)
        flight.peak = 0
        w.state.ahead_seconds = 0.2
        clock.now += MAX_AGE - 0.1  # within the lead
        get()
        peaks.append(flight.peak)

    with fake.http_server() as url:  # a real socket: the async client's requests are in flight together too
        watching(fake, sync, steps, jobs[0], url)
    assert fake.count("states") == 8
    assert peaks[0] > 1 and peaks[1] == _constants.REFRESH_FANOUT  # side by side (4 unless a runner stalls)


def test_a_caller_that_comes_to_wait_widens_the_cycle_run_ahead(clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cycle run ahead has not answered when the state expires: the caller that now waits for it lets the
    rest of its requests go side by side (the client's whole width), and no second cycle is run."""
    fake, flight, jobs = four_chunks(monkeypatch)
    with SlurmClient(url=URL, user="alice", token="t", transport=fake.transport()) as c:
        w = c.watcher()
        w.track(jobs)
        w.get(jobs[0], max_age=MAX_AGE)
        w.state.ahead_seconds = 0.2
        clock.now += MAX_AGE - 0.1  # within the lead
        flight.gated.set()
        flight.peak = 0
        ahead = threading.Thread(target=w.get, args=(jobs[0],), kwargs={"max_age": MAX_AGE})
        ahead.start()
        assert flight.reach(1)  # one request at a time, held at slurmrestd
        clock.now += 0.2  # expired: this caller must wait for the cycle
        waiter = threading.Thread(target=w.get, args=(jobs[1],), kwargs={"max_age": MAX_AGE})
        waiter.start()
        assert flight.reach(4)  # widened: the cycle's other three requests went out meanwhile
        flight.release.set()
        ahead.join(10)
        waiter.join(10)
    assert not ahead.is_alive() and not waiter.is_alive()
    assert fake.count("states") == 8 and w.state.polled_at == clock.now  # the one cycle answered both


def test_the_async_caller_that_starts_a_cycle_ahead_is_answered_without_waiting_for_it(
    clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, flight, jobs = four_chunks(monkeypatch)

    async def go(url: str) -> None:
        async with AsyncSlurmClient(url=url, user="alice", token="t") as c:
            w = await c.watcher()
            w.track(jobs)
            await w.get(jobs[0], max_age=MAX_AGE)
            w.state.ahead_seconds = 0.2
            clock.now += MAX_AGE - 0.1  # within the lead
            flight.gated.set()  # the cycle's first state request is held at slurmrestd
            before = w.state.polled_at
            info = await asyncio.wait_for(w.get(jobs[0], max_age=MAX_AGE), 5)
            assert info.job_id == jobs[0] and w._ahead is not None and w.state.polled_at == before
            flight.release.set()
            await settled(w)
            assert w.state.polled_at == clock.now

    with fake.http_server() as url:
        asyncio.run(go(url))
    assert fake.count("states") == 8


async def test_a_cycle_run_ahead_that_fails_is_logged_and_the_next_caller_that_needs_one_hears_why(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="RUNNING").job_id
    async with AsyncSlurmClient(url=URL, user="alice", token="t", transport=fake.transport()) as c:
        w = await c.watcher()
        await w.get(job, max_age=MAX_AGE)
        w.state.ahead_seconds = 0.2
        clock.now += MAX_AGE - 0.1
        fake.fault("states", 400, times=None)
        with caplog.at_level(logging.INFO, "slurm_rest.watch"):
            assert (await w.get(job, max_age=MAX_AGE)).job_id == job  # answered from the state it had
            await settled(w)
        assert "cycle run ahead failed" in caplog.text and "400" in caplog.text
        clock.now += 0.2  # expired: this caller waits for a cycle of its own, and hears why it failed
        with pytest.raises(APIError, match="400"):
            await w.get(job, max_age=MAX_AGE)


class Arrivals(InFlight):
    """``InFlight`` that also notes when each state request reached slurmrestd."""

    def __init__(self) -> None:
        super().__init__(hold=0.0)
        self.times: list[float] = []

    def get(self, kind: str, default: float = 0.0) -> float:  # type: ignore[override]
        if kind == "states":
            self.times.append(time.monotonic())
        return super().get(kind, default)


def test_a_narrow_plan_pauses_within_its_budget_until_widened() -> None:
    narrow = _gather.Narrow(1, pauses=0.125)
    assert narrow.pause(4) == _constants.AHEAD_GAP  # 0.02 s each: within the budget
    assert narrow.pause(32) == pytest.approx(0.125 / 32)  # AHEAD_GAP each would outlast the budget: less
    assert _gather.Narrow(1, pauses=5 * _constants.AHEAD_PAUSES).pause(5) == _constants.AHEAD_GAP
    assert _gather.Narrow(1).pause(3) == 0.0  # no budget, no pause
    narrow.widen()
    assert narrow.pause(4) == 0.0  # a caller waits for the plan now


@pytest.mark.parametrize("sync", [pytest.param(True, id="sync"), pytest.param(False, id="async")])
def test_an_async_cycle_run_ahead_spreads_its_requests_and_a_sync_one_does_not(
    clock: Clock, monkeypatch: pytest.MonkeyPatch, sync: bool
) -> None:
    """The async cycle run ahead pauses after each answer (its CPU, and the daemons', spread out); the sync one
    runs in the thread that asked, which a pause would hold up."""
    monkeypatch.setattr(_constants, "STATE_CHUNK", 1)
    monkeypatch.setattr(_constants, "AHEAD_GAP", 0.05)
    fake = FakeSlurmrestd("24.11")
    jobs = [fake.add_job(state="RUNNING").job_id for _ in range(4)]
    fake.delays = arrivals = Arrivals()

    def steps(get: Callable[[], Any], w: Any) -> None:
        w.track(jobs)
        get()
        arrivals.times.clear()
        w.state.ahead_seconds = 0.2
        clock.now += MAX_AGE - 0.1  # within the lead
        get()

    watching(fake, sync, steps, jobs[0])
    gaps = [b - a for a, b in itertools.pairwise(arrivals.times)]
    assert len(gaps) == 3
    pause = min(0.05, MAX_AGE * _constants.AHEAD_PAUSES / 4)  # 31 ms: the budget bounds it
    if sync:
        assert max(gaps) < pause, gaps
    else:
        assert min(gaps) >= pause, gaps


def test_the_lead_grows_with_the_jobs_to_ask_about_since_the_last_timed_cycle(clock: Clock) -> None:
    """A replica that timed its cycle run ahead over few tasks and then meets many starts the next one early
    enough for the many (the capacity bench, 1,000 then 10,000 tasks: ~400 calls waited for a late cycle)."""
    fake = FakeSlurmrestd("24.11")
    jobs = [fake.add_job(state="RUNNING").job_id for _ in range(10)]
    with SlurmClient(url=URL, user="alice", token="t", transport=fake.transport()) as c:
        w = c.watcher()
        w.get(jobs[0], max_age=MAX_AGE)
        w.state.ahead_seconds, w.state.ahead_jobs = 0.1, 1  # timed over the one job
        clock.now += MAX_AGE - 0.3  # 0.3 s left: more than 1.5 x 0.1 s
        assert not w.state.due(MAX_AGE)
        w.track(jobs)  # ten to ask about: 1.5 s, at most half of max_age (0.5 s)
        assert w.state.due(MAX_AGE)
        clock.now -= 0.25  # 0.55 s left
        assert not w.state.due(MAX_AGE)
