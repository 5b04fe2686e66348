"""The asyncio client and watcher: the source of ``_client.py``, which ``scripts/unasync.py`` generates.

Every request takes one path: ``_send`` runs it under its kind's retry policy (``_retry.RETRY_POLICIES``,
with the user's ``ClientConfig.retries`` over it; logged and counted: ``stats``),
reads the answer as it streams in (``_http.BodyReader``, capped at ``max_body``; a job listing record by
record, ``_records.RecordReader``, keeping only what its ``Call.records`` asks for, the cap then bounding
one record) and classifies it
(``_classify``); an auth failure gets one fresh token and one resend. Operations that need more than
one answer are plans (``_plans.records_plan``, ``WatchState.cycle``) that ``_run`` executes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

if TYPE_CHECKING:
    from typing_extensions import Self

from . import _answers, _constants, _plans, _requests
from ._adapters import Adapter, adapter_for, choose, served_versions
from ._answers import Result
from ._auth import SlurmAuth, provider_for
from ._call import Call, Records
from ._classify import classify, probe_for, rejected_token, unproven
from ._config import ClientConfig
from ._containers import in_container
from ._exceptions import (
    APIError,
    AuthError,
    SlurmRestError,
    SubmissionError,
    SubmitUnknownError,
    TransportError,
    UnavailableError,
)
from ._gather import Narrow, agather, background
from ._http import BodyReader, Reply, Urls, http_settings, quick_cookies, timeout_for, transport_error
from ._inventory_models import AssociationInfo, DiagInfo, LicenseInfo, QosInfo, ReservationInfo, ShareInfo
from ._jobspec import JobSpec
from ._models import JobInfo, JobState
from ._pace import Pace
from ._plans import Plan
from ._pool import async_transport
from ._records import RecordReader
from ._resources import NodeInfo, PartitionInfo, PingInfo
from ._retry import RequestStats, Retries, strategies_by_kind
from ._steps import Allocation, JobUsage, StepInfo, summarize
from ._typed import AsyncFacadeTransport, GeneratedClient, client_class
from ._watching import Backoff, WatchState, deadline, remaining, wait_step, watched

__all__ = ["AsyncJobWatcher", "AsyncSlurmClient"]

_T = TypeVar("_T")
_C = TypeVar("_C", bound=GeneratedClient)
_log = logging.getLogger("slurm_rest.watch")


class AsyncSlurmClient:
    """One slurmrestd, any Slurm release 22.05 … 26.05, through one job model.

    ``AsyncSlurmClient(url=..., user=..., token=...)`` or ``AsyncSlurmClient.from_env()``; use it as a
    context manager (or close it) to release pooled connections. ``transport`` replaces httpx's
    network transport (a proxy, a Unix socket, a test double); everything else stays as configured.
    """

    def __init__(
        self, config: ClientConfig | None = None, *, transport: httpx.AsyncBaseTransport | None = None, **settings: Any
    ) -> None:
        self.config = config if config is not None else ClientConfig(**settings)
        self._auth = SlurmAuth(self.config.user, provider_for(self.config))
        self._pace = Pace(self.config.max_connections)
        http = http_settings(self.config, self._auth)  # reads a CA bundle once, for both
        network = transport or async_transport(self.config, http["verify"], lambda: self._pace.upcoming)
        self._http = quick_cookies(httpx.AsyncClient(transport=network, **http))
        self._url = Urls(self._http)
        self._adapter: Adapter | None = None
        self._lock = asyncio.Lock()
        self._typed: dict[type[Any], Any] = {}
        self._retries = Retries(strategies_by_kind(self.config.retries), self.config.retry_deadline)

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client configured from ``SLURM_REST_*`` / ``SLURM_JWT*`` variables (``ClientConfig.from_env``);
        keyword ``overrides`` win over the environment."""
        return cls(ClientConfig.from_env(**overrides))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Release the pooled connections (what leaving the ``with`` block does)."""
        await self._http.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.config.url!r}, user={self.config.user!r})"

    @property
    def stats(self) -> RequestStats:
        """Requests sent, retries per kind, seconds waited before them, give-ups per kind: a snapshot."""
        return dataclasses.replace(self._retries.stats(), slowdowns=self._pace.slowdowns, pace=self._pace.limit)

    # -- the request path ---------------------------------------------------------------------------------

    async def _send(self, call: Call) -> dict[str, Any]:
        """One request's decoded JSON body (see ``_reply``)."""
        return (await self._reply(call)).body

    async def _reply(self, call: Call) -> Reply:
        """One request: retried per its kind, re-sent once with a fresh token after an auth failure."""
        try:
            return await self._attempts(call)
        except AuthError:
            if not self._auth.renew():
                raise
        return await self._attempts(call)

    async def _attempts(self, call: Call) -> Reply:
        async for attempt in self._retries.asyncio(call.kind):
            with attempt:
                return await self._settled(call)
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    async def _settled(self, call: Call) -> Reply:
        """One exchange, an ambiguous failure (a bare error -1 …) settled by a probe: an AuthError only when
        the probe is refused as one; otherwise a failure behind slurmrestd (``unproven``), retried as such
        when the request may be sent twice."""
        try:
            return await self._exchange(call)
        except APIError as exc:
            probe = probe_for(exc, self._adapter)
            if probe is None:
                raise
            try:
                await self._exchange(probe)
            except AuthError as auth:
                raise rejected_token(exc, auth) from exc
            except SlurmRestError:
                pass
            raise unproven(exc, call.kind) from None

    async def _exchange(self, call: Call) -> Reply:
        """One request and its answer, when the pace allows (``_pace``), which hears how long it took. A call
        with ``records`` is read record by record (``_records``): its body holds what was kept of them."""
        started = self._pace.enter(call)
        if started is None:
            with self._pace.queue():
                while (started := self._pace.enter(call)) is None:
                    await asyncio.sleep(_constants.PACE_POLL)
        self._retries.sent()
        try:
            try:
                async with self._http.stream(
                    call.method, self._url(call), json=call.json, timeout=timeout_for(call, self.config)
                ) as response:
                    reader = (BodyReader if call.records is None else RecordReader)(
                        call, response, self.config.max_body
                    )
                    async for chunk in response.aiter_bytes():
                        reader.feed(chunk)
            except httpx.HTTPError as exc:
                raise transport_error(exc, call) from exc
            content = reader.content()
            body = classify(call, reader.status, content)
            if call.records is not None:
                body[call.records.key] = reader.kept
            reply = Reply(reader.status, reader.headers, content, body)
        except BaseException as exc:
            self._pace.leave(started, exc, call)
            raise
        self._pace.leave(started, None, call)
        return reply

    async def _result(self, call: Call) -> Result:
        """A plan's answer to ``call``: its body (parsed when the call says how), or the error."""
        try:
            body = await self._send(call)
            return body if call.parse is None else call.parse(body)
        except SlurmRestError as exc:
            return exc

    async def _run(self, plan: Plan[_T], narrow: Narrow | None = None) -> _T:
        """Execute a plan: each step's requests side by side (bounded by the pool, or ``narrow``), answers
        sent back."""
        try:
            calls = next(plan)
            while True:
                outcomes = await agather(
                    [functools.partial(self._result, c) for c in calls], self.config.max_connections, narrow
                )
                calls = plan.send(outcomes)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    async def request(
        self, method: str, path: str, *, params: _requests.Params | None = None, json: Any = None
    ) -> dict[str, Any]:
        """Any endpoint — one newer than this client's specs, say — through the same path: auth and its
        one re-mint, retries (a GET only: nothing else is resent once it may have arrived), the size cap
        and the exception tree. ``params`` values that are lists repeat the parameter. The decoded JSON."""
        return await self._send(_requests.raw_call(method, path, params, json))

    @overload
    async def api(self, client_type: type[_C]) -> _C: ...
    @overload
    async def api(self, client_type: None = None) -> GeneratedClient: ...

    async def api(self, client_type: type[_C] | None = None) -> _C | GeneratedClient:
        """The negotiated version's generated ``Client``, sending through this client (see ``_typed``): pass
        ``generated_client.vX.client.Client`` for its types. Every generated operation of that version then
        runs with this client's connection, auth, retries and errors."""
        cls = client_class(await self.api_version(), client_type)
        if cls not in self._typed:
            typed = cls(base_url=self.config.url)
            typed.set_async_httpx_client(
                httpx.AsyncClient(base_url=self.config.url, transport=AsyncFacadeTransport(self._reply))
            )
            self._typed[cls] = typed
        found: _C | GeneratedClient = self._typed[cls]
        return found

    async def adapter(self) -> Adapter:
        """The adapter for the negotiated API version (negotiated on first use)."""
        async with self._lock:
            if self._adapter is None:
                spec = await self._send(Call("GET", "/openapi/v3"))
                self._adapter = adapter_for(choose(served_versions(spec), self.config.api_version))
            return self._adapter

    async def api_version(self) -> str:
        """The API version both sides speak (``"v0.0.42"``), negotiated on first use with one request."""
        return (await self.adapter()).version

    # -- operations ---------------------------------------------------------------------------------------

    async def ping(self) -> PingInfo:
        """Who answers (``/ping``): the Slurm release, the API version in use and whether each controller responds."""
        a = await self.adapter()
        return a.parse_ping(await self._send(a.ping()))

    async def submit(self, spec: JobSpec | None = None, /, *, once: str | None = None, **fields: Any) -> int:
        """Submit one job; returns its id. Never creates two jobs for one call (see _retry). ``once``: the
        caller's own key for this piece of work, which the job carries, so that a caller that may be replaying
        a call whose answer it lost asks ``find_submitted(once)`` before submitting again."""
        spec = in_container(_requests.as_spec(spec, fields), self.config.container_runtime)
        a = await self.adapter()
        once = uuid.uuid4().hex if once is None else once
        tag = _requests.key_tag(once)
        call = a.submit(spec, tag=tag, default_env=dict(_constants.DEFAULT_ENV))
        for round_ in range(_constants.SUBMIT_ROUNDS):
            try:
                body = await self._send(call)
            except (TransportError, UnavailableError) as exc:
                if isinstance(exc, TransportError) and not exc.sent:
                    raise
                if _answers.may_be_pending(exc):
                    return await self._await_pending(a, once, exc)
                found = await self._find_tagged(a, tag)
                if found is not None:
                    return found
                if round_ == _constants.SUBMIT_ROUNDS - 1:
                    raise SubmissionError(f"submit failed and no job carries its tag: {exc}") from exc
                continue
            try:
                return _answers.submitted_id(a, body)
            except SubmissionError:  # accepted, but no usable id in the answer: the job may exist
                try:
                    found = await self._find_tagged(a, tag)
                except APIError:
                    found = None
                if found is not None:
                    return found
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def find_submitted(self, once: str) -> int | None:
        """The job a ``submit(..., once=once)`` made, while the controller still holds it (MinJobAge after
        its end); None when there is none. Only this client's user's jobs count: a key is no secret. One job
        listing: its size grows with the controller's jobs."""
        a = await self.adapter()
        own = await self._listed_jobs(a, lambda j: j.user == self.config.user)
        return _answers.job_tags(own).get(_requests.key_tag(once))

    async def _await_pending(self, a: Adapter, once: str, exc: SlurmRestError) -> int:
        """A submit that timed out may still be carried out (slurmrestd sleeping out a rate limit, or queued
        behind its connection cap): look for its job until the retry deadline, and never send it again."""
        end = time.monotonic() + self.config.retry_deadline
        found = await self._find_tagged(a, _requests.key_tag(once), _plans.pending_delays(end))
        if found is not None:
            return found
        raise SubmitUnknownError(
            f"submit sent, no answer ({exc}), and no job carried its key within "
            f"{self.config.retry_deadline:g} s; it may still appear: find_submitted(once) "
            "finds it",
            once=once,
        ) from exc

    async def _find_tagged(self, a: Adapter, tag: str, delays: Iterable[float] | None = None) -> int | None:
        """Look for the job a lost submit answer may have created; wait for slurmrestd to settle."""
        for delay in _constants.LOOKUP_DELAYS if delays is None else delays:
            await asyncio.sleep(delay)
            try:
                found = _answers.job_tags(await self._listed_jobs(a, lambda j: bool(j.comment_tag)))
            except (TransportError, UnavailableError):
                continue
            if tag in found:
                return found[tag]
        return None

    async def get_job(self, job_id: int | str) -> JobInfo:
        """The controller's record; for a job it has purged (older than MinJobAge), accounting's."""
        return _answers.one_job(await self._records(job_id), job_id)

    async def _records(self, job_id: int | str) -> list[JobInfo]:
        return await self._run(_plans.records_plan(await self.adapter(), job_id))

    async def jobs(
        self, *, user: str | None = None, name: str | None = None, states: Iterable[JobState | str] | None = None
    ) -> list[JobInfo]:
        """The controller's jobs, those of ``user``, named ``name`` and in one of ``states`` when given (filtered
        here, as the listing streams in: slurmrestd lists every job it holds, so the request costs the same
        either way, but only the jobs kept are held in memory)."""
        return await self._listed_jobs(await self.adapter(), _answers.job_filter(user=user, name=name, states=states))

    async def _listed_jobs(self, a: Adapter, keep: Callable[[JobInfo], bool]) -> list[JobInfo]:
        """The controller's jobs that ``keep`` accepts, read record by record as the listing streams in
        (``_records``): what is held is what is kept, however many jobs the controller lists."""

        def each(record: dict[str, Any]) -> JobInfo | None:
            job = a.job_record(record)
            return job if keep(job) else None

        kept: list[JobInfo] = (
            await self._send(dataclasses.replace(a.list_jobs(), records=Records("jobs", each), listing=True))
        )["jobs"]
        return kept

    async def array_tasks(self, array_job_id: int) -> list[JobInfo]:
        """Every record of an array job in task order, from one GET /job/{id} (accounting's once purged).
        Tasks that have not started share one record: ``array_task_id`` None, ``array_task_string`` "3-9%2"."""
        return _answers.array_tasks(await self._records(array_job_id), array_job_id)

    async def cancel(self, job_id: int | str, *, signal: str | None = None) -> bool:
        """Cancel (or signal) a job. False when Slurm says it had already finished: not an error.
        A signal is sent at most once: it is not resent once it may have reached slurmrestd."""
        a = await self.adapter()
        call = a.cancel(job_id, signal=signal)
        try:
            body = await self._send(call)
        except APIError as exc:
            return _answers.cancel_outcome(exc)
        return _answers.cancel_reported(a.parse_cancel(body), call)

    async def update(
        self,
        job_id: int | str,
        *,
        time_limit: str | int | None = None,
        hold: bool | None = None,
        name: str | None = None,
        comment: str | None = None,
    ) -> None:
        """Change a job's time limit (minutes, or a Slurm time such as ``"1:30:00"``; never to unlimited), hold,
        name or comment; at least one. Sent at most once: an update is not resent once it may have arrived."""
        a = await self.adapter()
        changes = _requests.update_changes(time_limit=time_limit, hold=hold, name=name, comment=comment)
        await self._send(a.update(job_id, changes))

    async def hold(self, job_id: int | str) -> None:
        """Keep a pending job from starting (``scontrol hold``) until ``release``."""
        await self.update(job_id, hold=True)

    async def release(self, job_id: int | str) -> None:
        """Let a held job be scheduled again (``scontrol release``)."""
        await self.update(job_id, hold=False)

    async def nodes(self) -> list[NodeInfo]:
        """Every node the controller knows: its state flags, CPUs, memory, partitions and reason."""
        a = await self.adapter()
        return a.parse_nodes(await self._send(a.nodes()))

    async def partitions(self) -> list[PartitionInfo]:
        """Every partition: its nodes, CPU and node totals, time limit, state and whether it is the default."""
        a = await self.adapter()
        return a.parse_partitions(await self._send(a.partitions()))

    # Cluster inventory, one model for every release (_inventory_models). An endpoint the negotiated API
    # version lacks (shares on v0.0.38) raises UnsupportedVersionError before anything is sent.

    async def reservations(self) -> list[ReservationInfo]:
        """Every reservation the controller holds, as ``scontrol show reservation`` lists them."""
        a = await self.adapter()
        return a.parse_reservations(await self._send(a.reservations()))

    async def qos(self) -> list[QosInfo]:
        """Every QOS, from slurmdbd."""
        a = await self.adapter()
        return a.parse_qos(await self._send(a.qos()))

    async def associations(self, *, user: str | None = None, account: str | None = None) -> list[AssociationInfo]:
        """slurmdbd's associations (who may run under which account, with which QOS), those of ``user`` and/or
        ``account`` only when given; none match: ``[]`` (22.05 answers that with error 9003, "Nothing found")."""
        a = await self.adapter()
        try:
            return a.parse_associations(await self._send(a.associations(user=user, account=account)))
        except APIError as exc:
            if set(exc.error_numbers) & _constants.NOTHING_FOUND_ERRNOS:
                return []
            raise

    async def licenses(self) -> list[LicenseInfo]:
        """The cluster's licenses: total, in use, free (``scontrol show licenses``)."""
        a = await self.adapter()
        return a.parse_licenses(await self._send(a.licenses()))

    async def shares(self) -> list[ShareInfo]:
        """Fair-share, as ``sshare -a`` shows it (API v0.0.40+, Slurm 23.11+)."""
        a = await self.adapter()
        return a.parse_shares(await self._send(a.shares()))

    async def diag(self) -> DiagInfo:
        """The controller's scheduler statistics (``sdiag``)."""
        a = await self.adapter()
        return a.parse_diag(await self._send(a.diag()))

    # Steps and usage, from accounting (slurmdbd) on every release: see _steps.

    async def steps(self, job_id: int | str) -> list[StepInfo]:
        """The job's steps (batch, extern, 0, 1 …) as accounting lists them; usage figures once each step ends."""
        return (await self._usage_record(job_id))[1]

    async def usage(self, job_id: int | str) -> JobUsage:
        """CPU and memory used against what the job was given, like ``seff`` (formulas: ``JobUsage``)."""
        return summarize(*await self._usage_record(job_id))

    async def _usage_record(self, job_id: int | str) -> tuple[Allocation, list[StepInfo]]:
        a = await self.adapter()
        return _answers.usage_record(a, job_id, await self._result(a.accounting_job(job_id)))

    # -- waiting ------------------------------------------------------------------------------------------

    async def watcher(self) -> AsyncJobWatcher:
        """A new watcher on this client's connection: tracks many jobs with one batched state request per
        cycle, for callers that follow jobs themselves (``wait_all`` makes one for its jobs)."""
        return AsyncJobWatcher(await self.adapter(), self._run)

    async def wait(
        self,
        job_id: int | str,
        *,
        timeout: float | None = None,
        on_update: Callable[[JobInfo], None] | None = None,
        backoff: Backoff | None = None,
    ) -> JobInfo:
        """Until the job finishes; its final record (an array job's own: see ``wait_array``)."""
        number = _requests.job_number(job_id)
        return (await self.wait_all([number], timeout=timeout, on_update=on_update, backoff=backoff))[number]

    async def wait_all(
        self,
        job_ids: Sequence[int | str],
        *,
        timeout: float | None = None,
        on_update: Callable[[JobInfo], None] | None = None,
        backoff: Backoff | None = None,
    ) -> dict[int, JobInfo]:
        """Until every job finishes, one batched state request per cycle (paced by ``Backoff``)."""
        watcher = await self.watcher()
        ids = [_requests.job_number(j) for j in job_ids]
        watcher.track(ids)
        backoff = backoff or Backoff()
        end = deadline(timeout)
        while True:
            changed = await watcher.poll()
            step = wait_step(
                watcher.state, ids, changed, backoff=backoff, deadline=end, timeout=timeout, on_update=on_update
            )
            if isinstance(step, dict):
                return step
            await asyncio.sleep(step)

    async def wait_array(
        self,
        job_ids: int | str | Sequence[int | str],
        *,
        timeout: float | None = None,
        on_update: Callable[[JobInfo], None] | None = None,
        backoff: Backoff | None = None,
    ) -> list[JobInfo]:
        """Until every task of each job ended: their final records, job by job, in task order (a job that
        is no array: its own). The array's own record is its last task to start, so once that ended every
        task has a record of its own (or was cancelled unstarted, in the folded one), and one batched
        wait covers them. The CLI's ``wait`` is this."""
        ids = list(
            dict.fromkeys(_requests.job_number(j) for j in ([job_ids] if isinstance(job_ids, (int, str)) else job_ids))
        )
        end = deadline(timeout)
        final = await self.wait_all(ids, timeout=timeout, on_update=on_update, backoff=backoff)
        tasks = {j: await self.array_tasks(j) if final[j].array_job_id == j else [final[j]] for j in ids}
        # Tasks the array's listing already shows ended need no more requests (1,000 of them: 1,000 reads).
        final |= {t.job_id: t for j in ids for t in tasks[j] if t.finished and t.job_id not in final}
        others = [t.job_id for j in ids for t in tasks[j] if t.job_id not in final]
        if others:
            final |= await self.wait_all(others, timeout=remaining(end), on_update=on_update, backoff=backoff)
        return [final[t.job_id] for j in ids for t in tasks[j]]


class AsyncJobWatcher:
    """Tracks many jobs with one request per poll cycle, shared by many waiters.

    ``get(job_id, max_age)`` serves a cached record when it is fresher than ``max_age`` seconds
    and otherwise runs one cycle for every tracked job, so N concurrent callers cost one request.
    The state (``WatchState``) plans each cycle; the client that made the watcher runs the plan.
    """

    def __init__(self, adapter: Adapter, run: Callable[[Plan[list[int]], Narrow | None], Any]) -> None:
        self.state = WatchState(adapter)
        self._run = run
        self._lock = asyncio.Lock()
        self._ahead: Narrow | None = None  # the cycle run ahead, while it runs

    def track(self, job_ids: Iterable[int | str]) -> None:
        """Ask about these jobs in every cycle from now on (until ``untrack``); no request is sent here."""
        self.state.track(_requests.job_number(j) for j in job_ids)

    def untrack(self, job_ids: Iterable[int | str]) -> None:
        """Stop asking about these jobs and forget their records (a long-lived watcher stays small)."""
        self.state.untrack(_requests.job_number(j) for j in job_ids)

    async def poll(self, *, max_age: float | None = None) -> list[int]:
        """Run one cycle (skipped if one finished less than ``max_age`` s ago); return changed ids."""
        async with self._lock:
            if max_age is not None and time.monotonic() - self.state.polled_at < max_age:
                return []
            return await self._cycle()

    async def _cycle(self, narrow: Narrow | None = None) -> list[int]:
        changed: list[int] = await self._run(self.state.cycle(ahead=narrow is not None), narrow)
        return changed

    async def get(self, job_id: int | str, *, max_age: float = 1.0) -> JobInfo:
        """The job's latest record, at most ``max_age`` seconds old (finished records are final)."""
        number = _requests.job_number(job_id)
        self.track([number])
        if not self.state.fresh(number, max_age):
            # Callers that arrive together (a connector meeting its tasks) track their jobs first, so
            # that one cycle answers them all: wait until the tracked set stops growing for two rounds
            # of the loop (a caller woken through a shielded future takes two), at most SETTLE_ROUNDS.
            quiet = 0
            for _ in range(_constants.SETTLE_ROUNDS):
                seen = len(self.state.tracked)
                await asyncio.sleep(0)
                quiet = quiet + 1 if len(self.state.tracked) == seen else 0
                if quiet == 2:
                    break
            ahead = self._ahead  # a cycle run ahead that did not answer in time: this caller waits for it
            if ahead is not None:
                ahead.widen()
            async with self._lock:
                # Checked again under the lock: a cycle another caller ran meanwhile may have answered.
                if not self.state.fresh(number, max_age):
                    await self._cycle()
        elif self._ahead is None and not self._lock.locked() and self.state.due(max_age):
            # Fresh, but not for as long as a cycle takes: the next one starts now, and every caller meanwhile,
            # this one too, is answered from the state it replaces instead of waiting for it.
            narrow = self._ahead = Narrow(_constants.REFRESH_FANOUT, max_age * _constants.AHEAD_PAUSES)
            background(self._run_ahead(narrow, max_age))
        return watched(self.state, number)

    async def _run_ahead(self, narrow: Narrow, max_age: float) -> bool:
        """A cycle run ahead: since nobody waits for it, it sends REFRESH_FANOUT requests at once, so that its
        answers are handled one by one between the other callers (a full-width cycle's burst of CPU held up
        every call that came meanwhile), until a caller comes to wait for it (``widen``). Nobody waits to hear
        how it failed (slurmrestd unreachable, the client closed meanwhile): the next caller that needs a cycle
        runs its own and hears it. True when it ran."""
        try:
            async with self._lock:
                if not self.state.due(max_age):
                    return False
                await self._cycle(narrow)
                return True
        except Exception as exc:
            _log.info("a watcher's cycle run ahead failed (the next get() that needs one runs its own): %r", exc)
            return False
        finally:
            self._ahead = None
