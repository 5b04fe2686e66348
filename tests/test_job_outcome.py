"""The controller and accounting tell the same story about a job's run, on every API version.

The controller's answer (``GET /slurm/vX/job/{id}``) says exit code 0 for a running job and for one cancelled
before it ran (whose start and end it sets to the moment it was cancelled), and gives a running job an end
time (start + time limit), where slurmdbd (``GET /slurmdb/vX/job/{id}``) says unknown. Recorded answers of
both for the same kinds of job (``tests/fixtures/v00NN_job_*`` and ``v00NN_db_*``, from the 22.05, 24.11 and
26.05 testbeds) are read by every adapter that speaks their shape; both must say the same, and never a
value for something that did not happen.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from slurm_rest import JobInfo, JobState
from slurm_rest._adapters import SUPPORTED, adapter_for
from slurm_rest._cli_output import job_document, job_line, jobs_table

FIXTURES = Path(__file__).parent / "fixtures"


def recorded_as(version: str) -> str:
    """The fixture prefix whose shapes ``version`` reads: 22.05's for v0.0.38, 24.11's up to v0.0.42, 26.05's."""
    return "v0038" if version == "v0.0.38" else "v0042" if version <= "v0.0.42" else "v0045"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return data


def controller(version: str, name: str, edit: Any = None) -> JobInfo:
    body = load(f"{recorded_as(version)}_job_{name}")
    if edit is not None:
        edit(body["jobs"][0])
    (job,) = adapter_for(version).parse_jobs(body)
    return job


def accounting(version: str, name: str) -> JobInfo:
    (job,) = adapter_for(version).parse_accounting_jobs(load(f"{recorded_as(version)}_db_{name}"))
    return job


def run_facts(job: JobInfo) -> tuple[int | None, int | None, bool, bool]:
    return job.return_code, job.signal, job.start_time is not None, job.end_time is not None


@pytest.mark.parametrize("version", SUPPORTED)
def test_recorded_answers_are_what_the_test_says(version: str) -> None:
    """What the controller sent (the lie the adapters must not repeat): 0 as the exit code, a start time."""
    for name in ("cancelled_pending", "running"):
        raw = load(f"{recorded_as(version)}_job_{name}")["jobs"][0]
        code = raw["exit_code"]
        assert code == 0 if version == "v0.0.38" else code["return_code"]["number"] == 0
        start = raw["start_time"] if version == "v0.0.38" else raw["start_time"]["number"]
        end = raw["end_time"] if version == "v0.0.38" else raw["end_time"]["number"]
        assert start > 0 and end > 0
    assert load(f"{recorded_as(version)}_job_cancelled_pending")["jobs"][0]["nodes"] == ""


@pytest.mark.parametrize("version", SUPPORTED)
def test_job_cancelled_before_it_ran_has_no_exit_code_or_start_from_either_source(version: str) -> None:
    ctl, db = controller(version, "cancelled_pending"), accounting(version, "cancelled_pending")
    for job in (ctl, db):
        assert job.state is JobState.CANCELLED and job.finished and not job.succeeded
        assert run_facts(job) == (None, None, False, True)  # it ended (cancelled), it never started
    assert job_line(ctl) == job_line(ctl).replace("exit code", "") and job_document(ctl)["exit_code"] is None


@pytest.mark.parametrize("version", SUPPORTED)
def test_running_job_has_no_exit_code_or_end_from_either_source(version: str) -> None:
    ctl, db = controller(version, "running"), accounting(version, "job_steps_running")
    for job in (ctl, db):
        assert job.state is JobState.RUNNING and not job.finished
        assert run_facts(job) == (None, None, True, False)
    table = jobs_table([ctl]).splitlines()
    assert table[1].split()[:3] == [str(ctl.job_id), "RUNNING", ctl.user]  # the EXIT column is empty


@pytest.mark.parametrize("version", SUPPORTED)
def test_job_cancelled_while_running_is_its_signal_from_either_source(version: str) -> None:
    for job in (controller(version, "cancelled_running"), accounting(version, "cancelled_running")):
        assert job.state is JobState.CANCELLED and run_facts(job) == (None, 15, True, True)


def _set(raw: dict[str, Any], key: str, value: Any, version: str) -> None:
    raw[key] = (
        value
        if version == "v0.0.38" or not isinstance(raw[key], dict)
        else {"set": True, "infinite": False, "number": value}
    )


def _exit(raw: dict[str, Any], version: str, code: int) -> None:
    raw["exit_code"] = (
        code << 8
        if version == "v0.0.38"
        else {
            "status": ["ERROR"],
            "return_code": {"set": True, "infinite": False, "number": code},
            "signal": {"id": {"set": False, "infinite": False, "number": 0}, "name": ""},
        }
    )


@pytest.mark.parametrize("version", SUPPORTED)
def test_job_failed_before_it_ran_has_no_exit_code(version: str) -> None:
    """slurmctld ends some jobs that never ran with exit code 1 (a disabled account, a defunct partition:
    start = end = now, no nodes): that 1 is no process's exit code either."""

    def never_ran(raw: dict[str, Any]) -> None:
        raw["job_state"] = "FAILED" if version == "v0.0.38" else ["FAILED"]
        _exit(raw, version, 1)

    job = controller(version, "cancelled_pending", never_ran)
    assert job.state is JobState.FAILED and run_facts(job) == (None, None, False, True)


@pytest.mark.parametrize("version", SUPPORTED)
def test_pending_job_has_no_start_end_or_exit_code(version: str) -> None:
    """A pending job's start and end are the scheduler's estimates; a requeued one still carries its last
    run's exit code. Neither is this job's run: accounting has none, and neither has the controller's."""

    def requeued(raw: dict[str, Any]) -> None:
        raw["job_state"] = "PENDING" if version == "v0.0.38" else ["PENDING", "REQUEUED"]
        _exit(raw, version, 3)

    job = controller(version, "running", requeued)
    assert job.state is JobState.PENDING and run_facts(job) == (None, None, False, False)


@pytest.mark.parametrize("version", SUPPORTED)
@pytest.mark.parametrize("state", [s for s in JobState if s.terminal and s is not JobState.COMPLETED])
def test_zero_is_believed_only_for_a_completed_job(version: str, state: JobState) -> None:
    """The controller's 0 for a job that ran and ended otherwise than COMPLETED (TIMEOUT: killed at its limit,
    NODE_FAIL ...) is no exit code; accounting's rule (``accounted_exit``) is the same."""

    def ended(raw: dict[str, Any]) -> None:
        raw["job_state"] = state.value if version == "v0.0.38" else [state.value]

    job = controller(version, "running", ended)
    assert job.state is state and run_facts(job) == (None, None, True, True)
    completed = controller(
        version, "running", lambda raw: raw.update(job_state="COMPLETED" if version == "v0.0.38" else ["COMPLETED"])
    )
    assert run_facts(completed) == (0, None, True, True) and completed.succeeded


@pytest.mark.parametrize("version", SUPPORTED)
def test_non_zero_exit_code_of_a_job_that_ran_is_kept(version: str) -> None:
    def failed(raw: dict[str, Any]) -> None:
        raw["job_state"] = "FAILED" if version == "v0.0.38" else ["FAILED"]
        _exit(raw, version, 3)

    job = controller(version, "running", failed)
    assert run_facts(job) == (3, None, True, True) and "exit code 3" in job_line(job)


def _every_record() -> list[tuple[str, str, JobInfo]]:
    found = []
    for path in sorted(FIXTURES.glob("v00*.json")):
        prefix, _, rest = path.stem.partition("_")
        body = json.loads(path.read_text())
        if not isinstance(body, dict) or not isinstance(body.get("jobs"), list) or rest == "jobs_state":
            continue
        for version in (v for v in SUPPORTED if recorded_as(v) == prefix):
            parse = (
                adapter_for(version).parse_accounting_jobs
                if rest.startswith("db_")
                else adapter_for(version).parse_jobs
            )
            found += [(path.name, version, job) for job in parse(copy.deepcopy(body))]
    return found


RECORDS = _every_record()


def test_every_recorded_job_is_read() -> None:
    assert len({name for name, _, _ in RECORDS}) >= 20 and {v for _, v, _ in RECORDS} == set(SUPPORTED)


@pytest.mark.parametrize(("name", "version", "job"), RECORDS, ids=[f"{n}-{v}" for n, v, _ in RECORDS])
def test_no_recorded_job_reports_what_did_not_happen(name: str, version: str, job: JobInfo) -> None:
    ran = job.state is not JobState.PENDING and bool(job.nodes)
    if not (ran and job.state.terminal):
        assert (job.return_code, job.signal) == (None, None), name
    if not ran:
        assert job.start_time is None, name
    if not job.state.terminal:
        assert job.end_time is None, name
    if job.return_code == 0:
        assert job.state is JobState.COMPLETED, name
    for when in (job.start_time, job.end_time):
        assert when is None or isinstance(when, datetime)
