"""Live: the controller's record of a job and accounting's say the same about its run, on every release.

slurmctld answers exit code 0 for a running job and for one cancelled before it ran (with start = end = the
cancel time), and a running job's end time is its start plus its limit; slurmdbd says unknown. The facade
reads both alike (``_adapters._common.settled``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from slurm_rest import JobInfo, JobSpec, JobState, SlurmClient

from ..conftest import Testbed, poll
from .facade_support import client_for, sh


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


def accounted(client: SlurmClient, job_id: int, state: JobState) -> JobInfo:
    """Accounting's record of the job once it shows ``state`` (slurmdbd hears of a job a little later)."""
    adapter = client.adapter()

    def read() -> JobInfo | None:
        found = adapter.parse_accounting_jobs(client._send(adapter.accounting_job(job_id)))
        return found[0] if found else None

    record: JobInfo = poll(read, until=lambda r: r is not None and r.state is state, timeout=60)
    return record


def facts(job: JobInfo) -> tuple[JobState, int | None, int | None, bool, bool]:
    return job.state, job.return_code, job.signal, job.start_time is not None, job.end_time is not None


def test_controller_and_accounting_agree_on_jobs_that_did_not_run_or_end(client: SlurmClient) -> None:
    never = client.submit(JobSpec(script=sh("sleep 60"), hold=True, time_limit="5"))
    # exec: one process gets the cancel's SIGTERM. A shell waiting on a child is signalled with it, and
    # which ends first decides between "signal 15" and "exit 143" (seen in CI on 24.11).
    running = client.submit(JobSpec(script=sh("exec sleep 120"), time_limit="5"))
    client.cancel(never)
    poll(lambda: client.get_job(running).state, until=lambda s: s is JobState.RUNNING, timeout=60)

    for job_id, state, expected in (
        (never, JobState.CANCELLED, (JobState.CANCELLED, None, None, False, True)),
        (running, JobState.RUNNING, (JobState.RUNNING, None, None, True, False)),
    ):
        db = accounted(client, job_id, state)
        ctl = client.get_job(job_id)
        assert not ctl.from_accounting and db.from_accounting
        assert facts(ctl) == facts(db) == expected, (ctl, db)
        if ctl.start_time is not None:
            assert ctl.start_time == db.start_time
        assert ctl.end_time == db.end_time
        assert ctl.succeeded is db.succeeded is False

    client.cancel(running)
    ctl = poll(lambda: client.get_job(running), until=lambda j: j.finished, timeout=60)
    db = accounted(client, running, JobState.CANCELLED)
    assert facts(ctl) == facts(db) == (JobState.CANCELLED, None, 15, True, True)
