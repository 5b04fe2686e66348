"""Python callables as Slurm jobs on the testbeds: values, remote tracebacks, map, chains, cancel, logs.

Calls that must come back with a value run on 22.05, whose cluster Python is this machine's 3.11; 24.11 and
26.05 run 3.13 / 3.14, where a call must fail with a clear PythonVersionMismatch instead.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from slurm_rest import (
    FunctionExecutor,
    JobSpec,
    JobState,
    RemoteError,
    Stager,
    SyncFunctionExecutor,
)
from slurm_rest_testbed import Release

from ..conftest import Testbed, require_testbed
from .ssh_support import MATCHING, R2411, R2605, async_client, cancel_leftovers, client_config, ssh_config

cloudpickle = pytest.importorskip("cloudpickle")
pytest.importorskip("asyncssh")
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the cluster cannot import this test module

pytestmark = [pytest.mark.live, pytest.mark.on_release("22.05")]


# ------------------------------------------------------------------------------------ the functions
def add(a: int, b: int, *, scale: int = 1) -> int:
    return (a + b) * scale


def boom(n: int) -> None:
    raise ValueError(f"boom {n}")  # RAISING LINE


def slow_square(i: int) -> int:
    time.sleep(1.5)
    return i * i


def chatty(word: str) -> str:
    print(f"to stdout: {word}")
    print(f"to stderr: {word}", file=sys.stderr)
    return word[::-1]


def stamp(label: str) -> tuple[str, float]:
    time.sleep(1.0)
    return label, time.time()


def exchange(payload: str) -> dict[str, str]:
    """A distributed call whose ranks really talk: each connects to rank 0 at MASTER_ADDR:MASTER_PORT and
    sends its part; rank 0 answers everyone with all the parts, in rank order."""
    import os
    import socket

    env = {k: os.environ[k] for k in ("RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT")}
    rank, world, port = int(env["RANK"]), int(env["WORLD_SIZE"]), int(env["MASTER_PORT"])
    mine = f"{payload}-{rank}"
    if rank == 0:
        with socket.create_server(("", port)) as server:
            server.settimeout(60)
            peers = [server.accept()[0] for _ in range(world - 1)]
            parts = {0: mine}
            for p in peers:
                sender, text = p.makefile().readline().rstrip("\n").split(" ", 1)
                parts[int(sender)] = text
            joined = "|".join(parts[r] for r in range(world))
            for p in peers:
                p.sendall(f"{joined}\n".encode())
                p.close()
    else:
        deadline = time.monotonic() + 60
        while True:  # rank 0 may not listen yet
            try:
                conn = socket.create_connection((env["MASTER_ADDR"], port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        with conn:
            conn.sendall(f"{rank} {mine}\n".encode())
            joined = conn.makefile().readline().rstrip("\n")
    return {**env, "host": socket.gethostname(), "received": joined}


def fail_on_rank(bad: int) -> int:
    import os

    rank = int(os.environ["RANK"])
    if rank == bad:
        raise ValueError(f"rank {rank} failed")
    return rank


def rank_of(item: str) -> tuple[str, str, str]:
    import os
    import socket

    return item, os.environ["RANK"], socket.gethostname()


RAISING_LINE = next(i for i, line in enumerate(Path(__file__).read_text().splitlines(), 1) if "# RAISING LINE" in line)


# ------------------------------------------------------------------------------------------- fixtures
class Env:
    """An executor on one testbed; ``spec`` names every job after the test (for leftover cleanup)."""

    def __init__(self, tb: Testbed, executor: FunctionExecutor, name: str) -> None:
        self.tb, self.executor, self.name = tb, executor, name
        self.spec = JobSpec(script="#!/bin/sh\n", name=name, time_limit="5:00")


async def open_env(rel: Release, name: str) -> AsyncIterator[Env]:
    tb = require_testbed(rel)
    async with async_client(tb) as client, Stager(ssh_config(tb)) as stager:
        yield Env(tb, FunctionExecutor(client, stager, setup=tb.facts["python"]["setup"]), name)
    cancel_leftovers(tb, name)


@pytest.fixture
async def env(unique_name: str) -> AsyncIterator[Env]:
    async for e in open_env(MATCHING, unique_name):
        yield e


# --------------------------------------------------------------------------------------------- tests
async def test_returns_a_value(env: Env) -> None:
    ex = env.executor
    job = await ex.submit(add, 2, 3, scale=10, spec=env.spec)
    assert await job.result(timeout=120) == 50
    info = await job.wait()
    assert info.state is JobState.COMPLETED and info.job_id == job.job_id
    assert not await ex.stager.exists(job.work_dir)  # cleanup="on_success" removed it
    assert await job.result() == 50  # kept: asking again needs no files
    assert await job.done()


async def test_raising_brings_back_the_traceback(env: Env) -> None:
    ex = env.executor
    job = await ex.submit(boom, 7, spec=env.spec)
    err = await job.exception(timeout=120)
    assert isinstance(err, RemoteError)
    assert err.remote_type == "ValueError" and str(err) == "ValueError: boom 7"
    assert f"line {RAISING_LINE}, in boom" in err.traceback, err.traceback
    assert err.traceback.rstrip().endswith("ValueError: boom 7")
    assert isinstance(err.exception, ValueError) and err.exception.args == ("boom 7",)
    with pytest.raises(RemoteError) as again:
        await job.result()
    assert again.value is err
    assert (await job.wait()).state is JobState.FAILED
    assert await ex.stager.exists(f"{job.work_dir}/output.pkl")  # on_success keeps a failure's files
    await ex.stager.remove_tree(job.work_dir)


async def test_map_is_one_array_job_limited_to_4(env: Env) -> None:
    ex = env.executor
    job = await ex.map(slow_square, range(20), limit=4, spec=env.spec)
    # Right after submission the array's own record still holds the pending tasks, with the limit.
    pending = await ex.client.get_job(job.job_id)
    results = await job.result(timeout=300)
    assert results == [i * i for i in range(20)]  # input order
    assert len(job.tasks) == 20
    assert {t.array_job_id for t in job.tasks} == {job.job_id}  # ONE job
    assert sorted(t.array_task_id for t in job.tasks) == list(range(20))
    assert all(t.state is JobState.COMPLETED for t in job.tasks)
    assert pending.job_id == job.job_id and pending.array_task_string.endswith("%4"), pending
    spans = [(t.start_time, t.end_time) for t in job.tasks]
    assert all(s is not None and e is not None for s, e in spans)
    peak = max(sum(1 for s, e in spans if s <= t < e) for t, _ in spans)  # type: ignore[operator]
    assert peak <= 4, spans
    assert not await ex.stager.exists(job.work_dir)


async def test_afterok_chain(env: Env) -> None:
    ex = env.executor
    first = await ex.submit(stamp, "first", spec=env.spec)
    second = await ex.submit(stamp, "second", spec=env.spec, after=[first])
    third = await ex.submit(stamp, "third", spec=env.spec, after=[second])
    assert (await ex.client.get_job(third.job_id)).state is JobState.PENDING
    (l1, t1), (l2, t2), (l3, t3) = [await j.result(timeout=180) for j in (first, second, third)]
    assert (l1, l2, l3) == ("first", "second", "third") and t1 < t2 < t3
    i1, i2, i3 = [await j.wait() for j in (first, second, third)]
    assert isinstance(i1.end_time, datetime) and isinstance(i2.start_time, datetime)
    assert i1.end_time <= i2.start_time and i2.end_time <= i3.start_time  # type: ignore[operator]


async def test_afterok_after_a_failure_never_runs(env: Env) -> None:
    ex = env.executor
    failing = await ex.submit(boom, 1, spec=env.spec)
    dependent = await ex.submit(add, 1, 1, spec=env.spec, after=[failing])
    assert isinstance(await failing.exception(timeout=120), RemoteError)
    deadline = time.monotonic() + 60
    while (info := await ex.client.get_job(dependent.job_id)).reason != "DependencyNeverSatisfied":
        assert info.state is JobState.PENDING and time.monotonic() < deadline, info
        await asyncio.sleep(0.5)
    assert await dependent.cancel()
    err = await dependent.exception(timeout=60)
    assert err is not None and err.remote_type == "NoResult" and "CANCELLED" in str(err)
    await ex.stager.remove_tree(failing.work_dir)
    await ex.stager.remove_tree(dependent.work_dir)


async def test_cancel_a_sleeping_call(env: Env) -> None:
    ex = env.executor
    job = await ex.submit(time.sleep, 600, spec=env.spec)
    deadline = time.monotonic() + 60
    while (await ex.client.get_job(job.job_id)).state is not JobState.RUNNING:
        assert time.monotonic() < deadline, "the sleeping call never started"
        await asyncio.sleep(0.5)
    assert not await job.done()
    assert await job.cancel()
    with pytest.raises(RemoteError) as err:
        await job.result(timeout=60)
    assert err.value.remote_type == "NoResult"
    assert f"job {job.job_id} ended CANCELLED" in str(err.value)
    assert (await job.wait()).state is JobState.CANCELLED
    assert await job.done()
    await ex.stager.remove_tree(job.work_dir)


async def test_cancel_a_map_with_pending_tasks(env: Env) -> None:
    ex = env.executor
    job = await ex.map(time.sleep, [600] * 6, limit=2, spec=env.spec)
    deadline = time.monotonic() + 60
    while not any(t.state is JobState.RUNNING for t in await ex.client.array_tasks(job.job_id)):
        assert time.monotonic() < deadline, "no task started"
        await asyncio.sleep(0.5)
    assert await job.cancel()
    # Tasks 2-5 never started: they end folded into the array's own record, which must not stall the wait.
    err = await job.exception(timeout=60)
    assert err is not None and err.remote_type == "NoResult" and "CANCELLED" in str(err)
    assert await job.done()
    await ex.stager.remove_tree(job.work_dir)


async def test_stdout_and_stderr(env: Env) -> None:
    ex = env.executor
    job = await ex.submit(chatty, "hello", spec=env.spec)
    assert await job.result(timeout=120) == "olleh"
    assert not await ex.stager.exists(job.work_dir)  # removed, yet the logs were kept
    assert "to stdout: hello" in await job.stdout()
    assert "to stderr: hello" in await job.stderr()
    assert "to stderr" not in await job.stdout()


async def test_map_logs_per_task(env: Env) -> None:
    job = await env.executor.map(chatty, ["a", "b", "c"], spec=env.spec)
    assert await job.result(timeout=120) == ["a", "b", "c"]
    assert [(await job.stdout(task=i)).strip() for i in range(3)] == [f"to stdout: {w}" for w in "abc"]


@pytest.mark.parametrize("rel", [R2411, R2605], ids=["slurm-24.11", "slurm-26.05"])
async def test_python_version_mismatch(rel: Release, unique_name: str) -> None:
    async for env in open_env(rel, unique_name):
        ex = env.executor
        job = await ex.submit(add, 1, 2, spec=env.spec)
        err = await job.exception(timeout=120)
        assert isinstance(err, RemoteError) and err.remote_type == "PythonVersionMismatch"
        here, there = f"{sys.version_info[0]}.{sys.version_info[1]}", env.tb.facts["python"]["version"]
        assert f"submitted from Python {here}" in str(err)
        assert f"({there})" in str(err) and env.tb.facts["python"]["executable"] in str(err)
        assert "FunctionExecutor(python=...)" in str(err)
        assert (await job.wait()).state is JobState.FAILED
        await ex.stager.remove_tree(job.work_dir)


# ------------------------------------------------------------------------------------------ sync API
@pytest.fixture
def sync_executor(unique_name: str) -> Iterator[SyncFunctionExecutor]:
    tb = require_testbed(MATCHING)
    with SyncFunctionExecutor(client_config(tb), ssh_config(tb), setup=tb.facts["python"]["setup"]) as ex:
        yield ex
    with pytest.raises(RuntimeError, match="closed"):
        ex.submit(add, 1, 2)
    cancel_leftovers(tb, unique_name)


def test_sync_returns_a_value(sync_executor: SyncFunctionExecutor, unique_name: str) -> None:
    spec = JobSpec(script="#!/bin/sh\n", name=unique_name, time_limit="5:00")
    job = sync_executor.submit(add, 4, 5, spec=spec)
    assert job.result(timeout=120) == 9
    assert job.done() and job.exception() is None
    assert job.wait().state is JobState.COMPLETED
    chained = sync_executor.submit(chatty, "sync", spec=spec, after=[job])
    assert chained.result(timeout=120) == "cnys"
    assert "to stdout: sync" in chained.stdout() and "to stderr: sync" in chained.stderr()
    assert sync_executor.map(abs, [-1, 2, -3], spec=spec).result(timeout=120) == [1, 2, 3]


def test_sync_exception(sync_executor: SyncFunctionExecutor, unique_name: str) -> None:
    spec = JobSpec(script="#!/bin/sh\n", name=unique_name, time_limit="5:00")
    job = sync_executor.submit(boom, 3, spec=spec)
    err = job.exception(timeout=120)
    assert isinstance(err, RemoteError) and err.remote_type == "ValueError"
    assert f"line {RAISING_LINE}, in boom" in err.traceback
    with pytest.raises(RemoteError, match="boom 3"):
        job.result()
    # A failure's files stay (cleanup="on_success"): tidy up.
    sync_executor._run(sync_executor.executor.stager.remove_tree(job.work_dir))


def test_sync_cancel(sync_executor: SyncFunctionExecutor, unique_name: str) -> None:
    job = sync_executor.submit(time.sleep, 600, spec=JobSpec(script="#!/bin/sh\n", name=unique_name))
    assert job.cancel()
    err = job.exception(timeout=60)
    assert err is not None and err.remote_type == "NoResult"
    assert job.wait().state is JobState.CANCELLED
    sync_executor._run(sync_executor.executor.stager.remove_tree(job.work_dir))


# --------------------------------------------------------------------------------- distributed calls
async def test_a_call_on_two_nodes_runs_every_rank_and_they_talk(env: Env) -> None:
    spec = env.spec.with_changes(nodes=2, ntasks_per_node=2)
    job = await env.executor.submit(exchange, "hi", spec=spec)
    ranks = await job.result(timeout=180)
    assert [r["RANK"] for r in ranks] == ["0", "1", "2", "3"]  # rank order
    assert {r["WORLD_SIZE"] for r in ranks} == {"4"} and [r["LOCAL_RANK"] for r in ranks] == ["0", "1", "0", "1"]
    hosts = [r["host"] for r in ranks]
    assert hosts[0] == hosts[1] != hosts[2] == hosts[3]  # two nodes, two ranks each
    assert {r["MASTER_ADDR"] for r in ranks} == {hosts[0]} and len({r["MASTER_PORT"] for r in ranks}) == 1
    assert {r["received"] for r in ranks} == {"hi-0|hi-1|hi-2|hi-3"}  # the data crossed between the ranks
    info = await job.wait()
    assert info.state is JobState.COMPLETED and info.node_count == 2 and info.tasks == 4


async def test_a_failing_rank_brings_back_its_error(env: Env) -> None:
    job = await env.executor.submit(fail_on_rank, 1, spec=env.spec.with_changes(ntasks=3, nodes=3))
    err = await job.exception(timeout=180)
    assert err is not None and err.remote_type == "ValueError" and err.message == "rank 1 failed", err
    assert "fail_on_rank" in err.traceback
    await env.executor.stager.remove_tree(job.work_dir)


async def test_map_runs_each_item_on_its_ranks(env: Env) -> None:
    job = await env.executor.map(rank_of, ["a", "b"], spec=env.spec.with_changes(nodes=2, ntasks_per_node=1))
    results = await job.result(timeout=180)
    assert [[(item, rank) for item, rank, _ in ranks] for ranks in results] == [
        [("a", "0"), ("a", "1")],
        [("b", "0"), ("b", "1")],
    ]
    assert all(len({host for *_, host in ranks}) == 2 for ranks in results)
