"""Two controllers, live (``python -m slurm_rest_testbed failover``): the primary goes away while jobs run and
a watcher polls; the backup takes control (SlurmctldTimeout=5) and clients carry on through slurmrestd.

The primary is stopped (SIGTERM: it saves its state and exits), not killed: killed with SIGKILL a second
after its jobs started (22.05), it had not yet saved them, and the backup came up without them ("Vestigial
state files for JobId=N, but no job record"): Slurm's own loss, which no client can undo (accounting
kept them as PENDING).

Every release: backup controllers are as old as Slurm. The jobs must end with their own states (a
sleeper COMPLETED, a failing job FAILED with its exit code), a submit sent after the primary died must
make exactly one job, and the client must not give up on any request. Both connectors, served over gRPC,
go through it too: a task running when the primary stops and one created just after end SUCCEEDED, one
job each.
"""

from __future__ import annotations

import json
import os
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from slurm_rest import JobSpec, JobState
from slurm_rest_testbed import RELEASES, _daemons, _failover

from ..conftest import Testbed, require_testbed
from ._replicas import SDKS, Replica, deployment, task_request
from .facade_support import make_client

pytestmark = pytest.mark.live


@pytest.fixture(scope="module", params=[r.name for r in RELEASES], ids=[f"slurm-{r.name}" for r in RELEASES])
def pair(request: pytest.FixtureRequest) -> Iterator[Testbed]:
    tb = require_testbed(next(r for r in RELEASES if r.name == request.param))
    with _failover.failover(tb.release):
        yield tb


@pytest.fixture(scope="module")
def connectors(pair: Testbed, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Replica]]:
    """One served connector of each SDK, under a deployment naming this testbed as cluster ``fo``."""
    directory = tmp_path_factory.mktemp("connectors")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
    env["SLURM_REST_CONNECTOR_CONFIG"], _ = deployment(directory, pair.facts, cluster="fo", project="fo")
    served = [Replica(sdk, 0, env, directory) for sdk in SDKS]
    try:
        for r in served:
            r.start()
        yield served
    finally:
        for r in served:
            r.stop()


def create_task(replica: Replica, directory: Path) -> tuple[str, bytes]:
    """A fresh execution's 20 s shell task on ``replica``: its job's name, and the meta Flyte would store."""
    stem = f"fo{uuid.uuid4().hex[:8]}"
    request, name = task_request(
        replica.sdk, stem, "sleep 20", cluster="fo", project="fo", execution=f"e{stem}", prefix=str(directory)
    )
    return name, replica.create(request)


def controller_log(tb: Testbed) -> str:
    return (Path(str(tb.facts["rootfs"])) / "var/log/slurm/slurmctld.log").read_text(errors="replace")


def test_clients_carry_on_when_the_primary_controller_dies(
    pair: Testbed, connectors: list[Replica], unique_name: str, tmp_path: Path
) -> None:
    tb = pair
    primary = next(d for d in _daemons.DAEMONS if d.name == "slurmctld")
    log_before = len(controller_log(tb))
    with make_client(tb) as c:

        def job(body: str) -> int:
            return c.submit(JobSpec(script=f"#!/bin/sh\n{body}\n", name=unique_name, time_limit="3", mem="16M"))

        sleepers = [job("sleep 20") for _ in range(3)]
        failing = job("sleep 15; exit 3")
        ids = [*sleepers, failing]
        tasks = [(r, *create_task(r, tmp_path)) for r in connectors]
        watcher = c.watcher()
        watcher.track(ids)
        deadline = time.monotonic() + 60
        while not all(watcher.state.infos.get(j) and watcher.state.infos[j].state is JobState.RUNNING for j in ids):
            assert time.monotonic() < deadline, "the jobs did not start"
            watcher.poll()
            time.sleep(0.5)
        pid = _daemons.pid_of(tb.release, primary)
        assert pid is not None and _failover.backup_pid(tb.release) is not None
        os.kill(pid, signal.SIGTERM)
        killed = time.monotonic()
        late = job("sleep 1")  # sent while only the backup (still in standby) is there
        tasks += [(r, *create_task(r, tmp_path)) for r in connectors]
        finals = c.wait_all([*ids, late], timeout=180)
        took_over = time.monotonic() - killed
        stats = c.stats
        on_cluster = c.jobs(name=unique_name)
        phases = {name: final_phase(r, meta) for r, name, meta in tasks}
        task_jobs = {name: sorted(j.job_id for j in c.jobs(name=name)) for _, name, _ in tasks}
    print(f"[{tb.name}] primary stopped; all jobs final {took_over:.1f}s later; client: {stats}")
    assert [finals[j].state for j in sleepers] == [JobState.COMPLETED] * 3
    assert finals[failing].state is JobState.FAILED and finals[failing].return_code == 3
    assert finals[late].state is JobState.COMPLETED
    assert sorted(j.job_id for j in on_cluster) == sorted([*ids, late])  # the late submit made one job
    assert sum(stats.gave_up.values()) == 0
    assert set(phases.values()) == {"SUCCEEDED"}, phases
    assert task_jobs == {name: [json.loads(meta)["job_id"]] for _, name, meta in tasks}  # one job per task
    assert "taking over" in controller_log(tb)[log_before:]  # the backup said so


def final_phase(replica: Replica, meta: bytes, timeout: float = 180) -> str:
    deadline = time.monotonic() + timeout
    while (phase := replica.phase(meta))[0] not in {"SUCCEEDED", "FAILED", "ABORTED", "RETRYABLE_FAILED"}:
        assert time.monotonic() < deadline, f"not final after {timeout} s: {phase}"
        time.sleep(1)
    return phase[0]
