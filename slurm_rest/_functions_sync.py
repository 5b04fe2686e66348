"""Blocking twins of ``FunctionExecutor`` / ``FunctionJob``: the async implementation, run on a private event loop.

Each ``SyncFunctionExecutor`` owns one loop in one daemon thread, with its own ``AsyncSlurmClient`` and ``Stager``
(the SSH connection and the HTTP pool belong to that loop). Every method hands a coroutine to the loop and blocks
for its answer, so the sync API works from plain scripts and from inside other event loops alike.

    with SyncFunctionExecutor(ClientConfig.from_env(), SSHConfig(host="login", user="alice")) as ex:
        print(ex.submit(pow, 2, 10).result())
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ._async_client import AsyncSlurmClient
from ._config import ClientConfig
from ._exceptions import RemoteError
from ._functions import Cleanup, FunctionExecutor, FunctionJob
from ._jobspec import JobRef, JobSpec
from ._models import JobInfo
from ._staging import SSHConfig, Stager

if TYPE_CHECKING:
    from types import TracebackType

    from typing_extensions import Self

__all__ = ["SyncFunctionExecutor", "SyncFunctionJob"]

T = TypeVar("T")


class SyncFunctionJob:
    """A blocking handle on a ``FunctionJob``; ``job_id`` lets it serve as a dependency (``after=[job]``)."""

    def __init__(self, job: FunctionJob, executor: SyncFunctionExecutor) -> None:
        self.job = job
        self._executor = executor

    @property
    def job_id(self) -> int:
        """The Slurm job's id (an array's own, for a ``map``)."""
        return self.job.job_id

    @property
    def work_dir(self) -> str:
        """The job's directory on the cluster, where arguments, results and logs are kept."""
        return self.job.work_dir

    def __repr__(self) -> str:
        return f"SyncFunctionJob(job_id={self.job_id}, work_dir={self.work_dir!r})"

    def wait(self, timeout: float | None = None) -> JobInfo:
        """Block until the job ends: ``FunctionJob.wait``."""
        return self._executor._run(self.job.wait(timeout))

    def result(self, timeout: float | None = None) -> Any:
        """Block for the return value, or raise the call's ``RemoteError``: ``FunctionJob.result``."""
        return self._executor._run(self.job.result(timeout))

    def exception(self, timeout: float | None = None) -> RemoteError | None:
        """Block for the call's ``RemoteError``, None when it returned: ``FunctionJob.exception``."""
        return self._executor._run(self.job.exception(timeout))

    def done(self) -> bool:
        """Whether the job has ended, without waiting: ``FunctionJob.done``."""
        return self._executor._run(self.job.done())

    def cancel(self) -> bool:
        """Cancel the job; False when it had already ended: ``FunctionJob.cancel``."""
        return self._executor._run(self.job.cancel())

    def stdout(self, task: int | None = None) -> str:
        """What the call printed (up to the last MiB): ``FunctionJob.stdout``."""
        return self._executor._run(self.job.stdout(task))

    def stderr(self, task: int | None = None) -> str:
        """What the call wrote to stderr (up to the last MiB): ``FunctionJob.stderr``."""
        return self._executor._run(self.job.stderr(task))


class SyncFunctionExecutor:
    """Runs Python callables on the cluster and blocks for their results; see ``FunctionExecutor``."""

    def __init__(
        self,
        config: ClientConfig,
        ssh: SSHConfig,
        *,
        python: str = "python3",
        setup: Sequence[str] = (),
        work_root: str = "/tmp/slurm-rest-fn-{user}",
        cleanup: Cleanup = "on_success",
    ) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="slurm-rest-functions", daemon=True)
        self._thread.start()
        self._closed = False

        async def build() -> FunctionExecutor:  # on the loop: the client's pool and the stager's locks live there
            return FunctionExecutor(
                AsyncSlurmClient(config), Stager(ssh), python=python, setup=setup, work_root=work_root, cleanup=cleanup
            )

        try:
            self.executor = self._run(build())
        except BaseException:
            self._stop()
            raise

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._closed:
            coro.close()
            raise RuntimeError("this SyncFunctionExecutor is closed")
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result()
        except BaseException:
            future.cancel()  # e.g. KeyboardInterrupt while blocked: do not leave the coroutine running
            raise

    def submit(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        spec: JobSpec | None = None,
        after: Sequence[JobRef] = (),
        **kwargs: Any,
    ) -> SyncFunctionJob:
        """Run ``fn(*args, **kwargs)`` as one job (after the ``after`` jobs succeeded)."""
        return SyncFunctionJob(self._run(self.executor.submit(fn, *args, spec=spec, after=after, **kwargs)), self)

    def map(
        self,
        fn: Callable[..., Any],
        items: Iterable[Any],
        *,
        limit: int = 4,
        spec: JobSpec | None = None,
        after: Sequence[JobRef] = (),
    ) -> SyncFunctionJob:
        """``fn(item)`` for every item as ONE array job running at most ``limit`` at a time."""
        return SyncFunctionJob(self._run(self.executor.map(fn, items, limit=limit, spec=spec, after=after)), self)

    def close(self) -> None:
        """Close the SSH connection and the HTTP pool, then stop the loop's thread. Idempotent."""
        if self._closed:
            return
        try:
            self._run(self._aclose())
        finally:
            self._stop()

    async def _aclose(self) -> None:
        try:
            await self.executor.stager.close()
        finally:
            await self.executor.client.aclose()

    def _stop(self) -> None:
        self._closed = True
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
