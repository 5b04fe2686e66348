"""Jobs older than MinJobAge: the controller has purged them, accounting (slurmdbd) still knows them.

One module fixture lowers MinJobAge to 2 s on every running release at once (restored afterwards), runs an
``exit 0`` and an ``exit 3`` job on each and waits until the controller no longer knows them (4-7 s after
they end). Then get_job, wait/wait_all, both watchers and the connector's get must still report the final
state; and without accounting (slurmdbd stopped, or slurmrestd without its slurmdbd plugin) the answer is
a prompt JobNotFoundError / the connector's "record purged", never a hang.

The same for a job that ran into its time limit: tests/live/test_time_limit_record.py.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest
from flytekit.extend.backend.base_connector import ConnectorRegistry

from flyte_plugin import TASK_SHELL, SlurmRestMeta
from flyte_plugin.flytekit import _connector
from slurm_rest import JobNotFoundError, JobState, _constants
from slurm_rest_testbed import RELEASES, Release, _daemons, _facts, _reconfigure

from ..conftest import Testbed, poll, require_testbed
from ._every_release import on_every_release, result_for
from ._flyte import SECRET_ENV, cluster_for, key_b64, phase_name, stored
from .facade_support import controller_knows, make_async_client, make_client, sh

pytestmark = pytest.mark.live

# 22.05's dbv0.0.38 reports every job's exit code as SUCCESS/0 (see tests/test_accounting.py): unknown there.
FAIL_CODE = {"22.05": None, "24.11": 3, "26.05": 3}


@dataclasses.dataclass(frozen=True)
class Purged:
    ok: int  # ran "exit 0"
    failed: int  # ran "exit 3"
    array: int  # two tasks, "exit 0"


def _purge_two_jobs(rel: Release) -> Purged:
    old = _reconfigure.set_min_job_age(rel, 2)
    try:
        with make_client(require_testbed(rel)) as client:
            ids = Purged(
                ok=client.submit(script=sh("exit 0"), name="acct-ok", comment="purge me", time_limit=2),
                failed=client.submit(script=sh("exit 3"), name="acct-fail", time_limit=2),
                array=client.submit(script=sh("exit 0"), name="acct-array", array="0-1", time_limit=2),
            )
            client.wait_all([ids.ok, ids.failed], timeout=60)
            tasks = [t.job_id for t in client.wait_array(ids.array, timeout=60)]
            deadline = time.monotonic() + 90
            while any(controller_knows(client, j) for j in (ids.ok, ids.failed, *tasks)):
                assert time.monotonic() < deadline, f"[{rel.name}] jobs {ids} not purged after 90 s"
                time.sleep(0.5)
            return ids
    finally:
        _reconfigure.set_min_job_age(rel, old)


@pytest.fixture(scope="module")
def purged() -> dict[str, Purged | BaseException]:
    """Per release: two finished jobs the controller has purged (all releases in parallel: ~20 s)."""
    return on_every_release(_purge_two_jobs)


def test_get_job_reads_accounting(testbed: Testbed, purged: dict[str, Purged | BaseException]) -> None:
    ids = result_for(purged, testbed)
    with make_client(testbed) as c:
        ok = c.get_job(ids.ok)
        assert (ok.state, ok.return_code, ok.from_accounting, ok.succeeded) == (JobState.COMPLETED, 0, True, True)
        assert ok.job_id == ids.ok and ok.user == testbed.user and ok.end_time is not None
        assert ok.comment == "purge me" and ok.comment_tag  # AccountingStoreFlags=job_comment
        failed = c.get_job(str(ids.failed))
        assert (failed.state, failed.return_code, failed.finished) == (JobState.FAILED, FAIL_CODE[testbed.name], True)


def test_array_tasks_and_wait_array_read_accounting(
    testbed: Testbed, purged: dict[str, Purged | BaseException]
) -> None:
    ids = result_for(purged, testbed)
    with make_client(testbed) as c:
        tasks = c.array_tasks(ids.array)
        assert [(t.array_job_id, t.array_task_id, t.state, t.from_accounting) for t in tasks] == [
            (ids.array, 0, JobState.COMPLETED, True),
            (ids.array, 1, JobState.COMPLETED, True),
        ], tasks
        final = c.wait_array(ids.array, timeout=20)
        assert [(t.job_id, t.array_task_id, t.state) for t in final] == [
            (t.job_id, t.array_task_id, t.state) for t in tasks
        ]


@pytest.mark.on_release("22.05")
def test_legacy_watcher_idle_past_min_job_age_still_sees_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """22.05 (v0.0.38 lists changed jobs only): a watcher saw a job running, then did not poll until the
    controller had purged it. Its next cycle lists every job, and the absent one is read from accounting."""
    tb = require_testbed(next(r for r in RELEASES if r.name == "22.05"))
    monkeypatch.setattr(_constants, "STALE_AFTER", 2.0)  # instead of idling for 30 s
    old = _reconfigure.set_min_job_age(tb.release, 2)
    try:
        with make_client(tb) as c:
            watcher = c.watcher()
            job = c.submit(script=sh("sleep 4"), name="acct-idle", time_limit=2)
            assert not poll(
                lambda: watcher.get(job, max_age=0), until=lambda i: i.state is JobState.RUNNING, timeout=30
            ).finished
            deadline = time.monotonic() + 90
            while controller_knows(c, job):
                assert time.monotonic() < deadline, f"job {job} not purged after 90 s"
                time.sleep(0.5)
            info = poll(lambda: watcher.get(job, max_age=0), until=lambda i: i.finished, timeout=20)
            assert info.state is JobState.COMPLETED and info.from_accounting, info
    finally:
        _reconfigure.set_min_job_age(tb.release, old)


def test_wait_and_watchers_end_with_the_final_state(
    testbed: Testbed, purged: dict[str, Purged | BaseException]
) -> None:
    ids = result_for(purged, testbed)
    with make_client(testbed) as c:
        start = time.monotonic()
        assert c.wait(ids.ok, timeout=20).state is JobState.COMPLETED
        both = c.wait_all([ids.ok, ids.failed], timeout=20)
        assert time.monotonic() - start < 10
        assert (both[ids.failed].state, both[ids.failed].return_code) == (JobState.FAILED, FAIL_CODE[testbed.name])
        watcher = c.watcher()
        assert watcher.get(ids.failed).state is JobState.FAILED
        assert watcher.get(ids.ok).from_accounting


async def test_async_wait_and_watcher(testbed: Testbed, purged: dict[str, Purged | BaseException]) -> None:
    ids = result_for(purged, testbed)
    async with make_async_client(testbed) as c:
        both = await c.wait_all([ids.ok, ids.failed], timeout=20)
        assert [both[j].state for j in (ids.ok, ids.failed)] == [JobState.COMPLETED, JobState.FAILED]
        watcher = await c.watcher()
        info = await watcher.get(ids.failed)
        assert (info.state, info.return_code, info.from_accounting) == (JobState.FAILED, FAIL_CODE[testbed.name], True)


async def connector_get(tb: Testbed, job_id: int, **cluster: str) -> tuple[str, str]:
    meta = stored(SlurmRestMeta(job_id=job_id, cluster=cluster_for(tb, **cluster).to_dict(), user=tb.user))
    try:
        resource = await ConnectorRegistry.get_connector(TASK_SHELL).get(resource_meta=meta)
    finally:
        await _connector.close_sessions()
    return phase_name(resource.phase), resource.message


async def test_connector_reports_the_final_state(
    testbed: Testbed, purged: dict[str, Purged | BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = result_for(purged, testbed)
    monkeypatch.setenv(SECRET_ENV, key_b64(testbed))
    phase, message = await connector_get(testbed, ids.ok)
    assert phase == "SUCCEEDED", message
    phase, message = await connector_get(testbed, ids.failed)
    assert phase == "FAILED" and message.startswith(f"job {ids.failed} FAILED"), message
    assert ("exit code 3" in message) == (FAIL_CODE[testbed.name] == 3), message


def test_a_job_accounting_never_saw_is_not_found(testbed: Testbed) -> None:
    with make_client(testbed) as c, pytest.raises(JobNotFoundError, match="accounting has no record of it"):
        c.get_job(2_000_000_000)


@pytest.fixture
def trixie() -> Iterator[Testbed]:
    """24.11, put back as it was (slurmdbd running, slurmrestd with its slurmdbd plugin) afterwards."""
    rel = next(r for r in RELEASES if r.name == "24.11")
    tb = require_testbed(rel)
    try:
        yield tb
    finally:
        _daemons.restart(rel, "slurmrestd")  # the configured plugins again; starts a stopped slurmdbd too
        _facts.wait_ready(rel)


@pytest.mark.on_release("24.11")
async def test_without_accounting_it_is_job_not_found_promptly(
    trixie: Testbed, purged: dict[str, Purged | BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = result_for(purged, trixie)
    rel = trixie.release
    # slurmrestd without its slurmdbd plugin: /slurmdb/... is 404
    _daemons.restart(dataclasses.replace(rel, rest_plugins="openapi/slurmctld"), "slurmrestd")
    _facts.wait_ready(rel)
    with make_client(trixie) as c, pytest.raises(JobNotFoundError, match=r"accounting could not tell \(HTTP 404\)"):
        c.get_job(ids.ok)
    # slurmdbd stopped (slurmrestd has its plugin again): 502, retried briefly, then not found
    _daemons.restart(rel, "slurmrestd")
    _facts.wait_ready(rel)
    _daemons.stop(rel, ("slurmdbd",))
    assert _daemons.alive(rel)["slurmdbd"] is None
    start = time.monotonic()
    with make_client(trixie) as c:
        with pytest.raises(JobNotFoundError, match=r"accounting could not tell \(HTTP 502\)"):
            c.get_job(ids.ok)
        with pytest.raises(JobNotFoundError, match="purged after MinJobAge"):
            c.wait(ids.failed, timeout=30)
    async with make_async_client(trixie) as ac:
        with pytest.raises(JobNotFoundError):
            await ac.wait(ids.failed, timeout=30)
    monkeypatch.setenv(SECRET_ENV, key_b64(trixie))
    # another cluster dict: the connector keeps final answers per task, and this job's is cached already
    phase, message = await connector_get(trixie, ids.failed, log_url_template="file://{path}")
    assert phase == "FAILED" and "record purged" in message, message
    assert time.monotonic() - start < 15, "every outcome must come promptly"
