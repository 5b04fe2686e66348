"""``slurm-rest submit --container`` in-process against the fake slurmrestd (``tests/fake_slurmrestd.py``), as in
``tests/test_cli_errors.py``: the body sent carries the launcher ``per_task_script`` makes for the image, mounts and
options given, under the runtime the flags or the environment name; every mistake is exit 2 with nothing sent.
What the launcher does when it runs is in ``tests/test_containers.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from slurm_rest import Container, ContainerRuntime, per_task_script
from slurm_rest.cli import main
from tests.fake_slurmrestd import FakeSlurmrestd

pytestmark = pytest.mark.usefixtures("pauses")

URL = "http://slurm.test"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.CLI-CONTAINER-SIGNATURE"
CONN = ["--url", URL, "--user", "alice", "--token", TOKEN]
SCRIPT = '#!/bin/sh\n#SBATCH -n 4\n#SBATCH --job-name=train\necho "rank $RANK"\n'


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SLURM_JWT", "SLURM_REST_DEBUG", "SLURM_REST_CONTAINER_RUNTIME"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeSlurmrestd:
    fake = FakeSlurmrestd("24.11")
    fake.wire_cli(monkeypatch)
    return fake


@pytest.fixture
def script(tmp_path: Path) -> str:
    path = tmp_path / "train.sh"
    path.write_text(SCRIPT)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def usage_error(status: int, out: str, err: str, fake: FakeSlurmrestd) -> str:
    """The one line of a usage error (exit 2), after which nothing was sent."""
    assert status == 2 and out == "" and "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert line.startswith("slurm-rest: error: ") and line.endswith("(see slurm-rest submit --help)")
    assert fake.count() == 0 and not fake.jobs
    return line


def sent(fake: FakeSlurmrestd) -> dict[str, object]:
    (body,) = fake.bodies("submit")
    job: dict[str, object] = body["job"]
    return job


def test_submit_container_sends_the_launcher_for_image_mounts_and_options(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str
) -> None:
    status, out, err = run(
        capsys,
        "submit",
        script,
        "--container",
        "nvcr.io/nvidia/pytorch:24.05-py3",
        "--container-mount",
        "/data:ro",
        "--container-mount",
        "/scratch:/mnt",
        "--container-option=--container-remap-root",
        "--container-runtime",
        "pyxis",
        *CONN,
    )
    assert (status, err) == (0, "") and out.startswith("Submitted batch job ")
    job = sent(fake)
    container = Container(
        "nvcr.io/nvidia/pytorch:24.05-py3", mounts=["/data:ro", "/scratch:/mnt"], options=["--container-remap-root"]
    )
    assert job["script"] == per_task_script(SCRIPT, container, ContainerRuntime.PYXIS)
    assert "--container-image='nvcr.io#nvidia/pytorch:24.05-py3'" in str(job["script"])  # enroot's form, quoted
    assert '--container-mounts="$PWD",/data:/data:ro,/scratch:/mnt' in str(job["script"])
    # the script's #SBATCH lines still apply: they are read before the script is wrapped
    assert job["tasks"] == 4 and job["name"] == "train"


@pytest.mark.parametrize("where", ["before", "after", "environment"])
def test_the_runtime_comes_from_either_flag_or_the_environment(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, script: str, where: str
) -> None:
    args = ["submit", script, "--container", "/images/py.sif", *CONN]
    if where == "before":
        args = ["--container-runtime", "apptainer", *args]
    elif where == "after":
        args += ["--container-runtime", "apptainer"]
    else:
        monkeypatch.setenv("SLURM_REST_CONTAINER_RUNTIME", "apptainer")
    status, _, err = run(capsys, *args)
    assert status == 0, err
    assert sent(fake)["script"] == per_task_script(SCRIPT, Container("/images/py.sif"), "apptainer")


def test_the_flag_wins_over_the_environment(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, script: str
) -> None:
    monkeypatch.setenv("SLURM_REST_CONTAINER_RUNTIME", "not-a-runtime")  # not even read when the flag is given
    status, _, err = run(capsys, "submit", script, "--container", "/bundles/py", "--container-runtime", "oci", *CONN)
    assert status == 0, err
    assert sent(fake)["script"] == per_task_script(SCRIPT, Container("/bundles/py"), "oci")


def test_a_runtime_given_before_submit_is_not_undone_by_the_subcommand(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, script: str
) -> None:
    monkeypatch.setenv("SLURM_REST_CONTAINER_RUNTIME", "apptainer")
    status, _, err = run(capsys, "--container-runtime", "pyxis", "submit", script, "--container", "ubuntu", *CONN)
    assert status == 0, err
    assert sent(fake)["script"] == per_task_script(SCRIPT, Container("ubuntu"), "pyxis")


def test_without_container_the_script_is_sent_as_is(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str
) -> None:
    status, _, err = run(capsys, "--container-runtime", "pyxis", "submit", script, *CONN)
    assert status == 0, err
    assert sent(fake)["script"] == SCRIPT


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--container-mount", "/data"], "--container-mount needs --container IMAGE"),
        (["--container-option=--nv"], "--container-option needs --container IMAGE"),
        (
            ["--container-mount", "/data", "--container-option=--nv"],
            "--container-mount and --container-option need --container IMAGE",
        ),
    ],
)
def test_mounts_or_options_without_an_image_are_a_usage_error(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str, flags: list[str], message: str
) -> None:
    line = usage_error(*run(capsys, "submit", script, *flags, "--container-runtime", "pyxis", *CONN), fake)
    assert f"error: {message} (see" in line


def test_an_image_without_a_runtime_is_a_usage_error_naming_both_ways_to_give_one(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str
) -> None:
    line = usage_error(*run(capsys, "submit", script, "--container", "python:3.12", *CONN), fake)
    assert "container image 'python:3.12'" in line
    assert "--container-runtime {apptainer,oci,pyxis} or SLURM_REST_CONTAINER_RUNTIME" in line


def test_a_bad_runtime_in_the_environment_is_a_usage_error_naming_the_variable(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, script: str
) -> None:
    monkeypatch.setenv("SLURM_REST_CONTAINER_RUNTIME", "docker")
    line = usage_error(*run(capsys, "submit", script, "--container", "python:3.12", *CONN), fake)
    assert "SLURM_REST_CONTAINER_RUNTIME must be one of apptainer, oci, pyxis, got 'docker'" in line


def test_a_bad_runtime_flag_is_refused_by_the_parser(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["submit", script, "--container", "python:3.12", "--container-runtime", "docker", *CONN])
    assert caught.value.code == 2
    assert "invalid choice: 'docker'" in capsys.readouterr().err and fake.count() == 0


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--container", "python 3.12"], "container image must be one word"),
        (["--container", "python:3.12", "--container-mount", "data:/data"], "container mounts must be SRC[:DST][:ro]"),
        (["--container", "python:3.12", "--container-option=--env A=1"], "container options must be words"),
        (
            ["--container", "/bundles/py", "--container-mount", "/data", "--container-runtime", "oci"],
            "cannot be added per job",
        ),
        (["--container", "python:3.12", "--container-runtime", "oci"], "OCI bundle directory"),
    ],
)
def test_a_container_the_runtime_cannot_take_is_a_usage_error(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str, flags: list[str], message: str
) -> None:
    runtime = [] if "--container-runtime" in flags else ["--container-runtime", "apptainer"]
    line = usage_error(*run(capsys, "submit", script, *flags, *runtime, *CONN), fake)
    assert message in line


def test_the_help_lists_the_container_flags_and_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["submit", "--help"])
    text = capsys.readouterr().out
    for flag in (
        "--container IMAGE",
        "--container-mount SRC[:DST][:ro]",
        "--container-option WORD",
        "--container-runtime {apptainer,oci,pyxis}",
        "SLURM_REST_CONTAINER_RUNTIME",
    ):
        assert flag in text
