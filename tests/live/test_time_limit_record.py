"""A job that ran into its time limit, read from accounting once the controller has purged it: slurmdbd's
record says SUCCESS/0 for the job and SIGNALED/15 for its batch step, and get_job must report what the
controller did (TIMEOUT, signal 15, no return code), never the placeholder 0.

The job itself takes 60-90 s to time out, so it was started with the live run (``conftest.timed_out``); this
module sorts late so that it is done by now. MinJobAge is lowered (for seconds) only if the controller
still has the job.
"""

from __future__ import annotations

import time
from concurrent.futures import Future

import pytest

from slurm_rest import JobInfo, JobState
from slurm_rest_testbed import Release, _reconfigure

from ..conftest import Testbed, poll, require_testbed
from ._every_release import on_every_release, result_for
from .conftest import TimedOut
from .facade_support import controller_knows, make_client

pytestmark = pytest.mark.live


@pytest.fixture(scope="module")
def purged(timed_out: Future[dict[str, TimedOut | BaseException]] | None) -> dict[str, TimedOut | BaseException]:
    """Per release: the timed-out job, once the controller has purged it (all releases at once)."""
    assert timed_out is not None, "the session's head start was not taken"
    jobs = timed_out.result(timeout=300)

    def purge(rel: Release) -> TimedOut:
        job = result_for(jobs, rel)
        with make_client(require_testbed(rel)) as client:
            if controller_knows(client, job.job_id):
                old = _reconfigure.set_min_job_age(rel, 2)
                try:
                    deadline = time.monotonic() + 90
                    while controller_knows(client, job.job_id):
                        assert time.monotonic() < deadline, f"[{rel.name}] job {job.job_id} not purged after 90 s"
                        time.sleep(0.5)
                finally:
                    _reconfigure.set_min_job_age(rel, old)
        return job

    return on_every_release(purge)


def test_timeout_job_from_accounting_reports_sigterm(
    testbed: Testbed, purged: dict[str, TimedOut | BaseException]
) -> None:
    """slurmdbd's record says SUCCESS/0 for the job, its batch step SIGNALED/15: the same pair as the controller's."""
    job = result_for(purged, testbed)
    assert job.controller == (None, 15)
    with make_client(testbed) as c:
        seen: list[JobInfo] = []  # the batch step's record may reach slurmdbd a second after the job's

        def read() -> JobInfo:
            seen.append(c.get_job(job.job_id))
            return seen[-1]

        info = poll(read, until=lambda i: i.signal is not None, timeout=20)
        assert [i.return_code for i in seen if i.return_code is not None] == [], seen  # never the placeholder 0
        assert (info.state, info.return_code, info.signal, info.from_accounting) == (JobState.TIMEOUT, None, 15, True)
        assert info.nodes and info.start_time and info.time_limit_minutes == 1
