"""Retry policies, declared once by name; a request's ``RequestKind`` picks its policy (``RETRY_POLICIES``).

``RETRY_READ``       reads and plain cancels (idempotent): connection errors, timeouts, 502/503/504 and
                     Slurm's transient errors (``is_transient``), with jittered exponential backoff (0.2 s
                     doubling to 5 s) until the client's deadline or 10 attempts.
``RETRY_ACCOUNTING`` looking up a purged job in slurmdbd: transient failures, 3 attempts within ~1 s.
``RETRY_UNSENT``     submit, signal, update (not idempotent): only failures where the request provably had no
                     effect (``is_unsent``: connecting failed, or only a standby controller answered during a
                     failover). Nothing that may have arrived is resent: a lost submit answer is resolved by
                     looking the job up by its tag, so one ``submit`` call never creates two jobs, and one
                     ``cancel(signal=...)`` one signal.

No policy retries a ``TLSError``: a refused certificate stays refused, and waiting out the deadline would
only hide the reason.

A client's own strategies (``ClientConfig.retries``: ``RetryStrategies`` per kind) go over its kind's
policy: ``wait`` and ``before_sleep`` replace and add, ``stop`` ends retries earlier or later (the client's
``retry_deadline`` still ends them), and ``retry`` only narrows: a request is tried again when its policy's
predicate *and* the user's agree, so no user strategy resends a submit, signal or update that may have
arrived. ``Retries`` builds those per client, logs every retry and give-up (logger ``slurm_rest.retries``)
and counts them (``RequestStats``).
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import tenacity

from ._call import Kind
from ._constants import (
    ACCOUNTING_ATTEMPTS,
    ACCOUNTING_MAX_WAIT,
    RETRY_ATTEMPTS,
    RETRY_INITIAL_WAIT,
    RETRY_MAX_WAIT,
    STANDBY_ERRNOS,
)
from ._exceptions import ConfigError, TLSError, TransportError, UnavailableError

__all__ = [
    "RETRY_ACCOUNTING",
    "RETRY_POLICIES",
    "RETRY_READ",
    "RETRY_UNSENT",
    "RequestStats",
    "Retries",
    "RetryPolicy",
    "RetryStrategies",
    "is_transient",
    "is_unsent",
    "strategies_by_kind",
]

log = logging.getLogger("slurm_rest.retries")

#: A tenacity strategy is called with the retry state: ``retry``/``stop`` answer yes or no, ``wait`` seconds.
Decision = Callable[[tenacity.RetryCallState], bool]
Wait = Callable[[tenacity.RetryCallState], float]
Hook = Callable[[tenacity.RetryCallState], object]


def is_transient(exc: BaseException) -> bool:
    """Worth another try for a request that may be sent twice: the connection failed or broke, it timed out,
    or slurmrestd or slurmctld answered busy/unreachable (502/503/504, Slurm's transient errnos). Never a
    ``TLSError``."""
    return isinstance(exc, (TransportError, UnavailableError)) and not isinstance(exc, TLSError)


def is_unsent(exc: BaseException) -> bool:
    """The request provably had no effect, so it is safe to send again whatever it does: it never reached
    slurmrestd (connecting failed), or only a standby controller saw it (``STANDBY_ERRNOS``: the primary is
    gone and the backup has not taken over yet). Never a ``TLSError``."""
    if isinstance(exc, TransportError):
        return not exc.sent and not isinstance(exc, TLSError)
    return isinstance(exc, UnavailableError) and bool(exc.error_numbers) and set(exc.error_numbers) <= STANDBY_ERRNOS


# Newer tenacity renamed wait_exponential_jitter's ``initial`` to ``multiplier`` and warns on the old name
# (on every request here); 8.x knows only ``initial``.
_FIRST_WAIT = (
    "multiplier" if "multiplier" in inspect.signature(tenacity.wait_exponential_jitter).parameters else "initial"
)


@dataclass(frozen=True)
class RetryPolicy:
    """One named retry policy: what is retried (``retry_on``) and how patiently. ``strategies(deadline)``
    gives its tenacity keyword arguments, to build one's own ``tenacity.Retrying`` on."""

    name: str
    retry_on: Callable[[BaseException], bool]
    initial: float = RETRY_INITIAL_WAIT
    max_wait: float = RETRY_MAX_WAIT
    attempts: int = RETRY_ATTEMPTS

    def strategies(self, deadline: float) -> Mapping[str, Any]:
        """``retry``, ``wait``, ``stop`` (``deadline`` seconds or the attempt limit) and ``reraise=True``."""
        return _strategies(self, deadline)

    def sync(self, deadline: float) -> tenacity.Retrying:
        """A tenacity ``Retrying`` under this policy, for your own blocking operations."""
        return tenacity.Retrying(**_strategies(self, deadline))

    def asyncio(self, deadline: float) -> tenacity.AsyncRetrying:
        """A tenacity ``AsyncRetrying`` under this policy, for your own coroutines."""
        return tenacity.AsyncRetrying(**_strategies(self, deadline))


@functools.lru_cache(maxsize=64)
def _strategies(policy: RetryPolicy, deadline: float) -> Mapping[str, Any]:
    """A policy's tenacity strategies, built once per deadline rather than on every request: they
    hold no state (the ``Retrying`` made for each call does)."""
    return MappingProxyType(
        {
            "retry": tenacity.retry_if_exception(policy.retry_on),
            "wait": tenacity.wait_exponential_jitter(max=policy.max_wait, **{_FIRST_WAIT: policy.initial}),
            "stop": tenacity.stop_after_delay(deadline) | tenacity.stop_after_attempt(policy.attempts),
            "reraise": True,
        }
    )


RETRY_READ = RetryPolicy("read", is_transient)
"""Reads and plain cancels: what ``is_transient`` accepts, jittered back-off from 0.2 s doubling to 5 s, 10 attempts."""
RETRY_UNSENT = RetryPolicy("unsent", is_unsent)
"""Submit, signal and update: only what ``is_unsent`` accepts (the request provably never left)."""
# Accounting lookups of purged jobs: a blip is retried briefly; a down slurmdbd (502) is an answer.
RETRY_ACCOUNTING = RetryPolicy("accounting", is_transient, max_wait=ACCOUNTING_MAX_WAIT, attempts=ACCOUNTING_ATTEMPTS)
"""slurmdbd look-ups of purged jobs: a transient failure is retried briefly (3 quick attempts)."""

RETRY_POLICIES: Mapping[Kind, RetryPolicy] = MappingProxyType(
    {
        Kind.READ: RETRY_READ,
        Kind.CANCEL: RETRY_READ,
        Kind.ACCOUNTING: RETRY_ACCOUNTING,
        Kind.SUBMIT: RETRY_UNSENT,
        Kind.SIGNAL: RETRY_UNSENT,
        Kind.UPDATE: RETRY_UNSENT,
    }
)
"""The policy each ``RequestKind`` is sent under; ``ClientConfig.retries`` adds your strategies over them."""


@dataclass(frozen=True, kw_only=True)
class RetryStrategies:
    """A user's tenacity strategies for one kind of request, over its policy; None keeps the policy's own.

    ``wait``: the pause before each retry (``tenacity.wait_fixed(1)`` …). ``stop``: when to give up
    (``tenacity.stop_after_attempt(20)`` …); the client's ``retry_deadline`` ends retries too. ``retry``:
    narrows the policy's predicate (both must agree), so it can never make a submit, signal or update that
    may have arrived be sent again. ``before_sleep``: called before each pause, after the client has logged
    and counted the retry (a plain function, also for the async client).
    """

    wait: Wait | None = None
    stop: Decision | None = None
    retry: Decision | None = None
    before_sleep: Hook | None = None


def strategies_by_kind(
    given: RetryStrategies | Mapping[Kind | str, RetryStrategies] | None,
) -> Mapping[Kind, RetryStrategies]:
    """``ClientConfig.retries`` as a read-only table: one ``RetryStrategies`` for every kind, or a mapping
    from kinds (``RequestKind.SUBMIT`` or ``"submit"``) to theirs."""
    if given is None:
        return MappingProxyType({})
    if isinstance(given, RetryStrategies):
        return MappingProxyType(dict.fromkeys(Kind, given))
    table: dict[Kind, RetryStrategies] = {}
    for key, strategies in given.items():
        try:
            kind = Kind(key)
        except ValueError:
            raise ConfigError(f"retries: no request kind {key!r} (kinds: {', '.join(k.value for k in Kind)})") from None
        if not isinstance(strategies, RetryStrategies):
            raise ConfigError(f"retries[{kind.value!r}] must be RetryStrategies, got {type(strategies).__name__}")
        table[kind] = strategies
    return MappingProxyType(table)


@dataclass(frozen=True)
class RequestStats:
    """A client's request counters at one moment (``client.stats``).

    ``requests``: exchanges started with slurmrestd, retries included. ``retries``: requests sent again
    after a failure, per kind. ``waited``: seconds paused before those retries, in total. ``gave_up``:
    requests whose retries ended (deadline, attempt limit or the user's ``stop``) on a failure still worth
    retrying, per kind. ``slowdowns``: times slow answers halved the requests this client keeps in flight;
    ``pace``: how many it allows now (``max_connections`` when slurmrestd is quick).
    """

    requests: int
    retries: Mapping[Kind, int]
    waited: float
    gave_up: Mapping[Kind, int]
    slowdowns: int = 0
    pace: int = 0

    @property
    def total_retries(self) -> int:
        """Retries of every kind, summed."""
        return sum(self.retries.values())


class Retries:
    """A client's retrying: per kind, its policy with the user's strategies over it (built once), and the
    counters every request, retry and give-up bumps (under a lock: a sync client is shared by threads)."""

    def __init__(self, strategies: Mapping[Kind, RetryStrategies], deadline: float) -> None:
        self._lock = threading.Lock()
        self._requests = 0
        self._retries = dict.fromkeys(Kind, 0)
        self._gave_up = dict.fromkeys(Kind, 0)
        self._waited = 0.0
        self._kwargs = MappingProxyType(
            {kind: self._build(kind, policy, strategies.get(kind), deadline) for kind, policy in RETRY_POLICIES.items()}
        )

    def _build(
        self, kind: Kind, policy: RetryPolicy, user: RetryStrategies | None, deadline: float
    ) -> Mapping[str, Any]:
        own = _strategies(policy, deadline)
        user = user or RetryStrategies()
        return MappingProxyType(
            {
                "retry": own["retry"] if user.retry is None else tenacity.retry_all(own["retry"], user.retry),
                "wait": own["wait"] if user.wait is None else user.wait,
                "stop": own["stop"]
                if user.stop is None
                else functools.partial(_either, tenacity.stop_after_delay(deadline), user.stop),
                "before_sleep": functools.partial(self._retrying, kind, user.before_sleep),
                "retry_error_callback": functools.partial(self._giving_up, kind),
                "reraise": True,
            }
        )

    def sync(self, kind: Kind) -> tenacity.Retrying:
        return tenacity.Retrying(**self._kwargs[kind])

    def asyncio(self, kind: Kind) -> tenacity.AsyncRetrying:
        return tenacity.AsyncRetrying(**self._kwargs[kind])

    def sent(self) -> None:
        with self._lock:
            self._requests += 1

    def _retrying(self, kind: Kind, then: Hook | None, state: tenacity.RetryCallState) -> None:
        pause = state.next_action.sleep if state.next_action is not None else 0.0
        with self._lock:
            self._retries[kind] += 1
            self._waited += pause
        log.warning(
            "retrying %s request in %.2f s (attempt %d failed): %s",
            kind.value,
            pause,
            state.attempt_number,
            _failure(state),
        )
        if then is not None:
            then(state)

    def _giving_up(self, kind: Kind, state: tenacity.RetryCallState) -> Any:
        with self._lock:
            self._gave_up[kind] += 1
        log.warning(
            "gave up on %s request after %d attempts in %.1f s: %s",
            kind.value,
            state.attempt_number,
            state.seconds_since_start or 0.0,
            _failure(state),
        )
        assert state.outcome is not None
        return state.outcome.result()  # raises the last failure, as reraise=True does

    def stats(self) -> RequestStats:
        with self._lock:
            return RequestStats(
                self._requests,
                MappingProxyType(dict(self._retries)),
                self._waited,
                MappingProxyType(dict(self._gave_up)),
            )


def _either(first: Decision, second: Decision, state: tenacity.RetryCallState) -> bool:
    return first(state) or second(state)


def _failure(state: tenacity.RetryCallState) -> str:
    exc = state.outcome.exception() if state.outcome is not None else None
    return f"{type(exc).__name__}: {exc}" if exc is not None else "no answer"
