"""A listing of every job waits ``listing_timeout``, every other request ``read_timeout``.

slurmrestd sends nothing until a listing's answer is built: on a 24.11 controller holding 20,000+ jobs that
took ~50 s, past the 30 s read timeout, and ``jobs()`` failed. A watcher's listings keep the read timeout. The fake serves on a real socket
(``FakeSlurmrestd.http_server``) with its answer held back (``delays``), so httpx's own timeouts run; clients
are built as users build them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from slurm_rest import AsyncSlurmClient, ClientConfig, ConfigError, SlurmClient, TransportError, _constants, _pace
from slurm_rest._call import Call
from slurm_rest._http import timeout_for
from slurm_rest._pace import Pace
from tests.fake_slurmrestd import FakeSlurmrestd

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.LISTING-SIGNATURE"
RELEASES = [pytest.param("22.05", id="v0.0.38"), pytest.param("24.11", id="v0.0.42")]
SYNC = [pytest.param(True, id="sync"), pytest.param(False, id="async")]
QUICK = 0.3  # read_timeout: every held-back answer below outlasts it
HELD = 30.0  # an answer held far past read_timeout, short of listing_timeout: a CPU-starved CI runner that
# stalls this process for seconds still cannot make giving up at read_timeout look like waiting for it


def run(url: str, sync: bool, op: Callable[[Any], Any], **settings: Any) -> Any:
    """``op(client)`` on a fresh sync or async client for ``url`` (``op`` returns an awaitable when async),
    and the client's stats after it."""
    settings = {"token": TOKEN, "read_timeout": QUICK, "retry_deadline": 1.0, **settings}
    if sync:
        with SlurmClient(url=url, user="alice", **settings) as c:
            return op(c), c.stats

    async def go() -> Any:
        async with AsyncSlurmClient(url=url, user="alice", **settings) as c:
            return await op(c), c.stats

    return asyncio.run(go())


@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("release", RELEASES)
def test_a_slow_listing_is_awaited_past_the_read_timeout(release: str, sync: bool) -> None:
    fake = FakeSlurmrestd(release)
    for job_id in (7, 8):
        fake.add_job(job_id, state="RUNNING")
    fake.delays["jobs"] = 3 * QUICK
    with fake.http_server() as url:
        listed, stats = run(url, sync, lambda c: c.jobs(), listing_timeout=HELD)
    assert sorted(j.job_id for j in listed) == [7, 8]
    assert fake.count("jobs") == 1  # answered at the first try: no read timeout, no retry
    assert stats.slowdowns == 0


@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(
    ("release", "kind", "op"),
    [
        pytest.param("24.11", "job", lambda c: c.get_job(7), id="get_job"),
        # A watcher serves many waiters: its listings (22.05's every poll) are retried after read_timeout, so
        # one stuck behind a rate-limited controller's back-off never holds them all for listing_timeout.
        pytest.param("22.05", "jobs", lambda c: c.wait(7, timeout=30), id="a-22.05-watcher"),
    ],
)
def test_any_other_request_times_out_at_the_read_timeout(release: str, kind: str, op: Any, sync: bool) -> None:
    """The longer wait is for jobs() and find_submitted() alone: another held-back answer fails at
    ``read_timeout``, as a read timeout, although ``listing_timeout`` would have waited (one attempt)."""
    fake = FakeSlurmrestd(release)
    fake.add_job(7, state="RUNNING")
    fake.delays[kind] = HELD
    with fake.http_server() as url:
        started = time.monotonic()
        with pytest.raises(TransportError) as info:
            run(url, sync, op, listing_timeout=2 * HELD, retry_deadline=0.01)
        took = time.monotonic() - started
    assert info.value.pending and "ReadTimeout" in str(info.value), info.value
    assert QUICK <= took < HELD / 2, took


@pytest.mark.parametrize("sync", SYNC)
def test_a_listing_slower_than_the_listing_timeout_fails_as_a_read_timeout(sync: bool) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.add_job(7, state="RUNNING")
    fake.delays["jobs"] = 5 * QUICK
    with fake.http_server() as url, pytest.raises(TransportError) as info:
        run(url, sync, lambda c: c.jobs(), listing_timeout=2 * QUICK)
    assert info.value.pending and "ReadTimeout" in str(info.value) and "/jobs/" in str(info.value), info.value


def test_the_pace_does_not_count_a_slow_listing_as_an_overloaded_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """A listing is as slow as the controller is big; any other answer that slow halves the pace."""
    listing = Call("GET", "/slurm/v0.0.42/jobs/", listing=True)
    single = Call("GET", "/slurm/v0.0.42/job/7")
    pace = Pace(8)
    now = time.monotonic()
    monkeypatch.setattr(_pace.time, "monotonic", lambda: now)
    long_ago, also = pace.enter(listing), pace.enter(single)
    assert long_ago is not None and also is not None
    now += 2 * _constants.SLOW_ANSWER
    pace.leave(long_ago, None, listing)
    assert (pace.slowdowns, pace.limit) == (0, _constants.PACE_START)
    pace.leave(also, None, single)
    assert (pace.slowdowns, pace.limit) == (1, _constants.PACE_START // 2)


def test_listing_timeout_is_configured_like_the_read_timeout() -> None:
    default = ClientConfig(url="http://h", user="u", token="t", read_timeout=7)
    assert default.listing_timeout is None  # a listing waits read_timeout unless told otherwise
    assert timeout_for(Call("GET", "/slurm/v0.0.42/jobs/", listing=True), default) == httpx.Timeout(7, connect=5)
    env = {"SLURM_REST_URL": "http://h", "SLURM_REST_USER": "u", "SLURM_JWT": "t", "SLURM_REST_LISTING_TIMEOUT": "600"}
    assert ClientConfig.from_env(env).listing_timeout == 600.0
    with pytest.raises(ConfigError, match="SLURM_REST_LISTING_TIMEOUT must be a number"):
        ClientConfig.from_env({**env, "SLURM_REST_LISTING_TIMEOUT": "soon"})
    with pytest.raises(ConfigError, match="listing_timeout must be positive"):
        ClientConfig(url="http://h", user="u", token="t", listing_timeout=0)
