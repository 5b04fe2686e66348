"""Python callables as Slurm jobs: arguments and results move by SFTP, job control by REST.

Each call gets a work directory on the cluster holding ``input[-i].pkl`` (an envelope in plain
pickle naming the Python version, wrapping the cloudpickled call) and, when the job ends,
``output[-i].pkl``. The batch script runs a small runner with the cluster's Python, which
checks the version *before* unpickling any code, so a mismatch is a clear error rather than a
garbled unpickle. ``map`` is one array job with a ``%limit``; results come back in input order.
"""

from __future__ import annotations

import asyncio
import pickle
import shlex
import sys
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ._async_client import AsyncSlurmClient
from ._exceptions import SlurmRestError, ValidationError, WaitTimeout
from ._jobspec import Dependency, JobSpec
from ._models import JobInfo
from ._staging import Stager

__all__ = ["RUNNER", "FunctionExecutor", "FunctionJob", "RemoteError"]

Cleanup = Literal["always", "on_success", "never"]

RUNNER = r'''
import os, pickle, sys, traceback
wd, task = sys.argv[1], os.environ.get("SLURM_ARRAY_TASK_ID")
suffix = "" if task is None or not os.path.exists(f"{wd}/input-{task}.pkl") else f"-{task}"
def finish(result, code):
    with open(f"{wd}/output{suffix}.pkl.tmp", "wb") as fh:
        pickle.dump(result, fh, protocol=4)
    os.replace(f"{wd}/output{suffix}.pkl.tmp", f"{wd}/output{suffix}.pkl")
    sys.exit(code)
with open(f"{wd}/input{suffix}.pkl", "rb") as fh:
    envelope = pickle.load(fh)
here = tuple(sys.version_info[:2])
if here != tuple(envelope["python"]):
    finish(("mismatch", envelope["python"], here, sys.executable), 97)
try:
    import cloudpickle
except ImportError:
    finish(("raised", "ModuleNotFoundError", f"cloudpickle is not installed for {sys.executable}", "", None), 98)
if cloudpickle.__version__.split(".")[0] != envelope["cloudpickle"].split(".")[0]:
    finish(("raised", "CloudpickleVersionMismatch", f"submitted with cloudpickle {envelope['cloudpickle']}, "
            f"the cluster has {cloudpickle.__version__} for {sys.executable}", "", None), 98)
try:
    fn, args, kwargs = cloudpickle.loads(envelope["call"])
    value = fn(*args, **kwargs)
    payload = cloudpickle.dumps(value)
except BaseException as exc:
    try:
        blob = cloudpickle.dumps(exc)
    except Exception:
        blob = None
    finish(("raised", type(exc).__qualname__, str(exc), traceback.format_exc(), blob), 1)
finish(("ok", payload), 0)
'''


class RemoteError(SlurmRestError):
    """The function raised on the cluster; ``remote_type`` and ``traceback`` tell what and where."""

    def __init__(self, remote_type: str, message: str, traceback: str, exception: BaseException | None) -> None:
        super().__init__(f"{remote_type}: {message}")
        self.remote_type, self.traceback, self.exception = remote_type, traceback, exception


@dataclass
class FunctionJob:
    """A submitted call (or array of calls). ``job_id`` lets it serve as a dependency."""

    job_id: int
    executor: FunctionExecutor
    work_dir: str
    count: int | None = None  # None: a single call; n: an array of n tasks
    _info: JobInfo | None = field(default=None, repr=False)
    tasks: list[JobInfo] = field(default_factory=list, repr=False)  # array tasks, once finished

    async def wait(self, timeout: float | None = None) -> JobInfo:
        """The final record (for an array: of the array's first task, once every task ended)."""
        if self._info is None or not self._info.finished:
            client = self.executor.client
            self._info = await client.wait(self.job_id, timeout=timeout)
            if self.count is not None:
                # Pending tasks stay folded in one record until they start: wait for all n records.
                loop = asyncio.get_running_loop()
                deadline = None if timeout is None else loop.time() + timeout
                while True:
                    tasks = [t for t in await client.array_tasks(self.job_id) if t.array_task_id is not None]
                    if len(tasks) >= self.count and all(t.finished for t in tasks):
                        self.tasks = tasks
                        break
                    if deadline is not None and loop.time() > deadline:
                        raise WaitTimeout(f"array job {self.job_id} unfinished after {timeout}s", pending={})
                    await asyncio.sleep(1.0)
                failed = [t for t in tasks if not t.succeeded]
                self._info = failed[0] if failed else self._info
        return self._info

    async def done(self) -> bool:
        info = await self.executor.client.get_job(self.job_id)
        return info.finished

    async def cancel(self) -> bool:
        return await self.executor.client.cancel(self.job_id)

    async def _outcome(self, suffix: str) -> tuple[Any, ...]:
        try:
            data = await self.executor.stager.read_bytes(f"{self.work_dir}/output{suffix}.pkl")
        except SlurmRestError:
            info = self._info
            state = f"{info.state.value} ({info.reason or 'no reason'})" if info else "unknown"
            raise RemoteError("NoResult", f"job {self.job_id} ended {state} without a result "
                                          f"(cancelled, timed out or killed?)", "", None) from None
        result: tuple[Any, ...] = pickle.loads(data)
        return result

    async def _value(self, suffix: str) -> Any:
        outcome = await self._outcome(suffix)
        if outcome[0] == "ok":
            import cloudpickle

            return cloudpickle.loads(outcome[1])
        if outcome[0] == "mismatch":
            raise RemoteError("PythonVersionMismatch",
                              f"submitted from Python {'.'.join(map(str, outcome[1]))}, but the cluster ran "
                              f"{outcome[3]} ({'.'.join(map(str, outcome[2]))}); set FunctionExecutor(python=...) "
                              "to a matching interpreter", "", None)
        _, remote_type, message, tb, blob = outcome
        exc = None
        if blob is not None:
            import cloudpickle

            try:
                exc = cloudpickle.loads(blob)
            except Exception:  # noqa: BLE001 - the remote exception's class may not import here
                exc = None
        raise RemoteError(remote_type, message, tb, exc)

    async def result(self, timeout: float | None = None) -> Any:
        """The return value (a list in input order for ``map``); raises RemoteError if it raised."""
        await self.wait(timeout)
        try:
            if self.count is None:
                return await self._value("")
            return [await self._value(f"-{i}") for i in range(self.count)]
        finally:
            await self.executor._cleanup(self)

    async def exception(self, timeout: float | None = None) -> RemoteError | None:
        try:
            await self.result(timeout)
        except RemoteError as exc:
            return exc
        return None

    async def stdout(self) -> str:
        return await self.executor.stager.tail(f"{self.work_dir}/stdout", 1 << 20)

    async def stderr(self) -> str:
        return await self.executor.stager.tail(f"{self.work_dir}/stderr", 1 << 20)


@dataclass
class FunctionExecutor:
    """Runs Python callables on the cluster. ``python`` is the interpreter jobs use there (it needs
    cloudpickle and the same major.minor as here); ``setup`` lines run first (``module load``,
    ``source venv/bin/activate``)."""

    client: AsyncSlurmClient
    stager: Stager
    python: str = "python3"
    setup: Sequence[str] = ()
    work_root: str = "/tmp/slurm-rest-fn"
    cleanup: Cleanup = "on_success"

    def __post_init__(self) -> None:
        if self.cleanup not in ("always", "on_success", "never"):
            raise ValidationError(f"cleanup must be always, on_success or never, got {self.cleanup!r}")
        if not self.work_root.startswith("/"):
            raise ValidationError("work_root must be an absolute path on the cluster")

    def _envelope(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> bytes:
        import cloudpickle

        call = cloudpickle.dumps((fn, args, kwargs))
        envelope = {"python": tuple(sys.version_info[:2]), "cloudpickle": cloudpickle.__version__, "call": call}
        return pickle.dumps(envelope, protocol=4)

    def _script(self, work_dir: str) -> str:
        lines = ["#!/bin/bash", *self.setup,
                 f"exec {self.python} - {shlex.quote(work_dir)} <<'SLURM_REST_RUNNER'", RUNNER.strip(),
                 "SLURM_REST_RUNNER"]
        return "\n".join(lines) + "\n"

    def _spec(self, fn: Callable[..., Any], spec: JobSpec | None, work_dir: str, after: Sequence[FunctionJob],
              array: str | None) -> JobSpec:
        base = spec or JobSpec(script="#!/bin/sh\n")
        stream = "-%a" if array else ""
        changes: dict[str, Any] = {
            "script": self._script(work_dir), "working_dir": work_dir, "array": array,
            "stdout": base.stdout or f"{work_dir}/stdout{stream}", "stderr": base.stderr or f"{work_dir}/stderr{stream}",
            "name": base.name or getattr(fn, "__name__", "function")[:100],
        }
        if after:
            changes["dependency"] = Dependency.afterok(*after)
        return base.with_changes(**changes)

    async def submit(self, fn: Callable[..., Any], /, *args: Any, spec: JobSpec | None = None,
                     after: Sequence[FunctionJob] = (), **kwargs: Any) -> FunctionJob:
        """Run ``fn(*args, **kwargs)`` as one job (after the ``after`` jobs succeeded)."""
        work_dir = f"{self.work_root}/{uuid.uuid4().hex}"
        await self.stager.write_bytes(f"{work_dir}/input.pkl", self._envelope(fn, args, kwargs))
        job_id = await self.client.submit(self._spec(fn, spec, work_dir, after, None))
        return FunctionJob(job_id, self, work_dir)

    async def map(self, fn: Callable[..., Any], items: Iterable[Any], *, limit: int = 4,
                  spec: JobSpec | None = None, after: Sequence[FunctionJob] = ()) -> FunctionJob:
        """``fn(item)`` for every item as ONE array job running at most ``limit`` at a time."""
        values = list(items)
        if not values:
            raise ValidationError("map needs at least one item")
        if limit < 1:
            raise ValidationError(f"limit must be at least 1, got {limit}")
        work_dir = f"{self.work_root}/{uuid.uuid4().hex}"
        await asyncio.gather(*(self.stager.write_bytes(f"{work_dir}/input-{i}.pkl", self._envelope(fn, (v,), {}))
                               for i, v in enumerate(values)))
        job_id = await self.client.submit(self._spec(fn, spec, work_dir, after, f"0-{len(values) - 1}%{limit}"))
        return FunctionJob(job_id, self, work_dir, count=len(values))

    async def _cleanup(self, job: FunctionJob) -> None:
        ok = job._info is not None and job._info.succeeded
        if self.cleanup == "always" or (self.cleanup == "on_success" and ok):
            await self.stager.remove_tree(job.work_dir)
