"""``slurm-rest`` in-process against a respx-mocked slurmrestd: exit statuses for failures the testbeds do not
produce on demand (refused connections, 503s, internal errors), token redaction, and progress on a terminal.
The live behaviour is in ``tests/live/test_cli.py``."""

from __future__ import annotations

import asyncio
import copy
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from slurm_rest import SlurmClient
from slurm_rest.cli import main

URL = "http://slurm.test"
V42 = "/slurm/v0.0.42"
FIXTURES = Path(__file__).parent / "fixtures"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.CLI-SECRET-SIGNATURE"
CONN = ["--url", URL, "--user", "alice", "--token", TOKEN]


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


@pytest.fixture(autouse=True)
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda s: None)
    monkeypatch.delenv("SLURM_JWT", raising=False)
    monkeypatch.delenv("SLURM_REST_DEBUG", raising=False)

    async def no_wait(seconds: float, result: Any = None) -> Any:
        return result

    monkeypatch.setattr(asyncio, "sleep", no_wait)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=URL, assert_all_called=False) as router:
        router.get("/openapi/v3").respond(json={"paths": {f"{V42}/ping/": {}}})
        yield router


@pytest.fixture
def script(tmp_path: Path) -> str:
    path = tmp_path / "job.sh"
    path.write_text("#!/bin/sh\ntrue\n")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def single_error(err: str) -> str:
    assert "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert line.startswith("slurm-rest: error: ")
    return line


def test_connection_refused_is_exit_3(api: respx.MockRouter, capsys: pytest.CaptureFixture[str]) -> None:
    api.routes[0].mock(side_effect=httpx.ConnectError("[Errno 111] Connection refused"))
    status, out, err = run(capsys, "ping", *CONN)
    assert status == 3 and out == ""
    assert "cannot reach slurmrestd" in single_error(err) and "Connection refused" in err


def test_unavailable_is_exit_3(api: respx.MockRouter, capsys: pytest.CaptureFixture[str]) -> None:
    api.get(f"{V42}/ping/").respond(503, text="busy")
    status, _, err = run(capsys, "ping", "--json", *CONN)
    assert status == 3 and "HTTP 503" in single_error(err)


def test_auth_failure_is_exit_3_and_redacts_an_echoed_token(api: respx.MockRouter,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    # A server (or proxy) that echoes the token it refused: the CLI still never prints it.
    api.get(f"{V42}/job/7").respond(401, text=f"token {TOKEN} rejected")
    status, out, err = run(capsys, "status", "7", *CONN)
    assert status == 3 and "authentication failed" in single_error(err)
    assert TOKEN not in out + err and "CLI-SECRET-SIGNATURE" not in err and "***" in err


def test_token_from_environment_is_redacted(api: respx.MockRouter, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLURM_JWT", "plain-secret-value")
    api.get(f"{V42}/job/7").respond(500, json={"errors": [{"error_number": 9000,
                                                           "description": "bad plain-secret-value"}]})
    status, _, err = run(capsys, "--url", URL, "--user", "alice", "status", "7")
    assert status == 4 and "plain-secret-value" not in err and "***" in single_error(err)


def test_refused_submission_is_exit_4(api: respx.MockRouter, capsys: pytest.CaptureFixture[str],
                                      script: str) -> None:
    post = api.post(f"{V42}/job/submit").respond(500, json=fixture("v0042_submit_refused.json"))
    status, out, err = run(capsys, "submit", script, "-p", "nosuchpart", "--json", *CONN)
    assert status == 4 and out == "" and post.call_count == 1
    assert "Invalid partition name specified" in single_error(err)


def test_unsupported_version_is_exit_3(api: respx.MockRouter, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "ping", "--api-version", "v0.0.44", *CONN)
    assert status == 3 and "does not serve v0.0.44" in single_error(err)


def test_internal_error_is_one_line_exit_70(api: respx.MockRouter, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: SlurmClient) -> None:
        raise RuntimeError("unexpected shape")

    monkeypatch.setattr(SlurmClient, "ping", broken)
    status, _, err = run(capsys, "ping", *CONN)
    assert status == 70 and "internal error: RuntimeError: unexpected shape" in single_error(err)


def _job(state: str, rc: int = 0) -> dict[str, Any]:
    body = fixture("v0042_job_failed.json")
    job = copy.deepcopy(body["jobs"][0])
    job.update(job_id=1000, job_state=[state], name="demo", comment="")
    job["exit_code"]["return_code"]["number"] = rc
    job["exit_code"]["status"] = ["SUCCESS" if rc == 0 else "ERROR"]
    body["jobs"] = [job]
    return body


def _states(state: str) -> dict[str, Any]:
    body = fixture("v0042_jobs_state.json")
    body["jobs"] = [{"job_id": "1000", "state": [state]}]
    return body


@pytest.mark.parametrize("tty", [True, False])
@pytest.mark.parametrize(("final", "rc", "status"), [("COMPLETED", 0, 0), ("FAILED", 3, 1), ("TIMEOUT", 0, 1)])
def test_submit_wait_progress_only_on_a_terminal(api: respx.MockRouter, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, script: str, tty: bool,
                                                 final: str, rc: int, status: int) -> None:
    api.post(f"{V42}/job/submit").respond(200, json={**fixture("v0042_submit.json"), "job_id": 1000})
    order = ["PENDING", "RUNNING", final]
    api.get(f"{V42}/jobs/state/").mock(side_effect=[httpx.Response(200, json=_states(s)) for s in order])
    api.get(f"{V42}/job/1000").mock(side_effect=[httpx.Response(200, json=_job(s, rc if s == final else 0))
                                                 for s in order])
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    code, out, err = run(capsys, "submit", script, "--wait", "--json", *CONN)
    assert code == status
    doc = json.loads(out)
    assert (doc["job_id"], doc["state"], doc["exit_code"]) == (1000, final, rc)
    if tty:
        lines = err.strip().splitlines()
        assert [line.split(", ")[1] for line in lines] == order
        assert all(line.split(" ", 1)[1].startswith("job 1000, ") for line in lines)
    else:
        assert err == ""
