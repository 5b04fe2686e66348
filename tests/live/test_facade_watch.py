"""Batched watching on every testbed, counted in HTTP requests; the async client.

A poll cycle is one batched state request for all tracked jobs (v0.0.40+: ``/jobs/state/``; v0.0.38:
``/jobs?update_time=``, which carries full records). v0.0.40+ add one ``GET /job/{id}`` for a job whose state
words changed, to read its reason, exit code and times; a quiet cycle is exactly one request.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from slurm_rest import AsyncSlurmClient, Backoff, JobInfo, JobState, SlurmClient

from ..conftest import Testbed
from .facade_support import (
    RequestLog,
    async_client_for,
    client_for,
    is_state_request,
    job_file,
    job_get_id,
    sh,
    split_cycles,
)

pytestmark = pytest.mark.live
FAST = Backoff(initial=0.3, factor=1.5, maximum=1.0)


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


@pytest.fixture
async def aclient(testbed: Testbed) -> AsyncIterator[AsyncSlurmClient]:
    async for c in async_client_for(testbed):
        yield c


def check_cycle_costs(
    calls: list[tuple[str, str]], api_version: str, job_ids: list[int], updates: Counter[int]
) -> list[list[tuple[str, str]]]:
    """Every request is a cycle's state request or one GET per changed job; returns the cycles."""
    cycles = split_cycles(calls, api_version)
    gets: Counter[int] = Counter()
    for cycle in cycles:
        ids = [job_get_id(call) for call in cycle[1:]]
        assert all(i in job_ids for i in ids), f"unexpected request in a cycle: {cycle}"
        assert len(set(ids)) == len(ids), f"a job fetched twice in one cycle: {cycle}"
        gets.update(i for i in ids if i is not None)
    if api_version == "v0.0.38":
        assert not gets, "v0.0.38's state request carries full records: no per-job GETs"
    for job_id, n in gets.items():
        assert n <= updates[job_id], f"job {job_id}: {n} GETs for {updates[job_id]} state changes"
    return cycles


def test_wait_all_costs_one_request_per_quiet_cycle(client: SlurmClient, unique_name: str) -> None:
    job_ids = [
        client.submit(script=sh(f"sleep {2 + i % 2}; echo {i}"), name=f"{unique_name}-{i}", time_limit=2)
        for i in range(10)
    ]
    api = client.api_version()
    updates: Counter[int] = Counter()
    log = RequestLog.attach(client)
    started = time.monotonic()
    infos = client.wait_all(
        job_ids,
        timeout=120,
        backoff=Backoff(initial=0.3, factor=1.5, maximum=1.0),
        on_update=lambda info: updates.update([info.job_id]),
    )
    elapsed = time.monotonic() - started

    assert sorted(infos) == sorted(job_ids)
    assert all(i.state is JobState.COMPLETED and i.return_code == 0 for i in infos.values()), infos
    assert all(updates[j] >= 1 for j in job_ids)  # each job reported at least once (its first record)
    cycles = check_cycle_costs(log.calls(), api, job_ids, updates)
    assert any(len(cycle) == 1 for cycle in cycles), "no quiet cycle of exactly one request"
    assert len(cycles) <= elapsed / 0.3 + 2  # no cycle faster than the backoff's shortest pause


def test_watcher_get_from_20_threads_shares_one_cycle(client: SlurmClient, unique_name: str) -> None:
    job_ids = [client.submit(script=sh("sleep 5"), name=f"{unique_name}-{i}", time_limit=2) for i in range(3)]
    api = client.api_version()
    watcher = client.watcher()
    watcher.track(job_ids)
    log = RequestLog.attach(client)
    with ThreadPoolExecutor(max_workers=20) as pool:
        first = list(pool.map(lambda k: watcher.get(job_ids[k % 3], max_age=30.0), range(20)))
    assert [i.job_id for i in first] == [job_ids[k % 3] for k in range(20)]
    cycles = split_cycles(log.calls(), api)
    assert len(cycles) == 1, log.calls()  # one state request (+ at most one GET per job) for 20 callers
    assert len(cycles[0]) <= 1 + len(job_ids)

    # Fresh enough: served from the cache without a request.
    with ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(lambda k: watcher.get(job_ids[k % 3], max_age=30.0), range(20)))
    assert len(log) == sum(len(c) for c in cycles)
    client.wait_all(job_ids, timeout=60)


async def test_async_submit_concurrently_and_wait_all(
    aclient: AsyncSlurmClient, testbed: Testbed, unique_name: str
) -> None:
    job_ids = await asyncio.gather(
        *(
            aclient.submit(script=sh(f"sleep 1; echo job {i}"), name=f"{unique_name}-{i}", time_limit=2)
            for i in range(5)
        )
    )
    assert len(set(job_ids)) == 5
    infos = await aclient.wait_all(job_ids, timeout=90, backoff=FAST)
    assert sorted(infos) == sorted(job_ids)
    for i, job_id in enumerate(job_ids):
        info = infos[job_id]
        assert info.state is JobState.COMPLETED and info.return_code == 0, info
        assert info.name == f"{unique_name}-{i}" and info.user == testbed.user
        assert job_file(testbed, info.stdout_path) == f"job {i}\n"
    # The async client reads and filters like the sync one.
    (listed,) = await aclient.jobs(name=f"{unique_name}-0")
    assert listed.job_id == job_ids[0] and listed.state is JobState.COMPLETED


async def test_async_watcher_get_from_20_tasks_costs_one_cycle(aclient: AsyncSlurmClient, unique_name: str) -> None:
    job_ids = list(
        await asyncio.gather(
            *(aclient.submit(script=sh("sleep 4"), name=f"{unique_name}-{i}", time_limit=2) for i in range(3))
        )
    )
    api = await aclient.api_version()
    watcher = await aclient.watcher()
    watcher.track(job_ids)
    log = RequestLog.attach(aclient)

    async def twenty(max_age: float) -> list[JobInfo]:
        return list(await asyncio.gather(*(watcher.get(job_ids[k % 3], max_age=max_age) for k in range(20))))

    # Nothing known yet: one cycle answers all 20 callers.
    results = await twenty(30.0)
    assert [i.job_id for i in results] == [job_ids[k % 3] for k in range(20)]
    first = log.calls()
    cycles = split_cycles(first, api)
    assert len(cycles) == 1, first
    assert len(cycles[0]) <= 1 + len(job_ids)

    # Fresh enough: no request at all.
    await twenty(30.0)
    assert len(log) == len(first)

    # Stale: exactly one more cycle, whose state request is shared by all 20.
    await asyncio.sleep(0.2)
    await twenty(0.1)
    second = log.calls(len(first))
    assert sum(is_state_request(c, api) for c in second) == 1, second
    assert len(split_cycles(second, api)[0]) <= 1 + len(job_ids)

    # Until they finish, each round of 20 concurrent gets costs at most one cycle.
    while True:
        before = len(log)
        infos = await twenty(0.5)
        assert sum(is_state_request(c, api) for c in log.calls(before)) <= 1, log.calls(before)
        if all(i.finished for i in infos):
            break
        await asyncio.sleep(0.5)
    rounds = split_cycles(log.calls(), api)
    assert all(len(c) <= 1 + len(job_ids) for c in rounds)
    final = await twenty(0.0)  # finished records are final: no request even with max_age=0
    assert all(i.state is JobState.COMPLETED for i in final)
    assert len(log) == sum(len(c) for c in rounds)
