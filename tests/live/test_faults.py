"""Real daemons stopped and started under a running wait: the final state is never lost."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from slurm_rest import AsyncSlurmClient, JobInfo, JobSpec, JobState, SlurmClient
from slurm_rest_testbed import Release, _daemons
from slurm_rest_testbed._facts import wait_ready

from ..conftest import Testbed, require_testbed
from ._every_release import on_every_release, result_for

pytestmark = pytest.mark.live


def client(tb: Testbed, **kw: Any) -> SlurmClient:
    return SlurmClient(url=tb.url, user=tb.user, jwt_key=tb.facts["jwt_key_path"], retry_deadline=90, **kw)


def bounce(tb: Testbed, daemon: str, down_for: float) -> None:
    """Stop one daemon of the release for ``down_for`` seconds, then start it and wait until ready."""
    _daemons.stop(tb.release, (daemon,))
    assert _daemons.alive(tb.release)[daemon] is None
    time.sleep(down_for)
    _daemons.start(tb.release)
    wait_ready(tb.release)


def wait_in_thread(c: SlurmClient, job_id: int) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["info"] = c.wait(job_id, timeout=180)
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


@pytest.mark.parametrize("daemon", ["slurmrestd", "slurmctld"])
def test_wait_survives_a_daemon_restart(testbed: Testbed, daemon: str, unique_name: str) -> None:
    with client(testbed) as c:
        job_id = c.submit(JobSpec(script="#!/bin/sh\nsleep 6\nexit 4\n", name=unique_name, time_limit="5"))
        thread, out = wait_in_thread(c, job_id)
        time.sleep(1.5)
        bounce(testbed, daemon, down_for=4)
        thread.join(200)
        assert "error" not in out, out.get("error")
        info: JobInfo = out["info"]
        assert (info.job_id, info.state, info.return_code) == (job_id, JobState.FAILED, 4)


async def test_connector_get_survives_slurmrestd_restart(
    testbed: Testbed, unique_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flytekit.models.literals import LiteralMap

    from flyte_plugin import SlurmRestShellTask
    from flyte_plugin.flytekit import _connector

    from ._flyte import SECRET_ENV, cluster_for, key_b64, phase_name, template_of

    monkeypatch.setenv(SECRET_ENV, key_b64(testbed))
    task = SlurmRestShellTask(
        name="faults.sleeper",
        cluster=cluster_for(testbed),
        job={"time": "5"},
        script="#!/bin/bash\nsleep 6\necho done\n",
    )
    connector = _connector.SlurmRestConnector("slurm_rest_shell")
    meta = await connector.create(task_template=template_of(task), output_prefix="/tmp", inputs=LiteralMap({}))
    loop = asyncio.get_running_loop()
    restart = loop.run_in_executor(None, bounce, testbed, "slurmrestd", 4.0)
    phases = []
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline:
            resource = await connector.get(resource_meta=meta)
            phases.append(phase_name(resource.phase))
            if phases[-1] in ("SUCCEEDED", "FAILED", "ABORTED", "RETRYABLE_FAILED"):
                break
            await asyncio.sleep(1)
        await restart
        assert phases[-1] == "SUCCEEDED", (phases, resource.message)
    finally:
        await _connector.close_sessions()


def _wait_through_a_renewal(rel: Release) -> tuple[JobInfo, set[str]]:
    """A 40 s wait with a 60 s token (renewed when 30 s are left): the final state and the tokens sent."""
    tokens: set[str] = set()
    with client(require_testbed(rel), token_lifespan=60) as c:
        c._http.event_hooks["request"].append(lambda r: tokens.add(r.headers["X-SLURM-USER-TOKEN"]))
        job_id = c.submit(JobSpec(script="#!/bin/sh\nsleep 40\n", name=f"renewal-{rel.name}", time_limit="5"))
        return c.wait(job_id, timeout=180), tokens


@pytest.fixture(scope="module")
def renewed_waits() -> dict[str, tuple[JobInfo, set[str]] | BaseException]:
    """Every release at once: the 40 s each wait takes is waited once."""
    return on_every_release(_wait_through_a_renewal)


def test_token_expiring_mid_wait_is_renewed(
    testbed: Testbed, renewed_waits: dict[str, tuple[JobInfo, set[str]] | BaseException]
) -> None:
    info, tokens = result_for(renewed_waits, testbed)
    assert info.state is JobState.COMPLETED
    assert len(tokens) >= 2, "a 60 s token must have been re-minted during a 40 s wait (renewal at 30 s left)"


async def test_async_wait_survives_slurmrestd_restart(testbed: Testbed, unique_name: str) -> None:
    async with AsyncSlurmClient(
        url=testbed.url, user=testbed.user, jwt_key=testbed.facts["jwt_key_path"], retry_deadline=90
    ) as c:
        job_id = await c.submit(JobSpec(script="#!/bin/sh\nsleep 5\n", name=unique_name, time_limit="5"))
        waiting = asyncio.create_task(c.wait(job_id, timeout=180))
        await asyncio.sleep(1)
        await asyncio.get_running_loop().run_in_executor(None, bounce, testbed, "slurmrestd", 3.0)
        info = await waiting
    assert info.state is JobState.COMPLETED
