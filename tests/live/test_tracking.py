"""Job tracking that never lies, live on every release: a watcher over more jobs than one state request
carries (slurmctld's RPC counters from /diag say what each cycle cost), a wrong token reported as an
authentication failure by the facade, the CLI and the Flyte connector (never as a missing job), and an
endpoint the release lacks reported as such."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flyte_plugin._config import TASK_SHELL
from flyte_plugin.flytekit import _connector
from flyte_plugin.flytekit._connector import SlurmRestMeta
from slurm_rest import APIError, AsyncSlurmClient, AuthError, JobNotFoundError, JobState, SlurmClient
from slurm_rest._constants import FIRST_READS, REFRESH_BATCH, STATE_CHUNK
from slurm_rest._exceptions import SlurmMessage

from ..conftest import Testbed
from ._flyte import SECRET_ENV, TERMINAL, cluster_for, key_b64, stored
from .facade_support import make_async_client, make_client, sh

pytestmark = pytest.mark.live

N = STATE_CHUNK + 50  # more jobs than one state request carries
JOB_RPCS = ("REQUEST_JOB_STATE", "REQUEST_JOB_INFO", "REQUEST_JOB_INFO_SINGLE", "REQUEST_FED_INFO")


def diag_path(client: SlurmClient) -> str:
    version = client.api_version()
    return f"/slurm/{version}/diag" + ("" if version == "v0.0.38" else "/")


def job_rpcs(client: SlurmClient) -> dict[str, int]:
    """slurmctld's counters of the RPCs that read jobs (other traffic, such as node pings, left out)."""
    stats = client.request("GET", diag_path(client))["statistics"]["rpcs_by_message_type"]
    return {str(e["message_type"]): int(e["count"]) for e in stats if e["message_type"] in JOB_RPCS}


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {k: after.get(k, 0) - before.get(k, 0) for k in JOB_RPCS if after.get(k, 0) - before.get(k, 0)}


async def submit_held(client: AsyncSlurmClient, n: int, name: str) -> list[int]:
    slots = asyncio.Semaphore(16)

    async def one() -> int:
        async with slots:
            return await client.submit(script=sh("true"), name=name, hold=True, time_limit="1")

    return list(await asyncio.gather(*(one() for _ in range(n))))


async def cancel_all(client: AsyncSlurmClient, ids: list[int]) -> None:
    slots = asyncio.Semaphore(16)

    async def one(job_id: int) -> None:
        async with slots:
            await client.cancel(job_id)

    await asyncio.gather(*(one(j) for j in ids))


def test_a_watcher_tracks_more_jobs_than_one_request_carries(testbed: Testbed, unique_name: str) -> None:
    async def submit() -> list[int]:
        async with make_async_client(testbed) as aclient:
            return await submit_held(aclient, N, unique_name)

    async def cancel() -> None:
        async with make_async_client(testbed) as aclient:
            await cancel_all(aclient, ids)

    ids = asyncio.run(submit())
    cancelled = False
    try:
        with make_client(testbed) as client:
            legacy = client.api_version() == "v0.0.38"
            each_cycle = {"REQUEST_JOB_INFO": 1} if legacy else {"REQUEST_JOB_STATE": 2}
            # Pending jobs seen first by their words are read for their reason, FIRST_READS per cycle
            # (FED_INFO + JOB_INFO_SINGLE each): v0.0.38's listing carries the reasons already.
            reads = {} if legacy else {"REQUEST_FED_INFO": FIRST_READS, "REQUEST_JOB_INFO_SINGLE": FIRST_READS}
            watcher = client.watcher()
            watcher.track(ids)
            before = job_rpcs(client)
            first = watcher.poll()
            first_cost = delta(before, job_rpcs(client))
            assert sorted(first) == sorted(ids)
            assert all(watcher.state.infos[j].state is JobState.PENDING for j in ids)
            # First sight: ⌈N/STATE_CHUNK⌉ JOB_STATE RPCs (v0.0.38: one listing), and the first reasons.
            assert first_cost == {**each_cycle, **reads}, first_cost
            before = job_rpcs(client)
            watcher.poll()
            steady = delta(before, job_rpcs(client))
            assert steady == {**each_cycle, **reads}, steady  # the next reasons; nothing else
            # All of them end at once: the next cycles read their final records from listings of what
            # changed, not two RPCs per job.
            asyncio.run(cancel())
            cancelled = True
            before, cycles = job_rpcs(client), 0
            while watcher.state.unfinished() and cycles < 20:
                time.sleep(1)
                watcher.poll()
                cycles += 1
            cost = delta(before, job_rpcs(client))
            final = [watcher.state.infos[j] for j in ids]
            assert {i.state for i in final} == {JobState.CANCELLED} and not any(i.partial for i in final)
            assert cost.get("REQUEST_JOB_INFO", 0) <= cycles, cost
            assert cost.get("REQUEST_JOB_INFO_SINGLE", 0) <= 2 * REFRESH_BATCH, cost  # the pending refresh at most
    finally:
        if not cancelled:
            asyncio.run(cancel())


# ---------------------------------------------------------------------------------- a wrong token
def wrong_key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def cli(testbed: Testbed, *args: str, key: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "SBATCH_"))}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "slurm_rest.cli",
            "--url",
            testbed.url,
            "--user",
            testbed.user,
            "--jwt-key",
            str(key),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_wrong_token_is_an_auth_failure_never_a_missing_job(
    testbed: Testbed, unique_name: str, tmp_path: Path
) -> None:
    with make_client(testbed) as client:
        job_id = client.submit(script=sh("true"), name=unique_name, time_limit="1")
        assert client.wait(job_id, timeout=60).state is JobState.COMPLETED
    key = tmp_path / "wrong.key"
    key.write_bytes(os.urandom(32))
    with SlurmClient(url=testbed.url, user=testbed.user, jwt_key=key) as wrong:
        # (Not ping: 24.11 and 26.05 answer it whatever the token.)
        # 22.05's ping answers a wrong token with its generic -1 (a probe settles it: an AuthError)
        ops = [lambda: wrong.get_job(job_id), wrong.jobs, lambda: wrong.wait(job_id, timeout=20)]
        for op in ops + ([wrong.ping] if testbed.name == "22.05" else []):
            with pytest.raises(AuthError) as info:
                op()
            assert not isinstance(info.value, JobNotFoundError)
            said_once(str(info.value), info.value.errors)
    for args in (["status", str(job_id)], ["jobs"], ["wait", str(job_id)]):
        done = cli(testbed, *args, key=key)
        assert done.returncode == 3, (args, done.stderr)  # 3: unreachable / auth, never 4 (refused / not found)
        assert "AuthError" in done.stderr or "token" in done.stderr.lower(), done.stderr
        assert "Unable to find" not in done.stderr.splitlines()[-1].split("(")[0]
        for text in (
            "Unable to find JobId",
            "Failed while looking for jobs",
            "Unable to query",
            "Protocol authentication error",
            "Unspecified error",
        ):
            assert done.stderr.count(text) <= 1, done.stderr


def said_once(message: str, errors: tuple[SlurmMessage, ...]) -> None:
    """Each of Slurm's error texts at most once in ``message`` (22.05 said its -1 text twice)."""
    for error in errors:
        for text in (error.description, error.error, str(error)):
            assert not text or message.count(text) <= 1, (text, message)


async def test_connector_keeps_the_last_phase_when_its_token_is_rejected(
    testbed: Testbed, unique_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SECRET_ENV, key_b64(testbed))
    monkeypatch.setenv("_FSEC_SLURM_REST_WRONG_KEY", wrong_key())
    connector = _connector.SlurmRestConnector(TASK_SHELL)
    try:
        async with make_async_client(testbed) as client:
            job_id = await client.submit(script=sh("sleep 30"), name=unique_name, time_limit="2")
            try:
                good = stored(SlurmRestMeta(job_id=job_id, cluster=cluster_for(testbed).to_dict(), user=testbed.user))
                seen = await connector.get(resource_meta=good)
                cluster = {**cluster_for(testbed).to_dict(), "jwt_key_secret": "wrong_key"}
                wrong = stored(SlurmRestMeta(job_id=job_id, cluster=cluster, user=testbed.user))
                resource = await connector.get(resource_meta=wrong)
                assert resource.phase not in TERMINAL, resource.message
                assert resource.phase == seen.phase or seen.phase not in TERMINAL
                assert "AuthError" in resource.message and "state not available" in resource.message
            finally:
                await client.cancel(job_id)
    finally:
        await _connector.close_sessions()


# ---------------------------------------------------------------------------------- a missing endpoint
def test_an_endpoint_the_release_lacks_is_not_a_missing_job(testbed: Testbed) -> None:
    with make_client(testbed) as client:
        for path in ("/slurm/v0.0.99/job/1", "/slurm/v0.0.99/ping/"):
            with pytest.raises(APIError) as info:
                client.request("GET", path)
            assert not isinstance(info.value, JobNotFoundError), info.value
            assert info.value.status_code == 404 and path in str(info.value)
        started = time.monotonic()
        assert client.request("GET", diag_path(client))["statistics"]  # the escape hatch reaches real endpoints
        assert time.monotonic() - started < 10
