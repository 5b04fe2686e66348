"""The flytekit connector driven directly (create/get/delete, as Flyte calls it) against every testbed."""

from __future__ import annotations

import asyncio
import dataclasses
import tempfile
import time
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from flyteidl.core.execution_pb2 import TaskExecution
from flytekit import kwtypes
from flytekit.extend.backend.base_connector import ConnectorRegistry, Resource
from flytekit.extras.tasks.shell import OutputLocation
from flytekit.types.file import FlyteFile

from flyte_plugin import TASK_SCRIPT, TASK_SHELL, SlurmRestMeta, SlurmRestScriptTask, SlurmRestShellTask
from flyte_plugin.flytekit import _connector
from slurm_rest import JobSpec, SubmissionError
from slurm_rest._constants import PENDING_REFRESH

from ..conftest import Testbed
from ._flyte import (
    HOSTILE,
    REPEAT_SH,
    SECRET_ENV,
    TERMINAL,
    cluster_for,
    key_b64,
    literals,
    phase_name,
    stored,
    template_of,
)

pytestmark = pytest.mark.live


class Session:
    """The connector with its secret in place, plus every request the shared client sends."""

    def __init__(self, tb: Testbed) -> None:
        self.tb = tb
        self.cluster = cluster_for(tb, log_url_template="file://{path}#{stream}-{job_id}-{user}")
        self.connector = ConnectorRegistry.get_connector(TASK_SHELL)
        self.requests: list[httpx.Request] = []
        self.hooked = False

    async def hook(self) -> httpx.AsyncClient:
        client = (await _connector._session(self.cluster)).client
        if not self.hooked:

            async def record(request: httpx.Request) -> None:
                self.requests.append(request)

            client._http.event_hooks["request"].append(record)
            self.hooked = True
        return client._http

    def tokens(self) -> set[str]:
        """Every token the connector sent (minted from the key)."""
        found = set()
        for r in self.requests:
            for name in ("X-SLURM-USER-TOKEN", "Authorization"):
                if name in r.headers:
                    found.add(r.headers[name].removeprefix("Bearer "))
        return found

    async def create(self, task: Any, **inputs: Any) -> SlurmRestMeta:
        await self.hook()
        connector = ConnectorRegistry.get_connector(task.task_type)
        meta = await connector.create(
            task_template=template_of(task),
            output_prefix=tempfile.mkdtemp(prefix="flyte-out-"),
            inputs=literals(task, **inputs) if inputs else None,
        )
        assert isinstance(meta, SlurmRestMeta) and meta.job_id > 0
        return SlurmRestMeta.decode(meta.encode())  # what Flyte stores and hands back

    async def get(self, meta: SlurmRestMeta) -> Resource:
        return await self.connector.get(resource_meta=meta)

    async def wait(self, meta: SlurmRestMeta, *, timeout: float = 60, until: set[int] = TERMINAL) -> Resource:
        deadline = time.monotonic() + timeout
        seen = []
        while True:
            resource = await self.get(meta)
            seen.append(phase_name(resource.phase))
            if resource.phase in until:
                return resource
            if time.monotonic() > deadline:
                pytest.fail(f"job {meta.job_id} not in {until} after {timeout}s; phases {seen}: {resource.message}")
            await asyncio.sleep(0.3)


@pytest.fixture
async def session(testbed: Testbed, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Session]:
    monkeypatch.setenv(SECRET_ENV, key_b64(testbed))
    s = Session(testbed)
    yield s
    # the clients of this test's event loop die with it: close and forget them
    await _connector.close_sessions()


def local(tb: Testbed, cluster_path: str) -> Path:
    return Path(str(tb.facts["rootfs"]) + cluster_path)


def assert_no_secret(s: Session, *blobs: bytes | str) -> None:
    secrets = {key_b64(s.tb), *s.tokens()}
    assert len(secrets) >= 2, "no token was captured"
    for blob in blobs:
        text = blob.decode() if isinstance(blob, bytes) else blob
        for secret in secrets:
            assert secret not in text


def test_both_task_types_are_registered() -> None:
    assert ConnectorRegistry.get_connector(TASK_SHELL).task_category.name == TASK_SHELL
    assert ConnectorRegistry.get_connector(TASK_SCRIPT).task_category.name == TASK_SCRIPT


async def test_shell_task_succeeds_with_file_output(session: Session) -> None:
    task = SlurmRestShellTask(
        name="flyte_live.greet",
        script="#!/bin/bash\nset -eu\nprintf '%s' {inputs.message} > {outputs.greeting}\necho \"ran on $(hostname)\"\n",
        cluster=session.cluster,
        job={"time": "2", "mem": "50M"},
        inputs=kwtypes(message=str),
        output_locs=[OutputLocation(var="greeting", var_type=FlyteFile, location="")],
    )
    meta = await session.create(task, message=HOSTILE)
    assert_no_secret(session, meta.encode(), repr(meta))
    assert meta.outputs["greeting"][0] == "file"

    resource = await session.wait(meta)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    assert resource.message == f"job {meta.job_id} COMPLETED, exit code 0"
    out = resource.outputs["greeting"]
    assert isinstance(out, FlyteFile)
    assert Path(out.path).is_relative_to(meta.output_prefix)  # copied out of the task's directory, no link followed
    assert Path(out.path).read_text() == HOSTILE

    info = resource.custom_info
    assert info["job_id"] == meta.job_id and info["state"] == "COMPLETED" and info["return_code"] == 0
    assert info["nodes"]
    for when in ("submit_time", "start_time", "end_time"):
        assert datetime.fromisoformat(info[when]).tzinfo is not None, info
    assert info["submit_time"] <= info["start_time"] <= info["end_time"]
    assert local(session.tb, info["stdout"]).read_text().startswith("ran on ")
    assert [(link.name, link.uri) for link in resource.log_links] == [
        (f"Slurm log (job {meta.job_id})", f"file://{info['stdout']}#log-{meta.job_id}-{session.tb.user}"),
    ]
    # what Flyte ships to the UI
    assert_no_secret(session, str(await resource.to_flyte_idl()))


async def test_failing_script_fails_with_exit_code_and_stderr(session: Session) -> None:
    task = SlurmRestShellTask(
        name="flyte_live.fail",
        cluster=session.cluster,
        job={"time": "2"},
        script="#!/bin/bash\necho 'boom: the disk is on fire' >&2\nexit 3\n",
    )
    meta = await session.create(task)
    resource = await session.wait(meta)
    assert phase_name(resource.phase) == "FAILED", resource.message
    assert resource.message.startswith(f"job {meta.job_id} FAILED, reason NonZeroExitCode, exit code 3\n")
    assert "stderr tail:\nboom: the disk is on fire" in resource.message
    assert resource.outputs is None
    assert resource.custom_info["return_code"] == 3


async def test_missing_output_fails(session: Session) -> None:
    task = SlurmRestShellTask(
        name="flyte_live.lazy",
        cluster=session.cluster,
        job={"time": "2"},
        script="#!/bin/bash\necho forgot to write\n",
        output_locs=[OutputLocation(var="result", var_type=FlyteFile, location="")],
    )
    meta = await session.create(task)
    resource = await session.wait(meta)
    assert phase_name(resource.phase) == "FAILED"
    assert f"did not write result ({meta.outputs['result'][1]})" in resource.message


@pytest.mark.parametrize(("kill", "state"), [("yes", "CANCELLED"), ("no", "PENDING")])
async def test_never_satisfiable_dependency_fails_not_aborts(session: Session, kill: str, state: str) -> None:
    failing = SlurmRestShellTask(
        name="flyte_live.first", cluster=session.cluster, job={"time": "2"}, script="#!/bin/bash\nexit 1\n"
    )
    first = await session.create(failing)
    dependent = SlurmRestShellTask(
        name="flyte_live.second",
        cluster=session.cluster,
        job={"time": "2", "dependency": f"afterok:{first.job_id}", "kill-on-invalid-dep": kill},
        script="#!/bin/bash\ntrue\n",
    )
    second = await session.create(dependent)
    try:
        assert phase_name((await session.get(second)).phase) == "QUEUED"  # first sight: waiting on `first`
        assert phase_name((await session.wait(first)).phase) == "FAILED"
        # until Slurm itself (asked directly, past the watcher) says the dependency can never be met
        client = (await _connector._session(session.cluster)).client
        deadline = time.monotonic() + 30
        while True:
            direct = await client.get_job(second.job_id)
            if direct.reason == "DependencyNeverSatisfied" or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.5)
        assert direct.reason == "DependencyNeverSatisfied", direct
        # /jobs/state carries no reason: the watcher re-reads pending records every PENDING_REFRESH s
        # while jobs pend, so the new reason shows within that period.
        deadline = time.monotonic() + PENDING_REFRESH + 5
        while True:
            await asyncio.sleep(_connector.POLL_MAX_AGE + 0.1)
            resource = await session.get(second)
            if phase_name(resource.phase) != "QUEUED" or time.monotonic() > deadline:
                break
        assert phase_name(resource.phase) == "FAILED", resource.message
        assert resource.message.startswith(f"job {second.job_id} {state}, reason DependencyNeverSatisfied")
    finally:
        await session.connector.delete(resource_meta=second)  # a pending one would wait forever


async def test_refused_submit_raises_with_slurms_reason(session: Session) -> None:
    task = SlurmRestShellTask(
        name="flyte_live.nowhere",
        cluster=session.cluster,
        job={"partition": "no-such-part"},
        script="#!/bin/bash\ntrue\n",
    )
    with pytest.raises(SubmissionError, match="Invalid partition name specified") as err:
        await session.create(task)
    assert key_b64(session.tb) not in str(err.value)


async def test_delete_aborts_and_is_idempotent(session: Session) -> None:
    task = SlurmRestShellTask(
        name="flyte_live.sleepy", cluster=session.cluster, job={"time": "5"}, script="#!/bin/bash\nsleep 300\n"
    )
    meta = await session.create(task)
    first = await session.get(meta)
    assert phase_name(first.phase) in {"QUEUED", "RUNNING", "INITIALIZING"}, first.message
    await session.connector.delete(resource_meta=meta)
    resource = await session.wait(meta, timeout=30)
    assert phase_name(resource.phase) == "ABORTED", resource.message
    assert resource.message.startswith(f"job {meta.job_id} CANCELLED")
    await session.connector.delete(resource_meta=meta)  # already finished: not an error
    assert phase_name((await session.get(meta)).phase) == "ABORTED"
    # a job id the controller never heard of (or purged): delete is quiet, get says so
    gone = dataclasses.replace(meta, job_id=2_000_000_000)
    stored(gone)
    await session.connector.delete(resource_meta=gone)
    resource = await session.get(gone)
    assert phase_name(resource.phase) == "FAILED" and "record purged" in resource.message


async def test_existing_script_gets_hostile_input_verbatim(session: Session) -> None:
    task = SlurmRestScriptTask(
        name="flyte_live.repeat",
        batch_script_path=REPEAT_SH,
        cluster=session.cluster,
        job={"time": "2"},
        args=["{inputs.message}", "{inputs.times}", "{outputs.copies}"],
        inputs=kwtypes(message=str, times=int, note=str),
        output_locs=[OutputLocation(var="copies", var_type=FlyteFile, location="")],
    )
    note = "$note `id` $(id) ; 'x' \"y\""
    meta = await session.create(task, message=HOSTILE, times=3, note=note)
    resource = await session.wait(meta)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    assert Path(resource.outputs["copies"].path).read_text() == (HOSTILE + "\n") * 3
    stdout = local(session.tb, resource.custom_info["stdout"]).read_text()
    assert stdout == (HOSTILE + "\n") * 3 + f"note from the environment: {note}\n"


async def test_concurrent_gets_share_one_request_per_cycle(session: Session) -> None:
    """30 get() calls for 10 held jobs: after each job's first sight, one state request per cycle."""
    task = SlurmRestShellTask(
        name="flyte_live.held", cluster=session.cluster, job={"time": "2", "hold": True}, script="#!/bin/bash\ntrue\n"
    )
    metas = [await session.create(task) for _ in range(10)]
    try:
        calls = [m for m in metas for _ in range(3)]

        async def cycle() -> tuple[list[Resource], list[str]]:
            before = len(session.requests)
            resources = await asyncio.gather(*(session.get(m) for m in calls))
            return resources, [f"{r.method} {r.url.path}" for r in session.requests[before:]]

        resources, first = await cycle()
        assert {phase_name(r.phase) for r in resources} == {"WAITING_FOR_RESOURCES"}, [r.message for r in resources]
        assert all("reason JobHeldUser" in r.message for r in resources)
        # first sight: one batched request, plus at most one full record per new job
        assert len(first) <= 1 + len(metas), first
        for _ in range(2):
            await asyncio.sleep(_connector.POLL_MAX_AGE + 0.1)
            resources, steady = await cycle()
            assert len(steady) == 1, steady
            assert {phase_name(r.phase) for r in resources} == {"WAITING_FOR_RESOURCES"}
        # back-to-back gets inside POLL_MAX_AGE reuse the last cycle
        _, cached = await cycle()
        assert cached == []
    finally:
        for m in metas:
            await session.connector.delete(resource_meta=m)
    for m in metas:
        assert phase_name((await session.wait(m, timeout=30)).phase) == "ABORTED"


# ------------------------------------------------------------------------------ several nodes, preemption
async def test_shell_task_on_two_nodes_reports_its_usage(session: Session) -> None:
    task = SlurmRestShellTask(
        name="flyte_live.two_nodes",
        script="#!/bin/bash\nset -eu\nsrun python3 -c 'sum(range(3 * 10**6))'\n",
        cluster=session.cluster,
        job={"nodes": 2, "ntasks_per_node": 1, "time": "5"},
    )
    meta = await session.create(task)
    resource = await session.wait(meta, timeout=120)
    assert phase_name(resource.phase) == "SUCCEEDED", resource.message
    info = resource.custom_info
    assert info["restart_count"] == 0 and info["usage"]["node_count"] == 2, info
    assert len(set(info["usage"]["nodes"])) == 2 and info["usage"]["cpu_seconds"] > 0, info["usage"]


async def test_preempted_task_is_queued_again_then_succeeds(session: Session, testbed: Testbed) -> None:
    parts = testbed.facts["partitions"]
    task = SlurmRestShellTask(
        name="flyte_live.preempted",
        script='#!/bin/bash\n[ "${SLURM_RESTART_COUNT:-0}" -ge 1 ] && exit 0\nsleep 300\n',
        cluster=session.cluster,
        job={
            "partition": parts["preemptible"],
            "nodes": len(testbed.facts["nodes"]),
            "exclusive": True,
            "requeue": True,
            "time": "10",
        },
    )
    meta = await session.create(task)
    phases = [phase_name((await session.wait(meta, until={TaskExecution.RUNNING})).phase)]
    client = (await _connector._session(session.cluster)).client
    high = await client.submit(
        JobSpec(script="#!/bin/sh\nsleep 1\n", partition=parts["preempting"], nodes=1, exclusive=True, time_limit=5)
    )
    deadline = time.monotonic() + 180
    while phases[-1] != "SUCCEEDED" and time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        phase = phase_name((resource := await session.get(meta)).phase)
        if phase != phases[-1]:
            phases.append(phase)
    assert (await client.get_job(high)).state.value in ("COMPLETED", "RUNNING", "COMPLETING")
    # Preempted and requeued: back to waiting (QUEUED; WAITING_FOR_RESOURCES while Slurm holds it until its
    # begin time), never a failure, then it ran again (too briefly to be seen, maybe) and succeeded.
    assert phases[0] == "RUNNING" and phases[-1] == "SUCCEEDED", (phases, resource.message)
    assert set(phases[1:-1]) & {"QUEUED", "WAITING_FOR_RESOURCES"}, phases
    assert set(phases[1:-1]) <= {"QUEUED", "WAITING_FOR_RESOURCES", "RUNNING"}, phases
    assert resource.custom_info["restart_count"] == 1
