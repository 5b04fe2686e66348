"""Reading answers: turning what slurmrestd said (a parsed body, or the error it raised) into what the
client's operations return; shared by the sync and async clients."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ._adapters import Adapter
from ._call import Call
from ._constants import ALREADY_DONE_ERRNOS, NOT_FOUND_ERRNOS, NOTHING_FOUND_ERRNOS
from ._exceptions import APIError, JobNotFoundError, SlurmMessage, SlurmRestError, SubmissionError, TransportError
from ._models import JobInfo, JobState
from ._steps import Allocation, StepInfo

__all__ = [
    "Result",
    "accounted",
    "array_tasks",
    "body_of",
    "cancel_outcome",
    "cancel_reported",
    "job_filter",
    "job_tags",
    "known",
    "may_be_pending",
    "one_job",
    "submitted_id",
    "unaccounted",
    "usage_record",
]

#: What a client hands back for each request of a plan step: the JSON body, or the error it raised.
Result = dict[str, Any] | SlurmRestError


def body_of(outcome: Result) -> dict[str, Any]:
    """The body of a request that must have succeeded (its error re-raised otherwise)."""
    if isinstance(outcome, SlurmRestError):
        raise outcome
    return outcome


def submitted_id(adapter: Adapter, body: dict[str, Any]) -> int:
    job_id = adapter.parse_submit(body)
    if job_id is None:
        raise SubmissionError(
            f"POST /slurm/{adapter.version}/job/submit: slurmrestd accepted the submission but "
            "returned no job id (the job may or may not exist)",
            path=f"/slurm/{adapter.version}/job/submit",
        )
    return job_id


def may_be_pending(exc: SlurmRestError) -> bool:
    """A failure after which slurmrestd may still carry the request out: the client's read timed out, or a
    gateway (slurmrestd 24.11+ for the controller, or a proxy) timed out waiting (504)."""
    return (isinstance(exc, TransportError) and exc.pending) or (isinstance(exc, APIError) and exc.status_code == 504)


def job_tags(jobs: list[JobInfo]) -> dict[str, int]:
    """submit tag -> job id; every task of an array carries its tag, which names the array job."""
    return {j.comment_tag: j.array_job_id or j.job_id for j in jobs if j.comment_tag}


def one_job(jobs: list[JobInfo], job_id: int | str) -> JobInfo:
    for job in jobs:
        if str(job.job_id) == str(job_id):
            return job
    if len(jobs) == 1:  # an array job asked for by its array id answers with its first record
        return jobs[0]
    raise JobNotFoundError(f"job {job_id} not in the answer", path=str(job_id))


def known(jobs: list[JobInfo], job_id: int | str) -> list[JobInfo]:
    """``jobs``, once it is certain they answer for ``job_id`` (JobNotFoundError otherwise)."""
    one_job(jobs, job_id)
    return jobs


def job_filter(
    *, user: str | None, name: str | None, states: Iterable[JobState | str] | None
) -> Callable[[JobInfo], bool]:
    """Whether a job is of ``user``, named ``name`` and in one of ``states`` (each None: any)."""
    wanted = None if states is None else {JobState.parse(s) if isinstance(s, str) else s for s in states}
    return lambda j: (
        (user is None or j.user == user) and (name is None or j.name == name) and (wanted is None or j.state in wanted)
    )


def array_tasks(jobs: list[JobInfo], array_job_id: int) -> list[JobInfo]:
    tasks = [j for j in jobs if j.array_job_id == array_job_id or j.job_id == array_job_id]
    return sorted(tasks, key=lambda j: (j.array_task_id is None, j.array_task_id or 0, j.job_id))


def cancel_outcome(exc: APIError) -> bool:
    """False for 'already finished'; re-raise anything else."""
    if isinstance(exc, APIError) and set(exc.error_numbers) & ALREADY_DONE_ERRNOS:
        return False
    raise exc


def cancel_reported(errors: tuple[SlurmMessage, ...], call: Call) -> bool:
    """The outcome of a cancel answered with HTTP 200 whose per-job ``status[]`` may hold an error."""
    if not errors:
        return True
    kind = JobNotFoundError if {e.error_number for e in errors} & NOT_FOUND_ERRNOS else APIError
    return cancel_outcome(kind(f"{call.method} {call.path}: HTTP 200", status_code=200, errors=errors, path=call.path))


def accounted(jobs: list[JobInfo], job_id: int | str, not_found: JobNotFoundError) -> list[JobInfo]:
    """The records accounting (slurmdbd) kept of a job the controller no longer knows (an array's: all).

    Records lag: a job's start details (name, partition, directory) can reach slurmdbd after its end
    record (22.05 then says name "allocation" for a few seconds), and one may still say RUNNING when
    slurmdbd was down as the job ended (slurmctld queues the record). A record is returned as it is;
    a watcher keeps asking about one that is not final."""
    if not jobs:
        raise unaccounted(job_id, not_found, None)
    return known(jobs, job_id)


def unaccounted(job_id: int | str, not_found: JobNotFoundError, exc: APIError | None) -> JobNotFoundError:
    """The error for a job neither the controller nor accounting can tell about: no record, no slurmdbd
    plugin in slurmrestd (404), or slurmdbd down (502, or 22.05's error 7000)."""
    if exc is None or set(exc.error_numbers) & NOTHING_FOUND_ERRNOS:
        why = "accounting has no record of it"
    else:
        why = f"accounting could not tell (HTTP {exc.status_code})"
    return JobNotFoundError(
        f"job {job_id}: unknown to the controller (purged after MinJobAge, or never existed) and {why}",
        status_code=not_found.status_code,
        errors=not_found.errors + (exc.errors if exc is not None else ()),
        path=not_found.path,
    )


def usage_record(adapter: Adapter, job_id: int | str, outcome: Result) -> tuple[Allocation, list[StepInfo]]:
    """The allocation and steps of ``job_id`` from accounting's answer (steps and usage live nowhere else:
    no API version has a step endpoint on the controller). JobNotFoundError when slurmdbd has no record
    (yet: a job's record arrives when it starts); an endpoint slurmrestd lacks (no slurmdbd plugin) says so."""
    where = f"GET /slurmdb/{adapter.version}/job/{job_id}"
    no_record = (
        f"job {job_id}: accounting (slurmdbd) has no record of it: no steps or usage (a job is recorded once it starts)"
    )
    if isinstance(outcome, APIError):
        if isinstance(outcome, JobNotFoundError) or set(outcome.error_numbers) & NOTHING_FOUND_ERRNOS:
            raise JobNotFoundError(
                no_record, status_code=outcome.status_code, errors=outcome.errors, path=where
            ) from outcome
        raise type(outcome)(
            f"job {job_id}: steps and usage come from accounting (slurmdbd), which this slurmrestd "
            f"did not answer: {outcome}",
            status_code=outcome.status_code,
            path=where,
        ) from outcome
    records = adapter.parse_accounting_usage(body_of(outcome))
    for alloc, steps in records:
        if str(alloc.job.job_id) == str(job_id).strip():
            return alloc, steps
    if len(records) == 1:  # an array task asked for as ARRAYID_TASK: its own record
        return records[0]
    raise JobNotFoundError(no_record, status_code=200, path=where)
