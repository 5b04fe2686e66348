"""Slow slurmrestd: the pace of requests in flight (``_pace``), and a submit whose answer timed out.

A rate-limited controller answers late, never with an error (the live side: tests/live/test_limits.py);
these are the shapes a real daemon cannot be made to give on demand: a job that shows up in listings
only long after its submit timed out, a 504 from a gateway, exact clocks for the pace.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest

from slurm_rest import (
    AsyncSlurmClient,
    JobSpec,
    SlurmClient,
    SubmitUnknownError,
    TransportError,
    UnavailableError,
    _constants,
    _pace,
)
from slurm_rest._call import Call
from slurm_rest._pace import Pace
from tests.fake_slurmrestd import FakeSlurmrestd

from .test_client_faults import FAMILIES, SCRIPT, STATIC_TOKEN, URL, tags

SYNC = [pytest.param(True, id="sync"), pytest.param(False, id="async")]


def submit(fake: FakeSlurmrestd, sync: bool, spec: JobSpec, **settings: Any) -> Any:
    """Submit as users do with a sync or async client; the job id or the exception raised."""
    settings = {"url": URL, "user": "alice", "token": STATIC_TOKEN, "transport": fake.transport(), **settings}
    try:
        if sync:
            with SlurmClient(**settings) as c:
                return c.submit(spec)

        async def go() -> int:
            async with AsyncSlurmClient(**settings) as c:
                return await c.submit(spec)

        return asyncio.run(go())
    except TransportError as exc:
        return exc


@pytest.fixture
def quick_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real pauses, short ones: a pending submit's lookups run on the clock until the retry deadline."""
    monkeypatch.setattr(_constants, "PENDING_LOOKUP_DELAYS", (0.01, 0.02))


@pytest.mark.parametrize("release", FAMILIES)
@pytest.mark.parametrize("sync", SYNC)
def test_a_timed_out_submit_is_never_resent_and_its_late_job_is_found(
    release: str, sync: bool, quick_lookups: None
) -> None:
    """slurmrestd sleeping out a rate limit: the submit's read times out, its job appears only much later.
    Looking three times and sending again (as for a connection that dropped) would make a second job."""
    fake = FakeSlurmrestd(release, list_lag=12)
    fake.fault("submit", "timeout")  # the server acts on it, the client's read times out
    job_id = submit(fake, sync, JobSpec(script=SCRIPT, name="late"))
    assert fake.count("submit") == 1 and list(fake.jobs) == [job_id]
    assert fake.count("jobs") == 13  # looked until the job appeared


@pytest.mark.parametrize("sync", SYNC)
def test_a_timed_out_submit_whose_job_never_appears_is_unknown_with_its_key(
    sync: bool, pauses: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its lookups go on until the retry deadline (recorded pauses, not slept: how many fit does not depend
    on how busy the machine is), then it is unknown, with the key that finds it later."""
    monkeypatch.setattr(_constants, "PENDING_LOOKUP_DELAYS", (1.0, 2.0))
    fake = FakeSlurmrestd("24.11")
    fake.fault("submit", "timeout", effect=False)
    exc = submit(fake, sync, JobSpec(script=SCRIPT), retry_deadline=10)
    assert isinstance(exc, SubmitUnknownError) and exc.sent and exc.pending
    assert fake.count("submit") == 1 and not fake.jobs and fake.count("jobs") >= 5
    assert "find_submitted(once)" in str(exc)
    # the job shows up after all: its key finds it
    fake.add_job(77, comment=tags(fake)[0])
    with SlurmClient(url=URL, user="alice", token=STATIC_TOKEN, transport=fake.transport()) as c:
        assert c.find_submitted(exc.once) == 77


@pytest.mark.parametrize("release", FAMILIES)
def test_a_gateway_timeout_on_submit_is_pending_too(release: str, quick_lookups: None) -> None:
    """504: a proxy (or 24.11+'s slurmrestd, for the controller) stopped waiting; the request may go on."""
    fake = FakeSlurmrestd(release, list_lag=6)
    fake.fault("submit", 504, effect=True)
    job_id = submit(fake, True, JobSpec(script=SCRIPT))
    assert fake.count("submit") == 1 and list(fake.jobs) == [job_id]


def test_an_answered_failure_is_still_looked_up_then_resent(quick_lookups: None) -> None:
    """502/503: slurmrestd finished with the request (it answered), so after the lookups it is sent again."""
    fake = FakeSlurmrestd("24.11")
    fake.fault("submit", 503, effect=False)
    job_id = submit(fake, True, JobSpec(script=SCRIPT))
    assert fake.count("submit") == 2 and list(fake.jobs) == [job_id]


STATES = Call("GET", "/jobs/state")
SUBMIT = Call("POST", "/job/submit")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(_pace.time, "monotonic", c)
    return c


def exchange(pace: Pace, clock: Clock, took: float, failure: BaseException | None = None) -> None:
    started = pace.enter(STATES)
    assert started is not None
    clock.now += took
    pace.leave(started, failure, STATES)


def test_the_pace_halves_on_slow_answers_once_per_window_and_grows_back(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    pace = Pace(16)
    caplog.set_level(logging.WARNING, "slurm_rest.pace")
    assert pace.limit == _constants.PACE_START
    exchange(pace, clock, _constants.QUICK_ANSWER + 0.5)  # neither quick nor slow: no change
    assert pace.limit == _constants.PACE_START
    for _ in range(16):  # slow start: one more per quick answer
        exchange(pace, clock, 0.1)
    assert (pace.limit, pace.slowdowns) == (16, 0)
    exchange(pace, clock, _constants.SLOW_ANSWER + 1)
    assert (pace.limit, pace.slowdowns) == (8, 1)
    exchange(pace, clock, 0.1, TransportError("x", sent=True, pending=True))  # same burst: counted once
    assert (pace.limit, pace.slowdowns) == (8, 1)
    clock.now += _constants.SLOW_ANSWER
    exchange(pace, clock, 0.1, UnavailableError("GET /x: HTTP 502", status_code=502))
    assert (pace.limit, pace.slowdowns) == (4, 2)
    exchange(pace, clock, 0.1, TransportError("x", sent=True))  # a dropped connection: no sign of load
    assert pace.slowdowns == 2
    for _ in range(200):
        exchange(pace, clock, 0.1)
    assert pace.limit == 16 and pace.in_flight == 0
    assert [r.getMessage() for r in caplog.records] == [
        "slurmrestd is slow (GET /jobs/state answered after 6.0 s; a rate-limited controller or a connection "
        "cap?): at most 8 requests at a time from now on",
        "slurmrestd is slow (GET /jobs/state UnavailableError after 0.1 s; a rate-limited controller or a "
        "connection cap?): at most 4 requests at a time from now on",
    ]


def test_the_pace_holds_requests_over_its_limit_and_never_drops_below_one(clock: Clock) -> None:
    pace = Pace(2)
    first, second = pace.enter(STATES), pace.enter(STATES)
    assert first is not None and second is not None and pace.enter(STATES) is None
    clock.now += 60
    pace.leave(first, None, STATES)
    assert pace.limit == 1 and pace.in_flight == 1 and pace.enter(STATES) is None
    clock.now += 60
    pace.leave(second, None, STATES)
    assert pace.limit == 1 and pace.enter(STATES) is not None  # one always goes


def test_a_request_unanswered_past_slow_answer_halves_the_pace_once(
    clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    """A request sleeping in libslurm's back-off answers only after its lost races (28.8 s in a live run): the
    pace narrows once it has been in flight ``SLOW_ANSWER`` s, not again while it stays out, nor at its late
    answer. A listing of every job is as slow as the controller is big: never counted."""
    caplog.set_level(logging.WARNING, "slurm_rest.pace")
    pace = Pace(16)
    for _ in range(12):
        exchange(pace, clock, 0.0)
    assert pace.limit == 16
    listing = Call("GET", "/jobs", listing=True)
    everything = pace.enter(listing)
    clock.now += 60
    exchange(pace, clock, 0.0)
    assert pace.limit == 16  # the listing has been out a minute: fine
    stuck = pace.enter(SUBMIT)
    clock.now += _constants.SLOW_ANSWER - 0.5
    exchange(pace, clock, 0.0)
    assert pace.limit == 16
    clock.now += 1.0  # the submit: unanswered past SLOW_ANSWER
    exchange(pace, clock, 0.0)
    assert (pace.limit, pace.slowdowns) == (8, 1)
    clock.now += _constants.SLOW_ANSWER + 20  # still out, windows later: counted once
    exchange(pace, clock, 0.0)
    assert (pace.limit, pace.slowdowns) == (8, 1)
    assert stuck is not None and everything is not None
    pace.leave(stuck, None, SUBMIT)  # its answer, 25.5 s late: counted when it was out
    assert (pace.limit, pace.slowdowns) == (8, 1)
    later = pace.enter(SUBMIT)  # another one stuck, in a later window: counted
    clock.now += _constants.SLOW_ANSWER + 1
    assert pace.enter(STATES) is not None and (pace.limit, pace.slowdowns) == (4, 2)
    assert later is not None
    pace.leave(later, None, SUBMIT)
    pace.leave(everything, None, listing)
    assert pace.slowdowns == 2 and pace.in_flight == 1
    assert [r.getMessage() for r in caplog.records] == [
        f"slurmrestd is slow (POST /job/submit unanswered after {t} s; a rate-limited controller or a connection "
        f"cap?): at most {n} requests at a time from now on"
        for t, n in (("5.5", 8), ("6.0", 4))
    ]


def test_the_pace_counts_callers_waiting_for_their_turn_until_they_leave_the_queue() -> None:
    """The connection pool keeps an idle connection for each (``_pool``): a caller given up (cancelled, or
    an error while it waits) is no longer counted."""
    pace = Pace(1)
    with pace.queue(), pace.queue():
        assert pace.waiting == 2 and pace.upcoming == 1  # no more than the limit lets go at once
    with pytest.raises(asyncio.CancelledError), pace.queue():
        raise asyncio.CancelledError
    assert pace.waiting == 0


@pytest.mark.parametrize("sync", SYNC)
def test_a_client_reports_its_slowdowns(sync: bool) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.add_job(5)
    fake.fault("job", 503)
    settings = {"url": URL, "user": "alice", "token": STATIC_TOKEN, "transport": fake.transport()}
    if sync:
        with SlurmClient(**settings) as c:
            c.get_job(5)
            stats = c.stats
    else:

        async def go() -> Any:
            async with AsyncSlurmClient(**settings) as c:
                await c.get_job(5)
                return c.stats

        stats = asyncio.run(go())
    assert stats.slowdowns == 1 and stats.pace < _constants.PACE_START


# Written out, not read from TRANSIENT_ERRNOS: 104 is what 22.05 answered live when its primary died.
COMMUNICATION_ERRNOS = [
    11,
    32,
    104,
    110,
    111,
    113,
    1001,
    1002,
    1003,
    1004,
    1800,
    1801,
    1802,
    1803,
    1804,
    1805,
    1900,
    5000,
    5001,
    5002,
    5003,
    5004,
]


@pytest.mark.parametrize("errno", COMMUNICATION_ERRNOS)
@pytest.mark.parametrize("effect", [False, True], ids=["not-made", "made"])
def test_a_submit_failing_with_a_controller_communication_error_is_looked_up_not_refused(
    errno: int, effect: bool, pauses: list[float]
) -> None:
    """slurmrestd answered (HTTP 500 with Slurm's errno): the controller was unreachable or went away mid-RPC,
    as when a primary dies and its backup has not yet taken over. Not a refusal: the job is looked for by its
    tag (it exists if the controller had made it) and the submit is sent again only if it is not there."""
    fake = FakeSlurmrestd("22.05")
    fake.fault(
        "submit", lambda request: httpx.Response(500, json=fake.error_body((errno, "comm failure"))), effect=effect
    )
    job_id = submit(fake, True, JobSpec(script=SCRIPT))
    assert list(fake.jobs) == [job_id] and fake.count("submit") == (1 if effect else 2)
    assert pauses and pauses[0] == _constants.LOOKUP_DELAYS[0]  # looked up first
