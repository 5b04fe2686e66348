"""What every adapter shares: the request description, errors[] and the submit tag."""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .._call import Call, Kind
from .._exceptions import APIError, SlurmMessage, ValidationError
from .._hostlist import expand_hostlist
from .._jobspec import JobSpec
from .._models import JobInfo, JobState, expand_output_path, unwrap_number
from .._values import is_int, parse_signal, show

__all__ = [
    "TAG_PREFIX",
    "Call",
    "ExitRecord",
    "Kind",
    "Malformed",
    "accounted_exit",
    "accounted_hosts",
    "errors_of",
    "is_batch_step",
    "job_environment",
    "job_id_of",
    "job_info",
    "job_ref",
    "latest_records",
    "parser",
    "positive_job_id",
    "signal_param",
    "split_tag",
    "state_words",
    "submitted_job_id",
    "tagged_comment",
    "tres_count",
    "tres_entry",
]

_T = TypeVar("_T")

TAG_PREFIX = "slurm-rest-tag="
_TAG = re.compile(r"(?:^|\s)" + re.escape(TAG_PREFIX) + r"([0-9a-f]{32})$")


def errors_of(body: object) -> tuple[SlurmMessage, ...]:
    """Slurm's ``errors[]`` as typed entries; tolerant of any shape."""
    raw = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(raw, list):
        return ()
    out = []
    for e in raw:
        if isinstance(e, dict):
            # 22.05 spells it "error_code" in a submit answer, "error_number" elsewhere.
            num = next((e[k] for k in ("error_number", "error_code", "errno") if isinstance(e.get(k), int)), None)
            out.append(
                SlurmMessage(
                    error_number=num,
                    description=str(e.get("description", "")),
                    source=str(e.get("source", "")),
                    error=str(e.get("error", "")),
                )
            )
        else:
            out.append(SlurmMessage(error_number=None, description=str(e)))
    return tuple(out)


class Malformed(ValueError):
    """A field of slurmrestd's answer is missing or unusable; ``parser`` turns it into an APIError."""


def parser(
    what: str, kind: type[APIError] = APIError
) -> Callable[[Callable[[Any, dict[str, Any]], _T]], Callable[[Any, dict[str, Any]], _T]]:
    """Decorate an adapter's ``parse_*``: a malformed answer (wrong types, missing fields, junk a
    generated model refuses) becomes ``kind`` naming ``what`` was read (``{base}`` is the adapter's
    path prefix, ``{version}`` its API version), never a bare KeyError/TypeError/ValueError. ``APIError``s pass through."""

    def decorate(fn: Callable[[Any, dict[str, Any]], _T]) -> Callable[[Any, dict[str, Any]], _T]:
        @functools.wraps(fn)
        def guarded(self: Any, body: dict[str, Any]) -> _T:
            try:
                return fn(self, body)
            except APIError:
                raise
            except Exception as exc:  # any parsing failure means the answer was malformed
                # Malformed and ValidationError (JobInfo's checks) say what was wrong in their message.
                plain = isinstance(exc, (Malformed, ValidationError))
                detail = str(exc) if plain else f"{type(exc).__name__}: {exc}"
                raise kind(
                    f"malformed answer from slurmrestd to {what.format(base=self._base, version=self.version)}: "
                    f"{show(detail, 300)}",
                    status_code=200,
                ) from exc

        return guarded

    return decorate


_JOB_ID = re.compile(r"[0-9]+")


def positive_job_id(value: object) -> int | None:
    """A job id given as a positive int or a decimal string; None for anything else."""
    if is_int(value) and value > 0:
        return value
    if isinstance(value, str) and _JOB_ID.fullmatch(value.strip()) and int(value) > 0:
        return int(value)
    return None


def job_id_of(value: object, record: Mapping[str, Any] | None = None) -> int:
    """The ``job_id`` of a job record; a record without a usable one is malformed."""
    job_id = positive_job_id(value)
    if job_id is None:
        keys = "" if record is None else f"; record keys: {show(sorted(str(k) for k in record))}"
        raise Malformed(f"job record without a valid job_id (got {show(value)}{keys})")
    return job_id


def submitted_job_id(value: object) -> int | None:
    """The ``job_id`` of a submit answer: None when absent (or Slurm's 0), Malformed when junk."""
    if value is None or (is_int(value) and value == 0) or value == "":
        return None
    job_id = positive_job_id(value)
    if job_id is None:
        raise Malformed(f"job_id {show(value)} is not a job id (the job may or may not exist)")
    return job_id


_JOB_REF = re.compile(r"[1-9][0-9]*(?:_[0-9]+)?")


def job_ref(job_id: object) -> str:
    """``job_id`` (an int, or a str like "123" / "123_4") as it goes into a URL path; ValidationError
    otherwise, before anything is sent (a str such as "1/../../x" must never become a request path)."""
    if is_int(job_id) and job_id > 0:
        return str(job_id)
    if isinstance(job_id, str) and _JOB_REF.fullmatch(job_id.strip()):
        return job_id.strip()
    raise ValidationError(f"not a job id: {show(job_id)} (expected a positive int, or a str like '123' or '123_4')")


_SIGNAL_WORD = re.compile(r"[A-Za-z0-9]+")


def signal_param(signal: object) -> str:
    """A cancel's ``signal`` (USR1, SIGUSR1, 10 ...) checked before sending; returned as given."""
    if not (isinstance(signal, str) and _SIGNAL_WORD.fullmatch(signal.strip())):
        raise ValidationError(
            f"signal must be a signal name or number such as 'USR1', 'SIGTERM' or '10', got {show(signal)}"
        )
    parse_signal(signal.strip())  # unknown names and numbers outside 1-64 raise ValidationError
    return signal.strip()


# state_words of the lists seen so far (parsing 20,000 states per cycle is the watcher's hot path)
_WORDS: dict[tuple[object, ...], tuple[str, ...]] = {}
_WORDS_KEPT = 1024


def state_words(value: object) -> tuple[str, ...]:
    """State words as sent, whatever the shape: a list, or one (possibly comma-separated) string."""
    if value is None:
        return ()
    if type(value) is list:  # the usual shape; a cluster's jobs share a handful of distinct ones
        try:
            return _WORDS[tuple(value)]
        except (KeyError, TypeError):  # new, or unhashable junk
            pass
    items = value.split(",") if isinstance(value, str) else value if isinstance(value, (list, tuple)) else [value]
    words = tuple(w for w in (str(i).strip() for i in items) if w)
    if type(value) is list and len(_WORDS) < _WORDS_KEPT and all(type(i) is str for i in value):
        _WORDS[tuple(value)] = words
    return words


def job_environment(spec: JobSpec, default_env: dict[str, str]) -> dict[str, str]:
    """The job's environment: the spec's (else the default), with what sbatch exports for its options
    (SLURM_THREADS_PER_CORE: srun in the job reads it)."""
    env = dict(spec.environment) if spec.environment is not None else default_env
    if spec.threads_per_core is not None:
        env = {**env, "SLURM_THREADS_PER_CORE": str(spec.threads_per_core)}
    return env


def tagged_comment(comment: str | None, tag: str) -> str:
    """The user's comment with our submit tag appended, to find a job whose submit answer was lost."""
    return f"{comment} {TAG_PREFIX}{tag}" if comment else f"{TAG_PREFIX}{tag}"


def split_tag(comment: str | None) -> tuple[str, str | None]:
    """(user's comment, tag or None)."""
    if not comment:
        return "", None
    comment = str(comment)  # a malformed answer may send a number or a list
    m = _TAG.search(comment)
    return (comment[: m.start()].rstrip(), m.group(1)) if m else (comment, None)


def job_info(*, resolve_paths: bool = True, **fields: Any) -> JobInfo:
    """One record's ``JobInfo``, settled (``_settled``) and, with ``resolve_paths``, with its output paths
    resolved (``_output_paths``): worked out on the fields and built once, since a listing builds one per job
    (section 8 of the benchmarks) and each rebuild validates again."""
    if resolve_paths:
        fields.update(_output_paths(fields))
    fields.update(_settled(fields))
    return JobInfo(**fields)


def _output_paths(f: dict[str, Any]) -> dict[str, str]:
    """Absolute, expanded stdout/stderr paths, the same for every release.

    Slurm reports the pattern as given (26.05: ``slurm-%j.out``), nothing when unset (22.05), or
    already expanded (24.11); unset means sbatch's default in the working directory, and stderr
    defaults to stdout.
    """
    default = "slurm-%A_%a.out" if f.get("array_job_id") else "slurm-%j.out"
    stdout = _resolved(f.get("stdout_path") or default, f)
    stderr = f.get("stderr_path")
    return {"stdout_path": stdout, "stderr_path": _resolved(stderr, f) if stderr else stdout}


def _resolved(pattern: str, f: dict[str, Any]) -> str:
    """``pattern`` expanded for the record ``f`` (only when it has something to expand: 24.11 sends paths
    expanded, and a listing resolves two per job) and made absolute in its working directory."""
    path = pattern
    if "%" in pattern or "\\" in pattern:
        path = expand_output_path(
            pattern,
            job_id=f["job_id"],
            user=f.get("user", ""),
            node=_first_node(f.get("nodes", "")) if "N" in pattern else "",
            array_job_id=f.get("array_job_id"),
            array_task_id=f.get("array_task_id"),
            name=f.get("name", ""),
        )
    cwd = f.get("working_dir", "")
    return path if path.startswith("/") or not cwd else posixpath.join(cwd, path)


def _first_node(nodes: str) -> str:
    try:
        return next(iter(expand_hostlist(nodes)), "")
    except ValidationError:  # a record is still worth having without it (as JobInfo.node_names)
        return ""


# -- accounting records (slurmdbd), both families ------------------------------------------------------

#: What slurmdbd writes as the node list of a job that never ran (cancelled while pending).
_NO_HOSTS = frozenset({"None assigned"})

#: (state, return code, signal) that one accounting record reports: the job's own, or its batch step's.
ExitRecord = tuple[JobState, int | None, int | None]


def accounted_hosts(nodes: object) -> str:
    """A slurmdbd record's node list; "" (as for any job that never ran) instead of its placeholder."""
    text = str(nodes or "").strip()
    return "" if text in _NO_HOSTS else text


def tres_entry(items: Any, kind: str) -> Mapping[str, Any] | None:
    """The entry of ``kind`` (cpu, mem, node …; not a named one such as gres/gpu) in a slurmdbd TRES list."""
    for item in items if isinstance(items, list) else ():
        if isinstance(item, Mapping) and item.get("type") == kind and not item.get("name"):
            return item
    return None


def tres_count(items: Any, kind: str) -> int | None:
    """The count of one TRES type in a slurmdbd TRES list; None when absent or unset (negative)."""
    entry = tres_entry(items, kind)
    number = unwrap_number(entry.get("count")) if entry is not None else None
    return None if number is None or number < 0 else number


def is_batch_step(step_id: object) -> bool:
    """A slurmdbd step id naming the batch step: ``"batch"`` (v0.0.38), ``"<job id>.batch"`` (v0.0.40+)."""
    return str(step_id or "").rpartition(".")[2] == "batch"


def latest_records(jobs: list[JobInfo]) -> list[JobInfo]:
    """One record per job id, the most recently submitted, in the order sent: what ``sacct -j`` shows without
    ``--duplicates``. slurmdbd keeps every job a reused id has named (ids start over when slurmctld loses its
    state, and wrap at MaxJobId), and answers ``/job/{id}`` with all of them."""
    newest: dict[int, JobInfo] = {}
    for job in jobs:
        kept = newest.get(job.job_id)
        if kept is None or _submitted(job) >= _submitted(kept):
            newest[job.job_id] = job
    return [j for j in jobs if newest[j.job_id] is j]


def _submitted(job: JobInfo) -> float:
    return job.submit_time.timestamp() if job.submit_time is not None else 0.0


def accounted_exit(job: ExitRecord, batch: ExitRecord | None) -> tuple[int | None, int | None]:
    """(return code, signal) of a slurmdbd job record, from its own exit code or else its batch step's.

    slurmdbd writes a job-level exit code of 0 (SUCCESS) for a job that a signal ended (TIMEOUT, CANCELLED:
    the batch step says SIGNALED, signal 15) or that never ran (no steps at all), and 22.05 writes 0 for
    every job and step, even an ``exit 3`` one. One rule for both records, the job's first: a signal or a
    non-zero return code is the outcome; a 0 is believed only from a record whose own state is COMPLETED.
    Nothing believable: unknown (None, None), never a wrong 0.
    """
    for state, rc, sig in (job,) if batch is None else (job, batch):
        if sig or rc:
            return rc, sig or None
        if rc == 0 and state is JobState.COMPLETED:
            return 0, None
    return None, None


def _settled(f: dict[str, Any]) -> dict[str, Any]:
    """A record as both sources may truthfully tell it: the controller's and accounting's agree.

    A job *ran* once it left PENDING with nodes of its own; only then has it a start time, and only a
    terminal job has an end time and an outcome. The controller fills these in regardless: a pending
    job's start and end are estimates, a running job's end is its start plus its time limit, a job
    cancelled (or failed: bad account, defunct partition) before it ran gets start = end = the moment it
    ended, and its exit code is 0 for a running or never-run job (1 for some that never ran), where
    slurmdbd says unknown. Here both sources give None for what did not happen, and the outcome follows
    ``accounted_exit``'s rule (a 0 is believed only for COMPLETED), whichever API version sent it.
    """
    state: JobState = f["state"]
    ran = state is not JobState.PENDING and bool(f.get("nodes"))
    done = state.terminal
    rc, sig = accounted_exit((state, f.get("return_code"), f.get("signal")), None) if ran and done else (None, None)
    return {
        "start_time": f.get("start_time") if ran else None,
        "end_time": f.get("end_time") if done else None,
        "return_code": rc,
        "signal": sig,
    }
