"""The ``slurm-rest`` command, run as a subprocess against every testbed (22.05, 24.11, 26.05).

Auth: ``--jwt-key`` (slurmctld's key, tokens minted for ``--user``) unless a test says otherwise. Usage errors
are checked against a local listening socket that must see no connection: nothing is sent before the input
is known to be good.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..conftest import Testbed

pytestmark = pytest.mark.live

CLI = [sys.executable, "-m", "slurm_rest.cli"]
SCRIPT_OK = "#!/bin/sh\necho hello from slurm-rest\nexit 0\n"
SCRIPT_EXIT_3 = "#!/bin/sh\necho failing on purpose >&2\nexit 3\n"
SCRIPT_SLEEP = "#!/bin/sh\nsleep 300\n"


def clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment without any Slurm/slurm-rest settings (tests set their own)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "SBATCH_"))}
    env.update(extra)
    return env


def cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env if env is not None else clean_env(),
        check=False,
    )


def conn(tb: Testbed) -> list[str]:
    return ["--url", tb.url, "--user", tb.user, "--jwt-key", str(tb.facts["jwt_key_path"])]


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    try:
        return json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"stdout is not JSON (exit {result.returncode}): {result.stdout!r} / {result.stderr!r}")


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single ``slurm-rest: error: ...`` line of a failed run (no traceback)."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("slurm-rest: error: "), lines[0]
    return lines[0]


@pytest.fixture
def script(tmp_path: Path) -> Any:
    def write(text: str, name: str = "job.sh") -> str:
        path = tmp_path / name
        path.write_text(text)
        return str(path)

    return write


# ------------------------------------------------------------------------------------------------ live
def test_ping_json(testbed: Testbed) -> None:
    result = cli("ping", "--json", *conn(testbed))
    assert result.returncode == 0, result.stderr
    doc = as_json(result)
    assert doc["ok"] is True and doc["url"] == testbed.url
    assert doc["api_version"] == max(v for v in testbed.api_versions if v != "v0.0.37")
    assert doc["release"].startswith(testbed.name + ".")
    assert doc["controllers"] and all(c["responding"] for c in doc["controllers"])
    assert result.stderr == ""


def test_ping_human_and_pinned_version(testbed: Testbed) -> None:
    oldest = min(v for v in testbed.api_versions if v != "v0.0.37")
    result = cli(*conn(testbed), "--api-version", oldest, "ping")  # connection flags before the command
    assert result.returncode == 0, result.stderr
    assert f"API {oldest}" in result.stdout and f"Slurm {testbed.name}" in result.stdout


def test_submit_wait_json_completed(testbed: Testbed, script: Any, unique_name: str) -> None:
    result = cli("submit", script(SCRIPT_OK), "--wait", "--json", "-J", unique_name, "-t", "5", *conn(testbed))
    assert result.returncode == 0, (result.stdout, result.stderr)
    doc = as_json(result)
    assert doc["state"] == "COMPLETED" and doc["exit_code"] == 0 and doc["succeeded"] is True
    assert isinstance(doc["job_id"], int) and doc["job_id"] > 0
    assert doc["name"] == unique_name and doc["time_limit_minutes"] == 5
    assert result.stderr == ""  # no progress lines when stderr is not a terminal


def test_submit_wait_json_failed_job(testbed: Testbed, script: Any, unique_name: str) -> None:
    result = cli("submit", script(SCRIPT_EXIT_3), "--wait", "--json", "--job-name", unique_name, *conn(testbed))
    assert result.returncode == 1, (result.stdout, result.stderr)
    doc = as_json(result)
    assert doc["state"] == "FAILED" and doc["exit_code"] == 3 and doc["return_code"] == 3
    assert doc["succeeded"] is False and doc["finished"] is True


def test_submit_from_stdin_human_output(testbed: Testbed) -> None:
    result = cli("submit", "-", "-W", *conn(testbed), stdin=SCRIPT_OK)
    assert result.returncode == 0, result.stderr
    first, last = result.stdout.strip().splitlines()
    job_id = int(first.removeprefix("Submitted batch job "))
    assert last.startswith(f"job {job_id}, COMPLETED, exit code 0")


def test_status_cancel_jobs_json(testbed: Testbed, script: Any, unique_name: str) -> None:
    submitted = cli(
        "submit", script(SCRIPT_SLEEP), "--json", "-J", unique_name, "--comment", "cli test", *conn(testbed)
    )
    assert submitted.returncode == 0, submitted.stderr
    job_id = as_json(submitted)["job_id"]
    try:
        status = cli("status", str(job_id), "--json", *conn(testbed))
        assert status.returncode == 0, status.stderr
        doc = as_json(status)
        assert doc["job_id"] == job_id and doc["state"] in ("PENDING", "RUNNING")
        assert doc["name"] == unique_name and doc["comment"] == "cli test" and "comment_tag" not in doc

        listed = cli(*conn(testbed), "jobs", "--json", "--name", unique_name, "--user", testbed.user)
        assert listed.returncode == 0, listed.stderr
        assert [j["job_id"] for j in as_json(listed)] == [job_id]
        none = cli(*conn(testbed), "jobs", "--json", "--name", unique_name, "--state", "COMPLETED,TIMEOUT")
        assert none.returncode == 0 and as_json(none) == []
    finally:
        cancelled = cli("cancel", str(job_id), "--json", *conn(testbed))
    assert cancelled.returncode == 0, cancelled.stderr
    assert as_json(cancelled) == {"job_id": job_id, "signal": None, "done": True, "already_finished": False}

    waited = cli("wait", str(job_id), "--json", "--timeout", "120", *conn(testbed))
    assert waited.returncode == 1, waited.stderr  # CANCELLED is not COMPLETED
    (final,) = as_json(waited)
    assert final["job_id"] == job_id and final["state"] == "CANCELLED"

    again = cli("status", str(job_id), *conn(testbed))
    assert again.returncode == 0 and again.stdout.startswith(f"job {job_id}, CANCELLED")


def test_signal_then_wait_timeout(testbed: Testbed, script: Any, unique_name: str) -> None:
    submitted = cli("submit", script(SCRIPT_SLEEP), "--json", "-J", unique_name, *conn(testbed))
    job_id = as_json(submitted)["job_id"]
    try:
        waited = cli("wait", str(job_id), "--timeout", "2", *conn(testbed))
        assert waited.returncode == 5, waited.stderr
        assert "unfinished" in one_error_line(waited)
    finally:
        killed = cli("cancel", str(job_id), "--signal", "SIGKILL", "--json", *conn(testbed))
    assert killed.returncode == 0, killed.stderr
    assert as_json(killed)["signal"] == "KILL"


def test_wait_many(testbed: Testbed, script: Any, unique_name: str) -> None:
    ids: list[int] = []
    for body in (SCRIPT_OK, SCRIPT_EXIT_3):
        result = cli("submit", script(body, name=f"{len(ids)}.sh"), "--json", "-J", unique_name, *conn(testbed))
        ids.append(as_json(result)["job_id"])
    result = cli("wait", *map(str, ids), "--json", *conn(testbed))
    assert result.returncode == 1, result.stderr
    assert [(d["job_id"], d["state"], d["exit_code"]) for d in as_json(result)] == [
        (ids[0], "COMPLETED", 0),
        (ids[1], "FAILED", 3),
    ]


def test_array_submit_wait_and_wait_report_every_task(testbed: Testbed, script: Any, unique_name: str) -> None:
    # Task 0 outlives the array's own record (the last task to start): both commands still wait for it.
    body = '#!/bin/sh\nif [ "$SLURM_ARRAY_TASK_ID" = 0 ]; then sleep 5; fi\nexit "$SLURM_ARRAY_TASK_ID"\n'
    result = cli("submit", script(body), "--array", "0-2", "--wait", "--json", "-J", unique_name, *conn(testbed))
    assert result.returncode == 1, (result.stdout, result.stderr)  # tasks 1 and 2 failed
    docs = as_json(result)
    array_id = docs[0]["array_job_id"]
    assert [(d["array_job_id"], d["array_task_id"], d["state"], d["exit_code"]) for d in docs] == [
        (array_id, 0, "COMPLETED", 0),
        (array_id, 1, "FAILED", 1),
        (array_id, 2, "FAILED", 2),
    ]

    ok = cli(
        "submit", script("#!/bin/sh\nsleep 1\n", name="ok.sh"), "-a", "0-1", "--json", "-J", unique_name, *conn(testbed)
    )
    ok_id = as_json(ok)["job_id"]
    waited = cli("wait", str(ok_id), str(array_id), *conn(testbed))
    assert waited.returncode == 1, waited.stderr
    # One line per task, as Slurm names them; a task that split off the array record adds its own id.
    labels = [
        re.sub(r" \(\d+\)$", "", line.split(", ")[0]) + ", " + line.split(", ")[1]
        for line in waited.stdout.splitlines()
    ]
    assert labels == [
        f"job {ok_id}_0, COMPLETED",
        f"job {ok_id}_1, COMPLETED",
        f"job {array_id}_0, COMPLETED",
        f"job {array_id}_1, FAILED",
        f"job {array_id}_2, FAILED",
    ], waited.stdout


def test_environment_configuration_and_sbatch_lines_applied(testbed: Testbed, script: Any) -> None:
    token = testbed.token()
    env = clean_env(SLURM_REST_URL=testbed.url, SLURM_REST_USER=testbed.user, SLURM_JWT=token)
    body = "#!/bin/sh\n#SBATCH --job-name=from-directive --wait\n#SBATCH -t 3 --comment 'a b'\ntrue\n"
    result = cli("submit", script(body), "--json", "-t", "4", env=env)  # '#SBATCH --wait' waits, as sbatch
    assert result.returncode == 0, result.stderr
    job = as_json(result)
    assert job["state"] == "COMPLETED" and job["name"] == "from-directive" and job["comment"] == "a b"
    assert job["time_limit_minutes"] == 4  # the command line over the script
    bad = cli("submit", script("#!/bin/sh\n#SBATCH --reboot\ntrue\n"), env=env)
    assert bad.returncode == 2 and "line 2" in one_error_line(bad) and "--reboot" in bad.stderr
    env = clean_env(
        SLURM_REST_URL=testbed.url, SLURM_REST_USER=testbed.user, SLURM_JWT_KEY=str(testbed.facts["jwt_key_path"])
    )
    assert cli("ping", env=env).returncode == 0


def test_missing_job_is_one_line_exit_4(testbed: Testbed) -> None:
    result = cli("status", "99999999", *conn(testbed))
    assert result.returncode == 4
    assert "99999999" in one_error_line(result) and "2017" in result.stderr


def test_rejected_token_is_never_printed(testbed: Testbed) -> None:
    import jwt  # a well-formed token, signed with the wrong key

    now = int(time.time())
    bad = jwt.encode({"iat": now, "exp": now + 600, "sun": testbed.user}, b"w" * 32, algorithm="HS256")
    for args in (["--token", bad], []):
        env = clean_env() if args else clean_env(SLURM_JWT=bad)
        result = cli("--url", testbed.url, "--user", testbed.user, *args, "jobs", env=env)
        line = one_error_line(result)
        assert bad not in result.stdout + result.stderr
        assert bad.split(".")[2] not in result.stderr  # not even the signature
        # 24.11+: HTTP 511 with 1007; 22.05: its generic -1 ("Failed while looking for jobs"), settled by a
        # probe of slurmdb that says 1007. Both an auth error (3), never a refusal (4).
        assert result.returncode == 3, line


# --------------------------------------------------------------------------------- usage: nothing is sent
@pytest.fixture
def listener() -> Iterator[tuple[str, socket.socket]]:
    """A URL whose server accepts nothing: connections pile up in the backlog, where the test counts them."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.setblocking(False)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}", sock
    sock.close()


def connections(sock: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn_, _ = sock.accept()
        except BlockingIOError:
            return count
        conn_.close()
        count += 1


USAGE_CASES: list[tuple[str, list[str], str]] = [
    ("unknown option", ["submit", "{ok}", "--partitoin", "debug"], "unrecognized arguments: --partitoin"),
    ("bad time", ["submit", "{ok}", "--time", "soon"], "time_limit 'soon' is not a Slurm time"),
    ("bad memory", ["submit", "{ok}", "--mem", "lots"], "mem must be megabytes"),
    ("bad array", ["submit", "{ok}", "--array", "9-1"], "ends before it starts"),
    ("bad nodes", ["submit", "{ok}", "-N", "0"], "nodes must be a count"),
    ("not a count", ["submit", "{ok}", "-n", "two"], "needs an integer"),
    ("export ALL", ["submit", "{ok}", "--export", "ALL"], "ALL is not supported"),
    ("bad dependency", ["submit", "{ok}", "-d", "after-ok:12"], "dependency"),
    ("requeue twice", ["submit", "{ok}", "--requeue", "--no-requeue"], "both set requeue"),
    ("relative chdir", ["submit", "{ok}", "-D", "work"], "working_dir must be an absolute path"),
    ("missing script", ["submit", "/nonexistent/job.sh"], "cannot read script"),
    ("no shebang", ["submit", "{noshebang}"], "interpreter line"),
    ("bad job id", ["status", "12abc"], "not a job id"),
    ("bad wait timeout", ["wait", "12", "--timeout", "-1"], "not a positive number of seconds"),
    ("bad signal", ["cancel", "12", "--signal", "NOPE"], "unknown signal"),
    ("sbatch signal form", ["cancel", "12", "--signal", "B:USR1@60"], "give a signal name or number"),
    ("bad state", ["jobs", "--state", "SLEEPING"], "unknown job state(s) SLEEPING"),
    ("no command", [], "required: COMMAND"),
    ("two token sources", ["--jwt-key", "/nonexistent/key", "ping"], "exactly one"),
    ("bad api version", ["--api-version", "42", "ping"], "api_version"),
]


@pytest.mark.parametrize(("args", "message"), [c[1:] for c in USAGE_CASES], ids=[c[0] for c in USAGE_CASES])
def test_usage_errors_exit_2_and_send_nothing(
    listener: tuple[str, socket.socket], script: Any, args: list[str], message: str
) -> None:
    url, sock = listener
    paths = {"{ok}": script(SCRIPT_OK), "{noshebang}": script("echo no interpreter\n", name="bad.sh")}
    argv = ["--url", url, "--user", "alice", "--token", "static.token.value", *[paths.get(a, a) for a in args]]
    result = cli(*argv, timeout=60)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("slurm-rest") and "error:" in last and message in last, result.stderr
    assert "static.token.value" not in result.stderr
    assert connections(sock) == 0, "a request was sent before the input was checked"


def test_missing_url_is_a_usage_error(listener: tuple[str, socket.socket]) -> None:
    result = cli("ping", "--user", "alice", "--token", "t.t.t", env=clean_env())
    assert result.returncode == 2
    assert "no URL" in one_error_line(result)


def test_help_documents_exit_codes() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for code in ("0 ", "1 ", "2 ", "3 ", "4 ", "5 "):
        assert f"\n  {code}" in result.stdout
    assert "SLURM_JWT_KEY" in result.stdout and "SLURM_REST_URL" in result.stdout


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).with_name("slurm-rest")
    if not exe.exists():
        pytest.skip("the slurm-rest entry point is not installed in this environment")
    result = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, timeout=60, env=clean_env(), check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("slurm-rest ")
