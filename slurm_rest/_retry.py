"""Retry policies, declared once by name; a request's ``Kind`` picks its policy (``POLICY``).

``READ``       reads and plain cancels (idempotent): connection errors, timeouts, 502/503/504 and
               Slurm's transient errors, with jittered exponential backoff (0.2 s doubling to 5 s)
               until the client's deadline or 10 attempts.
``ACCOUNTING`` looking up a purged job in slurmdbd: transient failures, 3 attempts within ~1 s.
``UNSENT``     submit, signal, update (not idempotent): only failures where the request provably
               never reached slurmrestd (connect failed). Nothing that may have arrived is resent:
               a lost submit answer is resolved by looking the job up by its tag, so one
               ``submit`` call never creates two jobs, and one ``cancel(signal=...)`` one signal.

No policy retries a ``TLSError``: a refused certificate stays refused, and waiting out the deadline would
only hide the reason.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import tenacity

from ._adapters import Kind
from ._constants import (
    ACCOUNTING_ATTEMPTS,
    ACCOUNTING_MAX_WAIT,
    RETRY_ATTEMPTS,
    RETRY_INITIAL_WAIT,
    RETRY_MAX_WAIT,
)
from ._exceptions import TLSError, TransportError, UnavailableError

__all__ = ["ACCOUNTING", "POLICY", "READ", "UNSENT", "RetryPolicy", "is_transient", "is_unsent"]


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, (TransportError, UnavailableError)) and not isinstance(exc, TLSError)


def is_unsent(exc: BaseException) -> bool:
    return isinstance(exc, TransportError) and not exc.sent and not isinstance(exc, TLSError)


# Newer tenacity renamed wait_exponential_jitter's ``initial`` to ``multiplier`` and warns on the old name
# (on every request here); 8.x knows only ``initial``.
_FIRST_WAIT = ("multiplier" if "multiplier" in inspect.signature(tenacity.wait_exponential_jitter).parameters
               else "initial")


@dataclass(frozen=True)
class RetryPolicy:
    name: str
    retry_on: Callable[[BaseException], bool]
    initial: float = RETRY_INITIAL_WAIT
    max_wait: float = RETRY_MAX_WAIT
    attempts: int = RETRY_ATTEMPTS

    def sync(self, deadline: float) -> tenacity.Retrying:
        return tenacity.Retrying(**_strategies(self, deadline))

    def asyncio(self, deadline: float) -> tenacity.AsyncRetrying:
        return tenacity.AsyncRetrying(**_strategies(self, deadline))


@functools.lru_cache(maxsize=64)
def _strategies(policy: RetryPolicy, deadline: float) -> Mapping[str, Any]:
    """A policy's tenacity strategies, built once per deadline rather than on every request: they
    hold no state (the ``Retrying`` made for each call does)."""
    return MappingProxyType({
        "retry": tenacity.retry_if_exception(policy.retry_on),
        "wait": tenacity.wait_exponential_jitter(max=policy.max_wait, **{_FIRST_WAIT: policy.initial}),
        "stop": tenacity.stop_after_delay(deadline) | tenacity.stop_after_attempt(policy.attempts),
        "reraise": True,
    })


READ = RetryPolicy("read", is_transient)
UNSENT = RetryPolicy("unsent", is_unsent)
# Accounting lookups of purged jobs: a blip is retried briefly; a down slurmdbd (502) is an answer.
ACCOUNTING = RetryPolicy("accounting", is_transient, max_wait=ACCOUNTING_MAX_WAIT, attempts=ACCOUNTING_ATTEMPTS)

POLICY = {
    Kind.READ: READ,
    Kind.CANCEL: READ,
    Kind.ACCOUNTING: ACCOUNTING,
    Kind.SUBMIT: UNSENT,
    Kind.SIGNAL: UNSENT,
    Kind.UPDATE: UNSENT,
}
