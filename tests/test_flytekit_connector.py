"""The flytekit connector's create/get/delete offline, on the fake slurmrestd (served over HTTP): the phases a
task goes through to success, failure and deletion, one job per create, and the JWT key (a Flyte secret)
kept out of the ResourceMeta, the phase messages and custom info. Live: tests/live/test_flyte_connector.py."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from typing import cast

import pytest
from flytekit.extend.backend.base_connector import ConnectorRegistry

from flyte_plugin import TASK_SHELL, SlurmCluster, SlurmRestMeta, SlurmRestShellTask, _polling, _sessions
from flyte_plugin._constants import POLL_MAX_AGE
from flyte_plugin._phases import Phase
from flyte_plugin._policy import Target
from flyte_plugin._polling import poll_age
from flyte_plugin.flytekit import _connector
from slurm_rest import JobInfo, JobState

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


def test_a_running_jobs_unchanged_answer_is_given_again_and_its_protobuf_made_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Flyte asks about each task every few seconds, mostly to hear the same: while the watcher's record is the
    one an answer was built from, that answer (and flytekit's protobuf of it) is given again; a changed record
    gets a new one, and a finished job's leaves the cache."""
    fake = FakeSlurmrestd("24.11")
    monkeypatch.setenv(SECRET_ENV, KEY_B64)
    connector = ConnectorRegistry.get_connector(TASK_SHELL)

    async def go(url: str) -> None:
        cluster = SlurmCluster(url=url, user="alice", jwt_key_secret="jwt_key", secret_group="slurm_rest")
        task = SlurmRestShellTask(name="fake.same", script="#!/bin/sh\ntrue\n", cluster=cluster, job={"time": "2"})
        meta = await connector.create(task_template=template_of(task), output_prefix="/tmp/out")
        kept = len(_connector._LAST)  # other tests' tasks, never asked about again
        try:
            first = await connector.get(resource_meta=SlurmRestMeta.decode(meta.encode()))
            again = await connector.get(resource_meta=SlurmRestMeta.decode(meta.encode()))
            assert again is first and phase_name(first.phase) == "QUEUED"
            assert await again.to_flyte_idl() is await first.to_flyte_idl()
            assert len(_connector._LAST) == kept + 1
            fake.advance(meta.job_id, "RUNNING")
            await asyncio.sleep(POLL_MAX_AGE + 0.05)
            running = await connector.get(resource_meta=meta)
            assert running is not first and phase_name(running.phase) == "RUNNING"
            assert "RUNNING" in (await running.to_flyte_idl()).custom_info["state"]
            fake.advance(meta.job_id)  # to its final state
            await asyncio.sleep(POLL_MAX_AGE + 0.05)
            final = await connector.get(resource_meta=meta)
            assert phase_name(final.phase) == "SUCCEEDED" and len(_connector._LAST) == kept
        finally:
            await _connector.close_sessions()

    with fake.http_server() as url:
        asyncio.run(go(url))


def test_last_answers_are_bounded_and_tied_to_their_record_and_target(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_polling, "LAST_ANSWERS", 2)
    kept: _polling.LastAnswers[str] = _polling.LastAnswers()
    target, other = cast(Target, object()), cast(Target, object())
    infos = [JobInfo(job_id=j, state=JobState.PENDING) for j in range(4)]

    def outcome(info: JobInfo | None) -> _polling.Outcome:
        return _polling.Outcome(Phase.QUEUED, "m", info)

    built: list[str] = []

    def build(name: str) -> Callable[[], str]:
        return lambda: built.append(name) or name

    assert kept.answer(b"a", target, outcome(infos[0]), build("a0")) == "a0"
    assert kept.answer(b"a", target, outcome(infos[0]), build("a1")) == "a0"
    assert kept.answer(b"a", other, outcome(infos[0]), build("a2")) == "a2"
    same_fields = JobInfo(job_id=0, state=JobState.PENDING)  # equal, but a record read again: built again
    assert kept.answer(b"a", other, outcome(same_fields), build("a3")) == "a3"
    assert kept.answer(b"a", other, outcome(None), build("a4")) == "a4" and len(kept) == 0
    for j in (1, 2, 3):
        kept.answer(f"{j}".encode(), target, outcome(infos[j]), build(f"{j}"))
    assert len(kept) == 2
    assert kept.answer(b"1", target, outcome(infos[1]), build("1 again")) == "1 again"  # the oldest, dropped
    assert built == ["a0", "a2", "a3", "a4", "1", "2", "3", "1 again"]
