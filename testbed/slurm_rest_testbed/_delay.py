"""A network between a client and the testbed: a TCP relay that delays (and optionally rate-limits) traffic.

This kernel has no ``netem`` qdisc ("Specified qdisc kind is unknown"), so the bench's round trips are made
in user space. Every chunk read on one side is written to the other ``delay`` seconds after it arrived, in
order; with ``rate`` set, chunks also queue behind one another as on a link of that many bytes per second.
A connection's first bytes towards the server leave no earlier than one round trip after it was accepted:
the TCP handshake a real link charges every new connection (what makes SSH's session-per-action and TLS
handshakes cost). The relay listens on loopback only and forwards only to loopback or to the testbed's own
node network (``10.0.0.0/8``); it holds at most ``max_connections`` at once and stops itself after
``lifetime`` seconds, so a bench that dies leaves nothing listening for long.

It relays in a thread of the caller's process, or with ``process=True`` in a child process of its own: a
Python client timed through a relay in its own interpreter shares the GIL with it, and at a round trip of
0 ms the relay's turns then sit on the client's critical path (the bench's RTT 0 rows moved by 5-10%).
The child stops when the caller closes the proxy or dies (its end of a pipe reads EOF), or after ``lifetime``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import multiprocessing
import multiprocessing.connection
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

__all__ = ["DelayProxy", "Link"]

CHUNK = 64 * 1024  # bytes read at a time from either side
IN_FLIGHT = 256  # chunks held per direction (16 MiB: a 50 ms link's bandwidth-delay product at 300 MB/s)
ALLOWED = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("10.0.0.0/8"))  # loopback, the testbed's nodes


@dataclass(frozen=True)
class Link:
    """One direction's delay (seconds, one way) and optional rate cap (bytes per second); both ways alike."""

    delay: float = 0.0
    rate: float | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.delay <= 1.0:
            raise ValueError(f"delay must be 0..1 s one way, got {self.delay}")
        if self.rate is not None and self.rate <= 0:
            raise ValueError(f"rate must be positive (bytes/s), got {self.rate}")


_SPAWN = multiprocessing.get_context("spawn")  # a child of its own: no fork of a threaded caller


class DelayProxy:
    """``with DelayProxy(("127.0.0.1", 6820), Link(0.025)) as proxy:`` then connect to ``proxy.address``.

    Runs its own event loop in a daemon thread (``process=True``: in a child process), so synchronous and
    asynchronous clients alike can use it.
    """

    def __init__(
        self,
        target: tuple[str, int],
        link: Link,
        *,
        lifetime: float = 3600.0,
        max_connections: int = 256,
        process: bool = False,
    ) -> None:
        if not any(ipaddress.ip_address(target[0]) in net for net in ALLOWED):
            raise ValueError(f"the delay proxy forwards only to loopback or the testbed's nodes, not {target[0]}")
        self.target = target
        self.link = link
        self.lifetime = lifetime
        self.max_connections = max_connections
        self.process = process
        self._accepted = _SPAWN.Value("Q", 0)  # shared with a child process when there is one
        self._child: multiprocessing.process.BaseProcess | None = None
        self._control: multiprocessing.connection.Connection | None = None
        self._open = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop: asyncio.AbstractEventLoop | None = None  # the relay's, when it runs in a thread here
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._port = 0
        self._thread = threading.Thread(target=self._run, name="delay-proxy", daemon=True)

    @property
    def connections(self) -> int:
        """Connections accepted so far (a bench checks its client kept its connections)."""
        return int(self._accepted.value)

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self._port)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    def __enter__(self) -> DelayProxy:
        if self.process:
            self._control, theirs = _SPAWN.Pipe()
            settings = (self.target, self.link, self.lifetime, self.max_connections)
            self._child = _SPAWN.Process(
                target=_relay_process, args=(settings, self._accepted, theirs), name="delay-proxy", daemon=True
            )
            self._child.start()
            theirs.close()
            if not self._control.poll(30):
                self.close()
                raise RuntimeError("the delay proxy's process did not start")
            self._port = self._control.recv()
            return self
        self._loop = asyncio.new_event_loop()
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the delay proxy did not start")
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._child is not None:
            assert self._control is not None
            self._control.close()  # the child reads EOF and stops
            self._child.join(10)
            if self._child.is_alive():
                self._child.kill()
                self._child.join()
            return
        if self._loop is not None and self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(10)

    def _run(self) -> None:
        assert self._loop is not None
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self._port = server.sockets[0].getsockname()[1]
        self._ready.set()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._stop.wait(), self.lifetime)
        server.close()
        for writer in self._writers:  # every relay then ends on its own (a cancelled one would be logged)
            writer.transport.abort()
        relays = asyncio.all_tasks() - {asyncio.current_task()}
        if relays:
            _, stuck = await asyncio.wait(relays, timeout=5)
            for task in stuck:  # none should be: a task left pending is destroyed noisily with the loop
                task.cancel()
            await asyncio.gather(*stuck, return_exceptions=True)
        await server.wait_closed()

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        if self._open >= self.max_connections:
            client_w.close()
            return
        self._open += 1
        with self._accepted.get_lock():
            self._accepted.value += 1
        accepted = time.monotonic()
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            self._open -= 1
            client_w.close()
            return
        self._writers |= {client_w, server_w}
        try:
            # Towards the server, the first bytes wait out the handshake's round trip (SYN, SYN-ACK).
            await asyncio.gather(
                self._pipe(client_r, server_w, not_before=accepted + 2 * self.link.delay),
                self._pipe(server_r, client_w, not_before=accepted),
            )
        finally:
            self._open -= 1
            for w in (client_w, server_w):
                w.close()
                self._writers.discard(w)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, not_before: float) -> None:
        """Read as it comes, write each chunk when its delay (and the link's rate) allow, in order."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue(IN_FLIGHT)  # full: the sender waits, as TCP's

        async def read() -> None:
            with contextlib.suppress(ConnectionError, OSError):  # a reset ends this direction as EOF does
                while chunk := await reader.read(CHUNK):
                    await queue.put((max(time.monotonic(), not_before) + self.link.delay, chunk))
            await queue.put((0.0, b""))

        reading = asyncio.create_task(read())
        free = 0.0  # when the link has sent what it holds (rate cap)
        try:
            while True:
                due, chunk = await queue.get()
                if not chunk:
                    break
                if self.link.rate is not None:
                    due = max(due, free)
                    free = due + len(chunk) / self.link.rate
                    due = free  # the last byte arrives once the whole chunk crossed the link
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(chunk)
                await writer.drain()
            with contextlib.suppress(OSError):
                if writer.can_write_eof():
                    writer.write_eof()
        except (ConnectionError, OSError):
            pass
        finally:
            reading.cancel()


def _relay_process(
    settings: tuple[tuple[str, int], Link, float, int],
    accepted: Any,
    pipe: multiprocessing.connection.Connection,
) -> None:
    """A ``process=True`` proxy's child: the relay in a thread here, its port sent back, until the caller's end of
    ``pipe`` reads EOF (closed, or the caller died) or the lifetime is over."""
    target, link, lifetime, max_connections = settings
    proxy = DelayProxy(target, link, lifetime=lifetime, max_connections=max_connections)
    proxy._accepted = accepted
    with proxy:
        pipe.send(proxy.address[1])
        with contextlib.suppress(EOFError, OSError):
            pipe.poll(lifetime)
