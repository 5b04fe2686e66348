"""Connection reuse: httpx's transport over a pool that keeps ``idle_connections`` *idle* connections.

httpcore's pool (1.0.3 … 1.0.9) compares ``max_keepalive_connections`` with every connection it holds, busy
ones too (encode/httpcore#1000), so past that many requests at once it closed each connection as its answer
was read and opened a new one for the next request: 56 to 60 connections for 60 reads sent 20 at a time, each
a round trip more (and a TLS handshake through a proxy; across 50 ms those reads took 417 ms, now 330).
``AsyncPool``/``Pool`` close only idle connections that no request holds or waits for (in httpcore's queue
or at the client's pace, ``Pace.upcoming``), the oldest past the limit: a burst reuses its connections, and
``idle_connections`` stay open after it (why so few: ``IDLE_CONNECTIONS``).

Where httpcore's pool lacks the internals this step reads (``_connections``, ``_requests``), the stock pool
runs with the limit as before.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import httpcore
import httpx

from ._config import ClientConfig

__all__ = ["AsyncPool", "Pool", "async_transport", "surplus", "sync_transport"]


def surplus(connections: Sequence[Any], requests: Sequence[Any], keep: int) -> list[Any]:
    """The idle connections to close: the oldest of those no request holds, past ``keep`` (the limit plus the
    requests about to be sent at the pace) and one for each request in httpcore's queue (it takes one at once)."""
    held = {id(r.connection) for r in requests if r.connection is not None}
    queued = sum(r.connection is None for r in requests)
    free = [c for c in connections if c.is_idle() and id(c) not in held]
    return free[: max(0, len(free) - keep - queued)]


class _KeepIdle:
    """The step both pools share (it does no I/O): close the surplus, then httpcore's own assignment, whose
    keep-alive limit is the pool's size and so never closes a connection by its miscount."""

    _connections: list[Any]
    _requests: list[Any]

    def __init__(self, keep_idle: int, upcoming: Callable[[], int], **settings: Any) -> None:
        super().__init__(**settings)
        self._keep_idle, self._upcoming = keep_idle, upcoming

    def _assign_requests_to_connections(self) -> list[Any]:
        closing = surplus(self._connections, self._requests, self._keep_idle + self._upcoming())
        for connection in closing:
            self._connections.remove(connection)
        assigned: list[Any] = super()._assign_requests_to_connections()  # type: ignore[misc]
        return closing + assigned


class AsyncPool(_KeepIdle, httpcore.AsyncConnectionPool):
    """httpcore's async pool, keeping ``keep_idle`` idle connections."""


class Pool(_KeepIdle, httpcore.ConnectionPool):
    """httpcore's sync pool, keeping ``keep_idle`` idle connections."""


_T = TypeVar("_T", httpx.AsyncHTTPTransport, httpx.HTTPTransport)


def _fits(ours: type[_KeepIdle]) -> bool:
    """Whether this httpcore's pool keeps the lists ``_KeepIdle`` reads (1.0.3+): a probe, made with no I/O."""
    probe = ours(0, int)
    return isinstance(getattr(probe, "_connections", None), list) and isinstance(
        getattr(probe, "_requests", None), list
    )


def _transport(
    kind: type[_T],
    ours: type[_KeepIdle],
    config: ClientConfig,
    verify: bool | ssl.SSLContext,
    upcoming: Callable[[], int],
) -> _T:
    ssl_context = httpx.create_ssl_context(verify=verify)
    idle = config.idle_connections or 0
    if not _fits(ours):
        return kind(
            verify=ssl_context,
            limits=httpx.Limits(max_connections=config.max_connections, max_keepalive_connections=idle),
        )
    limits = httpx.Limits(max_connections=config.max_connections, max_keepalive_connections=config.max_connections)
    transport = kind(verify=ssl_context, limits=limits)
    transport._pool = ours(  # type: ignore[assignment]  # httpx has no public way to choose its pool
        idle,
        upcoming,
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
    )
    return transport


def async_transport(
    config: ClientConfig, verify: bool | ssl.SSLContext, upcoming: Callable[[], int]
) -> httpx.AsyncHTTPTransport:
    """httpx's network transport for ``config``, over ``AsyncPool``: ``verify`` as ``tls_verify`` made it,
    ``upcoming`` how many requests are about to be sent (``Pace.upcoming``), each kept an idle connection."""
    return _transport(httpx.AsyncHTTPTransport, AsyncPool, config, verify, upcoming)


def sync_transport(
    config: ClientConfig, verify: bool | ssl.SSLContext, upcoming: Callable[[], int]
) -> httpx.HTTPTransport:
    """The same as ``async_transport``, over ``Pool``."""
    return _transport(httpx.HTTPTransport, Pool, config, verify, upcoming)
