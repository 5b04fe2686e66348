"""The bench's user-space network (slurm_rest_testbed.DelayProxy) on loopback: what it delays, that it keeps
every byte in order, that it is bounded and stops itself. Only lower bounds on time are asserted: a busy
machine can make a relay slower, never faster."""

from __future__ import annotations

import os
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Iterator

import pytest

from slurm_rest_testbed import DelayProxy, Link

DELAY = 0.05  # seconds one way


class _Echo(socketserver.BaseRequestHandler):
    ended = threading.Semaphore(0)  # released as each connection's handler returns

    def handle(self) -> None:
        try:
            while data := self.request.recv(65536):
                self.request.sendall(data)
        finally:
            _Echo.ended.release()


@pytest.fixture
def echo() -> Iterator[tuple[str, int]]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[0], server.server_address[1]
    server.shutdown()
    server.server_close()


def _exchange(sock: socket.socket, payload: bytes) -> bytes:
    sock.sendall(payload)
    got = b""
    while len(got) < len(payload):
        chunk = sock.recv(1 << 20)
        assert chunk, "the relay closed the connection early"
        got += chunk
    return got


def test_a_new_connection_pays_the_handshake_and_each_exchange_a_round_trip(echo: tuple[str, int]) -> None:
    with DelayProxy(echo, Link(DELAY)) as proxy, socket.create_connection(proxy.address) as sock:
        t0 = time.monotonic()
        assert _exchange(sock, b"ping") == b"ping"
        first = time.monotonic() - t0
        t1 = time.monotonic()
        assert _exchange(sock, b"again") == b"again"
        again = time.monotonic() - t1
    assert first >= 4 * DELAY * 0.99  # handshake round trip, then the request's
    assert again >= 2 * DELAY * 0.99 and proxy.connections == 1


def test_every_byte_arrives_in_order(echo: tuple[str, int]) -> None:
    payload = os.urandom(5 << 20)
    with DelayProxy(echo, Link(0.005)) as proxy, socket.create_connection(proxy.address) as sock:
        done: list[bytes] = []
        reader = threading.Thread(target=lambda: done.append(_read(sock, len(payload))))
        reader.start()
        sock.sendall(payload)
        reader.join(60)
    assert done == [payload]


def _read(sock: socket.socket, size: int) -> bytes:
    parts, got = [], 0
    while got < size:
        chunk = sock.recv(1 << 20)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def test_a_rate_cap_paces_the_bytes(echo: tuple[str, int]) -> None:
    size, rate = 1 << 20, 8 << 20  # 1 MiB at 8 MiB/s: >= 1/8 s (the echo's two directions overlap)
    with DelayProxy(echo, Link(0.0, rate)) as proxy, socket.create_connection(proxy.address) as sock:
        payload = os.urandom(size)
        t0 = time.monotonic()
        reader = threading.Thread(target=lambda: _read(sock, size))
        reader.start()
        sock.sendall(payload)
        reader.join(60)
        took = time.monotonic() - t0
    assert took >= size / rate * 0.95


def test_it_is_bounded_and_stops_itself(echo: tuple[str, int]) -> None:
    with DelayProxy(echo, Link(), max_connections=1) as proxy, socket.create_connection(proxy.address) as held:
        assert _exchange(held, b"x") == b"x"
        with socket.create_connection(proxy.address) as refused:
            refused.settimeout(5)
            assert refused.recv(1) == b""  # closed at once: one connection at a time
    with DelayProxy(echo, Link(), lifetime=0.2) as proxy:
        time.sleep(0.5)
        with pytest.raises(OSError):
            socket.create_connection(proxy.address, timeout=2)


def test_a_reset_connection_ends_its_relay(echo: tuple[str, int]) -> None:
    """A client that resets (RST, not FIN) makes the relay close its server side too: a reading direction
    that fails ends as EOF does, instead of leaving its writer waiting for a chunk that never comes."""
    while _Echo.ended.acquire(blocking=False):
        pass
    with DelayProxy(echo, Link()) as proxy:
        sock = socket.create_connection(proxy.address)
        assert _exchange(sock, b"x") == b"x"
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # linger 0: the kernel sends RST
        assert _Echo.ended.acquire(timeout=10), "the relay kept the server's connection after the client's reset"


def test_in_a_process_of_its_own_it_delays_counts_and_is_gone_when_closed(echo: tuple[str, int]) -> None:
    """``process=True``: the relay in a child (no GIL shared with the client it times): the same round trips,
    its connections counted here, and nothing left listening or running once it is closed."""
    with DelayProxy(echo, Link(DELAY), process=True) as proxy:
        child = proxy._child
        assert child is not None and child.is_alive() and proxy.connections == 0
        with socket.create_connection(proxy.address) as sock:
            _exchange(sock, b"warm")
            t0 = time.monotonic()
            assert _exchange(sock, b"again") == b"again"
            assert time.monotonic() - t0 >= 2 * DELAY
        with socket.create_connection(proxy.address) as sock:
            assert _exchange(sock, b"x") == b"x"
        assert proxy.connections == 2
    assert not child.is_alive()
    with pytest.raises(OSError):
        socket.create_connection(proxy.address, timeout=2)
    with DelayProxy(echo, Link(), lifetime=0.5, process=True) as proxy:  # it stops itself too
        proxy._child.join(10)  # type: ignore[union-attr]
        assert not proxy._child.is_alive()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("target", "link", "says"),
    [
        (("192.168.1.5", 22), Link(), "only to loopback or the testbed's nodes"),
        (("8.8.8.8", 443), Link(), "only to loopback or the testbed's nodes"),
    ],
)
def test_it_forwards_only_to_the_testbed(target: tuple[str, int], link: Link, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        DelayProxy(target, link)


@pytest.mark.parametrize(("delay", "rate", "says"), [(2.0, None, "0..1 s"), (-1.0, None, "0..1 s"), (0, 0, "positive")])
def test_a_link_is_checked(delay: float, rate: float | None, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        Link(delay, rate)
