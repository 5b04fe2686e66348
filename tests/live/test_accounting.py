"""Jobs older than MinJobAge: the controller has purged them, accounting (slurmdbd) still knows them.

One module fixture lowers MinJobAge to 2 s on every running release at once (restored afterwards), runs an
``exit 0`` and an ``exit 3`` job on each and waits until the controller no longer knows them (4-7 s after
they end). Then get_job, wait/wait_all, both watchers and the connector's get must still report the final
state; and without accounting (slurmdbd stopped, or slurmrestd without its slurmdbd plugin) the answer is
a prompt JobNotFoundError / the connector's "record purged", never a hang.

A second module fixture runs a job into its time limit on every release at once (about 90 s; MinJobAge is
lowered only once it has ended) and waits for its purge: slurmdbd's record says SUCCESS/0 for it, and
get_job must still report what the controller did, signal 15 and no return code.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import pytest
from flytekit.extend.backend.base_connector import ConnectorRegistry

from flyte_plugin import TASK_SHELL, SlurmRestMeta
from flyte_plugin.flytekit import _connector
from slurm_rest import JobInfo, JobNotFoundError, JobState, SlurmClient, _constants
from slurm_rest.testbed import RELEASES, Release, _accounting, _daemons, _facts, load_facts, status

from ..conftest import Testbed, poll, require_testbed
from ._flyte import SECRET_ENV, cluster_for, key_b64, phase_name, stored
from .facade_support import make_async_client, make_client, sh

pytestmark = pytest.mark.live

# 22.05's dbv0.0.38 reports every job's exit code as SUCCESS/0 (see tests/test_accounting.py): unknown there.
FAIL_CODE = {"22.05": None, "24.11": 3, "26.05": 3}


@dataclasses.dataclass(frozen=True)
class Purged:
    ok: int  # ran "exit 0"
    failed: int  # ran "exit 3"
    array: int  # two tasks, "exit 0"


def _controller_knows(client: SlurmClient, job_id: int) -> bool:
    try:
        client._send(client.adapter().get_job(job_id))  # the controller only, no accounting fallback
    except JobNotFoundError:
        return False
    return True


def _purge_two_jobs(rel: Release) -> Purged:
    facts = load_facts(rel)
    assert facts is not None
    old = _accounting.set_min_job_age(rel, 2)
    try:
        with SlurmClient(url=rel.rest_url, user=facts["job_user"], jwt_key=facts["jwt_key_path"]) as client:
            ids = Purged(ok=client.submit(script=sh("exit 0"), name="acct-ok", comment="purge me", time_limit=2),
                         failed=client.submit(script=sh("exit 3"), name="acct-fail", time_limit=2),
                         array=client.submit(script=sh("exit 0"), name="acct-array", array="0-1", time_limit=2))
            client.wait_all([ids.ok, ids.failed], timeout=60)
            tasks = [t.job_id for t in client.wait_array(ids.array, timeout=60)]
            deadline = time.monotonic() + 90
            while any(_controller_knows(client, j) for j in (ids.ok, ids.failed, *tasks)):
                assert time.monotonic() < deadline, f"[{rel.name}] jobs {ids} not purged after 90 s"
                time.sleep(0.5)
            return ids
    finally:
        _accounting.set_min_job_age(rel, old)


_T = TypeVar("_T")


def _on_every_release(fn: Callable[[Release], _T]) -> dict[str, _T | BaseException]:
    """``fn`` on every release that is up, all at once; per release its result or what it raised."""
    up = [r for r in RELEASES if status(r) == "up" and load_facts(r) is not None]
    if not up:
        return {}
    with ThreadPoolExecutor(len(up)) as pool:
        futures = {r.name: pool.submit(fn, r) for r in up}
    out: dict[str, _T | BaseException] = {}
    for name, fut in futures.items():
        exc = fut.exception()
        out[name] = exc if exc is not None else fut.result()
    return out


@pytest.fixture(scope="module")
def purged() -> dict[str, Purged | BaseException]:
    """Per release: two finished jobs the controller has purged (all releases in parallel: ~20 s)."""
    return _on_every_release(_purge_two_jobs)


def jobs_of(purged: dict[str, _T | BaseException], tb: Testbed) -> _T:
    result = purged.get(tb.name)
    if isinstance(result, BaseException):
        raise result
    assert result is not None, f"{tb.name} was not up when the module started"
    return result


def test_get_job_reads_accounting(testbed: Testbed, purged: dict[str, Purged | BaseException]) -> None:
    ids = jobs_of(purged, testbed)
    with make_client(testbed) as c:
        ok = c.get_job(ids.ok)
        assert (ok.state, ok.return_code, ok.from_accounting, ok.succeeded) == (JobState.COMPLETED, 0, True, True)
        assert ok.job_id == ids.ok and ok.user == testbed.user and ok.end_time is not None
        assert ok.comment == "purge me" and ok.comment_tag  # AccountingStoreFlags=job_comment
        failed = c.get_job(str(ids.failed))
        assert (failed.state, failed.return_code, failed.finished) == (JobState.FAILED, FAIL_CODE[testbed.name], True)


def test_array_tasks_and_wait_array_read_accounting(testbed: Testbed,
                                                   purged: dict[str, Purged | BaseException]) -> None:
    ids = jobs_of(purged, testbed)
    with make_client(testbed) as c:
        tasks = c.array_tasks(ids.array)
        assert [(t.array_job_id, t.array_task_id, t.state, t.from_accounting) for t in tasks] == [
            (ids.array, 0, JobState.COMPLETED, True), (ids.array, 1, JobState.COMPLETED, True)], tasks
        final = c.wait_array(ids.array, timeout=20)
        assert [(t.job_id, t.array_task_id, t.state) for t in final] == [
            (t.job_id, t.array_task_id, t.state) for t in tasks]


def test_legacy_watcher_idle_past_min_job_age_still_sees_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """22.05 (v0.0.38 lists changed jobs only): a watcher saw a job running, then did not poll until the
    controller had purged it. Its next cycle lists every job, and the absent one is read from accounting."""
    tb = require_testbed(next(r for r in RELEASES if r.name == "22.05"))
    monkeypatch.setattr(_constants, "STALE_AFTER", 2.0)  # instead of idling for 30 s
    old = _accounting.set_min_job_age(tb.release, 2)
    try:
        with make_client(tb) as c:
            watcher = c.watcher()
            job = c.submit(script=sh("sleep 4"), name="acct-idle", time_limit=2)
            assert not poll(lambda: watcher.get(job, max_age=0), until=lambda i: i.state is JobState.RUNNING,
                            timeout=30).finished
            deadline = time.monotonic() + 90
            while _controller_knows(c, job):
                assert time.monotonic() < deadline, f"job {job} not purged after 90 s"
                time.sleep(0.5)
            info = poll(lambda: watcher.get(job, max_age=0), until=lambda i: i.finished, timeout=20)
            assert info.state is JobState.COMPLETED and info.from_accounting, info
    finally:
        _accounting.set_min_job_age(tb.release, old)


def test_wait_and_watchers_end_with_the_final_state(testbed: Testbed, purged: dict[str, Purged | BaseException]) -> None:
    ids = jobs_of(purged, testbed)
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
    ids = jobs_of(purged, testbed)
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


async def test_connector_reports_the_final_state(testbed: Testbed, purged: dict[str, Purged | BaseException],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ids = jobs_of(purged, testbed)
    monkeypatch.setenv(SECRET_ENV, key_b64(testbed))
    phase, message = await connector_get(testbed, ids.ok)
    assert phase == "SUCCEEDED", message
    phase, message = await connector_get(testbed, ids.failed)
    assert phase == "FAILED" and message.startswith(f"job {ids.failed} FAILED"), message
    assert ("exit code 3" in message) == (FAIL_CODE[testbed.name] == 3), message


def test_a_job_accounting_never_saw_is_not_found(testbed: Testbed) -> None:
    with make_client(testbed) as c, pytest.raises(JobNotFoundError, match="accounting has no record of it"):
        c.get_job(2_000_000_000)


@dataclasses.dataclass(frozen=True)
class PurgedTimeout:
    job_id: int
    controller: tuple[int | None, int | None]  # (return code, signal) the controller reported before the purge


def _purge_a_timeout(rel: Release) -> PurgedTimeout:
    facts = load_facts(rel)
    assert facts is not None
    with SlurmClient(url=rel.rest_url, user=facts["job_user"], jwt_key=facts["jwt_key_path"]) as client:
        job = client.submit(script=sh("exec sleep 300"), name="acct-timeout", time_limit=1)
        info = client.wait(job, timeout=240)  # Slurm enforces the limit 60-90 s after the start
        assert info.state is JobState.TIMEOUT and not info.from_accounting, info
        old = _accounting.set_min_job_age(rel, 2)  # only now: lowered for seconds, not for the job's minute
        try:
            deadline = time.monotonic() + 90
            while _controller_knows(client, job):
                assert time.monotonic() < deadline, f"[{rel.name}] job {job} not purged after 90 s"
                time.sleep(0.5)
        finally:
            _accounting.set_min_job_age(rel, old)
        return PurgedTimeout(job_id=job, controller=(info.return_code, info.signal))


@pytest.fixture(scope="module")
def purged_timeout() -> dict[str, PurgedTimeout | BaseException]:
    """Per release: a TIMEOUT job the controller has purged (all releases in parallel: ~2 min)."""
    return _on_every_release(_purge_a_timeout)


def test_timeout_job_from_accounting_reports_sigterm(testbed: Testbed,
                                                      purged_timeout: dict[str, PurgedTimeout | BaseException]) -> None:
    """slurmdbd's record says SUCCESS/0 for the job, its batch step SIGNALED/15: the same pair as the controller's."""
    purged = jobs_of(purged_timeout, testbed)
    assert purged.controller == (None, 15)
    with make_client(testbed) as c:
        seen: list[JobInfo] = []  # the batch step's record may reach slurmdbd a second after the job's

        def read() -> JobInfo:
            seen.append(c.get_job(purged.job_id))
            return seen[-1]

        info = poll(read, until=lambda i: i.signal is not None, timeout=20)
        assert [i.return_code for i in seen if i.return_code is not None] == [], seen  # never the placeholder 0
        assert (info.state, info.return_code, info.signal, info.from_accounting) == (JobState.TIMEOUT, None, 15, True)
        assert info.nodes and info.start_time and info.time_limit_minutes == 1


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


async def test_without_accounting_it_is_job_not_found_promptly(
        trixie: Testbed, purged: dict[str, Purged | BaseException], monkeypatch: pytest.MonkeyPatch) -> None:
    ids = jobs_of(purged, trixie)
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
