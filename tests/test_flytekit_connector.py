"""The flytekit connector's create/get/delete offline, on the fake slurmrestd (served over HTTP): the phases a
task goes through to success, failure and deletion, one job per create, and the JWT key (a Flyte secret)
kept out of the ResourceMeta, the phase messages and custom info. Live: tests/live/test_flyte_connector.py."""

from __future__ import annotations

import asyncio
import base64
import json

import pytest
from flytekit.extend.backend.base_connector import ConnectorRegistry

from flyte_plugin import TASK_SHELL, SlurmCluster, SlurmRestMeta, SlurmRestShellTask, _sessions
from flyte_plugin._constants import POLL_MAX_AGE
from flyte_plugin._polling import poll_age
from flyte_plugin.flytekit import _connector

from .fake_slurmrestd import FakeSlurmrestd, signed_with
from .live._flyte import SECRET_ENV, phase_name, template_of

KEY = b"k" * 32
KEY_B64 = base64.b64encode(KEY).decode()
FINAL = {"SUCCEEDED", "FAILED", "ABORTED", "RETRYABLE_FAILED"}


@pytest.mark.parametrize(
    ("final", "exit_code", "cancel", "phases", "says"),
    [
        ("COMPLETED", 0, False, ["QUEUED", "RUNNING", "SUCCEEDED"], "COMPLETED, exit code 0"),
        ("FAILED", 3, False, ["QUEUED", "RUNNING", "FAILED"], "exit code 3"),
        ("COMPLETED", 0, True, ["QUEUED", "ABORTED"], "CANCELLED"),
    ],
    ids=["succeeds", "fails", "deleted"],
)
def test_create_get_delete_on_the_fake(
    final: str, exit_code: int, cancel: bool, phases: list[str], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeSlurmrestd("24.11")
    fake.require_token(signed_with(KEY))
    monkeypatch.setenv(SECRET_ENV, KEY_B64)
    connector = ConnectorRegistry.get_connector(TASK_SHELL)

    async def go(url: str) -> tuple[list[str], str]:
        cluster = SlurmCluster(url=url, user="alice", jwt_key_secret="jwt_key", secret_group="slurm_rest")
        task = SlurmRestShellTask(name="fake.sleepy", script="#!/bin/sh\nsleep 1\n", cluster=cluster, job={"time": "2"})
        meta = await connector.create(task_template=template_of(task), output_prefix="/tmp/out")
        encoded = meta.encode()
        assert KEY_B64.encode() not in encoded and b'"signature": "' in encoded
        assert SlurmRestMeta.decode(encoded) == meta
        seen: list[str] = []
        message = ""
        try:
            for _ in range(20):
                resource = await connector.get(resource_meta=SlurmRestMeta.decode(encoded))
                seen.append(phase_name(resource.phase))
                message = resource.message or ""
                assert KEY_B64 not in json.dumps(resource.custom_info or {}) + message
                if seen[-1] in FINAL:
                    break
                if cancel:
                    await connector.delete(resource_meta=meta)
                else:
                    fake.auto_advance(final, exit_code=exit_code)
                await asyncio.sleep(POLL_MAX_AGE + 0.05)  # a newer state than the watcher's last cycle
            await connector.delete(resource_meta=meta)  # finished: fine
        finally:
            await _connector.close_sessions()
        return seen, message

    with fake.http_server() as url:
        seen, message = asyncio.run(go(url))
    assert [p for i, p in enumerate(seen) if i == 0 or seen[i - 1] != p] == phases
    assert says in message
    assert fake.count("submit") == 1


@pytest.mark.parametrize(("tracked", "age"), [(0, 1.0), (1, 1.0), (2000, 1.0), (2001, 2.0), (9000, 5.0), (10**6, 5.0)])
def test_a_watched_state_may_be_older_the_more_tasks_a_replica_tracks(tracked: int, age: float) -> None:
    assert poll_age(tracked) == age


def test_a_replica_with_many_tasks_cycles_once_per_poll_age(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ~4,000 tasks tracked a replica's gets reuse a state for 3 s (``poll_age``); with 11, for 1 s."""
    fake = FakeSlurmrestd("24.11")
    monkeypatch.setenv(SECRET_ENV, KEY_B64)
    connector = ConnectorRegistry.get_connector(TASK_SHELL)
    others = [fake.add_job(state="RUNNING").job_id for _ in range(4001)]

    async def go(url: str) -> list[int]:
        cluster = SlurmCluster(url=url, user="alice", jwt_key_secret="jwt_key", secret_group="slurm_rest")
        task = SlurmRestShellTask(name="fake.many", script="#!/bin/sh\nsleep 1\n", cluster=cluster, job={"time": "2"})
        meta = await connector.create(task_template=template_of(task), output_prefix="/tmp/out")
        requests = []
        try:
            for tracked in (others[:10], others):
                await connector.get(resource_meta=meta)  # the session open
                (found,) = _sessions._CLIENTS[asyncio.get_running_loop()][1].values()  # this loop's one session
                found.watcher.track(tracked)
                await connector.get(resource_meta=meta)
                before = fake.count("states")
                await asyncio.sleep(POLL_MAX_AGE + 0.1)
                await connector.get(resource_meta=meta)  # past 1 s: a new cycle only with few tasks tracked
                requests.append(fake.count("states") - before)
        finally:
            await _connector.close_sessions()
        return requests

    with fake.http_server() as url:
        assert asyncio.run(go(url)) == [1, 0]
