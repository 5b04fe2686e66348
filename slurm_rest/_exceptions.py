"""One exception tree for everything the facade raises.

    SlurmRestError
    ├── ValidationError            bad input, raised before any request is sent
    │   └── RefusedError           not allowed by the deployment (identity, cluster, path); nothing sent
    ├── ConfigError                missing or contradictory client settings
    ├── UnsupportedVersionError    no API version both sides speak, a pin the server lacks, or an operation
    │                              the version in use lacks (shares() on v0.0.38: nothing is sent)
    ├── TransportError             the request may not have reached slurmrestd (connect, timeout)
    │   ├── SubmitUnknownError     a submit that may still create its job; never resent: look it up by ``once``
    │   └── TLSError               its TLS certificate was refused (CA, host name) or the handshake failed:
    │                              nothing was sent (no token), and no retry is made
    ├── WaitTimeout                a wait() ran out of time (also a TimeoutError)
    ├── StagingError               a file could not be moved over SSH/SFTP (connection, host key, path)
    ├── RemoteError                a function run on the cluster raised; its type and traceback kept
    └── APIError                   slurmrestd answered with an error; ``errors`` keeps Slurm's list
        ├── AuthError              the token was rejected, in any release's shape (see _classify)
        ├── JobNotFoundError       Slurm's "invalid job id" (error 2017: 404, or 22.05's 500)
        ├── SubmissionError        the controller refused a job submission
        ├── UnavailableError       502/503/504 or a transient Slurm error; safe to retry reads
        └── UnservedEndpointError  a 404 without Slurm's "invalid job id": this slurmrestd does not serve it

``APIError.errors`` holds Slurm's own entries as :class:`SlurmMessage` records (not exceptions).
Exception messages and reprs never contain tokens: they carry Slurm's errors and the URL path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "APIError",
    "AuthError",
    "ConfigError",
    "JobNotFoundError",
    "RefusedError",
    "RemoteError",
    "SlurmMessage",
    "SlurmRestError",
    "StagingError",
    "SubmissionError",
    "SubmitUnknownError",
    "TLSError",
    "TransportError",
    "UnavailableError",
    "UnservedEndpointError",
    "UnsupportedVersionError",
    "ValidationError",
    "WaitTimeout",
]


@dataclass(frozen=True)
class SlurmMessage:
    """One entry of a response's ``errors[]``, as ``APIError.errors`` keeps them: Slurm's words, not an
    exception (so its name does not end in "Error", and ``except`` cannot be pointed at it by mistake)."""

    error_number: int | None
    description: str
    source: str = ""
    error: str = ""

    def __str__(self) -> str:
        # A text Slurm repeats in two fields ("Nothing found with query" / "Nothing found") is said once.
        parts: dict[str, str] = {}
        for part in (self.error, self.description, self.source):
            parts.setdefault(part.strip().lower(), part)
        said = [p for key, p in parts.items() if key and not any(key != other and key in other for other in parts)]
        num = f"[{self.error_number}] " if self.error_number is not None else ""
        return num + ": ".join(said)


class SlurmRestError(Exception):
    """Root of every error this package raises."""


class ValidationError(SlurmRestError, ValueError):
    """Invalid user input; nothing was sent."""


class RefusedError(ValidationError):
    """A task asked for what its deployment does not grant it (a user, cluster, file); nothing was sent and
    no token was minted."""


class ConfigError(SlurmRestError):
    """Client configuration is missing or contradictory."""


class UnsupportedVersionError(SlurmRestError):
    """The server and this client share no API version (or the pinned one is not served), or the version in
    use has no endpoint for the operation (``shares()`` before v0.0.40); nothing was sent."""


class TransportError(SlurmRestError):
    """Connecting, sending or receiving failed; the server may or may not have seen the request."""

    def __init__(self, message: str, *, sent: bool, pending: bool = False) -> None:
        super().__init__(message)
        #: False only when the request provably never reached the server (connect failed).
        self.sent = sent
        #: True when the client stopped waiting for an answer (read timeout): the server may still act on it.
        self.pending = pending


class SubmitUnknownError(TransportError):
    """A submit that slurmrestd may still carry out: it was sent, no answer came in time, and no job carried its
    key while the client looked until its retry deadline. It is never sent again (that could make a second
    job); ``find_submitted(exc.once)`` finds the job if it appears."""

    def __init__(self, message: str, *, once: str) -> None:
        super().__init__(message, sent=True, pending=True)
        self.once = once


class TLSError(TransportError):
    """The server's TLS certificate failed verification (not signed by a CA the client trusts, another host
    name, expired) or the handshake failed (a plain-HTTP server at an https URL): no request, so no token,
    left the client, and trying again cannot help. Never retried."""

    def __init__(self, message: str) -> None:
        super().__init__(message, sent=False)


class WaitTimeout(SlurmRestError, TimeoutError):
    """Jobs were still unfinished when a wait's timeout ran out; ``pending`` holds their last info."""

    def __init__(self, message: str, *, pending: dict[int, object]) -> None:
        super().__init__(message)
        self.pending = pending


class StagingError(SlurmRestError):
    """A file could not be moved (connection, host key, permission, missing file)."""


class RemoteError(SlurmRestError):
    """The function raised on the cluster; ``remote_type`` and ``traceback`` tell what and where."""

    def __init__(self, remote_type: str, message: str, traceback: str, exception: BaseException | None) -> None:
        super().__init__(f"{remote_type}: {message}")
        self.remote_type, self.message, self.traceback, self.exception = remote_type, message, traceback, exception

    def __reduce__(self) -> tuple[Any, ...]:  # Exception's default would call __init__ with the joined message only
        return type(self), (self.remote_type, self.message, self.traceback, self.exception)


class APIError(SlurmRestError):
    """slurmrestd answered with an error status or a non-empty ``errors[]``."""

    def __init__(
        self, message: str, *, status_code: int | None = None, errors: tuple[SlurmMessage, ...] = (), path: str = ""
    ) -> None:
        # Each of Slurm's errors is said once: not again when the message already says it, nor twice.
        detail = "; ".join(dict.fromkeys(t for t in map(str, errors) if t and t not in message))
        super().__init__(f"{message}" + (f" ({detail})" if detail else ""))
        #: the message without Slurm's errors (``str()`` adds them once)
        self.message = message
        self.status_code = status_code
        self.errors = errors
        self.path = path

    @property
    def error_numbers(self) -> tuple[int, ...]:
        """Slurm's error numbers in ``errors`` (entries without one left out): what to test, not the texts."""
        return tuple(e.error_number for e in self.errors if e.error_number is not None)


class AuthError(APIError):
    """The token was rejected (bad, expired, or for a user the server does not accept)."""


class JobNotFoundError(APIError):
    """The controller does not know the job (never existed, or purged after MinJobAge)."""


class SubmissionError(APIError):
    """The controller refused to create the job."""


class UnavailableError(APIError):
    """A transient failure (gateway errors, controller busy or restarting)."""


class UnservedEndpointError(APIError):
    """HTTP 404 without Slurm's "invalid job id": this slurmrestd does not serve the endpoint (a plugin not
    loaded, slurmdbd not configured, an API version it lacks)."""
