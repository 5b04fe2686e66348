"""``pyflyte run`` of the example workflow, locally, against the 24.11 testbed (as its docstring says)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from slurm_rest_testbed import RELEASES

from ..conftest import require_testbed
from ._flyte import SECRET_ENV, key_b64

pytestmark = [pytest.mark.live, pytest.mark.on_release("24.11")]
ROOT = Path(__file__).resolve().parents[2]
PYFLYTE = Path(sys.executable).with_name("pyflyte")
MESSAGE = '; rm -rf ~ $(id) "quotes"'


def test_example_workflow_runs_with_hostile_message(tmp_path: Path) -> None:
    tb = require_testbed(next(r for r in RELEASES if r.name == "24.11"))
    canary = tmp_path / "canary"  # in the run's HOME: an injected `rm -rf ~` would take it
    canary.write_text("still here")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_FSEC_", "SLURM_REST_"))}
    env.update(
        {
            "SLURM_REST_URL": tb.url,
            "SLURM_REST_USER": tb.user,
            "SLURM_REST_LOCAL_ROOT": str(tb.facts["rootfs"]),
            SECRET_ENV: key_b64(tb),
            "HOME": str(tmp_path),
            "COLUMNS": "400",
        }
    )
    result = subprocess.run(
        [str(PYFLYTE), "run", "examples/flyte_workflow.py", "wf", "--message", MESSAGE],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"verbatim: {(MESSAGE + chr(10))!r}, repeated 2x" in result.stdout.splitlines(), result.stdout
    assert canary.read_text() == "still here"
    assert key_b64(tb) not in result.stdout + result.stderr
