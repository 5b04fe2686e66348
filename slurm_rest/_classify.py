"""Turning an answer (status + bytes) into its JSON body, or into one exception of the tree.

The rules are a table read top to bottom; the first that matches names the exception. They read the
request's ``Kind`` (never its path), the status, Slurm's ``errors[]`` and, for answers that are not
JSON, the text. Every release's way of rejecting a token is an ``AuthError``; only Slurm's own
"invalid job id" error is a ``JobNotFoundError`` — a 404 without it is an endpoint this slurmrestd
does not serve.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._adapters import Adapter, errors_of
from ._call import Call, Kind
from ._constants import (
    AMBIGUOUS_ERRNOS,
    AUTH_ERRNOS,
    AUTH_STATUS,
    NOT_FOUND_ERRNOS,
    SUBMIT_NOTICES,
    TRANSIENT_ERRNOS,
    TRANSIENT_STATUS,
)
from ._exceptions import (
    APIError,
    AuthError,
    JobNotFoundError,
    SlurmMessage,
    SubmissionError,
    UnavailableError,
    UnservedEndpointError,
)

__all__ = ["Answer", "ambiguous", "classify", "failure", "probe_for", "rejected_token", "unproven"]


@dataclass(frozen=True)
class Answer:
    """What classification looks at: the request, the status, the decoded body and Slurm's errors."""

    call: Call
    status: int
    body: Any
    text: str
    errors: tuple[SlurmMessage, ...]

    @property
    def numbers(self) -> frozenset[int]:
        return frozenset(e.error_number for e in self.errors if e.error_number is not None)

    def says(self, number: int, *, source: str = "", text: str = "") -> bool:
        return any(
            e.error_number == number and source in e.source and text in e.description.lower() for e in self.errors
        )


def _rejected_token(a: Answer) -> bool:
    # Only shapes nothing else gives. 22.05's and 24.05's bare error -1 (even /ping's "unable to load") is
    # what a controller outage gives too: settled by a probe (see probe_for), never read as one here.
    return (
        a.status in AUTH_STATUS
        or bool(a.numbers & AUTH_ERRNOS)
        # 23.11 (v0.0.40): an expired or invalid token fails the request's context setup with 7000
        or a.says(7000, source="wrap_openapi_ctxt_callback")
        # 24.11: slurmdb endpoints, 7000 "Failed to open slurmdbd connection, authentication error"
        or a.says(7000, source="openapi_get_db_conn", text="authentication error")
        # 25.11: missing or rejected headers, HTTP 500 with a text/plain body
        or (a.body is None and "authentication does not apply to request" in a.text.lower())
    )


def _missing_job(a: Answer) -> bool:
    return bool(a.numbers & NOT_FOUND_ERRNOS)


def _transient(a: Answer) -> bool:
    return a.status in TRANSIENT_STATUS or bool(a.numbers & TRANSIENT_ERRNOS)


def _refused_submit(a: Answer) -> bool:
    return a.call.kind is Kind.SUBMIT


# First match wins. A 404 that is not Slurm's "invalid job id" falls through to APIError: the endpoint.
_RULES: tuple[tuple[Callable[[Answer], bool], type[APIError]], ...] = (
    (_rejected_token, AuthError),
    (_missing_job, JobNotFoundError),
    (_transient, UnavailableError),
    (_refused_submit, SubmissionError),
)


# Requests whose empty HTTP 200 is an answer (see _success).
_EMPTY_OK = frozenset({Kind.SUBMIT, Kind.CANCEL, Kind.SIGNAL, Kind.UPDATE})


def _json(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except (ValueError, RecursionError):  # RecursionError: a hostile answer nested deeper than json can follow
        return None


def _success(a: Answer, content: bytes) -> dict[str, Any] | None:
    """The body of an answer that is a success, else None."""
    if a.status < 400 and not a.errors and isinstance(a.body, dict):
        return a.body
    if a.status == 304 and a.call.method == "GET":
        return {}  # v0.0.38 /jobs?update_time=T: nothing changed since T
    if (
        a.status < 400
        and a.errors
        and all(e.error_number in SUBMIT_NOTICES for e in a.errors)
        and a.call.kind is Kind.SUBMIT
        and isinstance(a.body, dict)
        and a.body.get("job_id")
    ):
        return a.body  # 22.05 submit with hold: the new job's id beside the ESLURM_JOB_HELD notice
    if a.status == 200 and not content and a.call.kind in _EMPTY_OK:
        # v0.0.38 cancel and update answer with an empty body; an empty answer to a submit leaves its
        # job id unknown, and the client looks the job up by its tag
        return {}
    return None


def classify(call: Call, status: int, content: bytes) -> dict[str, Any]:
    """The JSON body of a successful answer (its status and bytes), or the right exception from the tree."""
    body = _json(content)
    text = content[:200].decode("utf-8", "replace").strip() if body is None else ""
    answer = Answer(call, status, body, text, errors_of(body))
    ok = _success(answer, content)
    if ok is not None:
        return ok
    raise failure(answer)


def failure(a: Answer) -> APIError:
    """The exception for an answer that is not a success."""
    where = f"{a.call.method} {a.call.path}"
    if a.status < 400 and not a.errors:
        return APIError(
            f"{where}: HTTP {a.status} with a body that is not a JSON object", status_code=a.status, path=a.call.path
        )
    kind = next((k for rule, k in _RULES if rule(a)), APIError)
    errors = a.errors or ((SlurmMessage(error_number=None, description=a.text),) if a.text else ())
    if kind is APIError and a.status == 404 and not a.errors:
        return UnservedEndpointError(
            f"{where}: HTTP 404: this slurmrestd does not serve the endpoint",
            status_code=404,
            errors=errors,
            path=a.call.path,
        )
    return kind(f"{where}: HTTP {a.status}", status_code=a.status, errors=errors, path=a.call.path)


def ambiguous(exc: APIError) -> bool:
    """Whether ``exc`` may be a rejected token as well as a failure behind slurmrestd (see AMBIGUOUS_ERRNOS)."""
    numbers = set(exc.error_numbers)
    return (
        not isinstance(exc, (AuthError, JobNotFoundError))
        and (exc.status_code or 0) >= 500
        and bool(numbers)
        and numbers <= AMBIGUOUS_ERRNOS
    )


def probe_for(exc: APIError, adapter: Adapter | None) -> Call | None:
    """A cheap authenticated request that tells whether an ambiguous failure was a rejected token, or None.

    Slurm's generic error -1 is what 22.05 answers a rejected token with on every controller endpoint
    ("Unable to find JobId=N", "Failed while looking for jobs", /ping's "slurmctld config is unable to
    load"; 24.05: "Unable to query jobs"), and also what it answers when slurmctld is down; 26.05's slurmdb
    endpoints say 7000 for both a wrong token and a down slurmdbd. The probe is a request whose refusal of a
    token cannot be mistaken (``Adapter.auth_probe``: 22.05's slurmdb answers error 1007, newer releases'
    /diag 511 with 1007): only an ``AuthError`` from it makes the failure one (``rejected_token``); any
    other outcome, a transient failure of the probe included, leaves the failure as it was."""
    if adapter is None or not ambiguous(exc):
        return None
    return adapter.auth_probe()


def rejected_token(exc: APIError, probe: AuthError) -> AuthError:
    """The ambiguous failure ``exc``, now known to be a rejected token (the probe said so)."""
    return AuthError(
        f"{exc.message} (the token was rejected: {probe.path} says so)",
        status_code=exc.status_code,
        errors=exc.errors,
        path=exc.path,
    )


# Requests that may be sent twice (their retry policy is RETRY_READ's or RETRY_ACCOUNTING's).
_IDEMPOTENT = frozenset({Kind.READ, Kind.CANCEL, Kind.ACCOUNTING})


def unproven(exc: APIError, kind: Kind) -> APIError:
    """An ambiguous failure the probe did not prove to be a rejected token: a failure behind slurmrestd (24.11
    answered a watcher's /jobs/state "-1 Unable to query job states" while a backup controller took over).
    An ``UnavailableError`` (retried) for a request that may be sent twice; otherwise ``exc`` as it was."""
    if kind not in _IDEMPOTENT:
        return exc
    return UnavailableError(exc.message, status_code=exc.status_code, errors=exc.errors, path=exc.path)
