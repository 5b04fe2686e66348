"""The asyncio client: the same operations as ``SlurmClient``, sharing its core, adapters and ops."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from typing_extensions import Self

from . import _ops
from ._adapters import Adapter, Call, adapter_for, choose
from ._config import ClientConfig
from ._core import DEFAULT_ENV, BodyReader, classify, http_settings, served_versions, transport_error
from ._exceptions import APIError, JobNotFoundError, SubmissionError, TransportError, UnavailableError
from ._jobspec import JobSpec
from ._models import JobInfo, JobState
from ._resources import NodeInfo, PartitionInfo, PingInfo
from ._retry import ACCOUNTING, READ, SUBMIT, RetryPolicy
from ._watch_state import Backoff, WatchState

__all__ = ["AsyncJobWatcher", "AsyncSlurmClient"]


class AsyncSlurmClient:
    """Async twin of ``SlurmClient``; one instance serves many concurrent tasks."""

    def __init__(self, config: ClientConfig | None = None, *, http: httpx.AsyncClient | None = None,
                 **settings: Any) -> None:
        self.config = config if config is not None else ClientConfig(**settings)
        self._http = http if http is not None else httpx.AsyncClient(**http_settings(self.config))
        self._adapter: Adapter | None = None
        self._lock = asyncio.Lock()

    @classmethod
    def from_env(cls, **overrides: Any) -> AsyncSlurmClient:
        return cls(ClientConfig.from_env(**overrides))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        return f"AsyncSlurmClient(url={self.config.url!r}, user={self.config.user!r})"

    async def _send(self, call: Call, policy: RetryPolicy = READ) -> dict[str, Any]:
        async for attempt in policy.asyncio(self.config.retry_deadline):
            with attempt:
                try:
                    async with self._http.stream(call.method, call.path, params=list(call.params) or None,
                                                 json=call.json) as response:
                        reader = BodyReader(call, response)
                        async for chunk in response.aiter_bytes():
                            reader.feed(chunk)
                except httpx.HTTPError as exc:
                    raise transport_error(exc, call) from exc
                return classify(call, reader.status, reader.content())
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    async def adapter(self) -> Adapter:
        async with self._lock:
            if self._adapter is None:
                spec = await self._send(Call("GET", "/openapi/v3"))
                self._adapter = adapter_for(choose(served_versions(spec), self.config.api_version))
            return self._adapter

    async def api_version(self) -> str:
        return (await self.adapter()).version

    async def ping(self) -> PingInfo:
        a = await self.adapter()
        return a.parse_ping(await self._send(a.ping()))

    async def submit(self, spec: JobSpec | None = None, /, **fields: Any) -> int:
        spec = _ops.as_spec(spec, fields)
        a = await self.adapter()
        tag = uuid.uuid4().hex
        call = a.submit(spec, tag=tag, default_env=dict(DEFAULT_ENV))
        for round_ in range(_ops.SUBMIT_ROUNDS):
            try:
                body = await self._send(call, SUBMIT)
            except (TransportError, UnavailableError) as exc:
                if isinstance(exc, TransportError) and not exc.sent:
                    raise
                found = await self._find_tagged(a, tag)
                if found is not None:
                    return found
                if round_ == _ops.SUBMIT_ROUNDS - 1:
                    raise SubmissionError(f"submit failed and no job carries its tag: {exc}") from exc
                continue
            try:
                return _ops.submitted_id(a, body)
            except SubmissionError:  # accepted, but no usable id in the answer: the job may exist
                try:
                    found = await self._find_tagged(a, tag)
                except APIError:
                    found = None
                if found is not None:
                    return found
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def _find_tagged(self, a: Adapter, tag: str) -> int | None:
        for delay in _ops.LOOKUP_DELAYS:
            await asyncio.sleep(delay)
            try:
                found = _ops.job_tags(a.parse_jobs(await self._send(a.list_jobs())))
            except (TransportError, UnavailableError):
                continue
            if tag in found:
                return found[tag]
        return None

    async def get_job(self, job_id: int | str) -> JobInfo:
        """The controller's record; for a job it has purged (older than MinJobAge), accounting's."""
        return _ops.one_job(await self._records(job_id), job_id)

    async def _records(self, job_id: int | str) -> list[JobInfo]:
        a = await self.adapter()
        try:
            return _ops.known(a.parse_jobs(await self._send(a.get_job(job_id))), job_id)
        except JobNotFoundError as not_found:
            try:
                body = await self._send(a.accounting_job(job_id), ACCOUNTING)
            except APIError as exc:
                raise _ops.unaccounted(job_id, not_found, exc) from exc
            return _ops.accounted(a.parse_accounting_jobs(body), job_id, not_found)

    async def jobs(self, *, user: str | None = None, name: str | None = None,
                   states: Iterable[JobState | str] | None = None) -> list[JobInfo]:
        a = await self.adapter()
        return _ops.filter_jobs(a.parse_jobs(await self._send(a.list_jobs())), user=user, name=name, states=states)

    async def array_tasks(self, array_job_id: int) -> list[JobInfo]:
        return _ops.array_tasks(await self._records(array_job_id), array_job_id)

    async def cancel(self, job_id: int | str, *, signal: str | None = None) -> bool:
        a = await self.adapter()
        call = a.cancel(job_id, signal=signal)
        try:
            body = await self._send(call)
        except APIError as exc:
            return _ops.cancel_outcome(exc)
        return _ops.cancel_reported(a.parse_cancel(body), call)

    async def update(self, job_id: int | str, *, time_limit: str | int | None = None, hold: bool | None = None,
                     name: str | None = None, comment: str | None = None) -> None:
        a = await self.adapter()
        await self._send(a.update(job_id, _ops.update_changes(time_limit=time_limit, hold=hold, name=name,
                                                              comment=comment)))

    async def hold(self, job_id: int | str) -> None:
        await self.update(job_id, hold=True)

    async def release(self, job_id: int | str) -> None:
        await self.update(job_id, hold=False)

    async def nodes(self) -> list[NodeInfo]:
        a = await self.adapter()
        return a.parse_nodes(await self._send(a.nodes()))

    async def partitions(self) -> list[PartitionInfo]:
        a = await self.adapter()
        return a.parse_partitions(await self._send(a.partitions()))

    async def watcher(self) -> AsyncJobWatcher:
        return AsyncJobWatcher(self, await self.adapter())

    async def wait(self, job_id: int | str, *, timeout: float | None = None,
                   on_update: Callable[[JobInfo], None] | None = None, backoff: Backoff | None = None) -> JobInfo:
        number = _ops.job_number(job_id)
        return (await self.wait_all([number], timeout=timeout, on_update=on_update, backoff=backoff))[number]

    async def wait_array(self, array_job_id: int, *, timeout: float | None = None,
                         on_update: Callable[[JobInfo], None] | None = None,
                         backoff: Backoff | None = None) -> list[JobInfo]:
        deadline = _ops.deadline(timeout)
        await self.wait(array_job_id, timeout=timeout, on_update=on_update, backoff=backoff)
        tasks = await self.array_tasks(array_job_id)
        final = await self.wait_all([t.job_id for t in tasks], timeout=_ops.remaining(deadline),
                                    on_update=on_update, backoff=backoff)
        return [final[t.job_id] for t in tasks]

    async def wait_all(self, job_ids: Sequence[int | str], *, timeout: float | None = None,
                       on_update: Callable[[JobInfo], None] | None = None,
                       backoff: Backoff | None = None) -> dict[int, JobInfo]:
        watcher = await self.watcher()
        ids = [_ops.job_number(j) for j in job_ids]
        watcher.track(ids)
        backoff = backoff or Backoff()
        deadline = _ops.deadline(timeout)
        while True:
            changed = await watcher.poll()
            step = _ops.wait_step(watcher.state, ids, changed, backoff=backoff, deadline=deadline, timeout=timeout,
                                  on_update=on_update)
            if isinstance(step, dict):
                return step
            await asyncio.sleep(step)


class AsyncJobWatcher:
    """Async twin of ``JobWatcher``: many concurrent ``get`` calls share one request per cycle."""

    def __init__(self, client: AsyncSlurmClient, adapter: Adapter) -> None:
        self._client = client
        self.state = WatchState(adapter)
        self._lock = asyncio.Lock()

    def track(self, job_ids: Iterable[int | str]) -> None:
        self.state.track(_ops.job_number(j) for j in job_ids)

    def untrack(self, job_ids: Iterable[int | str]) -> None:
        self.state.untrack(_ops.job_number(j) for j in job_ids)

    async def poll(self, *, max_age: float | None = None) -> list[int]:
        async with self._lock:
            if max_age is not None and time.monotonic() - self.state.polled_at < max_age:
                return []
            return await self._cycle()

    async def _cycle(self) -> list[int]:
        call = self.state.poll_call()
        if call is None:
            return []
        refresh, changed = self.state.apply(await self._client._send(call))
        # At most as many refreshes in flight as the pool has connections: an unbounded fan-out builds
        # every request up front and queues it on the pool (1,000 new jobs: +13 MB RSS, and a pool
        # timeout once the queue outlasts read_timeout).
        slots = asyncio.Semaphore(self._client.config.max_connections)

        async def refreshed(job_id: int) -> JobInfo:
            async with slots:
                return await self._client.get_job(job_id)

        results = await asyncio.gather(*(refreshed(j) for j in refresh), return_exceptions=True)
        return changed + self.state.absorb(zip(refresh, results))

    async def get(self, job_id: int | str, *, max_age: float = 1.0) -> JobInfo:
        job_id = _ops.job_number(job_id)
        self.track([job_id])
        if not self.state.fresh(job_id, max_age):
            async with self._lock:
                # Checked again under the lock: a cycle another caller ran meanwhile may have answered.
                if not self.state.fresh(job_id, max_age):
                    await self._cycle()
        return _ops.watched(self.state, job_id)
