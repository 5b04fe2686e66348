"""A rate-limited controller and a capped slurmrestd, live (``python -m slurm_rest_testbed limits``).

On the releases that have both (24.11, 26.05: rl_enable is Slurm 23.02+, slurmrestd's --max-connections
is newer than 22.05's), slurmctld allows alice 40 RPCs a second (a bucket of 40, refilled each second),
and slurmrestd accepts 8 connections, while each client keeps a pool of 20 (4 of them open when idle).
A burst of 300 submits beside a 500-task array, a watcher over all 800 jobs, 60 reads at once, and both
connectors (flytekit's and Flyte 2's, 30 tasks each) polling as Flyte does while the user runs squeue
must all end with the right states, one job per submit, no request given up; the controller's log proves
the limit was hit, and the client's log and counters show how it slowed down.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from flytekit.extend.backend.base_connector import ConnectorRegistry

from flyte_plugin import TASK_SHELL, SlurmRestMeta, SlurmRestShellTask, flyte2
from flyte_plugin._config import SECRET_JWT_KEY
from flyte_plugin.flyte2 import _connector as _connector2
from flyte_plugin.flytekit import _connector
from slurm_rest import JobInfo, JobSpec, JobState, RequestStats
from slurm_rest_testbed import RELEASES, Release, _limits, load_facts, status

from ..conftest import Testbed, require_testbed
from ..shards import in_shard
from ._every_release import on_every_release, result_for
from ._flyte import SECRET_ENV, TERMINAL, cluster_for, key_b64, phase_name, template_of
from ._flyte2 import TERMINAL as TERMINAL2
from ._flyte2 import template as template2
from .facade_support import make_async_client

pytestmark = pytest.mark.live

LIMITS = _limits.Limits(bucket=40, refill=40, period=1, max_connections=8)
BURST, ARRAY, TASKS = 300, 500, 30  # TASKS for each connector
WITH_LIMITS = [r for r in RELEASES if r.has_limits]
LIMITED = [pytest.param(r.name, id=f"slurm-{r.name}") for r in WITH_LIMITS]


@pytest.fixture(scope="module")
def limits_held() -> Iterator[list[Release]]:
    """Every release with limits that is up (in this run's shard), limited for the whole module: its bursts
    run on all at once."""
    with contextlib.ExitStack() as stack:
        held = []
        for rel in WITH_LIMITS:
            if in_shard(rel) and status(rel) == "up":
                stack.enter_context(_limits.limited(rel, LIMITS))
                held.append(rel)
        yield held


@pytest.fixture(params=LIMITED)
def limited(request: pytest.FixtureRequest, limits_held: list[Release]) -> Testbed:
    rel = next(r for r in WITH_LIMITS if r.name == request.param)
    tb = require_testbed(rel)
    assert rel in limits_held, f"{rel.name} came up after the module began"
    return tb


def rate_limited(tb: Testbed) -> int:
    """How often slurmctld told the job user to back off, so far."""
    log = Path(str(tb.facts["rootfs"])) / "var/log/slurm/slurmctld.log"
    uid = 1500
    return sum(
        f"RPC rate limit exceeded by uid {uid} " in line for line in log.read_text(errors="replace").splitlines()
    )


@contextlib.contextmanager
def squeue_in_a_loop(tb: Testbed) -> Iterator[None]:
    """The job user running ``squeue`` over and over on the cluster, as people do: beside the client's own
    requests it keeps the user's bucket empty (alone, the connectors' polling stays under 40 RPCs a second on
    a quick machine, as they ask for all their tasks' states in one request, and a burst was held back only
    7 times once its client kept few idle connections)."""
    loop = "while :; do squeue -h -u alice >/dev/null 2>&1; sleep 0.02; done"
    proc = subprocess.Popen(
        ["chroot", "--userspec=1500:1500", str(tb.facts["rootfs"]), "env", "PATH=/usr/bin:/bin", "sh", "-c", loop],
        start_new_session=True,
    )
    try:
        yield
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@dataclasses.dataclass(frozen=True)
class Burst:
    ids: list[int]  # the array's id, then one per submit
    finals: list[JobInfo]
    listed: list[int]  # the burst's jobs the controller lists afterwards
    stats: RequestStats
    slowed: list[str]  # what slurm_rest.pace logged in this burst's thread
    backed_off: int  # how often slurmctld told the user to back off meanwhile


class _ThreadLog(logging.Handler):
    """The messages logged in one thread (bursts on other releases log beside it)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


async def _burst(tb: Testbed, name: str) -> Burst:
    before = rate_limited(tb)
    async with make_async_client(tb) as c:
        t0 = time.monotonic()
        spec = JobSpec(script="#!/bin/sh\ntrue\n", name=name, time_limit="5", mem="16M")
        array = JobSpec(
            script="#!/bin/sh\ntrue\n", name=f"{name}-array", array=f"0-{ARRAY - 1}", time_limit="5", mem="16M"
        )
        results = await asyncio.gather(c.submit(array), *(c.submit(spec) for _ in range(BURST)), return_exceptions=True)
        submitted = time.monotonic() - t0
        failed = [r for r in results if not isinstance(r, int)]
        assert not failed, failed[:3]
        ids = [r for r in results if isinstance(r, int)]
        finals = await c.wait_array(ids, timeout=600)
        waited = time.monotonic() - t0 - submitted
        stats = c.stats
        listed = [j.job_id for j in await c.jobs(name=name)]
    backed_off = rate_limited(tb) - before
    print(
        f"[{tb.name}] {BURST} submits + a {ARRAY}-task array in {submitted:.1f}s, all final after {waited:.1f}s "
        f"more; slurmctld backed off {backed_off} RPCs; client: {stats}"
    )
    return Burst(ids, finals, listed, stats, [], backed_off)


@pytest.fixture(scope="module")
def bursts(limits_held: list[Release]) -> dict[str, Burst | BaseException]:
    """The burst on every limited release at once (each alone took 100-130 s, mostly slurmctld's back-off)."""
    name = f"t-burst-{os.getpid()}-{time.monotonic_ns() % 10**8}"
    pace = logging.getLogger("slurm_rest.pace")

    def one(rel: Release) -> Burst:
        log = _ThreadLog()
        pace.addHandler(log)
        tb = Testbed(rel, load_facts(rel) or {})
        try:
            with squeue_in_a_loop(tb):
                found = asyncio.run(_burst(tb, f"{name}-{rel.name}"))
        finally:
            pace.removeHandler(log)
        return dataclasses.replace(found, slowed=log.messages)

    return on_every_release(one, limits_held)


def test_a_burst_of_submits_and_a_watcher_over_800_jobs(
    limited: Testbed, bursts: dict[str, Burst | BaseException]
) -> None:
    burst = result_for(bursts, limited)
    assert len(burst.finals) == BURST + ARRAY
    assert {r.state for r in burst.finals} == {JobState.COMPLETED}
    assert sorted(burst.listed) == sorted(burst.ids[1:])  # one job per submit, none lost or doubled
    # The limit held the user back (the burst's own requests: 7 to 300+ seen, as fast as the machine is,
    # and squeue's beside them).
    assert burst.backed_off > 0
    assert sum(burst.stats.gave_up.values()) == 0
    assert burst.stats.slowdowns == len(burst.slowed) and all("slurmrestd is slow" in m for m in burst.slowed)


async def test_a_burst_of_reads_past_the_connection_cap_waits_for_no_read_timeout(
    limited: Testbed, unique_name: str
) -> None:
    """slurmrestd accepts 8 connections and the client sends 60 reads at once, 20 in flight with its
    default pool. After a burst the 8 idle connections it keeps fill slurmrestd's places, so a new one of
    the next burst waits unaccepted; unanswered for ``UNANSWERED`` (1 s), it makes the client close its idle
    ones: none waits in the kernel's backlog until its read timeout (all 20 kept with no such rule: 14 of
    the first 60 did, 30 s)."""
    async with make_async_client(limited) as c:
        job_id = await c.submit(JobSpec(script="#!/bin/sh\nsleep 300\n", name=unique_name, time_limit="5", mem="16M"))
        try:
            for _ in range(3):
                read = await asyncio.gather(*(c.get_job(job_id) for _ in range(60)))
                assert {j.job_id for j in read} == {job_id}
            stats = c.stats
        finally:
            await c.cancel(job_id)
    assert sum(stats.retries.values()) == 0, stats  # no read timed out (and was sent again)


@pytest.fixture
async def connector_env(limited: Testbed, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Testbed]:
    monkeypatch.setenv(SECRET_ENV, key_b64(limited))
    yield limited
    await _connector.close_sessions()


async def test_the_connector_polls_tasks_to_their_phases(connector_env: Testbed, unique_name: str) -> None:
    tb = connector_env
    cluster = cluster_for(tb)
    task = SlurmRestShellTask(
        name="limits.sleep",
        script="#!/bin/sh\nsleep 2\n",
        cluster=cluster,
        job={"time": "2", "mem": "16M", "job-name": unique_name},
    )
    connector = ConnectorRegistry.get_connector(TASK_SHELL)
    before = rate_limited(tb)

    async def run() -> str:
        meta = await connector.create(task_template=template_of(task), output_prefix="/unused")
        meta = SlurmRestMeta.decode(meta.encode())
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            resource = await connector.get(resource_meta=meta)
            if resource.phase in TERMINAL:
                return f"{phase_name(resource.phase)} {meta.job_id}"
            await asyncio.sleep(1.0)  # as Flyte's propeller polls
        return f"UNFINISHED {meta.job_id}"

    task2 = flyte2.SlurmRestShellTask(
        f"limits2_{time.monotonic_ns()}",
        script="sleep 2",
        cluster=cluster,
        job={"time": "2", "mem": "16M", "job-name": unique_name},
    )
    template = template2(task2)
    connector2 = _connector2.SlurmRestConnector(flyte2.TASK2_SHELL)
    secrets = {SECRET_JWT_KEY: key_b64(tb)}

    async def run2() -> str:
        from flyteidl2.core.execution_pb2 import TaskExecution

        meta = await connector2.create(task_template=template, output_prefix="/unused", **secrets)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            phase = TaskExecution.Phase.Name((await connector2.get(resource_meta=meta, **secrets)).phase)
            if phase in TERMINAL2:
                return f"{phase} {meta.job_id}"
            await asyncio.sleep(1.0)
        return f"UNFINISHED {meta.job_id}"

    with squeue_in_a_loop(tb):
        outcomes = await asyncio.gather(*(run() for _ in range(TASKS)), *(run2() for _ in range(TASKS)))
    assert [o.split()[0] for o in outcomes] == ["SUCCEEDED"] * 2 * TASKS, outcomes
    client = (await _connector._session(cluster)).client
    on_cluster = await client.jobs(name=unique_name)
    assert sorted(j.job_id for j in on_cluster) == sorted(int(o.split()[1]) for o in outcomes)
    assert rate_limited(tb) > before
    assert sum(client.stats.gave_up.values()) == 0
