"""Two controllers, live (``python -m slurm_rest.testbed failover``): the primary goes away while jobs run and
a watcher polls; the backup takes control (SlurmctldTimeout=5) and clients carry on through slurmrestd.

The primary is stopped (SIGTERM: it saves its state and exits), not killed: killed with SIGKILL a second
after its jobs started (22.05), it had not yet saved them, and the backup came up without them ("Vestigial
state files for JobId=N, but no job record"): Slurm's own loss, which no client can undo (accounting
kept them as PENDING).

Every release: backup controllers are as old as Slurm. The jobs must end with their own states (a
sleeper COMPLETED, a failing job FAILED with its exit code), a submit sent after the primary died must
make exactly one job, and the client must not give up on any request.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from slurm_rest import JobSpec, JobState
from slurm_rest.testbed import RELEASES, _daemons, _failover

from ..conftest import Testbed, require_testbed
from .facade_support import make_client

pytestmark = pytest.mark.live


@pytest.fixture(scope="module", params=[r.name for r in RELEASES], ids=[f"slurm-{r.name}" for r in RELEASES])
def pair(request: pytest.FixtureRequest) -> Iterator[Testbed]:
    tb = require_testbed(next(r for r in RELEASES if r.name == request.param))
    with _failover.failover(tb.release):
        yield tb


def controller_log(tb: Testbed) -> str:
    return (Path(str(tb.facts["rootfs"])) / "var/log/slurm/slurmctld.log").read_text(errors="replace")


def test_clients_carry_on_when_the_primary_controller_dies(pair: Testbed, unique_name: str) -> None:
    tb = pair
    primary = next(d for d in _daemons.DAEMONS if d.name == "slurmctld")
    log_before = len(controller_log(tb))
    with make_client(tb) as c:
        def job(body: str) -> int:
            return c.submit(JobSpec(script=f"#!/bin/sh\n{body}\n", name=unique_name, time_limit="3", mem="16M"))

        sleepers = [job("sleep 20") for _ in range(3)]
        failing = job("sleep 15; exit 3")
        ids = [*sleepers, failing]
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
        finals = c.wait_all([*ids, late], timeout=180)
        took_over = time.monotonic() - killed
        stats = c.stats
        on_cluster = c.jobs(name=unique_name)
    print(f"[{tb.name}] primary stopped; all jobs final {took_over:.1f}s later; client: {stats}")
    assert [finals[j].state for j in sleepers] == [JobState.COMPLETED] * 3
    assert finals[failing].state is JobState.FAILED and finals[failing].return_code == 3
    assert finals[late].state is JobState.COMPLETED
    assert sorted(j.job_id for j in on_cluster) == sorted([*ids, late])  # the late submit made one job
    assert sum(stats.gave_up.values()) == 0
    assert "taking over" in controller_log(tb)[log_before:]  # the backup said so
