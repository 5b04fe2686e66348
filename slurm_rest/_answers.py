"""Turning parsed answers into what the client's operations return (and plans of requests that need
more than one answer): everything between sending and returning that the sync and async clients share."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from . import _constants
from ._adapters import Adapter, Call, Kind
from ._adapters._common import positive_job_id
from ._constants import ALREADY_DONE_ERRNOS, NOT_FOUND_ERRNOS, NOTHING_FOUND_ERRNOS
from ._exceptions import (
    APIError,
    JobNotFoundError,
    SlurmError,
    SlurmRestError,
    SubmissionError,
    TransportError,
    ValidationError,
)
from ._jobspec import JobSpec, parse_time_limit
from ._models import JobInfo, JobState
from ._steps import Allocation, StepInfo
from ._values import show

__all__ = ["Outcome", "Plan", "accounted", "array_tasks", "as_spec", "body_of", "cancel_outcome", "cancel_reported",
           "filter_jobs", "job_number", "job_tags", "key_tag", "known", "may_be_pending", "one_job", "pending_delays",
           "raw_call", "read_records", "records_plan", "submitted_id", "unaccounted", "update_changes",
           "usage_record"]

_T = TypeVar("_T")
_K = TypeVar("_K", int, str, int | str)
#: What a client hands back for each request of a plan step: the JSON body, or the error it raised.
Outcome = dict[str, Any] | SlurmRestError
#: Requests described without doing them: each step yields the calls to send (concurrently), receives
#: their outcomes in the same order, and the plan finally returns its result. The clients run plans.
Plan = Generator[Sequence[Call], Sequence[Outcome], _T]


_METHODS = {"GET": Kind.READ, "POST": Kind.UPDATE, "PUT": Kind.UPDATE, "PATCH": Kind.UPDATE, "DELETE": Kind.UPDATE}
Params = Mapping[str, Any] | Sequence[tuple[str, Any]]


def raw_call(method: str, path: str, params: Params | None, json: Any) -> Call:
    """The escape hatch's request: any path on the server; only a GET may be resent (see ``Kind``)."""
    kind = _METHODS.get(method.upper()) if isinstance(method, str) else None
    if kind is None:
        raise ValidationError(f"method: one of {', '.join(_METHODS)}, got {show(method)}")
    if not isinstance(path, str) or not path.startswith("/") or "//" in path or "/../" in f"{path}/":
        raise ValidationError(f"path: an absolute path on the server such as /slurm/v0.0.45/jobs/, got {show(path)}")
    pairs = params.items() if isinstance(params, Mapping) else (params or ())
    flat: list[tuple[str, str]] = []
    for name, value in pairs:
        values = value if isinstance(value, (list, tuple)) else [value]  # a list repeats the parameter
        flat += [(str(name), str(v)) for v in values]
    return Call(method.upper(), path, params=flat, json=json, kind=kind)


def body_of(outcome: Outcome) -> dict[str, Any]:
    """The body of a request that must have succeeded (its error re-raised otherwise)."""
    if isinstance(outcome, SlurmRestError):
        raise outcome
    return outcome


def records_plan(adapter: Adapter, job_id: int | str) -> Plan[list[JobInfo]]:
    """What GET /job/{id} answers (for an array: every task's record); for a job the controller
    purged (MinJobAge), accounting's records."""
    found = (yield from read_records(adapter, [job_id]))[job_id]
    if isinstance(found, JobNotFoundError):
        raise found
    return found


def read_records(adapter: Adapter, job_ids: Sequence[_K]) -> Plan[dict[_K, list[JobInfo] | JobNotFoundError]]:
    """Each job's records, read side by side: the controller's, else (purged) accounting's, else the
    JobNotFoundError saying why neither can tell. Any other failure is raised."""
    answers = yield tuple(adapter.get_job(j) for j in job_ids)
    records: dict[_K, list[JobInfo] | JobNotFoundError] = {}
    purged: dict[_K, JobNotFoundError] = {}
    for j, answer in zip(job_ids, answers, strict=True):
        if isinstance(answer, JobNotFoundError):
            purged[j] = answer
        else:
            records[j] = known(adapter.parse_jobs(body_of(answer)), j)
    kept = (yield tuple(adapter.accounting_job(j) for j in purged)) if purged else ()
    for (j, not_found), k in zip(purged.items(), kept, strict=True):
        if isinstance(k, APIError):
            error = unaccounted(j, not_found, k)
            error.__cause__ = k
            records[j] = error
            continue
        try:
            records[j] = accounted(adapter.parse_accounting_jobs(body_of(k)), j, not_found)
        except JobNotFoundError as exc:
            records[j] = exc
    return records


def job_number(job_id: int | str) -> int:
    """A plain job id (waits and watchers track whole jobs); ValidationError for anything else."""
    number = positive_job_id(job_id)
    if number is not None:
        return number
    raise ValidationError(f"not a job id: {show(job_id)} (expected a positive int or a numeric str)")


def as_spec(spec: JobSpec | None, fields: Mapping[str, Any]) -> JobSpec:
    if spec is not None and fields:
        raise ValidationError("pass a JobSpec or keyword fields, not both (use spec.with_changes(...))")
    return spec if spec is not None else JobSpec(**fields)


def submitted_id(adapter: Adapter, body: dict[str, Any]) -> int:
    job_id = adapter.parse_submit(body)
    if job_id is None:
        raise SubmissionError(f"POST /slurm/{adapter.version}/job/submit: slurmrestd accepted the submission but "
                              "returned no job id (the job may or may not exist)", path=f"/slurm/{adapter.version}/job/submit")
    return job_id


def may_be_pending(exc: SlurmRestError) -> bool:
    """A failure after which slurmrestd may still carry the request out: the client's read timed out, or a
    gateway (slurmrestd 24.11+ for the controller, or a proxy) timed out waiting (504)."""
    return (isinstance(exc, TransportError) and exc.pending) or (isinstance(exc, APIError) and exc.status_code == 504)


def pending_delays(end: float) -> Iterator[float]:
    """The pauses between looking for a pending submit's job: PENDING_LOOKUP_DELAYS, the last repeated,
    while the monotonic clock is before ``end``."""
    delays = iter(_constants.PENDING_LOOKUP_DELAYS)
    delay = next(delays)
    while time.monotonic() + delay < end:
        yield delay
        delay = next(delays, delay)


def key_tag(once: str) -> str:
    """The submit tag for a caller's idempotency key: the tag's shape (32 hex digits), the key not readable."""
    return hashlib.sha256(once.encode()).hexdigest()[:32]


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


def filter_jobs(jobs: list[JobInfo], *, user: str | None, name: str | None,
                states: Iterable[JobState | str] | None) -> list[JobInfo]:
    wanted = None if states is None else {JobState.parse(s) if isinstance(s, str) else s for s in states}
    return [j for j in jobs
            if (user is None or j.user == user) and (name is None or j.name == name)
            and (wanted is None or j.state in wanted)]


def array_tasks(jobs: list[JobInfo], array_job_id: int) -> list[JobInfo]:
    tasks = [j for j in jobs if j.array_job_id == array_job_id or j.job_id == array_job_id]
    return sorted(tasks, key=lambda j: (j.array_task_id is None, j.array_task_id or 0, j.job_id))


def cancel_outcome(exc: APIError) -> bool:
    """False for 'already finished'; re-raise anything else."""
    if isinstance(exc, APIError) and set(exc.error_numbers) & ALREADY_DONE_ERRNOS:
        return False
    raise exc


def cancel_reported(errors: tuple[SlurmError, ...], call: Call) -> bool:
    """The outcome of a cancel answered with HTTP 200 whose per-job ``status[]`` may hold an error."""
    if not errors:
        return True
    kind = JobNotFoundError if {e.error_number for e in errors} & NOT_FOUND_ERRNOS else APIError
    return cancel_outcome(kind(f"{call.method} {call.path}: HTTP 200", status_code=200, errors=errors,
                               path=call.path))


def update_changes(*, time_limit: str | int | None, hold: bool | None, name: str | None,
                   comment: str | None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if time_limit is not None:
        minutes = parse_time_limit(time_limit)
        if minutes is None:
            raise ValidationError("time_limit: an unlimited limit cannot be set by update; give minutes")
        changes["time_limit_minutes"] = minutes
    if hold is not None:
        changes["hold"] = hold
    if name is not None:
        changes["name"] = name
    if comment is not None:
        changes["comment"] = comment
    if not changes:
        raise ValidationError("update needs at least one of time_limit, hold, name, comment")
    return changes


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
    return JobNotFoundError(f"job {job_id}: unknown to the controller (purged after MinJobAge, or never existed) "
                            f"and {why}", status_code=not_found.status_code,
                            errors=not_found.errors + (exc.errors if exc is not None else ()), path=not_found.path)


def usage_record(adapter: Adapter, job_id: int | str, outcome: Outcome) -> tuple[Allocation, list[StepInfo]]:
    """The allocation and steps of ``job_id`` from accounting's answer (steps and usage live nowhere else:
    no API version has a step endpoint on the controller). JobNotFoundError when slurmdbd has no record
    (yet: a job's record arrives when it starts); an endpoint slurmrestd lacks (no slurmdbd plugin) says so."""
    where = f"GET /slurmdb/{adapter.version}/job/{job_id}"
    no_record = f"job {job_id}: accounting (slurmdbd) has no record of it: no steps or usage (a job is recorded " \
                f"once it starts)"
    if isinstance(outcome, APIError):
        if isinstance(outcome, JobNotFoundError) or set(outcome.error_numbers) & NOTHING_FOUND_ERRNOS:
            raise JobNotFoundError(no_record, status_code=outcome.status_code, errors=outcome.errors,
                                   path=where) from outcome
        raise type(outcome)(f"job {job_id}: steps and usage come from accounting (slurmdbd), which this slurmrestd "
                            f"did not answer: {outcome}", status_code=outcome.status_code, path=where) from outcome
    records = adapter.parse_accounting_usage(body_of(outcome))
    for alloc, steps in records:
        if str(alloc.job.job_id) == str(job_id).strip():
            return alloc, steps
    if len(records) == 1:  # an array task asked for as ARRAYID_TASK: its own record
        return records[0]
    raise JobNotFoundError(no_record, status_code=200, path=where)
