"""Function tasks in their image and as ranks, offline: the batch job ``function_job`` builds (its launcher run
for real on the fake node of tests/fake_cluster.py, with a fake ``python3`` that records what each rank was
told), the image the connector picks (``_image``) and the error or outputs ``_finish_function`` reads back,
rank by rank (live: tests/live/test_flyte_images.py)."""

from __future__ import annotations

import shlex
import shutil
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from flyteidl.core import errors_pb2, literals_pb2
from flytekit.models.literals import LiteralMap

from flyte_plugin import SlurmCluster, SlurmRestFunction, SSHTarget
from flyte_plugin._constants import JOB_ID_FILE
from flyte_plugin._lifecycle import Begun
from flyte_plugin._phases import Phase
from flyte_plugin._policy import Execution, Target
from flyte_plugin._polling import Outcome
from flyte_plugin._render import compose, record_job_id
from flyte_plugin.flytekit import _connector
from flyte_plugin.flytekit._connector import SlurmRestMeta
from flyte_plugin.flytekit._function import CLUSTER_IMAGE
from flyte_plugin.flytekit._function_job import ENTRYPOINT, function_job, parse_command, ranks_of
from slurm_rest import ClientConfig, Container, ContainerRuntime, JobSpec, RefusedError, StagingError, ValidationError
from tests.fake_cluster import JOB_ID, Cluster, split_launcher

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
    "--resolver",
    "flytekit.core.python_auto_container.default_task_resolver",
    "--",
    "task-module",
    "pkg.tasks",
    "task-name",
    "train",
]
WORK = "/scratch/slurm-rest/run 1"  # a space: every path must stay one word
IMAGE = Container("docker.io/library/python:3.11")
UNPACK = "tar -xzf"

# Records what each rank was told (argv, its environment's part that matters) in the fake's log directory.
FAKE_PYTHON = r"""#!/bin/sh
printf '%s\n' "$@" >"$FAKE_LOG/argv.${RANK:-none}"
printf '%s\n' "PYTHONPATH=${PYTHONPATH-}" "SETUP=${SETUP-}" "PWD=$PWD" "WORLD_SIZE=${WORLD_SIZE-}" \
    >"$FAKE_LOG/env.${RANK:-none}"
"""
# Counts the times the code is unpacked, then unpacks it.
FAKE_TAR = r"""#!/bin/sh
echo "$*" >>"$FAKE_LOG/tar"
exec {tar} "$@"
"""


def cluster() -> SlurmCluster:
    return SlurmCluster(
        url="https://slurm:6820",
        user="alice",
        token_secret="tok",
        ssh=SSHTarget(host="login", host_key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE"),
    )


def fn(**kw: Any) -> SlurmRestFunction:
    return SlurmRestFunction(cluster=cluster(), **kw)


# -- the batch job ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [False, True])
def test_one_rank_without_an_image_is_the_plain_job_as_before(code: bool) -> None:
    config = fn(
        python_setup=["module load python"], prerun=["echo pre"], postrun=["echo post"], job={"time": "5"}
    )  # no tasks asked for: one run
    cmd = parse_command(ARGS, WORK)
    assert ranks_of(config) == 1
    # nodes without a task count: srun starts one task per node, so that many ranks (at most the upper bound)
    assert ranks_of(fn(job={"nodes": 2})) == 2 and ranks_of(fn(job={"nodes": "2-3"})) == 3
    for container, runtime in ((None, None), (None, ContainerRuntime.APPTAINER)):
        spec = function_job(config, cmd, work=WORK, name="t", code=code, container=container, runtime=runtime)
        # As the job was built before images and ranks: the command on the batch host, its setup before it.
        q = shlex.quote(WORK)
        setup = [record_job_id(WORK), "module load python"]
        if code:
            setup += [
                f"mkdir -p {q}/code && tar -xzf {q}/code.tar.gz -C {q}/code "
                "|| { echo 'slurm-rest: could not unpack the task code' >&2; exit 1; }",
                f'export PYTHONPATH={q}/code"${{PYTHONPATH:+:$PYTHONPATH}}"',
            ]
        command = f"python3 {ENTRYPOINT} " + shlex.join(cmd.args)
        assert spec.script == compose(f"#!/bin/bash\n{command}\n", prerun=[*setup, "echo pre"], postrun=["echo post"])
        assert "srun" not in spec.script and "SLURM_REST_SCRIPT" not in spec.script and "rank_out" not in spec.script


def test_in_an_image_the_command_runs_per_task_through_the_runtime() -> None:
    spec = function_job(
        fn(python_setup=["module load x"]),
        parse_command(ARGS, WORK),
        work=WORK,
        name="t",
        code=True,
        container=IMAGE,
        runtime=ContainerRuntime.APPTAINER,
    )
    prologue, task, srun = split_launcher(spec.script)
    words = shlex.split(srun)
    assert words[:4] == ["srun", "--kill-on-bad-exit=1", "apptainer", "exec"]
    assert f"docker://{IMAGE.image}" in words
    assert f"python3 {ENTRYPOINT} --inputs '{WORK}/inputs.pb' --output-prefix '{WORK}'/\"$rank_out\"" in task
    assert ENTRYPOINT not in prologue
    assert (
        spec.working_dir == WORK and spec.environment is not None and spec.environment["FLYTE_FAIL_ON_ERROR"] == "true"
    )


@pytest.mark.parametrize(
    ("job", "ranks"), [({"nodes": 2, "ntasks": 4}, 4), ({"ntasks": 2}, 2), ({"nodes": 2, "ntasks_per_node": 3}, 6)]
)
def test_several_ranks_without_an_image_run_per_task_on_the_host(job: dict[str, Any], ranks: int) -> None:
    config = fn(job=job)
    assert ranks_of(config) == ranks
    spec = function_job(config, parse_command(ARGS, WORK), work=WORK, name="t", code=False)
    _, task, srun = split_launcher(spec.script)
    assert shlex.split(srun)[:4] == ["srun", "--kill-on-bad-exit=1", "/bin/sh", "-c"]
    assert "apptainer" not in spec.script and f"python3 {ENTRYPOINT}" in task
    assert spec.task_count == ranks


@pytest.mark.parametrize("kw", [{"srun": True}, {"srun_options": {"gpus": 1}}, {"srun_append": "nsys profile"}])
@pytest.mark.parametrize("per_task", ["image", "ranks"])
def test_srun_settings_do_not_apply_to_a_function_run_per_task(kw: dict[str, Any], per_task: str) -> None:
    config = fn(job={"nodes": 2, "ntasks": 4} if per_task == "ranks" else None, **kw)
    container = IMAGE if per_task == "image" else None
    with pytest.raises(ValidationError, match="do not apply to a function run once per task"):
        function_job(
            config,
            parse_command(ARGS, WORK),
            work=WORK,
            name="t",
            code=False,
            container=container,
            runtime=ContainerRuntime.APPTAINER,
        )
    function_job(fn(**kw), parse_command(ARGS, WORK), work=WORK, name="t", code=False)  # one rank: as before


def test_setup_runs_once_on_the_host_and_python_setup_in_each_task() -> None:
    spec = function_job(
        fn(python_setup=["export SETUP=1"], prerun=["echo pre"], job={"nodes": 2, "ntasks": 4}),
        parse_command(ARGS, WORK),
        work=WORK,
        name="t",
        code=True,
    )
    prologue, task, _ = split_launcher(spec.script)
    assert record_job_id(WORK) in prologue and record_job_id(WORK) not in task
    assert UNPACK in prologue and UNPACK not in task
    assert prologue.index(record_job_id(WORK)) < prologue.index(UNPACK)
    assert "export SETUP=1" in task and "export SETUP=1" not in prologue
    assert "PYTHONPATH" in task and "PYTHONPATH" not in prologue
    order = [task.index(s) for s in ("export SETUP=1", "PYTHONPATH", "rank_out=", "echo pre", ENTRYPOINT)]
    assert order == sorted(order)


# -- the launcher, run ---------------------------------------------------------------------------------------


@pytest.fixture
def node(tmp_path: Path) -> Cluster:
    """The fake node with a fake python3 and a counting tar, and the task's code uploaded to its work dir."""
    c = Cluster(tmp_path / "node 1")  # a space in the work directory's path
    tar = shutil.which("tar")
    assert tar is not None
    for name, text in (("python3", FAKE_PYTHON), ("tar", FAKE_TAR.format(tar=shlex.quote(tar)))):
        (c.bin / name).write_text(text)
        (c.bin / name).chmod(0o755)
    pkg = tmp_path / "src" / "pkg"
    pkg.mkdir(parents=True)
    (pkg / "tasks.py").write_text("X = 1\n")
    with tarfile.open(c.work / "code.tar.gz", "w:gz") as bundle:
        bundle.add(pkg, arcname="pkg")
    return c


def argv_of(node: Cluster, rank: int) -> list[str]:
    return node.lines(f"argv.{rank}")


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


@pytest.mark.parametrize(
    ("container", "ranks"), [(IMAGE, 1), (IMAGE, 4), (None, 4)], ids=["image", "image-4-ranks", "4-ranks"]
)
def test_each_rank_runs_the_command_with_its_own_output_prefix(
    node: Cluster, container: Container | None, ranks: int
) -> None:
    work = str(node.work)
    config = fn(python_setup=['export SETUP="set-$RANK"'], job={"nodes": 2, "ntasks": ranks} if ranks > 1 else None)
    spec = function_job(
        config,
        parse_command(ARGS, work),
        work=work,
        name="t",
        code=True,
        container=container,
        runtime=ContainerRuntime.APPTAINER,
    )
    ran = node.run(spec.script, ntasks=ranks)
    assert ran.rc == 0, (ran.stdout, ran.stderr)
    for rank in range(ranks):
        argv = argv_of(node, rank)
        assert argv[:3] == ["-m", "flytekit.bin.entrypoint", "pyflyte-execute"]
        assert option(argv, "--output-prefix") == (f"{work}/outputs" if rank == 0 else f"{work}/outputs.rank{rank}")
        assert (
            option(argv, "--inputs") == f"{work}/inputs.pb"
            and option(argv, "--raw-output-data-prefix") == f"{work}/raw"
        )
        assert argv[argv.index("--") :] == ["--", "task-module", "pkg.tasks", "task-name", "train"]
        assert node.lines(f"env.{rank}") == [
            f"PYTHONPATH={work}/code",
            f"SETUP=set-{rank}",
            f"PWD={work}",
            f"WORLD_SIZE={ranks}",
        ]
        if container is not None:
            said = node.lines(f"apptainer.{rank}")
            assert said[:6] == ["exec", "--bind", work, "--pwd", work, f"docker://{IMAGE.image}"]
    assert not (node.log / f"argv.{ranks}").exists() and not (node.log / "argv.none").exists()
    assert len(node.lines("tar")) == 1  # the code is unpacked once, before the ranks start
    assert (node.work / "code" / "pkg" / "tasks.py").read_text() == "X = 1\n"
    assert (node.work / JOB_ID_FILE).read_text() == f"{JOB_ID}\n"
    assert list(node.tmp.iterdir()) == []


def test_a_rank_that_fails_fails_the_job_with_its_status(node: Cluster) -> None:
    (node.bin / "python3").write_text('#!/bin/sh\n[ "$RANK" != 2 ] || exit 3\n')
    work = str(node.work)
    spec = function_job(fn(job={"nodes": 2, "ntasks": 4}), parse_command(ARGS, work), work=work, name="t", code=False)
    ran = node.run(spec.script, ntasks=4)
    assert ran.rc == 3, ran.stderr


def test_code_that_does_not_unpack_ends_the_job_before_any_rank_starts(node: Cluster) -> None:
    (node.work / "code.tar.gz").write_bytes(b"not a tarball")
    work = str(node.work)
    spec = function_job(
        fn(),
        parse_command(ARGS, work),
        work=work,
        name="t",
        code=True,
        container=IMAGE,
        runtime=ContainerRuntime.APPTAINER,
    )
    ran = node.run(spec.script, ntasks=2)
    assert ran.rc == 1 and "could not unpack the task code" in ran.stderr
    assert not (node.log / "srun").exists() and not list(node.log.glob("argv.*"))


# -- the image the connector picks ---------------------------------------------------------------------------


def target(
    runtime: ContainerRuntime | None = ContainerRuntime.APPTAINER, images: tuple[str, ...] | None = None
) -> Target:
    return Target(
        key="hpc1\x00alice",
        cluster="hpc1",
        user="alice",
        client=ClientConfig(url="https://hpc1:6820", user="alice", token="t", container_runtime=runtime),
        ssh=None,
        work_root="/home/alice/.slurm-rest",
        images=images,
    )


def test_the_placeholder_image_or_a_cluster_without_a_runtime_runs_the_clusters_python() -> None:
    assert _connector._image(target(), CLUSTER_IMAGE) is None
    assert _connector._image(target(images=("registry.example/*",)), CLUSTER_IMAGE) is None
    assert _connector._image(target(None), "docker.io/library/python:3.11") is None
    assert _connector._image(target(None), "not one word") is None  # never run: nothing to check


def test_with_a_runtime_the_task_runs_in_its_image_as_the_cluster_allows() -> None:
    assert _connector._image(target(), "docker.io/library/python:3.11") == Container("docker.io/library/python:3.11")
    allowed = target(images=("registry.example/ml/*",))
    assert _connector._image(allowed, "registry.example/ml/torch") == Container("registry.example/ml/torch")
    with pytest.raises(RefusedError, match="is not among those cluster 'hpc1' allows"):
        _connector._image(allowed, "docker.io/library/python:3.11")
    with pytest.raises(RefusedError, match="container image must be one word"):
        _connector._image(target(), "python:3.11 --bind /:/host")


@dataclass
class Recorder:
    """A stager that holds files by path and records what was asked of it."""

    files: dict[str, bytes] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    async def read_bytes(self, remote: str) -> bytes:
        self.asked.append(f"read {remote}")
        if remote not in self.files:
            raise StagingError(f"sftp read {remote}: No such file")
        return self.files[remote]

    async def write_bytes(self, remote: str, data: bytes) -> None:
        self.asked.append(f"write {remote}")
        self.files[remote] = data

    async def remove_tree(self, remote: str) -> None:
        self.asked.append(f"remove {remote}")


@dataclass
class FakeSession:
    stager: Recorder

    def need_stager(self) -> Recorder:
        return self.stager


@dataclass
class Made(Begun):
    """A create the policy allowed, whose work directory is only noted as made."""

    made: list[str] = field(default_factory=list)

    async def make_work_dir(self) -> bool:
        self.made.append(self.work_dir)
        return True


def template(image: str, **custom: Any) -> Any:
    return SimpleNamespace(
        container=SimpleNamespace(image=image, args=ARGS), custom=SlurmRestFunction(cluster="hpc1", **custom).to_dict()
    )


def begun_on(t: Target, stager: Recorder) -> Made:
    return Made(t, FakeSession(stager), Execution(name="local-r1"), "r1", lambda spec: {})  # type: ignore[arg-type]


async def test_a_refused_image_makes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    async def never(begun: Any, job: Any) -> int:
        raise AssertionError("submitted")

    monkeypatch.setattr(_connector, "submit", never)
    stager = Recorder()
    begun = begun_on(target(images=("registry.example/ml/*",)), stager)
    with pytest.raises(RefusedError, match="is not among those"):
        await _connector._create_function(begun, template("docker.io/evil/x"), None, name="t")
    assert begun.made == [] and stager.asked == []


@pytest.mark.parametrize(
    ("image", "job", "ranks", "launcher"),
    [
        (CLUSTER_IMAGE, None, 1, False),
        ("docker.io/library/python:3.11", None, 1, True),
        (CLUSTER_IMAGE, {"nodes": 2, "ntasks": 4}, 4, True),
        ("docker.io/library/python:3.11", {"ntasks": 3}, 3, True),
    ],
)
async def test_create_submits_the_job_in_its_image_and_keeps_its_ranks(
    monkeypatch: pytest.MonkeyPatch, image: str, job: dict[str, Any] | None, ranks: int, launcher: bool
) -> None:
    sent: list[JobSpec] = []

    async def submit(begun: Any, spec: JobSpec) -> int:
        sent.append(spec)
        return 42

    monkeypatch.setattr(_connector, "submit", submit)
    begun = begun_on(target(), Recorder())
    meta = await _connector._create_function(begun, template(image, job=job, stage_code=False), None, name="t")
    assert (meta.job_id, meta.ranks, meta.function, meta.work_dir) == (42, ranks, True, begun.work_dir)
    (spec,) = sent
    assert ("srun --kill-on-bad-exit=1" in spec.script) is launcher
    assert ("apptainer exec" in spec.script) is (image != CLUSTER_IMAGE)


# -- the error or the outputs, read back rank by rank ---------------------------------------------------------

OUT = "/home/alice/.slurm-rest/r1/outputs"


def error(
    message: str, kind: int = errors_pb2.ContainerError.NON_RECOVERABLE, code: str = "USER:RuntimeError"
) -> bytes:
    return errors_pb2.ErrorDocument(
        error=errors_pb2.ContainerError(code=code, message=message, kind=kind)
    ).SerializeToString()


def outputs_pb(value: int) -> bytes:
    literal = literals_pb2.Literal(scalar=literals_pb2.Scalar(primitive=literals_pb2.Primitive(integer=value)))
    return literals_pb2.LiteralMap(literals={"o0": literal}).SerializeToString()


async def finish(files: dict[str, bytes], phase: Phase = Phase.FAILED, ranks: int = 3) -> tuple[Outcome, Recorder]:
    stager = Recorder(files)
    outcome = Outcome(phase, "job 42 ended", session=FakeSession(stager))  # type: ignore[arg-type]
    meta = SlurmRestMeta(
        job_id=42,
        cluster="hpc1",
        user="alice",
        work_dir=OUT.removesuffix("/outputs"),
        function=True,
        ranks=ranks,
        output_prefix="s3://b/out",
    )
    await _connector._finish_function(outcome, meta)
    return outcome, stager


async def test_a_failing_ranks_own_error_fails_the_task_naming_the_rank() -> None:
    outcome, stager = await finish({f"{OUT}.rank2/error.pb": error("rank 2 could not reach rank 0")})
    assert outcome.phase is Phase.FAILED
    assert outcome.message == "job 42 ended\nUSER:RuntimeError (rank 2): rank 2 could not reach rank 0"
    assert stager.asked == [f"read {OUT}/error.pb", f"read {OUT}.rank1/error.pb", f"read {OUT}.rank2/error.pb"]
    assert outcome.literals is None


async def test_rank_0s_error_wins_over_a_later_ranks() -> None:
    outcome, stager = await finish(
        {
            f"{OUT}/error.pb": error("rank 0 raised"),
            f"{OUT}.rank2/error.pb": error("rank 2 raised", errors_pb2.ContainerError.RECOVERABLE),
        }
    )
    assert outcome.phase is Phase.FAILED
    assert outcome.message == "job 42 ended\nUSER:RuntimeError: rank 0 raised"
    assert stager.asked == [f"read {OUT}/error.pb"]


async def test_the_lowest_failing_rank_wins_and_an_empty_error_file_is_none() -> None:
    outcome, _ = await finish(
        {f"{OUT}/error.pb": b"", f"{OUT}.rank1/error.pb": error("one"), f"{OUT}.rank2/error.pb": error("two")}
    )
    assert outcome.message.endswith("(rank 1): one")


async def test_a_recoverable_error_is_retryable() -> None:
    outcome, _ = await finish(
        {f"{OUT}.rank2/error.pb": error("flaky", errors_pb2.ContainerError.RECOVERABLE, "USER:RecoverableError")}
    )
    assert outcome.phase is Phase.RETRYABLE_FAILED
    assert outcome.message.endswith("\nUSER:RecoverableError (rank 2): flaky")


async def test_an_error_turns_even_a_succeeded_job_into_a_failed_task() -> None:
    outcome, _ = await finish(
        {f"{OUT}.rank1/error.pb": error("late"), f"{OUT}/outputs.pb": outputs_pb(1)}, phase=Phase.SUCCEEDED
    )
    assert outcome.phase is Phase.FAILED and outcome.literals is None


async def test_without_an_error_a_succeeded_job_returns_rank_0s_outputs() -> None:
    outcome, stager = await finish(
        {
            f"{OUT}/outputs.pb": outputs_pb(0),
            f"{OUT}.rank1/outputs.pb": outputs_pb(1),
            f"{OUT}.rank2/outputs.pb": outputs_pb(2),
        },
        phase=Phase.SUCCEEDED,
    )
    assert outcome.phase is Phase.SUCCEEDED and outcome.message == "job 42 ended"
    assert isinstance(outcome.literals, LiteralMap)
    assert outcome.literals.literals["o0"].scalar.primitive.integer == 0
    assert stager.asked[-1] == f"read {OUT}/outputs.pb"
    assert not any("rank1/outputs" in a or "rank2/outputs" in a for a in stager.asked)


async def test_a_failed_job_without_any_error_file_keeps_its_phase_and_message() -> None:
    outcome, stager = await finish({}, phase=Phase.FAILED)
    assert (outcome.phase, outcome.message, outcome.literals) == (Phase.FAILED, "job 42 ended", None)
    assert not any("outputs.pb" in a for a in stager.asked)


async def test_a_succeeded_job_that_wrote_no_outputs_fails() -> None:
    outcome, _ = await finish({f"{OUT}.rank1/outputs.pb": outputs_pb(1)}, phase=Phase.SUCCEEDED)
    assert outcome.phase is Phase.FAILED and f"wrote no {OUT}/outputs.pb" in outcome.message


async def test_one_rank_reads_only_its_own_error() -> None:
    outcome, stager = await finish({f"{OUT}.rank1/error.pb": error("stale")}, phase=Phase.FAILED, ranks=1)
    assert outcome.message == "job 42 ended" and stager.asked == [f"read {OUT}/error.pb"]
