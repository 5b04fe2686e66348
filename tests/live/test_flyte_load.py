"""The connector under load: 200 tasks created at once on one testbed, each polled like Flyte polls it.

Flyte's propeller calls ``create`` for every task it starts and then ``get`` about once a second
per task until the phase is terminal. Here 200 tasks are created concurrently (``asyncio.gather``)
through one connector, in a mix of outcomes: most succeed after a short sleep, some exit 3, some are
cancelled through ``delete`` while queued or running, and a few depend on a failing task, so their
dependency can never be satisfied. Every task must reach its expected phase with the right message,
the cluster must hold exactly one job per task, and the shared watcher must have asked about the
states of all of them in about one request per second, not one per task per poll.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest
from flytekit import kwtypes
from flytekit.extend.backend.base_connector import ConnectorRegistry, Resource

from flyte_plugin import TASK_SHELL, SlurmRestMeta, SlurmRestShellTask
from flyte_plugin._constants import USAGE_READS
from flyte_plugin.flytekit import _connector
from slurm_rest._constants import PENDING_REFRESH, REFRESH_BATCH
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._flyte import SECRET_ENV, TERMINAL, cluster_for, key_b64, literals, phase_name, template_of

RELEASE = "26.05"  # one release: the load is on the connector and its watcher, the same for all
pytestmark = [pytest.mark.live, pytest.mark.on_release(RELEASE)]
TASKS = 200
FAILING, CANCELLED, NEVER = 20, 15, 5  # the rest succeed
POLL_EVERY = 1.0  # how often Flyte asks each task's get()
DEADLINE = 75.0  # seconds for every task to reach a terminal phase

SCRIPT = """#!/bin/bash
case {inputs.mode} in
  ok) sleep {inputs.secs} ;;
  fail) sleep 1; echo "boom from a failing task" >&2; exit 3 ;;
  hang) sleep 300 ;;
esac
"""


@dataclass(eq=False)
class Outcome:
    mode: str
    meta: SlurmRestMeta | None = None
    final: Resource | None = None
    phases: list[str] = field(default_factory=list)
    gets: int = 0


class Recorder:
    """Every request the connector's shared client sends (an httpx request event hook)."""

    def __init__(self) -> None:
        self.requests: list[str] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.requests.append(f"{request.method} {request.url.path}")

    def kinds(self) -> Counter[str]:
        def kind(line: str) -> str:
            method, path = line.split(" ", 1)
            path = re.sub(r"^/slurm/v[\d.]+", "", path)
            path = re.sub(r"^/slurmdb/v[\d.]+", "/slurmdb", path)
            path = re.sub(r"/job/\d+$", "/job/{id}", path)
            return f"{method} {path}"

        return Counter(kind(r) for r in self.requests)


@pytest.fixture
async def load_testbed(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Testbed]:
    tb = require_testbed(next(r for r in RELEASES if r.name == RELEASE))
    monkeypatch.setenv(SECRET_ENV, key_b64(tb))
    yield tb
    await _connector.close_sessions()


async def test_two_hundred_concurrent_tasks(load_testbed: Testbed, unique_name: str) -> None:
    tb = load_testbed
    cluster = cluster_for(tb)
    job = {"time": "2", "mem": "16M", "cpus-per-task": 1, "job-name": unique_name}
    task = SlurmRestShellTask(
        name="flyte_load.mixed", script=SCRIPT, cluster=cluster, job=job, inputs=kwtypes(mode=str, secs=int)
    )
    template = template_of(task)
    connector = ConnectorRegistry.get_connector(TASK_SHELL)

    # The shared client exists before the first create so that every request is recorded.
    recorder = Recorder()
    client = (await _connector._session(cluster)).client
    client._http.event_hooks["request"].append(recorder)

    rng = random.Random(6)
    modes = ["fail"] * FAILING + ["hang"] * CANCELLED + ["never"] * NEVER
    modes += ["ok"] * (TASKS - len(modes))
    rng.shuffle(modes)
    outcomes = [Outcome(m) for m in modes]
    # Each task that can never run depends on one failing task, created as part of the same gather.
    parents = [o for o in outcomes if o.mode == "fail"][:NEVER]
    parent_ids: list[asyncio.Future[int]] = [asyncio.get_running_loop().create_future() for _ in parents]
    never_count = 0

    async def create(o: Outcome) -> SlurmRestMeta:
        nonlocal never_count
        if o.mode == "never":
            parent = parent_ids[never_count]
            never_count += 1
            dependent = SlurmRestShellTask(
                name=f"flyte_load.never{never_count}",
                script=SCRIPT,
                cluster=cluster,
                job={**job, "dependency": f"afterok:{await parent}"},
                inputs=kwtypes(mode=str, secs=int),
            )
            meta = await connector.create(
                task_template=template_of(dependent),
                output_prefix="/unused",
                inputs=literals(dependent, mode="ok", secs=1),
            )
        else:
            meta = await connector.create(
                task_template=template,
                output_prefix="/unused",
                inputs=literals(task, mode=o.mode, secs=rng.choice((1, 2, 3))),
            )
        if o in parents:
            parent_ids[parents.index(o)].set_result(meta.job_id)
        o.meta = SlurmRestMeta.decode(meta.encode())  # what Flyte stores and hands back
        return o.meta

    async def follow(o: Outcome, deadline: float) -> None:
        assert o.meta is not None
        await asyncio.sleep(rng.uniform(0, POLL_EVERY))  # propeller's polls are not in lockstep
        while True:
            resource = await connector.get(resource_meta=o.meta)
            o.gets += 1
            o.phases.append(phase_name(resource.phase))
            if resource.phase in TERMINAL:
                o.final = resource
                return
            if o.mode == "hang" and o.gets == 1:
                await connector.delete(resource_meta=o.meta)
            if time.monotonic() > deadline:
                return
            await asyncio.sleep(POLL_EVERY)

    t0 = time.monotonic()
    try:
        results = await asyncio.gather(*(create(o) for o in outcomes), return_exceptions=True)
        created = time.monotonic()
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            raise errors[0]
        metas = [r for r in results if isinstance(r, SlurmRestMeta)]
        await asyncio.gather(*(follow(o, created + DEADLINE) for o in outcomes))
        done = time.monotonic()
    finally:
        for o in outcomes:  # nothing of this test stays queued, whatever failed above
            if o.meta is not None and o.final is None:
                await connector.delete(resource_meta=o.meta)

    # Every task reached its phase, with the message Flyte shows.
    unfinished = [(o.mode, o.meta and o.meta.job_id, o.phases[-3:]) for o in outcomes if o.final is None]
    assert not unfinished, f"{len(unfinished)} tasks not terminal after {DEADLINE}s: {unfinished[:10]}"
    expected = {"ok": "SUCCEEDED", "fail": "FAILED", "hang": "ABORTED", "never": "FAILED"}
    wrong = [
        (o.mode, o.final.message)
        for o in outcomes
        if o.final is not None and phase_name(o.final.phase) != expected[o.mode]
    ]
    assert not wrong, wrong[:10]
    for o in outcomes:
        assert o.meta is not None and o.final is not None
        message, job_id = o.final.message, o.meta.job_id
        if o.mode == "ok":
            assert message == f"job {job_id} COMPLETED, exit code 0"
        elif o.mode == "fail":
            assert message.startswith(f"job {job_id} FAILED, reason NonZeroExitCode, exit code 3\n"), message
            assert "boom from a failing task" in message
        elif o.mode == "hang":
            assert message.startswith(f"job {job_id} CANCELLED"), message
        else:
            assert message.startswith(f"job {job_id} CANCELLED, reason DependencyNeverSatisfied"), message

    # No task lost or doubled: one job per task on the cluster under this test's name, and no other.
    ids = [m.job_id for m in metas]
    assert len(set(ids)) == TASKS
    on_cluster = await client.jobs(name=unique_name)
    assert sorted(j.job_id for j in on_cluster) == sorted(ids)

    # The watcher asked about every task in one request per cycle (a cycle about every POLL_MAX_AGE: the
    # next one starts early by REFRESH_AHEAD of the last cycle run ahead's time, which is tens of ms here, so
    # 10 % is ample; the first one run ahead starts at half of it, within the + 2), plus a full record per
    # state change and the bounded pending refresh.
    kinds = recorder.kinds()
    gets = sum(o.gets for o in outcomes)
    polling = done - created
    summary = f"{TASKS} tasks, {gets} get() calls over {polling:.1f}s (created in {created - t0:.1f}s): {dict(kinds)}"
    print(summary)
    assert kinds["POST /job/submit"] == TASKS, summary
    assert kinds["DELETE /job/{id}"] == CANCELLED, summary
    cycles = kinds["GET /jobs/state/"]
    assert cycles <= polling / (0.9 * _connector.POLL_MAX_AGE) + 2, summary
    assert cycles * 20 <= gets, summary  # vs one request per task per poll
    # a job changes state about three times (first sight, RUNNING, final; COMPLETING in between)
    records = kinds["GET /job/{id}"]
    assert records <= 4 * TASKS + REFRESH_BATCH * (polling / PENDING_REFRESH + 1), summary
    # each finished task's usage summary for custom info: slurmdbd's record, read again while it lags
    assert kinds["GET /slurmdb/job/{id}"] <= USAGE_READS[0] * TASKS, summary
    unexplained = set(kinds) - {
        "POST /job/submit",
        "DELETE /job/{id}",
        "GET /jobs/state/",
        "GET /job/{id}",
        "GET /jobs/",
        "GET /openapi/v3",
        "GET /slurmdb/job/{id}",
    }
    assert not unexplained, summary
