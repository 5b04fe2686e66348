"""The facade against every testbed with the same code: cluster summaries, job outcomes, control, auth.

Scheduling (arrays, dependencies, time limits) is in test_facade_scheduling.py; batched watching and the
async client in test_facade_watch.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import jwt
import pytest

from slurm_rest import (
    JobNotFoundError,
    JobSpec,
    JobState,
    SlurmClient,
    ValidationError,
)

from ..conftest import Testbed
from .facade_support import EXPECTED_API, RequestLog, client_for, job_file, make_client, newest_supported, sh

pytestmark = pytest.mark.live


@pytest.fixture
def client(testbed: Testbed) -> Iterator[SlurmClient]:
    yield from client_for(testbed)


# -- cluster ------------------------------------------------------------------------------------


def test_ping_reports_release_and_negotiates_newest_version(client: SlurmClient, testbed: Testbed) -> None:
    info = client.ping()
    assert info.release.startswith(testbed.name + "."), info.release
    assert testbed.facts["slurm_version"].startswith(info.release)
    assert info.api_version == EXPECTED_API[testbed.name] == newest_supported(testbed.api_versions)
    assert client.api_version() == info.api_version
    assert info.ok and len(info.controllers) == 1 and info.controllers[0][0]
    if info.api_version != "v0.0.38":  # v0.0.38's ping does not name the cluster
        assert info.cluster == testbed.facts["cluster"]


def test_nodes_and_partitions_summaries(client: SlurmClient, testbed: Testbed) -> None:
    nodes = client.nodes()
    assert sorted(n.name for n in nodes) == sorted(n["name"] for n in testbed.facts["nodes"])
    for node in nodes:
        assert node.cpus and node.cpus >= 1
        assert node.real_memory_mb and node.real_memory_mb > 0
        assert node.state and node.state[0] in {"IDLE", "MIXED", "ALLOCATED"}, node.state
    parts = {p.name: p for p in client.partitions()}
    assert set(parts) == set(testbed.facts["partitions"].values())
    cpus = sum(n.cpus or 0 for n in nodes)
    for part in parts.values():
        assert all(part.name in n.partitions for n in nodes)
        assert (part.total_nodes, part.total_cpus) == (len(nodes), cpus)
        assert part.state == "UP"
        assert part.max_time_minutes is None  # the testbed's partitions have MaxTime=UNLIMITED
    part = parts[testbed.facts["partitions"]["default"]]
    assert part.default in (True, None)  # where the API says so


# -- outcomes -----------------------------------------------------------------------------------


def test_submit_wait_completed_with_output(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    job_id = client.submit(
        JobSpec(
            script=sh('echo "hello $GREETING"'),
            name=unique_name,
            time_limit="2:00",
            environment={"PATH": "/usr/bin:/bin", "GREETING": "from slurm"},
        )
    )
    info = client.wait(job_id, timeout=60)
    assert (info.job_id, info.name, info.user) == (job_id, unique_name, testbed.user)
    assert info.state is JobState.COMPLETED and info.finished and info.succeeded
    assert (info.return_code, info.signal, info.reason) == (0, None, "")
    assert info.time_limit_minutes == 2
    assert info.start_time and info.end_time and info.submit_time
    assert info.submit_time <= info.start_time <= info.end_time
    assert info.working_dir == "/tmp"
    assert info.stdout_path == info.stderr_path == f"/tmp/slurm-{job_id}.out"
    assert job_file(testbed, info.stdout_path) == "hello from slurm\n"


def test_output_patterns_are_expanded_to_absolute_paths(
    client: SlurmClient, testbed: Testbed, unique_name: str
) -> None:
    job_id = client.submit(
        script=sh("echo out; echo err >&2"), name=unique_name, time_limit=2, stdout="%x-%j.out", stderr="/tmp/%u-%j.err"
    )
    info = client.wait(job_id, timeout=60)
    assert info.state is JobState.COMPLETED
    assert info.stdout_path == f"/tmp/{unique_name}-{job_id}.out"
    assert info.stderr_path == f"/tmp/{testbed.user}-{job_id}.err"
    assert job_file(testbed, info.stdout_path) == "out\n"
    assert job_file(testbed, info.stderr_path) == "err\n"


def test_exit_3_is_failed_with_return_code_3(client: SlurmClient, unique_name: str) -> None:
    info = client.wait(client.submit(script=sh("exit 3"), name=unique_name, time_limit=2), timeout=60)
    assert info.state is JobState.FAILED and info.finished and not info.succeeded
    assert (info.return_code, info.signal) == (3, None)
    assert info.reason == "NonZeroExitCode"


def test_killed_by_signal_9_reports_the_signal(client: SlurmClient, unique_name: str) -> None:
    info = client.wait(client.submit(script=sh("kill -9 $$"), name=unique_name, time_limit=2), timeout=60)
    # Slurm says FAILED (24.11+: reason RaisedSignal; 22.05: JobLaunchFailure), never COMPLETED.
    assert info.state in (JobState.FAILED, JobState.CANCELLED), info
    assert info.signal == 9
    assert info.return_code is None  # a signalled process has no exit status, on every release
    assert not info.succeeded


# -- control ------------------------------------------------------------------------------------


def test_cancel_running_job_then_cancel_again(client: SlurmClient, unique_name: str) -> None:
    job_id = client.submit(script=sh("echo started; sleep 300"), name=unique_name, time_limit=10)
    watcher = client.watcher()
    info = watcher.get(job_id)
    assert info.state in (JobState.PENDING, JobState.RUNNING)
    assert client.cancel(job_id) is True
    info = client.wait(job_id, timeout=60)
    assert info.state is JobState.CANCELLED and info.finished
    assert info.return_code in (0, None) and info.end_time is not None
    # Cancelling a finished job is not an error. v0.0.42+ say "already done" (False); v0.0.38 cannot tell.
    again = client.cancel(job_id)
    assert again is (client.api_version() == "v0.0.38")
    assert client.get_job(job_id).state is JobState.CANCELLED


@pytest.mark.parametrize("job_id", [999_999, 999_999_999], ids=["unused-id", "above-MaxJobId"])
def test_cancel_unknown_job_raises_job_not_found(client: SlurmClient, job_id: int) -> None:
    # v0.0.42+ answer an unused id with HTTP 200 and the error inside status[]; an id above MaxJobId with 404.
    with pytest.raises(JobNotFoundError) as err:
        client.cancel(job_id)
    assert 2017 in err.value.error_numbers  # ESLURM_INVALID_JOB_ID
    with pytest.raises(JobNotFoundError):
        client.get_job(job_id)


def test_hold_release_and_update_time_limit(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    job_id = client.submit(
        script=sh('echo "released $MARK"'),
        name=unique_name,
        time_limit=5,
        hold=True,
        environment={"PATH": "/usr/bin:/bin", "MARK": unique_name},
    )
    info = client.get_job(job_id)
    assert info.state is JobState.PENDING and info.held and info.reason == "JobHeldUser", info
    assert info.time_limit_minutes == 5

    client.update(job_id, time_limit="7:00")
    info = client.get_job(job_id)
    assert info.time_limit_minutes == 7
    assert info.state is JobState.PENDING and info.held  # an update does not release

    client.release(job_id)
    info = client.wait(job_id, timeout=60)
    assert info.state is JobState.COMPLETED and info.return_code == 0
    assert info.time_limit_minutes == 7
    # The update did not replace the job's environment.
    assert job_file(testbed, info.stdout_path) == f"released {unique_name}\n"


def test_hold_then_cancel_a_pending_job(client: SlurmClient, unique_name: str) -> None:
    job_id = client.submit(script=sh("true"), name=unique_name, time_limit=2, hold=True)
    client.hold(job_id)  # holding a held job is fine
    assert client.get_job(job_id).held
    assert client.cancel(job_id) is True
    info = client.wait(job_id, timeout=30)
    assert info.state is JobState.CANCELLED and info.finished
    assert info.nodes == "" and info.reason == "JobHeldUser"  # it never ran


def test_jobs_filter_finds_job_by_user_and_unique_name(client: SlurmClient, testbed: Testbed, unique_name: str) -> None:
    job_id = client.submit(script=sh("sleep 1"), name=unique_name, time_limit=2)
    other = client.submit(script=sh("true"), name=unique_name + "-other", time_limit=2)
    (found,) = client.jobs(user=testbed.user, name=unique_name)
    assert found.job_id == job_id and found.name == unique_name and found.user == testbed.user
    assert [j.job_id for j in client.jobs(name=unique_name + "-other")] == [other]
    assert client.jobs(user="no-such-user", name=unique_name) == []
    assert [j.job_id for j in client.jobs(name=unique_name, states=["PENDING", "RUNNING", JobState.COMPLETED])] == [
        job_id
    ]
    client.wait_all([job_id, other], timeout=60)
    assert client.jobs(name=unique_name, states=[JobState.FAILED]) == []
    assert [j.job_id for j in client.jobs(name=unique_name, states=["completed"])] == [job_id]


# -- auth ---------------------------------------------------------------------------------------


def test_service_account_token_submits_as_alice(testbed: Testbed, unique_name: str) -> None:
    assert testbed.user == "alice"
    with SlurmClient(url=testbed.url, user="alice", jwt_key=testbed.facts["jwt_key_path"], jwt_subject="slurm") as svc:
        log = RequestLog.attach(svc)
        job_id = svc.submit(script=sh("id -un"), name=unique_name, time_limit=2)
        info = svc.wait(job_id, timeout=60)
    assert info.user == "alice" and info.state is JobState.COMPLETED
    assert job_file(testbed, info.stdout_path) == "alice\n"
    headers = log.requests[0].headers
    assert headers["X-SLURM-USER-NAME"] == "alice"
    claims = jwt.decode(headers["X-SLURM-USER-TOKEN"], options={"verify_signature": False})
    assert claims["sun"] == "slurm" and claims["exp"] > claims["iat"]
    # Without jwt_subject, the token is alice's own.
    with make_client(testbed) as own:
        log = RequestLog.attach(own)
        own.ping()
    own_claims = jwt.decode(log.requests[0].headers["X-SLURM-USER-TOKEN"], options={"verify_signature": False})
    assert own_claims["sun"] == "alice"


# -- validation ---------------------------------------------------------------------------------


def test_validation_errors_raise_before_any_request(client: SlurmClient, unique_name: str) -> None:
    with pytest.raises(ValidationError, match="#!"):
        JobSpec(script="no shebang")
    before = client.jobs(name=unique_name)
    assert before == []
    log = RequestLog.attach(client)
    with pytest.raises(ValidationError, match="time_limit"):
        client.submit(script=sh("true"), name=unique_name, time_limit="1:2:3:4")
    with pytest.raises(ValidationError, match="script"):
        client.submit(script="echo no interpreter line", name=unique_name)
    with pytest.raises(ValidationError, match="array"):
        client.submit(script=sh("true"), name=unique_name, array="5-1")
    with pytest.raises(ValidationError, match="dependency"):
        client.submit(script=sh("true"), name=unique_name, dependency="afterok:notajob")
    with pytest.raises(ValidationError, match="time_limit"):
        client.update(1, time_limit="soon")
    with pytest.raises(ValidationError, match="at least one"):
        client.update(1)
    assert log.calls() == []
    assert client.jobs(name=unique_name) == before
