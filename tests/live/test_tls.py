"""slurmrestd behind TLS, as sites run it: each testbed's nginx with a CA of the release's own (``facts["tls"]``).

With that CA the library and the CLI work through the proxy (ping, a job submitted and waited for). Without
it (the default trust store), or by a host name the certificate does not hold (``wrong_host_url``: the
certificate names ``DNS:localhost`` only), the client refuses the certificate during the handshake: a
``TLSError`` at once (no retries until the deadline), and no request, so no token, reaches nginx.

That nothing was sent is read from nginx's logs: each test marks its requests (a User-Agent, or for the CLI
a path prefix) and no access-log line may carry the mark; nginx's error log shows the client's refusal
(``alert unknown ca`` / ``bad certificate``), so the handshake did reach nginx. Other clients may use the
same proxy meanwhile: only marked lines count.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from slurm_rest import JobSpec, JobState, SlurmClient, TLSError

from ..conftest import Testbed
from .facade_support import job_file, sh

pytestmark = pytest.mark.live

CLI = [sys.executable, "-m", "slurm_rest.cli"]
ALERT = {"no CA": "alert unknown ca", "wrong host name": "bad certificate"}  # nginx's log line, per refusal


def tls(tb: Testbed) -> dict[str, str]:
    facts: dict[str, str] = tb.facts["tls"]
    return facts


class Logs:
    """New lines of the proxy's access and error logs since the test began."""

    def __init__(self, tb: Testbed) -> None:
        self.paths = {name: Path(tls(tb)[f"{name}_log"]) for name in ("access", "error")}
        self.start = {name: path.stat().st_size for name, path in self.paths.items()}

    def new(self, name: str) -> str:
        with self.paths[name].open("rb") as fh:
            fh.seek(self.start[name])
            return fh.read().decode(errors="replace")

    def refused(self, alert: str, timeout: float = 5.0) -> int:
        """How many handshakes the client broke off with ``alert`` (nginx logs one line each as it sees the
        alert, so the first may come just after the client has raised): a retry would make it two."""
        deadline = time.monotonic() + timeout
        while alert not in self.new("error") and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.new("error").count(alert)


@pytest.fixture
def logs(testbed: Testbed) -> Logs:
    return Logs(testbed)


@pytest.fixture
def marker() -> str:
    return f"slurm-rest-tls-test-{uuid.uuid4().hex[:12]}"


def client(tb: Testbed, url: str, marker: str, **settings: Any) -> SlurmClient:
    return SlurmClient(
        url=url, user=tb.user, jwt_key=tb.facts["jwt_key_path"], headers={"User-Agent": marker}, **settings
    )


# -- the library ------------------------------------------------------------------------------------------


def test_library_with_the_ca_works_through_the_proxy(
    testbed: Testbed, logs: Logs, marker: str, unique_name: str
) -> None:
    with client(testbed, tls(testbed)["url"], marker, verify=tls(testbed)["ca_path"]) as c:
        info = c.ping()
        assert info.ok and info.release.startswith(testbed.name + ".")
        job_id = c.submit(JobSpec(script=sh("echo through nginx"), name=unique_name, time_limit="2:00"))
        try:
            done = c.wait(job_id, timeout=60)
        finally:
            if not c.get_job(job_id).finished:
                c.cancel(job_id)
    assert done.state is JobState.COMPLETED and done.user == testbed.user
    assert job_file(testbed, done.stdout_path) == "through nginx\n"
    marked = [line for line in logs.new("access").splitlines() if marker in line]
    assert any('"POST /slurm/' in line and " 200 " in line for line in marked), marked  # the submit went through
    assert len(marked) >= 4  # spec, ping, submit, state reads


# 22.05 (v0.0.38) has no state requests: its watcher lists the jobs changed since its last cycle.
@pytest.mark.parametrize("testbed", ["24.11", "26.05"], indirect=True, ids=["slurm-24.11", "slurm-26.05"])
def test_a_watcher_over_many_jobs_through_the_proxy(
    testbed: Testbed, logs: Logs, marker: str, unique_name: str
) -> None:
    """At nginx's default (8 KiB, ``stock_url``) a request line over 8 KiB is answered 414 before slurmrestd
    sees it: a state request for 700 ids is refused there. The watcher asks again in halves and keeps that
    size: every job is answered, and its next cycle sends nothing that nginx refuses. Through the server
    set up as docs/deployment.md asks (``url``: 64 KiB heads) the same 700 ids go in one request."""
    spec = JobSpec(script=sh("true"), name=unique_name, hold=True, time_limit="1:00")
    verify = tls(testbed)["ca_path"]
    with client(testbed, tls(testbed)["url"], marker, verify=verify) as c:
        ids = [c.submit(spec) for _ in range(700)]
        try:
            with client(testbed, tls(testbed)["stock_url"], marker, verify=verify) as stock:
                watcher = stock.watcher()
                watcher.track(ids)
                watcher.poll()
                chunk = watcher.state.chunk
                refused = _refused(logs)
                watcher.poll()
                infos = [watcher.state.infos[j] for j in ids]
                refused_again = _refused(logs)
            tuned, since = c.watcher(), Logs(testbed)
            tuned.track(ids)
            tuned.poll()
            tuned_chunk, tuned_infos = tuned.state.chunk, [tuned.state.infos[j] for j in ids]
            states = [line for line in since.new("access").splitlines() if "/jobs/state/" in line]
        finally:
            for j in ids:
                c.cancel(j)
    assert refused and chunk < 700, "nginx took a state request for 700 ids: this test shows nothing"
    assert all(info.state is JobState.PENDING for info in infos)
    assert refused_again == refused  # the second cycle: nothing refused
    assert tuned_chunk > 700 and _refused(logs) == refused
    assert len(states) == 1 and marker in states[0] and '" 200 ' in states[0], states  # all 700 at once
    assert all(info.state is JobState.PENDING for info in tuned_infos)


def _refused(logs: Logs) -> list[str]:
    """State requests nginx refused since the test began (it logs no User-Agent for them: headers unread)."""
    return [line for line in logs.new("access").splitlines() if "/jobs/state/" in line and '" 414 ' in line]


def test_second_user_submits_as_themselves_through_the_proxy(testbed: Testbed, marker: str, unique_name: str) -> None:
    users = testbed.facts["users"]
    assert {u: users[u]["uid"] for u in users} == {"alice": 1500, "bob": 1501}
    with SlurmClient(
        url=tls(testbed)["url"],
        user="bob",
        token=testbed.token("bob"),
        verify=tls(testbed)["ca_path"],
        headers={"User-Agent": marker},
    ) as c:
        job_id = c.submit(JobSpec(script=sh("id -un; id -u"), name=unique_name, time_limit="2:00"))
        done = c.wait(job_id, timeout=60)
    assert (done.state, done.user) == (JobState.COMPLETED, "bob")
    assert job_file(testbed, done.stdout_path).split() == ["bob", "1501"]


@pytest.mark.parametrize("case", ["no CA", "wrong host name"])
def test_library_refuses_the_certificate_at_once_and_sends_nothing(
    testbed: Testbed, logs: Logs, marker: str, case: str
) -> None:
    url, verify, hint = (
        (tls(testbed)["url"], True, "give the CA that signed it")
        if case == "no CA"
        else (
            tls(testbed)["wrong_host_url"],
            tls(testbed)["ca_path"],
            "the URL must use a host name the certificate names",
        )
    )
    with client(testbed, url, marker, verify=verify) as c, pytest.raises(TLSError) as caught:
        c.submit(JobSpec(script=sh("echo never"), name=marker))
    message = str(caught.value)
    assert message.startswith(f"TLS certificate verification failed for {url}: ") and hint in message, message
    assert caught.value.sent is False
    assert logs.refused(ALERT[case]) == 1  # the handshake reached nginx, the client broke it off, and did not retry
    assert marker not in logs.new("access")  # no request (so no token) left the client


# -- the CLI ----------------------------------------------------------------------------------------------


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "SBATCH_", "SSL_CERT_"))}
    return {**env, **extra}


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env=env if env is not None else cli_env(),
    )


def conn(tb: Testbed, url: str) -> list[str]:
    return ["--url", url, "--user", tb.user, "--jwt-key", str(tb.facts["jwt_key_path"])]


def test_cli_with_ca_bundle_flag_and_variable(testbed: Testbed, tmp_path: Path, unique_name: str) -> None:
    url, ca = tls(testbed)["url"], tls(testbed)["ca_path"]
    script = tmp_path / "job.sh"
    script.write_text(sh("echo via the CLI"))
    result = cli(
        *conn(testbed, url),
        "--ca-bundle",
        ca,
        "submit",
        str(script),
        "-J",
        unique_name,
        "-t",
        "2:00",
        "--wait",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    ping = cli(*conn(testbed, url), "ping", env=cli_env(SLURM_REST_CA_BUNDLE=ca))
    assert ping.returncode == 0, ping.stderr
    assert ping.stdout.startswith(f"{url}: Slurm {testbed.name}.")


@pytest.mark.parametrize("case", ["no CA", "wrong host name"])
def test_cli_refuses_the_certificate_with_exit_3(testbed: Testbed, logs: Logs, marker: str, case: str) -> None:
    # The URL's path carries the mark: a request that left would show it in the access log.
    base = tls(testbed)["url"] if case == "no CA" else tls(testbed)["wrong_host_url"]
    extra = [] if case == "no CA" else ["--ca-bundle", tls(testbed)["ca_path"]]
    result = cli(*conn(testbed, f"{base}/{marker}"), *extra, "ping")
    assert result.returncode == 3, result
    assert result.stderr.startswith(f"slurm-rest: error: TLS certificate verification failed for {base}: ")
    assert result.stderr.rstrip().endswith("nothing was sent") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert logs.refused(ALERT[case]) == 1  # not retried
    assert marker not in logs.new("access")
