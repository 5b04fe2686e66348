"""The generated clients as the typed API, live on every release: generated operations (diag, reservations,
QOS, an account from slurmdbd) sent through the facade's connection with a minted token that is renewed
midway; an error keeps Slurm's errors[] in the facade's exception; examples/typed_api.py runs."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from slurm_rest import APIError, JobNotFoundError, SlurmClient
from slurm_rest_testbed import RELEASES, Release, load_facts, status

from ..conftest import Testbed, require_testbed
from ._every_release import on_every_release, result_for
from .facade_support import RequestLog, make_client

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parents[2]
LIFESPAN = 60  # the shortest ClientConfig allows; renewed once 30 s are left


def operations(version: str) -> dict[str, ModuleType]:
    """The generated modules of one version's operations used here."""
    package = f"generated_client.{version.replace('.', '_')}.api"
    if version == "v0.0.38":
        names = {
            "diag": "slurm.slurm_v0_0_38_diag",
            "reservations": "slurm.slurm_v0_0_38_get_reservations",
            "reservation": "slurm.slurm_v0_0_38_get_reservation",
            "qos": "slurm.slurmdb_v0_0_38_get_qos",
            "account": "slurm.slurmdb_v0_0_38_get_account",
        }
    else:
        n = version.removeprefix("v0.0.").zfill(4)
        names = {
            "diag": f"slurm.slurm_v{n}_get_diag",
            "reservations": f"slurm.slurm_v{n}_get_reservations",
            "reservation": f"slurm.slurm_v{n}_get_reservation",
            "qos": f"slurmdb.slurmdb_v{n}_get_qos",
            "account": f"slurmdb.slurmdb_v{n}_get_account",
        }
    return {k: importlib.import_module(f"{package}.{v}") for k, v in names.items()}


def _run_all(client: SlurmClient) -> dict[str, Any]:
    ops = operations(client.api_version())
    typed = client.api()
    out = {
        "diag": ops["diag"].sync(client=typed),
        "reservations": ops["reservations"].sync(client=typed),
        "qos": ops["qos"].sync(client=typed),
        "account": ops["account"].sync("testbed", client=typed),
    }
    for name, parsed in out.items():
        assert parsed is not None and not isinstance(parsed, list), f"{name}: {parsed!r}"
    return out


def _through_a_renewal(rel: Release) -> set[str]:
    """Generated operations before and after the client's token is due for renewal; the tokens sent."""
    tb = require_testbed(rel)
    user = tb.user
    with make_client(tb, token_lifespan=LIFESPAN) as client:
        log = RequestLog.attach(client)
        first = _run_all(client)
        assert type(first["diag"]).__module__.startswith(f"generated_client.{client.api_version().replace('.', '_')}")
        stats = first["diag"].statistics
        assert stats.server_thread_count >= 1 and stats.jobs_submitted >= 0
        account = first["account"].accounts
        assert [a.name for a in account] == ["testbed"]
        assert len({r.headers["X-SLURM-USER-TOKEN"] for r in log.requests}) == 1
        time.sleep(LIFESPAN / 2 + 2)  # the token is now due for renewal
        _run_all(client)
    assert all(r.headers["X-SLURM-USER-NAME"] == user for r in log.requests)
    return {r.headers["X-SLURM-USER-TOKEN"] for r in log.requests}


@pytest.fixture(scope="module")
def renewals() -> dict[str, set[str] | BaseException]:
    """Every release at once: the half a token's life each must wait is waited once."""
    return on_every_release(_through_a_renewal)


def test_generated_operations_through_the_facade_with_a_renewed_token(
    testbed: Testbed, renewals: dict[str, set[str] | BaseException]
) -> None:
    assert len(result_for(renewals, testbed)) == 2, "the token was not renewed"


def test_an_error_keeps_slurms_errors_in_the_facades_exception(testbed: Testbed) -> None:
    with SlurmClient(url=testbed.url, user=testbed.user, jwt_key=testbed.facts["jwt_key_path"]) as client:
        ops = operations(client.api_version())
        with pytest.raises(APIError) as info:
            ops["reservation"].sync("no-such-reservation", client=client.api())
        assert not isinstance(info.value, JobNotFoundError)
        assert info.value.errors and info.value.path.endswith("/reservation/no-such-reservation")


def _example(rel: Release) -> subprocess.CompletedProcess[str]:
    facts = load_facts(rel)
    assert facts is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "SBATCH_"))}
    token = (
        subprocess.run(
            [sys.executable, "-m", "slurm_rest_testbed", "token", rel.name], capture_output=True, text=True, check=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    env.update(SLURM_REST_URL=str(facts["rest_url"]), SLURM_REST_USER=str(facts["job_user"]), SLURM_JWT=token)
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / "typed_api.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("release", [r.name for r in RELEASES])
def test_the_typed_api_example_runs(release: str) -> None:
    rel = next(r for r in RELEASES if r.name == release)
    if status(rel) != "up":
        pytest.fail(f"testbed {release} is not up")
    done = _example(rel)
    assert done.returncode == 0, done.stderr
    assert "scheduler statistics (generated diag operation):" in done.stdout
    assert "server_thread_count: " in done.stdout and "reservations (" in done.stdout
