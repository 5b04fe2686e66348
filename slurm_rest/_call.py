"""The request description at the bottom of the request path: what to send and what kind of request it is.

Transport (_http), classification (_classify), retries (_retry), pacing (_pace) and the adapters all read
these, so they live below all of them and import nothing of the package.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Call", "Kind", "Records"]


class Kind(enum.Enum):
    """What a request does. Classification and retries read this, never the path."""

    READ = "read"  # a read: resent after transient failures
    ACCOUNTING = "accounting"  # slurmdbd's record of a purged job: resent briefly
    SUBMIT = "submit"  # creates a job: never resent once it may have arrived (the tag lookup instead)
    CANCEL = "cancel"  # ends a job; ending it twice ends it once, so it is resent like a read
    SIGNAL = "signal"  # each delivery is an effect: never resent once it may have arrived
    UPDATE = "update"  # changes a job: never resent once it may have arrived

    @property
    def idempotent(self) -> bool:
        """Sending it twice does what sending it once does, so it may be resent after it may have arrived."""
        return self in _IDEMPOTENT


_IDEMPOTENT = frozenset({Kind.READ, Kind.ACCOUNTING, Kind.CANCEL})


@dataclass(frozen=True)
class Records:
    """Which array of an answer to read record by record (``key``; see ``_records``), and what to keep of each
    (``each``). The answer's body then holds, under ``key``, what was kept, as if slurmrestd had sent only that."""

    key: str
    each: Callable[[dict[str, Any]], Any]  # a record -> what to keep of it, or None to drop it
    # Called as each answer begins (a retry reads a new one from its start): what ``each`` counts starts over.
    fresh: Callable[[], None] | None = None


@dataclass(frozen=True)
class Call:
    """One HTTP request, described without doing it (the clients do the I/O)."""

    method: str
    path: str
    params: Sequence[tuple[str, str]] = ()
    json: Any = None
    kind: Kind = Kind.READ
    # A caller waiting for a listing of every job the controller holds (``jobs()``, ``find_submitted()``):
    # ``ClientConfig.listing_timeout``. A watcher's listings are not: a stalled one must not hold its waiters.
    listing: bool = False
    records: Records | None = None  # read the answer record by record, keeping what this says
    # What a plan gets instead of the body, made as the answer arrives: a watcher's cycle parses each of its
    # state answers on its own turn of the event loop, not all of them in one go (at 10,000 jobs, 40 ms
    # in which a connector replica answered nobody).
    parse: Callable[[dict[str, Any]], Any] | None = None

    @property
    def idempotent(self) -> bool:
        """May be sent again after it may have reached the server."""
        return self.kind.idempotent
