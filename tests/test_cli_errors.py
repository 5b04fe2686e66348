"""``slurm-rest`` in-process against the fake slurmrestd (``tests/fake_slurmrestd.py``): exit statuses for
failures the testbeds do not produce on demand (refused connections, 503s, internal errors), token redaction,
and progress on a terminal. The CLI builds its client from its flags and the environment, as for users; only
its transport is the fake's. The live behaviour is in ``tests/live/test_cli.py``."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from slurm_rest import SlurmClient
from slurm_rest.cli import main
from tests.fake_slurmrestd import FakeSlurmrestd

pytestmark = pytest.mark.usefixtures("pauses")

URL = "http://slurm.test"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdW4iOiJhbGljZSJ9.CLI-SECRET-SIGNATURE"
CONN = ["--url", URL, "--user", "alice", "--token", TOKEN]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SLURM_JWT", raising=False)
    monkeypatch.delenv("SLURM_REST_DEBUG", raising=False)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeSlurmrestd:
    fake = FakeSlurmrestd("24.11")
    fake.wire_cli(monkeypatch)
    return fake


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


def test_connection_refused_is_exit_3(fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str]) -> None:
    fake.fault("openapi", "drop_before_send", times=None)
    status, out, err = run(capsys, "ping", *CONN)
    assert status == 3 and out == ""
    assert "cannot reach slurmrestd" in single_error(err) and "Connection refused" in err
    assert fake.count("openapi") > 1 and fake.count() == fake.count("openapi")  # retried; nothing else sent


def test_unavailable_is_exit_3(fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str]) -> None:
    fake.fault("ping", (503, "busy"), times=None)
    status, _, err = run(capsys, "ping", "--json", *CONN)
    assert status == 3 and "HTTP 503" in single_error(err)


def test_auth_failure_is_exit_3_and_redacts_an_echoed_token(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str]
) -> None:
    # A server (or proxy) that echoes the token it refused: the CLI still never prints it.
    fake.add_job(7)
    fake.fault("job", (401, f"token {TOKEN} rejected"))
    status, out, err = run(capsys, "status", "7", *CONN)
    assert status == 3 and "authentication failed" in single_error(err)
    assert TOKEN not in out + err and "CLI-SECRET-SIGNATURE" not in err and "***" in err
    assert fake.count("job") == 1


def test_rejected_token_is_exit_3(fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str]) -> None:
    fake.require_token(lambda token: False)
    status, out, err = run(capsys, *CONN, "jobs")  # connection --user goes before "jobs"
    assert status == 3 and out == "" and "authentication failed" in single_error(err)
    assert TOKEN not in err and fake.count("jobs") == 1


def test_token_from_environment_is_redacted(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLURM_JWT", "plain-secret-value")
    fake.add_job(7)
    fake.fault("job", (500, {"errors": [{"error_number": 9000, "description": "bad plain-secret-value"}]}))
    status, _, err = run(capsys, "--url", URL, "--user", "alice", "status", "7")
    assert status == 4 and "plain-secret-value" not in err and "***" in single_error(err)
    assert fake.tokens("job") == ["plain-secret-value"]  # the environment's token was the one sent


def test_refused_submission_is_exit_4(fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str) -> None:
    status, out, err = run(capsys, "submit", script, "-p", "nosuchpart", "--json", *CONN)
    assert status == 4 and out == "" and fake.count("submit") == 1 and not fake.jobs
    assert "Invalid partition name specified" in single_error(err)


def test_unsupported_version_is_exit_3(fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "ping", "--api-version", "v0.0.44", *CONN)
    assert status == 3 and "does not serve v0.0.44" in single_error(err)


def test_internal_error_is_one_line_exit_70(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: SlurmClient) -> None:
        raise RuntimeError("unexpected shape")

    monkeypatch.setattr(SlurmClient, "ping", broken)
    status, _, err = run(capsys, "ping", *CONN)
    assert status == 70 and "internal error: RuntimeError: unexpected shape" in single_error(err)


@pytest.mark.parametrize("tty", [True, False])
# A TIMEOUT job was killed at its limit: the controller's 0 is no exit code (None, as accounting says).
@pytest.mark.parametrize(
    ("final", "rc", "shown", "status"), [("COMPLETED", 0, 0, 0), ("FAILED", 3, 3, 1), ("TIMEOUT", 0, None, 1)]
)
def test_submit_wait_progress_only_on_a_terminal(
    fake: FakeSlurmrestd,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    script: str,
    tty: bool,
    final: str,
    rc: int,
    shown: int | None,
    status: int,
) -> None:
    fake.auto_advance(final, exit_code=rc)  # PENDING, RUNNING, final: one state per poll
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    code, out, err = run(capsys, "submit", script, "--wait", "--json", *CONN)
    assert code == status
    doc = json.loads(out)
    (job_id,) = fake.jobs
    assert (doc["job_id"], doc["state"], doc["exit_code"]) == (job_id, final, shown)
    if tty:
        lines = err.strip().splitlines()
        assert [line.split(", ")[1] for line in lines] == ["PENDING", "RUNNING", final]
        assert all(line.split(" ", 1)[1].startswith(f"job {job_id}, ") for line in lines)
    else:
        assert err == ""
    assert fake.count("submit") == 1 and fake.count("states") == 3  # one batched state request per cycle


@pytest.mark.parametrize(("argv", "name"), [([], "job.sh"), (["-J", "mine"], "mine")])
def test_a_submitted_scripts_job_is_named_after_its_file(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str], script: str, argv: list[str], name: str
) -> None:
    """As sbatch names it: the script's file name unless -J/--job-name says otherwise."""
    status, _out, err = run(capsys, "submit", script, *argv, *CONN)
    assert status == 0, err
    (body,) = fake.bodies("submit")
    assert body["job"]["name"] == name


# ------------------------------------------------------------------ every exception class: the documented status
def _documented() -> dict[str, int]:
    """Class name -> status, as the exit status table in ``--help`` (``_cli_parser._EPILOG``) names them."""
    from slurm_rest._cli_parser import _EPILOG

    table = _EPILOG.split("exit status:\n", 1)[1].split("\n\n", 1)[0]
    named: dict[str, int] = {}
    status = None
    for line in table.splitlines():
        head = re.match(r"^  (\d+)\s", line)
        status = int(head[1]) if head else status
        for name in re.findall(r"\b[A-Z][A-Za-z]*(?:Error|Timeout)\b", line):
            assert status is not None and name not in named, name
            named[name] = status
    return named


def _tree(root: type[BaseException]) -> list[type[BaseException]]:
    return [root, *(c for sub in root.__subclasses__() for c in _tree(sub))]


def test_every_exception_class_exits_with_the_status_its_table_documents() -> None:
    import slurm_rest
    from slurm_rest.cli import exit_status_for

    documented = _documented()
    public = {c for c in _tree(slurm_rest.SlurmRestError) if c.__module__.startswith("slurm_rest")}
    assert {getattr(slurm_rest, n) for n in documented} <= public  # every name in the table is a real class
    assert public <= {getattr(slurm_rest, n) for n in documented}  # and every class of the tree is listed
    for kind in public:
        assert exit_status_for(kind) == documented[kind.__name__], kind


def test_an_endpoint_this_slurmrestd_does_not_serve_exits_3(
    fake: FakeSlurmrestd, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.fault("ping", (404, "Unable to find requested URL"))
    status, _, err = run(capsys, "ping", *CONN)
    assert status == 3 and "does not serve the endpoint" in single_error(err)


def test_retries_stay_out_of_the_one_error_line(tmp_path: Path) -> None:
    """The CLI as a user runs it, against a port nobody listens on: the client retries (and logs each retry
    on ``slurm_rest.retries``), yet stderr is the one error line; Python's last-resort handler would print
    every retry warning there if the package's logger had no handler."""
    import socket
    import subprocess

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SLURM_REST_RETRY_DEADLINE": "1.5"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "slurm_rest.cli",
            "ping",
            "--url",
            f"http://127.0.0.1:{port}",
            "--user",
            "alice",
            "--token",
            "x",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("slurm-rest: error: cannot reach slurmrestd"), (
        done.stderr
    )
