"""FunctionExecutor without a cluster: the real runner script runs here under bash, files stay local.

A fake client runs each submitted batch script at once (array tasks one by one, with SLURM_ARRAY_TASK_ID) and
reports COMPLETED/FAILED from its exit code; a fake stager maps remote paths to the same local paths. That
exercises the envelope, the runner, outcome decoding and above all the cleanup policy (always/on_success/never).
"""

from __future__ import annotations

import getpass
import logging
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from slurm_rest import (
    ClientConfig,
    FunctionExecutor,
    FunctionJob,
    JobSpec,
    RemoteError,
    SSHConfig,
    StagingError,
    SyncFunctionExecutor,
    SyncFunctionJob,
    ValidationError,
)
from slurm_rest._containers import in_container
from slurm_rest._exceptions import JobNotFoundError, SubmissionError
from slurm_rest._models import JobInfo, JobState, expand_output_path
from tests.fake_cluster import NODES, Cluster

cloudpickle = pytest.importorskip("cloudpickle")
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the runner cannot import this test module


class LocalStager:
    """The Stager calls FunctionExecutor makes, on local files."""

    def __init__(self) -> None:
        self.removed: list[str] = []
        self.fail_remove = False
        self.config = SSHConfig(host="local", user=getpass.getuser())
        self.private: list[str] = []

    async def makedirs(self, remote: str) -> None:
        Path(remote).mkdir(parents=True, exist_ok=True)

    async def make_in_private(self, root: str, name: str) -> bool:
        Path(root).mkdir(mode=0o700, parents=True, exist_ok=True)
        self.private.append(root)
        if Path(root, name).is_dir():
            return False
        Path(root, name).mkdir()
        return True

    async def write_bytes(self, remote: str, data: bytes) -> None:
        Path(remote).parent.mkdir(parents=True, exist_ok=True)
        Path(remote).write_bytes(data)

    async def read_bytes(self, remote: str) -> bytes:
        try:
            return Path(remote).read_bytes()
        except OSError as exc:
            raise StagingError(f"sftp read {remote}: {exc}") from exc

    async def tail(self, remote: str, nbytes: int = 4096) -> str:
        path = Path(remote)
        return path.read_bytes()[-nbytes:].decode("utf-8", "replace") if path.exists() else ""

    async def remove_tree(self, remote: str) -> None:
        if self.fail_remove:
            raise StagingError(f"sftp remove {remote}: permission denied")
        self.removed.append(remote)
        shutil.rmtree(remote, ignore_errors=True)


def run_batch_script(spec: JobSpec, job_id: int, task: int | None) -> int:
    """What slurmd would do with the batch script; its exit code."""
    env = {**os.environ, **({} if task is None else {"SLURM_ARRAY_TASK_ID": str(task)})}
    out, err = (
        expand_output_path(
            p or "/dev/null", job_id=job_id, array_job_id=None if task is None else job_id, array_task_id=task
        )
        for p in (spec.stdout, spec.stderr)
    )
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        return subprocess.run(
            ["bash", "-c", spec.script], env=env, cwd=spec.working_dir, stdout=stdout, stderr=stderr, check=False
        ).returncode


class LocalSlurm:
    """Runs a submitted script right away; the job record says how it ended."""

    def __init__(self) -> None:
        self.specs: list[JobSpec] = []
        self.records: dict[int, list[JobInfo]] = {}
        self.purged: set[int] = set()
        self.refuse = False

    async def submit(self, spec: JobSpec) -> int:
        if self.refuse:
            raise SubmissionError("the controller refused the job")
        job_id = 100 + len(self.specs)
        self.specs.append(spec)
        tasks: list[int | None] = [None]
        if spec.array:
            first, last = spec.array.split("%")[0].split("-")
            tasks = list(range(int(first), int(last) + 1))
        records = []
        for i, task in enumerate(tasks):
            code = run_batch_script(spec, job_id, task)
            records.append(
                JobInfo(
                    job_id=job_id if i == len(tasks) - 1 else job_id + 1000 + i,
                    state=JobState.COMPLETED if code == 0 else JobState.FAILED,
                    return_code=code,
                    array_job_id=job_id if spec.array else None,
                    array_task_id=task,
                )
            )
        self.records[job_id] = records
        return job_id

    def _own(self, job_id: int) -> JobInfo:
        if job_id in self.purged:
            raise JobNotFoundError(f"job {job_id} purged")
        return next(r for r in self.records[job_id] if r.job_id == job_id)

    async def wait(self, job_id: int, *, timeout: float | None = None) -> JobInfo:
        return self._own(job_id)

    async def get_job(self, job_id: int) -> JobInfo:
        return self._own(job_id)

    async def array_tasks(self, job_id: int) -> list[JobInfo]:
        return [] if job_id in self.purged else list(self.records[job_id])

    async def wait_array(self, job_id: int, *, timeout: float | None = None) -> list[JobInfo]:
        self._own(job_id)
        return await self.array_tasks(job_id)


class ContainedSlurm(LocalSlurm):
    """A cluster whose runtime is Apptainer: the spec wrapped as the clients' submit wraps it, and the launcher
    run on the fake node of ``tests/fake_cluster.py``, one process per task."""

    def __init__(self, node: Cluster) -> None:
        super().__init__()
        self.node = node
        self.stderr: list[str] = []

    async def submit(self, spec: JobSpec) -> int:
        job_id = 100 + len(self.specs)
        self.specs.append(spec)
        ran = self.node.run(
            in_container(spec, "apptainer").script, ntasks=spec.task_count or 1, cwd=Path(spec.working_dir or "/")
        )
        self.stderr.append(ran.stderr)
        self.records[job_id] = [
            JobInfo(job_id=job_id, state=JobState.COMPLETED if ran.rc == 0 else JobState.FAILED, return_code=ran.rc)
        ]
        return job_id


def executor(tmp_path: Path, cleanup: Any = "on_success") -> FunctionExecutor:
    return FunctionExecutor(
        LocalSlurm(),
        LocalStager(),
        python=sys.executable,  # type: ignore[arg-type]
        work_root=str(tmp_path / "fn"),
        cleanup=cleanup,
    )


def work_dirs(tmp_path: Path) -> list[Path]:
    root = tmp_path / "fn"
    return sorted(root.iterdir()) if root.exists() else []


def shout(word: str) -> str:
    print(f"out:{word}")
    print(f"err:{word}", file=sys.stderr)
    return word.upper()


def fail(n: int) -> int:
    if n == 3:
        raise KeyError(f"bad {n}")
    return n * n


async def test_value_and_logs_survive_cleanup(tmp_path: Path) -> None:
    ex = executor(tmp_path)
    job = await ex.submit(shout, "hi")
    assert await job.result() == "HI"
    assert work_dirs(tmp_path) == []  # on_success: removed
    assert await job.result() == "HI"  # the outcome is kept: asking again does not need the removed files
    assert await job.exception() is None
    assert (await job.stdout()).strip() == "out:hi"
    assert (await job.stderr()).strip() == "err:hi"


@pytest.mark.parametrize(
    ("cleanup", "kept_ok", "kept_failed"),
    [("always", False, False), ("on_success", False, True), ("never", True, True)],
)
async def test_cleanup_policy(tmp_path: Path, cleanup: str, kept_ok: bool, kept_failed: bool) -> None:
    ex = executor(tmp_path, cleanup)
    ok = await ex.submit(fail, 2)
    assert await ok.result() == 4
    assert Path(ok.work_dir).exists() is kept_ok
    bad = await ex.submit(fail, 3)
    err = await bad.exception()
    assert isinstance(err, RemoteError) and err.remote_type == "KeyError"
    assert isinstance(err.exception, KeyError)
    assert Path(bad.work_dir).exists() is kept_failed
    if kept_failed:  # what a failed call leaves is there to look at
        assert {p.name for p in Path(bad.work_dir).iterdir()} >= {"input.pkl", "output.pkl", "stdout", "stderr"}
    with pytest.raises(RemoteError) as again:  # same answer from the kept outcome, files or not
        await bad.result()
    assert again.value is err


@pytest.mark.parametrize(("cleanup", "kept"), [("always", False), ("on_success", True), ("never", True)])
async def test_cleanup_policy_map_with_one_failure(tmp_path: Path, cleanup: str, kept: bool) -> None:
    ex = executor(tmp_path, cleanup)
    job = await ex.map(fail, range(5), limit=2)
    assert ex.client.specs[-1].array == "0-4%2"  # type: ignore[attr-defined]
    err = await job.exception()
    assert err is not None and "bad 3" in str(err) and "in fail" in err.traceback
    assert Path(job.work_dir).exists() is kept
    assert job._info is not None and job._info.array_task_id == 3  # the failed task's record


async def test_map_results_in_order_and_removed(tmp_path: Path) -> None:
    ex = executor(tmp_path)
    job = await ex.map(shout, ["a", "b", "c"])
    assert await job.result() == ["A", "B", "C"]
    assert work_dirs(tmp_path) == []
    assert [(await job.stdout(task=i)).strip() for i in range(3)] == ["out:a", "out:b", "out:c"]
    with pytest.raises(ValidationError):
        await job.stdout()  # an array has one log per task


async def test_cleanup_failure_is_logged_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    ex = executor(tmp_path)
    ex.stager.fail_remove = True  # type: ignore[attr-defined]
    job = await ex.submit(fail, 2)
    with caplog.at_level(logging.WARNING, logger="slurm_rest.functions"):
        assert await job.result() == 4
    assert "could not remove" in caplog.text


async def test_no_result_keeps_work_dir_on_success_policy(tmp_path: Path) -> None:
    ex = executor(tmp_path)
    job = await ex.submit(os._exit, 9)  # dies without writing output.pkl
    err = await job.exception()
    assert err is not None and err.remote_type == "NoResult" and "FAILED" in str(err)
    assert Path(job.work_dir).exists()


async def test_purged_job_still_gives_its_result(tmp_path: Path) -> None:
    ex = executor(tmp_path)
    job = await ex.submit(fail, 5)
    ex.client.purged.add(job.job_id)  # type: ignore[attr-defined]  # MinJobAge passed before result() was asked
    assert await job.done()
    assert await job.result() == 25
    assert work_dirs(tmp_path) == []


async def test_after_adds_to_the_spec_dependency(tmp_path: Path) -> None:
    ex = executor(tmp_path)
    first = await ex.submit(fail, 1)
    spec = JobSpec(script="#!/bin/sh\n", dependency="afterany:7")
    spec2 = ex._spec(fail, spec, "/w", [first, 9], None)
    assert spec2.dependency == f"afterany:7,afterok:{first.job_id}:9"


async def test_refused_submission_leaves_no_work_dir(tmp_path: Path) -> None:
    ex = executor(tmp_path)
    ex.client.refuse = True  # type: ignore[attr-defined]
    with pytest.raises(SubmissionError):
        await ex.submit(fail, 1)
    with pytest.raises(SubmissionError):
        await ex.map(fail, range(3))
    assert work_dirs(tmp_path) == []
    with pytest.raises(ValidationError):  # a bad spec fails before anything is uploaded
        await ex.submit(fail, 1, spec=JobSpec(script="#!/bin/sh\n", dependency="afterok:1?afterok:2"), after=[3])
    assert work_dirs(tmp_path) == []


def where_am_i(x: int) -> tuple[int, str | None, str | None, str | None, str]:
    env = os.environ
    return x, env.get("RANK"), env.get("WORLD_SIZE"), env.get("MASTER_ADDR"), os.getcwd()


@pytest.mark.parametrize("ntasks", [1, 3])
async def test_a_function_in_a_container_runs_once_per_rank(tmp_path: Path, ntasks: int) -> None:
    # The container's launcher starts the tasks: the function's script must not start them again with its own
    # srun (a step inside a step, in an image that has no srun).
    slurm = ContainedSlurm(Cluster(tmp_path / "node"))
    ex = FunctionExecutor(
        slurm,
        LocalStager(),
        python=sys.executable,  # type: ignore[arg-type]
        work_root=str(tmp_path / "fn"),
        cleanup="never",
    )
    job = await ex.submit(where_am_i, 5, spec=JobSpec(script="#!/bin/sh\n", ntasks=ntasks, container="python:3.12"))
    got = await job.result()
    assert slurm.stderr == [""]
    if ntasks == 1:
        assert got == (5, "0", "1", NODES[0], job.work_dir)
    else:
        assert got == [(5, str(r), str(ntasks), NODES[0], job.work_dir) for r in range(ntasks)]
    assert slurm.node.srun_options() == ["--kill-on-bad-exit=1"]  # one step, the launcher's


def test_remote_error_pickles() -> None:
    err = RemoteError("ValueError", "boom", "Traceback ...", ValueError("boom"))
    back = pickle.loads(pickle.dumps(err))
    assert (back.remote_type, back.message, back.traceback, str(back)) == (
        "ValueError",
        "boom",
        "Traceback ...",
        "ValueError: boom",
    )


def test_bad_cleanup_value(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cleanup"):
        executor(tmp_path, "sometimes")


def test_function_job_is_a_dependency() -> None:
    from slurm_rest import Dependency

    job = FunctionJob(42, None, "/w")  # type: ignore[arg-type]
    assert str(Dependency.afterok(job)) == "afterok:42"


def test_sync_wrapper(tmp_path: Path) -> None:
    config = ClientConfig(url="http://127.0.0.1:9", user="u", token="t")
    with SyncFunctionExecutor(
        config, SSHConfig(host="127.0.0.1", user="u"), python=sys.executable, work_root=str(tmp_path / "fn")
    ) as ex:
        real = ex.executor.client, ex.executor.stager
        ex.executor.client, ex.executor.stager = LocalSlurm(), LocalStager()  # type: ignore[assignment]
        try:
            job = ex.submit(shout, "sync")
            assert isinstance(job, SyncFunctionJob) and job.done()
            assert job.result() == "SYNC" and job.exception() is None
            assert job.stdout().strip() == "out:sync" and job.stderr().strip() == "err:sync"
            bad = ex.map(fail, [2, 3], after=[job])
            assert ex.executor.client.specs[-1].dependency == f"afterok:{job.job_id}"  # type: ignore[attr-defined]
            err = bad.exception()
            assert isinstance(err, RemoteError) and err.remote_type == "KeyError"
            with pytest.raises(RemoteError):
                bad.result()
        finally:
            ex.executor.client, ex.executor.stager = real
    assert not ex._thread.is_alive()
    with pytest.raises(RuntimeError, match="closed"):
        ex.submit(shout, "late")
    ex.close()  # idempotent
