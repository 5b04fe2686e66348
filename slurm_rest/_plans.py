"""Plans: operations that need more than one answer, described as requests without doing them (the sync and
async clients run them): a job's records with accounting's as the fallback, and when to look again for a
pending submit's job."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator, Sequence
from typing import TypeVar

from . import _constants
from ._adapters import Adapter
from ._answers import Result, accounted, body_of, known, unaccounted
from ._call import Call
from ._exceptions import APIError, JobNotFoundError
from ._models import JobInfo

__all__ = ["Plan", "pending_delays", "read_records", "records_plan"]

_T = TypeVar("_T")
_K = TypeVar("_K", int, str, int | str)
#: Requests described without doing them: each step yields the calls to send (concurrently), receives
#: their outcomes in the same order, and the plan finally returns its result. The clients run plans.
Plan = Generator[Sequence[Call], Sequence[Result], _T]


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


def pending_delays(end: float) -> Iterator[float]:
    """The pauses between looking for a pending submit's job: PENDING_LOOKUP_DELAYS, the last repeated,
    while the monotonic clock is before ``end``."""
    delays = iter(_constants.PENDING_LOOKUP_DELAYS)
    delay = next(delays)
    while time.monotonic() + delay < end:
        yield delay
        delay = next(delays, delay)
