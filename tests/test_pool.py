"""Connection reuse (``slurm_rest/_pool.py``): a burst wider than ``idle_connections`` reuses its connections,
and no more than ``idle_connections`` stay open after it, on both clients as users build them, over a real
socket that keeps connections alive as slurmrestd does (httpcore 1.0.9 alone opened one per request past 4);
where those kept fill slurmrestd's ``--max-connections``, a new connection left unaccepted gets in after
``UNANSWERED``, not after the read timeout."""

from __future__ import annotations

import asyncio
import ssl
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpcore
import pytest

from slurm_rest import AsyncSlurmClient, ClientConfig, SlurmClient, _pool
from slurm_rest._constants import IDLE_CONNECTIONS, UNANSWERED
from slurm_rest._pool import AsyncPool, Pool, surplus
from slurm_rest_testbed import _tls

from .fake_slurmrestd import FakeSlurmrestd

HOLD = 0.05  # each job read is held at the fake, so a burst's reads overlap
# Connections 60 reads 20 at a time open at most: 20, and a few more where a loaded machine's caller had not
# come back for its next read when the others' connections fell idle (httpcore's pool alone: 57-60).
OPENED = 30


@dataclass
class Conn:
    idle: bool

    def is_idle(self) -> bool:
        return self.idle


@dataclass
class Req:
    connection: Conn | None


def test_the_surplus_is_the_oldest_idle_connections_no_request_holds_or_waits_for() -> None:
    a, b, c, d, e = Conn(True), Conn(True), Conn(False), Conn(True), Conn(True)
    assert surplus([a, b, c, d, e], [Req(c)], 2) == [a, b]  # 4 idle, keep 2: the oldest two
    assert surplus([a, b, c, d, e], [Req(c), Req(a)], 2) == [b]  # a is assigned (not yet started): held
    assert surplus([a, b, c, d, e], [Req(None)], 2) == [a]  # one queued request takes an idle one
    assert surplus([a, b, c, d, e], [Req(None)] * 5, 2) == []
    assert surplus([a, b, d, e], [], 4) == [] and surplus([a, b], [], 0) == [a, b] and surplus([c], [], 0) == []


def _fake() -> tuple[FakeSlurmrestd, int]:
    fake = FakeSlurmrestd("24.11")
    job = fake.add_job(state="RUNNING").job_id
    fake.delays = {"job": HOLD}
    return fake, job


def _open(client: Any) -> list[Any]:
    return list(client._http._transport._pool.connections)


def test_a_sync_burst_reuses_its_connections_and_keeps_four() -> None:
    fake, job = _fake()
    with (
        fake.http_server(keep_alive=True) as url,
        SlurmClient(url=url, user="alice", token="t", idle_connections=4) as c,
    ):
        assert isinstance(c._http._transport._pool, Pool)
        with ThreadPoolExecutor(20) as threads:
            assert {j.job_id for j in threads.map(lambda _: c.get_job(job), range(60))} == {job}
            assert fake.connections <= OPENED, fake.connections
            assert len(_open(c)) == 4 and all(conn.is_idle() for conn in _open(c))
            before = fake.connections
            assert len(list(threads.map(lambda _: c.get_job(job), range(4)))) == 4
            assert fake.connections == before  # the 4 kept served the next reads
            list(threads.map(lambda _: c.get_job(job), range(8)))
            assert fake.connections <= before + 4 and len(_open(c)) == 4


async def test_an_async_burst_reuses_its_connections_and_keeps_four() -> None:
    fake, job = _fake()
    with fake.http_server(keep_alive=True) as url:
        async with AsyncSlurmClient(url=url, user="alice", token="t", idle_connections=4) as c:
            assert isinstance(c._http._transport._pool, AsyncPool)
            await asyncio.gather(*(c.get_job(job) for _ in range(60)))
            assert fake.connections <= OPENED, fake.connections
            assert len(_open(c)) == 4
            before = fake.connections
            await asyncio.gather(*(c.get_job(job) for _ in range(4)))
            assert fake.connections == before
            await asyncio.gather(*(c.get_job(job) for _ in range(8)))
            assert fake.connections == before + 4 and len(_open(c)) == 4


async def test_idle_connections_sets_how_many_stay_open() -> None:
    fake, job = _fake()
    assert ClientConfig(url="http://h:1", user="u", token="t").idle_connections == IDLE_CONNECTIONS == 8
    with fake.http_server(keep_alive=True) as url:
        async with AsyncSlurmClient(url=url, user="alice", token="t") as c:
            for _ in range(3):  # rounds of 8, by default: one set of connections serves them all
                await asyncio.gather(*(c.get_job(job) for _ in range(8)))
            assert fake.connections == 8 and len(_open(c)) == 8
        async with AsyncSlurmClient(url=url, user="alice", token="t", idle_connections=0) as c:
            await c.get_job(job)
            await c.get_job(job)
            assert _open(c) == []


CAP = 6  # the fake's --max-connections: below the 8 kept by default
WIDE = 20  # reads at once: past the cap, so some wait unaccepted after the first burst's 8 are kept


def _capped() -> tuple[FakeSlurmrestd, int]:
    fake, job = _fake()
    fake.delays = {"job": 0.2}  # held long enough that every read of a burst is in flight at once
    return fake, job


async def test_an_async_client_whose_kept_connections_fill_the_cap_frees_them() -> None:
    """Without the rule, the second burst's reads past the cap waited for the whole read timeout."""
    fake, job = _capped()
    with fake.http_server(keep_alive=True, max_connections=CAP) as url:
        async with AsyncSlurmClient(url=url, user="alice", token="t", read_timeout=20.0, max_connections=WIDE) as c:
            c._pace._limit = float(WIDE)  # past slow start, as a client that has sent a while
            for _ in range(2):
                started = time.monotonic()
                jobs = await asyncio.gather(*(c.get_job(job) for _ in range(WIDE)))
                assert {j.job_id for j in jobs} == {job}
                assert time.monotonic() - started < 5 * UNANSWERED + 2.0
                assert len(_open(c)) <= IDLE_CONNECTIONS


def test_a_sync_client_whose_kept_connections_fill_the_cap_frees_them() -> None:
    fake, job = _capped()
    with (
        fake.http_server(keep_alive=True, max_connections=CAP) as url,
        SlurmClient(url=url, user="alice", token="t", read_timeout=20.0, max_connections=WIDE) as c,
    ):
        c._pace._limit = float(WIDE)
        with ThreadPoolExecutor(WIDE) as threads:
            for _ in range(2):
                started = time.monotonic()
                assert {j.job_id for j in threads.map(lambda _: c.get_job(job), range(WIDE))} == {job}
                assert time.monotonic() - started < 5 * UNANSWERED + 2.0


async def test_another_clients_kept_connections_are_freed_too() -> None:
    """A connector replica holds a client per SDK (or per cluster user): when one client's kept connections
    fill the cap, the other's new connection gets in after ``UNANSWERED``; a sync client's (its own lock,
    another thread) as well as an async one's on the same loop."""
    fake, job = _capped()
    with fake.http_server(keep_alive=True, max_connections=CAP) as url:
        settings: dict[str, Any] = {"url": url, "user": "alice", "token": "t", "read_timeout": 20.0}
        with SlurmClient(**settings) as sync, ThreadPoolExecutor(CAP) as threads:
            sync._pace._limit = float(CAP)
            for _ in range(5):  # a loaded machine may answer a first read after UNANSWERED: its rule then frees
                list(threads.map(lambda _: sync.get_job(job), range(CAP)))
                if len(_open(sync)) == CAP:
                    break
            assert len(_open(sync)) == CAP  # kept: every place of the fake is held
            async with AsyncSlurmClient(**settings) as a, AsyncSlurmClient(**settings) as b:
                started = time.monotonic()
                assert (await a.get_job(job)).job_id == job
                assert time.monotonic() - started < 2 * UNANSWERED + 2.0
                assert _open(sync) == []
                a._pace._limit = float(CAP)
                await asyncio.gather(*(a.get_job(job) for _ in range(CAP)))  # a's kept fill the places now
                started = time.monotonic()
                assert (await b.get_job(job)).job_id == job
                assert time.monotonic() - started < 2 * UNANSWERED + 2.0


async def test_a_new_connection_answered_in_time_closes_nothing() -> None:
    """A burst of 8 on a fresh client: its 8 new connections answer at once, and all 8 are kept."""
    fake, job = _fake()
    with fake.http_server(keep_alive=True) as url:
        async with AsyncSlurmClient(url=url, user="alice", token="t") as c:
            c._pace._limit = 8.0
            await asyncio.gather(*(c.get_job(job) for _ in range(8)))
            await asyncio.sleep(UNANSWERED + 0.2)  # every new connection's check has run
            assert len(_open(c)) == 8 and fake.connections == 8


def test_this_httpcores_pools_fit() -> None:
    assert _pool._fits(AsyncPool) and _pool._fits(Pool)


def test_a_pool_without_the_internals_read_is_httpcores_own_with_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A future httpcore whose pool keeps other lists: its own pool, keeping ``idle_connections`` as before."""
    monkeypatch.setattr(_pool, "_fits", lambda ours: False)
    config = ClientConfig(url="http://h:1", user="u", token="t", idle_connections=3)
    for built, stock in (
        (_pool.sync_transport, httpcore.ConnectionPool),
        (_pool.async_transport, httpcore.AsyncConnectionPool),
    ):
        pool = built(config, True, int)._pool  # type: ignore[operator]
        assert type(pool) is stock and pool._max_keepalive_connections == 3 and pool._max_connections == 20


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
async def test_a_kept_connection_the_server_closed_is_not_reused(tls: bool, pki: _tls.TlsFiles) -> None:
    """httpcore asks each idle connection whether the server closed it (its socket readable) before reusing
    it; the async pool's streams answer from the socket they looked up once (``_pool._Stream``), through TLS
    too. A wrong answer would send the next request on a dead connection: an error, and a retry."""
    fake, job = _fake()
    fake.delays = {}
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(pki.cert, pki.key)
    with fake.http_server(server if tls else None, keep_alive=True, idle_close=0.2) as url:
        async with AsyncSlurmClient(url=url, user="alice", token="t", verify=str(pki.ca)) as c:
            await c.get_job(job)
            (kept,) = _open(c)
            opened = fake.connections
            stream = kept._connection._network_stream
            assert isinstance(stream, _pool._Stream) and not stream.get_extra_info("is_readable")
            await asyncio.sleep(0.6)  # the server has closed it
            assert stream.get_extra_info("is_readable")
            await c.get_job(job)
            assert fake.connections == opened + 1 and c.stats.total_retries == 0
        assert stream.get_extra_info("is_readable")  # closed by the client: no descriptor, as httpcore counts it
