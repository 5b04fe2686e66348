"""Connection reuse: httpx's transport over a pool that keeps ``idle_connections`` *idle* connections.

httpcore's pool (1.0.3 … 1.0.9) compares ``max_keepalive_connections`` with every connection it holds, busy
ones too (encode/httpcore#1000), so past that many requests at once it closed each connection as its answer
was read and opened a new one for the next request: 56 to 60 connections for 60 reads sent 20 at a time, each
a round trip more (and a TLS handshake through a proxy; across 50 ms those reads took 417 ms, now 330).
``AsyncPool``/``Pool`` close only idle connections that no request holds or waits for (in httpcore's queue
or at the client's pace, ``Pace.upcoming``), the oldest past the limit: a burst reuses its connections, and
``idle_connections`` stay open after it.

Each kept connection holds one of slurmrestd's ``--max-connections`` places, and a connection past that cap
waits unaccepted in the kernel's backlog, its request unread, until one closes. A new connection is the only
kind that can wait so (a kept one was accepted long ago): when one has not answered its first request within
``UNANSWERED`` seconds, every pool of the process closes its idle connections to that slurmrestd (again each
``UNANSWERED`` while it waits), so that slurmrestd accepts it. Without that, a client whose kept connections,
or another client's in the process (a connector's two SDKs), filled the cap waited out its read timeout (30 s)
after every burst wider than the cap. Other processes' connections it cannot free.

Where httpcore's pool lacks the internals this step reads (``_connections``, ``_requests``), the stock pool
runs with the limit as before.

At every assignment httpcore asks each idle connection whether its socket is readable (closed by the
server). Through anyio each such question builds a dict of the socket's attributes: with 8 kept connections
that was ~18% of an async request's client CPU. ``AsyncPool``'s streams (``_Stream``) look the socket up once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import select
import ssl
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import httpcore
import httpx

from ._config import ClientConfig
from ._constants import UNANSWERED

__all__ = ["AsyncPool", "Pool", "async_transport", "surplus", "sync_transport"]

_log = logging.getLogger("slurm_rest.http")


def _free(connections: Sequence[Any], requests: Sequence[Any]) -> list[Any]:
    """The idle connections no request holds (one assigned but not yet sent on is idle too), oldest first."""
    held = {id(r.connection) for r in requests if r.connection is not None}
    return [c for c in connections if c.is_idle() and id(c) not in held]


def surplus(connections: Sequence[Any], requests: Sequence[Any], keep: int) -> list[Any]:
    """The idle connections to close: the oldest of those no request holds, past ``keep`` (the limit plus the
    requests about to be sent at the pace) and one for each request in httpcore's queue (it takes one at once)."""
    free = _free(connections, requests)
    queued = sum(r.connection is None for r in requests)
    return free[: max(0, len(free) - keep - queued)]


class _KeepIdle:
    """What both pools share: before httpcore's own assignment (whose keep-alive limit is the pool's size, so
    its miscount never closes a connection) close the surplus; watch each new connection for its first answer.
    A pool says how to run a callback later and how to close connections outside an assignment."""

    _connections: list[Any]
    _requests: list[Any]
    _optional_thread_lock: Any

    def __init__(self, keep_idle: int, upcoming: Callable[[], int], **settings: Any) -> None:
        super().__init__(**settings)
        self._keep_idle, self._upcoming = keep_idle, upcoming
        self._unanswered: dict[Any, httpcore.Origin] = {}  # new connections yet to answer, to their origin
        with _POOLS_GUARD:
            _POOLS.add(self)

    def _assign_requests_to_connections(self) -> list[Any]:
        if self._unanswered:
            for connection in [c for c in self._unanswered if c.is_idle() or c.is_closed()]:
                del self._unanswered[connection]  # answered (idle here before it takes its next request) or gone
        closing: list[Any] = []
        if len(self._connections) > self._keep_idle:  # else none is surplus (every request's lookup skipped)
            closing = surplus(self._connections, self._requests, self._keep_idle + self._upcoming())
            for connection in closing:
                self._connections.remove(connection)
        assigned: list[Any] = super()._assign_requests_to_connections()  # type: ignore[misc]
        return closing + assigned

    def create_connection(self, origin: httpcore.Origin) -> Any:
        connection = super().create_connection(origin)  # type: ignore[misc]
        self._unanswered[connection] = origin
        self._later(lambda: self._still_unanswered(connection))
        return connection

    def _still_unanswered(self, connection: Any) -> None:
        """``UNANSWERED`` seconds after ``connection`` was made, and each ``UNANSWERED`` after: while it waits
        for its first answer (unaccepted, or slurmrestd is slow: either way an idle connection frees a place),
        every pool of this process closes its idle connections to that slurmrestd (another client's, a
        connector's other SDK, may be what holds the places)."""
        with self._optional_thread_lock:  # the sync pool's assignments read the same dict in other threads
            origin = self._unanswered.get(connection)
            if origin is None:
                return
            if connection.is_idle() or connection.is_closed() or connection not in self._connections:
                del self._unanswered[connection]
                return
        _log.debug(
            "a new connection to %s unanswered for %.1f s: closing idle ones (slurmrestd at its --max-connections?)",
            origin,
            UNANSWERED,
        )
        with _POOLS_GUARD:
            pools = list(_POOLS)
        for pool in pools:
            pool._free_places(origin)
        self._later(lambda: self._still_unanswered(connection))

    def _shed(self, origin: httpcore.Origin) -> None:
        """Close the idle connections to ``origin`` that no request holds (in this pool's own thread or loop)."""
        with self._optional_thread_lock:
            closing = [c for c in _free(self._connections, self._requests) if c.can_handle_request(origin)]
            for connection in closing:
                self._connections.remove(connection)
        if closing:
            self._close(closing)

    def _free_places(self, origin: httpcore.Origin) -> None:
        """``_shed``, from any thread."""
        raise NotImplementedError

    def _later(self, then: Callable[[], None]) -> None:
        raise NotImplementedError

    def _close(self, connections: list[Any]) -> None:
        raise NotImplementedError


def _readable(sock: Any) -> bool:
    """Whether ``sock`` has something to read (the server closed it), without reading: httpcore's own check,
    where a socket gone or closed (no file descriptor) counts as readable."""
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True
    if not hasattr(select, "poll"):  # Windows
        return bool(select.select([fd], [], [], 0)[0])
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


class _Stream(httpcore.AsyncNetworkStream):
    """anyio's stream as httpcore makes it, answering ``is_readable`` from the socket it looked up once."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._socket = stream.get_extra_info("socket")  # a TLS stream's is its TCP stream's

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _Stream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # a closed socket's fileno is -1: readable, as httpcore's own check says
            return _readable(self._socket)
        return self._stream.get_extra_info(info)


class _Backend(httpcore.AnyIOBackend):
    """httpcore's asyncio backend, its streams wrapped in ``_Stream``."""

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        return _Stream(await super().connect_tcp(*args, **kwargs))

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        return _Stream(await super().connect_unix_socket(*args, **kwargs))


_POOLS: weakref.WeakSet[_KeepIdle] = weakref.WeakSet()  # every pool of this process, for _still_unanswered
_POOLS_GUARD = threading.Lock()  # pools are made in one thread while a timer thread lists them


class AsyncPool(_KeepIdle, httpcore.AsyncConnectionPool):
    """httpcore's async pool, keeping ``keep_idle`` idle connections; callbacks on its event loop."""

    def __init__(self, keep_idle: int, upcoming: Callable[[], int], **settings: Any) -> None:
        super().__init__(keep_idle, upcoming, **{"network_backend": _Backend(), **settings})
        self._closing: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop its connections live on, once made

    def create_connection(self, origin: httpcore.Origin) -> Any:
        self._loop = asyncio.get_running_loop()
        return super().create_connection(origin)

    def _free_places(self, origin: httpcore.Origin) -> None:
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # its loop is closed: so are its connections
                self._loop.call_soon_threadsafe(self._shed, origin)

    def _later(self, then: Callable[[], None]) -> None:
        asyncio.get_running_loop().call_later(UNANSWERED, then)

    def _close(self, connections: list[Any]) -> None:
        task = asyncio.get_running_loop().create_task(self._close_connections(connections))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)


class Pool(_KeepIdle, httpcore.ConnectionPool):
    """httpcore's sync pool, keeping ``keep_idle`` idle connections; callbacks on a timer thread."""

    def _free_places(self, origin: httpcore.Origin) -> None:
        self._shed(origin)  # its lock is a thread lock

    def _later(self, then: Callable[[], None]) -> None:
        timer = threading.Timer(UNANSWERED, then)
        timer.daemon = True
        timer.start()

    def _close(self, connections: list[Any]) -> None:
        self._close_connections(connections)


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
