"""Jobs in a container (``slurm_rest._containers``), offline.

The launcher ``per_task_script`` makes is run for real by /bin/sh, with fake ``srun``, ``scontrol`` and
``apptainer`` first on PATH (``tests/fake_cluster.py``): srun runs its command once per task, at once, with
Slurm's task variables, as on a node; apptainer runs the command after the image on the host. What the job's
script sees in each task, and what the runtimes were told, is what a cluster would give it; only the image is
missing.
Then what is refused before anything is sent, and what the clients send, against the fake slurmrestd.
"""

from __future__ import annotations

import asyncio
import os
import shlex
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from slurm_rest import (
    AsyncSlurmClient,
    ClientConfig,
    ConfigError,
    Container,
    ContainerRuntime,
    JobSpec,
    SlurmClient,
    ValidationError,
    per_task_script,
)
from slurm_rest._constants import MAX_CONTAINER_SCRIPT, RANK_PORTS
from slurm_rest._containers import in_container
from tests.fake_cluster import JOB_ID, NODES, Cluster
from tests.fake_slurmrestd import FakeSlurmrestd

URL = "http://slurm.test"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.CONTAINER-SECRET-SIGNATURE"
RUNTIMES = [None, *ContainerRuntime]


@pytest.fixture
def cluster(tmp_path: Path) -> Cluster:
    return Cluster(tmp_path)


def launcher(script: str, runtime: ContainerRuntime | None, container: Container | None = None) -> str:
    """The launcher for ``script`` under ``runtime`` (None: no container), with an image that fits it."""
    if runtime is None:
        return per_task_script(script)
    image = "/bundles/python" if runtime is ContainerRuntime.OCI else "python:3.12"
    return per_task_script(script, container or Container(image), runtime)


# -- the launcher, run -------------------------------------------------------------------------------------

REPORT = r"""#!/bin/sh
printf '%s|%s|%s|%s|%s|%s|%s\n' "$RANK" "$WORLD_SIZE" "$LOCAL_RANK" "$MASTER_ADDR" "$MASTER_PORT" \
    "${SLURM_REST_SCRIPT-unset}" "$PWD" >"rank.$RANK"
"""


@pytest.mark.parametrize("runtime", RUNTIMES, ids=str)
def test_every_task_finds_the_rank_variables_in_the_working_directory(
    cluster: Cluster, runtime: ContainerRuntime | None
) -> None:
    ran = cluster.run(launcher(REPORT, runtime), ntasks=3)
    assert ran.rc == 0, ran.stderr
    port = RANK_PORTS[0] + JOB_ID % RANK_PORTS[1]
    assert cluster.outputs("rank") == {
        rank: f"{rank}|3|{rank % 2}|{NODES[0]}|{port}|unset|{cluster.work}\n".encode() for rank in range(3)
    }
    assert cluster.lines("scontrol") == ["node-[a-b]"]  # MASTER_ADDR: the job's first node
    assert list(cluster.tmp.iterdir()) == []


@pytest.mark.parametrize("runtime", RUNTIMES, ids=str)
def test_the_scripts_own_interpreter_line_is_honoured(cluster: Cluster, runtime: ContainerRuntime | None) -> None:
    script = (
        "#!/usr/bin/env python3\nimport os, sys\n"
        "with open(f\"py.{os.environ['RANK']}\", 'w') as f:\n"
        "    f.write(f\"{sys.version_info[0]} {'SLURM_REST_SCRIPT' in os.environ} {os.environ['WORLD_SIZE']}\")\n"
    )
    ran = cluster.run(launcher(script, runtime))
    assert ran.rc == 0, ran.stderr
    assert cluster.outputs("py") == {0: b"3 False 2", 1: b"3 False 2"}


AWKWARD = (
    "#!/bin/sh\n"
    'cat "$0" >"copy.$RANK"; printf %s "$0" >"path.$RANK"\n'
    "exit 0\n"
    "'single' \"double\" '\"'\"' $HOME ${PATH} $(id) `id` \\ \\\\ \\n %s %% ; && | > < * ? [a] ~ # !\n"
    "\ttabs\r\ncarriage, ünïcødé, ✓, 日本語, 🐍\n"
    "EOF\n'EOF'\n\n\n"
)


@pytest.mark.parametrize("runtime", RUNTIMES, ids=str)
@pytest.mark.parametrize(
    "script",
    [AWKWARD, AWKWARD.rstrip("\n"), '#!/bin/sh\ncat "$0" >"copy.$RANK"\n'],
    ids=["awkward", "no-final-newline", "plain"],
)
def test_the_script_arrives_byte_exact_and_its_copy_is_removed(
    cluster: Cluster, runtime: ContainerRuntime | None, script: str
) -> None:
    ran = cluster.run(launcher(script, runtime))
    assert ran.rc == 0, ran.stderr
    assert cluster.outputs("copy") == {0: script.encode(), 1: script.encode()}
    for path in cluster.outputs("path").values():  # each task's own copy, in TMPDIR, gone after it ran
        assert Path(path.decode()).parent == cluster.tmp and not os.path.exists(path)
    assert list(cluster.tmp.iterdir()) == []


def test_a_script_without_an_interpreter_line_runs_with_sh(cluster: Cluster) -> None:
    ran = cluster.run(per_task_script('echo "plain $RANK" >"plain.$RANK"\n'))
    assert ran.rc == 0, ran.stderr
    assert cluster.outputs("plain") == {0: b"plain 0\n", 1: b"plain 1\n"}


@pytest.mark.parametrize("runtime", RUNTIMES, ids=str)
def test_a_failing_task_s_exit_code_is_the_job_s(cluster: Cluster, runtime: ContainerRuntime | None) -> None:
    script = '#!/bin/sh\nif [ "$RANK" = 1 ]; then echo "rank 1 fails" >&2; exit 7; fi\ntouch "ok.$RANK"\n'
    ran = cluster.run(launcher(script, runtime), ntasks=3)
    assert ran.rc == 7 and "rank 1 fails" in ran.stderr
    assert sorted(cluster.outputs("ok")) == [0, 2]
    assert list(cluster.tmp.iterdir()) == []  # the failed task's copy too
    assert cluster.srun_options()[0] == "--kill-on-bad-exit=1"  # srun ends the other tasks on a cluster


def test_the_first_failing_task_s_code_wins_over_a_task_killed_because_of_it(cluster: Cluster) -> None:
    # srun reports the highest status: that of the task it ended (143), not that of the one that failed (3).
    script = (
        '#!/bin/sh\nif [ "$RANK" = 1 ]; then exit 3; fi\n'
        'while [ ! -e "$SLURM_REST_FAILED" ]; do sleep 0.05; done\nkill -TERM $$\n'
    )
    ran = cluster.run(per_task_script(script), ntasks=2)
    assert ran.rc == 3, ran.stderr
    assert not any(cluster.work.glob(".slurm-rest-failed-*"))  # the note is removed


def test_a_task_that_is_not_in_its_working_directory_fails_saying_so(cluster: Cluster, tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    launcher_text = per_task_script("#!/bin/sh\ntouch ran\n")
    ran = cluster.run(launcher_text.replace('SLURM_REST_WORKDIR="$PWD"', f'SLURM_REST_WORKDIR="{gone}/missing"'))
    assert ran.rc == 1 and "is not mounted in the image" in ran.stderr, ran
    assert not (cluster.work / "ran").exists()


def test_a_killed_task_s_status_is_the_job_s(cluster: Cluster) -> None:
    ran = cluster.run(per_task_script('#!/bin/sh\n[ "$RANK" = 0 ] && kill -TERM $$\ntrue\n'))
    assert ran.rc == 128 + 15


# -- what each runtime is told -----------------------------------------------------------------------------


def test_apptainer_runs_each_task_in_the_image_with_the_working_dir_bound(cluster: Cluster) -> None:
    container = Container("python:3.12", mounts=["/data:/data:ro", "/scratch"], options=["--nv"])
    ran = cluster.run(per_task_script(REPORT, container, "apptainer"))
    assert ran.rc == 0, ran.stderr
    assert cluster.srun_options() == ["--kill-on-bad-exit=1"]
    work = str(cluster.work)
    for rank in (0, 1):
        args = cluster.lines(f"apptainer.{rank}")
        assert args[:-3] == [
            "exec",
            "--bind",
            work,
            "--pwd",
            work,
            "--bind",
            "/data:/data:ro",
            "--bind",
            "/scratch",
            "--nv",
            "docker://python:3.12",
        ]
        assert args[-3:-1] == ["/bin/sh", "-c"]
    assert sorted(cluster.outputs("rank")) == [0, 1]


@pytest.mark.parametrize("option", ["--cleanenv", "--containall"])
def test_a_task_whose_environment_was_cleared_fails_instead_of_running_nothing(cluster: Cluster, option: str) -> None:
    # The script travels in the environment: without it a task would run an empty file and succeed.
    script = '#!/bin/sh\ntouch "ran.$RANK"\n'
    ran = cluster.run(per_task_script(script, Container("python:3.12", options=[option]), "apptainer"))
    assert ran.rc == 1 and not cluster.outputs("ran")
    assert ran.stderr.count("the job script did not reach the task") == 2 and "--cleanenv" in ran.stderr
    assert list(cluster.tmp.iterdir()) == []


@pytest.mark.parametrize(
    ("image", "given"),
    [
        ("python:3.12", "docker://python:3.12"),
        ("docker.io/library/python:3.12", "docker://docker.io/library/python:3.12"),
        ("/images/python.sif", "/images/python.sif"),
        ("./python.sif", "./python.sif"),  # from the working directory, where apptainer runs
        ("../images/sandbox/", "../images/sandbox/"),
        ("oras://ghcr.io/org/python:3.12", "oras://ghcr.io/org/python:3.12"),
        ("library://alpine:3.20", "library://alpine:3.20"),
    ],
)
def test_apptainer_is_given_a_uri_or_a_path(cluster: Cluster, image: str, given: str) -> None:
    assert cluster.run(per_task_script("#!/bin/sh\n", Container(image), "apptainer")).rc == 0
    assert cluster.lines("apptainer.0")[5] == given


def test_pyxis_gets_the_image_mounts_and_workdir_as_srun_options(cluster: Cluster) -> None:
    container = Container(
        "python:3.12",
        mounts=("/data:/data:ro", "/scratch:/mnt"),
        options=("--container-remap-root", "--no-container-mount-home"),
    )
    ran = cluster.run(per_task_script(REPORT, container, ContainerRuntime.PYXIS))
    assert ran.rc == 0, ran.stderr
    work = str(cluster.work)
    assert cluster.srun_options() == [
        "--kill-on-bad-exit=1",
        "--container-image=python:3.12",
        f"--container-mounts={work},/data:/data:ro,/scratch:/mnt",  # the working directory first
        f"--container-workdir={work}",
        "--container-remap-root",
        "--no-container-mount-home",
    ]
    assert sorted(cluster.outputs("rank")) == [0, 1]


@pytest.mark.parametrize("runtime", [ContainerRuntime.APPTAINER, ContainerRuntime.PYXIS], ids=str)
def test_a_read_only_mount_without_a_destination_is_mounted_at_its_source(
    cluster: Cluster, runtime: ContainerRuntime
) -> None:
    # Apptainer (src[:dst[:opts]]) and Pyxis (SRC[:DST[:FLAGS]]) both read "/data:ro" as /data mounted at "ro".
    container = Container("python:3.12", mounts=["/data:ro", "/logs:rw", "/plain", "/a:/b:ro"])
    assert container.mounts == ("/data:/data:ro", "/logs:/logs:rw", "/plain", "/a:/b:ro")
    assert cluster.run(per_task_script("#!/bin/sh\n", container, runtime)).rc == 0
    told = cluster.srun_options() + (cluster.lines("apptainer.0") if runtime is ContainerRuntime.APPTAINER else [])
    assert "/data:/data:ro" in " ".join(told) and "/data:ro" not in [m for w in told for m in w.split(",")]


@pytest.mark.parametrize(
    ("image", "given"),
    [
        ("python:3.12", "python:3.12"),
        ("ubuntu", "ubuntu"),
        ("library/python:3.12", "library/python:3.12"),
        ("myorg/tool:1.0", "myorg/tool:1.0"),  # a Docker Hub user's image
        ("docker.io/library/python:3.12", "library/python:3.12"),
        ("docker.io/python:3.12", "python:3.12"),
        ("index.docker.io/myorg/tool", "myorg/tool"),
        ("nvcr.io/nvidia/pytorch:24.05-py3", "nvcr.io#nvidia/pytorch:24.05-py3"),
        ("ghcr.io/org/sub/img:tag", "ghcr.io#org/sub/img:tag"),
        ("registry.example.org:5000/team/img", "registry.example.org:5000#team/img"),
        ("localhost/img:dev", "localhost#img:dev"),
        ("localhost:5000/img", "localhost:5000#img"),
        ("nvcr.io#nvidia/pytorch:24.05-py3", "nvcr.io#nvidia/pytorch:24.05-py3"),  # enroot's own form
        ("alice@nvcr.io#nvidia/pytorch", "alice@nvcr.io#nvidia/pytorch"),
        ("/images/pytorch.sqsh", "/images/pytorch.sqsh"),
        ("./pytorch.sqsh", "./pytorch.sqsh"),
    ],
)
def test_pyxis_gets_docker_references_in_enroot_s_form(cluster: Cluster, image: str, given: str) -> None:
    # enroot (under Pyxis) reads [USER@][REGISTRY#]IMAGE[:TAG]: "nvcr.io/nvidia/pytorch" would be looked for on
    # Docker Hub, as an image named nvcr.io/nvidia/pytorch.
    assert cluster.run(per_task_script("#!/bin/sh\n", Container(image), "pyxis")).rc == 0
    assert cluster.srun_options()[1] == f"--container-image={given}"


def test_pyxis_without_mounts_still_mounts_the_working_directory(cluster: Cluster) -> None:
    assert cluster.run(per_task_script("#!/bin/sh\n", Container("ubuntu"), "pyxis")).rc == 0
    assert f"--container-mounts={cluster.work}" in cluster.srun_options()


def test_oci_gets_the_bundle_as_srun_s_container(cluster: Cluster) -> None:
    container = Container("/bundles/python", options=["--container-id=abc"])
    ran = cluster.run(per_task_script(REPORT, container, "oci"))
    assert ran.rc == 0, ran.stderr
    assert cluster.srun_options() == ["--kill-on-bad-exit=1", "--container=/bundles/python", "--container-id=abc"]
    assert sorted(cluster.outputs("rank")) == [0, 1]


@pytest.mark.parametrize("runtime", list(ContainerRuntime), ids=str)
def test_shell_characters_in_image_mounts_and_options_stay_literal(cluster: Cluster, runtime: ContainerRuntime) -> None:
    # Spaces, quotes, $ and backticks are refused; what is left of the shell's syntax must not run anything.
    image = "/b;touch>pwned1&" if runtime is ContainerRuntime.OCI else "img;touch>pwned1&"
    mounts = () if runtime is ContainerRuntime.OCI else ("/d;touch>pwned2|(x)",)
    container = Container(image, mounts=mounts, options=["--x=1;touch>pwned3"])
    ran = cluster.run(per_task_script("#!/bin/sh\n", container, runtime), ntasks=1)
    assert ran.rc == 0, ran.stderr
    assert not list(cluster.work.glob("pwned*")) and not list(cluster.log.glob("pwned*"))
    told = cluster.srun_options() + (cluster.lines("apptainer.0") if runtime is ContainerRuntime.APPTAINER else [])
    assert "--x=1;touch>pwned3" in told
    assert any(image in word for word in told)
    assert all(any(m in word for word in told) for m in mounts)


# -- refused before anything is sent -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "image",
    [
        "python 3.12",
        "py'thon",
        'py"thon',
        "a,b",
        "py\nthon",
        "py\tthon",
        "$IMAGE",
        "`img`",
        "back\\slash",
        "",
        42,
        None,
        b"python",
    ],
)
def test_an_image_must_be_one_plain_word(image: object) -> None:
    with pytest.raises(ValidationError, match="container image must be one word"):
        Container(image)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "mount",
    [
        "data",
        "data:/data",
        "/data:data",
        "/data:/d:rx",
        "/a:/b:/c",
        "/da ta",
        "/a,/b",
        "/data:",
        "",
        "~/data",
        "/a:/b:ro:rw",
    ],
)
def test_a_mount_is_absolute_src_dst_and_ro_or_rw(mount: str) -> None:
    with pytest.raises(ValidationError, match=r"container mounts must be .*SRC\[:DST\]\[:ro\] with absolute"):
        Container("img", mounts=["/ok", mount])


@pytest.mark.parametrize("name", ["mounts", "options"])
def test_mounts_and_options_given_as_a_plain_string_are_refused(name: str) -> None:
    # A string is iterable: "/data" would otherwise be six one-letter mounts.
    with pytest.raises(ValidationError, match=f"container {name} must be a list"):
        Container("img", **{name: "/data" if name == "mounts" else "--nv"})  # type: ignore[arg-type]


@pytest.mark.parametrize("option", ["--env A=1", "--opt='x'", "a,b", "$X", "", 3])
def test_an_option_is_one_word(option: object) -> None:
    with pytest.raises(ValidationError, match="container options must be"):
        Container("img", options=["--nv", option])  # type: ignore[list-item]


@pytest.mark.parametrize("name", ["mounts", "options"])
@pytest.mark.parametrize("value", [None, 7, b"/data"])
def test_mounts_and_options_that_are_no_list_are_a_validation_error(name: str, value: object) -> None:
    with pytest.raises(ValidationError, match=f"container {name} must be a list"):
        Container("img", **{name: value})  # type: ignore[arg-type]


def test_a_bad_mount_or_option_is_named_in_the_error() -> None:
    with pytest.raises(ValidationError, match=r"got 'rel/path' in \('/ok', 'rel/path'\)"):
        Container("img", mounts=["/ok", "rel/path"])
    with pytest.raises(ValidationError, match=r"got '--a b' in \('--nv', '--a b'\)"):
        Container("img", options=["--nv", "--a b"])


def test_mounts_and_options_may_come_from_any_iterable() -> None:
    # A generator is read once: the check must not use it up and leave the container without mounts.
    c = Container("img", mounts=(m for m in ["/a", "/b:/c"]), options=iter(["--nv"]))
    assert c.mounts == ("/a", "/b:/c") and c.options == ("--nv",)
    with pytest.raises(ValidationError, match="'rel'"):
        Container("img", mounts=(m for m in ["/a", "rel"]))


def test_a_container_is_frozen_and_keeps_tuples() -> None:
    c = Container("img", mounts=["/a", "/b:/c:ro"], options=["--nv"])
    assert c.mounts == ("/a", "/b:/c:ro") and c.options == ("--nv",)
    assert c == Container("img", mounts=("/a", "/b:/c:ro"), options=("--nv",)) and hash(c)
    with pytest.raises(FrozenInstanceError):
        c.image = "other"  # type: ignore[misc]


@pytest.mark.parametrize("image", ["python:3.12", "docker.io/library/python:3.12", "bundle"])
def test_oci_wants_an_absolute_bundle_directory(image: str) -> None:
    with pytest.raises(ValidationError, match=f"OCI bundle directory.*{image}"):
        per_task_script("#!/bin/sh\n", Container(image), "oci")


def test_oci_refuses_mounts() -> None:
    with pytest.raises(ValidationError, match=r"config\.json names its mounts.*'/data'"):
        per_task_script("#!/bin/sh\n", Container("/bundles/py", mounts=["/data"]), ContainerRuntime.OCI)


@pytest.mark.parametrize("runtime", RUNTIMES, ids=str)
def test_a_script_may_be_at_most_max_container_script_bytes(runtime: ContainerRuntime | None) -> None:
    head = "#!/bin/sh\n#"
    assert launcher(head + "x" * (MAX_CONTAINER_SCRIPT - len(head)), runtime)
    for script in (
        head + "x" * (MAX_CONTAINER_SCRIPT - len(head) + 1),
        head + "é" * ((MAX_CONTAINER_SCRIPT - len(head)) // 2 + 1),
    ):  # bytes count, not characters
        assert len(script) <= MAX_CONTAINER_SCRIPT + 1
        with pytest.raises(ValidationError, match=f"at most {MAX_CONTAINER_SCRIPT} bytes, got {len(script.encode())}"):
            launcher(script, runtime)


def test_a_container_without_a_runtime_names_the_image_and_the_choices() -> None:
    with pytest.raises(ValidationError) as caught:
        per_task_script("#!/bin/sh\n", Container("docker.io/library/python:3.12"))
    text = str(caught.value)
    assert "'docker.io/library/python:3.12'" in text and "no container runtime is configured" in text
    assert "container_runtime: apptainer, oci, pyxis" in text


@pytest.mark.parametrize("runtime", ["docker", "PYXIS", ""])
def test_per_task_script_refuses_an_unknown_runtime_naming_the_choices(runtime: str) -> None:
    with pytest.raises(ValidationError, match=f"must be one of apptainer, oci, pyxis, got '{runtime}'"):
        per_task_script("#!/bin/sh\n", Container("img"), runtime)
    assert per_task_script("#!/bin/sh\n", Container("img"), "pyxis") == per_task_script(
        "#!/bin/sh\n", Container("img"), ContainerRuntime.PYXIS
    )


@pytest.mark.parametrize("value", ["docker", "Apptainer ", "singularity", 1])
def test_a_bad_container_runtime_is_a_config_error(value: object) -> None:
    with pytest.raises(ConfigError, match=r"container_runtime must be one of apptainer, oci, pyxis, got"):
        ClientConfig(url=URL, user="alice", token=TOKEN, container_runtime=value)  # type: ignore[arg-type]


def test_a_bad_container_runtime_from_the_environment_is_a_config_error() -> None:
    env = {"SLURM_REST_URL": URL, "SLURM_REST_USER": "alice", "SLURM_JWT": TOKEN}
    with pytest.raises(ConfigError, match="container_runtime must be one of apptainer, oci, pyxis, got 'enroot'"):
        ClientConfig.from_env({**env, "SLURM_REST_CONTAINER_RUNTIME": "enroot"})
    assert (
        ClientConfig.from_env({**env, "SLURM_REST_CONTAINER_RUNTIME": "pyxis"}).container_runtime
        is ContainerRuntime.PYXIS
    )
    assert ClientConfig.from_env({**env, "SLURM_REST_CONTAINER_RUNTIME": ""}).container_runtime is None
    # a keyword wins over the environment
    assert (
        ClientConfig.from_env(
            {**env, "SLURM_REST_CONTAINER_RUNTIME": "enroot"}, container_runtime="oci"
        ).container_runtime
        is ContainerRuntime.OCI
    )


@pytest.mark.parametrize("value", [42, ["python:3.12"], {"image": "python:3.12"}, b"python"])
def test_a_job_s_container_is_an_image_name_or_a_container(value: object) -> None:
    with pytest.raises(ValidationError, match="container must be an image name or a Container"):
        JobSpec(script="#!/bin/sh\n", container=value)  # type: ignore[arg-type]


def test_a_job_s_image_name_becomes_a_container() -> None:
    spec = JobSpec(script="#!/bin/sh\n", container="python:3.12")
    assert spec.container == Container("python:3.12")
    with pytest.raises(ValidationError, match="container image must be one word"):
        JobSpec(script="#!/bin/sh\n", container="python 3.12")


def test_in_container_wraps_only_a_job_with_a_container() -> None:
    plain = JobSpec(script="#!/bin/sh\necho hi\n", ntasks=4, name="j")
    assert in_container(plain, None) is plain and in_container(plain, "pyxis") is plain
    wrapped = in_container(plain.with_changes(container="python:3.12"), "pyxis")
    assert wrapped == plain.with_changes(script=per_task_script(plain.script, Container("python:3.12"), "pyxis"))
    assert wrapped.container is None and wrapped.ntasks == 4 and wrapped.name == "j"


# -- the clients -------------------------------------------------------------------------------------------

SCRIPT = '#!/bin/sh\necho "rank $RANK of $WORLD_SIZE" > "out.$RANK"\n'
CONTAINER = Container("python:3.12", mounts=["/data:/data:ro"], options=["--nv"])
SYNC = [pytest.param(True, id="sync"), pytest.param(False, id="async")]


def submit(fake: FakeSlurmrestd, sync: bool, spec: JobSpec, runtime: str | None) -> int:
    settings = {"url": URL, "user": "alice", "token": TOKEN, "container_runtime": runtime}
    if sync:
        with SlurmClient(transport=fake.transport(), **settings) as c:
            return c.submit(spec)

    async def go() -> int:
        async with AsyncSlurmClient(transport=fake.transport(), **settings) as c:
            return await c.submit(spec)

    return asyncio.run(go())


def sent_script(fake: FakeSlurmrestd) -> str:
    (body,) = fake.bodies("submit")
    return str(body["script"] if "script" in body else body["job"]["script"])


@pytest.mark.usefixtures("pauses")
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize("release", ["22.05", "26.05"])
def test_the_client_sends_the_launcher_in_place_of_the_script(sync: bool, release: str, cluster: Cluster) -> None:
    fake = FakeSlurmrestd(release)
    spec = JobSpec(script=SCRIPT, container=CONTAINER, ntasks=2)
    submit(fake, sync, spec, "apptainer")
    script = sent_script(fake)
    assert script == per_task_script(SCRIPT, CONTAINER, ContainerRuntime.APPTAINER)
    assert (
        script.startswith("#!/bin/sh\n") and shlex.quote(SCRIPT) in script and "\nsrun --kill-on-bad-exit=1 " in script
    )
    (body,) = fake.bodies("submit")
    assert "container" not in body["job"]  # Slurm's own field is for its OCI runtime: never set from here
    # what was sent runs the job's own script in every task
    ran = cluster.run(script)
    assert ran.rc == 0, ran.stderr
    assert cluster.outputs("out") == {0: b"rank 0 of 2\n", 1: b"rank 1 of 2\n"}


@pytest.mark.usefixtures("pauses")
@pytest.mark.parametrize("sync", SYNC)
def test_the_client_sends_a_job_without_a_container_unchanged(sync: bool) -> None:
    fake = FakeSlurmrestd("24.11")
    submit(fake, sync, JobSpec(script=SCRIPT), "pyxis")
    assert sent_script(fake) == SCRIPT


@pytest.mark.usefixtures("pauses")
@pytest.mark.parametrize("sync", SYNC)
@pytest.mark.parametrize(
    ("container", "runtime", "message"),
    [
        (CONTAINER, None, "no container runtime is configured"),
        (Container("python:3.12"), "oci", "OCI bundle directory"),
        (Container("/bundles/py", mounts=["/data"]), "oci", "names its mounts"),
    ],
)
def test_a_container_the_cluster_cannot_run_is_refused_before_any_request(
    sync: bool, container: Container, runtime: str | None, message: str
) -> None:
    fake = FakeSlurmrestd("24.11")
    with pytest.raises(ValidationError, match=message):
        submit(fake, sync, JobSpec(script=SCRIPT, container=container), runtime)
    assert fake.count() == 0 and not fake.jobs


@pytest.mark.usefixtures("pauses")
def test_a_too_long_script_in_a_container_is_refused_before_any_request() -> None:
    fake = FakeSlurmrestd("24.11")
    with pytest.raises(ValidationError, match=f"at most {MAX_CONTAINER_SCRIPT} bytes"):
        submit(fake, True, JobSpec(script="#!/bin/sh\n" + "#" * MAX_CONTAINER_SCRIPT, container="img"), "pyxis")
    assert fake.count() == 0


def test_an_earlier_run_s_failure_note_does_not_fail_a_requeued_run(cluster: Cluster) -> None:
    # A requeued job runs its launcher again with the same job id; the first run's node died after a task
    # had noted its failure, before the launcher removed the note.
    (cluster.work / f".slurm-rest-failed-{JOB_ID}").write_text("3 1\n")
    ran = cluster.run(per_task_script("#!/bin/sh\ntrue\n"))
    assert ran.rc == 0, ran.stderr
    assert not (cluster.work / f".slurm-rest-failed-{JOB_ID}").exists()
