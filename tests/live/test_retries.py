"""The user's tenacity strategies through a real slurmrestd restart: the back-off shows in the client's log and
counters, and the job still ends as it really ended; the pipeline of docs/client.md's Retries section runs (and re-runs) on every release."""

from __future__ import annotations

import logging
import threading
import time

import pytest
import tenacity

from slurm_rest import JobSpec, JobState, RequestKind, RetryStrategies, SlurmClient, _requests

from ..conftest import Testbed
from ..test_retries import retries_page_pipeline
from .test_faults import bounce, client, wait_in_thread

pytestmark = pytest.mark.live


def test_user_strategies_through_a_slurmrestd_restart(
    testbed: Testbed, unique_name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="slurm_rest.retries")
    seen: list[tuple[int, str]] = []

    def collect(state: tenacity.RetryCallState) -> None:
        assert state.outcome is not None
        seen.append((state.attempt_number, type(state.outcome.exception()).__name__))

    strategies = RetryStrategies(
        wait=tenacity.wait_fixed(0.5), stop=tenacity.stop_after_delay(80), before_sleep=collect
    )
    with client(testbed, retries=strategies) as c:
        job_id = c.submit(JobSpec(script="#!/bin/sh\nsleep 8\nexit 4\n", name=unique_name, time_limit="5"))
        before = c.stats
        thread, out = wait_in_thread(c, job_id)
        time.sleep(1.5)
        bounce(testbed, "slurmrestd", down_for=4)
        thread.join(200)
        stats = c.stats
    assert "error" not in out, out.get("error")
    info = out["info"]
    assert (info.job_id, info.state, info.return_code) == (job_id, JobState.FAILED, 4)
    assert before.total_retries == 0
    assert seen and {error for _, error in seen} <= {"TransportError", "UnavailableError"}, seen
    assert stats.retries[RequestKind.READ] == len(seen) == stats.total_retries  # only the wait's reads retried
    assert stats.waited == pytest.approx(0.5 * len(seen))  # the user's wait
    assert sum(stats.gave_up.values()) == 0
    logged = [r.getMessage() for r in caplog.records if r.name == "slurm_rest.retries"]
    assert len(logged) == len(seen) and all(m.startswith("retrying read request in 0.50 s") for m in logged), logged
    assert not any("eyJ" in m for m in logged)  # no token in the log
    print(
        f"\n{testbed.release.name}: {len(seen)} retries over {stats.waited:.1f} s, {stats.requests} requests; "
        f"first: {logged[0]}"
    )


def test_retries_page_pipeline_runs_and_reruns_without_submitting_twice(testbed: Testbed, unique_name: str) -> None:
    run_pipeline = retries_page_pipeline()
    with client(testbed) as c:
        first = run_pipeline(c, unique_name)
        assert [i.state for i in first.values()] == [JobState.COMPLETED, JobState.COMPLETED]
        again = run_pipeline(c, unique_name)  # a re-run of the same run finds its jobs
        assert sorted(again) == sorted(first)
        assert sorted(_tagged(c, unique_name)) == sorted(first)


def test_retries_page_pipeline_rerun_outlasts_a_slurmrestd_restart(testbed: Testbed, unique_name: str) -> None:
    """The client gives up quickly (its own ``stop``), the pipeline's policy runs it again after its pause, and
    the re-run finds the jobs its earlier run submitted."""
    run_pipeline = retries_page_pipeline()
    quick = RetryStrategies(wait=tenacity.wait_fixed(0.2), stop=tenacity.stop_after_attempt(2))
    with client(testbed, retries={RequestKind.READ: quick}) as c:
        first = run_pipeline(c, unique_name)
        restart = threading.Thread(target=bounce, args=(testbed, "slurmrestd", 4.0), daemon=True)
        restart.start()
        time.sleep(0.5)
        again = run_pipeline(c, unique_name)
        restart.join(120)
        stats = c.stats
        assert sorted(again) == sorted(first)
        assert [i.state for i in again.values()] == [JobState.COMPLETED, JobState.COMPLETED]
        assert sorted(_tagged(c, unique_name)) == sorted(first)
    assert stats.gave_up[RequestKind.READ] >= 1 and stats.retries[RequestKind.READ] >= 1
    assert stats.total_retries == stats.retries[RequestKind.READ]
    print(
        f"\n{testbed.release.name}: client gave up {stats.gave_up[RequestKind.READ]}x after "
        f"{stats.retries[RequestKind.READ]} retries; the pipeline re-ran and found jobs {sorted(again)}"
    )


def _tagged(c: SlurmClient, run: str) -> list[int]:
    """Every job on the controller carrying one of the run's step keys."""
    tags = {_requests.key_tag(f"{run}-{step}") for step in ("prepare", "train")}
    return [j.job_id for j in c.jobs(user=c.config.user) if j.comment_tag in tags]
