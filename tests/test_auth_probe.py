"""An answer that a rejected token and a failure behind slurmrestd both give is an AuthError only when a probe
proves it (``_classify.probe_for``, ``Adapter.auth_probe``), through the client's request path, sync and async.

Shapes are the recorded ones (``tests/fixtures``): 22.05's bare error -1 on every controller endpoint, /ping's
"unable to load" included (a controller outage gives the same), 26.05's slurmdb 7000 (a wrong token, or
slurmdbd down). The fake slurmrestd answers them on demand, and its probe endpoints (22.05's
``/slurmdb/v0.0.38/qos``, newer ``/slurm/vX/diag/``) answer a rejected token with the release's own shape.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from slurm_rest import (
    RETRY_ACCOUNTING,
    RETRY_READ,
    AsyncSlurmClient,
    AuthError,
    SlurmClient,
    SlurmRestError,
    UnavailableError,
)
from tests.fake_slurmrestd import FakeSlurmrestd, fixture, signed_with

pytestmark = pytest.mark.usefixtures("pauses")

URL = "http://slurm.test"
KEY = b"k" * 32


def minus_one(description: str) -> tuple[int, dict[str, Any]]:
    return 500, {
        "errors": [
            {"description": description, "error_number": -1, "error": "Unspecified error", "source": "slurm_load_job"}
        ]
    }


def outcome(fake: FakeSlurmrestd, mode: str, op: str, **settings: Any) -> SlurmRestError:
    """What ``op`` (get_job, ping, jobs) raises through a client on ``fake`` (``mode``: sync or async)."""
    settings = {"token": "static-token", **settings}
    if settings["token"] is None:
        del settings["token"]
    if mode == "sync":
        with (
            SlurmClient(url=URL, user="alice", transport=fake.transport(), **settings) as client,
            pytest.raises(SlurmRestError) as info,
        ):
            getattr(client, op)(*([5] if op in ("get_job", "steps") else []))
        return info.value

    async def run() -> SlurmRestError:
        async with AsyncSlurmClient(url=URL, user="alice", transport=fake.transport(), **settings) as client:
            with pytest.raises(SlurmRestError) as info:
                await getattr(client, op)(*([5] if op in ("get_job", "steps") else []))
        return info.value

    return asyncio.run(run())


def outcome_or_value(fake: FakeSlurmrestd, mode: str, op: str) -> Any:
    """What ``op(5)`` returns through a client on ``fake``."""
    if mode == "sync":
        with SlurmClient(url=URL, user="alice", token="static-token", transport=fake.transport()) as client:
            return getattr(client, op)(5)

    async def run() -> Any:
        async with AsyncSlurmClient(url=URL, user="alice", token="static-token", transport=fake.transport()) as c:
            return await getattr(c, op)(5)

    return asyncio.run(run())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_2205_controller_outage_is_not_an_auth_error(mode: str, tmp_path: Path) -> None:
    """slurmctld down: /job says -1, but the probe (slurmdb) accepts the token: a failure behind slurmrestd,
    retried as a read is (each try probed again), never a re-mint of a token that was fine."""
    fake = FakeSlurmrestd("22.05")
    fake.fault("job", minus_one("Unable to find JobId=5"), times=None)
    (tmp_path / "jwt.key").write_bytes(KEY)
    exc = outcome(fake, mode, "get_job", token=None, jwt_key=tmp_path / "jwt.key")
    assert type(exc) is UnavailableError and exc.error_numbers == (-1,) and "token was rejected" not in str(exc)
    assert fake.count("probe") == fake.count("job") == RETRY_READ.attempts


@MODES
def test_an_unproven_minus_one_that_clears_is_retried_to_the_answer(mode: str) -> None:
    """24.11 while a backup controller took over: /jobs/state said -1 "Unable to query job states" once."""
    fake = FakeSlurmrestd("22.05")
    fake.add_job(5)
    fake.fault("job", minus_one("Unable to find JobId=5"), times=2)
    info = outcome_or_value(fake, mode, "get_job")
    assert getattr(info, "job_id", None) == 5 and fake.count("job") == 3


@MODES
@pytest.mark.parametrize(
    "probe_fault",
    [503, (502, {"errors": [{"error_number": 1001, "error": "x"}]}), "drop_after_send", "drop_before_send"],
)
def test_a_probe_that_fails_itself_leaves_the_answer_as_it_was(mode: str, probe_fault: Any) -> None:
    fake = FakeSlurmrestd("22.05")
    fake.fault("job", minus_one("Unable to find JobId=5"), times=None)
    fake.fault("probe", probe_fault, times=None)
    exc = outcome(fake, mode, "get_job")
    assert type(exc) is UnavailableError and exc.path == "/slurm/v0.0.38/job/5" and exc.error_numbers == (-1,)
    assert fake.count("probe") >= 1


@MODES
@pytest.mark.parametrize("op", ["get_job", "jobs", "ping"])
def test_2205_rejected_token_is_an_auth_error_proven_by_the_probe(mode: str, op: str) -> None:
    fake = FakeSlurmrestd("22.05")
    fake.require_token(signed_with(KEY))
    exc = outcome(fake, mode, op)
    assert type(exc) is AuthError and "the token was rejected: /slurmdb/v0.0.38/qos says so" in str(exc)
    assert fake.count("probe") == 1


@MODES
def test_2605_slurmdb_7000_is_an_auth_error_only_when_diag_refuses_the_token(mode: str) -> None:
    refused = fixture("v0045_db_qos_bad_token.json")
    fake = FakeSlurmrestd("26.05")
    fake.fault("accounting", (502, refused), times=None)
    fake.fault("probe", (511, fixture("v0045_diag_bad_token.json")))
    exc = outcome(fake, mode, "steps")
    assert type(exc) is AuthError and "/slurm/v0.0.45/diag/ says so" in str(exc)

    down = FakeSlurmrestd("26.05")  # slurmdbd down, the token good: diag answers
    down.fault("accounting", (502, refused), times=None)
    exc = outcome(down, mode, "steps")
    assert type(exc) is UnavailableError
    assert down.count("probe") == down.count("accounting") == RETRY_ACCOUNTING.attempts  # each try probed


def test_probe_answers_recorded_live_are_what_the_fake_serves() -> None:
    assert fixture("v0038_db_qos_bad_token.json")["errors"][0]["error_number"] == 1007
    assert fixture("v0045_diag_bad_token.json")["errors"][0]["error_number"] == 1007
    assert json.dumps(fixture("v0045_db_qos_bad_token.json")["errors"]).count("authentication") == 0
    assert "authentication error" in fixture("v0042_db_qos_bad_token.json")["errors"][0]["description"]
