"""Function tasks without a cluster: config validation, the rewritten command, the batch script, the
code bundle and the literal walk that finds every file an input or output names."""

from __future__ import annotations

import shlex
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest
from flyteidl.core import literals_pb2, types_pb2
from flytekit.models.literals import LiteralMap

from flyte_plugin import SlurmCluster, SlurmRestFunction, SSHTarget
from flyte_plugin._render import record_job_id
from flyte_plugin.flytekit._function_job import Command, code_bundle, function_job, parse_command
from flyte_plugin.flytekit._literals import blob_uris
from slurm_rest import ValidationError

WORK = "/scratch/slurm-rest/run 1"  # a space: every path must stay one word
ARGS = [
    "pyflyte-execute",
    "--inputs",
    "s3://b/in/inputs.pb",
    "--output-prefix",
    "s3://b/out",
    "--raw-output-data-prefix",
    "s3://b/raw",
    "--checkpoint-path",
    "s3://b/ck",
    "--prev-checkpoint",
    '""',
    "--resolver",
    "flytekit.core.python_auto_container.default_task_resolver",
    "--",
    "task-module",
    "pkg.tasks",
    "task-name",
    "train",
]


def cluster(**kw: Any) -> SlurmCluster:
    ssh = kw.pop("ssh", SSHTarget(host="login", host_key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE"))
    return SlurmCluster(url="https://slurm:6820", user="alice", token_secret="tok", ssh=ssh, **kw)


def fn(**kw: Any) -> SlurmRestFunction:
    return SlurmRestFunction(cluster=kw.pop("cluster", cluster()), **kw)


def test_paths_point_into_the_work_dir_and_blob_store_only_options_are_dropped() -> None:
    cmd = parse_command(ARGS, WORK)
    head = cmd.args[: cmd.args.index("--")]
    opts = dict(zip(head[::2], head[1::2], strict=True))
    assert opts == {
        "--inputs": f"{WORK}/inputs.pb",
        "--output-prefix": f"{WORK}/outputs",
        "--raw-output-data-prefix": f"{WORK}/raw",
        "--checkpoint-path": f"{WORK}/checkpoint",
        "--resolver": "flytekit.core.python_auto_container.default_task_resolver",
    }
    assert cmd.args[len(head) :] == ["--", "task-module", "pkg.tasks", "task-name", "train"]
    assert cmd.module == "pkg.tasks" and cmd.distribution is None


def test_fast_registered_command_names_its_bundle() -> None:
    wrapped = [
        "pyflyte-fast-execute",
        "--additional-distribution",
        "s3://b/fast/abc.tar.gz",
        "--dest-dir",
        ".",
        "--",
        *ARGS[:-6],
        "--dynamic-addl-distro",
        "s3://x",
        "--dynamic-dest-dir",
        ".",
        *ARGS[-6:],
    ]
    cmd = parse_command(wrapped, WORK)
    assert cmd.distribution == "s3://b/fast/abc.tar.gz"
    assert not any(a.startswith("s3://") for a in cmd.args) and "--dynamic-dest-dir" not in cmd.args


def test_a_command_that_is_not_pyflyte_execute_is_refused() -> None:
    with pytest.raises(ValidationError, match="pyflyte-execute"):
        parse_command(["pyflyte-map-execute", "--inputs", "x"], WORK)


def test_script_runs_setup_code_prerun_command_postrun_in_order() -> None:
    config = fn(
        python="/opt/py/bin/python3",
        python_setup=["module load python/3.11"],
        prerun=["echo pre"],
        postrun=["echo post"],
        srun_options={"gpus": 2, "exclusive": True, "overlap": False, "label": "a b"},
        srun_append="nsys profile",
        script="#!/bin/bash -l\necho before\n{task.fn}\necho after\n",
        environment={"X": "1"},
        job={"time": "10", "partition": "gpu"},
    )
    spec = function_job(config, parse_command(ARGS, WORK), work=WORK, name="train", code=True)
    lines = spec.script.splitlines()
    assert lines[0] == "#!/bin/bash -l"
    order = [
        next(i for i, line in enumerate(lines) if needle in line)
        for needle in (
            record_job_id(WORK),
            "module load",
            "tar -xzf",
            "PYTHONPATH",
            "echo pre",
            "echo before",
            "srun ",
            "echo after",
            "echo post",
        )
    ]
    assert order == sorted(order), lines
    command = next(line for line in lines if line.startswith("srun "))
    words = shlex.split(command)
    assert words[:6] == ["srun", "--gpus=2", "--exclusive", "--label=a b", "nsys", "profile"]
    assert words[6:10] == ["/opt/py/bin/python3", "-m", "flytekit.bin.entrypoint", "pyflyte-execute"]
    assert words[words.index("--inputs") + 1] == f"{WORK}/inputs.pb"
    assert spec.environment["FLYTE_FAIL_ON_ERROR"] == "true" and spec.environment["X"] == "1"
    assert spec.working_dir == WORK and spec.partition == "gpu"


def test_without_srun_or_code_the_command_is_plain() -> None:
    spec = function_job(fn(), parse_command(ARGS, WORK), work=WORK, name="t", code=False)
    assert "srun" not in spec.script and "tar " not in spec.script
    assert any(
        line.startswith("python3 -m flytekit.bin.entrypoint pyflyte-execute") for line in spec.script.splitlines()
    )


@pytest.mark.parametrize(
    ("kw", "match"),
    [
        ({"cluster": cluster(ssh=None)}, "ssh=SSHTarget"),
        ({"script": "#!/bin/bash\nrun it\n"}, r"\{task.fn\}"),
        ({"srun_options": {"--gpus": 1}}, "srun option"),
        ({"srun_options": {"gpus": [1]}}, "srun option"),
        ({"srun_append": "a\nb"}, "one line"),
        ({"cleanup": "sometimes"}, "cleanup"),
        ({"environment": {"A=B": "x"}}, "environment variable"),
        ({"python": "python3\nrm -rf ~"}, "one command"),
        ({"job": {"time": "soon"}}, "time"),
        ({"job": {"script": "x"}}, "unknown sbatch option"),
    ],
)
def test_bad_config_is_refused_at_definition(kw: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        fn(**kw)


def test_ssh_target_must_pin_the_server() -> None:
    with pytest.raises(ValidationError, match="host_key or known_hosts"):
        SSHTarget(host="login")
    assert SSHTarget(host="login", insecure_skip_host_key_check=True).insecure_skip_host_key_check


def test_config_round_trips_through_json_primitives() -> None:
    config = fn(srun_options={"gpus": 1}, prerun=["a"], python_setup=["b"], job={"time": "5"})
    again = SlurmRestFunction.from_dict(config.to_dict())
    assert again == config and again.cluster.ssh == config.cluster.ssh


async def test_local_run_bundles_the_loaded_modules_of_the_task_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = tmp_path / "src" / "mypkg"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "tasks.py").write_text("from . import helpers\n")
    (pkg / "helpers.py").write_text("X = 1\n")
    (pkg / "unused.py").write_text("Y = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    __import__("mypkg.tasks")
    try:
        bundle = await code_bundle(Command([], None, "mypkg.tasks"), tmp_path)
        assert bundle is not None
        with tarfile.open(bundle) as tar:
            assert sorted(tar.getnames()) == ["mypkg/__init__.py", "mypkg/helpers.py", "mypkg/tasks.py"]
    finally:
        for name in [m for m in sys.modules if m.startswith("mypkg")]:
            del sys.modules[name]


async def test_installed_or_unknown_modules_are_not_bundled(tmp_path: Path) -> None:
    assert await code_bundle(Command([], None, "flytekit.core.base_task"), tmp_path) is None
    assert await code_bundle(Command([], None, "not.loaded.anywhere"), tmp_path) is None


async def test_a_fast_registration_bundle_is_fetched_from_the_blob_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "fast.tar.gz").write_bytes(b"bundle bytes")
    bundle = await code_bundle(Command([], str(store / "fast.tar.gz"), "pkg.tasks"), tmp_path / "tmp")
    assert bundle is not None and bundle.read_bytes() == b"bundle bytes"


def _blob(uri: str, multipart: bool = False) -> literals_pb2.Literal:
    dim = types_pb2.BlobType.BlobDimensionality.MULTIPART if multipart else types_pb2.BlobType.BlobDimensionality.SINGLE
    return literals_pb2.Literal(
        scalar=literals_pb2.Scalar(
            blob=literals_pb2.Blob(
                uri=uri, metadata=literals_pb2.BlobMetadata(type=types_pb2.BlobType(dimensionality=dim))
            )
        )
    )


def test_every_nested_file_is_found() -> None:
    proto = literals_pb2.LiteralMap(
        literals={
            "a": _blob("s3://b/a.txt"),
            "many": literals_pb2.Literal(
                collection=literals_pb2.LiteralCollection(literals=[_blob("s3://b/1"), _blob("s3://b/d", True)])
            ),
            "named": literals_pb2.Literal(map=literals_pb2.LiteralMap(literals={"x": _blob("s3://b/x")})),
            "either": literals_pb2.Literal(
                scalar=literals_pb2.Scalar(union=literals_pb2.Union(value=_blob("s3://b/u")))
            ),
            "n": literals_pb2.Literal(scalar=literals_pb2.Scalar(primitive=literals_pb2.Primitive(integer=3))),
        }
    )
    assert sorted(blob_uris(LiteralMap.from_flyte_idl(proto))) == [
        "s3://b/1",
        "s3://b/a.txt",
        "s3://b/d",
        "s3://b/u",
        "s3://b/x",
    ]
