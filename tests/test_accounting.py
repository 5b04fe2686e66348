"""Accounting records (``GET /slurmdb/vX/job/{id}``) read into ``JobInfo``, and the outcome when there are none.

Bodies in ``tests/fixtures/v00XX_db_*.json`` were captured from the testbeds with slurmdbd running (22.05:
v0.0.38, 24.11: v0.0.42, 26.05: v0.0.45): a job that ran ``exit 0`` and one that ran ``exit 3``, both with
``comment="fixture"``, ``time_limit=5`` and ``stdout=/tmp/acct-%j.out``; a job id accounting never saw; and
the answer while slurmdbd was stopped. The live side is tests/live/test_accounting.py.

``v00XX_db_{timeout,cancelled_running,cancelled_pending}.json`` came later, from fresh testbeds, the three
releases in parallel: ``SlurmClient.submit`` of ``#!/bin/sh`` / ``exec sleep 300`` with ``comment="fixture"``,
``stdout=/tmp/acct-%j.out``, and ``time_limit=1`` (ran into its limit: TIMEOUT) or ``time_limit=5`` (cancelled 3 s
after it started running; and one submitted with ``hold=True``, cancelled while pending). Each body is the raw
answer to GET /slurmdb/<version>/job/<id> (httpx, a token minted from the testbed's JWT key), read once the
record was final (end time set, the batch step's end time too) and again 5 s later, saved untrimmed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from slurm_rest import JobNotFoundError, JobState
from slurm_rest._adapters import adapter_for
from slurm_rest._adapters._common import accounted_exit, is_batch_step
from slurm_rest._answers import accounted, unaccounted
from slurm_rest._call import Call
from slurm_rest._classify import classify
from slurm_rest._constants import STALE_AFTER
from slurm_rest._exceptions import APIError, UnavailableError
from slurm_rest._models import JobInfo
from slurm_rest._watching import WatchState

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONS = ["v0.0.38", "v0.0.42", "v0.0.45"]


def body(version: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"v{version[1:].replace('.', '')}_db_{name}.json").read_text())
    return data


def parsed(version: str, name: str) -> JobInfo:
    (job,) = adapter_for(version).parse_accounting_jobs(body(version, name))
    return job


@pytest.mark.parametrize("version", VERSIONS)
def test_completed_job(version: str) -> None:
    job = parsed(version, "job_completed")
    raw = body(version, "job_completed")["jobs"][0]
    assert job.job_id == raw["job_id"] and job.from_accounting
    assert (job.state, job.raw_state, job.flags) == (JobState.COMPLETED, ("COMPLETED",), frozenset())
    assert job.finished and job.succeeded and job.return_code == 0 and job.signal is None
    assert (job.name, job.user, job.partition, job.working_dir) == ("acct-0", "alice", "debug", "/tmp")
    assert job.comment == "fixture" and job.comment_tag is not None and len(job.comment_tag) == 32
    assert job.submit_time and job.start_time and job.end_time and job.submit_time <= job.start_time <= job.end_time
    assert job.nodes and job.reason == ""


@pytest.mark.parametrize("version", ["v0.0.42", "v0.0.45"])
def test_modern_failed_job_has_exit_code_limit_and_paths(version: str) -> None:
    job = parsed(version, "job_failed")
    assert (job.state, job.return_code, job.signal, job.finished, job.succeeded) == (
        JobState.FAILED,
        3,
        None,
        True,
        False,
    )
    assert job.time_limit_minutes == 5
    assert job.stdout_path == job.stderr_path == f"/tmp/acct-{job.job_id}.out"


@pytest.mark.parametrize("version", ["v0.0.42", "v0.0.45"])
def test_modern_state_sent_as_one_string_is_one_word(version: str) -> None:
    """As in the controller's records (state_words): "COMPLETED" is one state, not nine letters."""
    data = body(version, "job_completed")
    data["jobs"][0]["state"]["current"] = "COMPLETED"
    (job,) = adapter_for(version).parse_accounting_jobs(data)
    assert (job.raw_state, job.state) == (("COMPLETED",), JobState.COMPLETED)


def test_legacy_failed_job_exit_code_is_unknown_not_zero() -> None:
    """22.05's dbv0.0.38 dumps the exit code of an ``exit 3`` job as SUCCESS/0 (sacct says 3:0): unknown, not 0."""
    raw = body("v0.0.38", "job_failed")["jobs"][0]
    assert raw["exit_code"] == {"status": "SUCCESS", "return_code": 0}  # the daemon's words
    job = parsed("v0.0.38", "job_failed")
    assert (job.state, job.return_code, job.signal, job.finished) == (JobState.FAILED, None, None, True)
    assert parsed("v0.0.38", "job_completed").return_code == 0  # a completed job's 0 is believed
    # no output paths in dbv0.0.38 records: left empty rather than guessed
    assert (job.stdout_path, job.stderr_path, job.time_limit_minutes) == ("", "", 5)


def batch_step(raw: dict[str, Any]) -> dict[str, Any]:
    (step,) = [s for s in raw["steps"] if s["step"]["id"] in ("batch", f"{raw['job_id']}.batch")]
    return step


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(("name", "state"), [("timeout", JobState.TIMEOUT), ("cancelled_running", JobState.CANCELLED)])
def test_signalled_job_reports_the_batch_steps_signal(version: str, name: str, state: JobState) -> None:
    """slurmdbd says SUCCESS/0 for a job its time limit or scancel ended; its batch step says SIGNALED, 15."""
    raw = body(version, name)["jobs"][0]
    assert raw["exit_code"]["status"] in ("SUCCESS", ["SUCCESS"])  # the daemon's words, on every release
    assert "SIGNALED" in str(batch_step(raw)["exit_code"]["status"])
    job = parsed(version, name)
    assert (job.state, job.return_code, job.signal) == (state, None, 15)  # SIGTERM, never a return code of 0
    assert job.finished and not job.succeeded and job.from_accounting
    assert job.nodes and job.start_time and job.end_time and job.start_time < job.end_time
    if state is JobState.TIMEOUT:
        assert job.time_limit_minutes == 1 and (job.end_time - job.start_time).total_seconds() >= 60


@pytest.mark.parametrize("version", VERSIONS)
def test_batch_step_is_found_among_other_steps(version: str) -> None:
    """The batch step by its id, not by position: an extern step that ended COMPLETED/0 first changes nothing."""
    data = body(version, "timeout")
    raw = data["jobs"][0]
    extern = json.loads(json.dumps(batch_step(raw)).replace('batch"', 'extern"'))
    extern["state"] = "COMPLETED" if version == "v0.0.38" else ["COMPLETED"]
    extern["exit_code"] = body(version, "job_completed")["jobs"][0]["exit_code"]
    raw["steps"].insert(0, extern)
    (job,) = adapter_for(version).parse_accounting_jobs(data)
    assert (job.return_code, job.signal) == (None, 15)
    raw["steps"] = [extern]  # no batch step at all: unknown, not the extern step's 0
    (job,) = adapter_for(version).parse_accounting_jobs(data)
    assert (job.return_code, job.signal) == (None, None)


@pytest.mark.parametrize("version", VERSIONS)
def test_job_cancelled_while_pending_has_no_nodes_start_or_exit_code(version: str) -> None:
    raw = body(version, "cancelled_pending")["jobs"][0]
    assert raw["nodes"] == "None assigned" and not raw["steps"]  # slurmdbd's placeholder; it never ran
    assert raw["time"]["start"] in (None, 0xFFFFFFFE)  # 22.05: null, 24.11+: NO_VAL
    job = parsed(version, "cancelled_pending")
    assert (job.state, job.return_code, job.signal, job.nodes) == (JobState.CANCELLED, None, None, "")
    assert job.start_time is None and job.submit_time and job.end_time and job.finished
    assert job.expand_path("%N") == "" and job.time_limit_minutes == 5


@pytest.mark.parametrize("version", ["v0.0.42", "v0.0.45"])
def test_modern_time_limit_zero_is_unknown(version: str) -> None:
    """As in dbv0.0.38: slurmdbd has 0 until the job's start details reach it."""
    data = body(version, "cancelled_pending")
    data["jobs"][0]["time"]["limit"] = {"set": True, "infinite": False, "number": 0}
    (job,) = adapter_for(version).parse_accounting_jobs(data)
    assert job.time_limit_minutes is None


@pytest.mark.parametrize("version", VERSIONS)
def test_reused_job_id_reads_the_newest_job(version: str) -> None:
    """slurmdbd answers /job/{id} with every job that id has named (seen live on 22.05 after slurmctld started
    over at low ids); like ``sacct -j``, the facade reads the most recently submitted one."""
    newer = body(version, "timeout")["jobs"][0]
    older = body(version, "job_completed")["jobs"][0]  # captured days before
    other = body(version, "cancelled_running")["jobs"][0]
    older["job_id"] = newer["job_id"]
    assert older["time"]["submission"] < newer["time"]["submission"]
    for records in ([older, newer, other], [newer, older, other]):
        jobs = adapter_for(version).parse_accounting_jobs({"jobs": records})
        assert [(j.job_id, j.state) for j in jobs] == [
            (newer["job_id"], JobState.TIMEOUT),
            (other["job_id"], JobState.CANCELLED),
        ]


S = JobState
#: (job's state, rc, signal), batch step's or None -> what is reported. One rule for both API families.
EXIT_RULE = [
    ((S.COMPLETED, 0, None), None, (0, None)),
    ((S.FAILED, 3, None), (S.FAILED, 3, None), (3, None)),  # v0.0.4x: the job's own non-zero code
    ((S.TIMEOUT, 0, None), (S.CANCELLED, None, 15), (None, 15)),  # the placeholder 0: the batch step's signal
    ((S.CANCELLED, 0, None), (S.CANCELLED, None, 15), (None, 15)),
    ((S.OUT_OF_MEMORY, 0, None), (S.OUT_OF_MEMORY, None, 9), (None, 9)),
    ((S.NODE_FAIL, 0, None), (S.NODE_FAIL, 1, None), (1, None)),
    ((S.FAILED, 0, None), (S.FAILED, 0, None), (None, None)),  # 22.05: 0 on job and step for an "exit 3"
    ((S.CANCELLED, 0, None), None, (None, None)),  # never ran: no steps
    ((S.TIMEOUT, 0, None), (S.COMPLETED, 0, None), (0, None)),  # the script trapped SIGTERM and exited 0
    ((S.PREEMPTED, None, 9), (S.CANCELLED, None, 15), (None, 9)),  # the job's own signal comes first
    ((S.DEADLINE, None, None), (S.PENDING, None, None), (None, None)),
]


@pytest.mark.parametrize(("job", "batch", "reported"), EXIT_RULE)
def test_accounted_exit_rule(job: Any, batch: Any, reported: tuple[int | None, int | None]) -> None:
    assert accounted_exit(job, batch) == reported


def test_batch_step_ids() -> None:
    assert [is_batch_step(s) for s in ("batch", "7.batch", "7+1.batch", "7.extern", "7.0", "batchy", "", None)] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_job_is_an_empty_list(version: str) -> None:
    assert adapter_for(version).parse_accounting_jobs(body(version, "job_missing")) == []


@pytest.mark.parametrize("version", VERSIONS)
def test_accounting_call(version: str) -> None:
    call = adapter_for(version).accounting_job(42)
    assert (call.method, call.path, call.idempotent) == ("GET", f"/slurmdb/{version}/job/42", True)


def not_found() -> JobNotFoundError:
    return JobNotFoundError("GET /slurm/v0.0.42/job/7: HTTP 404", status_code=404, path="/slurm/v0.0.42/job/7")


def answer(version: str, name: str, status: int) -> Any:
    """What the client's _send does with the captured answer: a body, or the exception it raises."""
    call = adapter_for(version).accounting_job(7)
    content = json.dumps(body(version, name)).encode()
    try:
        return classify(call, status, content)
    except APIError as exc:
        return exc


def test_accounted_returns_the_record() -> None:
    job = parsed("v0.0.42", "job_failed")
    assert accounted([job], job.job_id, not_found()) == [job]


@pytest.mark.parametrize("version", VERSIONS)
def test_no_record_is_job_not_found(version: str) -> None:
    result = answer(version, "job_missing", 200)
    if isinstance(result, APIError):  # 22.05: HTTP 200 with error 9003 "Nothing found"
        assert result.error_numbers == (9003,)
        err = unaccounted(7, not_found(), result)
    else:
        with pytest.raises(JobNotFoundError) as info:
            accounted(adapter_for(version).parse_accounting_jobs(result), 7, not_found())
        err = info.value
    assert isinstance(err, JobNotFoundError) and "accounting has no record of it" in str(err)
    assert "purged after MinJobAge" in str(err) and err.status_code == 404


@pytest.mark.parametrize(
    ("version", "status", "kind"), [("v0.0.38", 200, APIError), ("v0.0.42", 502, UnavailableError)]
)
def test_slurmdbd_down_is_job_not_found_naming_why(version: str, status: int, kind: type[APIError]) -> None:
    exc = answer(version, "unreachable", status)
    assert type(exc) is kind and 7000 in exc.error_numbers  # "Unable to connect to database"
    err = unaccounted(7, not_found(), exc)
    assert isinstance(err, JobNotFoundError) and f"accounting could not tell (HTTP {status})" in str(err)
    assert 7000 in err.error_numbers


def lists_every_job(call: Call | None) -> bool:
    assert call is not None and call.path == "/slurm/v0.0.38/jobs", call
    return not call.params  # else ("update_time", T): only the jobs changed since T


def legacy_listing(*running: int) -> dict[str, Any]:
    return {"jobs": [{"job_id": j, "job_state": "RUNNING"} for j in running]}


def test_legacy_watcher_asks_again_about_a_record_from_accounting() -> None:
    """/jobs?update_time= never lists a purged job: a non-final accounting record must be re-read each cycle."""
    state = WatchState(adapter_for("v0.0.38"))
    state.track([5, 6])
    assert lists_every_job(state.poll_calls()[0])  # first sight
    assert state.apply([legacy_listing(6)]) == ([5], [6])  # 5 is purged already: read on its own
    state.absorb([(5, [JobInfo(job_id=5, state=JobState.RUNNING, from_accounting=True)])])
    assert not lists_every_job(state.poll_calls()[0])
    refresh, _changed = state.apply([{}])  # 304: nothing changed since the last cycle
    assert refresh == [5]


def test_legacy_watcher_after_a_gap_lists_every_job_and_rereads_the_absent() -> None:
    """A job purged while nobody polled is in no update_time listing: after a gap the cycle lists all jobs."""
    state = WatchState(adapter_for("v0.0.38"))
    state.track([6, 7])
    state.poll_calls()[0]
    state.apply([legacy_listing(6, 7)])
    assert not lists_every_job(state.poll_calls()[0])  # steady
    assert state.apply([{}]) == ([], [])
    state.polled_at -= STALE_AFTER + 1
    assert lists_every_job(state.poll_calls()[0])
    assert state.apply([legacy_listing(7)]) == ([6], [])  # 6 was purged meanwhile: its own GET finds out
