"""Python callables as Slurm jobs: arguments and results move by SFTP, job control by REST.

Each call gets a work directory on the cluster holding ``input[-i].pkl`` (an envelope in plain
pickle naming the Python version, wrapping the cloudpickled call) and, when the job ends,
``output[-i].pkl``. The batch script runs a small runner with the cluster's Python, which
checks the version *before* unpickling any code, so a mismatch is a clear error rather than a
garbled unpickle. ``map`` is one array job with a ``%limit``; results come back in input order.

A spec asking for several tasks (``ntasks``, or ``nodes`` x ``ntasks_per_node``) runs the call once per
rank under ``srun``: each rank finds ``RANK``, ``WORLD_SIZE``, ``LOCAL_RANK``, ``MASTER_ADDR`` and
``MASTER_PORT`` in its environment (what ``torch.distributed``'s ``env://`` reads) and writes its own
``output[-i].rank<r>.pkl``; the result is every rank's value in rank order. A spec with a ``container`` has
its ranks started by the container's launcher instead (``per_task_script``), each inside the image.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import pickle
import posixpath
import shlex
import sys
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ._async_client import AsyncSlurmClient
from ._constants import RANK_PORTS
from ._exceptions import JobNotFoundError, RemoteError, SlurmRestError, StagingError, ValidationError
from ._jobspec import Dependency, JobRef, JobSpec
from ._models import JobInfo, expand_output_path
from ._staging import Stager

__all__ = ["NO_RESULT", "RUNNER", "RUNNER_FILE", "FunctionExecutor", "FunctionJob"]

Cleanup = Literal["always", "on_success", "never"]
NO_RESULT = "NoResult"  # RemoteError.remote_type of a call that left no result (killed, timed out)
LOG_TAIL = 1 << 20  # stdout()/stderr() return at most this many trailing bytes
log = logging.getLogger("slurm_rest.functions")
RUNNER_FILE = "runner.py"  # uploaded beside the inputs: every rank, on any node, runs the same file

RUNNER = r"""
import os, pickle, sys, traceback
wd, task = sys.argv[1], os.environ.get("SLURM_ARRAY_TASK_ID")
suffix = "" if task is None or not os.path.exists(f"{wd}/input-{task}.pkl") else f"-{task}"
rank = os.environ.get("SLURM_PROCID") if os.environ.get("SLURM_REST_RANKS") else None
if rank is not None:  # one of several ranks: the names torch.distributed's env:// reads, from Slurm's
    os.environ.update(RANK=rank, WORLD_SIZE=os.environ["SLURM_NTASKS"], LOCAL_RANK=os.environ["SLURM_LOCALID"])
out = suffix if rank is None else f"{suffix}.rank{rank}"
def finish(result, code):
    with open(f"{wd}/output{out}.pkl.tmp", "wb") as fh:
        pickle.dump(result, fh, protocol=4)
    os.replace(f"{wd}/output{out}.pkl.tmp", f"{wd}/output{out}.pkl")
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
"""


@dataclass
class FunctionJob:
    """A submitted call (or array of calls). ``job_id`` lets it serve as a dependency."""

    job_id: int
    executor: FunctionExecutor
    work_dir: str
    count: int | None = None  # None: a single call; n: an array of n tasks
    ranks: int | None = None  # None: the call runs once; n: once per rank (each array task, too)
    streams: tuple[str, str] = ("", "")  # the stdout and stderr paths given to Slurm (may hold %A/%a/%j)
    _info: JobInfo | None = field(default=None, repr=False)
    tasks: list[JobInfo] = field(default_factory=list, repr=False)  # array tasks, once finished
    _ended: bool = field(default=False, repr=False)
    _settled: tuple[bool, Any] | None = field(default=None, repr=False)  # (True, value) or (False, RemoteError)
    _logs: dict[str, str] = field(default_factory=dict, repr=False)  # logs read before cleanup removed them

    async def wait(self, timeout: float | None = None) -> JobInfo:
        """The final record (for an array: of a failed task if any, else of the array job, once every task
        ended). Raises JobNotFoundError once the controller forgot the job (MinJobAge after it ended)."""
        if self._ended and self._info is not None:
            return self._info
        client = self.executor.client
        if self.count is None:
            self._info = await client.wait(self.job_id, timeout=timeout)
        else:
            records = await client.wait_array(self.job_id, timeout=timeout)
            self.tasks = [t for t in records if t.array_task_id is not None]
            failed = [t for t in records if not t.succeeded]
            own = next((t for t in records if t.job_id == self.job_id), records[-1])
            self._info = failed[0] if failed else own
        self._ended = True
        return self._info

    async def done(self) -> bool:
        """Whether the job (every task, for a ``map``) has ended, without waiting; a purged job has."""
        client = self.executor.client
        try:
            if self.count is None:
                return (await client.get_job(self.job_id)).finished
            return all(t.finished for t in await client.array_tasks(self.job_id))
        except JobNotFoundError:  # purged: it ended long ago
            return True

    async def cancel(self) -> bool:
        """Cancel the job (every task of a ``map``); False when it had already ended."""
        return await self.executor.client.cancel(self.job_id)

    async def _outcome(self, suffix: str) -> tuple[Any, ...]:
        try:
            data = await self.executor.stager.read_bytes(f"{self.work_dir}/output{suffix}.pkl")
        except SlurmRestError as exc:
            info = self._info
            how = (
                f"ended {info.state.value} ({info.reason or 'no reason'})"
                if info
                else "is no longer known to the controller"
            )
            raise RemoteError(
                NO_RESULT,
                f"job {self.job_id} {how} without a result (cancelled, timed out or killed?): {exc}",
                "",
                None,
            ) from None
        result: tuple[Any, ...] = pickle.loads(data)
        return result

    async def _value(self, suffix: str) -> Any:
        outcome = await self._outcome(suffix)
        if outcome[0] == "ok":
            import cloudpickle

            return cloudpickle.loads(outcome[1])
        if outcome[0] == "mismatch":
            raise RemoteError(
                "PythonVersionMismatch",
                f"submitted from Python {'.'.join(map(str, outcome[1]))}, but the cluster ran "
                f"{outcome[3]} ({'.'.join(map(str, outcome[2]))}); set FunctionExecutor(python=...) "
                "to a matching interpreter",
                "",
                None,
            )
        _, remote_type, message, tb, blob = outcome
        exc = None
        if blob is not None:
            import cloudpickle

            try:
                exc = cloudpickle.loads(blob)
            except Exception:
                exc = None
        raise RemoteError(remote_type, message, tb, exc)

    async def _ranked(self, suffix: str) -> Any:
        """One call's value, or the list of its ranks' values; if ranks failed, the lowest one's error that
        is the function's own (a rank killed because another failed leaves no result, and says less)."""
        if self.ranks is None:
            return await self._value(suffix)
        values, errors = [], []
        for r in range(self.ranks):
            try:
                values.append(await self._value(f"{suffix}.rank{r}"))
            except RemoteError as exc:
                errors.append(exc)
        if errors:
            raise next((e for e in errors if e.remote_type != NO_RESULT), errors[0])
        return values

    async def result(self, timeout: float | None = None) -> Any:
        """The return value (a list in input order for ``map``); raises RemoteError if it raised. The outcome
        is kept, so asking again (or ``exception()`` then ``result()``) gives the same answer after cleanup."""
        if self._settled is None:
            try:
                await self.wait(timeout)
            except JobNotFoundError:
                self._info = None  # purged: the files it left are all there is to go by
            returned = False
            try:
                values = [
                    await self._ranked(s)
                    for s in ([""] if self.count is None else [f"-{i}" for i in range(self.count)])
                ]
                self._settled, returned = (True, values[0] if self.count is None else values), True
            except RemoteError as exc:
                self._settled = (False, exc)
            finally:
                await self.executor._cleanup(self, returned)
        ok, value = self._settled
        if not ok:
            raise value
        return value

    async def exception(self, timeout: float | None = None) -> RemoteError | None:
        """The ``RemoteError`` that ``result()`` would raise, or None when the call returned."""
        try:
            await self.result(timeout)
        except RemoteError as exc:
            return exc
        return None

    def _log_path(self, which: int, task: int | None) -> str:
        if (task is None) != (self.count is None):
            raise ValidationError("pass task=i (0-based) for an array job's logs, and only then")
        if task is not None and not 0 <= task < (self.count or 0):
            raise ValidationError(f"task must be 0..{(self.count or 0) - 1}, got {task}")
        return expand_output_path(
            self.streams[which],
            job_id=self.job_id,
            array_task_id=task,
            array_job_id=None if task is None else self.job_id,
        )

    async def _log(self, which: int, task: int | None) -> str:
        path = self._log_path(which, task)
        if path in self._logs:
            return self._logs[path]
        return await self.executor.stager.tail(path, LOG_TAIL)

    async def stdout(self, task: int | None = None) -> str:
        """What the call printed (up to the last MiB); ``task`` picks one call of a ``map``."""
        return await self._log(0, task)

    async def stderr(self, task: int | None = None) -> str:
        """What the call wrote to stderr (up to the last MiB); ``task`` picks one call of a ``map``."""
        return await self._log(1, task)

    async def _keep_logs(self) -> None:
        """Read the logs kept in the work directory, which cleanup is about to remove."""
        tasks = [None] if self.count is None else list(range(self.count))
        paths = [
            p
            for p in {self._log_path(w, t) for w in (0, 1) for t in tasks}
            if p.startswith(self.work_dir + "/") and p not in self._logs
        ]
        texts = await asyncio.gather(*(self.executor.stager.tail(p, LOG_TAIL) for p in paths))
        self._logs.update(zip(paths, texts, strict=False))


@dataclass
class FunctionExecutor:
    """Runs Python callables on the cluster. ``python`` is the interpreter jobs use there (it needs
    cloudpickle and the same major.minor as here); ``setup`` lines run first (``module load``,
    ``source venv/bin/activate``)."""

    client: AsyncSlurmClient
    stager: Stager
    python: str = "python3"
    setup: Sequence[str] = ()
    work_root: str = "/tmp/slurm-rest-fn-{user}"  # {user}: the SSH user; made 0700, refused if not theirs
    cleanup: Cleanup = "on_success"

    def __post_init__(self) -> None:
        if self.cleanup not in ("always", "on_success", "never"):
            raise ValidationError(f"cleanup must be always, on_success or never, got {self.cleanup!r}")
        if not self.work_root.startswith("/"):
            raise ValidationError("work_root must be an absolute path on the cluster")
        self.work_root = self.work_root.replace("{user}", self.stager.config.user)

    def _envelope(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> bytes:
        import cloudpickle

        call = cloudpickle.dumps((fn, args, kwargs))
        envelope = {"python": tuple(sys.version_info[:2]), "cloudpickle": cloudpickle.__version__, "call": call}
        return pickle.dumps(envelope, protocol=4)

    def _script(self, work_dir: str, ranks: int | None, contained: bool) -> str:
        """The batch script; ``contained``: the job has a container, whose launcher already runs the script once
        per task with MASTER_ADDR and MASTER_PORT set (``per_task_script``), so it starts no srun of its own."""
        run = f"{self.python} {shlex.quote(work_dir + '/' + RUNNER_FILE)} {shlex.quote(work_dir)}"
        if ranks is None:
            return "\n".join(["#!/bin/bash", *self.setup, f"exec {run}"]) + "\n"
        if contained:
            return "\n".join(["#!/bin/bash", *self.setup, "export SLURM_REST_RANKS=1", f"exec {run}"]) + "\n"
        base, span = RANK_PORTS
        return (
            "\n".join(
                [
                    "#!/bin/bash",
                    *self.setup,
                    'export MASTER_ADDR="$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)"',
                    f'export MASTER_PORT="$(({base} + SLURM_JOB_ID % {span}))" SLURM_REST_RANKS=1',
                    f"exec srun {run}",
                ]
            )
            + "\n"
        )

    def _spec(
        self, fn: Callable[..., Any], spec: JobSpec | None, work_dir: str, after: Sequence[JobRef], array: str | None
    ) -> JobSpec:
        base = spec or JobSpec(script="#!/bin/sh\n")
        stream = "-%a" if array else ""
        changes: dict[str, Any] = {
            "script": self._script(work_dir, _ranks(base), base.container is not None),
            "working_dir": work_dir,
            "array": array,
            "stdout": base.stdout or f"{work_dir}/stdout{stream}",
            "stderr": base.stderr or f"{work_dir}/stderr{stream}",
            "name": base.name or getattr(fn, "__name__", "function")[:100],
        }
        if after:  # added to the spec's own dependency, not replacing it
            own = [Dependency.parse(base.dependency_str)] if base.dependency_str else []
            changes["dependency"] = [*own, Dependency.afterok(*after)]
        return base.with_changes(**changes)

    async def submit(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        spec: JobSpec | None = None,
        after: Sequence[JobRef] = (),
        **kwargs: Any,
    ) -> FunctionJob:
        """Run ``fn(*args, **kwargs)`` as one job (after the ``after`` jobs succeeded)."""
        work_dir = f"{self.work_root}/{uuid.uuid4().hex}"
        job_spec = self._spec(fn, spec, work_dir, after, None)
        return await self._launch(job_spec, work_dir, {"input.pkl": self._envelope(fn, args, kwargs)}, None)

    # ``spec`` asking for several tasks runs ``fn`` once per rank (see the module docstring); then a
    # submit's result is the list of the ranks' values and a map's is one such list per item.

    async def map(
        self,
        fn: Callable[..., Any],
        items: Iterable[Any],
        *,
        limit: int = 4,
        spec: JobSpec | None = None,
        after: Sequence[JobRef] = (),
    ) -> FunctionJob:
        """``fn(item)`` for every item as ONE array job running at most ``limit`` at a time."""
        values = list(items)
        if not values:
            raise ValidationError("map needs at least one item")
        if limit < 1:
            raise ValidationError(f"limit must be at least 1, got {limit}")
        work_dir = f"{self.work_root}/{uuid.uuid4().hex}"
        job_spec = self._spec(fn, spec, work_dir, after, f"0-{len(values) - 1}%{limit}")
        inputs = {f"input-{i}.pkl": self._envelope(fn, (v,), {}) for i, v in enumerate(values)}
        return await self._launch(job_spec, work_dir, inputs, len(values))

    async def _launch(
        self, job_spec: JobSpec, work_dir: str, inputs: dict[str, bytes], count: int | None
    ) -> FunctionJob:
        """Upload the inputs and submit; a failure removes what was uploaded (no job will ever read it)."""
        inputs = {RUNNER_FILE: RUNNER.lstrip().encode(), **inputs}
        # One user's calls are nobody else's to read: in the private root, checked in the same round trip.
        await self.stager.make_in_private(self.work_root, posixpath.basename(work_dir))
        try:
            await asyncio.gather(
                *(self.stager.write_bytes(f"{work_dir}/{name}", data) for name, data in inputs.items())
            )
            job_id = await self.client.submit(job_spec)
        except Exception:
            with contextlib.suppress(StagingError):
                await self.stager.remove_tree(work_dir)
            raise
        return FunctionJob(
            job_id,
            self,
            work_dir,
            count=count,
            ranks=_ranks(job_spec),
            streams=(job_spec.stdout or "", job_spec.stderr or ""),
        )

    async def _cleanup(self, job: FunctionJob, returned: bool) -> None:
        """Remove the work directory per ``cleanup``; ``returned``: every call came back with a value."""
        if self.cleanup == "always" or (self.cleanup == "on_success" and returned):
            try:
                await job._keep_logs()
                await self.stager.remove_tree(job.work_dir)
            except StagingError as exc:  # the outcome is known; a leftover directory must not hide it
                log.warning("could not remove %s of job %s: %s", job.work_dir, job.job_id, exc)


def _ranks(spec: JobSpec) -> int | None:
    """How many ranks run the call: the spec's tasks when more than one."""
    tasks = spec.task_count
    return tasks if tasks is not None and tasks > 1 else None
