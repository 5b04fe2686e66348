"""Scheduling through the facade on every testbed: arrays with a throttle, dependencies, time limits."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Iterator

import pytest

from slurm_rest import Dependency, JobInfo, JobState, SlurmClient
from slurm_rest_testbed import RELEASES, load_facts, status

from ..conftest import Testbed
from ..shards import in_shard
from .facade_support import client_for, job_file, make_async_client, make_client, sh

pytestmark = pytest.mark.live


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


@pytest.fixture(scope="module", autouse=True)
def timeout_jobs() -> Iterator[dict[str, tuple[SlurmClient, int]]]:
    """One job per running testbed that will hit its 1-minute limit, submitted when this module starts.

    Time limits are enforced about once every 30 s, so each job takes 60-90 s: submitting all of them at
    once, before the module's other tests, lets those tests and the three releases' waits overlap.
    The script execs its sleep so one process gets the SIGTERM: with a shell waiting on a child, Slurm
    signals both, and which ends first decides between "signal 15" and "exit 143" (seen in CI).
    """
    jobs: dict[str, tuple[SlurmClient, int]] = {}
    name = f"t-timeout-{os.getpid()}-{time.monotonic_ns() % 10**8}"
    for rel in RELEASES:
        if not in_shard(rel) or status(rel) != "up":
            continue
        client = make_client(Testbed(rel, load_facts(rel)))
        jobs[rel.name] = (client, client.submit(script=sh("echo started; exec sleep 300"), name=name, time_limit=1))
    yield jobs
    for client, job_id in jobs.values():
        with contextlib.suppress(Exception):
            client.cancel(job_id)
        client.close()


def max_concurrent(tasks: list[JobInfo]) -> int:
    """Most tasks running at one instant, from start/end times (whole seconds; a start at another's end
    does not overlap it: Slurm starts the next throttled task only after one has ended)."""
    spans = [(t.start_time, t.end_time) for t in tasks]
    assert all(s is not None and e is not None for s, e in spans), spans
    return max(sum(1 for s, e in spans if s <= start < e) for start, _ in spans)  # type: ignore[operator]


def test_array_with_throttle_runs_every_task(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    array_id = client.submit(
        script=sh('echo "task $SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_JOB_ID"; sleep 2'),
        name=unique_name,
        array="0-5%2",
        time_limit=2,
    )
    head = client.get_job(array_id)
    assert head.array_job_id == array_id
    assert head.array_task_string.endswith("%2"), head  # the throttle reached Slurm with the pending rest

    tasks = client.wait_array(array_id, timeout=120)
    assert tasks == client.array_tasks(array_id)
    assert [t.array_task_id for t in tasks] == [0, 1, 2, 3, 4, 5]
    assert len({t.job_id for t in tasks}) == 6 and array_id in {t.job_id for t in tasks}
    for t in tasks:
        assert t.array_job_id == array_id and t.name == unique_name
        assert t.state is JobState.COMPLETED and t.return_code == 0, t
        assert t.stdout_path == f"/tmp/slurm-{array_id}_{t.array_task_id}.out"
        assert job_file(testbed, t.stdout_path) == f"task {t.array_task_id} of {array_id}\n"
    assert 1 <= max_concurrent(tasks) <= 2


# Task 0 outlives the others, and so the array's own record (the last task to start): wait() on the
# array id could return while it runs; wait_array() returns every task's final record.
UNEVEN_ARRAY = sh('if [ "$SLURM_ARRAY_TASK_ID" = 0 ]; then sleep 6; fi; exit "$SLURM_ARRAY_TASK_ID"')


def check_uneven_array(array_id: int, tasks: list[JobInfo]) -> None:
    assert [(t.array_job_id, t.array_task_id) for t in tasks] == [(array_id, 0), (array_id, 1), (array_id, 2)]
    assert [(t.state, t.return_code) for t in tasks] == [
        (JobState.COMPLETED, 0),
        (JobState.FAILED, 1),
        (JobState.FAILED, 2),
    ], tasks
    first, *rest = tasks
    assert first.end_time and all(t.end_time and t.end_time <= first.end_time for t in rest)


def test_wait_array_waits_for_every_task(client: SlurmClient, unique_name: str) -> None:
    array_id = client.submit(script=UNEVEN_ARRAY, name=unique_name, array="0-2", time_limit=2)
    check_uneven_array(array_id, client.wait_array(array_id, timeout=120))
    plain = client.submit(script=sh("true"), name=unique_name, time_limit=2)
    assert [(t.job_id, t.state) for t in client.wait_array(plain, timeout=60)] == [(plain, JobState.COMPLETED)]


async def test_async_wait_array_and_cancelled_unstarted_tasks(testbed: Testbed, unique_name: str) -> None:
    async with make_async_client(testbed) as client:
        array_id = await client.submit(script=UNEVEN_ARRAY, name=unique_name, array="0-2", time_limit=2)
        check_uneven_array(array_id, await client.wait_array(array_id, timeout=120))

        # Cancelled while only task 0 runs: the unstarted rest ends in its one folded record.
        held = await client.submit(script=sh("sleep 300"), name=unique_name, array="0-3%1", time_limit=5)
        deadline = time.monotonic() + 60
        while not any(t.state is JobState.RUNNING for t in await client.array_tasks(held)):
            assert time.monotonic() < deadline, await client.array_tasks(held)
            await asyncio.sleep(0.5)
        assert await client.cancel(held)
        records = await client.wait_array(held, timeout=60)
        assert all(t.state is JobState.CANCELLED for t in records), records
        assert [t.array_task_id for t in records] == [0, None], records
        assert records[1].job_id == held and records[1].array_task_string.startswith("1-3"), records


def test_afterok_chain_runs_in_order(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    log = f"/tmp/{unique_name}.chain"
    first = client.submit(script=sh(f"sleep 1; echo 1 >> '{log}'"), name=unique_name, time_limit=2)
    second = client.submit(
        script=sh(f"echo 2 >> '{log}'"), name=unique_name, time_limit=2, dependency=Dependency.afterok(first)
    )
    third = client.submit(
        script=sh(f"echo 3 >> '{log}'"), name=unique_name, time_limit=2, dependency=Dependency.afterok(second)
    )
    waiting = client.get_job(third)
    assert waiting.state is JobState.PENDING and waiting.reason == "Dependency", waiting

    infos = client.wait_all([first, second, third], timeout=120)
    assert all(i.state is JobState.COMPLETED and i.return_code == 0 for i in infos.values()), infos
    a, b, c = infos[first], infos[second], infos[third]
    assert a.end_time and b.start_time and b.end_time and c.start_time
    assert a.end_time <= b.start_time and b.end_time <= c.start_time
    assert job_file(testbed, log) == "1\n2\n3\n"


def test_afternotok_branch_runs_and_afterok_sibling_is_killed(
    client: SlurmClient, testbed: Testbed, unique_name: str
) -> None:
    parent = client.submit(script=sh("sleep 2; exit 1"), name=unique_name, time_limit=2)
    on_ok = client.submit(
        script=sh("echo must not run"),
        name=unique_name,
        time_limit=2,
        dependency=Dependency.afterok(parent),
        kill_on_invalid_dependency=True,
    )
    on_fail = client.submit(
        script=sh("echo recovering"), name=unique_name, time_limit=2, dependency=Dependency.afternotok(parent)
    )
    for job_id in (on_ok, on_fail):
        info = client.get_job(job_id)
        assert info.state is JobState.PENDING and info.reason == "Dependency", info

    infos = client.wait_all([parent, on_ok, on_fail], timeout=90)
    assert infos[parent].state is JobState.FAILED and infos[parent].return_code == 1
    ran = infos[on_fail]
    assert ran.state is JobState.COMPLETED and ran.return_code == 0
    assert infos[parent].end_time and ran.start_time and infos[parent].end_time <= ran.start_time
    assert job_file(testbed, ran.stdout_path) == "recovering\n"
    # With kill_on_invalid_dependency Slurm cancels the job whose dependency can never be met
    # (the same on 22.05, 24.11 and 26.05) instead of leaving it pending forever.
    killed = infos[on_ok]
    assert killed.state is JobState.CANCELLED and killed.finished, killed
    assert killed.reason == "DependencyNeverSatisfied"
    assert killed.nodes == ""  # it never ran


def test_time_limit_reached_is_timeout(testbed: Testbed, timeout_jobs: dict[str, tuple[SlurmClient, int]]) -> None:
    client, job_id = timeout_jobs[testbed.name]
    info = client.wait(job_id, timeout=240)
    assert info.state is JobState.TIMEOUT and info.finished and not info.succeeded, info
    assert info.time_limit_minutes == 1
    assert info.start_time and info.end_time
    assert (info.end_time - info.start_time).total_seconds() >= 60
    assert info.reason == "TimeLimit"
    assert (info.return_code, info.signal) == (None, 15)  # SIGTERM at the limit ended the script
    assert job_file(testbed, info.stdout_path).startswith("started\n")
