"""The Flyte 2 connector on the testbeds: a local ``flyte.run`` of examples/flyte2_workflow.py (shell and
script tasks, hostile text verbatim, File outputs fetched back by SFTP), and the connector served by ``c0``
and driven over gRPC as Flyte 2's backend drives it (secrets in the request's connection)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from flyte.io import Dir, File
from flyteidl2.connector.connector_pb2 import DeleteTaskRequest, GetTaskRequest, TaskCategory
from flyteidl2.connector.service_pb2_grpc import AsyncConnectorServiceStub
from flyteidl2.core.execution_pb2 import TaskExecution

from flyte_plugin.flyte2 import (
    TASK2_SCRIPT,
    TASK2_SHELL,
    SlurmCluster,
    SlurmRestScriptTask,
    SlurmRestShellTask,
    SSHTarget,
)
from slurm_rest import JobSpec, SlurmClient
from slurm_rest_testbed import RELEASES

from ..conftest import Testbed, require_testbed
from ._flyte import HOSTILE, REPEAT_SH, Server, dev_deployment, free_port, key_b64, serving
from ._flyte2 import assert_healthy, connection, create, get, ssh_key, wait

pytestmark = pytest.mark.live
ROOT = Path(__file__).resolve().parents[2]
C0 = Path(sys.executable).with_name("c0")
RELEASE_NAMES = ["22.05", "24.11", "26.05"]


@pytest.fixture(params=RELEASE_NAMES, ids=[f"slurm-{n}" for n in RELEASE_NAMES])
def bed(request: pytest.FixtureRequest) -> Testbed:
    return require_testbed(next(r for r in RELEASES if r.name == request.param))


# --- local flyte.run -------------------------------------------------------------------------------------


def test_local_run_of_shell_and_script_tasks_with_hostile_text(bed: Testbed, tmp_path: Path) -> None:
    canary = tmp_path / "canary"  # in the run's HOME: an injected `rm -rf ~` would take it
    canary.write_text("still here")
    message = HOSTILE.replace("\n", " ")  # repeat.sh prints its word per line: keep it one line
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM_REST_")}
    env.update(
        {
            "SLURM_REST_URL": bed.url,
            "SLURM_REST_USER": bed.user,
            "SLURM_REST_JWT_KEY": key_b64(bed),
            "SLURM_REST_SSH_PORT": str(bed.facts["ssh"]["port"]),
            "SLURM_REST_SSH_KEY": ssh_key(bed),
            "SLURM_REST_KNOWN_HOSTS": bed.facts["ssh"]["known_hosts"],
            "HOME": str(tmp_path),
            "COLUMNS": "400",
        }
    )
    result = subprocess.run(
        [sys.executable, "examples/flyte2_workflow.py", "--message", message, "--times", "3"],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert f"result: verbatim: {(message + chr(10))!r}, repeated 3x" in result.stdout.splitlines(), out
    assert canary.read_text() == "still here"
    assert key_b64(bed) not in out and ssh_key(bed).strip().splitlines()[1] not in out


# --- c0 over gRPC ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``c0`` as deployed: it finds the connector through the flyte.connectors entry point, no --modules."""
    port = free_port()
    with serving(
        [str(C0), "--port", str(port), "--prometheus_port", str(free_port())],
        port=port,
        log=tmp_path_factory.mktemp("c0") / "server.log",
        stub=AsyncConnectorServiceStub,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("SLURM_REST_")},
            **dev_deployment(tmp_path_factory.mktemp("deployment")),
        },
        cwd=tmp_path_factory.getbasetemp(),
    ) as srv:
        yield srv  # serving fails the run if the log shows any secret a test sent


def cluster(tb: Testbed) -> SlurmCluster:
    ssh = tb.facts["ssh"]
    return SlurmCluster(
        url=tb.url,
        user=tb.user,
        jwt_key_secret="slurm-jwt-key",
        log_url_template="file://{path}",
        ssh=SSHTarget(host=ssh["host"], port=ssh["port"], key_secret="slurm-ssh-key", known_hosts=ssh["known_hosts"]),
    )


def test_health_is_served(server: Server) -> None:
    assert_healthy(server)


def test_shell_task_over_grpc_queued_running_succeeded(server: Server, bed: Testbed, tmp_path: Path) -> None:
    with SlurmClient(url=bed.url, user=bed.user, token=bed.token()) as client:  # holds the task QUEUED a while
        blocker = client.submit(JobSpec.from_options("#!/bin/bash\nsleep 3\n", {"time": "1", "job-name": "blocker"}))
    task = SlurmRestShellTask(
        "grpc_greet",
        cluster=cluster(bed),
        inputs={"message": str},
        outputs={"greeting": File},
        job={"time": "2", "mem": "50M", "dependency": f"afterany:{blocker}"},
        script="#!/bin/bash\nsleep 2\nprintf '%s' {inputs.message} > {outputs.greeting}\n",
    )
    meta = create(server, bed, task, tmp_path, message=HOSTILE)
    resource, phases = wait(server, bed, meta)
    assert [p for p in phases if p != "INITIALIZING"] == ["QUEUED", "RUNNING", "SUCCEEDED"], (phases, resource.message)
    assert resource.message.endswith("COMPLETED, exit code 0")
    uri = resource.outputs.literals[0].value.scalar.blob.uri
    assert uri.startswith(str(tmp_path)) and Path(uri).read_text() == HOSTILE  # fetched back by SFTP
    assert [link.name.split(" (")[0] for link in resource.log_links] == ["Slurm log"]
    assert resource.custom_info["state"] == "COMPLETED" and resource.custom_info["nodes"]
    assert key_b64(bed).encode() not in resource.SerializeToString()


def test_failing_script_over_grpc_fails_with_exit_code(server: Server, bed: Testbed, tmp_path: Path) -> None:
    task = SlurmRestShellTask(
        "grpc_fail", cluster=cluster(bed), job={"time": "2"}, script="#!/bin/bash\necho about to fail >&2\nexit 3\n"
    )
    meta = create(server, bed, task, tmp_path)
    resource, phases = wait(server, bed, meta)
    assert phases[-1] == "FAILED", (phases, resource.message)
    assert "exit code 3" in resource.message and "about to fail" in resource.message  # stderr tail by SFTP


def test_script_task_over_grpc_runs_the_existing_script(server: Server, bed: Testbed, tmp_path: Path) -> None:
    task = SlurmRestScriptTask(
        "grpc_repeat",
        cluster=cluster(bed),
        batch_script_path=REPEAT_SH,
        args=["{inputs.word}", "{inputs.times}", "{outputs.copies}"],
        job={"time": "2"},
        inputs={"word": str, "times": int},
        outputs={"copies": File},
    )
    meta = create(server, bed, task, tmp_path, word="a b; $(id)", times=2)
    resource, phases = wait(server, bed, meta, TASK2_SCRIPT)
    assert phases[-1] == "SUCCEEDED", resource.message
    assert Path(resource.outputs.literals[0].value.scalar.blob.uri).read_text() == "a b; $(id)\n" * 2


def test_delete_over_grpc_cancels(server: Server, bed: Testbed, tmp_path: Path) -> None:
    task = SlurmRestShellTask("grpc_sleepy", cluster=cluster(bed), job={"time": "5"}, script="#!/bin/bash\nsleep 300\n")
    meta = create(server, bed, task, tmp_path)
    assert TaskExecution.Phase.Name(get(server, bed, meta).phase) in {"QUEUED", "INITIALIZING", "RUNNING"}
    delete = DeleteTaskRequest(
        task_category=TaskCategory(name=TASK2_SHELL, version=0), resource_meta=meta, connection=connection(server, bed)
    )
    server.stub.DeleteTask(delete, timeout=60)
    resource, phases = wait(server, bed, meta, timeout=30)
    assert phases[-1] == "ABORTED" and "CANCELLED" in resource.message, (phases, resource.message)
    server.stub.DeleteTask(delete, timeout=60)  # again, on a finished job: fine


def test_unknown_task_type_is_not_found(server: Server) -> None:
    request = GetTaskRequest(task_category=TaskCategory(name="no_such_type", version=0), resource_meta=b"{}")
    with pytest.raises(grpc.RpcError) as err:
        server.stub.GetTask(request, timeout=30)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND


def test_file_input_goes_up_by_sftp_and_comes_back(server: Server, bed: Testbed, tmp_path: Path) -> None:
    source = tmp_path / "in" / "data.txt"
    source.parent.mkdir()
    source.write_text(HOSTILE)
    task = SlurmRestShellTask(
        "grpc_copy",
        cluster=cluster(bed),
        job={"time": "2"},
        inputs={"data": File},
        outputs={"copy": File},
        script="#!/bin/bash\ncp {inputs.data} {outputs.copy}\n",
    )
    meta = create(server, bed, task, tmp_path, data=File.from_existing_remote(str(source)))
    resource, phases = wait(server, bed, meta)
    assert phases[-1] == "SUCCEEDED", resource.message
    assert Path(resource.outputs.literals[0].value.scalar.blob.uri).read_text() == HOSTILE


def test_dir_input_goes_up_by_sftp(server: Server, bed: Testbed, tmp_path: Path) -> None:
    source = tmp_path / "in" / "parts"
    source.mkdir(parents=True)
    (source / "a").write_text("first\n")
    (source / "b").write_text("second\n")
    task = SlurmRestShellTask(
        "grpc_cat",
        cluster=cluster(bed),
        job={"time": "2"},
        inputs={"parts": Dir},
        outputs={"joined": File},
        script="#!/bin/bash\ncat {inputs.parts}/a {inputs.parts}/b > {outputs.joined}\n",
    )
    meta = create(server, bed, task, tmp_path, parts=Dir.from_existing_remote(str(source)))
    resource, phases = wait(server, bed, meta)
    assert phases[-1] == "SUCCEEDED", resource.message
    assert Path(resource.outputs.literals[0].value.scalar.blob.uri).read_text() == "first\nsecond\n"
