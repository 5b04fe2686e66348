"""The synchronous client. ``AsyncSlurmClient`` in ``_async_client.py`` mirrors it method for method."""

from __future__ import annotations

import threading
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

__all__ = ["JobWatcher", "SlurmClient"]


class SlurmClient:
    """One slurmrestd, any Slurm release 22.05 … 26.05, through one job model.

    ``SlurmClient(url=..., user=..., token=...)`` or ``SlurmClient.from_env()``; use it as a
    context manager (or call ``close()``) to release pooled connections.
    """

    def __init__(self, config: ClientConfig | None = None, *, http: httpx.Client | None = None,
                 **settings: Any) -> None:
        self.config = config if config is not None else ClientConfig(**settings)
        self._http = http if http is not None else httpx.Client(**http_settings(self.config))
        self._adapter: Adapter | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls, **overrides: Any) -> SlurmClient:
        return cls(ClientConfig.from_env(**overrides))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:
        return f"SlurmClient(url={self.config.url!r}, user={self.config.user!r})"

    # -- plumbing ---------------------------------------------------------------------------

    def _send(self, call: Call, policy: RetryPolicy = READ) -> dict[str, Any]:
        for attempt in policy.sync(self.config.retry_deadline):
            with attempt:
                try:
                    with self._http.stream(call.method, call.path, params=list(call.params) or None,
                                           json=call.json) as response:
                        reader = BodyReader(call, response)
                        for chunk in response.iter_bytes():
                            reader.feed(chunk)
                except httpx.HTTPError as exc:
                    raise transport_error(exc, call) from exc
                return classify(call, reader.status, reader.content())
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    @property
    def adapter(self) -> Adapter:
        """The adapter for the negotiated API version (negotiated on first use)."""
        with self._lock:
            if self._adapter is None:
                spec = self._send(Call("GET", "/openapi/v3"))
                self._adapter = adapter_for(choose(served_versions(spec), self.config.api_version))
            return self._adapter

    @property
    def api_version(self) -> str:
        return self.adapter.version

    # -- operations -------------------------------------------------------------------------

    def ping(self) -> PingInfo:
        a = self.adapter
        return a.parse_ping(self._send(a.ping()))

    def submit(self, spec: JobSpec | None = None, /, **fields: Any) -> int:
        """Submit one job; returns its id. Never creates two jobs for one call (see _retry)."""
        spec = _ops.as_spec(spec, fields)
        a = self.adapter
        tag = uuid.uuid4().hex
        call = a.submit(spec, tag=tag, default_env=dict(DEFAULT_ENV))
        for round_ in range(_ops.SUBMIT_ROUNDS):
            try:
                body = self._send(call, SUBMIT)
            except (TransportError, UnavailableError) as exc:
                if isinstance(exc, TransportError) and not exc.sent:
                    raise
                found = self._find_tagged(tag)
                if found is not None:
                    return found
                if round_ == _ops.SUBMIT_ROUNDS - 1:
                    raise SubmissionError(f"submit failed and no job carries its tag: {exc}") from exc
                continue
            try:
                return _ops.submitted_id(a, body)
            except SubmissionError:  # accepted, but no usable id in the answer: the job may exist
                try:
                    found = self._find_tagged(tag)
                except APIError:
                    found = None
                if found is not None:
                    return found
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _find_tagged(self, tag: str) -> int | None:
        """Look for the job a lost submit answer may have created; wait for slurmrestd to settle."""
        for delay in _ops.LOOKUP_DELAYS:
            time.sleep(delay)
            try:
                found = _ops.job_tags(self.adapter.parse_jobs(self._send(self.adapter.list_jobs())))
            except (TransportError, UnavailableError):
                continue
            if tag in found:
                return found[tag]
        return None

    def get_job(self, job_id: int | str) -> JobInfo:
        """The controller's record; for a job it has purged (older than MinJobAge), accounting's."""
        return _ops.one_job(self._records(job_id), job_id)

    def _records(self, job_id: int | str) -> list[JobInfo]:
        """What GET /job/{id} answers (for an array: every task's record), else accounting's records."""
        a = self.adapter
        try:
            return _ops.known(a.parse_jobs(self._send(a.get_job(job_id))), job_id)
        except JobNotFoundError as not_found:
            try:
                body = self._send(a.accounting_job(job_id), ACCOUNTING)
            except APIError as exc:
                raise _ops.unaccounted(job_id, not_found, exc) from exc
            return _ops.accounted(a.parse_accounting_jobs(body), job_id, not_found)

    def jobs(self, *, user: str | None = None, name: str | None = None,
             states: Iterable[JobState | str] | None = None) -> list[JobInfo]:
        a = self.adapter
        return _ops.filter_jobs(a.parse_jobs(self._send(a.list_jobs())), user=user, name=name, states=states)

    def array_tasks(self, array_job_id: int) -> list[JobInfo]:
        """Every record of an array job in task order, from one GET /job/{id} (accounting's once purged).
        Tasks that have not started share one record: ``array_task_id`` None, ``array_task_string`` "3-9%2"."""
        return _ops.array_tasks(self._records(array_job_id), array_job_id)

    def cancel(self, job_id: int | str, *, signal: str | None = None) -> bool:
        """Cancel (or signal) a job. False when Slurm says it had already finished: not an error."""
        a = self.adapter
        call = a.cancel(job_id, signal=signal)
        try:
            body = self._send(call)
        except APIError as exc:
            return _ops.cancel_outcome(exc)
        return _ops.cancel_reported(a.parse_cancel(body), call)

    def update(self, job_id: int | str, *, time_limit: str | int | None = None, hold: bool | None = None,
               name: str | None = None, comment: str | None = None) -> None:
        a = self.adapter
        self._send(a.update(job_id, _ops.update_changes(time_limit=time_limit, hold=hold, name=name,
                                                        comment=comment)))

    def hold(self, job_id: int | str) -> None:
        self.update(job_id, hold=True)

    def release(self, job_id: int | str) -> None:
        self.update(job_id, hold=False)

    def nodes(self) -> list[NodeInfo]:
        a = self.adapter
        return a.parse_nodes(self._send(a.nodes()))

    def partitions(self) -> list[PartitionInfo]:
        a = self.adapter
        return a.parse_partitions(self._send(a.partitions()))

    def watcher(self) -> JobWatcher:
        return JobWatcher(self)

    def wait(self, job_id: int | str, *, timeout: float | None = None,
             on_update: Callable[[JobInfo], None] | None = None, backoff: Backoff | None = None) -> JobInfo:
        """Block until the job finishes; returns its final record (an array job's own: see ``wait_array``)."""
        number = _ops.job_number(job_id)
        return self.wait_all([number], timeout=timeout, on_update=on_update, backoff=backoff)[number]

    def wait_array(self, array_job_id: int, *, timeout: float | None = None,
                   on_update: Callable[[JobInfo], None] | None = None, backoff: Backoff | None = None) -> list[JobInfo]:
        """Block until every task of an array job ended; their final records in task order (a plain job:
        its own). The array's own record is its last task to start, so once that ended every task has a
        record of its own (or was cancelled unstarted, in the folded one), and one batched wait covers them."""
        deadline = _ops.deadline(timeout)
        self.wait(array_job_id, timeout=timeout, on_update=on_update, backoff=backoff)
        tasks = self.array_tasks(array_job_id)
        final = self.wait_all([t.job_id for t in tasks], timeout=_ops.remaining(deadline), on_update=on_update,
                              backoff=backoff)
        return [final[t.job_id] for t in tasks]

    def wait_all(self, job_ids: Sequence[int | str], *, timeout: float | None = None,
                 on_update: Callable[[JobInfo], None] | None = None,
                 backoff: Backoff | None = None) -> dict[int, JobInfo]:
        """Block until every job finishes, one batched request per cycle (see ``Backoff``)."""
        watcher = self.watcher()
        ids = [_ops.job_number(j) for j in job_ids]
        watcher.track(ids)
        backoff = backoff or Backoff()
        deadline = _ops.deadline(timeout)
        while True:
            changed = watcher.poll()
            step = _ops.wait_step(watcher.state, ids, changed, backoff=backoff, deadline=deadline, timeout=timeout,
                                  on_update=on_update)
            if isinstance(step, dict):
                return step
            time.sleep(step)


class JobWatcher:
    """Tracks many jobs with one request per poll cycle; thread-safe, shared by many waiters.

    ``get(job_id, max_age)`` serves a cached record when it is fresher than ``max_age`` seconds
    and otherwise runs one cycle for every tracked job, so N concurrent callers cost one request.
    """

    def __init__(self, client: SlurmClient) -> None:
        self._client = client
        self.state = WatchState(client.adapter)
        self._lock = threading.Lock()

    def track(self, job_ids: Iterable[int | str]) -> None:
        with self._lock:
            self.state.track(_ops.job_number(j) for j in job_ids)

    def untrack(self, job_ids: Iterable[int | str]) -> None:
        with self._lock:
            self.state.untrack(_ops.job_number(j) for j in job_ids)

    def poll(self, *, max_age: float | None = None) -> list[int]:
        """Run one cycle (skipped if one finished less than ``max_age`` s ago); return changed ids."""
        with self._lock:
            if max_age is not None and time.monotonic() - self.state.polled_at < max_age:
                return []
            return self._cycle()

    def _cycle(self) -> list[int]:
        call = self.state.poll_call()
        if call is None:
            return []
        refresh, changed = self.state.apply(self._client._send(call))
        return changed + self.state.absorb((job_id, self._fetch(job_id)) for job_id in refresh)

    def _fetch(self, job_id: int) -> JobInfo | JobNotFoundError:
        try:
            return self._client.get_job(job_id)
        except JobNotFoundError as exc:
            return exc

    def get(self, job_id: int | str, *, max_age: float = 1.0) -> JobInfo:
        """The job's latest record, at most ``max_age`` seconds old (finished records are final)."""
        job_id = _ops.job_number(job_id)
        self.track([job_id])
        if not self.state.fresh(job_id, max_age):
            with self._lock:
                # Checked again under the lock: a cycle another caller ran meanwhile may have answered.
                if not self.state.fresh(job_id, max_age):
                    self._cycle()
        return _ops.watched(self.state, job_id)
