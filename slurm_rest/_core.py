"""What the sync and async clients share: httpx settings, response classification, negotiation.

Everything here is free of I/O; the two clients differ only in how they send.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from ._adapters import Call, errors_of
from ._auth import AUTH_ERRNOS, SlurmAuth, provider_for
from ._config import ClientConfig
from ._exceptions import (
    APIError,
    AuthError,
    JobNotFoundError,
    SlurmError,
    SubmissionError,
    TransportError,
    UnavailableError,
)

__all__ = ["DEFAULT_ENV", "USER_AGENT", "classify", "http_settings", "served_versions", "transport_error"]

USER_AGENT = "slurm-rest/0.1"
# Jobs get exactly this environment unless JobSpec.environment says otherwise: slurmrestd has no
# submitting shell to inherit from, and an empty environment leaves scripts without a PATH.
DEFAULT_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
# ESLURM_INVALID_JOB_ID: 22.05 sends it with HTTP 500, newer releases with 404.
NOT_FOUND_ERRNOS = frozenset({2017})
# Communication failures between slurmrestd and slurmctld (controller down or restarting),
# EAGAIN/ETIMEDOUT/ECONNREFUSED, and "slurmctld busy" codes: worth a retry.
TRANSIENT_ERRNOS = frozenset({11, 110, 111, 1001, 1002, 1003, 1004, 5000, 5001, 5002, 5003, 5004, 5005, 1900})
TRANSIENT_STATUS = frozenset({502, 503, 504})
# ESLURM_JOB_HELD: 22.05 puts it in errors[] beside the new job's id when submitting with hold; sbatch
# prints it as a notice. The job exists: this is success, never a failed (and retried) submission.
SUBMIT_NOTICES = frozenset({2042})
_VERSION = re.compile(r"^/slurm/(v\d+\.\d+\.\d+)/")
MAX_BODY = 256 * 1024 * 1024


def http_settings(config: ClientConfig) -> dict[str, Any]:
    """Keyword arguments for httpx.Client / httpx.AsyncClient."""
    return {
        "base_url": config.url,
        "auth": SlurmAuth(config.user, provider_for(config)),
        "timeout": httpx.Timeout(config.read_timeout, connect=config.connect_timeout),
        "verify": config.verify,
        "limits": httpx.Limits(max_connections=config.max_connections,
                               max_keepalive_connections=config.max_connections),
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json", **dict(config.headers)},
        "follow_redirects": False,
    }


def transport_error(exc: httpx.HTTPError, call: Call) -> TransportError:
    """Map an httpx failure; ``sent=False`` only when the request provably never left."""
    unsent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    return TransportError(f"{call.method} {call.path}: {type(exc).__name__}: {exc}", sent=not unsent)


class BodyReader:
    """Collects an answer's bytes as they stream in, refusing one over ``MAX_BODY`` as soon as its
    Content-Length says so, or once that many bytes have arrived: memory stays bounded."""

    def __init__(self, call: Call, response: httpx.Response) -> None:
        self.call, self.status = call, response.status_code
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            raise self._too_big(f"{int(declared)} bytes")

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_BODY:
            raise self._too_big(f"more than {MAX_BODY} bytes")
        self.chunks.append(chunk)

    def content(self) -> bytes:
        return b"".join(self.chunks)

    def _too_big(self, size: str) -> APIError:
        return APIError(f"{self.call.method} {self.call.path}: HTTP {self.status} answer of {size} exceeds the "
                        f"client's {MAX_BODY} byte limit", status_code=self.status, path=self.call.path)


def _json(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except (ValueError, RecursionError):  # RecursionError: a hostile answer nested deeper than json can follow
        return None


def classify(call: Call, status: int, content: bytes) -> dict[str, Any]:
    """The JSON body of a successful answer (its status and bytes), or the right exception from the tree."""
    body = _json(content)
    errors = errors_of(body)
    numbers = {e.error_number for e in errors}
    where = f"{call.method} {call.path}"
    if status < 400 and not errors and isinstance(body, dict):
        return body
    if status == 304 and call.method == "GET":
        return {}  # v0.0.38 /jobs?update_time=T: nothing changed since T
    if (status < 400 and errors and numbers <= SUBMIT_NOTICES and "/job/submit" in call.path
            and isinstance(body, dict) and body.get("job_id")):
        return body
    if status < 400 and not errors:
        if body is None and call.method == "DELETE" and status == 200 and not content:
            return {}  # v0.0.38 cancel answers with an empty body
        if body is None and call.method == "POST" and status == 200 and not content:
            return {}  # v0.0.38 update answers with an empty body
        raise APIError(f"{where}: HTTP {status} with a body that is not a JSON object",
                       status_code=status, path=call.path)
    kind: type[APIError]
    if status in (401, 403) or numbers & AUTH_ERRNOS - {-1} or (status == 500 and -1 in numbers and
                                                                _legacy_auth(errors)):
        kind = AuthError
    elif status == 404 or numbers & NOT_FOUND_ERRNOS:
        kind = JobNotFoundError
    elif status in TRANSIENT_STATUS or numbers & TRANSIENT_ERRNOS:
        kind = UnavailableError
    elif "/job/submit" in call.path:
        kind = SubmissionError
    else:
        kind = APIError
    if not errors and body is None and content:
        text = content[:200].decode("utf-8", "replace").strip()
        errors = (SlurmError(error_number=None, description=text),)
    raise kind(f"{where}: HTTP {status}", status_code=status, errors=errors, path=call.path)


def _legacy_auth(errors: tuple[SlurmError, ...]) -> bool:
    # 22.05 reports a rejected token as error -1 "slurmctld config is unable to load".
    return any("unable to load" in e.description for e in errors)


def served_versions(spec: Any) -> list[str]:
    """API versions named by the paths of the server's ``/openapi/v3`` document."""
    paths = spec.get("paths", {}) if isinstance(spec, dict) else {}
    return sorted({m.group(1) for p in paths if (m := _VERSION.match(p))})
