"""Flyte 2 function tasks (``slurm_rest2_fn``) without a testbed.

The a0 arguments the connector makes, and whole local ``flyte.run`` calls: the connector against the fake
slurmrestd on a socket, a stager on local paths, and each submitted batch script run here for real under bash,
so Flyte's own ``a0`` runs the function from the uploaded code bundle, as on a cluster. The raw-data path is a
local directory, and ``memory://`` for a remote one (Flyte's mixin supports only that kind).
"""

from __future__ import annotations

import asyncio
import base64
import os
import posixpath
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flyte.io import File

from flyte_plugin._constants import JOB_ID_FILE
from flyte_plugin.flyte2 import TASK2_FUNCTION, SlurmCluster, SlurmRestFunction, SSHTarget
from flyte_plugin.flyte2 import _function_connector as fc
from flyte_plugin.flyte2._function import render_args
from slurm_rest import Container, ContainerRuntime, JobSpec, RefusedError, StagingError, ValidationError
from slurm_rest._models import expand_output_path

from .fake_slurmrestd import FakeSlurmrestd, signed_with
from .test_functions_local import LocalStager

ROOT = Path(__file__).resolve().parents[1]
KEY = b"k" * 32
SSH_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n"
WORK = "/w/run1"
NAMES = {"--run-name": "r1", "--name": "n0", "--org": "o", "--project": "p", "--domain": "d"}


def served_args() -> list[str]:
    """a0's arguments as the backend's webapi plugin renders them: data paths filled, names left as templates."""
    return [
        "a0",
        "--inputs",
        "s3://b/run/n0/0/inputs.pb",
        "--outputs-path",
        "s3://b/run/n0/0",
        "--version",
        "v1",
        "--raw-data-path",
        "s3://b/raw",
        "--checkpoint-path",
        "s3://b/ck",
        "--prev-checkpoint",
        "",
        "--run-name",
        "{{.runName}}",
        "--name",
        "{{.actionName}}",
        "--run-start-time",
        "{{.runStartTime}}",
        "--tgz",
        "s3://b/code/abc.tar.gz",
        "--dest",
        "/opt/flyte/",
        "--resolver",
        "flyte._internal.resolvers.default.DefaultTaskResolver",
        "mod",
        "m",
        "instance",
        "t",
    ]


def test_a0_args_point_into_the_work_dir_and_the_names_are_filled() -> None:
    cmd = fc.parse_a0(served_args(), WORK, NAMES)
    assert (cmd.inputs, cmd.outputs, cmd.code) == (
        "s3://b/run/n0/0/inputs.pb",
        "s3://b/run/n0/0",
        ("s3://b/code/abc.tar.gz", "code.tar.gz"),
    )
    args = cmd.args
    opts = dict(zip(args[1:-4:2], args[2:-4:2], strict=True))
    assert args[0] == "a0" and args[-4:] == ["mod", "m", "instance", "t"]
    assert opts == {
        "--version": "v1",
        "--run-start-time": "{{.runStartTime}}",
        "--resolver": "flyte._internal.resolvers.default.DefaultTaskResolver",
        "--inputs": f"{WORK}/inputs.pb",
        "--outputs-path": f"{WORK}/outputs",
        "--raw-data-path": f"{WORK}/raw",
        "--checkpoint-path": f"{WORK}/checkpoint",
        "--run-base-dir": f"{WORK}/base",
        "--run-name": "r1",
        "--name": "n0",
        "--org": "o",
        "--project": "p",
        "--domain": "d",
        "--tgz": f"{WORK}/code.tar.gz",
        "--dest": f"{WORK}/code",
    }
    assert not any("s3://" in a for a in args)  # nothing on the cluster reads the blob store


def test_names_a_local_run_rendered_are_kept() -> None:
    args = render_args(
        [
            "a0",
            "--inputs",
            "{{.input}}",
            "--outputs-path",
            "{{.outputPrefix}}",
            "--run-name",
            "{{.runName}}",
            "--name",
            "{{.actionName}}",
            "--resolver",
            "R",
            "x",
        ],
        "/raw/abc",
        run_name="myrun",
        action="a7",
        start="2026-01-01T00:00:00+00:00",
    )
    cmd = fc.parse_a0(args, WORK, NAMES)
    assert (cmd.inputs, cmd.outputs, cmd.code) == ("/raw/abc/inputs.pb", "/raw/abc", None)
    opts = dict(zip(cmd.args[1:-1:2], cmd.args[2:-1:2], strict=True))
    assert (opts["--run-name"], opts["--name"], opts["--org"]) == ("myrun", "a7", "o")
    assert opts["--run-base-dir"] == f"{WORK}/base" and cmd.args[-1] == "x"


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (["pyflyte-execute", "--inputs", "x"], "runs a0"),
        (["a0", "--inputs", "{{.input}}", "--outputs-path", "s3://b/o"], "did not render"),
        (["a0", "--outputs-path", "s3://b/o"], "did not render"),
        (["a0", "--inputs", "s3://b/i", "--outputs-path"], "has no value"),
    ],
)
def test_commands_that_are_not_rendered_a0_are_refused(args: list[str], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        fc.parse_a0(args, WORK, NAMES)


def cluster(url: str = "http://127.0.0.1:1", **kw: Any) -> SlurmCluster:
    return SlurmCluster(
        url=url,
        user="alice",
        jwt_key_secret="SLURM_REST_JWT_KEY",
        ssh=SSHTarget(host="127.0.0.1", key_secret="SLURM_REST_SSH_KEY", insecure_skip_host_key_check=True),
        **kw,
    )


def test_the_job_runs_a0_with_plain_logs_after_setup_and_the_environments() -> None:
    fn = SlurmRestFunction(
        cluster=cluster(),
        python="/opt/py/bin/python3",
        python_setup=["module load py"],
        prerun=["echo pre"],
        postrun=["echo post"],
        srun_options={"ntasks": 2},
        environment={"MODE": "fn"},
        job={"time": "5"},
    )
    cmd = fc.parse_a0(served_args(), WORK, NAMES)
    spec = fc.a0_job(fn, cmd, work=WORK, name="t", environment={"GREETING": "hi", "MODE": "env"})
    lines = spec.script.splitlines()
    run = next(i for i, line in enumerate(lines) if "flyte._bin.runtime a0" in line)
    assert lines[run].startswith("srun --ntasks=2 /opt/py/bin/python3 -m flyte._bin.runtime a0 --version v1")
    assert lines.index("module load py") < lines.index("echo pre") < run < lines.index("echo post")
    assert spec.working_dir == WORK and spec.stderr == f"{WORK}/slurm-%j.err" and spec.time_limit == "5"
    env = spec.environment or {}
    assert (env["DISABLE_RICH_LOGGING"], env["GREETING"], env["MODE"]) == ("1", "hi", "fn")


def test_in_an_image_the_job_records_its_id_on_the_host_and_runs_a0_in_the_image() -> None:
    fn = SlurmRestFunction(cluster=cluster(), python_setup=["module load py"], prerun=["echo pre"], job={"time": "5"})
    cmd = fc.parse_a0(served_args(), WORK, NAMES)
    spec = fc.a0_job(
        fn,
        cmd,
        work=WORK,
        name="t",
        environment={},
        container=Container("/images/fn.sif"),
        runtime=ContainerRuntime.APPTAINER,
    )
    lines = spec.script.splitlines()
    srun = next(i for i, line in enumerate(lines) if line.startswith("srun "))
    assert next(i for i, line in enumerate(lines) if JOB_ID_FILE in line) < srun  # once, on the host
    assert "apptainer exec" in lines[srun] and "/images/fn.sif" in lines[srun]
    task = spec.script[spec.script.index("export SLURM_REST_SCRIPT=") : spec.script.index("\nsrun ")]  # in the image
    assert "module load py" in task and "flyte._bin.runtime a0" in task and JOB_ID_FILE not in task
    with pytest.raises(ValidationError, match="srun starts it there already"):
        fc.a0_job(
            SlurmRestFunction(cluster=cluster(), srun=True),
            cmd,
            work=WORK,
            name="t",
            environment={},
            container=Container("/images/fn.sif"),
            runtime=ContainerRuntime.APPTAINER,
        )


def test_bad_configs_are_refused_at_definition() -> None:
    with pytest.raises(ValidationError, match="ssh=SSHTarget"):
        SlurmRestFunction(cluster=SlurmCluster(url="http://x", user="alice", jwt_key_secret="K"))
    with pytest.raises(ValidationError, match="must contain"):
        SlurmRestFunction(cluster="hpc1", script="#!/bin/bash\necho no command\n")
    with pytest.raises(ValidationError, match="cleanup"):
        SlurmRestFunction(cluster="hpc1", cleanup="sometimes")  # type: ignore[arg-type]
    fn = SlurmRestFunction(cluster=cluster(), srun_options={"gpus": 1}, job={"time": "5"})
    assert SlurmRestFunction.from_dict(fn.to_dict()) == fn


def test_a_traceback_is_cut_from_the_log() -> None:
    log = (
        'noise\nTraceback (most recent call last):\n  File "a.py", line 1, in f\n    raise X\nValueError: old\n'
        "[flyte] ERROR Task failed with error: bad\nTraceback (most recent call last):\n"
        "  File \"m.py\", line 9, in boom\n    raise ValueError('bad')\nValueError: bad\n[flyte] ERROR later\n"
    )
    assert fc.traceback_in(log) == (
        'Traceback (most recent call last):\n  File "m.py", line 9, in boom\n'
        "    raise ValueError('bad')\nValueError: bad"
    )
    assert fc.traceback_in("no traceback here") == ""


# --- whole local runs ----------------------------------------------------------------------------------------


class FileStager(LocalStager):
    """Local paths are the cluster's, as SFTP would move them (links refused as Stager.no_links does)."""

    def __init__(self, config: Any = None) -> None:
        super().__init__()

    async def exists(self, remote: str) -> bool:
        return Path(remote).exists()

    async def upload(self, local: str | Path, remote: str) -> None:
        Path(remote).parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if Path(local).is_dir() else shutil.copyfile)(local, remote)

    async def download(self, remote: str, local: str | Path) -> None:
        Path(local).parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if Path(remote).is_dir() else shutil.copyfile)(remote, local)

    async def no_links(self, root: str, remote: str) -> None:
        below = remote[len(root.rstrip("/")) :].split("/")
        if not remote.startswith(root.rstrip("/") + "/") or ".." in below:
            raise StagingError(f"refusing {remote}: not inside {root}")
        path = Path(root)
        for part in (p for p in below if p):
            path = path / part
            if path.is_symlink():
                raise StagingError(f"refusing {remote}: a symbolic link")

    async def head(self, remote: str, nbytes: int) -> bytes:
        try:
            return Path(remote).read_bytes()[:nbytes]
        except OSError as exc:
            raise StagingError(str(exc)) from exc


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, FakeSlurmrestd]]:
    """examples/flyte2_functions.py on a "cluster" here: the fake slurmrestd, local files, this Python."""
    fake = FakeSlurmrestd("24.11")
    fake.require_token(signed_with(KEY))
    with fake.http_server() as url:
        env = {
            "SLURM_REST_URL": url,
            "SLURM_REST_WORK_ROOT": str(tmp_path / "cluster" / "{user}"),
            "SLURM_REST_CLUSTER_PYTHON": sys.executable,
            "SLURM_REST_CLUSTER_PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT)),
            "SLURM_REST_JWT_KEY": base64.b64encode(KEY).decode(),
            "SLURM_REST_SSH_KEY": SSH_KEY,
        }
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        monkeypatch.setattr("flyte_plugin._sessions.Stager", FileStager)
        real_submit = fc.submit  # type: ignore[attr-defined]

        async def submit(begun: Any, spec: JobSpec) -> int:
            """Submit, then run the batch script here as slurmd would, and end the job with its exit code."""
            job_id = await real_submit(begun, spec)
            rc = await asyncio.to_thread(run_batch_script, spec, job_id, tmp_path)
            fake.finish(job_id, exit_code=rc)
            return job_id

        monkeypatch.setattr(fc, "submit", submit)
        monkeypatch.syspath_prepend(str(ROOT / "examples"))
        sys.modules.pop("flyte2_functions", None)
        import flyte2_functions  # type: ignore[import-not-found]

        yield flyte2_functions, fake
        sys.modules.pop("flyte2_functions", None)


def run_batch_script(spec: JobSpec, job_id: int, home: Path) -> int:
    out, err = (expand_output_path(p or "/dev/null", job_id=job_id) for p in (spec.stdout, spec.stderr))
    env = {"HOME": str(home), "SLURM_JOB_ID": str(job_id), **(spec.environment or {})}
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        return subprocess.run(
            ["bash", "-c", spec.script],
            env=env,
            cwd=spec.working_dir,
            stdout=stdout,
            stderr=stderr,
            check=False,
            timeout=120,
        ).returncode


def flyte_run(task: Any, raw: str, root: Path, **inputs: Any) -> Any:
    import flyte

    flyte.init(root_dir=root)
    return flyte.with_runcontext(mode="local", raw_data_path=raw).run(task, **inputs)


@pytest.mark.parametrize("raw", ["local", "memory"])
def test_a_function_runs_under_a0_and_its_file_output_comes_back(
    example: tuple[Any, FakeSlurmrestd], raw: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mod, fake = example
    # flyte 2.12's local controller mkdirs every raw-data path as a local one: "memory://bucket/x" makes
    # ./memory:/bucket/x. Let that land in tmp_path, not in the working tree.
    monkeypatch.chdir(tmp_path)
    listing = tmp_path / "listing.txt"
    listing.write_text("a\nb; $(id)\nc\n")
    prefix = str(tmp_path / "raw") if raw == "local" else f"memory://bucket/{tmp_path.name}"
    run = flyte_run(mod.count, prefix, ROOT / "examples", listing=File.from_existing_remote(str(listing)), extra=2)
    n, report, where = run.outputs()
    assert n == 5 and "job " in where and "hello from the task environment" in where
    assert report.path.startswith(prefix) and "/slurm-rest-outputs/" in report.path  # in the blob store now
    with report.open_sync("rb") as fh:
        assert fh.read().decode() == "c\nb; $(id)\na\n"
    (body,) = fake.bodies("submit")
    assert "flyte._bin.runtime a0" in str(body) and "blob" not in str(body)
    assert not list((tmp_path / "cluster" / "alice").iterdir())  # cleanup on success


def test_a_raising_function_fails_the_run_with_its_traceback(
    example: tuple[Any, FakeSlurmrestd], tmp_path: Path
) -> None:
    mod, _fake = example
    with pytest.raises(Exception) as err:
        flyte_run(mod.boom, str(tmp_path / "raw"), ROOT / "examples", x=7)
    text = str(err.value)
    assert "ValueError: no good: 7" in text and "Traceback (most recent call last):" in text, text
    assert 'flyte2_functions.py", line' in text and "raise ValueError" in text, text
    (work,) = (tmp_path / "cluster" / "alice").iterdir()  # kept for a look: cleanup="on_success"
    assert (work / "outputs" / "error.pb").exists()


def test_outputs_go_only_under_the_output_prefix(example: tuple[Any, FakeSlurmrestd], tmp_path: Path) -> None:
    mod, fake = example
    from flyte._internal.runtime.task_serde import get_proto_task
    from flyte.models import SerializationContext

    template = get_proto_task(
        mod.square, SerializationContext(version="v1", project="p", domain="d", org="o", root_dir=ROOT / "examples")
    )
    args = render_args(list(template.container.args), "/elsewhere", run_name="r", action="a", start="")
    del template.container.args[:]
    template.container.args.extend(args)
    secrets = {"slurm_jwt_key": base64.b64encode(KEY).decode(), "slurm_ssh_key": SSH_KEY}
    connector = fc.SlurmRestFunctionConnector()
    with pytest.raises(RefusedError, match="not under the task's output prefix"):
        asyncio.run(connector.create(template, str(tmp_path / "prefix"), None, None, **secrets))
    assert fake.count("submit") == 0
    assert posixpath.basename(TASK2_FUNCTION) == "slurm_rest2_fn"
