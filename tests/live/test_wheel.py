"""The package as users get it: the sdist and wheel built from this tree, the wheel installed by its name
(slurm-rest-sdk) into a clean venv (not editable, this tree not on sys.path), then the demo job, the CLI
and the typed-API example run from that venv against the 24.11 testbed. The wheel's size, file count and
``import slurm_rest`` time are printed.

The testbed is its own distribution (slurm-rest-testbed, ``testbed/``): the SDK's wheel must not carry it,
and the demo, which reads the testbed's facts, gets it installed beside the SDK the same way."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest

from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._background import in_thread

pytestmark = [pytest.mark.live, pytest.mark.on_release("24.11")]
ROOT = Path(__file__).resolve().parents[2]
DIST, TESTBED_DIST = "slurm-rest-sdk", "slurm-rest-testbed"


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done.stdout


@functools.cache
def start_wheel() -> Future[Path]:
    """The build and the clean venv in a thread of their own, once: the live run starts them with its first
    test when this module is in the session (tests/live/conftest.py), so their minute overlaps tests that
    wait on Slurm."""
    return in_thread(_build_and_install)


def _build_and_install() -> Path:
    """A clean venv with the built wheels installed by name (their dependencies from the package index)."""
    work = Path(tempfile.mkdtemp(prefix="slurm-rest-wheel-"))
    for project in (ROOT, ROOT / "testbed"):
        run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", work / "dist", project, cwd=work)
    built = {p.name.split("-")[0]: p for p in (work / "dist").iterdir() if p.suffix == ".whl"}
    assert sorted(built) == ["slurm_rest_sdk", "slurm_rest_testbed"], list((work / "dist").iterdir())
    assert len(list((work / "dist").glob("*.tar.gz"))) == 2, list((work / "dist").iterdir())
    sdk = built["slurm_rest_sdk"]
    with zipfile.ZipFile(sdk) as wheel:
        names = wheel.namelist()
    print(f"wheel {sdk.name}: {sdk.stat().st_size / 1e6:.2f} MB, {len(names)} files")
    assert any(n.startswith("generated_client/") for n in names) and "slurm_rest/py.typed" in names
    tops = {n.split("/")[0] for n in names if ".dist-info/" not in n}
    assert tops == {"slurm_rest", "generated_client", "flyte_plugin"}, f"only the SDK's packages, no testbed: {tops}"
    assert not any(n.startswith("slurm_rest/testbed/") for n in names), "the testbed's old place (a stale build/?)"
    with zipfile.ZipFile(built["slurm_rest_testbed"]) as wheel:
        tops = {n.split("/")[0] for n in wheel.namelist() if ".dist-info/" not in n}
    assert tops == {"slurm_rest_testbed"}, tops
    run(sys.executable, "-m", "venv", work / "venv", cwd=work)
    for dist in (DIST, TESTBED_DIST):
        run(work / "venv/bin/python", "-m", "pip", "install", "-q", "--find-links", work / "dist", dist, cwd=work)
    return work / "venv"


@pytest.fixture(scope="module")
def venv() -> Iterator[Path]:
    made = start_wheel().result()
    yield made
    shutil.rmtree(made.parent, ignore_errors=True)  # the build and the venv (hundreds of MB)


def _env() -> dict[str, str]:
    """The environment minus anything pointing at this tree or a Slurm client's settings."""
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith(("SLURM_", "SBATCH_"))
    }


@pytest.fixture
def testbed24() -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == "24.11"))


def test_the_installed_wheel_is_what_runs(venv: Path, tmp_path: Path) -> None:
    where = run(
        venv / "bin/python",
        "-c",
        "import slurm_rest, generated_client, flyte_plugin; "
        "print(slurm_rest.__file__, generated_client.__file__, flyte_plugin.__file__)",
        cwd=tmp_path,
        env=_env(),
    )
    assert all(path.startswith(str(venv)) for path in where.split()), where
    took = run(
        venv / "bin/python",
        "-c",
        "import time; t = time.perf_counter(); import slurm_rest; print(f'{time.perf_counter() - t:.3f}')",
        cwd=tmp_path,
        env=_env(),
    )
    print(f"import slurm_rest: {float(took):.3f} s")


def test_the_demo_job_runs_from_the_wheel(venv: Path, testbed24: Testbed, tmp_path: Path) -> None:
    out = run(venv / "bin/python", ROOT / "examples/demo.py", "24.11", cwd=tmp_path, env=_env(), timeout=180)
    assert "finished: COMPLETED, exit code 0" in out and "hello from" in out, out


def test_the_cli_and_the_typed_api_example_run_from_the_wheel(venv: Path, testbed24: Testbed, tmp_path: Path) -> None:
    token = run(venv / "bin/python", "-m", "slurm_rest_testbed", "token", "24.11", cwd=tmp_path, env=_env())
    env = {
        **_env(),
        "SLURM_REST_URL": testbed24.url,
        "SLURM_REST_USER": testbed24.user,
        "SLURM_JWT": token.strip().splitlines()[-1],
    }
    assert "24.11" in run(venv / "bin/slurm-rest", "ping", cwd=tmp_path, env=env)
    out = run(venv / "bin/python", ROOT / "examples/typed_api.py", cwd=tmp_path, env=env, timeout=120)
    assert "scheduler statistics (generated diag operation):" in out, out
