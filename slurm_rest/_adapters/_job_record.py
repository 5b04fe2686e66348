"""A controller's job record (``GET /job/{id}``, ``/jobs``) as a ``JobInfo``, the same reader for every version.

Read straight from the decoded JSON, never through a generated model: ``from_dict`` builds all ~130
fields of a record (a closure and often a nested model each) to give the ~25 that ``JobInfo`` keeps, and
these records are read on every ``get_job``, listing and (v0.0.38) watcher cycle. The versions differ
only in shapes the helpers already take: v0.0.38 sends plain integers, one state string and a raw wait
status; v0.0.40+ wrap numbers as ``{set, infinite, number}`` and send the state as a list.
"""

from __future__ import annotations

from typing import Any

from .._models import JobInfo, decode_exit_code, parse_job_state, timestamp_to_datetime, unwrap_number
from .._values import show
from ._common import Malformed, job_id_of, job_info, split_tag, state_words

__all__ = ["controller_job", "job_records"]


def job_records(body: dict[str, Any]) -> list[dict[str, Any]]:
    """``body["jobs"]``, checked: a list of job objects (a record is then read by ``controller_job``)."""
    jobs = body.get("jobs", [])
    if not isinstance(jobs, list) or not all(isinstance(j, dict) for j in jobs):
        raise Malformed(f"'jobs' must be a list of job objects, got {show(jobs)}")
    return jobs


def controller_job(j: dict[str, Any]) -> JobInfo:
    """One record's ``JobInfo``; Malformed without a job id or a state."""
    get = j.get
    job_id = job_id_of(get("job_id"), j)
    state = get("job_state")
    if state is None:
        raise Malformed(f"job {job_id}: record without job_state")
    raw_state = state_words(state)
    base, flags, _unknown = parse_job_state(raw_state)
    rc, sig = decode_exit_code(get("exit_code"))
    comment, tag = split_tag(get("comment"))
    reason = str(get("state_reason") or "")
    array_job_id = unwrap_number(get("array_job_id")) or None
    return job_info(
        job_id=job_id,
        name=str(get("name") or ""),
        user=str(get("user_name") or ""),
        state=base,
        flags=flags,
        raw_state=raw_state,
        reason="" if reason == "None" else reason,
        return_code=rc,
        signal=sig,
        submit_time=timestamp_to_datetime(get("submit_time")),
        start_time=timestamp_to_datetime(get("start_time")),
        end_time=timestamp_to_datetime(get("end_time")),
        time_limit_minutes=unwrap_number(get("time_limit")),
        nodes=str(get("nodes") or ""),
        node_count=unwrap_number(get("node_count")),
        cpus=unwrap_number(get("cpus")),
        tasks=unwrap_number(get("tasks")),
        restart_count=unwrap_number(get("restart_cnt")),
        partition=str(get("partition") or ""),
        stdout_path=str(get("standard_output") or ""),
        stderr_path=str(get("standard_error") or ""),
        working_dir=str(get("current_working_directory") or ""),
        array_job_id=array_job_id,
        array_task_id=unwrap_number(get("array_task_id")) if array_job_id else None,  # v0.0.38: 0 outside one
        array_task_string=str(get("array_task_string") or ""),
        comment=comment,
        comment_tag=tag,
    )
